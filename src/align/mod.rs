//! Align: two Documents → which tasks pair with which, each pair with a score and a kind.
//!
//! Similarity is on character bigrams (TF-IDF over both documents, no dictionary), helped by
//! shared agencies and shared target metrics; position in the document is a weak prior only.
//! Pairs are chosen best first, one to one; a task left over joins the task its best partner
//! already pairs with when it is clearly a part of it (a split in B, a merge from A).

pub mod chars;
pub mod matching;
pub mod profile;

pub use matching::{align, Pairing, Scorer};
