//! Plain-text output shared by the formats: line-ending and control-character clean-up, and a
//! writer that turns block and cell boundaries of markup into line breaks and tabs.

use super::encoding::is_cjk;
use super::table::{Cell, Grid, Merge};

/// Normalises line endings (CRLF, CR, U+2028/9, form and vertical feeds → LF) and drops NUL and
/// other control characters and stray BOMs, keeping `\n` and `\t`.
///
/// Full-width characters, blank lines and indentation are kept: the outline stage reads them.
///
/// ```
/// assert_eq!(plandiff::ingest::text::clean("一、\r\n（一）\0任务\r"), "一、\n（一）任务\n");
/// ```
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // Runs of ordinary characters are copied whole; only the few special ones are looked at.
    // A special character starts with a control byte or one of the lead bytes `\xC2` (the C1
    // controls), `\xE2` (U+2028, U+2029) and `\xEF` (U+FEFF): the other bytes are passed
    // without decoding, eight at a time. `\xEF` (`，`, `（`) is looked at only in a text that
    // holds a U+FEFF.
    const fn leads(with_ef: bool) -> [bool; 256] {
        let mut t = [false; 256];
        let mut b = 0;
        while b < 256 {
            t[b] = b < 0x20 || matches!(b, 0x7f | 0xc2 | 0xe2) || (with_ef && b == 0xef);
            b += 1;
        }
        t
    }
    const LEADS: [bool; 256] = leads(false);
    const LEADS_EF: [bool; 256] = leads(true);
    let leads = if text.contains('\u{FEFF}') {
        &LEADS_EF
    } else {
        &LEADS
    };
    let bytes = text.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while let Some(at) = crate::chars::next_marked(bytes, i, leads) {
        i = at;
        let Some(c) = text.get(i..).and_then(|r| r.chars().next()) else {
            i += 1;
            continue;
        };
        let ordinary = !c.is_control() && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}');
        if ordinary {
            i += c.len_utf8();
            continue;
        }
        out.push_str(text.get(run..i).unwrap_or_default());
        run = i + c.len_utf8();
        i = run;
        match c {
            '\r' => {
                if bytes.get(i) == Some(&b'\n') {
                    run += 1;
                    i += 1;
                }
                out.push('\n');
            }
            '\n' | '\u{0B}' | '\u{0C}' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            '\t' => out.push('\t'),
            _ => {}
        }
    }
    out.push_str(text.get(run..).unwrap_or_default());
    out
}

/// What separates the text written so far from the next text, decided lazily so that nested
/// blocks (`<td><p>…</p></td>`) give one separator, not one per tag. Stronger ones win.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
enum Pending {
    #[default]
    None,
    /// Collapsed white space: a space, unless it falls between two CJK characters.
    Space,
    /// A block ended: a line break.
    Line,
}

/// A table being written: its grid, the row's cells read so far, and the cell being written
/// with the text it interrupted (the document's, or the enclosing cell's).
#[derive(Debug, Default)]
struct Table {
    grid: Grid,
    row: Vec<Cell>,
    cell: Option<(Cell, String, Pending)>,
}

/// Collects text from markup: runs join as they come, blocks end lines, and a table row reads
/// as one line with its cells between tabs, each in its column (see [`super::table`]). A
/// table inside a cell is written into that cell's text, row by row.
#[derive(Debug, Default)]
pub struct LineWriter {
    text: String,
    pending: Pending,
    /// A list label was just written: the item's first block starts on the label's line.
    after_label: bool,
    /// The tables open, innermost last.
    tables: Vec<Table>,
}

impl LineWriter {
    /// An empty writer.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends text as it reads (no separator of its own).
    pub fn push_str(&mut self, s: &str) {
        let Some(first) = s.chars().next() else {
            return;
        };
        self.flush(first);
        self.text.push_str(s);
        self.after_label = false;
    }

    /// Appends a list item's number (`1.`); a block starting right after stays on its line.
    pub fn push_label(&mut self, label: &str) {
        self.push_str(label);
        self.after_label = !label.is_empty();
    }

    /// A hard line break (`<br>`, `w:br`): a new line, even an empty one; in a cell, a new
    /// paragraph of the cell.
    pub fn line_break(&mut self) {
        if self.in_cell() {
            self.want(Pending::Line);
            return;
        }
        if self.pending == Pending::Space {
            self.pending = Pending::None;
        }
        self.flush('\n');
        self.text.push('\n');
    }

    /// The end of a block (`</p>`, `</div>`): the next text starts on a new line.
    pub fn end_block(&mut self) {
        self.want(Pending::Line);
    }

    /// The start of a block (`<p>`, `w:p`): like its end.
    pub fn start_block(&mut self) {
        self.want(Pending::Line);
    }

    /// Collapsible white space between inline runs; dropped at the start or end of a line and
    /// between two CJK characters (where it is an artefact of line-wrapped markup).
    pub fn push_space(&mut self) {
        self.want(Pending::Space);
    }

    /// A table starts (`<table>`, `w:tbl`).
    pub fn start_table(&mut self) {
        self.tables.push(Table::default());
    }

    /// A table ends: its last row is written.
    pub fn end_table(&mut self) {
        self.end_row();
        self.tables.pop();
    }

    /// A table cell starts (a cell outside any table starts one).
    pub fn enter_cell(&mut self) {
        if self.in_cell() {
            self.end_cell();
        }
        let text = std::mem::take(&mut self.text);
        let pending = std::mem::take(&mut self.pending);
        self.after_label = false;
        let cell = Cell {
            span: 1,
            ..Cell::default()
        };
        match self.tables.last_mut() {
            Some(t) => t.cell = Some((cell, text, pending)),
            None => self.tables.push(Table {
                cell: Some((cell, text, pending)),
                ..Table::default()
            }),
        }
    }

    /// The columns the current cell spans and how it merges with the cells below.
    pub fn set_cell(&mut self, span: Option<usize>, merge: Option<Merge>) {
        let Some((cell, _, _)) = self.tables.last_mut().and_then(|t| t.cell.as_mut()) else {
            return;
        };
        if let Some(span) = span {
            cell.span = span.max(1);
        }
        if let Some(merge) = merge {
            cell.merge = merge;
        }
    }

    /// The current row starts `n` columns in (Word's `w:gridBefore`): that many empty cells.
    pub fn skip_columns(&mut self, n: usize) {
        if let Some(t) = self.tables.last_mut() {
            // Clamped to the table's width when the row is laid out.
            t.row.push(Cell {
                span: n,
                ..Cell::default()
            });
        }
    }

    /// A table cell ends: it takes its column in the row.
    pub fn end_cell(&mut self) {
        let Some(table) = self.tables.last_mut() else {
            return;
        };
        let Some((mut cell, text, pending)) = table.cell.take() else {
            return;
        };
        cell.text = std::mem::replace(&mut self.text, text);
        self.pending = pending;
        table.row.push(cell);
    }

    /// True while inside a cell of the innermost open table.
    pub fn in_cell(&self) -> bool {
        self.tables.last().is_some_and(|t| t.cell.is_some())
    }

    /// A table row ends (whatever cell was left unclosed): the row is written as a line.
    pub fn end_row(&mut self) {
        self.end_cell();
        let Some(table) = self.tables.last_mut() else {
            return;
        };
        if table.row.is_empty() {
            return;
        }
        let row = std::mem::take(&mut table.row);
        for line in table.grid.row(row) {
            self.want(Pending::Line);
            self.push_str(&line);
        }
        self.want(Pending::Line);
    }

    /// Length in bytes of the text written so far.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// True when nothing was written.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty() && self.tables.is_empty()
    }

    /// The text, ending with one line break when it has any text.
    pub fn finish(mut self) -> String {
        while !self.tables.is_empty() {
            self.end_table();
        }
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
        self.text
    }

    fn want(&mut self, sep: Pending) {
        if self.text.is_empty() || self.text.ends_with('\n') || self.after_label {
            return;
        }
        self.pending = self.pending.max(sep);
    }

    fn flush(&mut self, next: char) {
        match std::mem::take(&mut self.pending) {
            Pending::Line => self.text.push('\n'),
            Pending::Space => {
                let between_cjk = self.text.chars().next_back().is_some_and(is_cjk) && is_cjk(next);
                if !between_cjk {
                    self.text.push(' ');
                }
            }
            Pending::None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn clean_reads_every_char_as_the_chars_themselves_say() {
        // The byte scan against the reading char by char, each char at the start, across the
        // first eight bytes and after them.
        for c in (0..0x11_0000).filter_map(char::from_u32) {
            let text = format!("{c}示例{c}市\r\n{c}\r{c}");
            assert_eq!(clean(&text), clean_by_char(&text), "U+{:04X}", c as u32);
        }
    }

    /// `clean` written the plain way, one character at a time.
    fn clean_by_char(text: &str) -> String {
        let mut out = String::new();
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            match c {
                '\r' => {
                    chars.next_if_eq(&'\n');
                    out.push('\n');
                }
                '\n' | '\u{0B}' | '\u{0C}' | '\u{2028}' | '\u{2029}' => out.push('\n'),
                '\t' => out.push('\t'),
                '\u{FEFF}' => {}
                c if c.is_control() => {}
                c => out.push(c),
            }
        }
        out
    }

    proptest! {
        #[test]
        fn clean_copies_runs_as_the_plain_way_would(
            text in proptest::collection::vec(
                prop_oneof![
                    Just('\r'), Just('\n'), Just('\t'), Just('\0'), Just('\u{FEFF}'),
                    Just('\u{2028}'), Just('\u{85}'), Just('市'), Just('，'), Just('a'),
                ],
                0..40,
            ).prop_map(|v| v.into_iter().collect::<String>())
        ) {
            prop_assert_eq!(clean(&text), clean_by_char(&text));
        }
    }

    #[test]
    fn clean_normalises_line_endings() {
        assert_eq!(clean("甲\r\n乙\r丙\n丁"), "甲\n乙\n丙\n丁");
        assert_eq!(clean("甲\u{2028}乙\u{0C}丙"), "甲\n乙\n丙");
    }

    #[test]
    fn clean_drops_controls_but_keeps_tabs_and_full_width() {
        assert_eq!(
            clean("\u{FEFF}（一）\u{0}\u{7}任务\t１００％\u{85}"),
            "（一）任务\t１００％"
        );
    }

    #[test]
    fn nested_blocks_give_one_break() {
        let mut w = LineWriter::new();
        w.end_block();
        w.push_str("标题");
        w.end_block();
        w.end_block();
        w.push_str("正文");
        assert_eq!(w.finish(), "标题\n正文\n");
    }

    #[test]
    fn a_row_is_one_line_even_with_blocks_in_its_cells() {
        let mut w = LineWriter::new();
        w.push_str("表前");
        w.end_block();
        w.start_table();
        for row in [["1", "任务甲", "", "年底前"], ["2", "任务乙", "县乙局", ""]] {
            for cell in row {
                w.enter_cell();
                w.start_block();
                w.push_str(cell);
                w.end_block();
                if cell.starts_with("任务") {
                    w.start_block();
                    w.push_str("（1）细则");
                    w.end_block();
                }
                w.end_cell();
            }
            w.end_row();
        }
        w.end_table();
        w.push_str("表后");
        assert_eq!(
            w.finish(),
            "表前\n1\t任务甲；（1）细则\t\t年底前\n2\t任务乙；（1）细则\t县乙局\t\n表后\n"
        );
    }

    /// Writes a whole table of one-run cells.
    fn table(w: &mut LineWriter, rows: &[&[&str]]) {
        w.start_table();
        for row in rows {
            for cell in *row {
                w.enter_cell();
                w.push_str(cell);
                w.end_cell();
            }
            w.end_row();
        }
        w.end_table();
    }

    #[test]
    fn a_table_in_a_cell_is_that_cells_text() {
        let mut w = LineWriter::new();
        w.start_table();
        w.enter_cell();
        w.push_str("1");
        w.end_cell();
        w.enter_cell();
        table(&mut w, &[&["甲", "乙"], &["丙", "丁"]]);
        w.end_cell();
        w.enter_cell();
        w.push_str("县甲局");
        w.end_cell();
        w.end_row();
        w.end_table();
        assert_eq!(w.finish(), "1\t甲 乙 丙 丁\t县甲局\n");
    }

    #[test]
    fn a_page_laid_out_in_a_table_keeps_the_rows_of_the_table_inside() {
        let mut w = LineWriter::new();
        w.start_table();
        w.enter_cell();
        w.start_block();
        w.push_str("一、总体要求");
        w.end_block();
        table(&mut w, &[&["序号", "任务", "牵头单位"], &["1", "甲", ""]]);
        w.start_block();
        w.push_str("表后");
        w.end_cell();
        w.enter_cell();
        w.end_cell();
        w.end_row();
        w.end_table();
        assert_eq!(
            w.finish(),
            "一、总体要求\n序号\t任务\t牵头单位\n1\t甲\t\n表后\n"
        );
    }

    #[test]
    fn spaces_vanish_between_cjk_and_stay_elsewhere() {
        let mut w = LineWriter::new();
        for part in [
            "公开率达",
            "100%，",
            "批复后",
            "20",
            "日内",
            "（Word",
            "版）",
        ] {
            w.push_str(part);
            w.push_space();
        }
        assert_eq!(w.finish(), "公开率达 100%，批复后 20 日内（Word 版）\n");
    }

    #[test]
    fn hard_breaks_keep_empty_lines_outside_cells_and_split_paragraphs_in_them() {
        let mut w = LineWriter::new();
        w.push_str("甲");
        w.push_space();
        w.line_break();
        w.line_break();
        w.push_str("乙");
        w.enter_cell();
        w.push_str("丙");
        w.line_break();
        w.push_str("丁");
        w.end_cell();
        w.enter_cell();
        w.push_str("县甲局");
        assert_eq!(w.finish(), "甲\n\n乙\n丙 丁\t县甲局\n");
    }
}
