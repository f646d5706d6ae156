//! Bad input through the CLI: each file gives exit ≠ 0 and exactly one line on stderr that
//! names the file, and never a panic.

mod ingest_support;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use ingest_support::{docx_of, pdf_of, pdf_page, with_damaged_data, with_declared_size, zip_of};

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
        ("header-only.pdf", b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec()),
    ] {
        refuses(&write(&dir, name, &bytes));
    }
}

#[test]
fn corrupt_docx() {
    let dir = temp_dir("corrupt");
    let good = docx_of("一、总体要求\n（一）示例任务。（牵头单位：示例市司法局）\n");
    // Damage the compressed body of word/document.xml.
    let flipped = with_damaged_data(good.clone(), "word/document.xml", 20, 40);
    for (name, bytes) in [
        ("truncated.docx", good[..good.len() / 2].to_vec()),
        ("flipped.docx", flipped),
        ("text.docx", "一、这不是 Word 文档".as_bytes().to_vec()),
        ("sheet.docx", zip_of(&[("xl/workbook.xml", b"<workbook/>")])),
    ] {
        let line = refuses(&write(&dir, name, &bytes));
        assert!(line.contains("docx"), "{line}");
    }
}

#[test]
fn zip_bomb_docx_lying_or_not() {
    let dir = temp_dir("bomb");
    // document.xml inflates to 80 MB of zeros, and says so, or declares 1000 bytes.
    let honest = zip_of(&[("word/document.xml", &vec![0u8; 80 << 20])]);
    let lying = with_declared_size(honest.clone(), "word/document.xml", 1000);
    for (name, bomb) in [("lying-bomb.docx", lying), ("honest-bomb.docx", honest)] {
        let line = refuses(&write(&dir, name, &bomb));
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

/// Starts the CLI with `args`, its three standard streams piped.
fn spawn_cli(args: &[&str]) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_plandiff"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs the CLI")
}

/// Runs the CLI with `args` and standard input `stdin`; returns (exit code, stdout, stderr).
fn run_cli(args: &[&str], stdin: &[u8]) -> (i32, String, String) {
    use std::io::Write;
    let mut child = spawn_cli(args);
    let mut input = child.stdin.take().expect("stdin");
    // The CLI may stop reading early (a usage error): a closed pipe is not a failure here.
    let _ = input.write_all(stdin);
    drop(input);
    let out = child.wait_with_output().expect("CLI output");
    (
        out.status.code().expect("exit code, not a signal"),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// clap's conventions: help and version on stdout with exit 0; usage errors on stderr with
/// exit 2, the usage shown, nothing on stdout.
#[test]
fn command_line_conventions_and_exit_codes() {
    let version = format!("plandiff {}", env!("CARGO_PKG_VERSION"));
    for (args, code, stdout_has, stderr_has) in [
        (&["--help"][..], 0, "Usage: plandiff", ""),
        (&["-h"][..], 0, "Usage: plandiff", ""),
        (&["--version"][..], 0, version.as_str(), ""),
        (&["-V"][..], 0, version.as_str(), ""),
        (&["compare", "--help"][..], 0, "--html", ""),
        (&[][..], 2, "", "Usage: plandiff"),
        (&["--bogus"][..], 2, "", "--bogus"),
        (&["parse", "a.txt", "--csv"][..], 2, "", "--csv"),
        (&["frobnicate"][..], 2, "", "frobnicate"),
        (&["parse"][..], 2, "", "<FILE>"),
        (&["compare", "a.txt"][..], 2, "", "<FILE_B>"),
        (
            &["compare", "a.txt", "b.txt", "--json", "--csv"][..],
            2,
            "",
            "cannot be used with",
        ),
        (
            &["compare", "a.txt", "b.txt", "--md", "--html"][..],
            2,
            "",
            "cannot be used with",
        ),
    ] {
        let (got, stdout, stderr) = run_cli(args, b"");
        assert_eq!(got, code, "{args:?}: {stderr}");
        if code == 0 {
            assert!(stdout.contains(stdout_has), "{args:?}: {stdout}");
            assert!(stderr.is_empty(), "{args:?}: {stderr}");
        } else {
            assert!(stdout.is_empty(), "{args:?}: {stdout}");
            assert!(stderr.contains(stderr_has), "{args:?}: {stderr}");
        }
    }
}

/// Input that cannot be read exits 1 with one Chinese line, unlike a usage error (2).
#[test]
fn unreadable_input_exits_one() {
    let (code, _, stderr) = run_cli(&["parse", "/nonexistent/计划.txt"], b"");
    assert_eq!(code, 1, "{stderr}");
    assert!(stderr.contains("文件不存在"), "{stderr}");
    let (code, _, stderr) = run_cli(&["compare", "-", "-"], b"");
    assert_eq!(
        (code, stderr.trim_end().lines().count()),
        (1, 1),
        "{stderr}"
    );
}

/// `-` reads standard input, under the name 标准输入.
#[test]
fn dash_reads_standard_input() {
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compare_shilishi_a.txt");
    let plan = std::fs::read(&fixture).expect("fixture");
    let (code, stdout, stderr) = run_cli(&["parse", "-", "--json"], &plan);
    assert_eq!(code, 0, "{stderr}");
    let from_file = Command::new(env!("CARGO_BIN_EXE_plandiff"))
        .args(["parse", "--json"])
        .arg(&fixture)
        .output()
        .expect("runs the CLI");
    // The same document but for its name.
    let from_file =
        String::from_utf8_lossy(&from_file.stdout).replace("compare_shilishi_a.txt", "标准输入");
    assert_eq!(stdout, from_file);
    assert!(stdout.contains("\"tasks\": [\n    {"), "{stdout}");
    let (code, _, stderr) = run_cli(&["parse", "-"], b"");
    assert_eq!(code, 1);
    assert!(
        stderr.contains("标准输入") && stderr.contains("空"),
        "{stderr}"
    );
}

/// An endless stream on standard input is refused at the 20 MB cap, not read until memory runs
/// out: the writer is told the pipe closed.
#[test]
fn endless_standard_input_is_refused_at_the_cap() {
    use std::io::Write;
    let mut child = spawn_cli(&["parse", "-"]);
    let mut input = child.stdin.take().expect("stdin");
    let chunk = "（一）示例任务。\n".repeat(4096);
    let mut written = 0usize;
    let closed = loop {
        match input.write_all(chunk.as_bytes()) {
            Ok(()) => written += chunk.len(),
            Err(e) => break e,
        }
        // Far past the cap: the CLI kept reading, which is the defect.
        assert!(written < 200 << 20, "read {written} bytes without stopping");
    };
    assert_eq!(closed.kind(), std::io::ErrorKind::BrokenPipe);
    let out = child.wait_with_output().expect("CLI output");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("标准输入") && stderr.contains("20 MB"),
        "{stderr}"
    );
}

/// Devices and huge (sparse) files: refused by their metadata or at the cap, naming the limit.
#[test]
fn devices_and_huge_files_are_refused_at_the_limit() {
    let dir = temp_dir("sparse");
    let sparse = dir.join("three-gigabytes.txt");
    let file = std::fs::File::create(&sparse).expect("create");
    file.set_len(3 << 30).expect("sparse file");
    let line = refuses(&sparse);
    assert!(
        line.contains("3072.0 MB") && line.contains("20 MB"),
        "{line}"
    );
    let zero = Path::new("/dev/zero");
    if zero.exists() {
        let line = refuses(zero);
        assert!(line.contains("20 MB"), "{line}");
    }
}

/// A report that cannot be written (a full disk) ends in a message and exit 1, not exit 0 with
/// a truncated file.
#[test]
fn write_errors_are_reported() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // not Linux: nothing to write to that is always full
    };
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let out = Command::new(env!("CARGO_BIN_EXE_plandiff"))
        .arg("compare")
        .arg(fixtures.join("compare_shilishi_a.txt"))
        .arg(fixtures.join("compare_shilishi_b.txt"))
        .arg("--html")
        .stdout(full)
        .output()
        .expect("runs the CLI");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("无法写出结果"), "{stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
}

/// Repairs reach the Document's warnings (and so the page and `--json`): replaced bytes, an
/// unclosed `<script>` whose page is kept, an unclosed comment, text garbled by an encoding.
#[test]
fn silent_repairs_become_warnings() {
    let dir = temp_dir("warnings");
    let fixture =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compare_shilishi_a.txt");
    let plan = std::fs::read_to_string(fixture).expect("fixture");
    let mut damaged = plan.clone().into_bytes();
    damaged.splice(10..10, *b"\xFF\xFE");
    let paragraphs = plan.replace('\n', "</p><p>");
    let cases = [
        ("damaged.txt", damaged, "有 2 个字节"),
        (
            "script.html",
            format!("<html><body><script>var a = 1;<p>{paragraphs}</p>").into_bytes(),
            "<script>",
        ),
        (
            "comment.html",
            format!("<html><body><!-- 旧版<p>{paragraphs}</p>").into_bytes(),
            "<!--",
        ),
        // A page that read its GBK text one byte off: `（一）紧扣` came out as `?。ㄒ唬┚o扣`.
        (
            "garbled.txt",
            format!("{plan}\n ?。ㄒ唬┚o扣指标任务，统筹推进工作。\n").into_bytes(),
            "原文有乱码（如“?。ㄒ唬┚o扣”）",
        ),
    ];
    for (name, bytes, warning) in cases {
        let path = write(&dir, name, &bytes);
        let out = Command::new(env!("CARGO_BIN_EXE_plandiff"))
            .args(["parse", "--json"])
            .arg(&path)
            .output()
            .expect("runs the CLI");
        assert!(out.status.success(), "{name}");
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let warnings = doc["warnings"].as_array().expect("warnings");
        assert!(
            warnings
                .iter()
                .any(|w| w.as_str().is_some_and(|w| w.contains(warning))),
            "{name}: {warnings:?}"
        );
        // The text after the repair is read: the plan's tasks are all there.
        assert!(
            doc["tasks"].as_array().is_some_and(|t| t.len() >= 10),
            "{name}"
        );
    }
}

/// The PDF fixture `name` (tests/fixtures/pdf/).
fn pdf_fixture(name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/pdf/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).expect("PDF fixture")
}

/// zlib around a deflate bomb of `len` bytes (the checksum is wrong: the limit stops first).
fn zlib_bomb(len: usize) -> Vec<u8> {
    let mut out = vec![0x78, 0x9C];
    out.extend(deflate_bomb(len));
    out.extend([0, 0, 0, 0]);
    out
}

/// Bad PDFs: each refused with a message naming the file and what is wrong, within limits.
#[test]
fn bad_pdfs() {
    let dir = temp_dir("pdf");
    let ttf = pdf_fixture("ttf.pdf");
    let nested = format!(
        "<< /Type /Pages /Kids [3 0 R] /Count 1 /Junk {}{} >>",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let cycle = pdf_of(&[
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R] /Count 1 >>",
    ]);
    // A form that draws itself twice: 2^32 draws unless the work is bounded.
    let forms = pdf_of(&[
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /X 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length 5 >>\nstream\n/X Do\nendstream",
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Resources << /XObject << /X 5 0 R >> >> /Length 11 >>\nstream\n/X Do /X Do\nendstream",
    ]);
    // Just over the limit of operators (plandiff::ingest::pdf::MAX_OPERATIONS).
    let ops = "0 0 m ".repeat(plandiff::ingest::pdf::MAX_OPERATIONS / 3 + 1000);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("truncated.pdf", ttf[..ttf.len() / 3].to_vec(), "PDF"),
        ("encrypted.pdf", pdf_fixture("encrypted.pdf"), "加密"),
        ("scan.pdf", pdf_fixture("scan.pdf"), "OCR"),
        (
            "nested.pdf",
            pdf_of(&[b"<< /Type /Catalog /Pages 2 0 R >>", nested.as_bytes()]),
            "PDF",
        ),
        ("cycle.pdf", cycle, "PDF"),
        (
            "bomb.pdf",
            pdf_page(&zlib_bomb(200 * 1024 * 1024), "/Filter /FlateDecode"),
            "上限",
        ),
        (
            "operators.pdf",
            pdf_page(ops.repeat(3).as_bytes(), ""),
            "上限",
        ),
        ("forms.pdf", forms, "上限"),
        ("text-named.pdf", "一、总体要求".as_bytes().to_vec(), "PDF"),
    ];
    for (name, bytes, says) in cases {
        let line = refuses(&write(&dir, name, &bytes));
        assert!(line.contains(says), "{name}: {line}");
    }
    let sparse = dir.join("huge.pdf");
    let file = std::fs::File::create(&sparse).expect("create");
    file.set_len(150 << 20).expect("sparse file");
    drop(file);
    let mut head = std::fs::OpenOptions::new()
        .write(true)
        .open(&sparse)
        .expect("open");
    std::io::Write::write_all(&mut head, b"%PDF-1.7\n").expect("write");
    let line = refuses(&sparse);
    assert!(line.contains("100 MB"), "{line}");
}
