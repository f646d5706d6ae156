//! A page's content stream → the runs of text it shows, each where it prints.
//!
//! Only what places text is followed: the graphics state (`q` `Q` `cm`), the text state (`Tf`
//! `Tc` `Tw` `Tz` `TL` `Ts`), positioning (`Td` `TD` `Tm` `T*`), showing (`Tj` `TJ` `'` `"`) and
//! form XObjects (`Do`), within [`Budget`]: a page that asks for more is cut off, never followed
//! without end.

use std::collections::{BTreeMap, HashMap};

use lopdf::content::{Content, Operation};
use lopdf::{Dictionary, Document, Object};

use super::font::{deref, number, Font};
use crate::Gb18030Decoder;
use crate::Run;

/// Most nested `q` and form XObjects followed.
const MAX_DEPTH: usize = 32;
/// A TJ gap wider than this many em starts a new run (a table's next cell, spaced words).
const GAP_EM: f32 = 0.8;

/// The work one document may ask for, shared by its pages.
pub struct Budget {
    /// Operators left to run.
    pub operations: usize,
    /// Form XObjects left to draw.
    pub forms: usize,
    /// Decompressed content bytes left.
    pub bytes: usize,
    /// Codes shown without a way back to characters.
    pub unmapped: usize,
    /// Codes shown.
    pub codes: usize,
}

/// Why a page's content stopped being read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// The operator or byte budget ran out.
    Budget,
}

type Matrix = [f32; 6];
const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// Which way a run of text reads on the page, to a quarter turn: the text of a landscape page
/// kept portrait with `/Rotate 90` (drawn going up), or a wide table turned on its side.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Frame {
    /// Left to right.
    Upright,
    /// Bottom to top.
    Up,
    /// Right to left, upside down.
    UpsideDown,
    /// Top to bottom.
    Down,
}

impl Frame {
    /// The way the text of rendering matrix `trm` reads (its x axis on the page).
    fn of(trm: &Matrix) -> Frame {
        let (dx, dy) = (trm[0], trm[1]);
        if dx.abs() >= dy.abs() {
            if dx >= 0.0 {
                Frame::Upright
            } else {
                Frame::UpsideDown
            }
        } else if dy > 0.0 {
            Frame::Up
        } else {
            Frame::Down
        }
    }

    /// A point of the page in this frame's own coordinates, where the text reads left to right
    /// and later lines are lower: what a reader sees who turns the page to read it. A page's
    /// `/Rotate` needs nothing more: its text reads one way on the turned page.
    pub fn place(self, x: f32, y: f32) -> (f32, f32) {
        match self {
            Frame::Upright => (x, y),
            Frame::Up => (y, -x),
            Frame::UpsideDown => (-x, -y),
            Frame::Down => (-y, x),
        }
    }
}

/// `a` then `b`.
fn mul(a: &Matrix, b: &Matrix) -> Matrix {
    [
        a[0] * b[0] + a[1] * b[2],
        a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2],
        a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4],
        a[4] * b[1] + a[5] * b[3] + b[5],
    ]
}

fn translate(tx: f32, ty: f32) -> Matrix {
    [1.0, 0.0, 0.0, 1.0, tx, ty]
}

#[derive(Clone)]
struct TextState {
    font: Option<Vec<u8>>,
    size: f32,
    char_spacing: f32,
    word_spacing: f32,
    scale: f32,
    leading: f32,
    rise: f32,
}

impl Default for TextState {
    fn default() -> Self {
        TextState {
            font: None,
            size: 0.0,
            char_spacing: 0.0,
            word_spacing: 0.0,
            scale: 1.0,
            leading: 0.0,
            rise: 0.0,
        }
    }
}

/// Reads the content of pages into runs.
pub struct Reader<'a> {
    doc: &'a Document,
    gb18030: Option<Gb18030Decoder>,
    runs: Vec<Run>,
    /// The current page's fonts by name.
    page_fonts: BTreeMap<Vec<u8>, &'a Dictionary>,
    /// Fonts read so far, by the address of their dictionary (pages share their fonts).
    fonts: HashMap<*const Dictionary, Font<'a>>,
}

/// One level of content: a page, or a form XObject drawn in it.
struct Level<'a> {
    resources: Option<&'a Dictionary>,
    /// Whether this is the page itself, whose fonts (inherited ones too) lopdf finds.
    is_page: bool,
    ctm: Matrix,
    depth: usize,
}

impl<'a> Reader<'a> {
    /// A reader of `doc`'s pages.
    pub fn new(doc: &'a Document, gb18030: Option<Gb18030Decoder>) -> Self {
        Reader {
            doc,
            gb18030,
            runs: Vec::new(),
            page_fonts: BTreeMap::new(),
            fonts: HashMap::new(),
        }
    }

    /// The runs of page `page_id`, in the order shown.
    pub fn page(
        &mut self,
        page_id: lopdf::ObjectId,
        budget: &mut Budget,
    ) -> Result<Vec<Run>, Stop> {
        self.runs.clear();
        let doc = self.doc;
        let content = doc
            .get_page_content_with_limit(page_id, budget.bytes)
            .map_err(|_| Stop::Budget)?;
        budget.bytes = budget.bytes.saturating_sub(content.len());
        self.page_fonts = doc.get_page_fonts(page_id).unwrap_or_default();
        let resources = doc.get_page_resources(page_id).ok().and_then(|(own, ids)| {
            own.or_else(|| ids.first().and_then(|id| doc.get_dictionary(*id).ok()))
        });
        let level = Level {
            resources,
            is_page: true,
            ctm: IDENTITY,
            depth: 0,
        };
        self.run(&content, &level, budget)?;
        Ok(std::mem::take(&mut self.runs))
    }

    fn run(&mut self, content: &[u8], level: &Level<'a>, budget: &mut Budget) -> Result<(), Stop> {
        let mut ctm = level.ctm;
        let mut stack: Vec<(Matrix, TextState)> = Vec::new();
        let mut text = TextState::default();
        let mut tm = IDENTITY;
        let mut tlm = IDENTITY;
        for operation in Content::decode_iter(content) {
            // A broken operator ends the page's content; what came before is kept.
            let Ok(Operation { operator, operands }) = operation else {
                break;
            };
            budget.operations = budget.operations.checked_sub(1).ok_or(Stop::Budget)?;
            let doc = self.doc;
            let num = |i: usize| number(doc, operands.get(i)).unwrap_or(0.0);
            match operator.as_str() {
                "q" if stack.len() < MAX_DEPTH * 8 => stack.push((ctm, text.clone())),
                "Q" => {
                    if let Some((m, t)) = stack.pop() {
                        ctm = m;
                        text = t;
                    }
                }
                "cm" => ctm = mul(&[num(0), num(1), num(2), num(3), num(4), num(5)], &ctm),
                "BT" => {
                    tm = IDENTITY;
                    tlm = IDENTITY;
                }
                "Tf" => {
                    text.font = operands
                        .first()
                        .and_then(|o| o.as_name().ok())
                        .map(<[u8]>::to_vec);
                    text.size = num(1);
                }
                "Tc" => text.char_spacing = num(0),
                "Tw" => text.word_spacing = num(0),
                "Tz" => text.scale = num(0) / 100.0,
                "TL" => text.leading = num(0),
                "Ts" => text.rise = num(0),
                "Td" | "TD" => {
                    if operator == "TD" {
                        text.leading = -num(1);
                    }
                    tlm = mul(&translate(num(0), num(1)), &tlm);
                    tm = tlm;
                }
                "Tm" => {
                    tlm = [num(0), num(1), num(2), num(3), num(4), num(5)];
                    tm = tlm;
                }
                "T*" => {
                    tlm = mul(&translate(0.0, -text.leading), &tlm);
                    tm = tlm;
                }
                "Tj" | "'" | "\"" | "TJ" => {
                    if operator == "'" || operator == "\"" {
                        if operator == "\"" {
                            text.word_spacing = num(0);
                            text.char_spacing = num(1);
                        }
                        tlm = mul(&translate(0.0, -text.leading), &tlm);
                        tm = tlm;
                    }
                    self.show(&operands, &text, &mut tm, &ctm, level, budget);
                }
                "Do" => {
                    if let Some(name) = operands.first().and_then(|o| o.as_name().ok()) {
                        self.form(name, &ctm, level, budget)?;
                    }
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// Shows the strings of a `Tj`/`'`/`"` (the last operand) or `TJ` (an array).
    fn show(
        &mut self,
        operands: &[Object],
        text: &TextState,
        tm: &mut Matrix,
        ctm: &Matrix,
        level: &Level<'a>,
        budget: &mut Budget,
    ) {
        let Some(font_name) = &text.font else {
            return;
        };
        let Some(dict) = self.font_dict(font_name, level) else {
            return;
        };
        let key: *const Dictionary = dict;
        if !self.fonts.contains_key(&key) {
            self.fonts
                .insert(key, Font::new(self.doc, dict, self.gb18030));
        }
        let Some(font) = self.fonts.get(&key) else {
            return;
        };
        let items: &[Object] = match operands.last() {
            Some(Object::Array(items)) => items,
            Some(other) => std::slice::from_ref(other),
            None => return,
        };
        let mut run: Option<Run> = None;
        let mut frame = Frame::Upright;
        for item in items {
            match item {
                Object::String(bytes, _) => {
                    let shown = font.show(bytes);
                    budget.codes += shown.codes;
                    budget.unmapped += shown.unmapped;
                    let trm = mul(
                        &[text.size * text.scale, 0.0, 0.0, text.size, 0.0, text.rise],
                        &mul(tm, ctm),
                    );
                    let advance = (shown.width * text.size
                        + text.char_spacing * shown.codes as f32
                        + text.word_spacing * shown.spaces as f32)
                        * text.scale;
                    *tm = mul(&translate(advance, 0.0), tm);
                    let pen = mul(&mul(&translate(0.0, text.rise), tm), ctm);
                    let size = (trm[2] * trm[2] + trm[3] * trm[3]).sqrt();
                    match &mut run {
                        Some(r) => {
                            r.text.push_str(&shown.text);
                            r.end = frame.place(pen[4], pen[5]).0;
                        }
                        None => {
                            frame = Frame::of(&trm);
                            let (x, y) = frame.place(trm[4], trm[5]);
                            let end = frame.place(pen[4], pen[5]).0;
                            run = Some(Run {
                                x,
                                y,
                                end,
                                size,
                                text: shown.text,
                            })
                        }
                    }
                }
                other => {
                    let Some(adjust) = number(self.doc, Some(other)) else {
                        continue;
                    };
                    let advance = -adjust / 1000.0 * text.size * text.scale;
                    *tm = mul(&translate(advance, 0.0), tm);
                    if -adjust / 1000.0 > GAP_EM {
                        self.runs.extend(run.take());
                    }
                }
            }
        }
        self.runs.extend(run);
    }

    /// The dictionary of font `name` at this level.
    fn font_dict(&self, name: &[u8], level: &Level<'a>) -> Option<&'a Dictionary> {
        if level.is_page {
            if let Some(dict) = self.page_fonts.get(name) {
                return Some(dict);
            }
        }
        let fonts = deref(self.doc, level.resources?.get(b"Font").ok())?
            .as_dict()
            .ok()?;
        deref(self.doc, fonts.get(name).ok())?.as_dict().ok()
    }

    /// Draws form XObject `name`: its content, with its matrix and resources.
    fn form(
        &mut self,
        name: &[u8],
        ctm: &Matrix,
        level: &Level<'a>,
        budget: &mut Budget,
    ) -> Result<(), Stop> {
        if level.depth >= MAX_DEPTH {
            return Ok(());
        }
        budget.forms = budget.forms.checked_sub(1).ok_or(Stop::Budget)?;
        let doc = self.doc;
        let Some(stream) = level
            .resources
            .and_then(|r| deref(doc, r.get(b"XObject").ok()))
            .and_then(|x| x.as_dict().ok())
            .and_then(|x| deref(doc, x.get(name).ok()))
            .and_then(|s| s.as_stream().ok())
        else {
            return Ok(());
        };
        if stream.dict.get(b"Subtype").and_then(|s| s.as_name()).ok() != Some(b"Form") {
            return Ok(());
        }
        let content = match stream.decompressed_content_with_limit(budget.bytes) {
            Ok(content) => content,
            Err(lopdf::Error::Decompress(lopdf::DecompressError::MemoryLimitExceeded {
                ..
            })) => return Err(Stop::Budget),
            Err(_) => stream.content.clone(),
        };
        budget.bytes = budget
            .bytes
            .checked_sub(content.len())
            .ok_or(Stop::Budget)?;
        let matrix = stream
            .dict
            .get(b"Matrix")
            .and_then(|m| m.as_array())
            .ok()
            .filter(|m| m.len() == 6)
            .map_or(IDENTITY, |m| {
                let n = |i: usize| number(doc, m.get(i)).unwrap_or(0.0);
                [n(0), n(1), n(2), n(3), n(4), n(5)]
            });
        let resources = deref(doc, stream.dict.get(b"Resources").ok())
            .and_then(|r| r.as_dict().ok())
            .or(level.resources);
        let inner = Level {
            resources,
            is_page: false,
            ctm: mul(&matrix, ctm),
            depth: level.depth + 1,
        };
        self.run(&content, &inner, budget)
    }
}
