//! Targets in forms met in real plans (invented 示例 places): `分别` lists of named pollutants
//! and of places (`PM2.5、PM10年平均浓度分别不高于25、45微克每立方米`), units spelt out with
//! `每`, a year that is a baseline (`在2024年基础上`), and `多元` opening a word
//! (`5.4多元协同机制`), not closing a sum.

mod common;

use common::target_rows;

/// `(metric, comparator, value, unit)` of every target of `text`'s tasks.
fn targets(text: &str) -> Vec<(String, String, f64, String)> {
    (target_rows(text).into_iter())
        .map(|(metric, comparator, value, unit, _)| {
            (metric, comparator, value.unwrap_or(f64::NAN), unit)
        })
        .collect()
}

fn row(metric: &str, comparator: &str, value: f64, unit: &str) -> (String, String, f64, String) {
    (
        metric.to_string(),
        comparator.to_string(),
        value,
        unit.to_string(),
    )
}

#[test]
fn each_figure_of_a_respective_list_gets_its_own_measure() {
    let text = "示例市2025年生态环境保护工作要点\n一、重点任务\n1.环境空气。PM2.5、PM10年平均浓度分别不高于25、45微克每立方米。\n2.颗粒物。细颗粒物、可吸入颗粒物年平均浓度分别不高于25、45微克/立方米。\n3.用水。工业用水、生活用水重复利用率分别达到90%、60%。\n";
    assert_eq!(
        targets(text),
        [
            row("PM2.5年平均浓度", "AtMost", 25.0, "微克/立方米"),
            row("PM10年平均浓度", "AtMost", 45.0, "微克/立方米"),
            row("细颗粒物年平均浓度", "AtMost", 25.0, "微克/立方米"),
            row("可吸入颗粒物年平均浓度", "AtMost", 45.0, "微克/立方米"),
            row("工业用水重复利用率", "Equal", 90.0, "%"),
            row("生活用水重复利用率", "Equal", 60.0, "%"),
        ]
    );
    // The `、` between two names lost in scraping.
    let text = "示例市2025年生态环境保护工作要点\n一、重点任务\n1.环境空气。PM2.5PM10年平均浓度分别不高于20.5、37微克每立方米。\n";
    assert_eq!(
        targets(text),
        [
            row("PM2.5年平均浓度", "AtMost", 20.5, "微克/立方米"),
            row("PM10年平均浓度", "AtMost", 37.0, "微克/立方米"),
        ]
    );
    // Parts that share no ending keep their own words: no measure is made up.
    let text = "示例县2025年农业工作要点\n一、重点任务\n1.机械化。花生种植、收获机械化率分别达到60%、50%。\n";
    let found = targets(text);
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|t| !t.0.contains("种植化率")), "{found:?}");
}

#[test]
fn a_bound_after_a_respective_list_says_how_each_figure_is_met() {
    let text = "示例市2025年水务工作要点\n一、重点任务\n1.饮用水。城市和农村饮用水水源地水质达标率分别达到100%、95%以上。\n2.供水。城市和农村供水保证率分别达到98%、95%。\n";
    assert_eq!(
        targets(text),
        [
            row("城市饮用水水源地水质达标率", "AtLeast", 100.0, "%"),
            row("农村饮用水水源地水质达标率", "AtLeast", 95.0, "%"),
            row("城市供水保证率", "Equal", 98.0, "%"),
            row("农村供水保证率", "Equal", 95.0, "%"),
        ]
    );
}

#[test]
fn a_unit_spelt_with_mei_compares_alike_with_its_slash_form() {
    let a = "示例市2024年大气治理工作要点\n一、重点任务\n1.治理大气污染。细颗粒物年平均浓度不高于32微克/立方米。\n";
    let b = "示例县2025年大气治理工作要点\n一、重点任务\n1.治理大气污染。细颗粒物年平均浓度不高于30微克每立方米。\n";
    assert_eq!(
        targets(b),
        [row("细颗粒物年平均浓度", "AtMost", 30.0, "微克/立方米")]
    );
    let c = plandiff::compare(
        &plandiff::parse_text(a, "a.txt"),
        &plandiff::parse_text(b, "b.txt"),
    );
    let pair = c.pairs.first().expect("the one task pairs");
    let change = pair.targets.first().expect("its target is compared");
    assert!(change.a.is_some() && change.b.is_some(), "{change:?}");
    assert_eq!(change.values, "32→30微克/立方米");
}

#[test]
fn a_year_to_build_on_is_no_deadline() {
    // No year in the title: the baseline year is not in the plan's past by the title.
    let text = "生态环境工作安排\n一、工作目标\n守底线、争位次，在2024年基础上，全市污染防治考核进位。到2025年底，国控断面优良比例达到90%。\n二、重点任务\n1.治理水污染。以2020年为基数，化学需氧量排放总量减少8%。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let deadlines: Vec<&str> = (doc.goals.iter().flat_map(|g| &g.targets))
        .chain(doc.tasks.iter().flat_map(|t| &t.targets))
        .filter_map(|t| t.deadline.as_deref())
        .collect();
    assert!(deadlines.contains(&"2025年底"), "{deadlines:?}");
    assert!(
        deadlines
            .iter()
            .all(|d| !d.contains("2024") && !d.contains("2020")),
        "{deadlines:?}"
    );
}

#[test]
fn duo_yuan_opening_a_word_is_no_sum_and_its_number_stays_an_item() {
    let text = "示例区2025年社区治理工作方案\n一、重点任务\n1.1智能化建设\n推进智慧社区平台建设，每户补助300多元。\n1.2多元协同机制\n建立社区、社会组织、社工多元化联动机制，人均增收2000多元。\n1.3考核评估\n每年开展1次考核。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["一/1.1", "一/1.2", "一/1.3"]);
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    let found = targets(text);
    assert!(
        found.contains(&row("每户补助", "AtLeast", 300.0, "元")),
        "{found:?}"
    );
    assert!(
        found.contains(&row("人均增收", "AtLeast", 2000.0, "元")),
        "{found:?}"
    );
    assert!(
        found.iter().all(|t| t.3 != "元" || t.2 >= 300.0),
        "{found:?}"
    );
}

#[test]
fn a_note_naming_the_first_unit_the_lead_gives_no_names() {
    let text = "示例市优化营商环境若干措施\n一、营造公平竞争市场环境\n（一）推进PPP项目规范运行，确保项目协议落实到位。\n责任单位：示例市发改委、示例市财政局（第一责任单位为牵头单位，下同）\n（二）严格落实统一的招投标政策。\n责任单位：示例市建设局、示例市公共资源交易中心\n（三）规范政府采购。\n牵头单位为示例市财政局。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let units: Vec<(Vec<String>, Vec<String>)> = (doc.tasks.iter())
        .map(|t| (t.lead_units.clone(), t.responsible_units.clone()))
        .collect();
    let names = |list: &[&str]| list.iter().map(|s| s.to_string()).collect::<Vec<_>>();
    assert_eq!(
        units,
        [
            (names(&["示例市发改委"]), names(&["示例市财政局"])),
            (names(&["示例市建设局"]), names(&["示例市公共资源交易中心"])),
            (names(&["示例市财政局"]), names(&[])),
        ]
    );
}

#[test]
fn sums_with_duo_before_a_noun_and_names_led_by_a_digit_are_read_as_before() {
    let text = "示例镇2024年民生实事工作计划\n一、重点任务\n（一）发放补助。为困难群众发放3000多元一次性补助。\n（二）开展慰问。春节慰问每户送去600多元慰问金。\n（三）建设网络。5G基站数量分别达到3000个、5000个。\n";
    let found = targets(text);
    assert!(
        found.iter().any(|t| t.2 == 3000.0 && t.3 == "元"),
        "{found:?}"
    );
    assert!(
        found.iter().any(|t| t.2 == 600.0 && t.3 == "元"),
        "{found:?}"
    );
    let networks: Vec<&str> = (found.iter())
        .filter(|t| t.3 == "个")
        .map(|t| t.0.as_str())
        .collect();
    assert_eq!(networks, ["5G基站数量", "5G基站数量"]);
}

#[test]
fn a_date_with_its_month_to_build_on_is_no_deadline_nor_part_of_the_measure() {
    let text = "示例市2024年就业工作计划\n一、稳定就业\n（一）建设平台。在2024年6月底基础上新建零工市场3个。\n（二）提升服务。在2024年3月31日的基础上新增服务网点10个。\n（三）扩大就业。在2023年底基础上新增城镇就业1万人。\n";
    assert_eq!(
        target_rows(text)
            .into_iter()
            .map(|r| (r.0, r.4))
            .collect::<Vec<_>>(),
        [
            ("新建零工市场".to_string(), None),
            ("新增服务网点".to_string(), None),
            ("新增城镇就业".to_string(), None),
        ]
    );
}

#[test]
fn a_label_saying_who_takes_charge_before_the_names_still_lists_them() {
    let text = "示例市法治宣传工作要点\n一、重点任务\n（一）推进普法责任制。责任单位为主责部门市司法局及各区县政府。\n（二）开展宪法宣传。（牵头单位：市司法局）\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let first = &doc.tasks[0];
    let all: Vec<&String> = first
        .lead_units
        .iter()
        .chain(&first.responsible_units)
        .collect();
    assert!(!all.is_empty(), "{first:?}");
    assert!(all.iter().any(|u| u.contains("市司法局")), "{all:?}");
}

#[test]
fn bare_figures_of_a_longer_list_share_the_unit_said_last() {
    let text = "示例市2025年生态环境保护工作要点\n一、重点任务\n1.环境空气。细颗粒物、可吸入颗粒物、臭氧浓度分别不高于30、50、150微克/立方米。\n";
    let found = targets(text);
    let values: Vec<(f64, &str, &str)> = (found.iter())
        .map(|t| (t.2, t.1.as_str(), t.3.as_str()))
        .collect();
    assert_eq!(
        values,
        [
            (30.0, "AtMost", "微克/立方米"),
            (50.0, "AtMost", "微克/立方米"),
            (150.0, "AtMost", "微克/立方米"),
        ]
    );
}
