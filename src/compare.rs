//! Compare: two Documents → a Comparison (align, then diff each pair, then count).
//!
//! A user's corrections (pairs removed, pairs added by hand) are applied after the automatic
//! pairing; kinds and the summary follow them.

use crate::agency::KeyTable;
use crate::align::related::{bridges, parts_of_pairs, Relation};
use crate::align::{
    matching::{set_kinds, PART_SHARE},
    Pairing, Scorer,
};
use crate::diff::{diff_goal_targets, diff_targets_weighted, diff_units_keyed, diff_words_with};
use crate::model::{
    Comparison, Corrections, Document, Ignore, Note, PairKind, RelatedLink, Summary,
    TargetChangeKind, TaskPair,
};

/// Compares two documents with the automatic pairing.
pub fn compare(a: &Document, b: &Document) -> Comparison {
    compare_with(a, b, &Corrections::default())
}

/// Compares two documents, applying a user's corrections to the automatic pairing: pairs in
/// `unpaired` are removed, pairs in `paired` added with kind `manual` (ids not found in the
/// documents are ignored).
pub fn compare_with(a: &Document, b: &Document, corrections: &Corrections) -> Comparison {
    compare_ignoring(a, b, corrections, &Ignore::default())
}

/// [`compare_with`], the wording compared ignoring what `ignore` names (a pair whose only
/// differences are ignored is unchanged). The corrections' notes on rows that exist are kept
/// in the comparison.
pub fn compare_ignoring(
    a: &Document,
    b: &Document,
    corrections: &Corrections,
    ignore: &Ignore,
) -> Comparison {
    let found = compare_parts(a, b, corrections, ignore);
    found.into_comparison(a.clone(), b.clone())
}

/// [`compare`] taking the two documents, which the comparison keeps as they are (no copy of
/// either: a caller done with them, such as the CLI, saves copying and holding them twice).
pub fn compare_owned(a: Document, b: Document) -> Comparison {
    compare_owned_ignoring(a, b, &Ignore::default())
}

/// [`compare_owned`] ignoring what `ignore` names in the wording.
pub fn compare_owned_ignoring(a: Document, b: Document, ignore: &Ignore) -> Comparison {
    let found = compare_parts(&a, &b, &Corrections::default(), ignore);
    found.into_comparison(a, b)
}

/// What a comparison finds, before the two documents are put beside it.
struct Parts {
    pairs: Vec<TaskPair>,
    related: Vec<RelatedLink>,
    a_only: Vec<String>,
    b_only: Vec<String>,
    agencies: Vec<crate::model::AgencyLoad>,
    goal_targets: Vec<crate::model::TargetChange>,
    notes: Vec<Note>,
    /// Which document alone names no units (`true` for B), if one does.
    unitless: Option<bool>,
}

impl Parts {
    /// The comparison of `a` and `b`, with its summary.
    fn into_comparison(self, mut a: Document, mut b: Document) -> Comparison {
        match self.unitless {
            Some(true) => b.warnings.push(NO_UNITS_NOTE.to_string()),
            Some(false) => a.warnings.push(NO_UNITS_NOTE.to_string()),
            None => {}
        }
        let mut c = Comparison {
            a,
            b,
            pairs: self.pairs,
            related: self.related,
            a_only: self.a_only,
            b_only: self.b_only,
            summary: Summary::default(),
            agencies: self.agencies,
            goal_targets: self.goal_targets,
            notes: self.notes,
        };
        c.summary = summarize_all(&c);
        c
    }
}

fn compare_parts(a: &Document, b: &Document, corrections: &Corrections, ignore: &Ignore) -> Parts {
    let (na, nb) = (a.tasks.len(), b.tasks.len());
    let scorer = Scorer::new(a, b);
    // The tasks' words the related links are looked for in are read while the tasks pair.
    let (found, usage) = crate::par::join_when(
        na + nb >= crate::par::MIN_ITEMS,
        || crate::align::matching::align_pairs(&scorer, a, b),
        || crate::align::related::Usage::of(&scorer, a, b),
    );
    let mut pairings = found.pairs.clone();
    apply_corrections(&mut pairings, a, b, corrections, &scorer);
    set_kinds(&mut pairings, na, nb);
    crate::sort::sort_by_key(&mut pairings, |p| (p.b, p.a));

    // Each agency name folded once for all pairs and the by-agency table.
    let keys = KeyTable::of(&[a, b]);
    // The related links (of the automatic pairs) are looked for while the pairs are diffed.
    let (found_ref, scorer_ref) = (&found, &scorer);
    let (found_related, pairs) = crate::par::join_when(
        pairings.len() >= crate::par::MIN_ITEMS,
        move || found_ref.related_in(scorer_ref, a, b, &usage),
        || {
            crate::par::map(&pairings, |p| {
                Some(diff_pair(
                    a.tasks.get(p.a)?,
                    b.tasks.get(p.b)?,
                    p,
                    &scorer,
                    &keys,
                    ignore,
                ))
            })
        },
    );
    let mut pairs: Vec<TaskPair> = pairs.into_iter().flatten().collect();
    let mut found_related = found_related;
    join_parts(
        (a, b),
        (&mut pairings, &mut pairs),
        &mut found_related,
        corrections,
        &|i, j| scorer.score(i, j),
        &|i, j| scorer.similarity(i, j),
        &|i, j, p| {
            Some(diff_pair(
                a.tasks.get(i)?,
                b.tasks.get(j)?,
                p,
                &scorer,
                &keys,
                ignore,
            ))
        },
    );
    // A split or merge is compared as a group: what one partner carries is not new or dropped.
    // Found once for comparing them and for the agencies' table.
    let found_groups = crate::diff::groups::groups(a, b, &pairs);
    let (a_only, b_only) = unpaired(&pairings, a, b);
    // The agencies' table is read off the groups and the tasks left alone while the groups'
    // changes are compared.
    let (agencies, ()) = crate::par::join_when(
        pairings.len() >= crate::par::MIN_ITEMS,
        || crate::diff::by_agency::by_agency_grouped(a, b, &found_groups, &a_only, &b_only, &keys),
        || {
            crate::diff::groups::compare_found_groups(a, b, &mut pairs, &found_groups, &|k| {
                scorer.idf(k)
            });
            // Full coverage in words stands in for a dropped or new 100 % (after the groups
            // have put each change on its pair).
            for (pair, p) in pairs.iter_mut().zip(&pairings) {
                if let (Some(ta), Some(tb)) = (a.tasks.get(p.a), b.tasks.get(p.b)) {
                    crate::diff::coverage::coverage_in_words(ta, tb, &mut pair.targets);
                    pair.changed = crate::diff::is_changed(pair);
                }
            }
        },
    );
    // A plan naming no unit for any of its tasks (its units in an attached table) says
    // nothing of who does the work: the other's units are neither removed nor added, nor
    // is a lead gained or lost.
    let unitless = (names_no_units(a), names_no_units(b));
    let unitless = match unitless {
        (true, false) => Some(false),
        (false, true) => Some(true),
        _ => None,
    };
    let mut agencies = agencies;
    if unitless.is_some() {
        for pair in &mut pairs {
            pair.units.changes.clear();
            pair.changed = crate::diff::is_changed(pair);
        }
        for load in &mut agencies {
            load.gained.clear();
            load.lost.clear();
        }
    }
    let related = related_links(&found_related, &pairings, a, b);
    let notes = notes_on_rows(&corrections.notes, &pairs, &a_only, &b_only);
    let goal_targets = goal_targets(a, b, (&a_only, &b_only));
    Parts {
        pairs,
        related,
        a_only,
        b_only,
        agencies,
        goal_targets,
        notes,
        unitless,
    }
}

/// True for a plan with tasks none of which names a unit.
fn names_no_units(d: &Document) -> bool {
    !d.tasks.is_empty()
        && (d.tasks.iter()).all(|t| t.lead_units.is_empty() && t.responsible_units.is_empty())
}

/// The note on the document that names no units while the other does.
const NO_UNITS_NOTE: &str =
    "未列出任何任务的牵头或责任单位（可能在附件的任务分解表中）：对照时不比较单位变化";

/// The ids of the tasks of `a` and of `b` that no pairing names, in document order.
fn unpaired(pairings: &[Pairing], a: &Document, b: &Document) -> (Vec<String>, Vec<String>) {
    let mut used_a = vec![false; a.tasks.len()];
    let mut used_b = vec![false; b.tasks.len()];
    for p in pairings {
        if let Some(u) = used_a.get_mut(p.a) {
            *u = true;
        }
        if let Some(u) = used_b.get_mut(p.b) {
            *u = true;
        }
    }
    let ids = |doc: &Document, used: &[bool]| -> Vec<String> {
        (doc.tasks.iter().zip(used))
            .filter(|(_, u)| !**u)
            .map(|(t, _)| t.id.clone())
            .collect()
    };
    (ids(a, &used_a), ids(b, &used_b))
}

/// `c` with `notes` (those on its rows) in place of its own: the page's notes, written after
/// the comparison was made, for its exports.
pub fn with_notes(c: &Comparison, notes: &[Note]) -> Comparison {
    let mut noted = c.clone();
    noted.notes = notes_on_rows(notes, &c.pairs, &c.a_only, &c.b_only);
    noted
}

/// The notes whose row is in the comparison: a pair's (both ids), or a task's with no pair.
fn notes_on_rows(
    notes: &[Note],
    pairs: &[TaskPair],
    a_only: &[String],
    b_only: &[String],
) -> Vec<Note> {
    let row = |n: &Note| match (&n.a, &n.b) {
        (Some(x), Some(y)) => pairs.iter().any(|p| p.a == *x && p.b == *y),
        (Some(x), None) => a_only.contains(x),
        (None, Some(y)) => b_only.contains(y),
        (None, None) => false,
    };
    notes
        .iter()
        .filter(|n| row(n) && !n.text.trim().is_empty())
        .cloned()
        .collect()
}

/// Goal targets of A times those of B above which they are not compared: target matching
/// weighs every pair, and a plan's goals name a few dozen figures, not thousands.
const GOAL_TARGET_PAIRS_MAX: usize = 250_000;

/// The targets of A's goals against B's, paired by metric as a pair's targets are; none past
/// [`GOAL_TARGET_PAIRS_MAX`] (the goals are still listed in each document). A goal left alone
/// is then matched with a figure of a task of the other plan that has no pair: one plan may
/// set its main figures as goals (`主要预期目标：地区生产总值增长5%左右`), the other as
/// numbered items (`（一）地区生产总值增长7%以上（责任单位：…）`).
fn goal_targets(
    a: &Document,
    b: &Document,
    (a_only, b_only): (&[String], &[String]),
) -> Vec<crate::model::TargetChange> {
    let of = |d: &Document| -> Vec<crate::model::Target> {
        d.goals
            .iter()
            .flat_map(|g| g.targets.iter().cloned())
            .collect()
    };
    let (ta, tb) = (of(a), of(b));
    if ta.len().saturating_mul(tb.len()) > GOAL_TARGET_PAIRS_MAX {
        return Vec::new();
    }
    let mut out = diff_goal_targets(&ta, &tb);
    let (la, lb) = (unpaired_figures(a, a_only), unpaired_figures(b, b_only));
    // A's goals left alone against B's unpaired tasks' figures, then B's against A's.
    let left_a: Vec<usize> = (0..out.len()).filter(|&k| out[k].b.is_none()).collect();
    let left_b: Vec<usize> = (0..out.len()).filter(|&k| out[k].a.is_none()).collect();
    for (left, figures, a_side) in [(left_a, &lb, true), (left_b, &la, false)] {
        let goals: Vec<crate::model::Target> = (left.iter())
            .filter_map(|&k| {
                if a_side {
                    out[k].a.clone()
                } else {
                    out[k].b.clone()
                }
            })
            .collect();
        let tasks: Vec<crate::model::Target> = figures.iter().map(|(_, t)| t.clone()).collect();
        if goals.is_empty()
            || tasks.is_empty()
            || goals.len().saturating_mul(tasks.len()) > GOAL_TARGET_PAIRS_MAX
        {
            continue;
        }
        let found = match a_side {
            true => diff_goal_targets(&goals, &tasks),
            false => diff_goal_targets(&tasks, &goals),
        };
        let mut taken = vec![false; tasks.len()];
        // Named nearly alike, as a measure set two ways is (`规上工业增加值增长` and `规模以上
        // 工业增加值增长`: 0.78); not two measures sharing words (`地区生产总值增长` and `规模以上
        // 工业增加值增长`: 0.24; `农村生活污水治理率` and `城市生活污水处理率`: 0.5).
        let alike = |c: &crate::model::TargetChange| match (&c.a, &c.b) {
            (Some(x), Some(y)) => crate::chars::dice(&x.metric, &y.metric) >= TASK_GOAL_MIN,
            _ => false,
        };
        for mut change in found.into_iter().filter(alike) {
            let (goal, task) = match a_side {
                true => (change.a.as_ref(), change.b.as_ref()),
                false => (change.b.as_ref(), change.a.as_ref()),
            };
            let Some(k) = left.iter().copied().find(|&k| {
                let own = if a_side { &out[k].a } else { &out[k].b };
                own.as_ref() == goal && (if a_side { &out[k].b } else { &out[k].a }).is_none()
            }) else {
                continue;
            };
            let Some(f) = (0..tasks.len()).find(|&f| !taken[f] && Some(&tasks[f]) == task) else {
                continue;
            };
            taken[f] = true;
            let id = Some(figures[f].0.clone());
            if a_side {
                change.b_task = id;
            } else {
                change.a_task = id;
            }
            out[k] = change;
        }
    }
    out
}

/// Least dice of the bigrams of a goal's measure and an unpaired task's for the two to be one
/// target set two ways.
const TASK_GOAL_MIN: f64 = 0.6;

/// The figures (targets with a value) of the tasks of `d` with these ids, each with its
/// task's id.
fn unpaired_figures(d: &Document, ids: &[String]) -> Vec<(String, crate::model::Target)> {
    let mut ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    crate::sort::sort(&mut ids);
    (d.tasks.iter())
        .filter(|t| ids.binary_search(&t.id.as_str()).is_ok())
        .flat_map(|t| {
            (t.targets.iter())
                .filter(|x| x.value.is_some())
                .map(move |x| (t.id.clone(), x.clone()))
        })
        .collect()
}

/// The related links as the model names them, leaving out any whose two tasks became a pair
/// by a correction.
fn related_links(
    found: &[Relation],
    pairings: &[Pairing],
    a: &Document,
    b: &Document,
) -> Vec<RelatedLink> {
    // Sorted once, searched per link (a scan of every pairing per link was quadratic).
    let mut paired: Vec<(usize, usize)> = pairings.iter().map(|p| (p.a, p.b)).collect();
    crate::sort::sort_keys(&mut paired);
    found
        .iter()
        .filter(|r| paired.binary_search(&(r.a, r.b)).is_err())
        .filter_map(|r| {
            Some(RelatedLink {
                a: a.tasks.get(r.a)?.id.clone(),
                b: b.tasks.get(r.b)?.id.clone(),
                score: (r.score * 1000.0).round() / 1000.0,
                shared: r.shared.clone(),
            })
        })
        .collect()
}

/// The counts of a comparison: over its pairs, tasks only in one document, related links and
/// unpaired tasks that have some.
pub fn summarize_all(c: &Comparison) -> Summary {
    let mut s = summarize(&c.pairs, c.a_only.len(), c.b_only.len());
    s.related = c.related.len();
    let has = |ids: &[String], side: fn(&RelatedLink) -> &str| {
        let mut linked: Vec<&str> = c.related.iter().map(side).collect();
        crate::sort::sort(&mut linked);
        ids.iter()
            .filter(|id| linked.binary_search(&id.as_str()).is_ok())
            .count()
    };
    s.a_related_only = has(&c.a_only, |r| r.a.as_str());
    s.b_related_only = has(&c.b_only, |r| r.b.as_str());
    s.goal_target_changes = (c.goal_targets.iter())
        .filter(|t| t.change != TargetChangeKind::Same)
        .count();
    s
}

fn apply_corrections(
    pairings: &mut Vec<Pairing>,
    a: &Document,
    b: &Document,
    corrections: &Corrections,
    scorer: &Scorer,
) {
    let index_a = |id: &str| a.tasks.iter().position(|t| t.id == id);
    let index_b = |id: &str| b.tasks.iter().position(|t| t.id == id);
    for (ida, idb) in &corrections.unpaired {
        if let (Some(i), Some(j)) = (index_a(ida), index_b(idb)) {
            pairings.retain(|p| !(p.a == i && p.b == j));
        }
    }
    for (ida, idb) in &corrections.paired {
        let (Some(i), Some(j)) = (index_a(ida), index_b(idb)) else {
            continue;
        };
        match pairings.iter_mut().find(|p| p.a == i && p.b == j) {
            Some(p) => p.kind = PairKind::Manual,
            None => pairings.push(Pairing {
                a: i,
                b: j,
                score: scorer.score(i, j),
                kind: PairKind::Manual,
            }),
        }
    }
}

/// Adds the related links that are parts of a pair ([`parts_of_pairs`]) to the pairs, each
/// diffed by `diff`, unless the user removed that pair; kinds are set again and both lists
/// kept in B's order, side by side.
fn join_parts(
    (a, b): (&Document, &Document),
    (pairings, pairs): (&mut Vec<Pairing>, &mut Vec<TaskPair>),
    related: &mut Vec<Relation>,
    corrections: &Corrections,
    score: &dyn Fn(usize, usize) -> f64,
    similarity: &dyn Fn(usize, usize) -> f64,
    diff: &dyn Fn(usize, usize, &Pairing) -> Option<TaskPair>,
) {
    let (na, nb) = (a.tasks.len(), b.tasks.len());
    let removed = |i: usize, j: usize| {
        let (Some(ta), Some(tb)) = (a.tasks.get(i), b.tasks.get(j)) else {
            return true;
        };
        (corrections.unpaired.iter()).any(|(x, y)| *x == ta.id && *y == tb.id)
    };
    // A part scores at least a share of its pair's best, as a part found while pairing does:
    // a measure shared with a task that is closely another's same task is only related.
    let (mut best_a, mut best_b) = (vec![0.0f64; na], vec![0.0f64; nb]);
    for p in pairings.iter() {
        if let (Some(x), Some(y)) = (best_a.get_mut(p.a), best_b.get_mut(p.b)) {
            *x = x.max(p.score);
            *y = y.max(p.score);
        }
    }
    let main = |i: usize, j: usize| {
        let x = best_a.get(i).copied().unwrap_or(0.0);
        x.max(best_b.get(j).copied().unwrap_or(0.0))
    };
    let mut parts = parts_of_pairs(related, pairings, (na, nb), &|i, j| {
        !removed(i, j) && score(i, j) >= PART_SHARE * main(i, j)
    });
    parts.extend(bridges(related, pairings, (na, nb), similarity, &|i, j| {
        !removed(i, j) && !parts.contains(&(i, j))
    }));
    if parts.is_empty() || pairs.len() != pairings.len() {
        return;
    }
    let joined: std::collections::HashSet<(usize, usize)> = parts.iter().copied().collect();
    related.retain(|r| !joined.contains(&(r.a, r.b)));
    for (i, j) in parts {
        let p = Pairing {
            a: i,
            b: j,
            score: score(i, j),
            kind: PairKind::Match,
        };
        if let Some(d) = diff(i, j, &p) {
            pairings.push(p);
            pairs.push(d);
        }
    }
    set_kinds(pairings, na, nb);
    let mut both: Vec<(Pairing, TaskPair)> = pairings.drain(..).zip(pairs.drain(..)).collect();
    crate::sort::sort_by_key(&mut both, |(p, _)| (p.b, p.a));
    for (p, mut d) in both {
        d.kind = p.kind;
        pairings.push(p);
        pairs.push(d);
    }
}

/// Diffs one pair of tasks.
fn diff_pair(
    ta: &crate::model::Task,
    tb: &crate::model::Task,
    p: &Pairing,
    scorer: &Scorer,
    keys: &KeyTable,
    ignore: &Ignore,
) -> TaskPair {
    let wording = diff_words_with(&ta.text, &tb.text, ignore);
    let targets = diff_targets_weighted(&ta.targets, &tb.targets, &|k| scorer.idf(k));
    let units = diff_units_keyed(ta, tb, keys);
    let mut pair = TaskPair {
        a: ta.id.clone(),
        b: tb.id.clone(),
        score: (scorer.similarity(p.a, p.b) * 1000.0).round() / 1000.0,
        kind: p.kind,
        changed: false,
        wording,
        targets,
        units,
    };
    pair.changed = crate::diff::is_changed(&pair);
    pair
}

/// Counts over the pairs.
pub fn summarize(pairs: &[TaskPair], a_only: usize, b_only: usize) -> Summary {
    let mut s = Summary {
        pairs: pairs.len(),
        a_only,
        b_only,
        ..Summary::default()
    };
    for p in pairs {
        if p.changed {
            s.changed += 1;
        } else {
            s.unchanged += 1;
        }
        for t in &p.targets {
            if t.change != TargetChangeKind::Same {
                s.target_changes += 1;
            }
            *s.targets_by_kind
                .entry(kind_name(t.change).to_string())
                .or_insert(0) += 1;
        }
        // Collective units (各区政府) are shown in the pair but not counted as agency changes.
        s.unit_changes += (p.units.changes.iter())
            .filter(|c| !crate::agency::is_collective(&c.key))
            .count();
    }
    s
}

/// The JSON name of a target change kind (`raised`).
pub fn kind_name(k: TargetChangeKind) -> &'static str {
    match k {
        TargetChangeKind::Same => "same",
        TargetChangeKind::Raised => "raised",
        TargetChangeKind::Lowered => "lowered",
        TargetChangeKind::New => "new",
        TargetChangeKind::Dropped => "dropped",
        TargetChangeKind::Changed => "changed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::test_support::fixture;

    #[test]
    fn compare_owned_gives_what_compare_gives() {
        let (a, b) = (
            fixture("compare_places_a.txt"),
            fixture("compare_places_b.txt"),
        );
        let borrowed = compare(&a, &b);
        assert!(!borrowed.pairs.is_empty());
        assert_eq!(compare_owned(a, b), borrowed);
    }
}
