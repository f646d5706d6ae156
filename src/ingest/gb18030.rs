//! GB18030 (so also GBK and GB2312) decoding, strict: bytes → text, or `None` at the first
//! malformed sequence. The WHATWG decoder, with its two tables stored compactly.
//!
//! Why not `encoding_rs` here: its decode API dispatches over every encoding it has, so any
//! decode call links all of them (measured: ~115 KB gzip of wasm, half the page's budget),
//! whichever static is named. These tables cost ~17 KB. They were generated from `encoding_rs`
//! (test `regenerate_tables`, ignored) and a test checks every sequence against it.

use std::sync::OnceLock;

/// The two-byte index (126 lead bytes × 190 trail bytes → BMP code point, 0 for none), as
/// little-endian `i16` differences between neighbours, deflated.
const TWO_BYTE: &[u8] = include_bytes!("gb18030_two_byte.bin");
/// Entries in the two-byte index.
const TWO_BYTE_LEN: usize = 126 * 190;
/// The four-byte ranges of the BMP: little-endian `u32` pairs (first pointer, its code point),
/// each run of consecutive code points one pair; code point `UNMAPPED` for a run of none.
const RANGES: &[u8] = include_bytes!("gb18030_ranges.bin");
/// Last four-byte pointer inside the BMP; supplementary planes start at `SUPPLEMENTARY`.
const LAST_BMP_POINTER: u32 = 39419;
const SUPPLEMENTARY: u32 = 189_000;
const LAST_POINTER: u32 = 1_237_575;
const UNMAPPED: u32 = u32::MAX;

fn two_byte_index() -> &'static [u16] {
    static TABLE: OnceLock<Vec<u16>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let deltas = miniz_oxide::inflate::decompress_to_vec_with_limit(TWO_BYTE, TWO_BYTE_LEN * 2)
            .unwrap_or_default();
        let mut previous = 0u16;
        deltas
            .chunks_exact(2)
            .map(|pair| {
                previous = previous.wrapping_add(u16::from_le_bytes([pair[0], pair[1]]));
                previous
            })
            .collect()
    })
}

fn ranges() -> &'static [(u32, u32)] {
    static TABLE: OnceLock<Vec<(u32, u32)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        RANGES
            .chunks_exact(8)
            .map(|c| {
                (
                    u32::from_le_bytes([c[0], c[1], c[2], c[3]]),
                    u32::from_le_bytes([c[4], c[5], c[6], c[7]]),
                )
            })
            .collect()
    })
}

/// The character of a four-byte sequence's pointer.
fn four_byte(pointer: u32) -> Option<char> {
    if pointer > LAST_POINTER || (pointer > LAST_BMP_POINTER && pointer < SUPPLEMENTARY) {
        return None;
    }
    if pointer >= SUPPLEMENTARY {
        return char::from_u32(0x10000 + pointer - SUPPLEMENTARY);
    }
    let table = ranges();
    let at = table.partition_point(|(first, _)| *first <= pointer);
    let (first, code) = *table.get(at.checked_sub(1)?)?;
    if code == UNMAPPED {
        return None;
    }
    char::from_u32(code.checked_add(pointer - first)?)
}

/// Decodes GB18030 bytes; `None` when any sequence is malformed or unmapped.
///
/// ```
/// use plandiff::ingest::gb18030::decode;
/// assert_eq!(decode(b"\xD2\xBB\xA1\xA2a\x81\x30\x81\x30").as_deref(), Some("一、a\u{80}"));
/// assert_eq!(decode(b"\xD2"), None);
/// ```
pub fn decode(bytes: &[u8]) -> Option<String> {
    let index = two_byte_index();
    let mut out = String::with_capacity(bytes.len() + bytes.len() / 2);
    let mut rest = bytes;
    while let Some((&first, tail)) = rest.split_first() {
        match first {
            0x00..=0x7F => {
                out.push(char::from(first));
                rest = tail;
            }
            0x80 => {
                out.push('\u{20AC}');
                rest = tail;
            }
            0x81..=0xFE => {
                let lead = u32::from(first - 0x81);
                match *tail {
                    [second @ 0x30..=0x39, third @ 0x81..=0xFE, fourth @ 0x30..=0x39, ..] => {
                        let pointer = ((lead * 10 + u32::from(second - 0x30)) * 126
                            + u32::from(third - 0x81))
                            * 10
                            + u32::from(fourth - 0x30);
                        out.push(four_byte(pointer)?);
                        rest = &tail[3..];
                    }
                    [second @ (0x40..=0x7E | 0x80..=0xFE), ..] => {
                        let offset = if second < 0x7F { 0x40 } else { 0x41 };
                        let pointer = lead as usize * 190 + usize::from(second - offset);
                        let code = *index.get(pointer)?;
                        if code == 0 {
                            return None;
                        }
                        out.push(char::from_u32(u32::from(code))?);
                        rest = &tail[1..];
                    }
                    _ => return None,
                }
            }
            0xFF => return None,
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(bytes: &[u8]) -> Option<String> {
        encoding_rs::GB18030
            .decode_without_bom_handling_and_without_replacement(bytes)
            .map(|c| c.into_owned())
    }

    fn pointer_bytes(pointer: u32) -> [u8; 4] {
        [
            (pointer / 12600 + 0x81) as u8,
            (pointer / 1260 % 10 + 0x30) as u8,
            (pointer / 10 % 126 + 0x81) as u8,
            (pointer % 10 + 0x30) as u8,
        ]
    }

    #[test]
    fn every_two_byte_sequence_matches_encoding_rs() {
        for lead in 0x81..=0xFEu8 {
            for trail in 0..=0xFFu8 {
                let bytes = [lead, trail];
                assert_eq!(decode(&bytes), reference(&bytes), "{bytes:02X?}");
            }
        }
    }

    #[test]
    fn every_four_byte_bmp_sequence_matches_encoding_rs() {
        for pointer in 0..=LAST_BMP_POINTER + 20 {
            let bytes = pointer_bytes(pointer);
            assert_eq!(decode(&bytes), reference(&bytes), "{pointer}");
        }
    }

    #[test]
    fn supplementary_and_edges_match_encoding_rs() {
        for pointer in (SUPPLEMENTARY - 5..SUPPLEMENTARY + 5)
            .chain((SUPPLEMENTARY..LAST_POINTER).step_by(997))
            .chain(LAST_POINTER - 3..LAST_POINTER + 3)
        {
            let bytes = pointer_bytes(pointer);
            assert_eq!(decode(&bytes), reference(&bytes), "{pointer}");
        }
        for bytes in [
            &b"\x80"[..],
            b"\xFF",
            b"\x81\x30",
            b"\x81\x30\x81",
            b"\x81\x7F",
            b"a\x81",
        ] {
            assert_eq!(decode(bytes), reference(bytes), "{bytes:02X?}");
        }
    }

    #[test]
    fn a_plan_reads_back() {
        let text = "一、加强学法（牵头单位：示例市司法局；责任单位：各区）\n报备率达100%€𠀀";
        let (bytes, _, _) = encoding_rs::GB18030.encode(text);
        assert_eq!(decode(&bytes).as_deref(), Some(text));
    }

    /// Writes the two table files from `encoding_rs`:
    /// `cargo test --lib regenerate_tables -- --ignored`.
    #[test]
    #[ignore]
    fn regenerate_tables() {
        let mut deltas = Vec::with_capacity(TWO_BYTE_LEN * 2);
        let mut previous = 0u16;
        for pointer in 0..TWO_BYTE_LEN {
            let lead = (pointer / 190 + 0x81) as u8;
            let trail = (pointer % 190) as u8;
            let trail = if trail < 0x3F {
                trail + 0x40
            } else {
                trail + 0x41
            };
            let code = reference(&[lead, trail])
                .and_then(|s| s.chars().next())
                .map_or(0, |c| c as u32) as u16;
            deltas.extend(code.wrapping_sub(previous).to_le_bytes());
            previous = code;
        }
        let deflated = miniz_oxide::deflate::compress_to_vec(&deltas, 10);
        let mut ranges = Vec::new();
        let mut expected = None;
        for pointer in 0..=LAST_BMP_POINTER {
            let code = reference(&pointer_bytes(pointer))
                .and_then(|s| s.chars().next())
                .map(|c| c as u32);
            if code != expected {
                ranges.extend(pointer.to_le_bytes());
                ranges.extend(code.unwrap_or(UNMAPPED).to_le_bytes());
            }
            expected = code.map(|c| c + 1);
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ingest/");
        std::fs::write(format!("{dir}gb18030_two_byte.bin"), deflated).unwrap();
        std::fs::write(format!("{dir}gb18030_ranges.bin"), ranges).unwrap();
    }
}
