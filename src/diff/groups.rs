//! Split and merge groups: the pairs that share a task, compared as one group, so that what
//! one partner carries is not counted new or dropped in another partner's pair.
//!
//! A 2023 task split into two 2024 tasks keeps its `95%→100%` target in one of them; compared
//! pair by pair, the other pair would call the same A target `dropped`. Compared once over the
//! group, each target of the group is in exactly one change, shown on the pair whose tasks hold it.

use super::diff_targets_weighted;
use crate::model::{Document, Target, TaskPair, UnitChangeKind};
use crate::task_index::TaskIndex;

/// Pairs that share tasks, directly or through other pairs: one task and its split parts, the
/// parts of a merge and the task they became, or a 1:1 pair alone.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Group {
    /// Positions of the pairs in the comparison's list, in that order.
    pub pairs: Vec<usize>,
    /// Positions of the group's tasks in A, in document order, each once.
    pub a: Vec<usize>,
    /// Positions of the group's tasks in B, in document order, each once.
    pub b: Vec<usize>,
}

impl Group {
    /// True for a split or merge (more than one pair), false for a 1:1 pair.
    pub fn is_many(&self) -> bool {
        self.pairs.len() > 1
    }
}

/// The root of `x` in a union–find forest, halving paths on the way (near-linear overall).
fn root(parent: &mut [usize], mut x: usize) -> usize {
    while let Some(&p) = parent.get(x) {
        if p == x {
            break;
        }
        let up = parent.get(p).copied().unwrap_or(p);
        parent[x] = up;
        x = up;
    }
    x
}

/// The groups of `pairs` (tasks of `a` and `b` named by id), in the order of each group's first
/// pair. Pairs naming a task not in its document are left out.
///
/// `(二)→(二)`, `(三)→(二)`, `(六)→(六)`, `(六)→(七)`, `(八)→(九)` → three groups:
/// `{(二),(三)}→{(二)}`, `{(六)}→{(六),(七)}` and `{(八)}→{(九)}`.
pub fn groups(a: &Document, b: &Document, pairs: &[TaskPair]) -> Vec<Group> {
    let (index_a, index_b) = (TaskIndex::of(a), TaskIndex::of(b));
    let na = a.tasks.len();
    // Nodes: A's tasks, then B's.
    let mut parent: Vec<usize> = (0..na + b.tasks.len()).collect();
    let nodes: Vec<Option<(usize, usize)>> = pairs
        .iter()
        .map(|p| Some((*index_a.get(&p.a)?, na + *index_b.get(&p.b)?)))
        .collect();
    for &(x, y) in nodes.iter().flatten() {
        let (rx, ry) = (root(&mut parent, x), root(&mut parent, y));
        if rx != ry {
            parent[rx] = ry;
        }
    }
    // Group number of each root, given as its first pair is met.
    let mut slot: Vec<Option<usize>> = vec![None; parent.len()];
    let mut out: Vec<Group> = Vec::new();
    for (i, node) in nodes.iter().enumerate() {
        let Some((x, y)) = *node else { continue };
        let r = root(&mut parent, x);
        let g = *slot[r].get_or_insert_with(|| {
            out.push(Group::default());
            out.len() - 1
        });
        let group = &mut out[g];
        group.pairs.push(i);
        group.a.push(x);
        group.b.push(y - na);
    }
    for g in &mut out {
        crate::sort::sort(&mut g.a);
        g.a.dedup();
        crate::sort::sort(&mut g.b);
        g.b.dedup();
    }
    out
}

/// Compares every split and merge group of `pairs` as one group: targets once over all its
/// tasks (with `weight` as for a pair, see [`diff_targets_weighted`]), each change shown on
/// the pair holding its targets; and an agency is added or removed in a pair only if no
/// other partner of that pair's task carries it. `changed` follows.
pub fn compare_groups(
    a: &Document,
    b: &Document,
    pairs: &mut [TaskPair],
    weight: &dyn Fn(u64) -> f64,
) {
    for group in groups(a, b, pairs).iter().filter(|g| g.is_many()) {
        group_targets(a, b, pairs, group, weight);
        group_units(pairs, group);
        for &i in &group.pairs {
            if let Some(p) = pairs.get_mut(i) {
                p.changed = super::is_changed(p);
            }
        }
    }
}

/// One side's targets in a group, each with the id of the task holding it; `used` marks those
/// already given to a change, so two equal targets find their two tasks.
struct Held<'a> {
    targets: Vec<(&'a str, &'a Target)>,
    used: Vec<bool>,
}

impl<'a> Held<'a> {
    fn of(doc: &'a Document, tasks: &[usize]) -> Self {
        let targets: Vec<(&str, &Target)> = tasks
            .iter()
            .filter_map(|&t| doc.tasks.get(t))
            .flat_map(|t| t.targets.iter().map(move |x| (t.id.as_str(), x)))
            .collect();
        let used = vec![false; targets.len()];
        Held { targets, used }
    }

    fn list(&self) -> Vec<Target> {
        self.targets.iter().map(|(_, t)| (*t).clone()).collect()
    }

    /// The id of the task holding `target` (the first not yet given to a change).
    fn owner(&mut self, target: Option<&Target>) -> Option<&'a str> {
        let target = target?;
        let at = (self.targets.iter().zip(&self.used))
            .position(|((_, t), used)| !used && *t == target)?;
        self.used[at] = true;
        self.targets.get(at).map(|(id, _)| *id)
    }
}

/// The group's targets compared once, each change put on one pair: the pair of the two tasks
/// holding its targets, else a pair of the task holding B's target, else of A's.
fn group_targets(
    a: &Document,
    b: &Document,
    pairs: &mut [TaskPair],
    group: &Group,
    weight: &dyn Fn(u64) -> f64,
) {
    let mut held_a = Held::of(a, &group.a);
    let mut held_b = Held::of(b, &group.b);
    let changes = diff_targets_weighted(&held_a.list(), &held_b.list(), weight);
    for &i in &group.pairs {
        if let Some(p) = pairs.get_mut(i) {
            p.targets.clear();
        }
    }
    for change in changes {
        let owner_a = held_a.owner(change.a.as_ref());
        let owner_b = held_b.owner(change.b.as_ref());
        let on = |want_a: Option<&str>, want_b: Option<&str>| {
            group.pairs.iter().copied().find(|&i| {
                pairs.get(i).is_some_and(|p| {
                    want_a.is_none_or(|x| p.a == x) && want_b.is_none_or(|x| p.b == x)
                })
            })
        };
        let at = match (owner_a, owner_b) {
            (Some(x), Some(y)) => on(Some(x), Some(y)).or(on(None, Some(y))),
            (None, Some(y)) => {
                let partners = (a, group.a.as_slice());
                nearest(pairs, group, partners, y, change.b.as_ref(), |p| {
                    (&p.b, &p.a)
                })
                .or(on(None, Some(y)))
            }
            (Some(x), None) => {
                let partners = (b, group.b.as_slice());
                nearest(pairs, group, partners, x, change.a.as_ref(), |p| {
                    (&p.a, &p.b)
                })
                .or(on(Some(x), None))
            }
            (None, None) => None,
        };
        let at = at.or(group.pairs.first().copied());
        if let Some(p) = at.and_then(|i| pairs.get_mut(i)) {
            p.targets.push(change);
        }
    }
}

/// For a target only one side has (dropped from A, or new in B), the pair of its task `owner`
/// whose partner speaks most of it: a dropped `年底前公布免罚清单` of a split task is shown
/// beside the part that still mentions 免罚清单, where a reader looks for it. `other` is the
/// document without the target and `partners` the group's tasks in it; `ids` gives a pair's
/// (own task, partner) ids. None when no partner shares a bigram with the target's text.
fn nearest(
    pairs: &[TaskPair],
    group: &Group,
    (other, partners): (&Document, &[usize]),
    owner: &str,
    target: Option<&Target>,
    ids: fn(&TaskPair) -> (&String, &String),
) -> Option<usize> {
    let words = crate::chars::bigram_set(&target?.text);
    (group.pairs.iter().copied())
        .filter_map(|i| {
            let (task, partner) = ids(pairs.get(i)?);
            if task != owner {
                return None;
            }
            let text =
                (partners.iter().filter_map(|&t| other.tasks.get(t))).find(|t| t.id == *partner)?;
            let text = crate::chars::bigram_set(&text.text);
            let n = (words.iter())
                .filter(|k| text.binary_search(k).is_ok())
                .count();
            (n > 0).then_some((i, n))
        })
        .max_by_key(|&(i, n)| (n, std::cmp::Reverse(i)))
        .map(|(i, _)| i)
}

/// Drops from each pair of the group the agencies `removed` that another B partner of its A
/// task carries, and those `added` that another A partner of its B task carries: a key is lost
/// by a task only when every pair of that task loses it.
fn group_units(pairs: &mut [TaskPair], group: &Group) {
    let removed = everywhere(pairs, group, UnitChangeKind::Removed, |p| &p.a);
    let added = everywhere(pairs, group, UnitChangeKind::Added, |p| &p.b);
    for (&i, (removed, added)) in group.pairs.iter().zip(removed.iter().zip(&added)) {
        if let Some(p) = pairs.get_mut(i) {
            p.units.changes.retain(|c| match c.change {
                UnitChangeKind::Removed => removed.contains(&c.key),
                UnitChangeKind::Added => added.contains(&c.key),
                _ => true,
            });
        }
    }
}

/// One task's pairs in a group, and how many of them list each agency key.
struct Tally<'a> {
    task: &'a str,
    pairs: usize,
    keys: Vec<(String, usize)>,
}

/// For each pair of the group, the keys of its `kind` changes that every pair sharing its
/// task (`side`: A's id or B's) also has: lost (or gained) by that task as a whole.
fn everywhere(
    pairs: &[TaskPair],
    group: &Group,
    kind: UnitChangeKind,
    side: fn(&TaskPair) -> &String,
) -> Vec<Vec<String>> {
    let members: Vec<&TaskPair> = group.pairs.iter().filter_map(|&i| pairs.get(i)).collect();
    let mut tallies: Vec<Tally> = Vec::new();
    for p in &members {
        let task = side(p).as_str();
        let at = match tallies.iter().position(|t| t.task == task) {
            Some(at) => at,
            None => {
                tallies.push(Tally {
                    task,
                    pairs: 0,
                    keys: Vec::new(),
                });
                tallies.len() - 1
            }
        };
        let tally = &mut tallies[at];
        tally.pairs += 1;
        let mut keys: Vec<&String> = (p.units.changes.iter())
            .filter(|c| c.change == kind)
            .map(|c| &c.key)
            .collect();
        crate::sort::sort(&mut keys);
        keys.dedup();
        for key in keys {
            match tally.keys.iter_mut().find(|(k, _)| k == key) {
                Some((_, n)) => *n += 1,
                None => tally.keys.push((key.clone(), 1)),
            }
        }
    }
    members
        .iter()
        .map(|p| {
            let task = side(p).as_str();
            (tallies.iter().find(|t| t.task == task))
                .map(|t| {
                    (t.keys.iter())
                        .filter(|(_, n)| *n == t.pairs)
                        .map(|(k, _)| k.clone())
                        .collect()
                })
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PairKind, Task};

    fn doc(ids: &[&str]) -> Document {
        Document {
            tasks: (ids.iter())
                .map(|id| Task {
                    id: id.to_string(),
                    ..Task::default()
                })
                .collect(),
            ..Document::default()
        }
    }

    fn pair(a: &str, b: &str) -> TaskPair {
        TaskPair {
            a: a.into(),
            b: b.into(),
            score: 1.0,
            kind: PairKind::Match,
            changed: false,
            wording: Vec::new(),
            targets: Vec::new(),
            units: Default::default(),
        }
    }

    #[test]
    fn pairs_sharing_a_task_form_one_group() {
        let a = doc(&["(二)", "(三)", "(六)", "(八)"]);
        let b = doc(&["(二)", "(六)", "(七)", "(九)"]);
        let pairs = [
            pair("(二)", "(二)"),
            pair("(三)", "(二)"),
            pair("(六)", "(六)"),
            pair("(八)", "(九)"),
            pair("(六)", "(七)"),
            pair("(九)", "(九)"), // not in A: left out
        ];
        let g = groups(&a, &b, &pairs);
        let shape: Vec<_> = (g.iter())
            .map(|g| (g.pairs.clone(), g.a.clone(), g.b.clone()))
            .collect();
        assert_eq!(
            shape,
            vec![
                (vec![0, 1], vec![0, 1], vec![0]),
                (vec![2, 4], vec![2], vec![1, 2]),
                (vec![3], vec![3], vec![3]),
            ]
        );
        assert!(g[0].is_many() && !g[2].is_many());
    }
}
