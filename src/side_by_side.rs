//! The two documents side by side: each as it reads (headings, un-numbered text, tasks, in the
//! document's order), every task with its partners on the other side and its changes marked
//! in its own text (A's deletions, B's insertions, from the pairs' wording diffs), and the
//! changed pairs in order for next/previous.
//!
//! Derived from a [`Comparison`] alone: nothing is re-aligned or re-diffed. The page's
//! documents view renders it.

use crate::model::{Comparison, Document, Passage, TaskPair, WordOpKind};
use crate::task_index::TaskIndex;

/// Everything the side-by-side view shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SideBySide {
    /// Document A as it reads.
    pub a: Vec<Block>,
    /// Document B as it reads.
    pub b: Vec<Block>,
    /// Indices into `Comparison.pairs` of the pairs that changed, in the pairs' order (B's):
    /// what next/previous visit.
    pub changes: Vec<usize>,
}

/// One block of a column, in reading order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A numbered heading.
    Heading {
        /// Its section id (`二/(三)`).
        id: String,
        /// Its number as a reader writes it (`二、`, `（三）`).
        number: String,
        /// Its title.
        title: String,
        /// 0 for a top heading, 1 below it, …
        depth: usize,
    },
    /// A paragraph of un-numbered text (preamble, a section's lead, a goal, a closing remark).
    Text(String),
    /// A task.
    Task(TaskBlock),
}

/// A task in its column.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TaskBlock {
    /// Its id.
    pub id: String,
    /// Its number as a reader writes it (`（一）`, `1.`).
    pub number: String,
    /// Its text in runs, the runs changed on this side marked: in A what no partner kept, in B
    /// what no partner had.
    pub runs: Vec<Run>,
    /// Ids of its partners on the other side, in the pairs' order (several for a split or merge).
    pub partners: Vec<String>,
    /// Index into `Comparison.pairs` of its first pair; `None` for a task with no pair.
    pub pair: Option<usize>,
    /// True when one of its pairs changed (wording, targets or units).
    pub changed: bool,
}

/// A run of a task's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    /// The text.
    pub text: String,
    /// True for text deleted (in A) or inserted (in B).
    pub changed: bool,
}

/// Which document a column shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    A,
    B,
}

/// Both columns and the changes of a comparison.
///
/// ```
/// let a = plandiff::parse_text("甲市工作要点\n为做好工作，制定本要点。\n一、依法行政\n（一）加强学法。每年学法4次。\n", "a.txt");
/// let b = plandiff::parse_text("甲市工作要点\n一、依法行政\n（一）加强学法。每年学法6次。\n", "b.txt");
/// let view = plandiff::side_by_side::side_by_side(&plandiff::compare(&a, &b));
/// assert_eq!(view.a.len(), 3); // the preamble, the heading, the task
/// assert_eq!(view.changes, [0]);
/// ```
pub fn side_by_side(c: &Comparison) -> SideBySide {
    SideBySide {
        a: column(c, Column::A),
        b: column(c, Column::B),
        changes: (c.pairs.iter().enumerate())
            .filter(|(_, p)| p.changed)
            .map(|(i, _)| i)
            .collect(),
    }
}

/// A section or task number as written: `二` → `二、`, `(三)` → `（三）`, `3` → `3.`; a
/// repeat's `#2` suffix is not shown.
pub fn written_number(number: &str) -> String {
    let n = number.split('#').next().unwrap_or(number);
    if let Some(inner) = n.strip_prefix('(').and_then(|s| s.strip_suffix(')')) {
        return format!("（{inner}）");
    }
    if !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()) {
        return format!("{n}.");
    }
    if !n.is_empty()
        && n.chars()
            .all(crate::outline::numbering::is_han_numeral_char)
    {
        return format!("{n}、");
    }
    n.to_string()
}

/// One document's blocks: its reading order, then any task the order lacks (a document read
/// before the order was kept, tasks merged from an attached table) under its headings.
fn column(c: &Comparison, side: Column) -> Vec<Block> {
    let doc = match side {
        Column::A => &c.a,
        Column::B => &c.b,
    };
    let tasks = TaskIndex::of(doc);
    // Each task's pairs, by task position: one pass over the pairs, not one per task.
    let mut pairs_of: Vec<Vec<usize>> = vec![Vec::new(); doc.tasks.len()];
    for (i, p) in c.pairs.iter().enumerate() {
        let id = match side {
            Column::A => &p.a,
            Column::B => &p.b,
        };
        if let Some(list) = tasks.get(id.as_str()).and_then(|&t| pairs_of.get_mut(t)) {
            list.push(i);
        }
    }
    let task = |i: usize| task(c, side, i, pairs_of.get(i).map_or(&[][..], Vec::as_slice));
    let mut shown_task = vec![false; doc.tasks.len()];
    let mut shown_heading = vec![false; doc.sections.len()];
    let mut out = Vec::with_capacity(doc.reading.len().max(doc.tasks.len()));
    for passage in &doc.reading {
        match passage {
            Passage::Heading(id) => {
                if let Some(i) = doc.sections.iter().position(|s| s.id == *id) {
                    if let Some(seen) = shown_heading.get_mut(i) {
                        *seen = true;
                    }
                    out.push(heading(doc, i));
                }
            }
            Passage::Text(text) => out.push(Block::Text(doc.as_written(text).into_owned())),
            Passage::Task(id) => {
                if let Some(&i) = tasks.get(id.as_str()) {
                    if let Some(seen) = shown_task.get_mut(i) {
                        *seen = true;
                    }
                    out.push(task(i));
                }
            }
        }
    }
    for (i, t) in doc.tasks.iter().enumerate() {
        if shown_task.get(i).copied().unwrap_or(true) {
            continue;
        }
        // Its headings from the top, each once.
        let mut chain: Vec<usize> = Vec::new();
        let mut section = t.section.as_deref();
        while let Some(id) = section {
            let Some(s) = doc.sections.iter().position(|s| s.id == id) else {
                break;
            };
            chain.push(s);
            section = id.rsplit_once('/').map(|(up, _)| up);
        }
        for &s in chain.iter().rev() {
            if let Some(seen) = shown_heading.get_mut(s).filter(|seen| !**seen) {
                *seen = true;
                out.push(heading(doc, s));
            }
        }
        out.push(task(i));
    }
    out
}

fn heading(doc: &Document, i: usize) -> Block {
    let Some(s) = doc.sections.get(i) else {
        return Block::Text(String::new());
    };
    Block::Heading {
        id: s.id.clone(),
        number: written_number(&s.number),
        title: doc.as_written(&s.title).into_owned(),
        depth: s.id.matches('/').count(),
    }
}

/// Task `i` of a column, with its pairs (indices into `c.pairs`).
fn task(c: &Comparison, side: Column, i: usize, pairs: &[usize]) -> Block {
    let doc = match side {
        Column::A => &c.a,
        Column::B => &c.b,
    };
    let Some(t) = doc.tasks.get(i) else {
        return Block::Text(String::new());
    };
    let pairs: Vec<(usize, &TaskPair)> = (pairs.iter())
        .filter_map(|&k| c.pairs.get(k).map(|p| (k, p)))
        .collect();
    let runs = marked(&t.text, side, pairs.iter().map(|(_, p)| *p));
    Block::Task(TaskBlock {
        id: t.id.clone(),
        number: written_number(&t.number),
        runs: runs
            .into_iter()
            .map(|r| Run {
                text: doc.as_written(&r.text).into_owned(),
                ..r
            })
            .collect(),
        partners: (pairs.iter())
            .map(|(_, p)| match side {
                Column::A => p.b.clone(),
                Column::B => p.a.clone(),
            })
            .collect(),
        pair: pairs.first().map(|(i, _)| *i),
        changed: pairs.iter().any(|(_, p)| p.changed),
    })
}

/// `text` in runs, a character marked when every pair whose wording rebuilds `text` deletes it
/// (side A) or inserts it (side B), or leaves it to another pair of its split or merge
/// (`elsewhere`): in a split, what one partner lacks but another keeps is not a deletion. A
/// pair whose wording does not rebuild `text` (none, or of another text) is left out; with none
/// left, nothing is marked.
fn marked<'a>(text: &str, side: Column, pairs: impl Iterator<Item = &'a TaskPair>) -> Vec<Run> {
    let (own, away) = match side {
        Column::A => (WordOpKind::Delete, WordOpKind::AElsewhere),
        Column::B => (WordOpKind::Insert, WordOpKind::BElsewhere),
    };
    let chars: Vec<char> = text.chars().collect();
    let mut flags: Option<Vec<bool>> = None;
    for pair in pairs {
        let mut mine = Vec::with_capacity(chars.len());
        let mut rebuilt = String::with_capacity(text.len());
        for op in &pair.wording {
            let part = match side {
                Column::A => op.a_side(),
                Column::B => op.b_side(),
            };
            let Some(part) = part else { continue };
            rebuilt.push_str(part);
            let changed = op.op == own || op.op == away;
            mine.extend(part.chars().map(|_| changed));
        }
        if rebuilt != text {
            continue;
        }
        flags = Some(match flags {
            None => mine,
            Some(all) => all.iter().zip(&mine).map(|(x, y)| *x && *y).collect(),
        });
    }
    let flags = flags.unwrap_or_default();
    let mut runs: Vec<Run> = Vec::new();
    for (k, ch) in chars.iter().enumerate() {
        let changed = flags.get(k).copied().unwrap_or(false);
        match runs.last_mut() {
            Some(last) if last.changed == changed => last.text.push(*ch),
            _ => runs.push(Run {
                text: ch.to_string(),
                changed,
            }),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{PairKind, WordOp};

    fn op(op: WordOpKind, text: &str) -> WordOp {
        WordOp::new(op, text)
    }

    fn pair(a: &str, b: &str, wording: Vec<WordOp>) -> TaskPair {
        TaskPair {
            a: a.into(),
            b: b.into(),
            score: 1.0,
            kind: PairKind::Split,
            changed: true,
            wording,
            targets: Vec::new(),
            units: Default::default(),
        }
    }

    fn shown(runs: &[Run]) -> String {
        runs.iter()
            .map(|r| {
                if r.changed {
                    format!("[{}]", r.text)
                } else {
                    r.text.clone()
                }
            })
            .collect()
    }

    #[test]
    fn deletions_marked_in_a_insertions_in_b() {
        use WordOpKind::*;
        let p = pair(
            "1",
            "1",
            vec![op(Equal, "达"), op(Delete, "100%"), op(Insert, "到95%以上")],
        );
        assert_eq!(
            shown(&marked("达100%", Column::A, [&p].into_iter())),
            "达[100%]"
        );
        assert_eq!(
            shown(&marked("达到95%以上", Column::B, [&p].into_iter())),
            "达[到95%以上]"
        );
    }

    #[test]
    fn a_split_marks_in_a_only_what_no_partner_keeps() {
        use WordOpKind::*;
        let text = "甲乙丙";
        let one = pair("1", "1", vec![op(Equal, "甲"), op(Delete, "乙丙")]);
        let two = pair(
            "1",
            "2",
            vec![op(Delete, "甲"), op(Equal, "乙"), op(Delete, "丙")],
        );
        assert_eq!(
            shown(&marked(text, Column::A, [&one, &two].into_iter())),
            "甲乙[丙]"
        );
    }

    #[test]
    fn a_wording_of_another_text_marks_nothing() {
        use WordOpKind::*;
        let p = pair("1", "1", vec![op(Delete, "别的")]);
        assert_eq!(shown(&marked("甲乙", Column::A, [&p].into_iter())), "甲乙");
        assert_eq!(
            shown(&marked("甲乙", Column::A, std::iter::empty())),
            "甲乙"
        );
    }

    #[test]
    fn numbers_as_written() {
        for (n, w) in [
            ("二", "二、"),
            ("(三)", "（三）"),
            ("12", "12."),
            ("(一)#2", "（一）"),
            ("一是", "一是"),
        ] {
            assert_eq!(written_number(n), w, "{n}");
        }
    }

    #[test]
    fn every_block_in_reading_order_and_every_task_once() {
        let a = crate::parse_text(
            "甲市2023年工作要点\n为做好今年工作，制定本要点。\n一、依法行政\n今年要做好以下工作。\n（一）加强学法。每年学法4次。（牵头单位：市司法局）\n（二）规范执法。（牵头单位：市城管局）\n二、组织保障\n（三）开展督察。（牵头单位：市司法局）\n各单位要抓好落实。\n",
            "a.txt",
        );
        let b = crate::parse_text(
            "甲市2024年工作要点\n一、依法行政\n（一）加强学法。每年学法6次。（牵头单位：市司法局）\n（二）新增工作。（牵头单位：市财政局）\n二、组织保障\n（三）开展督察。（牵头单位：市司法局）\n",
            "b.txt",
        );
        let c = crate::compare(&a, &b);
        let view = side_by_side(&c);
        let kinds: Vec<String> = view
            .a
            .iter()
            .map(|b| match b {
                Block::Heading { number, title, .. } => format!("H {number}{title}"),
                Block::Text(t) => format!("T {t}"),
                Block::Task(t) => format!("K {}", t.id),
            })
            .collect();
        assert_eq!(
            kinds,
            [
                "T 为做好今年工作，制定本要点。",
                "H 一、依法行政",
                "T 今年要做好以下工作。",
                "K 一/(一)",
                "K 一/(二)",
                "H 二、组织保障",
                "K 二/(三)",
                "T 各单位要抓好落实。",
            ]
        );
        let task = |blocks: &[Block], id: &str| {
            blocks.iter().find_map(|b| match b {
                Block::Task(t) if t.id == id => Some(t.clone()),
                _ => None,
            })
        };
        let learn_a = task(&view.a, "一/(一)").unwrap_or_default();
        let learn_b = task(&view.b, "一/(一)").unwrap_or_default();
        assert_eq!(learn_a.partners, ["一/(一)"]);
        assert!(
            learn_a.changed
                && learn_a
                    .runs
                    .iter()
                    .any(|r| r.changed && r.text.contains('4'))
        );
        assert!(learn_b
            .runs
            .iter()
            .any(|r| r.changed && r.text.contains('6')));
        let changed: Vec<&str> = view
            .changes
            .iter()
            .map(|&i| c.pairs[i].b.as_str())
            .collect();
        assert!(changed.contains(&"一/(一)"), "{changed:?}");
        assert!(!changed.contains(&"二/(三)"), "{changed:?}");
        // Every task of B exactly once.
        let ids: Vec<&str> = view
            .b
            .iter()
            .filter_map(|b| match b {
                Block::Task(t) => Some(t.id.as_str()),
                _ => None,
            })
            .collect();
        let all: Vec<&str> = c.b.tasks.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, all);
    }

    #[test]
    fn tasks_missing_from_the_order_come_after_it_under_their_headings() {
        let mut a = crate::parse_text(
            "甲市工作要点\n一、依法行政\n（一）加强学法。\n（二）规范执法。\n",
            "a.txt",
        );
        a.reading.clear();
        let c = crate::compare(&a, &a);
        let view = side_by_side(&c);
        assert_eq!(view.a.len(), 3);
        assert!(matches!(&view.a[0], Block::Heading { number, .. } if number == "一、"));
        assert!(view.changes.is_empty());
    }
}
