//! The page's work for its Web Worker, as bytes both ways: parse one file, or compare two
//! documents with the user's corrections. The worker runs [`serve`]; the page encodes a
//! [`Request`] and decodes the [`Response`].

use super::{decode, Reader, Wire};
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
    /// The comparison with `a` and `b` left empty: the page has both documents already.
    Compared(Comparison),
}

impl Wire for Request {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            Request::Parse { name, bytes } => {
                out.push(0);
                name.put(out);
                out.extend_from_slice(bytes);
            }
            Request::Compare { a, b, corrections } => {
                out.push(1);
                a.put(out);
                b.put(out);
                corrections.put(out);
            }
        }
    }
    fn take(r: &mut Reader<'_>) -> Self {
        match r.byte() {
            0 => Request::Parse {
                name: Wire::take(r),
                bytes: r.rest().to_vec(),
            },
            1 => Request::Compare {
                a: Wire::take(r),
                b: Wire::take(r),
                corrections: Wire::take(r),
            },
            _ => {
                r.fail::<()>();
                Request::Parse {
                    name: String::new(),
                    bytes: Vec::new(),
                }
            }
        }
    }
}

impl Wire for Response {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            Response::Parsed(Ok(doc)) => {
                out.push(0);
                doc.put(out);
            }
            Response::Parsed(Err(err)) => {
                out.push(1);
                err.put(out);
            }
            Response::Compared(c) => {
                out.push(2);
                c.put(out);
            }
        }
    }
    fn take(r: &mut Reader<'_>) -> Self {
        match r.byte() {
            0 => Response::Parsed(Ok(Wire::take(r))),
            1 => Response::Parsed(Err(Wire::take(r))),
            2 => Response::Compared(Wire::take(r)),
            _ => {
                r.fail::<()>();
                Response::Parsed(Ok(Document::default()))
            }
        }
    }
}

/// Does what `request` asks.
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

/// The worker's entry: request bytes in, response bytes out (empty for bytes that are not a
/// request; the page then does the work itself).
pub fn serve(request: &[u8]) -> Vec<u8> {
    match decode::<Request>(request) {
        Some(request) => super::encode(&answer(request)),
        None => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::encode;

    fn fixture(name: &str) -> Vec<u8> {
        let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(path).expect("fixture present")
    }

    fn served(request: &Request) -> Option<Response> {
        decode(&serve(&encode(request)))
    }

    #[test]
    fn parse_and_compare_through_bytes_equal_the_direct_calls() {
        let (ta, tb) = (
            fixture("compare_shilishi_a.txt"),
            fixture("compare_shilishi_b.txt"),
        );
        let Some(Response::Parsed(Ok(a))) = served(&Request::Parse {
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
        let Some(Response::Compared(mut c)) = served(&Request::Compare {
            a: a.clone(),
            b: b.clone(),
            corrections: corrections.clone(),
        }) else {
            panic!("compared")
        };
        assert!(c.a.tasks.is_empty() && c.b.tasks.is_empty());
        (c.a, c.b) = (a.clone(), b.clone());
        assert_eq!(c, crate::compare_with(&a, &b, &corrections));
    }

    #[test]
    fn refused_files_come_back_as_errors_and_junk_as_nothing() {
        let Some(Response::Parsed(Err(err))) = served(&Request::Parse {
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
