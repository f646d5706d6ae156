//! Diff: one pair of tasks → wording ops, target changes and unit changes.

mod anchors;
pub mod by_agency;
pub mod coverage;
pub mod groups;
pub mod meaning;
pub mod targets;
pub mod units;
pub mod wording;

pub use targets::{diff_goal_targets, diff_targets, diff_targets_weighted};
pub use units::{diff_units, diff_units_keyed};
pub use wording::{diff_words, diff_words_with};

/// Whether a pair changed at all: its wording, a target or a unit.
pub fn is_changed(p: &crate::model::TaskPair) -> bool {
    use crate::model::TargetChangeKind;
    p.wording.iter().any(crate::model::WordOp::is_change)
        || p.targets.iter().any(|t| t.change != TargetChangeKind::Same)
        || !p.units.changes.is_empty()
}
