//! By agency: for each folded agency key, the tasks it leads in A and in B, and which it gained
//! or lost as lead across the pairs (and with tasks only in one document).

use super::agency::{agency_key, is_collective, renamed};
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
) -> Vec<AgencyLoad> {
    let mut out: Vec<AgencyLoad> = Vec::new();
    let leads_a = Leads::of(a, &mut out, true);
    let leads_b = Leads::of(b, &mut out, false);
    for pair in pairs {
        let (la, lb) = (leads_a.get(&pair.a), leads_b.get(&pair.b));
        for key in lb.iter().filter(|k| !kept(k, la)) {
            push_once(&mut entry(&mut out, key).gained, &pair.b);
        }
        for key in la.iter().filter(|k| !kept(k, lb)) {
            push_once(&mut entry(&mut out, key).lost, &pair.a);
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
    fn of(doc: &'a Document, rows: &mut Vec<AgencyLoad>, in_a: bool) -> Self {
        let keys = doc
            .tasks
            .iter()
            .map(|task| {
                let mut keys: Vec<String> = Vec::new();
                for name in &task.lead_units {
                    let name = task.full_name(name);
                    let key = agency_key(name);
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
        self.index
            .get(id)
            .and_then(|&i| self.keys.get(i))
            .map_or(&[], Vec::as_slice)
    }
}

/// True when the lead `key` of one side of a pair neither gained nor lost the task: it leads
/// on the other side too (perhaps under its name before or after a reform), or it is a
/// collective (`各区政府`), which is no one agency.
fn kept(key: &str, other: &[String]) -> bool {
    is_collective(key)
        || other
            .iter()
            .any(|o| o == key || renamed(o, key).or(renamed(key, o)).is_some())
}

/// Adds `id` unless it is already there (a split task gains an agency once, not per pair).
fn push_once(list: &mut Vec<String>, id: &str) {
    if !list.iter().any(|x| x == id) {
        list.push(id.to_string());
    }
}
