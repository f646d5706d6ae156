//! Ingest: file bytes and name → plain text with its line structure, format and encoding found.
//!
//! ```text
//! bytes ─► size limit ─► magic numbers (.doc, images, archives: refused with advice)
//!       ─► format (name, then content) ─► encoding (BOM, UTF-8, GB18030, UTF-16)
//!       ─► txt/md: kept as written │ html: text of the blocks │ docx: paragraphs + numbering
//!          │ pdf: lines rebuilt from where the text prints
//!       ─► line endings and control characters cleaned
//! ```
//!
//! Full-width forms, markdown marks, indentation and line breaks are kept as they are: the
//! outline stage reads them.
//!
//! | read | how |
//! |---|---|
//! | `.txt` `.md` | text as written, line endings normalised, control characters dropped; a table drawn with box characters (`│…│`) → one line a row, tab-separated cells (see [`boxdraw`]) |
//! | `.html` `.htm` | blocks → lines, table rows → lines with tab-separated cells, `<ol>` numbers as text; scripts, styles, `<head>`, `<nav>`, `<footer>`, comments dropped |
//! | `.docx` | paragraphs → lines, Word's automatic numbering (`numbering.xml`, list styles) rebuilt as text, tables as for HTML, text boxes after their paragraph, tracked deletions and field codes dropped |
//! | `.pdf` | the text layer: lines rebuilt from glyph positions, wrapped lines of a paragraph joined, running headers, footers and page numbers dropped, a table's cells between tabs (see [`pdf`]); a scan without text is refused with a message saying it needs OCR |
//! | `.ofd` | the same, from the zip's `TextObject`/`TextCode` placed in mm (see [`ofd`]); also in the page |
//! | encodings | BOM (UTF-8, UTF-16LE/BE); valid UTF-8; GB18030/GBK or UTF-16 without BOM by which reads most like Chinese; `<meta charset=gbk…>` in pages |
//!
//! Limits: text files up to [`MAX_TEXT_FILE`] (20 MB), .docx and .pdf up to [`MAX_DOCX_FILE`]
//! (100 MB) whose parts may inflate to [`zip::MAX_TOTAL_SIZE`] (64 MB; [`pdf::MAX_CONTENT`] for
//! a PDF) and no more, whatever sizes the file declares. Old .doc/.wps, images, archives and
//! .mht get a message saying what to save the file as instead.

pub mod boxdraw;
pub mod docx;
pub mod encoding;
pub mod entity;
pub mod html;
pub mod layout;
pub mod numbering;
pub mod numfmt;
pub mod ofd;
pub mod pdf;
pub mod script;
pub mod table;
pub mod text;
pub mod xml;
pub mod zip;

use crate::error::{ErrorKind, ParseError};
pub use encoding::ReadOptions;
use encoding::TextEncoding;

/// Largest text file (.txt, .md, .html) read, in bytes. A year's plan is well under 1 MB.
pub const MAX_TEXT_FILE: usize = 20 * 1024 * 1024;
/// Largest .docx or .pdf read, in bytes (pictures and fonts make them larger than their text).
pub const MAX_DOCX_FILE: usize = 100 * 1024 * 1024;

/// Text read from a file, before any structure is found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ingested {
    /// Plain text, one paragraph or line per line.
    pub text: String,
    /// The encoding found (`utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`).
    pub encoding: String,
    /// The format found (`txt`, `md`, `html`, `docx`).
    pub format: String,
    /// What was repaired or left out while reading (bytes replaced, an unclosed element), in
    /// Chinese, one line each: the Document carries them on so that nothing is lost silently.
    pub warnings: Vec<String>,
    /// For text written in traditional characters (read as simplified): the document's own
    /// characters, as [`crate::model::Document::original_chars`].
    pub original_chars: Vec<crate::model::OriginalChar>,
    /// A page's `<title>` (empty for other formats or none): the plan's title when its text
    /// gives none.
    pub page_title: String,
}

/// The formats read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Txt,
    Md,
    Html,
    Docx,
    Pdf,
    Ofd,
}

impl Format {
    fn label(self) -> &'static str {
        match self {
            Format::Txt => "txt",
            Format::Md => "md",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Pdf => "pdf",
            Format::Ofd => "ofd",
        }
    }
}

const ADVICE_DOCX: &str = "请用 Word 打开后另存为 .docx 再试";

/// A kind of file that is not read, and what to tell the user (in Chinese; the page words each
/// kind in English itself).
type Refusal = (ErrorKind, &'static str);

// What to tell the user about each kind of file that is not read, one place each.
const OLD_OFFICE: Refusal = (
    ErrorKind::OldOffice,
    "这是旧版 Word（.doc/.wps）或加密的 Office 文件：请用 Word 打开后另存为 .docx 再试",
);
const RTF: Refusal = (
    ErrorKind::Rtf,
    "这是 RTF 文件：请用 Word 打开后另存为 .docx 再试",
);
const IMAGE: Refusal = (
    ErrorKind::Image,
    "这是图片文件，不含可读取的文字：请提供 .txt/.docx/.html 格式的计划",
);
const ARCHIVE: Refusal = (
    ErrorKind::Archive,
    "这是压缩包：请先解压，再选择其中的 .txt/.docx/.html 文件",
);
const MHT: Refusal = (
    ErrorKind::Mht,
    "这是单文件网页（.mht）：请在浏览器中另存为“网页，仅 HTML”（.html）再试",
);
const NOT_TEXT: Refusal = (
    ErrorKind::NotText,
    "不是文本文件，请另存为 .txt/.docx/.html 后重试",
);
const WPS: Refusal = (
    ErrorKind::Wps,
    "这是 WPS 文字旧格式（.wps）：请在 WPS 中另存为 .docx 再试",
);
const EXCEL: Refusal = (
    ErrorKind::Excel,
    "这是 Excel 表格：请把计划文字另存为 .docx 或 .txt 再试",
);
const POWERPOINT: Refusal = (
    ErrorKind::PowerPoint,
    "这是 PowerPoint 演示文稿：请把计划文字另存为 .docx 或 .txt 再试",
);

/// File signatures of formats that are not read, with what to tell the user.
const MAGIC: &[(&[u8], Refusal)] = &[
    (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", OLD_OFFICE),
    (b"{\\rtf", RTF),
    (b"\x89PNG", IMAGE),
    (b"\xFF\xD8\xFF", IMAGE),
    (b"GIF8", IMAGE),
    (b"II*\x00", IMAGE),
    (b"MM\x00*", IMAGE),
    (b"Rar!", ARCHIVE),
    (b"7z\xBC\xAF\x27\x1C", ARCHIVE),
    (b"\x1F\x8B", ARCHIVE),
    (b"MIME-Version:", MHT),
    (b"\x7FELF", NOT_TEXT),
    (b"MZ\x90\x00", NOT_TEXT),
];

/// Zip signatures: a .docx (or another Office file) whatever its name says.
const ZIP_MAGIC: &[&[u8]] = &[b"PK\x03\x04", b"PK\x05\x06"];

/// File extensions (lower case) and the format read, or why the file is refused.
const EXTENSIONS: &[(&str, Result<Format, Refusal>)] = &[
    ("txt", Ok(Format::Txt)),
    ("text", Ok(Format::Txt)),
    ("md", Ok(Format::Md)),
    ("markdown", Ok(Format::Md)),
    ("html", Ok(Format::Html)),
    ("htm", Ok(Format::Html)),
    ("xhtml", Ok(Format::Html)),
    ("shtml", Ok(Format::Html)),
    ("docx", Ok(Format::Docx)),
    ("docm", Ok(Format::Docx)),
    ("dotx", Ok(Format::Docx)),
    ("wps", Err(WPS)),
    ("pdf", Ok(Format::Pdf)),
    ("xls", Err(EXCEL)),
    ("xlsx", Err(EXCEL)),
    ("ppt", Err(POWERPOINT)),
    ("pptx", Err(POWERPOINT)),
    ("mht", Err(MHT)),
    ("mhtml", Err(MHT)),
    ("ofd", Ok(Format::Ofd)),
    ("png", Err(IMAGE)),
    ("jpg", Err(IMAGE)),
    ("jpeg", Err(IMAGE)),
    ("zip", Err(ARCHIVE)),
    ("rar", Err(ARCHIVE)),
    ("7z", Err(ARCHIVE)),
];

/// Reads `bytes` (a file named `name`) into plain text.
///
/// ```
/// let read = plandiff::ingest::read("一、总体要求\r\n（一）任务".as_bytes(), "a.txt").unwrap();
/// assert_eq!((read.text.as_str(), read.encoding.as_str()), ("一、总体要求\n（一）任务", "utf-8"));
/// ```
pub fn read(bytes: &[u8], name: &str) -> Result<Ingested, ParseError> {
    read_with(bytes, name, &ReadOptions::default())
}

/// [`read`] with the decoders given (the page passes the browser's GB18030 decoder).
pub fn read_with(bytes: &[u8], name: &str, options: &ReadOptions) -> Result<Ingested, ParseError> {
    let fail = |kind: ErrorKind, message: &str| ParseError::new(name, message).with_kind(kind);
    if bytes.is_empty() {
        return Err(fail(
            ErrorKind::Empty,
            "文件是空的（0 字节），请选择有内容的计划文件",
        ));
    }
    let limit = size_limit(bytes);
    if bytes.len() > limit {
        return Err(too_large(name, Some(bytes.len() as u64), limit));
    }
    if let Some((_, (kind, message))) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Err(fail(*kind, message));
    }
    let format = format_of(bytes, name)?;
    let mut warnings = Vec::new();
    let (text, encoding) = match format {
        Format::Docx => {
            let (text, notes) =
                docx::to_text_noted(bytes).map_err(|e| fail(docx_kind(&e), &e.to_string()))?;
            warnings.extend(notes);
            (text, TextEncoding::Utf8)
        }
        Format::Ofd => {
            let (text, notes) = ofd::to_text_noted(bytes).map_err(|e| {
                let kind = match e {
                    ofd::OfdError::Scanned { .. } => ErrorKind::NoText,
                    _ => ErrorKind::Ofd,
                };
                fail(kind, &e.to_string())
            })?;
            warnings.extend(notes);
            (text::clean(&text), TextEncoding::Utf8)
        }
        Format::Pdf => {
            let read = match options.pdf {
                Some(reader) => pdf::to_text_noted(bytes, reader, options),
                None => Err(pdf::PdfError::NoReader),
            };
            let (text, notes) = read.map_err(|e| fail(pdf_kind(&e), &e.to_string()))?;
            warnings.extend(notes);
            (text::clean(&text), TextEncoding::Utf8)
        }
        Format::Html => {
            let (page, encoding) =
                html::decode(bytes, options).ok_or_else(|| undecodable(name, bytes))?;
            refuse_binary(name, &page)?;
            warnings.extend(replaced_warning(bytes, encoding));
            let (text, notes) = html::to_text_noted(&text::clean(&page));
            warnings.extend(notes);
            let mut read = finish(name, text, encoding, format, warnings)?;
            read.page_title = html::page_title(&page);
            return Ok(read);
        }
        Format::Txt | Format::Md => {
            let (raw, encoding) =
                encoding::detect(bytes, options).ok_or_else(|| undecodable(name, bytes))?;
            refuse_binary(name, &raw)?;
            // Text that is the file's bytes as they are replaced none (one compare, not a
            // second UTF-8 walk).
            if raw.as_bytes() != bytes {
                warnings.extend(replaced_warning(bytes, encoding));
            }
            // A saved page under a .txt (or no) name is still a page.
            if format == Format::Txt && html::looks_like_html(&raw) {
                let (text, notes) = html::to_text_noted(&text::clean(&raw));
                warnings.extend(notes);
                let mut read = finish(name, text, encoding, Format::Html, warnings)?;
                read.page_title = html::page_title(&raw);
                return Ok(read);
            }
            (boxdraw::rewrite(text::clean(&raw)), encoding)
        }
    };
    finish(name, text, encoding, format, warnings)
}

/// The format of `bytes` named `name`: a zip is an OFD (by its name or its parts) or a .docx,
/// `%PDF` a PDF, anything else what its name says (text when it says nothing); a name that
/// promises a zip or a PDF the bytes are not is refused.
fn format_of(bytes: &[u8], name: &str) -> Result<Format, ParseError> {
    let fail = |kind: ErrorKind, message: &str| ParseError::new(name, message).with_kind(kind);
    let format = if is_zip(bytes) {
        if extension_format(name) == Some(Ok(Format::Ofd)) || ofd::is_ofd(bytes) {
            Format::Ofd
        } else {
            Format::Docx
        }
    } else if bytes.starts_with(b"%PDF") {
        Format::Pdf
    } else {
        match extension_format(name) {
            // Some writers put bytes before the header: a PDF by its name and a header soon.
            Some(Ok(Format::Pdf)) if pdf_header_near_start(bytes) => Format::Pdf,
            Some(Ok(Format::Docx)) => {
                return Err(fail(
                    ErrorKind::NotZip,
                    &format!("不是有效的 Word 文档（不是 zip 格式），{ADVICE_DOCX}"),
                ))
            }
            Some(Ok(Format::Pdf)) => {
                return Err(fail(
                    ErrorKind::Pdf,
                    "不是有效的 PDF 文件（没有 %PDF 文件头）：请确认文件完整，或重新下载后再试",
                ))
            }
            Some(Ok(Format::Ofd)) => {
                return Err(fail(
                    ErrorKind::Ofd,
                    "不是有效的 OFD 文件（不是 zip 格式）：请确认文件完整，或重新下载后再试",
                ))
            }
            Some(Ok(format)) => format,
            Some(Err((kind, message))) => return Err(fail(kind, message)),
            None => Format::Txt,
        }
    };
    Ok(format)
}

/// The warning for bytes that were not valid in the encoding read and were replaced by `�`.
fn replaced_warning(bytes: &[u8], encoding: TextEncoding) -> Option<String> {
    let replaced = match encoding {
        TextEncoding::Utf8 => encoding::invalid_utf8_bytes(bytes),
        _ => 0,
    };
    (replaced > 0).then(|| {
        format!(
            "有 {replaced} 个字节不是有效的 UTF-8 编码，已替换为“\u{FFFD}”：文件可能损坏或混有其他编码，请核对这些位置的文字"
        )
    })
}

/// Whether [`read`] reads `bytes` (a file named `name`) as a PDF: the page then makes sure its
/// PDF module is at hand before the worker reads the file.
///
/// `is_pdf(b"%PDF-1.7…", "x")` → true; `is_pdf(b"PK\x03\x04…", "x.pdf")` → false (a zip).
pub fn is_pdf(bytes: &[u8], name: &str) -> bool {
    !is_zip(bytes)
        && (bytes.starts_with(b"%PDF")
            || (extension_format(name) == Some(Ok(Format::Pdf)) && pdf_header_near_start(bytes)))
}

/// Whether `%PDF-` is in the first KB (where readers look for it).
fn pdf_header_near_start(bytes: &[u8]) -> bool {
    bytes[..bytes.len().min(1024)]
        .windows(5)
        .any(|w| w == b"%PDF-")
}

/// Whether `bytes` start like a zip (a .docx, or another Office file, whatever its name says).
fn is_zip(bytes: &[u8]) -> bool {
    ZIP_MAGIC.iter().any(|m| bytes.starts_with(m))
}

/// The largest file read, in bytes, for a file whose first bytes are `head` (four are enough):
/// [`MAX_DOCX_FILE`] for a zip or a PDF, else [`MAX_TEXT_FILE`]. A reader checks this before reading the
/// rest, so that a huge file or an endless stream is refused at the limit.
///
/// `size_limit(b"PK\x03\x04")` → 100 MB; `size_limit("一、".as_bytes())` → 20 MB.
pub fn size_limit(head: &[u8]) -> usize {
    if is_zip(head) || head.starts_with(b"%PDF") {
        MAX_DOCX_FILE
    } else {
        MAX_TEXT_FILE
    }
}

/// The error for a file over `limit` bytes: `size` when known (a file's metadata), `None` for a
/// stream cut off at the limit.
pub fn too_large(name: &str, size: Option<u64>, limit: usize) -> ParseError {
    let limit_mb = (limit / (1024 * 1024)) as u32;
    const ADVICE: &str = "计划文本通常不到 1 MB，请确认选对了文件，或拆分后再试";
    let (tenths, message) = match size {
        Some(size) => {
            // Tenths of a MB in integers: float formatting would add its code to the page.
            let tenths = size / (1024 * 1024 / 10);
            let message = format!(
                "文件有 {}.{} MB，超过 {limit_mb} MB 的上限：{ADVICE}",
                tenths / 10,
                tenths % 10
            );
            (u32::try_from(tenths).unwrap_or(u32::MAX), message)
        }
        None => (
            limit_mb.saturating_mul(10),
            format!("输入超过 {limit_mb} MB 的上限，已停止读取：{ADVICE}"),
        ),
    };
    ParseError::new(name, message).with_kind(ErrorKind::TooLarge { tenths, limit_mb })
}

/// Checks the text read is neither empty nor too large, and packs it.
fn finish(
    name: &str,
    text: String,
    encoding: TextEncoding,
    format: Format,
    mut warnings: Vec<String>,
) -> Result<Ingested, ParseError> {
    if text.len() > MAX_TEXT_FILE {
        return Err(ParseError::new(
            name,
            format!(
                "文字内容超过 {} MB 的上限：请确认选对了文件，或拆分后再试",
                MAX_TEXT_FILE / (1024 * 1024)
            ),
        )
        .with_kind(ErrorKind::TextTooLarge {
            limit_mb: (MAX_TEXT_FILE / (1024 * 1024)) as u32,
        }));
    }
    if text.trim().is_empty() {
        let (kind, message) = match format {
            Format::Docx => (
                ErrorKind::NoTextInWord,
                "Word 文档中没有文字（可能只有图片或扫描件），请提供含文字的文件",
            ),
            _ => (ErrorKind::NoText, "文件中没有文字，请确认选对了文件"),
        };
        return Err(ParseError::new(name, message).with_kind(kind));
    }
    if let Some(sample) = script::mojibake_sample(&text) {
        warnings.push(format!(
            "原文有乱码（如“{sample}”）：网页或文件的编码转换出了错，这些地方的编号和文字可能丢失；请改用原文件（.docx、.pdf）或原网页另存的文件"
        ));
    }
    let (text, original_chars) = simplified(text, &mut warnings);
    Ok(Ingested {
        text,
        encoding: encoding.label().to_string(),
        format: format.label().to_string(),
        warnings,
        original_chars,
        page_title: String::new(),
    })
}

/// `text` as the analysis reads it: pinyin glosses dropped, traditional characters simplified
/// (one for one, the originals kept), each with a warning saying so.
fn simplified(
    text: String,
    warnings: &mut Vec<String>,
) -> (String, Vec<crate::model::OriginalChar>) {
    let text = match script::strip_glosses(&text) {
        (std::borrow::Cow::Owned(stripped), glosses) if glosses > 0 => {
            warnings.push(format!(
                "去掉了 {glosses} 处汉字后的拼音注音（如“发(fā)”中的“(fā)”），按正文比较"
            ));
            stripped
        }
        _ => text,
    };
    match script::to_simplified(&text) {
        Some(read) => {
            warnings.push(format!(
                "原文为繁体字：{} 个字已按简体字分析比较；网页上的任务和全文按原文用字显示，命令行输出与导出为简体",
                read.converted
            ));
            (read.text, read.original_chars)
        }
        None => (text, Vec::new()),
    }
}

/// The format a file name's extension says, or why it is refused; `None` for no or an
/// unknown extension (the content decides).
fn extension_format(name: &str) -> Option<Result<Format, Refusal>> {
    let (_, ext) = name.rsplit_once('.')?;
    let ext = ext.trim().to_ascii_lowercase();
    EXTENSIONS
        .iter()
        .find(|(e, _)| *e == ext)
        .map(|(_, format)| *format)
        .or_else(|| (ext == "doc").then_some(Ok(Format::Txt)))
}

/// Refuses text with many control characters: a binary file that happened to decode.
fn refuse_binary(name: &str, text: &str) -> Result<(), ParseError> {
    let (total, control) = control_count(text);
    // A few stray NULs or DOS end-of-file marks are noise; more is a binary file.
    if control > 2 && control * 50 > total {
        return Err(refused(name, NOT_TEXT));
    }
    Ok(())
}

/// The characters of `text` and how many of them are control characters other than line
/// breaks, tabs and form feeds, counted on the bytes in loops the compiler vectorises: a
/// character starts at each byte that is no continuation byte; the controls are C0 and DEL
/// (one byte each, counted in the first pass) and C1 (U+0080–U+009F: 0xC2 then 0x80–0x9F,
/// counted over pairs of bytes only when the text holds a 0xC2, most often of `·`).
fn control_count(text: &str) -> (usize, usize) {
    let bytes = text.as_bytes();
    let is_c0 = |b: u8| (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C)) || b == 0x7F;
    let (mut total, mut c0, mut leads) = (0usize, 0usize, 0usize);
    // Counted in a byte per lane, a chunk short enough that no count overflows.
    for chunk in bytes.chunks(255) {
        let (mut t, mut c, mut l) = (0u8, 0u8, 0u8);
        for &b in chunk {
            t += u8::from(b & 0xC0 != 0x80);
            c += u8::from(is_c0(b));
            l += u8::from(b == 0xC2);
        }
        total += usize::from(t);
        c0 += usize::from(c);
        leads += usize::from(l);
    }
    if leads == 0 {
        return (total, c0);
    }
    // Each byte paired with the next: a C1 control is 0xC2 then 0x80–0x9F.
    let (firsts, seconds) = (bytes.get(..bytes.len().saturating_sub(1)), bytes.get(1..));
    let pairs = firsts
        .unwrap_or(&[])
        .chunks(255)
        .zip(seconds.unwrap_or(&[]).chunks(255));
    let c1: usize = pairs
        .map(|(a, b)| {
            let is_c1 = |(&x, &y): (&u8, &u8)| u8::from(x == 0xC2 && y.wrapping_sub(0x80) < 0x20);
            usize::from(a.iter().zip(b).map(is_c1).fold(0u8, u8::wrapping_add))
        })
        .sum();
    (total, c0 + c1)
}

/// The error for bytes no supported encoding reads.
fn undecodable(name: &str, bytes: &[u8]) -> ParseError {
    let controls = bytes
        .iter()
        .filter(|b| **b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C | 0x1A | 0x1B))
        .count();
    if controls * 100 > bytes.len() {
        return refused(name, NOT_TEXT);
    }
    ParseError::new(
        name,
        "无法识别文字编码（支持 UTF-8、UTF-16、GB18030/GBK）：请用记事本另存为 UTF-8 编码的 .txt 后重试",
    )
    .with_kind(ErrorKind::Encoding)
}

/// The error for a refused kind of file.
fn refused(name: &str, (kind, message): Refusal) -> ParseError {
    ParseError::new(name, message).with_kind(kind)
}

/// The kind of a PDF that could not be read.
fn pdf_kind(e: &pdf::PdfError) -> ErrorKind {
    match e {
        pdf::PdfError::Encrypted => ErrorKind::EncryptedPdf,
        pdf::PdfError::Scanned { .. } => ErrorKind::ScannedPdf,
        pdf::PdfError::Unmapped => ErrorKind::UnmappedPdf,
        pdf::PdfError::Damaged(_) | pdf::PdfError::TooComplex => ErrorKind::Pdf,
        pdf::PdfError::NoReader => ErrorKind::PdfNeedsCli,
    }
}

/// The kind of a .docx that could not be read.
fn docx_kind(e: &docx::DocxError) -> ErrorKind {
    match e {
        docx::DocxError::Zip(zip::ZipError::Encrypted) => ErrorKind::Encrypted,
        docx::DocxError::Zip(_) => ErrorKind::CorruptDocx,
        docx::DocxError::NotWord(_) => ErrorKind::NotWord,
        docx::DocxError::NoDocument => ErrorKind::NoDocument,
    }
}

/// The test suite's archives and documents (tests/ingest_support), for the unit tests too.
#[cfg(test)]
#[path = "../../tests/ingest_support/mod.rs"]
pub(crate) mod test_support;
#[cfg(test)]
mod tests;
