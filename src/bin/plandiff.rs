//! `plandiff`: the command-line adapter over the core (parse one plan, compare two).
//!
//! Exit codes: 0 done; 1 a file could not be read or the output could not be written (one line
//! on stderr naming the file and what to do); 2 a usage error (clap's message and usage).

use std::io::{Read, Write};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// mimalloc: parsing makes many small strings, which it allocates and frees faster than the
/// system allocator.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static GLOBAL: mi::MiMalloc = mi::MiMalloc;

/// The global allocator over mimalloc's C functions.
#[cfg(not(target_arch = "wasm32"))]
mod mi {
    use libmimalloc_sys as ffi;
    use std::alloc::{GlobalAlloc, Layout};
    use std::ffi::c_void;

    /// Alignment every mimalloc block has (its sizes are multiples of a word): a layout that
    /// asks no more is served by plain `mi_malloc`, whose fast path is about a third of
    /// `mi_malloc_aligned`'s (a million allocations at 100×).
    const WORD: usize = std::mem::size_of::<usize>();

    /// mimalloc as Rust's allocator.
    pub struct MiMalloc;

    // SAFETY: each function hands mimalloc's block straight through; a layout aligned beyond
    // a word goes to mimalloc's aligned functions, and every block is freed by `mi_free`.
    unsafe impl GlobalAlloc for MiMalloc {
        #[inline]
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            if layout.align() <= WORD {
                ffi::mi_malloc(layout.size()) as *mut u8
            } else {
                ffi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }

        #[inline]
        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            if layout.align() <= WORD {
                ffi::mi_zalloc(layout.size()) as *mut u8
            } else {
                ffi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
            }
        }

        #[inline]
        unsafe fn dealloc(&self, ptr: *mut u8, _layout: Layout) {
            ffi::mi_free(ptr as *mut c_void);
        }

        #[inline]
        unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            if layout.align() <= WORD {
                ffi::mi_realloc(ptr as *mut c_void, new_size) as *mut u8
            } else {
                ffi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
            }
        }
    }
}

/// The name standard input (`-`) goes by in messages; it has no extension, so the content
/// decides the format.
const STDIN_NAME: &str = "标准输入";

/// 比较两份政府工作要点/工作计划/实施方案，按任务对照指标、单位和措辞
#[derive(Parser)]
#[command(
    name = "plandiff",
    version,
    arg_required_else_help = true,
    after_help = "支持 .txt .md .html .docx .pdf（有文字层）.ofd；编码 UTF-8、UTF-16、GB18030/GBK 自动识别。\n\
                  FILE 为 - 时读标准输入。出错时在标准错误输出一行说明：\n\
                  文件无法读取退出码 1，用法错误退出码 2。"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// What the user asked for.
#[derive(Subcommand)]
enum Command {
    /// 读取一份文件，列出编号任务（--json 输出完整的 Document）
    Parse {
        /// 计划文件（- 为标准输入）
        file: String,
        /// 输出完整的 Document（JSON）
        #[arg(long)]
        json: bool,
    },
    /// 比较两份文件：A 为基准（如上一年），B 为对照（如本年）
    Compare {
        /// 基准文件 A（- 为标准输入）
        file_a: String,
        /// 对照文件 B（- 为标准输入）
        file_b: String,
        #[command(flatten)]
        format: FormatFlags,
        /// 措辞比较时忽略的差异，逗号分隔：width（全角/半角）、space（空白）、numbering（仅序号不同）、
        /// none（都不忽略）。默认 width,space
        #[arg(long, value_enum, value_delimiter = ',', value_name = "KINDS")]
        ignore: Option<Vec<IgnoreKind>>,
    },
    /// 逐年对照：按时间顺序给出同一计划的多份文件，列出每项任务在各年的编号、指标和牵头单位
    Track {
        /// 计划文件，按时间从早到晚（至少两份）
        #[arg(required = true, num_args = 2..)]
        files: Vec<String>,
        /// Markdown 表格（默认 JSON）
        #[arg(long)]
        md: bool,
    },
    /// 多地对照：给出几个地方的同类文件，同一项工作的任务排在同一行
    Matrix {
        /// 各地的计划文件（至少两份）
        #[arg(required = true, num_args = 2..)]
        files: Vec<String>,
        /// Markdown 表格（默认 JSON）
        #[arg(long)]
        md: bool,
    },
    /// 批量比较：从标准输入每行读一对文件（Tab 分隔，或 ["A","B"]），每对输出一行 JSON
    Batch {
        /// 每行输出完整的比较结果（默认只输出 summary）
        #[arg(long)]
        full: bool,
        /// 同时比较的线程数（默认为 CPU 核数）
        #[arg(long, short = 'j', value_parser = clap::value_parser!(u16).range(1..))]
        jobs: Option<u16>,
    },
}

/// Output format of `compare`: at most one flag (clap refuses two).
#[derive(Args)]
#[group(multiple = false)]
struct FormatFlags {
    /// 完整的比较结果（默认）
    #[arg(long)]
    json: bool,
    /// 每个配对、每项指标变化一行，UTF-8 带 BOM，Excel 可直接打开
    #[arg(long)]
    csv: bool,
    /// Markdown 报告
    #[arg(long)]
    md: bool,
    /// 单个自包含 HTML 报告
    #[arg(long)]
    html: bool,
    /// Word 报告（.docx，二进制：请重定向到文件，如 > 报告.docx）
    #[arg(long)]
    docx: bool,
    /// Excel 工作簿（.xlsx，二进制：请重定向到文件，如 > 报告.xlsx）
    #[arg(long)]
    xlsx: bool,
}

/// One kind of difference `--ignore` names.
#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum IgnoreKind {
    /// 全角与半角（：与 :，（与 (，１与 1）
    Width,
    /// 空白
    Space,
    /// 仅序号不同（① 与 ②，（1）与（2），一是与二是）
    Numbering,
    /// 都不忽略
    None,
}

/// The options `--ignore` gives: exactly the kinds named (none for `none`), the defaults when
/// the flag is not given.
fn ignore_options(kinds: Option<&[IgnoreKind]>) -> plandiff::Ignore {
    let Some(kinds) = kinds else {
        return plandiff::Ignore::default();
    };
    plandiff::Ignore {
        width: kinds.contains(&IgnoreKind::Width),
        space: kinds.contains(&IgnoreKind::Space),
        numbering: kinds.contains(&IgnoreKind::Numbering),
    }
}

/// What a command writes to stdout: text (ended by a newline) or a file's bytes as they are.
enum Output {
    Text(String),
    Bytes(Vec<u8>),
    /// Already written as it was made (`batch`).
    Written,
}

/// Refuses a binary report (`--docx`, `--xlsx`) when stdout is a terminal, before any work:
/// its bytes would garble the screen.
fn binary_to_terminal(ext: &str) -> Result<(), Failure> {
    use std::io::IsTerminal;
    if std::io::stdout().is_terminal() {
        return Err(Failure(format!(
            "--{ext} 输出的是二进制文件，不能显示在终端：请重定向到文件，如 plandiff compare A B --{ext} > 报告.{ext}"
        )));
    }
    Ok(())
}

/// Why a run failed: one line for stderr.
struct Failure(String);

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure(message)
    }
}

/// The bytes of `path` (`-`: standard input), read no further than the core's size limit: the
/// size a file's metadata gives is checked before reading, and a stream (a pipe, a FIFO,
/// `/dev/zero`) is cut off one byte past the limit.
fn read_input(path: &str) -> Result<Vec<u8>, String> {
    if path == "-" {
        return read_capped(std::io::stdin().lock(), None, STDIN_NAME);
    }
    let file = std::fs::File::open(path).map_err(|e| open_error(path, &e))?;
    let meta = file.metadata().map_err(|e| open_error(path, &e))?;
    if meta.is_dir() {
        return Err(format!("{path}：这是一个文件夹，请给出文件路径"));
    }
    // Only a regular file's length is its size (a device or a FIFO says 0).
    let known = meta.is_file().then_some(meta.len());
    read_capped(file, known, path)
}

/// Reads `reader` up to the limit its first bytes call for ([`plandiff::ingest::size_limit`]),
/// refusing a file whose `known` size is over it before reading further.
fn read_capped(mut reader: impl Read, known: Option<u64>, name: &str) -> Result<Vec<u8>, String> {
    let failed = |e: std::io::Error| format!("{name}：无法读取（{e}），请检查文件");
    let mut bytes = Vec::new();
    (&mut reader)
        .take(4)
        .read_to_end(&mut bytes)
        .map_err(failed)?;
    let limit = plandiff::ingest::size_limit(&bytes);
    let too_large = |size| plandiff::ingest::too_large(name, size, limit).to_string();
    if let Some(size) = known.filter(|size| *size > limit as u64) {
        return Err(too_large(Some(size)));
    }
    let expect = known.map_or(0, |size| size as usize);
    bytes.reserve(expect.saturating_sub(bytes.len()));
    let rest = (limit + 1 - bytes.len()) as u64;
    reader.take(rest).read_to_end(&mut bytes).map_err(failed)?;
    if bytes.len() > limit {
        return Err(too_large(known));
    }
    Ok(bytes)
}

/// The message for a file that could not be opened.
fn open_error(path: &str, e: &std::io::Error) -> String {
    let why = match e.kind() {
        std::io::ErrorKind::NotFound => "文件不存在，请检查路径".to_string(),
        std::io::ErrorKind::PermissionDenied => "没有读取权限，请检查文件权限".to_string(),
        _ => format!("无法读取（{e}），请检查文件"),
    };
    format!("{path}：{why}")
}

/// The document read from `path` (its file name names it in messages).
fn parse_file(path: &str) -> Result<plandiff::Document, String> {
    let bytes = read_input(path)?;
    let name = if path == "-" {
        STDIN_NAME.to_string()
    } else {
        std::path::Path::new(path)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.to_string())
    };
    plandiff::parse(&bytes, &name).map_err(|e| e.to_string())
}

/// `plandiff batch` where there are no threads (the binary is only ever built for wasm32 by
/// `cargo test --target wasm32-unknown-unknown`, which builds every target of the package).
#[cfg(target_arch = "wasm32")]
fn batch(_full: bool, _jobs: Option<u16>) -> Result<(), Failure> {
    Err(Failure("batch 需要本机的 plandiff 命令行".into()))
}

/// `plandiff batch`: pairs from stdin, one JSON line each to stdout as they are done, a progress
/// line on stderr when it is a terminal, and what was done at the end.
#[cfg(not(target_arch = "wasm32"))]
fn batch(full: bool, jobs: Option<u16>) -> Result<(), Failure> {
    use std::io::IsTerminal;
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Err(Failure(
            "请从标准输入给出文件对，每行两个路径（Tab 分隔）或 [\"A\", \"B\"]，例如：plandiff batch < pairs.tsv".into(),
        ));
    }
    let jobs = jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, |n| n.get()),
        usize::from,
    );
    let options = plandiff::batch::BatchOptions { jobs, full };
    let show = std::io::stderr().is_terminal();
    let progress = |done: usize| {
        if show {
            eprint!("\r已比较 {done} 对…");
        }
    };
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let input = std::io::BufReader::new(stdin);
    let stats = plandiff::batch::run(input, &mut out, &options, parse_file, progress);
    if show {
        eprint!("\r");
    }
    match stats {
        Ok(stats) => {
            eprintln!(
                "plandiff: 比较了 {} 对（{} 对出错），涉及 {} 个文件，{jobs} 个线程",
                stats.pairs, stats.failed, stats.documents
            );
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Failure(format!(
            "无法读入文件对或写出结果（{e}）：请检查输入和磁盘空间"
        ))),
    }
}

fn run(command: Command) -> Result<Output, Failure> {
    match command {
        Command::Batch { full, jobs } => batch(full, jobs).map(|()| Output::Written),
        Command::Track { files, md } => {
            let series = plandiff::track::track(&parse_all(&files)?);
            Ok(Output::Text(series_report(
                &series,
                md,
                plandiff::report::series::TRACK_HEADING,
            )))
        }
        Command::Matrix { files, md } => {
            let rows = plandiff::track::matrix(&parse_all(&files)?);
            Ok(Output::Text(series_report(
                &rows,
                md,
                plandiff::report::series::MATRIX_HEADING,
            )))
        }
        Command::Parse { file, json } => {
            let doc = parse_file(&file)?;
            if json {
                return write_json_with(|out| plandiff::report::write_document_json(out, &doc))
                    .map(|()| Output::Written);
            }
            Ok(Output::Text(plandiff::report::document_text(&doc)))
        }
        Command::Compare {
            file_a,
            file_b,
            format,
            ignore,
        } => {
            if format.docx {
                binary_to_terminal("docx")?;
            } else if format.xlsx {
                binary_to_terminal("xlsx")?;
            }
            if file_a == "-" && file_b == "-" {
                return Err(Failure(
                    "标准输入只能读一次：请只给一个文件用 -，另一个给出路径".into(),
                ));
            }
            // Read both first (a missing B is reported before A is parsed); the two files are
            // independent, parsed on two threads when they are big enough.
            let (a, b) = (&file_a, &file_b);
            let (doc_a, doc_b) = if a == "-" || b == "-" {
                (parse_file(a), parse_file(b))
            } else {
                plandiff::par::join_when(
                    worth_two_threads(a, b),
                    || parse_file(a),
                    || parse_file(b),
                )
            };
            let (doc_a, doc_b) = (doc_a?, doc_b?);
            // The documents go into the comparison as they are, not copied.
            let ignore = ignore_options(ignore.as_deref());
            let comparison = plandiff::compare_owned_ignoring(doc_a, doc_b, &ignore);
            let written = |bytes: Result<Vec<u8>, String>| {
                bytes
                    .map(Output::Bytes)
                    .map_err(|e| Failure(format!("无法生成报告（{e}）")))
            };
            if format.docx {
                return written(plandiff::report::comparison_docx(&comparison));
            } else if format.xlsx {
                return written(plandiff::report::comparison_xlsx(&comparison));
            }
            let report = if format.csv {
                plandiff::report::comparison_csv(&comparison)
            } else if format.md {
                plandiff::report::comparison_markdown(&comparison)
            } else if format.html {
                plandiff::report::comparison_html(&comparison)
            } else {
                // Written as it is made: no copy of the whole JSON (13 MB at 100×) in memory.
                write_json(&comparison)?;
                // The process ends next: freeing every string of the comparison one by one
                // would only cost time.
                std::mem::forget(comparison);
                return Ok(Output::Written);
            };
            Ok(Output::Text(report))
        }
    }
}

/// The documents of `files`, in order; standard input at most once.
fn parse_all(files: &[String]) -> Result<Vec<plandiff::Document>, Failure> {
    if files.iter().filter(|f| *f == "-").count() > 1 {
        return Err(Failure(
            "标准输入只能读一次：请只给一个文件用 -，其余给出路径".into(),
        ));
    }
    Ok(files
        .iter()
        .map(|f| parse_file(f))
        .collect::<Result<Vec<_>, _>>()?)
}

/// A series or matrix as Markdown or JSON.
fn series_report(series: &plandiff::Series, md: bool, heading: &str) -> String {
    if md {
        plandiff::report::series::series_markdown(series, heading)
    } else {
        plandiff::report::series::series_json(series)
    }
}

/// Whether two files are big enough together to be parsed on two threads.
fn worth_two_threads(a: &str, b: &str) -> bool {
    let size = |p: &str| std::fs::metadata(p).map_or(0, |m| m.len());
    size(a).saturating_add(size(b)) >= plandiff::par::MIN_BYTES as u64
}

/// `plandiff compare --json`: the comparison's JSON and a final newline to stdout through one
/// buffer, as it is made (the same bytes as [`write_out`] of [`plandiff::report::comparison_json`]).
fn write_json(comparison: &plandiff::Comparison) -> Result<(), Failure> {
    write_json_with(|out| plandiff::report::write_comparison_json(out, comparison))
}

/// JSON written by `write` and a final newline to stdout through one buffer, as it is made.
fn write_json_with(
    write: impl FnOnce(&mut std::io::BufWriter<std::io::StdoutLock<'static>>) -> std::io::Result<()>,
) -> Result<(), Failure> {
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = write(&mut stdout)
        .and_then(|()| stdout.write_all(b"\n"))
        .and_then(|()| stdout.flush());
    match written {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(Failure(format!(
            "无法写出结果（{e}）：请检查磁盘空间，或把输出重定向到可写的文件"
        ))),
        _ => Ok(()),
    }
}

/// Writes `out` to stdout (text with a final newline); a full disk or a closed file is an
/// error, a reader that stopped early (`| head`) is not.
fn write_out(out: &Output) -> Result<(), std::io::Error> {
    let (bytes, newline) = match out {
        Output::Text(text) => (text.as_bytes(), !text.ends_with('\n')),
        Output::Bytes(bytes) => (bytes.as_slice(), false),
        Output::Written => return Ok(()),
    };
    let mut stdout = std::io::stdout().lock();
    let written = stdout
        .write_all(bytes)
        .and_then(|()| {
            if newline {
                stdout.write_all(b"\n")
            } else {
                Ok(())
            }
        })
        .and_then(|()| stdout.flush());
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

fn main() -> ExitCode {
    // Usage errors, --help and --version: clap prints and exits (2 on a usage error).
    let cli = Cli::parse();
    // A bug must still end in one line a user can act on, never a panic trace.
    std::panic::set_hook(Box::new(|_| {}));
    let result = std::panic::catch_unwind(|| run(cli.command)).unwrap_or_else(|_| {
        Err(Failure(
            "内部错误，未能完成。请把所用的文件和这条命令一起报告给开发者".to_string(),
        ))
    });
    let failure = match result {
        Ok(Output::Written) => return ExitCode::SUCCESS,
        Ok(out) => match write_out(&out) {
            Ok(()) => return ExitCode::SUCCESS,
            Err(e) => Failure(format!(
                "无法写出结果（{e}）：请检查磁盘空间，或把输出重定向到可写的文件"
            )),
        },
        Err(failure) => failure,
    };
    eprintln!("plandiff: {}", failure.0);
    ExitCode::FAILURE
}
