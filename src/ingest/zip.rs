//! A small, bounded zip reader: the central directory, and stored or deflated entries inflated
//! with `miniz_oxide` under hard size limits (zip bombs declare small sizes and inflate huge).

use std::fmt;

/// Most entries a central directory may list (a .docx has a few dozen).
pub const MAX_ENTRIES: usize = 10_000;
/// Most bytes one entry may inflate to.
pub const MAX_ENTRY_SIZE: usize = 64 * 1024 * 1024;
/// Most bytes all entries read from one archive may inflate to together.
pub const MAX_TOTAL_SIZE: usize = 64 * 1024 * 1024;

const EOCD_SIGNATURE: u32 = 0x0605_4b50;
const CENTRAL_SIGNATURE: u32 = 0x0201_4b50;
const LOCAL_SIGNATURE: u32 = 0x0403_4b50;
const EOCD_LEN: usize = 22;
const CENTRAL_LEN: usize = 46;
const LOCAL_LEN: usize = 30;
const METHOD_STORED: u16 = 0;
const METHOD_DEFLATE: u16 = 8;
const FLAG_ENCRYPTED: u16 = 1;

/// Why an archive or entry could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZipError {
    /// No end-of-central-directory record: not a zip, or cut short.
    NotZip,
    /// A record points outside the file or has the wrong signature.
    Corrupt(&'static str),
    /// More entries than [`MAX_ENTRIES`].
    TooManyEntries(usize),
    /// An entry would inflate past a limit (declared or found while inflating).
    TooLarge {
        /// The entry's name.
        entry: String,
        /// The limit in bytes.
        limit: usize,
    },
    /// Password-protected entry.
    Encrypted,
    /// ZIP64 or a compression method other than stored and deflate.
    Unsupported(&'static str),
    /// The inflated bytes do not match the entry's CRC-32: the file is damaged.
    Checksum(String),
}

impl fmt::Display for ZipError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ZipError::NotZip => write!(f, "文件不完整或不是 zip 格式"),
            ZipError::Corrupt(what) => write!(f, "文件已损坏（{what}）"),
            ZipError::TooManyEntries(n) => {
                write!(f, "压缩包内有 {n} 个部件，超过 {MAX_ENTRIES} 个的上限")
            }
            ZipError::TooLarge { entry, limit } => write!(
                f,
                "部件 {entry} 解压后超过 {} MB 的上限（可能是压缩炸弹）",
                limit / (1024 * 1024)
            ),
            ZipError::Encrypted => write!(f, "文档已加密"),
            ZipError::Unsupported(what) => write!(f, "不支持的压缩格式（{what}）"),
            ZipError::Checksum(entry) => write!(f, "部件 {entry} 校验失败，文件已损坏"),
        }
    }
}

/// One entry of the central directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The path inside the archive (`word/document.xml`).
    pub name: String,
    method: u16,
    flags: u16,
    crc: u32,
    compressed_size: usize,
    uncompressed_size: usize,
    local_offset: usize,
}

/// The bounds an archive is read within.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Most entries in the central directory.
    pub entries: usize,
    /// Most bytes one entry inflates to.
    pub entry_size: usize,
    /// Most bytes all entries read inflate to together.
    pub total_size: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            entries: MAX_ENTRIES,
            entry_size: MAX_ENTRY_SIZE,
            total_size: MAX_TOTAL_SIZE,
        }
    }
}

/// An opened archive: its bytes and central directory, and how much has been inflated so far.
pub struct Archive<'a> {
    bytes: &'a [u8],
    entries: Vec<Entry>,
    limits: Limits,
    inflated: usize,
}

fn u16_at(bytes: &[u8], at: usize) -> Option<u16> {
    let b = bytes.get(at..at.checked_add(2)?)?;
    Some(u16::from_le_bytes([b[0], b[1]]))
}

fn u32_at(bytes: &[u8], at: usize) -> Option<u32> {
    let b = bytes.get(at..at.checked_add(4)?)?;
    Some(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

impl<'a> Archive<'a> {
    /// Reads the central directory of `bytes`, within the default [`Limits`].
    pub fn open(bytes: &'a [u8]) -> Result<Self, ZipError> {
        Self::open_with(bytes, Limits::default())
    }

    /// Reads the central directory of `bytes`, within `limits`.
    pub fn open_with(bytes: &'a [u8], limits: Limits) -> Result<Self, ZipError> {
        let eocd = find_eocd(bytes).ok_or(ZipError::NotZip)?;
        let field = |off: usize| u16_at(bytes, eocd + off).ok_or(ZipError::NotZip);
        let count = usize::from(field(10)?);
        let cd_offset = u32_at(bytes, eocd + 16).ok_or(ZipError::NotZip)?;
        if count == 0xFFFF || cd_offset == 0xFFFF_FFFF {
            return Err(ZipError::Unsupported("ZIP64"));
        }
        if count > limits.entries {
            return Err(ZipError::TooManyEntries(count));
        }
        let mut entries = Vec::with_capacity(count);
        let mut at = cd_offset as usize;
        for _ in 0..count {
            let (entry, next) = read_central(bytes, at)?;
            entries.push(entry);
            at = next;
        }
        Ok(Archive {
            bytes,
            entries,
            limits,
            inflated: 0,
        })
    }

    /// The entries listed in the central directory.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entry named `name` (exact, or ignoring ASCII case), if listed.
    pub fn find(&self, name: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.name == name).or_else(|| {
            self.entries
                .iter()
                .find(|e| e.name.eq_ignore_ascii_case(name))
        })
    }

    /// Reads the entry named `name`: `Ok(None)` when absent, an error when it cannot be read or
    /// would pass a size limit.
    pub fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, ZipError> {
        let Some(entry) = self.find(name).cloned() else {
            return Ok(None);
        };
        let Limits {
            entry_size,
            total_size,
            ..
        } = self.limits;
        let limit = entry_size.min(total_size.saturating_sub(self.inflated));
        let too_large = || ZipError::TooLarge {
            entry: entry.name.clone(),
            limit: entry_size.min(total_size),
        };
        if entry.flags & FLAG_ENCRYPTED != 0 {
            return Err(ZipError::Encrypted);
        }
        if entry.uncompressed_size > limit {
            return Err(too_large());
        }
        let data = local_data(self.bytes, &entry)?;
        let out = match entry.method {
            METHOD_STORED => data.to_vec(),
            METHOD_DEFLATE => miniz_oxide::inflate::decompress_to_vec_with_limit(data, limit)
                .map_err(|e| {
                    if e.status == miniz_oxide::inflate::TINFLStatus::HasMoreOutput {
                        too_large()
                    } else {
                        ZipError::Corrupt("压缩数据无法解开")
                    }
                })?,
            _ => return Err(ZipError::Unsupported("压缩方法")),
        };
        if out.len() > limit {
            return Err(too_large());
        }
        if crc32(&out) != entry.crc {
            return Err(ZipError::Checksum(entry.name));
        }
        self.inflated += out.len();
        Ok(Some(out))
    }
}

/// CRC-32 (IEEE 802.3) lookup table, built at compile time.
const CRC_TABLE: [u32; 256] = {
    let mut table = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut crc = i as u32;
        let mut bit = 0;
        while bit < 8 {
            crc = if crc & 1 == 1 {
                (crc >> 1) ^ 0xEDB8_8320
            } else {
                crc >> 1
            };
            bit += 1;
        }
        table[i] = crc;
        i += 1;
    }
    table
};

/// The CRC-32 a zip stores for `data`.
///
/// ```
/// assert_eq!(plandiff::ingest::zip::crc32(b"123456789"), 0xCBF4_3926);
/// ```
pub fn crc32(data: &[u8]) -> u32 {
    !data.iter().fold(!0u32, |crc, &b| {
        CRC_TABLE[((crc ^ u32::from(b)) & 0xFF) as usize] ^ (crc >> 8)
    })
}

/// Finds the end-of-central-directory record, searching back over a possible comment.
fn find_eocd(bytes: &[u8]) -> Option<usize> {
    let last = bytes.len().checked_sub(EOCD_LEN)?;
    let first = last.saturating_sub(usize::from(u16::MAX));
    (first..=last)
        .rev()
        .find(|&at| u32_at(bytes, at) == Some(EOCD_SIGNATURE))
}

/// Reads one central-directory record at `at`; returns it and where the next one starts.
fn read_central(bytes: &[u8], at: usize) -> Result<(Entry, usize), ZipError> {
    let bad = ZipError::Corrupt("中央目录");
    if u32_at(bytes, at) != Some(CENTRAL_SIGNATURE) {
        return Err(bad);
    }
    let num16 = |off: usize| u16_at(bytes, at + off).map(usize::from).ok_or(bad.clone());
    let num32 = |off: usize| {
        u32_at(bytes, at + off)
            .map(|n| n as usize)
            .ok_or(bad.clone())
    };
    let flags = num16(8)? as u16;
    let method = num16(10)? as u16;
    let crc = u32_at(bytes, at + 16).ok_or(bad.clone())?;
    let compressed_size = num32(20)?;
    let uncompressed_size = num32(24)?;
    let name_len = num16(28)?;
    let extra_len = num16(30)?;
    let comment_len = num16(32)?;
    let local_offset = num32(42)?;
    if [compressed_size, uncompressed_size, local_offset].contains(&0xFFFF_FFFF) {
        return Err(ZipError::Unsupported("ZIP64"));
    }
    let name_start = at + CENTRAL_LEN;
    let name_bytes = bytes
        .get(name_start..name_start + name_len)
        .ok_or(bad.clone())?;
    let name = String::from_utf8_lossy(name_bytes).replace('\\', "/");
    let next = name_start + name_len + extra_len + comment_len;
    Ok((
        Entry {
            name,
            method,
            flags,
            crc,
            compressed_size,
            uncompressed_size,
            local_offset,
        },
        next,
    ))
}

/// The compressed bytes of `entry`, found through its local header.
fn local_data<'a>(bytes: &'a [u8], entry: &Entry) -> Result<&'a [u8], ZipError> {
    let at = entry.local_offset;
    let bad = ZipError::Corrupt("本地文件头");
    if u32_at(bytes, at) != Some(LOCAL_SIGNATURE) {
        return Err(bad);
    }
    let name_len = usize::from(u16_at(bytes, at + 26).ok_or(bad.clone())?);
    let extra_len = usize::from(u16_at(bytes, at + 28).ok_or(bad.clone())?);
    let start = at + LOCAL_LEN + name_len + extra_len;
    start
        .checked_add(entry.compressed_size)
        .and_then(|end| bytes.get(start..end))
        .ok_or(ZipError::Corrupt("数据超出文件末尾"))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    use crate::ingest::test_support::{
        stored_zip_of, with_damaged_data, with_declared_size, zip_of,
    };

    /// A zip in memory (the `zip` crate's): each entry stored, or deflated when `deflate` is set.
    pub(crate) fn build(entries: &[(&str, &[u8])], deflate: bool) -> Vec<u8> {
        if deflate {
            zip_of(entries)
        } else {
            stored_zip_of(entries)
        }
    }

    #[test]
    fn reads_stored_and_deflated_entries() {
        for deflate in [false, true] {
            let zip = build(
                &[("a.txt", "甲乙".as_bytes()), ("b/c.xml", b"<x/>")],
                deflate,
            );
            let mut archive = Archive::open(&zip).expect("opens");
            assert_eq!(archive.entries().len(), 2);
            assert_eq!(
                archive.read("b/c.xml").unwrap().as_deref(),
                Some(&b"<x/>"[..])
            );
            assert_eq!(
                archive.read("A.TXT").unwrap(),
                Some("甲乙".as_bytes().to_vec())
            );
            assert_eq!(archive.read("missing").unwrap(), None);
        }
    }

    #[test]
    fn a_bomb_stops_at_the_limit_even_when_it_lies() {
        let limits = Limits {
            entries: 10,
            entry_size: 1 << 20,
            total_size: 3 << 19,
        };
        let zeros = vec![0u8; limits.entry_size + 1024];
        let zip = build(&[("word/document.xml", &zeros)], true);
        let zip = with_declared_size(zip, "word/document.xml", 100);
        let mut archive = Archive::open_with(&zip, limits).unwrap();
        assert!(matches!(
            archive.read("word/document.xml"),
            Err(ZipError::TooLarge { .. })
        ));
    }

    #[test]
    fn the_total_limit_counts_across_entries() {
        let limits = Limits {
            entries: 10,
            entry_size: 1000,
            total_size: 1500,
        };
        let part = vec![b'x'; 800];
        let zip = build(&[("a", &part[..]), ("b", &part[..])], true);
        let mut archive = Archive::open_with(&zip, limits).unwrap();
        assert!(archive.read("a").is_ok());
        assert!(matches!(archive.read("b"), Err(ZipError::TooLarge { .. })));
        let limits = Limits {
            entries: 1,
            ..limits
        };
        assert_eq!(
            Archive::open_with(&zip, limits).err(),
            Some(ZipError::TooManyEntries(2))
        );
    }

    #[test]
    fn a_damaged_entry_fails_its_checksum() {
        let zip = build(
            &[("word/document.xml", "一二三四五六七八九十".as_bytes())],
            false,
        );
        let zip = with_damaged_data(zip, "word/document.xml", 3, 1);
        let mut archive = Archive::open(&zip).unwrap();
        assert_eq!(
            archive.read("word/document.xml"),
            Err(ZipError::Checksum("word/document.xml".into()))
        );
    }

    #[test]
    fn truncated_and_garbage_archives_fail_cleanly() {
        let zip = build(&[("word/document.xml", b"<w:document/>")], true);
        for cut in 0..zip.len() {
            if let Ok(mut archive) = Archive::open(&zip[..cut]) {
                let _ = archive.read("word/document.xml");
            }
        }
        assert_eq!(
            Archive::open(b"PK\x03\x04garbage").err(),
            Some(ZipError::NotZip)
        );
    }
}
