//! Markdown export: a report a person reads — the summary, then each pair with its target
//! changes, agency changes and wording, then the tasks found on one side only.

use super::{labels, render};
use crate::model::{Comparison, Document, TargetChange, TaskPair, WordOp};
use std::fmt::Write;

/// Escapes document text so Markdown shows it as written (`*` `_` `|` `<` … get a `\`).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '{' | '}'
        ) {
            out.push('\\');
        }
        if c == '\n' || c == '\r' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

fn doc_name(d: &Document) -> String {
    render::doc_name(d, escape)
}

fn task_line(doc: &Document, id: &str) -> String {
    render::task_label(doc, id, escape)
}

/// The Comparison as a Markdown report.
pub fn comparison_markdown(c: &Comparison) -> String {
    let mut out = String::new();
    let s = &c.summary;
    let _ = writeln!(out, "# 任务对照报告\n");
    let _ = writeln!(out, "- A（基准）：{}", doc_name(&c.a));
    let _ = writeln!(out, "- B（对照）：{}\n", doc_name(&c.b));
    let notes = render::document_notes(c);
    if !notes.is_empty() {
        let _ = writeln!(out, "## 解析提示\n");
        for n in &notes {
            let _ = writeln!(out, "- {}", escape(n));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## 概况\n");
    let _ = writeln!(out, "| 项目 | 数量 |\n|---|---|");
    let _ = writeln!(out, "| 配对任务 | {} |", s.pairs);
    let _ = writeln!(out, "| 其中无变化 | {} |", s.unchanged);
    let _ = writeln!(out, "| 其中有变化 | {} |", s.changed);
    let _ = writeln!(out, "| {} | {} |", labels::only_in(c, true), s.a_only);
    let _ = writeln!(out, "| {} | {} |", labels::only_in(c, false), s.b_only);
    let _ = writeln!(out, "| 指标变化（不含不变） | {} |", s.target_changes);
    for (kind, n) in &s.targets_by_kind {
        let _ = writeln!(
            out,
            "| 指标·{} | {} |",
            labels::Voice::of(c).target_change_named(kind),
            n
        );
    }
    if !c.goal_targets.is_empty() {
        let _ = writeln!(
            out,
            "| 总体目标指标变化（不含不变） | {} |",
            s.goal_target_changes
        );
    }
    let _ = writeln!(out, "| 单位变化 | {} |", s.unit_changes);
    let _ = writeln!(out, "| 相关（非同一任务） | {} |", s.related);
    let _ = writeln!(
        out,
        "| 无对应但有相关（A / B） | {} / {} |\n",
        s.a_related_only, s.b_related_only
    );
    goal_targets(&mut out, c);
    let _ = writeln!(out, "## 配对任务\n");
    for p in &c.pairs {
        pair_section(&mut out, c, p);
    }
    related_list(&mut out, c);
    let _ = writeln!(out, "## {}\n", labels::only_in(c, true));
    only_list(&mut out, c, true);
    let _ = writeln!(out, "## {}\n", labels::only_in(c, false));
    only_list(&mut out, c, false);
    by_agency(&mut out, c);
    out
}

/// The two plans' goal targets (总体目标, 主要目标) matched by measure, when either has some.
fn goal_targets(out: &mut String, c: &Comparison) {
    if c.goal_targets.is_empty() {
        return;
    }
    let _ = writeln!(out, "## 总体目标指标\n");
    target_table(out, &labels::Voice::of(c), &c.goal_targets);
}

/// Target changes as a table: measure, A, B, change and direction.
fn target_table(out: &mut String, voice: &labels::Voice, targets: &[TargetChange]) {
    let _ = writeln!(out, "| 指标 | A | B | 变化 | 方向 |\n|---|---|---|---|---|");
    for t in targets {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            escape(&t.metric),
            escape(&labels::target_side(t, true)),
            escape(&labels::target_side(t, false)),
            voice.target_change_values(t),
            voice.direction(t.direction)
        );
    }
    out.push('\n');
}

/// The related links: tasks on a shared topic that are not the same task, with the phrases
/// they share.
fn related_list(out: &mut String, c: &Comparison) {
    let _ = writeln!(out, "## 相关任务（非同一任务）\n");
    if c.related.is_empty() {
        out.push_str("无\n\n");
        return;
    }
    let _ = writeln!(out, "| A | B | 相关度 | 共同要点 |\n|---|---|---|---|");
    for r in &c.related {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} |",
            task_line(&c.a, &r.a),
            task_line(&c.b, &r.b),
            crate::fixed::fixed(r.score, 2),
            escape(&r.shared.join("、"))
        );
    }
    out.push('\n');
}

/// The agencies whose leads changed: how many tasks they lead in A and B, which they gained
/// and lost.
fn by_agency(out: &mut String, c: &Comparison) {
    let _ = writeln!(out, "## 按单位（牵头任务变化）\n");
    let mut rows = c
        .agencies
        .iter()
        .filter(|r| !r.gained.is_empty() || !r.lost.is_empty())
        .peekable();
    if rows.peek().is_none() {
        out.push_str("无\n\n");
        return;
    }
    let (gained, lost) = labels::Voice::of(c).lead_columns();
    let _ = writeln!(
        out,
        "| 单位 | A 中牵头 | B 中牵头 | {gained} | {lost} |\n|---|---|---|---|---|"
    );
    let ids = |list: &[String]| escape(&labels::task_ids(list));
    for r in rows {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |",
            escape(&r.name),
            r.a.len(),
            r.b.len(),
            ids(&r.gained),
            ids(&r.lost)
        );
    }
    out.push('\n');
}

fn pair_section(out: &mut String, c: &Comparison, p: &TaskPair) {
    let _ = writeln!(
        out,
        "### {} → {}\n",
        task_line(&c.a, &p.a),
        task_line(&c.b, &p.b)
    );
    let _ = writeln!(
        out,
        "{}，相似度 {}，{}\n",
        labels::pair_kind(p.kind),
        crate::fixed::fixed(p.score, 2),
        if p.changed { "有变化" } else { "无变化" }
    );
    if !p.targets.is_empty() {
        target_table(out, &labels::Voice::of(c), &p.targets);
    }
    for u in &p.units.changes {
        let name = render::unit_name(u, escape);
        let roles = match (u.role_a, u.role_b) {
            (Some(x), Some(y)) if x != y => {
                format!("（{} → {}）", labels::role(Some(x)), labels::role(Some(y)))
            }
            (x, y) => format!("（{}）", labels::role(y.or(x))),
        };
        let _ = writeln!(
            out,
            "- 单位{}：{}{}",
            labels::Voice::of(c).unit_change(u.change),
            name,
            roles
        );
    }
    if !p.units.changes.is_empty() {
        out.push('\n');
    }
    if p.wording.iter().any(WordOp::is_change) {
        out.push_str("> ");
        let marks = render::Marks {
            del: ["~~", "~~"],
            ins: ["**", "**"],
            elsewhere: ["〔", "〕"],
        };
        render::push_wording(out, &p.wording, escape, &marks);
        out.push_str(match labels::Voice::of(c) {
            labels::Voice::Time => "\n\n（~~删除线~~ 为 A 有 B 无，**粗体** 为 B 新增",
            labels::Voice::Places(..) => "\n\n（~~删除线~~ 为 A 有 B 无，**粗体** 为 B 有 A 无",
        });
        if p.wording.iter().any(|w| w.partner.is_some()) {
            out.push_str("，〔… → 编号〕为拆分、合并中由另一项对照的部分");
        }
        out.push_str("）\n\n");
    }
    if let Some(note) = c.note(Some(&p.a), Some(&p.b)) {
        let _ = writeln!(out, "备注：{}\n", escape(note));
    }
}

fn only_list(out: &mut String, c: &Comparison, in_a: bool) {
    let (doc, ids) = if in_a {
        (&c.a, &c.a_only)
    } else {
        (&c.b, &c.b_only)
    };
    if ids.is_empty() {
        out.push_str("无\n\n");
        return;
    }
    for id in ids {
        let note = if in_a {
            c.note(Some(id), None)
        } else {
            c.note(None, Some(id))
        };
        let note = note.map_or(String::new(), |n| format!("（备注：{}）", escape(n)));
        let _ = writeln!(out, "- {}{note}", task_line(doc, id));
    }
    out.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markdown_syntax() {
        assert_eq!(escape("**加粗** | <b>"), "\\*\\*加粗\\*\\* \\| \\<b\\>");
        assert_eq!(escape("一\n二"), "一 二");
    }
}
