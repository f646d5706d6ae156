//! Test support for the ingest tests: a tiny zip writer and builders that turn one plain-text
//! plan into the other formats a user may hold it in (.docx with automatic numbering, .html).

#![allow(dead_code)] // Each test crate uses a different subset.

/// CRC-32 (IEEE), bit by bit: slow and small, enough for test files.
pub fn crc32(data: &[u8]) -> u32 {
    let mut crc = !0u32;
    for &byte in data {
        crc ^= u32::from(byte);
        for _ in 0..8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// One zip entry as written: its name, method (0 stored, 8 deflate), data as stored, and the
/// uncompressed size and CRC to declare.
pub struct RawEntry {
    pub name: String,
    pub method: u16,
    pub stored: Vec<u8>,
    pub size: u32,
    pub crc: u32,
}

impl RawEntry {
    /// An entry deflated with miniz_oxide.
    pub fn deflated(name: &str, data: &[u8]) -> Self {
        RawEntry {
            name: name.to_string(),
            method: 8,
            stored: miniz_oxide::deflate::compress_to_vec(data, 6),
            size: data.len() as u32,
            crc: crc32(data),
        }
    }
}

/// Writes a zip archive of `entries`.
pub fn zip(entries: &[RawEntry]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for e in entries {
        let offset = out.len() as u32;
        let fixed = |buf: &mut Vec<u8>| {
            buf.extend(20u16.to_le_bytes()); // version needed
            buf.extend(0u16.to_le_bytes()); // flags
            buf.extend(e.method.to_le_bytes());
            buf.extend([0u8; 4]); // time, date
            buf.extend(e.crc.to_le_bytes());
            buf.extend((e.stored.len() as u32).to_le_bytes());
            buf.extend(e.size.to_le_bytes());
            buf.extend((e.name.len() as u16).to_le_bytes());
            buf.extend(0u16.to_le_bytes()); // extra
        };
        out.extend(0x0403_4b50u32.to_le_bytes());
        fixed(&mut out);
        out.extend(e.name.as_bytes());
        out.extend(&e.stored);
        central.extend(0x0201_4b50u32.to_le_bytes());
        central.extend(20u16.to_le_bytes()); // version made by
        fixed(&mut central);
        central.extend([0u8; 6]); // comment len, disk, internal attrs
        central.extend(0u32.to_le_bytes()); // external attrs
        central.extend(offset.to_le_bytes());
        central.extend(e.name.as_bytes());
    }
    let cd_offset = out.len() as u32;
    out.extend(&central);
    out.extend(0x0605_4b50u32.to_le_bytes());
    out.extend([0u8; 4]);
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((entries.len() as u16).to_le_bytes());
    out.extend((central.len() as u32).to_le_bytes());
    out.extend(cd_offset.to_le_bytes());
    out.extend(0u16.to_le_bytes());
    out
}

/// The numbering level of a plan line and the line without its number: `一、…` is level 0,
/// `（一）…` level 1, anything else `None`.
pub fn split_number(line: &str) -> (Option<usize>, &str) {
    const NUMERALS: &str = "一二三四五六七八九十";
    let count = line.chars().take_while(|c| NUMERALS.contains(*c)).count();
    if count > 0 {
        let digits_len: usize = line.chars().take(count).map(char::len_utf8).sum();
        if let Some(rest) = line[digits_len..].strip_prefix('、') {
            return (Some(0), rest);
        }
    }
    if let Some(inner) = line.strip_prefix('（') {
        let count = inner.chars().take_while(|c| NUMERALS.contains(*c)).count();
        let digits_len: usize = inner.chars().take(count).map(char::len_utf8).sum();
        if count > 0 {
            if let Some(rest) = inner[digits_len..].strip_prefix('）') {
                return (Some(1), rest);
            }
        }
    }
    (None, line)
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Word's numbering part for a plan: level 0 `一、`, level 1 `（一）` counted through the whole
/// document (`w:lvlRestart 0`), as plans with tasks numbered across sections have it.
pub const NUMBERING_XML: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:lvlRestart w:val="0"/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
</w:numbering>"#;

/// One paragraph as Word writes it: numbering in `w:pPr`, the text split into runs at the
/// unit parenthesis (a bold run), so a reader must join runs.
fn paragraph(level: Option<usize>, text: &str) -> String {
    let ppr = match level {
        Some(l) => format!(
            r#"<w:pPr><w:pStyle w:val="a3"/><w:numPr><w:ilvl w:val="{l}"/><w:numId w:val="1"/></w:numPr><w:ind w:firstLineChars="0"/></w:pPr>"#
        ),
        None => r#"<w:pPr><w:jc w:val="center"/></w:pPr>"#.to_string(),
    };
    let runs: String = text
        .split_inclusive('。')
        .map(|part| {
            format!(
                r#"<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r>"#,
                xml_escape(part)
            )
        })
        .collect();
    format!("<w:p>{ppr}{runs}</w:p>")
}

/// A .docx of `text`: one paragraph per non-empty line, `一、` and `（一）` numbers turned into
/// Word automatic numbering (so they exist only in numbering.xml).
pub fn docx_of(text: &str) -> Vec<u8> {
    let body: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let (level, rest) = split_number(line);
            paragraph(level, rest)
        })
        .collect();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>"#
    );
    let content_types = r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;
    let rels = r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;
    zip(&[
        RawEntry::deflated("[Content_Types].xml", content_types.as_bytes()),
        RawEntry::deflated("_rels/.rels", rels.as_bytes()),
        RawEntry::deflated("word/document.xml", document.as_bytes()),
        RawEntry::deflated("word/numbering.xml", NUMBERING_XML.as_bytes()),
    ])
}

/// A saved web page of `text`: page chrome (head, script, nav, footer) around the text, each
/// line a `<p>` of `<span>` soup, quotes and `<` written as entities, `&nbsp;` padding.
pub fn html_of(text: &str) -> String {
    let body: String = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let escaped = xml_escape(line)
                .replace('“', "&ldquo;")
                .replace('”', "&rdquo;");
            let (head, tail) = match escaped.char_indices().nth(4) {
                Some((i, _)) => escaped.split_at(i),
                None => (escaped.as_str(), ""),
            };
            format!(
                "<p style=\"text-indent: 2em;\"><span style=\"font-family: 宋体;\">{head}</span><span>{tail}</span>&nbsp;&nbsp;</p>\n"
            )
        })
        .collect();
    format!(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>示例市人民政府</title>\
         <style>p {{ margin: 0 }}</style><script>var nav = '<p>首页</p>';</script></head>\n\
         <body><nav><a href=\"/\">首页</a> &gt; <a>政策文件</a></nav>\n\
         <div class=\"content\">{body}</div>\n<footer>网站标识码 0000000000</footer></body></html>"
    )
}

/// `s` with all white space removed, for comparisons "up to white space".
pub fn squeeze(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// A PDF of the given objects (numbered from 1, the first the catalog), with a correct xref
/// table: `pdf_of(&["<< /Type /Catalog /Pages 2 0 R >>", …])`.
pub fn pdf_of(objects: &[&[u8]]) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(object);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A one-page PDF whose page shows `content` (a content stream, written as is) with font F1
/// (Helvetica, WinAnsi).
pub fn pdf_page(content: &[u8], filter: &str) -> Vec<u8> {
    let mut stream = format!("<< /Length {} {filter} >>\nstream\n", content.len()).into_bytes();
    stream.extend_from_slice(content);
    stream.extend_from_slice(b"\nendstream");
    pdf_of(&[
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        &stream,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ])
}
