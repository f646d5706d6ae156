//! Each format read from a realistic, invented file, checked by snapshot: a saved government
//! web page, and a Word document with automatic numbering, a table and tracked changes.

mod ingest_support;

use ingest_support::{stored_zip_of, zip_of, NUMBERING_XML};

#[test]
fn saved_web_page() {
    let page = include_bytes!("fixtures/ingest_page.html");
    let read = plandiff::ingest::read(page, "page.html").expect("reads");
    assert_eq!(
        (read.format.as_str(), read.encoding.as_str()),
        ("html", "utf-8")
    );
    insta::assert_snapshot!(read.text);
}

/// A document.xml with what Word writes around the text: numbering, a table, a text box with
/// its fallback copy, a tracked deletion and insertion, a field, a page break and a hyperlink.
const DOCUMENT_XML: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">
<w:body>
<w:p><w:pPr><w:jc w:val="center"/><w:rPr><w:b/></w:rPr></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="44"/></w:rPr><w:t>示例市2025年安全生产工作要点</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>压实安全责任</w:t></w:r></w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr><w:tabs><w:tab w:val="left" w:pos="840"/></w:tabs></w:pPr>
  <w:r><w:t xml:space="preserve">开展隐患排查。全年排查企业不少于</w:t></w:r>
  <w:del w:id="1" w:author="甲"><w:r><w:delText>300</w:delText></w:r></w:del>
  <w:ins w:id="2" w:author="甲"><w:r><w:t>500</w:t></w:r></w:ins>
  <w:r><w:t>家。</w:t></w:r>
  <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> REF _Ref1 \h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>（见附件）</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
  <w:r><w:t>（牵头单位：市应急管理局；责任单位：</w:t></w:r><w:r><w:br w:type="page"/></w:r><w:r><w:t>各区人民政府）</w:t></w:r>
</w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>
  <w:r><w:t>强化宣传培训。</w:t></w:r>
  <w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>（文本框：培训覆盖率100%）</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>（文本框：培训覆盖率100%）</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r>
  <w:hyperlink r:id="rId9"><w:r><w:t>详见专栏</w:t></w:r></w:hyperlink>
</w:p>
<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>重点任务清单</w:t></w:r></w:p>
<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>
  <w:tr><w:tc><w:p><w:r><w:t>序号</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>任务</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>牵头单位</w:t></w:r></w:p></w:tc></w:tr>
  <w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>建设应急物资储备库</w:t></w:r></w:p><w:p><w:r><w:t>6月底前完成选址</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>市发展改革委</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:p/>
<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的批注文字</w:t></w:r><w:r><w:t>示例市安全生产委员会办公室</w:t></w:r></w:p>
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>
</w:body></w:document>"#;

#[test]
fn word_document_with_numbering_table_and_revisions() {
    let bytes = zip_of(&[
        ("word/document.xml", DOCUMENT_XML.as_bytes()),
        ("word/numbering.xml", NUMBERING_XML.as_bytes()),
    ]);
    let read = plandiff::ingest::read(&bytes, "要点.docx").expect("reads");
    assert_eq!(
        (read.format.as_str(), read.encoding.as_str()),
        ("docx", "utf-8")
    );
    insta::assert_snapshot!(read.text);
}

#[test]
fn stored_entries_read_like_deflated_ones() {
    let entries = [("word/document.xml", DOCUMENT_XML.as_bytes())];
    let a = plandiff::ingest::read(&stored_zip_of(&entries), "a.docx").expect("stored");
    let b = plandiff::ingest::read(&zip_of(&entries), "b.docx").expect("deflated");
    assert_eq!(a.text, b.text);
}

#[test]
fn bytes_replaced_in_a_word_document_are_warned_of() {
    // Two bytes of a character lost (its first byte stays, alone): the text still reads, with a
    // warning naming the part.
    let mut xml = DOCUMENT_XML.as_bytes().to_vec();
    let at = DOCUMENT_XML.find("建设应急").expect("fixture text");
    xml.drain(at + 1..at + 3);
    let read =
        plandiff::ingest::read(&zip_of(&[("word/document.xml", &xml)]), "a.docx").expect("reads");
    assert!(read.text.contains('\u{FFFD}'));
    let warned: Vec<_> = read
        .warnings
        .iter()
        .filter(|w| w.contains("UTF-8"))
        .collect();
    assert_eq!(warned.len(), 1, "{:?}", read.warnings);
    assert!(warned[0].contains("word/document.xml") && warned[0].contains("1 个字节"));

    let clean = plandiff::ingest::read(
        &zip_of(&[("word/document.xml", DOCUMENT_XML.as_bytes())]),
        "b.docx",
    )
    .expect("reads");
    assert!(clean.warnings.is_empty(), "{:?}", clean.warnings);
}
