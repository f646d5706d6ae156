//! Targets in forms met in real plans (invented 示例 places): a project's milestones on a day
//! or month (`2025年7月1日正式开馆`, `12月开工建设`), its land and volume (`占地6亩多`,
//! `库容达15000余立方米`), `再建27公里`, and figures with thousands commas (`3,300 公顷`).

mod common;

use common::target_rows as targets;

/// The deadlines of a text's targets.
fn deadlines(text: &str) -> Vec<String> {
    targets(text).into_iter().filter_map(|r| r.4).collect()
}

#[test]
fn a_projects_milestone_on_a_day_or_month_is_its_deadline() {
    let text = "示例镇2025年重点项目计划\n一、重点项目\n1.建设党史纪念馆。力争2025年7月1日正式开馆。\n2.建设冷链物流园。预计2024年12月开工建设，2025年5月竣工。\n3.建设产业园。年底前投产。\n";
    assert_eq!(
        deadlines(text),
        ["2025年7月1日", "2024年12月", "2025年5月", "年底前"]
    );
    // A bare date with no work done on it is no deadline.
    assert!(deadlines(
        "示例镇2025年计划\n1.做好宣传。2025年7月1日召开大会，全镇参加。\n2.做好培训。培训50人。\n"
    )
    .is_empty());
}

#[test]
fn land_volume_and_rebuilt_roads_are_counted() {
    let got = targets(
        "示例镇2025年重点项目计划\n一、重点项目\n1.建设纪念馆，共占地6亩多。\n2.建设保鲜库，占地2000余平方米，冷库库容达15000余立方米。\n3.再建27公里农村道路。\n",
    );
    let values: Vec<(Option<f64>, &str)> = got.iter().map(|r| (r.2, r.3.as_str())).collect();
    assert_eq!(
        values,
        [
            (Some(6.0), "亩"),
            (Some(2000.0), "平方米"),
            (Some(15000.0), "立方米"),
            (Some(27.0), "公里"),
        ]
    );
    // `多` and `余` make the figure a floor.
    assert_eq!(got[0].1, "AtLeast");
    assert_eq!(got[1].1, "AtLeast");
}

#[test]
fn figures_with_thousands_commas_are_whole_numbers() {
    let got = targets(
        "示例市2025年土地供应工作要点\n1. 依时提供约 3,300 公顷新平整土地，当中不少于 1,300 公顷来自北部片区。\n2. 准备可兴建不少于 72,000 个住房单位的土地。\n",
    );
    let values: Vec<Option<f64>> = got.iter().map(|r| r.2).collect();
    assert_eq!(values, [Some(3300.0), Some(1300.0), Some(72000.0)]);
    // A list of years with a comma stays two numbers.
    let years = targets("示例市2025年工作要点\n1.完成改造。2021,2022年共改造120个小区。\n");
    assert!(years.iter().all(|r| r.2 != Some(2_021_202.0)));
}

#[test]
fn a_date_describing_a_thing_is_no_deadline() {
    assert!(deadlines("示例市2025年计划\n1.做好大桥养护。对2024年12月通车的示例大桥开展检测。\n2.做好培训。培训50人。\n").is_empty());
}

#[test]
fn a_bracket_about_a_body_names_no_lead() {
    let doc = plandiff::parse_text(
        "示例市2025年工作要点\n1.组建领导小组。（下设办公室）\n2.推进机构改革。（原文化局）\n3.开展环境整治。（环境局）\n",
        "plan.txt",
    );
    let leads: Vec<Vec<String>> = doc.tasks.iter().map(|t| t.lead_units.clone()).collect();
    assert_eq!(leads, [vec![], vec![], vec!["环境局".to_string()]]);
}

#[test]
fn a_metric_keeps_the_bracket_it_opens() {
    let got = targets(
        "示例市教育局2025年工作要点\n一、学前教育\n1.全市幼儿入园率达到96%以上，县（市）达到92%以上。\n2.教师年度满意度（学生、家长、同事三维）≥92%。\n3.公办园在园幼儿占比（含普惠园）达到60%以上。\n",
    );
    let metrics: Vec<&str> = got.iter().map(|r| r.0.as_str()).collect();
    // Before: `县（市`, `…同事三维`, `…（含普惠园`. (Since session 27 the place a share is
    // given for once more names the measure for that place, not the place alone.)
    assert_eq!(
        metrics,
        [
            "全市幼儿入园率",
            "县（市）幼儿入园率",
            "教师年度满意度",
            "公办园在园幼儿占比（含普惠园）"
        ]
    );
}

#[test]
fn a_count_held_at_zero_is_a_target() {
    let got = targets(
        "示例市应急管理局2025年工作计划\n一、安全生产\n1.全年较大以上生产安全事故为零，重大火灾事故为零。\n2.审计问题为零，信访积案清零。\n3.推广零部件检测。\n",
    );
    let zeros: Vec<(&str, Option<f64>)> = got.iter().map(|r| (r.0.as_str(), r.2)).collect();
    assert_eq!(
        zeros,
        [
            ("较大以上生产安全事故", Some(0.0)),
            ("重大火灾事故", Some(0.0)),
            ("审计问题", Some(0.0)),
            ("信访积案", Some(0.0)),
        ]
    );
}

#[test]
fn a_word_before_a_level_raised_to_is_no_bound() {
    // `最高` names the rate; the rate is raised to 95% (before: `<= 95%`, a metric cut short).
    let got = targets(
        "示例市2025年金融工作要点\n1.提升出口信用保险机构的法定最高弥偿百分率至95%。\n2.申请2-3个农产品地理标志。\n3.引进投资5000万元以上的项目3个以上。\n",
    );
    assert_eq!(got[0].1, "Equal");
    assert!(got[0].0.ends_with("最高弥偿百分率"), "{}", got[0].0);
    assert_eq!((got[1].2, got[1].3.as_str()), (Some(2.0), "个"));
    // What follows a qualifier's `的` is the noun counted.
    assert!(got.iter().any(|r| r.0 == "项目" && r.2 == Some(3.0)));
}

#[test]
fn sayings_and_changes_at_zero_are_no_targets() {
    let got = targets("示例县2025年工作计划\n1.做好分解。将任务化整为零。\n2.完善考核。未提交的得分视为零。\n3.控制支出。三公经费增长为零。\n");
    assert!(got.iter().all(|r| r.2 != Some(0.0)), "{got:?}");
}
