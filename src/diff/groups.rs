//! Split and merge groups: the pairs that share a task, compared as one group, so that what
//! one partner carries is not counted new or dropped in another partner's pair.
//!
//! A 2023 task split into two 2024 tasks keeps its `95%→100%` target in one of them; compared
//! pair by pair, the other pair would call the same A target `dropped`. Compared once over the
//! group, each target of the group is in exactly one change, shown on the pair whose tasks hold it.

use super::diff_targets_weighted;
use crate::model::{Document, Target, TaskPair, UnitChangeKind, WordOp, WordOpKind};
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
/// the pair holding its targets; an agency is added or removed in a pair only if no
/// other partner of that pair's task carries it; and each partner's row shows its share of the
/// shared task's wording (see [`share_wording`]). `changed` follows.
pub fn compare_groups(
    a: &Document,
    b: &Document,
    pairs: &mut [TaskPair],
    weight: &dyn Fn(u64) -> f64,
) {
    let found = groups(a, b, pairs);
    compare_found_groups(a, b, pairs, &found, weight);
}

/// [`compare_groups`] with the [`groups`] of `pairs` already found (the comparison finds them
/// once for this and the agencies' table; comparing them leaves each pair's tasks as they are).
pub fn compare_found_groups(
    a: &Document,
    b: &Document,
    pairs: &mut [TaskPair],
    found: &[Group],
    weight: &dyn Fn(u64) -> f64,
) {
    for group in found.iter().filter(|g| g.is_many()) {
        group_targets(a, b, pairs, group, weight);
        group_units(pairs, group);
        share_wording(pairs, group, true);
        share_wording(pairs, group, false);
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
            // In a group that is a split and a merge at once (a bridge between two pairs) the
            // two tasks may pair with others only: the closest pair of either, which reads the
            // same with A and B swapped.
            (Some(x), Some(y)) => on(Some(x), Some(y)).or_else(|| {
                (group.pairs.iter().copied())
                    .filter_map(|i| Some((i, pairs.get(i)?)))
                    .filter(|(_, p)| p.a == x || p.b == y)
                    .max_by(|(_, p), (_, q)| {
                        p.score
                            .total_cmp(&q.score)
                            .then(both_ids(q).cmp(&both_ids(p)))
                    })
                    .map(|(i, _)| i)
            }),
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

/// The two task ids of a pair, the lesser first: the same with A and B swapped.
fn both_ids(p: &TaskPair) -> (&str, &str) {
    let (u, v) = (p.a.as_str(), p.b.as_str());
    (u.min(v), u.max(v))
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

/// Each task of the group (of A with `side_a`, else of B) in more than one pair: its text is
/// shared out among its partners' rows. What a partner keeps reads as kept in that partner's
/// row and as `elsewhere` (naming the partner) in the others; what no partner keeps is deleted
/// (or inserted) in one row only, the row of the partner keeping the text nearest to it, and
/// `elsewhere` in the others. A heading or unit bracket every partner repeats stays kept in
/// each. Every pair's wording still rebuilds both its texts.
///
/// A split `执法信息公示…，执法全过程记录覆盖全部执法部门。` → B1 `…公示率达100%。`,
/// B2 `…执法全过程记录覆盖全部执法部门。`: B1's row shows `执法全过程记录…` as elsewhere (→ B2),
/// not deleted.
fn share_wording(pairs: &mut [TaskPair], group: &Group, side_a: bool) {
    let id = |p: &TaskPair| if side_a { p.a.clone() } else { p.b.clone() };
    let mut tasks: Vec<(String, Vec<usize>)> = Vec::new();
    for &i in &group.pairs {
        let Some(task) = pairs.get(i).map(id) else {
            continue;
        };
        match tasks.iter_mut().find(|(t, _)| *t == task) {
            Some((_, members)) => members.push(i),
            None => tasks.push((task, vec![i])),
        }
    }
    for (_, members) in tasks.iter().filter(|(_, m)| m.len() > 1) {
        let kept: Vec<Vec<bool>> = (members.iter())
            .filter_map(|&i| pairs.get(i))
            .map(|p| kept_chars(&p.wording, side_a))
            .collect();
        let n = kept.first().map_or(0, Vec::len);
        if kept.len() != members.len() || kept.iter().any(|k| k.len() != n) {
            continue;
        }
        let keepers: Vec<Vec<usize>> = (0..n)
            .map(|pos| (0..kept.len()).filter(|&m| kept[m][pos]).collect())
            .collect();
        let owner = nearest_keeper(&keepers);
        let partners: Vec<String> = (members.iter())
            .filter_map(|&i| pairs.get(i))
            .map(|p| if side_a { p.b.clone() } else { p.a.clone() })
            .collect();
        for (m, &i) in members.iter().enumerate() {
            let shown_by = |pos: usize| -> Option<&String> {
                let k = keepers[pos].first().copied().unwrap_or(owner[pos]);
                (k != m).then(|| &partners[k])
            };
            if let Some(p) = pairs.get_mut(i) {
                p.wording = shared_out(&p.wording, side_a, shown_by);
            }
        }
    }
}

/// For each character of one side's text, whether the pair keeps it (`equal` or `alike`).
fn kept_chars(ops: &[WordOp], side_a: bool) -> Vec<bool> {
    let mut out = Vec::new();
    for op in ops {
        let text = if side_a { op.a_side() } else { op.b_side() };
        let keep = matches!(op.op, WordOpKind::Equal | WordOpKind::Alike);
        out.extend(text.unwrap_or_default().chars().map(|_| keep));
    }
    out
}

/// For each character, the partner its change is shown with when no partner keeps it: a run of
/// such characters goes with the nearest character before it that exactly one partner keeps
/// (it reads on from there), else the nearest after; the first partner when none is kept alone.
fn nearest_keeper(keepers: &[Vec<usize>]) -> Vec<usize> {
    let unique = |pos: usize| match keepers[pos].as_slice() {
        [k] => Some(*k),
        _ => None,
    };
    let n = keepers.len();
    let mut out = vec![0; n];
    let mut last: Option<usize> = None;
    for (pos, slot) in out.iter_mut().enumerate() {
        if let Some(k) = unique(pos) {
            last = Some(k);
        }
        *slot = last.unwrap_or(usize::MAX);
    }
    let mut next: Option<usize> = None;
    for pos in (0..n).rev() {
        if let Some(k) = unique(pos) {
            next = Some(k);
        }
        if out[pos] == usize::MAX {
            out[pos] = next.unwrap_or(0);
        }
    }
    out
}

/// The ops with this side's changes (deletions of A, insertions in B) that another row shows
/// (`shown_by` a character's position gives that row's partner) turned `elsewhere`; in each
/// run of changes the other side's ops follow this side's last change, so a deletion and its
/// insertion stay together.
fn shared_out<'a>(
    ops: &[WordOp],
    side_a: bool,
    shown_by: impl Fn(usize) -> Option<&'a String>,
) -> Vec<WordOp> {
    let (change, away) = if side_a {
        (WordOpKind::Delete, WordOpKind::AElsewhere)
    } else {
        (WordOpKind::Insert, WordOpKind::BElsewhere)
    };
    let mut split: Vec<WordOp> = Vec::with_capacity(ops.len());
    let mut pos = 0;
    for op in ops {
        let own = if side_a { op.a_side() } else { op.b_side() };
        let Some(text) = own else {
            split.push(op.clone());
            continue;
        };
        if op.op != change {
            pos += text.chars().count();
            split.push(op.clone());
            continue;
        }
        for c in text.chars() {
            split.push(match shown_by(pos) {
                Some(partner) => WordOp {
                    partner: Some(partner.clone()),
                    ..WordOp::new(away, c)
                },
                None => WordOp::new(change, c),
            });
            pos += 1;
        }
    }
    let merged = super::wording::merge_equal_runs(split);
    let mut out: Vec<WordOp> = Vec::with_capacity(merged.len());
    let mut run: Vec<WordOp> = Vec::new();
    for op in merged {
        if matches!(op.op, WordOpKind::Equal | WordOpKind::Alike) {
            flush_run(&mut out, &mut run);
            out.push(op);
        } else {
            run.push(op);
        }
    }
    flush_run(&mut out, &mut run);
    out
}

/// A run of ops between kept text in reading order: A's ops up to its last deletion, B's up to
/// its last insertion (a deletion and its insertion together), then the rest of A's and B's
/// (text other rows show). Each side's ops keep their order, so both texts still rebuild.
fn flush_run(out: &mut Vec<WordOp>, run: &mut Vec<WordOp>) {
    let (a, b): (Vec<WordOp>, Vec<WordOp>) = run.drain(..).partition(|o| o.a_side().is_some());
    let upto = |ops: &[WordOp]| ops.iter().rposition(WordOp::is_change).map_or(0, |k| k + 1);
    let (cut_a, cut_b) = (upto(&a), upto(&b));
    let (mut a, mut b) = (a.into_iter(), b.into_iter());
    out.extend(a.by_ref().take(cut_a));
    out.extend(b.by_ref().take(cut_b));
    out.extend(a);
    out.extend(b);
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
