//! Round 5 fixtures (`plan5_*`, an invented 示例市): forms real plans use that the parser once
//! misread — role clauses for units, shared parts of a unit list, tasks under 保障措施, goal
//! blocks, phases, numbering that reads like a decimal, and more. Each whole parse is an insta
//! snapshot; the tests name what used to be misread.

mod common;

use common::{fixture, task};

const FIXTURES: &[&str] = &["plan5_role_clauses.txt", "plan5_first_leads_below.txt"];

#[test]
fn snapshots_of_every_fixture() {
    for name in FIXTURES {
        let doc = fixture(name);
        insta::assert_json_snapshot!(*name, doc);
    }
}

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
