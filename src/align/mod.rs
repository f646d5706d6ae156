//! Align: two Documents → which tasks pair with which, each pair with a score and a kind.
//!
//! Similarity is on character bigrams (TF-IDF over both documents, no dictionary), helped by
//! shared agencies, shared target metrics and aligned sections; position in the document is a
//! weak prior only. Look-alike tasks (the same text but for numbers) pair first, in document
//! order; then pairs are chosen best first, one to one; a task left over joins the task its
//! best partner already pairs with when it is clearly a part of it (a split in B, a merge from
//! A). Beyond the pairs, related links join tasks that share telling key phrases (weighed by a
//! background learned from many plans), many to many.

pub mod abbrev;
pub mod background;
pub mod matching;
pub mod order;
pub mod profile;
pub mod related;
pub mod sections;
mod sentences;

pub use matching::{align, Pairing, Scorer};
