//! A PDF font as the text reader needs it: the bytes of a shown string → its text, and how far
//! it moves the pen (so that the next string, and the line's right edge, land where they print).
//!
//! | font | text from |
//! |---|---|
//! | any with `/ToUnicode` | the map (lopdf's CMap parser): embedded subsets, `Identity-H` |
//! | Type0 with `UniGB-UCS2-H`, `UniGB-UTF16-H` | UTF-16BE |
//! | Type0 with `GBK-EUC-H`, `GBpc-EUC-H`, `GBK2K-H` | GB18030 (`ReadOptions`: `encoding_rs` natively, the browser's decoder in the page) |
//! | simple fonts | their `/Encoding` (WinAnsi, Differences, …) through lopdf |
//! | `Identity-H` without `/ToUnicode` | nothing: the codes are Adobe-GB1 glyph ids, and their table to Unicode is not carried (counted, and said) |

use lopdf::{Dictionary, Document, Encoding, Object};

use crate::Gb18030Decoder;

/// Most bytes a `/ToUnicode` map may inflate to (real ones are a few KB).
const MAX_CMAP: usize = 4 * 1024 * 1024;

/// How a font turns string bytes into text.
enum Decoder<'a> {
    Lopdf(Encoding<'a>),
    Utf16Be,
    Gb18030(Option<Gb18030Decoder>),
    /// Glyph ids with no way back to characters.
    Unmapped,
}

/// How many bytes make one character code.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Codes {
    One,
    Two,
    /// GBK: one byte below 0x80, else two.
    Gbk,
}

/// A font's advance widths, in thousandths of an em.
enum Widths {
    Simple {
        first: u32,
        widths: Vec<f32>,
        missing: f32,
    },
    Cid {
        default: f32,
        ranges: Vec<(u32, u32, f32)>,
        /// Whether codes are CIDs (`Identity-H`); else widths are guessed from the text.
        identity: bool,
    },
}

/// A font ready to decode shown strings.
pub struct Font<'a> {
    decoder: Decoder<'a>,
    codes: Codes,
    widths: Widths,
}

/// What one shown string gives: its text, its advance (text space, before the font size) and
/// how many codes and word spaces it has.
pub struct Shown {
    /// The characters, as read.
    pub text: String,
    /// Sum of the glyph widths, in em.
    pub width: f32,
    /// Character codes shown (for the character spacing `Tc`).
    pub codes: usize,
    /// Single-byte code 32 shown (for the word spacing `Tw`).
    pub spaces: usize,
    /// Codes that could not be read as characters.
    pub unmapped: usize,
}

impl<'a> Font<'a> {
    /// The font of dictionary `dict`.
    pub fn new(doc: &'a Document, dict: &'a Dictionary, gb18030: Option<Gb18030Decoder>) -> Self {
        let subtype = name(doc, dict, b"Subtype").unwrap_or_default();
        let encoding = name(doc, dict, b"Encoding").unwrap_or_default();
        let is_type0 = subtype == b"Type0";
        let codes = if !is_type0 {
            Codes::One
        } else if is_gbk_cmap(&encoding) {
            Codes::Gbk
        } else {
            Codes::Two
        };
        let decoder = decoder(doc, dict, &encoding, is_type0, gb18030);
        let widths = if is_type0 {
            cid_widths(doc, dict, encoding.starts_with(b"Identity"))
        } else {
            simple_widths(doc, dict)
        };
        Font {
            decoder,
            codes,
            widths,
        }
    }

    /// Reads a shown string: `<4E00 4E8C>` in a UCS-2 font → `一二`, width 2 em.
    pub fn show(&self, bytes: &[u8]) -> Shown {
        let mut width = 0.0;
        let mut codes = 0;
        let mut spaces = 0;
        let mut text = self.decode(bytes);
        let mut at = 0;
        while at < bytes.len() {
            let len = match self.codes {
                Codes::One => 1,
                Codes::Two => 2,
                Codes::Gbk if bytes[at] < 0x80 => 1,
                Codes::Gbk => 2,
            }
            .min(bytes.len() - at);
            let code = bytes[at..at + len]
                .iter()
                .fold(0u32, |c, b| (c << 8) | u32::from(*b));
            if len == 1 && code == 32 {
                spaces += 1;
            }
            width += self.width(code, len);
            codes += 1;
            at += len;
        }
        let unmapped = match self.decoder {
            Decoder::Unmapped => codes,
            _ => text.chars().filter(|c| *c == '\u{FFFD}').count(),
        };
        text.retain(|c| c != '\u{FFFD}' && c != '\0');
        Shown {
            text,
            width: width / 1000.0,
            codes,
            spaces,
            unmapped,
        }
    }

    fn decode(&self, bytes: &[u8]) -> String {
        match &self.decoder {
            Decoder::Lopdf(encoding) => encoding.bytes_to_string(bytes).unwrap_or_default(),
            Decoder::Utf16Be => {
                let units = bytes
                    .chunks_exact(2)
                    .map(|p| u16::from_be_bytes([p[0], p[1]]));
                char::decode_utf16(units)
                    .map(|c| c.unwrap_or('\u{FFFD}'))
                    .collect()
            }
            Decoder::Gb18030(Some(decode)) => decode(bytes).unwrap_or_default(),
            Decoder::Gb18030(None) | Decoder::Unmapped => String::new(),
        }
    }

    /// The advance of one code, in thousandths of an em.
    fn width(&self, code: u32, len: usize) -> f32 {
        match &self.widths {
            Widths::Simple {
                first,
                widths,
                missing,
            } => code
                .checked_sub(*first)
                .and_then(|i| widths.get(i as usize))
                .copied()
                .unwrap_or(*missing),
            Widths::Cid {
                default,
                ranges,
                identity: true,
            } => ranges
                .iter()
                .find(|(from, to, _)| (*from..=*to).contains(&code))
                .map_or(*default, |(_, _, w)| *w),
            // Predefined CMaps map codes to CIDs through tables not carried: a full-width
            // character is 1 em, an ASCII one half.
            Widths::Cid { .. } => {
                if len == 1 || code < 0x80 {
                    500.0
                } else {
                    1000.0
                }
            }
        }
    }
}

/// Whether `cmap` is a predefined CMap whose codes are GBK bytes.
fn is_gbk_cmap(cmap: &[u8]) -> bool {
    matches!(
        cmap,
        b"GBK-EUC-H" | b"GBK-EUC-V" | b"GBpc-EUC-H" | b"GBpc-EUC-V" | b"GBK2K-H" | b"GBK2K-V"
    ) || cmap.starts_with(b"GB-EUC")
}

fn decoder<'a>(
    doc: &'a Document,
    dict: &'a Dictionary,
    encoding: &[u8],
    is_type0: bool,
    gb18030: Option<Gb18030Decoder>,
) -> Decoder<'a> {
    if dict.has(b"ToUnicode") {
        if let Some(map) = to_unicode(doc, dict) {
            return map;
        }
    }
    match encoding {
        b"UniGB-UCS2-H" | b"UniGB-UCS2-V" | b"UniGB-UTF16-H" | b"UniGB-UTF16-V" => Decoder::Utf16Be,
        e if is_gbk_cmap(e) => Decoder::Gb18030(gb18030),
        _ if is_type0 => Decoder::Unmapped,
        _ => dict
            .get_font_encoding_with_limit(doc, MAX_CMAP)
            .map_or(Decoder::Unmapped, Decoder::Lopdf),
    }
}

/// The font's `/ToUnicode` map. lopdf reads `/Encoding` first and the map only without one, so
/// the map is read from a copy of the font without its `/Encoding`.
fn to_unicode<'a>(doc: &Document, dict: &Dictionary) -> Option<Decoder<'a>> {
    let mut bare = Dictionary::new();
    bare.set("Type", Object::Name(b"Font".to_vec()));
    bare.set("ToUnicode", dict.get(b"ToUnicode").ok()?.clone());
    match bare.get_font_encoding_with_limit(doc, MAX_CMAP).ok()? {
        Encoding::UnicodeMapEncoding(map) => {
            Some(Decoder::Lopdf(Encoding::UnicodeMapEncoding(map)))
        }
        _ => None,
    }
}

fn simple_widths(doc: &Document, dict: &Dictionary) -> Widths {
    let first = number(doc, dict.get(b"FirstChar").ok())
        .unwrap_or(0.0)
        .max(0.0) as u32;
    let widths = array(doc, dict.get(b"Widths").ok())
        .map(|a| {
            a.iter()
                .map(|w| number(doc, Some(w)).unwrap_or(0.0))
                .collect()
        })
        .unwrap_or_default();
    let missing = deref(doc, dict.get(b"FontDescriptor").ok())
        .and_then(|d| d.as_dict().ok())
        .and_then(|d| number(doc, d.get(b"MissingWidth").ok()))
        .unwrap_or(500.0);
    Widths::Simple {
        first,
        widths,
        missing,
    }
}

/// Most entries of a `/W` array read (a CJK font lists a few thousand).
const MAX_W_ENTRIES: usize = 100_000;

fn cid_widths(doc: &Document, dict: &Dictionary, identity: bool) -> Widths {
    let descendant = array(doc, dict.get(b"DescendantFonts").ok())
        .and_then(|a| a.first())
        .and_then(|d| deref(doc, Some(d)))
        .and_then(|d| d.as_dict().ok());
    let default = descendant
        .and_then(|d| number(doc, d.get(b"DW").ok()))
        .unwrap_or(1000.0);
    let mut ranges = Vec::new();
    if let Some(w) = descendant.and_then(|d| array(doc, d.get(b"W").ok())) {
        // [c [w1 w2 …]] or [c_first c_last w]
        let mut items = w.iter().take(MAX_W_ENTRIES);
        while let Some(first) = items.next().and_then(|o| number(doc, Some(o))) {
            let first = first.max(0.0) as u32;
            match items.next().map(|o| deref(doc, Some(o))) {
                Some(Some(Object::Array(list))) => {
                    for (i, w) in list.iter().take(MAX_W_ENTRIES).enumerate() {
                        let code = first.saturating_add(i as u32);
                        ranges.push((code, code, number(doc, Some(w)).unwrap_or(default)));
                    }
                }
                Some(Some(last)) => {
                    let last = number(doc, Some(last)).unwrap_or(0.0).max(0.0) as u32;
                    let width = items
                        .next()
                        .and_then(|o| number(doc, Some(o)))
                        .unwrap_or(default);
                    ranges.push((first, last, width));
                }
                _ => break,
            }
        }
    }
    Widths::Cid {
        default,
        ranges,
        identity,
    }
}

/// `object`, followed through one reference.
pub fn deref<'a>(doc: &'a Document, object: Option<&'a Object>) -> Option<&'a Object> {
    match object? {
        Object::Reference(id) => doc.get_object(*id).ok(),
        other => Some(other),
    }
}

/// A number (integer or real), through a reference.
pub fn number(doc: &Document, object: Option<&Object>) -> Option<f32> {
    match deref(doc, object)? {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

fn array<'a>(doc: &'a Document, object: Option<&'a Object>) -> Option<&'a Vec<Object>> {
    deref(doc, object)?.as_array().ok()
}

fn name(doc: &Document, dict: &Dictionary, key: &[u8]) -> Option<Vec<u8>> {
    deref(doc, dict.get(key).ok())?
        .as_name()
        .ok()
        .map(<[u8]>::to_vec)
}
