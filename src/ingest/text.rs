//! Plain-text output shared by the formats: line-ending and control-character clean-up, and a
//! writer that turns block and cell boundaries of markup into line breaks and tabs.

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
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
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

/// What separates the text written so far from the next text, decided lazily so that nested
/// blocks (`<td><p>…</p></td>`) give one separator, not one per closing tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
enum Pending {
    #[default]
    None,
    /// A cell ended: a tab, unless a line ends first.
    Tab,
    /// A block ended: a line break.
    Line,
}

/// Collects text from markup: runs join as they come, blocks end lines, table cells end in tabs.
#[derive(Debug, Default)]
pub struct LineWriter {
    text: String,
    pending: Pending,
}

impl LineWriter {
    /// An empty writer.
    pub fn new() -> Self {
        Self::default()
    }

    /// Appends text as it reads (no separator of its own).
    pub fn push_str(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        self.flush();
        self.text.push_str(s);
    }

    /// Appends one character.
    pub fn push(&mut self, c: char) {
        self.flush();
        self.text.push(c);
    }

    /// A hard line break (`<br>`, `w:br`): always a new line, even an empty one.
    pub fn line_break(&mut self) {
        self.flush();
        self.text.push('\n');
    }

    /// The end (or start) of a block (`</p>`, `<div>`): the next text starts on a new line.
    pub fn end_block(&mut self) {
        self.want(Pending::Line);
    }

    /// The start of a block (`<p>`, `w:p`): a new line, unless a cell separator is pending.
    pub fn start_block(&mut self) {
        if self.pending == Pending::None {
            self.want(Pending::Line);
        }
    }

    /// A collapsible space between inline runs; dropped at the start or end of a line.
    pub fn push_space(&mut self) {
        if self.pending == Pending::None && !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push(' ');
        }
    }

    /// The end of a table cell: the next cell's text follows after a tab.
    pub fn end_cell(&mut self) {
        self.want(Pending::Tab);
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
        if self.text.is_empty() || self.text.ends_with('\n') {
            return;
        }
        // A cell end after a block end inside the cell: the tab wins; a row end wins over both.
        self.pending = match (self.pending, sep) {
            (Pending::Line, Pending::Tab) => Pending::Tab,
            (a, b) => a.max(b),
        };
    }

    fn flush(&mut self) {
        match std::mem::take(&mut self.pending) {
            Pending::Line => self.text.push('\n'),
            Pending::Tab => self.text.push('\t'),
            Pending::None => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn cells_end_in_tabs_and_rows_in_breaks() {
        let mut w = LineWriter::new();
        for row in [["1", "任务甲"], ["2", "任务乙"]] {
            for cell in row {
                w.push_str(cell);
                w.end_block(); // a paragraph inside the cell
                w.end_cell();
            }
            w.end_block(); // the row
        }
        assert_eq!(w.finish(), "1\t任务甲\n2\t任务乙\n");
    }

    #[test]
    fn a_block_start_inside_a_cell_keeps_the_tab() {
        let mut w = LineWriter::new();
        w.start_block();
        w.push_str("1");
        w.end_block();
        w.end_cell();
        w.start_block();
        w.push_space();
        w.push_str("任务");
        assert_eq!(w.finish(), "1\t任务\n");
    }

    #[test]
    fn hard_breaks_keep_empty_lines() {
        let mut w = LineWriter::new();
        w.push_str("甲");
        w.line_break();
        w.line_break();
        w.push_str("乙");
        assert_eq!(w.finish(), "甲\n\n乙\n");
    }
}
