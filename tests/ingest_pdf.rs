//! PDFs and an OFD of one invented plan (tests/fixtures/pdf/, written by
//! scripts/make_pdf_fixtures.py) read as their text twin `plan.txt`: the same title, sections,
//! tasks, units and targets.

mod ingest_support;

use ingest_support::pdf_page;
use plandiff::ErrorKind;

fn fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/pdf/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Embedded TrueType subset with ToUnicode, a predefined UCS-2 CMap, a GBK CMap, two pages
/// with a running header, page numbers and a sentence going on over the page break, landscape
/// pages, portrait pages turned by `/Rotate 90` (their text drawn going up), and the same as OFD.
#[test]
fn each_pdf_reads_as_its_text_twin() {
    let twin = plandiff::parse(&fixture("plan.txt"), "plan.txt").expect("plan.txt");
    assert_eq!(twin.tasks.len(), 8);
    for name in [
        "ttf.pdf",
        "cid.pdf",
        "gbk.pdf",
        "pages.pdf",
        "landscape.pdf",
        "rotated.pdf",
        "plan.ofd",
    ] {
        let doc = plandiff::parse(&fixture(name), name).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(Some(doc.format.as_str()), name.rsplit('.').next(), "{name}");
        assert_eq!(doc.title, twin.title, "{name}");
        assert_eq!(doc.sections, twin.sections, "{name}");
        assert_eq!(doc.tasks, twin.tasks, "{name}");
        assert_eq!(doc.goals, twin.goals, "{name}");
        assert_eq!(doc.warnings, twin.warnings, "{name}");
        // Line for line: each paragraph's wrapped lines joined, nothing else.
        let read = plandiff::ingest::read(&fixture(name), name).expect("reads");
        let text = String::from_utf8(fixture("plan.txt")).expect("utf-8");
        assert_eq!(read.text, text.trim_end(), "{name}");
    }
}

/// A 分工表 whose cells wrap over several lines (table.pdf, from table.txt's tab-separated
/// rows): one line per row, each cell whole, an empty cell kept in its place; the same tasks,
/// units and targets as the twin.
#[test]
fn a_task_table_reads_row_by_row_as_its_text_twin() {
    let twin = plandiff::parse(&fixture("table.txt"), "table.txt").expect("table.txt");
    assert_eq!(twin.tasks.len(), 4);
    let doc = plandiff::parse(&fixture("table.pdf"), "table.pdf").expect("table.pdf");
    assert_eq!(doc.title, twin.title);
    assert_eq!(doc.sections, twin.sections);
    assert_eq!(doc.tasks, twin.tasks);
    assert_eq!(doc.warnings, twin.warnings);
    assert_eq!(
        doc.tasks[1].responsible_units,
        ["示例市发展改革委", "示例市财政局"]
    );
    let read = plandiff::ingest::read(&fixture("table.pdf"), "table.pdf").expect("reads");
    let text = String::from_utf8(fixture("table.txt")).expect("utf-8");
    assert_eq!(read.text, text.trim_end());
    insta::assert_snapshot!(read.text);
}

/// The text the two-page PDF gives, header and page numbers gone, the broken sentence whole.
#[test]
fn two_pages_read_as_one_text() {
    let read = plandiff::ingest::read(&fixture("pages.pdf"), "pages.pdf").expect("reads");
    assert_eq!(
        (read.format.as_str(), read.encoding.as_str()),
        ("pdf", "utf-8")
    );
    assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    insta::assert_snapshot!(read.text);
}

#[test]
fn a_scan_says_it_needs_ocr() {
    let err = plandiff::parse(&fixture("scan.pdf"), "scan.pdf").expect_err("a scan");
    assert_eq!(err.kind, ErrorKind::ScannedPdf);
    assert_eq!(err.file, "scan.pdf");
    assert!(
        err.message.contains("扫描件") && err.message.contains("OCR"),
        "{}",
        err.message
    );
}

#[test]
fn a_password_protected_pdf_says_so() {
    let err = plandiff::parse(&fixture("encrypted.pdf"), "a.pdf").expect_err("encrypted");
    assert_eq!(err.kind, ErrorKind::EncryptedPdf);
    assert!(err.message.contains("加密"), "{}", err.message);
}

/// Cut anywhere, a PDF gives a Document or an error, never a panic.
#[test]
fn truncated_pdfs_never_panic() {
    for name in ["ttf.pdf", "cid.pdf", "gbk.pdf"] {
        let bytes = fixture(name);
        for cut in (0..bytes.len()).step_by(bytes.len() / 150 + 1) {
            let _ = plandiff::parse(&bytes[..cut], name);
        }
    }
    let half = fixture("ttf.pdf");
    let err = plandiff::parse(&half[..half.len() / 2], "half.pdf").expect_err("half a PDF");
    assert!(err.message.contains("PDF"), "{}", err.message);
}

/// Text placed out of order, in several runs and a table row, read as it prints.
#[test]
fn text_is_read_in_page_order() {
    let content = b"BT /F1 12 Tf 72 700 Td (second line) Tj ET \
        BT /F1 12 Tf 72 720 Td (first) Tj 40 0 Td (line) Tj ET \
        BT /F1 12 Tf 72 680 Td [(cell one) -4000 (cell two)] TJ ET";
    let read = plandiff::ingest::read(&pdf_page(content, ""), "a.pdf").expect("reads");
    assert_eq!(read.text, "first line\nsecond line\ncell one\tcell two");
}

/// Text turned a quarter either way (a table printed on its side, a landscape page kept
/// portrait) reads in its own frame: lines in order, each left to right.
#[test]
fn text_turned_a_quarter_reads_as_a_reader_turning_the_page() {
    // Going down the page: the next line is to the left.
    let down = b"BT /F1 12 Tf 0 -1 1 0 300 700 Tm (first) Tj ET \
        BT /F1 12 Tf 0 -1 1 0 280 700 Tm (second) Tj 60 0 Td (line) Tj ET";
    // Going up the page: the next line is to the right.
    let up = b"BT /F1 12 Tf 0 1 -1 0 280 100 Tm (first) Tj ET \
        BT /F1 12 Tf 0 1 -1 0 300 100 Tm (second) Tj 60 0 Td (line) Tj ET";
    for content in [&down[..], &up[..]] {
        let read = plandiff::ingest::read(&pdf_page(content, ""), "a.pdf").expect("reads");
        assert_eq!(read.text, "first\nsecond line");
    }
}

/// A page whose only font has no map back to characters: said, not read as empty.
#[test]
fn glyph_ids_without_a_map_are_refused() {
    let pdf = ingest_support::pdf_of(&[
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length 36 >>\nstream\nBT /F1 12 Tf 72 700 Td <0F3A0B21> Tj ET\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /Identity-H /DescendantFonts [] >>",
    ]);
    let err = plandiff::parse(&pdf, "a.pdf").expect_err("no map");
    assert_eq!(err.kind, ErrorKind::UnmappedPdf, "{}", err.message);
}

/// An OFD is known by its content whatever its name, and a damaged one says what it is.
#[test]
fn ofd_by_content_and_damaged() {
    let ofd = fixture("plan.ofd");
    let doc = plandiff::parse(&ofd, "下载的文件").expect("an OFD without its extension");
    assert_eq!(doc.format, "ofd");
    let err = plandiff::parse(&ofd[..ofd.len() / 2], "cut.ofd").expect_err("cut in half");
    assert_eq!(err.kind, ErrorKind::Ofd);
    assert!(err.message.contains("OFD"), "{}", err.message);
}

/// A PDF with bytes before its header is read when its name says PDF; a text that only
/// mentions `%PDF-` is still a text.
#[test]
fn a_header_after_some_bytes() {
    let mut late = b"\r\n\r\n".to_vec();
    late.extend(fixture("cid.pdf"));
    let doc = plandiff::parse(&late, "late.pdf").expect("a PDF after four bytes");
    assert_eq!(doc.tasks.len(), 8);
    let text = "一、总体要求\n说明：文件以 %PDF-1.7 开头。\n".as_bytes();
    let doc = plandiff::parse(text, "note.txt").expect("a text");
    assert_eq!(doc.format, "txt");
}
