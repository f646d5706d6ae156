//! The page's work for its Web Worker, as bytes both ways: read a file, or compare two
//! documents the worker read before (it keeps them, so they are not sent back). postcard
//! through serde: compact and fast. It is not self-describing, so a model field must never be
//! left out by `skip_serializing_if` (see `Target`'s `Serialize`); the round-trip tests of every
//! fixture's document and comparison check that.

use crate::model::{Comparison, Corrections, Document, Ignore, Series};
use crate::{ParseError, ReadOptions};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::cell::RefCell;

/// What the page asks for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Request {
    /// Read one file; the document read is kept under `id`.
    Parse {
        /// The page's job id.
        id: u32,
        /// The file name.
        name: String,
        /// Its content.
        #[serde(with = "serde_bytes")]
        bytes: Vec<u8>,
    },
    /// Compare two documents read before, by the ids of the jobs that read them.
    Compare {
        /// The job that read document A.
        a: u32,
        /// The job that read document B.
        b: u32,
        /// The user's corrections to the pairing (and notes on rows).
        corrections: Corrections,
        /// What the wording diff ignores.
        ignore: Ignore,
    },
    /// Read several files and follow their tasks through them: over the years (in the order
    /// given) or, with `places`, side by side.
    Series {
        /// The files, in order.
        files: Vec<NamedFile>,
        /// Several places ([`crate::track::matrix`]) rather than one plan over the years
        /// ([`crate::track::track`]).
        places: bool,
    },
}

/// A file as the page read it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NamedFile {
    /// The file name.
    pub name: String,
    /// Its content.
    #[serde(with = "serde_bytes")]
    pub bytes: Vec<u8>,
}

/// [`Request::Series`]'s work: each file read (the first that cannot be read is the answer),
/// then tracked or set side by side.
pub fn series(
    files: &[NamedFile],
    places: bool,
    options: &ReadOptions,
) -> Result<Series, ParseError> {
    let docs = (files.iter())
        .map(|f| crate::parse_with(&f.bytes, &f.name, options))
        .collect::<Result<Vec<Document>, ParseError>>()?;
    Ok(if places {
        crate::track::matrix(&docs)
    } else {
        crate::track::track(&docs)
    })
}

/// What the worker answers.
// One value per message, moved once: boxing the large variant would only add code.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Response {
    /// The file read, or why not.
    Parsed(Result<Document, ParseError>),
    /// The comparison with its two documents left empty: the page has them ([`complete`]).
    Compared(Comparison),
    /// A document to compare is no longer kept here: the page does the job itself.
    Forgotten,
    /// The lineages of several files, or why a file could not be read.
    Series(Result<Series, ParseError>),
}

/// How many documents a worker keeps: the page shows two, and may replace one meanwhile.
const KEPT: usize = 4;

thread_local! {
    /// The documents read last, by the id of the job that read them, oldest first.
    static READ: RefCell<Vec<(u32, Document)>> = const { RefCell::new(Vec::new()) };
}

/// Does what `request` asks.
pub fn answer(request: Request, options: &ReadOptions) -> Response {
    match request {
        Request::Parse { id, name, bytes } => {
            let parsed = crate::parse_with(&bytes, &name, options);
            if let Ok(doc) = &parsed {
                READ.with_borrow_mut(|read| {
                    if read.len() == KEPT {
                        read.remove(0);
                    }
                    read.push((id, doc.clone()));
                });
            }
            Response::Parsed(parsed)
        }
        Request::Compare {
            a,
            b,
            corrections,
            ignore,
        } => READ.with_borrow(|read| {
            let find = |id: u32| read.iter().find(|(i, _)| *i == id).map(|(_, doc)| doc);
            match (find(a), find(b)) {
                (Some(a), Some(b)) => {
                    let mut c = crate::compare_ignoring(a, b, &corrections, &ignore);
                    c.a = Document::default();
                    c.b = Document::default();
                    Response::Compared(c)
                }
                _ => Response::Forgotten,
            }
        }),
        Request::Series { files, places } => Response::Series(series(&files, places, options)),
    }
}

/// The whole comparison from what the worker sent: the two documents put back.
pub fn complete(mut c: Comparison, a: Document, b: Document) -> Comparison {
    c.a = a;
    c.b = b;
    c
}

/// A value as bytes.
pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    // Writing to a Vec fails only for a type postcard cannot write, which the model has none of.
    postcard::to_allocvec(value).unwrap_or_default()
}

/// A value from bytes; `None` for bytes that are not one.
pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    postcard::from_bytes(bytes).ok()
}

/// The worker's entry: request bytes in, response bytes out (empty for bytes that are not a
/// request; the page then does the work itself).
pub fn serve(request: &[u8], options: &ReadOptions) -> Vec<u8> {
    match decode::<Request>(request) {
        Some(request) => encode(&answer(request, options)),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests;
