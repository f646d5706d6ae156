//! Stable, uninstrumented stress driver over the fuzz targets: mutates the corpus (the seeds
//! from `seed.py` and whatever libFuzzer added) many times faster than the instrumented
//! binaries, and counts as findings a panic, an input that takes over a second, and a peak
//! memory over the limit. Inputs that run slowly join the pool, so repetition that makes a
//! scanner superlinear is bred on purpose.
//!
//! ```text
//! cargo run --release --bin stress -- --seconds 600 [parse docx compare html]
//! ```
//! Findings are written to `artifacts/<target>/{crash,slow,hang}-<hash>`; the exit code is 1
//! when there is any.

use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// An input slower than this (in its thread's CPU time: on a shared machine, waiting for a
/// core is not the input's doing) is a finding (the issue's bar).
const SLOW: Duration = Duration::from_secs(1);
/// An input still running after this is a hang: written out, and the driver stops.
const HANG: Duration = Duration::from_secs(20);
/// Peak resident memory above this is a finding.
const MAX_RSS_MB: u64 = 1024;
/// Longest input made.
const MAX_LEN: usize = 16 * 1024;
/// Inputs slower than this join the pool (breeding slowness).
const BREED: Duration = Duration::from_millis(5);
/// Largest pool.
const MAX_POOL: usize = 4096;

/// Pieces the mutator inserts: numbering, unit labels, comparators, markup and XML that the
/// readers treat specially.
const TOKENS: &[&str] = &[
    "一、",
    "（一）",
    "(一)",
    "二)",
    "1.",
    "1、",
    "（1）",
    "①",
    "第一条",
    "一是",
    "二是",
    "牵头单位：",
    "责任单位：",
    "（牵头单位：市甲局、市乙局）",
    "不少于",
    "达到",
    "提高到",
    "%",
    "％",
    "个工作日",
    "次",
    "年",
    "月",
    "日前",
    "每年3月1日前",
    "2-3个",
    "百分之",
    "九",
    "十",
    "百",
    "零",
    "\n",
    "\r\n",
    "\n\n",
    "\t",
    "\u{3000}",
    " ",
    "**",
    "__",
    "# ",
    "- ",
    "●",
    "注：",
    "<p>",
    "</p>",
    "<br>",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "<style>",
    "<table>",
    "<tr>",
    "<td>",
    "<td rowspan=\"9999\">",
    "<td colspan=\"99999\">",
    "<ol start=\"4294967295\">",
    "<li>",
    "&nbsp;",
    "&#x10FFFF;",
    "&amp",
    "<w:p>",
    "</w:p>",
    "<w:r>",
    "<w:t>",
    "</w:t>",
    "<w:pPr>",
    "<w:numPr>",
    "<w:numId w:val=\"1\"/>",
    "<w:ilvl w:val=\"8\"/>",
    "<w:abstractNum w:abstractNumId=\"0\">",
    "</w:abstractNum>",
    "<w:num w:numId=\"1\">",
    "<w:abstractNumId w:val=\"0\"/>",
    "<w:lvl w:ilvl=\"0\">",
    "<w:lvlText w:val=\"%1.%2.%3.%9\"/>",
    "<w:start w:val=\"4294967295\"/>",
    "<w:numFmt w:val=\"chineseCounting\"/>",
    "<w:style w:styleId=\"a\">",
    "<w:basedOn w:val=\"a\"/>",
    "<w:pStyle w:val=\"a\"/>",
    "<w:tbl>",
    "<w:tr>",
    "<w:tc>",
    "<w:gridSpan w:val=\"99999\"/>",
    "<w:gridBefore w:val=\"99999\"/>",
    "<w:vMerge w:val=\"restart\"/>",
    "<w:vMerge/>",
    "<w:del>",
    "<w:txbxContent>",
    "\0",
    "\u{FEFF}",
    "9999999999999",
    "1111111111",
];

/// xorshift64*: enough randomness for mutation, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            0
        } else {
            (self.next() % n as u64) as usize
        }
    }
}

/// One to eight stacked mutations of `input`, some drawing on `pool`.
fn mutate(rng: &mut Rng, input: &[u8], pool: &[Vec<u8>]) -> Vec<u8> {
    let mut out = input.to_vec();
    for _ in 0..1 + rng.below(8) {
        let len = out.len();
        let at = rng.below(len + 1);
        match rng.below(9) {
            0 if len > 0 => out[at.min(len - 1)] ^= 1 << rng.below(8),
            1 if len > 0 => out[at.min(len - 1)] = rng.next() as u8,
            2 => {
                let byte = rng.next() as u8;
                out.splice(at..at, std::iter::repeat_n(byte, 1 + rng.below(4)));
            }
            3 => {
                let end = (at + 1 + rng.below(64)).min(len);
                out.drain(at.min(end)..end);
            }
            4 => {
                // A slice repeated: the shape that makes a scanner superlinear.
                let end = (at + 1 + rng.below(32)).min(len);
                let piece = out[at.min(end)..end].to_vec();
                let times = 1 + rng.below(256);
                for _ in 0..times {
                    out.splice(end..end, piece.iter().copied());
                }
            }
            5 | 6 => {
                let token = TOKENS[rng.below(TOKENS.len())].as_bytes();
                let times = if rng.below(8) == 0 {
                    1 + rng.below(512)
                } else {
                    1
                };
                for _ in 0..times {
                    out.splice(at..at, token.iter().copied());
                }
            }
            7 if !pool.is_empty() => {
                let other = &pool[rng.below(pool.len())];
                let from = rng.below(other.len() + 1);
                let end = (from + rng.below(1024)).min(other.len());
                out.splice(at..at, other[from..end].iter().copied());
            }
            8 => out.truncate(at),
            _ => {}
        }
        out.truncate(MAX_LEN);
    }
    out
}

/// Peak resident memory so far, in MB (Linux; 0 elsewhere).
fn peak_rss_mb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb / 1024)
}

/// A short stable name for an input (FNV-1a).
fn hash(data: &[u8]) -> String {
    let h = data.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    format!("{h:016x}")
}

fn save(dir: &Path, kind: &str, data: &[u8]) -> PathBuf {
    let _ = std::fs::create_dir_all(dir);
    let path = dir.join(format!("{kind}-{}", hash(data)));
    let _ = std::fs::write(&path, data);
    path
}

/// The inputs in `dir` (the corpus of one target).
fn load(dir: &Path) -> Vec<Vec<u8>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .filter_map(|p| std::fs::read(p).ok())
        .map(|mut d| {
            d.truncate(MAX_LEN);
            d
        })
        .collect()
}

/// What one target's run gave.
struct Outcome {
    execs: u64,
    slowest: Duration,
    findings: usize,
}

/// The input being run and since when (ms since `epoch`), for the hang watchdog.
struct Current {
    target: Mutex<&'static str>,
    input: Mutex<Vec<u8>>,
    since_ms: AtomicU64,
    busy: AtomicBool,
}

fn run_target(
    name: &'static str,
    run: fn(&[u8]),
    budget: Duration,
    seed: u64,
    current: &Current,
    epoch: Instant,
) -> Outcome {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let artifacts = root.join("artifacts").join(name);
    let mut pool = load(&root.join("corpus").join(name));
    if pool.is_empty() {
        pool.push(Vec::new());
    }
    let mut rng = Rng(seed | 1);
    let mut outcome = Outcome {
        execs: 0,
        slowest: Duration::ZERO,
        findings: 0,
    };
    *current.target.lock().unwrap() = name;
    let started = Instant::now();
    while started.elapsed() < budget {
        let input = if outcome.execs < pool.len() as u64 {
            pool[outcome.execs as usize].clone()
        } else {
            let pick = rng.below(pool.len());
            mutate(&mut rng, &pool[pick], &pool)
        };
        input.clone_into(&mut current.input.lock().unwrap());
        current
            .since_ms
            .store(epoch.elapsed().as_millis() as u64, Ordering::SeqCst);
        current.busy.store(true, Ordering::SeqCst);
        let t = cpu_time::ThreadTime::now();
        let result = std::panic::catch_unwind(AssertUnwindSafe(|| run(&input)));
        let took = t.elapsed();
        current.busy.store(false, Ordering::SeqCst);
        outcome.execs += 1;
        if took > outcome.slowest {
            // Kept for a look even when under the bar: the next finding is likely its kin.
            outcome.slowest = took;
            let _ = std::fs::create_dir_all(&artifacts);
            let _ = std::fs::write(artifacts.join("slowest"), &input);
        }
        if result.is_err() {
            outcome.findings += 1;
            eprintln!(
                "{name}: panic, saved {}",
                save(&artifacts, "crash", &input).display()
            );
        } else if took > SLOW {
            outcome.findings += 1;
            eprintln!(
                "{name}: {took:?}, saved {}",
                save(&artifacts, "slow", &input).display()
            );
        } else if took > BREED && pool.len() < MAX_POOL {
            pool.push(input);
        }
        if outcome.execs.is_multiple_of(4096) && peak_rss_mb() > MAX_RSS_MB {
            outcome.findings += 1;
            eprintln!("{name}: peak memory {} MB", peak_rss_mb());
            break;
        }
    }
    outcome
}

fn main() {
    let mut seconds = 60u64;
    let mut names = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seconds" => seconds = args.next().and_then(|s| s.parse().ok()).unwrap_or(seconds),
            name => names.push(name.to_string()),
        }
    }
    let targets: Vec<_> = plandiff_fuzz::TARGETS
        .iter()
        .filter(|(n, _)| names.is_empty() || names.iter().any(|m| m == n))
        .collect();
    // Panics are findings, reported as such: no trace for each.
    std::panic::set_hook(Box::new(|_| {}));
    let epoch = Instant::now();
    let current = Arc::new(Current {
        target: Mutex::new(""),
        input: Mutex::new(Vec::new()),
        since_ms: AtomicU64::new(0),
        busy: AtomicBool::new(false),
    });
    let watch = Arc::clone(&current);
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_millis(500));
        let since = Duration::from_millis(watch.since_ms.load(Ordering::SeqCst));
        if watch.busy.load(Ordering::SeqCst) && epoch.elapsed() > since + HANG {
            let name = *watch.target.lock().unwrap();
            let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("artifacts")
                .join(name);
            let path = save(&dir, "hang", &watch.input.lock().unwrap());
            eprintln!("{name}: hang over {HANG:?}, saved {}", path.display());
            std::process::exit(1);
        }
    });
    let budget = Duration::from_secs(seconds) / targets.len().max(1) as u32;
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64);
    let mut total = (0u64, 0usize);
    for (i, (name, run)) in targets.into_iter().enumerate() {
        let o = run_target(
            name,
            *run,
            budget,
            seed.wrapping_add(i as u64),
            &current,
            epoch,
        );
        println!(
            "{name}: {} executions, slowest {:.3} s, {} findings",
            o.execs,
            o.slowest.as_secs_f64(),
            o.findings
        );
        total.0 += o.execs;
        total.1 += o.findings;
    }
    println!(
        "total: {} executions, {} findings, peak memory {} MB",
        total.0,
        total.1,
        peak_rss_mb()
    );
    if total.1 > 0 {
        std::process::exit(1);
    }
}
