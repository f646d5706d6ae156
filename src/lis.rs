//! The longest strictly increasing subsequence, by patience sorting in n·log n: the chain of
//! anchors a wording diff keeps (`diff::anchors`) and the common subsequence of look-alike tasks
//! (`align::order`, Hunt–Szymanski's reduction of a common subsequence to an increasing one).
//!
//! A leaf module: it imports nothing of the stages.

/// Indices of the longest subsequence of `keys` that strictly increases, in order.
///
/// Among chains of one length the one found first stays: an item whose key equals that of the
/// item already ending a chain of its length replaces nothing (of several copies, the first).
///
/// `[5, 1, 2, 9, 3]` → `[1, 2, 4]` (the keys 1, 2, 3).
pub(crate) fn longest_increasing(keys: &[usize]) -> Vec<usize> {
    // `tops[k]`: index of the item ending the best chain of length k + 1 found so far;
    // `before[i]`: the item before item i in its chain.
    let mut tops: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; keys.len()];
    let key = |i: usize| keys.get(i).copied().unwrap_or(usize::MAX);
    for (i, &k) in keys.iter().enumerate() {
        let at = tops.partition_point(|&t| key(t) < k);
        if tops.get(at).is_some_and(|&t| key(t) == k) {
            continue;
        }
        if let Some(b) = before.get_mut(i) {
            *b = at.checked_sub(1).and_then(|p| tops.get(p).copied());
        }
        match tops.get_mut(at) {
            Some(top) => *top = i,
            None => tops.push(i),
        }
    }
    let mut chain = Vec::with_capacity(tops.len());
    let mut at = tops.last().copied();
    while let Some(i) = at {
        chain.push(i);
        at = before.get(i).copied().flatten();
    }
    chain.reverse();
    chain
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn keeps_the_longest_chain() {
        assert_eq!(longest_increasing(&[5, 1, 2, 9, 3]), vec![1, 2, 4]);
        assert_eq!(longest_increasing(&[]), Vec::<usize>::new());
    }

    #[test]
    fn of_equal_keys_the_first_stays() {
        assert_eq!(longest_increasing(&[4, 4, 4]), vec![0]);
        assert_eq!(longest_increasing(&[1, 3, 2, 3]), vec![0, 2, 3]);
    }

    /// The length of the longest strictly increasing subsequence, by the quadratic table.
    fn longest_len(keys: &[usize]) -> usize {
        let mut best = vec![1usize; keys.len()];
        for i in 0..keys.len() {
            for j in 0..i {
                if keys[j] < keys[i] {
                    best[i] = best[i].max(best[j] + 1);
                }
            }
        }
        best.into_iter().max().unwrap_or(0)
    }

    /// The patience sort `diff::anchors` had (keys distinct there), for the same-output check.
    fn distinct_keys_before(keys: &[usize]) -> Vec<usize> {
        let mut tops: Vec<usize> = Vec::new();
        let mut before: Vec<Option<usize>> = Vec::new();
        for (i, &k) in keys.iter().enumerate() {
            let at = tops.partition_point(|&t| keys[t] < k);
            before.push(at.checked_sub(1).map(|p| tops[p]));
            match tops.get_mut(at) {
                Some(top) => *top = i,
                None => tops.push(i),
            }
        }
        let mut chain = Vec::new();
        let mut at = tops.last().copied();
        while let Some(i) = at {
            chain.push(i);
            at = before[i];
        }
        chain.reverse();
        chain
    }

    proptest! {
        #[test]
        fn chain_increases_and_is_longest(keys in prop::collection::vec(0usize..40, 0..60)) {
            let chain = longest_increasing(&keys);
            prop_assert!(chain.windows(2).all(|w| w[0] < w[1] && keys[w[0]] < keys[w[1]]));
            prop_assert_eq!(chain.len(), longest_len(&keys));
        }

        #[test]
        fn distinct_keys_give_what_the_anchors_chain_gave(
            keys in Just((0..60usize).collect::<Vec<_>>()).prop_shuffle()
        ) {
            prop_assert_eq!(longest_increasing(&keys), distinct_keys_before(&keys));
        }
    }
}
