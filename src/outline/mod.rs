//! Outline: plain text → a Document's title, sections and tasks (numbering, boilerplate, tree).

use crate::model::Document;

/// Finds the title, sections and tasks of a plan's text. Units and targets are left empty.
pub fn outline(text: &str) -> Document {
    let _ = text;
    Document::default()
}
