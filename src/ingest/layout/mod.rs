//! Runs of text where they print (a PDF's or an OFD's page) → lines as a reader reads them.
//!
//! ```text
//! runs ─► lines (same baseline, left to right; a wide gap is a tab: a table's next cell)
//!      ─► tables: rows rebuilt by position under a header row, a cell's wrapped lines joined
//!         per cell ([`table`])
//!      ─► running headers, footers and page numbers dropped (— 3 —, 第3页, a line on most pages)
//!      ─► a paragraph's wrapped lines joined (a line that reaches the right margin goes on in the
//!         next one, unless that one is indented or starts with a number: 一、 （一） 1. ①)
//! ```

mod table;

use std::collections::HashMap;

pub use pdfread::Run;

/// A gap between runs wider than this many em is a tab (the next cell of a table row).
const TAB_EM: f32 = 2.0;
/// A gap between runs wider than this many em separates two pieces of a line (a table's cells
/// are at least their two paddings apart).
const PIECE_EM: f32 = 0.4;
/// A line whose right edge is within this many em of the margin reaches it.
const MARGIN_EM: f32 = 1.5;
/// How many lines at the top and the bottom of a page may be running headers or footers.
const BAND: usize = 2;

/// One printed line of a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// The text, cells between tabs.
    pub text: String,
    /// Left edge.
    pub left: f32,
    /// Right edge.
    pub right: f32,
    /// Baseline.
    pub y: f32,
    /// Font size (the largest on the line).
    pub size: f32,
    /// The runs that touch, joined, left to right: a table row's cells.
    pub pieces: Vec<Piece>,
}

/// Runs of one line that touch, joined: where a table's cell starts and ends on that line.
#[derive(Debug, Clone, PartialEq)]
pub struct Piece {
    /// Left edge.
    pub x: f32,
    /// Right edge.
    pub end: f32,
    /// The characters.
    pub text: String,
}

/// The page's lines, top to bottom: runs on one baseline (within 0.4 em) joined left to right.
///
/// `[Run "一、" at (72, 700), Run "总体要求" at (96, 700)]` → `["一、总体要求"]`.
pub fn lines(mut runs: Vec<Run>) -> Vec<Line> {
    runs.retain(|r| !r.text.trim().is_empty() && r.x.is_finite() && r.y.is_finite());
    runs.sort_by(|a, b| b.y.total_cmp(&a.y).then(a.x.total_cmp(&b.x)));
    let mut groups: Vec<Vec<Run>> = Vec::new();
    for run in runs {
        match groups.last_mut() {
            Some(group)
                if (group[0].y - run.y).abs() <= 0.4 * group[0].size.max(run.size).max(1.0) =>
            {
                group.push(run)
            }
            _ => groups.push(vec![run]),
        }
    }
    table::rebuild(groups.into_iter().map(line).collect())
}

/// Joins one baseline's runs.
fn line(mut runs: Vec<Run>) -> Line {
    runs.sort_by(|a, b| a.x.total_cmp(&b.x));
    let size = runs.iter().map(|r| r.size).fold(1.0, f32::max);
    let mut text = String::new();
    let mut right = f32::MIN;
    let mut pieces: Vec<Piece> = Vec::new();
    for run in &runs {
        if !text.is_empty() {
            let gap = run.x - right;
            if gap > TAB_EM * size {
                text.push('\t');
            } else if gap > 0.2 * size && needs_space(&text, &run.text) {
                text.push(' ');
            }
        }
        text.push_str(&run.text);
        match pieces.last_mut() {
            Some(piece) if run.x - piece.end <= PIECE_EM * size => {
                if run.x - piece.end > 0.2 * size && needs_space(&piece.text, &run.text) {
                    piece.text.push(' ');
                }
                piece.text.push_str(&run.text);
                piece.end = piece.end.max(run.end);
            }
            _ => pieces.push(Piece {
                x: run.x,
                end: run.end,
                text: run.text.clone(),
            }),
        }
        right = right.max(run.end);
    }
    for piece in &mut pieces {
        piece.text = piece.text.trim().to_string();
    }
    pieces.retain(|p| !p.text.is_empty());
    Line {
        text: text.trim().to_string(),
        left: runs.first().map_or(0.0, |r| r.x),
        right,
        y: runs.first().map_or(0.0, |r| r.y),
        size,
        pieces,
    }
}

/// Whether words meeting here need a space between them (Latin letters and digits do, Chinese
/// characters do not).
fn needs_space(before: &str, after: &str) -> bool {
    let end = before.chars().next_back();
    let start = after.chars().next();
    matches!((end, start), (Some(a), Some(b)) if a.is_ascii_alphanumeric() && b.is_ascii_alphanumeric())
}

/// Whether a paragraph wrapped between these two lines at a space: Latin words do; a number
/// (`达到1` / `00%`) or Chinese text is cut anywhere.
fn wraps_at_a_space(before: &str, after: &str) -> bool {
    let end = before.chars().next_back();
    let start = after.chars().next();
    matches!((end, start), (Some(a), Some(b)) if a.is_ascii_alphabetic() && b.is_ascii_alphabetic())
}

/// Drops each page's running headers and footers: page numbers in the top or bottom lines, and
/// lines found at the same height with the same text (digits aside) on at least half of the
/// pages (two at least) that are set apart from the body (a wider gap than between its lines,
/// another font size, or centred or indented where a paragraph's wrapped line would start at the
/// margin): on a full page the last body line sits at the same height too, and the end of a
/// paragraph (`政府、市政府直属相关单位）`) can recur there. Returns how many lines were dropped.
pub fn drop_chrome(pages: &mut [Vec<Line>]) -> usize {
    // Text without digits (a header may carry the page's number), and the height in 4 pt steps:
    // the end of a paragraph can recur on several pages, but not at the same height.
    let key = |line: &Line| -> (String, i32) {
        let text = line
            .text
            .chars()
            .filter(|c| !c.is_whitespace() && !c.is_ascii_digit())
            .collect();
        (text, (line.y / 4.0).round() as i32)
    };
    let band = |page: &[Line]| -> Vec<usize> {
        let n = page.len();
        (0..n).filter(|i| *i < BAND || *i + BAND >= n).collect()
    };
    let mut counts: HashMap<(String, i32), usize> = HashMap::new();
    for page in pages.iter() {
        let mut seen: Vec<(String, i32)> = band(page).into_iter().map(|i| key(&page[i])).collect();
        seen.sort();
        seen.dedup();
        for k in seen {
            *counts.entry(k).or_default() += 1;
        }
    }
    let n_pages = pages.len();
    let repeated = |k: &(String, i32)| {
        n_pages >= 2 && counts.get(k).is_some_and(|n| *n >= 2 && n * 2 >= n_pages)
    };
    let mut dropped = 0;
    for page in pages.iter_mut() {
        let leading = leading(page);
        let left = page.iter().map(|l| l.left).fold(f32::MAX, f32::min);
        let set_apart = |i: usize| {
            let inward = if i < BAND { i + 1 } else { i.wrapping_sub(1) };
            let line = &page[i];
            line.left > left + 2.5 * line.size
                || page.get(inward).is_none_or(|body| {
                    (line.y - body.y).abs() > 1.3 * leading
                        || (line.size - body.size).abs() > 0.1 * body.size
                })
        };
        let drop: Vec<usize> = band(page)
            .into_iter()
            .filter(|i| {
                is_page_number(&page[*i].text) || (repeated(&key(&page[*i])) && set_apart(*i))
            })
            .collect();
        dropped += drop.len();
        let mut i = 0;
        page.retain(|_| {
            i += 1;
            !drop.contains(&(i - 1))
        });
    }
    dropped
}

/// Whether a line is a page number: `— 3 —`, `- 3 -`, `3`, `第3页`, `第 3 页 共 12 页`, `3/12`,
/// `Page 3`.
pub fn is_page_number(text: &str) -> bool {
    let bare: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && !"-—–－‒―~·.".contains(*c))
        .collect();
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if digits(&bare) {
        return true;
    }
    if let Some((a, b)) = bare.split_once('/') {
        return digits(a) && digits(b);
    }
    if let Some(rest) = bare.strip_prefix("第") {
        // 第3页, 第3页共12页
        let mut parts = rest.split(['页', '共']).filter(|p| !p.is_empty());
        return rest.contains('页') && parts.all(digits);
    }
    bare.to_ascii_lowercase()
        .strip_prefix("page")
        .is_some_and(digits)
}

/// Numbering that starts an item, as data: (opening, the characters of its number, closing).
/// `一、` `（一）` `(一)` `1.` `1．` `1、` `（1）` `(1)` `第一条`.
const MARKERS: &[(&str, &str, &[&str])] = &[
    ("", HAN_DIGITS, &["、"]),
    ("（", HAN_DIGITS, &["）"]),
    ("(", HAN_DIGITS, &[")", "）"]),
    ("", ASCII_DIGITS, &[".", "．", "、"]),
    ("（", ASCII_DIGITS, &["）"]),
    ("(", ASCII_DIGITS, &[")", "）"]),
    ("第", HAN_DIGITS, &["条", "章", "节", "部分"]),
];
const HAN_DIGITS: &str = "一二三四五六七八九十百零〇";
const ASCII_DIGITS: &str = "0123456789";

/// Whether a line starts a new item: `（二）深化…` → true; `15%以上。` → false.
pub fn starts_item(text: &str) -> bool {
    let text = text.trim_start();
    if text.starts_with(|c: char| ('①'..='⑳').contains(&c)) {
        return true;
    }
    MARKERS.iter().any(|(open, digits, closes)| {
        let Some(rest) = text.strip_prefix(open) else {
            return false;
        };
        let number_len: usize = rest
            .chars()
            .take_while(|c| digits.contains(*c))
            .map(char::len_utf8)
            .sum();
        let after = &rest[number_len..];
        number_len > 0
            && closes.iter().any(|close| {
                after.strip_prefix(close).is_some_and(|tail| {
                    // 1.5亿元 is a number, not an item.
                    !(*close == "." && tail.starts_with(|c: char| c.is_ascii_digit()))
                })
            })
    })
}

/// The document's text: lines of all pages in order, a paragraph's wrapped lines joined.
pub fn join(pages: &[Vec<Line>]) -> String {
    let mut out = String::new();
    let mut previous: Option<(&Line, f32)> = None;
    for page in pages {
        let left = page.iter().map(|l| l.left).fold(f32::MAX, f32::min);
        let right = page.iter().map(|l| l.right).fold(f32::MIN, f32::max);
        let leading = leading(page);
        for (i, line) in page.iter().enumerate() {
            let goes_on = previous.is_some_and(|(prev, prev_right)| {
                let em = prev.size.max(line.size);
                let adjacent = i == 0 || (prev.y - line.y) <= leading * 1.5 + 0.2 * em;
                adjacent
                    && prev.right >= prev_right - MARGIN_EM * em
                    && line.left <= left + 0.5 * em
                    && (prev.size - line.size).abs() < 0.2 * em
                    && !prev.text.contains('\t')
                    && !line.text.contains('\t')
                    && !starts_item(&line.text)
            });
            if goes_on {
                if wraps_at_a_space(&out, &line.text) {
                    out.push(' ');
                }
            } else if !out.is_empty() {
                out.push('\n');
            }
            out.push_str(&line.text);
            previous = Some((line, right));
        }
    }
    out
}

/// The page's usual distance between baselines: the median of its lines' (a paragraph's lines
/// are this far apart; a wider gap ends a paragraph).
fn leading(page: &[Line]) -> f32 {
    let mut gaps: Vec<f32> = page
        .windows(2)
        .map(|w| w[0].y - w[1].y)
        .filter(|g| *g > 0.0)
        .collect();
    gaps.sort_by(f32::total_cmp);
    gaps.get(gaps.len() / 2).copied().unwrap_or(f32::MAX / 4.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(x: f32, y: f32, text: &str) -> Run {
        let width = text.chars().count() as f32 * 12.0;
        Run {
            x,
            y,
            end: x + width,
            size: 12.0,
            text: text.into(),
        }
    }

    #[test]
    fn runs_on_a_baseline_make_one_line_in_reading_order() {
        let lines = lines(vec![
            run(96.0, 700.0, "总体要求"),
            run(72.0, 680.0, "（一）"),
            run(72.0, 700.3, "一、"),
            run(300.0, 700.0, "市司法局"),
        ]);
        let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts, ["一、总体要求\t市司法局", "（一）"]);
    }

    #[test]
    fn page_numbers() {
        for yes in [
            "— 3 —",
            "- 12 -",
            "3",
            "第3页",
            "第 3 页 共 12 页",
            "3/12",
            "Page 3",
        ] {
            assert!(is_page_number(yes), "{yes}");
        }
        for no in ["一、总体要求", "2026年", "第三条", "3月底前完成"] {
            assert!(!is_page_number(no), "{no}");
        }
    }

    #[test]
    fn item_markers() {
        for yes in [
            "一、总体要求",
            "（二）深化",
            "(3)推进",
            "1.开展",
            "12、加强",
            "①完善",
            "第五条 规定",
        ] {
            assert!(starts_item(yes), "{yes}");
        }
        for no in [
            "15%以上。",
            "1.5亿元",
            "2026年3月",
            "示例市司法局）",
            "（牵头单位：市司法局）",
            "二是加强",
        ] {
            assert!(!starts_item(no), "{no}");
        }
    }

    #[test]
    fn wrapped_lines_join_and_new_items_do_not() {
        let line = |left: f32, right: f32, y: f32, text: &str| Line {
            text: text.into(),
            left,
            right,
            y,
            size: 12.0,
            pieces: Vec::new(),
        };
        let page = vec![
            line(
                96.0,
                523.0,
                700.0,
                "（一）推进高频事项集成办理。围绕企业开办",
            ),
            line(72.0, 300.0, 678.0, "等高频事项。"),
            line(96.0, 523.0, 656.0, "（二）深化帮办代办服务。在各区政务服务"),
            line(72.0, 523.0, 634.0, "（牵头单位：示例市政务服务管理局；责任"),
            line(72.0, 200.0, 612.0, "单位：各区政府）"),
        ];
        assert_eq!(
            join(&[page]),
            "（一）推进高频事项集成办理。围绕企业开办等高频事项。\n\
             （二）深化帮办代办服务。在各区政务服务（牵头单位：示例市政务服务管理局；责任单位：各区政府）"
        );
    }

    #[test]
    fn a_number_cut_at_the_margin_joins_without_a_space_and_words_with_one() {
        let line = |right: f32, y: f32, text: &str| Line {
            text: text.into(),
            left: 72.0,
            right,
            y,
            size: 12.0,
            pieces: Vec::new(),
        };
        let page = vec![
            line(523.0, 700.0, "全程网办率达到1"),
            line(523.0, 678.0, "00%，推行one"),
            line(200.0, 656.0, "window服务。"),
        ];
        assert_eq!(join(&[page]), "全程网办率达到100%，推行one window服务。");
    }

    #[test]
    fn running_headers_and_page_numbers_are_dropped() {
        let line = |y: f32, size: f32, text: &str| Line {
            text: text.into(),
            left: 72.0,
            right: 300.0,
            y,
            size,
            pieces: Vec::new(),
        };
        // Each page: a small header, three body lines 22 pt apart, the last one the same tail
        // of a paragraph at the same height on both pages, and a page number.
        let page = |first: &str, number: &str| {
            vec![
                line(800.0, 9.0, "示例市人民政府办公室文件"),
                line(750.0, 12.0, first),
                line(
                    728.0,
                    12.0,
                    "（牵头单位：示例市司法局；责任单位：各区政府、示例市",
                ),
                line(706.0, 12.0, "政府直属相关单位）"),
                line(40.0, 9.0, number),
            ]
        };
        let mut pages = vec![page("一、总体要求", "— 1 —"), page("二、重点任务", "— 2 —")];
        assert_eq!(drop_chrome(&mut pages), 4);
        let texts: Vec<&str> = pages[1].iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts[0], "二、重点任务");
        assert_eq!(texts[2], "政府直属相关单位）");
        assert_eq!(pages[0].len(), 3);
    }
}
