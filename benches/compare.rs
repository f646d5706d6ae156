//! Benchmarks of `compare`: the real 004 → 000 pair (skipped when `../shared` is absent) and
//! generated plans at 1×, 10× and 100× the size of a city plan (42, 420, 4 200 tasks a side),
//! and plans of look-alike tasks (repeated k times, recurring sentences).
//!
//! `PLANDIFF_SYNTH_DIR=dir cargo bench --bench compare` writes the generated plans there as
//! `.txt` files (for timing the CLI against `git diff`, see `scripts/bench_vs_git.sh`) instead
//! of benchmarking.

mod synth;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};
use std::hint::black_box;

/// Sizes, as multiples of a city plan.
const SCALES: &[usize] = &[1, 10, 100];

fn corpus_pair(c: &mut Criterion) {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus");
    let read = |name: &str| std::fs::read(format!("{dir}/{name}")).ok();
    let (Some(a), Some(b)) = (
        read("004_17c25664b5e02506.txt"),
        read("000_f3dae83daa44e8a2.txt"),
    ) else {
        eprintln!("../shared/corpus not found: corpus benchmark skipped");
        return;
    };
    let (Ok(a), Ok(b)) = (
        plandiff::parse(&a, "004.txt"),
        plandiff::parse(&b, "000.txt"),
    ) else {
        eprintln!("corpus files could not be parsed: corpus benchmark skipped");
        return;
    };
    c.bench_function("compare/corpus_004_000", |bench| {
        bench.iter(|| plandiff::compare(black_box(&a), black_box(&b)))
    });
}

fn synthetic(c: &mut Criterion) {
    let mut group = c.benchmark_group("compare/synthetic");
    group.sample_size(10);
    for &scale in SCALES {
        let n = synth::BASE_TASKS * scale;
        let plan = synth::plan(n, 7);
        let next = synth::next_version(&plan, 7);
        let a = synth::to_document("A", &plan);
        let b = synth::to_document("B", &next);
        group.bench_with_input(
            BenchmarkId::from_parameter(format!("{scale}x")),
            &scale,
            |bench, _| bench.iter(|| plandiff::compare(black_box(&a), black_box(&b))),
        );
    }
    group.finish();
}

/// Look-alikes: a plan's tasks repeated k times against its rule version, and a 3,000-task
/// plan of 40 recurring sentences against itself.
fn lookalikes(c: &mut Criterion) {
    let mut group = c.benchmark_group("compare/lookalikes");
    group.sample_size(10);
    for k in [10, 100] {
        let plan = synth::repeated(&synth::plan(synth::BASE_TASKS, 11), k);
        let a = synth::to_document("A", &plan);
        let b = synth::to_document("B", &synth::rule_version(&plan));
        group.bench_function(format!("repeated_{k}x"), |bench| {
            bench.iter(|| plandiff::compare(black_box(&a), black_box(&b)))
        });
    }
    let a = synth::to_document("A", &synth::recurring(3000, 40, 5));
    group.bench_function("recurring_3000_self", |bench| {
        bench.iter(|| plandiff::compare(black_box(&a), black_box(&a)))
    });
    group.finish();
}

/// Writes the generated plans as text files when asked to; true when it did.
fn write_synthetic() -> bool {
    let Ok(dir) = std::env::var("PLANDIFF_SYNTH_DIR") else {
        return false;
    };
    let _ = std::fs::create_dir_all(&dir);
    for &scale in SCALES {
        let plan = synth::plan(synth::BASE_TASKS * scale, 7);
        let next = synth::next_version(&plan, 7);
        for (side, tasks) in [("a", &plan), ("b", &next)] {
            let text = synth::to_text(&format!("示例市法治政府建设工作要点（{side}）"), tasks);
            let path = format!("{dir}/synth_{scale}x_{side}.txt");
            if let Err(e) = std::fs::write(&path, text) {
                eprintln!("{path}: {e}");
            }
        }
    }
    // The plan's tasks repeated k times and its rule version (every 7th dropped, every 11th
    // moved to the end, every 5th's digits edited), numbered 1.–42k. through.
    for k in [10, 100] {
        let plan = synth::repeated(&synth::plan(synth::BASE_TASKS, 11), k);
        let next = synth::rule_version(&plan);
        for (side, tasks) in [("a", &plan), ("b", &next)] {
            let text = synth::to_numbered_text("示例市法治政府建设工作要点", tasks, 40);
            let path = format!("{dir}/synth_rep{k}x_{side}.txt");
            if let Err(e) = std::fs::write(&path, text) {
                eprintln!("{path}: {e}");
            }
        }
    }
    eprintln!("generated plans written to {dir}");
    true
}

fn benches(c: &mut Criterion) {
    if write_synthetic() {
        return;
    }
    corpus_pair(c);
    synthetic(c);
    lookalikes(c);
}

criterion_group!(compare_benches, benches);
criterion_main!(compare_benches);
