//! Outline of the project's own fixtures (an invented 示例市): which numbered items become tasks,
//! with which ids, and what is dropped as cover letter, chrome or signature. The whole parse of
//! every plan fixture (`plan*`, all rounds) is kept as an insta snapshot.

mod common;

use common::{fixture, ids};
use plandiff::{parse, DocKind};

/// Every plan fixture (`plan*.txt`, `plan*.md`; a new fixture is a new file, not a new line in
/// a list): its whole parse is an insta snapshot, and no two of its tasks or sections share an
/// id.
#[test]
fn snapshots() {
    insta::glob!("fixtures/plan*.{txt,md}", |path| {
        let name = path.file_name().and_then(|n| n.to_str()).expect("a name");
        let doc = fixture(name);
        let mut all: Vec<&str> = ids(&doc);
        all.extend(doc.sections.iter().map(|s| s.id.as_str()));
        let n = all.len();
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), n, "{name}: repeated ids");
        // Hundreds of items for the numbering: `outline_plan5.rs` snapshots their numbers.
        if name != "plan5_many_items.txt" {
            insta::assert_json_snapshot!(doc);
        }
    });
}

#[test]
fn cover_letter_chrome_and_closing_are_not_tasks() {
    let doc = fixture("plan_cover_letter.txt");
    assert_eq!(doc.title, "示例市2024年依法行政工作要点");
    assert_eq!(doc.kind, DocKind::Plan);
    assert_eq!(
        ids(&doc),
        [
            "一/(一)",
            "一/(二)",
            "二/(三)",
            "二/(四)",
            "三/(五)",
            "三/(六)"
        ]
    );
    for t in &doc.tasks {
        for junk in [
            "请批示",
            "相关附件",
            "扫一扫",
            "各区各部门要对照",
            "此件主动公开",
        ] {
            assert!(!t.text.contains(junk), "{} has {junk}", t.id);
        }
    }
    let last = doc.tasks.last().map(|t| t.text.as_str()).unwrap_or("");
    assert!(last.ends_with("各区政府)"), "{last}");
    assert_eq!(doc.sections.len(), 3);
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn headings_and_text_follow_the_number() {
    let doc = fixture("plan_cover_letter.txt");
    let t = &doc.tasks[0];
    assert_eq!(t.number, "(一)");
    assert_eq!(t.heading, "优化政务服务");
    assert!(t.text.starts_with("优化政务服务。深化"), "{}", t.text);
    assert_eq!(t.section.as_deref(), Some("一"));
}

#[test]
fn lost_brackets_and_missing_markers_are_restored() {
    let doc = fixture("plan_lost_brackets.txt");
    assert_eq!(doc.title, "示例县推进依法行政三项提升行动实施方案");
    assert_eq!(
        ids(&doc),
        [
            "二/(一)/1",
            "二/(一)/2",
            "二/(一)/3",
            "二/(二)/4",
            "二/(二)/5",
            "二/(三)/6",
            "二/(三)/7"
        ]
    );
    let aux: Vec<&str> = doc
        .sections
        .iter()
        .filter(|s| s.auxiliary)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(aux, ["一", "三", "三/(一)", "三/(二)"]);
    assert!(doc.warnings.iter().any(|w| w.contains("补为 (三)")));
    // The unnumbered action heading is a section, not the tail of task 5.
    assert!(!doc.tasks[4].text.contains("提升行动"));
    // Page chrome after the last section is not text.
    assert!(doc.tasks.iter().all(|t| !t.text.contains("返回顶部")));
}

#[test]
fn markdown_and_page_breaks() {
    let doc = fixture("plan_markdown.md");
    assert_eq!(ids(&doc), ["一", "二", "三", "四", "五"]);
    assert!(doc.sections.is_empty());
    let four = &doc.tasks[3];
    assert_eq!(four.heading, "提高普法针对性");
    assert!(
        // (A heading alone on its line ends its sentence before the body below it.)
        four.text.starts_with("提高普法针对性。深入开展"),
        "{}",
        four.text
    );
    assert!(doc.tasks[2].text.contains("监管覆盖率达到 100%"));
    assert!(doc.tasks.iter().all(|t| !t.text.contains("**")));
    assert!(doc.tasks[4]
        .text
        .ends_with("（责任单位：市司法局，各区政府）"));
}

#[test]
fn narrative_report_is_recognised() {
    let doc = fixture("plan_report.txt");
    assert_eq!(doc.kind, DocKind::Report);
    assert_eq!(
        ids(&doc),
        [
            "一",
            "二/(一)",
            "二/(二)",
            "三/一是",
            "三/二是",
            "四/(一)",
            "四/(二)"
        ]
    );
    assert!(doc.tasks[1].text.contains("2.优化营商环境"));
    // A report's figures are achievements, not commitments.
    let kinds = doc.tasks.iter().flat_map(|t| &t.targets).map(|t| t.kind);
    assert!(kinds
        .into_iter()
        .all(|k| k == plandiff::TargetKind::Achieved));
}

#[test]
fn articles_fold_their_items() {
    let doc = fixture("plan_articles.txt");
    // 第一条 (purpose) and 第四条 (entry into force) frame the rules; they are no tasks.
    assert_eq!(ids(&doc), ["第二条", "第三条"]);
    assert_eq!(doc.sections.len(), 2);
    assert!(doc.tasks[1].text.contains("①执法公示制度"));
}

#[test]
fn numbering_gaps_and_repeats_warn() {
    let doc = fixture("plan_numbering_gaps.txt");
    assert_eq!(doc.tasks.len(), 5);
    assert!(doc.warnings.iter().any(|w| w.starts_with("编号不连续")));
    assert!(doc.warnings.iter().any(|w| w.starts_with("编号重复")));
    assert!(doc.warnings.iter().any(|w| w.contains("一/5")));
}

#[test]
fn no_numbered_tasks_is_not_an_error() {
    let doc = fixture("plan_no_tasks.txt");
    assert!(doc.tasks.is_empty());
    assert_eq!(doc.warnings.len(), 1);
    assert!(doc.warnings[0].contains("未找到编号任务"));
}

#[test]
fn whole_pipeline_reads_a_fixture() {
    let path = format!(
        "{}/tests/fixtures/plan_cover_letter.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let doc = parse(&bytes, "plan_cover_letter.txt").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(doc.tasks.len(), 6);
    assert_eq!(doc.tasks[0].lead_units, ["市政务服务局", "市市场监管局"]);
}

#[test]
fn heading_without_its_unit_bracket() {
    let mut doc = plandiff::outline::outline(
        "示例市2024年工作要点\n一、甲\n（一）推进镇(街)综合执法（牵头单位：市执法局）\n（二）规范执法。落实制度。",
    );
    plandiff::extract::annotate(&mut doc);
    assert_eq!(doc.tasks[0].heading, "推进镇(街)综合执法");
    assert_eq!(doc.tasks[0].lead_units, ["市执法局"]);
    assert_eq!(doc.tasks[1].heading, "规范执法");
}

#[test]
fn flattened_text_is_split_into_items() {
    let doc = fixture("plan_flattened.txt");
    assert_eq!(
        ids(&doc),
        [
            "二/(一)",
            "二/(二)",
            "二/(三)",
            "二/(四)",
            "二/(五)",
            "二/(六)",
            "二/(七)",
            "二/(八)"
        ]
    );
    assert!(doc.sections.iter().any(|s| s.id == "一" && s.auxiliary));
    // `三、组织实施各地各部门要…`: the closing section is kept as a section, not a task.
    assert!(doc.sections.iter().any(|s| s.id == "三"));
    let last = doc.tasks.last().map(|t| t.text.as_str()).unwrap_or("");
    assert!(last.ends_with("（省司法厅负责）"), "{last}");
    // `按职责分工负责`: each does its part, none leads.
    assert!(doc.tasks[2].lead_units.is_empty());
    assert_eq!(doc.tasks[2].responsible_units, ["省市场监管局", "省司法厅"]);
}
