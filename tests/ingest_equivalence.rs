//! The same plan in every encoding and format a user may hold it in reads as the same text,
//! and parses into the same tasks.

mod ingest_support;

use ingest_support::{docx_of, html_of, squeeze};

const PLAN: &str = include_str!("fixtures/ingest_plan.txt");

fn utf16(text: &str, little: bool, bom: bool) -> Vec<u8> {
    let bom: &[u8] = match (bom, little) {
        (false, _) => &[],
        (true, true) => &[0xFF, 0xFE],
        (true, false) => &[0xFE, 0xFF],
    };
    bom.iter()
        .copied()
        .chain(text.encode_utf16().flat_map(|u| {
            if little {
                u.to_le_bytes()
            } else {
                u.to_be_bytes()
            }
        }))
        .collect()
}

/// Every variant: (file name, bytes, expected format, expected encoding).
fn variants() -> Vec<(&'static str, Vec<u8>, &'static str, &'static str)> {
    let crlf = PLAN.replace('\n', "\r\n");
    let (gb, _, had_errors) = encoding_rs::GB18030.encode(&crlf);
    assert!(!had_errors);
    let html = html_of(PLAN);
    let gb_page = html.replace("charset=\"utf-8\"", "charset=\"gb2312\"");
    let (gb_html, _, _) = encoding_rs::GB18030.encode(&gb_page);
    vec![
        ("plan.txt", PLAN.as_bytes().to_vec(), "txt", "utf-8"),
        (
            "plan-bom.txt",
            [&b"\xEF\xBB\xBF"[..], crlf.as_bytes()].concat(),
            "txt",
            "utf-8-bom",
        ),
        ("plan-gbk.txt", gb.into_owned(), "txt", "gb18030"),
        ("plan-16le.txt", utf16(&crlf, true, true), "txt", "utf-16le"),
        ("plan-16be.txt", utf16(PLAN, false, true), "txt", "utf-16be"),
        (
            "plan-16le-nobom.txt",
            utf16(PLAN, true, false),
            "txt",
            "utf-16le",
        ),
        ("plan.md", PLAN.as_bytes().to_vec(), "md", "utf-8"),
        ("plan.docx", docx_of(PLAN), "docx", "utf-8"),
        ("plan.html", html.into_bytes(), "html", "utf-8"),
        ("plan-gbk.htm", gb_html.into_owned(), "html", "gb18030"),
    ]
}

#[test]
fn every_variant_reads_as_the_same_text() {
    let want = squeeze(PLAN);
    for (name, bytes, format, encoding) in variants() {
        let got = plandiff::ingest::read(&bytes, name).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (got.format.as_str(), got.encoding.as_str()),
            (format, encoding),
            "{name}"
        );
        assert_eq!(squeeze(&got.text), want, "{name}");
    }
}

#[test]
fn every_variant_keeps_the_line_structure() {
    let want: Vec<&str> = PLAN
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    for (name, bytes, _, _) in variants() {
        let got = plandiff::ingest::read(&bytes, name).unwrap_or_else(|e| panic!("{e}"));
        let lines: Vec<&str> = got
            .text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(lines, want, "{name}");
    }
}

#[test]
fn every_variant_parses_into_the_same_document() {
    let reference = plandiff::parse(PLAN.as_bytes(), "plan.txt").expect("reference parses");
    let ids: Vec<&str> = reference.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "一/(一)",
            "一/(二)",
            "二/(三)",
            "二/(四)",
            "三/(五)",
            "三/(六)"
        ],
        "the fixture's six tasks, numbered across its three sections"
    );
    for (name, bytes, format, encoding) in variants() {
        let doc = plandiff::parse(&bytes, name).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (doc.format.as_str(), doc.encoding.as_str()),
            (format, encoding)
        );
        assert_eq!(doc.title, reference.title, "{name}");
        assert_eq!(doc.sections, reference.sections, "{name}");
        assert_eq!(doc.tasks, reference.tasks, "{name}");
    }
}
