//! The user's pairing corrections as kept in localStorage: JSON through serde. Values kept by
//! the previous pages, one line per pair (`-` removed, `+` added, the two ids parted by a tab),
//! are still read, so that no correction is lost.

use crate::model::Corrections;

/// The corrections as kept.
pub fn to_text(c: &Corrections) -> String {
    serde_json::to_string(c).unwrap_or_default()
}

/// Corrections read back from what this page or an earlier one kept; `None` for anything else
/// (the page then starts without corrections).
pub fn from_text(text: &str) -> Option<Corrections> {
    serde_json::from_str(text).ok().or_else(|| from_lines(text))
}

/// The previous pages' form: one line per pair.
fn from_lines(text: &str) -> Option<Corrections> {
    let mut c = Corrections::default();
    for line in text.lines() {
        let (a, b) = line.get(1..)?.split_once('\t')?;
        let pair = (a.to_string(), b.to_string());
        match line.as_bytes().first() {
            Some(b'-') => c.unpaired.push(pair),
            Some(b'+') => c.paired.push(pair),
            _ => return None,
        }
    }
    Some(c)
}
