//! A bureau's plan (an invented 示例市生态环境局) in forms met in real plans of 2024–2025: a
//! heading wrapped after a list comma, past figures beside this year's (`已建成…5000公里`), rates
//! worded `高达`/`达效率`, and a lead list `甲局会同乙局`.

mod common;

use common::{fixture, task};

fn metrics(doc: &plandiff::Document, id: &str) -> Vec<(String, f64, String)> {
    (task(doc, id).targets.iter())
        .map(|t| {
            (
                t.metric.clone(),
                t.value.unwrap_or(f64::NAN),
                t.unit.clone(),
            )
        })
        .collect()
}

#[test]
fn a_heading_wrapped_after_a_list_comma_keeps_its_whole_title() {
    let doc = fixture("plan9_wrapped_facts.txt");
    let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "深入打好蓝天碧水净土保卫战",
            "学习贯彻党的二十届三中全会和省委十三届八、九次全会精神"
        ]
    );
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["一/(一)", "一/(二)", "一/(三)", "二/(四)", "二/(五)"]);
    // No number was missing: the second line went on with the heading.
    assert!(
        doc.warnings.iter().all(|w| !w.contains("编号缺失")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn what_is_built_already_is_no_target() {
    let doc = fixture("plan9_wrapped_facts.txt");
    let found = metrics(&doc, "一/(二)");
    assert!(found.iter().all(|(_, v, _)| *v != 5000.0), "{found:?}");
    assert!(
        found.iter().any(|(_, v, u)| *v == 120.0 && u == "公里"),
        "{found:?}"
    );
    assert!(
        found.iter().any(|(_, v, u)| *v == 100.0 && u == "%"),
        "{found:?}"
    );
    // `已经完成的专题培训` names no figure to reach; the twelve sessions are one.
    assert_eq!(
        metrics(&doc, "二/(四)"),
        [("集中学习".to_string(), 12.0, "次".to_string())]
    );
}

#[test]
fn rates_worded_as_high_as_or_with_da_in_their_name_keep_their_name() {
    let doc = fixture("plan9_wrapped_facts.txt");
    let found = metrics(&doc, "一/(三)");
    let names: Vec<&str> = found.iter().map(|m| m.0.as_str()).collect();
    assert_eq!(names, ["受污染耕地安全利用率", "治理修复项目达效率"]);
}

#[test]
fn a_lead_working_with_another_agency_leads_alone() {
    let doc = fixture("plan9_wrapped_facts.txt");
    let t = task(&doc, "一/(一)");
    assert_eq!(t.lead_units, ["市生态环境局"]);
    assert_eq!(t.responsible_units, ["市发展改革委", "各区人民政府"]);
    // `会同有关部门` is no agency of its own: the lead stays whole.
    assert_eq!(task(&doc, "一/(二)").lead_units, ["市水务局会同有关部门"]);
    // Two leads listed side by side both lead.
    assert_eq!(
        task(&doc, "一/(三)").lead_units,
        ["市生态环境局", "市农业农村局"]
    );
}

#[test]
fn a_table_of_contents_is_not_read_as_tasks() {
    let doc = fixture("plan9_contents.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["三/(一)", "三/(二)"]);
    assert_eq!(task(&doc, "三/(一)").heading, "稳定粮食生产");
    assert!(
        doc.warnings.iter().all(|w| !w.contains("编号重复")),
        "{:?}",
        doc.warnings
    );
    // An ellipsis in a task's text is no leader: the task and its figures stay whole.
    assert!(task(&doc, "三/(二)")
        .text
        .ends_with("（责任单位：县农业农村局、县商务局）"));
}

#[test]
fn the_situation_a_plan_starts_from_holds_no_tasks_and_a_fields_goals_are_goals() {
    let doc = fixture("plan9_situation_goals.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["三/(一)", "三/(二)"]);
    // `养老服务质量目标` is a goal block like `主要目标`, with its figures; `不能低于`/`不能超过`
    // bound them the way `不低于`/`不超过` do.
    let goals: Vec<(String, String, f64)> = (doc.goals.iter())
        .flat_map(|g| &g.targets)
        .map(|t| {
            let cmp = serde_json::to_value(t.comparator).unwrap();
            (
                t.metric.clone(),
                cmp.as_str().unwrap_or("").to_string(),
                t.value.unwrap_or(f64::NAN),
            )
        })
        .collect();
    assert_eq!(
        goals,
        [
            (
                "全市养老机构护理型床位占比".to_string(),
                ">=".to_string(),
                65.0
            ),
            ("投诉办结率".to_string(), ">=".to_string(), 98.0),
            ("等候入住时间".to_string(), "<=".to_string(), 30.0),
        ]
    );
}

#[test]
fn a_new_round_is_no_count_and_a_must_not_exceed_is_an_upper_bound() {
    let doc = fixture("plan9_situation_goals.txt");
    let found = metrics(&doc, "三/(二)");
    assert_eq!(
        found,
        [("养老机构入住等候时间".to_string(), 15.0, "天".to_string())]
    );
}

#[test]
fn lead_labels_that_end_like_other_labels_and_one_name_over_three_levels() {
    let doc = fixture("plan9_situation_goals.txt");
    let t = task(&doc, "三/(一)");
    assert_eq!(t.lead_units, ["市民政局"]);
    assert_eq!(
        t.responsible_units,
        ["市财政局", "市自然资源和规划局", "各县、市、区政府"]
    );
}

fn deadlines(targets: &[plandiff::model::Target]) -> Vec<(String, Option<String>)> {
    (targets.iter())
        .map(|t| (t.metric.clone(), t.deadline.clone()))
        .collect()
}

#[test]
fn a_deadline_reaches_past_how_figures_are_reckoned_and_past_its_hedge() {
    let doc = fixture("plan9_deadlines.txt");
    let goals: Vec<Vec<(String, Option<String>)>> =
        doc.goals.iter().map(|g| deadlines(&g.targets)).collect();
    let s = |m: &str, d: &str| (m.to_string(), Some(d.to_string()));
    assert_eq!(
        goals,
        [
            // No date-only target named `按实况计算`: the figures carry the deadline.
            vec![
                s("全市空气质量优良天数比率", "2025年底"),
                s("细颗粒物平均浓度", "2025年底")
            ],
            vec![s("基本消除重污染天气", "2027年")],
            vec![s("全市城市社区建成嵌入式服务综合体", "2027年底前")],
        ]
    );
}

#[test]
fn the_month_work_is_done_in_is_its_deadline() {
    let doc = fixture("plan9_deadlines.txt");
    let s = |m: &str, d: &str| (m.to_string(), Some(d.to_string()));
    assert_eq!(
        deadlines(&task(&doc, "二/(一)").targets),
        [s("施工工地扬尘在线监测全覆盖", "2025年6月")]
    );
    assert_eq!(
        deadlines(&task(&doc, "二/(二)").targets),
        [s("建成重点企业用电监控平台", "2025年9月")]
    );
    // `到2025年6月底前，…达到90%`: the whole date heads the figure after it.
    assert_eq!(
        deadlines(&task(&doc, "二/(三)").targets),
        [s("空气质量自动监测站点乡镇覆盖率", "2025年6月底前")]
    );
}

#[test]
fn a_notice_citing_its_attachments_inline_is_a_notice_alone() {
    let doc = fixture("plan9_cited_attachment.txt");
    assert!(doc.tasks.is_empty(), "{:?}", doc.tasks.len());
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.contains("《2025年〈政府工作报告〉主要目标分解表》")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn who_does_the_work_said_in_sentences_of_prose() {
    let doc = fixture("plan9_role_clauses.txt");
    let t = task(&doc, "一");
    assert_eq!(t.lead_units, ["乡依法治理领导小组"]);
    assert_eq!(t.responsible_units, ["乡依法治理办", "各村委会"]);
    // `责任主体单位` names a role, no agency.
    let t = task(&doc, "二/1");
    assert_eq!(t.lead_units, ["乡依法治理办"]);
    assert_eq!(t.responsible_units, ["乡司法所", "乡文化站", "乡派出所"]);
    assert_eq!(task(&doc, "二/2").lead_units, ["乡司法所"]);
}
