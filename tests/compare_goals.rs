//! The two plans' goal targets (总体目标, 主要目标) compared: matched by what they measure, not
//! by a figure they share; a bound nothing passes (`为0` = `控制在0天`) is no change; an aim
//! turned round (`下降8%` → `增长2%`) is a change, not a level lowered; and every report, the
//! summary included, lists them.

use plandiff::model::{Direction, TargetChangeKind};
use plandiff::report::{comparison_csv, comparison_html, comparison_markdown};
use plandiff::{compare, parse_text, Comparison};

fn goals_comparison() -> Comparison {
    let read = |name: &str| {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        parse_text(&std::fs::read_to_string(&path).expect("fixture"), name)
    };
    compare(&read("compare_goals_a.txt"), &read("compare_goals_b.txt"))
}

/// `(change, A's text, B's text)` of the goal target measuring `metric` in either plan.
fn goal(c: &Comparison, words: &str) -> Vec<(TargetChangeKind, Option<String>, Option<String>)> {
    let has = |t: &Option<plandiff::Target>| t.as_ref().is_some_and(|t| t.text.contains(words));
    (c.goal_targets.iter())
        .filter(|t| has(&t.a) || has(&t.b))
        .map(|t| {
            let text = |x: &Option<plandiff::Target>| x.as_ref().map(|x| x.text.clone());
            (t.change, text(&t.a), text(&t.b))
        })
        .collect()
}

#[test]
fn goal_targets_of_one_figure_but_other_measures_are_not_one() {
    let c = goal_comparison_checked();
    // `饮用水水源水质100%达标` and `建设用地安全利用率保持100%` share only the figure.
    let water = goal(&c, "饮用水");
    assert_eq!(water.len(), 1, "{water:?}");
    assert_eq!(water[0].0, TargetChangeKind::Dropped);
    let land = goal(&c, "建设用地");
    assert_eq!(land.len(), 1, "{land:?}");
    assert_eq!(land[0].0, TargetChangeKind::New);
    // The same measure reworded still pairs.
    let section = goal(&c, "断面水质");
    assert_eq!(section.len(), 1);
    assert_eq!(section[0].0, TargetChangeKind::Same);
}

fn goal_comparison_checked() -> Comparison {
    let c = goals_comparison();
    assert!(c.goal_targets.len() >= 5, "{:?}", c.goal_targets);
    c
}

#[test]
fn none_is_none_whatever_its_words() {
    let c = goal_comparison_checked();
    let days = goal(&c, "污染天数");
    assert_eq!(days.len(), 1, "{days:?}");
    assert_eq!(days[0].0, TargetChangeKind::Same);
    let t = (c.goal_targets.iter())
        .find(|t| t.metric.contains("污染天数"))
        .expect("the days");
    assert_eq!(t.values, "0天");
}

#[test]
fn an_aim_turned_round_is_a_change_with_no_direction() {
    let c = goal_comparison_checked();
    let t = (c.goal_targets.iter())
        .find(|t| t.metric.contains("二氧化碳排放"))
        .expect("the emissions");
    assert_eq!(t.change, TargetChangeKind::Changed);
    assert_eq!(t.direction, None);
    assert_eq!(t.values, "下降8%→增长2%");
    // A level of one measure lowered keeps its direction.
    let pm = (c.goal_targets.iter())
        .find(|t| t.metric.contains("PM2.5"))
        .expect("PM2.5");
    assert_eq!(pm.change, TargetChangeKind::Lowered);
    assert_eq!(pm.direction, Some(Direction::Stricter));
}

#[test]
fn the_summary_and_every_report_list_the_goal_targets() {
    let c = goal_comparison_checked();
    let changed = (c.goal_targets.iter())
        .filter(|t| t.change != TargetChangeKind::Same)
        .count();
    assert_eq!(c.summary.goal_target_changes, changed);
    assert!(changed >= 3);
    let md = comparison_markdown(&c);
    assert!(md.contains("## 总体目标指标"), "{md}");
    assert!(md.contains(&format!("| 总体目标指标变化（不含不变） | {changed} |")));
    assert!(md.contains("下降8%→增长2%"));
    let html = comparison_html(&c);
    assert_eq!(
        html.matches("data-testid=\"goal-target\"").count(),
        c.goal_targets.len()
    );
    let csv = comparison_csv(&c);
    assert_eq!(
        csv.lines()
            .filter(|l| l.starts_with("总体目标指标,"))
            .count(),
        c.goal_targets.len()
    );
}

#[test]
fn plans_without_goals_have_no_goal_section() {
    let read = |name: &str| {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        parse_text(&std::fs::read_to_string(&path).expect("fixture"), name)
    };
    let c = compare(&read("compare_weak_a.txt"), &read("compare_weak_b.txt"));
    assert!(c.goal_targets.is_empty());
    assert!(!comparison_markdown(&c).contains("总体目标指标"));
    assert!(!comparison_html(&c).contains("总体目标指标"));
}

#[test]
fn a_goal_set_in_the_other_plan_as_an_unpaired_task_is_compared_with_it() {
    let a = parse_text("2023年示例区政府工作报告主要目标任务责任分解方案\n一、主要预期目标\n（一）地区生产总值增长7%以上\n责任单位：区发展和改革局\n（二）固定资产投资增长10%以上\n责任单位：区发展和改革局\n二、重点工作任务\n（一）加快建设临空产业园。推进一期核心区建设。\n责任单位：区招商服务中心\n", "a.txt");
    let b = parse_text("2023年示例县政府工作报告重点任务分解\n2023年经济社会发展的主要预期目标是：全年地区生产总值增长5%左右；固定资产投资增长12%左右；城镇新增就业3000人。\n一、推进产业发展\n1.加快建设临空产业园，推进一期核心区建设。［责任单位：县招商服务中心］\n", "b.txt");
    let c = compare(&a, &b);
    let rows: Vec<(TargetChangeKind, Option<&str>, String)> = (c.goal_targets.iter())
        .map(|t| (t.change, t.a_task.as_deref(), t.values.clone()))
        .collect();
    assert_eq!(
        rows,
        [
            (
                TargetChangeKind::Lowered,
                Some("一/(一)"),
                "7→约5%".to_string()
            ),
            (
                TargetChangeKind::Raised,
                Some("一/(二)"),
                "10→约12%".to_string()
            ),
            (TargetChangeKind::New, None, "3000人".to_string()),
        ]
    );
    // The tasks stay unpaired; the reports name the task a goal was matched in.
    assert_eq!(c.a_only, ["一/(一)", "一/(二)"]);
    assert!(comparison_markdown(&c).contains("地区生产总值增长7%以上（任务 一/(一)）"));
    // Mirrored: B's goal against A's task, named on the other side.
    let m = compare(&b, &a);
    assert!(m
        .goal_targets
        .iter()
        .any(|t| t.b_task.as_deref() == Some("一/(一)")));
}

#[test]
fn a_goal_is_not_compared_with_another_measure_of_an_unpaired_task() {
    let a = parse_text("示例市2024年重点工作要点\n2024年主要预期目标为：地区生产总值增长6%左右，农村生活污水治理率达到50%。\n一、重点任务\n1.扩大投资。实施重点项目100个。（市发改委牵头）\n", "a.txt");
    let b = parse_text("示例市2025年重点工作要点\n一、重点任务\n1.扩大投资。实施重点项目120个。（市发改委牵头）\n2.壮大工业。规模以上工业增加值增长8%，城市生活污水处理率达到97%，新增规上企业50家。（市工信局牵头）\n", "b.txt");
    let c = compare(&a, &b);
    // Words shared (`增长`, `生活污水…率`) are not one measure set two ways.
    assert_eq!(c.goal_targets.len(), 2, "{:?}", c.goal_targets);
    assert!(c
        .goal_targets
        .iter()
        .all(|t| t.change == TargetChangeKind::Dropped && t.b_task.is_none()));
}
