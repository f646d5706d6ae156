//! Pairing on generated plans (benches/synth): the pairs the generator knows to be true —
//! tasks carried over with edits, moved, around dropped and new ones — are found, at a size
//! that uses the bigram index rather than all pairs.

#[path = "../benches/synth/mod.rs"]
#[allow(dead_code)] // The generator also serves the benches; not every helper is used here.
mod synth;

use std::collections::HashSet;

fn pairing_quality(n: usize, seed: u64) -> (f64, f64) {
    let plan = synth::plan(n, seed);
    let next = synth::next_version(&plan, seed);
    let a = synth::to_document("A", &plan);
    let b = synth::to_document("B", &next);
    let truth: HashSet<(String, String)> = next
        .iter()
        .enumerate()
        .filter_map(|(j, t)| {
            t.origin
                .map(|i| (a.tasks[i].id.clone(), b.tasks[j].id.clone()))
        })
        .collect();
    let c = plandiff::compare(&a, &b);
    let got: HashSet<(String, String)> =
        c.pairs.iter().map(|p| (p.a.clone(), p.b.clone())).collect();
    let correct = got.intersection(&truth).count() as f64;
    (
        correct / got.len().max(1) as f64,
        correct / truth.len().max(1) as f64,
    )
}

#[test]
fn carried_over_tasks_are_found_in_a_small_plan() {
    let (precision, recall) = pairing_quality(synth::BASE_TASKS, 3);
    assert!(recall >= 0.99, "recall {recall}");
    assert!(precision >= 0.95, "precision {precision}");
}

#[test]
fn carried_over_tasks_are_found_through_the_index() {
    // 300 × ~300 pairs is above the exhaustive limit: candidates come from the index.
    let (precision, recall) = pairing_quality(300, 11);
    assert!(recall >= 0.99, "recall {recall}");
    assert!(precision >= 0.95, "precision {precision}");
}

#[test]
fn generated_text_numbers_every_task() {
    let plan = synth::plan(synth::BASE_TASKS * 10, 5);
    let text = synth::to_text("示例市工作要点", &plan);
    let numbered = text
        .lines()
        .filter(|l| l.contains("。（牵头单位："))
        .count();
    assert_eq!(numbered, plan.len());
    assert_eq!(
        text,
        synth::to_text("示例市工作要点", &synth::plan(synth::BASE_TASKS * 10, 5))
    );
}
