//! Exports of a comparison: CSV for Excel (BOM, one row per pair, per target change and per
//! unpaired task), a Markdown report, and one self-contained HTML file with all document text
//! escaped. Snapshots of the 示例市 fixture pin the outputs.

use plandiff::report::{comparison_csv, comparison_html, comparison_json, comparison_markdown};
use plandiff::{compare, Comparison, Document};

fn load(name: &str) -> Document {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("Document")
}

fn fixture_comparison() -> Comparison {
    compare(
        &load("compare_shilishi_a.json"),
        &load("compare_shilishi_b.json"),
    )
}

#[test]
fn csv_has_a_bom_and_one_row_per_pair_target_change_related_link_and_unpaired_task() {
    let c = fixture_comparison();
    let csv = comparison_csv(&c);
    assert!(csv.starts_with('\u{feff}'));
    let targets: usize = c.pairs.iter().map(|p| p.targets.len()).sum();
    let rows = csv.lines().count();
    assert_eq!(
        rows,
        1 + c.pairs.len() + targets + c.related.len() + c.a_only.len() + c.b_only.len()
    );
    insta::assert_snapshot!("shilishi_csv", csv);
}

#[test]
fn markdown_report_reads_as_a_report() {
    let md = comparison_markdown(&fixture_comparison());
    assert!(md.contains("## 概况"));
    assert!(md.contains("拆分") && md.contains("合并"));
    insta::assert_snapshot!("shilishi_md", md);
}

#[test]
fn html_report_is_self_contained() {
    let html = comparison_html(&fixture_comparison());
    assert!(html.starts_with("<!DOCTYPE html>"));
    for external in ["http://", "https://", "src=", "<link", "<script", "url("] {
        assert!(
            !html.contains(external),
            "external resource or script: {external}"
        );
    }
    assert_eq!(html.matches("data-testid=\"pair\"").count(), 10);
    insta::assert_snapshot!("shilishi_html", html);
}

#[test]
fn every_piece_of_document_text_is_escaped_in_html() {
    let mut a = load("compare_shilishi_a.json");
    let mut b = load("compare_shilishi_b.json");
    let evil = "<script>alert(\"x\")</script><img src=x onerror=y>&amp;";
    a.title = evil.to_string();
    b.tasks[0].heading = evil.to_string();
    b.tasks[0].text = format!("{}{evil}", b.tasks[0].text);
    b.tasks[0].lead_units.push(evil.to_string());
    if let Some(t) = b.tasks[1].targets.first_mut() {
        t.text = evil.to_string();
        t.metric = evil.to_string();
    }
    b.tasks[9].id = evil.to_string();
    let c = compare(&a, &b);
    let html = comparison_html(&c);
    assert!(!html.contains("<script"), "raw script tag in output");
    assert!(!html.contains("<img"), "raw img tag in output");
    assert!(html.contains("&lt;script&gt;"));
    assert!(html.contains("&amp;amp;"));
    // Markdown and CSV keep the text but cannot be broken out of either.
    let md = comparison_markdown(&c);
    assert!(md.contains("\\<script\\>"));
    assert!(
        !md.replace("\\<", "").contains('<'),
        "unescaped < in Markdown"
    );
    assert!(comparison_csv(&c).contains("\"<script>alert(\"\"x\"\")"));
}

#[test]
fn json_round_trips() {
    let c = fixture_comparison();
    let back: Comparison = serde_json::from_str(&comparison_json(&c)).expect("valid JSON");
    assert_eq!(back, c);
}
