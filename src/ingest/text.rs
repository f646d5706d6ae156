//! Plain-text output shared by the formats: line-ending and control-character clean-up, and a
//! writer that turns block and cell boundaries of markup into line breaks and tabs.

use super::encoding::is_cjk;

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
    let mut run = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let ordinary = !c.is_control() && !matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}');
        if ordinary {
            continue;
        }
        out.push_str(text.get(run..i).unwrap_or_default());
        run = i + c.len_utf8();
        match c {
            '\r' => {
                if chars.next_if(|&(_, n)| n == '\n').is_some() {
                    run += 1;
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
    /// A cell ended: a tab.
    Tab,
    /// A block ended: a line break.
    Line,
}

/// Collects text from markup: runs join as they come, blocks end lines, table cells end in tabs
/// so that a table row reads as one line (blocks inside a cell only give a space).
#[derive(Debug, Default)]
pub struct LineWriter {
    text: String,
    pending: Pending,
    cells: usize,
    /// A list label was just written: the item's first block starts on the label's line.
    after_label: bool,
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

    /// A hard line break (`<br>`, `w:br`): a new line, even an empty one; a space in a cell.
    pub fn line_break(&mut self) {
        if self.cells > 0 {
            self.want(Pending::Space);
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
        self.want(if self.cells > 0 {
            Pending::Space
        } else {
            Pending::Line
        });
    }

    /// The start of a block (`<p>`, `w:p`): like its end, but a pending tab stays a tab.
    pub fn start_block(&mut self) {
        if self.cells > 0 || self.pending == Pending::Tab {
            self.want(Pending::Space);
        } else {
            self.want(Pending::Line);
        }
    }

    /// Collapsible white space between inline runs; dropped at the start or end of a line and
    /// between two CJK characters (where it is an artefact of line-wrapped markup).
    pub fn push_space(&mut self) {
        self.want(Pending::Space);
    }

    /// A table cell starts.
    pub fn enter_cell(&mut self) {
        self.cells += 1;
    }

    /// A table cell ends: the next cell's text follows after a tab.
    pub fn end_cell(&mut self) {
        self.cells = self.cells.saturating_sub(1);
        self.want(if self.cells > 0 {
            Pending::Space
        } else {
            Pending::Tab
        });
    }

    /// True while inside a table cell.
    pub fn in_cell(&self) -> bool {
        self.cells > 0
    }

    /// Leaves every open cell (a row or table ended, whatever cells were left unclosed).
    pub fn leave_cells(&mut self) {
        self.cells = 0;
    }

    /// Length in bytes of the text written so far.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// True when nothing was written.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// The text, ending with one line break when it has any text.
    pub fn finish(mut self) -> String {
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
            Pending::Tab => self.text.push('\t'),
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
        for row in [["1", "任务甲", "完成时限"], ["2", "任务乙", "年底前"]] {
            for cell in row {
                w.enter_cell();
                w.start_block();
                w.push_str(cell);
                w.end_block();
                w.start_block();
                w.push_str("附");
                w.end_block();
                w.end_cell();
            }
            w.end_block();
        }
        assert_eq!(
            w.finish(),
            "1 附\t任务甲附\t完成时限附\n2 附\t任务乙附\t年底前附\n"
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
    fn hard_breaks_keep_empty_lines_outside_cells() {
        let mut w = LineWriter::new();
        w.push_str("甲");
        w.push_space();
        w.line_break();
        w.line_break();
        w.push_str("乙");
        w.enter_cell();
        w.line_break();
        w.push_str("丙");
        assert_eq!(w.finish(), "甲\n\n乙丙\n");
    }
}
