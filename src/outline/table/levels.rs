//! Tables copied one cell a line, a bar after each cell (`一 |`, `区甲局 |`), whose rows are
//! numbered at several levels in their own cells: a group's bare number (`一`) and its merged
//! cells (`区甲局`, the lead), then items numbered in their text (`(一)…`, `1.…`), each with
//! the cells of the columns after it (`区城投`, the agency; `已完工`, a status not read):
//!
//! `一 | 区甲局 | 实事项目(2个) | (一)新建道路 | 1.甲路 | 区城投 | 已完工 | 2.乙路 | …` →
//! `一、区甲局 实事项目(2个)`, `(一)新建道路`, `1.甲路（牵头单位：区甲局；责任单位：区城投）`, …
//!
//! The group's agency cell is merged down over its rows: each item without items under it
//! gets it, as a reader of the table sees.

use super::cell::{is_group_cell, is_number_cell, is_time_cell};
use super::header::{Column, Header};
use super::vertical::{header_at, trimmed};
use super::{render, Row};
use crate::outline::numbering::{self, Style};

/// Most lines of a second header row (`前期手续 |`, `在建形象进度 |`) between the header and the
/// first group's number.
const SUB_HEADER_MAX: usize = 8;

/// Longest cell of a second header row.
const SUB_LABEL_MAX: usize = 10;

/// The level of an item without a number (a group's only item): below every numbered one.
const UNNUMBERED: usize = usize::MAX;

/// A group: its number (`一`), the agencies of its merged agency cell, and its other text.
struct Group {
    number: String,
    lead: Vec<String>,
    title: Vec<String>,
}

/// An item of a group: its numbered text, its level (the order its numbering first came in
/// the table), and the cells of the columns after it.
struct Item {
    text: String,
    level: usize,
    units: Vec<String>,
    deadline: String,
}

/// True for a line holding one cell with the bar after it (`区甲局 |`), or bars alone.
fn barred(line: &str) -> bool {
    line.trim_end().ends_with('|')
}

/// A bare Han number in a cell of its own (`一`, `二、`): a group's number.
fn group_number(cell: &str) -> bool {
    is_number_cell(cell)
        && cell
            .trim_end_matches(['.', '、', '．'])
            .chars()
            .all(numbering::is_han_numeral_char)
}

/// The numbering of a cell numbered in its text below a group's (`(一)新建道路`, `1.甲路`).
fn item_style(cell: &str) -> Option<Style> {
    numbering::recognise(cell)
        .filter(|(m, rest)| !rest.trim().is_empty() && m.style != Style::Han)
        .map(|(m, _)| m.style)
}

/// Reads a table of the module's form whose header (opening on its number column) ends before
/// line `from`, writing it as plan text to `out`; the index of the line after the table, or
/// None (nothing written) when the lines are not of this form: a group's number first, and two
/// numbered items or more under groups.
pub(super) fn rows(
    lines: &[&str],
    from: usize,
    h: &Header,
    out: &mut Vec<String>,
) -> Option<usize> {
    if !matches!(h.columns.first(), Some((Column::Number, _))) {
        return None;
    }
    // The item's text stands in the last column of text; the columns after it follow it.
    let text_at =
        (h.columns.iter()).rposition(|(c, _)| matches!(c, Column::Task | Column::Detail))?;
    let mut j = from;
    // A second header row under the first (labels of the columns a label spans).
    let mut sub = 0;
    while let Some(line) = lines.get(j) {
        let cell = trimmed(line);
        let label = !cell.is_empty()
            && cell.chars().count() <= SUB_LABEL_MAX
            && !cell.contains(['。', '，', '；', '：'])
            && !is_number_cell(cell)
            && numbering::recognise(cell).is_none();
        if !barred(line) || !(cell.is_empty() || label) || sub == SUB_HEADER_MAX {
            break;
        }
        sub += usize::from(!cell.is_empty());
        j += 1;
    }
    if !lines
        .get(j)
        .is_some_and(|l| barred(l) && group_number(trimmed(l)))
    {
        return None;
    }
    let mut groups: Vec<(Group, Vec<Item>)> = Vec::new();
    let mut styles: Vec<Style> = Vec::new();
    // The column the next unnumbered cell stands in.
    let mut at = 0;
    let mut end = j;
    while let Some(line) = lines.get(j) {
        let cell = trimmed(line);
        let style = item_style(cell);
        // A text cut off inside the table leaves its last cell without the bar after it
        // (looked for only at a line without its bar, which ends the table: once).
        let last_cut = || {
            style.is_some_and(|s| styles.contains(&s))
                && (lines.get(j + 1..).unwrap_or(&[]).iter()).all(|l| trimmed(l).is_empty())
        };
        if !barred(line) && !last_cut() {
            break;
        }
        if cell.is_empty() {
            j += 1;
            continue;
        }
        if header_at(lines, j).is_some() {
            break;
        }
        // (A group's number may head its title in one cell: `一、新建道路`.)
        if group_number(cell) || (style.is_none() && is_group_cell(cell)) {
            let (number, title) = match numbering::recognise(cell) {
                Some((m, rest)) if !rest.trim().is_empty() => (m.number, vec![rest.to_string()]),
                _ => (
                    cell.trim_end_matches(['.', '、', '．']).to_string(),
                    Vec::new(),
                ),
            };
            let group = Group {
                number,
                lead: Vec::new(),
                title,
            };
            groups.push((group, Vec::new()));
            at = 1;
        } else if let Some(style) = style {
            let level = match styles.iter().position(|s| *s == style) {
                Some(k) => k,
                None => {
                    styles.push(style);
                    styles.len() - 1
                }
            };
            let Some((_, items)) = groups.last_mut() else {
                break;
            };
            items.push(Item {
                text: cell.to_string(),
                level,
                units: Vec::new(),
                deadline: String::new(),
            });
            at = text_at + 1;
        } else {
            let Some((group, items)) = groups.last_mut() else {
                break;
            };
            // A cell past the last column: the lines are no longer the table's.
            let Some((col, _)) = h.columns.get(at) else {
                break;
            };
            let unit = matches!(col, Column::Lead | Column::Responsible | Column::Units);
            match items.last_mut() {
                Some(item) if unit && !is_status(cell) => item.units.push(cell.to_string()),
                Some(item) if *col == Column::Deadline && is_time_cell(cell) => {
                    item.deadline = cell.to_string();
                }
                Some(_) => {}
                // A group of one item gives it no number of its own (`二 | 区乙局 | 区医院门诊楼
                // 建设 | …`): the cell in the items' column is that item.
                None if at == text_at => items.push(Item {
                    text: cell.to_string(),
                    level: UNNUMBERED,
                    units: Vec::new(),
                    deadline: String::new(),
                }),
                None if unit => group.lead.push(cell.to_string()),
                None if *col == Column::Other => {}
                None => group.title.push(cell.to_string()),
            }
            at += 1;
        }
        j += 1;
        end = j;
    }
    // (Counted by the numbered items: a table numbered at one level is another reader's.)
    let items = (groups.iter().flat_map(|(_, items)| items))
        .filter(|item| item.level != UNNUMBERED)
        .count();
    if items < 2 {
        return None;
    }
    for (group, items) in &groups {
        let mut heading = group.lead.clone();
        heading.extend(group.title.iter().cloned());
        out.push(format!("{}、{}", group.number, heading.join(" ")));
        for (k, item) in items.iter().enumerate() {
            // An item with items under it heads them; the agencies are theirs.
            let parent = items.get(k + 1).is_some_and(|n| n.level > item.level);
            // An unnumbered item takes the first number of the table's first level, as its
            // group's only item.
            let number = (item.level == UNNUMBERED)
                .then(|| styles.first())
                .flatten()
                .map(|s| numbering::number_string(*s, 1))
                .unwrap_or_default();
            let row = Row {
                number,
                task: vec![item.text.clone()],
                lead: if parent {
                    String::new()
                } else {
                    group.lead.join("、")
                },
                responsible: item.units.join(" "),
                deadline: item.deadline.clone(),
                ..Row::default()
            };
            out.push(render(&row, h, &mut 0));
        }
    }
    Some(end)
}

/// Openings of a status cell (`已完工`, `正在施工`, `未开工`): how the work stands, no agency.
const STATUS_OPENINGS: &[&str] = &["已", "未", "正在", "完成", "基本"];

fn is_status(cell: &str) -> bool {
    STATUS_OPENINGS.iter().any(|w| cell.starts_with(w))
}

#[cfg(test)]
mod tests {
    use super::super::tests::rw;

    #[test]
    fn groups_and_items_numbered_in_their_cells() {
        let got = rw("序号 |\n牵头单位 |\n项目名称 |\n业主单位 |\n进展情况 |\n一 |\n区甲局 |\n(一)新建道路 |\n1.甲路 |\n区城投 |\n已完工 |\n|\n2.乙路 |\n乙街道 |\n|||\n二 |\n区乙局 |\n(一)改造管网 |\n区乙局 区水投 |\n正在施工 |");
        assert_eq!(
            got,
            [
                "一、区甲局",
                "(一)新建道路",
                "1.甲路（牵头单位：区甲局；责任单位：区城投）",
                "2.乙路（牵头单位：区甲局；责任单位：乙街道）",
                "二、区乙局",
                "(一)改造管网（牵头单位：区乙局；责任单位：区乙局、区水投）"
            ]
        );
    }
}
