//! CSV export: one row per pair, per target change, per goal target of the two plans, per
//! related link (its shared phrases in the 指标 column) and per task left unpaired; UTF-8 with a
//! BOM so Excel shows the Chinese text. A comparison with the reader's notes has a last column,
//! 备注 (without notes the columns are as they were).

use super::labels;
use crate::model::{Comparison, Document, TargetChange, TargetChangeKind, TaskPair};

const HEADER: &[&str] = &[
    "行类型",
    "A任务",
    "A标题",
    "B任务",
    "B标题",
    "配对方式",
    "相似度",
    "是否变化",
    "指标",
    "A指标",
    "B指标",
    "指标变化",
    "方向",
    "单位变化",
    "任务全文",
    "牵头单位",
    "责任单位",
];

/// One CSV field, quoted when it holds a separator, quote or line break; a leading `=`, `+`,
/// `-` or `@` gets a `'` so a spreadsheet does not run it as a formula.
pub fn field(value: &str) -> String {
    let mut v = value.replace(['\r', '\n'], " ");
    if v.starts_with(['=', '+', '-', '@']) {
        v.insert(0, '\'');
    }
    if v.contains([',', '"']) {
        format!("\"{}\"", v.replace('"', "\"\""))
    } else {
        v
    }
}

/// One line of `cells`, and `note` as a last cell when the comparison has notes.
fn row(out: &mut String, cells: &[&str], note: Option<&str>) {
    let line: Vec<String> = cells
        .iter()
        .chain(note.as_ref())
        .map(|c| field(c))
        .collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
}

/// The note cell of the row of `a` and `b`: none when the comparison has no notes.
fn note<'a>(c: &'a Comparison, a: Option<&str>, b: Option<&str>) -> Option<&'a str> {
    (!c.notes.is_empty()).then(|| c.note(a, b).unwrap_or_default())
}

fn title(doc: &Document, id: &str) -> String {
    doc.tasks
        .iter()
        .find(|t| t.id == id)
        .map(labels::task_title)
        .unwrap_or_default()
}

fn unit_summary(voice: &labels::Voice, p: &TaskPair) -> String {
    p.units
        .changes
        .iter()
        .map(|u| format!("{}{}", voice.unit_change(u.change), labels::unit_name(u)))
        .collect::<Vec<_>>()
        .join("；")
}

/// A task only in A (`in_a`) or only in B as a full row: its title, targets, text and units.
fn one_side(out: &mut String, doc: &Document, id: &str, in_a: bool, note: Option<&str>) {
    let Some(task) = doc.tasks.iter().find(|t| t.id == id) else {
        return;
    };
    let title = labels::task_title(task);
    let targets: Vec<&str> = task.targets.iter().map(|t| t.text.as_str()).collect();
    let targets = targets.join("；");
    let names = |list: &[String]| {
        let full: Vec<&str> = list.iter().map(|n| task.full_name(n)).collect();
        full.join("、")
    };
    let (lead, responsible) = (names(&task.lead_units), names(&task.responsible_units));
    let (kind, a, b) = if in_a {
        ("仅A", [id, title.as_str()], ["", ""])
    } else {
        ("仅B", ["", ""], [id, title.as_str()])
    };
    let [ta, tb] = if in_a {
        [targets.as_str(), ""]
    } else {
        ["", targets.as_str()]
    };
    row(
        out,
        &[
            kind,
            a[0],
            a[1],
            b[0],
            b[1],
            "",
            "",
            "",
            "",
            ta,
            tb,
            "",
            "",
            "",
            &task.text,
            &lead,
            &responsible,
        ],
        note,
    );
}

/// The row of one target change: its kind of row, the seven cells of its pair (tasks, titles,
/// kind, score, changed), then the change (a goal's side naming the task it was matched in).
fn target_row(
    out: &mut String,
    voice: &labels::Voice,
    kind: &str,
    pair: [&str; 7],
    t: &TargetChange,
    note: Option<&str>,
) {
    let (a, b) = (labels::target_side(t, true), labels::target_side(t, false));
    let values = voice.target_change_values(t);
    let [ida, ta, idb, tb, how, score, changed] = pair;
    let cells = [
        kind,
        ida,
        ta,
        idb,
        tb,
        how,
        score,
        changed,
        &t.metric,
        &a,
        &b,
        &values,
        voice.direction(t.direction),
        "",
        "",
        "",
        "",
    ];
    row(out, &cells, note);
}

/// The Comparison as CSV (UTF-8 with BOM, CRLF line ends).
pub fn comparison_csv(c: &Comparison) -> String {
    let mut out = String::from("\u{feff}");
    row(&mut out, HEADER, (!c.notes.is_empty()).then_some("备注"));
    let voice = labels::Voice::of(c);
    for p in &c.pairs {
        let (ta, tb) = (title(&c.a, &p.a), title(&c.b, &p.b));
        let score = crate::fixed::fixed(p.score, 3);
        let units = unit_summary(&voice, p);
        row(
            &mut out,
            &[
                "配对",
                &p.a,
                &ta,
                &p.b,
                &tb,
                labels::pair_kind(p.kind),
                &score,
                if p.changed { "是" } else { "否" },
                "",
                "",
                "",
                "",
                "",
                &units,
                "",
                "",
                "",
            ],
            note(c, Some(&p.a), Some(&p.b)),
        );
        for t in &p.targets {
            let pair = [&*p.a, &ta, &p.b, &tb, labels::pair_kind(p.kind), "", ""];
            target_row(&mut out, &voice, "指标", pair, t, note(c, None, None));
        }
    }
    for t in &c.goal_targets {
        let changed = if t.change == TargetChangeKind::Same {
            "否"
        } else {
            "是"
        };
        let no_pair = ["", "", "", "", "", "", changed];
        target_row(
            &mut out,
            &voice,
            "总体目标指标",
            no_pair,
            t,
            note(c, None, None),
        );
    }
    for r in &c.related {
        let (ta, tb) = (title(&c.a, &r.a), title(&c.b, &r.b));
        let score = crate::fixed::fixed(r.score, 3);
        let shared = r.shared.join("、");
        row(
            &mut out,
            &[
                "相关", &r.a, &ta, &r.b, &tb, "", &score, "", &shared, "", "", "", "", "", "", "",
                "",
            ],
            note(c, None, None),
        );
    }
    for id in &c.a_only {
        one_side(&mut out, &c.a, id, true, note(c, Some(id), None));
    }
    for id in &c.b_only {
        one_side(&mut out, &c.b, id, false, note(c, None, Some(id)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_and_defused() {
        assert_eq!(field("市司法局"), "市司法局");
        assert_eq!(field("甲,乙"), "\"甲,乙\"");
        assert_eq!(field("说\"明\""), "\"说\"\"明\"\"\"");
        assert_eq!(field("=1+1"), "'=1+1");
        assert_eq!(field("一\n二"), "一 二");
    }
}
