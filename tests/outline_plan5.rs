//! Round 5 fixtures (`plan5_*`, an invented 示例市): forms real plans use that the parser once
//! misread — role clauses for units, shared parts of a unit list, tasks under 保障措施, goal
//! blocks, phases, numbering that reads like a decimal, and more. The tests name what used
//! to be misread (the whole parses: `outline_fixtures.rs`).

mod common;

use common::{fixture, task};

/// `(lead, responsible)` of a task.
fn units<'a>(doc: &'a plandiff::Document, id: &str) -> (Vec<&'a str>, Vec<&'a str>) {
    let t = task(doc, id);
    let names = |v: &'a [String]| v.iter().map(String::as_str).collect();
    (names(&t.lead_units), names(&t.responsible_units))
}

#[test]
fn role_clauses_give_every_unit_its_role() {
    let doc = fixture("plan5_role_clauses.txt");
    let want: &[(&str, &[&str], &[&str])] = &[
        (
            "一/(一)",
            &["市政务服务中心"],
            &["市发展改革委", "市司法局"],
        ),
        ("一/(二)", &["市数据局"], &["市政务服务中心"]),
        ("一/(三)", &["市自然资源和规划局"], &["市住房城乡建设局"]),
        ("二/(六)", &["市公安局"], &["市市场监管局", "各区政府"]),
        ("二/(七)", &["市金融工作局"], &["市人民银行", "市财政局"]),
        (
            "二/(八)",
            &["市城管局"],
            &["市供水公司", "市供电公司", "市燃气集团"],
        ),
    ];
    for (id, lead, responsible) in want {
        assert_eq!(
            units(&doc, id),
            (lead.to_vec(), responsible.to_vec()),
            "{id}"
        );
    }
    // No verb is left inside a name, no unit is a verb.
    for t in &doc.tasks {
        for n in t.lead_units.iter().chain(&t.responsible_units) {
            assert!(!n.contains("负责") && !n.contains("组织"), "{}: {n}", t.id);
        }
    }
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn sharing_the_work_names_no_lead() {
    let doc = fixture("plan5_role_clauses.txt");
    for (id, responsible) in [
        ("一/(四)", &["市市场监管局", "市生态环境局"][..]),
        ("二/(五)", &["市财政局", "市工业和信息化局"][..]),
        (
            "二/(九)",
            &["市人力资源社会保障局", "市总工会", "各区政府"][..],
        ),
    ] {
        assert_eq!(units(&doc, id), (vec![], responsible.to_vec()), "{id}");
    }
}

#[test]
fn a_note_in_the_first_bracket_holds_below() {
    // `列第一位者为牵头单位，下同`: the first-listed leads in every task after it.
    let doc = fixture("plan5_first_leads_below.txt");
    assert_eq!(
        units(&doc, "一/(二)"),
        (vec!["市商务局"], vec!["市文化广电旅游局", "各区政府"])
    );
    assert_eq!(task(&doc, "二/(三)").lead_units, ["市民政局"]);
    assert_eq!(task(&doc, "二/(四)").lead_units, ["市民政局"]);
}

#[test]
fn shared_parts_of_a_list_are_carried_to_full_names() {
    let doc = fixture("plan5_shared_lists_a.txt");
    let t = task(&doc, "一/(一)");
    // Shown as written, matched by the full name.
    assert_eq!(t.responsible_units, ["市发展改革委", "财政局", "税务局"]);
    assert_eq!(t.full_name("财政局"), "市财政局");
    assert_eq!(t.full_name("税务局"), "市税务局");
    assert_eq!(t.full_name("市发展改革委"), "市发展改革委");
    let t = task(&doc, "一/(二)");
    assert_eq!(t.responsible_units, ["各区", "县级市政府"]);
    assert_eq!(t.full_name("各区"), "各区政府");
    assert_eq!(t.full_name("县级市政府"), "各县级市政府");
}

#[test]
fn shared_parts_and_collective_units_are_no_agency_change() {
    let a = fixture("plan5_shared_lists_a.txt");
    let b = fixture("plan5_shared_lists_b.txt");
    let c = plandiff::compare(&a, &b);
    let changes: Vec<(String, plandiff::UnitChangeKind)> = c
        .pairs
        .iter()
        .flat_map(|p| p.units.changes.iter().map(|u| (u.key.clone(), u.change)))
        .collect();
    use plandiff::UnitChangeKind::*;
    // 财政局 = 市财政局 and 各区、县级市政府 = 各区政府、各县级市政府: no change; the collective
    // units that did change are shown but not counted.
    assert_eq!(
        changes,
        [
            ("市外办".to_string(), Added),
            ("市政府各部门".to_string(), Removed),
            ("各有关单位".to_string(), Added),
            ("各区政府".to_string(), Moved),
            ("市财政局".to_string(), Moved),
        ]
    );
    assert_eq!(c.summary.unit_changes, 2);
    // 各区政府 lost its lead, 市财政局 gained one: only the agency is counted.
    let gained: Vec<&str> = (c.agencies.iter())
        .filter(|r| !r.gained.is_empty())
        .map(|r| r.key.as_str())
        .collect();
    let lost: Vec<&str> = (c.agencies.iter())
        .filter(|r| !r.lost.is_empty())
        .map(|r| r.key.as_str())
        .collect();
    assert_eq!((gained, lost), (vec!["市财政局"], vec![]));
}

#[test]
fn tagged_items_under_safeguards_are_tasks() {
    let doc = fixture("plan5_safeguard_tasks.txt");
    assert_eq!(
        common::ids(&doc),
        [
            "一/(一)",
            "一/(二)",
            "二/(三)",
            "二/(四)",
            "三/(六)",
            "三/(七)"
        ]
    );
    assert_eq!(task(&doc, "三/(六)").lead_units, ["市财政局"]);
    assert_eq!(task(&doc, "三/(七)").responsible_units, ["市数据局"]);
    // The untagged ones stay auxiliary, and no lead is made of the 领导小组's chair.
    assert!(doc.sections.iter().any(|s| s.id == "三" && s.auxiliary));
}

#[test]
fn numbers_past_one_hundred_count_on() {
    let doc = fixture("plan5_many_items.txt");
    assert_eq!(doc.tasks.len(), 140);
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    let numbers: Vec<&str> = doc.tasks.iter().map(|t| t.number.as_str()).collect();
    assert_eq!(numbers[110], "(一百一十一)");
    assert_eq!(numbers[139], "(一百四十)");
    insta::assert_json_snapshot!("plan5_many_items_numbers", numbers);
}

#[test]
fn agencies_renamed_by_a_reform_read_as_renamed_both_ways() {
    let old = fixture("plan5_renamed_a.txt");
    let new = fixture("plan5_renamed_b.txt");
    for (a, b) in [(&old, &new), (&new, &old)] {
        let c = plandiff::compare(a, b);
        assert_eq!(c.pairs.len(), 4);
        let kinds: Vec<plandiff::UnitChangeKind> = (c.pairs.iter())
            .flat_map(|p| p.units.changes.iter().map(|u| u.change))
            .collect();
        assert_eq!(kinds, [plandiff::UnitChangeKind::Renamed; 5]);
        // No agency lost or gained a lead: each kept it under its new (or old) name.
        assert!(
            c.agencies
                .iter()
                .all(|r| r.gained.is_empty() && r.lost.is_empty()),
            "{:?}",
            c.agencies
        );
    }
}

#[test]
fn a_number_against_digits_continues_the_numbering() {
    let doc = fixture("plan5_continuing_numbers.txt");
    let numbers: Vec<&str> = doc.tasks.iter().map(|t| t.number.as_str()).collect();
    assert_eq!(numbers, ["1", "2", "3", "4", "5"]);
    assert!(task(&doc, "一/2").text.starts_with("12345热线与110"));
    assert_eq!(task(&doc, "一/2").lead_units, ["市公安局"]);
    assert!(task(&doc, "二/5").text.starts_with("5G网络"));
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}
