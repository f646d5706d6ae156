//! The wording diff of split and merged tasks, and what the comparison ignores, on an invented
//! 示例市 pair (`compare_wording_a.txt` → `_b.txt`): a task whose only differences are
//! full-width/half-width punctuation, a merge (决策目录 + 决策程序 → 规范重大行政决策), a split
//! (行政执法“三项制度” → 公示制度 + 全过程记录制度), a digit in the other width that changed value,
//! and list items in another order. Snapshots pin each pair's wording as text: `[-…-]` deleted,
//! `{+…+}` inserted, `<A|B>` alike up to what is ignored, `(… →id)` shown in the other pair.

use plandiff::diff::wording::rebuild;
use plandiff::{compare_ignoring, Comparison, Corrections, Document, Ignore, WordOp, WordOpKind};

fn parsed(name: &str) -> Document {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    plandiff::parse(&std::fs::read(&path).expect("fixture"), name).expect("parses")
}

fn compared(ignore: &Ignore) -> Comparison {
    let (a, b) = (
        parsed("compare_wording_a.txt"),
        parsed("compare_wording_b.txt"),
    );
    compare_ignoring(&a, &b, &Corrections::default(), ignore)
}

fn show(ops: &[WordOp]) -> String {
    ops.iter()
        .map(|o| match o.op {
            WordOpKind::Equal => o.text.clone(),
            WordOpKind::Delete => format!("[-{}-]", o.text),
            WordOpKind::Insert => format!("{{+{}+}}", o.text),
            WordOpKind::Alike => format!("<{}|{}>", o.text, o.b_side().unwrap_or_default()),
            WordOpKind::AElsewhere | WordOpKind::BElsewhere => {
                format!("({} →{})", o.text, o.partner.as_deref().unwrap_or_default())
            }
        })
        .collect()
}

fn pairs_as_text(c: &Comparison) -> String {
    (c.pairs.iter())
        .map(|p| format!("{} → {} ({:?})\n{}\n", p.a, p.b, p.kind, show(&p.wording)))
        .collect()
}

fn pair<'a>(c: &'a Comparison, a: &str, b: &str) -> &'a plandiff::TaskPair {
    (c.pairs.iter())
        .find(|p| p.a == a && p.b == b)
        .unwrap_or_else(|| panic!("no pair {a} → {b}"))
}

#[test]
fn split_and_merge_rows_show_each_partners_share() {
    let c = compared(&Ignore::default());
    insta::assert_snapshot!("wording_default", pairs_as_text(&c));
    // Every row rebuilds its own two texts.
    for p in &c.pairs {
        let ta = c.a.tasks.iter().find(|t| t.id == p.a).expect("A");
        let tb = c.b.tasks.iter().find(|t| t.id == p.b).expect("B");
        assert_eq!(rebuild(&p.wording, true), ta.text, "{} A", p.a);
        assert_eq!(rebuild(&p.wording, false), tb.text, "{} B", p.b);
    }
    // The split: what the other part keeps is not deleted here; each of A's characters is
    // deleted in at most one row, and A's heading is not deleted in the part that did not take it.
    let (first, second) = (
        pair(&c, "二/(四)", "二/(三)"),
        pair(&c, "二/(四)", "二/(四)"),
    );
    let deleted = |p: &plandiff::TaskPair| -> String {
        (p.wording.iter())
            .filter(|o| o.op == WordOpKind::Delete)
            .map(|o| o.text.as_str())
            .collect()
    };
    assert!(
        !deleted(first).contains("全过程记录"),
        "{}",
        show(&first.wording)
    );
    assert!(
        !deleted(second).contains("三项制度"),
        "{}",
        show(&second.wording)
    );
    assert!(
        !deleted(second).contains("公示率"),
        "{}",
        show(&second.wording)
    );
    assert!(second
        .wording
        .iter()
        .any(|o| o.op == WordOpKind::AElsewhere && o.partner.as_deref() == Some("二/(三)")));
    // The merge: B's text that the other A task supplies is not an insertion.
    let (dir, proc) = (
        pair(&c, "一/(二)", "一/(二)"),
        pair(&c, "一/(三)", "一/(二)"),
    );
    let inserted = |p: &plandiff::TaskPair| -> String {
        (p.wording.iter())
            .filter(|o| o.op == WordOpKind::Insert)
            .map(|o| o.text.as_str())
            .collect()
    };
    assert!(
        !inserted(dir).contains("专家论证"),
        "{}",
        show(&dir.wording)
    );
    assert!(
        !inserted(proc).contains("事项目录"),
        "{}",
        show(&proc.wording)
    );
}

#[test]
fn width_only_differences_are_not_changes_by_default() {
    let c = compared(&Ignore::default());
    let same = pair(&c, "一/(一)", "一/(一)");
    assert!(!same.changed, "{}", show(&same.wording));
    assert!(same.wording.iter().any(|o| o.op == WordOpKind::Alike));
    // A digit in the other width that also changed value is a change still.
    let check = pair(&c, "二/(五)", "二/(五)");
    assert_eq!(show(&check.wording), "规范涉企行政检查。对同一企业每年开展行政检查不超过[-2-]{+１+}次（牵头单位：示例市市场监管局）");
    // Nothing ignored: the punctuation is marked, and the pair counts as changed.
    let strict = compared(&Ignore::NOTHING);
    insta::assert_snapshot!("wording_nothing_ignored", pairs_as_text(&strict));
    assert!(pair(&strict, "一/(一)", "一/(一)").changed);
    assert_eq!(strict.summary.unchanged + 1, c.summary.unchanged);
}

/// `plandiff compare --ignore`: the kinds named (comma separated, `none` for none); without the
/// flag width and white space; an unknown kind is a usage error (exit 2).
#[test]
fn the_cli_takes_the_ignore_options() {
    let dir = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let (a, b) = (
        format!("{dir}/compare_wording_a.txt"),
        format!("{dir}/compare_wording_b.txt"),
    );
    let run = |extra: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_plandiff"))
            .args(["compare", &a, &b, "--json"])
            .args(extra)
            .output()
            .expect("runs the CLI");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let json = |ignore: &Ignore| plandiff::report::comparison_json(&compared(ignore));
    let (code, default, _) = run(&[]);
    assert_eq!(
        (code, default.trim_end()),
        (Some(0), json(&Ignore::default()).as_str())
    );
    let (code, none, _) = run(&["--ignore", "none"]);
    assert_eq!(
        (code, none.trim_end()),
        (Some(0), json(&Ignore::NOTHING).as_str())
    );
    let all = Ignore {
        width: true,
        space: true,
        numbering: true,
    };
    let (code, named, _) = run(&["--ignore", "width,space,numbering"]);
    assert_eq!((code, named.trim_end()), (Some(0), json(&all).as_str()));
    let (code, _, err) = run(&["--ignore", "punctuation"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("possible values: width, space, numbering, none"),
        "{err}"
    );
}
