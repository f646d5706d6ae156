//! Two-way parallelism for the native build: the independent halves of a stage on two threads.
//! The page's wasm has no threads and runs the halves one after the other; results are the same.

/// Below this many tasks (or pairs) a second thread costs more than it saves: a city plan of
/// some forty tasks is compared in a few milliseconds.
pub const MIN_ITEMS: usize = 200;

/// Below this many bytes of input in all, two files are parsed one after the other: handing
/// work to a second thread costs about a millisecond when the other core is busy, more than
/// parsing a city plan of 15 KB takes.
pub const MIN_BYTES: usize = 96 * 1024;

/// Runs `fa` and `fb` and returns both results: on two threads where there are threads and
/// `worth` says the work is big enough to pay for one (see [`MIN_ITEMS`], [`MIN_BYTES`]), else
/// one after the other.
///
/// `join_when(true, || 1 + 1, || "b")` → `(2, "b")`.
pub fn join_when<A, B, FA, FB>(worth: bool, fa: FA, fb: FB) -> (A, B)
where
    A: Send,
    B: Send,
    FA: FnOnce() -> A + Send,
    FB: FnOnce() -> B + Send,
{
    if !worth {
        return (fa(), fb());
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::thread::scope(|scope| {
            let other = scope.spawn(fb);
            let a = fa();
            match other.join() {
                Ok(b) => (a, b),
                // The same panic as when `fb` runs on this thread.
                Err(panic) => std::panic::resume_unwind(panic),
            }
        })
    }
    #[cfg(target_arch = "wasm32")]
    {
        (fa(), fb())
    }
}

/// `items.iter().map(f).collect()`, the two halves of `items` on two threads; order is kept.
pub fn map<T, R, F>(items: &[T], f: F) -> Vec<R>
where
    T: Sync,
    R: Send,
    F: Fn(&T) -> R + Sync,
{
    let (left, right) = items.split_at(items.len() / 2);
    let (mut out, rest) = join_when(
        items.len() >= MIN_ITEMS,
        || left.iter().map(&f).collect::<Vec<R>>(),
        || right.iter().map(&f).collect::<Vec<R>>(),
    );
    out.extend(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_returns_both_results() {
        let text = "加强学法";
        for items in [0, MIN_ITEMS] {
            let (n, bytes) = join_when(items >= MIN_ITEMS, || text.chars().count(), || text.len());
            assert_eq!((n, bytes), (4, 12));
        }
    }

    #[test]
    fn map_keeps_order_on_both_sides_of_the_split() {
        for len in [0, 1, 9, MIN_ITEMS - 1, MIN_ITEMS, MIN_ITEMS + 1, 1000] {
            let items: Vec<usize> = (0..len).collect();
            let squares = map(&items, |x| x * x);
            assert_eq!(squares, items.iter().map(|x| x * x).collect::<Vec<_>>());
        }
    }
}
