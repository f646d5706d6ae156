//! .pdf with a text layer → plain text, one paragraph per line, as a reader reads the pages.
//!
//! ```text
//! bytes ─► PdfReader (pdfread: runs of text where they print, per page)
//!       ─► lines ─► running headers/footers dropped ─► wrapped lines joined ─► text
//! ```
//!
//! The reader is the `pdfread` crate (lopdf). The CLI links it ([`ReadOptions`]'s default);
//! the page runs it as a second wasm module in its worker, loaded only when a PDF arrives, and
//! hands its answer here through [`ReadOptions::pdf`]: from the runs on, the CLI and the page
//! run the same code ([`from_runs`]). A PDF with no text at all is a scan: the message says it
//! needs OCR.

use crate::ingest::encoding::ReadOptions;
use crate::ingest::layout;
pub use pdfread::{
    Extracted, Gb18030Decoder, PdfError, MAX_CONTENT, MAX_FORMS, MAX_OPERATIONS, MAX_PAGES,
};

/// A PDF reader: the bytes → each page's runs of text, or why not (the decoder for `GBK-EUC-H`
/// fonts given).
pub type PdfReader = fn(&[u8], Option<Gb18030Decoder>) -> Result<Extracted, PdfError>;

/// The reader linked into the CLI.
#[cfg(not(target_arch = "wasm32"))]
pub const NATIVE: PdfReader = pdfread::read;

/// Reads a PDF's bytes with `reader` into plain text, with what was left out (pages without
/// text, characters without a map), in Chinese, one line each.
///
/// ```
/// let pdf = std::fs::read("tests/fixtures/pdf/cid.pdf").unwrap();
/// let opts = plandiff::ingest::ReadOptions::default();
/// let reader = opts.pdf.unwrap();
/// let (text, _) = plandiff::ingest::pdf::to_text_noted(&pdf, reader, &opts).unwrap();
/// assert!(text.starts_with("示例市2026年优化营商环境工作要点\n一、提升政务服务效能\n"));
/// ```
pub fn to_text_noted(
    bytes: &[u8],
    reader: PdfReader,
    options: &ReadOptions,
) -> Result<(String, Vec<String>), PdfError> {
    from_runs(reader(bytes, options.gb18030)?)
}

/// What a reader found → plain text and notes: the core's part of reading a PDF, the same for
/// the CLI and the page.
pub fn from_runs(extracted: Extracted) -> Result<(String, Vec<String>), PdfError> {
    let mut notes = Vec::new();
    if extracted.more_pages {
        notes.push(format!(
            "PDF 超过 {MAX_PAGES} 页，只读取了前 {MAX_PAGES} 页"
        ));
    }
    let mut pages = Vec::new();
    let mut blank = Vec::new();
    for (n, runs) in extracted.pages.into_iter().enumerate() {
        let lines = layout::lines(runs);
        if lines.is_empty() {
            blank.push(n + 1);
        }
        pages.push(lines);
    }
    if blank.len() == pages.len() {
        return Err(if extracted.unmapped > 0 {
            PdfError::Unmapped
        } else {
            PdfError::Scanned { pages: pages.len() }
        });
    }
    if !blank.is_empty() {
        let list: Vec<String> = blank.iter().take(20).map(usize::to_string).collect();
        let more = if blank.len() > 20 { " 等" } else { "" };
        notes.push(format!(
            "第 {}{more} 页没有文字层（空白页，或扫描图片），其内容未读取",
            list.join("、")
        ));
    }
    if extracted.unmapped > 0 {
        notes.push(format!(
            "有 {} 个字符的字体没有文字对照表（ToUnicode），未能读出：这些位置的文字缺失，请核对原文",
            extracted.unmapped
        ));
    }
    layout::drop_chrome(&mut pages);
    Ok((layout::join(&pages), notes))
}
