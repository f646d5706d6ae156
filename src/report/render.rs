//! Pieces the HTML and Markdown exports write the same way, each given the export's own
//! `escape` and markup.

use super::labels;
use crate::model::{Document, UnitChange, WordOp, WordOpKind};
use std::fmt::Write;

/// A document's name for a reader: its title, else its file name.
pub fn doc_name(d: &Document, escape: fn(&str) -> String) -> String {
    escape(labels::document_name(d))
}

/// What a reader should know of the two documents before reading the comparison, one line
/// each: a report's figures are results, not targets; and each document's parse warnings.
/// Empty when there is nothing to say.
pub fn document_notes(c: &crate::model::Comparison) -> Vec<String> {
    let mut out = Vec::new();
    for (side, d) in [("A", &c.a), ("B", &c.b)] {
        if d.kind == crate::model::DocKind::Report {
            out.push(format!(
                "{side} 是工作报告或总结：其中的数字是完成情况，不是目标"
            ));
        }
        out.extend(d.warnings.iter().map(|w| format!("{side}：{w}")));
    }
    out
}

/// `短名（id）` of the task with this id, or the bare id when the document has none.
pub fn task_label(doc: &Document, id: &str, escape: fn(&str) -> String) -> String {
    match doc.tasks.iter().find(|t| t.id == id) {
        Some(t) => format!("{}（{}）", escape(&labels::task_title(t)), escape(id)),
        None => escape(id),
    }
}

/// The agency of a unit change: `A名 → B名` when renamed, else the one name it has.
pub fn unit_name(u: &UnitChange, escape: fn(&str) -> String) -> String {
    escape(&labels::unit_name(u))
}

/// How [`push_wording`] marks each kind of text: an opening and a closing mark each.
pub struct Marks<'a> {
    /// Text only in A.
    pub del: [&'a str; 2],
    /// Text only in B.
    pub ins: [&'a str; 2],
    /// Text another pair of a split or merge shows, followed by `→ partner`.
    pub elsewhere: [&'a str; 2],
}

/// The wording ops: equal text as is (alike text as B has it), deleted text inside `del`,
/// inserted text inside `ins`, and text another pair of the group shows inside `elsewhere`
/// with the partner's id (`〔执法全过程记录… → 二/(七)〕`).
pub fn push_wording(
    out: &mut String,
    wording: &[WordOp],
    escape: fn(&str) -> String,
    marks: &Marks,
) {
    for w in wording {
        let [open, close] = match w.op {
            WordOpKind::Equal | WordOpKind::Alike => ["", ""],
            WordOpKind::Delete => marks.del,
            WordOpKind::Insert => marks.ins,
            WordOpKind::AElsewhere | WordOpKind::BElsewhere => marks.elsewhere,
        };
        let text = escape(w.b_side().unwrap_or(&w.text));
        let partner = match &w.partner {
            Some(p) if w.op != WordOpKind::Equal => format!(" → {}", escape(p)),
            _ => String::new(),
        };
        let _ = write!(out, "{open}{text}{partner}{close}");
    }
}
