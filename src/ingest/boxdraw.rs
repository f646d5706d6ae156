//! Tables drawn with box characters (`┌─┬─┐`, `│ 1 │ 任务 │`), as a plain-text copy of a Word
//! or PDF table gives them: each table is read into rows, one tab-separated line per row, as
//! the tables of markup are ([`super::table`]). A cell's text wraps over several lines between
//! two rules; a cell merged down over rows (an agency for a group of tasks) has no rule under
//! it in its column, and its text goes to each row it spans.
//!
//! Hand-written: no crate reads text tables with wrapped and merged cells.

use super::table::{Cell, Grid, Merge};

/// True for a box-drawing character (`─`, `│`, `┼`, `╔`…).
fn is_box(c: char) -> bool {
    ('\u{2500}'..='\u{257F}').contains(&c)
}

/// True for a box character that draws a horizontal line: part of a rule, not a border
/// between two columns.
fn is_horizontal(c: char) -> bool {
    matches!(
        c,
        '─' | '━'
            | '┄'
            | '┅'
            | '┈'
            | '┉'
            | '╌'
            | '╍'
            | '═'
            | '╴'
            | '╶'
            | '╸'
            | '╺'
            | '╼'
            | '╾'
    )
}

/// One column's share of a line: a rule under (or over) its cell, or a piece of its text.
#[derive(Debug, Clone, PartialEq)]
enum Part {
    Rule,
    Text(String),
}

/// True when a line belongs to a drawn table: it starts (after spaces) with a box character.
fn is_table_line(line: &str) -> bool {
    line.trim_start_matches([' ', '\u{3000}', '\t'])
        .starts_with(is_box)
}

/// A line of a drawn table cut at its column borders: what lies before the first border and
/// after the last is dropped.
fn parts(line: &str) -> Vec<Part> {
    let mut out = Vec::new();
    let mut piece = String::new();
    let mut opened = false;
    for c in line.chars() {
        if is_box(c) && !is_horizontal(c) {
            if opened {
                out.push(part_of(&piece));
            }
            opened = true;
            piece.clear();
        } else {
            piece.push(c);
        }
    }
    // Text after the last border is a cell whose right border is missing.
    if opened && !piece.trim().is_empty() {
        out.push(part_of(&piece));
    }
    out
}

fn part_of(piece: &str) -> Part {
    let t = piece.trim_matches([' ', '\u{3000}']);
    if !t.is_empty() && t.chars().all(|c| is_horizontal(c) || c == ' ') {
        Part::Rule
    } else {
        Part::Text(unspaced(t))
    }
}

/// A cell's letter-spaced text (`工 作 任 务`, spaced out to fill a header cell) closed up;
/// other text is kept as it is.
fn unspaced(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
    let spaced = words.len() >= 2
        && words
            .iter()
            .all(|w| w.chars().count() == 1 && w.chars().all(super::encoding::is_cjk));
    if spaced {
        words.concat()
    } else {
        text.to_string()
    }
}

/// Marks that open a paragraph of their own in a cell (a list of measures, one a line).
const BULLETS: &[char] = &[
    '△', '▲', '●', '○', '■', '□', '◆', '◇', '★', '☆', '•', '·', '-',
];

/// A cell's pieces, one a line, as its text: wrapped lines joined up, a new paragraph (a new
/// line) where a piece opens with a bullet or a list number.
fn cell_text<'a>(pieces: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for piece in pieces.filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            let new_paragraph =
                piece.starts_with(BULLETS) || super::table::starts_with_list_number(piece);
            let words_meet = out.ends_with(|c: char| c.is_ascii_alphanumeric())
                && piece.starts_with(|c: char| c.is_ascii_alphanumeric());
            if new_paragraph {
                out.push('\n');
            } else if words_meet {
                out.push(' ');
            }
        }
        out.push_str(piece);
    }
    out
}

/// Rewrites every drawn table in `text` as rows of tab-separated cells; the other lines are
/// kept. A text with no box characters is returned as it is.
pub fn rewrite(text: String) -> String {
    // Box characters are U+2500–U+257F: their UTF-8 starts `E2 94` or `E2 95`.
    let bytes = text.as_bytes();
    let has_box = memchr::memmem::find(bytes, &[0xE2, 0x94]).is_some()
        || memchr::memmem::find(bytes, &[0xE2, 0x95]).is_some();
    if !has_box {
        return text;
    }
    let lines: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut groups = 0;
    let mut i = 0;
    while i < lines.len() {
        if !is_table_line(lines[i]) {
            out.push(lines[i].to_string());
            i += 1;
            continue;
        }
        let end = (i..lines.len())
            .find(|&k| !is_table_line(lines[k]))
            .unwrap_or(lines.len());
        let block: Vec<Vec<Part>> = lines[i..end].iter().map(|l| parts(l)).collect();
        match table_rows(&block, &mut groups) {
            Some(rows) => out.extend(rows),
            None => out.extend(lines[i..end].iter().map(|l| l.to_string())),
        }
        i = end;
    }
    let mut joined = out.join("\n");
    if text.ends_with('\n') {
        joined.push('\n');
    }
    joined
}

/// Most columns a drawn table is read with (as many as a markup table's); a wider block of
/// box characters is kept as text.
const MAX_COLUMNS: usize = 64;

/// Longest text (bytes) of a merged cell given to each row it spans: a longer one (a page laid
/// out in a box) goes to its first row only.
const MERGED_CHARS: usize = 600;

/// The rows of one drawn table, as lines; `None` for a block too wide to be a table.
/// `groups` counts the group headings of the text's drawn tables so far.
fn table_rows(block: &[Vec<Part>], groups: &mut u32) -> Option<Vec<String>> {
    // The table's width: the most borders a line has. A line with another count (a title
    // row across the table, a rule under it) stands apart from the grid.
    let width = block.iter().map(Vec::len).max().unwrap_or(0);
    if width > MAX_COLUMNS {
        return None;
    }
    let mut grid = Grid::default();
    let mut out = Vec::new();
    let mut start = 0;
    for (k, line) in block.iter().enumerate() {
        if line.len() == width {
            continue;
        }
        if k > start {
            out.extend(band_rows(&block[start..k], width, &mut grid, groups));
        }
        start = k + 1;
        let texts: Vec<Cell> = (line.iter())
            .filter_map(|p| match p {
                Part::Text(t) => Some(plain_cell(t.clone())),
                Part::Rule => None,
            })
            .collect();
        if texts.iter().any(|c| !c.text.is_empty()) {
            out.extend(grid.row(texts));
        }
    }
    if start < block.len() {
        out.extend(band_rows(&block[start..], width, &mut grid, groups));
    }
    Some(out)
}

/// True for a row's number in its own cell (`1`, `12.`).
fn is_row_number(cell: &str) -> bool {
    let n = cell.trim_end_matches(['.', '、', '．']);
    (1..=4).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
}

fn plain_cell(text: String) -> Cell {
    Cell {
        text,
        span: 1,
        merge: Merge::None,
    }
}

/// The rows of a run of lines that all have `width` columns. Each column's cells are the runs
/// of lines between its own rules; the column cut into the most cells (the tasks; the one
/// with the most text among equals) gives the rows, and a row takes from each other column the
/// cells its lines meet: a cell merged down over several rows (an agency for a group of tasks)
/// goes to each. A task cell holding a list of measures, one after a bullet each (`△…`), makes
/// a row of each, under a group heading made of the row above them. With no rule between its
/// rows, each line numbering a row starts one.
fn band_rows(lines: &[Vec<Part>], width: usize, grid: &mut Grid, groups: &mut u32) -> Vec<String> {
    let piece = |line: usize, col: usize| match lines[line].get(col) {
        Some(Part::Text(t)) => Some(t.as_str()),
        _ => None,
    };
    let text = |col: usize, (from, to): (usize, usize)| {
        cell_text((from..to).filter_map(|k| piece(k, col)))
    };
    let is_rule = |k: usize, col: usize| matches!(lines[k].get(col), Some(Part::Rule));
    // A table with no rules between its rows: a line numbering a row (`│2 │…`) after another
    // in the same first cell starts a row too.
    let mut numbered_before = false;
    let starts: Vec<bool> = (0..lines.len())
        .map(|k| {
            if is_rule(k, 0) {
                numbered_before = false;
            } else if piece(k, 0).is_some_and(is_row_number) {
                return std::mem::replace(&mut numbered_before, true);
            }
            false
        })
        .collect();
    // Each column's cells (first line, end line, text), in order: runs of lines between its
    // own rules and the rows' starts.
    let cells_of: Vec<Vec<(usize, usize, String)>> = (0..width)
        .map(|col| {
            let mut cells = Vec::new();
            let mut from = 0;
            for k in 0..=lines.len() {
                let start = starts.get(k).copied().unwrap_or(false);
                if k == lines.len() || is_rule(k, col) || start {
                    let t = text(col, (from, k));
                    if !t.is_empty() {
                        cells.push((from, k, t));
                    }
                    // A rule line holds no text of the column; a row's first line does.
                    from = if start { k } else { k + 1 };
                }
            }
            cells
        })
        .collect();
    let chars_of = |c: usize| cells_of[c].iter().map(|x| x.2.len()).sum::<usize>();
    let Some(key) = (0..width).max_by_key(|&c| (cells_of[c].len(), chars_of(c))) else {
        return Vec::new();
    };
    // Rows, each with whether it is one of a list of measures.
    let mut rows: Vec<(usize, usize, bool)> = Vec::new();
    for &(from, to, _) in &cells_of[key] {
        let bullets: Vec<usize> = (from..to)
            .filter(|&l| piece(l, key).is_some_and(|p| p.starts_with(BULLETS)))
            .collect();
        if bullets.is_empty() || bullets.len() < 2 && bullets[0] > from {
            rows.push((from, to, false));
            continue;
        }
        if bullets[0] > from && !text(key, (from, bullets[0])).is_empty() {
            rows.push((from, bullets[0], false));
        }
        let ends = bullets.iter().skip(1).copied().chain([to]);
        rows.extend(bullets.iter().zip(ends).map(|(&s, e)| (s, e, true)));
    }
    let mut out = Vec::new();
    // Per column, the first cell that may still meet a row (rows come in order).
    let mut first = vec![0usize; width];
    for (k, &(from, to, measure)) in rows.iter().enumerate() {
        let key_text = text(key, (from, to));
        // A row over a list of measures names their group: a heading one level under the
        // plan's own (`（一）…`). Not the table's first row, its header.
        if k > 0 && !measure && rows.get(k + 1).is_some_and(|r| r.2) {
            *groups += 1;
            let number = super::numfmt::chinese_counting(*groups);
            out.push(format!("（{number}）{key_text}"));
            continue;
        }
        let cells: Vec<Cell> = (0..width)
            .map(|col| {
                if col == key {
                    return plain_cell(key_text.trim_start_matches(BULLETS).to_string());
                }
                let cells = &cells_of[col];
                while cells.get(first[col]).is_some_and(|c| c.1 <= from) {
                    first[col] += 1;
                }
                let met: Vec<&str> = (cells.get(first[col]..).unwrap_or_default().iter())
                    .take_while(|c| c.0 < to)
                    .filter(|c| c.0 >= from || c.2.len() <= MERGED_CHARS)
                    .map(|c| c.2.as_str())
                    .collect();
                plain_cell(met.join("\n"))
            })
            .collect();
        out.extend(grid.row(cells));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_drawn_table_becomes_tab_separated_rows() {
        let text = "示例表\n┌──┬────────┬──────┐\n│序号│工作任务    │牵头单位│\n├──┼────────┼──────┤\n│1 │新建人行天桥│县住建局│\n│  │2座。       │        │\n├──┼────────┼──────┤\n│2 │建成服务中心│县残联  │\n└──┴────────┴──────┘\n完\n";
        assert_eq!(
            rewrite(text.to_string()),
            "示例表\n序号\t工作任务\t牵头单位\n1\t新建人行天桥2座。\t县住建局\n2\t建成服务中心\t县残联\n完\n"
        );
    }

    #[test]
    fn a_merged_cell_goes_to_each_row_it_spans() {
        // The agency column has no rule between the two rows.
        let text = "┌────┬──────┐\n│ 任 务 │责任单位│\n├────┼──────┤\n│甲任务│县甲局、│\n├────┤县乙局  │\n│乙任务│        │\n└────┴──────┘";
        assert_eq!(
            rewrite(text.to_string()),
            "任务\t责任单位\n甲任务\t县甲局、县乙局\n乙任务\t县甲局、县乙局"
        );
    }

    #[test]
    fn bullets_in_a_cell_stay_paragraphs_and_text_without_boxes_is_untouched() {
        assert_eq!(
            cell_text(["△调整结构，加大", "投入", "△加强监督"].into_iter()),
            "△调整结构，加大投入\n△加强监督"
        );
        let plain = "一、总体要求\n（一）任务 | 甲\n".to_string();
        assert_eq!(rewrite(plain.clone()), plain);
    }
}
