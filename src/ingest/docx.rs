//! .docx: the zip's `word/document.xml` → text, one paragraph per line, Word's automatic
//! numbering rebuilt as text at the start of each numbered paragraph.

use std::fmt;

use super::encoding::{decode_as, invalid_utf8_bytes, sniff_bom, ReadOptions, TextEncoding};
use super::numbering::{Numbering, Styles};
use super::table::Merge;
use super::text::LineWriter;
use super::xml::{attr, Event, Scanner};
use super::zip::{Archive, ZipError};

/// Why a .docx could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocxError {
    /// The zip itself is broken, too large or encrypted.
    Zip(ZipError),
    /// A zip, but another kind of document (`Excel 表格`, `PowerPoint 演示文稿`, …).
    NotWord(&'static str),
    /// A zip without any Word document part.
    NoDocument,
}

impl fmt::Display for DocxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocxError::Zip(ZipError::Encrypted) => {
                write!(f, "Word 文档已加密，请取消密码后另存为 .docx 再试")
            }
            DocxError::Zip(e @ (ZipError::TooLarge { .. } | ZipError::TooManyEntries(_))) => {
                write!(
                    f,
                    "不是可读取的 Word 文档：{e}，请确认文件来源后另存为 .docx 或 .txt 再试"
                )
            }
            DocxError::Zip(e) => write!(
                f,
                "不是有效的 Word 文档：{e}，请用 Word 打开后另存为 .docx 再试"
            ),
            DocxError::NotWord(kind) => write!(
                f,
                "这是 {kind}，不是 Word 文档，请把计划文字另存为 .docx 或 .txt 再试"
            ),
            DocxError::NoDocument => write!(
                f,
                "压缩包中没有 Word 正文（word/document.xml），请用 Word 另存为 .docx 再试"
            ),
        }
    }
}

impl From<ZipError> for DocxError {
    fn from(e: ZipError) -> Self {
        DocxError::Zip(e)
    }
}

/// Zip parts that show the archive is some other kind of document.
const OTHER_KINDS: &[(&str, &str)] = &[
    ("xl/workbook.xml", "Excel 表格（.xlsx）"),
    ("ppt/presentation.xml", "PowerPoint 演示文稿（.pptx）"),
    ("content.xml", "OpenDocument 文档（.odt/.ods）"),
];

const MAIN_PART: &str = "word/document.xml";

/// Reads a .docx's bytes into plain text.
///
/// Paragraphs become lines, table rows lines with their cells between tabs (merged cells
/// read as in [`super::table`]), text boxes
/// are read in place, deleted (tracked) text, field codes and hidden text are dropped.
pub fn to_text(bytes: &[u8]) -> Result<String, DocxError> {
    to_text_noted(bytes).map(|(text, _)| text)
}

/// [`to_text`], with what was repaired while reading (bytes of the main part that were not valid
/// UTF-8 and became `�`), in Chinese, one line each.
pub fn to_text_noted(bytes: &[u8]) -> Result<(String, Vec<String>), DocxError> {
    let mut archive = Archive::open(bytes)?;
    let main = main_part(&mut archive)?;
    let Some(document) = archive.read(&main)? else {
        return Err(kind_of(&archive));
    };
    let mut numbering = archive
        .read("word/numbering.xml")?
        .map(|xml| Numbering::parse(&xml_text(&xml)))
        .unwrap_or_default();
    let styles = archive
        .read("word/styles.xml")?
        .map(|xml| Styles::parse(&xml_text(&xml)))
        .unwrap_or_default();
    numbering.resolve_style_links(&styles);
    let mut notes = Vec::new();
    let replaced = match sniff_bom(&document) {
        Some((TextEncoding::Utf16Le | TextEncoding::Utf16Be, _)) => 0,
        _ => invalid_utf8_bytes(&document),
    };
    if replaced > 0 {
        notes.push(format!(
            "Word 正文（{main}）中有 {replaced} 个字节不是有效的 UTF-8 编码，已替换为“\u{FFFD}”：文件可能损坏，请用 Word 打开后另存为 .docx 再试"
        ));
    }
    Ok((
        Walker::new(numbering, styles).run(&xml_text(&document)),
        notes,
    ))
}

/// The path of the main document part: `word/document.xml`, or where `_rels/.rels` points.
fn main_part(archive: &mut Archive) -> Result<String, DocxError> {
    if archive.find(MAIN_PART).is_some() {
        return Ok(MAIN_PART.to_string());
    }
    let rels = archive
        .read("_rels/.rels")?
        .ok_or_else(|| kind_of(archive))?;
    let rels = xml_text(&rels);
    Scanner::new(&rels)
        .find_map(|event| match event {
            Event::Start {
                name: "Relationship",
                attrs,
                ..
            } if attr(attrs, "Type").is_some_and(|t| t.ends_with("/officeDocument")) => {
                attr(attrs, "Target").map(|t| t.trim_start_matches('/').to_string())
            }
            _ => None,
        })
        .ok_or_else(|| kind_of(archive))
}

/// What a zip without a Word document is, for the message.
fn kind_of(archive: &Archive) -> DocxError {
    OTHER_KINDS
        .iter()
        .find(|(part, _)| archive.find(part).is_some())
        .map_or(DocxError::NoDocument, |(_, kind)| DocxError::NotWord(kind))
}

/// An XML part's text: UTF-16 when it has that BOM, else UTF-8 (malformed bytes replaced).
fn xml_text(bytes: &[u8]) -> String {
    match sniff_bom(bytes) {
        Some((enc @ (TextEncoding::Utf16Le | TextEncoding::Utf16Be), _)) => {
            decode_as(bytes, enc, &ReadOptions::default()).unwrap_or_default()
        }
        _ => String::from_utf8_lossy(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes))
            .into_owned(),
    }
}

/// Elements whose content is not reading text: tracked deletions and moves, field codes,
/// the fallback copy of a text box, ruby (phonetic) text, and the old properties of tracked
/// formatting changes.
const SKIP: &[&str] = &[
    "rt",
    "del",
    "moveFrom",
    "delText",
    "instrText",
    "delInstrText",
    "Fallback",
    "pPrChange",
    "rPrChange",
    "numberingChange",
    "tcPrChange",
];

/// A paragraph being read.
#[derive(Debug, Default)]
struct Paragraph {
    num_id: Option<String>,
    ilvl: Option<usize>,
    style: Option<String>,
    labelled: bool,
}

/// Walks document.xml, writing text as it goes.
struct Walker {
    numbering: Numbering,
    styles: Styles,
    out: LineWriter,
    /// Text of text boxes anchored in the current paragraph, written after it so that the
    /// paragraph's own text stays on one line.
    boxes: LineWriter,
    paragraphs: Vec<Paragraph>,
    skip_depth: usize,
    in_ppr: bool,
    in_rpr: bool,
    in_text: bool,
    hidden: bool,
}

impl Walker {
    fn new(numbering: Numbering, styles: Styles) -> Self {
        Walker {
            numbering,
            styles,
            out: LineWriter::new(),
            boxes: LineWriter::new(),
            paragraphs: Vec::new(),
            skip_depth: 0,
            in_ppr: false,
            in_rpr: false,
            in_text: false,
            hidden: false,
        }
    }

    fn run(mut self, xml: &str) -> String {
        for event in Scanner::new(xml) {
            match event {
                Event::Start { name, attrs, empty } => {
                    if self.skip_depth > 0 || SKIP.contains(&name) {
                        self.skip_depth += usize::from(!empty);
                        continue;
                    }
                    self.start(name, attrs, empty);
                }
                Event::End { name } => {
                    if self.skip_depth > 0 {
                        self.skip_depth -= 1;
                        continue;
                    }
                    self.end(name);
                }
                Event::Text(text) => {
                    if self.in_text && !self.hidden && self.skip_depth == 0 {
                        self.writer().push_str(&text);
                    }
                }
            }
        }
        self.out.finish()
    }

    /// Where text goes: the document, or the text-box buffer inside a nested paragraph.
    fn writer(&mut self) -> &mut LineWriter {
        if self.paragraphs.len() > 1 {
            &mut self.boxes
        } else {
            &mut self.out
        }
    }

    fn start(&mut self, name: &str, attrs: &str, empty: bool) {
        match name {
            "p" => {
                if empty {
                    self.writer().start_block();
                    self.writer().end_block();
                    return;
                }
                self.paragraphs.push(Paragraph::default());
                self.writer().start_block();
                self.in_ppr = false;
            }
            "tbl" if !empty => self.writer().start_table(),
            "tc" if !empty => self.writer().enter_cell(),
            "gridSpan" => {
                let span = attr(attrs, "val").and_then(|v| v.trim().parse().ok());
                self.writer().set_cell(span, None);
            }
            "gridBefore" => {
                let n = attr(attrs, "val").and_then(|v| v.trim().parse().ok());
                if let Some(n) = n.filter(|&n| n > 0) {
                    self.writer().skip_columns(n);
                }
            }
            "vMerge" => {
                let merge = match attr(attrs, "val").as_deref() {
                    Some("restart") => Merge::Restart,
                    _ => Merge::Continue,
                };
                self.writer().set_cell(None, Some(merge));
            }
            "pPr" if !empty => self.in_ppr = true,
            "rPr" if !empty => self.in_rpr = true,
            "r" => self.hidden = false,
            "pStyle" if self.in_ppr && !self.in_rpr => {
                if let Some(p) = self.paragraphs.last_mut() {
                    p.style = attr(attrs, "val");
                }
            }
            "numId" if self.in_ppr => {
                if let Some(p) = self.paragraphs.last_mut() {
                    p.num_id = attr(attrs, "val");
                }
            }
            "ilvl" if self.in_ppr => {
                if let Some(p) = self.paragraphs.last_mut() {
                    p.ilvl = attr(attrs, "val").and_then(|v| v.trim().parse().ok());
                }
            }
            "vanish" if self.in_rpr && !self.in_ppr => {
                self.hidden =
                    attr(attrs, "val").is_none_or(|v| !matches!(v.as_str(), "0" | "false" | "off"));
            }
            "t" if !empty && !self.in_ppr => self.in_text = true,
            "tab" if !self.in_ppr => self.text("\t"),
            // Page and column breaks split a page, not the paragraph's text.
            "br" if !self.in_ppr && attr(attrs, "type").is_some_and(|t| t != "textWrapping") => {}
            "br" | "cr" if !self.in_ppr => {
                self.label();
                self.writer().line_break();
            }
            "noBreakHyphen" => self.text("-"),
            _ => {}
        }
    }

    fn end(&mut self, name: &str) {
        match name {
            "p" => {
                self.label();
                self.writer().end_block();
                self.paragraphs.pop();
                self.in_ppr = false;
                if self.paragraphs.is_empty() && !self.boxes.is_empty() {
                    let boxes = std::mem::take(&mut self.boxes).finish();
                    for line in boxes.lines() {
                        self.out.end_block();
                        self.out.push_str(line);
                    }
                    self.out.end_block();
                }
            }
            "pPr" => {
                self.in_ppr = false;
                self.label();
            }
            "rPr" => self.in_rpr = false,
            "t" => self.in_text = false,
            "tc" => self.writer().end_cell(),
            "tr" => self.writer().end_row(),
            "tbl" => self.writer().end_table(),
            _ => {}
        }
    }

    fn text(&mut self, s: &str) {
        if !self.hidden {
            self.label();
            self.writer().push_str(s);
        }
    }

    /// Writes the current paragraph's numbering label, once, before its first text.
    fn label(&mut self) {
        let Some(p) = self.paragraphs.last_mut() else {
            return;
        };
        if p.labelled {
            return;
        }
        p.labelled = true;
        let (style_num, style_ilvl) = match &p.style {
            Some(style) => self.styles.numbering_of(style),
            None => (None, None),
        };
        let Some(num_id) = p.num_id.clone().or(style_num) else {
            return;
        };
        let ilvl = p
            .ilvl
            .or(style_ilvl)
            .or_else(|| {
                let style = p.style.as_deref()?;
                self.numbering.level_of_style(&num_id, style)
            })
            .unwrap_or(0);
        if let Some(label) = self.numbering.next_label(&num_id, ilvl) {
            self.writer().push_str(&label);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::zip::tests::build;

    fn body(paragraphs: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{paragraphs}<w:sectPr/></w:body></w:document>"#
        )
    }

    const NUMBERING: &str = r#"<w:numbering>
      <w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
      <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl></w:abstractNum>
      <w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num></w:numbering>"#;

    fn numbered(level: usize, text: &str) -> String {
        format!(
            r#"<w:p><w:pPr><w:pStyle w:val="a3"/><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"#
        )
    }

    fn docx(document: &str) -> Vec<u8> {
        build(
            &[
                ("[Content_Types].xml", b"<Types/>"),
                ("word/document.xml", document.as_bytes()),
                ("word/numbering.xml", NUMBERING.as_bytes()),
            ],
            true,
        )
    }

    #[test]
    fn numbering_is_rebuilt_as_labels() {
        let doc = body(
            &[
                numbered(0, "加强学法"),
                numbered(1, "举办讲座"),
                numbered(1, "组织考试"),
                numbered(0, "严格执法"),
                numbered(1, "规范检查"),
            ]
            .concat(),
        );
        assert_eq!(
            to_text(&docx(&doc)).unwrap(),
            "一、加强学法\n（一）举办讲座\n（二）组织考试\n二、严格执法\n（一）规范检查\n"
        );
    }

    #[test]
    fn runs_tabs_breaks_entities_join_in_a_paragraph() {
        let doc = body(
            r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>牵头单位</w:t></w:r><w:r><w:t xml:space="preserve">：示例市司法局 &amp; </w:t></w:r><w:r><w:tab/><w:t>甲</w:t><w:br/><w:t>乙</w:t></w:r></w:p>"#,
        );
        assert_eq!(
            to_text(&docx(&doc)).unwrap(),
            "牵头单位：示例市司法局 & \t甲\n乙\n"
        );
    }

    #[test]
    fn deletions_field_codes_hidden_text_and_fallbacks_are_dropped() {
        let doc = body(
            r#"<w:p><w:del><w:r><w:delText>旧</w:delText></w:r></w:del><w:ins><w:r><w:t>新</w:t></w:r></w:ins>
            <w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>
            <w:r><mc:AlternateContent><mc:Choice><w:drawing><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>
            <mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>框内</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>
            <w:r><w:t>尾</w:t></w:r></w:p>"#,
        );
        assert_eq!(to_text(&docx(&doc)).unwrap(), "新尾\n框内\n");
    }

    #[test]
    fn table_rows_become_lines() {
        let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
        let doc = body(&format!(
            "<w:tbl><w:tr>{}{}</w:tr><w:tr>{}{}</w:tr></w:tbl>",
            cell("1"),
            cell("任务甲"),
            cell("2"),
            cell("任务乙")
        ));
        assert_eq!(to_text(&docx(&doc)).unwrap(), "1\t任务甲\n2\t任务乙\n");
    }

    #[test]
    fn merged_spanned_and_skipped_cells_keep_their_columns() {
        let cell = |props: &str, t: &str| {
            format!("<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>")
        };
        let empty = |props: &str| format!("<w:tc><w:tcPr>{props}</w:tcPr><w:p/></w:tc>");
        let restart = r#"<w:vMerge w:val="restart"/>"#;
        let doc = body(&format!(
            "<w:tbl><w:tr>{}{}{}</w:tr><w:tr>{}{}{}</w:tr><w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>{}{}</w:tr><w:tr>{}</w:tr></w:tbl>",
            cell("", "1"),
            cell(r#"<w:gridSpan w:val="2"/>"#, "任务甲"),
            cell(restart, "县甲局"),
            cell("", "2"),
            cell(r#"<w:gridSpan w:val="2"/>"#, "任务乙"),
            empty("<w:vMerge/>"),
            cell(r#"<w:gridSpan w:val="2"/>"#, "任务丙"),
            cell("", "县丙局"),
            cell(r#"<w:gridSpan w:val="4"/>"#, "二、分组"),
        ));
        assert_eq!(
            to_text(&docx(&doc)).unwrap(),
            "1\t任务甲\t\t县甲局\n2\t任务乙\t\t县甲局\n\t任务丙\t\t县丙局\n二、分组\n"
        );
    }

    #[test]
    fn other_zips_are_named() {
        let xlsx = build(&[("xl/workbook.xml", b"<workbook/>")], false);
        assert!(matches!(to_text(&xlsx), Err(DocxError::NotWord(_))));
        let zip = build(&[("readme.txt", b"hi")], false);
        assert_eq!(to_text(&zip), Err(DocxError::NoDocument));
    }

    #[test]
    fn main_part_is_found_through_rels() {
        let rels = r#"<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>"#;
        let doc = body("<w:p><w:r><w:t>正文</w:t></w:r></w:p>");
        let zip = build(
            &[
                ("_rels/.rels", rels.as_bytes()),
                ("word/document2.xml", doc.as_bytes()),
            ],
            false,
        );
        assert_eq!(to_text(&zip).unwrap(), "正文\n");
    }
}
