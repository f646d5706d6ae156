//! Bad input through the CLI: each file gives exit ≠ 0 and exactly one line on stderr that
//! names the file, and never a panic.

mod ingest_support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use ingest_support::{crc32, docx_of, zip, RawEntry};

/// A fresh directory under the system temp dir for one test, removed when dropped.
struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn temp_dir(test: &str) -> TempDir {
    let dir =
        std::env::temp_dir().join(format!("plandiff-bad-input-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    TempDir(dir)
}

/// Runs `plandiff parse FILE` and checks the contract for bad input; returns the stderr line.
fn refuses(path: &Path) -> String {
    let started = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_plandiff"))
        .arg("parse")
        .arg(path)
        .output()
        .expect("runs the CLI");
    let elapsed = started.elapsed();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    assert!(
        !out.status.success(),
        "{name}: exit 0, stdout {}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(!stderr.contains("panicked"), "{name}: {stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "{name}: {stderr:?}");
    assert!(stderr.contains(&name), "{name}: {stderr}");
    // Time is reported, not asserted (CI runs on a busy machine); a hang is the run's timeout.
    eprintln!("{name}: refused in {elapsed:?}");
    stderr.trim_end().to_string()
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write fixture");
    path
}

/// A raw deflate stream (one fixed-Huffman block) that inflates to `len` zero bytes from
/// about `len / 160` bytes: a literal 0, then matches of length 258 at distance 1.
fn deflate_bomb(len: usize) -> Vec<u8> {
    struct Bits {
        out: Vec<u8>,
        acc: u64,
        n: u32,
    }
    impl Bits {
        /// Plain fields go least significant bit first.
        fn put(&mut self, value: u32, count: u32) {
            self.acc |= u64::from(value) << self.n;
            self.n += count;
            while self.n >= 8 {
                self.out.push(self.acc as u8);
                self.acc >>= 8;
                self.n -= 8;
            }
        }
        /// Huffman codes go most significant bit first.
        fn code(&mut self, code: u32, count: u32) {
            for i in (0..count).rev() {
                self.put((code >> i) & 1, 1);
            }
        }
    }
    let mut bits = Bits {
        out: Vec::new(),
        acc: 0,
        n: 0,
    };
    bits.put(1, 1); // final block
    bits.put(1, 2); // fixed Huffman codes
    bits.code(0x30, 8); // literal 0
    for _ in 0..len.saturating_sub(1) / 258 {
        bits.code(0xC5, 8); // length code 285: 258 bytes
        bits.code(0, 5); // distance code 0: distance 1
    }
    bits.code(0, 7); // end of block
    bits.put(0, 7);
    bits.out
}

/// A .docx whose document.xml inflates to 80 MB, declaring `declared` bytes.
fn bomb_docx(declared: u32) -> Vec<u8> {
    let stored = deflate_bomb(80 * 1024 * 1024);
    zip(&[RawEntry {
        name: "word/document.xml".into(),
        method: 8,
        stored,
        size: declared,
        crc: crc32(b""),
    }])
}

#[test]
fn empty_file() {
    let dir = temp_dir("empty");
    let line = refuses(&write(&dir, "empty.txt", b""));
    assert!(line.contains("空"), "{line}");
}

#[test]
fn binary_files() {
    let dir = temp_dir("binary");
    let noise: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    for (name, bytes) in [
        ("noise.txt", noise.clone()),
        ("noise", noise),
        ("zeros.md", vec![0u8; 1000]),
        ("picture.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec()),
        (
            "old.doc",
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0".to_vec(),
        ),
        ("scan.pdf", b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec()),
    ] {
        refuses(&write(&dir, name, &bytes));
    }
}

#[test]
fn corrupt_docx() {
    let dir = temp_dir("corrupt");
    let good = docx_of("一、总体要求\n（一）示例任务。（牵头单位：示例市司法局）\n");
    let mut flipped = good.clone();
    // Damage the compressed body of word/document.xml, just after its local header.
    let name = b"word/document.xml";
    let data = good
        .windows(name.len())
        .position(|w| w == name)
        .expect("entry name")
        + name.len();
    for b in flipped.iter_mut().skip(data + 20).take(40) {
        *b ^= 0x5A;
    }
    for (name, bytes) in [
        ("truncated.docx", good[..good.len() / 2].to_vec()),
        ("flipped.docx", flipped),
        ("text.docx", "一、这不是 Word 文档".as_bytes().to_vec()),
        (
            "sheet.docx",
            zip(&[RawEntry::deflated("xl/workbook.xml", b"<workbook/>")]),
        ),
    ] {
        let line = refuses(&write(&dir, name, &bytes));
        assert!(line.contains("docx"), "{line}");
    }
}

#[test]
fn zip_bomb_docx_lying_or_not() {
    let dir = temp_dir("bomb");
    for (name, declared) in [("lying-bomb.docx", 1000u32), ("honest-bomb.docx", 80 << 20)] {
        let line = refuses(&write(&dir, name, &bomb_docx(declared)));
        assert!(line.contains("64 MB"), "{line}");
    }
}

#[test]
fn fifty_megabyte_text_is_refused_naming_the_limit() {
    let dir = temp_dir("huge");
    let line = "（一）示例任务，每年不少于4次。（牵头单位：示例市司法局）\n";
    let text = line.repeat(50 * 1024 * 1024 / line.len() + 1);
    let line = refuses(&write(&dir, "huge.txt", text.as_bytes()));
    assert!(line.contains("20 MB"), "{line}");
}

#[test]
fn missing_file_and_folder() {
    let dir = temp_dir("missing");
    refuses(&dir.join("nowhere.txt"));
    refuses(&dir);
}

#[test]
fn the_bomb_helper_really_expands() {
    let bomb = deflate_bomb(1 << 20);
    assert!(bomb.len() < 10_000, "{}", bomb.len());
    let out = miniz_oxide::inflate::decompress_to_vec(&bomb).expect("valid deflate");
    assert!(out.len() > (1 << 20) - 258 && out.iter().all(|b| *b == 0));
}
