//! Exports of a comparison: CSV for Excel (BOM, one row per pair, per target change and per
//! unpaired task), a Markdown report, and one self-contained HTML file with all document text
//! escaped; the Word and Excel reports as valid packages holding every row (the .docx read
//! back through the project's own Word reader). Snapshots of the 示例市 fixture pin the text
//! outputs.

use plandiff::ingest::zip::Archive;
use plandiff::report::{
    comparison_csv, comparison_docx, comparison_html, comparison_json, comparison_markdown,
    comparison_xlsx,
};
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
        1 + c.pairs.len()
            + targets
            + c.goal_targets.len()
            + c.related.len()
            + c.a_only.len()
            + c.b_only.len()
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

/// The text of one part of an archive.
fn part(bytes: &[u8], name: &str) -> String {
    let mut zip = Archive::open(bytes).expect("a zip archive");
    let data = zip.read(name).expect("readable").unwrap_or_default();
    String::from_utf8(data).expect("UTF-8 XML")
}

#[test]
fn word_report_holds_the_summary_every_task_and_the_change_colours() {
    let c = fixture_comparison();
    let bytes = comparison_docx(&c).expect("a .docx");
    let xml = part(&bytes, "word/document.xml");
    assert!(xml.contains("任务对照报告") && xml.contains("一、概况"));
    for p in &c.pairs {
        assert!(xml.contains(&format!("{} ", p.b)), "pair {} → {}", p.a, p.b);
    }
    for id in c.a_only.iter().chain(&c.b_only) {
        assert!(xml.contains(&format!("{id} ")), "one-sided {id}");
    }
    // A raised target (stricter) in green, the one-sided A task's target in red.
    assert!(xml.contains("1E7B34") && xml.contains("B42318"));
    assert!(part(&bytes, "word/styles.xml").contains("黑体"));
    // The project's own reader opens it as a Word document, tables and all.
    let read = plandiff::ingest::read(&bytes, "报告.docx").expect("readable .docx");
    assert_eq!(read.format, "docx");
    assert!(read.text.contains("任务对照报告"));
    assert!(
        read.text.contains("推进村居法律顾问全覆盖"),
        "{}",
        read.text
    );
}

#[test]
fn excel_report_has_a_sheet_per_view_with_every_row() {
    let c = fixture_comparison();
    let bytes = comparison_xlsx(&c).expect("an .xlsx");
    let book = part(&bytes, "xl/workbook.xml");
    for name in ["概况", "按任务", "指标", "按单位"] {
        assert!(book.contains(&format!("name=\"{name}\"")), "sheet {name}");
    }
    let tasks = part(&bytes, "xl/worksheets/sheet2.xml");
    for p in &c.pairs {
        assert!(
            tasks.contains(&format!(">{}<", p.b)),
            "pair {} → {}",
            p.a,
            p.b
        );
    }
    for id in c.a_only.iter().chain(&c.b_only) {
        assert!(tasks.contains(&format!(">{id}<")), "one-sided {id}");
    }
    let agencies = part(&bytes, "xl/worksheets/sheet4.xml");
    for r in &c.agencies {
        assert!(agencies.contains(&r.name), "agency {}", r.name);
    }
    // The header row is frozen and filterable; the one-sided rows carry their colours.
    assert!(tasks.contains("state=\"frozen\"") && tasks.contains("<autoFilter ref=\"A1:J"));
    assert!(tasks.contains("s=\"3\"") && tasks.contains("s=\"4\""));
}

/// A reader's notes (on a pair and on a task with no pair) are in every export: a last CSV
/// column, a line under the pair in Markdown and HTML, the changes cell in Word, a column in
/// Excel, and `notes` in JSON; without notes the CSV keeps its columns.
#[test]
fn notes_are_in_every_export() {
    let plain = fixture_comparison();
    let pair = plain.pairs.first().expect("a pair");
    let only = plain.a_only.first().expect("a task only in A");
    let notes = vec![
        plandiff::Note {
            a: Some(pair.a.clone()),
            b: Some(pair.b.clone()),
            text: "目标值待与示例市司法局核实".into(),
        },
        plandiff::Note {
            a: Some(only.clone()),
            b: None,
            text: "已并入其他任务".into(),
        },
        // A row not in the comparison: left out.
        plandiff::Note {
            a: Some("不存在".into()),
            b: None,
            text: "不应导出".into(),
        },
    ];
    let c = plandiff::compare::with_notes(&plain, &notes);
    assert_eq!(c.notes.len(), 2);
    let csv = comparison_csv(&c);
    let header = csv.lines().next().unwrap_or_default();
    assert!(header.ends_with(",备注"), "{header}");
    assert!(csv
        .lines()
        .any(|l| l.starts_with("配对,") && l.ends_with(",目标值待与示例市司法局核实")));
    assert!(csv
        .lines()
        .any(|l| l.starts_with("仅A,") && l.ends_with(",已并入其他任务")));
    assert!(!comparison_csv(&plain)
        .lines()
        .next()
        .unwrap_or_default()
        .contains("备注"));
    for text in [
        comparison_markdown(&c),
        comparison_html(&c),
        comparison_json(&c),
    ] {
        assert!(text.contains("目标值待与示例市司法局核实") && text.contains("已并入其他任务"));
        assert!(!text.contains("不应导出"));
    }
    assert!(!comparison_json(&plain).contains("\"notes\""));
    let docx = part(&comparison_docx(&c).expect("a .docx"), "word/document.xml");
    assert!(
        docx.contains("备注：目标值待与示例市司法局核实") && docx.contains("备注：已并入其他任务")
    );
    let xlsx = comparison_xlsx(&c).expect("an .xlsx");
    let strings = part(&xlsx, "xl/worksheets/sheet2.xml");
    assert!(strings.contains("目标值待与示例市司法局核实") && strings.contains("已并入其他任务"));
}

/// `plandiff compare A B --docx` / `--xlsx` into a pipe: the report's bytes as they are (no
/// newline added), exit 0; the same bytes as the library makes. (A terminal is refused; that
/// needs a pty, checked by hand with `script`.)
#[test]
fn the_cli_writes_the_reports_to_a_pipe() {
    let dir = format!("{}/src/app/examples", env!("CARGO_MANIFEST_DIR"));
    let (a, b) = (
        format!("{dir}/plan_2023.txt"),
        format!("{dir}/plan_2024.txt"),
    );
    for flag in ["--docx", "--xlsx"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_plandiff"))
            .args(["compare", &a, &b, flag])
            .output()
            .expect("runs the CLI");
        assert_eq!(out.status.code(), Some(0), "{flag}");
        assert!(out.stdout.starts_with(b"PK\x03\x04"), "{flag}");
        let parsed =
            |p: &str| plandiff::parse(&std::fs::read(p).expect("sample"), p).expect("parses");
        let c = compare(&parsed(&a), &parsed(&b));
        let made = if flag == "--docx" {
            comparison_docx(&c)
        } else {
            comparison_xlsx(&c)
        };
        assert_eq!(Ok(out.stdout), made, "{flag}");
    }
}

#[test]
fn reports_say_what_the_reader_should_know_of_each_document() {
    let report = plandiff::parse_text(
        "示例市2024年法治政府建设年度报告\n一、主要工作\n（一）推进依法决策。全年审查规范性文件30件，备案率达到100%。\n",
        "report.txt",
    );
    let plan = plandiff::parse_text(
        "示例市2025年法治政府建设工作要点\n一、重点任务\n（一）推进依法决策。备案率达到100%。（牵头单位：市司法局）\n",
        "plan.txt",
    );
    let c = compare(&report, &plan);
    let md = comparison_markdown(&c);
    assert!(md.contains("## 解析提示"), "{md}");
    assert!(md.contains("- A 是工作报告或总结"), "{md}");
    let html = comparison_html(&c);
    assert!(html.contains("data-testid=\"notes\""));
    // Two plans read cleanly: no notes.
    let c = compare(&plan, &plan);
    assert!(!comparison_markdown(&c).contains("解析提示"));
    assert!(!comparison_html(&c).contains("data-testid=\"notes\""));
}
