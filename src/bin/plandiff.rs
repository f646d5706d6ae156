//! `plandiff`: the command-line adapter over the core (parse one plan, compare two).

use std::process::ExitCode;

/// mimalloc: parsing makes many small strings, which it allocates and frees faster than the
/// system allocator.
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const HELP: &str = "\
plandiff — 比较两份政府工作要点/工作计划/实施方案，按任务对照指标、单位和措辞

用法:
  plandiff parse FILE [--json]
  plandiff compare FILE_A FILE_B [--json | --csv | --md | --html]

命令:
  parse     读取一份文件，列出编号任务（--json 输出完整的 Document）
  compare   比较两份文件：A 为基准（如上一年），B 为对照（如本年）

输出格式（compare）:
  --json    完整的比较结果（默认）
  --csv     每个配对、每项指标变化一行，UTF-8 带 BOM，Excel 可直接打开
  --md      Markdown 报告
  --html    单个自包含 HTML 报告

支持 .txt .md .html .docx；编码 UTF-8、UTF-16、GB18030/GBK 自动识别。
出错时退出码非 0，并在标准错误输出一行说明。
";

/// What the user asked for.
enum Command {
    Help,
    Parse {
        file: String,
        json: bool,
    },
    Compare {
        a: String,
        b: String,
        format: Format,
    },
}

/// Output format of `compare`.
#[derive(Clone, Copy)]
enum Format {
    Json,
    Csv,
    Markdown,
    Html,
}

fn parse_args(args: &[String]) -> Result<Command, String> {
    let flags: Vec<&str> = args
        .iter()
        .filter(|a| a.starts_with("--"))
        .map(String::as_str)
        .collect();
    let words: Vec<&str> = args
        .iter()
        .filter(|a| !a.starts_with("--"))
        .map(String::as_str)
        .collect();
    if flags.contains(&"--help") || args.iter().any(|a| a == "-h") {
        return Ok(Command::Help);
    }
    match words.as_slice() {
        [] | ["help"] => Ok(Command::Help),
        ["parse", file] => {
            for f in &flags {
                if *f != "--json" {
                    return Err(format!("parse 不认识选项 {f}，可用：--json"));
                }
            }
            Ok(Command::Parse {
                file: file.to_string(),
                json: flags.contains(&"--json"),
            })
        }
        ["compare", a, b] => {
            let mut format = Format::Json;
            for f in &flags {
                format = match *f {
                    "--json" => Format::Json,
                    "--csv" => Format::Csv,
                    "--md" => Format::Markdown,
                    "--html" => Format::Html,
                    other => {
                        return Err(format!(
                            "compare 不认识选项 {other}，可用：--json --csv --md --html"
                        ))
                    }
                };
            }
            Ok(Command::Compare {
                a: a.to_string(),
                b: b.to_string(),
                format,
            })
        }
        ["parse", ..] => Err("用法：plandiff parse FILE [--json]".into()),
        ["compare", ..] => {
            Err("用法：plandiff compare FILE_A FILE_B [--json|--csv|--md|--html]".into())
        }
        [other, ..] => Err(format!("未知命令 {other}，请运行 plandiff --help 查看用法")),
    }
}

/// The bytes of the file at `path`, or a message naming it and saying what to do.
fn read_bytes(path: &str) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => "文件不存在，请检查路径".to_string(),
            std::io::ErrorKind::PermissionDenied => "没有读取权限，请检查文件权限".to_string(),
            _ if std::path::Path::new(path).is_dir() => {
                "这是一个文件夹，请给出文件路径".to_string()
            }
            _ => format!("无法读取（{e}），请检查文件"),
        };
        format!("{path}：{why}")
    })
}

/// The document in `bytes`, read from `path` (its file name names it in messages).
fn parse_bytes(bytes: &[u8], path: &str) -> Result<plandiff::Document, String> {
    let name = std::path::Path::new(path)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.to_string());
    plandiff::parse(bytes, &name).map_err(|e| e.to_string())
}

fn run(command: Command) -> Result<String, String> {
    match command {
        Command::Help => Ok(HELP.to_string()),
        Command::Parse { file, json } => {
            let doc = parse_bytes(&read_bytes(&file)?, &file)?;
            Ok(if json {
                plandiff::report::document_json(&doc)
            } else {
                plandiff::report::document_text(&doc)
            })
        }
        Command::Compare { a, b, format } => {
            // The two files are independent: parsed on two threads when they are big enough.
            let (bytes_a, bytes_b) = (read_bytes(&a)?, read_bytes(&b)?);
            let (doc_a, doc_b) = plandiff::par::join_when(
                bytes_a.len() + bytes_b.len() >= plandiff::par::MIN_BYTES,
                || parse_bytes(&bytes_a, &a),
                || parse_bytes(&bytes_b, &b),
            );
            let (doc_a, doc_b) = (doc_a?, doc_b?);
            let comparison = plandiff::compare(&doc_a, &doc_b);
            Ok(match format {
                Format::Json => plandiff::report::comparison_json(&comparison),
                Format::Csv => plandiff::report::comparison_csv(&comparison),
                Format::Markdown => plandiff::report::comparison_markdown(&comparison),
                Format::Html => plandiff::report::comparison_html(&comparison),
            })
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // A bug must still end in one line a user can act on, never a panic trace.
    std::panic::set_hook(Box::new(|_| {}));
    let result =
        std::panic::catch_unwind(|| parse_args(&args).and_then(run)).unwrap_or_else(|_| {
            Err("内部错误，未能完成。请把所用的文件和这条命令一起报告给开发者".to_string())
        });
    match result {
        Ok(out) => {
            use std::io::Write;
            let mut stdout = std::io::stdout().lock();
            // A closed pipe (`| head`) is not an error worth a message.
            let _ = stdout.write_all(out.as_bytes());
            if !out.ends_with('\n') {
                let _ = stdout.write_all(b"\n");
            }
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("plandiff: {message}");
            ExitCode::from(2)
        }
    }
}
