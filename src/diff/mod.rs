//! Diff: one pair of tasks → wording ops, target changes and unit changes.

pub mod agency;
pub mod by_agency;
pub mod groups;
pub mod meaning;
pub mod targets;
pub mod units;
pub mod wording;

pub use targets::{diff_targets, diff_targets_weighted};
pub use units::{diff_units, diff_units_keyed};
pub use wording::diff_words;
