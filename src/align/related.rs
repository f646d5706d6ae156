//! Related links: tasks of the two documents on a shared topic that are not the same task
//! (many-to-many), each with the key phrases it rests on, so a reader sees why.
//!
//! A key phrase is a run of three or more characters both tasks use whose bigrams are telling
//! (rare in these documents and in plans in general): `行政调解`, `出庭应诉`, `政府门户网站`, not
//! `深入贯彻落实`.

pub use super::background::telling;
use super::matching::{Pairing, Scorer, MAX_PARTS, PHRASES_MIN};
use super::profile::work_text;
use crate::chars::{bigram_key, fold, for_each_shared, is_content};
use crate::model::{Document, Task};

/// A phrase that both documents use again and again, in this many tasks or more of each, is no
/// evidence of a link: it names what whole sections are about (`合法性审查` in 3 tasks of one
/// plan and 6 of the other, `法人和其他组织`), and could link every one of those tasks with every
/// other. A phrase that one task of either document alone uses still points to that task.
const RECURRING: usize = 2;
/// Least score of a related link.
const RELATED_MIN: f64 = 0.13;
/// Related links kept per task, best first (a link stays when it is among the best of either
/// of its tasks).
const RELATED_PER_TASK: usize = 2;
/// Candidates tried per task (a link is tried while either of its tasks has tries left).
const TRIED_PER_TASK: usize = 4;
/// Least weight of a key phrase (the sum of its bigrams' telling weights).
const PHRASE_MIN: f64 = 1.2;
/// Phrases listed per link.
const PHRASES_PER_LINK: usize = 4;
/// Shortest key phrase, in characters.
const PHRASE_CHARS: usize = 3;
/// Two-character words listed for a link without key phrases, and their least telling weight
/// (a word rare here and in plans in general).
const WORDS_PER_LINK: usize = 2;
const WORD_MIN: f64 = 0.3;
/// Section affinity at and above which two tasks sit in aligned sections (one section the
/// other's closest, or nearly)…
const ALIGNED_SECTIONS: f64 = 0.9;
/// …and least cosine of the two sections' pooled words: the closest sections of two plans on
/// unrelated subjects share little (below 0.14 in `extra/`), those of two plans of one field
/// much more (0.17–0.37 in the corpus).
pub(crate) const SECTIONS_SHARED: f64 = 0.15;
/// Least similarity of a task with no same task and its nearest task in an aligned section for
/// them to be related without a key phrase: the two sections' shared topic stands in for one.
const NEAREST_MIN: f64 = 0.08;
/// Least similarity of a task with no same task and its nearest task for a link below
/// [`RELATED_MIN`] resting on key phrases when their sections match (when only the two plans
/// share their subject, a flat list of tasks having no sections, [`NEAREST_MIN`]).
const NEAREST_PHRASED_MIN: f64 = 0.04;

/// One related link chosen by [`related`], by task index.
#[derive(Debug, Clone, PartialEq)]
pub struct Relation {
    /// Index of the task in A.
    pub a: usize,
    /// Index of the task in B.
    pub b: usize,
    /// How alike the two tasks are ([`Scorer::similarity`]), 0.0–1.0.
    pub score: f64,
    /// Key phrases both use, most telling first.
    pub shared: Vec<String>,
}

/// Fewest key phrases a related link that becomes a part rests on.
const PART_PHRASES: usize = 2;

/// Related links that bridge two pairs: both tasks are paired, but one of them is nearer by
/// words to the other than to any of its own partners, and the other about as near to it as
/// to its own ([`BRIDGE_SHARE`]), above the related bar and on two key phrases or more. The 1:1 pairing gave the other to a closer task, yet the two are parts of
/// one work (a plan's `形成监督合力` pairs with the other plan's `监督` task it is closest to,
/// while that plan's `自觉接受党内监督…`, paired with a third, is nearest to it). `similarity`
/// is of the pairs' two tasks, as the links' scores are; `accept` may refuse a link. As
/// `(a, b)` indices, best first; the rule reads the same with A and B swapped.
pub fn bridges(
    related: &[Relation],
    pairs: &[Pairing],
    (na, nb): (usize, usize),
    similarity: &dyn Fn(usize, usize) -> f64,
    accept: &dyn Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    // Each task's partners and its best similarity with them.
    let (mut best_a, mut best_b) = (vec![None::<f64>; na], vec![None::<f64>; nb]);
    let (mut count_a, mut count_b) = (vec![0usize; na], vec![0usize; nb]);
    for p in pairs {
        let s = similarity(p.a, p.b);
        if let (Some(x), Some(y)) = (best_a.get_mut(p.a), best_b.get_mut(p.b)) {
            *x = Some(x.map_or(s, |v: f64| v.max(s)));
            *y = Some(y.map_or(s, |v: f64| v.max(s)));
        }
        if let (Some(x), Some(y)) = (count_a.get_mut(p.a), count_b.get_mut(p.b)) {
            *x += 1;
            *y += 1;
        }
    }
    let mut out = Vec::new();
    for r in phrased_links(related) {
        let (Some(Some(sa)), Some(Some(sb))) = (best_a.get(r.a), best_b.get(r.b)) else {
            continue;
        };
        let (Some(ca), Some(cb)) = (count_a.get(r.a), count_b.get(r.b)) else {
            continue;
        };
        // One task nearer to the other than to its own partners, and the other about as near
        // to it as to its own: not a task whose own pair is its copy (a plan's new task that
        // reuses the words of one kept word for word is only related to it).
        let nearer = |own: f64, others: f64| r.score > own && r.score >= BRIDGE_SHARE * others;
        let nearer = nearer(*sb, *sa) || nearer(*sa, *sb);
        if nearer && ca + 1 < MAX_PARTS && cb + 1 < MAX_PARTS && accept(r.a, r.b) {
            out.push((r.a, r.b));
        }
    }
    out
}

/// Least share of a task's best pair that a link bridging it to another pair scores
/// ([`bridges`]): the link says as much of the same work as its pair does.
const BRIDGE_SHARE: f64 = 0.7;

/// The related links above the related bar that rest on key phrases ([`phrased`]), best
/// first, then by index.
fn phrased_links(related: &[Relation]) -> Vec<&Relation> {
    let mut links: Vec<&Relation> = (related.iter())
        .filter(|r| r.score >= RELATED_MIN && phrased(r))
        .collect();
    links.sort_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    links
}

/// True when a related link rests on [`PART_PHRASES`] key phrases or more: one shared phrase
/// (`生态环境`) is a topic.
fn phrased(r: &Relation) -> bool {
    (r.shared.iter())
        .filter(|p| p.chars().count() >= PHRASE_CHARS)
        .count()
        >= PART_PHRASES
}

/// Related links that are parts of a pair: a task with no pair whose closest related task is
/// paired, by a link that clears the related bar ([`RELATED_MIN`]) on two key phrases or more,
/// joins that pair (a split
/// in B, a merge from A) when the paired task's partners are its alone and it has fewer than
/// [`MAX_PARTS`]; `accept` may refuse a link. Links are taken best first (then by index), each
/// seeing the parts taken before it; the rule reads the same with A and B swapped. As
/// `(a, b)` indices.
pub fn parts_of_pairs(
    related: &[Relation],
    pairs: &[Pairing],
    (na, nb): (usize, usize),
    accept: &dyn Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    let (mut of_a, mut of_b) = (vec![Vec::new(); na], vec![Vec::new(); nb]);
    for p in pairs {
        if let (Some(x), Some(y)) = (of_a.get_mut(p.a), of_b.get_mut(p.b)) {
            x.push(p.b);
            y.push(p.a);
        }
    }
    // Each task's closest related task: the best score, then the first by index.
    let closer = |x: &Relation, y: Option<&Relation>, other: fn(&Relation) -> usize| {
        y.is_none_or(|y| x.score > y.score || (x.score == y.score && other(x) < other(y)))
    };
    let (mut best_a, mut best_b): (Vec<Option<&Relation>>, Vec<Option<&Relation>>) =
        (vec![None; na], vec![None; nb]);
    for r in related {
        if let Some(slot) = best_a.get_mut(r.a) {
            if closer(r, *slot, |r| r.b) {
                *slot = Some(r);
            }
        }
        if let Some(slot) = best_b.get_mut(r.b) {
            if closer(r, *slot, |r| r.a) {
                *slot = Some(r);
            }
        }
    }
    let closest = |slot: Option<&Option<&Relation>>, r: &Relation| {
        slot.copied()
            .flatten()
            .is_some_and(|x| x.a == r.a && x.b == r.b)
    };
    // A part rests on two key phrases or more: one shared phrase (`生态环境`) is a topic.
    let mut out = Vec::new();
    for r in phrased_links(related) {
        let (Some(pa), Some(pb)) = (of_a.get(r.a), of_b.get(r.b)) else {
            continue;
        };
        // A's partners are its alone when each of them pairs with A only (and B's likewise).
        let alone = |partners: &[usize], of: &[Vec<usize>]| {
            partners.len() < MAX_PARTS
                && partners
                    .iter()
                    .all(|&x| of.get(x).is_some_and(|v| v.len() == 1))
        };
        let split =
            !pa.is_empty() && pb.is_empty() && alone(pa, &of_b) && closest(best_b.get(r.b), r);
        let merge =
            !pb.is_empty() && pa.is_empty() && alone(pb, &of_a) && closest(best_a.get(r.a), r);
        if (split || merge) && accept(r.a, r.b) {
            if let (Some(x), Some(y)) = (of_a.get_mut(r.a), of_b.get_mut(r.b)) {
                x.push(r.b);
                y.push(r.a);
            }
            out.push((r.a, r.b));
        }
    }
    out
}

/// The related links among the scored candidates `scored` (`(score, i, j)`) that are not
/// pairs, each with at least one key phrase; in A's order, then B's.
pub fn related(
    scorer: &Scorer,
    a: &Document,
    b: &Document,
    scored: &[(f64, usize, usize)],
    pairs: &[Pairing],
) -> Vec<Relation> {
    related_in(scorer, (a, b), scored, pairs, &Usage::of(scorer, a, b))
}

/// [`related`], the tasks' words read already (`usage`, of `a` and `b`).
pub(crate) fn related_in(
    scorer: &Scorer,
    (a, b): (&Document, &Document),
    scored: &[(f64, usize, usize)],
    pairs: &[Pairing],
    usage: &Usage,
) -> Vec<Relation> {
    let (na, nb) = (a.tasks.len(), b.tasks.len());
    let mut paired: Vec<(usize, usize)> = pairs.iter().map(|p| (p.a, p.b)).collect();
    crate::sort::sort_keys(&mut paired);
    let mut cands: Vec<(f64, usize, usize)> = scored
        .iter()
        .copied()
        .filter(|&(s, i, j)| s >= RELATED_MIN && paired.binary_search(&(i, j)).is_err())
        .collect();
    // Best first, as pairs are: `best_first` ties no two candidates (each pair of tasks is
    // scored once, in the order of A's task, then B's), so the faster unstable sort gives the
    // order a stable sort by score and place would.
    crate::sort::sort_distinct_by(&mut cands, super::matching::best_first);
    let mut kept_a = vec![0usize; na];
    let mut kept_b = vec![0usize; nb];
    let mut tried_a = vec![0usize; na];
    let mut tried_b = vec![0usize; nb];
    let mut out = Vec::new();
    for (_, i, j) in cands {
        if kept_a[i] >= RELATED_PER_TASK && kept_b[j] >= RELATED_PER_TASK {
            continue;
        }
        // A task's best few candidates are tried, not all: the work stays linear.
        if tried_a[i] >= TRIED_PER_TASK && tried_b[j] >= TRIED_PER_TASK {
            continue;
        }
        tried_a[i] += 1;
        tried_b[j] += 1;
        // No need to read the two texts when all the telling bigrams they share could not
        // reach the least evidence: most candidates stop here.
        if scorer.phrase_bound(i, j) < PHRASES_MIN {
            continue;
        }
        let Some(shared) = usage.key_phrases(i, j, scorer) else {
            continue;
        };
        kept_a[i] += 1;
        kept_b[j] += 1;
        out.push(Relation {
            a: i,
            b: j,
            score: scorer.similarity(i, j),
            shared,
        });
    }
    nearest_links(scorer, a, b, scored, pairs, usage, &mut out);
    // No pair of tasks is linked twice.
    crate::sort::sort_by_distinct_key(&mut out, |r| (r.a, r.b));
    out
}

/// Links of the tasks that have no same task on the other side to their nearest task there
/// (the best scored candidate), when the link falls below [`RELATED_MIN`] or past the tries but
/// the documents' structure backs it: the two tasks sit in aligned sections (so a plan's
/// `行政复议` task with no counterpart still shows the nearest task of the other plan's
/// `行政复议` section), or they share key phrases and their sections share some topic (for a
/// flat list of tasks, the two plans their subject), or each is the other's nearest and one
/// telling phrase backs them (two places' 民生实事 lists on different work but for the parking
/// items, `停车位`). Added to `out`, which holds the links found so far.
#[allow(clippy::too_many_arguments)] // reason: the caller's caches of read texts are reused
fn nearest_links(
    scorer: &Scorer,
    a: &Document,
    b: &Document,
    scored: &[(f64, usize, usize)],
    pairs: &[Pairing],
    usage: &Usage,
    out: &mut Vec<Relation>,
) {
    let (na, nb) = (a.tasks.len(), b.tasks.len());
    let tried = nearest_candidates(scorer, (na, nb), scored, pairs);
    let mut linked: Vec<(usize, usize)> = out.iter().map(|r| (r.a, r.b)).collect();
    crate::sort::sort_keys(&mut linked);
    let mut links_a = vec![0usize; na];
    let mut links_b = vec![0usize; nb];
    for r in out.iter() {
        links_a[r.a] += 1;
        links_b[r.b] += 1;
    }
    for (_, i, j, mutual) in tried {
        if linked.binary_search(&(i, j)).is_ok() {
            continue;
        }
        // Both tasks must have room: a nearest link is the weakest kind.
        if links_a[i] >= RELATED_PER_TASK || links_b[j] >= RELATED_PER_TASK {
            continue;
        }
        let similarity = scorer.similarity(i, j);
        let affinity = scorer.section_affinity(i, j);
        let aligned = affinity >= ALIGNED_SECTIONS
            && similarity >= NEAREST_MIN
            && scorer.section_cosine(i, j) >= SECTIONS_SHARED;
        // Sections that match back a weaker link than two plans' shared subject does.
        let topical = (affinity > 0.0 && similarity >= NEAREST_PHRASED_MIN)
            || (scorer.sections_share_topic(i, j) && similarity >= NEAREST_MIN)
            || (mutual && similarity >= NEAREST_MIN);
        // Two tasks each other's nearest need less evidence: one telling phrase (`停车位`).
        let least = if mutual { PHRASE_MIN } else { PHRASES_MIN };
        let may_phrase = topical && scorer.phrase_bound(i, j) >= least;
        if !aligned && !may_phrase {
            continue;
        }
        let (Some(wa), Some(wb)) = (usage.words_a.get(i), usage.words_b.get(j)) else {
            continue;
        };
        let (walk, all) = phrase_spans(wa, wb, &|k| scorer.telling(k));
        if !aligned && too_little(&all, least) {
            continue;
        }
        let narrow = usage.narrow(walk, all.clone());
        if !aligned && evidence(walk, &narrow, scorer) < least {
            continue;
        }
        // A link resting on aligned sections shows what it shares, widely used or not.
        let weighed = if narrow.is_empty() { all } else { narrow };
        links_a[i] += 1;
        links_b[j] += 1;
        out.push(Relation {
            a: i,
            b: j,
            score: similarity,
            shared: if weighed.is_empty() {
                shared_words(wa, wb, scorer)
            } else {
                weighed
                    .iter()
                    .take(PHRASES_PER_LINK)
                    .map(|&(_, s, e)| walk.chars[s..e].iter().collect())
                    .collect()
            },
        });
    }
}

/// The candidates a nearest link is tried on, best first: each unpaired task's best scored
/// candidate (of `na` tasks in A, `nb` in B), once.
fn nearest_candidates(
    scorer: &Scorer,
    (na, nb): (usize, usize),
    scored: &[(f64, usize, usize)],
    pairs: &[Pairing],
) -> Vec<(f64, usize, usize, bool)> {
    let mut paired_a = vec![false; na];
    let mut paired_b = vec![false; nb];
    for p in pairs {
        if let (Some(x), Some(y)) = (paired_a.get_mut(p.a), paired_b.get_mut(p.b)) {
            *x = true;
            *y = true;
        }
    }
    // Each unpaired task's best candidate, ties broken as pairs are (the same whichever
    // document is A).
    let mut best_a: Vec<Option<(f64, usize, usize)>> = vec![None; na];
    let mut best_b: Vec<Option<(f64, usize, usize)>> = vec![None; nb];
    for &cand in scored {
        let (_, i, j) = cand;
        for (slot, free) in [
            (best_a.get_mut(i), !paired_a.get(i).copied().unwrap_or(true)),
            (best_b.get_mut(j), !paired_b.get(j).copied().unwrap_or(true)),
        ] {
            if let Some(slot) = slot.filter(|_| free) {
                if slot.is_none_or(|s| super::matching::best_first(&cand, &s).is_lt()) {
                    *slot = Some(cand);
                }
            }
        }
    }
    let mut tried: Vec<(usize, usize)> = best_a
        .iter()
        .chain(&best_b)
        .flatten()
        .map(|&(_, i, j)| (i, j))
        .collect();
    crate::sort::sort_keys(&mut tried);
    // A candidate listed twice is each task's best: the two tasks are each other's nearest.
    let mutual: Vec<(usize, usize)> = tried
        .windows(2)
        .filter(|w| w[0] == w[1])
        .map(|w| w[0])
        .collect();
    tried.dedup();
    // Best first, so that a task many unpaired tasks are nearest to (a long report paragraph)
    // keeps its best few.
    let mut tried: Vec<(f64, usize, usize)> = tried
        .into_iter()
        .map(|(i, j)| (scorer.score(i, j), i, j))
        .collect();
    crate::sort::sort_distinct_by(&mut tried, super::matching::best_first);
    tried
        .into_iter()
        .map(|(s, i, j)| (s, i, j, mutual.binary_search(&(i, j)).is_ok()))
        .collect()
}

/// Words of two characters two texts share, most telling first (at most [`WORDS_PER_LINK`],
/// none that tells less than [`WORD_MIN`]): what a link resting on aligned sections shows when
/// the texts share no longer phrase (`示范`, `研判`).
fn shared_words(x: &Words, y: &Words, scorer: &Scorer) -> Vec<String> {
    let keys = |w: &Words| {
        let mut k: Vec<(u64, (char, char))> = w
            .chars
            .windows(2)
            .filter(|p| !p.contains(&BLANK))
            .map(|p| (bigram_key((p[0], p[1])), (p[0], p[1])))
            .collect();
        crate::sort::sort_by_key(&mut k, |e| e.0);
        k.dedup_by_key(|e| e.0);
        k
    };
    let (kx, ky) = (keys(x), keys(y));
    let mut both: Vec<(f64, (char, char))> = Vec::new();
    for_each_shared(
        &kx,
        &ky,
        |e| e.0,
        |e| e.0,
        |e, _| {
            let t = scorer.telling(e.0);
            if t >= WORD_MIN {
                both.push((t, e.1));
            }
        },
    );
    // Most telling first, ties in character order: the same whichever text is A.
    crate::sort::sort_by(&mut both, |p, q| q.0.total_cmp(&p.0).then(p.1.cmp(&q.1)));
    both.iter()
        .take(WORDS_PER_LINK)
        .map(|&(_, (c0, c1))| [c0, c1].iter().collect())
        .collect()
}

/// The evidence of a link's key phrases (`(weight, start, end)` in `walk`): the telling
/// weights of the distinct bigrams they hold, each counted once (two phrases that overlap, such
/// as `行政调解` and `调解员`, add only what is new), so it never exceeds
/// [`Scorer::phrase_bound`].
fn evidence(walk: &Words, phrases: &[(f64, usize, usize)], scorer: &Scorer) -> f64 {
    let mut keys: Vec<u64> = phrases
        .iter()
        .filter_map(|&(_, s, e)| walk.chars.get(s..e))
        .flat_map(|run| run.windows(2).map(|w| bigram_key((w[0], w[1]))))
        .collect();
    crate::sort::sort_keys(&mut keys);
    keys.dedup();
    keys.into_iter().map(|k| scorer.telling(k)).sum()
}

/// Whether the phrases `(weight, start, end)` are sure to be too little [`evidence`], however
/// they are narrowed ([`Usage::narrow`] only takes phrases away, and telling weights are never
/// negative): their weights summed, each bigram counted as often as the phrases hold it, are
/// at least their evidence (a small margin covers the rounding of sums taken in another
/// order). Most often a single phrase below [`PHRASES_MIN`], no look-up of its use needed.
fn too_little(phrases: &[(f64, usize, usize)], least: f64) -> bool {
    phrases.iter().map(|p| p.0).sum::<f64>() < least - 1e-9
}

/// The trigrams two texts share, sorted.
fn common_grams(x: &Words, y: &Words) -> Vec<u64> {
    let mut out = Vec::new();
    for_each_shared(&x.grams, &y.grams, |&g| g, |&g| g, |&g, _| out.push(g));
    out
}

/// The most evidence phrases made of the trigrams `grams` could give: the telling weights of
/// their distinct bigrams.
fn grams_bound(grams: &[u64], scorer: &Scorer) -> f64 {
    const MASK: u64 = (1 << 21) - 1;
    let ch = |v: u64| char::from_u32((v & MASK) as u32).unwrap_or(BLANK);
    // The trigrams are sorted, so their first bigrams come sorted too: only the second ones
    // need a sort, and the two lists are merged.
    let mut first: Vec<u64> = grams
        .iter()
        .map(|&g| bigram_key((ch(g >> 42), ch(g >> 21))))
        .collect();
    first.dedup();
    let mut second: Vec<u64> = grams
        .iter()
        .map(|&g| bigram_key((ch(g >> 21), ch(g))))
        .collect();
    crate::sort::sort_keys(&mut second);
    second.dedup();
    // Each distinct key once, in key order (the order the sum was always taken in).
    // Started where `Iterator::sum` starts, so that no shared trigram gives the same -0.0.
    let mut sum = -0.0;
    for_each_merged(&first, &second, |k| sum += scorer.telling(k));
    sum
}

/// Calls `f` with each key of two sorted lists of distinct keys once, in ascending order.
fn for_each_merged(x: &[u64], y: &[u64], mut f: impl FnMut(u64)) {
    let (mut i, mut j) = (0, 0);
    loop {
        let k = match (x.get(i), y.get(j)) {
            (Some(&a), Some(&b)) => {
                i += usize::from(a <= b);
                j += usize::from(b <= a);
                a.min(b)
            }
            (Some(&a), None) => {
                i += 1;
                a
            }
            (None, Some(&b)) => {
                j += 1;
                b
            }
            (None, None) => return,
        };
        f(k);
    }
}

/// Function characters that join words but name no topic: a shared run that starts with
/// `并向社会公布` or ends with `…建设的` carries its phrase without them.
const LEADING_PARTICLES: &[char] = &[
    '并', '向', '对', '将', '和', '及', '与', '的', '在', '把', '由', '于', '从', '等', '或', '使',
    '被',
];
const TRAILING_PARTICLES: &[char] = &[
    '的', '和', '及', '与', '并', '向', '对', '将', '等', '或', '在',
];

/// Words of time or turn a count ends in (`2024年`, `三期`, `第五届`, `两轮`).
const COUNTERS: &[char] = &['年', '期', '届', '轮'];

/// Han numerals a count is written in.
const HAN_NUMERALS: &[char] = &[
    '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '两', '百', '千',
];

/// Words that stand before the noun they qualify (`综合执法`, `重大决策`): a shared run that ends
/// on one stops before the word that tells what it is of (`应急管理综合` of `…综合执法队伍` and
/// `…综合信息系统`, `建立重大` of `建立重大事项…` and `建立重大决策…`).
const MODIFIERS: &[[char; 2]] = &[
    ['综', '合'],
    ['重', '大'],
    ['重', '点'],
    ['相', '关'],
    ['有', '关'],
    ['主', '要'],
    ['专', '项'],
    ['各', '类'],
    ['各', '级'],
    ['一', '般'],
    ['全', '面'],
    ['突', '发'],
];

/// A shared run (`start..end` in `walk`; `walk`'s character `first` stands at `at` in
/// `other`) without a count's word at its start (`年义务教育` of `2024年义务教育` and `九年义务教育`, `期学前教育`: the word after a
/// number, when it makes no common word with the next character) and without qualifying
/// words at its end ([`MODIFIERS`]).
fn counted_and_modifiers(
    walk: &Words,
    other: &Words,
    (mut start, mut end): (usize, usize),
    (first, at): (usize, usize),
) -> (usize, usize) {
    let numeral = |w: &Words, k: Option<usize>| {
        k.is_some_and(|k| {
            w.digits.binary_search(&(k as u32)).is_ok()
                || w.chars.get(k).is_some_and(|c| HAN_NUMERALS.contains(c))
        })
    };
    let counted = |start: usize| {
        let (Some(&c0), Some(&c1)) = (walk.chars.get(start), walk.chars.get(start + 1)) else {
            return false;
        };
        let before_other = (at + start).checked_sub(first + 1);
        COUNTERS.contains(&c0)
            && super::background::weight(bigram_key((c0, c1))) >= 1.0
            && (numeral(walk, start.checked_sub(1)) || numeral(other, before_other))
    };
    if end >= start + PHRASE_CHARS && counted(start) {
        start += 1;
    }
    while end >= start + 2
        && walk
            .chars
            .get(end - 2..end)
            .is_some_and(|w| MODIFIERS.iter().any(|m| m[..] == *w))
    {
        end -= 2;
    }
    (start, end)
}

/// `chars[start..end]` without particles at its two ends.
fn trim_particles(chars: &[char], mut start: usize, mut end: usize) -> (usize, usize) {
    while start < end
        && chars
            .get(start)
            .is_some_and(|c| LEADING_PARTICLES.contains(c))
    {
        start += 1;
    }
    while end > start
        && chars
            .get(end - 1)
            .is_some_and(|c| TRAILING_PARTICLES.contains(c))
    {
        end -= 1;
    }
    (start, end)
}

/// Where `run` first occurs in `chars`.
fn find_run(chars: &[char], run: &[char]) -> Option<usize> {
    let Some((&first, rest)) = run.split_first() else {
        return Some(0);
    };
    // Only where the first character matches is the rest compared (most places differ there).
    (0..chars.len().saturating_sub(rest.len()))
        .find(|&k| chars[k] == first && chars.get(k + 1..k + run.len()) == Some(rest))
}

/// A shared run (`start..end` in `walk`, at `at` in `other`) without a character at either end
/// that belongs to the word beside the run rather than to the run: when, in either text, an end
/// character and its neighbour outside make a more common pair in plans (a lower background
/// weight) than it makes with its neighbour inside. `深化政务服务` and `优化政务服务` share
/// `政务服务`, not `化政务服务`; `同级党委` and `各级党委` share no phrase.
fn word_edges(
    walk: &Words,
    other: &Words,
    (mut start, mut end): (usize, usize),
    at: usize,
) -> (usize, usize) {
    let bg = |x: char, y: char| super::background::weight(bigram_key((x, y)));
    // The same place in `other`: the run starts at `at` there.
    let first = start;
    let shift = |from: usize| (at + from).checked_sub(first);
    while end >= start + PHRASE_CHARS {
        let (Some(&c0), Some(&c1)) = (walk.chars.get(start), walk.chars.get(start + 1)) else {
            break;
        };
        let outside = [
            start.checked_sub(1).and_then(|k| walk.chars.get(k)),
            shift(start)
                .and_then(|k| k.checked_sub(1))
                .and_then(|k| other.chars.get(k)),
        ];
        let inner = bg(c0, c1);
        if outside
            .iter()
            .flatten()
            .any(|&&l| l != BLANK && bg(l, c0) < inner)
        {
            start += 1;
        } else {
            break;
        }
    }
    while end >= start + PHRASE_CHARS {
        let (Some(&c0), Some(&c1)) = (walk.chars.get(end - 2), walk.chars.get(end - 1)) else {
            break;
        };
        let outside = [
            walk.chars.get(end),
            shift(end).and_then(|k| other.chars.get(k)),
        ];
        let inner = bg(c0, c1);
        if outside
            .iter()
            .flatten()
            .any(|&&r| r != BLANK && bg(c1, r) < inner)
        {
            end -= 1;
        } else {
            break;
        }
    }
    trim_particles(&walk.chars, start, end)
}

/// The key phrases two texts share, most telling first: maximal runs of at least
/// [`PHRASE_CHARS`] characters found in both, weighed by `telling` of their bigrams. The same
/// whichever text comes first.
pub fn shared_phrases(x: &str, y: &str, telling: &dyn Fn(u64) -> f64) -> Vec<String> {
    weighed_phrases(x, y, telling)
        .into_iter()
        .take(PHRASES_PER_LINK)
        .map(|f| f.1)
        .collect()
}

/// A text as phrases are looked for in it: its characters folded, those that are no part of a
/// phrase blanked (punctuation, and numbers: they are targets, not topics, so `率达到90%` is no
/// key phrase), and its distinct trigrams as sorted keys.
pub struct Words {
    chars: Vec<char>,
    grams: Vec<u64>,
    /// Where digits were blanked, in order: a count's word after them (`2024年义务教育`) is
    /// the figure's, not a phrase's.
    digits: Vec<u32>,
}

/// A character that can be part of a key phrase.
pub fn is_phrase_char(c: char) -> bool {
    is_content(c) && !c.is_ascii_digit() && c != '%' && c != '+'
}

/// Three characters as one number (21 bits each: the same for the same three characters).
fn trigram_key(w: &[char]) -> u64 {
    w.iter().fold(0u64, |k, &c| (k << 21) | u64::from(c))
}

/// Where the two documents use each trigram, to tell how widely a phrase is used: a phrase
/// that many tasks of both documents use (`合法性审查` in 3 tasks of one plan and 6 of the
/// other, `法人和其他组织`) names the topic of whole sections, not what two tasks share.
pub(crate) struct Usage {
    /// The words of each task of A, and of B.
    words_a: Vec<Words>,
    words_b: Vec<Words>,
    /// A's tasks, and B's, by trigram.
    a: GramIndex,
    b: GramIndex,
    /// Runs already asked about, and whether they are evidence: the candidates of one task
    /// ask about the same runs again and again.
    asked: std::cell::RefCell<RunMap>,
}

/// The runs already asked about ([`Usage::telling_run`]), by a cheap hash of their characters.
type RunMap = std::collections::HashMap<Vec<char>, bool, std::hash::BuildHasherDefault<RunHasher>>;

/// A hasher for runs of characters: one multiply a character (the default SipHash costs
/// several times more, and the runs asked about again and again are many).
#[derive(Default, Clone, Copy)]
struct RunHasher(u64);

impl std::hash::Hasher for RunHasher {
    fn finish(&self) -> u64 {
        // The top bits mixed into the low ones, which the table indexes by.
        self.0 ^ (self.0 >> 29)
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u32(u32::from(b));
        }
    }
    fn write_u32(&mut self, n: u32) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(n)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u32(n as u32);
    }
}

/// Postings of a trigram counted at most, when the rarest of a run's trigrams is looked for.
const RAREST_READ: usize = 64;

/// A trigram's key in 32 bits, for [`GramIndex`]. Two trigrams may share one: the index
/// then lists more tasks than use a run, and every one listed is checked for the whole run.
fn gram_hash(gram: u64) -> u64 {
    gram.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 32
}

/// The tasks of one document by trigram: entries `hash << 32 | task` ([`gram_hash`]) placed
/// in buckets by the top bits of their hash, in task order within each bucket. Placed by
/// counting in two passes, not sorted: the index costs a few steps an entry.
struct GramIndex {
    /// The hash bits dropped to make a bucket number.
    shift: u32,
    /// Where each bucket's entries start (one more than there are buckets).
    starts: Vec<u32>,
    entries: Vec<u64>,
}

impl GramIndex {
    /// Indexes the trigrams of every task.
    fn new(words: &[Words]) -> Self {
        let tasks = || words.iter().map(|w| &w.grams[..]);
        let total: usize = tasks().map(<[u64]>::len).sum();
        // About one entry a bucket: a lookup reads a few entries.
        let bits = total
            .max(2)
            .next_power_of_two()
            .trailing_zeros()
            .clamp(1, 24);
        let shift = 32 - bits;
        let mut starts = vec![0u32; (1usize << bits) + 1];
        for grams in tasks() {
            for &g in grams {
                starts[(gram_hash(g) >> shift) as usize + 1] += 1;
            }
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        let mut next = starts.clone();
        let mut entries = vec![0u64; total];
        for (k, grams) in tasks().enumerate() {
            for &g in grams {
                let e = gram_hash(g) << 32 | k as u64;
                let slot = &mut next[(e >> (32 + shift)) as usize];
                if let Some(place) = entries.get_mut(*slot as usize) {
                    *place = e;
                }
                *slot += 1;
            }
        }
        GramIndex {
            shift,
            starts,
            entries,
        }
    }

    /// The entries of the bucket `hash` falls in (those of other hashes among them).
    fn bucket(&self, hash: u64) -> &[u64] {
        let b = (hash >> self.shift) as usize;
        match (self.starts.get(b), self.starts.get(b + 1)) {
            (Some(&from), Some(&to)) => self.entries.get(from as usize..to as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The tasks holding a trigram of key `hash` (or another of that key), in task order,
    /// each once.
    fn postings(&self, hash: u64) -> impl Iterator<Item = usize> + '_ {
        let mut last = None;
        self.bucket(hash)
            .iter()
            .filter(move |&&e| e >> 32 == hash)
            .map(|&e| (e & u64::from(u32::MAX)) as usize)
            .filter(move |&k| last.replace(k) != Some(k))
    }
}

impl Usage {
    /// Reads the tasks of `a` and `b`, their words as `scorer` cut them: each text read once;
    /// how widely each phrase is used is looked up in all of them.
    pub(crate) fn of(scorer: &Scorer, a: &Document, b: &Document) -> Self {
        let (work_a, work_b) = scorer.work_texts(a, b);
        let read = |tasks: &[Task], work: Vec<&str>| -> Vec<Words> {
            (tasks.iter().zip(work))
                .map(|(t, w)| Words::of_work(t, w))
                .collect()
        };
        Self::new(read(&a.tasks, work_a), read(&b.tasks, work_b))
    }

    fn new(words_a: Vec<Words>, words_b: Vec<Words>) -> Self {
        Usage {
            a: GramIndex::new(&words_a),
            b: GramIndex::new(&words_b),
            words_a,
            words_b,
            asked: std::cell::RefCell::default(),
        }
    }

    /// The key phrases of a related link between task `i` of A and task `j` of B, most
    /// telling first, or none when they are too little evidence.
    fn key_phrases(&self, i: usize, j: usize, scorer: &Scorer) -> Option<Vec<String>> {
        let (wa, wb) = (self.words_a.get(i)?, self.words_b.get(j)?);
        // The trigrams both use bound the evidence again, closer: every phrase is made of them.
        let common = common_grams(wa, wb);
        if grams_bound(&common, scorer) < PHRASES_MIN {
            return None;
        }
        let (walk, weighed) = phrase_spans_in(wa, wb, &common, &|k| scorer.telling(k));
        if too_little(&weighed, PHRASES_MIN) {
            return None;
        }
        let weighed = self.narrow(walk, weighed);
        if weighed.is_empty() || evidence(walk, &weighed, scorer) < PHRASES_MIN {
            return None;
        }
        Some(
            weighed
                .iter()
                .take(PHRASES_PER_LINK)
                .map(|&(_, s, e)| walk.chars[s..e].iter().collect())
                .collect(),
        )
    }

    /// How many tasks of one document (`index`, their words `words`) use `run`, counted up to
    /// `cap`: those that hold its rarest trigram, checked for the whole run.
    fn tasks_using(index: &GramIndex, words: &[Words], run: &[char], cap: usize) -> usize {
        // The rarest trigram, its postings counted no further than the best so far (a
        // trigram thousands of tasks hold is not read whole), and none past `RAREST_READ`.
        let mut rarest: Option<(u64, usize)> = None;
        for h in run.windows(PHRASE_CHARS).map(|w| gram_hash(trigram_key(w))) {
            let limit = rarest.map_or(RAREST_READ, |r| r.1);
            let n = index.postings(h).take(limit).count();
            if n == 0 {
                return 0;
            }
            if rarest.is_none() || n < limit {
                rarest = Some((h, n));
            }
        }
        let Some((rarest, _)) = rarest else {
            return 0;
        };
        index
            .postings(rarest)
            .filter(|&k| {
                words
                    .get(k)
                    .is_some_and(|w| find_run(&w.chars, run).is_some())
            })
            .take(cap)
            .count()
    }

    /// Whether `run` is evidence of a link: not used again and again in both documents (see
    /// [`RECURRING`]).
    fn telling_run(&self, run: &[char]) -> bool {
        if let Some(&known) = self.asked.borrow().get(run) {
            return known;
        }
        let telling = Self::tasks_using(&self.a, &self.words_a, run, RECURRING) < RECURRING
            || Self::tasks_using(&self.b, &self.words_b, run, RECURRING) < RECURRING;
        self.asked.borrow_mut().insert(run.to_vec(), telling);
        telling
    }

    /// The phrases (`(weight, start, end)` in `walk`) that are evidence of a link: not used
    /// again and again in both documents (see [`RECURRING`]).
    fn narrow(&self, walk: &Words, phrases: Vec<(f64, usize, usize)>) -> Vec<(f64, usize, usize)> {
        phrases
            .into_iter()
            .filter(|&(_, s, e)| {
                walk.chars
                    .get(s..e)
                    .is_some_and(|run| self.telling_run(run))
            })
            .collect()
    }
}

impl Words {
    /// Reads `text`.
    pub fn new(text: &str) -> Self {
        Self::masked(text, &[])
    }

    /// Reads a task's words ([`work_text`]) with the names of its agencies blanked: an agency
    /// both tasks name (`人力资源社会保障部负责`, written into the text by national plans) is
    /// no shared topic; shared agencies are weighed as such in the score.
    pub fn of_task(task: &Task) -> Self {
        Self::of_work(task, work_text(task))
    }

    /// [`Words::of_task`] given the task's words `text` ([`work_text`]).
    fn of_work(task: &Task, text: &str) -> Self {
        // Most plans name agencies only in the unit parenthesis `work_text` leaves out: a
        // plain substring search settles those before any character is compared.
        let units: Vec<&str> = task
            .lead_units
            .iter()
            .chain(&task.responsible_units)
            .map(String::as_str)
            .filter(|u| u.chars().count() >= PHRASE_CHARS)
            .filter(|u| text.contains(u) || u.chars().any(|c| fold(c) != c))
            .collect();
        Self::masked(text, &units)
    }

    /// Reads `text` with every occurrence of each of `names` blanked.
    fn masked(text: &str, names: &[&str]) -> Self {
        // Each UTF-8 character of a Chinese text takes three bytes.
        let mut chars: Vec<char> = Vec::with_capacity(text.len() / 3 + 1);
        let mut digits = Vec::new();
        for c in text.chars() {
            // Most characters are Han of the common block: kept as they are.
            let c = if ('\u{4E00}'..='\u{9FFF}').contains(&c) {
                c
            } else {
                let f = fold(c);
                if f.is_ascii_digit() {
                    digits.push(chars.len() as u32);
                }
                Some(f).filter(|&f| is_phrase_char(f)).unwrap_or(BLANK)
            };
            chars.push(c);
        }
        for name in names {
            let name: Vec<char> = name.chars().map(fold).collect();
            let mut k = 0;
            while let Some(at) = chars.get(k..).and_then(|rest| find_run(rest, &name)) {
                let from = k + at;
                for c in chars.iter_mut().skip(from).take(name.len()) {
                    *c = BLANK;
                }
                k = from + name.len();
            }
        }
        // Each trigram's key rolled on from the last one's ([`trigram_key`]), none across a
        // blank.
        const KEY_BITS: u64 = (1 << (21 * PHRASE_CHARS)) - 1;
        let mut grams: Vec<u64> = Vec::with_capacity(chars.len());
        let (mut key, mut run) = (0u64, 0usize);
        for &c in &chars {
            if c == BLANK {
                run = 0;
                continue;
            }
            key = ((key << 21) | u64::from(c)) & KEY_BITS;
            run += 1;
            if run >= PHRASE_CHARS {
                grams.push(key);
            }
        }
        crate::sort::sort_keys(&mut grams);
        grams.dedup();
        Words {
            chars,
            grams,
            digits,
        }
    }
}

/// What stands for a character that is no part of a phrase.
const BLANK: char = ' ';

/// Every key phrase two texts share with its weight, most telling first.
pub fn weighed_phrases(x: &str, y: &str, telling: &dyn Fn(u64) -> f64) -> Vec<(f64, String)> {
    weighed_phrases_of(&Words::new(x), &Words::new(y), telling)
}

/// [`weighed_phrases`] of two texts already read.
pub fn weighed_phrases_of(
    x: &Words,
    y: &Words,
    telling: &dyn Fn(u64) -> f64,
) -> Vec<(f64, String)> {
    let (walk, found) = phrase_spans(x, y, telling);
    found
        .into_iter()
        .map(|(w, s, e)| (w, walk.chars[s..e].iter().collect()))
        .collect()
}

/// The key phrases two texts share as `(weight, start, end)` in the characters of the text
/// returned with them, most telling first (strings are made only for the phrases used).
fn phrase_spans<'w>(
    x: &'w Words,
    y: &'w Words,
    telling: &dyn Fn(u64) -> f64,
) -> (&'w Words, Vec<(f64, usize, usize)>) {
    phrase_spans_in(x, y, &common_grams(x, y), telling)
}

/// [`phrase_spans`] given the trigrams both texts use ([`common_grams`]).
fn phrase_spans_in<'w>(
    x: &'w Words,
    y: &'w Words,
    common: &[u64],
    telling: &dyn Fn(u64) -> f64,
) -> (&'w Words, Vec<(f64, usize, usize)>) {
    // Walk the text that sorts first, so that swapping the two gives the same phrases.
    let (walk, other) = if x.chars <= y.chars { (x, y) } else { (y, x) };
    if common.is_empty() {
        return (walk, Vec::new());
    }
    let mut found: Vec<(f64, usize, usize)> = Vec::new();
    for_each_shared_run(&walk.chars, common, |start, end| {
        let (start, end) = trim_particles(&walk.chars, start, end);
        if end < start + PHRASE_CHARS {
            return;
        }
        // A run of shared trigrams may join two places of the other text; keep it only whole.
        let Some(at) = find_run(&other.chars, &walk.chars[start..end]) else {
            return;
        };
        let first = start;
        let (start, end) = word_edges(walk, other, (start, end), at);
        let (start, end) = counted_and_modifiers(walk, other, (start, end), (first, at));
        if end < start + PHRASE_CHARS {
            return;
        }
        let run = &walk.chars[start..end];
        let weight: f64 = run
            .windows(2)
            .map(|w| telling(bigram_key((w[0], w[1]))))
            .sum();
        if weight < PHRASE_MIN
            || found.iter().any(|f| &walk.chars[f.1..f.2] == run)
            || measure_words_only(run)
        {
            return;
        }
        found.push((weight, start, end));
    });
    // Char slices order as their strings do (UTF-8 keeps code point order).
    crate::sort::sort_by(&mut found, |p, q| {
        q.0.total_cmp(&p.0)
            .then(walk.chars[p.1..p.2].cmp(&walk.chars[q.1..q.2]))
    });
    (walk, found)
}

/// Words that say how much, not of what: hedges before a figure (`一般不少于5个工作日`).
const HEDGES: &[&str] = &["一般", "原则上", "均", "分别"];

/// Longest run read by [`measure_words_only`]: a longer one names more than a measure.
const MEASURE_RUN_MAX: usize = 10;

/// The comparator words (`不少于`, `达到`), units (`个工作日`) and hedges ([`HEDGES`]) of
/// figures, as characters, longest first: words of one character (`达`, `个`) are part of too
/// many others to be left out of a phrase.
/// With the characters they use, sorted.
fn measure_words() -> &'static (Vec<Vec<char>>, Vec<char>) {
    use crate::extract::quantity::{AFTER, BEFORE, UNITS};
    static WORDS: std::sync::OnceLock<(Vec<Vec<char>>, Vec<char>)> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words: Vec<Vec<char>> = (BEFORE.iter().map(|w| w.0))
            .chain(AFTER.iter().map(|w| w.0))
            .chain(UNITS.iter().map(|u| u.0))
            .filter(|w| w.chars().count() >= 2)
            .chain(HEDGES.iter().copied())
            .map(|w| w.chars().collect())
            .collect();
        crate::sort::sort_by(&mut words, |x, y| y.len().cmp(&x.len()).then(x.cmp(y)));
        let mut chars: Vec<char> = words.iter().flatten().copied().collect();
        crate::sort::sort_keys(&mut chars);
        chars.dedup();
        (words, chars)
    })
}

/// True when a shared run is the wording of a figure, not a topic: read from its start, its
/// comparator words, units and hedges ([`measure_words`]) leave fewer than [`PHRASE_CHARS`]
/// other characters (`一般不少于`, `个工作日`; not `审查率达到`).
fn measure_words_only(run: &[char]) -> bool {
    if run.len() > MEASURE_RUN_MAX {
        return false;
    }
    let (words, chars) = measure_words();
    // Most phrases have characters no such word uses: told without reading the words.
    let foreign = (run.iter())
        .filter(|c| chars.binary_search(c).is_err())
        .count();
    if foreign >= PHRASE_CHARS {
        return false;
    }
    let (mut i, mut left) = (0, 0);
    while let Some(rest) = run.get(i..).filter(|r| !r.is_empty()) {
        match words
            .iter()
            .find(|w| w.first() == rest.first() && rest.starts_with(w))
        {
            Some(w) => i += w.len(),
            None => {
                i += 1;
                left += 1;
            }
        }
    }
    left < PHRASE_CHARS
}

/// Calls `f(start, end)` for each longest run `chars[start..end]` whose every trigram is one
/// of `common` (sorted), in text order. One pass: each trigram's key rolled on from the last
/// one's ([`trigram_key`]), and looked up in `common` only when a small filter of `common`'s
/// hashes holds it (most trigrams of a text are not shared).
fn for_each_shared_run(chars: &[char], common: &[u64], mut f: impl FnMut(usize, usize)) {
    const KEY_BITS: u64 = (1 << (21 * PHRASE_CHARS)) - 1;
    // 256 bits, one set for each shared trigram's hash.
    let slot = |g: u64| (gram_hash(g) >> 24) as usize;
    let mut filter = [0u64; 4];
    for &g in common {
        filter[slot(g) >> 6] |= 1 << (slot(g) & 63);
    }
    let shared = |g: u64| {
        filter[slot(g) >> 6] & (1 << (slot(g) & 63)) != 0 && common.binary_search(&g).is_ok()
    };
    // The open run starts at `open` (its first trigram's start); `k` is where the trigram
    // ending at the current character starts.
    let (mut key, mut len) = (0u64, 0usize);
    let mut open: Option<usize> = None;
    for (at, &c) in chars.iter().enumerate() {
        let hit = if c == BLANK {
            len = 0;
            false
        } else {
            key = ((key << 21) | u64::from(c)) & KEY_BITS;
            len += 1;
            len >= PHRASE_CHARS && shared(key)
        };
        match (hit, open) {
            (true, None) => open = Some(at + 1 - PHRASE_CHARS),
            (false, Some(start)) => {
                // The last trigram of the run ended at the character before.
                f(start, at);
                open = None;
            }
            _ => {}
        }
    }
    if let Some(start) = open {
        f(start, chars.len());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::PairKind;

    fn link(a: usize, b: usize, score: f64) -> Relation {
        Relation {
            a,
            b,
            score,
            shared: vec!["行政规范性文件".into(), "备案审查".into()],
        }
    }

    fn pair(a: usize, b: usize) -> Pairing {
        Pairing {
            a,
            b,
            score: 0.3,
            kind: PairKind::Match,
        }
    }

    #[test]
    fn an_unpaired_task_joins_the_pair_of_its_closest_related_task() {
        // A0–B0 paired. A2 unpaired, closest to B0: a merge, taken first (the best link). B1,
        // closest to A0, would make A0 a split too: not while A0's partner has another. B2's
        // closest is A1 (paired with B3): a split.
        let pairs = [pair(0, 0), pair(1, 3)];
        let related = [
            link(0, 1, 0.20),
            link(0, 2, 0.15),
            link(1, 2, 0.18),
            link(2, 0, 0.30),
        ];
        let all = |_: usize, _: usize| true;
        assert_eq!(
            parts_of_pairs(&related, &pairs, (3, 4), &all),
            [(2, 0), (1, 2)]
        );
        // Below the related bar, no part.
        assert!(parts_of_pairs(&[link(0, 1, RELATED_MIN * 0.9)], &pairs, (3, 4), &all).is_empty());
        // A0 unpaired and B0 paired: a merge, read the same way with A and B swapped.
        let swapped: Vec<Relation> = related.iter().map(|r| link(r.b, r.a, r.score)).collect();
        let pairs_swapped = [pair(0, 0), pair(3, 1)];
        assert_eq!(
            parts_of_pairs(&swapped, &pairs_swapped, (4, 3), &all),
            [(0, 2), (2, 1)]
        );
    }

    #[test]
    fn a_pair_whose_partner_has_another_is_not_extended() {
        // A0 and A1 both pair with B0 (a merge): B1 does not join A0's side too.
        let all = |_: usize, _: usize| true;
        let pairs = [pair(0, 0), pair(1, 0)];
        assert!(parts_of_pairs(&[link(0, 1, 0.3)], &pairs, (2, 2), &all).is_empty());
        // Two unpaired tasks are left to the pairing.
        assert!(parts_of_pairs(&[link(0, 1, 0.3)], &[], (2, 2), &all).is_empty());
        // A link on one key phrase is a topic, not a part.
        let mut one = link(0, 1, 0.3);
        one.shared.truncate(1);
        assert!(parts_of_pairs(&[one], &[pair(0, 0)], (2, 2), &all).is_empty());
        // A link the caller refuses is no part.
        assert!(
            parts_of_pairs(&[link(0, 1, 0.3)], &[pair(0, 0)], (2, 2), &|_, _| false).is_empty()
        );
    }

    #[test]
    fn the_wording_of_a_figure_is_no_key_phrase() {
        let only = |s: &str| measure_words_only(&s.chars().collect::<Vec<_>>());
        assert!(only("一般不少于"));
        assert!(only("个工作日"));
        assert!(only("均不低于"));
        assert!(!only("审查率达到"));
        assert!(!only("合法性审查"));
        assert!(!only("法律顾问全覆盖"));
    }

    fn flat(_: u64) -> f64 {
        0.5
    }

    #[test]
    fn phrases_are_shared_runs_of_three_or_more() {
        let x = "推进行政调解工作，健全行政调解机制。";
        let y = "加强行政调解队伍建设。";
        assert_eq!(shared_phrases(x, y, &flat), vec!["行政调解".to_string()]);
        assert_eq!(shared_phrases(y, x, &flat), shared_phrases(x, y, &flat));
        assert!(shared_phrases("推进调解", "加强复议", &flat).is_empty());
    }

    #[test]
    fn the_bounds_never_cut_a_link_the_phrases_would_make() {
        // Every pair of tasks of two invented plans of two places: the evidence of their key
        // phrases stays within both bounds the search is skipped by.
        let read = crate::test_support::fixture;
        let (a, b) = (read("compare_places_a.txt"), read("compare_places_b.txt"));
        let scorer = Scorer::new(&a, &b);
        let mut linked = 0;
        for (i, ta) in a.tasks.iter().enumerate() {
            for (j, tb) in b.tasks.iter().enumerate() {
                let (wa, wb) = (Words::of_task(ta), Words::of_task(tb));
                let common = common_grams(&wa, &wb);
                let (walk, found) = phrase_spans(&wa, &wb, &|k| scorer.telling(k));
                let ev = evidence(walk, &found, &scorer);
                assert!(ev <= grams_bound(&common, &scorer) + 1e-9, "{i}-{j}");
                assert!(ev <= scorer.phrase_bound(i, j) + 1e-9, "{i}-{j}");
                linked += usize::from(ev >= PHRASES_MIN);
            }
        }
        assert!(linked > 0, "some pair shares telling phrases");
    }

    #[test]
    fn the_tasks_are_read_as_their_profiles_cut_them() {
        // The words `related` reads, cut once by the profiles, are each task's own.
        let read = crate::test_support::fixture;
        let (a, b) = (read("compare_places_a.txt"), read("compare_places_b.txt"));
        let scorer = Scorer::new(&a, &b);
        let usage = Usage::of(&scorer, &a, &b);
        for (doc, words) in [(&a, &usage.words_a), (&b, &usage.words_b)] {
            assert_eq!(words.len(), doc.tasks.len());
            for (task, w) in doc.tasks.iter().zip(words) {
                let own = Words::of_task(task);
                assert_eq!(
                    (&w.chars, &w.grams),
                    (&own.chars, &own.grams),
                    "{}",
                    task.id
                );
            }
        }
    }

    #[test]
    fn phrases_leave_out_particles_at_their_ends() {
        let x = "每季度并向社会公布检查结果。";
        let y = "依法向社会公布名单。";
        assert_eq!(shared_phrases(x, y, &flat), vec!["社会公布".to_string()]);
        // A particle inside a phrase stays.
        assert_eq!(
            shared_phrases("加强和规范执法", "推进加强和规范执法工作", &flat),
            vec!["加强和规范执法".to_string()]
        );
        // Nothing is left of a run that is a particle and two characters.
        assert!(shared_phrases("向社会", "并向社会", &flat).is_empty());
    }

    #[test]
    fn a_phrase_leaves_out_a_counts_word_and_a_dangling_qualifier() {
        // `年` is the count's (`2024年`, `九年`), `期` the plan's term (`三期`).
        assert_eq!(
            shared_phrases(
                "推进2024年义务教育均衡发展",
                "巩固九年义务教育均衡发展成果",
                &flat
            ),
            vec!["义务教育均衡发展".to_string()]
        );
        assert_eq!(
            shared_phrases("实施第三期学前教育行动", "落实二期学前教育行动计划", &flat),
            vec!["学前教育行动".to_string()]
        );
        // A count's word that opens a common word stays (`年度`).
        assert_eq!(
            shared_phrases("完成2024年度考核评价", "开展2023年度考核评价", &flat),
            vec!["年度考核评价".to_string()]
        );
        // `综合` qualifies the word after it, which the two texts do not share.
        assert_eq!(
            shared_phrases(
                "组建应急管理综合执法队伍",
                "建设应急管理综合信息系统",
                &flat
            ),
            vec!["应急管理".to_string()]
        );
        assert!(shared_phrases("建立重大事项报告制度", "建立重大决策风险评估", &flat).is_empty());
    }

    #[test]
    fn a_phrase_ends_where_its_words_end() {
        // `深化` and `优化` are common words in plans (background weights below `化政`'s): the
        // shared run `化政务服务` belongs to them at its start.
        assert_eq!(
            shared_phrases("深化政务服务改革", "优化政务服务流程", &flat),
            vec!["政务服务".to_string()]
        );
        // `各级` and `同级` leave `党委`, too short to be a phrase.
        assert!(shared_phrases("各级党委听取汇报", "同级党委请示报告", &flat).is_empty());
    }

    #[test]
    fn an_agency_written_into_the_text_is_no_shared_phrase() {
        let task = |text: &str| Task {
            text: text.into(),
            lead_units: vec!["示例市人力资源局".into()],
            ..Task::default()
        };
        let x = Words::of_task(&task("开展职业技能培训。（示例市人力资源局负责）"));
        let y = Words::of_task(&task("发展体育赛事。（示例市人力资源局负责）"));
        assert!(weighed_phrases_of(&x, &y, &flat).is_empty());
        // Read as plain text, the agency's name is shared.
        let (x, y) = (
            Words::new("开展职业技能培训。（示例市人力资源局负责）"),
            Words::new("发展体育赛事。（示例市人力资源局负责）"),
        );
        assert!(!weighed_phrases_of(&x, &y, &flat).is_empty());
    }

    #[test]
    fn a_link_without_phrases_shows_the_words_it_shares() {
        let read = crate::test_support::fixture;
        let (a, b) = (read("compare_places_a.txt"), read("compare_places_b.txt"));
        let scorer = Scorer::new(&a, &b);
        let x = Words::new("创建示范单位，评选先进。");
        let y = Words::new("开展示范地区创建活动。");
        let words = shared_words(&x, &y, &scorer);
        assert!(
            !words.is_empty() && words.len() <= WORDS_PER_LINK,
            "{words:?}"
        );
        assert!(
            words.iter().all(|w| w == "示范" || w == "创建"),
            "{words:?}"
        );
        assert_eq!(shared_words(&y, &x, &scorer), words);
    }

    #[test]
    fn a_phrase_both_documents_use_again_and_again_is_no_evidence() {
        let words = |texts: &[&str]| texts.iter().map(|t| Words::new(t)).collect::<Vec<_>>();
        let usage = Usage::new(
            words(&["加强合法性审查，推进行政调解。", "落实合法性审查制度。"]),
            words(&[
                "开展合法性审查，健全行政调解。",
                "开展合法性审查培训。",
                "示范创建。",
            ]),
        );
        let narrow = |x: &Words, y: &Words| {
            let (walk, found) = phrase_spans(x, y, &flat);
            let kept = usage.narrow(walk, found);
            kept.iter()
                .map(|&(_, s, e)| walk.chars[s..e].iter().collect::<String>())
                .collect::<Vec<_>>()
        };
        let (x, y) = (&usage.words_a[0], &usage.words_b[0]);
        // `合法性审查` is in two tasks of each plan; `行政调解` in one of each.
        let (walk, all) = phrase_spans(x, y, &flat);
        assert_eq!(all.len(), 2, "{:?}", walk.chars);
        assert_eq!(narrow(x, y), vec!["行政调解".to_string()]);
        assert_eq!(narrow(y, x), narrow(x, y));
        // A phrase one document uses once still counts, however often the other uses it.
        let usage = Usage::new(
            words(&["加强合法性审查。", "示范创建。"]),
            words(&["开展合法性审查。", "落实合法性审查。", "合法性审查培训。"]),
        );
        let (walk, found) = phrase_spans(&usage.words_a[0], &usage.words_b[0], &flat);
        assert_eq!(usage.narrow(walk, found).len(), 1);
    }

    #[test]
    fn the_trigrams_of_a_text_are_its_runs_of_three_without_a_blank() {
        let w = Words::new("行政调解，Ａ级复议。");
        let mut expected: Vec<u64> = w
            .chars
            .windows(PHRASE_CHARS)
            .filter(|g| !g.contains(&BLANK))
            .map(trigram_key)
            .collect();
        expected.sort_unstable();
        expected.dedup();
        assert_eq!(w.grams, expected);
        // 行政调 政调解 a级复 级复议, none across the comma.
        assert_eq!(w.grams.len(), 4);
    }

    #[test]
    fn the_index_counts_each_task_using_a_run_once() {
        let words: Vec<Words> = [
            "行政调解，行政调解。",
            "示范创建。",
            "推进行政调解。",
            "行政复议。",
        ]
        .iter()
        .map(|t| Words::new(t))
        .collect();
        let index = GramIndex::new(&words);
        let run: Vec<char> = "行政调解".chars().collect();
        // The first task uses it twice; two tasks use it.
        assert_eq!(Usage::tasks_using(&index, &words, &run, 5), 2);
        assert_eq!(Usage::tasks_using(&index, &words, &run, 1), 1);
        // `行政` is in three tasks, `行政复议` in one only.
        let run: Vec<char> = "行政复议".chars().collect();
        assert_eq!(Usage::tasks_using(&index, &words, &run, 5), 1);
        let run: Vec<char> = "调解员".chars().collect();
        assert_eq!(Usage::tasks_using(&index, &words, &run, 5), 0);
        assert_eq!(
            index
                .postings(gram_hash(trigram_key(&['行', '政', '调'])))
                .count(),
            2
        );
    }

    /// The runs of shared trigrams found the plain way: each place looked up on its own.
    fn shared_runs_by_place(chars: &[char], common: &[u64]) -> Vec<(usize, usize)> {
        let hit = |k: usize| {
            chars.get(k..k + PHRASE_CHARS).is_some_and(|w| {
                !w.contains(&BLANK) && common.binary_search(&trigram_key(w)).is_ok()
            })
        };
        let mut out = Vec::new();
        let mut k = 0;
        while k < chars.len() {
            if hit(k) {
                let start = k;
                while hit(k + 1) {
                    k += 1;
                }
                out.push((start, k + PHRASE_CHARS));
            }
            k += 1;
        }
        out
    }

    /// [`grams_bound`] the plain way: every bigram of the trigrams, sorted, each once.
    fn grams_bound_by_sort(grams: &[u64], telling: &dyn Fn(u64) -> f64) -> f64 {
        let ch = |v: u64| char::from_u32((v & ((1 << 21) - 1)) as u32).unwrap();
        let mut keys: Vec<u64> = grams
            .iter()
            .flat_map(|&g| {
                let (c0, c1, c2) = (ch(g >> 42), ch(g >> 21), ch(g));
                [bigram_key((c0, c1)), bigram_key((c1, c2))]
            })
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys.into_iter().map(telling).sum()
    }

    #[test]
    fn the_bound_of_shared_trigrams_sums_each_bigram_once_in_key_order() {
        let read = crate::test_support::fixture;
        let (a, b) = (read("compare_places_a.txt"), read("compare_places_b.txt"));
        let scorer = Scorer::new(&a, &b);
        for (ta, tb) in a.tasks.iter().zip(&b.tasks) {
            let common = common_grams(&Words::of_task(ta), &Words::of_task(tb));
            let bound = grams_bound(&common, &scorer);
            // The same sum, bit for bit: taken over the same keys in the same order.
            let plain = grams_bound_by_sort(&common, &|k| scorer.telling(k));
            assert_eq!(bound.to_bits(), plain.to_bits());
        }
    }

    proptest::proptest! {
        #[test]
        fn merged_keys_are_the_sorted_union(
            x in proptest::collection::btree_set(0u64..40, 0..20),
            y in proptest::collection::btree_set(0u64..40, 0..20),
        ) {
            let (x, y): (Vec<u64>, Vec<u64>) = (x.into_iter().collect(), y.into_iter().collect());
            let mut merged = Vec::new();
            for_each_merged(&x, &y, |k| merged.push(k));
            let mut union: Vec<u64> = x.iter().chain(&y).copied().collect();
            union.sort_unstable();
            union.dedup();
            proptest::prop_assert_eq!(merged, union);
        }

        #[test]
        fn shared_runs_are_found_in_one_pass(
            x in "[行政调解，复议示范1创建]{0,40}",
            y in "[行政调解，复议示范1创建]{0,40}",
        ) {
            let (x, y) = (Words::new(&x), Words::new(&y));
            let common = common_grams(&x, &y);
            let mut runs = Vec::new();
            for_each_shared_run(&x.chars, &common, |s, e| runs.push((s, e)));
            proptest::prop_assert_eq!(runs, shared_runs_by_place(&x.chars, &common));
        }
    }

    #[test]
    fn boilerplate_is_no_key_phrase() {
        let weak = |_: u64| 0.1;
        assert!(shared_phrases("深入贯彻落实纲要", "深入贯彻落实意见", &weak).is_empty());
    }
}
