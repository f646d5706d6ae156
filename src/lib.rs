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

// Leaf modules shared by the stages (they import no stage): text keys and agency names.
pub mod agency;
pub mod align;
#[cfg(not(target_arch = "wasm32"))]
pub mod batch;
pub mod chars;
pub mod compare;
pub mod diff;
pub mod error;
pub mod extract;
mod fixed;
pub mod ingest;
mod lis;
pub mod model;
pub mod outline;
pub mod par;
pub mod report;
pub mod side_by_side;
mod sort;
pub mod task_index;
pub mod track;
pub mod wire;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod app;

pub use compare::{compare, compare_ignoring, compare_owned, compare_owned_ignoring, compare_with};
pub use error::{ErrorKind, ParseError};
pub use ingest::ReadOptions;
pub use model::*;

/// Reads one file's bytes into a [`Document`]: format and encoding sniffed, tasks found, units
/// and targets extracted. `name` is the file name, used for the format and in messages.
///
/// Errors are for input that cannot be read at all (empty, binary, corrupt .docx, too large); a
/// readable file with no numbered tasks gives an empty task list and a warning.
pub fn parse(bytes: &[u8], name: &str) -> Result<Document, ParseError> {
    parse_with(bytes, name, &ReadOptions::default())
}

/// [`parse`] with the decoders given: the page passes the browser's GB18030 decoder, natively
/// the default (`encoding_rs`) serves.
pub fn parse_with(bytes: &[u8], name: &str, options: &ReadOptions) -> Result<Document, ParseError> {
    let text = ingest::read_with(bytes, name, options)?;
    let page_title = if text.original_chars.is_empty() {
        text.page_title.clone()
    } else {
        ingest::script::simplify(&text.page_title)
    };
    let mut doc = parse_titled(&text.text, name, &page_title);
    doc.encoding = text.encoding;
    doc.format = text.format;
    // What ingest repaired comes first: it concerns the whole file.
    doc.warnings.splice(0..0, text.warnings);
    doc.original_chars = text.original_chars;
    Ok(doc)
}

/// The stages after [`ingest`]: plain text (one paragraph a line, as [`ingest::read`] gives it)
/// into a [`Document`] with its tasks, units and targets. `encoding` and `format` stay empty.
pub fn parse_text(text: &str, name: &str) -> Document {
    parse_titled(text, name, "")
}

/// [`parse_text`], with a page's `<title>` for a text that gives no title (else the file name).
fn parse_titled(text: &str, name: &str, page_title: &str) -> Document {
    let mut doc = outline::outline(text);
    doc.name = name.to_string();
    if doc.title.is_empty() {
        // No title in the text: a page's `<title>`, else the file's name.
        let fallback = outline::boilerplate::title_from_page(page_title)
            .or_else(|| outline::boilerplate::title_from_file_name(name));
        doc.title = fallback.unwrap_or_default();
        if outline::boilerplate::kind_of(&doc.title) == DocKind::Report {
            doc.kind = DocKind::Report;
        }
    }
    extract::annotate_noted(&mut doc, extract::units::first_leads_noted(text));
    doc
}

/// What the unit tests of several modules share.
#[cfg(test)]
pub(crate) mod test_support {
    /// A fixture of `tests/fixtures/`, parsed.
    pub fn fixture(name: &str) -> crate::model::Document {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        crate::parse(&std::fs::read(path).unwrap(), name).unwrap()
    }
}
