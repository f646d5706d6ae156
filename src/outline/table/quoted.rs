//! Tab-separated rows copied from a spreadsheet (Excel, WPS 表格): a cell holding line breaks
//! is written in double quotes over several lines (`1\t"推进改革⏎（1）压减时限"\t市甲局`), a
//! quote inside it doubled. Such a row is read back as one row, the cell's lines joined as
//! the paragraphs of a cell are (see `crate::ingest::table::join_paragraphs`).

use crate::ingest::table::join_paragraphs;

/// Most lines one quoted row may take (an unmatched quote must not swallow the file).
const MAX_LINES: usize = 30;

/// True when `text`, read as tab-separated fields, ends inside a quoted field.
fn ends_in_quotes(text: &str) -> bool {
    let mut quoted = false;
    let mut field_start = true;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (false, '\t') => field_start = true,
            (false, '"') if field_start => {
                quoted = true;
                field_start = false;
            }
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
            }
            (true, '"') => quoted = false,
            _ => field_start = false,
        }
    }
    quoted
}

/// When row `i` is a tab-separated row with a quoted cell that goes on over the next lines,
/// the whole row as one text and the index of the line after it.
pub(super) fn joined_row(lines: &[&str], i: usize) -> Option<(String, usize)> {
    let first = lines.get(i)?;
    if !first.contains('\t') || !ends_in_quotes(first) {
        return None;
    }
    let mut row = first.to_string();
    for (j, line) in lines.iter().enumerate().skip(i + 1).take(MAX_LINES) {
        // A tab before any quote: a row of its own, so the quote above was text.
        if line
            .split('\t')
            .next()
            .is_some_and(|head| !head.contains('"'))
            && line.contains('\t')
        {
            return None;
        }
        row.push('\n');
        row.push_str(line);
        if !ends_in_quotes(&row) {
            return Some((row, j + 1));
        }
    }
    None
}

/// The fields of a tab-separated row with quoted cells: quotes removed, doubled quotes
/// single, a cell's lines joined.
pub(super) fn fields(row: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut quoted = false;
    let mut field_start = true;
    let mut chars = row.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (false, '\t') => {
                out.push(join_paragraphs(&std::mem::take(&mut cur)));
                field_start = true;
                continue;
            }
            (false, '"') if field_start => quoted = true,
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cur.push('"');
            }
            (true, '"') => quoted = false,
            _ => cur.push(c),
        }
        field_start = false;
    }
    out.push(join_paragraphs(&cur));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quoted_cell_over_several_lines_is_one_row() {
        let lines = [
            "1\t\"推进改革",
            "（1）压减时限",
            "（2）推行\"\"网办\"\"\"\t市甲局\t年底前",
            "2\t规范检查\t市乙局\t长期",
        ];
        let (row, next) = joined_row(&lines, 0).expect("joined");
        assert_eq!(next, 3);
        assert_eq!(
            fields(&row),
            [
                "1",
                "推进改革；（1）压减时限；（2）推行\"网办\"",
                "市甲局",
                "年底前"
            ]
        );
        assert_eq!(joined_row(&lines, 3), None);
    }

    #[test]
    fn quotes_inside_text_or_unmatched_are_left_alone() {
        // A quote that does not start a cell is text.
        assert_eq!(joined_row(&["1\t推进\"一网通办\t市甲局"], 0), None);
        // An unmatched quote joins no more than MAX_LINES lines, and then none at all.
        let mut lines = vec!["1\t\"推进改革"];
        lines.extend(std::iter::repeat_n("续行", MAX_LINES + 5));
        assert_eq!(joined_row(&lines, 0), None);
        // The next line is a row of its own: the quote was text.
        assert_eq!(
            joined_row(&["1\t\"推进改革\t市甲局", "2\t规范\"检查\"\t市乙局"], 0),
            None
        );
        // No tab: not a spreadsheet row.
        assert_eq!(joined_row(&["\"引文开始", "引文结束\""], 0), None);
    }
}
