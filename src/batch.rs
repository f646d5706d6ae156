//! Many comparisons in one run (`plandiff batch`): pairs of paths in, one JSON line per pair out,
//! in input order, every file parsed once, the pairs compared on every core.
//!
//! Streaming and stateless per line (beyond the cache of parsed files), so that past one machine
//! it runs unchanged under GNU parallel, Spark's `RDD.pipe` or Ray: each line in gives one line
//! out, and a bad line or file is reported on its own line without stopping the run.

use std::collections::{BTreeMap, HashMap};
use std::io::{self, BufRead, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, OnceLock};

use serde::{Deserialize, Serialize};

use crate::model::{Comparison, Document, Summary};

/// How a batch runs.
#[derive(Debug, Clone, Copy)]
pub struct BatchOptions {
    /// Threads comparing at once (at least 1).
    pub jobs: usize,
    /// Write the whole comparison on each line, not only its summary.
    pub full: bool,
}

/// What a batch did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BatchStats {
    /// Lines that named a pair (blank lines are skipped).
    pub pairs: usize,
    /// Of those, the ones that gave an error line (a bad line, a file that could not be read).
    pub failed: usize,
    /// Distinct files read.
    pub documents: usize,
}

/// One line of input: `["a.txt", "b.txt"]`, `{"a": "a.txt", "b": "b.txt"}`, two paths between a
/// tab, or two paths between spaces (paths with spaces need a tab or JSON).
///
/// `pair_of("a.txt\tb.txt")` → `Ok(Some(("a.txt", "b.txt")))`; a blank line → `Ok(None)`.
pub fn pair_of(line: &str) -> Result<Option<(String, String)>, String> {
    /// The object form of a line.
    #[derive(Deserialize)]
    struct Named {
        a: String,
        b: String,
    }
    let line = line.trim();
    if line.is_empty() {
        return Ok(None);
    }
    let bad = |why: &str| {
        format!("这一行不是一对文件（{why}）：请写两个路径，用 Tab 分隔，或写 [\"A\", \"B\"]")
    };
    if line.starts_with('[') {
        let [a, b]: [String; 2] = serde_json::from_str(line).map_err(|e| bad(&e.to_string()))?;
        return Ok(Some((a, b)));
    }
    if line.starts_with('{') {
        let named: Named = serde_json::from_str(line).map_err(|e| bad(&e.to_string()))?;
        return Ok(Some((named.a, named.b)));
    }
    let fields: Vec<&str> = if line.contains('\t') {
        line.split('\t').map(str::trim).collect()
    } else {
        line.split_whitespace().collect()
    };
    match fields.as_slice() {
        [a, b] if !a.is_empty() && !b.is_empty() => Ok(Some((a.to_string(), b.to_string()))),
        _ => Err(bad(&format!("有 {} 个字段", fields.len()))),
    }
}

/// One line of output.
#[derive(Serialize)]
struct Answer<'a> {
    /// The input line's number, from 1.
    line: usize,
    a: &'a str,
    b: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a Summary>,
    #[serde(skip_serializing_if = "Option::is_none")]
    comparison: Option<&'a Comparison>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
}

/// A file read once, whichever thread asks first; the others wait for it.
type Slot = Arc<OnceLock<Result<Arc<Document>, String>>>;

/// Files read so far, by path.
#[derive(Default)]
struct Cache {
    slots: Mutex<HashMap<String, Slot>>,
}

impl Cache {
    fn get(
        &self,
        path: &str,
        load: &dyn Fn(&str) -> Result<Document, String>,
    ) -> Result<Arc<Document>, String> {
        let slot = {
            let mut slots = self.slots.lock().unwrap_or_else(|e| e.into_inner());
            slots.entry(path.to_string()).or_default().clone()
        };
        slot.get_or_init(|| load(path).map(Arc::new)).clone()
    }

    fn len(&self) -> usize {
        self.slots.lock().unwrap_or_else(|e| e.into_inner()).len()
    }
}

/// A pair to compare: its place among the pairs (from 0), its line (from 1), and its pair or why
/// the line is not one.
type Job = (usize, usize, Result<(String, String), String>);

/// Reads pairs from `input`, compares each with the documents `load` gives, and writes one JSON
/// line per pair to `out`, in input order. `progress` is told the number of pairs written so far.
pub fn run<L, P>(
    input: impl BufRead + Send,
    out: &mut impl Write,
    options: &BatchOptions,
    load: L,
    mut progress: P,
) -> io::Result<BatchStats>
where
    L: Fn(&str) -> Result<Document, String> + Sync,
    P: FnMut(usize),
{
    let jobs = options.jobs.max(1);
    let cache = Cache::default();
    let mut stats = BatchStats::default();
    let (job_tx, job_rx) = mpsc::sync_channel::<Job>(jobs * 4);
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<(usize, String, bool)>();
    // Set when the output fails: the reader stops, the workers drain what was sent.
    let cancel = AtomicBool::new(false);
    let cancel = &cancel;
    let written = std::thread::scope(|scope| -> io::Result<()> {
        let reader = scope.spawn(move || -> io::Result<()> {
            let mut seq = 0;
            for (i, line) in input.lines().enumerate() {
                if cancel.load(Ordering::Relaxed) {
                    break;
                }
                let pair = match pair_of(&line?) {
                    Ok(None) => continue,
                    Ok(Some(pair)) => Ok(pair),
                    Err(why) => Err(why),
                };
                if job_tx.send((seq, i + 1, pair)).is_err() {
                    break;
                }
                seq += 1;
            }
            Ok(())
        });
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let (job_rx, cache, load) = (&job_rx, &cache, &load);
            scope.spawn(move || loop {
                let job = job_rx.lock().unwrap_or_else(|e| e.into_inner()).recv();
                let Ok((seq, line, pair)) = job else { break };
                if cancel.load(Ordering::Relaxed) {
                    continue;
                }
                let (text, failed) = answer(line, pair, cache, load, options.full);
                if done_tx.send((seq, text, failed)).is_err() {
                    cancel.store(true, Ordering::Relaxed);
                }
            });
        }
        drop(done_tx);
        // Answers come back in any order; they are written in the order of the input.
        let mut waiting = BTreeMap::new();
        let mut next = 0;
        for (seq, text, failed) in done_rx {
            waiting.insert(seq, (text, failed));
            while let Some((text, failed)) = waiting.remove(&next) {
                if let Err(e) = writeln!(out, "{text}") {
                    cancel.store(true, Ordering::Relaxed);
                    return Err(e);
                }
                next += 1;
                stats.pairs += 1;
                stats.failed += usize::from(failed);
                progress(stats.pairs);
            }
        }
        reader.join().unwrap_or(Ok(()))
    });
    written?;
    out.flush()?;
    stats.documents = cache.len();
    Ok(stats)
}

/// The output line for one input line, and whether it is an error.
fn answer(
    line: usize,
    pair: Result<(String, String), String>,
    cache: &Cache,
    load: &(dyn Fn(&str) -> Result<Document, String> + Sync),
    full: bool,
) -> (String, bool) {
    let (a, b) = match &pair {
        Ok((a, b)) => (a.as_str(), b.as_str()),
        Err(_) => ("", ""),
    };
    let compared = pair.as_ref().map_err(String::clone).and_then(|(a, b)| {
        let doc_a = cache.get(a, load)?;
        let doc_b = cache.get(b, load)?;
        Ok(crate::compare(&doc_a, &doc_b))
    });
    let mut answer = Answer {
        line,
        a,
        b,
        summary: None,
        comparison: None,
        error: None,
    };
    let failed = compared.is_err();
    match &compared {
        Ok(c) if full => answer.comparison = Some(c),
        Ok(c) => answer.summary = Some(&c.summary),
        Err(why) => answer.error = Some(why),
    }
    let text = serde_json::to_string(&answer)
        .unwrap_or_else(|e| format!(r#"{{"line":{line},"error":"无法写出结果：{e}"}}"#));
    (text, failed)
}
