//! The page's one state, the actions that change it, and the reducer (`use_reducer` at the root).
//!
//! The reducer calls the core (`plandiff::parse`, `plandiff::compare_with`); components only
//! render what is here.

use super::text::{tr, Lang, Text};
use crate::model::{Comparison, Corrections, Document};
use std::rc::Rc;
use yew::Reducible;

/// Which of the two documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The base (last year, city A).
    A,
    /// The other (this year, city B).
    B,
}

impl Side {
    /// `a` or `b`, for test ids and element ids.
    pub fn key(self) -> &'static str {
        match self {
            Side::A => "a",
            Side::B => "b",
        }
    }
}

/// A file read and parsed.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// The file name as the user gave it.
    pub name: String,
    /// Its size in bytes.
    pub size: usize,
    /// The parsed document.
    pub doc: Rc<Document>,
}

/// One drop zone's state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SideState {
    /// The last file read successfully.
    pub loaded: Option<Loaded>,
    /// A message when the last file could not be used (the previous one stays loaded).
    pub error: Option<String>,
}

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The page's language.
    pub lang: Lang,
    /// Document A.
    pub a: SideState,
    /// Document B.
    pub b: SideState,
    /// The comparison, once both sides are loaded.
    pub comparison: Option<Rc<Comparison>>,
    /// The user's corrections to the pairing.
    pub corrections: Corrections,
}

impl State {
    /// The state of one side.
    pub fn side(&self, side: Side) -> &SideState {
        match side {
            Side::A => &self.a,
            Side::B => &self.b,
        }
    }

    fn side_mut(&mut self, side: Side) -> &mut SideState {
        match side {
            Side::A => &mut self.a,
            Side::B => &mut self.b,
        }
    }

    /// Compares again when both documents are loaded, else forgets the comparison.
    fn recompare(&mut self) {
        self.comparison = match (&self.a.loaded, &self.b.loaded) {
            (Some(a), Some(b)) => Some(Rc::new(crate::compare_with(
                &a.doc,
                &b.doc,
                &self.corrections,
            ))),
            _ => None,
        };
    }
}

/// What can happen on the page.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A file's bytes were read in the browser.
    FileRead {
        /// Which drop zone.
        side: Side,
        /// The file name.
        name: String,
        /// Its content.
        bytes: Rc<Vec<u8>>,
    },
    /// The browser could not read a file.
    FileFailed {
        /// Which drop zone.
        side: Side,
        /// The file name.
        name: String,
    },
    /// Switch the page's language.
    SetLang(Lang),
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::FileRead { side, name, bytes } => {
                let lang = next.lang;
                match crate::parse(&bytes, &name) {
                    Ok(doc) => {
                        let state = next.side_mut(side);
                        state.error = None;
                        state.loaded = Some(Loaded {
                            name,
                            size: bytes.len(),
                            doc: Rc::new(doc),
                        });
                        next.corrections = Corrections::default();
                        next.recompare();
                    }
                    Err(err) => {
                        let message = match lang {
                            Lang::Zh => err.to_string(),
                            Lang::En => format!("{name}: {}", err.message),
                        };
                        next.side_mut(side).error = Some(message);
                    }
                }
            }
            Action::FileFailed { side, name } => {
                let message = format!("{name}：{}", tr(next.lang, Text::CannotRead));
                next.side_mut(side).error = Some(message);
            }
            Action::SetLang(lang) => next.lang = lang,
        }
        Rc::new(next)
    }
}
