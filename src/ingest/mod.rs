//! Ingest: file bytes and name → plain text with its line structure, format and encoding found.

use crate::error::ParseError;

/// Text read from a file, before any structure is found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Ingested {
    /// Plain text, one paragraph or line per line.
    pub text: String,
    /// The encoding found (`utf-8`, `utf-8-bom`, `utf-16le`, `utf-16be`, `gb18030`).
    pub encoding: String,
    /// The format found (`txt`, `md`, `html`, `docx`).
    pub format: String,
}

/// Reads `bytes` (a file named `name`) into plain text.
pub fn read(bytes: &[u8], name: &str) -> Result<Ingested, ParseError> {
    if bytes.is_empty() {
        return Err(ParseError::new(name, "文件是空的，请选择有内容的计划文件"));
    }
    let text = std::str::from_utf8(bytes)
        .map_err(|_| ParseError::new(name, "无法识别文件编码"))?
        .to_string();
    Ok(Ingested {
        text,
        encoding: "utf-8".into(),
        format: "txt".into(),
    })
}
