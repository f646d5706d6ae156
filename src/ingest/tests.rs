//! Tests of `ingest::read`: format and encoding sniffing, limits, and the messages for bad input.

use super::*;
use crate::ingest::zip::tests::build;

const PLAN: &str = "示例市2025年依法行政工作要点\n一、加强学法用法\n（一）每年举办法治讲座不少于4次。（牵头单位：示例市司法局）\n";

fn read_ok(bytes: &[u8], name: &str) -> Ingested {
    read(bytes, name).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn message(bytes: &[u8], name: &str) -> String {
    let e = read(bytes, name).expect_err(name);
    assert_eq!(e.file, name);
    assert!(!e.message.contains('\n'), "one line: {}", e.message);
    e.message
}

#[test]
fn txt_and_md_keep_their_text_and_marks() {
    let md = "**一、加强学法**\r\n\r\n1. 任务\r\n";
    let got = read_ok(md.as_bytes(), "计划.md");
    assert_eq!(got.text, "**一、加强学法**\n\n1. 任务\n");
    assert_eq!(
        (got.format.as_str(), got.encoding.as_str()),
        ("md", "utf-8")
    );
    assert_eq!(read_ok(PLAN.as_bytes(), "计划.TXT").format, "txt");
}

#[test]
fn every_encoding_records_its_name() {
    let utf16le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(PLAN.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let utf16be: Vec<u8> = [0xFE, 0xFF]
        .into_iter()
        .chain(PLAN.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let bom: Vec<u8> = b"\xEF\xBB\xBF"
        .iter()
        .chain(PLAN.as_bytes())
        .copied()
        .collect();
    let (gb, _, _) = encoding_rs::GB18030.encode(PLAN);
    for (bytes, want) in [
        (PLAN.as_bytes().to_vec(), "utf-8"),
        (bom, "utf-8-bom"),
        (utf16le, "utf-16le"),
        (utf16be, "utf-16be"),
        (gb.into_owned(), "gb18030"),
    ] {
        let got = read_ok(&bytes, "a.txt");
        assert_eq!(got.encoding, want);
        assert_eq!(got.text, PLAN, "{want}");
    }
}

#[test]
fn a_page_named_txt_or_nameless_is_read_as_html() {
    let page = "<html><body><p>一、加强学法</p><p>（一）任务</p></body></html>";
    for name in ["saved.txt", "saved", "saved.doc"] {
        let got = read_ok(page.as_bytes(), name);
        assert_eq!(
            (got.text.as_str(), got.format.as_str()),
            ("一、加强学法\n（一）任务\n", "html")
        );
    }
}

#[test]
fn html_in_gbk_without_meta_is_detected() {
    let (gb, _, _) = encoding_rs::GB18030.encode("<p>一、加强学法</p><p>（一）任务</p>");
    let got = read_ok(&gb, "page.htm");
    assert_eq!(
        (got.text.as_str(), got.encoding.as_str()),
        ("一、加强学法\n（一）任务\n", "gb18030")
    );
}

#[test]
fn a_docx_reads_whatever_its_name() {
    let doc = r#"<w:document><w:body><w:p><w:r><w:t>一、加强学法</w:t></w:r></w:p></w:body></w:document>"#;
    let zip = build(&[("word/document.xml", doc.as_bytes())], true);
    for name in ["a.docx", "a.zip.docx", "download"] {
        let got = read_ok(&zip, name);
        assert_eq!(
            (got.text.as_str(), got.format.as_str()),
            ("一、加强学法\n", "docx")
        );
    }
}

#[test]
fn magic_numbers_get_their_own_advice() {
    let cases: &[(&[u8], &str)] = &[
        (b"%PDF-1.7\n%\xE2\xE3", "PDF"),
        (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0", "另存为 .docx"),
        (b"\x89PNG\r\n\x1a\n", "图片"),
        (b"{\\rtf1\\ansi", "RTF"),
        (b"Rar!\x1a\x07", "解压"),
        (b"MIME-Version: 1.0\r\n", "仅 HTML"),
    ];
    for (bytes, says) in cases {
        let m = message(bytes, "plan.txt");
        assert!(m.contains(says), "{m}");
    }
    for (magic, _) in MAGIC {
        assert!(read(magic, "x.txt").is_err(), "{magic:?}");
    }
}

#[test]
fn refused_extensions_say_why() {
    for (ext, result) in EXTENSIONS {
        if let Err((kind, want)) = result {
            let err = read(PLAN.as_bytes(), &format!("a.{ext}")).unwrap_err();
            assert_eq!((err.kind, err.message.as_str()), (*kind, *want));
        }
    }
}

#[test]
fn empty_blank_and_binary_are_refused() {
    assert!(message(b"", "a.txt").contains("空"));
    assert!(message(b" \r\n\t\r\n", "a.txt").contains("没有文字"));
    let binary: Vec<u8> = (0..2000u32).map(|i| (i * 7919 % 251) as u8).collect();
    assert!(message(&binary, "a.txt").contains("不是文本文件"));
    assert!(message(&[0u8; 512], "a.md").contains("不是文本文件"));
    assert!(message(b"\x01\x02\x03abc", "a").contains("不是文本文件"));
}

#[test]
fn a_docx_that_is_not_a_zip_is_corrupt() {
    assert!(message(PLAN.as_bytes(), "a.docx").contains("不是有效的 Word 文档"));
    let zip = build(&[("word/document.xml", b"<w:p>")], true);
    assert!(message(&zip[..zip.len() - 30], "a.docx").contains("不是有效的 Word 文档"));
}

#[test]
fn a_file_over_the_limit_names_the_limit() {
    let big = vec![b'a'; MAX_TEXT_FILE + 1];
    let m = message(&big, "big.txt");
    assert!(m.contains("20 MB"), "{m}");
    // Just under the limit is read.
    let fits = "一、任务\n".repeat(MAX_TEXT_FILE / 16);
    assert_eq!(read_ok(fits.as_bytes(), "fits.txt").text.len(), fits.len());
}

#[test]
fn stray_controls_in_text_are_dropped_not_refused() {
    let got = read_ok("一、加强\u{0}学法\u{7}\r\n".as_bytes(), "a.txt");
    assert_eq!(got.text, "一、加强学法\n");
}

/// Bytes replaced while decoding are counted in a warning; clean text has none.
#[test]
fn replaced_bytes_are_counted_in_a_warning() {
    let mut bytes = PLAN.repeat(4).into_bytes();
    bytes.extend(b"\xFF\xFE\x80");
    bytes.extend(PLAN.as_bytes());
    let got = read_ok(&bytes, "damaged.txt");
    assert_eq!(got.encoding, "utf-8");
    assert_eq!(got.warnings.len(), 1, "{:?}", got.warnings);
    assert!(
        got.warnings[0].contains("有 3 个字节"),
        "{}",
        got.warnings[0]
    );
    assert!(read_ok(PLAN.as_bytes(), "clean.txt").warnings.is_empty());
    let page = format!(
        "<html><body><p>{}</p><script>var x;",
        PLAN.replace('\n', "</p><p>")
    );
    let got = read_ok(page.as_bytes(), "page.html");
    assert_eq!(got.warnings.len(), 1, "{:?}", got.warnings);
}

#[test]
fn control_count_counts_characters_and_controls() {
    // As the characters themselves say (`char::is_control`), byte counting gives the same.
    for text in [
        "",
        "示例市加强学法。\n第二行\t（牵头单位：市司法局）\r\n\u{0C}",
        "a\u{0}b\u{1A}\u{7F}c\u{80}\u{85}\u{9F}\u{A0}ё示",
        "\u{C2}\u{A9}¿\u{1F}",
        // More than a chunk of 255 bytes, C1 controls across the chunks' edges.
        &"示\u{85}·a\u{9F}".repeat(300),
    ] {
        let by_chars = (
            text.chars().count(),
            text.chars()
                .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{0C}'))
                .count(),
        );
        assert_eq!(super::control_count(text), by_chars, "{text:?}");
    }
}
