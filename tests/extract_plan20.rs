//! Forms met in real plans (invented 示例 places): a share given once more for another place
//! or group names only the place (`…处理率达到100%，农村达到90%`).

mod common;
use common::target_deadlines as targets;

fn metrics(text: &str) -> Vec<String> {
    targets(text).into_iter().map(|t| t.0).collect()
}

#[test]
fn a_share_for_another_place_is_the_measure_for_that_place() {
    let got = metrics("示例市2024年工作要点\n一、重点任务\n1.改善人居环境。城市生活垃圾无害化处理率达到100%，农村达到90%以上。\n2.普及学前教育。市区学前三年幼儿入园率达到98%以上，县(市)达到92%以上。\n3.提升供水保障。自来水普及率达到98%，其中山区达到95%。\n");
    assert_eq!(
        got,
        [
            "城市生活垃圾无害化处理率",
            // The place the measure was said for gives way to the new one.
            "农村生活垃圾无害化处理率",
            "市区学前三年幼儿入园率",
            "县(市)学前三年幼儿入园率",
            "自来水普及率",
            // A measure said for no place is said for the new one.
            "山区自来水普及率",
        ]
    );
}

#[test]
fn a_change_or_sum_for_another_group_is_the_measure_for_that_group() {
    let got = metrics("示例市2024年工作要点\n一、重点任务\n1.增加居民收入。城镇居民人均可支配收入增长6%，农村居民增长8%。\n2.稳定居民收入。城镇居民人均可支配收入达到5万元，农村居民达到2.5万元。\n");
    assert_eq!(
        got,
        [
            "城镇居民人均可支配收入增长",
            "农村居民人均可支配收入增长",
            "城镇居民人均可支配收入",
            "农村居民人均可支配收入",
        ]
    );
}

#[test]
fn a_measure_of_its_own_or_a_count_keeps_its_name() {
    let got = metrics("示例市2024年工作要点\n一、重点任务\n1.扩大教育资源。新建学校2所，幼儿园达到3所。\n2.严格备案审查。审查率达到100%，备案率达到100%。\n3.推进污水治理。县城污水处理率达到95%，建制镇污水处理率达到70%。\n");
    assert_eq!(
        got,
        [
            // Counts of things: each names its own (`幼儿园` is no place of `学校`).
            "学校",
            "幼儿园",
            "审查率",
            "备案率",
            "县城污水处理率",
            "建制镇污水处理率",
        ]
    );
}

#[test]
fn words_qualifying_a_count_stay_with_the_measure_of_what_it_counts() {
    let got = metrics("示例市2024年工作要点\n一、重点任务\n1.改善水环境质量。纳入国家考核的3个断面水质优良率达到100%，纳入省级考核的7个断面水质优良率达到85.7%，全市5个集中式饮用水水源地水质达标率为100%。\n");
    assert_eq!(
        got,
        [
            // Two measures, not one `断面水质优良率` said twice.
            "纳入国家考核的断面水质优良率",
            "纳入省级考核的断面水质优良率",
            // (No qualifier ending in `的`: the count's words are no part of it.)
            "集中式饮用水水源地水质达标率",
        ]
    );
}

/// A target's measure, value, baseline and period.
type Level = (String, Option<f64>, Option<f64>, Option<String>);

#[test]
fn a_level_per_head_rises_from_its_baseline() {
    let got = plandiff::parse_text("示例市2025年为民实事实施方案\n一、主要任务\n1.提高财政补助标准。城乡居民医保补助标准由每人每年670元提高到700元。\n2.提高养育标准。孤儿基本生活最低养育标准由每人每月1800元提高到2200元。\n3.降低缴费费率。将参保单位缴费费率由7%降至6%。\n", "实事.txt");
    let rows: Vec<Level> = got
        .tasks
        .iter()
        .flat_map(|t| &t.targets)
        .map(|t| (t.metric.clone(), t.value, t.baseline, t.per.clone()))
        .collect();
    let row = |m: &str, v: f64, b: f64, per: Option<&str>| {
        (m.to_string(), Some(v), Some(b), per.map(str::to_string))
    };
    assert_eq!(
        rows,
        [
            // Before: two targets, `提高到700元 = 670` and `提高到700元 = 700`.
            row("城乡居民医保补助标准", 700.0, 670.0, Some("每年")),
            row("孤儿基本生活最低养育标准", 2200.0, 1800.0, Some("每月")),
            // (`将` before the measure is no part of it.)
            row("参保单位缴费费率", 6.0, 7.0, None),
        ]
    );
}

#[test]
fn a_place_opening_on_a_filler_keeps_it() {
    let got = metrics("示例市2024年工作要点\n一、重点任务\n1.巩固生态优势。将乐县森林覆盖率达到70%，于都县森林覆盖率达到68%。\n");
    assert_eq!(got, ["将乐县森林覆盖率", "于都县森林覆盖率"]);
}

#[test]
fn a_long_aim_with_a_deadline_is_named_by_its_gist() {
    let doc = plandiff::parse_text("示例区健康行动实施方案\n一、总体目标\n到2022年，建设与我区经济社会发展水平相适应、与中心城区功能定位相匹配的健康促进体系。\n二、重点任务\n（一）完善年度报告制度。每年4月1日前将法治政府建设年度报告通过报刊、政府网站、新媒体平台等方式向社会公开。\n", "健康.txt");
    let goal: Vec<&str> = doc
        .goals
        .iter()
        .flat_map(|g| &g.targets)
        .map(|t| t.metric.as_str())
        .collect();
    // Before: `建设与我区经济社会发展水平相适应、与中心`, cut at 20 characters.
    assert_eq!(goal, ["建设健康促进体系"]);
    let task: Vec<&str> = doc.tasks[0]
        .targets
        .iter()
        .map(|t| t.metric.as_str())
        .collect();
    // Before: `将法治政府建设年度报告通过报刊、政府网站`: the means are dropped, not the aim.
    assert_eq!(task, ["法治政府建设年度报告向社会公开"]);
}

#[test]
fn an_amount_past_a_figure_is_read() {
    let got = plandiff::parse_text("示例镇2024年工作计划\n一、重点工作\n（一）办好产业展会。计划于下半年继续举办展览面积超3万平米的产业展会。\n（二）完善商业网点。建设超市3个，全年接待游客超500万人次。\n（三）建设养老设施。新建面积5000平方米的养老服务中心。\n", "镇.txt");
    let rows: Vec<String> = got
        .tasks
        .iter()
        .flat_map(|t| &t.targets)
        .map(|t| format!("{} {:?} {:?}{}", t.metric, t.comparator, t.value, t.unit))
        .collect();
    assert_eq!(
        rows,
        [
            // The area is of the show, not the show itself (before: no target).
            "展览面积 MoreThan Some(3.0)万平米",
            // `超市` is no bound.
            "建设超市 Equal Some(3.0)个",
            "接待游客 MoreThan Some(5000000.0)人次",
            // (An amount named by its verb alone is of the thing after it.)
            "养老服务中心 Equal Some(5000.0)平方米",
        ]
    );
}

#[test]
fn fillers_are_dropped_before_common_places_and_kept_in_names() {
    let got = metrics("示例市2024年工作要点\n一、重点任务\n1.巩固生态优势。将全市森林覆盖率提高到45%，将城市建成区黑臭水体消除比例提高到95%。\n2.建设都市圈。都市圈通勤率达到80%，将军镇集镇污水处理率达到85%。\n");
    assert_eq!(
        got,
        [
            "全市森林覆盖率",
            "城市建成区黑臭水体消除比例",
            "都市圈通勤率",
            "将军镇集镇污水处理率",
        ]
    );
}

#[test]
fn a_group_or_named_place_gives_way_to_another() {
    let got = metrics("示例市2024年工作要点\n一、重点任务\n1.扩大社会保障。城乡居民基本养老保险参保率达到95%，城镇职工达到98%。\n2.推进城镇化。示例县常住人口城镇化率达到60%，样例县达到55%。\n3.植树造林。完成造林1.2万亩，农村达到90%。\n");
    assert_eq!(
        got,
        [
            "城乡居民基本养老保险参保率",
            "城镇职工基本养老保险参保率",
            "示例县常住人口城镇化率",
            "样例县常住人口城镇化率",
            "造林",
            // (A share goes on from no count: the place is all it names.)
            "农村",
        ]
    );
}

#[test]
fn the_topics_of_an_activity_are_no_part_of_its_measure() {
    let got = metrics("示例街道2026年工作计划\n一、强化党建引领\n（一）深化理论武装。围绕党的二十大精神、上级关于基层治理重要论述等开展专题研讨6次，围绕安全生产、消防等举办培训班3期。\n");
    // Before: `上级关于基层治理重要论述等开展专题研讨`, cut inside a name.
    assert_eq!(got, ["专题研讨", "培训班"]);
}

#[test]
fn a_duty_said_after_a_body_is_no_part_of_its_name() {
    let got = common::task_units("示例县2025年安全生产工作要点\n一、重点工作\n1.开展宣传教育培训。组织观看专题片。（牵头责任单位：县委宣传部，协同责任单位：县安委会各成员单位。各镇（园区）落实属地管理责任，以下均需各镇（园区）落实属地管理责任，不再重复列出）\n2.推动决策部署落地。持续推动安全生产领域改革发展。\n");
    assert_eq!(got[0].0, ["县委宣传部"]);
    // Before: `各镇（园区）落实属地管理责任` as a body of its own.
    assert_eq!(got[0].1, ["县安委会各成员单位", "各镇（园区）"]);
    assert_eq!(got[1].1, ["各镇（园区）"]);
}

#[test]
fn a_body_named_for_its_duty_keeps_its_name() {
    // `落实办` is a body's name, not a duty said after one; `组织` a noun before `覆盖率`.
    let got = common::task_units("示例县2025年工作要点\n一、重点工作\n1.推进重点项目。全年开工项目20个。（牵头单位：县委落实办；责任单位：区委办公室（区委落实办）、各乡镇落实办）\n");
    assert_eq!(got[0].0, ["县委落实办"]);
    assert_eq!(got[0].1, ["区委办公室（区委落实办）", "各乡镇落实办"]);
    let got = metrics(
        "示例市2024年工作要点\n一、重点任务\n1.扩大党的组织覆盖。社会组织等组织覆盖率达到90%。\n",
    );
    assert_eq!(got, ["社会组织等组织覆盖率"]);
}

#[test]
fn a_count_of_what_a_measure_is_of_is_no_target() {
    let got = targets("示例市2024年工作要点\n一、重点任务\n1.做强园区。建成的3个示范园区入驻率达到80%。\n2.新建园区。新建3个示范园区，新建2个园区达到省级标准。\n");
    let rows: Vec<(&str, Option<f64>)> = got.iter().map(|t| (t.0.as_str(), t.1)).collect();
    assert_eq!(
        rows,
        [
            // Before: a junk count `示范园区入驻率达到80% = 3个` beside the rate.
            ("建成的示范园区入驻率", Some(80.0)),
            // (A count whose things are then said to reach a standard, no figure, stays.)
            ("示范园区", Some(3.0)),
            ("园区达到省级标准", Some(2.0)),
        ]
    );
}
