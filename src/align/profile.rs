//! Task profiles for pairing: a TF-IDF vector of character bigrams over the task's words (its
//! unit parenthesis left out), the agencies that distinguish it, and its target metrics.

use crate::agency::role_key;
use crate::chars::{
    bigram_key, bigram_set, compact_chars, dice_sets, for_each_bigram, for_each_shared, KeyMap,
};
use crate::model::{Document, Task};

/// Labels that open a task's unit parenthesis; the text from there on names agencies, not work.
const UNIT_LABELS: &[&str] = &["牵头单位", "责任单位", "配合单位", "协办单位", "主办单位"];

/// Share of a document's tasks above which an agency is too common to tell tasks apart
/// (`各区政府`, `市政府直属各单位`).
const COMMON_UNIT_SHARE: f64 = 0.3;

/// Extra weight of the heading sentence, which names the task.
const HEADING_REPEAT: usize = 1;

/// What pairing knows of one task.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// Bigram keys and weights, sorted by key, L2-normalised.
    pub terms: Vec<(u64, f64)>,
    /// Hashes of the role keys of the agencies that are not common to most tasks, sorted.
    pub units: Vec<u64>,
    /// Hashes of the role keys of all its agencies, sorted.
    pub all_units: Vec<u64>,
    /// Hash of its whole text with widths folded and spaces dropped: equal for a task copied
    /// unchanged.
    pub text_hash: u64,
    /// Bigram sets of the target metrics (or phrases).
    pub metrics: Vec<Vec<u64>>,
}

/// Profiles of the tasks of both documents, with the document frequencies they were weighted by.
#[derive(Debug, Clone, Default)]
pub struct Profiles {
    /// One per task of A.
    pub a: Vec<Profile>,
    /// One per task of B.
    pub b: Vec<Profile>,
    /// Each bigram's inverse document frequency over the tasks of A and B.
    pub idf: KeyMap<f64>,
    /// Each bigram's telling weight ([`super::background::telling`]), worked out once.
    pub telling: KeyMap<f64>,
    /// Number of tasks in A and B.
    pub tasks: usize,
}

impl Profiles {
    /// The inverse document frequency of a bigram, `ln(1 + N / df)`: high for words that name
    /// one task, low for words every task uses (法治, 政府).
    pub fn idf(&self, key: u64) -> f64 {
        self.idf
            .get(&key)
            .copied()
            .unwrap_or_else(|| (1.0 + self.tasks.max(1) as f64).ln())
    }

    /// How much a bigram tells topics apart, here and in plans in general
    /// ([`super::background::telling`]).
    pub fn telling(&self, key: u64) -> f64 {
        match self.telling.get(&key) {
            Some(&t) => t,
            None => super::background::telling(key, self.idf(key), self.tasks),
        }
    }
}

/// The task's words without its unit parenthesis (`加强学法。（牵头单位：市司法局）` →
/// `加强学法。`).
pub fn work_text(task: &Task) -> &str {
    let text = task.text.as_str();
    // The last occurrence of each label, found in one pass over `单位`; the parenthesis starts
    // at the earliest of them.
    let mut last: [Option<usize>; UNIT_LABELS.len()] = [None; UNIT_LABELS.len()];
    for (at, _) in text.match_indices("单位") {
        for (k, label) in UNIT_LABELS.iter().enumerate() {
            let start = at + "单位".len();
            if start >= label.len() && text.get(start - label.len()..start) == Some(label) {
                last[k] = Some(start - label.len());
            }
        }
    }
    let cut = last.iter().flatten().min().copied().unwrap_or(text.len());
    // Step back over an opening bracket just before the label.
    let head = &text[..cut];
    let trimmed = head.trim_end_matches(['(', '（', ' ', '　']);
    if trimmed.is_empty() {
        text
    } else {
        trimmed
    }
}

/// Each bigram's inverse document frequency over the tasks of both documents.
fn idf_of(counts_a: &[Vec<(u64, u32)>], counts_b: &[Vec<(u64, u32)>]) -> KeyMap<f64> {
    // Document frequencies first, then turned into IDF in place: one logarithm per distinct
    // bigram, not one per occurrence.
    let mut idf: KeyMap<f64> = KeyMap::default();
    for counts in counts_a.iter().chain(counts_b.iter()) {
        for (key, _) in counts {
            *idf.entry(*key).or_insert(0.0) += 1.0;
        }
    }
    let n = (counts_a.len() + counts_b.len()).max(1) as f64;
    for v in idf.values_mut() {
        *v = (1.0 + n / v.max(1.0)).ln();
    }
    idf
}

/// One task's profile: its bigrams weighted by `idf` and normalised, its agencies (all, and
/// those not in `common`), its text hash and its targets' metrics.
fn profile(
    task: &Task,
    counts: &[(u64, u32)],
    all_units: &[u64],
    common: &[u64],
    idf: &KeyMap<f64>,
) -> Profile {
    let mut terms: Vec<(u64, f64)> = counts
        .iter()
        .map(|&(key, tf)| {
            let weight = idf.get(&key).copied().unwrap_or(0.0);
            let tf = if tf > 1 {
                1.0 + f64::from(tf).ln()
            } else {
                1.0
            };
            (key, tf * weight)
        })
        .collect();
    let norm = terms.iter().map(|t| t.1 * t.1).sum::<f64>().sqrt();
    if norm > 0.0 {
        for t in &mut terms {
            t.1 /= norm;
        }
    }
    let all_units = all_units.to_vec();
    let units: Vec<u64> = all_units
        .iter()
        .copied()
        .filter(|k| !common.contains(k))
        .collect();
    let metrics = task
        .targets
        .iter()
        .map(|t| {
            bigram_set(if t.metric.is_empty() {
                &t.text
            } else {
                &t.metric
            })
        })
        .collect();
    Profile {
        terms,
        units,
        all_units,
        text_hash: char_hash(compact_chars(&task.text)),
        metrics,
    }
}

/// Profiles of all tasks of `a` and `b`, weighted with document frequencies over both, so that
/// the words every task shares (法治政府, 建设) count little.
pub fn profiles(a: &Document, b: &Document) -> Profiles {
    // The two documents' tasks are read on two threads when there are many.
    let many = a.tasks.len() + b.tasks.len() >= crate::par::MIN_ITEMS;
    let (counts_a, counts_b) = crate::par::join_when(
        many,
        || a.tasks.iter().map(term_counts).collect::<Vec<_>>(),
        || b.tasks.iter().map(term_counts).collect::<Vec<_>>(),
    );
    let idf = idf_of(&counts_a, &counts_b);
    let tasks = counts_a.len() + counts_b.len();
    let telling: KeyMap<f64> = idf
        .iter()
        .map(|(&k, &w)| (k, super::background::telling(k, w, tasks)))
        .collect();
    // Each task's agencies, read once (their keys take some work) for both uses below.
    let (units_a, units_b) = crate::par::join_when(
        many,
        || a.tasks.iter().map(sorted_units).collect::<Vec<_>>(),
        || b.tasks.iter().map(sorted_units).collect::<Vec<_>>(),
    );
    let common_a = common_units(&units_a);
    let common_b = common_units(&units_b);
    let (pa, pb) = crate::par::join_when(
        many,
        || {
            (a.tasks.iter().zip(&counts_a).zip(&units_a))
                .map(|((t, c), u)| profile(t, c, u, &common_a, &idf))
                .collect::<Vec<Profile>>()
        },
        || {
            (b.tasks.iter().zip(&counts_b).zip(&units_b))
                .map(|((t, c), u)| profile(t, c, u, &common_b, &idf))
                .collect::<Vec<Profile>>()
        },
    );
    Profiles {
        a: pa,
        b: pb,
        idf,
        telling,
        tasks,
    }
}

/// Bigram keys of the task's words (heading counted once more) with their counts, sorted.
fn term_counts(task: &Task) -> Vec<(u64, u32)> {
    let work = work_text(task);
    let mut keys: Vec<u64> = Vec::with_capacity((work.len() + task.heading.len()) / 3 + 2);
    for_each_bigram(work, |b| keys.push(bigram_key(b)));
    for _ in 0..HEADING_REPEAT {
        for_each_bigram(&task.heading, |b| keys.push(bigram_key(b)));
    }
    crate::sort::sort_keys(&mut keys);
    let mut counts: Vec<(u64, u32)> = Vec::with_capacity(keys.len());
    for k in keys {
        match counts.last_mut() {
            Some(last) if last.0 == k => last.1 += 1,
            _ => counts.push((k, 1)),
        }
    }
    counts
}

/// The task's agencies, each as a hash of its role key (`县司法局` and `市司法局` hash alike).
fn task_units(task: &Task) -> impl Iterator<Item = u64> + '_ {
    task.lead_units
        .iter()
        .chain(&task.responsible_units)
        .map(|u| role_key(u))
        .filter(|k| !k.is_empty())
        .map(|k| text_hash(&k))
}

/// FNV-1a over the bytes of a string: names compared by a number instead of by text.
fn text_hash(text: &str) -> u64 {
    fnv(FNV_OFFSET, text.bytes())
}

/// FNV-1a's start value and multiplier.
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a's hash `h` carried on over `bytes`.
fn fnv(h: u64, bytes: impl Iterator<Item = u8>) -> u64 {
    bytes.fold(h, |h, b| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME))
}

/// [`text_hash`] of the string the characters make, without building it.
fn char_hash(chars: impl Iterator<Item = char>) -> u64 {
    let mut buf = [0u8; 4];
    chars.fold(FNV_OFFSET, |h, c| fnv(h, c.encode_utf8(&mut buf).bytes()))
}

/// A task's agencies as sorted, distinct hashes of their role keys.
fn sorted_units(task: &Task) -> Vec<u64> {
    let mut keys: Vec<u64> = task_units(task).collect();
    crate::sort::sort_keys(&mut keys);
    keys.dedup();
    keys
}

/// Agencies named in more than [`COMMON_UNIT_SHARE`] of a document's tasks, given each
/// task's [`sorted_units`].
fn common_units(units: &[Vec<u64>]) -> Vec<u64> {
    // Counted as f64 in a `KeyMap<f64>`, the map type of the IDF table: one map in the wasm.
    let mut counts: KeyMap<f64> = KeyMap::default();
    for keys in units {
        for &k in keys {
            *counts.entry(k).or_insert(0.0) += 1.0;
        }
    }
    let limit = (units.len() as f64 * COMMON_UNIT_SHARE).max(2.0);
    let mut common: Vec<u64> = counts
        .into_iter()
        .filter(|(_, c)| *c > limit)
        .map(|(k, _)| k)
        .collect();
    crate::sort::sort_keys(&mut common);
    common
}

/// Cosine of two profiles' term vectors (both sorted by key, so the sum runs in one order
/// whichever side is A).
pub fn cosine(a: &Profile, b: &Profile) -> f64 {
    let mut sum = 0.0;
    for_each_shared(
        &a.terms,
        &b.terms,
        |t| t.0,
        |t| t.0,
        |x, y| sum += x.1 * y.1,
    );
    sum
}

/// Jaccard overlap of the distinguishing agencies, 0.0 when either has none.
pub fn unit_overlap(a: &Profile, b: &Profile) -> f64 {
    jaccard(&a.units, &b.units)
}

/// Jaccard overlap of all agencies, common ones included, 0.0 when either has none.
pub fn all_unit_overlap(a: &Profile, b: &Profile) -> f64 {
    jaccard(&a.all_units, &b.all_units)
}

fn jaccard(x: &[u64], y: &[u64]) -> f64 {
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    let shared = x.iter().filter(|u| y.binary_search(u).is_ok()).count();
    shared as f64 / (x.len() + y.len() - shared) as f64
}

/// Best metric overlap between any target of one task and any of the other.
pub fn metric_overlap(a: &Profile, b: &Profile) -> f64 {
    let mut best: f64 = 0.0;
    for x in &a.metrics {
        for y in &b.metrics {
            best = best.max(dice_sets(x, y));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_text_leaves_out_the_unit_parenthesis() {
        let t = Task {
            text: "加强学法。（牵头单位：示例市司法局）".into(),
            ..Task::default()
        };
        assert_eq!(work_text(&t), "加强学法。");
        let t = Task {
            text: "加强学法。牵头单位:(示例市司法局)".into(),
            ..Task::default()
        };
        assert_eq!(work_text(&t), "加强学法。");
        let t = Task {
            text: "（牵头单位：示例市司法局）".into(),
            ..Task::default()
        };
        assert_eq!(work_text(&t), t.text);
    }

    #[test]
    fn char_hash_is_the_hash_of_the_string_the_characters_make() {
        for text in [
            "",
            "不少于 3 次",
            "示例市\u{3000}司法局（牵头）",
            "ａｂ１２",
        ] {
            let compacted = crate::chars::compact(text);
            assert_eq!(
                char_hash(compact_chars(text)),
                text_hash(&compacted),
                "{text}"
            );
        }
        // FNV-1a's published value for "a".
        assert_eq!(text_hash("a"), 0xaf63_dc4c_8601_ec8c);
    }
}
