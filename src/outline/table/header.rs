//! The header row of a task table: which column holds the number, the task, the agencies
//! and the deadline, read from header words (`序号 | 重点任务 | 牵头单位 | 完成时限`); and the
//! splitting of a raw line into cells.

use super::super::text::is_space;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Column {
    Number,
    Task,
    Detail,
    Lead,
    Responsible,
    /// `牵头单位及责任单位`: the first-listed agency leads.
    Units,
    Deadline,
    Other,
}

/// Header words and the column each names, matched in this order (people before agencies:
/// `责任领导` is not `责任单位`; specific before general).
const HEADER_WORDS: &[(&str, Column)] = &[
    ("序号", Column::Number),
    ("编号", Column::Number),
    ("责任领导", Column::Other),
    ("牵头领导", Column::Other),
    ("分管领导", Column::Other),
    ("责任人", Column::Other),
    ("联系人", Column::Other),
    ("备注", Column::Other),
    ("类别", Column::Other),
    ("分类", Column::Other),
    ("领域", Column::Other),
    ("领导", Column::Other),
    ("牵头责任单位", Column::Lead),
    ("主要责任单位", Column::Lead),
    ("牵头科室", Column::Lead),
    ("牵头单位", Column::Lead),
    ("牵头部门", Column::Lead),
    ("主办单位", Column::Lead),
    ("责任单位", Column::Responsible),
    ("责任部门", Column::Responsible),
    ("配合单位", Column::Responsible),
    ("配合部门", Column::Responsible),
    ("协办单位", Column::Responsible),
    ("参与单位", Column::Responsible),
    ("协同单位", Column::Responsible),
    ("责任主体", Column::Responsible),
    ("责任科室", Column::Responsible),
    ("责任股室", Column::Responsible),
    ("协作单位", Column::Responsible),
    ("完成时限", Column::Deadline),
    ("完成时间", Column::Deadline),
    ("完成期限", Column::Deadline),
    ("时间节点", Column::Deadline),
    ("时间安排", Column::Deadline),
    ("进度安排", Column::Deadline),
    ("时限", Column::Deadline),
    // `起止年限`, `建设年限`: a project's years, when it is to be done (not `工作年限`).
    ("起止年限", Column::Deadline),
    ("建设年限", Column::Deadline),
    ("实施年限", Column::Deadline),
    ("具体措施", Column::Detail),
    ("工作措施", Column::Detail),
    ("主要措施", Column::Detail),
    ("推进措施", Column::Detail),
    ("具体内容", Column::Detail),
    ("目标要求", Column::Detail),
    ("工作目标", Column::Detail),
    ("预期目标", Column::Detail),
    ("预期成果", Column::Detail),
    ("量化指标", Column::Detail),
    ("具体要求", Column::Detail),
    ("工作要求", Column::Detail),
    ("任务", Column::Task),
    ("事项", Column::Task),
    ("内容", Column::Task),
    ("工作", Column::Task),
    ("措施", Column::Task),
    ("项目", Column::Task),
    ("实事", Column::Task),
    ("指标", Column::Task),
    ("名称", Column::Task),
    // `攻坚目标`, `年度目标`: what a task is to reach, after its name.
    ("目标", Column::Detail),
];

/// Words of a task column's label that name work (`项目名称`, `重点任务`), not things
/// (`材料名称`).
const PROJECT_WORDS: &[&str] = &["项目", "任务", "工作", "事项", "工程", "实事", "措施"];

/// A header row: the column of each cell and the cell's own label.
#[derive(Debug, Clone)]
pub(super) struct Header {
    /// The filled header cells, in order.
    pub(super) columns: Vec<(Column, String)>,
    /// The column of every cell position of the row, empty ones included: an empty header
    /// cell is the rest of the cell on its left (a header spanning two columns), or `Other`
    /// at the start of the row.
    pub(super) grid: Vec<Column>,
    /// Where each header cell starts on a space-aligned line (display columns), empty for
    /// tab-separated and markdown tables.
    pub(super) starts: Vec<usize>,
    /// Labels parted by single spaces ([`spaced_header`]): each row is a line whose words are
    /// its cells, the first a row number.
    pub(super) spaced: bool,
}

impl Header {
    pub(super) fn has(&self, c: Column) -> bool {
        self.columns.iter().any(|(k, _)| *k == c)
    }

    pub(super) fn label(&self, c: Column) -> Option<&str> {
        self.columns
            .iter()
            .find(|(k, _)| *k == c)
            .map(|(_, l)| l.as_str())
    }
}

impl Header {
    /// The header's labels, listed with `、`.
    pub(super) fn labels(&self) -> String {
        let labels: Vec<&str> = self.columns.iter().map(|(_, l)| l.as_str()).collect();
        labels.join("、")
    }

    /// True when the row `cells` is this header again, as a table repeats it over each
    /// page (its last label may be cut short where a copy ends: `完` for `完成时限`).
    pub(super) fn repeated_in(&self, cells: &[String]) -> bool {
        let filled: Vec<String> = (cells.iter())
            .filter(|c| !c.is_empty())
            .map(|c| c.chars().filter(|c| !is_space(*c)).collect())
            .collect();
        let n = filled.len();
        n == self.columns.len()
            && n >= 2
            && (self.columns.iter().zip(&filled).enumerate()).all(|(k, ((_, mine), theirs))| {
                mine == theirs || k + 1 == n && !theirs.is_empty() && mine.starts_with(theirs)
            })
    }

    /// Replaces the first agency column by the agency columns of a sub-header row. `raw` is
    /// the sub-header's cells, empty ones included: when it has the header's width, each
    /// agency label takes the position it stands in. Otherwise the agency column is split in
    /// the grid too, and on a space-aligned line the new columns start where the sub-header's
    /// labels do (`sub_starts`, one per label).
    pub(super) fn refine(
        &mut self,
        sub: Vec<(Column, String)>,
        raw: &[String],
        sub_starts: &[usize],
    ) {
        let is_unit = |c: &Column| matches!(c, Column::Lead | Column::Responsible | Column::Units);
        let positional = raw.len() == self.grid.len();
        if positional {
            for (slot, cell) in self.grid.iter_mut().zip(raw) {
                if let Some(col) = column_of(cell).filter(is_unit) {
                    *slot = col;
                }
            }
        }
        let units: Vec<(Column, String)> = sub.into_iter().filter(|(c, _)| is_unit(c)).collect();
        if units.is_empty() {
            return;
        }
        if !positional {
            if let Some(at) = self.grid.iter().position(is_unit) {
                let cols: Vec<Column> = units.iter().map(|(c, _)| *c).collect();
                if self.starts.len() == self.grid.len() && sub_starts.len() == cols.len() {
                    self.starts.splice(at..=at, sub_starts.iter().copied());
                } else {
                    self.starts.clear();
                }
                self.grid.splice(at..=at, cols);
            }
        }
        if let Some(at) = self.columns.iter().position(|(c, _)| is_unit(c)) {
            self.columns.splice(at..=at, units);
        }
    }
}

/// A row of header words only (`牵头单位 | 配合单位`) under a header: a second header row.
pub(super) fn sub_header(cells: &[String]) -> Option<Vec<(Column, String)>> {
    let cells: Vec<&String> = cells.iter().filter(|c| !c.is_empty()).collect();
    // (A numbered line, `二、工作要求`, is the plan's next part after the table.)
    if cells.is_empty() || (cells.iter()).any(|c| super::numbering::recognise(c.trim()).is_some()) {
        return None;
    }
    cells
        .iter()
        .map(|c| {
            let label: String = c.chars().filter(|c| !is_space(*c)).collect();
            column_of(c)
                .filter(|col| *col != Column::Task && label.chars().count() <= 8)
                .map(|col| (col, label))
        })
        .collect()
}

/// Splits a raw line into cells: on `|` (a markdown table), on tabs, else on runs of two or
/// more spaces. A markdown rule row (`|---|:--:|`) has no cells.
pub(super) fn cells(raw: &str) -> Vec<String> {
    cells_and_spaceless(raw).0
}

/// [`cells`], and whether the line is one cell with no white space inside (told on the way):
/// cleaning it then needs no look for spaces.
pub(super) fn cells_and_spaceless(raw: &str) -> (Vec<String>, bool) {
    let trimmed = raw.trim_matches(is_space);
    // A markdown rule row, with its leading bar or without (`---|---|`).
    if trimmed.contains('|')
        && trimmed.contains('-')
        && trimmed.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
    {
        return (Vec::new(), false);
    }
    if trimmed.starts_with('|') && trimmed.len() > 1 {
        let inner = trimmed.trim_start_matches('|').trim_end_matches('|');
        let cells = inner
            .split('|')
            .map(|c| c.trim_matches(is_space).replace("**", ""))
            .collect();
        return (cells, false);
    }
    // A web page's table copied as `a | b | c |` (no leading bar): cells between the bars,
    // the empty ones after the last filled cell dropped (a merged first column leaves a row
    // short, so its cells are then placed by what they hold).
    if is_bar_row(trimmed) {
        let mut cells: Vec<String> = (trimmed.split('|'))
            .map(|c| c.trim_matches(is_space).to_string())
            .collect();
        while cells.last().is_some_and(String::is_empty) {
            cells.pop();
        }
        return (cells, false);
    }
    let line = raw.trim_matches(|c: char| is_space(c) && c != '\t');
    let line = line.trim_matches(|c: char| c == ' ' || c == '\u{3000}' || c == '\u{a0}');
    if line.contains('\t') {
        let cells = line
            .split('\t')
            .map(|c| c.trim_matches(is_space).to_string())
            .collect();
        return (cells, false);
    }
    // No space inside: one cell, the line itself (most lines of a plan).
    if !super::super::text::has_space(line) {
        return if line.is_empty() {
            (Vec::new(), true)
        } else {
            (vec![line.to_string()], true)
        };
    }
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut spaces = 0;
    for c in line.chars() {
        if is_space(c) {
            spaces += 1;
            continue;
        }
        if spaces >= 2 && !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        } else if spaces == 1 {
            cur.push(' ');
        }
        spaces = 0;
        cur.push(c);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    (out, false)
}

/// True for a row of cells between bars without the leading one: `a | b |`, or `a | b | c`.
pub(super) fn is_bar_row(line: &str) -> bool {
    // Most lines hold no bar: one byte search rules them out.
    if line.starts_with('|') || !line.contains('|') {
        return false;
    }
    (line.ends_with('|') && line.matches('|').count() >= 2) || line.matches(" | ").count() >= 2
}

/// The column a header cell names, if it reads like a header (short, a known word).
pub(super) fn column_of(cell: &str) -> Option<Column> {
    let compact: String = cell.chars().filter(|c| !is_space(*c)).collect();
    if compact.is_empty() || compact.chars().count() > 14 {
        return None;
    }
    // `牵头单位及责任单位` names both; `牵头责任单位` is the lead.
    let both = ["及", "和", "与", "、", "/", "（", "("]
        .iter()
        .any(|w| compact.contains(w));
    if compact.contains("牵头") && (compact.contains("责任") || compact.contains("配合")) && both
    {
        return Some(Column::Units);
    }
    let named = HEADER_WORDS
        .iter()
        .find(|(w, _)| compact.contains(w))
        .map(|(_, c)| *c);
    // A lead or responsible column worded at length: `牵头组织实施单位`, `具体落实部门`,
    // `负责科室` (a department's own offices).
    named.or_else(|| {
        if !BODY_ENDINGS.iter().any(|e| compact.ends_with(e)) {
            return None;
        }
        let doing = || {
            // (`业主单位`, `建设单位`: a project's owner, who carries it out.)
            ["实施", "落实", "承办", "负责", "业主", "建设"]
                .iter()
                .any(|w| compact.contains(w))
        };
        match () {
            _ if compact.starts_with("牵头") => Some(Column::Lead),
            _ if doing() => Some(Column::Responsible),
            _ => None,
        }
    })
}

/// Endings of a header naming who does the work, worded at length ([`column_of`]).
const BODY_ENDINGS: &[&str] = &["单位", "部门", "科室", "处室", "股室"];

/// A header whose labels are parted by single spaces (`序号 类别 主要任务 牵头单位 责任单位`):
/// its rows cannot be cut into cells (a cell's own text holds such spaces), but the header
/// tells that a table is there. Three labels or more, each a known header word.
pub(super) fn spaced_header(raw: &str) -> Option<Header> {
    // A header is a short line: most lines are ruled out by their length, uncounted.
    if raw.len() > 8 * 3 * 10 {
        return None;
    }
    let words: Vec<String> = raw.split_whitespace().map(str::to_string).collect();
    // A label may name the plan's year (`2023年重点工作任务`).
    let short = (words.iter()).all(|w| {
        let label = w
            .split_once('年')
            .filter(|(y, _)| is_year(y))
            .map_or(w.as_str(), |(_, l)| l);
        label.chars().count() <= 8 && !w.contains(['。', '，', '：'])
    });
    let known = words.iter().filter(|w| column_of(w).is_some()).count();
    (words.len() >= 3 && short && known >= 3)
        .then(|| header(&words))
        .flatten()
}

/// True for a year's four digits (`2023`).
fn is_year(s: &str) -> bool {
    s.len() == 4 && s.starts_with("20") && s.bytes().all(|b| b.is_ascii_digit())
}

/// The words of a line of a table whose `width` cells are parted by single spaces, when it is
/// a row: a row number (`1`, `81`) first and one word for each other cell. A cell left empty
/// (merged with the one above) shows as two spaces (`2  严守…`); a cell wrapped inside shows as
/// a short tail after a space (`水资源保 护`), joined back when it is the one word too many.
pub(super) fn spaced_row(raw: &str, width: usize) -> Option<Vec<String>> {
    let mut words: Vec<String> = raw.split_whitespace().map(str::to_string).collect();
    let number = words.first()?.trim_end_matches(['.', '、', '．']);
    let numbered = (1..=4).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit());
    if !numbered || words.len() < 3 {
        return None;
    }
    if words.len() < width {
        // Each run of two spaces an empty cell (`2  严守…`: the category merged above).
        let kept: Vec<String> = raw.trim().split(' ').map(str::to_string).collect();
        let empties = kept.iter().filter(|w| w.is_empty()).count();
        let doubled = !raw.trim().contains("   ");
        if kept.len() == width && empties + words.len() == width && doubled {
            return Some(kept);
        }
    }
    if words.len() == width + 1 {
        // The one short Han tail of a wrapped cell (`水资源保 护`), after a Han word.
        let han = |w: &str| w.chars().all(crate::chars::is_common_han);
        let tails: Vec<usize> = (2..words.len())
            .filter(|&k| {
                han(&words[k]) && words[k].chars().count() <= WRAP_TAIL_MAX && han(&words[k - 1])
            })
            .collect();
        if let [k] = tails[..] {
            let tail = words.remove(k);
            words[k - 1].push_str(&tail);
        }
    }
    (words.len() == width).then_some(words)
}

/// Longest tail of a cell wrapped inside a single-spaced row (`水资源保 护`).
const WRAP_TAIL_MAX: usize = 2;

/// Reads a header row: every non-empty cell names a column, one of them the task and one an
/// agency or a deadline.
pub(super) fn header(raw: &[String]) -> Option<Header> {
    if raw.iter().filter(|c| !c.is_empty()).count() < 2 {
        return None;
    }
    let mut columns = Vec::new();
    let mut grid = Vec::with_capacity(raw.len());
    for c in raw {
        if c.is_empty() {
            grid.push(grid.last().copied().unwrap_or(Column::Other));
            continue;
        }
        // A short cell of another kind (`类别`, `领域`) is a column we do not read.
        let short = c.chars().count() <= 8 && !c.contains(['。', '，', '；', '：']);
        let mut col = column_of(c).or(short.then_some(Column::Other))?;
        if col == Column::Task && columns.iter().any(|(k, _)| *k == Column::Task) {
            col = Column::Detail;
        }
        let label: String = c.chars().filter(|c| !is_space(*c)).collect();
        columns.push((col, label));
        grid.push(col);
    }
    let h = Header {
        columns,
        grid,
        starts: Vec::new(),
        spaced: false,
    };
    let task = h.has(Column::Task) || h.has(Column::Detail);
    let who_or_when = [
        Column::Lead,
        Column::Responsible,
        Column::Units,
        Column::Deadline,
    ]
    .iter()
    .any(|c| h.has(*c));
    let known = h
        .columns
        .iter()
        .filter(|(c, _)| *c != Column::Other)
        .count();
    // A list of projects with no agency or date column (`序号 | 项目名称 | 子项目 | 具体内容`)
    // is one too: numbered rows of work and what each holds; not a table of indicators
    // (`序号 | 指标名称 | 目标值`), whose rows are figures.
    let figures = |c: Column| {
        h.label(c)
            .is_some_and(|l| ["指标", "目标"].iter().any(|w| l.contains(w)))
    };
    let work = h
        .label(Column::Task)
        .is_some_and(|l| PROJECT_WORDS.iter().any(|w| l.contains(w)));
    let projects = h.has(Column::Number)
        && work
        && h.has(Column::Detail)
        && !figures(Column::Task)
        && !(h.columns.iter())
            .any(|(c, l)| *c == Column::Detail && ["指标", "目标"].iter().any(|w| l.contains(w)));
    (task && (who_or_when || projects) && known * 2 > h.columns.len()).then_some(h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_header_word_names_a_column() {
        for (w, col) in HEADER_WORDS {
            assert_eq!(column_of(w), Some(*col), "{w}");
        }
        assert_eq!(column_of("牵头单位及责任单位"), Some(Column::Units));
        assert_eq!(column_of("牵头组织实施单位"), Some(Column::Lead));
        assert_eq!(column_of("具体落实部门"), Some(Column::Responsible));
        assert_eq!(column_of("实施地点"), None);
        assert_eq!(column_of("推进依法行政，建设法治政府的重点任务"), None);
    }

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn empty_header_cells_continue_the_cell_on_their_left() {
        let h = header(&row(&[
            "",
            "序号",
            "工作任务",
            "",
            "责任单位",
            "",
            "完成时限",
        ]))
        .expect("a header");
        use Column::*;
        assert_eq!(
            h.grid,
            [
                Other,
                Number,
                Task,
                Task,
                Responsible,
                Responsible,
                Deadline
            ]
        );
        let mut h = h;
        let sub = row(&["", "", "", "", "牵头单位", "配合单位", ""]);
        let labels = sub_header(&sub).expect("a sub-header");
        h.refine(labels, &sub, &[]);
        assert_eq!(
            h.grid,
            [Other, Number, Task, Task, Lead, Responsible, Deadline]
        );
        assert_eq!(h.label(Lead), Some("牵头单位"));
    }
}
