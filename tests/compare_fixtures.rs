//! The 示例市 plan and its next-year version (written for the project): renumbering,
//! reordering, one split, one merge, changed targets and changed units give exactly the pairs
//! and changes in `compare_shilishi.expected.json`.

use plandiff::{compare, compare_with, Corrections, Document, PairKind};
use serde_json::{json, Value};

fn load(name: &str) -> Document {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("fixture present");
    serde_json::from_str(&text).expect("fixture is a Document")
}

fn expected() -> Value {
    let path = format!(
        "{}/tests/fixtures/compare_shilishi.expected.json",
        env!("CARGO_MANIFEST_DIR")
    );
    serde_json::from_str(&std::fs::read_to_string(path).expect("expected file")).expect("json")
}

/// The comparison reduced to what the expected file pins: pairs, kinds, target and unit changes.
fn reduce(c: &plandiff::Comparison) -> Value {
    let pairs: Vec<Value> = c
        .pairs
        .iter()
        .map(|p| {
            json!({
                "a": p.a, "b": p.b, "kind": p.kind,
                "targets": p.targets.iter().map(|t| json!({
                    "metric": t.metric, "change": t.change, "direction": t.direction
                })).collect::<Vec<_>>(),
                "units": p.units.changes.iter().map(|u| json!({
                    "key": u.key, "change": u.change
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({ "pairs": pairs, "a_only": c.a_only, "b_only": c.b_only, "summary": c.summary })
}

#[test]
fn next_year_plan_gives_the_expected_pairs_and_changes() {
    let c = compare(
        &load("compare_shilishi_a.json"),
        &load("compare_shilishi_b.json"),
    );
    assert_eq!(reduce(&c), expected());
}

/// Pairs, kinds, target change kinds and unit changes, without metric names (which the
/// extractor words its own way).
fn shape(v: &Value) -> Value {
    let pairs: Vec<Value> = v["pairs"]
        .as_array()
        .map(|ps| {
            ps.iter()
                .map(|p| {
                    let mut targets: Vec<String> = p["targets"]
                        .as_array()
                        .map(|ts| {
                            ts.iter()
                                .map(|t| format!("{}/{}", t["change"], t["direction"]))
                                .collect()
                        })
                        .unwrap_or_default();
                    targets.sort();
                    json!({"a": p["a"], "b": p["b"], "kind": p["kind"], "targets": targets,
                           "units": p["units"]})
                })
                .collect()
        })
        .unwrap_or_default();
    json!({"pairs": pairs, "a_only": v["a_only"], "b_only": v["b_only"]})
}

#[test]
fn the_same_plans_as_text_give_the_same_pairs_and_changes_through_the_parser() {
    let read = |name: &str| {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        let bytes = std::fs::read(&path).expect("fixture present");
        plandiff::parse(&bytes, name).expect("fixture parses")
    };
    let a = read("compare_shilishi_a.txt");
    let b = read("compare_shilishi_b.txt");
    assert_eq!(a.tasks.len(), 10);
    assert_eq!(b.tasks.len(), 10);
    let c = compare(&a, &b);
    assert_eq!(shape(&reduce(&c)), shape(&expected()));
}

#[test]
fn split_and_merge_are_found() {
    let c = compare(
        &load("compare_shilishi_a.json"),
        &load("compare_shilishi_b.json"),
    );
    let kinds = |k: PairKind| {
        c.pairs
            .iter()
            .filter(|p| p.kind == k)
            .map(|p| (p.a.as_str(), p.b.as_str()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        kinds(PairKind::Split),
        vec![("三/(五)", "三/(五)"), ("三/(五)", "三/(六)")]
    );
    assert_eq!(
        kinds(PairKind::Merged),
        vec![("四/(七)", "四/(八)"), ("四/(八)", "四/(八)")]
    );
}

#[test]
fn corrections_remove_and_add_pairs_and_the_summary_follows() {
    let a = load("compare_shilishi_a.json");
    let b = load("compare_shilishi_b.json");
    let auto = compare(&a, &b);
    let corrections = Corrections {
        unpaired: vec![("三/(五)".into(), "三/(六)".into())],
        paired: vec![("四/(十)".into(), "四/(十)".into())],
        ..Default::default()
    };
    let c = compare_with(&a, &b, &corrections);
    assert_eq!(c.summary.pairs, auto.summary.pairs);
    assert!(!c.pairs.iter().any(|p| p.a == "三/(五)" && p.b == "三/(六)"));
    let rest = c
        .pairs
        .iter()
        .find(|p| p.a == "三/(五)")
        .expect("other part kept");
    assert_eq!(
        rest.kind,
        PairKind::Match,
        "a split with one part left is one-to-one"
    );
    let manual = c
        .pairs
        .iter()
        .find(|p| p.a == "四/(十)")
        .expect("manual pair");
    assert_eq!(manual.kind, PairKind::Manual);
    assert_eq!(c.a_only, Vec::<String>::new());
    assert_eq!(c.b_only, vec!["三/(六)".to_string()]);
    assert_eq!(c.summary.b_only, 1);
    assert_eq!(c.summary.a_only, 0);
}

#[test]
fn unknown_ids_in_corrections_are_ignored() {
    let a = load("compare_shilishi_a.json");
    let b = load("compare_shilishi_b.json");
    let corrections = Corrections {
        unpaired: vec![("九/(九)".into(), "一/(一)".into())],
        paired: vec![("不存在".into(), "一/(一)".into())],
        ..Default::default()
    };
    assert_eq!(compare_with(&a, &b, &corrections), compare(&a, &b));
}

#[test]
fn empty_documents_compare_to_nothing() {
    let empty = Document::default();
    let c = compare(&empty, &load("compare_shilishi_b.json"));
    assert!(c.pairs.is_empty());
    assert_eq!(c.b_only.len(), 10);
    assert_eq!(c.summary.b_only, 10);
}

/// The by-agency rows of the 示例市 pair: leads per document, gained and lost across pairs.
#[test]
fn by_agency_rows_follow_the_pairs() {
    let c = compare(
        &load("compare_shilishi_a.json"),
        &load("compare_shilishi_b.json"),
    );
    let row = |key: &str| {
        c.agencies
            .iter()
            .find(|r| r.key == key)
            .unwrap_or_else(|| panic!("no row {key}: {:?}", c.agencies))
    };
    let keys: Vec<&str> = c.agencies.iter().map(|r| r.key.as_str()).collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted, "rows sorted by key");
    // A new co-lead in a paired task is a gain; it leads nothing in A.
    let publicity = row("示例市委宣传部");
    assert_eq!(
        (publicity.a.len(), publicity.b.clone()),
        (0, vec!["一/(二)".to_string()])
    );
    assert_eq!(publicity.gained, ["一/(二)"]);
    // A task only in A is lost by its lead; a task only in B is gained.
    assert_eq!(row("示例市应急管理局").lost, ["四/(十)"]);
    assert_eq!(row("示例市司法局").gained, ["四/(十)"]);
    // The split task: the co-lead leads one of its two successors, so it has not lost it.
    let enforcement = row("示例市综合行政执法局");
    assert_eq!(enforcement.name, "示例市综合执法局");
    assert!(enforcement.lost.is_empty(), "{:?}", enforcement.lost);
    // Short and full names fold to one row, with no gain or loss from the renaming.
    let court = row("示例市中级人民法院");
    assert_eq!((court.a.len(), court.b.len()), (1, 1));
    assert!(court.gained.is_empty() && court.lost.is_empty());
    let office = row("示例市政府办公室");
    assert_eq!(office.b, ["二/(三)", "二/(四)"]);
    assert_eq!(office.gained, ["二/(四)"]);
}

/// Corrections flow through: unpairing a pair turns both tasks into one-sided ones, so the
/// agency that co-led only in B gains it still, and a lead of both sides loses and gains it.
#[test]
fn by_agency_follows_corrections() {
    let (a, b) = (
        load("compare_shilishi_a.json"),
        load("compare_shilishi_b.json"),
    );
    let corrections = Corrections {
        unpaired: vec![("四/(九)".into(), "四/(九)".into())],
        paired: vec![],
        ..Default::default()
    };
    let c = compare_with(&a, &b, &corrections);
    let court = c
        .agencies
        .iter()
        .find(|r| r.key == "示例市中级人民法院")
        .expect("court row");
    assert_eq!(court.lost, ["四/(九)"]);
    assert_eq!(court.gained, ["四/(九)"]);
}
