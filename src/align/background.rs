//! Background weights of character bigrams, learned from many plans by
//! `scripts/background.py` and kept as data (`background.txt`, numbers only): how much a
//! bigram tells topics apart in plans in general (`加强` 0.47, `调解` 0.86, a bigram not listed
//! 1.0), whatever two documents are compared.

/// The learned table: one `XY weight` line per common bigram, weight in percent.
const DATA: &str = include_str!("background.txt");

/// Rows of [`DATA`] (lines not starting with `#`).
const ROWS: usize = count_rows(DATA.as_bytes());

/// The table as sorted bigram keys with their weights, read from [`DATA`] by the compiler: no
/// work at start (reading it at run time took some 0.6 M instructions, a tenth of a millisecond
/// of a small comparison).
static TABLE: [(u64, f64); ROWS] = read_table(DATA.as_bytes());

/// The number of rows in `data`.
const fn count_rows(data: &[u8]) -> usize {
    let (mut at, mut rows) = (0, 0);
    while at < data.len() {
        if data[at] != b'#' {
            rows += 1;
        }
        at = line_end(data, at) + 1;
    }
    rows
}

/// Where the line starting at `at` ends (its `\n`, or the end of `data`).
const fn line_end(data: &[u8], mut at: usize) -> usize {
    while at < data.len() && data[at] != b'\n' {
        at += 1;
    }
    at
}

/// The UTF-8 character at `at` in `data` and the position after it.
const fn char_at(data: &[u8], at: usize) -> (u32, usize) {
    let b = data[at] as u32;
    let (len, mut c) = match b {
        0..=0x7f => (1, b),
        0xc0..=0xdf => (2, b & 0x1f),
        0xe0..=0xef => (3, b & 0x0f),
        _ => (4, b & 0x07),
    };
    let mut k = 1;
    while k < len {
        c = (c << 6) | (data[at + k] as u32 & 0x3f);
        k += 1;
    }
    (c, at + len)
}

/// Reads the rows `XY weight` of `data` (weights in percent, above 100 read as 100) into
/// `(bigram key, weight 0.0–1.0)`, sorted by key. A row that does not read so, or a bigram
/// listed twice, stops the build.
const fn read_table(data: &[u8]) -> [(u64, f64); ROWS] {
    let mut rows = [(0u64, 0.0f64); ROWS];
    let (mut at, mut n) = (0, 0);
    while at < data.len() {
        let end = line_end(data, at);
        if data[at] != b'#' {
            let (x, next) = char_at(data, at);
            let (y, mut next) = char_at(data, next);
            assert!(data[next] == b' ', "background.txt: a row is `XY weight`");
            next += 1;
            let mut w: u32 = 0;
            while next < end && data[next].is_ascii_digit() {
                w = w * 10 + (data[next] - b'0') as u32;
                next += 1;
            }
            assert!(next == end, "background.txt: a weight is a whole number");
            let w = if w > 100 { 100 } else { w };
            rows[n] = (((x as u64) << 32) | y as u64, w as f64 / 100.0);
            n += 1;
        }
        at = end + 1;
    }
    // Insertion sort (some 800 rows, once, in the compiler).
    let mut i = 1;
    while i < ROWS {
        let mut j = i;
        while j > 0 && rows[j - 1].0 >= rows[j].0 {
            assert!(
                rows[j - 1].0 != rows[j].0,
                "background.txt: a bigram listed twice"
            );
            let t = rows[j - 1];
            rows[j - 1] = rows[j];
            rows[j] = t;
            j -= 1;
        }
        i += 1;
    }
    rows
}

/// The table's rows, sorted by key.
fn table() -> &'static [(u64, f64)] {
    &TABLE
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
    use crate::chars::bigram_key;

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

    #[test]
    fn the_compiled_table_is_the_text_read() {
        let mut read: Vec<(u64, f64)> = DATA
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
        read.sort_by_key(|r| r.0);
        assert_eq!(read.len(), ROWS);
        assert_eq!(table(), read.as_slice());
    }
}
