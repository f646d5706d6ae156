//! PlanDiff's core: read two Chinese government plan documents and compare them task by task.
//!
//! The pipeline runs one way, each stage a pure function of its input:
//!
//! ```text
//! bytes ─► ingest ─► outline ─► extract ─► align ─► diff ─► Comparison ─► report
//! ```
//!
//! ```
//! let a = plandiff::parse("一、加强学法。每年学法不少于4次。（牵头单位：市司法局）".as_bytes(), "a.txt").unwrap();
//! let b = plandiff::parse("一、加强学法。每年学法不少于6次。（牵头单位：市司法局）".as_bytes(), "b.txt").unwrap();
//! let comparison = plandiff::compare(&a, &b);
//! assert_eq!(comparison.a.tasks.len(), 1);
//! ```
//!
//! The core has no web dependency; the Yew page (`app`, wasm only) and the `plandiff` CLI are
//! thin adapters over [`parse`] and [`compare`].

pub mod align;
pub mod compare;
pub mod diff;
pub mod error;
pub mod extract;
mod fixed;
pub mod ingest;
pub mod model;
pub mod outline;
pub mod par;
pub mod report;
mod sort;
pub mod task_index;
pub mod wire;

#[cfg(target_arch = "wasm32")]
pub mod app;

pub use compare::{compare, compare_owned, compare_with};
pub use error::{ErrorKind, ParseError};
pub use model::*;

/// Reads one file's bytes into a [`Document`]: format and encoding sniffed, tasks found, units
/// and targets extracted. `name` is the file name, used for the format and in messages.
///
/// Errors are for input that cannot be read at all (empty, binary, corrupt .docx, too large); a
/// readable file with no numbered tasks gives an empty task list and a warning.
pub fn parse(bytes: &[u8], name: &str) -> Result<Document, ParseError> {
    let text = ingest::read(bytes, name)?;
    let mut doc = outline::outline(&text.text);
    doc.name = name.to_string();
    doc.encoding = text.encoding;
    doc.format = text.format;
    // What ingest repaired comes first: it concerns the whole file.
    doc.warnings.splice(0..0, text.warnings);
    extract::annotate_noted(&mut doc, extract::units::first_leads_noted(&text.text));
    Ok(doc)
}
