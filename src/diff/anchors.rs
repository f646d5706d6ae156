//! Anchors for the wording diff of long, loosely alike texts: runs of tokens that occur once in
//! each text, kept in the order both texts give them, so that Myers (whose time grows with
//! length × differences) runs only on the short stretches between them.
//!
//! Between anchors of four tokens, runs of three, then two are looked for (found once in that
//! stretch); a long stretch with none at all is one replacement.
//!
//! `加强执法监督，推进执法公开` against `推进执法公开，加强执法监督` with runs of 4: the
//! runs unique to both are `加强执法`, `强执法监`, `执法监督`, `推进执法`, …; the longest chain in
//! order on both sides is kept, its overlapping members dropped.

use similar::algorithms::{myers, DiffHook};
use std::convert::Infallible;
use std::ops::Range;

/// Tokens in an anchor at first; between anchors, shorter runs down to [`MIN_RUN`] are
/// looked for. Runs of this length are rarely shared by chance (`的工作`); equal runs of up to
/// [`super::wording`]'s island length are folded into the edits anyway.
pub const RUN: usize = 4;
/// The shortest run that anchors.
pub const MIN_RUN: usize = 2;

/// A stretch `len(a) × len(b)` this small is left to Myers without looking for anchors
/// (some 45 tokens a side: Myers takes well under 0.1 ms).
pub const ANCHOR_ABOVE: usize = 2_000;

/// A stretch with no anchor even of [`MIN_RUN`] tokens, past this size (`len(a) × len(b)`,
/// some 63 tokens a side), is one replacement: its two sides share no pair of tokens found once
/// in each, and what Myers would keep of them (single characters, repeated pairs) the cleanup
/// mostly folds into the edits anyway — at a cost of length × differences.
pub const UNANCHORED_MAX: usize = 4_000;

/// Myers' work (`(len(a) + len(b)) × differences`, about the diagonals it walks) always spent:
/// two texts this close (a task and its edited next version) are diffed by Myers alone, as
/// shorter texts are, whatever their anchors; the ops are then plain Myers'.
pub const MYERS_BUDGET: usize = 60_000;

/// The diff of `a` against `b` (tokens as numbers) into `hook`: plain Myers when the anchors
/// show the texts close enough for it to be cheap (the differences are at most the tokens
/// outside the anchors), else anchors equal and Myers between them. `hook.finish()` is not
/// called.
///
/// `[1, 2, 3, 4, 9]` against `[8, 1, 2, 3, 4]` → insert `8`, equal `1 2 3 4`, delete `9`.
pub fn diff<D: DiffHook<Error = Infallible>>(hook: &mut D, a: &[u32], b: &[u32]) {
    let found = anchors(a, b, RUN);
    let covered: usize = found.iter().map(|x| 2 * x.len).sum();
    let tokens = a.len() + b.len();
    let most_differences = tokens.saturating_sub(covered);
    if tokens.saturating_mul(most_differences) <= MYERS_BUDGET {
        let Ok(()) = myers::diff(hook, a, 0..a.len(), b, 0..b.len());
    } else {
        around(hook, a, 0..a.len(), b, 0..b.len(), &found, RUN);
    }
}

/// [`diff`] of `a[ra]` against `b[rb]`, with anchors of `run` tokens, then shorter ones.
fn diff_runs<D: DiffHook<Error = Infallible>>(
    hook: &mut D,
    a: &[u32],
    ra: Range<usize>,
    b: &[u32],
    rb: Range<usize>,
    run: usize,
) {
    let size = ra.len().saturating_mul(rb.len());
    let found = match (a.get(ra.clone()), b.get(rb.clone())) {
        (Some(sa), Some(sb)) if size > ANCHOR_ABOVE && run >= MIN_RUN => anchors(sa, sb, run),
        _ => Vec::new(),
    };
    if found.is_empty() && (size <= ANCHOR_ABOVE || run <= MIN_RUN) {
        let Ok(()) = if size <= UNANCHORED_MAX {
            myers::diff(hook, a, ra, b, rb)
        } else {
            hook.replace(ra.start, ra.len(), rb.start, rb.len())
        };
        return;
    }
    around(hook, a, ra, b, rb, &found, run);
}

/// The anchors `found` in `a[ra]` and `b[rb]` (at offsets in them) equal, the stretches
/// before, between and after them diffed with runs shorter than `run`.
fn around<D: DiffHook<Error = Infallible>>(
    hook: &mut D,
    a: &[u32],
    ra: Range<usize>,
    b: &[u32],
    rb: Range<usize>,
    found: &[Anchor],
    run: usize,
) {
    let (mut from_a, mut from_b) = (ra.start, rb.start);
    let ends = found
        .iter()
        .map(|x| (ra.start + x.a, rb.start + x.b, x.len));
    for (at_a, at_b, len) in ends.chain([(ra.end, rb.end, 0)]) {
        diff_runs(hook, a, from_a..at_a, b, from_b..at_b, run - 1);
        if len > 0 {
            let Ok(()) = hook.equal(at_a, at_b, len);
        }
        (from_a, from_b) = (at_a + len, at_b + len);
    }
}

/// A run of equal tokens: at `a` in the first text, at `b` in the second, `len` long.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Anchor {
    pub a: usize,
    pub b: usize,
    pub len: usize,
}

/// The anchors of `a` and `b` (tokens as numbers), increasing on both sides and not
/// overlapping: the longest chain of runs of `run` tokens found exactly once in each.
///
/// `[1, 2, 3, 4, 9]` and `[8, 1, 2, 3, 4]` with runs of 4 → one anchor at `a: 0, b: 1`.
pub fn anchors(a: &[u32], b: &[u32], run: usize) -> Vec<Anchor> {
    if run == 0 || run > RUN {
        return Vec::new();
    }
    // Every run of both sides, sorted: equal runs end up next to each other (a sort rather
    // than a hash map: no hasher in the page's wasm, and the order is the same every run).
    let mut unique = if fits_packed(a, b) {
        unique_packed(a, b, run)
    } else {
        unique_wide(a, b, run)
    };
    // Sorted by `a`, the longest chain increasing in `b` too.
    unique.sort_unstable_by_key(|x| x.a);
    // (Each `b` occurs once: the shared chain's rule for equal keys never applies.)
    let keys: Vec<usize> = unique.iter().map(|x| x.b).collect();
    let chain = crate::lis::longest_increasing(&keys);
    let mut kept: Vec<Anchor> = Vec::with_capacity(chain.len());
    for x in chain.into_iter().filter_map(|i| unique.get(i).copied()) {
        let clear = kept
            .last()
            .is_none_or(|k| x.a >= k.a + k.len && x.b >= k.b + k.len);
        if clear {
            kept.push(x);
        }
    }
    kept
}

/// Bits of a token in a packed run, and of a position in a packed entry.
const TOKEN_BITS: u32 = 24;
const AT_BITS: u32 = 31;

/// True when every token of `a` and `b` fits [`TOKEN_BITS`] (code points take 21 bits, the
/// longer tokens follow them) and every position [`AT_BITS`]: always, in practice.
fn fits_packed(a: &[u32], b: &[u32]) -> bool {
    let token_max = a.iter().chain(b).copied().max().unwrap_or(0);
    token_max < 1 << TOKEN_BITS && a.len().max(b.len()) < 1 << AT_BITS
}

/// The runs of `run` tokens found exactly once in each of `a` and `b`, in the order of their
/// runs, each entry one `u128` (run, then side, then position: the order of the
/// [`unique_wide`] tuples) sorted in half the memory of the tuples, with one comparison.
fn unique_packed(a: &[u32], b: &[u32], run: usize) -> Vec<Anchor> {
    let entry = |w: &[u32], side: u128, at: usize| {
        let key = w
            .iter()
            .fold(0u128, |k, &t| (k << TOKEN_BITS) | u128::from(t));
        (key << (AT_BITS + 1)) | (side << AT_BITS) | at as u128
    };
    let mut all: Vec<u128> = (a.windows(run).enumerate())
        .map(|(i, w)| entry(w, 0, i))
        .chain(b.windows(run).enumerate().map(|(i, w)| entry(w, 1, i)))
        .collect();
    all.sort_unstable();
    let at = |x: u128| (x & ((1 << AT_BITS) - 1)) as usize;
    let side = |x: u128| (x >> AT_BITS) & 1;
    let mut unique = Vec::new();
    for group in all.chunk_by(|x, y| x >> (AT_BITS + 1) == y >> (AT_BITS + 1)) {
        if let [x, y] = group {
            if side(*x) == 0 && side(*y) == 1 {
                unique.push(Anchor {
                    a: at(*x),
                    b: at(*y),
                    len: run,
                });
            }
        }
    }
    unique
}

/// [`unique_packed`] for tokens or texts too large to pack: a run as one number (four tokens
/// of 32 bits at most) beside its side and position.
fn unique_wide(a: &[u32], b: &[u32], run: usize) -> Vec<Anchor> {
    let key = |w: &[u32]| w.iter().fold(0u128, |k, &t| (k << 32) | u128::from(t));
    let mut all: Vec<(u128, u8, usize)> = (a.windows(run).enumerate())
        .map(|(i, w)| (key(w), 0, i))
        .chain(b.windows(run).enumerate().map(|(i, w)| (key(w), 1, i)))
        .collect();
    all.sort_unstable();
    let mut unique = Vec::new();
    for group in all.chunk_by(|x, y| x.0 == y.0) {
        if let [(_, 0, at_a), (_, 1, at_b)] = group {
            unique.push(Anchor {
                a: *at_a,
                b: *at_b,
                len: run,
            });
        }
    }
    unique
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_moved_run_anchors_once() {
        assert_eq!(
            anchors(&[1, 2, 3, 4, 9], &[8, 1, 2, 3, 4], 4),
            vec![Anchor { a: 0, b: 1, len: 4 }]
        );
    }

    #[test]
    fn diff_keeps_the_anchor_and_covers_both_sides() {
        use similar::algorithms::Capture;
        let a: Vec<u32> = (0..60).chain([1000, 1001, 1002, 1003]).collect();
        let b: Vec<u32> = [1000, 1001, 1002, 1003]
            .into_iter()
            .chain(100..160)
            .collect();
        let mut hook = Capture::new();
        diff(&mut hook, &a, &b);
        let ops = hook.into_ops();
        assert!(ops.iter().any(|op| matches!(
            op,
            similar::DiffOp::Equal {
                old_index: 60,
                new_index: 0,
                len: 4
            }
        )));
        // Every token of each side in exactly one op, in order.
        let (mut at_a, mut at_b) = (0, 0);
        for op in &ops {
            assert_eq!((op.old_range().start, op.new_range().start), (at_a, at_b));
            (at_a, at_b) = (op.old_range().end, op.new_range().end);
        }
        assert_eq!((at_a, at_b), (a.len(), b.len()));
    }

    #[test]
    fn runs_found_twice_on_a_side_are_no_anchors() {
        assert!(anchors(&[1, 2, 3, 4, 1, 2, 3, 4], &[1, 2, 3, 4], 4).is_empty());
    }

    #[test]
    fn crossing_runs_keep_the_longer_chain_without_overlaps() {
        // 1 2 3 4 5 6 and 10 11 12 13 in order in `a`; in `b` the second run comes first.
        let a = [1, 2, 3, 4, 5, 6, 0, 10, 11, 12, 13];
        let b = [10, 11, 12, 13, 0, 1, 2, 3, 4, 5, 6];
        // Runs at a 0, 1, 2 (b 5, 6, 7) chain longer than the one run at a 7; overlapping
        // members are dropped.
        assert_eq!(anchors(&a, &b, 4), vec![Anchor { a: 0, b: 5, len: 4 }]);
    }

    #[test]
    fn packed_runs_find_what_wide_runs_find() {
        // Tokens up to the largest that packs, runs found once, twice and on one side only.
        let top = (1 << TOKEN_BITS) - 1;
        let a: Vec<u32> = [
            5, top, 7, 8, 5, top, 7, 9, 1, 2, 3, 4, 0x11_0000, 6, 7, 8, 9,
        ]
        .into_iter()
        .chain(100..140)
        .collect();
        let b: Vec<u32> = (120..160)
            .chain([9, 7, 8, 5, top, 7, 8, 1, 2, 3, 4, 0x11_0000, 6, 7, 1, 2, 3])
            .collect();
        assert!(fits_packed(&a, &b));
        for run in MIN_RUN..=RUN {
            let packed = unique_packed(&a, &b, run);
            assert!(!packed.is_empty());
            assert_eq!(packed, unique_wide(&a, &b, run), "runs of {run}");
        }
        assert!(!fits_packed(&[1 << TOKEN_BITS], &[]));
    }
}
