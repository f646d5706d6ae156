//! Diff: one pair of tasks → wording ops, target changes and unit changes.
