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

#[test]
fn a_notice_without_its_plan_has_no_tasks_and_says_where_they_are() {
    let notice = "示例市人民政府办公室关于印发《示例市2025年重点工作任务分工方案》的通知\n各区人民政府，市政府各部门：\n现将《示例市2025年重点工作任务分工方案》印发给你们，并就抓好落实通知如下：\n1.明确任务，压实责任。各牵头单位要细化工作举措，于2月底前报送推进方案。\n2.加强督考，狠抓落实。市政府督查室要加大督查力度。\n";
    let doc = plandiff::parse(notice.as_bytes(), "notice.txt").expect("parses");
    assert!(doc.tasks.is_empty(), "{:?}", doc.tasks);
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.contains("只有印发通知") && w.contains("示例市2025年重点工作任务分工方案")),
        "{:?}",
        doc.warnings
    );
    // The notice's items are still its text.
    assert!(doc.reading.len() >= 2);
    // With the plan after it, the plan's items are the tasks.
    let bundle = format!(
        "{notice}示例市2025年重点工作任务分工方案\n一、推进产业升级\n（一）实施制造业倍增计划。（牵头单位：市工信局）\n（二）培育专精特新企业。（牵头单位：市工信局）\n"
    );
    let doc = plandiff::parse(bundle.as_bytes(), "bundle.txt").expect("parses");
    assert!(doc.warnings.iter().all(|w| !w.contains("只有印发通知")));
    assert!(
        doc.tasks.iter().any(|t| t.heading.contains("制造业倍增")),
        "{:?}",
        doc.tasks
    );
}

#[test]
fn work_named_like_a_closing_section_stays_work() {
    // A 宣传思想 plan's `二、宣传引导` holds its tasks; `2.强化督导考核。…` is a task.
    let text = "示例市2025年宣传思想工作要点\n一、加强理论武装\n1.深化理论学习。举办读书班10期。\n2.强化督导考核。每季度通报1次。\n二、宣传引导\n3.做好主题宣传。推出重点报道100篇。\n4.加强网络舆论引导。培育网络名人工作室5个。\n";
    let doc = plandiff::parse(text.as_bytes(), "plan.txt").expect("parses");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["一/1", "一/2", "二/3", "二/4"]);
}

#[test]
fn a_multi_year_plans_years_from_its_first_are_goals() {
    let text = "示例市数字经济三年行动方案（2024—2026年）\n一、做强数字产业\n2024年，力争数字经济核心产业增加值增长10%。2025年，力争增长12%。\n（一）培育龙头企业。（牵头单位：市工信局）\n（二）建设产业园区。（牵头单位：市发展改革委）\n";
    let doc = plandiff::parse(text.as_bytes(), "plan.txt").expect("parses");
    assert_eq!(doc.goals.len(), 1, "{:?}", doc.goals);
    assert!(doc.goals[0].text.starts_with("2024年"));
}
