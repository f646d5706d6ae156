//! Errors a user can act on: which file, what is wrong, what to do.

use std::fmt;

/// A file that could not be read, with a message in Chinese saying what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The file name as the user gave it.
    pub file: String,
    /// What is wrong and what to do (`不是有效的 Word 文档：…，请另存为 .docx 后重试`).
    pub message: String,
}

impl ParseError {
    /// An error about `file`.
    pub fn new(file: &str, message: impl Into<String>) -> Self {
        ParseError {
            file: file.to_string(),
            message: message.into(),
        }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}：{}", self.file, self.message)
    }
}

impl std::error::Error for ParseError {}
