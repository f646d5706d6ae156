//! Forms of 若干举措 and 卫生健康 plans (an invented 示例市): a section heading that names the lead
//! of its tasks, a section's lead paragraph with a figure, and a `主要目标指标` sub-item beside
//! the `重点工作举措` (found in real plans of 2023–2025).

mod common;

use common::{fixture, task};

#[test]
fn a_section_headings_lead_is_the_lead_of_its_tasks() {
    let doc = fixture("plan7_section_leads.txt");
    let section = |id: &str| doc.sections.iter().find(|s| s.id == id).expect(id);
    // The bracket names units, not the topic.
    assert_eq!(section("一").title, "强化科技创新");
    assert_eq!(section("二").title, "扩大有效投资");
    let units = |id: &str| {
        let t = task(&doc, id);
        (t.lead_units.join("、"), t.responsible_units.join("、"))
    };
    assert_eq!(units("一/(一)"), ("市科技局".into(), String::new()));
    // A task naming its own units keeps them, and takes the section's lead.
    assert_eq!(units("一/(二)"), ("市科技局".into(), "市财政局".into()));
    // A section with a single item: still its task, not the section a task.
    assert_eq!(
        units("二/(一)"),
        (
            "市发展改革委".into(),
            "市自然资源局、示例税务局、财政局".into()
        )
    );
    // The list's level goes to the name without one; a name with the plan's place has its own.
    let full: Vec<(&str, &str)> = (task(&doc, "二/(一)").full_names.iter())
        .map(|f| (f.written.as_str(), f.full.as_str()))
        .collect();
    assert_eq!(full, [("财政局", "市财政局")]);
}

#[test]
fn figures_above_the_tasks_are_goals() {
    let doc = fixture("plan7_section_leads.txt");
    let goals: Vec<(&str, &str)> = (doc.goals.iter())
        .flat_map(|g| {
            g.targets
                .iter()
                .map(move |t| (g.section.as_str(), t.metric.as_str()))
        })
        .collect();
    assert_eq!(goals, [("一", "全社会研发投入强度")]);
    assert_eq!(doc.title, "示例市推动经济高质量发展若干政策举措");
}

#[test]
fn a_goal_item_beside_the_measures_leaves_them_tasks() {
    let doc = fixture("plan7_goal_items.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    // Before, the units of the measures read as the action's own, and each action was one task.
    assert_eq!(ids, ["二/(一)/2/(1)", "二/(一)/2/(2)", "二/(二)/2/(1)"]);
    assert_eq!(
        task(&doc, "二/(一)/2/(2)").responsible_units,
        ["各区县人民政府"]
    );
    let goals: Vec<(&str, &str)> = (doc.goals.iter())
        .flat_map(|g| {
            g.targets
                .iter()
                .map(move |t| (g.section.as_str(), t.metric.as_str()))
        })
        .collect();
    assert_eq!(
        goals,
        [
            // Announced in the preamble's prose; `5岁以下` names who, not a figure.
            ("", "婴儿死亡率"),
            ("", "5岁以下儿童死亡率"),
            ("二/(一)/1", "人均预期寿命"),
            ("二/(一)/1", "居民健康素养水平"),
            ("二/(一)/1", "重大慢病过早死亡率"),
            ("二/(二)/1", "县域就诊率"),
        ]
    );
}

#[test]
fn plans_attached_one_after_another_are_parts() {
    let doc = fixture("plan7_attached_plans.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "第一部分/一/1",
            "第一部分/一/2",
            "第一部分/二/3",
            "第二部分/一/1",
            "第二部分/一/2",
        ]
    );
    let part = |id: &str| {
        doc.sections
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.title.as_str())
    };
    assert_eq!(part("第二部分"), Some("示例市2026年政务公开重点任务分工"));
    // The second plan's `一、` is its own, not the first plan's repeated.
    assert!(
        doc.warnings.iter().all(|w| !w.contains("编号重复")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn a_notice_forwarding_an_unquoted_plan_is_titled_by_the_plan() {
    let doc = plandiff::parse(
        "示例市人民政府办公室关于印发示例市优化营商环境行动方案的通知\n各区县人民政府：\n现将方案印发给你们。\n一、开展审批提速行动\n（一）削减审批事项。（责任单位：市行政审批局）\n"
            .as_bytes(),
        "notice.txt",
    )
    .expect("parses");
    assert_eq!(doc.title, "示例市优化营商环境行动方案");
}

#[test]
fn a_plan_with_its_own_items_before_its_attachments_keeps_them() {
    // Not a cover letter: the plan numbers its own tasks, then attaches a task list and a
    // scoring sheet. Its tasks keep their ids; the attachments make no parts of it.
    let text = "示例市2024年政务公开工作要点\n一、加强政策解读\n（一）全年解读政策不少于20件。（牵头单位：市政府办公室）\n（二）推进惠企政策公开。（牵头单位：市发展改革委）\n二、加强平台建设\n（一）优化政府网站。（牵头单位：市政务服务局）\n附件1\n示例市2024年政务公开重点任务分工\n1.加强政策解读。（牵头单位：市政府办公室）\n2.推进惠企政策公开。（牵头单位：市发展改革委）\n附件2\n示例市2024年政务公开考核细则\n1.政策解读占10分。\n2.平台建设占20分。\n";
    let doc = plandiff::parse(text.as_bytes(), "plan.txt").expect("parses");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids[..3], ["一/(一)", "一/(二)", "二/(一)"]);
    assert!(doc.sections.iter().all(|s| !s.title.contains("部分")));
}

#[test]
fn a_notice_with_items_of_its_own_still_parts_its_attached_plans() {
    // The cover letter is a notice: its own 一、二、 tell how to carry the plans out, and its list
    // names them in 《》.
    let text = "示例市人民政府办公室关于印发两项工作要点的通知\n各区人民政府，市政府各部门：\n现将有关工作要点印发给你们，并提出以下要求：\n一、提高思想认识。各单位要高度重视。\n二、强化工作落实。各单位于12月10日前报送年度总结。\n附件：1.《示例市2024年政务公开工作要点》\n2.《示例市2024年政务服务工作要点》\n附件1\n示例市2024年政务公开工作要点\n一、推进决策公开\n1.完善公众参与机制。（市政府办公室牵头）\n附件2\n示例市2024年政务服务工作要点\n一、推进一网通办\n1.网上可办率达到95%。（市政务服务局牵头）\n";
    let doc = plandiff::parse(text.as_bytes(), "notice.txt").expect("parses");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert!(ids.contains(&"第一部分/一/1"), "{ids:?}");
    assert!(ids.contains(&"第二部分/一/1"), "{ids:?}");
}
