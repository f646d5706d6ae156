//! Task tables (任务分工表, 重点任务清单): a header row naming the columns (`序号 | 重点任务 |
//! 牵头单位 | 配合单位 | 完成时限`), then one row per task. Each row is rewritten as the plan text
//! a reader would see, so the rest of the pipeline reads it like any numbered paragraph:
//!
//! `"1\t推行一件事\t市甲局\t市乙局\t2024年12月底前"` →
//! `"1.推行一件事（牵头单位：市甲局；配合单位：市乙局；完成时限：2024年12月底前）"`.
//!
//! Cells are separated by tabs (tables of .docx and .html pages, as ingest writes them: every
//! cell in its column, empty ones included, merged cells repeated in each row they span) or,
//! in pasted .txt, by runs of two or more spaces. A row with one cell per header position is
//! read by position; a row with another count of cells (a .txt row whose empty cells vanished)
//! is mapped by what each cell holds (a number, names of agencies, a date, or text).

mod cell;
mod header;
mod levels;
mod quoted;
pub mod records;
mod spans;
mod vertical;

pub(crate) use vertical::is_attachment_label;
mod wrap;

use super::numbering::{self, Style};
use super::text::is_space;
use cell::{
    is_group_cell, is_name_list, is_number_cell, is_org_cell, is_time_cell, marker_of, unit_list,
};
use header::{cells, cells_and_spaceless, header, sub_header, Column, Header};

/// One row's cells sorted by column.
#[derive(Debug, Default)]
struct Row {
    number: String,
    task: Vec<String>,
    lead: String,
    responsible: String,
    units: String,
    deadline: String,
    /// The numbered headings (`一、优化环境`, then `（一）…`) the row falls under, outer first:
    /// in a column that is not read, such as a category cell merged down over its tasks, or
    /// cells before the row's own that its header does not count.
    groups: Vec<String>,
}

/// Sorts a row's cells into columns: by position when it has one cell per column, else by
/// what each cell holds.
fn assign(cells: &[String], h: &Header) -> Row {
    let mut row = Row::default();
    let numbered_header = h.has(Column::Number);
    // A row wider than its header by the headings it opens with (`一、… | （一）… | 1 | 进一步… |
    // 市甲局 | 持续推进`: the categories merged down over the rows below, given in their first
    // row only) is the header's row under those headings.
    let width = h.grid.len();
    let lead = (cells.iter()).take_while(|c| is_group_cell(c)).count();
    let cells = match cells.len().checked_sub(width) {
        Some(extra) if extra > 0 && extra <= lead && fits(&cells[extra..], &h.grid) => {
            row.groups.extend(cells.iter().take(extra).cloned());
            cells.get(extra..).unwrap_or(&[])
        }
        _ => cells,
    };
    // Two positions of one column (a header cell spanning both) add up.
    let add = |field: &mut String, cell: &str, sep: &str| {
        if !field.is_empty() && !cell.is_empty() {
            field.push_str(sep);
        }
        field.push_str(cell);
    };
    let put = |row: &mut Row, col: Column, cell: &str| match col {
        Column::Number if row.number.is_empty() => row.number = cell.to_string(),
        // A row number in the task's column of a header with no number column (`2 | 开设… |`).
        Column::Task | Column::Detail
            if row.task.is_empty()
                && row.number.is_empty()
                && !numbered_header
                && is_number_cell(cell) =>
        {
            row.number = cell.to_string();
        }
        Column::Task | Column::Detail => row.task.push(cell.to_string()),
        Column::Lead => add(&mut row.lead, cell, "、"),
        Column::Responsible => add(&mut row.responsible, cell, "、"),
        Column::Units => add(&mut row.units, cell, "、"),
        Column::Deadline => add(&mut row.deadline, cell, " "),
        Column::Other if row.groups.is_empty() && is_group_cell(cell) => {
            row.groups.push(cell.to_string());
        }
        Column::Number | Column::Other => {}
    };
    if cells.len() == h.grid.len() {
        for (cell, col) in cells.iter().zip(&h.grid) {
            put(&mut row, *col, cell);
        }
        return grouped(row);
    }
    if cells.len() == h.columns.len() {
        for (cell, (col, _)) in cells.iter().zip(&h.columns) {
            put(&mut row, *col, cell);
        }
        return grouped(row);
    }
    let cells: Vec<&String> = cells.iter().filter(|c| !c.is_empty()).collect();
    let mut unit_cols = h
        .columns
        .iter()
        .map(|(c, _)| *c)
        .filter(|c| matches!(c, Column::Lead | Column::Responsible | Column::Units));
    for cell in &cells {
        if row.number.is_empty() && row.task.is_empty() && is_number_cell(cell) {
            put(&mut row, Column::Number, cell);
        } else if !row.task.is_empty() && (is_org_cell(cell) || is_name_list(cell)) {
            if let Some(col) = unit_cols.next() {
                put(&mut row, col, cell);
            }
        } else if !row.task.is_empty() && h.has(Column::Deadline) && is_time_cell(cell) {
            put(&mut row, Column::Deadline, cell);
        } else {
            put(&mut row, Column::Task, cell);
        }
    }
    row
}

/// True when each cell, read in the column at its position, could be what that column holds:
/// a time column a time, a unit column no time and no sentence (agencies, often worded at
/// length: `市甲局牵头，各县区负责落实`), a task column no agency (`推行… | 市甲局 | 年底前`,
/// not `市甲局 | 年底前 | 持续推进`). Empty cells fit anywhere.
fn fits(cells: &[String], grid: &[Column]) -> bool {
    cells.iter().zip(grid).all(|(cell, col)| match col {
        _ if cell.is_empty() => true,
        Column::Lead | Column::Responsible | Column::Units => {
            !is_time_cell(cell) && !cell.ends_with('。')
        }
        Column::Deadline => is_time_cell(cell),
        Column::Task | Column::Detail => !is_org_cell(cell),
        _ => true,
    })
}

/// A row whose first task cell is a group heading (`一、全面贯彻实施宪法`) and whose next one
/// is numbered on its own (`1.坚持…`): a category column (`项目 | 具体项目`), so the first cell
/// is the row's group, not part of its text.
fn grouped(mut row: Row) -> Row {
    let two_levels = row.task.len() >= 2
        && row.task.first().is_some_and(|c| is_group_cell(c))
        && row
            .task
            .get(1)
            .is_some_and(|c| numbering::recognise(c).is_some());
    // (A row numbered in its own column whose first task cell is a heading `一、…`: that
    // cell is the group it falls under, merged down over its rows.)
    let numbered_row = !row.number.is_empty()
        && row.task.len() >= 2
        && row.task.first().is_some_and(|c| is_group_cell(c));
    if (two_levels || numbered_row) && row.groups.is_empty() {
        row.groups.push(row.task.remove(0));
    }
    row
}

/// True when a cell's text ends so that the next cell's text may follow it as it is: a
/// sentence's end, or a clause that goes on (`…以下，` over the next line).
fn ends_sentence(s: &str) -> bool {
    s.ends_with(['。', '；', ';', '！', '？', '：', ':', '，', ',', '、'])
}

/// A row as plan text: `1.任务。具体内容（牵头单位：甲；配合单位：乙；完成时限：丙）`, or a group
/// heading (`二、优化市场环境`) when the row has no agency and no time.
fn render(row: &Row, h: &Header, counter: &mut u32) -> String {
    let mut body = String::new();
    for piece in row.task.iter().filter(|p| !p.is_empty()) {
        if !body.is_empty() && !ends_sentence(&body) {
            body.push('。');
        }
        body.push_str(piece);
    }
    let marker = marker_of(&row.number);
    let own = numbering::recognise(&body).is_some();
    let mut parts = Vec::new();
    let label = |c: Column, default: &str| -> String {
        match h.label(c) {
            Some(l) if crate::outline::tree::starts_with_unit_label(l) => l.to_string(),
            _ => default.to_string(),
        }
    };
    if !row.lead.is_empty() {
        parts.push(format!(
            "{}：{}",
            label(Column::Lead, "牵头单位"),
            unit_list(&row.lead)
        ));
    }
    if !row.responsible.is_empty() {
        parts.push(format!(
            "{}：{}",
            label(Column::Responsible, "责任单位"),
            unit_list(&row.responsible)
        ));
    }
    if !row.units.is_empty() {
        parts.push(format!("{}按职责分工负责", unit_list(&row.units)));
    }
    if !row.deadline.is_empty() {
        let l = h.label(Column::Deadline).unwrap_or("完成时限");
        parts.push(format!("{l}：{}", row.deadline));
    }
    let group = parts.is_empty()
        && marker
            .as_deref()
            .and_then(numbering::recognise)
            .is_some_and(|(m, _)| matches!(m.style, Style::Han | Style::ParenHan));
    let marker = match marker {
        Some(m) => m,
        None if own => String::new(),
        None => {
            *counter += 1;
            format!("{counter}.")
        }
    };
    // Text opening on digits (`12345热线`, `5G基站`) after `1.` would read as one number
    // (`1.12345`): a space parts them, as the numbering reads it (`1. 12345热线`).
    let marker = if marker.ends_with('.') && body.starts_with(|c: char| c.is_ascii_digit()) {
        format!("{marker} ")
    } else {
        marker
    };
    if group {
        *counter = 0;
        return format!("{marker}{body}");
    }
    if !parts.is_empty() {
        body.push('（');
        body.push_str(&parts.join("；"));
        body.push('）');
    }
    format!("{marker}{body}")
}

/// The cells of row `i` of a space-aligned table, each in its header column, with the
/// continuation lines of cells that wrap joined to them; and the index of the line after
/// them. Other rows are returned as they are.
fn unwrap_row(lines: &[&str], i: usize, row: Vec<String>, h: &Header) -> (Vec<String>, usize) {
    let raw = lines.get(i).copied().unwrap_or_default();
    if h.starts.is_empty() || !wrap::is_spaced(raw) {
        return (row, i + 1);
    }
    // A row with every cell filled shows where its columns start better than a header whose
    // labels may be centred over them.
    let own: Vec<usize> = wrap::spans(raw).into_iter().map(|(s, _)| s).collect();
    let starts = if own.len() == h.starts.len() {
        own
    } else {
        h.starts.clone()
    };
    let Some(mut placed) = wrap::place(raw, &starts) else {
        return (row, i + 1);
    };
    let mut next = i + 1;
    while let Some(line) = lines.get(next) {
        if !wrap::continues_row(line, &starts) {
            break;
        }
        let Some(more) = wrap::place(line, &starts) else {
            break;
        };
        for (cell, more) in placed.iter_mut().zip(&more) {
            wrap::join_wrapped(cell, more);
        }
        next += 1;
    }
    (placed, next)
}

/// First cells of a sum row, which is no task (`合计 | | 30个`).
const TOTALS: &[&str] = &["合计", "总计", "小计", "总数"];

/// Lines with task-table rows rewritten as plan text.
#[derive(Debug, Clone, Default)]
pub struct Rewritten {
    /// The lines (a header row is dropped, every other line kept in order).
    pub lines: Vec<String>,
    /// Index in `lines` where the first table's rows start, if there is a table.
    pub first_table: Option<usize>,
    /// The labels of the first task-table header whose rows could not be read (`序号、工作任务、
    /// 牵头单位`): one written a label a line over rows with no agency or time, or one whose
    /// labels are parted by single spaces.
    pub unread_header: Option<String>,
    /// The line where that header starts.
    pub unread_line: Option<usize>,
    /// For each line, true when it is known to hold no white space once its ends are trimmed
    /// (a line outside tables, told when its cells were looked for).
    pub spaceless: Vec<bool>,
}

/// Rewrites the rows of every task table in `lines` as plan text; other lines are kept.
pub fn rewrite(lines: &[&str]) -> Rewritten {
    let mut out = Vec::with_capacity(lines.len());
    let mut first_table = None;
    let mut unread_header: Option<String> = None;
    let mut unread_line: Option<usize> = None;
    let mut table: Option<Header> = None;
    let mut counter = 0u32;
    let mut group: Vec<String> = Vec::new();
    let mut skip = 0;
    // Indices in `out` of the lines known to hold no white space.
    let mut spaceless = Vec::new();
    let parts = vertical::titled_tables(lines);
    for (i, raw) in lines.iter().enumerate() {
        if i < skip {
            continue; // a wrapped row's continuation, joined to it
        }
        if let Some(part) = parts.get(&i) {
            if !part.is_empty() {
                // The tables start at their first part's title.
                first_table = first_table.or(Some(out.len()));
            }
            out.push(part.clone());
            continue;
        }
        // A table copied from a web page, every cell on a line of its own.
        if let Some((h, next)) = vertical::header_at(lines, i) {
            let at = out.len();
            if let Some(end) = vertical::rows(lines, next, &h, &mut out) {
                first_table = first_table.or(Some(at));
                table = None;
                skip = end;
                continue;
            }
            // A header whose rows are not read (no agency or time in them) is still no text
            // of the plan: its labels would join the title or a heading.
            if unread_header.is_none() {
                unread_header = Some(h.labels());
                unread_line = Some(i);
            }
            out.push(String::new());
            skip = vertical::empty_body(lines, next);
            continue;
        }
        // A spreadsheet row whose quoted cell goes on over the next lines is read whole.
        let joined = table.as_ref().and_then(|_| quoted::joined_row(lines, i));
        let (row, no_space) = match joined {
            Some((text, next)) => {
                skip = next;
                (quoted::fields(&text), false)
            }
            None => cells_and_spaceless(raw),
        };
        // The header again under a page break: the table goes on, and so does its count.
        if table.as_ref().is_some_and(|t| t.repeated_in(&row)) {
            continue;
        }
        // A header whose labels are parted by single spaces, over rows worded so: each row's
        // words are its cells.
        let row = match table.as_ref().filter(|t| t.spaced) {
            Some(h) => match header::spaced_row(raw, h.columns.len()) {
                Some(words) => words,
                None => {
                    table = None;
                    row
                }
            },
            None => row,
        };
        // (A line told to hold no space is no such header.) Looked for once: with no rows
        // after it, it is said as a header whose rows are not read.
        let spaced = (table.is_none() && row.len() == 1 && !no_space)
            .then(|| header::spaced_header(raw))
            .flatten();
        if let Some(h) = &spaced {
            let next = (i + 1..lines.len()).find(|&j| !lines[j].trim_matches(is_space).is_empty());
            let rows_follow =
                next.is_some_and(|j| header::spaced_row(lines[j], h.columns.len()).is_some());
            if let Some(mut h) = spaced.clone().filter(|_| rows_follow) {
                h.spaced = true;
                first_table = first_table.or(Some(out.len()));
                table = Some(h);
                counter = 0;
                group.clear();
                continue;
            }
        }
        if let Some(mut h) = header(&row) {
            first_table = first_table.or(Some(out.len()));
            if wrap::is_spaced(raw) {
                let spans = wrap::spans(raw);
                if spans.len() == h.grid.len() {
                    h.starts = spans.into_iter().map(|(s, _)| s).collect();
                }
            }
            table = Some(h);
            counter = 0;
            group.clear();
            continue;
        }
        let Some(h) = &mut table else {
            if let Some((row, next)) = numbered_row(lines, i) {
                skip = next;
                out.push(row);
                continue;
            }
            if no_space {
                spaceless.push(out.len());
            } else if unread_header.is_none() {
                let spaced = match row.len() {
                    1 => spaced,
                    _ => header::spaced_header(raw),
                };
                unread_header = spaced.map(|h| h.labels());
                unread_line = unread_header.as_ref().map(|_| i);
            }
            out.push(without_bars(raw));
            continue;
        };
        if let Some(sub) = sub_header(&row) {
            // `责任单位` spanning `牵头单位 | 配合单位` on the row below.
            let starts: Vec<usize> = if wrap::is_spaced(raw) {
                wrap::spans(raw).into_iter().map(|(s, _)| s).collect()
            } else {
                Vec::new()
            };
            h.refine(sub, &row, &starts);
            continue;
        }
        let h = &*h;
        let filled = row.iter().filter(|c| !c.is_empty()).count();
        if is_total(&row) {
            continue;
        }
        if filled >= 2 {
            let (row, next) = unwrap_row(lines, i, row, h);
            skip = skip.max(next);
            let row = assign(&row, h);
            // A line of links between bars after the table (`网站地图 | 联系我们`), with no
            // number, agency or time, is the page's footer: the table has ended.
            let bare = row.number.is_empty()
                && row.lead.is_empty()
                && row.responsible.is_empty()
                && row.units.is_empty()
                && row.deadline.is_empty()
                && row.groups.is_empty()
                && (row.task.first()).is_none_or(|t| numbering::recognise(t).is_none());
            if bare && header::is_bar_row(raw.trim_matches(is_space)) {
                table = None;
                out.push(without_bars(raw));
                continue;
            }
            // Each heading from the first that differs from the last row's is new here.
            let new = (row.groups.iter().zip(&group))
                .take_while(|(a, b)| a == b)
                .count();
            if new < row.groups.len() {
                out.extend(row.groups.iter().skip(new).cloned());
                group = row.groups.clone();
                counter = 0;
            }
            out.push(render(&row, h, &mut counter));
            continue;
        }
        if filled == 0 {
            out.push(String::new());
            continue;
        }
        // One cell: a group row (`一、…`) inside the table, or the text after it.
        if numbering::recognise(raw.trim_matches(is_space)).is_some() || next_is_row(lines, i) {
            counter = 0;
        } else {
            table = None;
        }
        out.push(without_bars(raw));
    }
    let mut flags = vec![false; out.len()];
    for i in spaceless {
        if let Some(f) = flags.get_mut(i) {
            *f = true;
        }
    }
    Rewritten {
        lines: out,
        first_table,
        unread_header,
        unread_line,
        spaceless: flags,
    }
}

/// A line as plan text without the bars a web page's table leaves on lines outside a table
/// it is read as (`一、深化政务公开 |`, a line of only `|||`); other lines as they are.
fn without_bars(raw: &str) -> String {
    let t = raw.trim_matches(is_space);
    if t.ends_with('|') && !t.starts_with('|') || t.chars().all(|c| c == '|' || is_space(c)) {
        t.trim_matches(|c: char| c == '|' || is_space(c))
            .to_string()
    } else {
        raw.to_string()
    }
}

/// Most digits of a row number in a cell of its own.
const ROW_NUMBER_DIGITS: usize = 4;

/// The row number of a line that is a row number in a cell of its own (`1 |`: a table with no
/// header copied one cell per line, the bars drawn after each cell).
fn row_number_cell(raw: &str) -> Option<&str> {
    let t = raw.trim_matches(is_space).strip_suffix('|')?;
    let n = t.trim_matches(is_space);
    (!n.is_empty() && n.len() <= ROW_NUMBER_DIGITS && n.bytes().all(|b| b.is_ascii_digit()))
        .then_some(n)
}

/// A row of a table with no header copied one cell per line: its number's cell at line `i`
/// (`1 |`) and its text's on the next filled line (`深化垃圾分类。… |`) read as one numbered
/// line (`1.深化垃圾分类。…`), and the index of the line after the text.
fn numbered_row(lines: &[&str], i: usize) -> Option<(String, usize)> {
    let n = row_number_cell(lines.get(i)?)?;
    let j = (i + 1..lines.len()).find(|&j| !lines[j].trim_matches(is_space).is_empty())?;
    let text = lines.get(j)?;
    if row_number_cell(text).is_some() || !text.trim_matches(is_space).ends_with('|') {
        return None;
    }
    Some((format!("{n}.{}", without_bars(text)), j + 1))
}

/// True for a totals row (`合计`): its first filled cell says so.
fn is_total(row: &[String]) -> bool {
    row.iter()
        .find(|c| !c.is_empty())
        .is_some_and(|c| TOTALS.contains(&c.as_str()))
}

/// True when the next line with any filled cell after line `i` fills two or more: a row of
/// the table goes on.
fn next_is_row(lines: &[&str], i: usize) -> bool {
    lines
        .get(i + 1..)
        .unwrap_or(&[])
        .iter()
        .map(|l| cells(l))
        .find(|c| c.iter().any(|x| !x.is_empty()))
        .is_some_and(|c| c.iter().filter(|x| !x.is_empty()).count() >= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_told_spaceless_cleans_as_any_line() {
        let pieces = [
            "一、加强学法",
            " ",
            "\u{3000}",
            "\u{a0}",
            "\t",
            "**",
            "__",
            "|",
            "# ",
            "---",
            "— 3 —",
            "a b",
            "（牵头单位：市甲局）",
            "\u{feff}",
            "第3页",
            "  ",
        ];
        let mut told = 0;
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let line = format!("{a}{b}{c}");
                    let (_, spaceless) = cells_and_spaceless(&line);
                    if spaceless {
                        told += 1;
                        assert_eq!(
                            super::super::text::clean_line_with(&line, true),
                            super::super::text::clean_line(&line),
                            "{line:?}"
                        );
                    }
                    let reference =
                        line.trim_matches(is_space).chars().any(is_space) || line.contains('\t');
                    assert!(!(spaceless && reference), "{line:?}");
                }
            }
        }
        assert!(told > 100, "{told}");
    }

    /// The lines `rewrite` makes of a text (also for the submodules' tests).
    pub(in crate::outline::table) fn rw(s: &str) -> Vec<String> {
        rewrite(&s.lines().collect::<Vec<_>>()).lines
    }

    #[test]
    fn rows_become_numbered_paragraphs() {
        let got = rw("序号\t重点任务\t牵头单位\t配合单位\t完成时限\n1\t推行一件事\t市甲局\t市乙局、市丙局\t2024年12月底前\n2\t规范检查\t市丁局\t长期坚持");
        assert_eq!(
            got,
            [
                "1.推行一件事（牵头单位：市甲局；配合单位：市乙局、市丙局；完成时限：2024年12月底前）",
                "2.规范检查（牵头单位：市丁局；完成时限：长期坚持）"
            ]
        );
    }

    #[test]
    fn space_separated_table_and_the_text_after_it() {
        let got = rw("序号  工作任务        责任单位      完成时间\n1   开展检查。   县甲局 县乙局   年底前\n\n本分工自印发之日起执行。");
        assert_eq!(
            got,
            [
                "1.开展检查。（责任单位：县甲局、县乙局；完成时间：年底前）",
                "",
                "本分工自印发之日起执行。"
            ]
        );
    }

    #[test]
    fn group_rows_and_rows_without_a_number_column() {
        let got = rw("重点任务\t具体措施\t责任单位\n一、甲类\n推行一件事\t新增事项。\t市甲局\n规范检查\t减少检查。\t市乙局");
        assert_eq!(
            got,
            [
                "一、甲类",
                "1.推行一件事。新增事项。（责任单位：市甲局）",
                "2.规范检查。减少检查。（责任单位：市乙局）"
            ]
        );
        let got = rw("序号\t主要任务\t牵头单位\n二\t优化环境\n1\t清理文件\t市司法局");
        assert_eq!(got, ["二、优化环境", "1.清理文件（牵头单位：市司法局）"]);
    }

    #[test]
    fn empty_cells_are_read_by_position() {
        let got = rw("序号\t工作任务\t牵头单位\t责任单位\t完成时限\n1\t清理文件\t\t县甲局、县乙局\t年底前\n2\t公开目录\t县丙局\t\t");
        assert_eq!(
            got,
            [
                "1.清理文件（责任单位：县甲局、县乙局；完成时限：年底前）",
                "2.公开目录（牵头单位：县丙局）"
            ]
        );
    }

    #[test]
    fn a_category_column_gives_group_headings() {
        let got = rw("类别\t序号\t工作任务\t牵头单位\n一、甲类\t1\t清理文件\t县甲局\n一、甲类\t2\t公开目录\t县乙局\n二、乙类\t1\t规范检查\t县丙局");
        assert_eq!(
            got,
            [
                "一、甲类",
                "1.清理文件（牵头单位：县甲局）",
                "2.公开目录（牵头单位：县乙局）",
                "二、乙类",
                "1.规范检查（牵头单位：县丙局）"
            ]
        );
    }

    #[test]
    fn a_header_spanning_two_columns_reads_both() {
        let got = rw("序号\t工作任务\t\t责任单位\n1\t清理文件\t年内完成\t县甲局；县乙局");
        assert_eq!(got, ["1.清理文件。年内完成（责任单位：县甲局、县乙局）"]);
    }

    #[test]
    fn two_header_rows_aligned_with_spaces() {
        let got = rw("序号  工作任务          责任单位              完成时限\n                        牵头单位    配合单位\n1     清理文件          县甲局      县乙局    年底前\n      并公布                        县丙局");
        assert_eq!(
            got,
            ["1.清理文件并公布（牵头单位：县甲局；配合单位：县乙局、县丙局；完成时限：年底前）"]
        );
    }

    #[test]
    fn a_centred_header_and_a_full_row_that_wraps() {
        let got = rw("序号          工作任务          牵头单位  完成时限\n1     开展安全生产大检查，覆盖    县应急      年底前\n      全部企业                    管理局");
        assert_eq!(
            got,
            ["1.开展安全生产大检查，覆盖全部企业（牵头单位：县应急管理局；完成时限：年底前）"]
        );
    }

    #[test]
    fn a_spreadsheet_row_with_a_quoted_cell_over_several_lines() {
        let got = rw("序号\t工作任务\t牵头单位\t完成时限\n1\t\"推进改革\n（1）压减时限\"\t\"县甲局\n县乙局\"\t年底前\n2\t规范检查\t县丙局\t长期坚持");
        assert_eq!(
            got,
            [
                "1.推进改革；（1）压减时限（牵头单位：县甲局、县乙局；完成时限：年底前）",
                "2.规范检查（牵头单位：县丙局；完成时限：长期坚持）"
            ]
        );
    }

    #[test]
    fn two_header_rows() {
        let got = rw("序号\t重点任务\t责任单位\t完成时限\n牵头单位\t配合单位\n1\t推行一件事\t市甲局\t市乙局\t年底前");
        assert_eq!(
            got,
            ["1.推行一件事（牵头单位：市甲局；配合单位：市乙局；完成时限：年底前）"]
        );
    }

    #[test]
    fn each_sum_row_is_dropped() {
        for t in TOTALS {
            let got = rw(&format!(
                "序号\t重点任务\t责任单位\n1\t甲任务\t市甲局\n{t}\t\t30个"
            ));
            assert_eq!(got, ["1.甲任务（责任单位：市甲局）"], "{t}");
        }
    }

    #[test]
    fn markdown_table() {
        let got = rw("| 序号 | 重点任务 | 责任单位 |\n|---|---|---|\n| 1 | **开展检查** | 县甲局 |\n| 2 | 整治隐患 | 县乙局、县丙局 |");
        assert_eq!(
            got,
            [
                "",
                "1.开展检查（责任单位：县甲局）",
                "2.整治隐患（责任单位：县乙局、县丙局）"
            ]
        );
    }

    #[test]
    fn unknown_columns_are_skipped() {
        let got = rw("类别\t序号\t工作任务\t牵头单位\t完成时限\n制度建设\t1\t修订规则\t市甲局\t年底前\n2\t清理文件\t市乙局\t6月底前");
        assert_eq!(
            got,
            [
                "1.修订规则（牵头单位：市甲局；完成时限：年底前）",
                "2.清理文件（牵头单位：市乙局；完成时限：6月底前）"
            ]
        );
        assert!(header(&cells("类别\t领域\t任务")).is_none());
    }

    #[test]
    fn a_task_opening_on_digits_keeps_its_number() {
        let got = rw("序号\t工作任务\t牵头单位\n1\t12345热线接通率达到95%\t市政务服务局\n2\t5G基站新建300个\t市工信局");
        assert_eq!(
            got,
            [
                "1. 12345热线接通率达到95%（牵头单位：市政务服务局）",
                "2. 5G基站新建300个（牵头单位：市工信局）"
            ]
        );
        let doc = crate::outline::outline(&format!("示例市任务清单\n{}", got.join("\n")));
        assert_eq!(doc.tasks.len(), 2);
    }

    #[test]
    fn bars_left_outside_a_table_are_dropped() {
        let got = rw("一、深化政务公开 |\n|||\n|\n（一）公开目录。\n| 甲 | 乙 |");
        assert_eq!(
            got,
            [
                "一、深化政务公开",
                "",
                "",
                "（一）公开目录。",
                "| 甲 | 乙 |"
            ]
        );
    }

    #[test]
    fn bar_rows_without_the_leading_bar() {
        let got = rw("工作任务 | 具体要求 | 责任部门 |\n一、做好公开。 | 1.公开预算。 | 财务科 |\n2.更新信息。 | 办公室 | |\n3.整治隐患 | 各科室 |");
        assert_eq!(
            got,
            [
                "一、做好公开。",
                "1.公开预算。（责任部门：财务科）",
                "2.更新信息。（责任部门：办公室）",
                "3.整治隐患（责任部门：各科室）"
            ]
        );
    }

    #[test]
    fn prose_is_not_a_table() {
        let text = "一、主要任务\n（一）推进工作。  加强管理。\n（二）完成任务。";
        assert_eq!(rw(text), text.lines().collect::<Vec<_>>());
    }
}
