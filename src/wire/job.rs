//! The page's work for its Web Worker, as bytes both ways: parse one file, or compare two
//! documents with the user's corrections. The worker runs [`serve`]; the page encodes a
//! [`Request`] and decodes the [`Response`].

use super::{decode, encode, Io, Wire};
use crate::model::{Comparison, Corrections, Document};
use crate::ParseError;

/// What the page asks for.
// One value per message, moved once: boxing the large variant would only add code.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// Read one file.
    Parse {
        /// The file name.
        name: String,
        /// Its content.
        bytes: Vec<u8>,
    },
    /// Compare two documents.
    Compare {
        /// Document A.
        a: Document,
        /// Document B.
        b: Document,
        /// The user's corrections to the pairing.
        corrections: Corrections,
    },
}

/// What the worker answers.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Response {
    /// The file read, or why not.
    Parsed(Result<Document, ParseError>),
    /// The comparison's pairs and one-sided ids only: `a`, `b`, `summary` and `agencies` are
    /// left empty, for [`complete`] to fill on the page's side (it has both documents).
    Compared(Comparison),
}

impl Wire for Request {
    fn blank() -> Self {
        Request::Parse {
            name: String::new(),
            bytes: Vec::new(),
        }
    }
    fn visit(&mut self, io: &mut dyn Io) {
        let mut tag = match self {
            Request::Parse { .. } => 0,
            Request::Compare { .. } => 1,
        };
        io.num(&mut tag);
        if io.reading() {
            *self = match tag {
                0 => Request::blank(),
                1 => Request::Compare {
                    a: Document::blank(),
                    b: Document::blank(),
                    corrections: Corrections::blank(),
                },
                _ => {
                    io.fail();
                    return;
                }
            };
        }
        match self {
            Request::Parse { name, bytes } => {
                name.visit(io);
                io.raw(bytes);
            }
            Request::Compare { a, b, corrections } => {
                a.visit(io);
                b.visit(io);
                corrections.visit(io);
            }
        }
    }
}

impl Wire for Response {
    fn blank() -> Self {
        Response::Parsed(Ok(Document::default()))
    }
    fn visit(&mut self, io: &mut dyn Io) {
        let mut tag = match self {
            Response::Parsed(Ok(_)) => 0,
            Response::Parsed(Err(_)) => 1,
            Response::Compared(_) => 2,
        };
        io.num(&mut tag);
        if io.reading() {
            *self = match tag {
                0 => Response::blank(),
                1 => Response::Parsed(Err(ParseError::blank())),
                2 => Response::Compared(Comparison::blank()),
                _ => {
                    io.fail();
                    return;
                }
            };
        }
        match self {
            Response::Parsed(Ok(doc)) => doc.visit(io),
            Response::Parsed(Err(err)) => err.visit(io),
            Response::Compared(c) => {
                c.pairs.visit(io);
                c.related.visit(io);
                c.a_only.visit(io);
                c.b_only.visit(io);
            }
        }
    }
}

/// Does what `request` asks; a comparison comes back as [`Response::Compared`] describes.
pub fn answer(request: Request) -> Response {
    match request {
        Request::Parse { name, bytes } => Response::Parsed(crate::parse(&bytes, &name)),
        Request::Compare { a, b, corrections } => {
            let mut c = crate::compare_with(&a, &b, &corrections);
            c.a = Document::default();
            c.b = Document::default();
            Response::Compared(c)
        }
    }
}

/// The whole comparison from what the worker sent: the two documents put back, the counts and
/// the by-agency rows computed again from the pairs (cheap, and less to send).
pub fn complete(mut c: Comparison, a: Document, b: Document) -> Comparison {
    c.summary = crate::compare::summarize_all(&c);
    c.agencies = crate::diff::by_agency::by_agency(&a, &b, &c.pairs, &c.a_only, &c.b_only);
    c.a = a;
    c.b = b;
    c
}

/// The worker's entry: request bytes in, response bytes out (empty for bytes that are not a
/// request; the page then does the work itself).
pub fn serve(request: &[u8]) -> Vec<u8> {
    match decode::<Request>(request) {
        Some(request) => encode(&mut answer(request)),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(path).expect("fixture present")
    }

    fn served(mut request: Request) -> Option<Response> {
        decode(&serve(&encode(&mut request)))
    }

    #[test]
    fn parse_and_compare_through_bytes_equal_the_direct_calls() {
        let (ta, tb) = (
            fixture("compare_shilishi_a.txt"),
            fixture("compare_shilishi_b.txt"),
        );
        let Some(Response::Parsed(Ok(a))) = served(Request::Parse {
            name: "a.txt".into(),
            bytes: ta.clone(),
        }) else {
            panic!("a parsed")
        };
        assert_eq!(a, crate::parse(&ta, "a.txt").unwrap());
        let b = crate::parse(&tb, "b.txt").unwrap();
        let corrections = Corrections {
            unpaired: vec![("四/(九)".into(), "四/(九)".into())],
            paired: vec![],
        };
        let Some(Response::Compared(c)) = served(Request::Compare {
            a: a.clone(),
            b: b.clone(),
            corrections: corrections.clone(),
        }) else {
            panic!("compared")
        };
        assert!(c.a.tasks.is_empty() && c.agencies.is_empty() && c.summary.pairs == 0);
        let c = complete(c, a.clone(), b.clone());
        assert_eq!(c, crate::compare_with(&a, &b, &corrections));
    }

    #[test]
    fn refused_files_come_back_as_errors_and_junk_as_nothing() {
        let Some(Response::Parsed(Err(err))) = served(Request::Parse {
            name: "x.pdf".into(),
            bytes: b"%PDF-1.4".to_vec(),
        }) else {
            panic!("an error")
        };
        assert_eq!(err.kind, crate::ErrorKind::Pdf);
        assert!(serve(&[7, 1, 2]).is_empty());
        assert!(serve(&[]).is_empty());
    }
}
