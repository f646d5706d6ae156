//! Word report: the comparison as a .docx an officer prints for a meeting — a title, the two
//! documents, the summary table, then per section a table of A, B and the changes, laid out
//! as a 公文 reader expects (A4, 公文 margins, 黑体 headings, 仿宋 text; changes coloured:
//! green for more asked or added, red for less asked or dropped).

use super::labels;
use super::ooxml::{content_types, escape, package, part_type, relationships, DECLARATION};
use super::rows::{report_rows, summary_lines, ReportRow, RowTask, Tone};
use crate::model::Comparison;
use std::fmt::Write;

/// Text width of an A4 page with 公文 margins (left 28 mm, right 26 mm), in twips.
const TEXT_WIDTH: usize = 8845;

const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

/// Colour of a change line (hex, no `#`).
fn colour(tone: Tone) -> &'static str {
    match tone {
        Tone::Plain => "000000",
        Tone::Stricter => "1E7B34",
        Tone::Looser => "B42318",
    }
}

/// How a run looks: bold, italic, a colour.
#[derive(Clone, Copy, Default)]
struct Look {
    bold: bool,
    italic: bool,
    colour: Option<&'static str>,
}

/// One paragraph of `text` in `style` (none: the body text) with one run of `look`.
fn para(out: &mut String, style: Option<&str>, text: &str, look: Look) {
    out.push_str("<w:p>");
    if let Some(style) = style {
        let _ = write!(out, "<w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr>");
    }
    out.push_str("<w:r>");
    if look.bold || look.italic || look.colour.is_some() {
        out.push_str("<w:rPr>");
        if look.bold {
            out.push_str("<w:b/><w:bCs/>");
        }
        if look.italic {
            out.push_str("<w:i/><w:iCs/>");
        }
        if let Some(c) = look.colour {
            let _ = write!(out, "<w:color w:val=\"{c}\"/>");
        }
        out.push_str("</w:rPr>");
    }
    let _ = write!(
        out,
        "<w:t xml:space=\"preserve\">{}</w:t></w:r></w:p>",
        escape(text)
    );
}

/// A table: a grey header row of `heads`, then `rows`, each cell its paragraphs' XML.
fn table(out: &mut String, widths: &[usize], heads: &[&str], rows: &[Vec<String>]) {
    let _ = write!(
        out,
        "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"{TEXT_WIDTH}\" w:type=\"dxa\"/>\
         <w:tblBorders><w:top w:val=\"single\" w:sz=\"4\"/><w:left w:val=\"single\" w:sz=\"4\"/>\
         <w:bottom w:val=\"single\" w:sz=\"4\"/><w:right w:val=\"single\" w:sz=\"4\"/>\
         <w:insideH w:val=\"single\" w:sz=\"4\"/><w:insideV w:val=\"single\" w:sz=\"4\"/></w:tblBorders>\
         <w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
    );
    for w in widths {
        let _ = write!(out, "<w:gridCol w:w=\"{w}\"/>");
    }
    out.push_str("</w:tblGrid><w:tr><w:trPr><w:tblHeader/></w:trPr>");
    for (head, w) in heads.iter().zip(widths) {
        let _ = write!(
            out,
            "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/></w:tcPr>"
        );
        para(
            out,
            None,
            head,
            Look {
                bold: true,
                ..Look::default()
            },
        );
        out.push_str("</w:tc>");
    }
    out.push_str("</w:tr>");
    for row in rows {
        out.push_str("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (cell, w) in row.iter().zip(widths) {
            let _ = write!(
                out,
                "<w:tc><w:tcPr><w:tcW w:w=\"{w}\" w:type=\"dxa\"/></w:tcPr>"
            );
            out.push_str(cell);
            out.push_str("</w:tc>");
        }
        out.push_str("</w:tr>");
    }
    out.push_str("</w:tbl>");
}

/// A task cell: `id 名称` in bold, then its lead units.
fn task_cell(task: Option<&RowTask>) -> String {
    let Some(t) = task else {
        return text_cell("（无）");
    };
    let mut out = String::new();
    let bold = Look {
        bold: true,
        ..Look::default()
    };
    para(&mut out, None, &format!("{} {}", t.id, t.title), bold);
    if !t.lead.is_empty() {
        para(
            &mut out,
            None,
            &format!("牵头：{}", t.lead),
            Look::default(),
        );
    }
    out
}

/// A cell of one plain paragraph.
fn text_cell(text: &str) -> String {
    let mut out = String::new();
    para(&mut out, None, text, Look::default());
    out
}

fn changes_cell(row: &ReportRow) -> String {
    let mut out = String::new();
    para(
        &mut out,
        None,
        &row.kind,
        Look {
            italic: true,
            ..Look::default()
        },
    );
    for line in &row.changes {
        let look = Look {
            colour: Some(colour(line.tone)),
            ..Look::default()
        };
        para(&mut out, None, &line.text, look);
    }
    if !row.note.is_empty() {
        let look = Look {
            bold: true,
            ..Look::default()
        };
        para(&mut out, None, &format!("备注：{}", row.note), look);
    }
    out
}

/// The body: title, documents, summary, then the rows by section.
fn body(c: &Comparison) -> String {
    let mut out = String::new();
    let plain = Look::default();
    para(&mut out, Some("Title"), "任务对照报告", plain);
    para(
        &mut out,
        None,
        &format!("A（基准）：{}", labels::document_name(&c.a)),
        plain,
    );
    para(
        &mut out,
        None,
        &format!("B（对照）：{}", labels::document_name(&c.b)),
        plain,
    );
    para(&mut out, Some("Heading1"), "一、概况", plain);
    let summary: Vec<Vec<String>> = (summary_lines(c).iter())
        .map(|(label, n)| vec![text_cell(label), text_cell(&n.to_string())])
        .collect();
    table(
        &mut out,
        &[TEXT_WIDTH * 7 / 10, TEXT_WIDTH * 3 / 10],
        &["项目", "数量"],
        &summary,
    );
    para(&mut out, Some("Heading1"), "二、逐项对照", plain);
    let rows = report_rows(c);
    // Rows grouped by section in their order: a section met again later gets a new table.
    let widths = [
        TEXT_WIDTH * 3 / 10,
        TEXT_WIDTH * 3 / 10,
        TEXT_WIDTH * 4 / 10,
    ];
    for group in rows.chunk_by(|x, y| x.section == y.section) {
        let section = group.first().map_or("", |r| r.section.as_str());
        let title = if section.is_empty() {
            "（未分节）"
        } else {
            section
        };
        para(&mut out, Some("Heading2"), title, plain);
        let cells: Vec<Vec<String>> = (group.iter())
            .map(|row| {
                let (a, b) = (task_cell(row.a.as_ref()), task_cell(row.b.as_ref()));
                vec![a, b, changes_cell(row)]
            })
            .collect();
        table(
            &mut out,
            &widths,
            &["A（基准）", "B（对照）", "变化"],
            &cells,
        );
    }
    out
}

/// The styles: body in 仿宋 12 pt, headings in 黑体, the title in 小标宋 22 pt centred.
fn styles() -> String {
    let fonts = |east: &str| {
        format!("<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"{east}\"/>")
    };
    let style = |id: &str, name: &str, font: &str, size: u32, extra: &str| {
        format!(
            "<w:style w:type=\"paragraph\" w:styleId=\"{id}\"><w:name w:val=\"{name}\"/><w:basedOn w:val=\"Normal\"/>\
             <w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>{extra}</w:pPr>\
             <w:rPr>{}<w:sz w:val=\"{size}\"/><w:szCs w:val=\"{size}\"/></w:rPr></w:style>",
            fonts(font)
        )
    };
    format!(
        "{DECLARATION}<w:styles {W}><w:docDefaults><w:rPrDefault><w:rPr>{}<w:sz w:val=\"24\"/>\
         <w:szCs w:val=\"24\"/><w:lang w:val=\"en-US\" w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault>\
         <w:pPrDefault><w:pPr><w:spacing w:after=\"40\"/></w:pPr></w:pPrDefault></w:docDefaults>\
         <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>\
         {}{}{}\
         <w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table Grid\"/>\
         <w:tblPr><w:tblCellMar><w:left w:w=\"80\" w:type=\"dxa\"/><w:right w:w=\"80\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
         </w:styles>",
        fonts("仿宋_GB2312"),
        style("Title", "Title", "方正小标宋简体", 44, "<w:jc w:val=\"center\"/>"),
        style("Heading1", "heading 1", "黑体", 32, "<w:outlineLvl w:val=\"0\"/>"),
        style("Heading2", "heading 2", "黑体", 28, "<w:outlineLvl w:val=\"1\"/>"),
    )
}

/// The comparison as a Word document (.docx bytes), or why it could not be made.
pub fn comparison_docx(c: &Comparison) -> Result<Vec<u8>, String> {
    let document = format!(
        "{DECLARATION}<w:document {W}><w:body>{}<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/>\
         <w:pgMar w:top=\"2098\" w:right=\"1474\" w:bottom=\"1984\" w:left=\"1587\" w:header=\"851\" \
         w:footer=\"992\" w:gutter=\"0\"/></w:sectPr></w:body></w:document>",
        body(c)
    );
    let parts = [
        (
            "[Content_Types].xml",
            content_types(&format!(
                "{}{}",
                part_type("word/document.xml", "wordprocessingml.document.main"),
                part_type("word/styles.xml", "wordprocessingml.styles")
            )),
        ),
        (
            "_rels/.rels",
            relationships(&[("rId1".into(), "officeDocument", "word/document.xml".into())]),
        ),
        (
            "word/_rels/document.xml.rels",
            relationships(&[("rId1".into(), "styles", "styles.xml".into())]),
        ),
        ("word/document.xml", document),
        ("word/styles.xml", styles()),
    ];
    let parts: Vec<(&str, Vec<u8>)> = parts
        .into_iter()
        .map(|(n, x)| (n, x.into_bytes()))
        .collect();
    package(&parts).ok_or_else(|| "报告超过 Word 文件的大小上限".to_string())
}
