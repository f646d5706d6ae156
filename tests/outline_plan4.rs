//! Round 4 fixtures (`plan4_*`, an invented 示例县/示例市/示例区/示例省) in forms the earlier
//! rounds did not cover: a 实施方案 with 主要目标 and 保障措施 sections around its tasks, a
//! 工作要点 written as a Markdown list, a task list with a 完成时限 line per task, and unit
//! lists naming places with their bracketed kinds (`各区（县）政府`), points numbered
//! `第一，`, and items numbered `1）` with no opening bracket.
//! The tests name what used to be misread (the whole parses: `outline_fixtures.rs`).

mod common;

use common::{fixture, ids, target_lines, task};

#[test]
fn goals_and_safeguards_hold_no_tasks_and_every_built_count_is_a_target() {
    let doc = fixture("plan4_goals_section.txt");
    assert_eq!(
        ids(&doc),
        ["二/(一)/1", "二/(一)/2", "二/(二)/3", "二/(二)/4"]
    );
    for id in ["一/(二)", "三"] {
        assert!(
            doc.sections.iter().any(|s| s.id == id && s.auxiliary),
            "{id}"
        );
    }
    // `铺设…公里` after `新建…座` in one sentence; `改造30处`; `划定…15个`.
    assert_eq!(
        target_lines(task(&doc, "二/(一)/1")),
        ["水厂|2|座", "铺设供水主管网|80|公里"]
    );
    assert_eq!(
        target_lines(task(&doc, "二/(一)/2")),
        ["小型供水工程改造|30|处"]
    );
    assert_eq!(target_lines(task(&doc, "二/(二)/4")).len(), 1);
}

#[test]
fn markdown_bullets_are_the_tasks_of_their_heading() {
    let doc = fixture("plan4_bullets.md");
    assert_eq!(ids(&doc), ["一/1", "一/2", "二/1", "二/2", "三/1"]);
    let t = task(&doc, "一/2");
    assert_eq!(t.responsible_units, ["市大数据中心", "各区县政府"]);
    assert!(!t.text.contains("- "), "{}", t.text);
    // Through the whole pipeline (Markdown ingest) too.
    let path = format!(
        "{}/tests/fixtures/plan4_bullets.md",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).unwrap_or_default();
    let parsed = plandiff::parse(&bytes, "plan4_bullets.md").map(|d| d.tasks.len());
    assert_eq!(parsed.ok(), Some(5));
}

#[test]
fn a_deadline_line_per_task_stays_with_its_task() {
    let doc = fixture("plan4_deadline_column.txt");
    assert_eq!(ids(&doc), ["一/1", "一/2", "二/3", "二/4"]);
    let t = task(&doc, "一/2");
    assert_eq!(t.responsible_units, ["区市场监管局", "区政务服务中心"]);
    assert!(t
        .targets
        .iter()
        .any(|x| x.deadline.as_deref() == Some("2025年12月底前")));
    assert_eq!(task(&doc, "二/3").responsible_units, ["区直各部门"]);
}

#[test]
fn places_with_their_bracketed_kinds_are_one_unit() {
    let doc = fixture("plan4_region_units.txt");
    assert_eq!(
        task(&doc, "二/(三)").responsible_units,
        ["各区（县）政府", "市直有关单位"]
    );
    assert_eq!(
        task(&doc, "一/(一)").responsible_units,
        ["各市（州）人民政府", "省直有关单位"]
    );
}

#[test]
fn ordinal_points_are_the_tasks() {
    let doc = fixture("plan4_ordinal_points.txt");
    assert_eq!(ids(&doc), ["一", "二", "三"]);
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    // `改扩建…2万平方米`, `招聘…120名`.
    assert_eq!(
        target_lines(task(&doc, "二")),
        ["改扩建中小学校舍|2|万平方米"]
    );
    assert_eq!(target_lines(task(&doc, "三")), ["招聘新教师|120|名"]);
    let t = task(&doc, "三");
    assert_eq!((t.lead_units.len(), t.responsible_units.len()), (1, 1));
}

#[test]
fn half_brackets_are_numbering_not_a_lost_bracket() {
    let doc = fixture("plan4_half_brackets.txt");
    assert_eq!(ids(&doc), ["一/(1)", "一/(2)", "二/(1)", "二/(2)"]);
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    assert_eq!(
        target_lines(task(&doc, "二/(2)")),
        ["培训养老护理员|500|人次"]
    );
}

#[test]
fn bulleted_fields_belong_to_the_numbered_item_above() {
    let doc = fixture("plan4_bullet_fields.md");
    assert_eq!(ids(&doc), ["(一)/1", "(一)/2", "(二)/1"]);
    let t = task(&doc, "(一)/2");
    assert_eq!(t.responsible_units, ["区城管局", "各街道办事处"]);
    assert!(task(&doc, "(一)/1")
        .targets
        .iter()
        .any(|x| x.deadline.as_deref() == Some("2025年10月底前")));
}
