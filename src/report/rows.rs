//! The comparison as rows a report lists, in B's order then A's tasks only in A: each pair or
//! one-sided task with its section, its two tasks and its changes as lines a reader reads.
//! The Word and Excel reports lay these rows out, each its own way.

use super::labels;
use crate::model::{
    Comparison, Direction, Document, TargetChange, TargetChangeKind, Task, TaskPair,
    UnitChangeKind, WordOp,
};
use crate::task_index::TaskIndex;

/// How a row reads at a glance, for its colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Nothing changed, or no judgement to make.
    Plain,
    /// More asked of the agencies, or something added.
    Stricter,
    /// Less asked, or something dropped.
    Looser,
}

/// One line of a row's changes with its tone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeLine {
    /// What a reader reads (`审核时限：10个工作日 → 7个工作日（降低，更严）`).
    pub text: String,
    /// Its colour.
    pub tone: Tone,
}

/// One task of a row: id, short name, full text and units.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RowTask {
    /// The task id (`二/(三)`).
    pub id: String,
    /// Its short name.
    pub title: String,
    /// Its full text.
    pub text: String,
    /// Lead units, full names, joined by `、`.
    pub lead: String,
}

/// One row: a pair, or a task only in A or only in B.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportRow {
    /// The section it sits in (`二、推进严格规范公正文明执法`), B's for a pair.
    pub section: String,
    /// A's task, if any.
    pub a: Option<RowTask>,
    /// B's task, if any.
    pub b: Option<RowTask>,
    /// How it pairs (`一对一`, `拆分`, …) or `仅 A 有` / `仅海口市有`.
    pub kind: String,
    /// The changes, one line each: targets, then units, then whether the wording changed.
    pub changes: Vec<ChangeLine>,
    /// True when anything changed (always for one-sided rows).
    pub changed: bool,
    /// The reader's note on the row, or empty.
    pub note: String,
}

fn task_of<'a>(doc: &'a Document, id: &str) -> Option<&'a Task> {
    doc.tasks.iter().find(|t| t.id == id)
}

fn row_task(t: &Task) -> RowTask {
    let lead: Vec<&str> = t.lead_units.iter().map(|n| t.full_name(n)).collect();
    RowTask {
        id: t.id.clone(),
        title: labels::task_title(t),
        text: t.text.clone(),
        lead: lead.join("、"),
    }
}

/// The section title of a task: `二、推进…` (number and title), or empty.
fn section_of(doc: &Document, task: Option<&Task>) -> String {
    let Some(id) = task.and_then(|t| t.section.as_deref()) else {
        return String::new();
    };
    doc.sections.iter().find(|s| s.id == id).map_or_else(
        || id.to_string(),
        |s| {
            // `一` → `一、…`, as the document writes it; `(一)` and `1.` carry their own mark.
            let han = !s.number.is_empty()
                && s.number
                    .chars()
                    .all(|c| "一二三四五六七八九十百零".contains(c));
            let mark = if han { "、" } else { " " };
            format!("{}{mark}{}", s.number, s.title).trim().to_string()
        },
    )
}

/// A target change as a line: `metric：A → B（提高，更严）`.
pub fn target_line(voice: &labels::Voice, t: &TargetChange) -> ChangeLine {
    let (a, b) = (labels::target(t.a.as_ref()), labels::target(t.b.as_ref()));
    let values = match (a.is_empty(), b.is_empty()) {
        (false, false) if a == b => a.to_string(),
        (false, false) => format!("{a} → {b}"),
        (false, true) => a.to_string(),
        _ => b.to_string(),
    };
    let judged = match voice.direction(t.direction) {
        "" => voice.target_change(t.change),
        d => format!("{}，{d}", voice.target_change(t.change)),
    };
    let tone = match (t.change, t.direction) {
        (TargetChangeKind::Same, _) => Tone::Plain,
        (_, Some(Direction::Stricter)) | (TargetChangeKind::New, None) => Tone::Stricter,
        (_, Some(Direction::Looser)) | (TargetChangeKind::Dropped, None) => Tone::Looser,
        _ => Tone::Plain,
    };
    ChangeLine {
        text: format!("指标 {}：{values}（{judged}）", t.metric),
        tone,
    }
}

fn pair_changes(voice: &labels::Voice, p: &TaskPair) -> Vec<ChangeLine> {
    let mut lines: Vec<ChangeLine> = p.targets.iter().map(|t| target_line(voice, t)).collect();
    for u in &p.units.changes {
        let tone = match u.change {
            UnitChangeKind::Added => Tone::Stricter,
            UnitChangeKind::Removed => Tone::Looser,
            _ => Tone::Plain,
        };
        let role = labels::role(u.role_b.or(u.role_a));
        lines.push(ChangeLine {
            text: format!(
                "单位{}：{}（{role}）",
                voice.unit_change(u.change),
                labels::unit_name(u)
            ),
            tone,
        });
    }
    if p.wording.iter().any(WordOp::is_change) {
        lines.push(ChangeLine {
            text: "措辞有改动".to_string(),
            tone: Tone::Plain,
        });
    }
    if lines.is_empty() {
        lines.push(ChangeLine {
            text: "无变化".to_string(),
            tone: Tone::Plain,
        });
    }
    lines
}

/// A one-sided task's targets as lines, each new (in B) or dropped (in A).
fn one_side_changes(t: &Task, in_a: bool) -> Vec<ChangeLine> {
    let tone = if in_a { Tone::Looser } else { Tone::Stricter };
    t.targets
        .iter()
        .map(|x| ChangeLine {
            text: format!("指标 {}：{}", x.metric, x.text),
            tone,
        })
        .collect()
}

/// Every row of the comparison: its pairs and B's tasks only in B in B's order, then A's
/// tasks only in A in A's order.
pub fn report_rows(c: &Comparison) -> Vec<ReportRow> {
    let index_a = TaskIndex::of(&c.a);
    let index_b = TaskIndex::of(&c.b);
    let nb = c.b.tasks.len();
    let voice = labels::Voice::of(c);
    let mut out: Vec<(usize, ReportRow)> = Vec::new();
    for p in &c.pairs {
        let (ta, tb) = (task_of(&c.a, &p.a), task_of(&c.b, &p.b));
        out.push((
            index_b.get(&p.b).copied().unwrap_or(nb),
            ReportRow {
                section: section_of(&c.b, tb),
                a: ta.map(row_task),
                b: tb.map(row_task),
                kind: labels::pair_kind(p.kind).to_string(),
                changes: pair_changes(&voice, p),
                changed: p.changed,
                note: c
                    .note(Some(&p.a), Some(&p.b))
                    .unwrap_or_default()
                    .to_string(),
            },
        ));
    }
    for (doc, ids, in_a) in [(&c.b, &c.b_only, false), (&c.a, &c.a_only, true)] {
        let kind = labels::only_in(c, in_a)
            .trim_end_matches("的任务")
            .to_string();
        for t in ids.iter().filter_map(|id| task_of(doc, id)) {
            let at = if in_a {
                nb + index_a.get(&t.id).copied().unwrap_or(0)
            } else {
                index_b.get(&t.id).copied().unwrap_or(nb)
            };
            let task = Some(row_task(t));
            let note = if in_a {
                c.note(Some(&t.id), None)
            } else {
                c.note(None, Some(&t.id))
            };
            out.push((
                at,
                ReportRow {
                    section: section_of(doc, Some(t)),
                    a: if in_a { task.clone() } else { None },
                    b: if in_a { None } else { task },
                    kind: kind.clone(),
                    changes: one_side_changes(t, in_a),
                    changed: true,
                    note: note.unwrap_or_default().to_string(),
                },
            ));
        }
    }
    crate::sort::sort_by_key(&mut out, |(at, _)| *at);
    out.into_iter().map(|(_, row)| row).collect()
}

/// The summary as (label, count) lines, as the Markdown and HTML reports word them.
pub fn summary_lines(c: &Comparison) -> Vec<(String, usize)> {
    let s = &c.summary;
    let voice = labels::Voice::of(c);
    let mut lines = vec![
        ("配对任务".to_string(), s.pairs),
        ("其中无变化".to_string(), s.unchanged),
        ("其中有变化".to_string(), s.changed),
        (labels::only_in(c, true), s.a_only),
        (labels::only_in(c, false), s.b_only),
        ("指标变化（不含不变）".to_string(), s.target_changes),
    ];
    for (kind, n) in &s.targets_by_kind {
        lines.push((format!("指标·{}", voice.target_change_named(kind)), *n));
    }
    lines.push(("单位变化".to_string(), s.unit_changes));
    lines.push(("相关（非同一任务）".to_string(), s.related));
    lines
}
