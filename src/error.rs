//! Errors a user can act on: which file, what is wrong, what to do.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What kind of problem a [`ParseError`] is, so that the page can say it in its own language
/// (the Chinese `message` stays the CLI's text).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum ErrorKind {
    /// Not classified: the page shows the Chinese message.
    #[default]
    Other,
    /// 0 bytes.
    Empty,
    /// The file is over the size limit: its size in tenths of a MB, and the limit in MB.
    TooLarge {
        /// The file's size, tenths of a MB.
        tenths: u32,
        /// The limit, MB.
        limit_mb: u32,
    },
    /// The text read is over the size limit (MB).
    TextTooLarge {
        /// The limit, MB.
        limit_mb: u32,
    },
    /// A PDF that could not be read: damaged, cut short, or over the limits of work.
    Pdf,
    /// A password-protected PDF.
    EncryptedPdf,
    /// A PDF without a text layer (a scan): it needs OCR.
    ScannedPdf,
    /// A PDF whose fonts give no way back to the characters.
    UnmappedPdf,
    /// A PDF where no PDF reader is at hand: the page could not run its PDF module (no Web
    /// Worker); the CLI reads it.
    PdfNeedsCli,
    /// An old binary Word/Office file (.doc, .wps) or an encrypted Office file.
    OldOffice,
    /// An RTF file.
    Rtf,
    /// A picture.
    Image,
    /// A zip/rar/7z/gzip archive.
    Archive,
    /// A single-file web page (.mht).
    Mht,
    /// Binary content, not text.
    NotText,
    /// A WPS 文字 file in its old format.
    Wps,
    /// An Excel workbook.
    Excel,
    /// A PowerPoint presentation.
    PowerPoint,
    /// An OFD fixed-layout file that could not be read (damaged, not an OFD inside).
    Ofd,
    /// Named .docx but not a zip.
    NotZip,
    /// No supported text encoding reads the bytes.
    Encoding,
    /// The file holds no text.
    NoText,
    /// The Word document holds no text (pictures or scans only).
    NoTextInWord,
    /// The Word document is password protected.
    Encrypted,
    /// The .docx is damaged, incomplete or too large inside.
    CorruptDocx,
    /// A zip holding another kind of document (Excel, PowerPoint, OpenDocument).
    NotWord,
    /// A zip without a Word document part.
    NoDocument,
}

/// A file that could not be read, with a message in Chinese saying what to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParseError {
    /// The file name as the user gave it.
    pub file: String,
    /// What is wrong and what to do (`不是有效的 Word 文档：…，请另存为 .docx 后重试`).
    pub message: String,
    /// The kind of problem, for messages in other languages.
    pub kind: ErrorKind,
}

impl ParseError {
    /// An error about `file`, of no particular kind.
    pub fn new(file: &str, message: impl Into<String>) -> Self {
        ParseError {
            file: file.to_string(),
            message: message.into(),
            kind: ErrorKind::Other,
        }
    }

    /// The same error, of kind `kind`.
    pub fn with_kind(mut self, kind: ErrorKind) -> Self {
        self.kind = kind;
        self
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}：{}", self.file, self.message)
    }
}

impl std::error::Error for ParseError {}

#[cfg(test)]
mod tests {
    use super::ErrorKind as K;

    /// A zip with one stored entry, enough for the zip reader (the zip tests' builder).
    fn zip_with(name: &str, data: &[u8]) -> Vec<u8> {
        crate::ingest::zip::tests::build(&[(name, data)], false)
    }

    /// Every refusal carries its kind, so the page can word it in English.
    #[test]
    fn each_refused_input_has_its_kind() {
        let xlsx = zip_with("xl/workbook.xml", b"<workbook/>");
        let no_body = zip_with("readme.txt", b"hello");
        let empty_word = zip_with("word/document.xml", b"<w:document><w:body/></w:document>");
        let cases: Vec<(Vec<u8>, &str, K)> = vec![
            (vec![], "a.txt", K::Empty),
            (
                vec![b' '; 21 * 1024 * 1024],
                "a.txt",
                K::TooLarge {
                    tenths: 210,
                    limit_mb: 20,
                },
            ),
            (b"%PDF-1.7 ...".to_vec(), "a.txt", K::Pdf),
            (b"%PDF-1.7 ...".to_vec(), "a.pdf", K::Pdf),
            (b"not a pdf".to_vec(), "a.pdf", K::Pdf),
            (
                b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0".to_vec(),
                "a.doc",
                K::OldOffice,
            ),
            (b"{\\rtf1 x}".to_vec(), "a.rtf", K::Rtf),
            (b"\x89PNG\r\n\x1a\n".to_vec(), "a.txt", K::Image),
            (b"Rar!\x1a\x07".to_vec(), "a.txt", K::Archive),
            (b"MIME-Version: 1.0".to_vec(), "a.txt", K::Mht),
            (b"\x7FELF\x02\x01".to_vec(), "a.txt", K::NotText),
            ("一、任务".as_bytes().to_vec(), "a.wps", K::Wps),
            ("一、任务".as_bytes().to_vec(), "a.xls", K::Excel),
            ("一、任务".as_bytes().to_vec(), "a.pptx", K::PowerPoint),
            ("一、任务".as_bytes().to_vec(), "a.ofd", K::Ofd),
            (no_body.clone(), "a.ofd", K::Ofd),
            ("一、任务".as_bytes().to_vec(), "a.docx", K::NotZip),
            (
                b"\xFF\xFF\xFF\xFF\x80\x80\x80".to_vec(),
                "a.txt",
                K::Encoding,
            ),
            (b"  \n\n ".to_vec(), "a.txt", K::NoText),
            (xlsx, "a.docx", K::NotWord),
            (no_body, "a.docx", K::NoDocument),
            (empty_word, "a.docx", K::NoTextInWord),
            (b"PK\x03\x04 broken".to_vec(), "a.docx", K::CorruptDocx),
        ];
        for (bytes, name, kind) in cases {
            let err = crate::parse(&bytes, name).expect_err(name);
            assert_eq!(err.kind, kind, "{name}: {}", err.message);
            assert_eq!(err.file, name);
        }
    }
}
