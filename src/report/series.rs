//! A [`Series`] (a plan followed over the years) as JSON and as a Markdown table: a row per
//! lineage, a column per document, each cell its tasks, targets and lead units.

use std::fmt::Write;

use super::markdown::escape;
use crate::model::{LineageCell, Series};

/// The heading of a plan followed over the years (`plandiff track`).
pub const TRACK_HEADING: &str = "计划逐年对照";

/// The heading of several places side by side (`plandiff matrix`).
pub const MATRIX_HEADING: &str = "多地计划对照";

/// The series as pretty JSON (`plandiff track --json`).
pub fn series_json(series: &Series) -> String {
    serde_json::to_string_pretty(series).unwrap_or_default()
}

/// The series as a Markdown report: the documents, then one table row per lineage. `heading`
/// names the report ([`TRACK_HEADING`], [`MATRIX_HEADING`]).
pub fn series_markdown(series: &Series, heading: &str) -> String {
    let mut out = format!("# {heading}\n\n");
    for (i, d) in series.documents.iter().enumerate() {
        let title = if d.title.is_empty() {
            &d.name
        } else {
            &d.title
        };
        let _ = writeln!(
            out,
            "{}. {}（{}，{} 项任务）",
            i + 1,
            escape(title),
            escape(&d.name),
            d.tasks
        );
    }
    let absent = |c: &LineageCell| c.ids.is_empty();
    let gaps = series
        .lineages
        .iter()
        .filter(|l| l.cells.iter().any(absent))
        .count();
    let _ = writeln!(
        out,
        "\n共 {} 行（同一项工作一行），其中 {} 行不是每份文件都有。\n",
        series.lineages.len(),
        gaps
    );
    let header: Vec<String> = (1..=series.documents.len())
        .map(|i| format!("文件 {i}"))
        .collect();
    let _ = writeln!(out, "| 任务 | {} |", header.join(" | "));
    let _ = writeln!(out, "|---|{}", "---|".repeat(header.len()));
    for lineage in &series.lineages {
        let cells: Vec<String> = lineage.cells.iter().map(cell).collect();
        let _ = writeln!(
            out,
            "| {} | {} |",
            escape(&lineage.title),
            cells.join(" | ")
        );
    }
    out
}

/// One cell: the task ids, then the targets, then `牵头：` the leads; `—` when absent.
fn cell(c: &LineageCell) -> String {
    if c.ids.is_empty() {
        return "—".into();
    }
    let mut parts = vec![escape(&c.ids.join("、"))];
    parts.extend(c.targets.iter().map(|t| escape(t)));
    if !c.leads.is_empty() {
        parts.push(format!("牵头：{}", escape(&c.leads.join("、"))));
    }
    parts.join("<br>")
}
