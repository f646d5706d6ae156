//! Text in traditional characters, or with pinyin glosses, read as the simplified text the rest of
//! the pipeline knows: 繁→简 one character for one (`fast2s`), `發(fā)` glosses dropped.
//!
//! The conversion never changes a text's length in characters, so what the analysis reads and what
//! the document says line up character for character; [`Converted::original_chars`] keeps, for each
//! simplified character, the document's own character, so views can show the original.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};

use crate::model::OriginalChar;

use super::encoding::is_cjk;

/// A document read into simplified characters.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Converted {
    /// The text in simplified characters, as long (in characters) as the original.
    pub text: String,
    /// Each simplified character the conversion wrote, with the original character it stood for
    /// most often in this document; sorted by `simplified`.
    pub original_chars: Vec<OriginalChar>,
    /// How many characters were converted.
    pub converted: usize,
}

/// Characters that Chinese plan text does not hold but text read in the wrong encoding does:
/// UTF-8 read as GBK (`锛` of `（`, `銆` of `、`/`。`, `鈥` of `“`, `鐨` of `的`, `鏄` of `是`,
/// `鍦` of `在`). Bopomofo letters, the signature of GBK read one byte off, are told by range.
const MOJIBAKE_CHARS: &[char] = &['锛', '銆', '鈥', '鐨', '鏄', '鍦'];

/// Characters shown around the first sign of garbled text in [`mojibake_sample`].
const MOJIBAKE_CONTEXT: usize = 4;

/// A short piece of `text` around its first character that only garbled text holds (a word
/// read in the wrong encoding, `?。ㄒ唬` for `（一）`), or `None` when it holds none.
pub fn mojibake_sample(text: &str) -> Option<String> {
    let telltale = |c: char| {
        ('\u{3105}'..='\u{312F}').contains(&c)
            || ('\u{31A0}'..='\u{31BF}').contains(&c)
            || MOJIBAKE_CHARS.contains(&c)
    };
    // Searched as bytes (a plan is read whole here, and holds none of them): each character's
    // UTF-8, and the two lead bytes of the bopomofo blocks, each hit then told by its char.
    let bytes = text.as_bytes();
    let chars = MOJIBAKE_CHARS.iter().filter_map(|c| {
        let mut buf = [0u8; 4];
        memchr::memmem::find(bytes, c.encode_utf8(&mut buf).as_bytes())
    });
    let letters = [[0xE3u8, 0x84], [0xE3, 0x86]]
        .into_iter()
        .filter_map(|lead| {
            memchr::memmem::find_iter(bytes, &lead).find(|&i| {
                text.get(i..)
                    .and_then(|r| r.chars().next())
                    .is_some_and(telltale)
            })
        });
    let at = chars.chain(letters).min()?;
    let before: Vec<char> = text[..at].chars().rev().take(MOJIBAKE_CONTEXT).collect();
    let sample: String = (before.into_iter().rev())
        .chain(text[at..].chars().take(MOJIBAKE_CONTEXT + 1))
        .filter(|c| !c.is_whitespace())
        .collect();
    Some(sample)
}

/// The share of ideographs that must differ in simplified form before a document is taken as
/// written in traditional characters: 1 in 20. A simplified plan differs in almost none (a
/// quoted name or two), a traditional one in about a quarter.
const TRADITIONAL_SHARE: usize = 20;

/// At least this many characters must differ, so that a few quoted names never convert a text.
const TRADITIONAL_MIN: usize = 3;

/// How much of a longer text is looked at first (bytes): enough for a title and a few tasks.
const HEAD_BYTES: usize = 6000;

/// How much of a text the gate of [`is_frequent_traditional`] reads (bytes): a page's opening,
/// chrome included, always shows some of those characters when it is traditional.
const GATE_BYTES: usize = 3000;

/// `text` in simplified characters when it is written in traditional ones, else `None`.
///
/// ```
/// use plandiff::ingest::script::to_simplified;
/// let read = to_simplified("（市司法局牽頭，各區政府落實）").unwrap();
/// assert_eq!(read.text, "（市司法局牵头，各区政府落实）");
/// assert!(to_simplified("（市司法局牵头，显著提高）").is_none());
/// ```
pub fn to_simplified(text: &str) -> Option<Converted> {
    // A look at the opening first: most documents are simplified, and this runs on every one.
    let head = &text[..text.floor_char_boundary(HEAD_BYTES)];
    if !text[..text.floor_char_boundary(GATE_BYTES)]
        .chars()
        .any(is_frequent_traditional)
    {
        return None;
    }
    if head.len() < text.len() && !is_traditional(head, &convert(head)).0 {
        return None;
    }
    let simplified = convert(text);
    let (traditional, converted) = is_traditional(text, &simplified);
    if !traditional {
        return None;
    }
    let pairs = || text.chars().zip(simplified.chars());
    let written: BTreeSet<char> = pairs().filter(|(o, s)| o != s).map(|(_, s)| s).collect();
    let mut seen: BTreeMap<char, BTreeMap<char, usize>> = BTreeMap::new();
    // Characters already simplified count too: they tell which original is the usual one.
    for (original, simple) in pairs().filter(|(_, s)| written.contains(s)) {
        *seen.entry(simple).or_default().entry(original).or_default() += 1;
    }
    let original_chars = seen
        .into_iter()
        .filter_map(|(simplified, originals)| {
            // The most frequent original; on a tie, the first in code point order (stable).
            let (original, _) = originals.into_iter().fold(
                None,
                |best: Option<(char, usize)>, (c, n)| match best {
                    Some((_, m)) if m >= n => best,
                    _ => Some((c, n)),
                },
            )?;
            (original != simplified).then_some(OriginalChar {
                simplified,
                original,
            })
        })
        .collect();
    Some(Converted {
        text: simplified,
        original_chars,
        converted,
    })
}

/// Variant forms `fast2s` leaves as they are (`羣众`, `峯值`), with their simplified forms: a
/// supplement to its table, one for one.
const VARIANTS: &[(char, char)] = &[
    ('羣', '群'),
    ('峯', '峰'),
    ('値', '值'),
    ('敎', '教'),
    ('眞', '真'),
    ('淸', '清'),
    ('靑', '青'),
    ('冐', '冒'),
    ('晩', '晚'),
    ('卽', '即'),
    ('旣', '既'),
    ('槪', '概'),
    ('涙', '泪'),
    ('鑛', '矿'),
];

/// Words whose `覆` is `复` in simplified text (`回覆` → `回复`; `覆盖` keeps it, also after one
/// of them: `审批覆盖`).
const FU_WORDS: &[&str] = &[
    "回覆", "答覆", "批覆", "函覆", "反覆", "覆核", "覆议", "覆查",
];

/// `text` in simplified characters one for one: `fast2s`, then the variants and words it
/// leaves ([`VARIANTS`], [`FU_WORDS`]).
fn convert(text: &str) -> String {
    let out: String = fast2s::convert(text)
        .chars()
        .map(|c| match VARIANTS.iter().find(|(v, _)| *v == c) {
            Some(&(_, simple)) => simple,
            None => c,
        })
        .collect();
    if !out.contains('覆') {
        return out;
    }
    let chars: Vec<char> = out.chars().collect();
    let mut fixed = chars.clone();
    for (k, _) in chars.iter().enumerate().filter(|&(_, &c)| c == '覆') {
        let covers = chars.get(k + 1) == Some(&'盖');
        let in_word = FU_WORDS.iter().any(|w| {
            let w: Vec<char> = w.chars().collect();
            let at = w.iter().position(|&c| c == '覆').unwrap_or(0);
            k >= at && chars.get(k - at..k - at + w.len()) == Some(&w[..])
        });
        if in_word && !covers {
            fixed[k] = '复';
        }
    }
    fixed.into_iter().collect()
}

/// `text` in simplified characters, one for one, whatever it is written in (for a short piece of
/// a document already found to be traditional, such as its page title).
pub fn simplify(text: &str) -> String {
    convert(text)
}

/// Whether `text`, converted to `simplified`, is written in traditional characters; and how many
/// characters differ.
fn is_traditional(text: &str, simplified: &str) -> (bool, usize) {
    let (mut ideographs, mut converted) = (0, 0);
    for (original, simple) in text.chars().zip(simplified.chars()) {
        if is_cjk(original) {
            ideographs += 1;
            converted += usize::from(original != simple);
        }
    }
    (is_traditional_count(converted, ideographs), converted)
}

/// Whether `c` is one of the most frequent characters of traditional-character government text
/// that simplified text never uses. Only a gate, so that a simplified document never pays for
/// loading the conversion table (about 1.6 M instructions); the table decides.
fn is_frequent_traditional(c: char) -> bool {
    matches!(
        c,
        '們' | '這'
            | '國'
            | '為'
            | '與'
            | '發'
            | '時'
            | '會'
            | '對'
            | '業'
            | '關'
            | '點'
            | '個'
            | '來'
            | '說'
            | '學'
            | '過'
            | '還'
            | '區'
            | '級'
            | '縣'
            | '實'
            | '務'
            | '體'
            | '產'
            | '經'
            | '設'
            | '調'
            | '規'
            | '員'
            | '項'
            | '機'
            | '進'
            | '導'
            | '責'
            | '單'
            | '開'
            | '門'
            | '問'
            | '間'
            | '動'
            | '現'
            | '種'
            | '當'
            | '將'
            | '應'
            | '並'
            | '報'
            | '場'
            | '處'
            | '議'
            | '條'
            | '廣'
            | '價'
            | '農'
            | '數'
            | '監'
            | '頭'
            | '協'
            | '辦'
            | '據'
    )
}

/// Whether `converted` differing characters among `ideographs` make a traditional text.
fn is_traditional_count(converted: usize, ideographs: usize) -> bool {
    converted >= TRADITIONAL_MIN && converted * TRADITIONAL_SHARE >= ideographs
}

/// Whether `c` is a vowel with a tone mark: what tells a pinyin gloss from a bracketed letter.
fn is_toned(c: char) -> bool {
    matches!(
        c,
        'ā' | 'á'
            | 'ǎ'
            | 'à'
            | 'ē'
            | 'é'
            | 'ě'
            | 'è'
            | 'ī'
            | 'í'
            | 'ǐ'
            | 'ì'
            | 'ō'
            | 'ó'
            | 'ǒ'
            | 'ò'
            | 'ū'
            | 'ú'
            | 'ǔ'
            | 'ù'
            | 'ǖ'
            | 'ǘ'
            | 'ǚ'
            | 'ǜ'
            | 'ń'
            | 'ň'
            | 'ǹ'
            | 'ḿ'
    )
}

/// The longest pinyin syllable with its tone mark (`zhuàng`, `shuāng`).
const SYLLABLE_MAX: usize = 6;

/// `text` without the pinyin glosses some pages put after a character (`發(fā)展`, `重（zhòng）要`),
/// and how many were dropped. A gloss is one toned syllable in brackets right after an ideograph.
///
/// ```
/// use plandiff::ingest::script::strip_glosses;
/// assert_eq!(strip_glosses("發(fā)展重（zhòng）點"), ("發展重點".into(), 2));
/// assert_eq!(strip_glosses("附件(a)和（三）"), ("附件(a)和（三）".into(), 0));
/// ```
pub fn strip_glosses(text: &str) -> (Cow<'_, str>, usize) {
    // Toned vowels are Latin letters of U+00E0–U+01FF (UTF-8 lead bytes C3–C7) or `ḿ`:
    // Chinese text has none of those bytes, so most documents are passed over in one scan.
    let latin = |chunk: &[u8]| {
        chunk
            .iter()
            .fold(false, |any, b| any | (0xC3..=0xC7).contains(b))
    };
    let maybe = text.as_bytes().chunks(256).any(latin) || text.contains('ḿ');
    if !maybe {
        return (Cow::Borrowed(text), 0);
    }
    let mut out = String::with_capacity(text.len());
    let mut dropped = 0;
    let mut prev = '\n';
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if matches!(c, '(' | '（') && is_ideograph(prev) {
            if let Some(len) = gloss_len(&rest[c.len_utf8()..]) {
                rest = &rest[c.len_utf8() + len..];
                dropped += 1;
                continue;
            }
        }
        out.push(c);
        prev = c;
        rest = &rest[c.len_utf8()..];
    }
    (Cow::Owned(out), dropped)
}

/// The byte length of `fā)` (a toned syllable and its closing bracket) at the start of `s`.
fn gloss_len(s: &str) -> Option<usize> {
    let mut toned = false;
    for (count, (i, c)) in s.char_indices().enumerate() {
        if matches!(c, ')' | '）') {
            return (toned && count > 0).then_some(i + c.len_utf8());
        }
        if count >= SYLLABLE_MAX {
            return None;
        }
        if is_toned(c) {
            toned = true;
        } else if !matches!(c, 'a'..='z' | 'ü') {
            return None;
        }
    }
    None
}

/// Whether `c` is a Han ideograph (not punctuation or a full-width form).
fn is_ideograph(c: char) -> bool {
    is_cjk(c)
        && !matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}' | '\u{2460}'..='\u{24FF}' | '\u{2010}'..='\u{2027}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbled_text_is_shown_by_its_first_sign() {
        // UTF-8 read as GBK: `（一）` → `锛堜竴锛`.
        assert_eq!(
            mojibake_sample("二、工作任务\n锛堜竴锛夊姞寮").as_deref(),
            Some("作任务锛堜竴锛夊")
        );
        // Plain plans, traditional ones and pinyin glosses hold no such character.
        for clean in [
            "（一）推进依法行政。（市司法局牵头）",
            "（一）推進依法行政。（市司法局牽頭）",
            "發(fā)展目標，“十四五”时期",
        ] {
            assert_eq!(mojibake_sample(clean), None, "{clean}");
        }
    }

    #[test]
    fn conversion_keeps_the_length_and_remembers_the_originals() {
        let text = "二、發展目標\n（一）推進依法行政。（市司法局牽頭，各區政府負責）\n（二）發展數字政府。";
        let read = to_simplified(text).unwrap();
        assert_eq!(read.text.chars().count(), text.chars().count());
        assert!(read.text.contains("推进依法行政"));
        assert!(read.text.contains("市司法局牵头，各区政府负责"));
        let original = |s: char| {
            read.original_chars
                .iter()
                .find(|o| o.simplified == s)
                .map(|o| o.original)
        };
        assert_eq!(original('发'), Some('發'));
        assert_eq!(original('头'), Some('頭'));
        // Characters the same in both forms are not listed.
        assert_eq!(original('市'), None);
    }

    #[test]
    fn simplified_text_with_a_quoted_name_is_left_alone() {
        let plan = "（一）显著提高著作权保护水平，总结推广基层经验。（市司法局牵头）".repeat(4);
        let text = format!("{plan}（五）学习臺灣地区调解经验。");
        assert!(to_simplified(&text).is_none());
    }

    #[test]
    fn the_usual_original_wins_when_two_stand_for_one() {
        // 後 four times, 后 (kept as itself) once: 后 shows as 後.
        let read = to_simplified("之後、之後、然後、此後、皇后、發展、會議").unwrap();
        let back = read.original_chars.iter().find(|o| o.simplified == '后');
        assert_eq!(back.map(|o| o.original), Some('後'));
    }

    #[test]
    fn glosses_need_a_tone_and_an_ideograph_before() {
        assert_eq!(strip_glosses("重(zhòng)要").0, "重要");
        assert_eq!(strip_glosses("重(zhong)要").0, "重(zhong)要");
        assert_eq!(strip_glosses("a(fā)").0, "a(fā)");
        assert_eq!(strip_glosses("（fā）").0, "（fā）");
        assert_eq!(strip_glosses("重(zhuàngzhuàng)").0, "重(zhuàngzhuàng)");
        assert_eq!(strip_glosses("發(fā").0, "發(fā");
    }
}
