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

#[test]
fn a_topics_general_requirements_and_significance_are_no_tasks() {
    let text = "示例市人民政府关于深化预算管理改革的实施意见\n一、充分认识深化预算管理改革的重要意义\n1.提高认识。预算管理是政府治理的基础，各级各部门要统一思想。\n二、深化预算管理改革的总体要求\n2.指导思想。以高质量发展为主线，建立现代预算制度。\n3.目标任务。到2027年，基本建成全面规范的预算制度。\n三、主要任务\n4.完善政府预算体系。加大一般公共预算与政府性基金预算统筹力度。（牵头单位：市财政局）\n5.推进预算公开。部门预决算公开率达到100%。（牵头单位：市财政局）\n";
    let doc = plandiff::parse(text.as_bytes(), "plan.txt").expect("parses");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["三/4", "三/5"]);
}
