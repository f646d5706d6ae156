//! Extract: a task's text → its units (牵头单位/责任单位) and targets (量化指标).
//!
//! In a report ([`DocKind::Report`]) the numbers are figures already achieved, not
//! commitments: they are read as targets of kind `achieved`, so that a plan can be checked
//! against its report.

pub mod deadline;
pub mod horizon;
pub mod metric;
pub mod names;
pub mod period;
pub mod quantity;
pub mod roles;
pub mod scan;
pub mod shared;
pub mod targets;
pub mod units;
pub mod unlabelled;

use crate::model::{DocKind, Document, TargetKind};

/// Fills in the units and targets of every task of `doc` (and the targets of its goals), and warns about tasks without units
/// in a plan where most tasks have them.
pub fn annotate(doc: &mut Document) {
    annotate_noted(doc, false);
}

/// [`annotate`], for a plan whose text says the first-listed unit of each list leads
/// ([`units::first_leads_noted`]): tasks naming no lead get their first-listed unit as lead.
///
/// A note in a task's bracket that holds below (`列第一位者为牵头单位，下同`) is such a note
/// for the whole plan.
pub fn annotate_noted(doc: &mut Document, first_leads: bool) {
    let mut found: Vec<units::Units> = (doc.tasks.iter())
        .map(|t| units::extract(&t.text))
        .collect();
    let first_leads = first_leads || found.iter().any(|u| u.first_leads_below);
    let reading = targets::Reading {
        year: horizon::document_year(&doc.title),
        kind: match doc.kind {
            DocKind::Plan => TargetKind::Commitment,
            DocKind::Report => TargetKind::Achieved,
        },
    };
    for (task, mut u) in doc.tasks.iter_mut().zip(found.drain(..)) {
        if first_leads {
            units::apply_first_leads(&mut u);
        }
        task.full_names = u.full_names();
        task.lead_units = u.lead;
        task.responsible_units = u.responsible;
        task.targets = targets::extract_in(&task.text, reading);
    }
    if doc.kind == DocKind::Plan {
        for goal in &mut doc.goals {
            goal.targets = targets::extract(&goal.text);
        }
    }
    let with_units = doc
        .tasks
        .iter()
        .filter(|t| !t.lead_units.is_empty() || !t.responsible_units.is_empty())
        .count();
    if with_units * 2 > doc.tasks.len() && with_units < doc.tasks.len() {
        let missing: Vec<&str> = doc
            .tasks
            .iter()
            .filter(|t| t.lead_units.is_empty() && t.responsible_units.is_empty())
            .map(|t| t.id.as_str())
            .collect();
        doc.warnings.push(format!(
            "缺少单位：任务 {} 没有找到牵头单位或责任单位（其他任务大多有），请核对原文",
            missing.join("、")
        ));
    }
}
