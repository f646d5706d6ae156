//! Pairing at scale and among look-alikes: a plan whose 42 tasks recur k times (same texts),
//! its next version made by rule (every 7th dropped, every 11th moved to the end, the digits of
//! every 5th edited), and plans compared with themselves.

#[path = "../benches/synth/mod.rs"]
#[allow(dead_code)] // The generator also serves the benches; not every helper is used here.
mod synth;

use std::collections::HashSet;

/// Parses the repeated plan and its rule version as text and scores the pairs found against
/// the known ones: (tasks read in A, tasks read in B, precision, recall).
fn repeated_quality(k: usize) -> (usize, usize, f64, f64) {
    let base = synth::plan(synth::BASE_TASKS, 11);
    let plan = synth::repeated(&base, k);
    let next = synth::rule_version(&plan);
    let text_a = synth::to_numbered_text("示例市法治政府建设工作要点", &plan, 40);
    let text_b = synth::to_numbered_text("示例市法治政府建设工作要点", &next, 40);
    let a = plandiff::parse(text_a.as_bytes(), "a.txt").expect("A parses");
    let b = plandiff::parse(text_b.as_bytes(), "b.txt").expect("B parses");
    let c = plandiff::compare(&a, &b);
    let index_a = |id: &str| a.tasks.iter().position(|t| t.id == id);
    let index_b = |id: &str| b.tasks.iter().position(|t| t.id == id);
    let truth: HashSet<(usize, usize)> = next
        .iter()
        .enumerate()
        .filter_map(|(j, t)| t.origin.map(|i| (i, j)))
        .collect();
    let got: HashSet<(usize, usize)> = c
        .pairs
        .iter()
        .filter_map(|p| Some((index_a(&p.a)?, index_b(&p.b)?)))
        .collect();
    let correct = got.intersection(&truth).count() as f64;
    (
        a.tasks.len(),
        b.tasks.len(),
        correct / got.len().max(1) as f64,
        correct / truth.len().max(1) as f64,
    )
}

#[test]
fn ten_copies_pair_one_to_one_in_order() {
    let (na, nb, precision, recall) = repeated_quality(10);
    assert_eq!(na, 420);
    assert_eq!(nb, 420 - 420 / 7);
    assert!(precision >= 0.95, "precision {precision}");
    assert!(recall >= 0.95, "recall {recall}");
}

#[test]
fn a_hundred_copies_are_all_read_and_pair_in_order() {
    let (na, nb, precision, recall) = repeated_quality(100);
    assert_eq!(
        na, 4200,
        "items 1.–4200. under （一）…（一百零五） are all tasks"
    );
    assert_eq!(nb, 4200 - 4200 / 7);
    assert!(precision >= 0.95, "precision {precision}");
    assert!(recall >= 0.95, "recall {recall}");
}

/// Compares a document with itself: every task pairs with itself, unchanged, nothing left over;
/// related links only between tasks of different texts.
fn assert_all_unchanged(doc: &plandiff::Document) {
    let c = plandiff::compare(doc, doc);
    assert_eq!(c.pairs.len(), doc.tasks.len());
    assert!(c.pairs.iter().all(|p| p.a == p.b && !p.changed));
    assert!(c.a_only.is_empty() && c.b_only.is_empty());
    assert_eq!(c.summary.unchanged, doc.tasks.len());
    let text: std::collections::HashMap<&str, &str> = doc
        .tasks
        .iter()
        .map(|t| (t.id.as_str(), t.text.as_str()))
        .collect();
    for r in &c.related {
        assert_ne!(r.a, r.b);
        assert_ne!(
            text.get(r.a.as_str()),
            text.get(r.b.as_str()),
            "copies are not related"
        );
    }
}

#[test]
fn a_plan_of_recurring_sentences_compared_with_itself_is_unchanged() {
    let plan = synth::recurring(3000, 40, 5);
    let doc = synth::to_document("A", &plan);
    assert_eq!(doc.tasks.len(), 3000);
    assert_all_unchanged(&doc);
}

#[test]
fn the_hundredfold_plan_compared_with_itself_is_unchanged() {
    let plan = synth::repeated(&synth::plan(synth::BASE_TASKS, 11), 100);
    let text = synth::to_numbered_text("示例市法治政府建设工作要点", &plan, 40);
    let doc = plandiff::parse(text.as_bytes(), "a.txt").expect("parses");
    assert_eq!(doc.tasks.len(), 4200);
    assert_all_unchanged(&doc);
}

#[test]
fn group_numbers_are_written_as_plans_write_them() {
    assert_eq!(synth::han(1), "一");
    assert_eq!(synth::han(10), "十");
    assert_eq!(synth::han(12), "十二");
    assert_eq!(synth::han(40), "四十");
    assert_eq!(synth::han(105), "一百零五");
    assert_eq!(synth::han(110), "一百一十");
}
