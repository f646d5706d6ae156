//! A small XML pull scanner for Office parts: start tags, end tags and text, nothing more.
//!
//! Names are compared by local name (`w:t` → `t`), so documents that bind WordprocessingML to
//! another prefix still read. No DTD is processed, so entity-expansion bombs cannot expand.

use std::borrow::Cow;

use super::entity;

/// One thing found in the XML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event<'a> {
    /// `<w:p …>` or `<w:tab/>` (`empty` for the latter).
    Start {
        /// The local name (`p`, `tab`).
        name: &'a str,
        /// The raw attribute text, for [`attr`].
        attrs: &'a str,
        /// True for a self-closing tag.
        empty: bool,
    },
    /// `</w:p>`.
    End {
        /// The local name.
        name: &'a str,
    },
    /// Character data between tags, entities decoded.
    Text(Cow<'a, str>),
}

/// Scans XML text into [`Event`]s. Malformed markup ends the scan instead of failing.
pub struct Scanner<'a> {
    xml: &'a str,
    pos: usize,
}

impl<'a> Scanner<'a> {
    /// A scanner over `xml`.
    pub fn new(xml: &'a str) -> Self {
        Scanner { xml, pos: 0 }
    }
}

impl<'a> Iterator for Scanner<'a> {
    type Item = Event<'a>;

    fn next(&mut self) -> Option<Event<'a>> {
        loop {
            let rest = self.xml.get(self.pos..)?;
            if rest.is_empty() {
                return None;
            }
            if !rest.starts_with('<') {
                let len = rest.find('<').unwrap_or(rest.len());
                self.pos += len;
                return Some(Event::Text(decode(&rest[..len])));
            }
            if let Some(body) = rest.strip_prefix("<![CDATA[") {
                let len = body.find("]]>")?;
                self.pos += "<![CDATA[".len() + len + "]]>".len();
                return Some(Event::Text(Cow::Borrowed(&body[..len])));
            }
            if let Some(body) = rest.strip_prefix("<!--") {
                self.pos += "<!--".len() + body.find("-->")? + "-->".len();
                continue;
            }
            let end = rest.find('>')?;
            self.pos += end + 1;
            let inner = &rest[1..end];
            if inner.starts_with('?') || inner.starts_with('!') {
                continue;
            }
            if let Some(name) = inner.strip_prefix('/') {
                return Some(Event::End {
                    name: local(name.trim_end()),
                });
            }
            let (inner, empty) = match inner.strip_suffix('/') {
                Some(inner) => (inner, true),
                None => (inner, false),
            };
            let name_len = inner
                .find(|c: char| c.is_ascii_whitespace())
                .unwrap_or(inner.len());
            return Some(Event::Start {
                name: local(&inner[..name_len]),
                attrs: &inner[name_len..],
                empty,
            });
        }
    }
}

/// The local part of a qualified name: `w:numId` → `numId`.
fn local(name: &str) -> &str {
    name.rsplit(':').next().unwrap_or(name)
}

fn decode(text: &str) -> Cow<'_, str> {
    if text.contains('&') {
        Cow::Owned(entity::decode(text))
    } else {
        Cow::Borrowed(text)
    }
}

/// The value of the attribute with local name `name` in a tag's raw attribute text.
///
/// ```
/// use plandiff::ingest::xml::attr;
/// assert_eq!(attr(r#" w:ilvl="1" w:val='%1、'"#, "val").as_deref(), Some("%1、"));
/// ```
pub fn attr(attrs: &str, name: &str) -> Option<String> {
    let mut rest = attrs;
    loop {
        let eq = rest.find('=')?;
        let key = rest[..eq].trim();
        let after = rest[eq + 1..].trim_start();
        let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let value_and_rest = &after[1..];
        let close = value_and_rest.find(quote)?;
        if local(key) == name {
            return Some(entity::decode(&value_and_rest[..close]));
        }
        rest = &value_and_rest[close + 1..];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(xml: &str) -> Vec<Event<'_>> {
        Scanner::new(xml).collect()
    }

    #[test]
    fn scans_word_runs() {
        let xml = r#"<?xml version="1.0"?><w:p><w:r><w:t xml:space="preserve">甲 &amp; 乙</w:t><w:tab/></w:r></w:p>"#;
        let got = events(xml);
        assert_eq!(
            got,
            vec![
                Event::Start {
                    name: "p",
                    attrs: "",
                    empty: false
                },
                Event::Start {
                    name: "r",
                    attrs: "",
                    empty: false
                },
                Event::Start {
                    name: "t",
                    attrs: r#" xml:space="preserve""#,
                    empty: false
                },
                Event::Text(Cow::Owned("甲 & 乙".into())),
                Event::End { name: "t" },
                Event::Start {
                    name: "tab",
                    attrs: "",
                    empty: true
                },
                Event::End { name: "r" },
                Event::End { name: "p" },
            ]
        );
    }

    #[test]
    fn cdata_and_comments() {
        let got = events("<a><!-- x<y --><![CDATA[<一>]]></a>");
        assert_eq!(got[1], Event::Text(Cow::Borrowed("<一>")));
        assert_eq!(got.len(), 3);
    }

    #[test]
    fn truncated_markup_just_stops() {
        assert_eq!(events("<w:p><w:t>甲</w:t><w:r").len(), 4);
        assert_eq!(events("<!-- never closed").len(), 0);
        assert_eq!(events("<![CDATA[ never closed").len(), 0);
        assert_eq!(events("<").len(), 0);
    }

    #[test]
    fn attributes_by_local_name() {
        let attrs = r#" w:abstractNumId="3" w:val = "a&lt;b" broken"#;
        assert_eq!(attr(attrs, "abstractNumId").as_deref(), Some("3"));
        assert_eq!(attr(attrs, "val").as_deref(), Some("a<b"));
        assert_eq!(attr(attrs, "missing"), None);
        assert_eq!(attr(" w:val=unquoted", "val"), None);
    }
}
