//! Character references of HTML and XML: `&amp;`, `&nbsp;`, `&#8220;`, `&#x4E00;` → characters.

/// Named entities decoded, one row each. Anything else is kept as written.
///
/// `nbsp` stays a no-break space here; the HTML reader turns it into a plain space that, unlike
/// source white space, is never collapsed away.
pub const NAMED: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{A0}"),
    ("ensp", "\u{2002}"),
    ("emsp", "\u{2003}"),
    ("thinsp", "\u{2009}"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("mdash", "—"),
    ("ndash", "–"),
    ("hellip", "…"),
    ("middot", "·"),
    ("bull", "•"),
    ("times", "×"),
    ("divide", "÷"),
    ("plusmn", "±"),
    ("deg", "°"),
    ("permil", "‰"),
    ("copy", "©"),
    ("reg", "®"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("sect", "§"),
    ("le", "≤"),
    ("ge", "≥"),
    ("yen", "¥"),
];

/// Longest entity name (or numeric body) looked at before giving up on a `&`.
const MAX_REFERENCE: usize = 12;

/// Decodes character references in `s`; a malformed or unknown one is kept as written.
///
/// A named reference without its `;` (`&nbsp` in sloppy pages) is decoded when the next
/// character cannot continue a name.
///
/// ```
/// use plandiff::ingest::entity::decode;
/// assert_eq!(decode("A&amp;B&#x4E00;&#20108;&ldquo;&bogus;"), "A&B一二“&bogus;");
/// ```
pub fn decode(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        match reference(after) {
            Some((decoded, used)) => {
                out.push_str(&decoded);
                rest = &after[used..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Reads one reference after its `&`: the text it stands for and the bytes it used.
fn reference(after: &str) -> Option<(String, usize)> {
    let body_len = after
        .char_indices()
        .take(MAX_REFERENCE + 1)
        .find(|(_, c)| !(c.is_ascii_alphanumeric() || *c == '#'))
        .map(|(i, _)| i)
        .unwrap_or(after.len().min(MAX_REFERENCE + 1));
    let body = after.get(..body_len)?;
    let has_semicolon = after[body_len..].starts_with(';');
    let used = body_len + usize::from(has_semicolon);
    if let Some(number) = body.strip_prefix('#') {
        if !has_semicolon {
            return None;
        }
        let code = match number.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => number.parse::<u32>().ok()?,
        };
        // Invalid code points (surrogates, NUL, beyond U+10FFFF) read as nothing.
        let c = char::from_u32(code).filter(|c| *c != '\0');
        return Some((c.map(String::from).unwrap_or_default(), used));
    }
    NAMED
        .iter()
        .find(|(name, _)| *name == body)
        .map(|(_, text)| (text.to_string(), used))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_named_entity_decodes() {
        for (name, text) in NAMED {
            assert_eq!(
                decode(&format!("甲&{name};乙")),
                format!("甲{text}乙"),
                "{name}"
            );
        }
    }

    #[test]
    fn numeric_references_decimal_and_hex() {
        assert_eq!(decode("&#31532;&#x4E00;&#X6761;"), "第一条");
    }

    #[test]
    fn bad_references_stay_or_vanish_without_panic() {
        assert_eq!(decode("&"), "&");
        assert_eq!(decode("a & b"), "a & b");
        assert_eq!(decode("&#xD800;&#0;&#99999999999;x"), "&#99999999999;x");
        assert_eq!(decode("&unknown;"), "&unknown;");
        assert_eq!(decode("&#12"), "&#12");
        assert_eq!(decode("&amp"), "&");
        assert_eq!(decode("&nbsp"), "\u{A0}");
        assert_eq!(decode("&ampx;"), "&ampx;");
        assert_eq!(decode("&一"), "&一");
    }
}
