//! Background weights of character bigrams, learned from many plans by
//! `scripts/background.py` and kept as data (`background.txt`, numbers only): how much a
//! bigram tells topics apart in plans in general (`加强` 0.47, `调解` 0.86, a bigram not listed
//! 1.0), whatever two documents are compared.

use crate::chars::bigram_key;
use std::sync::OnceLock;

/// The learned table: one `XY weight` line per common bigram, weight in percent.
const DATA: &str = include_str!("background.txt");

/// The table as sorted bigram keys with their weights, read once.
fn table() -> &'static [(u64, f64)] {
    static TABLE: OnceLock<Vec<(u64, f64)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut rows: Vec<(u64, f64)> = DATA
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (gram, w) = l.split_once(' ')?;
                let mut cs = gram.chars();
                let key = bigram_key((cs.next()?, cs.next()?));
                let w: u32 = w.trim().parse().ok()?;
                Some((key, f64::from(w.min(100)) / 100.0))
            })
            .collect();
        crate::sort::sort_by_key(&mut rows, |r| r.0);
        rows.dedup_by_key(|r| r.0);
        rows
    })
}

/// The background weight of a bigram key, 0.0–1.0: low for the words every plan uses.
pub fn weight(key: u64) -> f64 {
    let t = table();
    match t.binary_search_by(|r| r.0.cmp(&key)) {
        Ok(k) => t.get(k).map_or(1.0, |r| r.1),
        Err(_) => 1.0,
    }
}

/// How telling a bigram is, given its inverse document frequency in the two documents
/// compared (`idf`, with `n` tasks in all) and its background weight: high for words of one
/// topic, near zero for boilerplate.
pub fn telling(key: u64, idf: f64, n: usize) -> f64 {
    let top = (1.0 + n.max(1) as f64).ln();
    (idf / top) * weight(key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn w(s: &str) -> f64 {
        let mut cs = s.chars();
        weight(bigram_key((cs.next().unwrap(), cs.next().unwrap())))
    }

    #[test]
    fn boilerplate_weighs_less_than_topic_words() {
        // The table is data: the order of these is what it must keep, not the exact values.
        assert!(w("加强") < w("调解"));
        assert!(w("推进") < w("应诉"));
        assert!(w("政府") < w("复议"));
        assert_eq!(w("鲲鹏"), 1.0);
        assert!(table().len() > 100);
    }
}
