//! The page's one state, the actions that change it, and the reducer (`use_reducer` at the root).
//!
//! The reducer does not call the core itself: it makes [`Job`]s (parse a file, compare two
//! documents) that the root component hands to the worker ([`super::worker`]), whose answers
//! come back as [`Action::Parsed`] and [`Action::Compared`]; answers to jobs made stale since
//! (a file replaced, corrections changed) are ignored. Components only render what is here.
//! Corrections are read from localStorage when both files are loaded (the root component writes
//! them back).

use super::browser;
use super::text::{about_file, parse_error, tr, Lang, Text};
use crate::model::{Comparison, Corrections, Document, Ignore, Note};
use crate::ParseError;
use std::rc::Rc;
use yew::Reducible;

/// A shared value compared by identity: props holding a whole document or comparison then
/// compare in O(1) instead of field by field on every render.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Shared<T> {
    /// Wraps a value.
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Which of the two documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The base (last year, city A).
    A,
    /// The other (this year, city B).
    B,
}

impl Side {
    /// The other side.
    pub fn other(self) -> Side {
        match self {
            Side::A => Side::B,
            Side::B => Side::A,
        }
    }

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
    /// A hash of the content: the key under which pairing corrections are kept.
    pub hash: String,
    /// The parsed document.
    pub doc: Shared<Document>,
    /// The id of the job that read it (the worker keeps the document under it).
    pub read_by: u32,
}

/// One drop zone's state.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SideState {
    /// The last file read successfully.
    pub loaded: Option<Loaded>,
    /// A message when the last file could not be used (the previous one stays loaded).
    pub error: Option<String>,
    /// The job reading the latest file given, until it answers.
    pub pending: Option<u32>,
}

/// Work for the core, done off the main thread.
#[derive(Debug, Clone, PartialEq)]
pub struct Job {
    /// Its id: ids only grow, so an answer can be matched to the latest job of its kind.
    pub id: u32,
    /// What to do.
    pub work: Work,
}

impl Job {
    /// Whether the job reads a PDF (the worker then needs the PDF module).
    pub fn reads_pdf(&self) -> bool {
        matches!(&self.work, Work::Parse { name, bytes, .. } if crate::ingest::is_pdf(bytes, name))
    }
}

/// What a [`Job`] does.
#[derive(Debug, Clone, PartialEq)]
pub enum Work {
    /// Read a file into one side.
    Parse {
        /// Which drop zone.
        side: Side,
        /// The file name.
        name: String,
        /// Its content.
        bytes: Rc<Vec<u8>>,
    },
    /// Compare the two loaded documents.
    Compare {
        /// Document A.
        a: Shared<Document>,
        /// Document B.
        b: Shared<Document>,
        /// The jobs that read A and B: the worker compares the documents it kept.
        read_by: (u32, u32),
        /// The corrections to apply.
        corrections: Corrections,
        /// What the wording diff ignores.
        ignore: Ignore,
    },
}

/// The three ways to look at a comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Two aligned columns, one row per pair or unmatched task.
    #[default]
    ByTask,
    /// Per agency: the tasks it leads in A and in B.
    ByAgency,
    /// Every target change in one table.
    Targets,
    /// The two documents as they read, side by side.
    Documents,
}

impl View {
    /// Every view, in the order of the tabs.
    pub const ALL: [View; 4] = [View::ByTask, View::ByAgency, View::Targets, View::Documents];

    /// `by-task`, `by-agency`, `targets`, `documents`: test ids and element ids.
    pub fn code(self) -> &'static str {
        match self {
            View::ByTask => "by-task",
            View::ByAgency => "by-agency",
            View::Targets => "targets",
            View::Documents => "documents",
        }
    }
}

/// Where the side-by-side view is: the tasks it brought into view and the change visited.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Spot {
    /// The task of A in view, if any.
    pub a: Option<String>,
    /// The task of B in view, if any.
    pub b: Option<String>,
    /// The position in the list of changes (`SideBySide::changes`) when a change was visited.
    pub change: Option<usize>,
}

/// Which rows of the by-task view are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Filter {
    /// Every row.
    #[default]
    All,
    /// Pairs with any change.
    Changed,
    /// Pairs with a target change.
    Targets,
    /// Pairs with a unit change.
    Units,
    /// Tasks only in B.
    New,
    /// Tasks only in A.
    Dropped,
    /// Pairs without change.
    Unchanged,
    /// Tasks with no same task on the other side (only related ones, or none).
    Unmatched,
}

/// Every filter, in the order of the filter bar.
pub const FILTERS: [Filter; 8] = [
    Filter::All,
    Filter::Changed,
    Filter::Targets,
    Filter::Units,
    Filter::New,
    Filter::Dropped,
    Filter::Unchanged,
    Filter::Unmatched,
];

/// Columns of the targets table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TargetColumn {
    /// B's task order (the table's natural order).
    #[default]
    Task,
    /// The metric's name.
    Metric,
    /// The kind of change.
    Change,
}

/// Rows of the by-task view rendered in full at first; the rest follow on request.
pub const PAGE: usize = 200;

/// Everything the page shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The page's language.
    pub lang: Lang,
    /// Document A.
    pub a: SideState,
    /// Document B.
    pub b: SideState,
    /// The comparison, once both sides are loaded with tasks.
    pub comparison: Option<Shared<Comparison>>,
    /// The user's corrections to the pairing, and notes on rows.
    pub corrections: Corrections,
    /// What the wording diff ignores (remembered in localStorage by the page).
    pub ignore: Ignore,
    /// The current view.
    pub view: View,
    /// The by-task filter.
    pub filter: Filter,
    /// The search box's text.
    pub search: String,
    /// Key of the open row (`pair:a|b`, `a:id`, `b:id`).
    pub open: Option<String>,
    /// How many rows of the by-task view are rendered in full.
    pub shown: usize,
    /// Sort of the targets table: column and ascending.
    pub target_sort: (TargetColumn, bool),
    /// Jobs given to the core and not answered yet ("comparing…" shows meanwhile).
    pub jobs: Vec<Job>,
    /// The id of the last job made.
    pub last_job: u32,
    /// The latest compare job, until it answers.
    pub comparing: Option<u32>,
    /// The corrections before each change the user made to the pairing, latest last: 撤销
    /// takes back one change at a time. Emptied when another file is loaded.
    pub undo: Vec<Corrections>,
    /// A word about the last files given (dropped outside the boxes when both are full, more
    /// than two), until files are given again.
    pub notice: Option<Text>,
    /// Where the side-by-side view is (kept while another view shows, to come back to).
    pub spot: Spot,
    /// True when the by-task view was opened from the side-by-side view (a way back shows).
    pub from_documents: bool,
}

impl State {
    /// A fresh page in `lang`.
    pub fn new(lang: Lang) -> State {
        State {
            lang,
            shown: PAGE,
            target_sort: (TargetColumn::Task, true),
            ..State::default()
        }
    }

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

    /// localStorage key of the corrections for the two loaded files.
    pub fn corrections_key(&self) -> Option<String> {
        match (&self.a.loaded, &self.b.loaded) {
            (Some(a), Some(b)) => Some(format!("plandiff.pairing.{}.{}", a.hash, b.hash)),
            _ => None,
        }
    }

    /// Queues a job.
    fn job(&mut self, work: Work) -> u32 {
        self.last_job = self.last_job.wrapping_add(1);
        self.jobs.push(Job {
            id: self.last_job,
            work,
        });
        self.last_job
    }

    /// Whether the core is working for the page.
    pub fn busy(&self) -> bool {
        !self.jobs.is_empty()
    }

    /// Whether a PDF is being read (the status line says so: the first loads the PDF module).
    pub fn reading_pdf(&self) -> bool {
        self.jobs.iter().any(Job::reads_pdf)
    }

    /// The corrections kept for the two files now loaded (none when not both are).
    fn reload_corrections(&mut self) {
        self.corrections = self
            .corrections_key()
            .and_then(|key| browser::load(&key))
            .and_then(|text| super::saved::from_text(&text))
            .unwrap_or_default();
    }

    /// Asks for a comparison when both documents have tasks, else forgets the comparison.
    fn recompare(&mut self) {
        self.comparing = match (&self.a.loaded, &self.b.loaded) {
            (Some(a), Some(b)) if !a.doc.tasks.is_empty() && !b.doc.tasks.is_empty() => {
                let work = Work::Compare {
                    a: a.doc.clone(),
                    b: b.doc.clone(),
                    read_by: (a.read_by, b.read_by),
                    corrections: self.corrections.clone(),
                    ignore: self.ignore,
                };
                Some(self.job(work))
            }
            _ => {
                self.comparison = None;
                None
            }
        };
    }

    /// A file read: parse it (off the main thread); an answer to an older file is then stale.
    fn read(&mut self, side: Side, name: String, bytes: Rc<Vec<u8>>) {
        let id = self.job(Work::Parse { side, name, bytes });
        self.side_mut(side).pending = Some(id);
    }

    /// A file parsed into one side; an unusable file leaves the side's previous file.
    fn load(&mut self, side: Side, job: Job, parsed: Result<Document, ParseError>) {
        let Work::Parse { name, bytes, .. } = job.work else {
            return;
        };
        match parsed {
            Ok(doc) => {
                let no_tasks = doc.tasks.is_empty();
                let lang = self.lang;
                let state = self.side_mut(side);
                state.error = None;
                state.loaded = Some(Loaded {
                    hash: content_hash(&bytes),
                    size: bytes.len(),
                    doc: Shared::new(doc),
                    read_by: job.id,
                    name,
                });
                if no_tasks {
                    state.error = state
                        .loaded
                        .as_ref()
                        .map(|l| about_file(lang, &l.name, tr(lang, Text::NoTasks)));
                }
                self.reload_corrections();
                self.undo.clear();
                self.open = None;
                self.shown = PAGE;
                self.spot = Spot::default();
                // The comparison shown is of the previous file: gone until the new one is ready.
                self.comparison = None;
                self.recompare();
            }
            Err(err) => {
                self.side_mut(side).error = Some(parse_error(self.lang, &err));
            }
        }
    }
}

/// Puts `note` in `notes` in place of the note on its row; an empty note removes it.
fn set_note(notes: &mut Vec<Note>, note: Note) {
    let at = (notes.iter()).position(|n| n.a == note.a && n.b == note.b);
    let text = note.text.trim();
    match (at, text.is_empty()) {
        (Some(at), true) => {
            notes.remove(at);
        }
        (Some(at), false) => notes[at].text = text.to_string(),
        (None, false) => notes.push(Note {
            text: text.to_string(),
            ..note
        }),
        (None, true) => {}
    }
}

/// FNV-1a over the bytes, as hex: stable across sessions, enough to tell two files apart.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}{:x}", bytes.len())
}

/// What can happen on the page.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// A file's bytes were read in the browser (or text pasted, or an example chosen).
    FileRead {
        /// Which drop zone.
        side: Side,
        /// The file name.
        name: String,
        /// Its content.
        bytes: Rc<Vec<u8>>,
    },
    /// A parse job answered.
    Parsed {
        /// The job's id.
        id: u32,
        /// The document read, or why not.
        result: Result<Document, ParseError>,
    },
    /// A compare job answered.
    Compared {
        /// The job's id.
        id: u32,
        /// The comparison.
        comparison: Rc<Comparison>,
    },
    /// The browser could not read a file.
    FileFailed {
        /// Which drop zone.
        side: Side,
        /// The file name.
        name: String,
    },
    /// Files were given: a word about those not used (see [`State::notice`]), or none.
    Notice(Option<Text>),
    /// Swap the two documents (A becomes B).
    Swap,
    /// Empty one side.
    Clear(Side),
    /// Both example plans at once.
    Example {
        /// (name, text) of A.
        a: (&'static str, &'static str),
        /// (name, text) of B.
        b: (&'static str, &'static str),
    },
    /// Switch the page's language.
    SetLang(Lang),
    /// Switch the view.
    SetView(View),
    /// Change the by-task filter.
    SetFilter(Filter),
    /// Change the search text.
    SetSearch(String),
    /// Open a row (or close it when it is open); `None` closes.
    Toggle(Option<String>),
    /// Render more rows of the by-task view.
    ShowMore,
    /// Sort the targets table by a column (again: reverse).
    SortTargets(TargetColumn),
    /// Remove an automatic or manual pair.
    Unpair(String, String),
    /// Pair an A-only task with a B-only task.
    Pair(String, String),
    /// Drop every correction.
    ResetPairing,
    /// Take back the last change to the pairing.
    Undo,
    /// Change what the wording diff ignores.
    SetIgnore(Ignore),
    /// Write (or, empty, remove) the note on a row: a pair's (both ids) or a task's with no pair.
    SetNote(Note),
    /// Bring tasks into view in the side-by-side view (a change visited, a task clicked); a spot
    /// naming no change keeps the change visited.
    ReadAt(Spot),
    /// Back from the by-task view to the side-by-side view it was opened from.
    BackToDocuments,
    /// Show one task in the by-task view, its row open and scrolled to (from a task id in
    /// another view): the task of A (`in_a`) or of B with this id.
    ShowTask {
        /// A's task, else B's.
        in_a: bool,
        /// Its id.
        id: String,
    },
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::FileRead { side, name, bytes } => next.read(side, name, bytes),
            Action::Notice(text) => next.notice = text,
            Action::Swap => next.swap(),
            Action::Clear(side) => next.clear(side),
            Action::Parsed { id, result } => next.parsed(id, result),
            Action::Compared { id, comparison } => {
                next.jobs.retain(|j| j.id != id);
                if next.comparing == Some(id) {
                    next.comparing = None;
                    next.comparison = Some(Shared(comparison));
                }
            }
            Action::FileFailed { side, name } => {
                let message = about_file(next.lang, &name, tr(next.lang, Text::CannotRead));
                next.side_mut(side).error = Some(message);
            }
            Action::Example { a, b } => {
                for (side, (name, text)) in [(Side::A, a), (Side::B, b)] {
                    let bytes = Rc::new(text.as_bytes().to_vec());
                    next.read(side, name.to_string(), bytes);
                }
            }
            Action::SetLang(lang) => next.lang = lang,
            Action::SetView(view) => {
                next.view = view;
                next.from_documents = false;
            }
            Action::ReadAt(spot) => {
                next.spot = Spot {
                    change: spot.change.or(next.spot.change),
                    ..spot
                };
            }
            Action::BackToDocuments => {
                next.view = View::Documents;
                next.from_documents = false;
            }
            Action::SetFilter(filter) => {
                next.filter = filter;
                next.shown = PAGE;
            }
            Action::SetSearch(search) => {
                next.search = search;
                next.shown = PAGE;
            }
            Action::Toggle(key) => {
                next.open = if key == next.open { None } else { key };
            }
            Action::ShowMore => next.shown = next.shown.saturating_add(PAGE),
            Action::SortTargets(column) => {
                let (current, ascending) = next.target_sort;
                next.target_sort = (column, current != column || !ascending);
            }
            Action::Unpair(a, b) => next.unpair(a, b),
            Action::Pair(a, b) => next.pair(a, b),
            Action::ShowTask { in_a, id } => next.show_task(in_a, id),
            Action::ResetPairing => {
                next.undo.push(std::mem::take(&mut next.corrections));
                next.recompare();
            }
            Action::Undo => next.take_back(),
            Action::SetIgnore(ignore) => {
                next.ignore = ignore;
                next.recompare();
            }
            Action::SetNote(note) => set_note(&mut next.corrections.notes, note),
        }
        Rc::new(next)
    }
}

/// What the reducer does for the actions that take more than a line or two.
impl State {
    /// A and B change places; the corrections kept for the two files in that order apply.
    fn swap(&mut self) {
        std::mem::swap(&mut self.a, &mut self.b);
        for job in &mut self.jobs {
            if let Work::Parse { side, .. } = &mut job.work {
                *side = side.other();
            }
        }
        self.notice = None;
        self.reload_corrections();
        self.undo.clear();
        self.spot = Spot::default();
        self.from_documents = false;
        self.recompare();
    }

    /// One side emptied, and with it the comparison and the corrections.
    fn clear(&mut self, side: Side) {
        *self.side_mut(side) = SideState::default();
        self.notice = None;
        self.corrections = Corrections::default();
        self.undo.clear();
        self.spot = Spot::default();
        self.from_documents = false;
        self.open = None;
        self.comparison = None;
        self.recompare();
    }

    /// A parse job answered: loaded into its side unless another file was given meanwhile.
    fn parsed(&mut self, id: u32, result: Result<Document, ParseError>) {
        let at = self.jobs.iter().position(|j| j.id == id);
        if let Some(job) = at.map(|at| self.jobs.remove(at)) {
            if let Work::Parse { side, .. } = job.work {
                if self.side(side).pending == Some(id) {
                    self.side_mut(side).pending = None;
                    self.load(side, job, result);
                }
            }
        }
    }

    /// A pair removed (a pair made by hand is dropped, an automatic one recorded as removed);
    /// the A task, now a row of its own, is opened.
    fn unpair(&mut self, a: String, b: String) {
        self.open = Some(format!("a:{a}"));
        self.correct((a, b), false);
    }

    /// A pair made (a removal taken back, or a pair recorded as made by hand); focus follows
    /// the new pair's row.
    fn pair(&mut self, a: String, b: String) {
        self.open = Some(format!("pair:{a}|{b}"));
        self.correct((a, b), true);
    }

    /// One change to the pairing, undoable: `pair` made (`made`) or removed. A correction
    /// the other way is taken back; else this one is recorded.
    fn correct(&mut self, pair: (String, String), made: bool) {
        self.undo.push(self.corrections.clone());
        let c = &mut self.corrections;
        let (undone, done) = if made {
            (&mut c.unpaired, &mut c.paired)
        } else {
            (&mut c.paired, &mut c.unpaired)
        };
        let before = undone.len();
        undone.retain(|p| *p != pair);
        if undone.len() == before && !done.contains(&pair) {
            done.push(pair);
        }
        self.recompare();
    }

    /// The by-task view with the row of task `id` (of A, else of B) open and rendered.
    fn show_task(&mut self, in_a: bool, id: String) {
        if let Some(c) = self.comparison.clone() {
            let key = (c.pairs.iter())
                .find(|p| if in_a { p.a == id } else { p.b == id })
                .map(|p| format!("pair:{}|{}", p.a, p.b))
                .unwrap_or_else(|| format!("{}:{id}", if in_a { "a" } else { "b" }));
            let at = super::rows::rows(&c).iter().position(|r| r.key(&c) == key);
            self.shown = self.shown.max(at.unwrap_or(0) + 1);
            self.open = Some(key);
        }
        self.from_documents = self.view == View::Documents;
        self.view = View::ByTask;
        self.filter = Filter::All;
        self.search.clear();
    }

    /// The last change to the pairing taken back. Notes written since stay, unless the change
    /// taken back cleared them (恢复自动配对).
    fn take_back(&mut self) {
        if let Some(before) = self.undo.pop() {
            let notes = std::mem::take(&mut self.corrections.notes);
            self.corrections = before;
            if !notes.is_empty() {
                self.corrections.notes = notes;
            }
            self.open = None;
            self.recompare();
        }
    }
}
