//! Forms met in real plans (invented 示例 places): a collective unit listed first leads
//! nothing by its place; a year written between a measure and its verb is the measure's
//! deadline; counts of licences and booklets (`8本以上`).

mod common;
use common::{target_deadlines as targets, task_units as units};

#[test]
fn a_collective_listed_first_is_no_lead() {
    let got = units("示例市2024年工作要点\n一、重点任务\n1.整治农村人居环境。年底前完成村庄清洁行动。各县、区人民政府负责落实。\n2.整治城市扬尘。年底前完成工地扬尘治理。市住房城乡建设局、各区人民政府负责。\n3.整治餐饮油烟。年底前完成油烟治理。市生态环境局、市市场监管局负责。\n");
    // Every county's and district's government does the work, none of them leads.
    assert!(got[0].0.is_empty(), "{:?}", got[0]);
    assert_eq!(got[0].1, ["各县、区人民政府"]);
    // A body listed first still leads the others (and a collective after it).
    assert_eq!(got[1].0, ["市住房城乡建设局"]);
    assert_eq!(got[1].1, ["各区人民政府"]);
    assert_eq!(got[2].0, ["市生态环境局"]);
    assert_eq!(got[2].1, ["市市场监管局"]);
}

fn target(
    metric: &str,
    value: f64,
    deadline: Option<&str>,
) -> (String, Option<f64>, Option<String>) {
    (
        metric.to_string(),
        Some(value),
        deadline.map(str::to_string),
    )
}

#[test]
fn a_year_between_the_measure_and_its_verb_is_its_deadline() {
    let got = targets("示例市2026年经济工作要点\n一、主要任务\n1.稳住经济增长。全市生产总值2026年实现增长6%左右，森林覆盖率于2027年达到45%。\n2.增加居民收入。农村居民人均可支配收入到2026年增长7%。\n");
    assert_eq!(
        got,
        [
            target("全市生产总值增长", 6.0, Some("2026年")),
            target("森林覆盖率", 45.0, Some("2027年")),
            // (The change word stays in the measure, as without the year: `收入增长7%`.)
            target("农村居民人均可支配收入增长", 7.0, Some("2026年")),
        ]
    );
}

#[test]
fn a_year_compared_with_or_done_is_no_deadline() {
    let got = targets("示例市2026年工作要点\n一、主要任务\n1.减少排放。二氧化硫排放量比2020年下降15%。\n2.巩固成果。全市污水处理率已于2023年达到95%，与2025年持平的项目不少于3个。\n");
    let deadlines: Vec<_> = got.iter().map(|t| t.2.clone()).collect();
    assert_eq!(deadlines, [None, None, None], "{got:?}");
    assert_eq!(got[0].0, "二氧化硫排放量下降");
}

#[test]
fn counts_of_licences_and_booklets_are_targets() {
    let got = targets("示例市2024年工作计划\n一、重点工作\n1.发展军民融合产业。年内取得军工资质8本以上。\n2.开展普法宣传。发放普法宣传手册5000本，建立一本账。\n3.培育本地企业。培育2本地龙头企业。\n");
    assert_eq!(
        got,
        [
            target("取得军工资质", 8.0, Some("年内")),
            target("普法宣传手册", 5000.0, None),
        ]
    );
}

#[test]
fn a_deadlines_aim_is_not_cut_inside_a_word() {
    let got = targets("示例市推动制造业高质量发展实施方案\n一、主要任务\n1.做强主导产业。到2026年，制造业总量规模、产业结构、质量效益同步提升。\n2.报送情况。每年第一季度向同级司法行政机关报送上一年度责任追究情况。\n3.整改问题。年底前全市自然保护地重点问题整改率达到国家考核标准。\n");
    let metrics: Vec<&str> = got.iter().map(|t| t.0.as_str()).collect();
    assert_eq!(
        metrics,
        [
            "制造业总量规模、产业结构、质量效益同步提升",
            "向同级司法行政机关报送上一年度责任追究情况",
            // (A measure's name before its verb is still where the aim is cut.)
            "全市自然保护地重点问题整改率",
        ]
    );
}

#[test]
fn a_year_named_from_the_plans_own_stays_in_the_deadline() {
    let got = targets("2023年示例区重点任务分解\n一、推进园区建设\n1.建设产业园。实现一期核心区明年年底满园运营，明年6月底前建成3个站点。\n2.改造老旧小区。今年年底前完成改造100户。\n");
    assert_eq!(
        got,
        [
            ("满园运营".to_string(), None, Some("明年年底".to_string())),
            target("站点", 3.0, Some("明年6月底前")),
            target("完成改造", 100.0, Some("今年年底前")),
        ]
    );
}

#[test]
fn a_deadline_before_a_verb_is_no_part_of_the_measure() {
    let got = targets("示例市2024年工作要点\n一、重点任务\n1.改造农村危房。2024年底前完成改造100户。\n2.改造城镇危房。年底前，完成改造50户。\n");
    assert_eq!(
        got,
        [
            target("完成改造", 100.0, Some("2024年底前")),
            target("完成改造", 50.0, Some("年底前")),
        ]
    );
}

#[test]
fn a_note_said_once_with_xiatong_covers_the_tasks_below() {
    let got = units("示例省现代流通体系建设实施方案\n一、深化流通市场化改革\n（一）加强市场体系建设。推进高标准市场体系建设。〔责任单位：省发展改革委、省市场监管局按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕\n（二）优化市场准入环境。实施“证照分离”改革全覆盖。〔责任单位：省市场监管局〕\n（三）加强反垄断执法。落实公平竞争审查制度。\n");
    assert_eq!(
        got[0].1,
        ["省发展改革委", "省市场监管局", "相关市（州）人民政府"]
    );
    assert_eq!(got[1].1, ["省市场监管局", "相关市（州）人民政府"]);
    assert_eq!(got[2].1, ["相关市（州）人民政府"]);
    // Without `不再…`, a sentence with `下同` names no unit for the tasks below.
    let got = units("示例省工作方案\n一、重点任务\n（一）推进甲工作。年底前完成甲工作，具体要求均需参照附件，下同。〔责任单位：省甲局〕\n（二）推进乙工作。〔责任单位：省乙局〕\n");
    assert_eq!(got[1], (vec![], vec!["省乙局".to_string()]));
}

#[test]
fn a_yearly_change_and_a_listed_gloss_keep_their_measures() {
    let got = targets("示例省制造业发展方案\n一、主要任务\n1.节能降耗。单位工业增加值能耗年均下降5%，研发投入年均增长10%。\n2.防灾减灾。完成81个县（市、区）地质灾害详细调查。\n");
    let metrics: Vec<&str> = got.iter().map(|t| t.0.as_str()).collect();
    // As without `年均` (`能耗下降5%`): a fall and a rise of one measure are not one target.
    assert_eq!(
        metrics,
        [
            "单位工业增加值能耗下降",
            "研发投入增长",
            "县（市、区）地质灾害详细调查"
        ]
    );
}

#[test]
fn the_words_a_deadline_stands_after_stay_in_the_measure() {
    let got = targets("示例市2024年工作要点\n一、重点任务\n1.改造户厕。农村户厕6月底前完成改造2000户。\n2.建设基站。全市5G基站2025年底前达到3000个。\n3.稳增长。地区生产总值力争2024年增长6%。\n4.改造小区。老旧小区到年底完成改造30个。\n");
    assert_eq!(
        got,
        [
            target("农村户厕完成改造", 2000.0, Some("6月底前")),
            target("全市5G基站", 3000.0, Some("2025年底前")),
            // (The intent between the measure and its year is no part of either.)
            target("地区生产总值增长", 6.0, Some("2024年")),
            target("老旧小区完成改造", 30.0, Some("年底")),
        ]
    );
}

#[test]
fn a_year_compared_with_done_or_cited_is_no_deadline() {
    let got = targets("示例市2024年重点工作要点\n一、重点任务\n1.节能。单位地区生产总值能耗较之2020年下降13.5%，全市粮食产量同期2023年增长2%。\n2.回顾。我市2023年完成固定资产投资100亿元。示例产业园于2022年建成投产。\n3.对标。对标2025年实现碳达峰的要求，年底前单位生产总值能耗下降3%。\n");
    let deadlines: Vec<Option<&str>> = got.iter().map(|t| t.2.as_deref()).collect();
    // A base (`较之`, `同期`), a year before the plan's own, a fact with no figure and an aim
    // cited give no deadline (and no target of their own).
    assert_eq!(deadlines, [None, None, None, Some("年底前")], "{got:?}");
}

#[test]
fn a_note_naming_who_checks_figures_is_no_standing_note() {
    let got = units("示例市2024年重点工作要点\n一、重点任务\n1.扩大投资。固定资产投资增长8%。（市发改委牵头；均由市统计局负责数据核定，不再注明，下同）\n2.促进消费。社会消费品零售总额增长7%。（市商务局牵头）\n");
    assert_eq!(got[1], (vec!["市商务局".to_string()], vec![]));
}
