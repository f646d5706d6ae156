//! Wording diff of two task texts: tokens that keep numbers, dates and 《titles》 whole, a
//! Myers diff over them (`similar`), then a cleanup so that each replacement reads as one
//! deletion followed by one insertion.
//!
//! `达100%` → `达到95%以上` gives `达` kept, `100%` deleted, `到95%以上` inserted; never digit
//! fragments. What the comparison ignores ([`Ignore`]: width, white space, list numbers) is
//! given as `alike` ops carrying both sides' texts, so either text is still rebuilt exactly.

use crate::chars::{bigram_set, fold_width};
use crate::model::{Ignore, WordOp, WordOpKind};
use similar::algorithms::{myers, Capture, Compact, DiffHook, NoFinishHook, Replace};
use similar::DiffOp;
use std::borrow::Cow;
use std::ops::Range;

/// Characters that continue a number run (`3.5`, `90%`, `2-3`, `1～2`).
const NUMBER_INNER: &[char] = &[
    '.', '%', '％', '‰', '-', '~', '～', '—', '－', '–', '．', '/',
];

/// Suffixes that end a date token after `N月` or `N月N日`.
const DATE_SUFFIXES: &[&str] = &["上旬", "中旬", "下旬", "底", "初", "末"];

/// Longest 《title》 kept as one token; a longer span is most likely a lost `》`.
const MAX_TITLE_CHARS: usize = 80;

/// Equal runs this short between two edits are folded into the edits so a change reads whole.
const ISLAND_CHARS: usize = 2;

/// A run of changed clauses this small (`len(a) × len(b)` tokens) is always diffed by token.
const REFINE_ALWAYS: usize = 20_000;
/// A larger run is diffed by token when its two sides share this much (bigram Dice) and stay
/// under [`TOKEN_PAIR_LIMIT`]; otherwise it reads as one deletion and one insertion.
const REFINE_LIKENESS: f64 = 0.2;
/// …or when this much of the shorter side's bigrams is found in the longer (a part of a split
/// against the broad task it came from: alike in a sentence or two, far apart in length).
const REFINE_CONTAINED: f64 = 0.3;
const TOKEN_PAIR_LIMIT: usize = 4_000_000;

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

/// Splits `text` into diff tokens: number runs with their `%`/decimal/range marks, dates
/// (`3月1日`, `10月底`), 《titles》, and single characters otherwise.
///
/// `"3月1日前达到95%"` → `["3月1日", "前", "达", "到", "95%"]`.
pub fn tokenize(text: &str) -> Vec<&str> {
    tokenize_with(text, false)
}

/// [`tokenize`], with list markers at a clause's start as tokens of their own when `marks`
/// (`（2）加强` → `（2）`, `加`, `强`; also `2.`, `2、`, `二、`, `二是`).
fn tokenize_with(text: &str, marks: bool) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let byte_at = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let starts_clause = || {
            i == 0
                || chars.get(i - 1).is_some_and(|&(_, c)| {
                    is_clause_end(c) || c.is_whitespace() || matches!(c, '：' | ':')
                })
        };
        let mark = if marks && starts_clause() {
            mark_end(&chars, i)
        } else {
            None
        };
        let end = mark.unwrap_or_else(|| token_end(&chars, i));
        tokens.push(&text[byte_at(i)..byte_at(end)]);
        i = end;
    }
    tokens
}

/// Chinese numerals a list marker counts in.
const HAN_NUMERALS: &str = "一二三四五六七八九十";

fn is_numeral(c: char) -> bool {
    is_digit(c) || HAN_NUMERALS.contains(c)
}

/// The end of a list marker starting at `i` (`（2）`, `(二)`, `2.`, `2、`, `二、`, `二是`), if one
/// starts there.
fn mark_end(chars: &[(usize, char)], i: usize) -> Option<usize> {
    let c = |k: usize| chars.get(k).map(|&(_, c)| c);
    let numerals_end = |from: usize| {
        let mut k = from;
        while c(k).is_some_and(is_numeral) && k - from < 4 {
            k += 1;
        }
        (k > from).then_some(k)
    };
    if matches!(c(i), Some('（' | '(')) {
        let k = numerals_end(i + 1)?;
        return matches!(c(k), Some('）' | ')')).then_some(k + 1);
    }
    let k = numerals_end(i)?;
    let digits = c(i).is_some_and(is_digit);
    match c(k) {
        // `2.` but not `2.5`.
        Some('.' | '．') if digits && !c(k + 1).is_some_and(is_digit) => Some(k + 1),
        Some('、') => Some(k + 1),
        Some('是') if !digits => Some(k + 1),
        _ => None,
    }
}

/// True for a list marker token: `①`, or one [`mark_end`] gives.
fn is_mark(token: &str) -> bool {
    let mut cs = token.chars();
    let (Some(first), Some(last)) = (cs.next(), token.chars().last()) else {
        return false;
    };
    if token.chars().count() == 1 {
        return ('\u{2460}'..='\u{2473}').contains(&first);
    }
    let inner = |s: &str| !s.is_empty() && s.chars().all(is_numeral);
    let body = &token[first.len_utf8()..token.len() - last.len_utf8()];
    match (first, last) {
        ('（' | '(', '）' | ')') => inner(body),
        (_, '.' | '．' | '、' | '是') => inner(&token[..token.len() - last.len_utf8()]),
        _ => false,
    }
}

/// What a token is compared by: itself, or with `ignore`, its half-width form and any list
/// marker as one.
fn token_key<'a>(token: &'a str, ignore: &Ignore) -> Cow<'a, str> {
    if ignore.numbering && is_mark(token) {
        return Cow::Borrowed(MARK_KEY);
    }
    if ignore.width && token.chars().any(|c| fold_width(c) != c) {
        return Cow::Owned(token.chars().map(fold_width).collect());
    }
    Cow::Borrowed(token)
}

/// The key every list marker compares by when numbering is ignored (a private-use character,
/// never in a text read).
const MARK_KEY: &str = "\u{E000}#";

/// Index (in `chars`) just past the token starting at `i`; always greater than `i`.
fn token_end(chars: &[(usize, char)], i: usize) -> usize {
    let c = |k: usize| chars.get(k).map(|&(_, c)| c);
    match c(i) {
        Some('《') => {
            let close =
                (i + 1..chars.len().min(i + 1 + MAX_TITLE_CHARS)).find(|&k| c(k) == Some('》'));
            close.map_or(i + 1, |k| k + 1)
        }
        Some(d) if is_digit(d) => {
            let mut k = number_end(chars, i);
            if c(k) == Some('月') {
                k += 1;
                if c(k).is_some_and(is_digit) {
                    let day = number_digits_end(chars, k);
                    if c(day) == Some('日') {
                        k = day + 1;
                    }
                }
                for suffix in DATE_SUFFIXES {
                    let n = suffix.chars().count();
                    if (0..n).all(|m| c(k + m) == suffix.chars().nth(m)) {
                        k += n;
                        break;
                    }
                }
            } else if c(k) == Some('年') {
                k += 1;
            }
            k
        }
        _ => i + 1,
    }
}

fn number_digits_end(chars: &[(usize, char)], mut k: usize) -> usize {
    while chars.get(k).is_some_and(|&(_, c)| is_digit(c)) {
        k += 1;
    }
    k
}

/// End of a number run: digits, joined by decimal points and range marks that are followed by
/// a digit, and closed by a `%`.
fn number_end(chars: &[(usize, char)], i: usize) -> usize {
    let c = |k: usize| chars.get(k).map(|&(_, c)| c);
    let mut k = number_digits_end(chars, i);
    loop {
        match c(k) {
            Some(p) if NUMBER_INNER.contains(&p) && matches!(p, '%' | '％' | '‰') => {
                k += 1;
                // `5%-10%` continues as a range.
                if c(k).is_some_and(|m| NUMBER_INNER.contains(&m) && m != '%' && m != '％')
                    && c(k + 1).is_some_and(is_digit)
                {
                    k = number_digits_end(chars, k + 1);
                    continue;
                }
                return k;
            }
            Some(p) if NUMBER_INNER.contains(&p) && c(k + 1).is_some_and(is_digit) => {
                k = number_digits_end(chars, k + 1);
            }
            _ => return k,
        }
    }
}

/// The wording diff of two texts, cleaned up to read as whole replacements. Concatenating the
/// `equal` and `delete` texts gives `a`; the `equal` and `insert` texts give `b`.
///
/// Clauses (up to `，` `。` `；`) are aligned first, compared with widths folded; only the runs
/// of changed clauses are diffed token by token, and only when they are alike enough for that to
/// read well (two unrelated paragraphs read best as one deletion and one insertion). This also
/// keeps the work near-linear: no clock is needed to bound it (the page's wasm has none).
///
/// Every difference is a change here; [`diff_words_with`] ignores some.
pub fn diff_words(a: &str, b: &str) -> Vec<WordOp> {
    diff_words_with(a, b, &Ignore::NOTHING)
}

/// [`diff_words`], with the differences `ignore` names given as `alike` ops (both texts kept),
/// not as deletions and insertions.
///
/// `加强学法，推进` → `加强学法,推进` with width ignored: `加强学法`, alike `，`/`,`, `推进`.
pub fn diff_words_with(a: &str, b: &str, ignore: &Ignore) -> Vec<WordOp> {
    // Most pairs of a plan and its next version are unchanged: one equal run, no diff needed.
    if a == b {
        let mut out = Vec::new();
        push_text(&mut out, WordOpKind::Equal, a.to_string());
        return out;
    }
    let ca = clauses(a);
    let cb = clauses(b);
    // Each clause compared compacted: all their keys in one string.
    let mut keys = String::with_capacity(a.len() + b.len());
    let mut bounds = Vec::with_capacity(ca.len() + cb.len() + 1);
    bounds.push(0);
    for c in ca.iter().chain(&cb) {
        compact_into(c, &mut keys);
        bounds.push(keys.len());
    }
    let all: Vec<&str> = (bounds.windows(2))
        .map(|w| match w {
            [from, to] => keys.get(*from..*to).unwrap_or_default(),
            _ => "",
        })
        .collect();
    let (ra, rb) = all.split_at(ca.len());
    let mut raw = Spans::default();
    // The run of changed clauses not yet diffed: its length in `a` and in `b`, from where
    // `raw` has got to.
    let (mut block_a, mut block_b) = (0, 0);
    let clause_len = |cs: &[&str], from: usize, len: usize| -> usize {
        cs.get(from..from + len)
            .unwrap_or_default()
            .iter()
            .map(|c| c.len())
            .sum()
    };
    for op in myers_ops(ra, rb) {
        match op {
            DiffOp::Equal {
                old_index,
                new_index,
                len,
            } => {
                for k in 0..len {
                    let (x, y) = (
                        ca.get(old_index + k).copied().unwrap_or(""),
                        cb.get(new_index + k).copied().unwrap_or(""),
                    );
                    if x == y {
                        flush_block(&mut raw, a, b, (block_a, block_b), ignore);
                        (block_a, block_b) = (0, 0);
                        raw.push(WordOpKind::Equal, x.len(), y.len());
                    } else {
                        // Same words, other widths or spaces: diffed with the changed run.
                        block_a += x.len();
                        block_b += y.len();
                    }
                }
            }
            DiffOp::Delete {
                old_index, old_len, ..
            } => block_a += clause_len(&ca, old_index, old_len),
            DiffOp::Insert {
                new_index, new_len, ..
            } => block_b += clause_len(&cb, new_index, new_len),
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                block_a += clause_len(&ca, old_index, old_len);
                block_b += clause_len(&cb, new_index, new_len);
            }
        }
    }
    flush_block(&mut raw, a, b, (block_a, block_b), ignore);
    let clean = cleanup(&raw.list, a);
    clean.list.iter().map(|s| s.word_op(a, b)).collect()
}

/// One op of the wording diff as where its texts lie: byte ranges of `a` and `b` (empty on the
/// side it has no text of). The ops are worked on as ranges and their texts cut out once at the
/// end, rather than built up token by token.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Span {
    kind: WordOpKind,
    a: Range<usize>,
    b: Range<usize>,
}

impl Span {
    /// The op with its texts: A's for `equal`, `delete` and `alike` (with B's as its second),
    /// B's for `insert`.
    fn word_op(&self, a: &str, b: &str) -> WordOp {
        let text_a = a.get(self.a.clone()).unwrap_or_default();
        let text_b = b.get(self.b.clone()).unwrap_or_default();
        match self.kind {
            WordOpKind::Insert | WordOpKind::BElsewhere => WordOp::new(self.kind, text_b),
            WordOpKind::Alike => WordOp::alike(text_a, text_b),
            kind => WordOp::new(kind, text_a),
        }
    }
}

/// Ops laid end to end over both texts (each takes the next bytes of `a` and of `b`), every op
/// joined to the one before it when of the same kind: what [`merge_equal_runs`] does to ops
/// without partners.
#[derive(Default)]
struct Spans {
    list: Vec<Span>,
    at_a: usize,
    at_b: usize,
}

impl Spans {
    /// An op of `kind` over the next `len_a` bytes of `a` and `len_b` of `b`.
    fn push(&mut self, kind: WordOpKind, len_a: usize, len_b: usize) {
        let (end_a, end_b) = (self.at_a + len_a, self.at_b + len_b);
        match self.list.last_mut() {
            Some(last) if last.kind == kind => {
                last.a.end = end_a;
                last.b.end = end_b;
            }
            _ => self.list.push(Span {
                kind,
                a: self.at_a..end_a,
                b: self.at_b..end_b,
            }),
        }
        (self.at_a, self.at_b) = (end_a, end_b);
    }

    /// A deletion of `len_a` bytes and an insertion of `len_b`, each only if not empty.
    fn replace(&mut self, len_a: usize, len_b: usize) {
        if len_a > 0 {
            self.push(WordOpKind::Delete, len_a, 0);
        }
        if len_b > 0 {
            self.push(WordOpKind::Insert, 0, len_b);
        }
    }
}

/// Diffs a run of changed clauses (the next `len_a` bytes of `a` and `len_b` of `b` past what
/// `out` holds) token by token when that reads well, else gives it as one deletion and one
/// insertion.
fn flush_block(out: &mut Spans, a: &str, b: &str, (len_a, len_b): (usize, usize), ignore: &Ignore) {
    let a = a.get(out.at_a..out.at_a + len_a).unwrap_or_default();
    let b = b.get(out.at_b..out.at_b + len_b).unwrap_or_default();
    if a.is_empty() || b.is_empty() {
        out.replace(a.len(), b.len());
        return;
    }
    let ta = tokenize_with(a, ignore.numbering);
    let tb = tokenize_with(b, ignore.numbering);
    let size = ta.len().saturating_mul(tb.len());
    let refine = size <= REFINE_ALWAYS || (size <= TOKEN_PAIR_LIMIT && alike_enough(a, b));
    if refine {
        diff_tokens(out, &ta, &tb, ignore);
    } else {
        out.replace(a.len(), b.len());
    }
}

/// Whether two runs of text share enough to be diffed token by token: [`REFINE_LIKENESS`] by
/// bigram Dice, or [`REFINE_CONTAINED`] of the shorter one's bigrams found in the longer.
fn alike_enough(a: &str, b: &str) -> bool {
    let (x, y) = (bigram_set(a), bigram_set(b));
    if x.is_empty() || y.is_empty() {
        return false;
    }
    let mut shared = 0usize;
    crate::chars::for_each_shared(&x, &y, |&k| k, |&k| k, |_, _| shared += 1);
    let dice = 2.0 * shared as f64 / (x.len() + y.len()) as f64;
    let contained = shared as f64 / x.len().min(y.len()) as f64;
    dice >= REFINE_LIKENESS || contained >= REFINE_CONTAINED
}

fn push_text(out: &mut Vec<WordOp>, op: WordOpKind, text: String) {
    if !text.is_empty() {
        out.push(WordOp::new(op, text));
    }
}

/// The ops of `similar::capture_diff_slices(Algorithm::Myers, a, b)`, built from the same hooks
/// but calling Myers directly: a runtime `Algorithm` would bring patience and LCS (and their hash
/// maps) into the wasm.
fn myers_ops(a: &[&str], b: &[&str]) -> Vec<DiffOp> {
    if a.len() + b.len() > MAX_MYERS_TOKENS {
        return coarse_ops(a, b);
    }
    // Myers compares items again and again; as numbers (one per distinct string) each
    // comparison is one instruction instead of a string comparison. Equal numbers are equal
    // strings, so the ops are the same.
    let (a, b) = interned(a, b);
    myers_ids(a, b)
}

/// [`myers_ops`] of two texts' items as [`interned`] numbers. (Taken as vectors, not slices:
/// Myers on vectors is a copy of its own, which the compiler inlines its inner search into,
/// while the anchors' Myers runs on slices.)
fn myers_ids(a: Vec<u32>, b: Vec<u32>) -> Vec<DiffOp> {
    if a.len() + b.len() > MAX_MYERS_TOKENS {
        return coarse_ops(&a, &b);
    }
    let mut hook = Compact::new(Replace::new(Capture::new()), &a, &b);
    let Ok(()) = myers::diff(&mut hook, &a, 0..a.len(), &b, 0..b.len());
    hook.into_inner().into_inner().into_ops()
}

/// [`myers_ids`] for a run of changed clauses' tokens: past
/// [`ANCHOR_ABOVE`](super::anchors::ANCHOR_ABOVE) (`len(a) × len(b)`),
/// Myers runs only between [`anchors`](super::anchors) — runs of tokens found once in each
/// text, in the same order, looked for again between them with shorter runs — and the anchors
/// are equal. Two long texts alike in a few phrases (a task and its counterpart in another
/// city's plan) cost Myers length × differences; between anchors both are short. The ops can
/// differ from plain Myers' where a shorter path exists that does not keep an anchor; they
/// rebuild both texts all the same.
fn token_ops(a: Vec<u32>, b: Vec<u32>) -> Vec<DiffOp> {
    let small = a.len().saturating_mul(b.len()) <= super::anchors::ANCHOR_ABOVE;
    if small || a.len() + b.len() > MAX_MYERS_TOKENS {
        return myers_ids(a, b);
    }
    let mut hook = Compact::new(Replace::new(Capture::new()), &a, &b);
    super::anchors::diff(&mut NoFinishHook::new(&mut hook), &a, &b);
    let Ok(()) = hook.finish();
    hook.into_inner().into_inner().into_ops()
}

/// Each string of `a` and `b` as a number, the same for the same string: a one-char string
/// (most tokens) is its code point; a longer one (a number, a date, a clause), its rank among
/// the distinct longer strings of both, past the last code point. Only the few longer strings
/// are sorted.
fn interned(a: &[&str], b: &[&str]) -> (Vec<u32>, Vec<u32>) {
    let one_char = |s: &str| {
        let mut cs = s.chars();
        cs.next().filter(|_| cs.next().is_none())
    };
    let mut longer: Vec<&str> = (a.iter().chain(b).copied())
        .filter(|s| one_char(s).is_none())
        .collect();
    crate::sort::sort_keys(&mut longer);
    longer.dedup();
    let id = |s: &&str| match one_char(s) {
        Some(c) => u32::from(c),
        None => (longer.binary_search(s)).map_or(u32::MAX, |k| FIRST_LONGER + k as u32),
    };
    (a.iter().map(id).collect(), b.iter().map(id).collect())
}

/// The first number [`interned`] gives a longer string: past every code point.
const FIRST_LONGER: u32 = 0x11_0000;

/// Most tokens (both sides) diffed by Myers, whose time grows with length × differences: two
/// long texts that differ throughout took seconds. A task is a few hundred characters; past
/// this the diff is [`coarse_ops`], the same every run (no deadline, so the page and the CLI
/// agree).
const MAX_MYERS_TOKENS: usize = 3000;

/// A linear diff: the common start and end kept, the middle replaced.
fn coarse_ops<T: PartialEq>(a: &[T], b: &[T]) -> Vec<DiffOp> {
    let head = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let tail = a[head..]
        .iter()
        .rev()
        .zip(b[head..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a_mid, b_mid) = (a.len() - head - tail, b.len() - head - tail);
    let mut ops = Vec::new();
    if head > 0 {
        ops.push(DiffOp::Equal {
            old_index: 0,
            new_index: 0,
            len: head,
        });
    }
    match (a_mid, b_mid) {
        (0, 0) => {}
        (0, new_len) => ops.push(DiffOp::Insert {
            old_index: head,
            new_index: head,
            new_len,
        }),
        (old_len, 0) => ops.push(DiffOp::Delete {
            old_index: head,
            old_len,
            new_index: head,
        }),
        (old_len, new_len) => ops.push(DiffOp::Replace {
            old_index: head,
            old_len,
            new_index: head,
            new_len,
        }),
    }
    if tail > 0 {
        ops.push(DiffOp::Equal {
            old_index: a.len() - tail,
            new_index: b.len() - tail,
            len: tail,
        });
    }
    ops
}

/// Myers over tokens (compared by [`token_key`]), appended to `out` as raw ops: tokens whose
/// keys match are `equal`, or `alike` when their texts differ; with white space ignored, the
/// spaces of a deletion or insertion are `alike` too.
fn diff_tokens(out: &mut Spans, ta: &[&str], tb: &[&str], ignore: &Ignore) {
    let (ia, ib) = if ignore.width || ignore.numbering {
        let ka: Vec<Cow<str>> = ta.iter().map(|t| token_key(t, ignore)).collect();
        let kb: Vec<Cow<str>> = tb.iter().map(|t| token_key(t, ignore)).collect();
        let ra: Vec<&str> = ka.iter().map(|k| k.as_ref()).collect();
        let rb: Vec<&str> = kb.iter().map(|k| k.as_ref()).collect();
        interned(&ra, &rb)
    } else {
        // Each token is its own key.
        interned(ta, tb)
    };
    let one_side = |out: &mut Spans, op, tokens: &[&str]| {
        if !ignore.space {
            let len = tokens.iter().map(|t| t.len()).sum();
            match op {
                WordOpKind::Delete => out.replace(len, 0),
                _ => out.replace(0, len),
            }
            return;
        }
        for t in tokens {
            let kind = if t.chars().all(char::is_whitespace) {
                WordOpKind::Alike
            } else {
                op
            };
            match op {
                WordOpKind::Delete => out.push(kind, t.len(), 0),
                _ => out.push(kind, 0, t.len()),
            }
        }
    };
    for op in token_ops(ia, ib) {
        let (old, new) = (op.old_range(), op.new_range());
        match op {
            DiffOp::Equal { .. } => {
                for (x, y) in ta
                    .get(old)
                    .unwrap_or_default()
                    .iter()
                    .zip(tb.get(new).unwrap_or_default())
                {
                    let kind = if x == y {
                        WordOpKind::Equal
                    } else {
                        WordOpKind::Alike
                    };
                    out.push(kind, x.len(), y.len());
                }
            }
            _ => {
                one_side(out, WordOpKind::Delete, ta.get(old).unwrap_or_default());
                one_side(out, WordOpKind::Insert, tb.get(new).unwrap_or_default());
            }
        }
    }
}

/// True for a character that ends a clause: `。；;，,！？` and a line break.
fn is_clause_end(c: char) -> bool {
    matches!(c, '。' | '；' | ';' | '，' | ',' | '！' | '？' | '\n')
}

/// [`compact`](crate::chars::compact)`(text)` appended to `out`: the runs of characters it keeps as they are copied
/// whole, and only ASCII letters, white space and full-width forms looked at one by one (most
/// of a clause is Han characters, which it keeps).
fn compact_into(text: &str, out: &mut String) {
    let mut run = 0;
    for (i, c) in text.char_indices() {
        let kept = if c.is_ascii() {
            !c.is_ascii_uppercase() && !c.is_ascii_whitespace() && c != '\u{0B}'
        } else {
            ('\u{4E00}'..='\u{9FFF}').contains(&c)
                || !(c.is_whitespace() || ('\u{FF01}'..='\u{FF5E}').contains(&c))
        };
        if kept {
            continue;
        }
        out.push_str(text.get(run..i).unwrap_or_default());
        run = i + c.len_utf8();
        let folded = crate::chars::fold(c);
        if !folded.is_whitespace() {
            out.push(folded);
        }
    }
    out.push_str(text.get(run..).unwrap_or_default());
}

/// Splits `text` after each clause end (`加强学法，推进普法。` → `加强学法，`, `推进普法。`).
fn clauses(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if is_clause_end(c) {
            let end = i + c.len_utf8();
            out.push(&text[start..end]);
            start = end;
        }
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

/// Folds short equal (or alike) islands between edits into the edits, then gathers each run of
/// edits into one deletion followed by one insertion. `ops` are joined runs (no two neighbours
/// of one kind); `a` is the text their A ranges are in.
fn cleanup(ops: &[Span], a: &str) -> Spans {
    let mut out = Spans::default();
    // What of each text has gone to the edits since the last op kept as it is.
    let (mut del, mut ins) = (0, 0);
    for (i, op) in ops.iter().enumerate() {
        match op.kind {
            WordOpKind::Delete => del += op.a.len(),
            WordOpKind::Insert => ins += op.b.len(),
            _ => {
                let next_is_change = ops
                    .get(i + 1)
                    .is_some_and(|o| matches!(o.kind, WordOpKind::Delete | WordOpKind::Insert));
                // (No char is longer than 4 bytes: a longer text is no island.)
                let short = op.a.len() <= 4 * ISLAND_CHARS
                    && a.get(op.a.clone())
                        .is_some_and(|t| t.chars().count() <= ISLAND_CHARS);
                if i > 0 && next_is_change && short && (del > 0 || ins > 0) {
                    del += op.a.len();
                    ins += op.b.len();
                } else {
                    out.replace(del, ins);
                    (del, ins) = (0, 0);
                    out.push(op.kind, op.a.len(), op.b.len());
                }
            }
        }
    }
    out.replace(del, ins);
    out
}

/// Joins neighbouring ops of one kind (and partner); `alike` ops join both texts.
pub(crate) fn merge_equal_runs(ops: Vec<WordOp>) -> Vec<WordOp> {
    let mut out: Vec<WordOp> = Vec::with_capacity(ops.len());
    for op in ops {
        match out.last_mut() {
            Some(last) if last.op == op.op && last.partner == op.partner => {
                last.text.push_str(&op.text);
                if let (Some(mine), Some(theirs)) = (&mut last.b_text, &op.b_text) {
                    mine.push_str(theirs);
                }
            }
            _ => out.push(op),
        }
    }
    out
}

/// The text of side A (`equal`, `delete`, `alike`, `a_elsewhere`) or B (`equal`, `insert`,
/// `alike`'s B text, `b_elsewhere`) rebuilt from the ops.
pub fn rebuild(ops: &[WordOp], side_a: bool) -> String {
    ops.iter()
        .filter_map(|o| if side_a { o.a_side() } else { o.b_side() })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chars::compact;
    use proptest::prelude::*;

    /// The characters that end a clause, as a list.
    const CLAUSE_ENDS: &[char] = &['。', '；', ';', '，', ',', '！', '？', '\n'];

    /// Past the Myers bound the common start and end are kept and the middle replaced; the
    /// ops still cover both sides exactly.
    #[test]
    fn coarse_diff_keeps_common_ends() {
        let a = ["甲", "乙", "丙", "丁"];
        let b = ["甲", "戊", "丁"];
        assert_eq!(
            coarse_ops(&a, &b),
            vec![
                DiffOp::Equal {
                    old_index: 0,
                    new_index: 0,
                    len: 1
                },
                DiffOp::Replace {
                    old_index: 1,
                    old_len: 2,
                    new_index: 1,
                    new_len: 1
                },
                DiffOp::Equal {
                    old_index: 3,
                    new_index: 2,
                    len: 1
                },
            ]
        );
        assert_eq!(
            coarse_ops(&a, &a),
            vec![DiffOp::Equal {
                old_index: 0,
                new_index: 0,
                len: 4
            }]
        );
        let long_a: Vec<&str> = (0..4000)
            .map(|i| if i % 2 == 0 { "甲" } else { "乙" })
            .collect();
        let long_b: Vec<&str> = (0..4000)
            .map(|i| if i % 3 == 0 { "甲" } else { "丙" })
            .collect();
        let ops = myers_ops(&long_a, &long_b);
        let old: usize = ops.iter().map(|o| o.old_range().len()).sum();
        let new: usize = ops.iter().map(|o| o.new_range().len()).sum();
        assert_eq!((old, new), (4000, 4000));
    }

    fn show(ops: &[WordOp]) -> String {
        ops.iter()
            .map(|o| match o.op {
                WordOpKind::Equal => o.text.clone(),
                WordOpKind::Delete => format!("[-{}-]", o.text),
                WordOpKind::Insert => format!("{{+{}+}}", o.text),
                WordOpKind::Alike => format!("<{}|{}>", o.text, o.b_side().unwrap_or_default()),
                WordOpKind::AElsewhere | WordOpKind::BElsewhere => format!("({})", o.text),
            })
            .collect()
    }

    #[test]
    fn tokens_keep_numbers_dates_and_titles_whole() {
        assert_eq!(
            tokenize("3月1日前达到95%"),
            vec!["3月1日", "前", "达", "到", "95%"]
        );
        assert_eq!(tokenize("10月底前"), vec!["10月底", "前"]);
        assert_eq!(tokenize("2-3个"), vec!["2-3", "个"]);
        assert_eq!(tokenize("1.5倍"), vec!["1.5", "倍"]);
        assert_eq!(tokenize("5%-10%"), vec!["5%-10%"]);
        assert_eq!(
            tokenize("《示例市办法》规定"),
            vec!["《示例市办法》", "规", "定"]
        );
        assert_eq!(tokenize("2024年"), vec!["2024年"]);
        assert_eq!(tokenize("《未闭合"), vec!["《", "未", "闭", "合"]);
        assert_eq!(tokenize("第１２次"), vec!["第", "１２", "次"]);
    }

    #[test]
    fn percent_change_reads_as_one_replacement() {
        let ops = diff_words("审查率达100%。", "审查率达到95%以上。");
        assert_eq!(show(&ops), "审查率达[-100%-]{+到95%以上+}。");
    }

    #[test]
    fn date_change_reads_as_one_replacement() {
        let ops = diff_words("每年3月1日前报送", "每年2月10日前报送");
        assert_eq!(show(&ops), "每年[-3月1日-]{+2月10日+}前报送");
    }

    #[test]
    fn short_islands_fold_into_the_replacement() {
        let ops = diff_words("组织开展专项检查", "推动建立专项检查");
        assert_eq!(show(&ops), "[-组织开展-]{+推动建立+}专项检查");
        let ops = diff_words("甲乙丙丁戊", "子乙丑丁寅");
        assert_eq!(show(&ops), "[-甲乙丙丁戊-]{+子乙丑丁寅+}");
    }

    #[test]
    fn rebuilds_both_sides() {
        let a = "全年举办不少于3次法治专题讲座（牵头单位：示例市司法局）";
        let b = "每年举办法治专题讲座不少于4次（牵头单位：示例市司法局、示例市政府办）";
        let ops = diff_words(a, b);
        assert_eq!(rebuild(&ops, true), a);
        assert_eq!(rebuild(&ops, false), b);
    }

    #[test]
    fn very_long_texts_are_diffed_by_clause_and_still_rebuild() {
        let a: String = (0..600).map(|i| format!("第{i}项加强学法，")).collect();
        let b: String = (0..600)
            .map(|i| format!("第{}项推进普法，", i * 7))
            .collect();
        assert!(tokenize(&a).len() * tokenize(&b).len() > TOKEN_PAIR_LIMIT);
        let ops = diff_words(&a, &b);
        assert_eq!(rebuild(&ops, true), a);
        assert_eq!(rebuild(&ops, false), b);
        assert_eq!(
            clauses("加强学法，推进普法。其余"),
            vec!["加强学法，", "推进普法。", "其余"]
        );
    }

    #[test]
    fn unrelated_paragraphs_read_as_one_replacement() {
        let a = "组织开展行政执法案卷评查工作，重点检查执法程序是否合法规范，".repeat(8);
        let b = "推进公共法律服务平台建设，为群众提供便捷高效的法律咨询服务，".repeat(8);
        assert_eq!(show(&diff_words(&a, &b)), format!("[-{a}-]{{+{b}+}}"));
    }

    #[test]
    fn clauses_differing_only_in_width_are_diffed_inside() {
        let ops = diff_words("加强学法，推进普法。", "加强学法,推进普法。");
        assert_eq!(show(&ops), "加强学法[-，-]{+,+}推进普法。");
    }

    fn only(width: bool, space: bool, numbering: bool) -> Ignore {
        Ignore {
            width,
            space,
            numbering,
        }
    }

    #[test]
    fn width_ignored_gives_alike_ops_not_changes() {
        let (a, b) = (
            "加强学法，推进普法（牵头单位：市司法局）第１２次",
            "加强学法,推进普法(牵头单位:市司法局)第12次",
        );
        let ops = diff_words_with(a, b, &only(true, false, false));
        assert_eq!(
            show(&ops),
            "加强学法<，|,>推进普法<（|(>牵头单位<：|:>市司法局<）|)>第<１２|12>次"
        );
        assert!(!ops.iter().any(WordOp::is_change));
        assert_eq!(
            (rebuild(&ops, true), rebuild(&ops, false)),
            (a.into(), b.into())
        );
        // Not ignored: the same texts differ in five places (`）第１２` reads as one change).
        let ops = diff_words_with(a, b, &only(false, true, true));
        assert_eq!(ops.iter().filter(|o| o.op == WordOpKind::Delete).count(), 4);
        // A real change beside a width change is still one.
        let ops = diff_words_with("审查率达95%：", "审查率达100%:", &only(true, false, false));
        assert_eq!(show(&ops), "审查率达[-95%-]{+100%+}<：|:>");
    }

    #[test]
    fn space_ignored_gives_alike_ops() {
        let (a, b) = ("推进 依法行政　工作", "推进依法行政工作");
        let ops = diff_words_with(a, b, &only(false, true, false));
        assert_eq!(show(&ops), "推进< |>依法行政<　|>工作");
        assert!(!ops.iter().any(WordOp::is_change));
        let ops = diff_words_with(a, b, &Ignore::NOTHING);
        assert!(ops.iter().any(WordOp::is_change));
        assert_eq!(
            (rebuild(&ops, true), rebuild(&ops, false)),
            (a.into(), b.into())
        );
    }

    #[test]
    fn numbering_ignored_gives_alike_ops_for_renumbered_marks() {
        let a = "（1）加强学法；（2）推进普法；①建立清单；一是健全制度，2.开展评查";
        let b = "（2）加强学法；（3）推进普法；②建立清单；二是健全制度，3.开展评查";
        let ops = diff_words_with(a, b, &only(false, false, true));
        assert!(!ops.iter().any(WordOp::is_change), "{}", show(&ops));
        assert_eq!(
            (rebuild(&ops, true), rebuild(&ops, false)),
            (a.into(), b.into())
        );
        // A number that is not a list marker is a change still: `2件` → `3件`, `2.5` → `3.5`.
        let ops = diff_words_with(
            "制定规章2件，增长2.5倍",
            "制定规章3件，增长3.5倍",
            &only(false, false, true),
        );
        assert_eq!(show(&ops), "制定规章[-2-]{+3+}件，增长[-2.5-]{+3.5+}倍");
        // Without the option, a renumbered marker is a change.
        let ops = diff_words_with("①建立清单", "②建立清单", &Ignore::NOTHING);
        assert_eq!(show(&ops), "[-①-]{+②+}建立清单");
        assert_eq!(
            tokenize_with("（1）加强，2.推进", true),
            vec!["（1）", "加", "强", "，", "2.", "推", "进"]
        );
    }

    /// The wording diff as it was built before [`Spans`]: an op (and a `String`) per token,
    /// joined and cleaned up as texts. The new one must give the same ops.
    fn diff_by_texts(a: &str, b: &str, ignore: &Ignore) -> Vec<WordOp> {
        if a == b {
            return diff_words_with(a, b, ignore);
        }
        let (ca, cb) = (clauses(a), clauses(b));
        let ka: Vec<String> = ca.iter().map(|c| compact(c)).collect();
        let kb: Vec<String> = cb.iter().map(|c| compact(c)).collect();
        let ra: Vec<&str> = ka.iter().map(String::as_str).collect();
        let rb: Vec<&str> = kb.iter().map(String::as_str).collect();
        let (mut raw, mut block_a, mut block_b) = (Vec::new(), String::new(), String::new());
        for op in myers_ops(&ra, &rb) {
            let (old, new) = (op.old_range(), op.new_range());
            if let DiffOp::Equal { .. } = op {
                for (x, y) in ca[old].iter().zip(&cb[new]) {
                    if x == y {
                        block_by_texts(&mut raw, &mut block_a, &mut block_b, ignore);
                        raw.push(WordOp::new(WordOpKind::Equal, *x));
                    } else {
                        block_a.push_str(x);
                        block_b.push_str(y);
                    }
                }
            } else {
                block_a.push_str(&ca[old].concat());
                block_b.push_str(&cb[new].concat());
            }
        }
        block_by_texts(&mut raw, &mut block_a, &mut block_b, ignore);
        // The cleanup, on texts.
        let ops = merge_equal_runs(raw);
        let (mut out, mut del, mut ins) = (Vec::new(), String::new(), String::new());
        let flush = |out: &mut Vec<WordOp>, del: &mut String, ins: &mut String| {
            push_text(out, WordOpKind::Delete, std::mem::take(del));
            push_text(out, WordOpKind::Insert, std::mem::take(ins));
        };
        for (i, op) in ops.iter().enumerate() {
            match op.op {
                WordOpKind::Delete => del.push_str(&op.text),
                WordOpKind::Insert => ins.push_str(&op.text),
                _ => {
                    if i > 0
                        && ops.get(i + 1).is_some_and(WordOp::is_change)
                        && op.text.chars().count() <= ISLAND_CHARS
                        && (!del.is_empty() || !ins.is_empty())
                    {
                        del.push_str(op.a_side().unwrap_or_default());
                        ins.push_str(op.b_side().unwrap_or_default());
                    } else {
                        flush(&mut out, &mut del, &mut ins);
                        out.push(op.clone());
                    }
                }
            }
        }
        flush(&mut out, &mut del, &mut ins);
        merge_equal_runs(out)
    }

    /// The old `flush_block`: a run of changed clauses as an op per token.
    fn block_by_texts(out: &mut Vec<WordOp>, a: &mut String, b: &mut String, ignore: &Ignore) {
        let (ta, tb) = (
            tokenize_with(a, ignore.numbering),
            tokenize_with(b, ignore.numbering),
        );
        let size = ta.len() * tb.len();
        let refine = !a.is_empty()
            && !b.is_empty()
            && (size <= REFINE_ALWAYS || (size <= TOKEN_PAIR_LIMIT && alike_enough(a, b)));
        if !refine {
            push_text(out, WordOpKind::Delete, std::mem::take(a));
            push_text(out, WordOpKind::Insert, std::mem::take(b));
            return;
        }
        let ka: Vec<Cow<str>> = ta.iter().map(|t| token_key(t, ignore)).collect();
        let kb: Vec<Cow<str>> = tb.iter().map(|t| token_key(t, ignore)).collect();
        let ra: Vec<&str> = ka.iter().map(|k| k.as_ref()).collect();
        let rb: Vec<&str> = kb.iter().map(|k| k.as_ref()).collect();
        let (ia, ib) = interned(&ra, &rb);
        let one_side = |out: &mut Vec<WordOp>, op, tokens: &[&str]| {
            for t in tokens {
                let space = ignore.space && t.chars().all(char::is_whitespace);
                out.push(match (space, op) {
                    (false, _) => WordOp::new(op, *t),
                    (true, WordOpKind::Delete) => WordOp::alike(*t, ""),
                    (true, _) => WordOp::alike("", *t),
                });
            }
        };
        for op in token_ops(ia, ib) {
            let (old, new) = (op.old_range(), op.new_range());
            if let DiffOp::Equal { .. } = op {
                for (x, y) in ta[old].iter().zip(&tb[new]) {
                    out.push(if x == y {
                        WordOp::new(WordOpKind::Equal, *x)
                    } else {
                        WordOp::alike(*x, *y)
                    });
                }
            } else {
                one_side(out, WordOpKind::Delete, &ta[old]);
                one_side(out, WordOpKind::Insert, &tb[new]);
            }
        }
        a.clear();
        b.clear();
    }

    /// Texts from a few characters that exercise the tokens, clauses, widths, spaces and
    /// list markers.
    fn text() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "加",
            "强",
            "学",
            "法",
            "推",
            "进",
            "，",
            ",",
            "。",
            "；",
            " ",
            "　",
            "3",
            "１",
            "5%",
            "（2）",
            "(2)",
            "二是",
            "①",
            "3月1日",
            "《示例市办法》",
            "：",
            "示例市",
            "工作",
        ]);
        prop::collection::vec(pieces, 0..40).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn spans_give_the_ops_texts_gave(
            a in text(),
            b in text(),
            (width, space, numbering) in (any::<bool>(), any::<bool>(), any::<bool>()),
        ) {
            let ignore = only(width, space, numbering);
            let ops = diff_words_with(&a, &b, &ignore);
            prop_assert_eq!(&ops, &diff_by_texts(&a, &b, &ignore));
            prop_assert_eq!(rebuild(&ops, true), a);
            prop_assert_eq!(rebuild(&ops, false), b);
        }

        #[test]
        fn spans_give_the_ops_texts_gave_on_edited_copies(
            a in text(),
            edits in prop::collection::vec((0usize..200, text()), 0..4),
            ignore in (any::<bool>(), any::<bool>(), any::<bool>()),
        ) {
            // A text and an edited copy of it: long equal runs between the changes.
            let mut b: Vec<char> = a.chars().collect();
            for (at, piece) in edits {
                let at = at.min(b.len());
                b.splice(at..at, piece.chars());
            }
            let b: String = b.into_iter().collect();
            let ignore = only(ignore.0, ignore.1, ignore.2);
            prop_assert_eq!(diff_words_with(&a, &b, &ignore), diff_by_texts(&a, &b, &ignore));
        }
    }

    proptest! {
        #[test]
        fn compact_into_appends_what_compact_gives(
            text in prop::collection::vec(
                prop_oneof![
                    Just('A'), Just('z'), Just(' '), Just('\t'), Just('\u{0B}'), Just('\u{0C}'),
                    Just('\u{3000}'), Just('\u{A0}'), Just('\u{2028}'), Just('Ａ'), Just('，'),
                    Just('\u{FF5E}'), Just('\u{FF5F}'), Just('\u{FF00}'), Just('法'), Just('É'),
                    any::<char>(),
                ],
                0..30,
            ).prop_map(|v| v.into_iter().collect::<String>())
        ) {
            let mut out = String::from("前");
            compact_into(&text, &mut out);
            prop_assert_eq!(out, format!("前{}", compact(&text)));
        }

        #[test]
        fn clause_ends_are_the_listed_ones(c in any::<char>()) {
            prop_assert_eq!(is_clause_end(c), CLAUSE_ENDS.contains(&c));
            for end in CLAUSE_ENDS {
                prop_assert!(is_clause_end(*end));
            }
        }
    }

    #[test]
    fn identical_texts_are_one_equal_op() {
        let ops = diff_words("加强学法", "加强学法");
        assert_eq!(ops.len(), 1);
        assert_eq!(ops[0].op, WordOpKind::Equal);
        assert!(diff_words("", "").is_empty());
    }
}
