//! Plans served in traditional characters, with pinyin glosses: read as the same plan in
//! simplified characters (units, targets, pairing), shown in the document's own characters.

mod common;

use common::parsed_fixture as fixture;
use plandiff::{compare, parse};

#[test]
fn a_traditional_page_reads_as_its_simplified_twin() {
    let traditional = fixture("script_traditional.html");
    let simplified = fixture("script_simplified.txt");
    insta::assert_json_snapshot!("script_traditional.html", traditional);
    assert_eq!(traditional.title, simplified.title);
    assert_eq!(traditional.tasks.len(), 6);
    for (t, s) in traditional.tasks.iter().zip(&simplified.tasks) {
        assert_eq!(t.id, s.id);
        assert_eq!(t.text, s.text, "task {}", t.id);
        assert_eq!(t.lead_units, s.lead_units, "task {}", t.id);
        assert_eq!(t.responsible_units, s.responsible_units, "task {}", t.id);
        assert_eq!(t.targets, s.targets, "task {}", t.id);
    }
    let comparison = compare(&traditional, &simplified);
    assert_eq!(comparison.summary.unchanged, 6);
    assert_eq!(comparison.summary.unit_changes, 0);
}

#[test]
fn the_text_shows_as_written() {
    let doc = fixture("script_traditional.html");
    assert!(doc.warnings.iter().any(|w| w.contains("繁体")));
    assert!(doc.warnings.iter().any(|w| w.contains("拼音")));
    let first = &doc.tasks[0];
    assert_eq!(
        doc.as_written(&first.text),
        "加強重點領域立法。圍繞城市更新、生態環境保護等領域，年內完成3件地方性法規草案的起草工作。\
         （牽頭單位：市司法局；責任單位：市住房城鄉建設局、市生態環境局）"
    );
    assert_eq!(
        doc.as_written(&doc.title),
        "示例市2025年法治政府建設工作要點"
    );
    // The gloss is gone from the text as written too: it was never part of the plan.
    assert!(doc
        .as_written(&doc.tasks[4].text)
        .starts_with("發揮行政復議"));
}

#[test]
fn simplified_plans_are_not_converted() {
    let doc = fixture("script_simplified.txt");
    assert!(doc.original_chars.is_empty());
    assert!(!doc.warnings.iter().any(|w| w.contains("繁体")));
    // A simplified text keeps characters a converter would take for traditional ones.
    let doc = parse(
        "一、工作任务\n（一）显著提高著作权保护水平，总结乾坤湾经验。（牵头单位：市版权局）\n"
            .as_bytes(),
        "a.txt",
    )
    .unwrap();
    assert!(doc.tasks[0].text.contains("显著提高著作权"));
    assert!(doc.tasks[0].text.contains("乾坤湾"));
}
