//! Two places' plans (an invented 示例市 and 示例县, written for the project) whose sections
//! follow one template: a task with no same task on the other side is linked to its nearest
//! task there when their sections align and a key phrase backs the link, even though the two
//! texts are too unlike for an ordinary related link; a task whose section has no counterpart
//! gets no link. A flat list of tasks (no sections) links the same way when the two plans share
//! their subject, on a closer text.

use plandiff::{compare, Comparison, Document};

fn parse(name: &str) -> Document {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).expect("fixture present");
    plandiff::parse(&bytes, name).expect("fixture parses")
}

fn nearest() -> Comparison {
    compare(
        &parse("compare_nearest_a.txt"),
        &parse("compare_nearest_b.txt"),
    )
}

#[test]
fn an_unpaired_task_is_linked_to_its_nearest_task_in_the_aligned_section() {
    let c = nearest();
    // 纠纷排查 (示例市) and 人民调解 (示例县) are not the same work…
    assert!(c.a_only.contains(&"三/(六)".to_string()), "{:?}", c.a_only);
    assert!(c.b_only.contains(&"三/6".to_string()), "{:?}", c.b_only);
    // …but both sit in the 矛盾纠纷 section and both 定期排查.
    let link = c
        .related
        .iter()
        .find(|r| r.a == "三/(六)" && r.b == "三/6")
        .expect("a related link between the two unpaired tasks");
    assert_eq!(link.shared, vec!["定期排查".to_string()]);
    assert!(link.score < 0.13, "below an ordinary link's least score");
}

#[test]
fn a_task_whose_section_has_no_counterpart_gets_no_nearest_link() {
    let c = nearest();
    // 示例县 has no 组织保障 section: 学法 stays without pair and without related task.
    assert!(c.a_only.contains(&"四/(七)".to_string()));
    assert!(
        c.related.iter().all(|r| r.a != "四/(七)"),
        "{:?}",
        c.related
    );
}

#[test]
fn swapping_the_plans_mirrors_the_nearest_link() {
    let ab = nearest();
    let ba = compare(
        &parse("compare_nearest_b.txt"),
        &parse("compare_nearest_a.txt"),
    );
    let mut forth: Vec<(String, String)> = ab
        .related
        .iter()
        .map(|r| (r.a.clone(), r.b.clone()))
        .collect();
    let mut back: Vec<(String, String)> = ba
        .related
        .iter()
        .map(|r| (r.b.clone(), r.a.clone()))
        .collect();
    forth.sort();
    back.sort();
    assert_eq!(forth, back);
}

#[test]
fn a_flat_list_of_tasks_links_its_nearest_task_when_the_plans_share_their_subject() {
    // The 示例市 plan as seven numbered tasks with no sections: nothing tells its 纠纷 task's
    // section from another, but the two plans are of one field and a key phrase backs it.
    let c = compare(
        &parse("compare_nearest_flat.txt"),
        &parse("compare_nearest_b.txt"),
    );
    assert!(c.a_only.contains(&"六".to_string()), "{:?}", c.a_only);
    let link = (c.related.iter())
        .find(|r| r.a == "六" && r.b == "三/6")
        .expect("a related link between the two unpaired tasks");
    assert_eq!(link.shared, vec!["定期排查纠纷".to_string()]);
    assert!(link.score < 0.13, "below an ordinary link's least score");
    // 学法 has nothing on the other side.
    assert!(c.related.iter().all(|r| r.a != "七"), "{:?}", c.related);
    // A plan on another subject: no link at all.
    let other = compare(
        &parse("compare_nearest_flat.txt"),
        &parse("compare_parts_unrelated.txt"),
    );
    assert!(other.related.is_empty(), "{:?}", other.related);
}

#[test]
fn two_unpaired_tasks_each_others_nearest_are_linked_on_one_telling_phrase() {
    // Two places' lists of 民生实事 (flat, on different work): only the parking items share a
    // telling phrase, and each is the other's nearest task.
    let a = plandiff::parse_text(
        "示例市2025年民生实事项目\n1.实施老城片区提升工程，施划停车位800个以上。\n2.新建充电桩300个，满足新能源汽车充电需求。\n3.在三个路口新建人行天桥2座，方便群众出行。\n4.实施12个村的饮水安全工程，提高供水保障能力。\n",
        "示例市.txt",
    );
    let b = plandiff::parse_text(
        "示例县2025年民生实事\n一是盘活闲置资源，施划公共停车位。\n二是对8条瓶颈路进行改造提升。\n三是为60周岁以上老人免费开展健康体检。\n四是开通县城至东镇公交线路。\n",
        "示例县.txt",
    );
    let c = compare(&a, &b);
    assert!(c.pairs.is_empty(), "{:?}", c.pairs);
    let links: Vec<(&str, &str, &[String])> = (c.related.iter())
        .map(|r| (r.a.as_str(), r.b.as_str(), r.shared.as_slice()))
        .collect();
    assert_eq!(links, [("1", "一是", &["停车位".to_string()][..])]);
    // Swapped, the same link mirrored.
    let back = compare(&b, &a);
    let mirrored: Vec<(&str, &str)> = (back.related.iter())
        .map(|r| (r.a.as_str(), r.b.as_str()))
        .collect();
    assert_eq!(mirrored, [("一是", "1")]);
}
