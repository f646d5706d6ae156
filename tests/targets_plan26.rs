//! Targets met in real plans (invented 示例 places), session 33: later items of a list of
//! works, a verb with an aside inside it, a negative rate, a rate per a unit, a project's
//! phase and the copies of a paper.

/// A target as the tests read it: metric, value, unit, period, text.
type Read = (String, f64, String, Option<String>, String);

/// The targets of the first task of a plan whose first task says `sentence`.
fn targets(sentence: &str) -> Vec<Read> {
    let text =
        format!("示例县2024年工作要点\n一、重点工作\n（一）{sentence}\n（二）做好其他工作。\n");
    let doc = plandiff::parse_text(&text, "示例.txt");
    (doc.tasks.first().iter())
        .flat_map(|t| t.targets.iter())
        .map(|t| {
            (
                t.metric.clone(),
                t.value.unwrap_or(f64::NAN),
                t.unit.clone(),
                t.per.clone(),
                t.text.clone(),
            )
        })
        .collect()
}

/// (metric, value, unit) of each target of `sentence`.
fn measured(sentence: &str) -> Vec<(String, f64, String)> {
    (targets(sentence).into_iter())
        .map(|(m, v, u, _, _)| (m, v, u))
        .collect()
}

fn m(metric: &str, value: f64, unit: &str) -> (String, f64, String) {
    (metric.to_string(), value, unit.to_string())
}

#[test]
fn a_verb_opening_its_clause_commits_a_long_object_and_the_list_after_it() {
    // Before: the verb stood too far from the first figure, so no item of the list was read.
    assert_eq!(
        measured("完成示例镇通建制村公路单车道改双车道12.5公里、路网联结工程30.2公里、美丽农村路20公里。"),
        [
            m("示例镇通建制村公路单车道改双车道", 12.5, "公里"),
            m("路网联结工程", 30.2, "公里"),
            m("美丽农村路", 20.0, "公里"),
        ]
    );
    assert_eq!(
        measured("改造完善甲村、乙村高标准农田项目1234.5亩，改善生产条件。"),
        [m("完善甲村、乙村高标准农田项目", 1234.5, "亩")]
    );
    // Work told as done, or an object that is a phrase of its own (`的`), commits nothing.
    for sentence in [
        "完成了示例镇通建制村公路单车道改双车道12.5公里。",
        "完成示例镇通建制村公路的单车道改双车道工程12.5公里。",
    ] {
        assert_eq!(measured(sentence), [], "{sentence}");
    }
}

#[test]
fn a_verb_with_an_aside_inside_it_is_the_verb() {
    // Before: `新（改、扩）建` was no verb, and the count no target.
    assert_eq!(
        measured("新（改、扩）建示例猪场标准化规模养殖场5个，产能进一步提升。"),
        [m("示例猪场标准化规模养殖场", 5.0, "个")]
    );
    assert_eq!(
        measured("新(扩)建示例幼儿园3所。"),
        [m("示例幼儿园", 3.0, "所")]
    );
}

#[test]
fn a_clause_counting_the_same_things_goes_on_the_list() {
    // Before: only the first count was read.
    assert_eq!(
        measured("完成5个雨量站点自动化改造，2个雨量站点自动化升级，实现双保障。"),
        [
            m("雨量站点自动化改造", 5.0, "个"),
            m("雨量站点自动化升级", 2.0, "个"),
        ]
    );
    // A count of part of them, where they are or what was done, is none (before: `2个雨量站点
    // 已投入使用` read as a target).
    for sentence in [
        "建成5个示范村，3个位于山区。",
        "完成5个雨量站点自动化改造，2个雨量站点已投入使用。",
    ] {
        assert_eq!(measured(sentence).len(), 1, "{sentence}");
    }
}

#[test]
fn launching_projects_and_an_intent_commit_a_count() {
    assert_eq!(
        measured("上马6座中型水库洪水预报项目。"),
        [m("中型水库洪水预报项目", 6.0, "座")]
    );
    assert_eq!(
        measured("力争示例路段3.6公里全线绿化美化。"),
        [m("全线绿化美化", 3.6, "公里")]
    );
    // A time to do the work in is no count of it.
    assert_eq!(measured("力争用2个月时间完成整改。"), []);
}

#[test]
fn a_minus_sign_after_a_word_makes_a_rate_negative() {
    // Before: metric `…增速-`, value 4.7.
    assert_eq!(
        measured("示例县固定资产投资增速-4.7%。"),
        [m("示例县固定资产投资增速", -4.7, "%")]
    );
    assert_eq!(
        measured("示例县工业增加值比上年提高-0.5个百分点。")
            .first()
            .map(|t| t.1),
        Some(-0.5)
    );
    // A dash between two figures is a range, and a count is never below zero.
    assert_eq!(
        targets("开展培训3-5次，增速3%-5%。")
            .iter()
            .map(|t| (t.1, t.2.as_str()))
            .collect::<Vec<_>>(),
        [(3.0, "次"), (3.0, "%")]
    );
    assert!(measured("新建示例公园-3个。").iter().all(|t| t.1 >= 0.0));
}

#[test]
fn a_rate_per_a_unit_is_one_unit() {
    // Before: unit `亿元`, metric `地均生产总值/平方公里`.
    assert_eq!(
        measured("地均生产总值达到5.4亿元/平方公里。"),
        [m("地均生产总值", 5.4, "亿元/平方公里")]
    );
    assert_eq!(
        measured("示例粮食收购价格不低于2800元/吨。"),
        [m("示例粮食收购价格", 2800.0, "元/吨")]
    );
    // A time after the slash is the count's period, no part of its unit nor its measure
    // (before: metric `/年`).
    let t = targets("开展培训2次/年。");
    assert_eq!(
        (t[0].0.as_str(), t[0].2.as_str(), t[0].3.as_deref()),
        ("培训", "次", Some("每年"))
    );
    // Per a visit, not per a person (`/人次` is no `/人`).
    assert_eq!(
        measured("人均门诊费用控制在200元/人次以内。"),
        [m("人均门诊费用", 200.0, "元/人次")]
    );
}

#[test]
fn a_phase_of_a_works_is_no_count() {
    // Before: `等项目` read as 2 phases.
    assert_eq!(measured("建成示例高速、甲乙高速二期等项目。"), []);
    assert_eq!(measured("建成甲乙大桥二期。"), []);
    // Sessions held stay a count; an ordinal stays none.
    assert_eq!(measured("举办培训班三期。"), [m("培训班", 3.0, "期")]);
    assert_eq!(measured("启动第二期工程建设。"), []);
}

#[test]
fn a_verb_ending_in_cheng_is_no_part_of_the_text() {
    // Before: text `成3所幼儿园`.
    let t = targets("新建成3所幼儿园。");
    assert_eq!((t[0].0.as_str(), t[0].1), ("幼儿园", 3.0));
    assert!(!t[0].4.starts_with('成'), "{:?}", t[0].4);
}

#[test]
fn a_sum_invested_measures_the_investment() {
    // Before: metric `积极引进总投资示例县示例能源有限公司瓦斯发电项目`.
    assert_eq!(
        measured("积极引进总投资8500万元的示例县示例能源有限公司瓦斯发电项目。"),
        [m("总投资", 8500.0, "万元")]
    );
    assert_eq!(measured("完成投资5亿元。"), [m("投资", 5.0, "亿元")]);
}

#[test]
fn copies_of_a_paper_are_no_count() {
    // Before: `佐证资料一式` = 2 份.
    assert_eq!(measured("提供佐证资料一式2份。"), []);
    assert_eq!(
        measured("发放宣传资料2000份。"),
        [m("宣传资料", 2000.0, "份")]
    );
}

#[test]
fn a_weekly_count_keeps_its_period() {
    let t = targets("每周一次工程调度会。");
    assert_eq!(
        (t[0].0.as_str(), t[0].1, t[0].3.as_deref()),
        ("工程调度会", 1.0, Some("每周"))
    );
}

#[test]
fn a_rise_is_a_change_as_an_increase_is() {
    // Before: `城镇化率上升2个百分点` was no target, and after a level `上升` alone named the
    // measure.
    assert_eq!(
        measured("示例县城镇化率上升2个百分点。"),
        [m("示例县城镇化率上升", 2.0, "个百分点")]
    );
    assert_eq!(
        measured("示例县工业经济效益综合指数达到211%，上升20个百分点。"),
        [
            m("示例县工业经济效益综合指数", 211.0, "%"),
            m("示例县工业经济效益综合指数上升", 20.0, "个百分点"),
        ]
    );
    // A level risen to stays a level.
    assert_eq!(
        targets("示例县城镇化率上升到60%。")
            .iter()
            .map(|t| t.0.as_str())
            .collect::<Vec<_>>(),
        ["示例县城镇化率"]
    );
}
