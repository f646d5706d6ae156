//! By agency: for each folded agency key, the tasks it leads in A and in B, and which it gained
//! or lost as lead across the pairs (and with tasks only in one document).

use super::groups::{groups, Group};
use crate::agency::{is_collective, renamed, KeyTable};
use crate::model::{AgencyLoad, Document, TaskPair};
use crate::task_index::TaskIndex;

/// The row of `key` in `rows` (kept sorted by key), added when missing. A sorted `Vec` rather
/// than a `BTreeMap`: a few dozen agencies, and no B-tree code in the page's wasm.
fn entry<'a>(rows: &'a mut Vec<AgencyLoad>, key: &str) -> &'a mut AgencyLoad {
    let at = match rows.binary_search_by(|r| r.key.as_str().cmp(key)) {
        Ok(at) => at,
        Err(at) => {
            rows.insert(
                at,
                AgencyLoad {
                    key: key.to_string(),
                    ..AgencyLoad::default()
                },
            );
            at
        }
    };
    // `at` is in bounds: found, or just inserted there.
    &mut rows[at]
}

/// Every agency that leads a task in A or B, sorted by folded key, with its tasks and what it
/// gained or lost as lead across `pairs`, `a_only` and `b_only` (ids of `a` and `b`'s tasks).
pub fn by_agency(
    a: &Document,
    b: &Document,
    pairs: &[TaskPair],
    a_only: &[String],
    b_only: &[String],
    table: &KeyTable,
) -> Vec<AgencyLoad> {
    let found = groups(a, b, pairs);
    by_agency_grouped(a, b, &found, a_only, b_only, table)
}

/// [`by_agency`] over the [`groups`] of the pairs, already found.
pub fn by_agency_grouped(
    a: &Document,
    b: &Document,
    found: &[Group],
    a_only: &[String],
    b_only: &[String],
    table: &KeyTable,
) -> Vec<AgencyLoad> {
    let mut out: Vec<AgencyLoad> = Vec::new();
    let leads_a = Leads::of(a, &mut out, true, table);
    let leads_b = Leads::of(b, &mut out, false, table);
    // Leadership is compared over a split or merge group as a whole: an agency that leads any
    // successor of a split task has not lost it, nor gained a merged task it led a part of.
    for group in found {
        let la = leads_a.over(&group.a);
        let lb = leads_b.over(&group.b);
        for (t, task) in group.b.iter().filter_map(|&t| Some((t, b.tasks.get(t)?))) {
            for key in leads_b.at(t).iter().filter(|k| !kept(k, &la)) {
                push_once(&mut entry(&mut out, key).gained, &task.id);
            }
        }
        for (t, task) in group.a.iter().filter_map(|&t| Some((t, a.tasks.get(t)?))) {
            for key in leads_a.at(t).iter().filter(|k| !kept(k, &lb)) {
                push_once(&mut entry(&mut out, key).lost, &task.id);
            }
        }
    }
    for id in b_only {
        for key in leads_b.get(id).iter().filter(|k| !is_collective(k)) {
            push_once(&mut entry(&mut out, key).gained, id);
        }
    }
    for id in a_only {
        for key in leads_a.get(id).iter().filter(|k| !is_collective(k)) {
            push_once(&mut entry(&mut out, key).lost, id);
        }
    }
    // Gains and losses read in document order, as the tasks lists do.
    for row in &mut out {
        crate::sort::sort_by_key(&mut row.gained, |id| leads_b.index.get(id).copied());
        crate::sort::sort_by_key(&mut row.lost, |id| leads_a.index.get(id).copied());
    }
    out
}

/// Each task's lead agencies as distinct, non-empty folded keys, computed once per task and
/// found by task id (a pair names its tasks by id; a search per pair was quadratic).
struct Leads<'a> {
    index: TaskIndex<'a>,
    keys: Vec<Vec<String>>,
}

impl<'a> Leads<'a> {
    /// The leads of `doc`'s tasks; each task is also listed in `rows` under its agencies (in
    /// `a` when `in_a`, else in `b`), a row named as the agency is first written.
    fn of(doc: &'a Document, rows: &mut Vec<AgencyLoad>, in_a: bool, table: &KeyTable) -> Self {
        let keys = doc
            .tasks
            .iter()
            .map(|task| {
                let mut keys: Vec<String> = Vec::new();
                for name in &task.lead_units {
                    let name = task.full_name(name);
                    let (key, _) = table.keys(name);
                    if key.is_empty() || keys.contains(&key) {
                        continue;
                    }
                    let row = entry(rows, &key);
                    if row.name.is_empty() {
                        row.name = name.to_string();
                    }
                    let list = if in_a { &mut row.a } else { &mut row.b };
                    list.push(task.id.clone());
                    keys.push(key);
                }
                keys
            })
            .collect();
        Leads {
            index: TaskIndex::of(doc),
            keys,
        }
    }

    /// The lead keys of the task `id` (none for an id not in the document).
    fn get(&self, id: &str) -> &[String] {
        self.index.get(id).map_or(&[], |&i| self.at(i))
    }

    /// The lead keys of the task at position `i` (none past the end).
    fn at(&self, i: usize) -> &[String] {
        self.keys.get(i).map_or(&[], Vec::as_slice)
    }

    /// The lead keys of the tasks at `positions`, each key once.
    fn over(&self, positions: &[usize]) -> Vec<String> {
        let mut keys: Vec<String> = positions
            .iter()
            .flat_map(|&i| self.at(i))
            .cloned()
            .collect();
        crate::sort::sort(&mut keys);
        keys.dedup();
        keys
    }
}

/// True when the lead `key` of one side of a pair neither gained nor lost the task: it leads
/// on the other side too (perhaps under its name before or after a reform), or it is a
/// collective (`各区政府`), which is no one agency.
fn kept(key: &str, other: &[String]) -> bool {
    // The same key is looked for in all of `other` before any rename (the same answer).
    is_collective(key)
        || other.iter().any(|o| o == key)
        || other
            .iter()
            .any(|o| renamed(o, key).or(renamed(key, o)).is_some())
}

/// Adds `id` unless it is already there (a split task gains an agency once, not per pair).
fn push_once(list: &mut Vec<String>, id: &str) {
    if !list.iter().any(|x| x == id) {
        list.push(id.to_string());
    }
}
