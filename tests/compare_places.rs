//! Two places' plans (an invented 示例市 and 示例县, written for the project): the same work
//! worded differently pairs; a shared measure inside otherwise different tasks is a related
//! link with the phrase it rests on; a task on another topic has neither.

use plandiff::{compare, Comparison, Document};
use std::collections::BTreeSet;

fn parse(name: &str) -> Document {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).expect("fixture present");
    plandiff::parse(&bytes, name).expect("fixture parses")
}

fn places() -> Comparison {
    compare(
        &parse("compare_places_a.txt"),
        &parse("compare_places_b.txt"),
    )
}

fn ids(list: &[(&str, &str)]) -> BTreeSet<(String, String)> {
    list.iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn the_same_work_worded_by_another_place_pairs() {
    let c = places();
    let pairs: BTreeSet<(String, String)> =
        c.pairs.iter().map(|p| (p.a.clone(), p.b.clone())).collect();
    assert_eq!(
        pairs,
        ids(&[
            ("一/(一)", "一/1"), // 告知承诺制, 行政许可事项清单
            ("一/(二)", "一/2"), // 公平竞争审查
            ("二/(三)", "二/3"), // 乡镇综合行政执法队伍
            ("二/(四)", "二/4"), // 行政执法三项制度
            ("三/(五)", "三/6"), // 行政复议委员会
            ("三/(七)", "三/7"), // 行政调解, 人民调解
        ])
    );
    // 出庭应诉 and 普法 (a tagged task under 组织保障): 示例县 has neither.
    assert_eq!(c.a_only, vec!["三/(六)".to_string(), "四/(八)".to_string()]);
}

#[test]
fn a_shared_measure_is_a_related_link_with_its_phrase() {
    let c = places();
    let related: BTreeSet<(String, String)> = c
        .related
        .iter()
        .map(|r| (r.a.clone(), r.b.clone()))
        .collect();
    assert_eq!(related, ids(&[("二/(四)", "二/5"), ("三/(七)", "三/6")]));
    let shared = |a: &str, b: &str| {
        c.related
            .iter()
            .find(|r| r.a == a && r.b == b)
            .map(|r| r.shared.clone())
            .unwrap_or_default()
    };
    assert!(shared("二/(四)", "二/5").contains(&"执法全过程记录".to_string()));
    assert_eq!(shared("三/(七)", "三/6"), vec!["推动行政争议实质性化解"]);
    // 案卷评查 is no task of 示例市: no pair, but related; 交通安全整治 has neither.
    assert!(c.b_only.contains(&"二/5".to_string()));
    assert!(c.b_only.contains(&"三/8".to_string()));
    assert!(!c.related.iter().any(|r| r.b == "三/8"));
    assert_eq!((c.summary.related, c.summary.b_related_only), (2, 1));
}

#[test]
fn exports_list_the_related_links() {
    let c = places();
    let md = plandiff::report::comparison_markdown(&c);
    assert!(md.contains("## 相关任务（非同一任务）"));
    assert!(md.contains("执法全过程记录"));
    let html = plandiff::report::comparison_html(&c);
    assert_eq!(html.matches("data-testid=\"related\"").count(), 2);
    let csv = plandiff::report::comparison_csv(&c);
    assert_eq!(csv.lines().filter(|l| l.starts_with("相关,")).count(), 2);
    let json = plandiff::report::comparison_json(&c);
    let back: Comparison = serde_json::from_str(&json).expect("json reads back");
    assert_eq!(back.related, c.related);
}

/// Two places (示例市 and 示例县, both plans): tasks of one side read "only in that place",
/// not 删去/新增, which imply time; one place over two years keeps "仅 A 有".
#[test]
fn one_sided_tasks_name_the_place_across_places() {
    let c = places();
    let md = plandiff::report::comparison_markdown(&c);
    assert!(md.contains("## 仅示例市有的任务"), "{md}");
    assert!(md.contains("## 仅示例县有的任务"));
    let html = plandiff::report::comparison_html(&c);
    assert!(html.contains("<h2>仅示例县有的任务</h2>"));
    let same_place = compare(&c.a, &c.a);
    assert_eq!(
        plandiff::report::labels::only_in(&same_place, true),
        "仅 A 有的任务"
    );
}

/// 示例市's 监督 task names what 示例县 splits in two: the part paired with it (审计、统计监督)
/// and the county's broad 接受各方面监督 task, which the 1:1 pairing gives to the city's 应诉
/// task it shares one measure with.
const SUPERVISION_A: &str = "示例市2024年法治政府建设工作要点\n一、强化行政权力制约监督\n（一）形成监督合力。突出党内监督的主导地位，将法治政府建设情况纳入党内巡察重要内容。推动审计监督、统计监督、财会监督贯通协调。及时向纪检监察机关通报公职人员违法线索。人大代表建议和政协委员提案办理满意度达到95%以上。（牵头单位：市纪委监委；责任单位：市审计局、市统计局）\n（二）加强行政应诉工作。行政机关负责人出庭应诉率达到100%。建立败诉案件分析通报制度。（牵头单位：市司法局）\n（三）推进政务公开。编制政务公开事项标准目录，办好政府开放日活动。（牵头单位：市政府办公室）\n";
const SUPERVISION_B: &str = "示例县2025年法治政府建设工作要点\n一、健全行政权力监督体系\n（一）自觉接受各方面监督。自觉接受党内监督、人大监督、民主监督、司法监督。认真办理人大代表建议和政协委员提案，满意度达到95%以上。行政机关负责人出庭应诉率达100%。及时向纪检监察机关反馈建议采纳情况。（牵头单位：县纪委监委）\n（二）强化审计和统计监督。推动审计监督、统计监督、财会监督贯通协调，将法治政府建设情况纳入党内巡察重要内容。（牵头单位：县审计局；责任单位：县统计局）\n（三）深化政务公开。编制政务公开事项标准目录，开展政府开放日活动。（牵头单位：县政府办公室）\n";

fn pair_set(c: &Comparison) -> BTreeSet<(String, String)> {
    c.pairs.iter().map(|p| (p.a.clone(), p.b.clone())).collect()
}

/// The comparison of two plans' texts.
fn compare_texts(a: &str, b: &str) -> Comparison {
    compare(
        &plandiff::parse_text(a, "a.txt"),
        &plandiff::parse_text(b, "b.txt"),
    )
}

/// The pairs of the supervision plans when the 监督 link is no bridge: each task's own.
fn own_pairs() -> BTreeSet<(String, String)> {
    ids(&[
        ("一/(一)", "一/(二)"),
        ("一/(二)", "一/(一)"),
        ("一/(三)", "一/(三)"),
    ])
}

#[test]
fn a_task_nearer_to_another_pairs_task_than_to_its_own_partner_joins_it() {
    let a = plandiff::parse_text(SUPERVISION_A, "a.txt");
    let b = plandiff::parse_text(SUPERVISION_B, "b.txt");
    let c = compare(&a, &b);
    // The county's 接受各方面监督 reads closer to the city's 监督合力 than to the 应诉 task it
    // pairs with: both pairs stand, and the 监督 link is no longer a mere related link.
    assert_eq!(
        pair_set(&c),
        ids(&[
            ("一/(一)", "一/(一)"),
            ("一/(一)", "一/(二)"),
            ("一/(二)", "一/(一)"),
            ("一/(三)", "一/(三)"),
        ])
    );
    assert!(c.related.is_empty(), "{:?}", c.related);
    // The same with the two plans swapped.
    let back = compare(&b, &a);
    let mirrored: BTreeSet<(String, String)> =
        pair_set(&c).into_iter().map(|(x, y)| (y, x)).collect();
    assert_eq!(pair_set(&back), mirrored);
}

#[test]
fn a_link_weaker_than_both_tasks_own_pairs_stays_related() {
    // The city's 应诉 task now shares the court's cases with the county's broad task: that
    // pair is closer than the 监督 link, which stays a related link.
    let a = SUPERVISION_A.replace(
        "建立败诉案件分析通报制度。",
        "支持人民法院依法受理行政案件，尊重并执行法院生效裁判。",
    );
    let b = SUPERVISION_B
        .replace(
            "行政机关负责人出庭应诉率达100%。",
            "支持人民法院依法受理和审理行政案件，行政机关负责人出庭应诉率达100%。",
        )
        .replace("（牵头单位：县纪委监委）", "（牵头单位：县司法局）");
    let c = compare_texts(&a, &b);
    assert_eq!(pair_set(&c), own_pairs());
    let related: Vec<(&str, &str)> = (c.related.iter())
        .map(|r| (r.a.as_str(), r.b.as_str()))
        .collect();
    assert_eq!(related, [("一/(一)", "一/(一)")]);
}

#[test]
fn a_task_whose_pair_is_its_copy_takes_no_bridge() {
    // The county copies the city's 监督合力 task word for word: that task is accounted for, and
    // the broad 接受各方面监督 task nearest to it stays related.
    let copied = SUPERVISION_A
        .lines()
        .find(|l| l.starts_with("（一）"))
        .expect("the city's first task");
    let b = SUPERVISION_B.replace(
        "（二）强化审计和统计监督。推动审计监督、统计监督、财会监督贯通协调，将法治政府建设情况纳入党内巡察重要内容。（牵头单位：县审计局；责任单位：县统计局）",
        &copied.replace("（一）", "（二）"),
    );
    let c = compare_texts(SUPERVISION_A, &b);
    assert_eq!(pair_set(&c), own_pairs());
    assert!(
        (c.related.iter()).any(|r| (r.a.as_str(), r.b.as_str()) == ("一/(一)", "一/(一)")),
        "{:?}",
        c.related
    );
}

#[test]
fn two_places_aims_by_one_year_are_two_goals_but_the_same_aim_is_one() {
    let plan = |place: &str, aim: &str| {
        format!("{place}健康行动实施方案\n一、总体目标\n到2030年，{aim}。\n二、主要任务\n(一)开展健康讲座。每年举办讲座不少于4次。\n")
    };
    let changes = |a: &str, b: &str| -> Vec<(String, plandiff::TargetChangeKind)> {
        (compare_texts(a, b).goal_targets.into_iter())
            .map(|t| (t.metric, t.change))
            .collect()
    };
    use plandiff::TargetChangeKind::*;
    let a = plan("示例甲区", "形成比较完善的全民健康服务体系");
    let b = plan("示例乙市", "全民健康素养水平全面提升");
    assert_eq!(
        changes(&a, &b),
        [
            ("全民健康素养水平全面提升".to_string(), New),
            ("形成比较完善的全民健康服务体系".to_string(), Dropped),
        ]
    );
    // The same aim in both: one goal, kept.
    let b = plan("示例乙市", "形成比较完善的全民健康服务体系");
    assert_eq!(
        changes(&a, &b),
        [("形成比较完善的全民健康服务体系".to_string(), Same)]
    );
}

/// Across two places no one raised, added or dropped anything: the reports say which place has
/// the higher target or a target of its own (`示例县较高`, `仅示例县有`), never the words of a
/// year's change (`提高`, `新增`, `删去`, `放宽`), in every export and in the summary counts.
#[test]
fn two_places_are_worded_as_differences_not_as_changes_over_time() {
    use plandiff::report::{comparison_csv, comparison_html, comparison_markdown};
    let c = places();
    let md = comparison_markdown(&c);
    let csv = comparison_csv(&c);
    let html = comparison_html(&c);
    for (name, report) in [("md", &md), ("csv", &csv), ("html", &html)] {
        assert!(report.contains("示例县较高（2→3次）"), "{name}");
        assert!(report.contains("仅示例县有"), "{name}");
        for time_word in ["提高", "新增", "删去", "放宽", "不再牵头"] {
            assert!(!report.contains(time_word), "{name} says {time_word}");
        }
    }
    assert!(md.contains("| 指标·示例县较高 | 1 |"));
    assert!(md.contains("单位角色不同：示例市市场监管局 → 示例县市场监管局（牵头 → 责任）"));
    assert!(
        md.contains("仅示例县牵头"),
        "the by-agency columns name the places"
    );
}

/// The same place's two years keep the words of time.
#[test]
fn one_place_over_two_years_keeps_the_words_of_time() {
    use plandiff::report::comparison_markdown;
    let a = parse("compare_places_a.txt");
    let mut b = parse("compare_places_b.txt");
    b.title = "示例市2025年法治政府建设实施方案".to_string();
    let md = comparison_markdown(&compare(&a, &b));
    assert!(md.contains("提高（2→3次）"));
    assert!(md.contains("| 指标·新增 |"));
    assert!(!md.contains("较高"));
}
