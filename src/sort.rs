//! Small stable sorts for the core: one merge sort over indices, shared by every element type.
//!
//! `slice::sort_by` instantiates the whole driftsort/ipnsort machinery (several KB of wasm) per
//! element type and comparator; these helpers instantiate only a closure and a few swaps, which
//! keeps the page's wasm small. The order is the stable order, i.e. the same as `slice::sort_by`.
//! Natively, where size does not matter and speed does, they are std's stable sort.

use std::cmp::Ordering;

/// Sorts `v` stably by `cmp` (same result as `slice::sort_by`).
#[cfg(not(target_arch = "wasm32"))]
pub fn sort_by<T>(v: &mut [T], cmp: impl FnMut(&T, &T) -> Ordering) {
    v.sort_by(cmp);
}

/// Sorts `v` stably by `cmp` (same result as `slice::sort_by`).
#[cfg(target_arch = "wasm32")]
pub fn sort_by<T>(v: &mut [T], cmp: impl FnMut(&T, &T) -> Ordering) {
    merge_sort_by(v, cmp);
}

/// The small stable sort the page uses: a merge sort over indices, then the items moved into
/// place by swaps (same result as `slice::sort_by`).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))] // natively only the tests use it
fn merge_sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = {
        let items: &[T] = v;
        permutation(
            items.len(),
            &mut |i, j| match (items.get(i), items.get(j)) {
                (Some(x), Some(y)) => cmp(x, y),
                _ => Ordering::Equal,
            },
        )
    };
    apply(&order, &mut |i, j| v.swap(i, j));
}

/// Sorts `v` stably by the key `f` (same result as `slice::sort_by_key`).
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut f: impl FnMut(&T) -> K) {
    sort_by(v, |x, y| f(x).cmp(&f(y)));
}

/// Sorts `v` in ascending order (same result as `slice::sort` and, for a total order whose
/// equal elements are identical, `slice::sort_unstable`).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// Sorts plain keys (bigram keys, hashes, indices) ascending. Equal keys are identical, so
/// natively the faster unstable sort gives the same result.
pub fn sort_keys<T: Ord + Copy>(v: &mut [T]) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_unstable();
    #[cfg(target_arch = "wasm32")]
    sort(v);
}

/// Sorts `v` by an order under which no two items are equal, so that every sort gives the
/// same result: natively the faster unstable sort.
pub fn sort_distinct_by<T>(v: &mut [T], cmp: impl FnMut(&T, &T) -> Ordering) {
    #[cfg(not(target_arch = "wasm32"))]
    v.sort_unstable_by(cmp);
    #[cfg(target_arch = "wasm32")]
    sort_by(v, cmp);
}

/// Sorts `v` by a key that no two items share (see [`sort_distinct_by`]).
pub fn sort_by_distinct_key<T, K: Ord>(v: &mut [T], mut f: impl FnMut(&T) -> K) {
    sort_distinct_by(v, |x, y| f(x).cmp(&f(y)));
}

/// Sorts `(key, value)` pairs by keys below `1 << bits` (at most 64 bits), stably: a radix
/// sort, eleven bits a pass, linear in the number of items (for keys that pack small, such as
/// a bigram's two characters, it costs a fraction of a comparison sort). A key at or above
/// `1 << bits` is an error of the caller; the items are then sorted all the same, by a
/// comparison sort.
pub fn radix_sort<V: Copy>(v: &mut Vec<(u64, V)>, bits: u32) {
    const DIGIT: u32 = 11;
    let bits = bits.min(64);
    if bits < 64 && v.iter().any(|x| x.0 >> bits != 0) {
        sort_by_key(v, |x| x.0);
        return;
    }
    let mut from = std::mem::take(v);
    let mut to = from.clone();
    let mut shift = 0;
    while shift < bits {
        let digit = |x: &(u64, V)| ((x.0 >> shift) & ((1 << DIGIT) - 1)) as usize;
        let mut starts = vec![0usize; (1 << DIGIT) + 1];
        for x in &from {
            starts[digit(x) + 1] += 1;
        }
        for d in 1..starts.len() {
            starts[d] += starts[d - 1];
        }
        for x in &from {
            let at = &mut starts[digit(x)];
            to[*at] = *x;
            *at += 1;
        }
        std::mem::swap(&mut from, &mut to);
        shift += DIGIT;
    }
    *v = from;
}

/// The stable sorted order of `n` items compared by index: `result[k]` is the index of the item
/// that goes to position `k`. Bottom-up merge sort, O(n log n).
fn permutation(n: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut src: Vec<usize> = (0..n).collect();
    let mut dst: Vec<usize> = vec![0; n];
    let mut width = 1;
    while width < n {
        let mut start = 0;
        while start < n {
            let mid = start.saturating_add(width).min(n);
            let end = start.saturating_add(width.saturating_mul(2)).min(n);
            let (mut i, mut j) = (start, mid);
            for slot in dst.iter_mut().take(end).skip(start) {
                // The right run goes first only when strictly less: equal items keep their order.
                let right = j < end && (i >= mid || cmp(src[j], src[i]) == Ordering::Less);
                if right {
                    *slot = src[j];
                    j += 1;
                } else {
                    *slot = src[i];
                    i += 1;
                }
            }
            start = end;
        }
        std::mem::swap(&mut src, &mut dst);
        width = width.saturating_mul(2);
    }
    src
}

/// Rearranges in place so that position `k` receives the item at `order[k]`, by following the
/// permutation's cycles with `swap`.
fn apply(order: &[usize], swap: &mut dyn FnMut(usize, usize)) {
    let mut done = vec![false; order.len()];
    for start in 0..order.len() {
        if done[start] {
            continue;
        }
        let mut i = start;
        loop {
            done[i] = true;
            let j = order[i];
            if j == start {
                break;
            }
            swap(i, j);
            i = j;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn same_as_std_stable_sort(v in proptest::collection::vec((0u8..6, 0u16..1000), 0..200)) {
            let mut ours = v.clone();
            let mut std = v;
            merge_sort_by(&mut ours, |x, y| x.0.cmp(&y.0));
            std.sort_by_key(|p| p.0);
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn same_as_std_sort(v in proptest::collection::vec(any::<i32>(), 0..200)) {
            let mut ours = v.clone();
            let mut std = v;
            merge_sort_by(&mut ours, i32::cmp);
            std.sort_unstable();
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn radix_sort_is_the_stable_sort_by_key(
            v in proptest::collection::vec((any::<u64>(), any::<u16>()), 0..300),
            bits in 0u32..=64,
        ) {
            // Keys cut to `bits` bits, and now and then one above them.
            let mask = if bits == 64 { u64::MAX } else { (1u64 << bits) - 1 };
            let mut ours: Vec<(u64, u16)> = v.iter().map(|&(k, x)| (if x % 97 == 0 { k } else { k & mask }, x)).collect();
            let mut std = ours.clone();
            radix_sort(&mut ours, bits);
            std.sort_by_key(|p| p.0);
            prop_assert_eq!(ours, std);
        }

        #[test]
        fn same_as_std_sort_by(v in proptest::collection::vec((0u8..4, 0u8..4, any::<u32>()), 0..120)) {
            let mut ours = v.clone();
            let mut std = v;
            merge_sort_by(&mut ours, |x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
            std.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
            prop_assert_eq!(ours, std);
        }
    }
}
