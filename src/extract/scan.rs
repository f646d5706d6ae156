//! Helpers the scanners of task text share: a word at a position, a span of the text and its
//! text, and the first characters of a word list (to pass at once the positions where no word
//! can start).

/// True when `word` is written in `chars` from index `i`.
///
/// `at(&['达', '到', '9'], 0, "达到")` → `true`.
pub fn at(chars: &[char], i: usize, word: &str) -> bool {
    word.chars()
        .enumerate()
        .all(|(k, c)| chars.get(i + k) == Some(&c))
}

/// The text of `chars[from..to]`, `to` cut to the end (empty when `from` is past it), allocated
/// once.
pub fn text_of(chars: &[char], from: usize, to: usize) -> String {
    let span = chars.get(from..to.min(chars.len())).unwrap_or(&[]);
    let mut out = String::with_capacity(span.iter().map(|c| c.len_utf8()).sum());
    out.extend(span);
    out
}

/// Where something stands in a task's text: char indices `start..end` (`end` excluded).
///
/// `Span::new(2, 4).text(&['达', '到', '9', '0', '%'])` → `"90"`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Span {
    /// Char index of the first char.
    pub start: usize,
    /// Char index after the last char.
    pub end: usize,
}

impl Span {
    /// The span `start..end`.
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Its part of `items` (the chars, or a mark per char); empty when it lies outside them.
    pub fn of<T>(self, items: &[T]) -> &[T] {
        items.get(self.start..self.end).unwrap_or(&[])
    }

    /// Its text in `chars`, as [`text_of`] cuts it.
    pub fn text(self, chars: &[char]) -> String {
        text_of(chars, self.start, self.end)
    }

    /// True when the two spans share a char.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// The distinct first characters of some words, with a 1024-bit filter in front of the list.
///
/// The filter has a bit per code point modulo 1024: asked of every char of a task, it passes
/// nearly all the chars that start no word at once (a 128-bit filter let one Han char in eight
/// through to the sorted list).
#[derive(Debug, Clone, Default)]
pub struct Firsts {
    filter: [u64; 16],
    chars: Vec<char>,
}

impl Firsts {
    /// The first characters of `words` (empty words are ignored).
    pub fn of<'a>(words: impl IntoIterator<Item = &'a str>) -> Self {
        let mut chars: Vec<char> = words.into_iter().filter_map(|w| w.chars().next()).collect();
        chars.sort_unstable();
        chars.dedup();
        let mut filter = [0u64; 16];
        for &c in &chars {
            let (word, bit) = Self::slot(c);
            if let Some(w) = filter.get_mut(word) {
                *w |= bit;
            }
        }
        Firsts { filter, chars }
    }

    /// True when some word starts with `c`.
    ///
    /// `Firsts::of(["牵头单位", "责任单位"]).has('责')` → `true`.
    pub fn has(&self, c: char) -> bool {
        let (word, bit) = Self::slot(c);
        self.filter.get(word).is_some_and(|w| w & bit != 0) && self.chars.binary_search(&c).is_ok()
    }

    /// The filter word and bit of `c`: its code point modulo 1024.
    fn slot(c: char) -> (usize, u64) {
        let k = c as u32 & 1023;
        ((k >> 6) as usize, 1u64 << (k & 63))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_words_and_spans() {
        let chars: Vec<char> = "每年3月1日前".chars().collect();
        assert!(at(&chars, 0, "每年"));
        assert!(at(&chars, 2, "3月"));
        assert!(!at(&chars, 5, "日前后"));
        assert_eq!(text_of(&chars, 2, 6), "3月1日");
        assert_eq!(text_of(&chars, 5, 99), "日前");
        assert_eq!(text_of(&chars, 9, 12), "");
    }

    #[test]
    fn finds_exactly_the_first_characters() {
        let f = Firsts::of(["牵头单位", "责任单位", "", "配合"]);
        for c in ['牵', '责', '配'] {
            assert!(f.has(c), "{c}");
        }
        // Characters sharing a filter bit with a first char are still told apart by the list.
        for c in ['头', '单', '市', 'a', '1'] {
            assert!(!f.has(c), "{c}");
        }
        // Chars 1024 code points apart share a filter bit.
        for c in ['牵', '责', '配'].map(|c| char::from_u32(c as u32 + 1024).unwrap()) {
            assert!(!f.has(c), "{c}");
        }
    }

    #[test]
    fn has_is_the_first_chars_for_every_char() {
        let words = [
            "完成时限",
            "时间节点",
            "进度安排",
            "牵头单位",
            "a",
            "１项",
            "第一",
        ];
        let f = Firsts::of(words);
        for c in (0..=0x2FFFF).filter_map(char::from_u32) {
            let reference = words.iter().any(|w| w.starts_with(c));
            assert_eq!(f.has(c), reference, "U+{:04X}", c as u32);
        }
    }
}
