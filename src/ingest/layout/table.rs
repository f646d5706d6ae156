//! A table on a page (a 分工表) → one line per row, cells between tabs, each cell's wrapped
//! lines joined, as ingest writes the tables of .docx and .html files.
//!
//! ```text
//! 序号 │ 工作任务           │ 牵头单位   │ 完成时限            1\t完善目录管理，目录公开率
//!  1   │ 完善目录管理，目录 │ 示例市政府 │ 2026年6月   ──►       达到100%\t示例市政府办公室\t
//!      │ 公开率达到100%     │ 办公室     │ 底前                  2026年6月底前
//! ```
//!
//! A table starts at a header row: a line of three or more short pieces (`序号`, `牵头单位`), with
//! a row of two pieces or more soon below. Its pieces fix the columns: a column begins after
//! the end of the header text to its left (headers are centred or left-aligned inside their
//! cells, body text starts at a cell's left edge). A line belongs to the table while its pieces
//! fit the columns; a row starts with a piece in the first column (序号), a numbered group row
//! across the table (`一、推进决策公开`), or a wider gap above than between a cell's lines. A
//! paragraph running across the columns ends the table.

use super::{starts_item, wraps_at_a_space, Line, Piece};

/// Most characters in a header cell (`完成时限`, `责任单位（配合单位）`).
const HEADER_CHARS: usize = 12;
/// How many lines below a header the first row with two pieces may come (a group row between).
const FIRST_ROW_WITHIN: usize = 3;
/// A gap between baselines this many times the closest one in the table starts a row.
const ROW_GAP: f32 = 1.4;

/// The page's lines with each table's rows rebuilt; other lines as they were.
pub fn rebuild(lines: Vec<Line>) -> Vec<Line> {
    let mut out = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        if is_header(&lines, i) {
            let (rows, next) = table(&lines, i);
            out.extend(rows);
            i = next;
        } else {
            out.push(lines[i].clone());
            i += 1;
        }
    }
    out
}

/// Whether line `i` is a table's header row.
fn is_header(lines: &[Line], i: usize) -> bool {
    let pieces = &lines[i].pieces;
    pieces.len() >= 3
        && pieces
            .iter()
            .all(|p| p.text.chars().count() <= HEADER_CHARS && !p.text.contains('。'))
        && lines[i + 1..]
            .iter()
            .take(FIRST_ROW_WITHIN)
            .any(|l| l.pieces.len() >= 2)
}

/// The columns of a table under `header`: where each begins, and the leftmost text seen in it.
struct Columns {
    /// A piece starting at or after `starts[j]` (and before `starts[j + 1]`) is in column `j`.
    starts: Vec<f32>,
    /// The leftmost piece seen in each column: a wrapped cell's line ends before the next
    /// column's.
    lefts: Vec<f32>,
}

impl Columns {
    fn new(header: &Line) -> Self {
        let mut starts = vec![f32::MIN];
        starts.extend(header.pieces.iter().map(|p| p.end + 0.5));
        starts.pop();
        Columns {
            starts,
            lefts: header.pieces.iter().map(|p| p.x).collect(),
        }
    }

    /// The column of a piece.
    fn of(&self, piece: &Piece) -> usize {
        self.starts.iter().rposition(|s| *s <= piece.x).unwrap_or(0)
    }

    /// Whether a piece in column `j` stays inside it.
    fn fits(&self, j: usize, piece: &Piece) -> bool {
        self.lefts.get(j + 1).is_none_or(|next| piece.end <= *next)
    }

    fn see(&mut self, j: usize, piece: &Piece) {
        if let Some(left) = self.lefts.get_mut(j) {
            *left = left.min(piece.x);
        }
    }
}

/// A row being rebuilt.
struct Row {
    cells: Vec<String>,
    /// A group row (one text across the table), kept as a line of its own.
    group: bool,
    left: f32,
    right: f32,
    y: f32,
    size: f32,
}

impl Row {
    fn new(line: &Line, columns: usize, group: bool) -> Self {
        Row {
            cells: vec![String::new(); if group { 1 } else { columns }],
            group,
            left: line.left,
            right: line.right,
            y: line.y,
            size: line.size,
        }
    }

    /// Adds a line's piece to cell `j`: a wrapped cell's next line joins without a break.
    fn add(&mut self, j: usize, piece: &Piece) {
        let last = self.cells.len() - 1;
        let cell = &mut self.cells[j.min(last)];
        if wraps_at_a_space(cell, &piece.text) {
            cell.push(' ');
        }
        cell.push_str(&piece.text);
    }

    fn extend(&mut self, line: &Line) {
        self.left = self.left.min(line.left);
        self.right = self.right.max(line.right);
        self.size = self.size.max(line.size);
    }

    fn into_line(self) -> Line {
        Line {
            text: self.cells.join("\t"),
            left: self.left,
            right: self.right,
            y: self.y,
            size: self.size,
            pieces: Vec::new(),
        }
    }
}

/// The table whose header is line `start`: its rows as lines, and the index of the first line
/// after it.
fn table(lines: &[Line], start: usize) -> (Vec<Line>, usize) {
    let mut columns = Columns::new(&lines[start]);
    let width = columns.starts.len();
    let mut rows: Vec<Row> = Vec::new();
    let mut closest = f32::MAX;
    let mut previous_y = f32::NAN;
    let mut end = start;
    for (i, line) in lines.iter().enumerate().skip(start) {
        let placed: Vec<(usize, &Piece)> = line.pieces.iter().map(|p| (columns.of(p), p)).collect();
        let group = placed.len() == 1 && placed[0].0 == 0 && starts_item(&line.text);
        let member = i == start
            || group
            || (placed.len() >= 2 && placed.iter().all(|(j, p)| columns.fits(*j, p)))
            || (placed.len() == 1 && placed[0].0 > 0 && columns.fits(placed[0].0, placed[0].1));
        if !member {
            break;
        }
        let gap = previous_y - line.y;
        let new_row = rows.last().is_none_or(|r| r.group)
            || group
            || placed.iter().any(|(j, _)| *j == 0)
            || gap > ROW_GAP * closest;
        if gap > 0.0 && !new_row {
            closest = closest.min(gap);
        }
        if new_row {
            rows.push(Row::new(line, width, group));
        } else if let Some(row) = rows.last_mut() {
            row.extend(line);
        }
        if let Some(row) = rows.last_mut() {
            for (j, piece) in &placed {
                columns.see(*j, piece);
                row.add(if group { 0 } else { *j }, piece);
            }
        }
        previous_y = line.y;
        end = i + 1;
    }
    (rows.into_iter().map(Row::into_line).collect(), end)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A line of pieces at `y`: (x, text), each character 10 pt wide.
    fn line(y: f32, pieces: &[(f32, &str)]) -> Line {
        let pieces: Vec<Piece> = pieces
            .iter()
            .map(|(x, t)| Piece {
                x: *x,
                end: x + 10.0 * t.chars().count() as f32,
                text: t.to_string(),
            })
            .collect();
        Line {
            text: pieces
                .iter()
                .map(|p| p.text.as_str())
                .collect::<Vec<_>>()
                .join("\t"),
            left: pieces[0].x,
            right: pieces.last().map_or(0.0, |p| p.end),
            y,
            size: 10.0,
            pieces,
        }
    }

    #[test]
    fn wrapped_cells_join_per_cell_and_rows_start_at_a_number() {
        let lines = vec![
            line(720.0, &[(72.0, "标题")]),
            // Centred headers over columns at 72, 110, 290, 380.
            line(
                700.0,
                &[
                    (80.0, "序号"),
                    (180.0, "工作任务"),
                    (315.0, "牵头单位"),
                    (400.0, "完成时限"),
                ],
            ),
            line(680.0, &[(76.0, "一、推进决策公开")]),
            line(
                660.0,
                &[
                    (88.0, "1"),
                    (114.0, "完善目录管理，目录公"),
                    (294.0, "示例市政府"),
                    (384.0, "2026年6月"),
                ],
            ),
            line(
                646.0,
                &[(114.0, "开率达到100%"), (294.0, "办公室"), (384.0, "底前")],
            ),
            line(
                626.0,
                &[(88.0, "2"), (114.0, "开展培训"), (384.0, "长期坚持")],
            ),
            line(
                600.0,
                &[(96.0, "各单位要于每季度末向示例市政府办公室报送工作进展。")],
            ),
        ];
        let texts: Vec<String> = rebuild(lines).into_iter().map(|l| l.text).collect();
        assert_eq!(
            texts,
            [
                "标题",
                "序号\t工作任务\t牵头单位\t完成时限",
                "一、推进决策公开",
                "1\t完善目录管理，目录公开率达到100%\t示例市政府办公室\t2026年6月底前",
                "2\t开展培训\t\t长期坚持",
                "各单位要于每季度末向示例市政府办公室报送工作进展。",
            ]
        );
    }

    #[test]
    fn lines_of_short_pieces_without_rows_below_are_not_a_table() {
        let lines = vec![
            line(700.0, &[(72.0, "甲"), (200.0, "乙"), (300.0, "丙")]),
            line(680.0, &[(72.0, "一、总体要求")]),
            line(660.0, &[(72.0, "二、工作任务")]),
            line(640.0, &[(72.0, "三、保障措施")]),
        ];
        let texts: Vec<String> = rebuild(lines.clone()).into_iter().map(|l| l.text).collect();
        let before: Vec<String> = lines.into_iter().map(|l| l.text).collect();
        assert_eq!(texts, before);
    }
}
