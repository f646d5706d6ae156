//! Encodings: bytes → `String`, by BOM, then UTF-8, then GB18030/GBK or UTF-16 without BOM.
//!
//! UTF-8 and UTF-16 are decoded with `std`. GB18030 comes from the caller through
//! [`ReadOptions`]: natively `encoding_rs` (the default), in the page the browser's own
//! `TextDecoder`, so the page ships no GB tables. Both follow the WHATWG Encoding Standard, so the
//! page and the CLI read the same text.

/// A strict GB18030 decoder: `None` when the bytes are malformed.
pub use pdfread::Gb18030Decoder;

/// How to read bytes: the decoders the core borrows from where it runs.
#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    /// The GB18030 decoder; without one (wasm without a browser) GB18030 text is not recognised.
    pub gb18030: Option<Gb18030Decoder>,
    /// The PDF reader: natively the `pdfread` crate linked in; in the page, the PDF module run
    /// in the worker. Without one, a PDF is refused with a message saying so.
    pub pdf: Option<crate::ingest::pdf::PdfReader>,
}

impl Default for ReadOptions {
    /// Natively, `encoding_rs` and the linked PDF reader; in wasm, neither (the page passes
    /// the browser's decoder and its PDF module).
    fn default() -> Self {
        #[cfg(not(target_arch = "wasm32"))]
        return ReadOptions {
            gb18030: Some(encoding_rs_gb18030),
            pdf: Some(crate::ingest::pdf::NATIVE),
        };
        #[cfg(target_arch = "wasm32")]
        ReadOptions {
            gb18030: None,
            pdf: None,
        }
    }
}

/// Strict GB18030 with `encoding_rs`.
#[cfg(not(target_arch = "wasm32"))]
fn encoding_rs_gb18030(bytes: &[u8]) -> Option<String> {
    encoding_rs::GB18030
        .decode_without_bom_handling_and_without_replacement(bytes)
        .map(|text| text.into_owned())
}

/// An encoding this stage can read, named as it is recorded in `Document.encoding`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    /// UTF-8 without BOM.
    Utf8,
    /// UTF-8 with the BOM `EF BB BF`.
    Utf8Bom,
    /// UTF-16 little endian (`FF FE` BOM, or detected).
    Utf16Le,
    /// UTF-16 big endian (`FE FF` BOM, or detected).
    Utf16Be,
    /// GB18030, which includes GBK and GB2312.
    Gb18030,
}

impl TextEncoding {
    /// The label recorded in `Document.encoding` (`utf-8`, `utf-8-bom`, `utf-16le`, …).
    pub fn label(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "utf-8",
            TextEncoding::Utf8Bom => "utf-8-bom",
            TextEncoding::Utf16Le => "utf-16le",
            TextEncoding::Utf16Be => "utf-16be",
            TextEncoding::Gb18030 => "gb18030",
        }
    }
}

/// Byte order marks, longest first, with the encoding each announces.
const BOMS: &[(&[u8], TextEncoding)] = &[
    (&[0xEF, 0xBB, 0xBF], TextEncoding::Utf8Bom),
    (&[0xFF, 0xFE], TextEncoding::Utf16Le),
    (&[0xFE, 0xFF], TextEncoding::Utf16Be),
];

/// The encoding announced by a BOM at the start of `bytes`, and the BOM's length.
pub fn sniff_bom(bytes: &[u8]) -> Option<(TextEncoding, usize)> {
    BOMS.iter()
        .find(|(bom, _)| bytes.starts_with(bom))
        .map(|(bom, enc)| (*enc, bom.len()))
}

/// Decodes `bytes` in a known encoding; `None` when the bytes are malformed in it.
///
/// A BOM matching the encoding is skipped.
pub fn decode_as(bytes: &[u8], encoding: TextEncoding, options: &ReadOptions) -> Option<String> {
    let body = match sniff_bom(bytes) {
        Some((found, len)) if found == encoding => bytes.get(len..).unwrap_or_default(),
        _ => bytes,
    };
    match encoding {
        TextEncoding::Utf8 | TextEncoding::Utf8Bom => {
            simdutf8::basic::from_utf8(body).ok().map(str::to_owned)
        }
        TextEncoding::Utf16Le => utf16(body, u16::from_le_bytes),
        TextEncoding::Utf16Be => utf16(body, u16::from_be_bytes),
        TextEncoding::Gb18030 => options.gb18030.and_then(|decode| decode(body)),
    }
}

/// Strict UTF-16: `None` for an odd length or an unpaired surrogate.
fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Option<String> {
    if !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.chunks_exact(2).map(|pair| unit([pair[0], pair[1]]));
    char::decode_utf16(units)
        .collect::<Result<String, _>>()
        .ok()
}

/// Finds the encoding of `bytes` and decodes them; `None` when no candidate reads as text.
///
/// Order: a BOM decides; else valid UTF-8 is UTF-8; else the candidate among GB18030, UTF-16LE
/// and UTF-16BE that decodes without error and reads most like Chinese text wins.
///
/// ```
/// use plandiff::ingest::encoding::{detect, TextEncoding};
/// let (gbk, _, _) = encoding_rs::GB18030.encode("一、加强学法（牵头单位：市司法局）");
/// let (text, enc) = detect(&gbk, &Default::default()).unwrap();
/// assert_eq!((text.as_str(), enc), ("一、加强学法（牵头单位：市司法局）", TextEncoding::Gb18030));
/// ```
pub fn detect(bytes: &[u8], options: &ReadOptions) -> Option<(String, TextEncoding)> {
    if let Some((encoding, _)) = sniff_bom(bytes) {
        return decode_as(bytes, encoding, options).map(|text| (text, encoding));
    }
    if let Ok(text) = simdutf8::basic::from_utf8(bytes) {
        return Some((text.to_owned(), TextEncoding::Utf8));
    }
    nearly_utf8(bytes)
        .map(|text| (text, TextEncoding::Utf8))
        .or_else(|| detect_legacy(bytes, options))
}

/// Reads UTF-8 with a few damaged bytes (a file cut mid-character, a stray byte) as UTF-8, the
/// damage replaced by U+FFFD, rather than letting GB18030 turn all of it into other characters.
///
/// GBK text read as UTF-8 is invalid almost everywhere; real UTF-8 with damage has many valid
/// multi-byte characters and only a handful of bad bytes.
fn nearly_utf8(bytes: &[u8]) -> Option<String> {
    let mut bad = 0usize;
    let mut multibyte = 0usize;
    for chunk in bytes.utf8_chunks() {
        bad += chunk.invalid().len();
        multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
    }
    if bad <= 3.max(bytes.len() / 1000) && multibyte >= 8 * bad {
        Some(String::from_utf8_lossy(bytes).into_owned())
    } else {
        None
    }
}

/// How many bytes of `bytes` are not valid UTF-8 (each is read as U+FFFD); 0 for valid UTF-8.
///
/// `invalid_utf8_bytes(b"ab\xFFc")` → 1.
pub fn invalid_utf8_bytes(bytes: &[u8]) -> usize {
    bytes.utf8_chunks().map(|chunk| chunk.invalid().len()).sum()
}

/// Chooses among the encodings that need guessing: GB18030 and BOM-less UTF-16.
///
/// GB18030 wins ties. UTF-16 must also show at least one ASCII character (a line break, a
/// digit): every real document has one, while GBK bytes misread as UTF-16 have none, since each
/// of their code units pairs two high bytes.
pub fn detect_legacy(bytes: &[u8], options: &ReadOptions) -> Option<(String, TextEncoding)> {
    let mut candidates = vec![TextEncoding::Gb18030];
    if bytes.len().is_multiple_of(2) {
        candidates.push(TextEncoding::Utf16Le);
        candidates.push(TextEncoding::Utf16Be);
    }
    let mut best: Option<(f64, String, TextEncoding)> = None;
    for enc in candidates {
        let Some(text) = decode_as(bytes, enc, options) else {
            continue;
        };
        if enc != TextEncoding::Gb18030 && !text.chars().any(|c| c.is_ascii() && c != '\0') {
            continue;
        }
        let Some(score) = chinese_score(&text) else {
            continue;
        };
        if best.as_ref().is_none_or(|(top, _, _)| score > *top) {
            best = Some((score, text, enc));
        }
    }
    best.map(|(_, text, enc)| (text, enc))
}

/// How much `text` reads like Chinese prose: the share of CJK characters among the visible ones,
/// or `None` when it has no CJK at all or more than 2% control or implausible characters (a few
/// stray NULs are tolerated, the outline stage never sees them).
fn chinese_score(text: &str) -> Option<f64> {
    let mut visible = 0usize;
    let mut cjk = 0usize;
    let mut bad = 0usize;
    for c in text.chars() {
        if matches!(c, '\n' | '\r' | '\t' | ' ') {
            continue;
        }
        visible += 1;
        if c.is_control() || is_implausible(c) {
            bad += 1;
        } else if is_cjk(c) {
            cjk += 1;
        }
    }
    if cjk == 0 || bad * 50 > visible {
        return None;
    }
    Some(cjk as f64 / visible as f64)
}

/// Ideographs, CJK punctuation and full-width forms: what Chinese plan text is mostly made of.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{3000}'..='\u{303F}'   // CJK punctuation: 、。〇「」
        | '\u{3400}'..='\u{4DBF}' // extension A
        | '\u{4E00}'..='\u{9FFF}' // unified ideographs
        | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
        | '\u{FF00}'..='\u{FFEF}' // full-width forms: （），：；
        | '\u{2460}'..='\u{24FF}' // enclosed numbers ①
        | '\u{2010}'..='\u{2027}' // dashes, quotes “ ”, ellipsis …
    )
}

/// Code points that show a wrong guess: private use, surrogate-adjacent specials, Hangul and
/// rare blocks that GBK bytes land in when read as UTF-16.
fn is_implausible(c: char) -> bool {
    matches!(c,
        '\u{E000}'..='\u{F8FF}'
        | '\u{AC00}'..='\u{D7FF}'
        | '\u{A000}'..='\u{ABFF}'
        | '\u{FFF0}'..='\u{FFFF}'
        | '\u{0080}'..='\u{009F}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str =
        "一、加强学法用法\n（一）每年举办法治讲座不少于4次。（牵头单位：示例市司法局）\n";

    fn utf16(text: &str, little: bool) -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| {
                if little {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                }
            })
            .collect()
    }

    #[test]
    fn each_bom_names_its_encoding() {
        for (bom, encoding) in BOMS {
            let mut bytes = bom.to_vec();
            bytes.extend(match encoding {
                TextEncoding::Utf8Bom => SAMPLE.as_bytes().to_vec(),
                TextEncoding::Utf16Le => utf16(SAMPLE, true),
                _ => utf16(SAMPLE, false),
            });
            assert_eq!(
                detect(&bytes, &ReadOptions::default()),
                Some((SAMPLE.to_string(), *encoding))
            );
        }
    }

    #[test]
    fn plain_utf8_is_utf8() {
        assert_eq!(
            detect(SAMPLE.as_bytes(), &ReadOptions::default()),
            Some((SAMPLE.to_string(), TextEncoding::Utf8))
        );
    }

    #[test]
    fn gbk_without_bom_is_gb18030() {
        let (bytes, _, _) = encoding_rs::GB18030.encode(SAMPLE);
        assert!(std::str::from_utf8(&bytes).is_err());
        assert_eq!(
            detect(&bytes, &ReadOptions::default()),
            Some((SAMPLE.to_string(), TextEncoding::Gb18030))
        );
    }

    #[test]
    fn utf8_with_a_few_damaged_bytes_stays_utf8() {
        let mut cut = SAMPLE.as_bytes().to_vec();
        cut.pop();
        cut.pop(); // the final newline and half of the last character
        let (text, enc) = detect(&cut, &ReadOptions::default()).unwrap();
        assert_eq!(enc, TextEncoding::Utf8);
        assert!(text.starts_with("一、加强学法用法\n（一）"));
        let mut stray = SAMPLE.as_bytes().to_vec();
        stray.insert(9, 0xFF); // between two characters
        let (text, enc) = detect(&stray, &ReadOptions::default()).unwrap();
        assert_eq!(enc, TextEncoding::Utf8);
        assert_eq!(text.replace('\u{FFFD}', ""), SAMPLE);
    }

    #[test]
    fn utf16_without_bom_is_found_both_ways() {
        assert_eq!(
            detect(&utf16(SAMPLE, true), &ReadOptions::default()),
            Some((SAMPLE.to_string(), TextEncoding::Utf16Le))
        );
        assert_eq!(
            detect(&utf16(SAMPLE, false), &ReadOptions::default()),
            Some((SAMPLE.to_string(), TextEncoding::Utf16Be))
        );
    }

    #[test]
    fn random_high_bytes_are_not_text() {
        let bytes: Vec<u8> = (0..400u32).map(|i| (i * 37 % 256) as u8).collect();
        assert_eq!(detect(&bytes, &ReadOptions::default()), None);
    }

    #[test]
    fn a_bom_with_broken_body_is_refused() {
        assert_eq!(
            detect(
                &[0xEF, 0xBB, 0xBF, 0xFF, 0xFE, 0x80],
                &ReadOptions::default()
            ),
            None
        );
        // An odd trailing byte cannot be UTF-16.
        assert_eq!(
            detect(&[0xFF, 0xFE, 0x2D, 0x4E, 0x2D], &ReadOptions::default()),
            None
        );
    }
}
