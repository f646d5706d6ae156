//! By agency: for each folded agency key, the tasks it leads in A and in B, and which it gained
//! or lost as lead across the pairs (and with tasks only in one document).

use super::agency::agency_key;
use crate::model::{AgencyLoad, Document, Task, TaskPair};

/// The folded keys of a task's lead agencies, sorted and distinct.
fn leads_of(task: &Task) -> Vec<String> {
    let mut keys: Vec<String> = task.lead_units.iter().map(|u| agency_key(u)).collect();
    crate::sort::sort(&mut keys);
    keys.dedup();
    keys
}

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
    for (tasks, in_a) in [(&a.tasks, true), (&b.tasks, false)] {
        for task in tasks {
            let mut seen: Vec<String> = Vec::new();
            for name in &task.lead_units {
                let key = agency_key(name);
                if key.is_empty() || seen.contains(&key) {
                    continue;
                }
                let row = entry(&mut out, &key);
                seen.push(key);
                if row.name.is_empty() {
                    row.name = name.clone();
                }
                let list = if in_a { &mut row.a } else { &mut row.b };
                list.push(task.id.clone());
            }
        }
    }
    let leads = |doc: &Document, id: &str| {
        doc.tasks
            .iter()
            .find(|t| t.id == id)
            .map(leads_of)
            .unwrap_or_default()
    };
    for pair in pairs {
        let (la, lb) = (leads(a, &pair.a), leads(b, &pair.b));
        for key in lb.iter().filter(|k| !k.is_empty() && !la.contains(k)) {
            push_once(&mut entry(&mut out, key).gained, &pair.b);
        }
        for key in la.iter().filter(|k| !k.is_empty() && !lb.contains(k)) {
            push_once(&mut entry(&mut out, key).lost, &pair.a);
        }
    }
    for id in b_only {
        for key in leads(b, id).iter().filter(|k| !k.is_empty()) {
            push_once(&mut entry(&mut out, key).gained, id);
        }
    }
    for id in a_only {
        for key in leads(a, id).iter().filter(|k| !k.is_empty()) {
            push_once(&mut entry(&mut out, key).lost, id);
        }
    }
    out
}

/// Adds `id` unless it is already there (a split task gains an agency once, not per pair).
fn push_once(list: &mut Vec<String>, id: &str) {
    if !list.iter().any(|x| x == id) {
        list.push(id.to_string());
    }
}
