//! Choosing pairs: candidate pairs (all of them for small documents, an inverted index on
//! bigrams for large ones), best-first one-to-one assignment, then splits and merges.

use super::profile::{
    all_unit_overlap, cosine, metric_overlap, profiles, same_heading_topic, unit_overlap, Profile,
    Profiles,
};
use super::related::{related, Relation, SECTIONS_SHARED};
use super::sections::SectionMap;
use super::sentences::Pass;
use crate::chars::for_each_shared;
use crate::model::{Document, PairKind};

/// Weight of matching sections (a task's section aligned with the other's), scaled by how
/// alike the two texts are: evidence that tips alike tasks, never a pair from nothing.
const SECTION_WEIGHT: f64 = 0.5;
/// Weight of headings naming one topic in other verbs (`加强行政执法监督`, `强化行政执法监督`),
/// scaled like the sections' by how alike the two texts are: plans written to one template
/// title the same task alike and word its body their own way.
const HEADING_WEIGHT: f64 = 0.5;
/// Weight of shared distinguishing agencies in a pair's score.
const UNIT_WEIGHT: f64 = 0.10;
/// Weight of sharing all agencies, common ones included: a tie-breaker between tasks whose
/// words are the same.
const ALL_UNITS_WEIGHT: f64 = 0.03;
/// Weight of the very same text: among tasks alike in words (a phrase repeated, the same
/// sentence in two places), the unchanged copy is the pair.
const SAME_TEXT_WEIGHT: f64 = 0.05;
/// Weight of shared target metrics.
const METRIC_WEIGHT: f64 = 0.05;
/// Weight of similar position in the document: a tie-breaker, not evidence.
const ORDER_WEIGHT: f64 = 0.02;
/// Least score for a one-to-one pair.
const PAIR_MIN: f64 = 0.20;
/// A weaker pair is still taken when it stands out and rests on telling words: both tasks are
/// each other's best among the tasks left, by this factor over the runner-up on either side,
/// and they share key phrases of [`PHRASES_MIN`] (in short plans, having no rival is no
/// evidence).
const PAIR_LOW: f64 = 0.14;
const STAND_OUT: f64 = 1.25;
/// Below [`PAIR_LOW`] a pair must stand out the further the weaker it is (by
/// `STAND_OUT · PAIR_LOW / score`), down to this least score of its words alone.
const PAIR_FLOOR: f64 = 0.10;
/// Least summed weight of the key phrases of a related link, and of the telling bigrams a pair
/// below [`PAIR_MIN`] shares ([`Scorer::phrase_bound`]): a weak pair rests on telling words.
pub(crate) const PHRASES_MIN: f64 = 2.0;
/// Scores below this are neither pairs nor rivals worth weighing.
const RIVAL_FLOOR: f64 = 0.04;
/// Least score for an extra part of a split or merge, and its least share of the main pair's.
const PART_MIN: f64 = 0.20;
pub(crate) const PART_SHARE: f64 = 0.45;
/// A weaker part is still taken when it is clearly the runner-up of the task it joins: that
/// task's own pair is the only one above it, the next rival is below it by this factor (a plan
/// that splits one task in two puts both halves far above the rest, whatever the words; a task
/// that merely shares a topic has rivals close behind), and their sections share words (see
/// [`SECTIONS_SHARED`]: in plans on unrelated subjects a lone weak link has no rivals either).
const RUNNER_MIN: f64 = 0.10;
const RUNNER_SHARE: f64 = 0.30;
const RUNNER_STAND_OUT: f64 = 1.5;
/// A weak part is also taken when the task left over has one clear partner: the task it
/// joins is its best by this factor over its own runner-up, nothing but that task's own pair
/// reads more like it, the two read alike at [`RUNNER_MIN`] without the sections' bonus, share
/// telling words and sit in sections that share words, and the joined task's own pair is no
/// copy (below [`OWN_MAIN_MAX`]: a task copied word for word was not split, and a new task
/// sharing a stock phrase with it is new). One plan's focused task (`巩固行政应诉突出问题专项
/// 治理成果`) is then a part of the other's broad one (`加强行政应诉工作`), however much better
/// the broad task's main partner reads.
const OWN_STAND_OUT: f64 = 2.0;
const OWN_MAIN_MAX: f64 = 0.75;
/// Most parts one task is split into or merged from: a split of more tasks than this is no
/// split but a task so broad that most tasks read like some of it (a report's long paragraph),
/// and each part's row holds the whole broad text, so the rows would grow with its square.
pub(crate) const MAX_PARTS: usize = 12;
/// Above this many pairs of tasks, candidates come from the bigram index instead of all pairs.
const EXHAUSTIVE_LIMIT: usize = 40_000;
/// Candidates kept per task from the index, bigrams looked up per task, and the longest
/// posting list read whole (of a longer one, a bigram many tasks share, only the postings of the
/// `NEAR_WINDOW` tasks nearest the task's own place).
const CANDIDATES_PER_TASK: usize = 5;
const QUERY_TERMS: usize = 16;
const POSTING_CAP: usize = 64;
const NEAR_WINDOW: usize = 16;

/// Each task's nearest task on the other side by words alone: the highest cosine among its
/// scored candidates (0.0 for a task with none).
struct Nearest {
    a: Vec<f64>,
    b: Vec<f64>,
}

impl Nearest {
    fn new(na: usize, nb: usize) -> Self {
        Nearest {
            a: vec![0.0; na],
            b: vec![0.0; nb],
        }
    }

    /// Records the cosine `text` of task `i` of A with task `j` of B.
    fn see(&mut self, i: usize, j: usize, text: f64) {
        if let Some(m) = self.a.get_mut(i) {
            *m = m.max(text);
        }
        if let Some(m) = self.b.get_mut(j) {
            *m = m.max(text);
        }
    }

    /// Whether the words of task `i` of A and task `j` of B (cosine `text`) make either the
    /// other's nearest.
    fn either(&self, i: usize, j: usize, text: f64) -> bool {
        self.a.get(i).is_some_and(|&m| text >= m) || self.b.get(j).is_some_and(|&m| text >= m)
    }
}

/// One pair chosen by [`align`], by task index.
#[derive(Debug, Clone, PartialEq)]
pub struct Pairing {
    /// Index of the task in A.
    pub a: usize,
    /// Index of the task in B.
    pub b: usize,
    /// Similarity, 0.0–1.0.
    pub score: f64,
    /// One-to-one, split or merged.
    pub kind: PairKind,
}

/// Scores pairs of tasks of two documents.
pub struct Scorer {
    pa: Vec<Profile>,
    pb: Vec<Profile>,
    weights: Profiles,
    sections: SectionMap,
    /// By bigram id, its telling weight when a key phrase can hold it (no number or
    /// punctuation: [`super::related::is_phrase_char`]), else 0.0: what
    /// [`Scorer::phrase_bound`] sums, its characters looked at once per bigram here rather than
    /// once per pair of tasks sharing it.
    phrase_telling: Vec<f64>,
}

/// What [`align_full`] finds: the pairs (the same task) and the related links (a shared
/// topic).
#[derive(Debug, Clone, Default)]
pub struct Alignment {
    /// Pairs, in B's order.
    pub pairs: Vec<Pairing>,
    /// Related links, in A's order then B's.
    pub related: Vec<Relation>,
}

impl Scorer {
    /// Profiles both documents' tasks.
    pub fn new(a: &Document, b: &Document) -> Self {
        let mut all = profiles(a, b);
        let pa = std::mem::take(&mut all.a);
        let pb = std::mem::take(&mut all.b);
        let sections = SectionMap::new(a, b, &pa, &pb, all.vocabulary());
        // Most bigrams are two Han characters of the common block, which a phrase can hold:
        // settled by a range check, as `Words` reads them (the vocabulary of two long plans has
        // thousands of bigrams).
        let phrase_key = |k: u64| {
            let c = |v: u64| {
                char::from_u32(v as u32).is_some_and(|c| {
                    crate::chars::is_common_han(c) || super::related::is_phrase_char(c)
                })
            };
            c(k >> 32) && c(k & 0xFFFF_FFFF)
        };
        let phrase_telling = (all.keys.iter().zip(&all.telling))
            .map(|(&k, &t)| if phrase_key(k) { t } else { 0.0 })
            .collect();
        Scorer {
            pa,
            pb,
            weights: all,
            sections,
            phrase_telling,
        }
    }

    /// The words ([`super::profile::work_text`]) of each task of `a` and of `b`, the documents
    /// this scorer was made of, as their profiles cut them (not cut again).
    pub fn work_texts<'d>(&self, a: &'d Document, b: &'d Document) -> (Vec<&'d str>, Vec<&'d str>) {
        let cut = |tasks: &'d [crate::model::Task], profiles: &[Profile]| {
            (tasks.iter().zip(profiles))
                .map(|(t, p)| t.text.get(..p.work).unwrap_or(&t.text))
                .collect()
        };
        (cut(&a.tasks, &self.pa), cut(&b.tasks, &self.pb))
    }

    /// How much a bigram tells topics apart, here and in plans in general (see
    /// [`super::background::telling`]).
    pub fn telling(&self, key: u64) -> f64 {
        self.weights.telling(key)
    }

    /// The most evidence of key phrases task `i` of A and task `j` of B could share: the
    /// telling weights of the bigrams both use that a phrase can hold (no numbers), each once.
    /// Each key phrase is made of such bigrams, so when this is small no phrase search is needed.
    pub fn phrase_bound(&self, i: usize, j: usize) -> f64 {
        let (Some(x), Some(y)) = (self.pa.get(i), self.pb.get(j)) else {
            return 0.0;
        };
        // By id (ids order as keys do). A bigram no phrase can hold adds 0.0, which leaves the
        // sum as it was: it starts at +0.0 and telling weights are never negative.
        let mut sum = 0.0;
        for_each_shared(
            &x.ids,
            &y.ids,
            |&id| u64::from(id),
            |&id| u64::from(id),
            |&id, _| {
                if let Some(&t) = self.phrase_telling.get(id as usize) {
                    sum += t;
                }
            },
        );
        sum
    }

    /// How much a bigram tells tasks apart in these two documents (its inverse document
    /// frequency), for weighing other comparisons such as target metrics.
    pub fn idf(&self, key: u64) -> f64 {
        self.weights.idf(key)
    }

    /// The score of task `i` of A with task `j` of B: the cosine of their words (0.0–1.0) plus
    /// small bonuses, so slightly above 1.0 for identical tasks (0.0 for an index out of range).
    pub fn score(&self, i: usize, j: usize) -> f64 {
        self.score_and_text(i, j).0
    }

    /// [`Scorer::score`] and the cosine of the two tasks' words.
    fn score_and_text(&self, i: usize, j: usize) -> (f64, f64) {
        let (Some(x), Some(y)) = (self.pa.get(i), self.pb.get(j)) else {
            return (0.0, 0.0);
        };
        let text = cosine(x, y);
        (self.finish(i, j, x, y, text), text)
    }

    /// The score `s` (the [`Scorer::score`] of task `i` of A with task `j` of B) a pair
    /// competes with for a place among the pairs: all of it when the two tasks' words alone
    /// make one the other's nearest (`nearest`), else without the section bonus. Matching
    /// sections tip tasks whose words point at each other; they do not pair two tasks whose
    /// words both lead elsewhere, left over once their nearer partners are taken.
    fn competing(&self, s: f64, i: usize, j: usize, nearest: &Nearest) -> f64 {
        let affinity = self.sections.affinity(i, j);
        if affinity <= 0.0 {
            return s;
        }
        let (Some(x), Some(y)) = (self.pa.get(i), self.pb.get(j)) else {
            return s;
        };
        let text = cosine(x, y);
        if nearest.either(i, j, text) {
            s
        } else {
            s - SECTION_WEIGHT * affinity * text.max(0.0)
        }
    }

    /// How alike task `i` of A and task `j` of B are, as reports show it: [`Scorer::score`]
    /// without the evidence of their sections (which ranks candidates but says nothing of
    /// how alike the two texts read), 0.0–1.0.
    pub fn similarity(&self, i: usize, j: usize) -> f64 {
        let s = self.score(i, j) - self.section_bonus(i, j) - self.heading_bonus(i, j);
        s.clamp(0.0, 1.0)
    }

    /// How well the sections of task `i` of A and task `j` of B match, 0.0–1.0
    /// ([`SectionMap::affinity`]): 1.0 when one section is the other's closest.
    pub fn section_affinity(&self, i: usize, j: usize) -> f64 {
        self.sections.affinity(i, j)
    }

    /// Whether the sections of task `i` of A and task `j` of B share some topic
    /// ([`SectionMap::share_topic`] at [`SECTIONS_SHARED`]).
    pub fn sections_share_topic(&self, i: usize, j: usize) -> bool {
        self.sections.share_topic(i, j, SECTIONS_SHARED)
    }

    /// The cosine of the pooled words of the sections of task `i` of A and task `j` of B
    /// ([`SectionMap::cosine`]).
    pub fn section_cosine(&self, i: usize, j: usize) -> f64 {
        self.sections.cosine(i, j)
    }

    /// What matching sections add to the score of a pair.
    fn section_bonus(&self, i: usize, j: usize) -> f64 {
        let (Some(x), Some(y)) = (self.pa.get(i), self.pb.get(j)) else {
            return 0.0;
        };
        SECTION_WEIGHT * self.sections.affinity(i, j) * cosine(x, y).max(0.0)
    }

    /// What headings naming one topic add to the score of a pair.
    fn heading_bonus(&self, i: usize, j: usize) -> f64 {
        let (Some(x), Some(y)) = (self.pa.get(i), self.pb.get(j)) else {
            return 0.0;
        };
        HEADING_WEIGHT * same_heading_topic(x, y) * cosine(x, y).max(0.0)
    }

    /// The score of a pair given the cosine of its term vectors.
    fn finish(&self, i: usize, j: usize, x: &Profile, y: &Profile, text: f64) -> f64 {
        if text <= 0.0 {
            return 0.0;
        }
        let order = {
            let ra = i as f64 / (self.pa.len().max(2) - 1) as f64;
            let rb = j as f64 / (self.pb.len().max(2) - 1) as f64;
            1.0 - (ra - rb).abs()
        };
        let same_text = if x.text_hash == y.text_hash {
            SAME_TEXT_WEIGHT
        } else {
            0.0
        };
        // Tie-breakers between near-identical texts; faded out for texts merely alike, so they
        // move no pair across a threshold.
        let ties = (ALL_UNITS_WEIGHT * all_unit_overlap(x, y) + same_text) * text.powi(4);
        let s = text
            + UNIT_WEIGHT * unit_overlap(x, y)
            + ties
            + METRIC_WEIGHT * metric_overlap(x, y)
            + SECTION_WEIGHT * self.sections.affinity(i, j) * text
            + HEADING_WEIGHT * same_heading_topic(x, y) * text
            + ORDER_WEIGHT * order * text;
        // Not clamped: two identical texts still rank by shared agencies and metrics. Reports
        // clamp to 0–1.
        s.max(0.0)
    }

    /// Scores of the pairs worth weighing, `(score, i, j)`, unsorted, and each task's nearest
    /// by words among all it was scored with.
    ///
    /// Small documents: every pair sharing a bigram, the cosines summed through an index of B
    /// (bigram by bigram in key order, so the sums equal [`cosine`]'s to the last bit). Large
    /// documents: the best few candidates of each task, scored one by one.
    ///
    /// `settled`: pairs already known (look-alikes). In large documents their tasks look for
    /// no candidates of their own (the pair is the same text); the other tasks still find them.
    fn scored_pairs(&self, settled: &[(usize, usize)]) -> (Vec<(f64, usize, usize)>, Nearest) {
        let (na, nb) = (self.pa.len(), self.pb.len());
        let mut nearest = Nearest::new(na, nb);
        if na.saturating_mul(nb) > EXHAUSTIVE_LIMIT {
            let all = crate::par::map(&self.candidates(settled), |&(i, j)| {
                (self.score_and_text(i, j), i, j)
            });
            let mut out = Vec::with_capacity(all.len());
            for ((s, text), i, j) in all {
                nearest.see(i, j, text);
                if s >= RIVAL_FLOOR {
                    out.push((s, i, j));
                }
            }
            return (out, nearest);
        }
        let index = Postings::new(self.pb.iter().map(id_weights), self.weights.vocabulary());
        let mut acc = vec![0.0f64; nb];
        let mut seen = vec![false; nb];
        let mut out = Vec::new();
        for (i, x) in self.pa.iter().enumerate() {
            for (id, w) in id_weights(x) {
                for &(j, wj) in index.get(id) {
                    let j = j as usize;
                    seen[j] = true;
                    acc[j] += w * wj;
                }
            }
            // Visited in index order (here at most EXHAUSTIVE_LIMIT steps in all), so that
            // equal scores keep a fixed order.
            for (j, y) in self.pb.iter().enumerate() {
                if std::mem::take(&mut seen[j]) {
                    let text = std::mem::take(&mut acc[j]);
                    nearest.see(i, j, text);
                    let s = self.finish(i, j, x, y, text);
                    if s >= RIVAL_FLOOR {
                        out.push((s, i, j));
                    }
                }
            }
        }
        (out, nearest)
    }

    /// Candidate pairs `(i, j)` of large documents: the best few of each task found through
    /// the bigram index, from both sides so the result is symmetric.
    fn candidates(&self, settled: &[(usize, usize)]) -> Vec<(usize, usize)> {
        // Each task's most telling bigrams, chosen once for both directions.
        let top_a: Vec<Vec<(u32, f64)>> = self.pa.iter().map(top_terms).collect();
        let top_b: Vec<Vec<(u32, f64)>> = self.pb.iter().map(top_terms).collect();
        let vocabulary = self.weights.vocabulary();
        let mut done_a = vec![false; self.pa.len()];
        let mut done_b = vec![false; self.pb.len()];
        for &(i, j) in settled {
            if let (Some(x), Some(y)) = (done_a.get_mut(i), done_b.get_mut(j)) {
                *x = true;
                *y = true;
            }
        }
        let (mut out, back) = crate::par::join_when(
            self.pa.len() + self.pb.len() >= crate::par::MIN_ITEMS,
            || nearest(&top_a, &top_b, &done_a, vocabulary),
            || nearest(&top_b, &top_a, &done_b, vocabulary),
        );
        out.extend(back.into_iter().map(|(j, i)| (i, j)));
        out.extend(settled.iter().copied());
        sorted_distinct(&out)
    }
}

/// `pairs` sorted, each once: counted out by their first items (task indices, so a short
/// range), then each first item's few second items sorted on their own.
fn sorted_distinct(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let n = pairs.iter().map(|p| p.0 + 1).max().unwrap_or(0);
    let mut starts = vec![0usize; n + 1];
    for &(i, _) in pairs {
        starts[i + 1] += 1;
    }
    for k in 1..starts.len() {
        starts[k] += starts[k - 1];
    }
    let mut next = starts.clone();
    let mut seconds = vec![0usize; pairs.len()];
    for &(i, j) in pairs {
        seconds[next[i]] = j;
        next[i] += 1;
    }
    let mut out = Vec::with_capacity(pairs.len());
    for (i, range) in starts.windows(2).enumerate() {
        let group = &mut seconds[range[0]..range[1]];
        crate::sort::sort_keys(group);
        for (k, &j) in group.iter().enumerate() {
            if k == 0 || group[k - 1] != j {
                out.push((i, j));
            }
        }
    }
    out
}

/// A profile's terms as `(bigram id, weight)`, in key order.
fn id_weights(p: &Profile) -> impl Iterator<Item = (u32, f64)> + Clone + '_ {
    p.ids.iter().zip(&p.terms).map(|(&id, &(_, w))| (id, w))
}

/// An inverted index from bigram id to the tasks holding it, in two flat arrays (no map, no
/// search): where each id's postings start, and the postings `(task, weight)` in task order.
struct Postings {
    starts: Vec<usize>,
    postings: Vec<(u32, f64)>,
}

impl Postings {
    /// Indexes the terms `(id, weight)` of each task (task `j` is the `j`-th item; its ids
    /// distinct and below `vocabulary`).
    fn new<T: Iterator<Item = (u32, f64)>>(
        tasks: impl Iterator<Item = T> + Clone,
        vocabulary: usize,
    ) -> Self {
        // Each id's postings counted, then placed in task order: no sort.
        let mut starts = vec![0usize; vocabulary + 1];
        for terms in tasks.clone() {
            for (id, _) in terms {
                if let Some(s) = starts.get_mut(id as usize + 1) {
                    *s += 1;
                }
            }
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        let mut next = starts.clone();
        let mut postings = vec![(0u32, 0.0f64); starts.last().copied().unwrap_or(0)];
        for (j, terms) in tasks.enumerate() {
            for (id, w) in terms {
                if let Some(at) = next.get_mut(id as usize) {
                    if let Some(slot) = postings.get_mut(*at) {
                        *slot = (j as u32, w);
                    }
                    *at += 1;
                }
            }
        }
        Postings { starts, postings }
    }

    /// The postings of bigram `id`, empty when no task holds it.
    fn get(&self, id: u32) -> &[(u32, f64)] {
        let id = id as usize;
        match (self.starts.get(id), self.starts.get(id + 1)) {
            (Some(&from), Some(&to)) => self.postings.get(from..to).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// A profile's most telling bigrams (highest weight, ties by key), at most [`QUERY_TERMS`],
/// as `(id, weight)` sorted by key (ids order as keys do).
fn top_terms(p: &Profile) -> Vec<(u32, f64)> {
    let mut top: Vec<(u32, f64)> = id_weights(p).collect();
    // Weights are never negative, so their bits order as they do; ids are distinct, so the
    // order ties no two terms and the best few are one set however they are picked.
    keep_best(&mut top, QUERY_TERMS, |x, y| {
        y.1.to_bits().cmp(&x.1.to_bits()).then(x.0.cmp(&y.0))
    });
    crate::sort::sort_by_distinct_key(&mut top, |t| t.0);
    top
}

/// Keeps the `k` best of `v` by `order` (best first, no two items equal), in no given order:
/// natively a selection, linear in `v`'s length (a task's few dozen bigrams cost a quarter of
/// what a list kept sorted does); in the page, where code size counts, a sort.
fn keep_best<T>(v: &mut Vec<T>, k: usize, order: impl FnMut(&T, &T) -> std::cmp::Ordering) {
    if v.len() <= k {
        return;
    }
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(k) = k.checked_sub(1) {
        v.select_nth_unstable_by(k, order);
    }
    #[cfg(target_arch = "wasm32")]
    crate::sort::sort_distinct_by(v, order);
    v.truncate(k);
}

/// The `k` best of `items` by `order` (best first), in one pass: a short list kept sorted,
/// which costs far less than a selection over all when `k` is small.
fn best_few<T: Copy>(
    items: impl IntoIterator<Item = T>,
    k: usize,
    order: impl Fn(&T, &T) -> std::cmp::Ordering,
) -> Vec<T> {
    let mut best: Vec<T> = Vec::with_capacity(k + 1);
    for x in items {
        if best.len() == k && best.last().is_none_or(|w| order(&x, w).is_ge()) {
            continue;
        }
        let at = best.partition_point(|y| order(y, &x).is_lt());
        best.insert(at, x);
        best.truncate(k);
    }
    best
}

/// For each task of `from`, the few tasks of `to` sharing its most telling bigrams. Only each
/// task's most telling bigrams are indexed and looked up (two versions of one task share most of
/// them), which keeps the index small and the work linear in the number of tasks. A bigram many
/// tasks share (a phrase that recurs) is read only near the task's own place in `to`, and ties
/// go to the nearer task, so look-alikes keep candidates in document order. Tasks marked
/// `done` (paired already) are looked up by others but look for none.
fn nearest(
    from: &[Vec<(u32, f64)>],
    to: &[Vec<(u32, f64)>],
    done: &[bool],
    vocabulary: usize,
) -> Vec<(usize, usize)> {
    let index = Postings::new(to.iter().map(|t| t.iter().copied()), vocabulary);
    let mut acc = vec![0.0f64; to.len()];
    let mut touched: Vec<usize> = Vec::new();
    let mut out = Vec::new();
    for (i, p) in from.iter().enumerate() {
        if done.get(i).copied().unwrap_or(false) {
            continue;
        }
        // Where task i would sit in `to` if both documents kept one order.
        let expected = (i * to.len()) / from.len().max(1);
        for &(id, w) in p {
            let postings = index.get(id);
            let postings = if postings.len() > POSTING_CAP {
                let at = postings.partition_point(|&(j, _)| (j as usize) < expected);
                let lo = at
                    .saturating_sub(NEAR_WINDOW / 2)
                    .min(postings.len() - NEAR_WINDOW);
                &postings[lo..lo + NEAR_WINDOW]
            } else {
                postings
            };
            for &(j, wj) in postings {
                let j = j as usize;
                if acc[j] == 0.0 {
                    touched.push(j);
                }
                acc[j] += w * wj;
            }
        }
        // Ties, rare, are looked at only when the scores are equal.
        let by_score = |x: usize, y: usize| {
            acc[y]
                .total_cmp(&acc[x])
                .then_with(|| (x.abs_diff(expected).cmp(&y.abs_diff(expected))).then(x.cmp(&y)))
        };
        // A task touches hundreds of others where phrasing recurs: the best few in one pass.
        let best = best_few(touched.iter().copied(), CANDIDATES_PER_TASK, |&x, &y| {
            by_score(x, y)
        });
        out.extend(best.iter().map(|&j| (i, j)));
        for &j in &touched {
            acc[j] = 0.0;
        }
        touched.clear();
    }
    out
}

/// Pairs the tasks of `a` and `b`.
pub fn align(a: &Document, b: &Document) -> Vec<Pairing> {
    align_full(&Scorer::new(a, b), a, b).pairs
}

/// Pairs the tasks of `a` and `b` given their scorer, and finds the related links beyond the
/// pairs.
pub fn align_full(scorer: &Scorer, a: &Document, b: &Document) -> Alignment {
    let found = align_pairs(scorer, a, b);
    let related = found.related(scorer, a, b);
    Alignment {
        pairs: found.pairs,
        related,
    }
}

/// The pairs of [`align_full`], with what its related links are then looked for among, so
/// that a caller can find them while it does other work with the pairs.
pub struct Paired {
    /// Pairs, in B's order.
    pub pairs: Vec<Pairing>,
    /// The scored candidates, copies of one text left out.
    scored: Vec<(f64, usize, usize)>,
}

impl Paired {
    /// The related links beyond the pairs (those of [`align_full`]).
    pub fn related(&self, scorer: &Scorer, a: &Document, b: &Document) -> Vec<Relation> {
        related(scorer, a, b, &self.scored, &self.pairs)
    }

    /// [`Paired::related`], the tasks' words read already (`usage`, of `a` and `b`).
    pub(crate) fn related_in(
        &self,
        scorer: &Scorer,
        a: &Document,
        b: &Document,
        usage: &super::related::Usage,
    ) -> Vec<Relation> {
        super::related::related_in(scorer, (a, b), &self.scored, &self.pairs, usage)
    }
}

/// Pairs the tasks of `a` and `b` given their scorer ([`align_full`] without its related
/// links).
pub fn align_pairs(scorer: &Scorer, a: &Document, b: &Document) -> Paired {
    let (na, nb) = (a.tasks.len(), b.tasks.len());
    // The profiles read the look-alike keys already (when the scorer is of these documents).
    let of_profiles = |p: &[Profile]| -> (Vec<u64>, Vec<u64>) { p.iter().map(|p| p.keys).unzip() };
    let ((same_a, keys_a), (same_b, keys_b)) = if scorer.pa.len() == na && scorer.pb.len() == nb {
        (of_profiles(&scorer.pa), of_profiles(&scorer.pb))
    } else {
        crate::par::join_when(
            na + nb >= crate::par::MIN_ITEMS,
            || super::order::task_keys(a),
            || super::order::task_keys(b),
        )
    };
    let lookalikes = super::order::lookalike_pairs_of(&same_a, &same_b, &keys_a, &keys_b);
    let (scored, nearest) = scorer.scored_pairs(&lookalikes);
    let pairs = align_with(scorer, (a, b), &scored, &nearest, &lookalikes);
    // Copies of one text are the same task, paired or not; no topic link between them.
    let scored: Vec<(f64, usize, usize)> = scored
        .into_iter()
        .filter(|&(_, i, j)| keys_a.get(i) != keys_b.get(j))
        .collect();
    Paired { pairs, scored }
}

/// Pairs tasks given a scorer and the scored candidates: look-alikes in document order first,
/// then best-first one-to-one, then parts of splits and merges. A one-to-one pair counts its
/// section bonus only when the words make one task the other's nearest
/// ([`Scorer::competing`]).
fn align_with(
    scorer: &Scorer,
    (a, b): (&Document, &Document),
    scored: &[(f64, usize, usize)],
    nearest: &Nearest,
    lookalikes: &[(usize, usize)],
) -> Vec<Pairing> {
    let (na, nb) = (a.tasks.len(), b.tasks.len());
    // Only candidates that can become pairs need a global order; rivals and best partners are
    // found by scanning.
    let mut strong: Vec<(f64, usize, usize)> = scored
        .iter()
        .copied()
        .filter(|s| s.0 >= PAIR_FLOOR)
        .collect();
    // `best_first` ties no two candidates: each pair of tasks is scored once.
    crate::sort::sort_distinct_by(&mut strong, best_first);
    let mut partner_a: Vec<Option<usize>> = vec![None; na];
    let mut partner_b: Vec<Option<usize>> = vec![None; nb];
    let mut pairs: Vec<Pairing> = Vec::new();
    for &(i, j) in lookalikes {
        if i < na && j < nb {
            let s = scorer.score(i, j);
            link(&mut partner_a, &mut partner_b, &mut pairs, (s, i, j));
        }
    }
    let competing = |s: f64, i: usize, j: usize| scorer.competing(s, i, j, nearest);
    for &(s, i, j) in &strong {
        if s >= PAIR_MIN
            && partner_a[i].is_none()
            && partner_b[j].is_none()
            && competing(s, i, j) >= PAIR_MIN
        {
            link(&mut partner_a, &mut partner_b, &mut pairs, (s, i, j));
        }
    }
    // Parts by sentence (and shorthands of paired tasks) before the weak stand-out pairs; the
    // shorthands of the other tasks after them.
    let by_sentence =
        |pass, pairs: &mut Vec<Pairing>, partners: (&mut [Option<usize>], &mut [Option<usize>])| {
            add_sentence_parts(scorer, (a, b), scored, pairs, partners, pass);
        };
    by_sentence(
        Pass::Sentences,
        &mut pairs,
        (&mut partner_a, &mut partner_b),
    );
    let rivals = Rivals::new(scored, na, nb);
    // A weak pair rests on its words (telling ones, and enough of them without the sections),
    // between plans of one field: plans on unrelated subjects share a sentence now and then.
    let one_field = scorer.sections.documents() >= SECTIONS_SHARED;
    let phrased = |i, j| {
        one_field
            && scorer.phrase_bound(i, j) >= PHRASES_MIN
            && scorer.similarity(i, j) >= PAIR_FLOOR
    };
    take_standouts(
        &strong,
        &competing,
        &phrased,
        &rivals,
        (&mut partner_a, &mut partner_b),
        &mut pairs,
    );
    by_sentence(Pass::Measures, &mut pairs, (&mut partner_a, &mut partner_b));
    let (best_a, best_b) = best_partners(scored, na, nb);
    let parts = part_candidates(scorer, &rivals, &partner_a, &partner_b, &best_a, &best_b);
    add_parts(&mut pairs, parts, &partner_a, &partner_b);
    // A task whose text stops in the middle (a copy cut off there) pairs only at the full
    // bar: what is left of it is too little for a weak pair, a part or a stand-out, to rest on.
    let (cut_a, cut_b) = (a.cut_off_task(), b.cut_off_task());
    pairs.retain(|p| p.score >= PAIR_MIN || (cut_a != Some(p.a) && cut_b != Some(p.b)));
    set_kinds(&mut pairs, na, nb);
    crate::sort::sort_by_distinct_key(&mut pairs, |p| (p.b, p.a));
    pairs
}

/// A score and the task on the other side.
type Best = Option<(f64, usize)>;

/// The best partner of every task of A and of B, over all candidates.
fn best_partners(scored: &[(f64, usize, usize)], na: usize, nb: usize) -> (Vec<Best>, Vec<Best>) {
    let mut best_a: Vec<Option<(f64, usize, usize)>> = vec![None; na];
    let mut best_b: Vec<Option<(f64, usize, usize)>> = vec![None; nb];
    for &cand in scored {
        let (_, i, j) = cand;
        for slot in [&mut best_a[i], &mut best_b[j]] {
            if slot.is_none_or(|b| best_first(&cand, &b).is_lt()) {
                *slot = Some(cand);
            }
        }
    }
    let best_a: Vec<Best> = best_a.iter().map(|b| b.map(|(s, _, j)| (s, j))).collect();
    let best_b: Vec<Best> = best_b.iter().map(|b| b.map(|(s, i, _)| (s, i))).collect();
    (best_a, best_b)
}

/// Each task's scored candidates on the other side, for finding the best rival of a link.
struct Rivals {
    /// For each task of A, `(score, j)` of its candidates in B.
    rows: Lists,
    /// For each task of B, `(score, i)` of its candidates in A.
    cols: Lists,
}

/// One short list of `(score, task)` per task, in two flat arrays (no list of its own per task):
/// where each task's list starts, and the lists one after another.
struct Lists {
    starts: Vec<usize>,
    items: Vec<(f64, usize)>,
}

impl Lists {
    /// The lists of `n` tasks given `(task, item)` in the order each list keeps (tasks at or
    /// above `n` left out): counted, then placed.
    fn new(n: usize, entries: impl Iterator<Item = (usize, (f64, usize))> + Clone) -> Self {
        let mut starts = vec![0usize; n + 1];
        for (k, _) in entries.clone() {
            if let Some(s) = starts.get_mut(k + 1) {
                *s += 1;
            }
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        let mut next = starts.clone();
        let mut items = vec![(0.0, 0); starts.last().copied().unwrap_or(0)];
        for (k, item) in entries {
            if let Some(at) = next.get_mut(k) {
                if let Some(slot) = items.get_mut(*at) {
                    *slot = item;
                }
                *at += 1;
            }
        }
        Lists { starts, items }
    }

    /// The list of task `k`, empty for a task out of range.
    fn get(&self, k: usize) -> &[(f64, usize)] {
        match (self.starts.get(k), self.starts.get(k + 1)) {
            (Some(&from), Some(&to)) => self.items.get(from..to).unwrap_or(&[]),
            _ => &[],
        }
    }
}

impl Rivals {
    fn new(scored: &[(f64, usize, usize)], na: usize, nb: usize) -> Self {
        let rows = Lists::new(na, scored.iter().map(|&(s, i, j)| (i, (s, j))));
        let cols = Lists::new(nb, scored.iter().map(|&(s, i, j)| (j, (s, i))));
        Rivals { rows, cols }
    }

    /// The best score among `list` leaving out the tasks `skip` (0.0 when none is left).
    fn best_but(list: &[(f64, usize)], skip: [usize; 2]) -> f64 {
        list.iter()
            .filter(|&&(_, k)| !skip.contains(&k))
            .fold(0.0f64, |m, r| m.max(r.0))
    }

    /// Best score of A task `i` with a B task other than `skip`.
    fn row_but(&self, i: usize, skip: [usize; 2]) -> f64 {
        Self::best_but(self.rows.get(i), skip)
    }

    /// Best score of B task `j` with an A task other than `skip`.
    fn col_but(&self, j: usize, skip: [usize; 2]) -> f64 {
        Self::best_but(self.cols.get(j), skip)
    }
}

/// A candidate part of a split or merge: its score, the score of the pair it would join, the
/// best rival of the link on the side of the task it joins, and the cosine of the two tasks'
/// sections.
struct Part {
    score: f64,
    main: f64,
    rival: f64,
    /// The best rival of the link on the side of the task left over.
    own_rival: f64,
    /// How alike the two read without the sections' bonus ([`Scorer::similarity`]).
    similarity: f64,
    sections: f64,
    /// The summed weight of the telling bigrams the two share ([`Scorer::phrase_bound`]).
    phrases: f64,
}

impl Part {
    /// Whether the task left over joins the pair: well alike and not far below the main pair,
    /// or clearly the runner-up of the task it joins, in sections that share words, on
    /// telling words (in a short plan, having no rival is no evidence).
    fn holds(&self) -> bool {
        let s = self.score;
        (s >= PART_MIN && s >= PART_SHARE * self.main)
            || (s >= RUNNER_MIN
                && s >= RUNNER_SHARE * self.main
                && s >= RUNNER_STAND_OUT * self.rival
                && self.sections >= SECTIONS_SHARED
                && self.phrases >= PHRASES_MIN)
            || (self.similarity >= RUNNER_MIN
                && s >= OWN_STAND_OUT * self.own_rival
                && s >= self.rival
                && self.main < OWN_MAIN_MAX
                && self.sections >= SECTIONS_SHARED
                && self.phrases >= PHRASES_MIN)
    }
}

/// Parts: a task left over whose best partner is paired, and which is clearly about that
/// partner, joins it, best first (`true` for a part of a split, B joining A's pair).
fn part_candidates(
    scorer: &Scorer,
    rivals: &Rivals,
    partner_a: &[Option<usize>],
    partner_b: &[Option<usize>],
    best_a: &[Best],
    best_b: &[Best],
) -> Vec<(f64, usize, usize, bool)> {
    let main_score = |i: usize, j: usize| scorer.score(i, j);
    let mut parts: Vec<(f64, usize, usize, bool)> = Vec::new();
    for j in 0..partner_b.len() {
        if let (None, Some((s, i))) = (partner_b[j], best_b[j]) {
            if let Some(j0) = partner_a[i] {
                let part = Part {
                    score: s,
                    main: main_score(i, j0),
                    rival: rivals.row_but(i, [j, j0]),
                    own_rival: rivals.col_but(j, [i, i]),
                    similarity: scorer.similarity(i, j),
                    sections: scorer.section_cosine(i, j),
                    phrases: scorer.phrase_bound(i, j),
                };
                if part.holds() {
                    parts.push((s, i, j, true));
                }
            }
        }
    }
    for i in 0..partner_a.len() {
        if let (None, Some((s, j))) = (partner_a[i], best_a[i]) {
            if let Some(i0) = partner_b[j] {
                let part = Part {
                    score: s,
                    main: main_score(i0, j),
                    rival: rivals.col_but(j, [i, i0]),
                    own_rival: rivals.row_but(i, [j, j]),
                    similarity: scorer.similarity(i, j),
                    sections: scorer.section_cosine(i, j),
                    phrases: scorer.phrase_bound(i, j),
                };
                if part.holds() {
                    parts.push((s, i, j, false));
                }
            }
        }
    }
    crate::sort::sort_by(&mut parts, |x, y| {
        best_first(&(x.0, x.1, x.2), &(y.0, y.1, y.2)).then(x.3.cmp(&y.3))
    });
    parts
}

/// How many partners each task has among the pairs made so far, to keep every cluster one to
/// many or many to one as parts join.
struct Clusters {
    a: Vec<usize>,
    b: Vec<usize>,
}

impl Clusters {
    /// The partner counts of `na` tasks of A and `nb` of B in `pairs`.
    fn of(pairs: &[Pairing], na: usize, nb: usize) -> Self {
        let mut c = Clusters {
            a: vec![0; na],
            b: vec![0; nb],
        };
        for p in pairs {
            c.a[p.a] += 1;
            c.b[p.b] += 1;
        }
        c
    }

    /// Whether `i` of A and `j` of B may be paired as a part (`split`: B's task joins A's,
    /// else A's joins B's): the joining task has no partner, the joined one has fewer than
    /// [`MAX_PARTS`] and is the main task of its cluster (its one-to-one partner, from
    /// `partner_a` / `partner_b`, has no other partner); with `alone`, a joined task with no
    /// partner at all does too (the two then pair one to one).
    fn may_join(
        &self,
        (i, j, split): (usize, usize, bool),
        (partner_a, partner_b): (&[Option<usize>], &[Option<usize>]),
        alone: bool,
    ) -> bool {
        if split {
            self.b[j] == 0
                && self.a[i] < MAX_PARTS
                && ((alone && self.a[i] == 0) || partner_a[i].is_some_and(|j0| self.b[j0] == 1))
        } else {
            self.a[i] == 0
                && self.b[j] < MAX_PARTS
                && ((alone && self.b[j] == 0) || partner_b[j].is_some_and(|i0| self.a[i0] == 1))
        }
    }

    /// Counts the pair of `i` of A and `j` of B and adds it to `pairs` at `score`.
    fn join(&mut self, pairs: &mut Vec<Pairing>, (score, i, j): (f64, usize, usize)) {
        self.a[i] += 1;
        self.b[j] += 1;
        pairs.push(Pairing {
            a: i,
            b: j,
            score,
            kind: PairKind::Match,
        });
    }
}

/// Adds the parts in order, keeping a cluster one-to-many or many-to-one.
fn add_parts(
    pairs: &mut Vec<Pairing>,
    parts: Vec<(f64, usize, usize, bool)>,
    partner_a: &[Option<usize>],
    partner_b: &[Option<usize>],
) {
    let mut clusters = Clusters::of(pairs, partner_a.len(), partner_b.len());
    for (s, i, j, split) in parts {
        // The task that gains a partner must not already be a part on the other side.
        if clusters.may_join((i, j, split), (partner_a, partner_b), false) {
            clusters.join(pairs, (s, i, j));
        }
    }
}

/// Adds the parts found by sentence ([`super::sentences`]): a task with no pair joins the
/// task one of whose sentences reads like all of it, best first, keeping a cluster
/// one-to-many or many-to-one (a task that is a part on the other side gains no part of its
/// own); a task with no pair at all on either side pairs one to one. Taken before the weaker
/// pairs of whole tasks: a sentence that reads like all of a task is better evidence than a
/// whole task that merely stands out among weak ones.
fn add_sentence_parts(
    scorer: &Scorer,
    (a, b): (&Document, &Document),
    scored: &[(f64, usize, usize)],
    pairs: &mut Vec<Pairing>,
    (partner_a, partner_b): (&mut [Option<usize>], &mut [Option<usize>]),
    pass: Pass,
) {
    let (na, nb) = (partner_a.len(), partner_b.len());
    // Plans on unrelated subjects share a sentence's worth of words now and then
    // (`重大问题及时向…报告`): parts by sentence only between plans of one field.
    if scorer.pa.len() != na
        || scorer.pb.len() != nb
        || scorer.sections.documents() < SECTIONS_SHARED
    {
        return;
    }
    // The second pass looks for shorthands' measures only: none used, nothing to do.
    let uses = |p: &[Profile]| p.iter().any(|p| p.shorthands != 0);
    if pass == Pass::Measures && !uses(&scorer.pa) && !uses(&scorer.pb) {
        return;
    }
    let mut clusters = Clusters::of(pairs, na, nb);
    let paired_a: Vec<bool> = clusters.a.iter().map(|&c| c > 0).collect();
    let paired_b: Vec<bool> = clusters.b.iter().map(|&c| c > 0).collect();
    let (works_a, works_b) = scorer.work_texts(a, b);
    let mut parts = super::sentences::sentence_parts(
        (&scorer.pa, &scorer.pb),
        (a, b),
        (&works_a, &works_b),
        scored,
        (&paired_a, &paired_b),
        (
            &|k| scorer.weights.id_and_idf(k),
            scorer.weights.vocabulary(),
        ),
        pass,
    );
    crate::sort::sort_by(&mut parts, |x, y| {
        best_first(&(x.0, x.1, x.2), &(y.0, y.1, y.2)).then(x.3.cmp(&y.3))
    });
    for (_, i, j, split) in parts {
        if !clusters.may_join((i, j, split), (partner_a, partner_b), true) {
            continue;
        }
        // The part's only partner is the task it joins; a pair of two tasks alone is one to
        // one.
        if clusters.a[i] == 0 {
            partner_a[i] = Some(j);
        }
        if clusters.b[j] == 0 {
            partner_b[j] = Some(i);
        }
        clusters.join(pairs, (scorer.score(i, j), i, j));
    }
}

/// Pairs `i` of A with `j` of B at score `s`: each becomes the other's partner.
fn link(
    partner_a: &mut [Option<usize>],
    partner_b: &mut [Option<usize>],
    pairs: &mut Vec<Pairing>,
    (s, i, j): (f64, usize, usize),
) {
    partner_a[i] = Some(j);
    partner_b[j] = Some(i);
    pairs.push(Pairing {
        a: i,
        b: j,
        score: s,
        kind: PairKind::Match,
    });
}

/// Best first; ties by position sums, so that swapping A and B picks the same pairs, then by
/// distance between positions and by A's position.
pub(crate) fn best_first(x: &(f64, usize, usize), y: &(f64, usize, usize)) -> std::cmp::Ordering {
    // The ties, rare, are looked at only when the scores are equal.
    y.0.total_cmp(&x.0).then_with(|| {
        ((x.1 + x.2).cmp(&(y.1 + y.2)))
            .then(x.1.abs_diff(x.2).cmp(&y.1.abs_diff(y.2)))
            .then(x.1.cmp(&y.1))
    })
}

/// Second pass over the weaker candidates (`strong`, sorted best first): a pair of tasks both
/// left over is taken when each is the other's clear best among the tasks left (rivals are
/// looked up among all `scored` candidates), by the score it competes with (`competing`, of
/// the score and the two tasks).
fn take_standouts(
    strong: &[(f64, usize, usize)],
    competing: &dyn Fn(f64, usize, usize) -> f64,
    phrased: &dyn Fn(usize, usize) -> bool,
    rivals: &Rivals,
    (partner_a, partner_b): (&mut [Option<usize>], &mut [Option<usize>]),
    pairs: &mut Vec<Pairing>,
) {
    let (rows, cols) = (&rivals.rows, &rivals.cols);
    for &(score, i, j) in strong {
        if partner_a[i].is_some() || partner_b[j].is_some() {
            continue;
        }
        let s = competing(score, i, j);
        if !(PAIR_FLOOR..PAIR_MIN).contains(&s) || !phrased(i, j) {
            continue;
        }
        let row_rival = rows
            .get(i)
            .iter()
            .filter(|&&(_, y)| y != j && partner_b[y].is_none())
            .fold(0.0f64, |m, r| m.max(r.0));
        let col_rival = cols
            .get(j)
            .iter()
            .filter(|&&(_, x)| x != i && partner_a[x].is_none())
            .fold(0.0f64, |m, r| m.max(r.0));
        if stands_out(s, row_rival.max(col_rival)) {
            link(partner_a, partner_b, pairs, (score, i, j));
        }
    }
}

/// Whether a pair scoring `s` below [`PAIR_MIN`] stands out over its best rival `rival`: by
/// [`STAND_OUT`] from [`PAIR_LOW`] up, and below it by as much more as it is weaker, down to
/// [`PAIR_FLOOR`] (at 0.13 no rival may score above 0.096, at 0.11 none above 0.069).
fn stands_out(s: f64, rival: f64) -> bool {
    s >= PAIR_FLOOR && s >= STAND_OUT * (PAIR_LOW / s).max(1.0) * rival
}

/// Marks pairs whose A task has several partners as `split`, whose B task has several as
/// `merged`; `manual` pairs keep their kind.
pub fn set_kinds(pairs: &mut [Pairing], na: usize, nb: usize) {
    let mut count_a = vec![0usize; na];
    let mut count_b = vec![0usize; nb];
    // Each task's two best pair scores, for a pair between a split and a merge.
    let mut top_a = vec![[f64::NEG_INFINITY; 2]; na];
    let mut top_b = vec![[f64::NEG_INFINITY; 2]; nb];
    let keep = |top: &mut [f64; 2], s: f64| {
        if s > top[0] {
            *top = [s, top[0]];
        } else if s > top[1] {
            top[1] = s;
        }
    };
    for p in pairs.iter() {
        if let (Some(c), Some(t)) = (count_a.get_mut(p.a), top_a.get_mut(p.a)) {
            *c += 1;
            keep(t, p.score);
        }
        if let (Some(c), Some(t)) = (count_b.get_mut(p.b), top_b.get_mut(p.b)) {
            *c += 1;
            keep(t, p.score);
        }
    }
    // The best score of a task's pairs other than the one scoring `s`.
    let other = |top: Option<&[f64; 2]>, s: f64| {
        top.map_or(f64::NEG_INFINITY, |t| if t[0] == s { t[1] } else { t[0] })
    };
    for p in pairs.iter_mut() {
        if p.kind == PairKind::Manual {
            continue;
        }
        let ca = count_a.get(p.a).copied().unwrap_or(0);
        let cb = count_b.get(p.b).copied().unwrap_or(0);
        p.kind = if ca > 1 && cb <= 1 {
            PairKind::Split
        } else if cb > 1 && ca <= 1 {
            PairKind::Merged
        } else if ca > 1 && cb > 1 {
            // A bridge between a split and a merge ([`super::related::bridges`]): a part of
            // the task whose other partner is the closer.
            let (oa, ob) = (
                other(top_a.get(p.a), p.score),
                other(top_b.get(p.b), p.score),
            );
            if oa >= ob {
                PairKind::Split
            } else {
                PairKind::Merged
            }
        } else {
            PairKind::Match
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_weaker_a_pair_the_further_it_must_stand_out() {
        // (score, best rival, stands out)
        let rows = [
            (0.18, 0.14, true),
            (0.18, 0.15, false),
            (0.14, 0.11, true),
            (0.14, 0.115, false),
            (0.13, 0.09, true),
            (0.13, 0.10, false), // would stand out at 0.14 and up
            (0.11, 0.065, true),
            (0.11, 0.08, false),
            (0.09, 0.0, false), // too weak whatever its rivals
        ];
        for (k, &(s, rival, want)) in rows.iter().enumerate() {
            assert_eq!(stands_out(s, rival), want, "row {k}");
        }
    }

    #[test]
    fn a_weak_part_joins_only_as_a_clear_runner_up_in_sections_that_share_words() {
        // (The task left over has a rival as good as the task it joins: see the next test.)
        let part = |score, main, rival, sections| Part {
            score,
            main,
            rival,
            own_rival: score,
            similarity: score,
            sections,
            phrases: PHRASES_MIN,
        };
        // (part, holds): alike enough on its own, whatever its rivals and sections.
        let rows = [
            (part(0.25, 0.40, 0.24, 0.0), true),
            (part(0.25, 0.60, 0.20, 0.3), false), // far below its pair, a rival close behind
            (part(0.25, 0.60, 0.12, 0.2), true),  // far below its pair, but the clear runner-up
            // Weaker: the runner-up, well ahead of the next rival, in sections sharing words.
            (part(0.12, 0.30, 0.05, 0.20), true),
            (part(0.12, 0.30, 0.0, 0.20), true),
            (part(0.12, 0.30, 0.09, 0.20), false), // a rival close behind
            (part(0.12, 0.30, 0.05, 0.10), false), // sections of unrelated subjects
            (part(0.12, 0.50, 0.05, 0.20), false), // a sliver of its pair
            (part(0.09, 0.20, 0.0, 0.30), false),  // too little alike
        ];
        for (k, (p, want)) in rows.iter().enumerate() {
            assert_eq!(p.holds(), *want, "row {k}");
        }
        // The weak runner-up rests on telling words, however far ahead of its rivals.
        let bare = Part {
            phrases: PHRASES_MIN / 2.0,
            ..part(0.12, 0.30, 0.0, 0.20)
        };
        assert!(!bare.holds());
    }

    #[test]
    fn a_weak_part_joins_the_one_clear_partner_of_the_task_left_over() {
        // `八 加强行政应诉工作` (its own pair 0.65) and `36 巩固行政应诉突出问题专项治理成果`:
        // 36 reads like nothing else half as well, and 八 like nothing but its pair better.
        let part = |score, rival, own_rival, phrases| Part {
            score,
            main: 0.65,
            rival,
            own_rival,
            similarity: score,
            sections: 0.18,
            phrases,
        };
        let rows = [
            (part(0.117, 0.078, 0.045, 4.5), true),
            (part(0.117, 0.078, 0.07, 4.5), false), // a rival of its own close behind
            (part(0.117, 0.13, 0.045, 4.5), false), // the task joined reads more like another
            (part(0.09, 0.05, 0.02, 4.5), false),   // too little alike
            (part(0.117, 0.078, 0.045, 1.0), false), // no telling words shared
        ];
        // Alike only by the sections' bonus, plans on unrelated subjects, a pair that is a copy.
        let lifted = Part {
            similarity: 0.08,
            ..part(0.117, 0.078, 0.045, 4.5)
        };
        let unrelated = Part {
            sections: 0.10,
            ..part(0.117, 0.078, 0.045, 4.5)
        };
        let copied = Part {
            main: 1.0,
            ..part(0.117, 0.078, 0.045, 4.5)
        };
        assert!(!lifted.holds() && !unrelated.holds() && !copied.holds());
        for (k, (p, want)) in rows.iter().enumerate() {
            assert_eq!(p.holds(), *want, "row {k}");
        }
    }

    #[test]
    fn a_pair_is_near_when_its_words_make_either_task_the_others_nearest() {
        let mut nearest = Nearest::new(2, 2);
        for (i, j, text) in [(0, 0, 0.30), (0, 1, 0.12), (1, 0, 0.20), (1, 1, 0.10)] {
            nearest.see(i, j, text);
        }
        assert!(nearest.either(0, 0, 0.30));
        assert!(nearest.either(0, 1, 0.12), "B's second task has no nearer");
        assert!(
            !nearest.either(1, 1, 0.10),
            "both tasks are nearer to others"
        );
        assert!(!nearest.either(5, 5, 0.9), "out of range");
    }

    #[test]
    fn rivals_leave_out_the_tasks_asked() {
        let scored = [(0.5, 0, 0), (0.3, 0, 1), (0.2, 0, 2), (0.4, 1, 1)];
        let rivals = Rivals::new(&scored, 2, 3);
        assert_eq!(rivals.row_but(0, [0, 1]), 0.2);
        assert_eq!(rivals.row_but(0, [0, 0]), 0.3);
        assert_eq!(rivals.col_but(1, [1, 1]), 0.3);
        assert_eq!(rivals.col_but(2, [0, 0]), 0.0);
        assert_eq!(rivals.row_but(5, [0, 0]), 0.0);
    }

    proptest::proptest! {
        #[test]
        fn sorted_distinct_is_sort_then_dedup(
            pairs in proptest::collection::vec((0usize..12, 0usize..12), 0..80),
        ) {
            let mut want = pairs.clone();
            want.sort_unstable();
            want.dedup();
            proptest::prop_assert_eq!(sorted_distinct(&pairs), want);
        }

        #[test]
        fn top_terms_are_the_best_few_by_weight_then_id(
            weights in proptest::collection::vec(0u8..6, 0..60),
        ) {
            // Few distinct weights, so that ties by id decide.
            let p = Profile {
                terms: weights.iter().enumerate().map(|(k, &w)| (k as u64, f64::from(w) / 8.0)).collect(),
                ids: (0..weights.len() as u32).collect(),
                ..Profile::default()
            };
            let order = |x: &(u32, f64), y: &(u32, f64)| {
                y.1.to_bits().cmp(&x.1.to_bits()).then(x.0.cmp(&y.0))
            };
            let mut want = best_few(id_weights(&p), QUERY_TERMS, order);
            want.sort_by_key(|t| t.0);
            proptest::prop_assert_eq!(top_terms(&p), want);
        }
    }

    #[test]
    fn best_few_are_the_first_of_the_sorted_order() {
        let items: Vec<(u64, f64)> = (0..200u64)
            .map(|k| (k, ((k * 7919) % 101) as f64 / 100.0))
            .collect();
        let order = |x: &(u64, f64), y: &(u64, f64)| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0));
        let mut sorted = items.clone();
        sorted.sort_by(order);
        for k in [0, 1, 5, 16, 300] {
            let want: Vec<(u64, f64)> = sorted.iter().copied().take(k).collect();
            assert_eq!(best_few(items.iter().copied(), k, order), want, "k = {k}");
        }
    }

    #[test]
    fn the_phrase_bound_sums_the_shared_bigrams_a_phrase_can_hold() {
        // The bound read from its table is the sum it stands for: each bigram both tasks use
        // whose two characters a key phrase can hold, its telling weight once, in key order.
        let read = crate::test_support::fixture;
        let (a, b) = (read("compare_places_a.txt"), read("compare_places_b.txt"));
        let scorer = Scorer::new(&a, &b);
        let phrase = |k: u64| {
            [k >> 32, k & 0xFFFF_FFFF].iter().all(|&v| {
                char::from_u32(v as u32).is_some_and(super::super::related::is_phrase_char)
            })
        };
        for (i, x) in scorer.pa.iter().enumerate() {
            for (j, y) in scorer.pb.iter().enumerate() {
                let mut want = 0.0;
                for (k, _) in &x.terms {
                    if phrase(*k) && y.terms.iter().any(|t| t.0 == *k) {
                        want += scorer.telling(*k);
                    }
                }
                assert_eq!(
                    scorer.phrase_bound(i, j).to_bits(),
                    f64::to_bits(want),
                    "{i}-{j}"
                );
            }
        }
    }
}
