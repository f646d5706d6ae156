//! Extract: a task's text → its units (牵头单位/责任单位) and targets (量化指标).

use crate::model::Document;

/// Fills in the units and targets of every task of `doc`.
pub fn annotate(doc: &mut Document) {
    let _ = doc;
}
