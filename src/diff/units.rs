//! Unit changes of a pair: lead and responsible agencies compared by folded key, each one
//! added, removed, moved between lead and responsible, or renamed.

use crate::agency::{renamed, KeyTable};
use crate::chars::compact;
use crate::model::{Role, Task, UnitChange, UnitChangeKind, UnitDiff};

/// One agency of a task: its name as written and in full, its role and keys.
struct Entry<'a> {
    name: &'a str,
    full: &'a str,
    role: Role,
    key: String,
    role_key: String,
}

/// A task's agencies, leads first, each name once (a name listed twice keeps its lead role).
fn entries<'a>(task: &'a Task, table: &KeyTable) -> Vec<Entry<'a>> {
    let mut out: Vec<Entry<'_>> = Vec::new();
    let lead = task.lead_units.iter().map(|n| (n, Role::Lead));
    let responsible = task
        .responsible_units
        .iter()
        .map(|n| (n, Role::Responsible));
    for (name, role) in lead.chain(responsible) {
        let full = task.full_name(name);
        let (key, role_key) = table.keys(full);
        if key.is_empty() || out.iter().any(|e| e.key == key) {
            continue;
        }
        out.push(Entry {
            name,
            full,
            role,
            role_key,
            key,
        });
    }
    out
}

/// Compares the agencies of two tasks: matched on the folded key first, then on the key
/// without level or place (`县司法局` ≈ `市司法局`), then across a reform's rename
/// (`市政府法制办` → `市司法局`, [`crate::agency::RENAMES`]; also when B is the older plan).
pub fn diff_units(a: &Task, b: &Task) -> UnitDiff {
    diff_units_keyed(a, b, &KeyTable::default())
}

/// [`diff_units`] with the names' keys looked up in `table` (folded once for a whole
/// comparison) rather than folded again for each pair.
pub fn diff_units_keyed(a: &Task, b: &Task, table: &KeyTable) -> UnitDiff {
    let ea = entries(a, table);
    let eb = entries(b, table);
    let mut partner: Vec<Option<usize>> = vec![None; ea.len()];
    let mut taken = vec![false; eb.len()];
    for pass in 0..3 {
        for (i, x) in ea.iter().enumerate() {
            if partner[i].is_some() {
                continue;
            }
            let found = eb.iter().enumerate().find(|(j, y)| {
                !taken[*j]
                    && match pass {
                        0 => y.key == x.key,
                        1 => y.role_key == x.role_key,
                        _ => renamed(&x.key, &y.key)
                            .or(renamed(&y.key, &x.key))
                            .is_some(),
                    }
            });
            if let Some((j, _)) = found {
                partner[i] = Some(j);
                taken[j] = true;
            }
        }
    }
    let mut changes = Vec::new();
    for (i, x) in ea.iter().enumerate() {
        let change = match partner[i].and_then(|j| eb.get(j)) {
            None => Some((None, UnitChangeKind::Removed)),
            Some(y) if y.role != x.role => Some((Some(y), UnitChangeKind::Moved)),
            Some(y) if compact(y.full) != compact(x.full) => {
                Some((Some(y), UnitChangeKind::Renamed))
            }
            Some(_) => None,
        };
        if let Some((y, kind)) = change {
            changes.push(UnitChange {
                key: x.key.clone(),
                a: Some(x.name.to_string()),
                b: y.map(|y| y.name.to_string()),
                role_a: Some(x.role),
                role_b: y.map(|y| y.role),
                change: kind,
            });
        }
    }
    for (j, y) in eb.iter().enumerate() {
        if !taken[j] {
            changes.push(UnitChange {
                key: y.key.clone(),
                a: None,
                b: Some(y.name.to_string()),
                role_a: None,
                role_b: Some(y.role),
                change: UnitChangeKind::Added,
            });
        }
    }
    UnitDiff { changes }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task(lead: &[&str], responsible: &[&str]) -> Task {
        Task {
            lead_units: lead.iter().map(|s| s.to_string()).collect(),
            responsible_units: responsible.iter().map(|s| s.to_string()).collect(),
            ..Task::default()
        }
    }

    fn kinds(d: &UnitDiff) -> Vec<(String, UnitChangeKind)> {
        d.changes
            .iter()
            .map(|c| (c.key.clone(), c.change))
            .collect()
    }

    #[test]
    fn same_agencies_under_other_names_are_renamed_not_added() {
        let a = task(&["示例市中院", "示例市市场监管局"], &["各区政府"]);
        let b = task(&["示例市中级人民法院", "示例市市场监管局"], &["各区政府"]);
        let d = diff_units(&a, &b);
        assert_eq!(d.changes.len(), 1);
        assert_eq!(d.changes[0].change, UnitChangeKind::Renamed);
        assert_eq!(d.changes[0].b.as_deref(), Some("示例市中级人民法院"));
    }

    #[test]
    fn added_removed_and_moved() {
        let a = task(&["市司法局", "市公安局"], &["市财政局"]);
        let b = task(&["市司法局", "市财政局"], &["市教育局"]);
        let k = kinds(&diff_units(&a, &b));
        assert_eq!(
            k,
            vec![
                ("市公安局".to_string(), UnitChangeKind::Removed),
                ("市财政局".to_string(), UnitChangeKind::Moved),
                ("市教育局".to_string(), UnitChangeKind::Added),
            ]
        );
    }

    #[test]
    fn other_level_is_the_same_role() {
        let a = task(&["县司法局"], &[]);
        let b = task(&["市司法局"], &[]);
        let k = kinds(&diff_units(&a, &b));
        assert_eq!(k, vec![("县司法局".to_string(), UnitChangeKind::Renamed)]);
    }

    #[test]
    fn a_shared_level_is_no_rename() {
        let mut a = task(&[], &["市发展改革委", "财政局"]);
        a.full_names = vec![crate::model::FullName {
            written: "财政局".into(),
            full: "市财政局".into(),
        }];
        let b = task(&[], &["市发展改革委", "市财政局", "市商务局"]);
        let k = kinds(&diff_units(&a, &b));
        assert_eq!(k, vec![("市商务局".to_string(), UnitChangeKind::Added)]);
    }

    #[test]
    fn a_reform_rename_reads_as_renamed_both_ways() {
        let old = task(&["市政府法制办"], &["市安监局"]);
        let new = task(&["市司法局"], &["市应急管理局"]);
        for (a, b) in [(&old, &new), (&new, &old)] {
            let k = kinds(&diff_units(a, b));
            assert!(
                k.iter().all(|(_, c)| *c == UnitChangeKind::Renamed) && k.len() == 2,
                "{k:?}"
            );
        }
    }

    #[test]
    fn unchanged_units_give_no_change() {
        let a = task(&["市司法局"], &["各区政府"]);
        assert!(diff_units(&a, &a).changes.is_empty());
    }
}
