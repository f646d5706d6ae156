//! A plan followed over the years: consecutive comparisons chained into lineages, each task's line
//! through the documents with its targets and lead units in each.
//!
//! Tasks paired between consecutive documents (same, split or merged) join one lineage; a task
//! missing from the next document is looked for in the one after (dropped and back). Lineages
//! are the connected parts of those links, found with a union–find: near-linear in all tasks.

use std::collections::BTreeSet;

use crate::model::{Document, Lineage, LineageCell, Series, SeriesDocument};
use crate::task_index::TaskIndex;

/// Lineages of `docs`, in the order given (oldest first).
///
/// ```
/// let plan = |n: u32| plandiff::parse(format!("一、加强学法。每年学法不少于{n}次。（牵头单位：市司法局）").as_bytes(), "p.txt").unwrap();
/// let series = plandiff::track::track(&[plan(2), plan(4), plan(6)]);
/// assert_eq!(series.lineages.len(), 1);
/// assert_eq!(series.lineages[0].cells[2].targets, ["每年学法不少于6次"]);
/// ```
pub fn track(docs: &[Document]) -> Series {
    let offsets: Vec<usize> = docs
        .iter()
        .scan(0, |at, d| {
            let start = *at;
            *at += d.tasks.len();
            Some(start)
        })
        .collect();
    let total = docs.iter().map(|d| d.tasks.len()).sum();
    let indexes: Vec<TaskIndex> = docs.iter().map(TaskIndex::of).collect();
    let node = |doc: usize, id: &str| indexes[doc].get(id).map(|i| offsets[doc] + i);
    let mut links = UnionFind::new(total);
    let steps: Vec<usize> = (0..docs.len().saturating_sub(1)).collect();
    let compared = crate::par::map(&steps, |&i| crate::compare(&docs[i], &docs[i + 1]));
    for (i, c) in compared.iter().enumerate() {
        for pair in &c.pairs {
            if let (Some(a), Some(b)) = (node(i, &pair.a), node(i + 1, &pair.b)) {
                links.join(a, b);
            }
        }
    }
    // Dropped and back: a task missing from the next document, found again in the one after.
    for i in 0..docs.len().saturating_sub(2) {
        let (dropped, back) = (&compared[i].a_only, &compared[i + 1].b_only);
        if dropped.is_empty() || back.is_empty() {
            continue;
        }
        let dropped: BTreeSet<&str> = dropped.iter().map(String::as_str).collect();
        let back: BTreeSet<&str> = back.iter().map(String::as_str).collect();
        let skip = crate::compare(&docs[i], &docs[i + 2]);
        for pair in &skip.pairs {
            if dropped.contains(pair.a.as_str()) && back.contains(pair.b.as_str()) {
                if let (Some(a), Some(b)) = (node(i, &pair.a), node(i + 2, &pair.b)) {
                    links.join(a, b);
                }
            }
        }
    }
    Series {
        documents: docs
            .iter()
            .map(|d| SeriesDocument {
                name: d.name.clone(),
                title: d.title.clone(),
                tasks: d.tasks.len(),
            })
            .collect(),
        lineages: lineages(docs, &offsets, &mut links),
    }
}

/// The lineages the links make, each in order of its first task (document, then position).
fn lineages(docs: &[Document], offsets: &[usize], links: &mut UnionFind) -> Vec<Lineage> {
    let mut by_root: Vec<Option<usize>> = vec![None; links.len()];
    let mut out: Vec<Lineage> = Vec::new();
    for (d, doc) in docs.iter().enumerate() {
        for (t, task) in doc.tasks.iter().enumerate() {
            let root = links.root(offsets[d] + t);
            let at = *by_root[root].get_or_insert_with(|| {
                out.push(Lineage {
                    title: title_of(task),
                    cells: vec![LineageCell::default(); docs.len()],
                });
                out.len() - 1
            });
            let cell = &mut out[at].cells[d];
            cell.ids.push(task.id.clone());
            cell.targets
                .extend(task.targets.iter().map(|t| t.text.clone()));
            for lead in &task.lead_units {
                if !cell.leads.contains(lead) {
                    cell.leads.push(lead.clone());
                }
            }
        }
    }
    out
}

/// A lineage's name: its first task's heading, or the start of its text.
fn title_of(task: &crate::model::Task) -> String {
    if task.heading.is_empty() {
        task.text.chars().take(30).collect()
    } else {
        task.heading.clone()
    }
}

/// Disjoint sets of task nodes, with path halving and union by size.
struct UnionFind {
    parent: Vec<usize>,
    size: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
            size: vec![1; n],
        }
    }

    fn len(&self) -> usize {
        self.parent.len()
    }

    fn root(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn join(&mut self, a: usize, b: usize) {
        let (mut a, mut b) = (self.root(a), self.root(b));
        if a == b {
            return;
        }
        if self.size[a] < self.size[b] {
            std::mem::swap(&mut a, &mut b);
        }
        self.parent[b] = a;
        self.size[a] += self.size[b];
    }
}
