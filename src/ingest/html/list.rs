//! Ordered lists (`<ol><li>`): the numbers a browser draws, written as text, since a task's
//! `1.` or `一、` would otherwise be lost with the markup.

use super::tag::attr;
use crate::ingest::numfmt;

/// `<ol type>` and CSS `list-style-type` values, with the Word number format and the text after
/// the number a browser draws, one row each.
const STYLES: &[(&str, &str, &str)] = &[
    ("1", "decimal", "."),
    ("decimal", "decimal", "."),
    ("decimal-leading-zero", "decimalZero", "."),
    ("a", "lowerLetter", "."),
    ("lower-alpha", "lowerLetter", "."),
    ("lower-latin", "lowerLetter", "."),
    ("A", "upperLetter", "."),
    ("upper-alpha", "upperLetter", "."),
    ("upper-latin", "upperLetter", "."),
    ("i", "lowerRoman", "."),
    ("lower-roman", "lowerRoman", "."),
    ("I", "upperRoman", "."),
    ("upper-roman", "upperRoman", "."),
    ("cjk-ideographic", "chineseCounting", "、"),
    ("simp-chinese-informal", "chineseCounting", "、"),
    ("cjk-decimal", "ideographDigital", "、"),
    ("none", "none", ""),
];

/// One open list: `None` for `<ul>` (bullets are not numbers), else its next number and style.
#[derive(Debug, Clone, Copy)]
struct Counter {
    next: u32,
    format: &'static str,
    suffix: &'static str,
}

/// The lists open at the current point of the page.
#[derive(Debug, Default)]
pub(super) struct Lists {
    open: Vec<Option<Counter>>,
}

/// The list style named in a tag's `type` attribute or `list-style-type` in its `style`.
fn style_of(attrs: &str) -> Option<(&'static str, &'static str)> {
    let css = attr(attrs, "style").and_then(|style| {
        let at = style.to_ascii_lowercase().find("list-style-type")?;
        let value: String = style[at + "list-style-type".len()..]
            .trim_start_matches([' ', ':'])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        Some(value)
    });
    let wanted = css.or_else(|| attr(attrs, "type"))?;
    STYLES
        .iter()
        .find(|(name, _, _)| *name == wanted)
        .map(|(_, format, suffix)| (*format, *suffix))
}

impl Lists {
    /// An `<ol>` or `<ul>` opens.
    pub fn open(&mut self, name: &str, attrs: &str) {
        if name != "ol" {
            self.open.push(None);
            return;
        }
        let (format, suffix) = style_of(attrs).unwrap_or(("decimal", "."));
        let start = attr(attrs, "start")
            .and_then(|v| v.trim().parse().ok())
            .unwrap_or(1);
        self.open.push(Some(Counter {
            next: start,
            format,
            suffix,
        }));
    }

    /// An `</ol>` or `</ul>` closes.
    pub fn close(&mut self) {
        self.open.pop();
    }

    /// An `<li>` starts: its number as text, if it is in an ordered list.
    pub fn item(&mut self, attrs: &str) -> Option<String> {
        let counter = self.open.last_mut()?.as_mut()?;
        if let Some(value) = attr(attrs, "value").and_then(|v| v.trim().parse().ok()) {
            counter.next = value;
        }
        let (format, suffix) = style_of(attrs).unwrap_or((counter.format, counter.suffix));
        let n = counter.next;
        counter.next = counter.next.saturating_add(1);
        let number = numfmt::format(n, format);
        (!number.is_empty()).then(|| format!("{number}{suffix}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_style_row_numbers_its_items() {
        for (name, format, suffix) in STYLES {
            let mut lists = Lists::default();
            lists.open("ol", &format!(" type=\"{name}\""));
            let want = match numfmt::format(1, format) {
                n if n.is_empty() => None,
                n => Some(format!("{n}{suffix}")),
            };
            assert_eq!(lists.item(""), want, "{name}");
        }
    }

    #[test]
    fn start_value_css_and_nesting() {
        let mut lists = Lists::default();
        lists.open("ol", " start=3 style=\"list-style-type: cjk-ideographic\"");
        assert_eq!(lists.item("").as_deref(), Some("三、"));
        lists.open("ul", "");
        assert_eq!(lists.item(""), None);
        lists.close();
        assert_eq!(lists.item(" value='9'").as_deref(), Some("九、"));
        assert_eq!(lists.item("").as_deref(), Some("十、"));
        lists.close();
        assert_eq!(lists.item(""), None);
        lists.close(); // more closes than opens
    }
}
