//! More than two documents: a plan followed over the years ([`track`]: consecutive comparisons
//! chained into lineages) and several places side by side ([`matrix`]: every two compared, tasks
//! that are the same work in one row).
//!
//! Tasks paired between two documents (same, split or merged) join one row; in a series, a task
//! missing from the next document is looked for in the one after (dropped and back). Rows are the
//! connected parts of those links, found with a union–find: near-linear in all tasks.

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
    let mut links = Links::new(docs);
    let steps: Vec<(usize, usize)> = (1..docs.len()).map(|i| (i - 1, i)).collect();
    let compared = crate::par::map(&steps, |&(i, j)| crate::compare(&docs[i], &docs[j]));
    for (&(i, j), c) in steps.iter().zip(&compared) {
        links.join_pairs(i, j, c);
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
                links.join(i, &pair.a, i + 2, &pair.b);
            }
        }
    }
    series(docs, links.rows())
}

/// Several places side by side: every two documents compared, the tasks that are the same work
/// (pairs, splits, merges) in one row; rows found in more places first, then in order of their
/// first task.
///
/// ```
/// let plan = |place: &str, n: u32| plandiff::parse(format!("一、加强学法。每年学法不少于{n}次。（牵头单位：{place}司法局）\n二、建设{place}特色公园。").as_bytes(), "p.txt").unwrap();
/// let rows = plandiff::track::matrix(&[plan("甲市", 2), plan("乙市", 4), plan("丙市", 6)]);
/// assert_eq!(rows.lineages[0].cells.iter().filter(|c| !c.ids.is_empty()).count(), 3);
/// ```
pub fn matrix(docs: &[Document]) -> Series {
    let mut links = Links::new(docs);
    let steps: Vec<(usize, usize)> = (0..docs.len())
        .flat_map(|i| (i + 1..docs.len()).map(move |j| (i, j)))
        .collect();
    let compared = crate::par::map(&steps, |&(i, j)| crate::compare(&docs[i], &docs[j]));
    for (&(i, j), c) in steps.iter().zip(&compared) {
        links.join_pairs(i, j, c);
    }
    let mut rows = links.rows();
    let places = |row: &Vec<Vec<usize>>| row.iter().filter(|tasks| !tasks.is_empty()).count();
    // Stable: rows in as many places keep the order of their first task.
    rows.sort_by_key(|row| std::cmp::Reverse(places(row)));
    series(docs, rows)
}

/// The series of `docs` with `rows`, each row the task positions it has in each document.
fn series(docs: &[Document], rows: Vec<Vec<Vec<usize>>>) -> Series {
    Series {
        documents: docs
            .iter()
            .map(|d| SeriesDocument {
                name: d.name.clone(),
                title: d.title.clone(),
                tasks: d.tasks.len(),
            })
            .collect(),
        lineages: rows.iter().map(|row| lineage(docs, row)).collect(),
    }
}

/// The lineage of one row: per document, its tasks' ids, targets and leads.
fn lineage(docs: &[Document], row: &[Vec<usize>]) -> Lineage {
    let first = row
        .iter()
        .zip(docs)
        .find_map(|(tasks, doc)| tasks.first().map(|&t| &doc.tasks[t]));
    let cells = row
        .iter()
        .zip(docs)
        .map(|(tasks, doc)| {
            let mut cell = LineageCell::default();
            for task in tasks.iter().map(|&t| &doc.tasks[t]) {
                cell.ids.push(task.id.clone());
                cell.targets
                    .extend(task.targets.iter().map(|t| t.text.clone()));
                for lead in &task.lead_units {
                    if !cell.leads.contains(lead) {
                        cell.leads.push(lead.clone());
                    }
                }
            }
            cell
        })
        .collect();
    Lineage {
        title: first.map(title_of).unwrap_or_default(),
        cells,
    }
}

/// The links between the tasks of several documents: one node per task.
struct Links<'a> {
    docs: usize,
    offsets: Vec<usize>,
    indexes: Vec<TaskIndex<'a>>,
    sets: UnionFind,
}

impl<'a> Links<'a> {
    fn new(docs: &'a [Document]) -> Self {
        let offsets: Vec<usize> = docs
            .iter()
            .scan(0, |at, d| {
                let start = *at;
                *at += d.tasks.len();
                Some(start)
            })
            .collect();
        let total = docs.iter().map(|d| d.tasks.len()).sum();
        Links {
            docs: docs.len(),
            offsets,
            indexes: docs.iter().map(TaskIndex::of).collect(),
            sets: UnionFind::new(total),
        }
    }

    /// Links task `a` of document `i` with task `b` of document `j`.
    fn join(&mut self, i: usize, a: &str, j: usize, b: &str) {
        let node = |doc: usize, id: &str| self.indexes[doc].get(id).map(|t| self.offsets[doc] + t);
        if let (Some(a), Some(b)) = (node(i, a), node(j, b)) {
            self.sets.join(a, b);
        }
    }

    /// Links every pair of the comparison of document `i` with document `j`.
    fn join_pairs(&mut self, i: usize, j: usize, c: &crate::model::Comparison) {
        for pair in &c.pairs {
            self.join(i, &pair.a, j, &pair.b);
        }
    }

    /// The connected sets, each as the task positions it has in each document, in order of
    /// their first task (document, then position).
    fn rows(mut self) -> Vec<Vec<Vec<usize>>> {
        let mut row_of: Vec<Option<usize>> = vec![None; self.sets.len()];
        let mut rows: Vec<Vec<Vec<usize>>> = Vec::new();
        for d in 0..self.docs {
            let count =
                self.offsets.get(d + 1).copied().unwrap_or(self.sets.len()) - self.offsets[d];
            for t in 0..count {
                let root = self.sets.root(self.offsets[d] + t);
                let at = *row_of[root].get_or_insert_with(|| {
                    rows.push(vec![Vec::new(); self.docs]);
                    rows.len() - 1
                });
                rows[at][d].push(t);
            }
        }
        rows
    }
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
