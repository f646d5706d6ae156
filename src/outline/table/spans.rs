//! Tables copied one cell a line, each cell with the bar after it (`1 |`, `县甲股 |`; an empty
//! cell is a bar alone), whose cells merged down over several rows (the agency, the plan's
//! name) are given in the first of those rows only. Rows begin at their numbers, in turn; a
//! row short of cells lacks its first ones, so its cells are read by position from its end,
//! and the agency it lacks is the one of the row above:
//!
//! `1 | 甲股 | 甲计划 | 检查甲 | … | 5 | 2024年6月底前 | 2 | 检查乙 | … | 4 | 2024年9月底前 |` →
//! `1.甲计划。检查甲（责任单位：甲股；完成时间：2024年6月底前）`,
//! `2.检查乙（责任单位：甲股；完成时间：2024年9月底前）`.
//!
//! A number that is not the next row's (`5`, a count of firms in its column) is a cell.

use super::cell::{is_number_cell, is_time_cell};
use super::header::{column_of, Column, Header};
use super::vertical::{header_at, trimmed};
use super::{render, Row};
use crate::outline::numbering;
use crate::outline::text::is_space;

/// Most cells of a second header row (`一般事项 |`, `重点事项 |`) under the first.
const SUB_LABELS_MAX: usize = 6;

/// Longest cell of a second header row.
const SUB_LABEL_MAX: usize = 10;

/// Most a row's number may pass the one before it (`2`, then `4`: a row left out).
const NUMBER_STEP_MAX: u32 = 2;

/// The Han characters of a date or a time limit (`2024年9月底前`, `上半年`): a cell of these
/// alone after a number is no row's text.
const DATE_HAN: &str = "年月日号前后底内中末初季度旬半全上下起止至";

/// Most cells looked at after a row's number for its text (empty cells between them): a bound
/// that keeps the look at each number short.
const TEXT_REACH: usize = 4;

/// A cell and the index of the line after it.
struct Cell {
    text: String,
    end: usize,
}

/// The cells from line `from`, in order, up to the first line that is no cell of the form:
/// a line with the bar after its text, a line of text closed by a line of bars under it, or
/// bars alone (one empty cell per bar). The look ends at the next header (`序号 |` opening
/// labels), so that each header's look stops at the table after it.
fn cells(lines: &[&str], from: usize) -> Vec<Cell> {
    let mut out = Vec::new();
    let mut j = from;
    // A line of text waiting for the bar that closes it.
    let mut open: Option<String> = None;
    while let Some(line) = lines.get(j) {
        let t = line.trim_matches(is_space);
        j += 1;
        if t.is_empty() {
            continue;
        }
        let bars = t.chars().filter(|&c| c == '|').count();
        if t.chars().all(|c| c == '|' || is_space(c)) {
            let mut empty = bars;
            if let Some(text) = open.take() {
                out.push(Cell { text, end: j });
                empty -= 1;
            }
            out.extend((0..empty).map(|_| Cell {
                text: String::new(),
                end: j,
            }));
            continue;
        }
        if open.is_some() {
            // Two lines of text without a bar: the table has ended before the first.
            break;
        }
        let ends_cell = t.ends_with('|') && bars == 1;
        // (Only a number column's label is asked whether it opens a header: cheap for others.)
        let next_header =
            || column_of(trimmed(t)) == Some(Column::Number) && header_at(lines, j - 1).is_some();
        if ends_cell && !out.is_empty() && next_header() {
            break;
        }
        if ends_cell {
            out.push(Cell {
                text: trimmed(t).to_string(),
                end: j,
            });
        } else if bars == 0 {
            open = Some(t.to_string());
        } else {
            break;
        }
    }
    out
}

/// A row number: a bare Arabic number.
fn number(cell: &str) -> Option<u32> {
    (is_number_cell(cell) && cell.bytes().all(|b| b.is_ascii_digit()))
        .then(|| cell.parse().ok())
        .flatten()
}

/// A mark in a cell (`√`), which ticks a column and is no text.
fn is_mark(cell: &str) -> bool {
    !cell.is_empty() && cell.chars().all(|c| "√✓✔○●×✗".contains(c) || is_space(c))
}

/// Reads a table of the module's form whose header (opening on its number column) ends before
/// line `from`, writing each row as plan text to `out`; the index of the line after the table,
/// or None (nothing written) when the lines are not of this form: rows numbered from 1 in
/// turn, the first with every cell, two rows or more, none wider than the first.
pub(super) fn rows(
    lines: &[&str],
    from: usize,
    h: &Header,
    out: &mut Vec<String>,
) -> Option<usize> {
    if !matches!(h.columns.first(), Some((Column::Number, _))) {
        return None;
    }
    let all = cells(lines, from);
    // A second header row: short labels (and empty cells) before row 1.
    let first = all.iter().position(|c| number(&c.text) == Some(1))?;
    let sub: Vec<&str> = (all.iter().take(first))
        .map(|c| c.text.as_str())
        .filter(|t| !t.is_empty())
        .collect();
    let labels_only = sub.iter().all(|t| {
        t.chars().count() <= SUB_LABEL_MAX
            && t.chars().all(crate::chars::is_common_han)
            && numbering::recognise(t).is_none()
    });
    if sub.len() > SUB_LABELS_MAX || !labels_only {
        return None;
    }
    let body = all.get(first..)?;
    // Where each row starts: its number follows the row above's, with text after it (not a
    // time: a count's cell is followed by the next column's).
    let texty = |k: usize| {
        (body.get(k + 1..).unwrap_or(&[]).iter())
            .take(TEXT_REACH)
            .find(|c| !c.text.is_empty())
            .is_some_and(|c| {
                (c.text.chars()).any(|ch| crate::chars::is_common_han(ch) && !DATE_HAN.contains(ch))
            })
    };
    let mut starts = vec![0];
    let mut last = 1;
    for (k, c) in body.iter().enumerate().skip(1) {
        if let Some(n) = number(&c.text) {
            if n > last && n <= last + NUMBER_STEP_MAX && texty(k) {
                starts.push(k);
                last = n;
            }
        }
    }
    if starts.len() < 2 {
        return None;
    }
    // Each row's cells, empty ones at its end dropped (the bars closing the row).
    let rows: Vec<&[Cell]> = (starts.iter().enumerate())
        .map(|(r, &s)| {
            let e = starts.get(r + 1).copied().unwrap_or(body.len());
            let mut row = body.get(s..e).unwrap_or(&[]);
            while row.last().is_some_and(|c| c.text.is_empty()) {
                row = row.get(..row.len() - 1).unwrap_or(&[]);
            }
            row
        })
        .collect();
    let width = rows.first()?.len();
    // The columns of the full first row: a label over two cells of the second header row
    // (`检查事项` over `一般事项 | 重点事项`) stands over both.
    let grid = spread(h, &sub, width)?;
    if rows.iter().any(|r| r.len() > width) || rows.iter().all(|r| r.len() == width) {
        // Wider rows are no rows of this header; full rows are read by the usual readers.
        return None;
    }
    let is_unit = |c: &Column| matches!(c, Column::Lead | Column::Responsible | Column::Units);
    let mut above: Vec<String> = vec![String::new(); width];
    // Rows are written once all are read: a row that cannot be placed gives the table up.
    let mut written = Vec::new();
    let mut counter = 0;
    let mut end = from;
    for (r, cells) in rows.iter().enumerate() {
        let m = cells.len();
        let mut placed: Vec<String> = vec![String::new(); width];
        let last_row = r + 1 == rows.len();
        // A last row cut off by the end of the text (its last cell no time in a time column)
        // cannot be placed: its text is read alone.
        let cut = last_row
            && grid.last() == Some(&Column::Deadline)
            && !cells.last().is_some_and(|c| is_time_cell(&c.text));
        if let Some(c) = cells.first() {
            placed[0] = c.text.clone();
        }
        if cut {
            if let Some(text) = cells.iter().skip(1).find(|c| !c.text.is_empty()) {
                if let Some(k) = grid.iter().position(|c| matches!(c, Column::Task)) {
                    placed[k] = text.text.clone();
                }
            }
        } else {
            for (k, c) in cells.iter().enumerate().skip(1) {
                placed[width - m + k] = c.text.clone();
            }
        }
        // The agency cells it lacks are merged from the row above.
        let lacking = if cut { width } else { width - m + 1 };
        for k in 1..lacking.min(width) {
            if grid.get(k).is_some_and(is_unit) && placed[k].is_empty() {
                placed[k] = above[k].clone();
            }
        }
        let mut row = Row::default();
        for (cell, col) in placed.iter().zip(&grid) {
            if cell.is_empty() || is_mark(cell) {
                continue;
            }
            match col {
                Column::Number => row.number = cell.clone(),
                Column::Task | Column::Detail if !row.task.contains(cell) => {
                    row.task.push(cell.clone());
                }
                Column::Lead => row.lead = cell.clone(),
                Column::Responsible => row.responsible = cell.clone(),
                Column::Units => row.units = cell.clone(),
                Column::Deadline => row.deadline = cell.clone(),
                _ => {}
            }
        }
        if row.task.is_empty() {
            return None;
        }
        written.push(render(&row, h, &mut counter));
        above = placed;
        end = cells.last().map_or(end, |c| c.end);
    }
    out.extend(written);
    Some(end)
}

/// The column of each of `width` cells of a full row: the header's columns, the one label a
/// second header row's labels share a word with (`检查事项` over `一般事项 | 重点事项`) spread
/// over as many cells. None when the widths do not agree.
fn spread(h: &Header, sub: &[&str], width: usize) -> Option<Vec<Column>> {
    let n = h.columns.len();
    let extra = width.checked_sub(n)?;
    let mut grid: Vec<Column> = h.columns.iter().map(|(c, _)| *c).collect();
    if extra == 0 {
        return Some(grid);
    }
    if sub.len() != extra + 1 {
        return None;
    }
    // The shared word: the last two characters of each sub-label (`事项`).
    let tail = |s: &str| s.chars().rev().take(2).collect::<String>();
    let word = tail(sub.first()?);
    if !sub.iter().all(|s| tail(s) == word) {
        return None;
    }
    let at = (h.columns.iter()).rposition(|(_, l)| tail(l) == word)?;
    // The spread cells hold marks or figures, no text of the task.
    grid.splice(at..=at, std::iter::repeat_n(Column::Other, extra + 1));
    Some(grid)
}

#[cfg(test)]
mod tests {
    use super::super::tests::rw;

    #[test]
    fn the_look_for_cells_ends_at_the_next_header() {
        // Each header's look stops at the table after it: tables one after another are read
        // in time linear in their lines.
        let lines = [
            "1 |",
            "甲股 |",
            "2 |",
            "乙股 |",
            "序号 |",
            "工作任务 |",
            "责任股室 |",
            "完成时间 |",
            "1 |",
        ];
        assert_eq!(super::cells(&lines, 0).len(), 4);
    }

    #[test]
    fn merged_cells_come_from_the_row_above() {
        let got = rw("序号 |\n责任股室 |\n计划名称 |\n检查对象 |\n抽查户数 |\n完成时间 |\n1 |\n甲股 |\n甲检查计划 |\n企业 |\n5 |\n2024年6月底前 |\n2 |\n乙检查计划 |\n商户 |\n4 |\n2024年9月底前 |\n|\n3 |\n丙检查计划 |\n企业 |\n2 |\n2024年11月底前 |");
        assert_eq!(
            got,
            [
                "1.甲检查计划（责任单位：甲股；完成时间：2024年6月底前）",
                "2.乙检查计划（责任单位：甲股；完成时间：2024年9月底前）",
                "3.丙检查计划（责任单位：甲股；完成时间：2024年11月底前）"
            ]
        );
    }
}
