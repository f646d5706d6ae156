//! Targets as a reader reads them (`targets_*` fixtures, an invented 示例市): deadlines that
//! head a clause, counts without a comparator, ranges and far comparators, baselines, numbers
//! that are no targets, and a report's achieved figures. Each fixture's targets are an insta
//! snapshot; the tests name what used to be misread.

mod common;

use common::{fixture, target_brief as line, task};
use plandiff::{Comparator, Target, TargetKind};

/// Every `targets_*` fixture: each task's id with its targets, in order, as an insta snapshot.
#[test]
fn snapshots() {
    insta::glob!("fixtures/targets_*.txt", |path| {
        let name = path.file_name().and_then(|n| n.to_str()).expect("a name");
        let doc = fixture(name);
        let tasks: Vec<(&str, &[Target])> = (doc.tasks.iter())
            .map(|t| (t.id.as_str(), t.targets.as_slice()))
            .collect();
        insta::assert_json_snapshot!(tasks);
    });
}

/// `metric|comparator|value|unit|deadline` of each target of a task.
fn lines(doc: &plandiff::Document, id: &str) -> Vec<String> {
    task(doc, id).targets.iter().map(line).collect()
}

/// `metric|comparator|value|unit` of each target of a task.
fn counts(doc: &plandiff::Document, id: &str) -> Vec<String> {
    lines(doc, id)
        .into_iter()
        .map(|l| {
            l.rsplit_once('|')
                .map_or(l.clone(), |(head, _)| head.to_string())
        })
        .collect()
}

#[test]
fn a_year_heading_the_sentence_is_the_deadline_of_its_quantities() {
    let doc = fixture("targets_deadlines.txt");
    assert_eq!(
        lines(&doc, "一/(一)"),
        [
            "社区养老服务设施覆盖率|=|90|%|2026年",
            "街道综合养老服务中心覆盖率|=|100|%|2026年",
        ]
    );
    let t = task(&doc, "一/(四)");
    assert_eq!(t.targets[2].deadline.as_deref(), Some("2027年底"));
    assert_eq!(t.targets[2].comparator, Comparator::AtLeast);
    // `力争在2025年建成…` is a deadline with no number; it does not reach past the `；`.
    assert_eq!(t.targets[1].deadline.as_deref(), Some("2025年"));
    assert_eq!(t.targets[1].value, None);
}

#[test]
fn relative_spans_resolve_against_the_document_year() {
    let doc = fixture("targets_deadlines.txt");
    for t in &task(&doc, "一/(二)").targets {
        assert_eq!(
            t.deadline.as_deref(),
            Some("5年内（至2028年底）"),
            "{}",
            t.text
        );
    }
    let t = &task(&doc, "一/(四)").targets[0];
    assert_eq!(t.deadline.as_deref(), Some("十四五期间（至2025年底）"));
    assert_eq!(t.value, Some(20.0));
    let t = &task(&doc, "一/(五)").targets[4];
    assert_eq!(t.deadline.as_deref(), Some("三年内（至2026年底）"));
}

#[test]
fn a_deadline_counted_from_an_event_is_kept_as_written() {
    let doc = fixture("targets_deadlines.txt");
    assert_eq!(
        lines(&doc, "一/(三)"),
        [
            "涉老地方规定清理工作|by||date|施行后一年内",
            "清理率|=|100|%|施行后一年内",
        ]
    );
}

#[test]
fn a_deadline_alone_at_the_head_governs_the_rest_of_the_sentence() {
    let doc = fixture("targets_deadlines.txt");
    assert_eq!(
        &lines(&doc, "一/(五)")[..4],
        [
            "任务摸底|by||date|6月底前",
            "完成率|=|50|%|6月底前",
            "方案编制|by||date|年底前",
            // A deadline with its own object (`年底前完成…编制，`) governs no other clause.
            "资金到位率|>=|90|%|",
        ]
    );
    // A past year is a date, not a deadline; `力争2026年，` stands alone and heads the rest.
    assert_eq!(
        lines(&doc, "一/(六)"),
        ["达到省级养老服务示范市创建标准|by||date|2026年"]
    );
}

#[test]
fn a_count_as_the_object_of_an_action_verb_is_a_target() {
    let doc = fixture("targets_counts.txt");
    assert_eq!(
        counts(&doc, "一/(一)"),
        [
            "高层次人才|=|50|名",
            "骨干到基层挂职|=|30|名",
            "乡村工匠|=|200|名"
        ]
    );
    assert_eq!(counts(&doc, "一/(二)")[2], "保障性租赁住房|=|2000|套");
    // A count in a statement of fact (`现有…120家`, `约85万`) commits to nothing.
    assert!(task(&doc, "一/(五)").targets.is_empty());
}

#[test]
fn scale_words_and_decimals_scale_the_value() {
    let doc = fixture("targets_counts.txt");
    assert_eq!(
        &counts(&doc, "一/(二)")[..2],
        ["老旧小区住户|=|30000|户", "养老床位|=|12000|张"]
    );
    assert_eq!(counts(&doc, "一/(三)")[2], "宣传资料|=|15000|份");
    assert_eq!(
        &counts(&doc, "一/(四)")[1..],
        ["托位|=|1000|个", "投资|=|2.5|亿元"],
        "money keeps its unit as written"
    );
}

#[test]
fn odd_numbers_and_bounds_without_a_unit_are_floors() {
    let doc = fixture("targets_counts.txt");
    assert_eq!(
        &counts(&doc, "一/(三)")[..2],
        ["送法下乡活动|>=|300|次", "惠及群众|>=|120000|"]
    );
}

/// `value–value_max unit` of each target of a task.
fn spans(doc: &plandiff::Document, id: &str) -> Vec<String> {
    (task(doc, id).targets.iter())
        .map(|t| {
            let lo = t.value.map(|v| v.to_string()).unwrap_or_default();
            let hi = t.value_max.map(|v| format!("–{v}")).unwrap_or_default();
            format!(
                "{}{lo}{hi}{}",
                line(t).split('|').nth(1).unwrap_or(""),
                t.unit
            )
        })
        .collect()
}

#[test]
fn a_range_is_one_target() {
    let doc = fixture("targets_ranges.txt");
    assert_eq!(spans(&doc, "一/(一)"), ["=1–2所", "=6–8个", "=5–10%"]);
    assert_eq!(task(&doc, "一/(一)").targets[2].metric, "学位增长");
}

#[test]
fn comparators_near_and_far() {
    let doc = fixture("targets_ranges.txt");
    assert_eq!(spans(&doc, "一/(二)"), ["<=10万元", "<=30万元"]);
    assert_eq!(spans(&doc, "一/(三)"), [">1.5万人", "~20000人次", "~60%"]);
    assert_eq!(
        counts(&doc, "一/(三)")[1..],
        ["技能培训|~|20000|人次", "职业介绍成功率|~|60|%"]
    );
    // A comparator far from its number, across a `的` phrase.
    assert_eq!(counts(&doc, "一/(四)")[0], "最低工资标准|>=|60|%");
}

/// `metric|value|baseline|base` of each target of a task.
fn bases(doc: &plandiff::Document, id: &str) -> Vec<String> {
    (task(doc, id).targets.iter())
        .map(|t| {
            let num = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
            let base = t.base.as_deref().unwrap_or("");
            format!("{}|{}|{}|{base}", t.metric, num(t.value), num(t.baseline))
        })
        .collect()
}

#[test]
fn the_level_a_target_starts_from_is_its_baseline_not_a_target() {
    let doc = fixture("targets_baselines.txt");
    assert_eq!(
        bases(&doc, "一/(一)"),
        ["全市个体工商户|12000|8000|", "规模以上企业|200|150|"]
    );
    assert_eq!(bases(&doc, "一/(二)")[1], "森林覆盖率|38|35|");
    assert_eq!(bases(&doc, "一/(三)")[0], "工程建设项目审批时间|30|60|");
}

#[test]
fn a_change_names_what_it_is_measured_against() {
    let doc = fixture("targets_baselines.txt");
    assert_eq!(
        bases(&doc, "一/(二)")[0],
        "单位地区生产总值能耗下降|10||2020年"
    );
    assert_eq!(bases(&doc, "一/(三)")[1], "居民人均可支配收入增长|6||同比");
}

#[test]
fn ages_names_and_reference_dates_are_no_targets() {
    let doc = fixture("targets_not_targets.txt");
    // `60周岁以上老人` defines who; the count and the amount for them are targets.
    assert_eq!(
        counts(&doc, "一/(一)"),
        ["免费体检|=|1|次", "80周岁以上高龄老人补贴标准|>=|100|元"]
    );
    // `两个新城区`, `五个一工程` name things; `新建三个…中心` counts them.
    assert_eq!(counts(&doc, "一/(二)"), ["片区综合服务中心|=|3|个"]);
    // What stands `截至2019年末` is a fact; the sentence after the `；` is a target again.
    assert_eq!(lines(&doc, "一/(三)"), ["养老床位|=|9000|张|2026年"]);
    assert_eq!(counts(&doc, "一/(四)"), ["新增普惠托育机构|=|20|家"]);
}

#[test]
fn a_reports_figures_are_achieved_with_or_without_a_verb() {
    let doc = fixture("targets_report.txt");
    let all: Vec<&Target> = doc.tasks.iter().flat_map(|t| &t.targets).collect();
    assert_eq!(all.len(), 7);
    assert!(all.iter().all(|t| t.kind == TargetKind::Achieved));
    assert_eq!(
        counts(&doc, "一/(一)"),
        ["办理行政复议案件|=|120|件", "纠错率|=|12|%"],
        "a date in a report is when it happened, not a deadline"
    );
    assert_eq!(counts(&doc, "一/(三)")[0], "评查行政执法案卷|=|500|宗");
}

mod props {
    use plandiff::extract::targets::{extract_in, Reading};
    use plandiff::TargetKind;
    use proptest::prelude::*;

    /// Pieces of target phrases: time heads, numbers, scales, ranges, comparators, breaks.
    const PIECES: &[&str] = &[
        "到2025年",
        "5年内",
        "施行后一年内",
        "“十四五”期间",
        "截至2019年末",
        "由",
        "提高到",
        "从",
        "增加至",
        "8000",
        "1.2",
        "万",
        "亿",
        "余",
        "户",
        "%",
        "－",
        "~",
        "10",
        "个",
        "两个",
        "新城区",
        "约",
        "左右",
        "以上",
        "最高",
        "不少于",
        "引进",
        "名",
        "60周岁",
        "比2020年",
        "增长",
        "，",
        "；",
        "。",
        "年底前",
        "6月底前",
        "完成",
    ];

    proptest! {
        /// Any mix reads without panic; values are finite and not negative, a baseline comes
        /// with a value, and a report's figures are achieved and set no deadline.
        #[test]
        fn targets_are_consistent(picks in prop::collection::vec(0..PIECES.len(), 0..60),
                                  report in any::<bool>()) {
            let text: String = picks.iter().map(|&i| PIECES[i]).collect();
            let kind = if report { TargetKind::Achieved } else { TargetKind::Commitment };
            let targets = extract_in(
                &text,
                Reading {
                    year: Some(2024),
                    own_year: Some(2024),
                    kind,
                    goal: false,
                },
            );
            for t in &targets {
                for v in [t.value, t.value_max, t.baseline].into_iter().flatten() {
                    prop_assert!(v.is_finite() && v >= 0.0, "{}", t.text);
                }
                prop_assert!(t.baseline.is_none() || t.value.is_some(), "{}", t.text);
                if report && t.value.is_some() {
                    prop_assert_eq!(t.kind, TargetKind::Achieved);
                    prop_assert!(t.deadline.is_none(), "{}", t.text);
                }
                if !report {
                    prop_assert_eq!(t.kind, TargetKind::Commitment);
                }
            }
        }
    }
}

#[test]
fn a_growth_said_to_be_about_is_about_and_its_units_stand_below() {
    let doc = fixture("targets_growth_units_below.txt");
    // `增长6%左右` is about 6 %, not at least; `努力实现` is no part of what is measured.
    assert_eq!(counts(&doc, "一/1"), ["地区生产总值增长|~|6|%"]);
    // `提高到5000人以上` beside it is a level of at least 5000.
    assert_eq!(
        counts(&doc, "一/2"),
        ["固定资产投资增长|~|12|%", "城镇新增就业|>=|5000|人"]
    );
    // The units on their own lines after each item belong to it.
    let t = task(&doc, "一/2");
    assert_eq!(t.lead_units, ["区发改局"]);
    assert_eq!(
        t.responsible_units,
        ["示例经济开发区", "各街道", "区直各部门"]
    );
    assert!(task(&doc, "一/3").targets.is_empty());
}

#[test]
fn levels_reached_down_and_up_keep_their_measure_and_direction() {
    let doc = fixture("targets_levels.txt");
    // `降至` and `缩减到` are ceilings (a lower figure is stricter), their verb no part of the
    // measure; an age is a level where a verb reaches it, a population where none does.
    assert_eq!(
        counts(&doc, "三/(一)"),
        [
            "人均预期寿命|=|82.6|岁",
            "重大慢病过早死亡率|<=|9|%",
            "门诊预约等候时间|within|30|分钟",
        ]
    );
    assert_eq!(
        counts(&doc, "三/(三)"),
        ["城镇调查失业率|<=|5.5|%", "城镇新增就业人数|=|3.2|万人"]
    );
    // A count the clause's closing verb commits to, under the deadline heading the sentence;
    // `两个新城区` names a set.
    assert_eq!(
        lines(&doc, "三/(四)"),
        ["嵌入式服务设施示范社区全面建成|=|120|个|2026年底前"]
    );
}

#[test]
fn each_figure_of_a_respectively_list_has_its_own_measure() {
    let doc = fixture("targets_levels.txt");
    // `城镇和农村…分别增长5%和7%`: two measures, the shared words given to both.
    assert_eq!(
        counts(&doc, "三/(二)"),
        [
            "城镇居民人均可支配收入增长|>=|5|%",
            "农村居民人均可支配收入增长|>=|7|%",
            "基本养老保险参保率|=|96|%",
            "基本医疗保险参保率|=|98|%",
        ]
    );
    // The goal block's list too, under a `预期目标` heading.
    let goals: Vec<String> = (doc.goals.iter())
        .flat_map(|g| &g.targets)
        .map(line)
        .collect();
    assert_eq!(
        goals,
        [
            "地区生产总值增长|>=|6|%|",
            "城镇居民人均可支配收入增长|>=|6|%|",
            "农村居民人均可支配收入增长|>=|8|%|",
        ]
    );
}

#[test]
fn a_plans_approach_and_expected_figures_are_no_tasks() {
    let doc = fixture("targets_levels.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["三/(一)", "三/(二)", "三/(三)", "三/(四)", "三/(五)"]);
    // Notes in a unit bracket (`下同`, `以下均需…，不再列出`) are no unit names; the standing
    // note's units join every task from it on.
    let units = |id: &str| {
        let t = task(&doc, id);
        (t.lead_units.clone(), t.responsible_units.clone())
    };
    assert_eq!(
        units("三/(一)"),
        (
            vec![],
            vec![
                "市卫生健康委".to_string(),
                "市妇联".to_string(),
                "各区县人民政府".to_string()
            ]
        )
    );
    assert_eq!(
        units("三/(二)"),
        (
            vec!["市人力社保局".to_string()],
            vec!["市医保局".to_string(), "各区县".to_string()]
        )
    );
    assert_eq!(units("三/(三)").1, ["各区县"]);
}

#[test]
fn each_step_of_a_labelled_time_is_due_by_its_own_date() {
    let doc = fixture("targets_levels.txt");
    assert_eq!(
        lines(&doc, "三/(五)"),
        ["出台方案|by||date|6月底前", "全面完成|by||date|12月底前"]
    );
}

#[test]
fn a_ratio_without_a_unit_and_the_end_of_each_period_are_targets() {
    let doc = fixture("targets_periods.txt");
    // A decimal needs no unit when a bound follows it: a rate per ten thousand.
    assert_eq!(
        counts(&doc, "一/(一)"),
        [
            "全县每万人刑事案件发案率|<=|0.011|",
            "命案现案破案率|=|100|%"
        ]
    );
    // `每季度末前` and `每月底前` are due dates that come back; `每季度开展一次` is how often.
    assert_eq!(
        lines(&doc, "一/(二)"),
        [
            "报送工作进展|by||date|每季度末前",
            "更新问题清单|by||date|每月底前",
            "督导检查|=|1|次|",
        ]
    );
}

#[test]
fn a_span_of_dates_in_brackets_is_due_by_its_end_and_a_policys_span_is_none() {
    let doc = fixture("targets_periods.txt");
    // `（4月1日至4月30日）` after the words it dates.
    assert_eq!(
        lines(&doc, "一/(四)"),
        ["矛盾纠纷大排查|by||date|4月1日至4月30日"]
    );
    // `2025年1月1日至12月31日，对…给予补贴`: when a policy applies.
    assert!(task(&doc, "一/(三)").targets.is_empty());
}

#[test]
fn facts_populations_versions_and_terms_are_no_targets() {
    let doc = fixture("targets_scopes.txt");
    // `已有15个项目竣工`: done already. `65岁以上的老年人`: a population, even after `在`/`至`.
    // `2.0以上版本`: a version. `（…至…）期间`, `执行期限（…至…）`: when things apply.
    for id in ["一/(一)", "一/(二)", "一/(三)", "一/(四)"] {
        assert!(
            task(&doc, id).targets.is_empty(),
            "{id}: {:?}",
            lines(&doc, id)
        );
    }
    // A stage's span in brackets of its own, ending on a day of the same month.
    assert_eq!(
        lines(&doc, "一/(五)"),
        ["“安全生产月”活动|by||date|6月1日至30日"]
    );
    assert_eq!(task(&doc, "一/(五)").targets[0].text, "6月1日至30日");
}

#[test]
fn a_measure_holding_da_or_naming_a_share_keeps_its_words() {
    let doc = fixture("targets_scopes.txt");
    // `达标率` is a measure's name, not the verb `达`; `率为` ends on a filler.
    assert_eq!(
        counts(&doc, "一/(六)"),
        [
            "集中式饮用水水源地水质达标率|=|100|%",
            "工业废水达标排放率|>=|95|%"
        ]
    );
    // `占比` names a share; `下达的` holds no verb.
    assert_eq!(
        counts(&doc, "一/(七)"),
        ["公办园在园幼儿占比|>=|60|%", "下达的建设任务完成率|=|100|%"]
    );
}

#[test]
fn a_deadline_closing_the_work_before_it_dates_that_work_alone() {
    let doc = fixture("targets_scopes.txt");
    // `建立隐患台账，6月底前完成`: the ledger is due, and the next clause's count has no date.
    assert_eq!(
        lines(&doc, "一/(八)"),
        ["建立隐患台账|by||date|6月底前", "执法督查|=|1|次|"]
    );
}

#[test]
fn an_index_rooms_and_a_dated_weekday_are_read() {
    let doc = fixture("targets_scopes.txt");
    // An index's value has no unit.
    assert_eq!(
        counts(&doc, "一/(九)"),
        ["健康示例发展指数|=|85|", "空气质量综合指数|<=|4.2|"]
    );
    // Rooms are counted in 间; the weekday in brackets leaves the deadline as it would be.
    assert_eq!(
        lines(&doc, "一/(十)"),
        [
            "“平急两用”旅游居住设施|=|10000|间|",
            "上报建设进展|by||date|4月20日前"
        ]
    );
}

#[test]
fn a_clause_of_many_deadlines_gives_each_a_short_text() {
    // Thousands of deadlines in one clause: each target reads its own few words, not the rest
    // of the clause (which would make the output grow with the square of the clause).
    let many = vec!["6月30日（周日）前"; 2000].join("、");
    let text = format!("示例市2025年工作要点\n一、重点任务\n（一）报送材料。各单位于{many}报送材料。（牵头单位：市政府办）\n");
    let doc = plandiff::parse(text.as_bytes(), "many.txt").expect("parses");
    let t = task(&doc, "一/(一)");
    assert!(!t.targets.is_empty());
    assert!(
        t.targets.iter().all(|x| x.text.chars().count() <= 100),
        "longest {}",
        t.targets
            .iter()
            .map(|x| x.text.chars().count())
            .max()
            .unwrap_or(0)
    );
}
