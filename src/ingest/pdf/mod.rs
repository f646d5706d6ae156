//! .pdf with a text layer → plain text, one paragraph per line, as a reader reads the pages.
//!
//! Crate: `lopdf` 0.47 (well kept, pure Rust: objects, xref repair, filters, empty-password
//! decryption, `/ToUnicode` CMaps, nesting and decompression limits); `pdf-extract` 0.12 on top
//! of it was not taken: it panics on a Type0 font with a predefined CMap such as `UniGB-UCS2-H`
//! (`panic!("unsupported encoding")`) and on other input it does not expect (about 70
//! `unwrap`/`panic!`), and it pins an older lopdf. What it would have given — placing text and
//! rebuilding lines — is ours ([`content`], [`crate::ingest::layout`]); fonts as in [`font`]. Native only (the
//! CLI): in the page's wasm lopdf weighed 625 KB of code, over the size budget.
//!
//! ```text
//! bytes ─► lopdf Document (decompression ≤ MAX_CONTENT) ─► per page: runs of text at (x, y)
//!       ─► lines ─► running headers/footers dropped ─► wrapped lines joined ─► text
//! ```
//!
//! Chinese comes out right from embedded fonts with a `/ToUnicode` map (what Word, WPS and
//! most PDF writers make), and from the predefined CMaps `UniGB-UCS2-H`/`UniGB-UTF16-H` and
//! `GBK-EUC-H` without an embedded font. Not read: `Identity-H` fonts without `/ToUnicode`
//! (their codes are Adobe-GB1 glyph ids; the table back to Unicode is not carried): counted and
//! said. A PDF with no text at all is a scan: the message says it needs OCR.

pub mod content;
pub mod font;

use std::fmt;

use crate::ingest::encoding::ReadOptions;
use crate::ingest::layout;
use content::{Budget, Reader};

/// Most pages read (a plan has tens).
pub const MAX_PAGES: usize = 5_000;
/// Most content-stream operators run over the whole document (a dense page of a Chinese plan
/// has a few thousand: this is hundreds of pages).
pub const MAX_OPERATIONS: usize = 2_000_000;
/// Most form XObjects drawn over the whole document (a page draws a few, a logo or a seal).
pub const MAX_FORMS: usize = 10_000;
/// Most bytes the document's streams may inflate to, together (per object while loading).
pub const MAX_CONTENT: usize = 64 * 1024 * 1024;

/// Why a PDF could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// Not a PDF lopdf can read: cut short, damaged, or a stream over the limit.
    Damaged(String),
    /// A password is needed to open it.
    Encrypted,
    /// No text on any page: a scan, or pictures only.
    Scanned {
        /// The number of pages.
        pages: usize,
    },
    /// Text is shown, but its fonts give no way back to the characters.
    Unmapped,
    /// The pages ask for more work than [`MAX_OPERATIONS`] or [`MAX_CONTENT`].
    TooComplex,
}

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PdfError::Damaged(why) => write!(
                f,
                "不是有效的 PDF 文件（{why}）：文件可能不完整或已损坏，请重新下载，或用原软件重新导出 PDF 后再试"
            ),
            PdfError::Encrypted => write!(
                f,
                "PDF 文件已加密（需要密码才能打开）：请取消密码后另存，或复制文字另存为 .txt 再试"
            ),
            PdfError::Scanned { pages } => write!(
                f,
                "这是扫描件或图片 PDF（共 {pages} 页），没有可读取的文字层：需要先用 OCR 文字识别（如 WPS、Adobe Acrobat 的“OCR 识别”）转成文字，另存为 .docx 或 .txt 后再试"
            ),
            PdfError::Unmapped => write!(
                f,
                "PDF 中的字体没有文字对照表（ToUnicode），无法还原文字：请用原软件重新导出 PDF（嵌入字体），或复制文字另存为 .txt 再试"
            ),
            PdfError::TooComplex => write!(
                f,
                "PDF 页面内容超过处理上限（{} MB、{} 万个绘图指令或 {} 次嵌套绘制），可能是异常文件：请确认文件来源，或复制文字另存为 .txt 再试",
                MAX_CONTENT / (1024 * 1024),
                MAX_OPERATIONS / 10_000,
                MAX_FORMS
            ),
        }
    }
}

/// Reads a PDF's bytes into plain text, with what was left out (pages without text, characters
/// without a map), in Chinese, one line each.
///
/// ```
/// let pdf = std::fs::read("tests/fixtures/pdf/cid.pdf").unwrap();
/// let opts = plandiff::ingest::ReadOptions::default();
/// let (text, _) = plandiff::ingest::pdf::to_text_noted(&pdf, &opts).unwrap();
/// assert!(text.starts_with("示例市2026年优化营商环境工作要点\n一、提升政务服务效能\n"));
/// ```
pub fn to_text_noted(
    bytes: &[u8],
    options: &ReadOptions,
) -> Result<(String, Vec<String>), PdfError> {
    let load = lopdf::LoadOptions {
        password: Some(String::new()),
        max_decompressed_size: Some(MAX_CONTENT),
        ..lopdf::LoadOptions::default()
    };
    let doc = lopdf::Document::load_mem_with_options(bytes, load).map_err(load_error)?;
    if doc.is_encrypted() {
        return Err(PdfError::Encrypted);
    }
    let page_ids: Vec<lopdf::ObjectId> = doc.page_iter().take(MAX_PAGES + 1).collect();
    if page_ids.is_empty() {
        return Err(PdfError::Damaged("没有页面".into()));
    }
    let mut notes = Vec::new();
    if page_ids.len() > MAX_PAGES {
        notes.push(format!(
            "PDF 超过 {MAX_PAGES} 页，只读取了前 {MAX_PAGES} 页"
        ));
    }
    let mut budget = Budget {
        operations: MAX_OPERATIONS,
        forms: MAX_FORMS,
        bytes: MAX_CONTENT,
        unmapped: 0,
        codes: 0,
    };
    let mut reader = Reader::new(&doc, options.gb18030);
    let mut pages = Vec::new();
    let mut blank = Vec::new();
    for (n, id) in page_ids.iter().take(MAX_PAGES).enumerate() {
        let runs = reader
            .page(*id, &mut budget)
            .map_err(|_| PdfError::TooComplex)?;
        let lines = layout::lines(runs);
        if lines.is_empty() {
            blank.push(n + 1);
        }
        pages.push(lines);
    }
    if blank.len() == pages.len() {
        return Err(if budget.unmapped > 0 {
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
    if budget.unmapped > 0 {
        notes.push(format!(
            "有 {} 个字符的字体没有文字对照表（ToUnicode），未能读出：这些位置的文字缺失，请核对原文",
            budget.unmapped
        ));
    }
    layout::drop_chrome(&mut pages);
    Ok((layout::join(&pages), notes))
}

/// The error for a document lopdf could not load.
fn load_error(e: lopdf::Error) -> PdfError {
    use lopdf::Error as E;
    match e {
        E::InvalidPassword | E::Decryption(_) | E::UnsupportedSecurityHandler(_) => {
            PdfError::Encrypted
        }
        E::Decompress(lopdf::DecompressError::MemoryLimitExceeded { .. }) => PdfError::TooComplex,
        E::ReferenceLimit | E::RecursionLimit | E::ReferenceCycle(_) => {
            PdfError::Damaged("对象嵌套过深或循环引用".into())
        }
        E::Xref(_) | E::MissingXrefEntry | E::InvalidOffset(_) => {
            PdfError::Damaged("交叉引用表损坏".into())
        }
        E::Parse(_) | E::Syntax(_) | E::IndirectObject { .. } => {
            PdfError::Damaged("无法解析文件结构".into())
        }
        _ => PdfError::Damaged("无法打开".into()),
    }
}
