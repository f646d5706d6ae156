//! Report: a Comparison → JSON, CSV, Markdown and a self-contained HTML report.

use crate::model::{Comparison, Document};

/// The Document as pretty JSON (the shape of `plandiff parse --json`).
pub fn document_json(doc: &Document) -> String {
    serde_json::to_string_pretty(doc).unwrap_or_default()
}

/// The Comparison as pretty JSON (the shape of `plandiff compare --json`).
pub fn comparison_json(c: &Comparison) -> String {
    serde_json::to_string_pretty(c).unwrap_or_default()
}

/// The Comparison as CSV for Excel.
pub fn comparison_csv(c: &Comparison) -> String {
    let _ = c;
    String::new()
}

/// The Comparison as a Markdown report.
pub fn comparison_markdown(c: &Comparison) -> String {
    let _ = c;
    String::new()
}

/// The Comparison as one self-contained HTML file.
pub fn comparison_html(c: &Comparison) -> String {
    let _ = c;
    String::new()
}

/// A Document as a short human-readable outline (the default of `plandiff parse`).
pub fn document_text(doc: &Document) -> String {
    let mut out = format!(
        "{}（{}，{}，{} 项任务）\n",
        doc.title,
        doc.format,
        doc.encoding,
        doc.tasks.len()
    );
    for task in &doc.tasks {
        out.push_str(&format!("{}  {}\n", task.id, task.heading));
    }
    for w in &doc.warnings {
        out.push_str(&format!("注意：{w}\n"));
    }
    out
}
