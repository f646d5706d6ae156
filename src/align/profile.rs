//! Task profiles for pairing: a TF-IDF vector of character bigrams over the task's words (its
//! unit parenthesis left out), the agencies that distinguish it, and its target metrics.

use crate::agency::role_key;
use crate::chars::{
    bigram_key, bigram_set, dice_sets, for_each_bigram, for_each_shared, is_content, KeyMap,
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
    /// The id of each of `terms`' bigrams in [`Profiles::ids`] (ascending, as the keys are).
    pub ids: Vec<u32>,
    /// Hashes of the role keys of the agencies that are not common to most tasks, sorted.
    pub units: Vec<u64>,
    /// Hashes of the role keys of all its agencies, sorted.
    pub all_units: Vec<u64>,
    /// Hash of its whole text with widths folded and spaces dropped: equal for a task copied
    /// unchanged.
    pub text_hash: u64,
    /// Its look-alike keys ([`super::order::task_keys`]): equal for the very same text, and
    /// for the same text but for its numbers.
    pub keys: (u64, u64),
    /// Bigram sets of the target metrics (or phrases).
    pub metrics: Vec<Vec<u64>>,
    /// Where its words end: [`work_text`] is `task.text[..work]`. Cut once here, where the
    /// profile reads them, and read again by the related links.
    pub work: usize,
    /// The policy shorthands its words use ([`super::abbrev::used_in`]).
    pub shorthands: u32,
    /// Hash of its heading's topic ([`heading_topic`]), 0 when it has none.
    pub heading_topic: u64,
}

/// Profiles of the tasks of both documents, with the document frequencies they were weighted by.
#[derive(Debug, Clone, Default)]
pub struct Profiles {
    /// One per task of A.
    pub a: Vec<Profile>,
    /// One per task of B.
    pub b: Vec<Profile>,
    /// Each bigram of the tasks of A and B by key: its id, its rank among those keys (so that
    /// ids order as keys do), which indexes the tables below and lets a caller sum by bigram in
    /// a plain array.
    pub ids: KeyMap<u32>,
    /// Each bigram's key, by id.
    pub keys: Vec<u64>,
    /// Each bigram's inverse document frequency over the tasks of A and B, by id.
    pub idf: Vec<f64>,
    /// Each bigram's telling weight ([`super::background::telling`]), worked out once, by id.
    pub telling: Vec<f64>,
    /// Number of tasks in A and B.
    pub tasks: usize,
}

impl Profiles {
    /// The inverse document frequency of a bigram, `ln(1 + N / df)`: high for words that name
    /// one task, low for words every task uses (法治, 政府).
    pub fn idf(&self, key: u64) -> f64 {
        self.by_id(&self.idf, key)
            .unwrap_or_else(|| (1.0 + self.tasks.max(1) as f64).ln())
    }

    /// The id of the bigram `key` and its inverse document frequency, if the tasks use it.
    pub fn id_and_idf(&self, key: u64) -> Option<(u32, f64)> {
        let id = *self.ids.get(&key)?;
        Some((id, *self.idf.get(id as usize)?))
    }

    /// The value of `table` for the bigram `key`, if the tasks use it.
    fn by_id(&self, table: &[f64], key: u64) -> Option<f64> {
        let id = *self.ids.get(&key)?;
        table.get(id as usize).copied()
    }

    /// The number of distinct bigrams of the tasks of A and B (ids are below it).
    pub fn vocabulary(&self) -> usize {
        self.idf.len()
    }

    /// How much a bigram tells topics apart, here and in plans in general
    /// ([`super::background::telling`]).
    pub fn telling(&self, key: u64) -> f64 {
        match self.by_id(&self.telling, key) {
            Some(t) => t,
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
    for at in unit_words(text) {
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
    let mut trimmed = head.trim_end_matches(['(', '（', ' ', '　']);
    // An unlabelled one closing the text names agencies too (`（县委宣传部分工负责）`).
    if crate::outline::tree::ends_with_unit_block(trimmed) {
        if let Some(open) = unit_block_start(trimmed) {
            trimmed = trimmed[..open].trim_end();
        }
    }
    if trimmed.is_empty() {
        text
    } else {
        trimmed
    }
}

/// Where the bracket closing `text` opens, past any pair inside it (`（…政府（办）负责）`).
fn unit_block_start(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in text.char_indices().rev() {
        match c {
            ')' | '）' | '〕' | '】' => depth += 1,
            '(' | '（' | '〔' | '【' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => {}
        }
    }
    None
}

/// A task's distinct bigrams, sorted by key: `(key, count, id)`, the id filled in by
/// [`idf_of`] (first the bigram's order of first use, then its [`Profiles::ids`] rank).
type Counts = Vec<(u64, u32, u32)>;

/// The bytes of `单位`, which every label of [`UNIT_LABELS`] ends with.
const UNIT_WORD: &[u8] = "单位".as_bytes();

/// How far [`unit_words`] may move on past a window whose last byte is the index (Horspool's
/// table): as far as that byte's last place among the word's other bytes allows.
const UNIT_SKIP: [u8; 256] = {
    let last = UNIT_WORD.len() - 1;
    let mut table = [UNIT_WORD.len() as u8; 256];
    let mut k = 0;
    while k < last {
        table[UNIT_WORD[k] as usize] = (last - k) as u8;
        k += 1;
    }
    table
};

/// Where `单位` starts in `text`, left to right (as `match_indices` finds it): Horspool's
/// search, which reads about one byte in five of a task's text and needs no set-up.
fn unit_words(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(&last) = bytes.get(at + UNIT_WORD.len() - 1) {
            if bytes.get(at..at + UNIT_WORD.len()) == Some(UNIT_WORD) {
                let found = at;
                at += UNIT_WORD.len();
                return Some(found);
            }
            at += usize::from(UNIT_SKIP[usize::from(last)]);
        }
        None
    })
}

/// Each bigram of the tasks of both documents with its id ([`Profiles::ids`]), and by id its
/// key and its inverse document frequency over those tasks. Each task's counts get their
/// bigrams' ids, so that no one looks a key up twice.
fn idf_of(counts_a: &mut [Counts], counts_b: &mut [Counts]) -> (KeyMap<u32>, Vec<u64>, Vec<f64>) {
    // Document frequencies first, by order of first use; then the keys ranked and turned into
    // IDF: one logarithm per distinct bigram, not one per occurrence.
    let mut ids: KeyMap<u32> = KeyMap::default();
    let mut keys: Vec<u64> = Vec::new();
    let mut df: Vec<u32> = Vec::new();
    for counts in counts_a.iter_mut().chain(counts_b.iter_mut()) {
        for (key, _, slot) in counts.iter_mut() {
            let next = keys.len() as u32;
            let id = *ids.entry(*key).or_insert(next);
            if id == next {
                keys.push(*key);
                df.push(0);
            }
            if let Some(d) = df.get_mut(id as usize) {
                *d += 1;
            }
            *slot = id;
        }
    }
    // A bigram's two characters (below U+110000, 21 bits each) packed into 42 bits order as
    // its key does: ranked by a radix sort.
    let pack = |k: u64| ((k >> 32) << 21) | (k & 0xFFFF_FFFF);
    let mut order: Vec<(u64, u32)> = keys.iter().map(|&k| pack(k)).zip(0..).collect();
    crate::sort::radix_sort(&mut order, 42);
    let mut rank = vec![0u32; keys.len()];
    for (r, &(_, first)) in (0..).zip(&order) {
        rank[first as usize] = r;
    }
    for id in ids.values_mut() {
        *id = rank[*id as usize];
    }
    for counts in counts_a.iter_mut().chain(counts_b.iter_mut()) {
        for (_, _, id) in counts.iter_mut() {
            *id = rank.get(*id as usize).copied().unwrap_or(u32::MAX);
        }
    }
    let n = (counts_a.len() + counts_b.len()).max(1) as f64;
    let idf = order
        .iter()
        .map(|&(_, first)| (1.0 + n / f64::from(df[first as usize]).max(1.0)).ln())
        .collect();
    let keys = order
        .iter()
        .map(|&(_, first)| keys[first as usize])
        .collect();
    (ids, keys, idf)
}

/// Counts below this have their [`tf_weight`] read from a table.
const TF_TABLE: u32 = 16;

/// The weight of a bigram met `tf` times in a task: `1 + ln tf`, damped so that a word
/// repeated does not outweigh the rest.
pub(crate) fn tf_weight(tf: u32) -> f64 {
    if tf > 1 {
        1.0 + f64::from(tf).ln()
    } else {
        1.0
    }
}

/// One task's profile: its bigrams weighted by `idf` and normalised, its agencies (all, and
/// those not in `common`), its text hash and its targets' metrics.
fn profile(
    task: &Task,
    counts: &[(u64, u32, u32)],
    all_units: &[u64],
    common: &[u64],
    (idf, tf_weights): (&[f64], &[f64]),
    work: usize,
) -> Profile {
    let mut ids: Vec<u32> = Vec::with_capacity(counts.len());
    let mut terms: Vec<(u64, f64)> = counts
        .iter()
        .map(|&(key, tf, id)| {
            ids.push(id);
            let weight = idf.get(id as usize).copied().unwrap_or(0.0);
            let tf = match tf_weights.get(tf as usize) {
                Some(&w) => w,
                None => tf_weight(tf),
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
    let (text_hash, keys) = text_hashes(&task.text);
    let words = task.text.get(..work).unwrap_or(&task.text);
    let shorthands = super::abbrev::used_in_sorted(words, counts, |c| c.0);
    Profile {
        terms,
        ids,
        units,
        all_units,
        text_hash,
        keys,
        metrics,
        work,
        shorthands,
        heading_topic: heading_topic_hash(&task.heading),
    }
}

/// Words that open a heading with what is to be done (`加强`, `进一步`, `全面推进`) rather than
/// what it is done to.
const HEADING_VERBS: &[&str] = &[
    "进一步",
    "全面",
    "深入",
    "持续",
    "不断",
    "切实",
    "着力",
    "大力",
    "加快",
    "扎实",
    "积极",
    "严格",
    "统筹",
    "有序",
    "稳步",
    "加强",
    "强化",
    "深化",
    "推进",
    "推动",
    "推行",
    "完善",
    "健全",
    "落实",
    "提升",
    "提高",
    "规范",
    "优化",
    "做好",
    "抓好",
    "开展",
    "建立",
    "实施",
    "创新",
    "坚持",
    "构建",
    "打造",
    "夯实",
    "巩固",
    "加大",
    "和",
];

/// Words that close a heading with a generic kind of thing (`工作`, `制度`, `机制`).
const HEADING_KINDS: &[&str] = &[
    "工作", "建设", "制度", "机制", "体系", "水平", "能力", "力度",
];

/// Shortest heading topic, in characters: a shorter one (`监管`, `公开`) names a field, not a
/// task.
const HEADING_TOPIC_CHARS: usize = 4;

/// The topic a heading names, without its opening verbs and closing kind words: `行政执法监督`
/// of both `加强行政执法监督` and `强化行政执法监督工作`. Two plans written to one template give
/// the same task the same topic in different verbs. `None` when less than
/// [`HEADING_TOPIC_CHARS`] characters are left.
pub fn heading_topic(heading: &str) -> Option<String> {
    let folded: String = (heading.chars())
        .map(crate::chars::fold)
        .filter(|&c| is_content(c))
        .collect();
    topic_of(&folded).map(str::to_string)
}

/// [`heading_topic`] of a heading already folded: a slice of it.
fn topic_of(folded: &str) -> Option<&str> {
    let mut topic = folded;
    // Most headings open on a verb of the list: its first character is looked at before the
    // list is.
    while topic.starts_with(|c| HEADING_VERB_FIRSTS.contains(c)) {
        match HEADING_VERBS.iter().find_map(|v| topic.strip_prefix(v)) {
            Some(rest) => topic = rest,
            None => break,
        }
    }
    while let Some(rest) = HEADING_KINDS.iter().find_map(|k| topic.strip_suffix(k)) {
        topic = rest;
    }
    (topic.chars().count() >= HEADING_TOPIC_CHARS).then_some(topic)
}

/// The first characters of [`HEADING_VERBS`].
const HEADING_VERB_FIRSTS: &str =
    "进全深持不切着大加扎积严统有稳强推完健落提规优做抓开建实创坚构打夯巩和";

/// Hash of a heading's topic ([`heading_topic`]), 0 when it has none. Most headings are Han
/// characters alone, which folding keeps: read as they are, with no copy.
fn heading_topic_hash(heading: &str) -> u64 {
    let plain = heading
        .chars()
        .all(|c| crate::chars::is_common_han(c) && crate::chars::fold(c) == c);
    let topic = if plain {
        topic_of(heading).map(str::to_string)
    } else {
        heading_topic(heading)
    };
    topic.map_or(0, |t| text_hash(&t))
}

/// 1.0 when two tasks' headings name one topic ([`heading_topic`]), else 0.0.
pub fn same_heading_topic(a: &Profile, b: &Profile) -> f64 {
    if a.heading_topic != 0 && a.heading_topic == b.heading_topic {
        1.0
    } else {
        0.0
    }
}

/// Profiles of all tasks of `a` and `b`, weighted with document frequencies over both, so that
/// the words every task shares (法治政府, 建设) count little.
pub fn profiles(a: &Document, b: &Document) -> Profiles {
    // The two documents' tasks are read on two threads when there are many.
    let many = a.tasks.len() + b.tasks.len() >= crate::par::MIN_ITEMS;
    // Each task's words cut from its text once, kept by length for the profile.
    let read = |doc: &Document| -> (Vec<usize>, Vec<Counts>) {
        (doc.tasks.iter())
            .map(|t| {
                let work = work_text(t);
                (work.len(), term_counts(t, work))
            })
            .unzip()
    };
    let ((work_a, mut counts_a), (work_b, mut counts_b)) =
        crate::par::join_when(many, || read(a), || read(b));
    let (ids, keys, idf) = idf_of(&mut counts_a, &mut counts_b);
    let tasks = counts_a.len() + counts_b.len();
    // `keys` by id, so in key order.
    let telling: Vec<f64> = keys
        .iter()
        .zip(&idf)
        .map(|(&k, &w)| super::background::telling(k, w, tasks))
        .collect();
    // Each task's agencies, read once (their keys take some work) for both uses below.
    let (units_a, units_b) = crate::par::join_when(
        many,
        || a.tasks.iter().map(sorted_units).collect::<Vec<_>>(),
        || b.tasks.iter().map(sorted_units).collect::<Vec<_>>(),
    );
    // The weights of the counts a bigram mostly has, worked out once.
    let tf_weights: Vec<f64> = (0..TF_TABLE).map(tf_weight).collect();
    let common_a = common_units(&units_a);
    let common_b = common_units(&units_b);
    let (pa, pb) = crate::par::join_when(
        many,
        || {
            (a.tasks.iter().zip(&counts_a).zip(&units_a).zip(&work_a))
                .map(|(((t, c), u), &w)| profile(t, c, u, &common_a, (&idf, &tf_weights), w))
                .collect::<Vec<Profile>>()
        },
        || {
            (b.tasks.iter().zip(&counts_b).zip(&units_b).zip(&work_b))
                .map(|(((t, c), u), &w)| profile(t, c, u, &common_b, (&idf, &tf_weights), w))
                .collect::<Vec<Profile>>()
        },
    );
    Profiles {
        a: pa,
        b: pb,
        ids,
        keys,
        idf,
        telling,
        tasks,
    }
}

/// Bigram keys of the task's words `work` ([`work_text`]; heading counted once more) with
/// their counts, sorted (ids left to [`idf_of`]).
fn term_counts(task: &Task, work: &str) -> Counts {
    let mut keys: Vec<u64> = Vec::with_capacity((work.len() + task.heading.len()) / 3 + 2);
    for_each_bigram(work, |b| keys.push(bigram_key(b)));
    for _ in 0..HEADING_REPEAT {
        for_each_bigram(&task.heading, |b| keys.push(bigram_key(b)));
    }
    crate::sort::sort_keys(&mut keys);
    let mut counts: Counts = Vec::with_capacity(keys.len());
    for k in keys {
        match counts.last_mut() {
            Some(last) if last.0 == k => last.1 += 1,
            _ => counts.push((k, 1, 0)),
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

/// A task text's hashes, read in one pass: [`text_hash`] of [`crate::chars::compact`]`(text)`
/// (without building the string) and its look-alike keys ([`super::order::text_keys`]). A
/// Han character of the common block (a lead byte `E4`–`E9`, U+4000–U+9FFF, which folding keeps
/// and which is no space) and a byte of ASCII are read as they are; any other character is
/// decoded, folded and encoded.
fn text_hashes(text: &str) -> (u64, (u64, u64)) {
    let bytes = text.as_bytes();
    let step = |h: u64, b: u8| (h ^ u64::from(b)).wrapping_mul(FNV_PRIME);
    // The look-alike keys take one step per character, on its code point.
    let step_char = |h: u64, c: char| (h ^ u64::from(c)).wrapping_mul(FNV_PRIME);
    let mut h = FNV_OFFSET;
    let (mut same, mut alike) = (FNV_OFFSET, FNV_OFFSET);
    let mut keys = |c: char| {
        if is_content(c) {
            if !c.is_ascii_digit() {
                alike = step_char(alike, c);
            }
            same = step_char(same, c);
        }
    };
    let mut at = 0;
    while let Some(&lead) = bytes.get(at) {
        if lead < 0x80 {
            // `fold` lower-cases ASCII; `char::is_whitespace` of ASCII is U+0009–U+000D and
            // the space.
            let b = lead.to_ascii_lowercase();
            if b != b' ' && !(0x09..=0x0d).contains(&b) {
                h = step(h, b);
            }
            keys(char::from(b));
            at += 1;
            continue;
        }
        if (0xE4..=0xE9).contains(&lead) {
            if let (Some(&b1), Some(&b2)) = (bytes.get(at + 1), bytes.get(at + 2)) {
                h = step(step(step(h, lead), b1), b2);
                let c = (u32::from(lead & 0x0F) << 12)
                    | (u32::from(b1 & 0x3F) << 6)
                    | u32::from(b2 & 0x3F);
                if let Some(c) = char::from_u32(c) {
                    keys(c);
                }
                at += 3;
                continue;
            }
        }
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        at += c.len_utf8();
        let c = crate::chars::fold(c);
        if !c.is_whitespace() {
            let mut buf = [0u8; 4];
            h = c.encode_utf8(&mut buf).bytes().fold(h, step);
        }
        keys(c);
    }
    (h, (same, alike))
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

    #[test]
    fn each_heading_verb_opens_on_a_listed_first_character() {
        for v in HEADING_VERBS {
            assert!(v.starts_with(|c| HEADING_VERB_FIRSTS.contains(c)), "{v}");
        }
        // A plain heading hashes as its folded copy does.
        for h in [
            "加强行政执法监督",
            "强化行政执法监督工作。",
            "推进“互联网+”监管",
            "加强监管",
        ] {
            let expected = heading_topic(h).map_or(0, |t| text_hash(&t));
            assert_eq!(heading_topic_hash(h), expected, "{h}");
        }
    }

    #[test]
    fn a_heading_topic_drops_the_verbs_and_the_kind_of_thing() {
        let t = |h: &str| heading_topic(h);
        assert_eq!(t("加强行政执法监督"), Some("行政执法监督".to_string()));
        assert_eq!(t("强化行政执法监督工作"), t("加强行政执法监督"));
        assert_eq!(t("加强和规范行政应诉工作"), Some("行政应诉".to_string()));
        assert_eq!(t("全面推进政务公开。"), Some("政务公开".to_string()));
        // Too little left to name a task: a field, not a topic.
        assert_eq!(t("加强监管"), None);
        assert_eq!(t(""), None);
        assert_ne!(t("完善行政执法程序"), t("强化行政执法监督"));
    }

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
    fn work_text_leaves_out_an_unlabelled_unit_bracket_closing_it() {
        // Who does the work (`分工负责`) is no topic two tasks share.
        for (text, work) in [
            ("开展安全宣传。（县委宣传部分工负责）", "开展安全宣传。"),
            (
                "开展安全宣传。（各乡镇人民政府（街道办事处）负责）",
                "开展安全宣传。",
            ),
            // A bracket of the work itself stays.
            ("开展安全宣传（每季度1次）。", "开展安全宣传（每季度1次）。"),
            ("开展安全宣传（含专题片）", "开展安全宣传（含专题片）"),
        ] {
            let t = Task {
                text: text.into(),
                ..Task::default()
            };
            assert_eq!(work_text(&t), work, "{text}");
        }
    }

    #[test]
    fn unit_words_are_where_a_substring_search_finds_them() {
        for text in [
            "",
            "单位",
            "单位单位",
            "单单位位",
            "加强学法。（牵头单位：示例市司法局；责任单位：各区单位）",
            "单",
            "位单",
            "示例单",
        ] {
            let want: Vec<usize> = text.match_indices("单位").map(|m| m.0).collect();
            assert_eq!(unit_words(text).collect::<Vec<_>>(), want, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn unit_words_agree_on_any_text(text in "[单位牵头a（）一\\u{5355}\\u{4F4D}\\u{8D95}\\u{6E8D}]{0,30}") {
            let want: Vec<usize> = text.match_indices("单位").map(|m| m.0).collect();
            proptest::prop_assert_eq!(unit_words(&text).collect::<Vec<_>>(), want);
        }
    }

    #[test]
    fn text_hashes_are_those_of_the_compacted_text_and_its_keys() {
        for text in [
            "",
            "不少于 3 次",
            "示例市\u{3000}司法局（牵头）",
            "ａｂ１２ＡＢ",
            "Ab\tC\u{0b}\u{85}\u{a0}\u{2003}\u{202f}\u{feff}、。《》「」䷀㐀😀",
        ] {
            let compacted = crate::chars::compact(text);
            assert_eq!(text_hashes(text).0, text_hash(&compacted), "{text}");
            assert_eq!(
                text_hashes(text).1,
                super::super::order::text_keys(text),
                "{text}"
            );
        }
        // Every character of the Basic Multilingual Plane, alone and between two others.
        for c in (0..=0xFFFFu32).filter_map(char::from_u32) {
            let text = format!("法{c}治");
            assert_eq!(
                text_hashes(&text),
                (
                    text_hash(&crate::chars::compact(&text)),
                    super::super::order::text_keys(&text)
                ),
                "{c:?}"
            );
        }
        // FNV-1a's published value for "a".
        assert_eq!(text_hash("a"), 0xaf63_dc4c_8601_ec8c);
    }

    proptest::proptest! {
        #[test]
        fn text_hashes_agree_on_any_text(text in "\\PC{0,40}") {
            let want = (text_hash(&crate::chars::compact(&text)), super::super::order::text_keys(&text));
            proptest::prop_assert_eq!(text_hashes(&text), want);
        }
    }
}
