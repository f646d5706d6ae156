//! Targets in forms met in real plans (invented 示例 places): a list of counts after one verb,
//! each count after its own noun (`培育2个…和6个…`, `创建2个…、5个…、1个…`); a year heading a
//! sentence of means (`2025年，通过实施…`) and figures.

#[test]
fn each_count_of_a_list_after_one_verb_is_a_target_of_its_own() {
    let doc = plandiff::parse_text(
        "示例市2025年文旅工作要点\n一、培育产业集群。培育形成2个千亿级产业集群和6个五百亿级产业集群。\n二、创建景区。创建2个4A级景区、5个3A级景区、1个国家级旅游休闲街区。\n三、招引企业。规上企业分别超过90家和870家。\n",
        "plan.txt",
    );
    let got: Vec<(&str, f64, &str, &str)> = (doc.tasks.iter())
        .flat_map(|t| t.targets.iter())
        .map(|t| {
            let v = t.value.unwrap_or(f64::NAN);
            (t.metric.as_str(), v, t.unit.as_str(), t.text.as_str())
        })
        .collect();
    assert_eq!(
        got,
        [
            ("千亿级产业集群", 2.0, "个", "培育形成2个千亿级产业集群"),
            ("五百亿级产业集群", 6.0, "个", "6个五百亿级产业集群"),
            ("4A级景区", 2.0, "个", "创建2个4A级景区"),
            ("3A级景区", 5.0, "个", "5个3A级景区"),
            ("国家级旅游休闲街区", 1.0, "个", "1个国家级旅游休闲街区"),
            // A `分别` list reads as before: one measure, each figure.
            ("规上企业", 90.0, "家", "规上企业分别超过90家和870家"),
            ("规上企业", 870.0, "家", "规上企业分别超过90家和870家"),
        ]
    );
}

#[test]
fn a_count_after_a_noun_joined_by_he_without_a_verb_is_no_target() {
    // No verb commits the first count, so none commits the second either.
    let doc = plandiff::parse_text(
        "示例市2025年工作要点\n一、加强调研。全市现有2个产业园和6个孵化基地，加强调研指导。\n",
        "plan.txt",
    );
    let values: Vec<f64> = (doc.tasks.iter())
        .flat_map(|t| t.targets.iter())
        .filter_map(|t| t.value)
        .collect();
    assert!(values.is_empty(), "{values:?}");
}

#[test]
fn a_year_heading_a_sentence_of_means_and_figures_is_their_deadline_not_a_target() {
    let doc = plandiff::parse_text(
        "示例市2025年大气污染防治工作计划\n一、工作目标\n2025年，通过实施细颗粒物和臭氧协同控制，市区PM2.5年均浓度保持在30微克/立方米以下。到2026年，城市更新体制机制基本健全。\n二、重点任务\n（一）推进工业治理。完成10家企业深度治理。（牵头单位：市生态环境局）\n",
        "plan.txt",
    );
    let goals: Vec<(&str, Option<f64>, Option<&str>)> = (doc.goals.iter())
        .flat_map(|g| g.targets.iter())
        .map(|t| (t.metric.as_str(), t.value, t.deadline.as_deref()))
        .collect();
    // The figure carries the year; the means clause is no target. A year heading work of its
    // own (`体制机制基本健全`) stays one.
    assert!(
        goals
            .iter()
            .any(|g| g.1 == Some(30.0) && g.2 == Some("2025年")),
        "{goals:?}"
    );
    assert!(!goals.iter().any(|g| g.0.starts_with("通过")), "{goals:?}");
    assert!(
        goals
            .iter()
            .any(|g| g.0.contains("基本健全") && g.2 == Some("2026年")),
        "{goals:?}"
    );
}

#[test]
fn a_range_with_its_unit_on_both_ends_is_one_target_and_a_second_figure_is_no_noun() {
    let doc = plandiff::parse_text(
        "示例县2025年工作要点\n一、支持企业。对认定的企业给予3万元-5万元的资金支持。\n二、建设公路。建设通村油路63条912公里。\n三、创建景区。创建2个4A级景区。\n",
        "plan.txt",
    );
    let got: Vec<(&str, f64, Option<f64>, &str)> = (doc.tasks.iter())
        .flat_map(|t| t.targets.iter())
        .map(|t| {
            let v = t.value.unwrap_or(f64::NAN);
            (t.metric.as_str(), v, t.value_max, t.unit.as_str())
        })
        .collect();
    assert_eq!(
        got,
        [
            ("对认定的企业给予资金支持", 3.0, Some(5.0), "万元"),
            // The roads' count is measured by what is built, not by the length after it.
            ("建设通村油路", 63.0, None, "条"),
            // A name opening on digits (`4A级`) is the noun.
            ("4A级景区", 2.0, None, "个"),
        ]
    );
}

#[test]
fn a_rubrics_scores_are_no_targets_but_its_measures_are() {
    let doc = plandiff::parse_text(
        "示例县2025年乡镇目标考评办法\n一、考评内容\n（一）农业生产（20分）。农业总产值比上年增长12%，完成任务计10分，不完成任务扣2分。\n（二）信贷回收。累计回收率达90%以上的加5分。\n",
        "plan.txt",
    );
    let got: Vec<(f64, &str)> = (doc.tasks.iter())
        .flat_map(|t| t.targets.iter())
        .filter_map(|t| Some((t.value?, t.unit.as_str())))
        .collect();
    assert_eq!(got, [(12.0, "%"), (90.0, "%")]);
}

#[test]
fn a_figure_inside_a_noun_stays_in_it_and_a_rise_of_a_score_is_a_target() {
    let doc = plandiff::parse_text(
        "示例市2025年工作要点\n一、培育产业。打造3个100亿级产业集群。\n二、建设电站。建设2个10万千瓦光伏电站。\n三、优化环境。营商环境评价得分增加2分。\n",
        "plan.txt",
    );
    let got: Vec<(&str, f64)> = (doc.tasks.iter())
        .flat_map(|t| t.targets.iter())
        .filter_map(|t| Some((t.metric.as_str(), t.value?)))
        .collect();
    assert_eq!(
        got,
        [
            ("100亿级产业集群", 3.0),
            ("10万千瓦光伏电站", 2.0),
            ("营商环境评价得分增加", 2.0)
        ]
    );
}
