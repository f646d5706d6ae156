//! Pieces the HTML and Markdown exports write the same way, each given the export's own
//! `escape` and markup.

use super::labels;
use crate::model::{Document, UnitChange, WordOp, WordOpKind};
use std::fmt::Write;

/// A document's name for a reader: its title, else its file name.
pub fn doc_name(d: &Document, escape: fn(&str) -> String) -> String {
    escape(labels::document_name(d))
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

/// The wording ops, equal text as is, deleted text inside `del` and inserted inside `ins`
/// (each an opening and a closing mark).
pub fn push_wording(
    out: &mut String,
    wording: &[WordOp],
    escape: fn(&str) -> String,
    del: [&str; 2],
    ins: [&str; 2],
) {
    for w in wording {
        let text = escape(&w.text);
        let [open, close] = match w.op {
            WordOpKind::Equal => ["", ""],
            WordOpKind::Delete => del,
            WordOpKind::Insert => ins,
        };
        let _ = write!(out, "{open}{text}{close}");
    }
}
