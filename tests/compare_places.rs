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
