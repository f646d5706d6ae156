//! A weak pair that stands out (an invented 示例市 and 示例县, written for the project):
//! 示例市's flat list of tasks and 示例县's sectioned plan share a field and most tasks almost
//! word for word; their 督察考核 and 考核评价 tasks are worded apart (督察 and 绩效评价 against
//! 效能考核 and 通报) yet each is the other's only near task. They pair although they are less
//! alike than a pair usually is; a plan on another subject with that text pairs with nothing.

use plandiff::{compare, Document};

fn parse(name: &str) -> Document {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).expect("fixture present");
    plandiff::parse(&bytes, name).expect("fixture parses")
}

fn pairs(a: &Document, b: &Document) -> Vec<(String, String, f64)> {
    compare(a, b)
        .pairs
        .iter()
        .map(|p| (p.a.clone(), p.b.clone(), p.score))
        .collect()
}

#[test]
fn a_weak_pair_that_is_each_sides_only_near_task_is_a_pair() {
    let (a, b) = (parse("compare_weak_a.txt"), parse("compare_weak_b.txt"));
    let got = pairs(&a, &b);
    let weak = got
        .iter()
        .find(|p| p.0 == "五")
        .expect("督察考核 pairs with 考核评价");
    assert_eq!(weak.1, "三/5");
    assert!(weak.2 < 0.14, "below an ordinary weak pair: {}", weak.2);
    // Every task has its same task: six pairs, one to one.
    assert_eq!(got.len(), 6, "{got:?}");
    let c = compare(&a, &b);
    assert!(c.a_only.is_empty() && c.b_only.is_empty(), "{c:?}");
    assert!(c.related.iter().all(|r| r.a != "五"), "{:?}", c.related);
}

#[test]
fn swapping_the_plans_mirrors_the_weak_pair() {
    let (a, b) = (parse("compare_weak_a.txt"), parse("compare_weak_b.txt"));
    let mut forth: Vec<(String, String)> = pairs(&a, &b).into_iter().map(|p| (p.0, p.1)).collect();
    let mut back: Vec<(String, String)> = pairs(&b, &a).into_iter().map(|p| (p.1, p.0)).collect();
    forth.sort();
    back.sort();
    assert_eq!(forth, back);
}

#[test]
fn the_weak_task_pairs_with_nothing_in_a_plan_on_another_subject() {
    // 示例县's 全民健身 plan, with 示例县's 考核评价 task copied into it: the two plans share
    // no field, so the lone weak link is no pair.
    let a = parse("compare_weak_a.txt");
    let b_text = std::fs::read_to_string(format!(
        "{}/tests/fixtures/compare_parts_unrelated.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture present");
    let weak = std::fs::read_to_string(format!(
        "{}/tests/fixtures/compare_weak_b.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture present")
    .lines()
    .find(|l| l.starts_with("5."))
    .expect("the 考核评价 task")
    .replacen("5.", "9.", 1);
    let b =
        plandiff::parse(format!("{b_text}\n{weak}\n").as_bytes(), "unrelated.txt").expect("parses");
    assert!(
        b.tasks.iter().any(|t| t.text.contains("效能考核")),
        "the copied task is read"
    );
    let got = pairs(&a, &b);
    assert!(got.iter().all(|p| p.0 != "五"), "{got:?}");
}

#[test]
fn one_shared_term_between_two_short_plans_makes_no_pair() {
    // Two short plans of one field, one section each: their 行政执法 tasks are different work
    // (the agencies' powers against the officers' conduct). One section against one tells
    // nothing, and a weak score with no telling words beyond one term is no pair.
    let a = plandiff::parse_text(
        "示例省法治政府建设方案\n五、健全行政执法体制机制\n22.理顺行政执法体制。科学划分省、市、县三级行政执法队伍的执法权限，加快推进执法力量下沉，推进跨部门综合执法。\n",
        "a.txt",
    );
    let b = plandiff::parse_text(
        "示例县2025年法治建设工作计划\n一、加强法治政府建设\n1.推进政府职能转变，优化政府机构设置。\n2.完善政府依法决策机制，加强决策合法性审查。\n3.严格规范行政执法行为，提高执法公信力。\n",
        "b.txt",
    );
    assert_eq!((a.tasks.len(), b.tasks.len()), (1, 3));
    let got = pairs(&a, &b);
    assert!(got.is_empty(), "{got:?}");
    // A task carried over with one word changed still pairs, one section against one.
    let b2 = plandiff::parse_text(
        "示例省法治政府建设方案\n五、健全行政执法体制机制\n22.理顺行政执法体制。科学划分省、市、县三级行政执法队伍的执法权限，加快推进执法力量下沉，推动跨部门综合执法。\n",
        "b2.txt",
    );
    assert_eq!(pairs(&a, &b2).len(), 1);
}
