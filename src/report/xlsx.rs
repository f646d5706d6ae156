//! Excel report: the comparison as an .xlsx workbook, a sheet per view of the page — 概况,
//! 按任务, 指标, 按单位 — each with a frozen, filterable header row, wrapped text, rows as tall
//! as their text, and the change colours of the page (green: more asked or added; red: less
//! asked or dropped); printed A4 landscape, one page wide.

use super::labels;
use super::ooxml::{content_types, escape, package, part_type, relationships, DECLARATION};
use super::rows::{report_rows, summary_lines, target_line, RowTask, Tone};
use crate::model::{Comparison, TargetChangeKind};
use std::fmt::Write;

/// Cell styles, as numbered in [`STYLES`]: the header, plain text, and the two change tones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Header = 1,
    Plain = 2,
    Stricter = 3,
    Looser = 4,
}

impl From<Tone> for Style {
    fn from(tone: Tone) -> Self {
        match tone {
            Tone::Plain => Style::Plain,
            Tone::Stricter => Style::Stricter,
            Tone::Looser => Style::Looser,
        }
    }
}

/// The workbook's fonts, fills and the cell formats [`Style`] names (wrapped, top-aligned).
const STYLES: &str = "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\
<fonts count=\"4\"><font><sz val=\"11\"/><name val=\"等线\"/></font>\
<font><b/><sz val=\"11\"/><name val=\"等线\"/></font>\
<font><sz val=\"11\"/><color rgb=\"FF1E7B34\"/><name val=\"等线\"/></font>\
<font><sz val=\"11\"/><color rgb=\"FFB42318\"/><name val=\"等线\"/></font></fonts>\
<fills count=\"5\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>\
<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE7E6E6\"/></patternFill></fill>\
<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE8F5E9\"/></patternFill></fill>\
<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFFDECEA\"/></patternFill></fill></fills>\
<borders count=\"1\"><border/></borders><cellStyleXfs count=\"1\"><xf/></cellStyleXfs>\
<cellXfs count=\"5\"><xf/>\
<xf fontId=\"1\" fillId=\"2\" applyFont=\"1\" applyFill=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>\
<xf applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>\
<xf fontId=\"2\" fillId=\"3\" applyFont=\"1\" applyFill=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>\
<xf fontId=\"3\" fillId=\"4\" applyFont=\"1\" applyFill=\"1\" applyAlignment=\"1\"><alignment vertical=\"top\" wrapText=\"1\"/></xf>\
</cellXfs></styleSheet>";

/// How many lines `text` takes in a column `width` characters wide (a Han character is two
/// of them), its line breaks kept.
fn lines_in(text: &str, width: f64) -> usize {
    let per_line = (width.max(2.0) * 0.95).floor().max(1.0) as usize;
    text.split('\n')
        .map(|line| {
            let units: usize = line.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum();
            units.div_ceil(per_line).max(1)
        })
        .sum()
}

/// `0` → `A`, `25` → `Z`, `26` → `AA`.
fn column_name(mut col: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// One worksheet being written: its name, column widths and rows so far.
struct Sheet {
    name: String,
    widths: Vec<f64>,
    rows: String,
    count: usize,
}

impl Sheet {
    /// A sheet with a header row of `columns` (title, width in characters).
    fn new(name: &str, columns: &[(&str, f64)]) -> Self {
        let mut sheet = Sheet {
            name: name.to_string(),
            widths: columns.iter().map(|c| c.1).collect(),
            rows: String::new(),
            count: 0,
        };
        let titles: Vec<&str> = columns.iter().map(|c| c.0).collect();
        sheet.row(&titles, Style::Header);
        sheet
    }

    /// A row of text cells in `style`, as tall as its longest wrapped cell (written here: a
    /// spreadsheet that does not recalculate heights on opening would overlap the lines).
    fn row(&mut self, cells: &[&str], style: Style) {
        self.count += 1;
        let r = self.count;
        let lines = (cells.iter().zip(&self.widths))
            .map(|(text, w)| lines_in(text, *w))
            .max()
            .unwrap_or(1)
            .min(30);
        let _ = write!(
            self.rows,
            "<row r=\"{r}\" ht=\"{}\" customHeight=\"1\">",
            15 * lines
        );
        for (col, text) in cells.iter().enumerate() {
            let _ = write!(
                self.rows,
                "<c r=\"{}{r}\" s=\"{}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
                column_name(col),
                style as u8,
                escape(text)
            );
        }
        self.rows.push_str("</row>");
    }

    /// The range of the header and data rows (`A1:I20`).
    fn range(&self) -> String {
        let last = column_name(self.widths.len().saturating_sub(1));
        format!("A1:{last}{}", self.count.max(1))
    }

    /// The same range with `$` marks (`$A$1:$I$20`), as defined names write it.
    fn absolute_range(&self) -> String {
        let last = column_name(self.widths.len().saturating_sub(1));
        format!("$A$1:${last}${}", self.count.max(1))
    }

    fn xml(&self) -> String {
        let mut cols = String::new();
        for (i, w) in self.widths.iter().enumerate() {
            let n = i + 1;
            let _ = write!(
                cols,
                "<col min=\"{n}\" max=\"{n}\" width=\"{w}\" customWidth=\"1\"/>"
            );
        }
        format!(
            "{DECLARATION}<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\
             <sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr><sheetViews><sheetView workbookViewId=\"0\">\
             <pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>\
             <sheetFormatPr defaultRowHeight=\"15\"/><cols>{cols}</cols><sheetData>{}</sheetData>\
             <autoFilter ref=\"{}\"/><pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>\
             <pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/></worksheet>",
            self.rows,
            self.range()
        )
    }
}

fn summary_sheet(c: &Comparison) -> Sheet {
    let mut ws = Sheet::new("概况", &[("项目", 40.0), ("数量", 10.0)]);
    for (label, n) in summary_lines(c) {
        ws.row(&[&label, &n.to_string()], Style::Plain);
    }
    ws.row(
        &[&format!("A（基准）：{}", labels::document_name(&c.a))],
        Style::Plain,
    );
    ws.row(
        &[&format!("B（对照）：{}", labels::document_name(&c.b))],
        Style::Plain,
    );
    ws
}

fn tasks_sheet(c: &Comparison) -> Sheet {
    let mut ws = Sheet::new(
        "按任务",
        &[
            ("所在部分", 18.0),
            ("A任务", 10.0),
            ("A名称", 24.0),
            ("B任务", 10.0),
            ("B名称", 24.0),
            ("配对", 10.0),
            ("变化", 48.0),
            ("A全文", 60.0),
            ("B全文", 60.0),
            ("备注", 30.0),
        ],
    );
    for row in report_rows(c) {
        let ([ida, ta, xa], [idb, tb, xb]) = (side(&row.a), side(&row.b));
        let changes: Vec<&str> = row.changes.iter().map(|l| l.text.as_str()).collect();
        let tone = match (row.a.is_some(), row.b.is_some()) {
            (true, false) => Tone::Looser,
            (false, true) => Tone::Stricter,
            _ => Tone::Plain,
        };
        let changes = changes.join("\n");
        let cells = [
            row.section.as_str(),
            ida,
            ta,
            idb,
            tb,
            &row.kind,
            &changes,
            xa,
            xb,
            &row.note,
        ];
        ws.row(&cells, tone.into());
    }
    ws
}

/// A task's id, name and full text, or three empty cells.
fn side(t: &Option<RowTask>) -> [&str; 3] {
    t.as_ref().map_or([""; 3], |t| {
        [t.id.as_str(), t.title.as_str(), t.text.as_str()]
    })
}

fn targets_sheet(c: &Comparison) -> Sheet {
    let mut ws = Sheet::new(
        "指标",
        &[
            ("A任务", 10.0),
            ("B任务", 10.0),
            ("指标", 28.0),
            ("A", 36.0),
            ("B", 36.0),
            ("变化", 8.0),
            ("要求", 8.0),
        ],
    );
    let changes = (c.pairs.iter())
        .flat_map(|p| p.targets.iter().map(move |t| (p, t)))
        .filter(|(_, t)| t.change != TargetChangeKind::Same);
    let voice = labels::Voice::of(c);
    for (p, t) in changes {
        let change = voice.target_change(t.change);
        let cells = [
            p.a.as_str(),
            &p.b,
            &t.metric,
            labels::target(t.a.as_ref()),
            labels::target(t.b.as_ref()),
            &change,
            voice.direction(t.direction),
        ];
        ws.row(&cells, target_line(&voice, t).tone.into());
    }
    ws
}

fn agencies_sheet(c: &Comparison) -> Sheet {
    let (gained, lost) = labels::Voice::of(c).lead_columns();
    let mut ws = Sheet::new(
        "按单位",
        &[
            ("单位", 28.0),
            ("A中牵头", 30.0),
            ("B中牵头", 30.0),
            (&gained, 24.0),
            (&lost, 24.0),
        ],
    );
    let ids = |list: &[String]| {
        if list.is_empty() {
            "无".to_string()
        } else {
            list.join("，")
        }
    };
    for r in &c.agencies {
        let name = if r.name.is_empty() { &r.key } else { &r.name };
        let tone = match (r.gained.is_empty(), r.lost.is_empty()) {
            (true, false) => Tone::Looser,
            (false, true) => Tone::Stricter,
            _ => Tone::Plain,
        };
        let cells = [
            name.as_str(),
            &ids(&r.a),
            &ids(&r.b),
            &ids(&r.gained),
            &ids(&r.lost),
        ];
        ws.row(&cells, tone.into());
    }
    ws
}

/// The comparison as an Excel workbook (.xlsx bytes), or why it could not be made.
pub fn comparison_xlsx(c: &Comparison) -> Result<Vec<u8>, String> {
    let sheets = [
        summary_sheet(c),
        tasks_sheet(c),
        targets_sheet(c),
        agencies_sheet(c),
    ];
    let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    let (mut listed, mut names, mut types) = (String::new(), String::new(), String::new());
    let mut rels: Vec<(String, &str, String)> = Vec::new();
    for (i, ws) in sheets.iter().enumerate() {
        let n = i + 1;
        let quoted = escape(&ws.name.replace('\'', "''"));
        let _ = write!(
            listed,
            "<sheet name=\"{}\" sheetId=\"{n}\" r:id=\"rId{n}\"/>",
            escape(&ws.name)
        );
        let _ = write!(
            names,
            "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"{i}\" hidden=\"1\">'{quoted}'!{}</definedName>\
             <definedName name=\"_xlnm.Print_Titles\" localSheetId=\"{i}\">'{quoted}'!$1:$1</definedName>",
            ws.absolute_range()
        );
        rels.push((
            format!("rId{n}"),
            "worksheet",
            format!("worksheets/sheet{n}.xml"),
        ));
        types.push_str(&part_type(
            &format!("xl/worksheets/sheet{n}.xml"),
            "spreadsheetml.worksheet",
        ));
    }
    rels.push((
        format!("rId{}", sheets.len() + 1),
        "styles",
        "styles.xml".into(),
    ));
    types.push_str(&part_type("xl/workbook.xml", "spreadsheetml.sheet.main"));
    types.push_str(&part_type("xl/styles.xml", "spreadsheetml.styles"));
    let mut parts: Vec<(String, String)> = vec![
        ("[Content_Types].xml".into(), content_types(&types)),
        (
            "_rels/.rels".into(),
            relationships(&[("rId1".into(), "officeDocument", "xl/workbook.xml".into())]),
        ),
        (
            "xl/workbook.xml".into(),
            format!(
                "{DECLARATION}<workbook xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheets>{listed}</sheets>\
                 <definedNames>{names}</definedNames></workbook>"
            ),
        ),
        ("xl/_rels/workbook.xml.rels".into(), relationships(&rels)),
        ("xl/styles.xml".into(), format!("{DECLARATION}{STYLES}")),
    ];
    for (i, ws) in sheets.iter().enumerate() {
        parts.push((format!("xl/worksheets/sheet{}.xml", i + 1), ws.xml()));
    }
    let parts: Vec<(&str, Vec<u8>)> = (parts.iter())
        .map(|(n, x)| (n.as_str(), x.clone().into_bytes()))
        .collect();
    package(&parts).ok_or_else(|| "报告超过 Excel 文件的大小上限".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_run_past_z() {
        let names: Vec<String> = [0, 8, 25, 26, 27, 51, 52].map(column_name).to_vec();
        assert_eq!(names, ["A", "I", "Z", "AA", "AB", "AZ", "BA"]);
    }

    #[test]
    fn han_characters_take_two_columns() {
        assert_eq!(lines_in("执法", 10.0), 1);
        assert_eq!(lines_in(&"执".repeat(10), 10.0), 3);
        assert_eq!(lines_in("a\nb", 10.0), 2);
    }
}
