//! Space-aligned tables (a table copied from a PDF or a web page into a .txt): cells placed in
//! the header's columns by where they start on the line, and rows whose long cells wrap over
//! several lines rejoined. A wrapped row's continuation lines leave the first column blank
//! and carry text only in the columns that wrapped:
//!
//! ```text
//! 序号  工作任务                牵头单位      完成时限
//! 1     推进政务服务全程网办，  示例市政务    2025年12月
//!       高频事项全部上线        服务中心      底前
//! ```

use super::super::numbering;
use super::super::text::is_space;

/// The display width of a character in a monospaced copy: CJK and full-width forms take two
/// columns, the rest one.
fn width(c: char) -> usize {
    let wide = matches!(c,
        '\u{1100}'..='\u{115F}'
        | '\u{2E80}'..='\u{303E}'
        | '\u{3041}'..='\u{33FF}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{A000}'..='\u{A4CF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}'
        | '\u{FF00}'..='\u{FF60}'
        | '\u{FFE0}'..='\u{FFE6}'
    );
    if wide {
        2
    } else {
        1
    }
}

/// True when a line is laid out with spaces (no tab, not a markdown row).
pub(super) fn is_spaced(raw: &str) -> bool {
    !raw.contains('\t') && !raw.trim_start_matches(is_space).starts_with('|')
}

/// The cells of a space-aligned line with the display column each starts at (cells are
/// separated by two or more spaces, as in `header::cells`).
pub(super) fn spans(raw: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut cur = String::new();
    let mut start = 0;
    let mut col = 0;
    let mut spaces = 0;
    for c in raw.chars() {
        if is_space(c) {
            spaces += 1;
            col += width(c);
            continue;
        }
        if spaces >= 2 && !cur.is_empty() {
            out.push((start, std::mem::take(&mut cur)));
        } else if spaces == 1 && !cur.is_empty() {
            cur.push(' ');
        }
        if cur.is_empty() {
            start = col;
        }
        spaces = 0;
        cur.push(c);
        col += width(c);
    }
    if !cur.is_empty() {
        out.push((start, cur));
    }
    out
}

/// The index of the column whose start is nearest to `at`.
fn column_at(at: usize, starts: &[usize]) -> Option<usize> {
    starts
        .iter()
        .enumerate()
        .min_by_key(|(_, s)| s.abs_diff(at))
        .map(|(i, _)| i)
}

/// A line's cells laid out in the header's columns (each in the column whose start is
/// nearest; empty where the line has none), or `None` when two cells fall in one column.
pub(super) fn place(raw: &str, starts: &[usize]) -> Option<Vec<String>> {
    let mut out = vec![String::new(); starts.len()];
    for (at, cell) in spans(raw) {
        let slot = out.get_mut(column_at(at, starts)?)?;
        if !slot.is_empty() {
            return None;
        }
        *slot = cell;
    }
    Some(out)
}

/// How far (display columns) a wrapped piece may run past the start of the next column.
const OVERRUN: usize = 2;

/// True when `raw` continues the row above: it leaves the first column blank (its text
/// starts at or after the second column), is no numbered item of its own, is not a
/// paragraph indented with full-width spaces, and each of its pieces fits in its column (a
/// paragraph after the table runs across the columns).
pub(super) fn continues_row(raw: &str, starts: &[usize]) -> bool {
    let Some(second) = starts.get(1) else {
        return false;
    };
    if !is_spaced(raw) || raw.starts_with('\u{3000}') {
        return false;
    }
    let pieces = spans(raw);
    let Some((at, first)) = pieces.first() else {
        return false;
    };
    let fits = |(at, piece): &(usize, String)| {
        let end = at + piece.chars().map(width).sum::<usize>();
        column_at(*at, starts)
            .and_then(|k| starts.get(k + 1))
            .is_none_or(|next| end <= next + OVERRUN)
    };
    at + 1 >= *second && numbering::recognise(first).is_none() && pieces.iter().all(fits)
}

/// A wrapped cell's text with its next line: joined directly (Chinese wraps anywhere), with a
/// space between two Latin letters or digits.
pub(super) fn join_wrapped(cell: &mut String, more: &str) {
    let latin = |c: char| c.is_ascii_alphanumeric();
    if cell.chars().next_back().is_some_and(latin) && more.starts_with(latin) {
        cell.push(' ');
    }
    cell.push_str(more);
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "序号  工作任务                牵头单位      完成时限";

    fn starts() -> Vec<usize> {
        spans(HEADER).iter().map(|(s, _)| *s).collect()
    }

    #[test]
    fn cells_start_where_they_are_drawn() {
        assert_eq!(starts(), [0, 6, 30, 44]);
        assert_eq!(
            spans("1     推进 网办      示例局"),
            [
                (0, "1".to_string()),
                (6, "推进 网办".to_string()),
                (21, "示例局".to_string())
            ]
        );
    }

    #[test]
    fn a_row_with_an_empty_cell_is_placed_by_column() {
        let got = place(
            "2     开展抽查                              长期坚持",
            &starts(),
        );
        assert_eq!(
            got,
            Some(vec![
                "2".to_string(),
                "开展抽查".to_string(),
                String::new(),
                "长期坚持".to_string()
            ])
        );
        // Two cells in one column: not placed.
        assert_eq!(place("2     甲  乙", &starts()), None);
    }

    #[test]
    fn continuation_lines_leave_the_first_column_blank() {
        let s = starts();
        assert!(continues_row(
            "      高频事项全部上线        服务中心      底前",
            &s
        ));
        assert!(continues_row("                              服务中心", &s));
        assert!(!continues_row("2     开展抽查", &s));
        assert!(!continues_row("二、强化监管", &s));
        assert!(!continues_row("      （二）强化监管", &s));
        assert!(!continues_row(
            "\u{3000}\u{3000}本方案自印发之日起施行。",
            &s
        ));
        assert!(!continues_row("1\t甲\t乙", &s));
        assert!(!continues_row("", &s));
        // A paragraph after the table, indented as far as the task column, runs across it.
        assert!(!continues_row(
            "      本分工自印发之日起执行，各单位要按照时限要求抓好落实。",
            &s
        ));
        // The last column has no limit.
        assert!(continues_row(
            "                                            年底前完成并报送书面总结材料",
            &s
        ));
    }

    #[test]
    fn wrapped_text_joins_as_written() {
        let mut cell = "示例市政务".to_string();
        join_wrapped(&mut cell, "服务中心");
        assert_eq!(cell, "示例市政务服务中心");
        let mut cell = "Wi-Fi".to_string();
        join_wrapped(&mut cell, "6");
        assert_eq!(cell, "Wi-Fi 6");
    }

    #[test]
    fn widths_of_each_kind() {
        for (c, w) in [
            ('a', 1),
            ('1', 1),
            ('中', 2),
            ('，', 2),
            ('\u{3000}', 2),
            ('“', 1),
        ] {
            assert_eq!(width(c), w, "{c}");
        }
    }
}
