//! Parts by sentence: one plan often words as one broad task (决策目录, 合法性审查 and 备案审查
//! in one paragraph) what another splits into several. Each part then reads like one sentence
//! of the broad task, not like the whole of it, so whole-task similarity misses it; a sentence
//! and a whole task that are each other's closest are that part.

use super::profile::{tf_weight, Profile};
use crate::chars::{bigram_key, for_each_bigram, for_each_shared, is_content};
use crate::model::{Document, Task};

/// Least cosine of a sentence with a whole task on the other side for the task to be a part:
/// the least score of a pair of whole tasks (`PAIR_MIN` in the matching).
pub(crate) const SENTENCE_MIN: f64 = 0.20;
/// Shortest sentence read, in characters of words: a shorter one (`加强组织领导`) says too
/// little to stand for a task.
const SENTENCE_CHARS: usize = 8;
/// Candidates a task's sentences are weighed against: its best few by whole-task score.
const CANDIDATES_READ: usize = 16;

/// Characters that end a sentence (after width folding: `；` is `;`).
fn ends_sentence(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '！' | '!' | '？' | '?')
}

/// A sentence's bigrams: `(key, id, weight)` sorted by key (so by id too, as
/// [`Profile::ids`] are), L2-normalised, weighted as a task's profile is (`1 + ln tf` times the
/// bigram's IDF).
type Vector = Vec<(u64, u32, f64)>;

/// A bigram's id and IDF ([`super::profile::Profiles`]), if the tasks use it.
pub(crate) type Lookup<'a> = &'a dyn Fn(u64) -> Option<(u32, f64)>;

/// The sentences of a task's words `work` as vectors, its heading sentence left out (the
/// heading names the whole task, not one of its parts) and short ones skipped.
fn sentence_vectors(task: &Task, work: &str, lookup: Lookup) -> Vec<Vector> {
    let heading = task.heading.trim();
    let mut out = Vec::new();
    let mut keys: Vec<u64> = Vec::new();
    for (k, sentence) in work.split(ends_sentence).enumerate() {
        let sentence = sentence.trim();
        if k == 0 && !heading.is_empty() && sentence == heading {
            continue;
        }
        if sentence.chars().filter(|&c| is_content(c)).count() < SENTENCE_CHARS {
            continue;
        }
        out.extend(vector(sentence, &mut keys, lookup));
    }
    out
}

/// The vector of one sentence (`keys`: a buffer), none when the tasks use none of its bigrams.
fn vector(sentence: &str, keys: &mut Vec<u64>, lookup: Lookup) -> Option<Vector> {
    keys.clear();
    for_each_bigram(sentence, |b| keys.push(bigram_key(b)));
    crate::sort::sort_keys(keys);
    let mut v: Vector = Vec::with_capacity(keys.len());
    let mut at = 0;
    while let Some(&key) = keys.get(at) {
        let run = keys[at..].iter().take_while(|&&k| k == key).count();
        if let Some((id, idf)) = lookup(key) {
            v.push((key, id, tf_weight(run as u32) * idf));
        }
        at += run;
    }
    let norm = v.iter().map(|t| t.2 * t.2).sum::<f64>().sqrt();
    if norm <= 0.0 {
        return None;
    }
    for t in &mut v {
        t.2 /= norm;
    }
    Some(v)
}

/// Cosine of a sentence's vector and a task's profile (both sorted by key).
fn cosine(v: &Vector, p: &Profile) -> f64 {
    let mut sum = 0.0;
    for_each_shared(v, &p.terms, |t| t.0, |t| t.0, |x, y| sum += x.2 * y.1);
    sum
}

/// One side's sentences against the other side's whole tasks: for each whole task with no
/// pair (`open`) its closest sentence among its candidates' sentences, kept when that sentence
/// has no closer whole task among its own task's candidates (each is the other's closest) and
/// the cosine is [`SENTENCE_MIN`] or more: `(cosine, task of the sentence, whole task)`.
struct Side<'a> {
    /// The tasks whose sentences are read, with their words and profiles.
    tasks: &'a [Task],
    works: &'a [&'a str],
    profiles: &'a [Profile],
    /// The other side's tasks and their profiles.
    whole_tasks: &'a [Task],
    wholes: &'a [Profile],
}

impl Side<'_> {
    /// `cands`: `(task of the sentence, whole task)` candidates, in the order ties are settled
    /// in (the first seen keeps a tie); `open`: whole tasks with no pair yet; `vocabulary`:
    /// how many bigram ids there are.
    fn parts(
        &self,
        cands: &[(usize, usize)],
        open: &[bool],
        lookup: Lookup,
        vocabulary: usize,
    ) -> Vec<(f64, usize, usize)> {
        let is_open = |j: usize| open.get(j).copied().unwrap_or(false);
        // Each open whole task's candidates, in `cands` order; only their sentences are read.
        let mut of_whole: Vec<Vec<usize>> = vec![Vec::new(); self.wholes.len()];
        let mut read = vec![false; self.tasks.len()];
        for &(i, j) in cands {
            if is_open(j) && i < self.tasks.len() {
                of_whole[j].push(i);
                read[i] = true;
            }
        }
        if !read.contains(&true) {
            return Vec::new();
        }
        let sentences: Vec<Vec<Vector>> = (self.tasks.iter().zip(self.works).zip(&read))
            .map(|((t, w), &r)| {
                if r {
                    sentence_vectors(t, w, lookup)
                } else {
                    Vec::new()
                }
            })
            .collect();
        // Each open whole task's closest sentence: the whole task's weights laid out by bigram
        // id, so that a sentence's cosine is one lookup per bigram of the sentence.
        let mut dense = vec![0.0f64; vocabulary];
        let mut best: Vec<(f64, usize, usize, usize)> = Vec::new();
        for (j, (whole, list)) in self.wholes.iter().zip(&of_whole).enumerate() {
            if list.is_empty() {
                continue;
            }
            for (&id, t) in whole.ids.iter().zip(&whole.terms) {
                if let Some(d) = dense.get_mut(id as usize) {
                    *d = t.1;
                }
            }
            let mut top = (0.0f64, usize::MAX, usize::MAX);
            for &i in list {
                for (k, v) in sentences[i].iter().enumerate() {
                    let c: f64 = v
                        .iter()
                        .map(|&(_, id, w)| w * dense.get(id as usize).copied().unwrap_or(0.0))
                        .sum();
                    if c > top.0 {
                        top = (c, i, k);
                    }
                }
            }
            for &id in &whole.ids {
                if let Some(d) = dense.get_mut(id as usize) {
                    *d = 0.0;
                }
            }
            if top.0 >= SENTENCE_MIN {
                best.push((top.0, top.1, top.2, j));
            }
        }
        // Each the other's closest: no candidate of the sentence's task is closer to the
        // sentence, and none seen before `j` is as close.
        let mut of_task: Vec<Vec<usize>> = vec![Vec::new(); self.tasks.len()];
        let wanted: Vec<bool> = {
            let mut w = vec![false; self.tasks.len()];
            for &(_, i, _, _) in &best {
                w[i] = true;
            }
            w
        };
        for &(i, j) in cands {
            if wanted.get(i).copied().unwrap_or(false) {
                of_task[i].push(j);
            }
        }
        let mut out = Vec::new();
        for (c, i, k, j) in best {
            let v = &sentences[i][k];
            let mut mutual = true;
            // Candidates seen before `j` win a tie; those after it only by more.
            let mut before = true;
            for &other in &of_task[i] {
                if other == j {
                    before = false;
                    continue;
                }
                let Some(whole) = self.wholes.get(other) else {
                    continue;
                };
                let d = cosine(v, whole);
                if d > c || (before && d >= c) {
                    mutual = false;
                    break;
                }
            }
            if mutual {
                out.push((c, i, j));
            }
        }
        out
    }

    /// Parts by shorthand: a task that uses a shorthand (`严格落实行政执法三项制度`) and an open
    /// whole task named by one of its measures (`全面推行行政执法公示制度`): the two share next to
    /// no words, so the whole task is no candidate of the other by score. The measure must be
    /// the whole task's closest among the measures named by its heading, at [`SENTENCE_MIN`]
    /// or more; the other side's headings must name [`MEASURES_NAMED`] of the shorthand's
    /// measures; and the shorthand must belong to one task of its plan. Only the tasks `reads`
    /// marks are read for shorthands. `(cosine, task using the shorthand, whole task)`.
    fn measures(
        &self,
        open: &[bool],
        reads: &dyn Fn(usize) -> bool,
        lookup: Lookup,
    ) -> Vec<(f64, usize, usize)> {
        let mut keys: Vec<u64> = Vec::new();
        // The one task each shorthand belongs to: the one task that uses it, or of several, the
        // one that names it in its heading (`深入推进“放管服”改革`). Of several with none, or
        // more than one, naming it, none: which of them the measures belong to is not told.
        const NONE: usize = usize::MAX;
        const MANY: usize = usize::MAX - 1;
        let shorthands = super::abbrev::SHORTHANDS;
        let (mut user, mut header) = (
            [NONE; super::abbrev::SHORTHANDS.len()],
            [NONE; super::abbrev::SHORTHANDS.len()],
        );
        for (i, p) in self.profiles.iter().enumerate() {
            for k in super::abbrev::entries(p.shorthands) {
                user[k] = if user[k] == NONE { i } else { MANY };
                let heading = self.tasks.get(i).map_or("", |t| t.heading.as_str());
                if heading.contains(shorthands[k].name) {
                    header[k] = if header[k] == NONE { i } else { MANY };
                }
            }
        }
        let owner = |k: usize| match (user[k], header[k]) {
            (MANY, h) if h != MANY => h,
            (u, _) => u,
        };
        // `(task, shorthand, measure's bigrams, measure's vector)` for each measure of each
        // shorthand used.
        let mut measures: Vec<(usize, usize, Vec<u64>, Vector)> = Vec::new();
        for (i, p) in self.profiles.iter().enumerate() {
            if p.shorthands == 0 || !reads(i) {
                continue;
            }
            for k in super::abbrev::entries(p.shorthands).filter(|&k| owner(k) == i) {
                for part in shorthands[k].parts {
                    if let Some(v) = vector(part, &mut keys, lookup) {
                        measures.push((i, k, crate::chars::bigram_set(part), v));
                    }
                }
            }
        }
        if measures.is_empty() {
            return Vec::new();
        }
        // The open whole tasks by the bigrams of their headings.
        let mut by_bigram: crate::chars::KeyMap<Vec<usize>> = Default::default();
        let headings: Vec<Vec<u64>> = (self.whole_tasks.iter().enumerate())
            .map(|(j, t)| {
                if !open.get(j).copied().unwrap_or(false) {
                    return Vec::new();
                }
                let set = crate::chars::bigram_set(&t.heading);
                for &k in &set {
                    by_bigram.entry(k).or_default().push(j);
                }
                set
            })
            .collect();
        // Each measure's named wholes at the least cosine: `(cosine, measure, whole)`.
        let mut found: Vec<(f64, usize, usize)> = Vec::new();
        for (m, (_, _, set, v)) in measures.iter().enumerate() {
            // The wholes whose headings hold the measure's least used bigram, then checked whole.
            let Some(rare) = (set.iter())
                .filter_map(|k| by_bigram.get(k))
                .min_by_key(|list| list.len())
            else {
                continue;
            };
            for &j in rare {
                let named = &headings[j];
                let held = set
                    .iter()
                    .filter(|k| named.binary_search(k).is_ok())
                    .count();
                if (held as f64) < MEASURE_NAMED * set.len() as f64 {
                    continue;
                }
                let Some(whole) = self.wholes.get(j) else {
                    continue;
                };
                let c = cosine(v, whole);
                if c >= SENTENCE_MIN {
                    found.push((c, m, j));
                }
            }
        }
        // A shorthand reads as its measures only when the other plan names two of them (its one,
        // for a shorthand of one measure): a heading that happens to hold one generic measure
        // (`优化服务` of 放管服, over an elderly-care task) is no evidence.
        let mut named = vec![false; measures.len()];
        for &(_, m, _) in &found {
            named[m] = true;
        }
        let mut named_of: std::collections::BTreeMap<(usize, usize), usize> = Default::default();
        for (m, &(i, k, _, _)) in measures.iter().enumerate() {
            if named[m] {
                *named_of.entry((i, k)).or_default() += 1;
            }
        }
        let corroborated = |m: usize| {
            let (i, k) = (measures[m].0, measures[m].1);
            let need = shorthands[k].parts.len().min(MEASURES_NAMED);
            named_of.get(&(i, k)).is_some_and(|&n| n >= need)
        };
        // Each whole task's closest measure: `(cosine, task)`.
        let mut best: Vec<Option<(f64, usize)>> = vec![None; self.wholes.len()];
        for &(c, m, j) in found.iter().filter(|f| corroborated(f.1)) {
            if best[j].is_none_or(|(bc, _)| c > bc) {
                best[j] = Some((c, measures[m].0));
            }
        }
        (best.into_iter().enumerate())
            .filter_map(|(j, b)| b.map(|(c, i)| (c, i, j)))
            .collect()
    }
}

/// Least share of a shorthand's measure's bigrams the heading of a whole task holds for the
/// task to be that measure (`全面推行行政执法公示制度` names `行政执法公示制度`); a task that merely
/// mentions the measure among others (`健全行政执法工作机制`) is not one of its parts.
const MEASURE_NAMED: f64 = 0.75;

/// Measures of one shorthand the other plan's headings must name for any to be taken
/// (fewer when the shorthand has fewer).
const MEASURES_NAMED: usize = 2;

/// The candidates of `scored` among the [`CANDIDATES_READ`] best of the task `task` picks
/// (of `n` tasks), in `scored`'s order.
fn best_few<'s>(
    scored: &'s [(f64, usize, usize)],
    n: usize,
    task: impl Fn(&(f64, usize, usize)) -> usize + 's,
) -> impl Iterator<Item = (f64, usize, usize)> + 's {
    let mut lists: Vec<Vec<(f64, usize, usize)>> = vec![Vec::new(); n];
    for c in scored {
        if let Some(list) = lists.get_mut(task(c)) {
            list.push(*c);
        }
    }
    // Each task's least score kept (ties with it kept too).
    let floor: Vec<f64> = lists
        .iter_mut()
        .map(|list| {
            if list.len() <= CANDIDATES_READ {
                return f64::NEG_INFINITY;
            }
            let (_, kth, _) =
                list.select_nth_unstable_by(CANDIDATES_READ - 1, super::matching::best_first);
            kth.0
        })
        .collect();
    scored
        .iter()
        .copied()
        .filter(move |c| floor.get(task(c)).is_some_and(|&f| c.0 >= f))
}

/// Candidate parts by sentence, `(cosine, i, j, split)` with `i` in A and `j` in B: `split`
/// when a sentence of A's task `i` reads like the whole of B's task `j` (and B's task has no
/// pair), else a sentence of B's task `j` reads like the whole of A's task `i` (which has
/// none). `scored` are the candidates `(score, i, j)`, `paired_a` / `paired_b` which tasks
/// have a pair; `lookup` gives a bigram's id and IDF, ids below `vocabulary`.
pub(crate) fn sentence_parts(
    (pa, pb): (&[Profile], &[Profile]),
    (a, b): (&Document, &Document),
    (works_a, works_b): (&[&str], &[&str]),
    scored: &[(f64, usize, usize)],
    (paired_a, paired_b): (&[bool], &[bool]),
    (lookup, vocabulary): (Lookup, usize),
    pass: Pass,
) -> Vec<(f64, usize, usize, bool)> {
    let open_a: Vec<bool> = paired_a.iter().map(|&p| !p).collect();
    let open_b: Vec<bool> = paired_b.iter().map(|&p| !p).collect();
    if !open_a.contains(&true) && !open_b.contains(&true) {
        return Vec::new();
    }
    let of_a = Side {
        tasks: &a.tasks,
        works: works_a,
        profiles: pa,
        whole_tasks: &b.tasks,
        wholes: pb,
    };
    let of_b = Side {
        tasks: &b.tasks,
        works: works_b,
        profiles: pb,
        whole_tasks: &a.tasks,
        wholes: pa,
    };
    let mut out: Vec<(f64, usize, usize, bool)> = Vec::new();
    if pass == Pass::Sentences {
        // A task's sentences are weighed against its best few candidates only, so the work
        // stays linear in the text however many tasks a long one is a candidate of.
        let forward: Vec<(usize, usize)> = best_few(scored, pa.len(), |&(_, i, _)| i)
            .map(|(_, i, j)| (i, j))
            .collect();
        let back: Vec<(usize, usize)> = best_few(scored, pb.len(), |&(_, _, j)| j)
            .map(|(_, i, j)| (j, i))
            .collect();
        let forward = of_a.parts(&forward, &open_b, lookup, vocabulary);
        out.extend(forward.into_iter().map(|(c, i, j)| (c, i, j, true)));
        let back = of_b.parts(&back, &open_a, lookup, vocabulary);
        out.extend(back.into_iter().map(|(c, j, i)| (c, i, j, false)));
    }
    // In the first pass only tasks with a pair read their shorthands; in the second, all.
    let first = pass == Pass::Sentences;
    let forward = of_a.measures(&open_b, &|i| !first || paired_a[i], lookup);
    out.extend(forward.into_iter().map(|(c, i, j)| (c, i, j, true)));
    let back = of_b.measures(&open_a, &|j| !first || paired_b[j], lookup);
    out.extend(back.into_iter().map(|(c, j, i)| (c, i, j, false)));
    out
}

/// Which parts [`sentence_parts`] looks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pass {
    /// Parts by sentence, and the measures of shorthands used by tasks that have a pair (they
    /// lose nothing by taking parts before the weak pairs of whole tasks).
    Sentences,
    /// The measures of shorthands used by any task: after the weak pairs of whole tasks, so
    /// that a task's words find its own pair before a shorthand it mentions gives it parts.
    Measures,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task(heading: &str, text: &str) -> Task {
        Task {
            heading: heading.to_string(),
            text: text.to_string(),
            ..Task::default()
        }
    }

    #[test]
    fn sentences_leave_out_the_heading_and_short_clauses() {
        let t = task(
            "推进依法科学决策",
            "推进依法科学决策。全面推行重大行政决策年度目录管理；加强领导。严格执行规范性文件合法性审查机制",
        );
        let v = sentence_vectors(&t, &t.text, &|k| Some((k as u32, 1.0)));
        // The heading and `加强领导` (4 characters) are skipped: two sentences are left.
        assert_eq!(v.len(), 2);
        for s in &v {
            let norm: f64 = s.iter().map(|t| t.2 * t.2).sum();
            assert!((norm - 1.0).abs() < 1e-9);
        }
    }
}
