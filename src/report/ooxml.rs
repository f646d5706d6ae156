//! The packaging the Word and Excel reports share: XML text escaped, and parts deflated into
//! a zip archive (an Office Open XML package).
//!
//! Written here rather than through `docx-rs` and `rust_xlsxwriter`: with both crates the
//! page's wasm measured 1,984,767 bytes raw (docx-rs 319 KB and rust_xlsxwriter 202 KB of code
//! alone), over its 1.5 MB budget; these few parts need only `miniz_oxide`, already linked.

use crate::ingest::zip::crc32;

/// `text` escaped for XML character data and attribute values (as for HTML: `&<>"'`);
/// characters XML 1.0 forbids (control characters other than tab and line breaks) are left out.
///
/// `escape("a<b & \"c\"")` → `a&lt;b &amp; &quot;c&quot;`.
pub fn escape(text: &str) -> String {
    let allowed = |c: &char| {
        matches!(c, '\t' | '\n' | '\r')
            || (*c as u32 >= 0x20 && *c != '\u{FFFE}' && *c != '\u{FFFF}')
    };
    super::html::escape(&text.chars().filter(allowed).collect::<String>())
}

/// `[Content_Types].xml` of a package: rels and xml parts by extension, then `overrides`
/// (`<Override PartName=… ContentType=…/>` elements).
pub fn content_types(overrides: &str) -> String {
    format!(
        "{DECLARATION}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>{overrides}</Types>"
    )
}

/// A relationships part: `(id, type, target)`, the type after the officeDocument prefix
/// (`styles`, `worksheet`, `officeDocument`).
pub fn relationships(rels: &[(String, &str, String)]) -> String {
    let mut out = format!(
        "{DECLARATION}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    for (id, kind, target) in rels {
        out.push_str(&format!(
            "<Relationship Id=\"{id}\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}\" Target=\"{target}\"/>"
        ));
    }
    out.push_str("</Relationships>");
    out
}

/// An `<Override>` of `[Content_Types].xml`: the part `/name` is of `kind`
/// (after `application/vnd.openxmlformats-officedocument.`).
pub fn part_type(name: &str, kind: &str) -> String {
    format!(
        "<Override PartName=\"/{name}\" ContentType=\"application/vnd.openxmlformats-officedocument.{kind}+xml\"/>"
    )
}

/// The XML declaration every part starts with.
pub const DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

fn u16_le(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_le_bytes());
}

fn u32_le(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_le_bytes());
}

/// A zip archive of `parts` (name, content), each deflated, names in UTF-8, dated 1980-01-01
/// (the same bytes for the same report). `None` past the format's 4 GB / 65,535-entry limits.
///
/// Not the `zip` crate: on wasm32 it adds flate2, crc32fast, typed-path, zeroize; this needs none.
pub fn package(parts: &[(&str, Vec<u8>)]) -> Option<Vec<u8>> {
    const LOCAL: u32 = 0x0403_4b50;
    const CENTRAL: u32 = 0x0201_4b50;
    const END: u32 = 0x0605_4b50;
    const UTF8_NAMES: u16 = 0x0800;
    const DEFLATE: u16 = 8;
    const DOS_DATE: u16 = 0x21;
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in parts {
        let packed = miniz_oxide::deflate::compress_to_vec(data, 6);
        let offset = u32::try_from(out.len()).ok()?;
        let name_len = u16::try_from(name.len()).ok()?;
        let (crc, size, packed_size) = (
            crc32(data),
            u32::try_from(data.len()).ok()?,
            u32::try_from(packed.len()).ok()?,
        );
        // Fields shared by the local header and the central record, from "version needed".
        let mut common = Vec::new();
        for v in [20, UTF8_NAMES, DEFLATE, 0, DOS_DATE] {
            u16_le(&mut common, v);
        }
        for v in [crc, packed_size, size] {
            u32_le(&mut common, v);
        }
        u16_le(&mut common, name_len);
        u16_le(&mut common, 0);
        u32_le(&mut out, LOCAL);
        out.extend_from_slice(&common);
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(&packed);
        u32_le(&mut central, CENTRAL);
        u16_le(&mut central, 20);
        central.extend_from_slice(&common);
        // Comment length, disk, internal and external attributes, then the offset.
        for v in [0u16, 0, 0] {
            u16_le(&mut central, v);
        }
        u32_le(&mut central, 0);
        u32_le(&mut central, offset);
        central.extend_from_slice(name.as_bytes());
    }
    let count = u16::try_from(parts.len()).ok()?;
    let (cd_size, cd_offset) = (
        u32::try_from(central.len()).ok()?,
        u32::try_from(out.len()).ok()?,
    );
    out.extend_from_slice(&central);
    u32_le(&mut out, END);
    for v in [0, 0, count, count] {
        u16_le(&mut out, v);
    }
    u32_le(&mut out, cd_size);
    u32_le(&mut out, cd_offset);
    u16_le(&mut out, 0);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::zip::Archive;

    #[test]
    fn a_package_reads_back_with_the_zip_reader() {
        let parts = [
            ("[Content_Types].xml", b"<Types/>".to_vec()),
            ("word/文档.xml", "任务对照报告".repeat(50).into_bytes()),
        ];
        let bytes = package(&parts).expect("small enough");
        let mut zip = Archive::open(&bytes).expect("a zip");
        for (name, data) in &parts {
            assert_eq!(zip.read(name).expect("readable").as_ref(), Some(data));
        }
    }

    #[test]
    fn escapes_markup_and_drops_control_characters() {
        assert_eq!(escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
    }
}
