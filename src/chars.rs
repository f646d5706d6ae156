//! Character helpers shared by the stages: width folding, character bigrams, overlap, the common
//! Han block test of per-char walks ([`is_common_han`]); and the byte scan that ingest and outline
//! pass text with ([`next_marked`]), and the word searches set up once for many lines
//! ([`WordSearch`]).
//!
//! No dictionary: Chinese text is compared on pairs of adjacent characters (`法治政府` →
//! `法治`, `治政`, `政府`), which carry most of the meaning of short Chinese words.

/// Where the first byte of `bytes` at or after `from` that `marked` marks stands: the bytes
/// are looked at eight at a time up to the eight holding it, then one by one.
///
/// `next_marked(b"abc def", 0, &table_of_space)` → `Some(3)`.
pub fn next_marked(bytes: &[u8], from: usize, marked: &[bool; 256]) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mark = |b: u8| marked[usize::from(b)];
    let skipped = (rest.chunks_exact(8))
        .take_while(|chunk| !chunk.iter().fold(false, |any, &b| any | mark(b)))
        .count()
        * 8;
    let tail = rest.get(skipped..)?;
    tail.iter()
        .position(|&b| mark(b))
        .map(|p| from + skipped + p)
}

/// Folds full-width ASCII forms and the ideographic space to their half-width forms
/// (`１` → `1`, `（` → `(`, `　` → ` `); other characters are kept.
pub fn fold(c: char) -> char {
    match c {
        '\u{3000}' | '\u{FF01}'..='\u{FF5E}' => fold_width(c),
        _ => c.to_ascii_lowercase(),
    }
}

/// Folds full-width ASCII forms and the ideographic space to their half-width forms, nothing
/// else (`：` → `:`, `Ａ` → `A`, `。` stays): the two forms of one character.
pub fn fold_width(c: char) -> char {
    match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// True for characters that carry content (Han, letters, digits, `%`); false for punctuation
/// and white space, which only separate runs.
pub fn is_content(c: char) -> bool {
    is_word_char(c) || c == '%' || c == '+'
}

/// True for Han characters, letters and digits, with fast paths for the common CJK block and
/// the punctuation of Chinese text (`，。、《》“”—…`): `char::is_alphanumeric` takes a slow table
/// lookup for both.
pub fn is_word_char(c: char) -> bool {
    if ('\u{4E00}'..='\u{9FFF}').contains(&c) || c.is_ascii_alphanumeric() {
        return true;
    }
    if c.is_ascii() || is_cjk_punctuation(c) {
        return false;
    }
    c.is_alphanumeric()
}

/// Punctuation blocks Chinese text uses, none of whose characters is a letter or a digit:
/// General Punctuation (`—“”…‰`), the brackets and marks of CJK Symbols (`、。《》【】〔〕`; not
/// `々〆〇`, which are letters and numbers) and the full-width forms' punctuation.
fn is_cjk_punctuation(c: char) -> bool {
    matches!(c,
        '\u{2000}'..='\u{206F}'
        | '\u{3000}'..='\u{3004}'
        | '\u{3008}'..='\u{3020}'
        | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF40}'
        | '\u{FF5B}'..='\u{FF65}')
}

/// The character bigrams of `text`, folded, taken inside runs of content characters so that no
/// bigram spans punctuation (`加强，推进` → `加强`, `推进`). A run of one character gives that
/// character alone, so short names still have a feature.
pub fn bigrams(text: &str) -> Vec<(char, char)> {
    let mut out = Vec::with_capacity(text.len() / 3 + 1);
    for_each_bigram(text, |b| out.push(b));
    out
}

/// Calls `f` with each bigram of `text`, in order, as [`bigrams`] lists them (no list built).
pub fn for_each_bigram(text: &str, mut f: impl FnMut((char, char))) {
    let mut prev: Option<char> = None;
    let mut run_len = 0usize;
    for c in text.chars().map(fold) {
        if is_content(c) {
            if let Some(p) = prev {
                f((p, c));
            }
            prev = Some(c);
            run_len += 1;
        } else {
            if let (Some(p), 1) = (prev, run_len) {
                f((p, '\0'));
            }
            prev = None;
            run_len = 0;
        }
    }
    if let (Some(p), 1) = (prev, run_len) {
        f((p, '\0'));
    }
}

/// A bigram as one number, the same whatever document it comes from (so that sums over
/// sorted bigrams do not depend on which document is A).
pub fn bigram_key(b: (char, char)) -> u64 {
    ((b.0 as u64) << 32) | b.1 as u64
}

/// Dice overlap of the bigram sets of two short strings, 0.0–1.0
/// (`备案审查率` vs `审查率` → 0.67).
pub fn dice(a: &str, b: &str) -> f64 {
    dice_sets(&bigram_set(a), &bigram_set(b))
}

/// The sorted, distinct bigram keys of `text`.
pub fn bigram_set(text: &str) -> Vec<u64> {
    let mut x: Vec<u64> = Vec::with_capacity(text.len() / 3 + 1);
    for_each_bigram(text, |b| x.push(bigram_key(b)));
    crate::sort::sort_keys(&mut x);
    x.dedup();
    x
}

/// Calls `f` with each pair of items of `x` and `y` (both sorted by key, keys distinct) that
/// have the same key, in key order: one merge, no lookups.
pub fn for_each_shared<T, U>(
    x: &[T],
    y: &[U],
    kx: impl Fn(&T) -> u64,
    ky: impl Fn(&U) -> u64,
    mut f: impl FnMut(&T, &U),
) {
    let (mut i, mut j) = (0, 0);
    while let (Some(a), Some(b)) = (x.get(i), y.get(j)) {
        match kx(a).cmp(&ky(b)) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                f(a, b);
                i += 1;
                j += 1;
            }
        }
    }
}

/// Dice overlap of two sorted, distinct key sets.
pub fn dice_sets(x: &[u64], y: &[u64]) -> f64 {
    if x.is_empty() || y.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < x.len() && j < y.len() {
        match x[i].cmp(&y[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * shared as f64 / (x.len() + y.len()) as f64
}

/// A hasher for bigram keys: one multiply-shift mix (the finaliser of MurmurHash3), far cheaper
/// than the default SipHash on the hot path of pairing large documents, and spreading both
/// characters of a bigram over the low bits a hash table indexes by.
#[derive(Default, Clone, Copy)]
pub struct KeyHasher(u64);

impl KeyHasher {
    fn mix(x: u64) -> u64 {
        let x = (x ^ (x >> 33)).wrapping_mul(0xff51_afd7_ed55_8ccd);
        x ^ (x >> 33)
    }
}

impl std::hash::Hasher for KeyHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = Self::mix(self.0.rotate_left(8) ^ u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = Self::mix(self.0 ^ n);
    }
}

/// A `HashMap` keyed by bigram keys.
pub type KeyMap<V> = std::collections::HashMap<u64, V, std::hash::BuildHasherDefault<KeyHasher>>;

/// `text` folded and stripped of white space (`不少于 3 次` → `不少于3次`).
pub fn compact(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    out.extend(compact_chars(text));
    out
}

/// The characters of [`compact`]`(text)`, without building the string.
pub fn compact_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().map(fold).filter(|c| !c.is_whitespace())
}

/// True for a char of the common CJK block (U+4E00–U+9FFF): most chars of a task, and never a
/// bracket, a quote or a clause break. A per-char walk asks this first, one range test, and
/// matches the few marks it looks for only on the other chars.
pub fn is_common_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c)
}

/// Words looked for in many lines, each by a vectorised search (`memchr`'s) set up once, on
/// first use, not once per line.
pub struct WordSearch {
    words: &'static [&'static str],
    finders: std::sync::OnceLock<Vec<memchr::memmem::Finder<'static>>>,
}

impl WordSearch {
    /// A search for `words`.
    pub const fn new(words: &'static [&'static str]) -> Self {
        WordSearch {
            words,
            finders: std::sync::OnceLock::new(),
        }
    }

    /// Where the first of the words starts in `text` (in bytes), if any is there.
    pub fn first_in(&self, text: &str) -> Option<usize> {
        let finders = self.finders.get_or_init(|| {
            (self.words.iter())
                .map(|w| memchr::memmem::Finder::new(w.as_bytes()))
                .collect()
        });
        finders.iter().filter_map(|f| f.find(text.as_bytes())).min()
    }
}

/// Words `多元` opens (`多元化`, `多元协同`, `多元主体`): after a number, `多元` followed by any
/// other word closes a sum (`3000多元一次性补助`, `600多元慰问金`).
const DIVERSE_WORDS: &[&str] = &[
    "化", "协同", "共治", "共建", "共享", "主体", "参与", "投入", "格局", "融合", "治理", "文化",
    "一体", "纠纷", "需求", "供给", "解纷", "联动", "合作", "渠道", "模式", "机制", "结构", "综合",
    "互补", "开放",
];

/// True when `rest` (what follows a number) opens on `多元` starting a word of its own
/// (`5.4多元协同机制`, `多元化`) rather than closing a sum (`2000多元`, `500多元的补贴`).
pub fn opens_diverse_word(mut rest: impl Iterator<Item = char>) -> bool {
    if rest.next() != Some('多') || rest.next() != Some('元') {
        return false;
    }
    let next: String = rest.take(2).collect();
    DIVERSE_WORDS.iter().any(|w| next.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_han_holds_no_mark_a_walk_looks_for() {
        for c in "()（）〔〕【】[]《》“”\"。！？；;，,：:!?、\n".chars() {
            assert!(!is_common_han(c), "{c:?}");
        }
        assert!(is_common_han('一') && is_common_han('牵') && is_common_han('\u{9FFF}'));
    }

    #[test]
    fn next_marked_finds_each_marked_byte_wherever_it_stands() {
        let mut tab = [false; 256];
        tab[usize::from(b'\t')] = true;
        for len in 0..20 {
            for at in 0..len {
                let mut text = vec![b'a'; len];
                text[at] = b'\t';
                assert_eq!(next_marked(&text, 0, &tab), Some(at), "{len} {at}");
                assert_eq!(next_marked(&text, at, &tab), Some(at));
                assert_eq!(next_marked(&text, at + 1, &tab), None);
            }
        }
        assert_eq!(next_marked(b"\t", 5, &tab), None);
    }

    #[test]
    fn folds_full_width_forms() {
        assert_eq!(fold('１'), '1');
        assert_eq!(fold('（'), '(');
        assert_eq!(fold('％'), '%');
        assert_eq!(fold('市'), '市');
    }

    #[test]
    fn bigrams_stop_at_punctuation() {
        let b = bigrams("加强，推进。学");
        assert_eq!(b, vec![('加', '强'), ('推', '进'), ('学', '\0')]);
    }

    #[test]
    fn dice_measures_shared_bigrams() {
        assert!((dice("审查率", "审查率") - 1.0).abs() < 1e-9);
        assert!(dice("备案后审查率", "审查率") > 0.5);
        assert_eq!(dice("培训", "座谈会"), 0.0);
        assert_eq!(dice("", "座谈会"), 0.0);
    }

    #[test]
    fn fast_paths_agree_with_the_unicode_tables() {
        for c in (0..=0xFFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn compact_drops_spaces_and_folds() {
        assert_eq!(compact("不少于 3 次（每年）"), "不少于3次(每年)");
    }
}
