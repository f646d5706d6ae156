//! Forms of 实施方案 closing sections (an invented 示例区): prose-only sections after the work
//! (组织机构, 宣传引导, 资金保障) are no tasks and do not outvote the numbered tasks under the
//! section named for the work (found in real plans of 2019–2024).

mod common;

use common::{fixture, task};

#[test]
fn closing_prose_sections_leave_the_numbered_tasks_under_the_work_heading() {
    let doc = fixture("plan8_closing_sections.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["二/1", "二/2", "二/3", "二/4"]);
    assert_eq!(task(&doc, "二/3").responsible_units, ["区自然资源局"]);
    // A task titled as a closing section would be (督查考核) is work when it names its unit.
    assert_eq!(task(&doc, "二/4").responsible_units, ["区政府督查室"]);
    assert!(!task(&doc, "二/4").targets.is_empty());
}

#[test]
fn unknown_closing_sections_do_not_outvote_the_work_heading() {
    // The same plan with closing sections of names no list holds: the numbered items under
    // `重点任务` are still the tasks.
    let text = std::fs::read_to_string(format!(
        "{}/tests/fixtures/plan8_closing_sections.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture");
    let text = text
        .replace("三、组织机构", "三、营造氛围")
        .replace("四、宣传引导", "四、跟踪问效")
        .replace("五、资金保障", "五、强化落实");
    let doc = plandiff::parse(text.as_bytes(), "plan8.txt").expect("parses");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert!(
        ids.starts_with(&["二/1", "二/2", "二/3", "二/4"]),
        "{ids:?}"
    );
}
