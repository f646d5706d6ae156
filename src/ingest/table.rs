//! Table rows of markup (.docx `w:tr`, HTML `<tr>`) → one line each, every cell in its column:
//! empty cells stay empty fields between tabs, a cell spanning columns (`w:gridSpan`, `colspan`)
//! is followed by empty fields for the columns it covers, and a cell merged down over several
//! rows (`w:vMerge`, `rowspan`) gives its text to each row it spans. A row with a single
//! filled cell (a section row across the table, or a page laid out in a table) is written as
//! that cell's paragraphs, one per line.

/// How a cell is merged with the cells below it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Merge {
    /// Not merged.
    #[default]
    None,
    /// `<w:vMerge w:val="restart"/>`: the first cell of a vertical merge.
    Restart,
    /// `<w:vMerge/>`: continues the merge started above in the same column.
    Continue,
    /// `rowspan="n"`: spans this row and the `n - 1` rows below.
    Rows(usize),
}

/// Most rows a `rowspan` is followed for (a page's `rowspan="99999"` is not a reason to loop).
const MAX_ROWSPAN: usize = 1000;

/// Most columns a row is laid out over (a `colspan` or `w:gridBefore` is clamped to it).
const MAX_COLUMNS: usize = 64;

/// One cell as read: its text (paragraphs on lines), columns spanned and vertical merge.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    /// The cell's text, one paragraph per line.
    pub text: String,
    /// Columns the cell covers (1 unless `gridSpan`/`colspan`).
    pub span: usize,
    /// Its vertical merge.
    pub merge: Merge,
}

/// The text of a cell merged down from a row above, in one column.
#[derive(Debug, Clone)]
struct Above {
    text: String,
    /// Rows still covered by an HTML `rowspan` (`None` for a Word merge, which lasts as long
    /// as the cells below say `continue`).
    rows_left: Option<usize>,
}

/// A table being read: what is merged down into the next rows, and its width so far.
#[derive(Debug, Default)]
pub struct Grid {
    above: Vec<Option<Above>>,
    width: usize,
}

/// Characters after which the next paragraph of a cell follows directly (the text already
/// ends a clause, or opens a bracket).
const CLAUSE_ENDS: &[char] = &[
    '。', '；', ';', '！', '？', '：', ':', '，', ',', '、', '（', '(', '“', '《',
];

/// Characters that may start a paragraph right after the previous one without a separator
/// (an opening bracket too, unless it opens a list number `（1）`).
const CLAUSE_CLOSERS: &[char] = &[
    '。', '；', ';', '，', ',', '、', '）', ')', '”', '》', '（', '(',
];

/// Digits and numerals of a bracketed list number (`（1）`, `(二)`).
const LIST_DIGITS: &str = "0123456789０１２３４５６７８９一二三四五六七八九十";

/// Circled numbers that start a list item (`①`).
const CIRCLED: &str = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/// True when `line` starts with a list number: `（1）`, `(二)`, `1.`, `2、`, `①`.
pub(super) fn starts_with_list_number(line: &str) -> bool {
    if line.starts_with(|c| CIRCLED.contains(c)) {
        return true;
    }
    let (rest, closers): (&str, &[char]) = match line.strip_prefix(['（', '(']) {
        Some(rest) => (rest, &['）', ')']),
        None => (line, &['.', '、', '．']),
    };
    let body = rest.trim_start_matches(|c| LIST_DIGITS.contains(c));
    let digits = rest
        .get(..rest.len() - body.len())
        .map_or(0, |d| d.chars().count());
    let bracketed = closers.contains(&'）');
    // A bare number needs an ASCII or full-width digit (`一、` in a cell is a heading).
    let numeric =
        bracketed || rest.starts_with(|c: char| c.is_ascii_digit() || ('０'..='９').contains(&c));
    numeric && (1..=3).contains(&digits) && body.starts_with(closers)
}

/// A cell's paragraphs as one field: where one paragraph ends without punctuation, a `；`
/// before a list number (`（1）`, `1.`, `①`) and a space before anything else (two agencies
/// on two lines, or a heading wrapped by hand), so the paragraphs never run together; tabs
/// inside the cell become spaces.
pub fn join_paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        let line = line.replace('\t', " ");
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let Some(last) = out.chars().next_back() else {
            out.push_str(line);
            continue;
        };
        if starts_with_list_number(line) {
            if !CLAUSE_ENDS.contains(&last) {
                out.push('；');
            }
        } else if !CLAUSE_ENDS.contains(&last) && !line.starts_with(CLAUSE_CLOSERS) {
            out.push(' ');
        }
        out.push_str(line);
    }
    out
}

/// A cell with more paragraphs or text than any task table's cell: a page's layout cell.
const LAYOUT_PARAGRAPHS: usize = 20;
const LAYOUT_CHARS: usize = 3000;

fn is_layout_cell(text: &str) -> bool {
    text.lines().filter(|l| !l.trim().is_empty()).count() >= LAYOUT_PARAGRAPHS
        || text.chars().count() >= LAYOUT_CHARS
}

/// A cell's paragraphs as lines. Only spaces are trimmed: the rows of a table inside the
/// cell keep their empty fields.
fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.trim_matches([' ', '\u{3000}']))
        .filter(|l| !l.trim().is_empty())
        .map(str::to_string)
        .collect()
}

impl Grid {
    /// Lays out one row's cells in the table's columns and returns the lines to write.
    pub fn row(&mut self, cells: Vec<Cell>) -> Vec<String> {
        let mut fields: Vec<String> = Vec::new();
        let mut cells = cells.into_iter();
        let mut col = 0usize;
        while col < MAX_COLUMNS {
            // A column still covered by an HTML rowspan from above takes its text.
            if let Some(text) = self.take_rowspan(col) {
                fields.push(text);
                col += 1;
                continue;
            }
            let Some(cell) = cells.next() else {
                break;
            };
            let span = cell.span.clamp(1, MAX_COLUMNS - col);
            // A cell not merged keeps its paragraphs on lines (a lone filled cell is written
            // as lines, see `Grid::finish_row`); a merged one is joined, as it is repeated.
            let text = match cell.merge {
                Merge::None => {
                    self.clear_above(col, span);
                    cell.text
                }
                Merge::Continue => match self.above.get(col).and_then(|a| a.as_ref()) {
                    Some(above) => above.text.clone(),
                    None => join_paragraphs(&cell.text),
                },
                Merge::Restart => {
                    let text = join_paragraphs(&cell.text);
                    self.set_above(col, span, &text, None);
                    text
                }
                Merge::Rows(n) if n > 1 => {
                    let text = join_paragraphs(&cell.text);
                    self.set_above(col, span, &text, Some(n.min(MAX_ROWSPAN) - 1));
                    text
                }
                Merge::Rows(_) => {
                    self.clear_above(col, span);
                    join_paragraphs(&cell.text)
                }
            };
            fields.push(text);
            fields.extend(std::iter::repeat_n(String::new(), span - 1));
            col += span;
        }
        self.finish_row(fields)
    }

    /// A row's fields as lines: one tab-separated line, or a lone cell's paragraphs, or for
    /// a page laid out in a table (a cell holding a whole article beside a menu) each filled
    /// cell's paragraphs in turn.
    fn finish_row(&mut self, mut fields: Vec<String>) -> Vec<String> {
        let filled: Vec<usize> = (0..fields.len())
            .filter(|&i| fields.get(i).is_some_and(|f| !f.trim().is_empty()))
            .collect();
        if filled.is_empty() {
            return Vec::new();
        }
        if fields.iter().any(|f| is_layout_cell(f)) {
            return fields.iter().flat_map(|f| paragraphs(f)).collect();
        }
        self.width = self.width.max(fields.len());
        if let [only] = filled.as_slice() {
            return paragraphs(&fields.swap_remove(*only));
        }
        fields.resize(self.width, String::new());
        let line: Vec<String> = fields.iter().map(|f| join_paragraphs(f)).collect();
        vec![line.join("\t")]
    }

    fn take_rowspan(&mut self, col: usize) -> Option<String> {
        let slot = self.above.get_mut(col)?;
        let above = slot.as_mut()?;
        let left = above.rows_left.as_mut()?;
        if *left == 0 {
            *slot = None;
            return None;
        }
        *left -= 1;
        Some(above.text.clone())
    }

    fn set_above(&mut self, col: usize, span: usize, text: &str, rows_left: Option<usize>) {
        if self.above.len() < col + span {
            self.above.resize(col + span, None);
        }
        for slot in self.above.iter_mut().skip(col).take(span) {
            *slot = Some(Above {
                text: text.to_string(),
                rows_left,
            });
        }
    }

    fn clear_above(&mut self, col: usize, span: usize) {
        for slot in self.above.iter_mut().skip(col).take(span) {
            *slot = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(text: &str) -> Cell {
        Cell {
            text: text.to_string(),
            span: 1,
            merge: Merge::None,
        }
    }

    fn merged(text: &str, merge: Merge) -> Cell {
        Cell {
            merge,
            ..cell(text)
        }
    }

    #[test]
    fn empty_cells_keep_their_place() {
        let mut g = Grid::default();
        assert_eq!(
            g.row(vec![
                cell("序号"),
                cell("任务"),
                cell("牵头单位"),
                cell("责任单位")
            ]),
            ["序号\t任务\t牵头单位\t责任单位"]
        );
        assert_eq!(
            g.row(vec![cell("1"), cell("甲任务"), cell(""), cell("县乙局")]),
            ["1\t甲任务\t\t县乙局"]
        );
        // A short row is padded to the table's width.
        assert_eq!(g.row(vec![cell("2"), cell("乙任务")]), ["2\t乙任务\t\t"]);
    }

    #[test]
    fn word_vertical_merge_fills_each_row() {
        let mut g = Grid::default();
        let rows = [
            vec![cell("1"), cell("甲"), merged("县甲局", Merge::Restart)],
            vec![cell("2"), cell("乙"), merged("", Merge::Continue)],
            vec![cell("3"), cell("丙"), cell("县丙局")],
            vec![cell("4"), cell("丁"), merged("", Merge::Continue)],
        ];
        let got: Vec<Vec<String>> = rows.into_iter().map(|r| g.row(r)).collect();
        assert_eq!(
            got,
            [
                ["1\t甲\t县甲局"],
                ["2\t乙\t县甲局"],
                ["3\t丙\t县丙局"],
                // A continuation with no merge above stays empty.
                ["4\t丁\t"],
            ]
        );
    }

    #[test]
    fn html_rowspan_takes_its_columns_in_the_rows_below() {
        let mut g = Grid::default();
        let rows = [
            vec![merged("一、甲类", Merge::Rows(2)), cell("1"), cell("甲")],
            vec![cell("2"), cell("乙")],
            vec![cell("二、乙类"), cell("3"), cell("丙")],
        ];
        let got: Vec<Vec<String>> = rows.into_iter().map(|r| g.row(r)).collect();
        assert_eq!(
            got,
            [
                ["一、甲类\t1\t甲"],
                ["一、甲类\t2\t乙"],
                ["二、乙类\t3\t丙"]
            ]
        );
    }

    #[test]
    fn spans_keep_later_cells_in_their_columns() {
        let mut g = Grid::default();
        let wide = Cell {
            span: 2,
            ..cell("任务")
        };
        assert_eq!(
            g.row(vec![cell("序号"), wide, cell("牵头单位")]),
            ["序号\t任务\t\t牵头单位"]
        );
    }

    #[test]
    fn a_lone_cell_row_is_its_paragraphs() {
        let mut g = Grid::default();
        let section = Cell {
            span: 4,
            ..cell("一、优化环境\n")
        };
        assert_eq!(g.row(vec![section]), ["一、优化环境"]);
        assert_eq!(
            g.row(vec![cell("标题\n一、总则"), cell("")]),
            ["标题", "一、总则"]
        );
        assert!(g.row(vec![cell(""), cell(" ")]).is_empty());
    }

    #[test]
    fn a_layout_row_is_each_cells_paragraphs() {
        let mut g = Grid::default();
        let article: String = (1..=LAYOUT_PARAGRAPHS)
            .map(|k| format!("（{k}）第{k}段\n"))
            .collect();
        let got = g.row(vec![cell("首页\n通知公告"), cell(&article)]);
        assert_eq!(got.len(), 2 + LAYOUT_PARAGRAPHS);
        assert_eq!(got[..3], ["首页", "通知公告", "（1）第1段"]);
        let long = "甲".repeat(LAYOUT_CHARS);
        assert_eq!(g.row(vec![cell("乙"), cell(&long)]), ["乙", long.as_str()]);
        // An ordinary task row stays one line.
        let task = "推进改革\n".repeat(LAYOUT_PARAGRAPHS - 1);
        assert_eq!(g.row(vec![cell("1"), cell(&task)]).len(), 1);
    }

    #[test]
    fn paragraphs_of_a_cell_are_joined_readably() {
        assert_eq!(
            join_paragraphs("推进改革\n（1）压减时限\n（2）推行网办"),
            "推进改革；（1）压减时限；（2）推行网办"
        );
        assert_eq!(
            join_paragraphs("甲\n1.乙\n2、丙\n①丁"),
            "甲；1.乙；2、丙；①丁"
        );
        assert_eq!(join_paragraphs("县甲局\n县乙局"), "县甲局 县乙局");
        assert_eq!(join_paragraphs("一、加强源头\n治理"), "一、加强源头 治理");
        assert_eq!(
            join_paragraphs("建立制度。\n牵头单位：县甲局"),
            "建立制度。牵头单位：县甲局"
        );
        assert_eq!(join_paragraphs("甲\t乙\n\n（县丙局）"), "甲 乙（县丙局）");
        assert_eq!(
            join_paragraphs("甲\n(二)乙\n（十）丙"),
            "甲；(二)乙；（十）丙"
        );
        assert_eq!(
            join_paragraphs("甲\n（２）乙\n（2025）年"),
            "甲；（２）乙（2025）年"
        );
        assert_eq!(join_paragraphs("甲\n2025年\n一、乙"), "甲 2025年 一、乙");
        for c in CLAUSE_ENDS {
            assert_eq!(join_paragraphs(&format!("甲{c}\n乙")), format!("甲{c}乙"));
            assert_eq!(
                join_paragraphs(&format!("甲{c}\n（1）乙")),
                format!("甲{c}（1）乙")
            );
        }
        for c in CLAUSE_CLOSERS {
            assert!(!starts_with_list_number(&format!("{c}乙")));
            assert_eq!(join_paragraphs(&format!("甲\n{c}乙")), format!("甲{c}乙"));
        }
        for c in CIRCLED.chars() {
            assert!(starts_with_list_number(&format!("{c}乙")));
        }
    }

    #[test]
    fn huge_spans_are_clamped() {
        let mut g = Grid::default();
        let wide = Cell {
            span: usize::MAX,
            ..cell("甲")
        };
        let got = g.row(vec![wide, cell("乙")]);
        assert_eq!(got, ["甲"]);
        let tall = merged("丙", Merge::Rows(usize::MAX));
        assert_eq!(g.row(vec![tall, cell("丁")]).len(), 1);
    }
}
