//! HTML tags: scanning one tag, its attributes, and skipping elements that hold no reading text.

use super::RAW;

/// A tag as scanned: its lower-case name, whether it closes, and its end in the source.
pub(super) struct Tag {
    /// Lower-case name; empty for comments, doctypes and processing instructions.
    pub name: String,
    /// True for an end tag.
    pub closing: bool,
    /// The raw attribute text.
    pub attrs: String,
    /// Byte offset just past the tag's `>`.
    pub end: usize,
}

/// Scans the tag starting at `html[pos] == '<'`; `None` when it is not a tag after all.
/// Comments, doctypes and processing instructions come back with an empty name.
pub(super) fn scan_tag(html: &str, pos: usize) -> Option<Tag> {
    let rest = html.get(pos..)?;
    if let Some(body) = rest.strip_prefix("<!--") {
        let end = body.find("-->")? + "<!--".len() + "-->".len();
        return Some(unnamed(pos + end));
    }
    if rest.starts_with("<!") || rest.starts_with("<?") {
        let end = rest.find('>')? + 1;
        return Some(unnamed(pos + end));
    }
    let (closing, name_start) = match rest.strip_prefix("</") {
        Some(_) => (true, 2),
        None => (false, 1),
    };
    let name: String = rest[name_start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ':')
        .collect();
    if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let attrs_start = name_start + name.len();
    let end = tag_end(rest, attrs_start)?;
    Some(Tag {
        name: name.to_ascii_lowercase(),
        closing,
        attrs: rest[attrs_start..end - 1].trim_end_matches('/').to_string(),
        end: pos + end,
    })
}

fn unnamed(end: usize) -> Tag {
    Tag {
        name: String::new(),
        closing: false,
        attrs: String::new(),
        end,
    }
}

/// Byte offset just past the `>` closing a tag whose attributes start at `from`, skipping `>`
/// inside quoted attribute values.
fn tag_end(tag: &str, from: usize) -> Option<usize> {
    let mut quote: Option<char> = None;
    for (i, c) in tag.get(from..)?.char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '>') => return Some(from + i + 1),
            (None, '<') => return None,
            _ => {}
        }
    }
    None
}

/// Skips an element whose content holds no reading text; returns where reading resumes.
///
/// Every element ends at its matching end tag (raw-text ones at the first end tag of their
/// name); when there is none (`<head>` left open, a stray `<nav>`, a `<script>` cut off), `None`:
/// only the tag itself is skipped, so an unclosed element never swallows the page. `<head>`
/// also ends where `<body>` starts.
pub(super) fn skip_element(html: &str, from: usize, name: &str) -> Option<usize> {
    if RAW.contains(&name) {
        return skip_raw(html, from, name);
    }
    let mut depth = 1usize;
    let mut pos = from;
    while let Some(lt) = html[pos..].find('<').map(|i| pos + i) {
        let Some(tag) = scan_tag(html, lt) else {
            pos = lt + 1;
            continue;
        };
        if RAW.contains(&tag.name.as_str()) && !tag.closing {
            // An unclosed one inside ends the search: nothing after it closes this element.
            pos = skip_raw(html, tag.end, &tag.name).unwrap_or(html.len());
            continue;
        }
        if name == "head" && tag.name == "body" && !tag.closing {
            return Some(lt);
        }
        if tag.name == name {
            if tag.closing {
                depth -= 1;
                if depth == 0 {
                    return Some(tag.end);
                }
            } else {
                depth += 1;
            }
        }
        pos = tag.end;
    }
    None
}

/// Where a raw-text element (`<script>`) that starts at `from` ends: past its end tag; `None`
/// when it has none (a browser would drop the rest of the page; the caller decides).
fn skip_raw(html: &str, from: usize, name: &str) -> Option<usize> {
    find_ascii_ci(html, from, &format!("</{name}"))
        .and_then(|at| html[at..].find('>').map(|gt| at + gt + 1))
}

/// Finds `needle` (ASCII, lower case) in `hay` from `from`, ignoring ASCII case.
fn find_ascii_ci(hay: &str, from: usize, needle: &str) -> Option<usize> {
    let bytes = hay.as_bytes();
    let n = needle.as_bytes();
    (from..bytes.len().saturating_sub(n.len() - 1)).find(|&i| {
        bytes
            .get(i..i + n.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(n))
    })
}

/// The value of attribute `name` (lower case) in a tag's raw attribute text: quoted, unquoted
/// or bare (`reversed` → empty), entities left as written.
pub(super) fn attr(attrs: &str, name: &str) -> Option<String> {
    let mut rest = attrs;
    loop {
        rest = rest.trim_start();
        let key_len = rest
            .find(|c: char| c.is_whitespace() || c == '=')
            .unwrap_or(rest.len());
        if key_len == 0 {
            return None;
        }
        let key = &rest[..key_len];
        rest = rest[key_len..].trim_start();
        let value = match rest.strip_prefix('=') {
            Some(after) => {
                let after = after.trim_start();
                let (value, used) = match after.chars().next() {
                    Some(q @ ('"' | '\'')) => {
                        let close = after[1..].find(q).map_or(after.len(), |i| i + 1);
                        (&after[1..close], (close + 1).min(after.len()))
                    }
                    _ => {
                        let len = after.find(char::is_whitespace).unwrap_or(after.len());
                        (&after[..len], len)
                    }
                };
                rest = &after[used..];
                value
            }
            None => "",
        };
        if key.eq_ignore_ascii_case(name) {
            return Some(value.to_string());
        }
    }
}
