//! The numbered tree: lines → nested items (`一、` ⊃ `（一）` ⊃ `1.`), with missing markers
//! restored and continuation lines attached to the item they belong to.

use super::boilerplate;
use super::numbering::{self, Marker, Style};
use super::text;

/// One numbered item and the lines that belong to it.
#[derive(Debug, Clone)]
pub struct Item {
    /// Its marker (for an inferred one, the number it should have had; `raw` is empty).
    pub marker: Marker,
    /// True when the line had no marker and its number was inferred from its neighbours.
    pub inferred: bool,
    /// The text after the marker on its own line.
    pub first: String,
    /// Continuation lines (page breaks, paragraphs, a separate `责任单位：…` line).
    pub body: Vec<String>,
    /// Child items, as indices into [`Tree::items`].
    pub children: Vec<usize>,
    /// Parent item, if any.
    pub parent: Option<usize>,
    /// Set once the item's text is complete (its unit block was read, or chrome followed).
    closed: bool,
    /// Paragraphs after a closed item: its own if another item of its level follows, else a
    /// closing remark (`各级各部门要…`), moved to `closing`.
    pending: Vec<String>,
    /// Set when the item was closed only by the blank line after it in a list of one-line
    /// items ([`close_one_line_item`]): a held paragraph with a figure in it is still its own.
    held_at_blank: bool,
    /// Closing remarks after the item's text: not part of it, kept for the reading order.
    pub closing: Vec<String>,
}

impl Item {
    /// An item of its own line only, outside any tree (a point read inline from a paragraph).
    pub fn leaf(marker: Marker, first: &str) -> Item {
        Item {
            marker,
            inferred: false,
            first: first.to_string(),
            body: Vec::new(),
            children: Vec::new(),
            parent: None,
            closed: false,
            pending: Vec::new(),
            held_at_blank: false,
            closing: Vec::new(),
        }
    }

    /// An item `一、{first}` with these continuation lines, for tests of what reads items.
    #[cfg(test)]
    pub(crate) fn for_test(first: &str, body: &[&str]) -> Item {
        let marker = Marker {
            style: Style::Han,
            value: 1,
            number: "一".to_string(),
            raw: "一、".to_string(),
            repaired: false,
        };
        let mut item = Item::leaf(marker, first);
        item.body = body.iter().map(|b| b.to_string()).collect();
        item
    }
}

/// All numbered items of a plan, in document order, and what was odd about the numbering.
#[derive(Debug, Clone, Default)]
pub struct Tree {
    /// Every item; parents come before their children.
    pub items: Vec<Item>,
    /// Items with no parent.
    pub roots: Vec<usize>,
    /// Warnings about the numbering, in Chinese.
    pub warnings: Vec<String>,
    /// True when the plan sets its headings on lines of their own, their bodies below
    /// ([`text::ends_at_heading`] of two items or more): a short line over another there is
    /// a heading, not a sentence wrapped.
    pub headings_alone: bool,
}

/// A line sorted by what it is.
enum Line<'a> {
    Blank,
    Chrome,
    Numbered(Marker, &'a str),
    /// A short unnumbered line standing where a heading of this style is missing.
    Inferred(Style, &'a str),
    Text(&'a str),
}

/// Labels that start a unit line or block (`责任单位：…`).
const UNIT_LABELS: &[&str] = &[
    "牵头单位",
    "牵头部门",
    "责任单位",
    "责任部门",
    "配合单位",
    "配合部门",
    "协办单位",
    "参与单位",
];

/// True for a line that is a unit list on its own (`责任单位：示例市司法局`).
pub fn starts_with_unit_label(line: &str) -> bool {
    let t = line.trim_start_matches(['(', '（', '〔', '【', '[']);
    UNIT_LABELS.iter().any(|l| t.starts_with(l))
}

/// How far back (bytes) the opening bracket of a unit block is looked for: a block naming twenty
/// agencies is under 600 bytes.
const UNIT_BLOCK_REACH: usize = 1024;

/// True when `s` ends with a bracket naming who is responsible (`（牵头单位：…）`, `（…负责）`).
pub fn ends_with_unit_block(s: &str) -> bool {
    let t = s.trim_end_matches(['。', ' ']);
    if !t.ends_with([')', '）', '〕', '】']) {
        return false;
    }
    // Only the tail is looked at: callers test every `)` of a line, and a search back to the
    // line's start from each made a line of brackets quadratic.
    let mut from = t.len().saturating_sub(UNIT_BLOCK_REACH);
    while !t.is_char_boundary(from) {
        from += 1;
    }
    let t = &t[from..];
    // Walked back over the block's chars to the bracket that opens the last one, past any
    // pair inside it (`〔…各乡镇人民政府（街道办事处）〕`); Han chars passed with one range test.
    let mut depth = 0usize;
    let open = (t.char_indices().rev())
        .filter(|&(_, c)| !crate::chars::is_common_han(c))
        .find_map(|(i, c)| match c {
            ')' | '）' | '〕' | '】' => {
                depth += 1;
                None
            }
            '(' | '（' | '〔' | '【' => {
                depth = depth.saturating_sub(1);
                (depth == 0).then_some(i)
            }
            _ => None,
        })
        .unwrap_or(0);
    let group = t.get(open..).unwrap_or("");
    let labelled = UNIT_LABELS.iter().any(|l| group.contains(l));
    labelled || group.contains("负责") || group.contains("牵头")
}

/// A short unnumbered line that reads as a heading (no sentence punctuation).
fn is_heading_like(line: &str) -> bool {
    let n = line.chars().count();
    (4..=40).contains(&n)
        && !line.chars().any(|c| "。；;：:，,！？!?%％".contains(c))
        && !line.ends_with('、')
        && !boilerplate::is_org_line(line)
        && !boilerplate::is_date_line(line)
}

fn classify(lines: &[String]) -> Vec<Line<'_>> {
    let mut out: Vec<Line<'_>> = lines
        .iter()
        .map(|l| {
            if l.is_empty() {
                Line::Blank
            } else if boilerplate::is_chrome(l) || boilerplate::is_date_line(l) {
                Line::Chrome
            } else if let Some((m, rest)) = numbering::recognise(l) {
                Line::Numbered(m, rest)
            } else {
                Line::Text(l.as_str())
            }
        })
        .collect();
    // A signature: an agency name on its own line next to a date line.
    for i in 0..out.len() {
        let org = matches!(out.get(i), Some(Line::Text(t)) if boilerplate::is_org_line(t));
        if org && (next_is_chrome(&out, i) || prev_is_chrome(&out, i)) {
            if let Some(slot) = out.get_mut(i) {
                *slot = Line::Chrome;
            }
        }
    }
    mark_footnotes(&mut out);
    infer_missing_headings(&mut out);
    infer_unnumbered_sections(&mut out);
    infer_list_headings(&mut out);
    nest_restarted_lists(&mut out);
    out
}

/// Prefixes of a footnote line (`注：责任单位中排名第一的为牵头单位。`).
const NOTE_PREFIXES: &[&str] = &["注：", "注:", "备注：", "备注:"];

/// A footnote after the last numbered line notes the whole plan: it is not the last task's
/// text (a note among the tasks may be about its task and stays).
fn mark_footnotes(lines: &mut [Line<'_>]) {
    for slot in lines.iter_mut().rev() {
        match slot {
            Line::Numbered(..) => break,
            Line::Text(t) if NOTE_PREFIXES.iter().any(|p| t.starts_with(p)) => {
                *slot = Line::Chrome;
            }
            _ => {}
        }
    }
}

fn next_non_blank(lines: &[Line<'_>], i: usize) -> Option<usize> {
    (i + 1..lines.len()).find(|&j| !matches!(lines.get(j), Some(Line::Blank)))
}

fn prev_non_blank(lines: &[Line<'_>], i: usize) -> Option<usize> {
    (0..i)
        .rev()
        .find(|&j| !matches!(lines.get(j), Some(Line::Blank)))
}

fn next_is_chrome(lines: &[Line<'_>], i: usize) -> bool {
    next_non_blank(lines, i).is_some_and(|j| matches!(lines.get(j), Some(Line::Chrome)))
}

fn prev_is_chrome(lines: &[Line<'_>], i: usize) -> bool {
    prev_non_blank(lines, i).is_some_and(|j| matches!(lines.get(j), Some(Line::Chrome)))
}

/// Marks heading-like lines that stand where a numbered heading is missing: between complete
/// items, right before an item whose parent style is used elsewhere in the plan (a lost
/// `（三）` before `13.`).
fn infer_missing_headings(lines: &mut [Line<'_>]) {
    let mut counts: Vec<(Style, usize)> = Vec::new();
    for l in lines.iter() {
        if let Line::Numbered(m, _) = l {
            match counts.iter_mut().find(|(s, _)| *s == m.style) {
                Some((_, n)) => *n += 1,
                None => counts.push((m.style, 1)),
            }
        }
    }
    let present: Vec<Style> = counts
        .iter()
        .filter(|(_, n)| *n >= 2)
        .map(|(s, _)| *s)
        .collect();
    let mut last_value: Vec<(Style, u32)> = Vec::new();
    let mut last_style: Option<Style> = None;
    for i in 0..lines.len() {
        let candidate = match lines.get(i) {
            Some(Line::Numbered(m, _)) => {
                match last_value.iter_mut().find(|(s, _)| *s == m.style) {
                    Some((_, v)) => *v = m.value,
                    None => last_value.push((m.style, m.value)),
                }
                last_style = Some(m.style);
                continue;
            }
            Some(Line::Text(t)) if last_style.is_some() && is_heading_like(t) => *t,
            _ => continue,
        };
        let Some(next) = next_non_blank(lines, i).and_then(|j| lines.get(j)) else {
            continue;
        };
        let Line::Numbered(next_marker, _) = next else {
            continue;
        };
        let Some(parent_style) = present
            .iter()
            .filter(|s| **s < next_marker.style)
            .max()
            .copied()
        else {
            continue;
        };
        // Either the heading splits a running sequence (`12.` … heading … `13.`), or it opens
        // the first group right under a higher section (`二、` … heading … `1.`). A plain line
        // before a fresh `（1）` list inside a task is neither.
        let continues = last_value
            .iter()
            .any(|(s, v)| *s == next_marker.style && *v + 1 == next_marker.value);
        let opens = last_style.is_some_and(|s| s < parent_style) && next_marker.value == 1;
        let prev_complete = match prev_non_blank(lines, i).and_then(|j| lines.get(j)) {
            Some(Line::Numbered(..)) | Some(Line::Inferred(..)) => true,
            Some(Line::Text(t)) => text::ends_complete(t),
            _ => false,
        };
        if prev_complete && (continues || opens) {
            if let Some(slot) = lines.get_mut(i) {
                *slot = Line::Inferred(parent_style, candidate);
            }
            last_style = Some(parent_style);
        }
    }
}

/// The style of each numbered line, in order.
fn numbered_styles<'a>(lines: &'a [Line<'_>]) -> impl Iterator<Item = Style> + 'a {
    lines.iter().filter_map(|l| match l {
        Line::Numbered(m, _) => Some(m.style),
        _ => None,
    })
}

/// Marks the unnumbered headings of a plan's sections when the plan numbers nothing above its
/// items (`坚决扛牢粮食安全政治责任` / `（一）…` `（二）…` / `持续巩固拓展脱贫攻坚成果` / `（三）…`, as a
/// page that dropped the `一、` of its headings sets them): read as text, each was glued to the
/// task before it. Heading-like lines after a whole sentence, each right before an item of the
/// top style that opens the list (the first, not the title) or numbers on from the item before,
/// two or more of them; they take the style one level up, numbered in order (with a warning).
fn infer_unnumbered_sections(lines: &mut [Line<'_>]) {
    let numbered = || numbered_styles(lines);
    let Some(top) = numbered().min() else {
        return;
    };
    let parent = match top {
        Style::ParenHan => Style::Han,
        Style::Arabic => Style::ParenHan,
        _ => return,
    };
    if lines.iter().any(|l| matches!(l, Line::Inferred(..))) {
        return;
    }
    // The title, when the text starts with it.
    let first_line = (0..lines.len()).find(|&j| !matches!(lines.get(j), Some(Line::Blank)));
    let mut heads: Vec<usize> = Vec::new();
    let mut last: Option<u32> = None;
    let mut first_headed = false;
    for i in 0..lines.len() {
        match lines.get(i) {
            Some(Line::Numbered(m, _)) if m.style == top => {
                last = Some(m.value);
                continue;
            }
            Some(Line::Text(t)) if is_heading_like(t) && names_a_section(t) => {}
            _ => continue,
        }
        let next = next_non_blank(lines, i).and_then(|j| lines.get(j));
        let Some(Line::Numbered(m, _)) = next.filter(|_| Some(i) != first_line) else {
            continue;
        };
        let prev_whole = match prev_non_blank(lines, i).and_then(|j| lines.get(j)) {
            Some(Line::Text(p)) | Some(Line::Numbered(_, p)) => text::ends_complete(p),
            _ => false,
        };
        let opens = last.is_none() && m.value == 1;
        let numbers_on = last.is_some_and(|v| v + 1 == m.value);
        if m.style == top && prev_whole && (opens || numbers_on) {
            first_headed |= opens;
            heads.push(i);
        }
    }
    if !first_headed || heads.len() < 2 {
        return;
    }
    // Each section holds two items or more: a line before each item is no section heading but
    // the last line of the item above (a unit tag, a deadline written without a stop).
    let items_after = |from: usize, to: usize| {
        (from..to)
            .filter(|&j| matches!(lines.get(j), Some(Line::Numbered(m, _)) if m.style == top))
            .count()
    };
    let ends = heads
        .iter()
        .skip(1)
        .copied()
        .chain(std::iter::once(lines.len()));
    if heads
        .iter()
        .zip(ends)
        .any(|(&h, end)| items_after(h, end) < 2)
    {
        return;
    }
    for i in heads {
        if let Some(slot) = lines.get_mut(i) {
            if let Line::Text(t) = *slot {
                *slot = Line::Inferred(parent, t);
            }
        }
    }
}

/// True when a heading-like line may name a section: not a bracketed tag (`（县司法局牵头）`),
/// no list of names (`县司法局、县委组织部`), no figure (`完成时限2024年12月底`), no agency.
fn names_a_section(line: &str) -> bool {
    !line.starts_with(['(', '（', '〔', '【', '['])
        && !line.contains('、')
        && !line.bytes().any(|b| b.is_ascii_digit())
        && !boilerplate::is_org_line(line)
}

/// Marks the unnumbered headings of lists numbered afresh (`主要预期目标` / `1.…` `2.…` /
/// `工作任务` / `1.…` `2.…`, as a news digest sets them) as headings one level up, when the
/// text numbers nothing above the lists: read as one list, the second `1.` repeats a number,
/// and the first list's heading, taken for the title, dropped the first list.
fn infer_list_headings(lines: &mut [Line<'_>]) {
    let numbered = || numbered_styles(lines);
    let Some(style) = numbered().min() else {
        return;
    };
    let Some(parent) = [Style::Han, Style::ParenHan]
        .into_iter()
        .find(|s| *s < style && numbered().all(|n| n != *s))
    else {
        return;
    };
    // Heading-like lines right before a `1.` of the lists' style.
    let heads: Vec<usize> =
        (0..lines.len())
            .filter(|&i| {
                let heading = matches!(lines.get(i), Some(Line::Text(t)) if is_heading_like(t));
                heading
                && next_non_blank(lines, i).and_then(|j| lines.get(j)).is_some_and(
                    |l| matches!(l, Line::Numbered(m, _) if m.style == style && m.value == 1),
                )
            })
            .collect();
    // A restart: a head after an item of the style numbered 2 or more (a news digest's items
    // often end with no stop), or after a whole sentence.
    let restarts = heads.iter().any(|&i| {
        let prev = prev_non_blank(lines, i).and_then(|j| lines.get(j));
        let after_list = (0..i).rev().find_map(|j| match lines.get(j) {
            Some(Line::Numbered(m, _)) if m.style == style => Some(m.value >= 2),
            _ => None,
        });
        after_list == Some(true)
            && match prev {
                Some(Line::Numbered(..)) => true,
                Some(Line::Text(t)) => text::ends_complete(t),
                _ => false,
            }
    });
    if !restarts {
        return;
    }
    // The first list's head too.
    for i in heads {
        if let Some(slot) = lines.get_mut(i) {
            if let Line::Text(t) = *slot {
                *slot = Line::Inferred(parent, t);
            }
        }
    }
}

/// Nests lists numbered afresh under heading lines of their own style (`1. 抓实课堂常规` /
/// `1. 每周集体备课。` `2. 每月巡查。` / `2. 提升作业质量` / `1.…`, as school plans set them):
/// read as one list, the numbers repeat and the headings' items come apart from them. The
/// inner lists take a deeper style the text does not use (`(1)`). Only where two or more
/// headings (short lines with no sentence marks) each open a list at `1.`, the headings
/// number on from one another, and a higher heading (`（二）`) ends the run.
fn nest_restarted_lists(lines: &mut [Line<'_>]) {
    let style = Style::Arabic;
    // (The cheap look at the next line first: most items are followed by no fresh `1.`.)
    let opens = |lines: &[Line<'_>], i: usize| {
        let of_style = matches!(lines.get(i), Some(Line::Numbered(m, _)) if m.style == style);
        of_style
            && next_non_blank(lines, i)
                .and_then(|j| lines.get(j))
                .is_some_and(
                    |l| matches!(l, Line::Numbered(m, _) if m.style == style && m.value == 1),
                )
            && matches!(lines.get(i), Some(Line::Numbered(_, rest)) if is_heading_like(rest))
    };
    if (0..lines.len())
        .filter(|&i| opens(lines, i))
        .nth(1)
        .is_none()
    {
        return;
    }
    let used = |s: Style| (lines.iter()).any(|l| matches!(l, Line::Numbered(m, _) if m.style == s));
    let Some(deeper) = [Style::ParenArabic, Style::Circled]
        .into_iter()
        .find(|&s| !used(s))
    else {
        return;
    };
    let mut inner: Vec<usize> = Vec::new();
    // The heading's number, and the last number of its list.
    let mut outer: Option<u32> = None;
    let mut last: Option<u32> = None;
    // Whether an item of the inner list so far reads as a heading.
    let mut items_headed = false;
    for i in 0..lines.len() {
        let Some(Line::Numbered(m, _)) = lines.get(i) else {
            continue;
        };
        if m.style < style {
            outer = None;
            continue;
        }
        if m.style != style {
            continue;
        }
        let next_heading = outer.is_none_or(|o| o + 1 == m.value);
        // A heading with no list of its own: the next heading's number, not the next item's,
        // or both, and written as the headings are (a short line, where the items are not).
        let headed = matches!(lines.get(i), Some(Line::Numbered(_, rest)) if is_heading_like(rest));
        let next_item = last.map(|l| l + 1) == Some(m.value);
        let no_list =
            outer.is_some_and(|o| o + 1 == m.value) && (!next_item || (headed && !items_headed));
        if (opens(lines, i) && next_heading) || no_list {
            (outer, last, items_headed) = (Some(m.value), None, false);
        } else if outer.is_some() {
            inner.push(i);
            last = Some(m.value);
            items_headed |= headed;
        }
    }
    for i in inner {
        if let Some(Line::Numbered(m, _)) = lines.get_mut(i) {
            m.style = deeper;
            m.number = numbering::number_string(deeper, m.value);
        }
    }
}

/// Builds the numbered tree of the plan's lines (cleaned, cover letter already cut off).
pub fn build(lines: &[String]) -> Tree {
    let classified = classify(lines);
    let mut tree = Tree::default();
    // One item per numbered or inferred line: the items (large) are placed once, not moved at
    // each doubling of a growing vector.
    let headed = |l: &&Line| matches!(l, Line::Numbered(..) | Line::Inferred(..));
    tree.items
        .reserve_exact(classified.iter().filter(headed).count());
    let mut stack: Vec<usize> = Vec::new();
    let mut last_by_style: Vec<(Style, u32)> = Vec::new();
    let mut repaired = 0usize;
    for line in classified {
        match line {
            Line::Blank => close_one_line_item(&mut tree, &stack),
            Line::Chrome => {
                if let Some(item) = stack.last().and_then(|&i| tree.items.get_mut(i)) {
                    item.closed = true;
                    item.pending.clear();
                }
            }
            Line::Numbered(marker, rest) => {
                // `1)`/`1）` is a common form of its own, not a lost bracket.
                repaired += usize::from(marker.repaired && marker.style != Style::ParenArabic);
                drop_list_intro(&mut tree, &stack, &marker);
                settle_pending(&mut tree, &stack, marker.style);
                pop_to(&tree, &mut stack, marker.style);
                resume_points(&tree, &mut stack, &marker);
                check_sequence(&mut tree, &stack, &marker, &last_by_style);
                remember(&mut last_by_style, marker.style, marker.value);
                push(&mut tree, &mut stack, marker, false, rest);
            }
            Line::Inferred(style, title) => {
                settle_pending(&mut tree, &stack, style);
                pop_to(&tree, &mut stack, style);
                let value = last_sibling_value(&tree, &stack, style).map_or(1, |v| v + 1);
                let number = numbering::number_string(style, value);
                tree.warnings.push(format!(
                    "编号缺失：“{title}”前没有编号，按前后顺序补为 {number}，请核对原文"
                ));
                remember(&mut last_by_style, style, value);
                let marker = Marker {
                    style,
                    value,
                    number,
                    raw: String::new(),
                    repaired: true,
                };
                push(&mut tree, &mut stack, marker, true, title);
            }
            Line::Text(t) => {
                let Some(item) = stack.last().and_then(|&i| tree.items.get_mut(i)) else {
                    continue;
                };
                if item.closed && !starts_with_unit_label(t) {
                    item.pending.push(t.to_string());
                    continue;
                }
                if item.first.is_empty() {
                    item.first = t.to_string();
                } else {
                    item.body.push(t.to_string());
                }
                // A unit block spans at most a few broken lines: look at the tail only.
                let recent = item.body.len().saturating_sub(4);
                let mut tail = if recent == 0 {
                    item.first.clone()
                } else {
                    String::new()
                };
                for b in item.body.iter().skip(recent) {
                    text::join(&mut tail, b);
                }
                item.closed = ends_with_unit_block(&tail);
            }
        }
    }
    // Paragraphs after the last item's text close the document.
    if let Some(item) = stack.last().and_then(|&i| tree.items.get_mut(i)) {
        let pending = std::mem::take(&mut item.pending);
        close_with(item, pending);
    }
    tree.headings_alone = (tree.items.iter())
        .filter(|it| text::ends_at_heading(&it.first, &it.body))
        .nth(1)
        .is_some();
    if repaired > 0 {
        tree.warnings.push(format!(
            "编号不完整：有 {repaired} 处编号缺括号或缺编号（如“二)”），已按上下文补全，请核对原文"
        ));
    }
    tree
}

/// Items before the last read to tell a list of one-line items.
const ONE_LINERS_BEFORE: usize = 2;

/// Closes an item of a list of one-line items (`10` / `提升校外配餐监管水平。`, each item one
/// sentence, the two before it so too) at the blank line after it: a paragraph after it is
/// held apart, given back if the list goes on, else the text's closing (`票决后，…`), not the
/// item's. Looks at the item and the two before it only.
fn close_one_line_item(tree: &mut Tree, stack: &[usize]) {
    let Some((&top, parents)) = stack.split_last() else {
        return;
    };
    let one_liner = |i: usize| {
        tree.items.get(i).is_some_and(|it| {
            it.body.is_empty()
                && it.children.is_empty()
                && it.first.trim_end().ends_with(['。', '；', ';'])
        })
    };
    let level = siblings(tree, parents);
    let Some((_, before)) = level.split_last() else {
        return;
    };
    let list = before.len() >= ONE_LINERS_BEFORE
        && (before.iter().rev().take(ONE_LINERS_BEFORE)).all(|&i| one_liner(i));
    if list && one_liner(top) {
        if let Some(item) = tree.items.get_mut(top) {
            item.closed = true;
            item.held_at_blank = true;
        }
    }
}

/// Gives the paragraphs held after a closed item back to it when the next item is of its
/// level or deeper (the paragraphs were mid-list, so they belong to it); else they are a
/// closing remark, kept apart from the item's text.
fn settle_pending(tree: &mut Tree, stack: &[usize], next: Style) {
    let Some(item) = stack.last().and_then(|&i| tree.items.get_mut(i)) else {
        return;
    };
    let pending = std::mem::take(&mut item.pending);
    if next >= item.marker.style {
        item.body.extend(pending);
    } else {
        close_with(item, pending);
    }
}

/// Puts the paragraphs held after an item in its closing; after an item held only at a blank
/// line, paragraphs with a figure in them go on its text instead (`改造示例小区等12个小区，年底
/// 前全部完工。` finishes the item before; `票决后，…加强保障` closes the list).
fn close_with(item: &mut Item, pending: Vec<String>) {
    // (`以上3项工作由…负责`, `各责任单位要于每月5日前报送…`: a closing speaks of the list.)
    let of_the_list = |p: &String| p.starts_with(['以', '上', '各']) && closes_a_list(p);
    if item.held_at_blank && pending.iter().any(|p| has_figure(p) && !of_the_list(p)) {
        item.body.extend(pending);
    } else {
        item.closing.extend(pending);
    }
}

/// True when a paragraph opens as a closing of the whole list (`以上…`, `上述…`, `各…`).
fn closes_a_list(p: &str) -> bool {
    ["以上", "上述", "各"].iter().any(|w| p.starts_with(w))
}

/// True when a paragraph holds a figure other than a year (`12个`, `10月底前`; not `2024年`).
fn has_figure(text: &str) -> bool {
    let mut run = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            run += 1;
            continue;
        }
        if run > 0 && !(run == 4 && c == '年') {
            return true;
        }
        run = 0;
    }
    run > 0
}

/// A `一是` that restarts a list after `二是`… opens a new paragraph's own list: the line
/// just before it introduces that list (`同时，要抓好以下工作：`), it does not continue the
/// previous point.
fn drop_list_intro(tree: &mut Tree, stack: &[usize], marker: &Marker) {
    if marker.style != Style::HanShi || marker.value != 1 {
        return;
    }
    let Some(item) = stack.last().and_then(|&i| tree.items.get_mut(i)) else {
        return;
    };
    if item.marker.style != Style::HanShi {
        return;
    }
    if item.pending.pop().is_none() {
        item.body.pop();
    }
}

/// A point (`二是`) after a list that broke into the points (`一是…：`, then `（一）…（二）…`
/// beside it) goes on the points' list, not under the list's last item: the stack is cut back
/// to the level whose last point is the one before (`一是`), when only items of an outer
/// numbering (`（一）`) have come after it there.
fn resume_points(tree: &Tree, stack: &mut Vec<usize>, marker: &Marker) {
    if marker.style != Style::HanShi || marker.value < 2 {
        return;
    }
    // Levels from the deepest out: the children of each item on the stack, then the roots.
    for depth in (0..=stack.len()).rev() {
        let level = siblings(tree, &stack[..depth]);
        let Some(last_point) = level.iter().rposition(|&i| {
            tree.items
                .get(i)
                .is_some_and(|it| it.marker.style == Style::HanShi)
        }) else {
            continue;
        };
        let point = &tree.items[level[last_point]];
        let after = &level[last_point + 1..];
        let outer = !after.is_empty()
            && (after.iter()).all(|&i| {
                tree.items
                    .get(i)
                    .is_some_and(|it| it.marker.style < Style::HanShi)
            });
        if depth < stack.len() && point.marker.value + 1 == marker.value && outer {
            stack.truncate(depth);
        }
        return;
    }
}

fn pop_to(tree: &Tree, stack: &mut Vec<usize>, style: Style) {
    while let Some(&top) = stack.last() {
        match tree.items.get(top) {
            Some(item) if item.marker.style >= style => {
                stack.pop();
            }
            _ => break,
        }
    }
}

fn remember(last: &mut Vec<(Style, u32)>, style: Style, value: u32) {
    match last.iter_mut().find(|(s, _)| *s == style) {
        Some((_, v)) => *v = value,
        None => last.push((style, value)),
    }
}

fn siblings<'a>(tree: &'a Tree, stack: &[usize]) -> &'a [usize] {
    match stack.last().and_then(|&p| tree.items.get(p)) {
        Some(parent) => &parent.children,
        None => &tree.roots,
    }
}

fn last_sibling_value(tree: &Tree, stack: &[usize], style: Style) -> Option<u32> {
    siblings(tree, stack)
        .iter()
        .rev()
        .filter_map(|&i| tree.items.get(i))
        .find(|it| it.marker.style == style)
        .map(|it| it.marker.value)
}

/// Warns about a gap or a repeat in the numbering. Numbering that restarts under each parent
/// and numbering that runs on through the whole plan (`（五）` under `二、`) are both fine.
fn check_sequence(tree: &mut Tree, stack: &[usize], marker: &Marker, last: &[(Style, u32)]) {
    let local = last_sibling_value(tree, stack, marker.style);
    let expected_local = local.map_or(1, |v| v + 1);
    let global = last
        .iter()
        .find(|(s, _)| *s == marker.style)
        .map(|(_, v)| v + 1);
    if marker.value == expected_local || Some(marker.value) == global {
        return;
    }
    // Each paragraph of a prose plan may enumerate its own points from `一是` again.
    if marker.style == Style::HanShi && marker.value == 1 {
        return;
    }
    // `2、①关闭…` over `②推进…`: the first sub-item on its parent's line.
    let parent = stack.last().and_then(|&p| tree.items.get(p));
    let on_parents_line = local.is_none()
        && marker.value == 2
        && parent
            .and_then(|p| numbering::recognise(&p.first))
            .is_some_and(|(m, _)| m.style == marker.style && m.value == 1);
    if on_parents_line {
        return;
    }
    let where_ = stack
        .last()
        .and_then(|&p| tree.items.get(p))
        .map(|p| format!("“{}”下", p.marker.number))
        .unwrap_or_default();
    let msg = match local {
        Some(prev) if marker.value <= prev => {
            format!(
                "编号重复：{where_}{} 出现在 {} 之后，请核对原文",
                marker.number,
                numbering::number_string(marker.style, prev)
            )
        }
        Some(prev) => format!(
            "编号不连续：{where_}{} 之后是 {}，中间可能缺少条目，请核对原文",
            numbering::number_string(marker.style, prev),
            marker.number
        ),
        None => format!(
            "编号不连续：{where_}第一项编号是 {}，请核对原文",
            marker.number
        ),
    };
    tree.warnings.push(msg);
}

fn push(tree: &mut Tree, stack: &mut Vec<usize>, marker: Marker, inferred: bool, rest: &str) {
    let idx = tree.items.len();
    let parent = stack.last().copied();
    let closed = ends_with_unit_block(rest);
    tree.items.push(Item {
        marker,
        inferred,
        first: rest.to_string(),
        body: Vec::new(),
        children: Vec::new(),
        parent,
        closed,
        pending: Vec::new(),
        held_at_blank: false,
        closing: Vec::new(),
    });
    match parent.and_then(|p| tree.items.get_mut(p)) {
        Some(p) => p.children.push(idx),
        None => tree.roots.push(idx),
    }
    stack.push(idx);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(s: &str) -> Vec<String> {
        s.lines().map(text::clean_line).collect()
    }

    #[test]
    fn nests_by_style() {
        let t = build(&lines("一、甲\n(一)乙。\n(二)丙。\n二、丁\n(三)戊。"));
        assert_eq!(t.roots.len(), 2);
        let first = &t.items[t.roots[0]];
        assert_eq!(first.children.len(), 2);
        assert!(t.warnings.is_empty(), "{:?}", t.warnings);
    }

    #[test]
    fn missing_marker_is_inferred() {
        let t = build(&lines(
            "二、目标\n\n示例提升行动\n\n1.甲。\n2.乙。\n二)第二行动\n3.丙。\n\n第三行动\n\n4.丁。\n四)第四行动\n5.戊。",
        ));
        let numbers: Vec<&str> = t.items.iter().map(|i| i.marker.number.as_str()).collect();
        assert_eq!(
            numbers,
            ["二", "(一)", "1", "2", "(二)", "3", "(三)", "4", "(四)", "5"]
        );
        assert!(t.items[6].inferred);
        assert_eq!(t.items[6].first, "第三行动");
    }

    #[test]
    fn plain_line_before_a_fresh_list_is_text() {
        let t = build(&lines(
            "一、甲\n1.乙。\n(1)丙。\n(2)丁。\n2.戊。\n\n具体做法如下\n\n(1)己。\n3.庚。",
        ));
        assert!(t.items.iter().all(|i| !i.inferred));
        assert!(t.warnings.is_empty(), "{:?}", t.warnings);
    }

    #[test]
    fn unit_block_closes_the_item() {
        let t = build(&lines(
            "一、甲\n(一)乙。(牵头单位:市甲局)\n各单位要抓好落实。",
        ));
        assert_eq!(t.items[1].body.len(), 0);
        let t = build(&lines("一、甲\n(一)乙。（牵头单位：市\n\n甲局）"));
        assert_eq!(t.items[1].body, ["甲局）"]);
        let t = build(&lines("一、甲\n(一)乙。\n责任单位：市甲局"));
        assert_eq!(t.items[1].body, ["责任单位：市甲局"]);
    }

    /// A long unit block is still read; the search for its opening bracket looks at the tail
    /// only, so a text of thousands of `)` is not searched back from each.
    #[test]
    fn unit_blocks_are_found_in_the_tail() {
        let long = format!("（一）任务。（牵头单位：市甲局{}）", "、市乙局".repeat(60));
        assert!(ends_with_unit_block(&long));
        assert!(ends_with_unit_block("（一）任务。（市甲局负责）。"));
        let far = format!("由市甲局牵头{}）", "推进".repeat(400));
        assert!(!ends_with_unit_block(&far));
        let brackets = format!("（一）任务（ {}", ")".repeat(20_000));
        assert!(!ends_with_unit_block(&brackets));
    }

    #[test]
    fn paragraph_between_closed_items_stays_with_its_item() {
        let t = build(&lines(
            "一、甲\n(一)乙。(甲局负责)\n续写一段。(乙局负责)\n(二)丙。(丙局负责)\n各单位要抓好落实。",
        ));
        assert_eq!(t.items[1].body, ["续写一段。(乙局负责)"]);
        assert!(t.items[2].body.is_empty());
    }

    #[test]
    fn signature_is_not_text() {
        let t = build(&lines("一、甲。\n示例市司法局\n2024年3月1日"));
        assert!(t.items[0].body.is_empty());
    }

    #[test]
    fn gaps_and_repeats_warn() {
        let t = build(&lines("一、甲\n二、乙\n四、丙\n四、丁"));
        assert_eq!(t.warnings.len(), 2, "{:?}", t.warnings);
        assert!(t.warnings[0].contains("不连续"));
        assert!(t.warnings[1].contains("重复"));
    }
}
