//! HTML: a saved web page → its text, one block per line, scripts, styles and navigation dropped.
//!
//! Not a full HTML parser: a scanner over tags that knows which elements end a line, which hold
//! no reading text, and how to collapse white space. Good enough for government pages and
//! fragments, and it never fails: malformed markup reads as text.

mod list;
mod tag;

use super::encoding::{self, ReadOptions, TextEncoding};
use super::entity;
use super::table::Merge;
use super::text::LineWriter;
use list::Lists;
use tag::{scan_tag, skip_element, Tag};

/// Elements whose end (or start) ends a line.
const BLOCK: &[&str] = &[
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "caption",
    "section",
    "article",
    "main",
    "header",
    "blockquote",
    "pre",
    "hr",
    "address",
    "figure",
    "figcaption",
    "center",
    "body",
    "html",
    "form",
    "fieldset",
];

/// Table cells: a row reads as one line, its cells between tabs (see [`super::table`]).
const CELL: &[&str] = &["td", "th"];

/// Table rows and tables: they end a line and close any cell left open.
const ROW: &[&str] = &["tr", "table", "thead", "tbody", "tfoot"];

/// Elements whose whole content is dropped: code, styling, page chrome, controls.
const SKIP: &[&str] = &[
    "script", "style", "head", "nav", "noscript", "template", "select", "button", "iframe",
    "object", "svg", "canvas", "aside", "footer", "textarea", "audio", "video", "map",
];

/// Elements whose content is raw text: only their own end tag closes them.
const RAW: &[&str] = &["script", "style", "textarea"];

/// Charset names (in `<meta charset>` or `content="…; charset=…"`) that mean GB18030.
const GB_CHARSETS: &[&str] = &["gb18030", "gbk", "gb2312", "x-gbk", "cp936", "euc-cn"];

/// How far into the page a `<meta charset>` is looked for.
const META_WINDOW: usize = 4096;

/// Decodes an HTML page: a BOM decides; valid UTF-8 is UTF-8; else a GB `<meta charset>` is
/// honoured; else the encoding is found as for plain text.
pub fn decode(bytes: &[u8], options: &ReadOptions) -> Option<(String, TextEncoding)> {
    if encoding::sniff_bom(bytes).is_some() || std::str::from_utf8(bytes).is_ok() {
        return encoding::detect(bytes, options);
    }
    if declares_gb_charset(bytes) {
        if let Some(text) = encoding::decode_as(bytes, TextEncoding::Gb18030, options) {
            return Some((text, TextEncoding::Gb18030));
        }
    }
    encoding::detect(bytes, options)
}

/// True when the page's head declares a GBK-family charset.
fn declares_gb_charset(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(META_WINDOW)];
    let head: String = head
        .iter()
        .map(|b| (*b as char).to_ascii_lowercase())
        .collect();
    let mut rest = head.as_str();
    while let Some(at) = rest.find("charset") {
        rest = &rest[at + "charset".len()..];
        let value: String = rest
            .chars()
            .skip_while(|c| matches!(c, ' ' | '=' | '"' | '\''))
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        if GB_CHARSETS.contains(&value.as_str()) {
            return true;
        }
    }
    false
}

/// True when `text` looks like HTML markup (for files whose name does not say).
pub fn looks_like_html(text: &str) -> bool {
    // The tags are ASCII: a text starts with one, in any case, when its first bytes are the
    // tag's up to ASCII case (no copy of the text's start, lowercased, to look in).
    let start = text
        .trim_start_matches(['\u{FEFF}', ' ', '\t', '\r', '\n'])
        .as_bytes();
    [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<meta",
        "<tbody",
        "<table",
        "<div",
        "<p>",
        "<p ",
    ]
    .iter()
    .any(|tag| {
        (start.get(..tag.len())).is_some_and(|head| head.eq_ignore_ascii_case(tag.as_bytes()))
    }) || tagged_lines(text)
}

/// Lines with text looked at by [`tagged_lines`]: a plan's own lines come first, before any
/// table of markup appended to it.
const TAGGED_REACH: usize = 20;

/// True when half the lines near a text's start open on a tag (`<p style="…">…</p>` after a copied
/// page's plain first lines, `发表于…` / `全市…计划出炉!`): a page's markup saved as text.
fn tagged_lines(text: &str) -> bool {
    let (mut lines, mut tagged) = (0usize, 0usize);
    let mut first_tagged = None;
    for line in text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(TAGGED_REACH)
    {
        let t = line.trim_start().as_bytes();
        lines += 1;
        let tag = t.first() == Some(&b'<') && t.get(1).is_some_and(u8::is_ascii_alphabetic);
        if tag && t.contains(&b'>') {
            tagged += 1;
            first_tagged.get_or_insert(lines);
        }
    }
    // (The markup opens the page after a line or two of its own: a plan's lines before a
    // table of markup appended to it are text.)
    let early = first_tagged.is_some_and(|k| k <= TAGGED_LEAD_MAX);
    early && tagged >= TAGGED_MIN && tagged * 2 >= lines
}

/// Most plain lines (a post's author and date, a headline) before the first line of markup of
/// a page saved as text.
const TAGGED_LEAD_MAX: usize = 4;

/// Fewest lines opening on a tag for [`tagged_lines`].
const TAGGED_MIN: usize = 3;

/// How far into a page its `<title>` is looked for (it sits in the `<head>`).
const TITLE_REACH: usize = 64 * 1024;

/// The text of a page's `<title>`, entities decoded and white space folded; empty when the
/// page has none near its start.
///
/// `"<head><title>示例市工作要点 &amp; 解读</title>"` → `"示例市工作要点 & 解读"`.
pub fn page_title(html: &str) -> String {
    let mut end = html.len().min(TITLE_REACH);
    while !html.is_char_boundary(end) {
        end -= 1;
    }
    let head = &html[..end];
    // ASCII lower-casing keeps every byte offset.
    let lower = head.to_ascii_lowercase();
    let Some(open) = lower.find("<title") else {
        return String::new();
    };
    let Some(start) = lower[open..].find('>').map(|i| open + i + 1) else {
        return String::new();
    };
    let stop = lower[start..]
        .find("</title")
        .map_or(head.len(), |i| start + i);
    let raw = head.get(start..stop).unwrap_or("");
    let decoded = super::entity::decode(raw);
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Extracts the reading text of an HTML page or fragment.
///
/// ```
/// let html = "<head><title>页</title></head><p>一、<span>加强</span><b>学法</b></p>\
///             <script>var x;</script><p>（一）任务&nbsp;一</p>";
/// assert_eq!(plandiff::ingest::html::to_text(html), "一、加强学法\n（一）任务 一\n");
/// ```
pub fn to_text(html: &str) -> String {
    to_text_noted(html).0
}

/// [`to_text`], with a warning for each repair that may have changed the text read: a
/// `<script>`/`<style>` with no end tag (its content is read as text rather than dropping the
/// rest of the page, as a browser would) and a comment with no `-->` (the text after it is read).
///
/// `to_text_noted("<p>甲</p><!-- 乙")` → `("甲\n乙\n", ["网页中有未结束的注释…"])`.
pub fn to_text_noted(html: &str) -> (String, Vec<String>) {
    let mut out = LineWriter::new();
    let mut lists = Lists::default();
    let mut warnings = Vec::new();
    // Elements found unclosed once: not looked for again, so the scan stays linear.
    let mut unclosed: Vec<String> = Vec::new();
    // Past the last `>` no tag can end: every `<` there is text, found without a search.
    let last_gt = html.rfind('>').map_or(0, |at| at + 1);
    let mut open_comment = false;
    let mut pre = 0usize;
    let mut pos = 0usize;
    while pos < html.len() {
        let rest = &html[pos..];
        let Some(lt) = rest.find('<') else {
            push_text(&mut out, rest, pre > 0);
            break;
        };
        push_text(&mut out, &rest[..lt], pre > 0);
        pos += lt;
        let comment = html[pos..].starts_with("<!--");
        let tag = (pos < last_gt && !(comment && open_comment))
            .then(|| scan_tag(html, pos))
            .flatten();
        let Some(tag) = tag else {
            // An unterminated comment: its mark is dropped and what follows is read, once
            // said. A lone `<` reads as text up to the next `<`.
            let from = if comment {
                if !open_comment {
                    warnings.push(UNCLOSED_COMMENT.to_string());
                }
                open_comment = true;
                pos + "<!--".len()
            } else {
                pos
            };
            let next = html[pos + 1..]
                .find('<')
                .map_or(html.len(), |i| pos + 1 + i);
            push_text(&mut out, &html[from..next.max(from)], pre > 0);
            pos = next.max(from);
            continue;
        };
        pos = tag.end;
        if tag.name.is_empty() {
            continue; // comment, doctype, processing instruction
        }
        let name = tag.name.as_str();
        if !tag.closing && SKIP.contains(&name) && !unclosed.iter().any(|u| u == name) {
            match skip_element(html, pos, name) {
                Some(end) => pos = end,
                None => {
                    if RAW.contains(&name) {
                        warnings.push(format!(
                            "网页中的 <{name}> 没有结束标记：其后的内容按正文读取（浏览器会整段丢弃），请核对文末是否混入代码"
                        ));
                    }
                    unclosed.push(name.to_string());
                }
            }
            continue;
        }
        layout_tag(&mut out, &mut lists, &mut pre, &tag);
    }
    (tidy_lines(&out.finish()), warnings)
}

/// Lays out what a kept tag means for the text: a `<pre>` entered or left, a list opened or
/// closed, a line break, a list item with its label, a table cell or row, a block.
fn layout_tag(out: &mut LineWriter, lists: &mut Lists, pre: &mut usize, tag: &Tag) {
    let name = tag.name.as_str();
    if name == "pre" {
        *pre = if tag.closing {
            pre.saturating_sub(1)
        } else {
            *pre + 1
        };
    }
    if name == "ol" || name == "ul" {
        if tag.closing {
            lists.close();
        } else {
            lists.open(name, &tag.attrs);
        }
    }
    if name == "br" {
        out.line_break();
    } else if name == "li" && !tag.closing {
        out.start_block();
        if let Some(label) = lists.item(&tag.attrs) {
            out.push_label(&label);
        }
    } else if CELL.contains(&name) {
        // An unclosed cell (`<td>a<td>b`) ends where the next one starts.
        if out.in_cell() {
            out.end_cell();
        }
        if !tag.closing {
            out.enter_cell();
            out.set_cell(span_attr(&tag.attrs, "colspan"), rowspan(&tag.attrs));
        }
    } else if ROW.contains(&name) {
        out.end_row();
        if name == "table" {
            if tag.closing {
                out.end_table();
            } else {
                out.start_table();
            }
        }
        out.end_block();
    } else if BLOCK.contains(&name) {
        if tag.closing {
            out.end_block();
        } else {
            out.start_block();
        }
    }
}

/// The warning for a comment with no `-->`.
const UNCLOSED_COMMENT: &str =
    "网页中有未结束的注释“<!--”：其后的文字按正文读取（浏览器会整段隐藏），请核对是否混入了注释内容";

/// A `colspan`/`rowspan` value: a whole number of at least 1.
fn span_attr(attrs: &str, name: &str) -> Option<usize> {
    tag::attr(attrs, name)
        .and_then(|v| v.trim().parse::<usize>().ok())
        .map(|n| n.max(1))
}

/// A cell's `rowspan` as a merge down over the rows below.
fn rowspan(attrs: &str) -> Option<Merge> {
    span_attr(attrs, "rowspan")
        .filter(|&n| n > 1)
        .map(Merge::Rows)
}

/// Appends a text run: entities decoded, white space collapsed (kept inside `<pre>`).
fn push_text(out: &mut LineWriter, raw: &str, pre: bool) {
    if raw.is_empty() {
        return;
    }
    let text = entity::decode(raw);
    if pre {
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                out.line_break();
            }
            out.push_str(line);
        }
        return;
    }
    let is_space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{0C}');
    let words: Vec<&str> = text.split(is_space).filter(|w| !w.is_empty()).collect();
    if text.starts_with(is_space) {
        out.push_space();
    }
    // No-break spaces are the author's own spacing: kept (as plain spaces), never collapsed.
    out.push_str(&words.join(" ").replace('\u{A0}', " "));
    if !words.is_empty() && text.ends_with(is_space) {
        out.push_space();
    }
}

/// Trims spaces at both ends of each line and keeps at most one blank line in a row.
fn tidy_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let line = line.trim_matches(' ');
        if line.trim().is_empty() {
            blank += 1;
            if blank > 1 || out.is_empty() {
                continue;
            }
            out.push('\n');
            continue;
        }
        blank = 0;
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_after_plain_first_lines_is_html() {
        let page = "user 发表于 2024-5-24\n\n示例市公路建设计划出炉!\n<p style=\"x\"><strong>示例市2024年公路建设计划</strong></p>\n<p>完成投资<strong>3.38亿元</strong>;</p>\n<p>完成农村公路新改建300公里;</p>\n";
        assert!(looks_like_html(page));
        // A plan quoting a tag or two stays text.
        let plan = "示例市2024年工作要点\n一、推进网站建设\n1.规范<p>标签的使用。\n2.完善栏目。\n3.加强监管。\n<br>\n";
        assert!(!looks_like_html(plan));
        // A plan with a table of markup appended below its own lines stays text.
        let appended = format!(
            "示例县2024年交通工作要点\n一、加快公路建设\n1.完成新改建300公里。\n2.推进国道改线。\n二、提升运输服务\n1.新开通公交线路5条。\n附表：重点项目清单\n<table>\n{}</table>\n",
            "<tr><td>1</td><td>示例项目</td></tr>\n".repeat(12)
        );
        assert!(!looks_like_html(&appended));
    }

    #[test]
    fn span_soup_joins_and_paragraphs_break() {
        let html = r#"<p style="x"><span style="a">（一）</span><span>推进</span>依法决策。</p> <p><span>（牵头单位：示例市司法局）</span></p>"#;
        assert_eq!(
            to_text(html),
            "（一）推进依法决策。\n（牵头单位：示例市司法局）\n"
        );
    }

    #[test]
    fn every_block_tag_ends_a_line() {
        for tag in BLOCK {
            let html = format!("甲<{tag}>乙</{tag}>丙");
            assert_eq!(to_text(&html), "甲\n乙\n丙\n", "<{tag}>");
        }
    }

    #[test]
    fn every_skipped_element_is_dropped() {
        for tag in SKIP {
            let html = format!("<p>甲</p><{tag} class=\"x\"><p>菜单</p></{tag}><p>乙</p>");
            assert_eq!(to_text(&html), "甲\n乙\n", "<{tag}>");
        }
    }

    #[test]
    fn script_with_markup_inside_is_dropped() {
        let html = "<p>甲</p><script>if (a<b) { x = '</p>'; }</SCRIPT><p>乙</p>";
        assert_eq!(to_text(html), "甲\n乙\n");
    }

    #[test]
    fn unclosed_head_ends_at_body() {
        let html = "<html><head><title>页面</title><body><p>正文</p></body></html>";
        assert_eq!(to_text(html), "正文\n");
    }

    #[test]
    fn unclosed_nav_does_not_swallow_the_page() {
        assert_eq!(to_text("<nav><p>甲</p><p>乙</p>"), "甲\n乙\n");
    }

    #[test]
    fn comments_doctype_and_quoted_gt() {
        let html = "<!DOCTYPE html><!-- 注释 <p>隐藏</p> --><p title=\"a>b\">甲</p>";
        assert_eq!(to_text(html), "甲\n");
    }

    #[test]
    fn table_rows_are_lines_and_cells_tabs() {
        let html = "<table><tr><td><p>1</p></td><td><p>任务甲</p><p>年底前</p></td></tr>\
                    <tr><td>2<td>任务乙</tr></table><p>表后</p>";
        assert_eq!(to_text(html), "1\t任务甲 年底前\n2\t任务乙\n表后\n");
    }

    #[test]
    fn rowspan_colspan_and_empty_cells_keep_columns() {
        let html = "<table><tr><th rowspan=\"2\">序号</th><th colspan=\"2\">责任单位</th></tr>\
                    <tr><th>牵头单位</th><th>配合单位</th></tr>\
                    <tr><td>1</td><td rowspan=\"2\">县甲局</td><td>县乙局<br>县丙局</td></tr>\
                    <tr><td>2</td><td>&nbsp;</td></tr>\
                    <tr><td colspan=\"3\">二、分组</td></tr></table>";
        assert_eq!(
            to_text(html),
            "序号\t责任单位\t\n序号\t牵头单位\t配合单位\n1\t县甲局\t县乙局 县丙局\n2\t县甲局\t\n二、分组\n"
        );
    }

    #[test]
    fn ordered_lists_get_their_numbers_as_text() {
        let html = "<ol><li>甲</li><li><p>乙</p><ul><li>点</li></ul></li></ol>\
                    <ol type=\"cjk-ideographic\" start=\"2\"><li>丙</ol>";
        assert_eq!(to_text(html), "1.甲\n2.乙\n点\n二、丙\n");
    }

    #[test]
    fn every_row_tag_ends_a_line() {
        for tag in ROW {
            let html = format!("<td>甲</td><{tag}><td>乙</td></{tag}>丙");
            assert_eq!(to_text(&html), "甲\n乙\n丙\n", "<{tag}>");
        }
    }

    #[test]
    fn br_and_pre_keep_lines() {
        assert_eq!(to_text("甲<br>乙<br/><br>丙"), "甲\n乙\n\n丙\n");
        // Indentation inside <pre> is layout: trimmed like any line's.
        assert_eq!(to_text("<pre>一、 甲\n  二、乙</pre>"), "一、 甲\n二、乙\n");
    }

    /// A `<script>`/`<style>` cut off keeps the page after it, with a warning naming it;
    /// one closed later is dropped as before.
    #[test]
    fn unclosed_raw_elements_keep_the_rest_and_warn() {
        for name in ["script", "style"] {
            let (text, warnings) = to_text_noted(&format!("<p>甲</p><{name}>x = 1;<p>乙</p>"));
            assert!(text.contains('甲') && text.contains('乙'), "{name}: {text}");
            assert_eq!(warnings.len(), 1, "{name}");
            assert!(
                warnings[0].contains(&format!("<{name}>")),
                "{}",
                warnings[0]
            );
        }
        let (text, warnings) = to_text_noted("<p>甲</p><script>x</script><p>乙</p>");
        assert_eq!((text.as_str(), warnings.len()), ("甲\n乙\n", 0));
    }

    /// Many unclosed comments, scripts and `<!` marks read in linear time, said once each.
    #[test]
    fn repeated_unclosed_marks_are_said_once() {
        let page = "<!--<p>甲</p>".repeat(2000) + &"<script>".repeat(2000) + &"<!x".repeat(2000);
        let (text, warnings) = to_text_noted(&page);
        assert_eq!(text.matches('甲').count(), 2000);
        assert_eq!(warnings.len(), 2, "{warnings:?}");
    }

    #[test]
    fn stray_angle_brackets_read_as_text() {
        assert_eq!(to_text("比例<50%且>10%"), "比例<50%且>10%\n");
        assert_eq!(
            to_text_noted("<p>甲</p><!-- 未闭合"),
            (
                "甲\n未闭合\n".to_string(),
                vec![UNCLOSED_COMMENT.to_string()]
            )
        );
        assert_eq!(to_text("a <b"), "a <b\n");
    }

    #[test]
    fn gb_meta_charset_is_honoured() {
        for charset in GB_CHARSETS {
            let page = format!("<meta charset=\"{charset}\"><p>（一）推进依法行政</p>");
            let (bytes, _, _) = encoding_rs::GB18030.encode(&page);
            let (text, enc) = decode(&bytes, &ReadOptions::default()).expect("decodes");
            assert_eq!(enc, TextEncoding::Gb18030, "{charset}");
            assert_eq!(to_text(&text), "（一）推进依法行政\n");
        }
    }

    #[test]
    fn html_is_recognised_by_its_start() {
        assert!(looks_like_html("\n<!DOCTYPE HTML><html>"));
        assert!(looks_like_html("<tbody> <tr>"));
        assert!(!looks_like_html("一、总体要求 <p>"));
    }
}
