//! Test support for the ingest tests (and the unit tests, benches and fuzz targets): zip archives
//! written by the `zip` crate, named corruptions of them for the bad-input tests, and builders
//! that turn one plain-text plan into the other formats a user may hold it in (.docx with
//! automatic numbering, .html, .pdf).

#![allow(dead_code)] // Each test crate uses a different subset.

/// A zip archive of `entries` (name, contents), each deflated, written by the `zip` crate.
pub fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    archive(entries, zip::CompressionMethod::Deflated)
}

/// [`zip_of`] with every entry stored as it is (no compression), as some writers keep them.
pub fn stored_zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    archive(entries, zip::CompressionMethod::Stored)
}

fn archive(entries: &[(&str, &[u8])], method: zip::CompressionMethod) -> Vec<u8> {
    use std::io::Write;
    let options = zip::write::SimpleFileOptions::default().compression_method(method);
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, data) in entries {
        writer.start_file(*name, options).expect("zip entry");
        writer.write_all(data).expect("zip data");
    }
    writer.finish().expect("zip archive").into_inner()
}

/// Where entry `name`'s local header and central directory record start in `archive`.
fn headers(archive: &[u8], name: &str) -> (usize, usize) {
    let find = |signature: &[u8; 4], name_at: usize| {
        (0..archive.len())
            .find(|&at| {
                archive[at..].starts_with(signature)
                    && archive[at + name_at..].starts_with(name.as_bytes())
            })
            .unwrap_or_else(|| panic!("no header for {name}"))
    };
    (find(b"PK\x03\x04", 30), find(b"PK\x01\x02", 46))
}

/// `archive` with entry `name` declaring `size` uncompressed bytes, in its local header and in
/// the central directory, whatever it really inflates to (as a zip bomb lies).
pub fn with_declared_size(mut archive: Vec<u8>, name: &str, size: u32) -> Vec<u8> {
    let (local, central) = headers(&archive, name);
    archive[local + 22..local + 26].copy_from_slice(&size.to_le_bytes());
    archive[central + 24..central + 28].copy_from_slice(&size.to_le_bytes());
    archive
}

/// `archive` with `count` bytes of entry `name`'s compressed data flipped, from `skip` bytes
/// past its start: the entry no longer inflates, or fails its CRC.
pub fn with_damaged_data(mut archive: Vec<u8>, name: &str, skip: usize, count: usize) -> Vec<u8> {
    let (local, _) = headers(&archive, name);
    let u16_at = |at: usize| usize::from(u16::from_le_bytes([archive[at], archive[at + 1]]));
    let data = local + 30 + u16_at(local + 26) + u16_at(local + 28);
    for b in archive.iter_mut().skip(data + skip).take(count) {
        *b ^= 0x5A;
    }
    archive
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
    zip_of(&[
        ("[Content_Types].xml", content_types.as_bytes()),
        ("_rels/.rels", rels.as_bytes()),
        ("word/document.xml", document.as_bytes()),
        ("word/numbering.xml", NUMBERING_XML.as_bytes()),
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
