//! Report: a Comparison → JSON, CSV, Markdown, a self-contained HTML report, and Word (.docx)
//! and Excel (.xlsx) reports.

pub mod csv;
pub mod docx;
pub mod html;
pub mod labels;
pub mod markdown;
mod ooxml;
mod render;
pub mod rows;
pub mod series;
pub mod xlsx;

use crate::model::{Comparison, Document};

pub use csv::comparison_csv;
pub use docx::comparison_docx;
pub use html::comparison_html;
pub use markdown::comparison_markdown;
pub use xlsx::comparison_xlsx;

/// The Document as pretty JSON (the shape of `plandiff parse --json`).
pub fn document_json(doc: &Document) -> String {
    serde_json::to_string_pretty(doc).unwrap_or_default()
}

/// The Comparison as pretty JSON (the shape of `plandiff compare --json`).
pub fn comparison_json(c: &Comparison) -> String {
    serde_json::to_string_pretty(c).unwrap_or_default()
}

/// [`comparison_json`] written to `out` as it is made, without the whole text in memory (the
/// CLI: at 100× the size of a city plan the JSON is 13 MB). The same bytes, no final newline.
pub fn write_comparison_json<W: std::io::Write>(out: W, c: &Comparison) -> std::io::Result<()> {
    serde_json::to_writer_pretty(out, c).map_err(std::io::Error::from)
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
