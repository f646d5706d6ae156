//! Task tables copied from a web page with every cell on a line of its own: the header's
//! labels one per line (`项目`, `具体项目`, `牵头单位`, `责任单位`), then each row's cells in
//! order (`1.坚持宪法法律至上…`, `区人大常委会、区司法局`, `区直有关部门`), blank lines between
//! them or not. A row starts at its number or its task text; the short lines after the text
//! are its agencies and its time, in the header's order; a category cell merged over several
//! rows (`一、全面贯彻实施宪法…`) comes once and is a group heading.

use super::cell::{
    is_group_cell, is_name_list, is_number_cell, is_org_cell, is_signing_date, is_time_cell,
    opens_with_verb,
};
use super::header::{column_of, header, Column, Header};
use super::{render, Row};
use crate::outline::numbering::Style;
use crate::outline::text::is_space;
use crate::outline::{boilerplate, numbering};
use std::collections::HashMap;

/// Longest header label on a line of its own (`牵头单位及责任单位` is 9).
const LABEL_MAX: usize = 10;

/// Fewest labels of a header written one per line: two short lines of header words are too
/// common in prose to start a table.
const LABELS_MIN: usize = 3;

/// Most labels of a header: a longer run of header words is a list, not a table's columns.
const LABELS_MAX: usize = 12;

/// Most blank lines between two labels of one header.
const GAP_MAX: usize = 3;

/// Longest cell read as an agency that the agency test does not know (`团区委`, `区融媒体中心`):
/// a short line without a full stop, after the row's first agency cell.
const UNIT_CELL_MAX: usize = 40;

/// A line's cell: spaces and the `|` a web page draws between cells trimmed off (a line of
/// only `|` is empty).
pub(super) fn trimmed(line: &str) -> &str {
    line.trim_matches(|c: char| is_space(c) || c == '|')
}

/// The header label on a line, if the line is one: short, one word, no numbering and no
/// punctuation (`牵头单位：市甲局` is a unit line, not a label).
fn label(line: &str) -> Option<&str> {
    // A byte bound first: most lines are far longer than a label and are not counted.
    if line.len() > 4 * LABEL_MAX + 16 {
        return None;
    }
    // A label with its note in brackets (`检查事项(内容)`) is read as the label.
    let t = without_note(trimmed(line));
    let short = !t.is_empty() && t.chars().count() <= LABEL_MAX;
    let plain = !t.chars().any(|c| "。，,；;：:、（）()".contains(c));
    // A label spaced out to fill its cell (`主 要 工 作 任 务`) is read without the spaces.
    let spaced = t.chars().any(is_space);
    let word = if spaced {
        let compact: String = t.chars().filter(|c| !is_space(*c)).collect();
        // Each piece a character or a short word (`分 管 县领导`).
        let single = t.split(is_space).all(|w| w.chars().count() <= 3)
            && t.split(is_space).any(|w| w.chars().count() == 1);
        // Or a label broken by a space where its cell wrapped (`牵头责任 单位`, `督查 情况`):
        // two pieces that are one label together.
        let wrapped = t.split(is_space).filter(|w| !w.is_empty()).count() == 2;
        ((single || wrapped) && compact.chars().count() <= LABEL_MAX).then_some(compact)
    } else {
        Some(t.to_string())
    };
    let word = word.filter(|w| short || spaced && !w.is_empty())?;
    // (A report's column on the work, `完成情况`, `督查情况`, is one not read.)
    let status = word.ends_with("情况") && word.chars().count() <= STATUS_LABEL_MAX;
    (plain && (column_of(&word).is_some() || status) && numbering::recognise(t).is_none())
        .then_some(t)
}

/// Longest label of a column on how the work went (`完成情况`, `督查情况`).
const STATUS_LABEL_MAX: usize = 6;

/// A label broken over line `j`, no label alone, and the next filled line (`责任` / `领导`,
/// `完成` / `时限`), both a few Han characters: the label and the line of its second half.
fn broken_label(lines: &[&str], j: usize) -> Option<(String, usize)> {
    let first = trimmed(lines.get(j)?);
    let k = (j + 1..lines.len().min(j + 3)).find(|&k| !trimmed(lines[k]).is_empty())?;
    let second = trimmed(lines[k]);
    let short = |t: &str| {
        (1..=4).contains(&t.chars().count()) && t.chars().all(crate::chars::is_common_han)
    };
    if !short(first) || !short(second) {
        return None;
    }
    let joined = format!("{first}{second}");
    label(&joined).is_some().then_some((joined, k))
}

/// Longest note in brackets under a header label (`(单位)`, `（牵头）`, `（万元）`).
const LABEL_NOTE_MAX: usize = 4;

/// True for a header label's note on a line of its own: a few Han characters in brackets
/// (`(单位)`, `（牵头）`), which no row's cell is. A number in brackets (`（一）`) is the first
/// row's.
fn is_label_note(cell: &str) -> bool {
    if numbering::recognise(cell).is_some() {
        return false;
    }
    let inner = cell
        .strip_prefix(['(', '（'])
        .and_then(|c| c.strip_suffix([')', '）']));
    inner.is_some_and(|t| {
        (1..=LABEL_NOTE_MAX).contains(&t.chars().count())
            && t.chars().all(crate::chars::is_common_han)
    })
}

/// A cell without a note in brackets at its end (`检查事项(内容)` → `检查事项`); others as they
/// are.
fn without_note(cell: &str) -> &str {
    let Some(open) = cell.rfind(['(', '（']) else {
        return cell;
    };
    let (core, note) = cell.split_at(open);
    if !core.is_empty() && is_label_note(note) {
        core
    } else {
        cell
    }
}

/// Most lines looked ahead from a word no header word names (`检查对象`, `抽查方式`) for a label
/// that does: such words between labels are labels of columns not read.
const UNNAMED_REACH: usize = 3;

/// True when line `j` holds a word of a column no header word names (`检查对象`): a few Han
/// characters, with a label within [`UNNAMED_REACH`] filled lines after it, past other such
/// words only.
fn unnamed_label(lines: &[&str], j: usize) -> bool {
    let word = |l: &str| {
        let t = trimmed(l);
        (2..=LABEL_MAX).contains(&t.chars().count())
            && t.chars().all(crate::chars::is_common_han)
            && numbering::recognise(t).is_none()
    };
    if !lines.get(j).is_some_and(|l| word(l)) {
        return false;
    }
    let after = (lines.get(j + 1..).unwrap_or(&[]).iter()).filter(|l| !trimmed(l).is_empty());
    for line in after.take(UNNAMED_REACH) {
        if label(line).is_some() {
            return true;
        }
        if !word(line) {
            return false;
        }
    }
    false
}

/// True for a line of a cell with the bar after it (`序号 |`), as a web page's table copies.
fn bar_after(line: &str) -> bool {
    let t = line.trim_matches(is_space);
    t.ends_with('|') && t.len() > 1 && !t.starts_with('|')
}

/// A header written one label per line from line `i` (blank lines between allowed): the
/// header and the index of the line after its last label.
pub(super) fn header_at(lines: &[&str], i: usize) -> Option<(Header, usize)> {
    label(lines.get(i)?)?;
    let mut labels = Vec::new();
    // The line of each label: a title is set apart from the labels by more space than they are
    // from one another.
    let mut at = Vec::new();
    let mut next = i;
    let mut j = i;
    // Bounded: a run of labels longer than any header, or far apart, is no header, and each
    // line is looked at from at most a few starts.
    while let Some(line) = lines.get(j) {
        if j - next > GAP_MAX {
            break;
        }
        if trimmed(line).is_empty() {
            // Under labels each with its bar (`完成时间 |`), a line of bars alone ends the
            // header's row: labels after it are a second row's, under a label that spans them.
            let barred =
                (at.last().and_then(|&k| lines.get(k))).is_some_and(|l: &&str| bar_after(l));
            if barred && line.contains('|') && labels.len() >= LABELS_MIN {
                break;
            }
            j += 1;
            continue;
        }
        // A note in brackets under a label of a narrow cell (`责任股室` / `(单位)`) is that
        // label's: the header goes on after it.
        if !labels.is_empty() && is_label_note(trimmed(line)) {
            j += 1;
            next = j;
            continue;
        }
        // A label broken over two lines of a narrow cell (`责任` / `领导`).
        let (l, last) = match label(line) {
            Some(l) => (l.to_string(), j),
            // (A cell with its bar is whole: no label broken over two.)
            None => match broken_label(lines, j).filter(|_| !bar_after(line)) {
                Some(found) => found,
                // Only under labels each with its bar (`序号 |`), which tell a table's cells
                // apart from lines of text, and not before two labels (a title is no column).
                None if labels.len() >= 2 && bar_after(line) && unnamed_label(lines, j) => {
                    (trimmed(line).to_string(), j)
                }
                None => break,
            },
        };
        if labels.len() == LABELS_MAX {
            return None;
        }
        labels.push(l);
        at.push(j);
        j = last + 1;
        next = j;
    }
    if labels.len() < LABELS_MIN {
        return None;
    }
    // A title made of header words (`重点工作任务`), set apart over a header that stands without
    // it, is the title: the header starts at the next label.
    let gaps: Vec<usize> = at.windows(2).map(|w| w[1] - w[0]).collect();
    let apart = gaps
        .first()
        .is_some_and(|&g| gaps.iter().skip(1).all(|&x| x < g));
    let titled = labels.len() > LABELS_MIN
        && apart
        && labels
            .first()
            .is_some_and(|l| boilerplate::is_title_candidate(l))
        && header(labels.get(1..).unwrap_or(&[])).is_some();
    if titled {
        return None;
    }
    header(&labels).map(|h| (h, next))
}

/// The title lines of one-cell-per-line tables when a text holds two or more, each under its
/// own title (a notice dividing the tasks of several plans: `《示例规划》重要举措分工方案`, then
/// its table, then the next plan's): each title becomes a part (`第一部分 《示例规划》…`), so
/// the tables' groups and numbers do not run into one another. Keyed by line index.
pub(super) fn titled_tables(lines: &[&str]) -> HashMap<usize, String> {
    let mut titles = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some((_, next)) = header_at(lines, i) else {
            i += 1;
            continue;
        };
        let before = (0..i)
            .rev()
            .find(|&p| lines.get(p).is_some_and(|l| !trimmed(l).is_empty()));
        if let Some(p) = before {
            let line = lines.get(p).map_or("", |l| trimmed(l));
            if boilerplate::is_title_candidate(line) {
                titles.push((p, line));
            }
        }
        i = next;
    }
    // In a text of tables (a cover letter, then the tables), or after a plan's own numbered
    // text when each table is an attachment of its own (`附件1`, `附件2` over their titles);
    // tables after a plan's text without such labels are not its parts.
    let numbered_before = titles.first().is_some_and(|&(p, _)| {
        (lines.get(..p).unwrap_or(&[]).iter()).any(|l| numbering::recognise(trimmed(l)).is_some())
    });
    let label_of = |p: usize| {
        (0..p)
            .rev()
            .find(|&q| lines.get(q).is_some_and(|l| !trimmed(l).is_empty()))
            .filter(|&q| {
                lines
                    .get(q)
                    .is_some_and(|l| is_attachment_label(trimmed(l)))
            })
    };
    let labels: Vec<Option<usize>> = titles.iter().map(|&(p, _)| label_of(p)).collect();
    if titles.len() < 2 || (numbered_before && labels.iter().any(Option::is_none)) {
        return HashMap::new();
    }
    let mut parts = HashMap::new();
    for (k, (p, line)) in titles.into_iter().enumerate() {
        let n = u32::try_from(k + 1).unwrap_or(u32::MAX);
        parts.insert(p, format!("第{}部分 {line}", numbering::han_string(n)));
        // The label of a later attachment would join the row before it; the first one stays
        // (it tells the table is attached).
        if let Some(Some(q)) = labels.get(k).filter(|_| k > 0) {
            parts.insert(*q, String::new());
        }
    }
    parts
}

/// An attachment's label on a line of its own (`附件1`, `附件2：`, `附表`).
pub(crate) fn is_attachment_label(line: &str) -> bool {
    let rest = line
        .strip_prefix("附件")
        .or_else(|| line.strip_prefix("附表"));
    rest.is_some_and(|r| {
        r.chars()
            .all(|c| c.is_ascii_digit() || numbering::is_han_numeral_char(c) || "：: ".contains(c))
    })
}

/// A row being read: its cells so far and how many agency cells it has.
struct Building {
    row: Row,
    units: usize,
}

impl Building {
    fn new() -> Self {
        Building {
            row: Row::default(),
            units: 0,
        }
    }

    fn has_text(&self) -> bool {
        !self.row.task.is_empty()
    }

    /// True once an agency or a time follows the text: a further text line is a new row.
    fn complete(&self) -> bool {
        self.units > 0 || !self.row.deadline.is_empty()
    }

    fn is_empty(&self) -> bool {
        self.row.task.is_empty() && self.row.number.is_empty()
    }

    /// True when the row has a number: in its number column or before its text (`1.坚持…`).
    fn numbered(&self) -> bool {
        !self.row.number.is_empty()
            || (self.row.task.first()).is_some_and(|t| numbering::recognise(t).is_some())
    }
}

/// Reads the rows of a one-cell-per-line table whose header ends before line `from`, writing
/// each as plan text to `out`; returns the index of the first line after the table, or None
/// (nothing written) when no row has an agency or a time, so the lines are no table.
pub(super) fn rows(
    lines: &[&str],
    from: usize,
    h: &Header,
    out: &mut Vec<String>,
) -> Option<usize> {
    if let Some(end) = super::levels::rows(lines, from, h, out) {
        return Some(end);
    }
    if let Some(end) = positional_rows(lines, from, h, out) {
        return Some(end);
    }
    if let Some(end) = super::spans::rows(lines, from, h, out) {
        return Some(end);
    }
    let unit_cols: Vec<Column> = (h.columns.iter())
        .map(|(c, _)| *c)
        .filter(|c| matches!(c, Column::Lead | Column::Responsible | Column::Units))
        .collect();
    let tasks = (h.columns.iter())
        .filter(|(c, _)| matches!(c, Column::Task | Column::Detail))
        .count();
    let numbered_col = h.has(Column::Number);
    // A column of details (`攻坚目标`, `工作目标`) after the agencies' columns.
    let is_unit_col = |c: &Column| matches!(c, Column::Lead | Column::Responsible | Column::Units);
    let detail_last = (h.columns.iter().rposition(|(c, _)| *c == Column::Detail))
        .zip(h.columns.iter().rposition(|(c, _)| is_unit_col(c)))
        .is_some_and(|(detail, unit)| detail > unit);
    let people = (h.columns.iter()).any(|(_, l)| PEOPLE.iter().any(|p| l.contains(p)));
    // Where the columns stand in the header: a row's cells come in that order, so a cell of an
    // earlier column read (the time before the people and the agencies: `完成时限 | 责任领导 |
    // 责任股室`) does not end the cells of a later one.
    let place = |is: &dyn Fn(&Column, &str) -> bool| h.columns.iter().position(|(c, l)| is(c, l));
    let deadline_at = place(&|c, _| *c == Column::Deadline);
    let people_at = place(&|_, l| PEOPLE.iter().any(|p| l.contains(p)));
    let units_at = place(&|c, _| is_unit_col(c));
    let before = |a: Option<usize>, b: Option<usize>| a.zip(b).is_some_and(|(a, b)| a < b);
    let time_before_people = before(deadline_at, people_at);
    let time_before_units = before(deadline_at, units_at);
    let units_before_people = before(units_at, people_at);
    let mut written = Vec::new();
    let mut counter = 0u32;
    let mut any_filled = false;
    // True once a row's text started with its own number (`1.坚持…`): an unnumbered line
    // after a complete row is then the text after the table.
    let mut numbered_rows = false;
    // The numbering of the rows' own text (`1.` of `1.坚持…`), set by the first row.
    let mut row_style: Option<numbering::Style> = None;
    let mut first_row = true;
    let mut b = Building::new();
    let mut flush = |b: &mut Building, written: &mut Vec<String>, counter: &mut u32| {
        if b.is_empty() {
            return;
        }
        // A table is one when its rows name agencies (or, with no agency column, times): a
        // time alone may be a plan's own line under labels that head no table.
        if b.units > 0 || (unit_cols.is_empty() && !b.row.deadline.is_empty()) {
            any_filled = true;
        }
        written.push(render(&b.row, h, counter));
        *b = Building::new();
    };
    // The line after the last cell read, and where the row being read began.
    let mut end = from;
    let mut row_start = from;
    // The row (by where it began) whose detail cell was read.
    let mut detail_of: Option<usize> = None;
    let mut j = from;
    while let Some(line) = lines.get(j) {
        let cell = trimmed(line);
        if cell.is_empty() {
            j += 1;
            continue;
        }
        if header_at(lines, j).is_some() {
            break;
        }
        let person = people
            && b.has_text()
            && (b.row.deadline.is_empty() || time_before_people)
            && (b.units == 0 || units_before_people)
            && is_person(cell);
        if boilerplate::is_chrome(cell) || is_page_number(cell) || person {
            // A page number or running head between rows (`- 2 -`), or a person's name in a
            // column of people (`牵头领导`, `责任人`), which is not read.
            j += 1;
            continue;
        }
        if is_closing(cell) {
            // The plan's closing (its entry into force, its date): the table has ended, and a
            // row begun since its last complete row (closing text, the issuer's name) is
            // that closing, read as text.
            // Unnumbered text with no agency yet, or with one name just before the date (the
            // issuer signing): the closing, not a row.
            let signed = is_signing_date(cell) && b.units == 1 && b.row.deadline.is_empty();
            if !b.is_empty() && !b.numbered() && (!b.complete() || signed) {
                b = Building::new();
                end = row_start;
            }
            break;
        }
        let marker = numbering::recognise(cell);
        let own_number = marker.as_ref().is_some_and(|(_, rest)| !rest.is_empty());
        // A unit cell may end with a full stop (`区投资促进中心。`).
        let unit_cell = cell.trim_end_matches('。');
        if (tasks >= 2 || numbered_col) && is_group_cell(cell) && (b.is_empty() || b.complete()) {
            // A category cell merged down over its rows, or a group row across a table whose
            // rows are numbered in their own column.
            flush(&mut b, &mut written, &mut counter);
            written.push(cell.to_string());
            counter = 0;
        } else if is_number_cell(cell) {
            // A row's number (a category cell may come before it), or, before a numbered
            // line or a group, a page number.
            let next = next_cell(lines, j + 1);
            let page = !numbered_col
                && (numbered_rows
                    || next.is_none_or(|n| is_group_cell(n) || numbering::recognise(n).is_some()));
            if !page {
                if b.complete() || !b.row.number.is_empty() {
                    flush(&mut b, &mut written, &mut counter);
                }
                if b.is_empty() {
                    row_start = j;
                }
                b.row.number = cell.to_string();
            }
        } else if b.has_text() && h.has(Column::Deadline) && is_deadline(cell, &b, unit_cols.len())
        {
            if !b.row.deadline.is_empty() {
                b.row.deadline.push(' ');
            }
            b.row.deadline.push_str(cell);
        } else if b.has_text() && b.units < unit_cols.len() && is_unit_cell(cell, b.units) {
            let col = unit_cols.get(b.units).copied();
            push_unit(&mut b.row, col, unit_cell);
            b.units += 1;
        } else if b.has_text()
            && b.units > 0
            // After the row's time, only in a numbered row: in rows without numbers a task
            // named like an agency (`县图书馆`) would run on into the row before.
            && (b.row.deadline.is_empty() || (time_before_units && b.numbered()))
            && !cell.ends_with('。')
            && (is_org_cell(cell) || is_name_list(cell))
        {
            // A unit cell written over several lines, one name a line.
            let col = unit_cols.get(b.units - 1).copied();
            push_unit(&mut b.row, col, unit_cell);
        } else if own_number || !b.has_text() || !b.complete() {
            // A numbered line in another numbering than the rows' own (`二、保障措施` after
            // rows `1.…` or after unnumbered rows) is the plan's text after the table.
            let style = marker.as_ref().map(|(m, _)| m.style);
            let other = own_number && b.complete() && (row_style.is_none() || row_style != style);
            if other {
                break;
            }
            // A sub-item (`（1）…`, `①…`) of a cell that goes on over several lines stays in
            // the row being read.
            let sub_item = matches!(style, Some(Style::ParenArabic | Style::Circled));
            if own_number && (b.complete() || (b.has_text() && !sub_item)) {
                flush(&mut b, &mut written, &mut counter);
            }
            if first_row && b.is_empty() {
                row_style = style.filter(|_| own_number);
                first_row = false;
            }
            if b.is_empty() {
                row_start = j;
            }
            numbered_rows |= own_number;
            b.row.task.push(cell.to_string());
        } else if detail_last
            && b.has_text()
            && b.units > 0
            && (numbered_col || detail_of != Some(row_start))
        {
            // What the task is to reach (`攻坚目标`), in a column after its agencies: over
            // lines up to the next row's number, or with no number column one line a row.
            b.row.task.push(cell.to_string());
            detail_of = Some(row_start);
        } else if (numbered_rows || numbered_col) && is_other_cell(cell, lines, j, h) {
            // A short cell of a column not read (`备注`: `续建`) before the next row's number.
        } else if numbered_rows || numbered_col {
            if !row_follows(lines, j + 1, h) {
                break; // an unnumbered line after numbered rows: the table has ended
            }
            // A second item of a row whose number cell is merged over both: the same row.
            b.row.task.push(cell.to_string());
            b.units = 0;
        } else {
            flush(&mut b, &mut written, &mut counter);
            b.row.task.push(cell.to_string());
            row_start = j;
        }
        j += 1;
        end = j;
    }
    // A last row with neither agency nor time nor a number of its own is the text after the
    // table, read as usual.
    if !b.is_empty() && !b.complete() && !b.numbered() {
        b = Building::new();
        end = row_start;
    }
    flush(&mut b, &mut written, &mut counter);
    if !any_filled {
        return None;
    }
    out.extend(written);
    Some(end)
}

/// Reads the rows of a one-cell-per-line table whose header opens on its number column, when
/// every row has one cell per header label (`1` / task / lead / `已开工…` / `已完成`): each cell
/// is the column its position names, whatever it holds (a status column's sentence is no part
/// of the task, a short agency name no text). Rows run from number 1 in turn; the table ends
/// where the next cell is not the next number. `None` (nothing written) when fewer than two
/// rows read so, or a row's cells hold the next number early (a row with a cell left out).
fn positional_rows(
    lines: &[&str],
    from: usize,
    h: &Header,
    out: &mut Vec<String>,
) -> Option<usize> {
    let n = h.columns.len();
    if n < 3 || !matches!(h.columns.first(), Some((Column::Number, _))) {
        return None;
    }
    let number = |cell: &str| -> Option<u32> {
        is_number_cell(cell)
            .then(|| cell.trim_end_matches(['.', '、', '．']).parse().ok())
            .flatten()
    };
    let mut rows: Vec<Vec<String>> = Vec::new();
    let (mut j, mut end) = (from, from);
    loop {
        let next = rows.len() as u32 + 1;
        let mut cells: Vec<String> = Vec::with_capacity(n);
        while cells.len() < n {
            let Some(line) = lines.get(j) else { break };
            j += 1;
            let cell = trimmed(line);
            if !cell.is_empty() {
                cells.push(cell.to_string());
            }
        }
        let numbered = cells.first().and_then(|c| number(c)) == Some(next);
        if cells.len() < n && numbered {
            // A row with a cell left empty (and so lost), not read by position.
            return None;
        }
        if !numbered {
            break;
        }
        // A row short of a cell runs into the next row's number or the plan's next heading;
        // one with a cell over two lines puts a line of text in an agency's or a time's place.
        let overrun = |c: &String| number(c) == Some(next + 1) || numbering::recognise(c).is_some();
        let misplaced = (cells.iter().zip(&h.columns)).any(|(c, (col, _))| match col {
            Column::Lead | Column::Responsible | Column::Units => {
                !(is_org_cell(c) || is_name_list(c))
            }
            Column::Deadline => !is_time_cell(c),
            _ => false,
        });
        // (The last row of a text cut off inside it may end in a cut cell: `市发`.)
        let at_end = lines
            .get(j..)
            .unwrap_or_default()
            .iter()
            .all(|l| trimmed(l).is_empty());
        if cells[1..].iter().any(overrun) || (misplaced && !at_end) {
            return None;
        }
        rows.push(cells);
        end = j;
    }
    // The table ends where the next cell is no row's number: not where more rows follow.
    let rest = (lines.get(end..).unwrap_or_default().iter())
        .map(|l| trimmed(l))
        .filter(|c| !c.is_empty())
        .take(h.columns.len() + 1);
    if rows.len() < 2
        || rest
            .clone()
            .any(|c| number(c) == Some(rows.len() as u32 + 1))
    {
        return None;
    }
    let mut counter = 0;
    out.extend(
        rows.iter()
            .map(|cells| render(&super::assign(cells, h), h, &mut counter)),
    );
    Some(end)
}

/// Least number of lines of empty cells (`|`, `|||`) that make a table's body empty.
const EMPTY_BODY_MIN: usize = 2;

/// The end of a table body whose cells were lost (a page copied without them) from line
/// `from`: only empty cells and group rows (`一、紧扣…开好局 |`), with at least
/// [`EMPTY_BODY_MIN`] lines of empty cells; `from` when there is no such body. Its group rows
/// head no rows, and are no tasks.
pub(super) fn empty_body(lines: &[&str], from: usize) -> usize {
    let (mut j, mut empty) = (from, 0);
    while let Some(line) = lines.get(j) {
        let cell = trimmed(line);
        if cell.is_empty() {
            empty += usize::from(line.contains('|'));
        } else if !(line.contains('|') && is_group_cell(cell)) {
            break;
        }
        j += 1;
    }
    if empty >= EMPTY_BODY_MIN {
        j
    } else {
        from
    }
}

/// The next filled cell from line `i`, if any.
fn next_cell<'a>(lines: &[&'a str], i: usize) -> Option<&'a str> {
    (lines.get(i..).unwrap_or(&[]).iter())
        .map(|l| trimmed(l))
        .find(|c| !c.is_empty())
}

/// Most lines looked ahead for the agency or time of a row whose number is merged.
const LOOKAHEAD: usize = 4;

/// True when, from line `i`, an agency or a time comes within a few cells and before any
/// number or numbered line: the text before it is a row of the table.
fn row_follows(lines: &[&str], i: usize, h: &Header) -> bool {
    let cells: Vec<&str> = (lines.get(i..).unwrap_or(&[]).iter())
        .map(|l| trimmed(l))
        .filter(|c| !c.is_empty())
        .take(LOOKAHEAD + 1)
        .collect();
    for (k, &cell) in cells.iter().enumerate().take(LOOKAHEAD) {
        if is_number_cell(cell)
            || numbering::recognise(cell).is_some()
            || label(cell).is_some()
            || is_closing(cell)
        {
            return false;
        }
        let unit = cell.trim_end_matches('。');
        if opens_with_verb(unit) {
            continue;
        }
        if is_org_cell(unit)
            || is_name_list(unit)
            || (h.has(Column::Deadline) && is_time_cell(cell))
        {
            // An issuer's name over the date it signed is the plan's signature, not a row.
            return !cells.get(k + 1).is_some_and(|c| is_signing_date(c));
        }
    }
    false
}

/// Longest cell of a column not read (`备注`: `续建`, `新建项目`).
const OTHER_CELL_MAX: usize = 12;

/// True when `cell` (line `j`) is a short cell of a column the header has but is not read,
/// followed by the next row's number or numbered text, or by nothing.
fn is_other_cell(cell: &str, lines: &[&str], j: usize, h: &Header) -> bool {
    let next = next_cell(lines, j + 1);
    h.has(Column::Other)
        && cell.chars().count() <= OTHER_CELL_MAX
        && !cell.contains('。')
        && !is_closing(cell)
        && next.is_none_or(|n| is_number_cell(n) || numbering::recognise(n).is_some())
}

/// Adds a unit cell to the field of its column, after a `、` when the field has names.
fn push_unit(row: &mut Row, col: Option<Column>, cell: &str) {
    let field = match col {
        Some(Column::Lead) => &mut row.lead,
        Some(Column::Responsible) => &mut row.responsible,
        _ => &mut row.units,
    };
    if !field.is_empty() {
        field.push('、');
    }
    field.push_str(cell);
}

/// True when a cell in agency position holds agencies: the agency test, names that each end
/// as an agency's name does (`区人大常委会、区司法局`), or after the row's first agency cell any
/// short line without a full stop or a number of its own.
fn is_unit_cell(cell: &str, units_so_far: usize) -> bool {
    let names = cell.trim_end_matches('。');
    if opens_with_verb(names) || is_signing_date(cell) {
        return false;
    }
    is_org_cell(names)
        || is_name_list(names)
        || (units_so_far > 0
            && cell.chars().count() <= UNIT_CELL_MAX
            && !cell.contains(['。', '；', ';'])
            && !cell.chars().any(|c| c.is_ascii_digit())
            && numbering::recognise(cell).is_none())
}

/// Words of a header label naming people, not agencies.
const PEOPLE: &[&str] = &["领导", "责任人", "联系人"];

/// A person's name: two to four Han characters, none of an agency's endings; a short name may
/// be spaced out to fill its cell (`周 斐`).
fn is_person(cell: &str) -> bool {
    let spaced = cell.split(is_space).filter(|w| !w.is_empty());
    let cell: String = if spaced.clone().all(|w| w.chars().count() == 1) {
        spaced.collect()
    } else {
        cell.to_string()
    };
    let cell = cell.as_str();
    let n = cell.chars().count();
    (2..=4).contains(&n)
        && cell.chars().all(crate::chars::is_common_han)
        && !is_org_cell(cell)
        && !is_name_list(cell)
        && !is_time_cell(cell)
        && !cell.ends_with(['前', '后', '内', '底', '中', '末', '年', '月', '季'])
}

/// A page number on its own line (`- 2 -`, `— 3 —`, `第4页`).
fn is_page_number(cell: &str) -> bool {
    let core = cell
        .trim_matches(|c: char| matches!(c, '-' | '—' | '－' | '–' | ' ' | '　'))
        .trim_start_matches('第')
        .trim_end_matches('页');
    cell != core && !core.is_empty() && core.chars().all(|c| c.is_ascii_digit())
}

/// Longest time cell told by its place alone (`汛期前`, `全年`, `每季度`).
const PLACED_TIME_MAX: usize = 12;

/// True when `cell` is the row's time: a time cell (`2024年6月底前`, `长期坚持`), or, once the
/// row's agency cells are read and it has no time yet, a short line that is no title, closing,
/// number or agency (`汛期前`, `每季度`).
fn is_deadline(cell: &str, b: &Building, unit_cols: usize) -> bool {
    if is_titled(cell) || is_closing(cell) {
        return false;
    }
    if is_time_cell(cell) {
        return true;
    }
    b.units >= unit_cols
        && b.row.deadline.is_empty()
        && cell.chars().count() <= PLACED_TIME_MAX
        && !cell.contains(['。', '；', ';'])
        && !is_number_cell(cell)
        && numbering::recognise(cell).is_none()
        && !is_org_cell(cell)
        && !is_name_list(cell)
}

/// True for the closing lines of a plan that may follow its table: an article on its entry
/// into force or its interpretation (`本方案自印发之日起施行`), or the date it was signed.
fn is_closing(cell: &str) -> bool {
    is_signing_date(cell)
        || boilerplate::is_frame(cell)
        || CLOSING_OPENINGS.iter().any(|w| cell.starts_with(w))
        || (cell.ends_with("印发") && cell.chars().any(|c| c.is_ascii_digit() || c == '年'))
}

/// Openings of the lines after a plan's text: its attachments, the copies sent, the print note.
const CLOSING_OPENINGS: &[&str] = &["附件", "抄送", "抄报", "【打印", "【关闭"];

/// True for a line that is a title or a labelled line (`附件：…`), never a time cell however
/// many 年 it holds (`示例县2024年…考核指标表`).
fn is_titled(cell: &str) -> bool {
    boilerplate::is_title_candidate(cell) || cell.contains(['：', ':'])
}

#[cfg(test)]
mod tests {
    use super::super::tests::rw;

    #[test]
    fn a_body_of_empty_cells_and_group_rows_is_skipped_whole() {
        let lines = [
            "一、稳经济 |",
            "|||",
            "|",
            "二、惠民生 |",
            "|",
            "三、抓落实。",
        ];
        assert_eq!(super::empty_body(&lines, 0), 5);
        // One line of empty cells is a row's gap, not an empty table.
        let lines = ["一、稳经济 |", "|", "1.推进政策解读 |", "区政府办 |"];
        assert_eq!(super::empty_body(&lines, 0), 0);
    }

    #[test]
    fn cells_one_per_line_become_rows() {
        let got = rw("示例市分工方案\n\n项目\n\n具体项目\n\n牵头单位\n\n责任单位\n\n一、依法行政\n\n1.清理文件。\n\n市司法局、市甲局\n\n市直有关部门\n\n2.公开目录。\n\n市政府办公室\n\n团市委\n\n二、规范执法\n\n3.规范检查。\n\n市市场监管局\n\n7\n\n本方案自印发之日起施行。");
        assert_eq!(
            got,
            [
                "示例市分工方案",
                "",
                "一、依法行政",
                "1.清理文件。（牵头单位：市司法局、市甲局；责任单位：市直有关部门）",
                "2.公开目录。（牵头单位：市政府办公室；责任单位：团市委）",
                "二、规范执法",
                "3.规范检查。（牵头单位：市市场监管局）",
                "",
                "本方案自印发之日起施行。"
            ]
        );
    }

    #[test]
    fn a_title_of_header_words_over_the_header_stays() {
        let got = rw(
            "重点工作任务\n\n序号\n工作内容\n牵头单位\n完成时限\n1\n推行一件事\n县甲局\n2024年底前",
        );
        assert_eq!(
            got,
            [
                "重点工作任务",
                "",
                "1.推行一件事（牵头单位：县甲局；完成时限：2024年底前）"
            ]
        );
    }

    #[test]
    fn the_closing_and_signature_after_a_table_are_no_rows() {
        let got = rw("工作任务\n牵头单位\n完成时限\n1.推行一件事\n县甲局\n2024年6月底前\n2.规范检查\n县丙局\n2024年底前\n各单位要高度重视，认真抓好落实。\n示例县人民政府办公室\n2024年3月1日");
        assert_eq!(
            got,
            [
                "1.推行一件事（牵头单位：县甲局；完成时限：2024年6月底前）",
                "2.规范检查（牵头单位：县丙局；完成时限：2024年底前）",
                "各单位要高度重视，认真抓好落实。",
                "示例县人民政府办公室",
                "2024年3月1日"
            ]
        );
        let got = rw("工作任务\n牵头单位\n配合单位\n推行一件事\n县甲局\n县乙局\n各单位要认真抓好落实。\n本方案由县政府办公室负责解释。\n示例县人民政府办公室\n2024年3月1日");
        assert_eq!(
            got,
            [
                "1.推行一件事（牵头单位：县甲局；配合单位：县乙局）",
                "各单位要认真抓好落实。",
                "本方案由县政府办公室负责解释。",
                "示例县人民政府办公室",
                "2024年3月1日"
            ]
        );
    }

    #[test]
    fn a_numbered_line_in_another_numbering_ends_the_table() {
        let got = rw("工作任务\n牵头单位\n配合单位\n推行一件事\n县甲局\n县乙局\n二、保障措施\n（一）加强组织领导。\n县政府办公室");
        assert_eq!(
            got,
            [
                "1.推行一件事（牵头单位：县甲局；配合单位：县乙局）",
                "二、保障措施",
                "（一）加强组织领导。",
                "县政府办公室"
            ]
        );
        let got = rw("工作任务\n牵头单位\n完成时限\n1.推行一件事\n县甲局\n年底前\n2.规范检查\n县乙局\n年底前\n三、保障措施\n（一）加强领导。\n县政府办公室");
        assert_eq!(
            got.get(2..).unwrap_or(&[]),
            ["三、保障措施", "（一）加强领导。", "县政府办公室"]
        );
    }

    #[test]
    fn labels_over_a_plans_own_items_head_no_table() {
        let text = "工作任务\n牵头单位\n完成时限\n一、推动发展\n（一）推进产业升级。\n牵头单位：市工信局\n2024年底前\n（二）扩大有效投资。\n责任单位：市发改委";
        let got = rw(text);
        assert_eq!(got.first().map(String::as_str), Some(""));
        assert_eq!(
            got.get(1..).unwrap_or(&[]),
            &text.lines().skip(3).collect::<Vec<_>>()[..]
        );
    }

    #[test]
    fn categories_page_numbers_people_and_placed_times() {
        let got = rw("类别\n序号\n工作任务\n牵头领导\n牵头单位\n完成时限\n教育\n1\n新建学校5所。\n王某某\n市教育局\n汛期前\n- 2 -\n医疗\n2\n新增床位300张。\n李某某\n市广播电视台\n每季度\n养老\n3\n新增养老床位500张。\n张某某\n市民政局\n全年");
        assert_eq!(
            got,
            [
                "1.教育。新建学校5所。（牵头单位：市教育局；完成时限：汛期前）",
                "2.新增床位300张。（牵头单位：市广播电视台；完成时限：每季度）",
                "3.新增养老床位500张。（牵头单位：市民政局；完成时限：全年）"
            ]
        );
    }

    #[test]
    fn a_remarks_column_is_skipped() {
        let got = rw("序号\n项目名称\n责任单位\n完成时间\n备注\n1\n新建养老服务中心\n县民政局\n2024年底前\n续建\n2\n改造农贸市场\n县商务局\n2024年6月底前\n新建\n3\n建设口袋公园\n县住建局\n2024年9月底前");
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(
            got[1].starts_with("2.改造农贸市场（责任单位：县商务局"),
            "{got:?}"
        );
    }

    #[test]
    fn a_measure_cell_is_no_agency() {
        let got = rw("序号\n工作任务\n具体措施\n牵头单位\n完成时限\n1\n优化政务服务\n推进高频事项跨省通办\n县行政审批局\n2024年底前\n2\n加强基层治理\n新建社区综合服务站\n县民政局\n6月底前");
        assert_eq!(
            got,
            [
                "1.优化政务服务。推进高频事项跨省通办（牵头单位：县行政审批局；完成时限：2024年底前）",
                "2.加强基层治理。新建社区综合服务站（牵头单位：县民政局；完成时限：6月底前）"
            ]
        );
    }

    #[test]
    fn a_number_column_and_a_deadline_column() {
        let got = rw("序号\n重点任务\n责任单位\n完成时限\n1\n推行一件事\n县甲局\n2024年底前\n2\n规范检查\n县乙局、县丙局\n长期坚持");
        assert_eq!(
            got,
            [
                "1.推行一件事（责任单位：县甲局；完成时限：2024年底前）",
                "2.规范检查（责任单位：县乙局、县丙局；完成时限：长期坚持）"
            ]
        );
    }

    #[test]
    fn unnumbered_rows_end_at_a_row_without_agency() {
        let got = rw("工作任务\n牵头单位\n配合单位\n推行一件事\n县甲局\n县乙局\n规范检查\n县丙局\n以上任务年底前完成。");
        assert_eq!(
            got,
            [
                "1.推行一件事（牵头单位：县甲局；配合单位：县乙局）",
                "2.规范检查（牵头单位：县丙局）",
                "以上任务年底前完成。"
            ]
        );
    }

    #[test]
    fn labels_without_agency_rows_are_no_table() {
        // The header's labels are dropped; the lines after them stay as they are.
        let text =
            "工作任务\n牵头单位\n责任单位\n一、加强学法\n（一）每年学法4次。\n（二）规范执法。";
        assert_eq!(
            rw(text),
            [
                "",
                "一、加强学法",
                "（一）每年学法4次。",
                "（二）规范执法。"
            ]
        );
        let two = "任务\n牵头单位\n1.清理文件。\n市甲局";
        assert_eq!(rw(two), two.lines().collect::<Vec<_>>());
        // A run of labels longer than a header is read from where a header's width is left.
        let many = format!("{}1.清理文件。\n市甲局", "任务\n牵头单位\n".repeat(7));
        let got = rw(&many);
        assert_eq!(
            got.last().map(String::as_str),
            Some("1.清理文件。（牵头单位：市甲局）")
        );
        assert_eq!(got.len(), 3, "{got:?}");
        let apart = "任务\n\n\n\n\n牵头单位\n责任单位\n1.清理文件。\n市甲局";
        assert_eq!(rw(apart), apart.lines().collect::<Vec<_>>());
    }
}
