//! Test support for the outline and extract tests: a fixture run through the outline and
//! extract stages, and lookups of its tasks.

#![allow(dead_code)] // Each test crate uses a different subset.

use plandiff::{Document, Target, Task};

/// The whole pipeline on a fixture's bytes, ingest included (for forms ingest reads: pages,
/// encodings, traditional characters).
pub fn parsed_fixture(name: &str) -> Document {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    plandiff::parse(&bytes, name).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The outline and extract stages on a fixture's text (ingest is not under test here).
pub fn fixture(name: &str) -> Document {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    plandiff::parse_text(&text, name)
}

/// The ids of a document's tasks, in order.
pub fn ids(doc: &Document) -> Vec<&str> {
    doc.tasks.iter().map(|t| t.id.as_str()).collect()
}

/// The task with this id; panics (naming the ids there are) when there is none.
pub fn task<'a>(doc: &'a Document, id: &str) -> &'a Task {
    doc.tasks
        .iter()
        .find(|t| t.id == id)
        .unwrap_or_else(|| panic!("no task {id} in {:?}", ids(doc)))
}

/// A task's targets as `metric|value|unit` lines, in order.
pub fn target_lines(t: &Task) -> Vec<String> {
    t.targets.iter().map(target_line).collect()
}

fn target_line(t: &Target) -> String {
    format!(
        "{}|{}|{}",
        t.metric,
        t.value.map(|v| v.to_string()).unwrap_or_default(),
        t.unit
    )
}

/// `metric|comparator|value|unit|deadline` of a target, empty parts for what it lacks.
pub fn target_brief(t: &Target) -> String {
    let cmp = serde_json::to_value(t.comparator).unwrap_or_default();
    format!(
        "{}|{}|{}|{}|{}",
        t.metric,
        cmp.as_str().unwrap_or(""),
        t.value.map(|v| v.to_string()).unwrap_or_default(),
        t.unit,
        t.deadline.as_deref().unwrap_or("")
    )
}

/// A target as `(metric, comparator, value, unit, deadline)`.
pub type TargetRow = (String, String, Option<f64>, String, Option<String>);

/// Every target of the tasks of `text` (outline and extract stages), as [`TargetRow`]s.
pub fn target_rows(text: &str) -> Vec<TargetRow> {
    let doc = plandiff::parse_text(text, "plan.txt");
    (doc.tasks.iter())
        .flat_map(|t| t.targets.iter())
        .map(|g| {
            (
                g.metric.clone(),
                format!("{:?}", g.comparator),
                g.value,
                g.unit.clone(),
                g.deadline.clone(),
            )
        })
        .collect()
}

/// `(lead units, responsible units)` of every task of `text` (outline and extract stages).
pub fn task_units(text: &str) -> Vec<(Vec<String>, Vec<String>)> {
    plandiff::parse_text(text, "示例.txt")
        .tasks
        .iter()
        .map(|t| (t.lead_units.clone(), t.responsible_units.clone()))
        .collect()
}

/// `(metric, value, deadline)` of every task's targets in `text`.
pub fn target_deadlines(text: &str) -> Vec<(String, Option<f64>, Option<String>)> {
    plandiff::parse_text(text, "示例.txt")
        .tasks
        .iter()
        .flat_map(|t| &t.targets)
        .map(|t| (t.metric.clone(), t.value, t.deadline.clone()))
        .collect()
}
