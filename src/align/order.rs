//! Order among look-alikes: tasks whose texts are the same but for their numbers pair in
//! document order, as a line diff pairs repeated lines, so that copies of one sentence pair
//! one to one in sequence instead of by chance.
//!
//! The longest common subsequence of the two documents' look-alike keys (Hunt–Szymanski:
//! each task of A tries only the occurrences of its key in B near its own rank, so the work is
//! n·log n), taken twice: once over all tasks, once over those left (tasks moved elsewhere keep
//! their order among themselves).

use crate::chars::{fold, is_content};
use crate::model::Document;

/// Occurrences of a key in B tried for one task of A, around the task's own rank among the
/// occurrences of its key in A.
const RANK_WINDOW: usize = 48;

/// Two hashes of the content characters of `text` (folded), read in one pass: with its digits
/// (the very same text) and without them, white space dropped (its look-alike key:
/// `每年开展不少于4次` and `每年开展不少于6次` share one).
pub(super) fn text_keys(text: &str) -> (u64, u64) {
    // One multiply per character (FNV-1a's step on the code point, not on each byte).
    let step = |h: u64, c: u32| (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
    let seed = 0xcbf2_9ce4_8422_2325u64;
    let (mut same, mut alike) = (seed, seed);
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(&lead) = bytes.get(at) {
        // A Han character of the common block (U+4E00–U+9FFF, lead bytes E4–E9) is content,
        // kept by folding and no digit: read straight from its three bytes.
        if (0xE4..=0xE9).contains(&lead) {
            if let (Some(&b1), Some(&b2)) = (bytes.get(at + 1), bytes.get(at + 2)) {
                let c = (u32::from(lead & 0x0F) << 12)
                    | (u32::from(b1 & 0x3F) << 6)
                    | u32::from(b2 & 0x3F);
                if c >= 0x4E00 {
                    same = step(same, c);
                    alike = step(alike, c);
                    at += 3;
                    continue;
                }
            }
        }
        let Some(c) = text.get(at..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        at += c.len_utf8();
        let c = fold(c);
        if is_content(c) {
            if !c.is_ascii_digit() {
                alike = step(alike, c as u32);
            }
            same = step(same, c as u32);
        }
    }
    (same, alike)
}

/// Each task's keys of `doc`: the very same texts share the first, look-alikes the second
/// (see [`text_keys`]).
pub fn task_keys(doc: &Document) -> (Vec<u64>, Vec<u64>) {
    doc.tasks.iter().map(|t| text_keys(&t.text)).unzip()
}

/// Pairs `(i, j)` of look-alike tasks of `a` and `b` in document order.
pub fn lookalike_pairs(a: &Document, b: &Document) -> Vec<(usize, usize)> {
    let ((ea, ka), (eb, kb)) = (task_keys(a), task_keys(b));
    lookalike_pairs_of(&ea, &eb, &ka, &kb)
}

/// [`lookalike_pairs`] given each task's keys ([`task_keys`]: `ea`, `eb` of the same texts,
/// `ka`, `kb` of look-alikes): the very same texts first, then texts the same but for numbers
/// among those left.
pub fn lookalike_pairs_of(ea: &[u64], eb: &[u64], ka: &[u64], kb: &[u64]) -> Vec<(usize, usize)> {
    let mut used_a = vec![false; ka.len()];
    let mut used_b = vec![false; kb.len()];
    let mut pairs = Vec::new();
    // Pass by pass over the tasks left: the same texts in order (twice), the same texts in any
    // order, then look-alikes in order (twice).
    let passes: [(&[u64], &[u64], bool); 5] = [
        (ea, eb, true),
        (ea, eb, true),
        (ea, eb, false),
        (ka, kb, true),
        (ka, kb, true),
    ];
    for (xa, xb, in_order) in passes {
        let left_a: Vec<usize> = (0..ka.len()).filter(|&i| !used_a[i]).collect();
        let left_b: Vec<usize> = (0..kb.len()).filter(|&j| !used_b[j]).collect();
        let found = if in_order {
            common_subsequence(xa, xb, &left_a, &left_b)
        } else {
            by_rank(xa, xb, &left_a, &left_b)
        };
        for (i, j) in found {
            used_a[i] = true;
            used_b[j] = true;
            pairs.push((i, j));
        }
    }
    crate::sort::sort_keys(&mut pairs);
    pairs
}

/// Tasks `xs` of A and `ys` of B with equal keys paired whatever their order: the k-th of a
/// key in A with the k-th of that key in B.
fn by_rank(ka: &[u64], kb: &[u64], xs: &[usize], ys: &[usize]) -> Vec<(usize, usize)> {
    let mut a: Vec<(u64, usize)> = xs.iter().map(|&i| (ka[i], i)).collect();
    let mut b: Vec<(u64, usize)> = ys.iter().map(|&j| (kb[j], j)).collect();
    crate::sort::sort_keys(&mut a);
    crate::sort::sort_keys(&mut b);
    let (mut p, mut q, mut out) = (0, 0, Vec::new());
    while p < a.len() && q < b.len() {
        match a[p].0.cmp(&b[q].0) {
            std::cmp::Ordering::Less => p += 1,
            std::cmp::Ordering::Greater => q += 1,
            std::cmp::Ordering::Equal => {
                out.push((a[p].1, b[q].1));
                p += 1;
                q += 1;
            }
        }
    }
    out
}

/// The longest common subsequence of the keys of tasks `xs` of A and `ys` of B (indices into
/// `ka`, `kb`, ascending), as pairs of task indices.
fn common_subsequence(ka: &[u64], kb: &[u64], xs: &[usize], ys: &[usize]) -> Vec<(usize, usize)> {
    // Each key's positions in `ys` (positions, not task indices), and each x's rank among the
    // xs of its key.
    let mut by_key: Vec<(u64, usize)> = ys.iter().enumerate().map(|(p, &j)| (kb[j], p)).collect();
    crate::sort::sort_keys(&mut by_key);
    let mut seen_a: Vec<(u64, usize)> = xs.iter().enumerate().map(|(p, &i)| (ka[i], p)).collect();
    crate::sort::sort_keys(&mut seen_a);
    let mut rank_a = vec![0usize; xs.len()];
    for (k, &(key, p)) in seen_a.iter().enumerate() {
        let first = seen_a.partition_point(|x| x.0 < key);
        rank_a[p] = k - first;
    }
    // Hunt–Szymanski: every (x, position in ys) with equal keys, later positions first for
    // each x so that one x extends at most one length; their longest chain increasing in the
    // position is the common subsequence (of equal ends, the first copy stays).
    let mut tried: Vec<(usize, usize)> = Vec::new();
    for (px, &i) in xs.iter().enumerate() {
        let key = ka[i];
        let from = by_key.partition_point(|x| x.0 < key);
        let to = by_key.partition_point(|x| x.0 <= key);
        let centre = from + rank_a[px];
        let lo = centre.saturating_sub(RANK_WINDOW).max(from);
        let hi = (centre + RANK_WINDOW + 1).min(to);
        if lo >= hi {
            continue;
        }
        tried.extend(by_key[lo..hi].iter().rev().map(|&(_, py)| (px, py)));
    }
    let ends: Vec<usize> = tried.iter().map(|t| t.1).collect();
    crate::lis::longest_increasing(&ends)
        .into_iter()
        .filter_map(|n| tried.get(n))
        .map(|&(px, py)| (xs[px], ys[py]))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Task;

    fn doc(texts: &[&str]) -> Document {
        Document {
            tasks: texts
                .iter()
                .map(|t| Task {
                    text: t.to_string(),
                    ..Task::default()
                })
                .collect(),
            ..Document::default()
        }
    }

    #[test]
    fn copies_pair_in_order_and_moved_ones_among_themselves() {
        let a = doc(&["甲", "乙", "丙", "甲", "乙", "丙"]);
        // The first 甲 dropped, the first 乙 moved to the end.
        let b = doc(&["丙", "甲", "乙", "丙", "乙"]);
        let pairs = lookalike_pairs(&a, &b);
        assert_eq!(pairs, vec![(1, 4), (2, 0), (3, 1), (4, 2), (5, 3)]);
    }

    #[test]
    fn the_first_copy_pairs_whichever_side_has_more() {
        assert_eq!(
            lookalike_pairs(&doc(&["甲", "甲"]), &doc(&["甲"])),
            vec![(0, 0)]
        );
        assert_eq!(
            lookalike_pairs(&doc(&["甲"]), &doc(&["甲", "甲"])),
            vec![(0, 0)]
        );
    }

    #[test]
    fn the_very_same_text_goes_before_a_look_alike() {
        let a = doc(&["完成率达0%", "完成率达1%"]);
        let b = doc(&["完成率达1%", "完成率达0%"]);
        assert_eq!(lookalike_pairs(&a, &b), vec![(0, 1), (1, 0)]);
    }

    /// [`text_keys`] as first written: every character decoded, folded and tested.
    fn text_keys_by_chars(text: &str) -> (u64, u64) {
        let step = |h: u64, c: char| (h ^ u64::from(c)).wrapping_mul(0x0100_0000_01b3);
        let seed = 0xcbf2_9ce4_8422_2325u64;
        text.chars()
            .map(fold)
            .filter(|c| is_content(*c))
            .fold((seed, seed), |(same, alike), c| {
                let alike = if c.is_ascii_digit() {
                    alike
                } else {
                    step(alike, c)
                };
                (step(same, c), alike)
            })
    }

    #[test]
    fn text_keys_read_every_character_as_decoded() {
        for c in (0..=0xFFFFu32).filter_map(char::from_u32) {
            let text = format!("法{c}治4");
            assert_eq!(text_keys(&text), text_keys_by_chars(&text), "{c:?}");
        }
        let text = "每年开展不少于４次（牵头单位：示例市司法局）䷀㐀😀";
        assert_eq!(text_keys(text), text_keys_by_chars(text));
    }

    proptest::proptest! {
        #[test]
        fn text_keys_agree_on_any_text(text in "\\PC{0,40}") {
            proptest::prop_assert_eq!(text_keys(&text), text_keys_by_chars(&text));
        }
    }

    #[test]
    fn numbers_do_not_tell_look_alikes_apart() {
        let a = doc(&["每年开展不少于4次", "其他"]);
        let b = doc(&["每年开展不少于6次"]);
        assert_eq!(lookalike_pairs(&a, &b), vec![(0, 0)]);
    }
}
