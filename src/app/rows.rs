//! The by-task view's rows: pairs in B's order, tasks only in B in place, tasks only in A after
//! the row of the A task before them; and which rows a filter and a search keep.
//!
//! This only lays out what the core's `Comparison` already decided; nothing is re-aligned here.

use super::state::Filter;
use crate::model::{Comparison, TargetChangeKind, Task, TaskPair};
use crate::task_index::TaskIndex;

/// One row of the aligned list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// `comparison.pairs[i]`.
    Pair(usize),
    /// `comparison.a.tasks[i]`, with no pair.
    AOnly(usize),
    /// `comparison.b.tasks[i]`, with no pair.
    BOnly(usize),
}

impl Row {
    /// A key stable across renders and filters (`pair:一/(一)|一/(二)`, `a:…`, `b:…`).
    pub fn key(self, c: &Comparison) -> String {
        match self {
            Row::Pair(i) => c
                .pairs
                .get(i)
                .map(|p| format!("pair:{}|{}", p.a, p.b))
                .unwrap_or_default(),
            Row::AOnly(i) => format!("a:{}", c.a.tasks.get(i).map_or("", |t| t.id.as_str())),
            Row::BOnly(i) => format!("b:{}", c.b.tasks.get(i).map_or("", |t| t.id.as_str())),
        }
    }

    /// The ids of the row's task of A and of B (a pair has both), as notes name a row.
    pub fn ids(self, c: &Comparison) -> (Option<&str>, Option<&str>) {
        match self {
            Row::Pair(i) => c
                .pairs
                .get(i)
                .map_or((None, None), |p| (Some(p.a.as_str()), Some(p.b.as_str()))),
            Row::AOnly(i) => (c.a.tasks.get(i).map(|t| t.id.as_str()), None),
            Row::BOnly(i) => (None, c.b.tasks.get(i).map(|t| t.id.as_str())),
        }
    }
}

/// All rows in reading order.
pub fn rows(c: &Comparison) -> Vec<Row> {
    let a_index = TaskIndex::of(&c.a);
    let b_index = TaskIndex::of(&c.b);
    // Indexed by task position rather than hashed: fewer map types in the page's wasm.
    let is_b_only = |id: &str| c.b_only.iter().any(|b| b == id);

    // Pairs grouped under the first B task they touch, in B's order.
    let mut pairs_at_b: Vec<Vec<usize>> = vec![Vec::new(); c.b.tasks.len()];
    let mut unplaced = Vec::new();
    for (i, pair) in c.pairs.iter().enumerate() {
        match b_index
            .get(pair.b.as_str())
            .and_then(|&bi| pairs_at_b.get_mut(bi))
        {
            Some(at) => at.push(i),
            None => unplaced.push(i),
        }
    }
    let mut out = Vec::with_capacity(c.pairs.len() + c.a_only.len() + c.b_only.len());
    for (bi, task) in c.b.tasks.iter().enumerate() {
        if let Some(pairs) = pairs_at_b.get(bi).filter(|p| !p.is_empty()) {
            out.extend(pairs.iter().map(|&i| Row::Pair(i)));
        } else if is_b_only(&task.id) {
            out.push(Row::BOnly(bi));
        }
    }
    out.extend(unplaced.into_iter().map(Row::Pair));

    // Each A-only task goes after the last row holding the nearest earlier A task.
    let mut a_only: Vec<usize> = c
        .a_only
        .iter()
        .filter_map(|id| a_index.get(id.as_str()).copied())
        .collect();
    crate::sort::sort(&mut a_only);
    let mut last_row_of_a: Vec<Option<usize>> = vec![None; c.a.tasks.len()];
    for (r, row) in out.iter().enumerate() {
        if let Row::Pair(i) = row {
            if let Some(&ai) = c.pairs.get(*i).and_then(|p| a_index.get(p.a.as_str())) {
                if let Some(slot) = last_row_of_a.get_mut(ai) {
                    *slot = Some(r);
                }
            }
        }
    }
    // Insert from the back so earlier positions stay valid.
    let mut inserts: Vec<(usize, usize)> = a_only
        .iter()
        .map(|&ai| {
            let at = (0..ai)
                .rev()
                .find_map(|prev| last_row_of_a.get(prev).copied().flatten().map(|r| r + 1))
                .unwrap_or(0);
            (at, ai)
        })
        .collect();
    crate::sort::sort_by(&mut inserts, |x, y| y.cmp(x));
    for (at, ai) in inserts {
        out.insert(at.min(out.len()), Row::AOnly(ai));
    }
    out
}

/// True when the pair has a target change other than `same`.
pub fn has_target_change(pair: &TaskPair) -> bool {
    pair.targets
        .iter()
        .any(|t| t.change != TargetChangeKind::Same)
}

fn task_matches(task: Option<&Task>, needle: &str) -> bool {
    task.is_some_and(|t| {
        t.id.contains(needle)
            || t.text.contains(needle)
            || t.lead_units.iter().any(|u| u.contains(needle))
            || t.responsible_units.iter().any(|u| u.contains(needle))
    })
}

/// Whether `row` passes `filter` and contains `search` (in either task's text, id or units).
pub fn keeps(
    c: &Comparison,
    a_index: &TaskIndex<'_>,
    b_index: &TaskIndex<'_>,
    row: Row,
    filter: Filter,
    search: &str,
) -> bool {
    let (a, b, pair) = match row {
        Row::Pair(i) => {
            let pair = c.pairs.get(i);
            (
                pair.and_then(|p| a_index.get(p.a.as_str()))
                    .and_then(|&i| c.a.tasks.get(i)),
                pair.and_then(|p| b_index.get(p.b.as_str()))
                    .and_then(|&i| c.b.tasks.get(i)),
                pair,
            )
        }
        Row::AOnly(i) => (c.a.tasks.get(i), None, None),
        Row::BOnly(i) => (None, c.b.tasks.get(i), None),
    };
    let by_filter = match filter {
        Filter::All => true,
        Filter::Changed => pair.is_some_and(|p| p.changed),
        Filter::Unchanged => pair.is_some_and(|p| !p.changed),
        Filter::Targets => pair.is_some_and(has_target_change),
        Filter::Units => pair.is_some_and(|p| !p.units.changes.is_empty()),
        Filter::New => matches!(row, Row::BOnly(_)),
        Filter::Dropped => matches!(row, Row::AOnly(_)),
        Filter::Unmatched => !matches!(row, Row::Pair(_)),
    };
    let needle = search.trim();
    by_filter && (needle.is_empty() || task_matches(a, needle) || task_matches(b, needle))
}
