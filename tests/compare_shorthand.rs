//! Policy shorthands (an invented 示例市 and 示例县, written for the project): 示例市 writes
//! `严格落实行政执法三项制度` in one task; 示例县 gives each of the three systems a task of its
//! own (公示, 全过程记录, 法制审核). The shorthand and the three tasks share next to no words,
//! yet they are the same work: each of the three is a part of 示例市's task. A task that only
//! mentions one of the systems in its body (执法协调) is not.

use plandiff::{compare, Document, PairKind};
use std::collections::BTreeSet;

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).expect("fixture present")
}

fn parse(text: &str, name: &str) -> Document {
    plandiff::parse(text.as_bytes(), name).expect("fixture parses")
}

fn pairs_with(a: &Document, b: &Document, task_a: &str) -> BTreeSet<(String, String)> {
    compare(a, b)
        .pairs
        .iter()
        .filter(|p| p.a == task_a)
        .map(|p| (p.b.clone(), format!("{:?}", p.kind)))
        .collect()
}

#[test]
fn the_tasks_named_by_a_shorthands_measures_are_its_parts() {
    let a = parse(&fixture("compare_shorthand_a.txt"), "a.txt");
    let b = parse(&fixture("compare_shorthand_b.txt"), "b.txt");
    let want: BTreeSet<(String, String)> = ["(一)/1", "(一)/2", "(一)/3"]
        .iter()
        .map(|id| (id.to_string(), format!("{:?}", PairKind::Split)))
        .collect();
    assert_eq!(pairs_with(&a, &b, "一"), want);
    let c = compare(&a, &b);
    // 执法协调 names no measure in its heading: no pair.
    assert!(c.b_only.contains(&"(一)/4".to_string()), "{:?}", c.b_only);

    // The other way round, the three merge into the shorthand's task.
    let back = compare(&b, &a);
    let merged: BTreeSet<(String, String)> = back
        .pairs
        .iter()
        .filter(|p| p.b == "一")
        .map(|p| (p.a.clone(), format!("{:?}", p.kind)))
        .collect();
    let mirrored: BTreeSet<(String, String)> = want
        .iter()
        .map(|(id, _)| (id.clone(), format!("{:?}", PairKind::Merged)))
        .collect();
    assert_eq!(merged, mirrored);
}

#[test]
fn a_shorthand_two_tasks_use_gives_neither_its_measures() {
    // 示例市's supervision task also writes the shorthand (示范单位 of the three systems): which
    // task the measures belong to is not told by words, so neither takes them.
    let text = fixture("compare_shorthand_a.txt").replace(
        "通报行政执法典型案例。",
        "评选一批推行行政执法“三项制度”的示范单位。",
    );
    let a = parse(&text, "a.txt");
    let b = parse(&fixture("compare_shorthand_b.txt"), "b.txt");
    let c = compare(&a, &b);
    for id in ["(一)/2", "(一)/3"] {
        assert!(c.b_only.contains(&id.to_string()), "{id}: {:?}", c.pairs);
    }
}

#[test]
fn of_several_tasks_using_a_shorthand_the_one_whose_heading_names_it_takes_the_measures() {
    // Now 示例市's 执法程序 task is headed by the shorthand; the supervision task still mentions
    // it in its body. The heading tells whose measures they are.
    let text = fixture("compare_shorthand_a.txt")
        .replace("一、规范行政执法程序。", "一、全面落实行政执法三项制度。")
        .replace(
            "通报行政执法典型案例。",
            "评选一批推行行政执法“三项制度”的示范单位。",
        );
    let a = parse(&text, "a.txt");
    let b = parse(&fixture("compare_shorthand_b.txt"), "b.txt");
    let got: BTreeSet<String> = pairs_with(&a, &b, "一").into_iter().map(|p| p.0).collect();
    for id in ["(一)/1", "(一)/2", "(一)/3"] {
        assert!(got.contains(id), "{id}: {got:?}");
    }
    assert!(pairs_with(&a, &b, "二")
        .iter()
        .all(|p| !p.0.starts_with("(一)/")));
}

#[test]
fn one_generic_measure_in_a_heading_is_no_part() {
    // 示例县's `优化服务` task is about elderly care; its heading happens to hold one measure of
    // 放管服 (`优化服务`), and none of the other two (简政放权, 放管结合) names a task: the
    // shorthand gives no part, and 示例市's 营商环境 task is not paired with it.
    let a = parse(
        "示例市2026年工作要点\n一、优化营商环境。深入推进放管服改革，持续压减行政许可事项。（牵头单位：示例市政务服务中心）\n二、加强法治宣传教育。落实普法责任制，开展宪法宣传周活动。（牵头单位：示例市委宣传部）\n",
        "a.txt",
    );
    let b = parse(
        "示例县2026年实施方案\n1.优化服务。为老年人就医开设绿色通道，医院设置老年人服务窗口。（牵头单位：示例县卫健局）\n2.加强法治宣传教育。落实普法责任制，组织宪法宣传周活动。（牵头单位：示例县委宣传部）\n",
        "b.txt",
    );
    assert!(
        pairs_with(&a, &b, "一").is_empty(),
        "{:?}",
        compare(&a, &b).pairs
    );
    // When a second measure names a task too, the two are the shorthand's parts.
    let b2 = parse(
        "示例县2026年实施方案\n1.优化服务。为企业开办提供帮办代办，压缩办理时限。（牵头单位：示例县政务服务中心）\n2.深化简政放权。取消和下放一批县级行政许可事项。（牵头单位：示例县政务服务中心）\n3.加强法治宣传教育。落实普法责任制，组织宪法宣传周活动。（牵头单位：示例县委宣传部）\n",
        "b2.txt",
    );
    let got: BTreeSet<String> = pairs_with(&a, &b2, "一").into_iter().map(|p| p.0).collect();
    assert!(got.contains("2"), "{got:?}");
}
