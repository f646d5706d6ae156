//! Units of forms met in real plans (invented 示例 places): names with a bracket after them
//! (`区人民政府（管委会）`, `州直相关单位（部门）`) and a standing note naming such a unit;
//! measures named before their deadlines; goals led by a year of a plan over years.

use plandiff::parse_text;

mod common;
use common::{target_deadlines as targets, task_units as units};

#[test]
fn a_name_with_a_bracketed_body_after_it_is_one_unit() {
    let got = units("示例市空气质量提升实施方案\n二、工作任务\n1.治理扬尘。年底前完成工地扬尘治理。〔市生态环境局牵头,各县、区人民政府(管委会)负责落实〕\n2.治理油烟。年底前完成餐饮油烟治理。（市生态环境局牵头，州直相关单位（部门）配合）\n3.淘汰车辆。年底前淘汰老旧车辆。（牵头单位：市公安局；责任单位：各县、区人民政府）\n");
    assert_eq!(got[0].0, ["市生态环境局"]);
    // (`各县、区人民政府` is the governments of both levels: one collective name, with the
    // bracket or without.)
    assert_eq!(got[0].1, ["各县、区人民政府(管委会)"]);
    assert_eq!(got[1].1, ["州直相关单位（部门）"]);
    assert_eq!(got[2].1, ["各县、区人民政府"]);
}

#[test]
fn a_standing_note_naming_a_bracketed_unit_covers_the_tasks_below() {
    let got = units("示例市空气质量提升实施方案\n二、工作任务\n1.编制准入清单。完成环境准入清单编制。〔市生态环境局牵头,市发展改革委参与,各县、区人民政府(管委会)负责落实。以下各项工作均需各县、区人民政府(管委会)落实,不再列出。〕\n2.整治燃煤锅炉。10月底前完成燃煤锅炉整治。(市生态环境局牵头,市住房城乡建设局参与)\n");
    assert_eq!(got[0].0, ["市生态环境局"]);
    // Named once each, though the note names them again.
    assert_eq!(got[0].1, ["市发展改革委", "各县、区人民政府(管委会)"]);
    assert_eq!(got[1].0, ["市生态环境局"]);
    assert_eq!(got[1].1, ["市住房城乡建设局", "各县、区人民政府(管委会)"]);
}

#[test]
fn a_measure_named_before_its_deadline_goes_on_after_it() {
    let got = targets("示例市2025年环境整治工作要点\n一、整治环境卫生\n1.整治卫生黑点。各部门确定的约600个环境卫生黑点于2025年底前消除至少75%，全市生活垃圾分类覆盖率于6月底前达到95%。（市城管局负责）\n2.整治农村厕所。各乡镇6月底前完成改厕500户，卫生黑点2025年底前消除率达到80%。（市农业农村局负责）\n");
    let due = |m: &str, v: f64, d: &str| (m.to_string(), Some(v), Some(d.to_string()));
    assert_eq!(
        got,
        [
            due("环境卫生黑点消除", 75.0, "2025年底前"),
            due("全市生活垃圾分类覆盖率", 95.0, "6月底前"),
            // Who does the work is no part of what is counted.
            due("改厕", 500.0, "6月底前"),
            due("卫生黑点消除率", 80.0, "2025年底前"),
        ]
    );
}

/// `(metric, deadline)` of every goal's targets.
fn goal_deadlines(text: &str) -> Vec<(String, Option<String>)> {
    parse_text(text, "示例.txt")
        .goals
        .iter()
        .flat_map(|g| &g.targets)
        .map(|t| (t.metric.clone(), t.deadline.clone()))
        .collect()
}

#[test]
fn goals_led_by_a_year_of_a_plan_over_years_are_due_then() {
    let text = "示例市加强数字政府建设实施方案（2023—2025年）\n一、主要目标\n2023年初步实现全市政务信息化项目统筹建设。\n2024年全面实现全市政务数据共享。\n2023年，全市新建5G基站2600个以上。\n二、重点任务\n1.建设平台。年底前建成统一平台。\n";
    let got = goal_deadlines(text);
    let due = |m: &str, d: &str| (m.to_string(), Some(d.to_string()));
    assert_eq!(
        got,
        [
            due("全市政务信息化项目统筹建设", "2023年"),
            due("全市政务数据共享", "2024年"),
            due("全市新建5G基站", "2023年"),
        ]
    );
}

#[test]
fn the_doer_or_intent_before_a_deadline_stays_out_of_the_metric() {
    let got = targets("示例市2025年工作要点\n一、重点任务\n1.推进改厕。市教育局于9月底前新建幼儿园5所，我市力争于2025年底前完成老旧小区改造80%。（市住房城乡建设局负责）\n2.提升绿化。城市建成区的绿化覆盖率于年底前达到40%，初步设计审批完成率达到90%。（市城管局负责）\n");
    let metrics: Vec<&str> = got.iter().map(|t| t.0.as_str()).collect();
    assert_eq!(
        metrics,
        [
            "幼儿园",
            "老旧小区改造",
            "城市建成区的绿化覆盖率",
            "初步设计审批完成率"
        ]
    );
}

#[test]
fn names_listed_before_their_kind_each_take_the_measure() {
    let got = targets("示例市蓝天行动方案\n一、工作任务\n1.减少排放。到2025年，二氧化硫、氮氧化物和挥发性有机物等主要污染物排放总量比2020年分别下降15%、10%和26%。（市生态环境局负责）\n");
    let metrics: Vec<(&str, Option<f64>)> = got.iter().map(|t| (t.0.as_str(), t.1)).collect();
    assert_eq!(
        metrics,
        [
            ("二氧化硫排放总量下降", Some(15.0)),
            ("氮氧化物排放总量下降", Some(10.0)),
            ("挥发性有机物排放总量下降", Some(26.0)),
        ]
    );
    assert!(got.iter().all(|t| t.2.as_deref() == Some("2025年")));
    let doc = parse_text("示例市蓝天行动方案\n一、工作任务\n1.减少排放。到2025年，二氧化硫、氮氧化物和挥发性有机物等主要污染物排放总量比2020年分别下降15%、10%和26%。（市生态环境局负责）\n", "示例.txt");
    assert!(doc.tasks[0]
        .targets
        .iter()
        .all(|t| t.base.as_deref() == Some("2020年")));
}

#[test]
fn a_year_linked_inside_a_clause_is_the_deadline_of_the_level_after_it() {
    let got = targets("示例市生态建设工作方案\n一、工作任务\n1.提升森林覆盖率。全市森林覆盖率到2025年达到45%，城市污水处理率在2026年提高到95%。（市林业局负责）\n2.控制增长。能源消费总量从2020年到2025年增长不超过10%。（市发展改革委负责）\n");
    let due = |m: &str, v: f64, d: Option<&str>| (m.to_string(), Some(v), d.map(str::to_string));
    assert_eq!(got[0], due("全市森林覆盖率", 45.0, Some("2025年")));
    assert_eq!(got[1], due("城市污水处理率", 95.0, Some("2026年")));
    // The second year of a span is no deadline.
    assert!(got[2].2.is_none(), "{:?}", got[2]);
}

#[test]
fn a_dashed_goal_point_keeps_the_deadline_heading_it() {
    let text = "示例市2025年工作要点\n一、工作目标\n——到2026年底，全市新建充电桩1000个以上。\n——截至2024年底，全市已建成充电桩800个。\n二、重点任务\n1.建设充电桩。年底前新建充电桩500个。（市发展改革委负责）\n";
    let got = goal_deadlines(text);
    assert_eq!(
        got[0],
        ("全市新建充电桩".to_string(), Some("2026年底".to_string()))
    );
    // A reference date after the sign still states a fact, not a target.
    assert_eq!(got.len(), 1, "{got:?}");
}

#[test]
fn a_unit_said_after_the_bound_is_the_figures() {
    let read = |figure: &str| {
        let doc = parse_text(
            &format!("示例市2025年文旅工作要点\n一、重点任务\n1.发展旅游。全年接待游客{figure}。（市文旅局负责）\n"),
            "示例.txt",
        );
        let t = doc.tasks[0].targets[0].clone();
        (t.metric, t.comparator, t.value, t.unit)
    };
    // `1000万以上人次` and `1000万人次以上` say one thing.
    assert_eq!(read("1000万以上人次"), read("1000万人次以上"));
    assert_eq!(read("1000万以上人次").3, "人次");
}
