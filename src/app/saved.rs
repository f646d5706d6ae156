//! The user's pairing corrections as kept in localStorage: one line per pair, `-` for a pair
//! removed and `+` for a pair added, then the two task ids separated by a tab. Smaller in the
//! page's wasm than JSON both ways. Values kept by older pages (JSON) are read by
//! [`crate::stored`].

use crate::model::Corrections;

/// The corrections as text; pairs whose ids hold a tab or a line break are left out (task ids
/// never do).
pub fn to_text(c: &Corrections) -> String {
    let mut out = String::new();
    for (sign, pairs) in [('-', &c.unpaired), ('+', &c.paired)] {
        for (a, b) in pairs {
            if [a, b].iter().all(|id| !id.contains(['\t', '\n'])) {
                out.push(sign);
                out.push_str(a);
                out.push('\t');
                out.push_str(b);
                out.push('\n');
            }
        }
    }
    out
}

/// Corrections read back from [`to_text`]'s form; `None` for text in any other form.
pub fn from_text(text: &str) -> Option<Corrections> {
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
