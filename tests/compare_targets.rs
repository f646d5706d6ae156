//! Target changes as a reader judges them (`targets_compare_*`, an invented 示例市 plan and its
//! next year): what each change means (stricter or looser, not only up or down), the values a
//! chip shows, ranges by their bounds, an approximate value as the value, a count of occasions
//! in other words, and two rates of different things kept apart.

mod common;

use common::fixture;
use plandiff::{compare, Direction, TargetChange, TargetChangeKind};

/// The targets of the pair of tasks `id` (the same id on both sides here).
fn changes(id: &str) -> Vec<TargetChange> {
    let c = compare(
        &fixture("targets_compare_a.txt"),
        &fixture("targets_compare_b.txt"),
    );
    (c.pairs.into_iter())
        .filter(|p| p.a == id && p.b == id)
        .flat_map(|p| p.targets)
        .collect()
}

/// `metric|change|direction|values` of each change.
fn rows(id: &str) -> Vec<String> {
    (changes(id).iter())
        .map(|t| {
            let dir = serde_json::to_value(t.direction).unwrap_or_default();
            let kind = serde_json::to_value(t.change).unwrap_or_default();
            format!(
                "{}|{}|{}|{}",
                t.metric,
                kind.as_str().unwrap_or(""),
                dir.as_str().unwrap_or(""),
                t.values
            )
        })
        .collect()
}

#[test]
fn snapshot_of_every_change() {
    let all: Vec<(String, Vec<String>)> = ["一/(一)", "一/(二)", "一/(三)", "一/(四)", "一/(五)"]
        .iter()
        .map(|id| (id.to_string(), rows(id)))
        .collect();
    insta::assert_json_snapshot!("targets_compare", all);
}

#[test]
fn a_change_says_what_it_means_and_shows_its_values() {
    assert_eq!(
        rows("一/(一)"),
        [
            "企业投资项目审核时限|lowered|stricter|10→7个工作日",
            "政务服务事项按期办结率|lowered|looser|98→95%"
        ]
    );
}

#[test]
fn ranges_by_their_bounds_and_about_as_the_value() {
    assert_eq!(
        rows("一/(二)"),
        [
            "每个街道新建幼儿园|raised|stricter|1~2→2~3所",
            "职业介绍成功率|same||约60→60%"
        ]
    );
}

#[test]
fn a_count_of_occasions_in_other_words_is_the_same_target() {
    let c = changes("一/(三)");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].change, TargetChangeKind::Same);
}

#[test]
fn rates_of_different_things_are_not_paired() {
    let kinds: Vec<TargetChangeKind> = changes("一/(四)").iter().map(|t| t.change).collect();
    assert_eq!(kinds, [TargetChangeKind::New, TargetChangeKind::Dropped]);
}

#[test]
fn a_deadline_a_year_earlier_is_stricter() {
    let c = changes("一/(五)");
    assert_eq!(c.len(), 1, "{c:?}");
    assert_eq!(c[0].change, TargetChangeKind::Changed);
    assert_eq!(c[0].direction, Some(Direction::Stricter));
    assert_eq!(c[0].values, "2026年→2025年");
}

/// `实现…全覆盖` in words keeps a 100 % figure of the year before (the one whose sentence speaks
/// of the same thing: 党政机关, not 村（社区）); and a split task's dropped target is shown beside
/// the part that still speaks of it.
#[test]
fn coverage_in_words_and_a_split_target_where_it_is_spoken_of() {
    let c = compare(
        &fixture("targets_words_a.txt"),
        &fixture("targets_words_b.txt"),
    );
    let pair = |a: &str, b: &str| {
        (c.pairs.iter().find(|p| p.a == a && p.b == b)).unwrap_or_else(|| panic!("{a}→{b}"))
    };
    let first = &pair("一", "一").targets;
    let kept: Vec<_> = first
        .iter()
        .filter(|t| t.change == TargetChangeKind::Same)
        .collect();
    assert_eq!(kept.len(), 1, "{first:?}");
    assert!(kept[0]
        .a
        .as_ref()
        .is_some_and(|t| t.text.contains("各级政府")));
    assert!(kept[0]
        .b
        .as_ref()
        .is_some_and(|t| t.text == "实现党政机关法律顾问全覆盖"));
    let dropped: Vec<_> = first
        .iter()
        .filter(|t| t.change == TargetChangeKind::Dropped)
        .collect();
    assert_eq!(dropped.len(), 1);
    assert!(dropped[0]
        .a
        .as_ref()
        .is_some_and(|t| t.text.contains("村（社区）")));
    // 二 split into 二 and 三: the dropped 清单 deadline sits with 三, which names the 清单.
    let deadline = |b: &str| {
        (pair("二", b).targets.iter()).any(|t| {
            t.change == TargetChangeKind::Dropped
                && t.a.as_ref().is_some_and(|x| x.text.contains("清单"))
        })
    };
    assert!(deadline("三"), "{:?}", pair("二", "三").targets);
    assert!(!deadline("二"));
    // The summary counts the kept one as kept.
    assert_eq!(c.summary.targets_by_kind.get("same").copied(), Some(2));
}

#[test]
fn a_figure_scaled_in_its_unit_is_the_same_figure() {
    let a = plandiff::parse_text(
        "示例市2024年就业工作要点\n一、重点任务\n1.稳就业。城镇新增就业1.2万人，体检人数达1000万以上，培训投入3亿元。（市人社局牵头）\n",
        "a.txt",
    );
    let b = plandiff::parse_text(
        "示例市2025年就业工作要点\n一、重点任务\n1.稳就业。城镇新增就业12000人，体检人数达1000万人以上，培训投入3.5亿元。（市人社局牵头）\n",
        "b.txt",
    );
    let c = compare(&a, &b);
    let kinds: Vec<(String, TargetChangeKind)> = (c.pairs.iter().flat_map(|p| &p.targets))
        .map(|t| (t.metric.clone(), t.change))
        .collect();
    assert_eq!(
        kinds,
        [
            ("城镇新增就业".to_string(), TargetChangeKind::Same),
            ("体检人数".to_string(), TargetChangeKind::Same),
            ("培训投入".to_string(), TargetChangeKind::Raised),
        ]
    );
}
