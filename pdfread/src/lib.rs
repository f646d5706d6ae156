//! PlanDiff's PDF reader: a PDF's bytes → the runs of text each page shows, where they print.
//!
//! ```text
//! bytes ─► lopdf Document (decompression ≤ MAX_CONTENT) ─► per page: runs of text at (x, y)
//! ```
//!
//! The core (`plandiff::ingest::pdf`) goes on from the runs: lines rebuilt, running headers
//! dropped, wrapped lines joined. The CLI links this crate; the page builds it as a second wasm
//! module ([`module`], about as large as the page's own), inlined in the same HTML file and
//! compiled in the page's worker only when a PDF arrives.
//!
//! Crate: `lopdf` 0.47 (well kept, pure Rust: objects, xref repair, filters, empty-password
//! decryption, `/ToUnicode` CMaps, nesting and decompression limits); `pdf-extract` 0.12 on top
//! of it was not taken: it panics on a Type0 font with a predefined CMap such as `UniGB-UCS2-H`
//! (`panic!("unsupported encoding")`) and on other input it does not expect (about 70
//! `unwrap`/`panic!`), and it pins an older lopdf. What it would have given — placing text — is
//! ours ([`content`]); fonts as in [`font`].
//!
//! Chinese comes out right from embedded fonts with a `/ToUnicode` map (what Word, WPS and
//! most PDF writers make), and from the predefined CMaps `UniGB-UCS2-H`/`UniGB-UTF16-H` and
//! `GBK-EUC-H` without an embedded font. Not read: `Identity-H` fonts without `/ToUnicode`
//! (their codes are Adobe-GB1 glyph ids; the table back to Unicode is not carried): counted.

#[cfg(feature = "reader")]
pub mod content;
#[cfg(feature = "reader")]
pub mod font;
#[cfg(all(feature = "reader", target_arch = "wasm32"))]
pub mod module;

use serde::{Deserialize, Serialize};
use std::fmt;

/// Most pages read (a plan has tens).
pub const MAX_PAGES: usize = 5_000;
/// Most content-stream operators run over the whole document (a dense page of a Chinese plan
/// has a few thousand: this is hundreds of pages).
pub const MAX_OPERATIONS: usize = 2_000_000;
/// Most form XObjects drawn over the whole document (a page draws a few, a logo or a seal).
pub const MAX_FORMS: usize = 10_000;
/// Most bytes the document's streams may inflate to, together (per object while loading).
pub const MAX_CONTENT: usize = 64 * 1024 * 1024;

/// A GB18030 decoder borrowed from where the reader runs (`encoding_rs` natively, the browser's
/// `TextDecoder` in the page): strict, `None` for malformed bytes.
pub type Gb18030Decoder = fn(&[u8]) -> Option<String>;

/// A piece of text shown at one place: `x`, `y` its start on the baseline, `end` where the pen
/// stopped, in the page's units (1/72 inch, y up; an OFD's are mm turned over).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Run {
    /// Start on the baseline.
    pub x: f32,
    /// The baseline.
    pub y: f32,
    /// Where the pen stopped.
    pub end: f32,
    /// The font size as printed.
    pub size: f32,
    /// The characters.
    pub text: String,
}

/// What the reader found in a PDF: each page's runs, in the order shown.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Extracted {
    /// The runs of each page read.
    pub pages: Vec<Vec<Run>>,
    /// Whether the document has more than [`MAX_PAGES`] pages (the rest were not read).
    pub more_pages: bool,
    /// Codes shown whose font gives no way back to characters.
    pub unmapped: usize,
}

/// Why a PDF could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
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
    /// No reader at hand: the page could not run its PDF module (no Web Worker).
    NoReader,
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
            PdfError::NoReader => write!(
                f,
                "未能加载 PDF 读取模块（它在浏览器的后台线程 Web Worker 中运行）：请换用新版 Chrome、Edge 或 Firefox，或用命令行工具 plandiff（plandiff compare A.pdf B.pdf --html > 对照.html），或把文字另存为 .txt/.docx 后再拖入"
            ),
        }
    }
}

/// Reads the runs of text of every page of a PDF (at most [`MAX_PAGES`]), within the limits.
///
/// ```
/// let pdf = std::fs::read("../tests/fixtures/pdf/cid.pdf").unwrap();
/// let read = pdfread::read(&pdf, None).unwrap();
/// assert_eq!(read.pages.len(), 1);
/// assert_eq!(read.pages[0][0].text, "示例市2026年优化营商环境工作要点");
/// ```
#[cfg(feature = "reader")]
pub fn read(bytes: &[u8], gb18030: Option<Gb18030Decoder>) -> Result<Extracted, PdfError> {
    use content::{Budget, Reader};
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
    let mut budget = Budget {
        operations: MAX_OPERATIONS,
        forms: MAX_FORMS,
        bytes: MAX_CONTENT,
        unmapped: 0,
        codes: 0,
    };
    let mut reader = Reader::new(&doc, gb18030);
    let mut pages = Vec::new();
    for id in page_ids.iter().take(MAX_PAGES) {
        let runs = reader
            .page(*id, &mut budget)
            .map_err(|_| PdfError::TooComplex)?;
        pages.push(runs);
    }
    Ok(Extracted {
        pages,
        more_pages: page_ids.len() > MAX_PAGES,
        unmapped: budget.unmapped,
    })
}

/// The error for a document lopdf could not load.
#[cfg(feature = "reader")]
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
