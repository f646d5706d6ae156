//! Compare: two Documents → a Comparison (align, then diff each pair, then count).

use crate::model::{Comparison, Corrections, Document, Summary};

/// Compares two documents with the automatic pairing.
pub fn compare(a: &Document, b: &Document) -> Comparison {
    compare_with(a, b, &Corrections::default())
}

/// Compares two documents, applying a user's corrections to the automatic pairing.
pub fn compare_with(a: &Document, b: &Document, corrections: &Corrections) -> Comparison {
    let _ = corrections;
    Comparison {
        a: a.clone(),
        b: b.clone(),
        pairs: Vec::new(),
        a_only: a.tasks.iter().map(|t| t.id.clone()).collect(),
        b_only: b.tasks.iter().map(|t| t.id.clone()).collect(),
        summary: Summary::default(),
    }
}
