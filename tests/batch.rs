//! `plandiff batch`'s core: pairs in, one JSON line per pair out, in input order, each file read
//! once however many threads compare, bad lines and files reported on their own line.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

use plandiff::batch::{pair_of, run, BatchOptions};
use plandiff::Document;

/// Three invented plans that differ in one target each.
fn plans() -> HashMap<String, Document> {
    let plan = |n: u32| {
        let text = format!(
            "示例市{}年工作要点\n一、加强学法。每年学法不少于{}次。（牵头单位：市司法局）\n二、推进复议。办结率达到9{}%。（牵头单位：市司法局；责任单位：各区政府）\n",
            2020 + n,
            n + 1,
            n
        );
        (
            format!("p{n}.txt"),
            plandiff::parse(text.as_bytes(), &format!("p{n}.txt")).unwrap(),
        )
    };
    (0..3).map(plan).collect()
}

fn lines_of(out: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(out.to_vec())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn every_pair_once_in_input_order_each_file_read_once() {
    let plans = plans();
    let loads = AtomicUsize::new(0);
    let load = |path: &str| {
        loads.fetch_add(1, Ordering::SeqCst);
        plans
            .get(path)
            .cloned()
            .ok_or_else(|| format!("{path}：文件不存在"))
    };
    // Every ordered pair of the three, twice over, with a blank line, a bad line and a missing file.
    let mut input = String::new();
    for _ in 0..2 {
        for a in 0..3 {
            for b in 0..3 {
                input.push_str(&format!("p{a}.txt\tp{b}.txt\n"));
            }
        }
    }
    input.push_str(
        "\n[\"p0.txt\", \"p9.txt\"]\nonly-one-path\n{\"a\": \"p2.txt\", \"b\": \"p1.txt\"}\n",
    );
    let mut out = Vec::new();
    let mut seen = Vec::new();
    let options = BatchOptions {
        jobs: 3,
        full: false,
    };
    let stats = run(input.as_bytes(), &mut out, &options, load, |n| seen.push(n)).unwrap();

    let lines = lines_of(&out);
    assert_eq!(lines.len(), 21);
    assert_eq!((stats.pairs, stats.failed, stats.documents), (21, 2, 4));
    assert_eq!(loads.load(Ordering::SeqCst), 4, "each path read once");
    assert_eq!(seen, (1..=21).collect::<Vec<_>>());
    // In input order, numbered by input line (the blank line 19 is skipped).
    let numbers: Vec<u64> = lines.iter().map(|l| l["line"].as_u64().unwrap()).collect();
    let mut want: Vec<u64> = (1..=18).collect();
    want.extend([20, 21, 22]);
    assert_eq!(numbers, want);
    // A plan against itself is unchanged; against another, one target moved each way.
    let p0p0 = &lines[0]["summary"];
    assert_eq!(
        (p0p0["unchanged"].as_u64(), p0p0["target_changes"].as_u64()),
        (Some(2), Some(0))
    );
    let p0p1 = &lines[1]["summary"];
    assert_eq!(p0p1["target_changes"].as_u64(), Some(2));
    assert!(lines[18]["error"].as_str().unwrap().contains("p9.txt"));
    assert!(lines[19]["error"]
        .as_str()
        .unwrap()
        .contains("不是一对文件"));
    assert_eq!(lines[20]["a"], "p2.txt");
    assert!(lines[20]["summary"].is_object());
}

#[test]
fn full_lines_hold_the_whole_comparison() {
    let plans = plans();
    let load = |path: &str| plans.get(path).cloned().ok_or_else(|| path.to_string());
    let mut out = Vec::new();
    let options = BatchOptions {
        jobs: 1,
        full: true,
    };
    run(
        "p1.txt p2.txt\n".as_bytes(),
        &mut out,
        &options,
        load,
        |_| {},
    )
    .unwrap();
    let line = &lines_of(&out)[0];
    let want = plandiff::compare(&plans["p1.txt"], &plans["p2.txt"]);
    let want: serde_json::Value =
        serde_json::from_str(&plandiff::report::comparison_json(&want)).unwrap();
    assert_eq!(line["comparison"], want);
    assert!(line.get("summary").is_none());
}

#[test]
fn lines_are_read_in_the_forms_a_list_takes() {
    let pair = |a: &str, b: &str| Ok(Some((a.to_string(), b.to_string())));
    assert_eq!(pair_of("a b.txt\tc.txt"), pair("a b.txt", "c.txt"));
    assert_eq!(pair_of("  a.txt   b.txt  "), pair("a.txt", "b.txt"));
    assert_eq!(pair_of(r#"["a b.txt", "c.txt"]"#), pair("a b.txt", "c.txt"));
    assert_eq!(
        pair_of(r#"{"b": "c.txt", "a": "a.txt"}"#),
        pair("a.txt", "c.txt")
    );
    assert_eq!(pair_of("   "), Ok(None));
    assert!(pair_of("a.txt").is_err());
    assert!(pair_of("a.txt\tb.txt\tc.txt").is_err());
    assert!(pair_of(r#"["a.txt"]"#).is_err());
}

#[test]
fn a_closed_output_stops_the_run_without_hanging() {
    /// Takes one line, then fails like a closed pipe.
    struct Closed(usize);
    impl std::io::Write for Closed {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            if self.0 > 0 {
                return Err(std::io::ErrorKind::BrokenPipe.into());
            }
            self.0 += usize::from(buf.contains(&b'\n'));
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let plans = plans();
    let load = |path: &str| plans.get(path).cloned().ok_or_else(|| path.to_string());
    let input = "p0.txt p1.txt\n".repeat(500);
    let options = BatchOptions {
        jobs: 2,
        full: false,
    };
    let got = run(input.as_bytes(), &mut Closed(0), &options, load, |_| {});
    assert_eq!(got.unwrap_err().kind(), std::io::ErrorKind::BrokenPipe);
}

#[test]
fn the_cli_streams_pairs_from_stdin() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let input = format!(
        "{fixtures}/compare_shilishi_a.txt\t{fixtures}/compare_shilishi_b.txt\n{fixtures}/missing.txt\t{fixtures}/compare_shilishi_b.txt\n"
    );
    let mut child = Command::new(env!("CARGO_BIN_EXE_plandiff"))
        .args(["batch", "-j", "2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let done = child.wait_with_output().unwrap();
    assert!(done.status.success());
    let lines = lines_of(&done.stdout);
    assert_eq!(lines.len(), 2);
    let a = plandiff::parse(
        &std::fs::read(format!("{fixtures}/compare_shilishi_a.txt")).unwrap(),
        "a.txt",
    )
    .unwrap();
    let b = plandiff::parse(
        &std::fs::read(format!("{fixtures}/compare_shilishi_b.txt")).unwrap(),
        "b.txt",
    )
    .unwrap();
    let want = serde_json::to_value(plandiff::compare(&a, &b).summary).unwrap();
    assert_eq!(lines[0]["summary"], want);
    assert!(lines[1]["error"].as_str().unwrap().contains("文件不存在"));
    let stderr = String::from_utf8(done.stderr).unwrap();
    assert!(stderr.contains("比较了 2 对（1 对出错）"), "{stderr}");
}
