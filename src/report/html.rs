//! HTML export: one self-contained file (inline style, no script, no external resource), with
//! every piece of document text escaped.

use super::{labels, render};
use crate::model::{Comparison, Document, PairKind, TargetChange, TaskPair};
use std::fmt::Write;

const STYLE: &str = "body{font-family:system-ui,'Microsoft YaHei',sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.6;color:#222}\
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:.2em .5em;text-align:left}\
del{background:#fdd;color:#900}ins{background:#dfd;color:#060;text-decoration:none}.elsewhere{color:#666;font-size:.9em}.note{background:#ffd;padding:0 .3em}\
section.pair{border-top:1px solid #ddd;padding-top:.5em}.meta{color:#666}\
@media print{section.pair{break-inside:avoid}}";

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

fn doc_name(d: &Document) -> String {
    render::doc_name(d, escape)
}

fn task_label(doc: &Document, id: &str) -> String {
    render::task_label(doc, id, escape)
}

/// The Comparison as one self-contained HTML file.
pub fn comparison_html(c: &Comparison) -> String {
    let s = &c.summary;
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>任务对照报告</title><style>{STYLE}</style></head><body>\n"
    );
    let _ = writeln!(out, "<h1>任务对照报告</h1>");
    let _ = writeln!(
        out,
        "<p>A（基准）：{}<br>B（对照）：{}</p>",
        doc_name(&c.a),
        doc_name(&c.b)
    );
    let notes = super::render::document_notes(c);
    if !notes.is_empty() {
        let _ = writeln!(out, "<h2>解析提示</h2><ul data-testid=\"notes\">");
        for n in &notes {
            let _ = writeln!(out, "<li>{}</li>", escape(n));
        }
        let _ = writeln!(out, "</ul>");
    }
    let _ = writeln!(
        out,
        "<table data-testid=\"summary\" data-pairs=\"{}\" data-a-only=\"{}\" data-b-only=\"{}\" \
         data-target-changes=\"{}\" data-unit-changes=\"{}\">",
        s.pairs, s.a_only, s.b_only, s.target_changes, s.unit_changes
    );
    let (only_a, only_b) = (
        escape(&labels::only_in(c, true)),
        escape(&labels::only_in(c, false)),
    );
    for (label, n) in [
        ("配对任务", s.pairs),
        ("其中无变化", s.unchanged),
        ("其中有变化", s.changed),
        (only_a.as_str(), s.a_only),
        (only_b.as_str(), s.b_only),
        ("指标变化（不含不变）", s.target_changes),
        // (Only when the plans have goal targets: as the Markdown report.)
        ("总体目标指标变化（不含不变）", s.goal_target_changes),
        ("单位变化", s.unit_changes),
        ("相关（非同一任务）", s.related),
        ("A 中无对应但有相关", s.a_related_only),
        ("B 中无对应但有相关", s.b_related_only),
    ]
    .into_iter()
    .filter(|(label, _)| !label.starts_with("总体目标") || !c.goal_targets.is_empty())
    {
        let _ = writeln!(out, "<tr><th>{label}</th><td>{n}</td></tr>");
    }
    out.push_str("</table>\n");
    if !c.goal_targets.is_empty() {
        out.push_str("<h2>总体目标指标</h2>\n");
        target_table(
            &mut out,
            &labels::Voice::of(c),
            &c.goal_targets,
            "goal-target",
        );
    }
    out.push_str("<h2>配对任务</h2>\n");
    for p in &c.pairs {
        pair_section(&mut out, c, p);
    }
    related_list(&mut out, c);
    let _ = writeln!(out, "<h2>{only_a}</h2>");
    only_list(&mut out, c, true, "a-only");
    let _ = writeln!(out, "<h2>{only_b}</h2>");
    only_list(&mut out, c, false, "b-only");
    out.push_str("</body></html>\n");
    out
}

/// Target changes as a table (measure, A, B, change, direction), each row `data-testid` =
/// `testid`.
fn target_table(out: &mut String, voice: &labels::Voice, targets: &[TargetChange], testid: &str) {
    out.push_str("<table><tr><th>指标</th><th>A</th><th>B</th><th>变化</th><th>方向</th></tr>\n");
    for t in targets {
        let _ = writeln!(
            out,
            "<tr data-testid=\"{testid}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&t.metric),
            escape(&labels::target_side(t, true)),
            escape(&labels::target_side(t, false)),
            voice.target_change_values(t),
            voice.direction(t.direction)
        );
    }
    out.push_str("</table>\n");
}

/// The related links as a table, each row `data-testid="related"` with its two task ids.
fn related_list(out: &mut String, c: &Comparison) {
    out.push_str("<h2>相关任务（非同一任务）</h2>\n");
    if c.related.is_empty() {
        out.push_str("<p>无</p>\n");
        return;
    }
    out.push_str("<table><tr><th>A</th><th>B</th><th>相关度</th><th>共同要点</th></tr>\n");
    for r in &c.related {
        let _ = writeln!(
            out,
            "<tr data-testid=\"related\" data-a=\"{}\" data-b=\"{}\"><td>{}</td><td>{}</td>\
             <td>{}</td><td>{}</td></tr>",
            escape(&r.a),
            escape(&r.b),
            task_label(&c.a, &r.a),
            task_label(&c.b, &r.b),
            crate::fixed::fixed(r.score, 2),
            escape(&r.shared.join("、"))
        );
    }
    out.push_str("</table>\n");
}

/// The pair kind as the JSON report spells it (`serde(rename_all = "lowercase")`); a match
/// rather than `serde_json::to_value`, which would bring `serde_json::Value` into the wasm.
fn kind_name(kind: PairKind) -> &'static str {
    match kind {
        PairKind::Match => "match",
        PairKind::Split => "split",
        PairKind::Merged => "merged",
        PairKind::Manual => "manual",
    }
}

fn pair_section(out: &mut String, c: &Comparison, p: &TaskPair) {
    let kind = kind_name(p.kind);
    let _ = writeln!(
        out,
        "<section class=\"pair\" data-testid=\"pair\" data-a=\"{}\" data-b=\"{}\" data-kind=\"{}\">",
        escape(&p.a),
        escape(&p.b),
        escape(kind)
    );
    let _ = writeln!(
        out,
        "<h3>{} → {}</h3><p class=\"meta\">{}，相似度 {}，{}</p>",
        task_label(&c.a, &p.a),
        task_label(&c.b, &p.b),
        labels::pair_kind(p.kind),
        crate::fixed::fixed(p.score, 2),
        if p.changed { "有变化" } else { "无变化" }
    );
    if !p.targets.is_empty() {
        target_table(out, &labels::Voice::of(c), &p.targets, "target");
    }
    if !p.units.changes.is_empty() {
        out.push_str("<ul>");
        for u in &p.units.changes {
            let name = render::unit_name(u, escape);
            let _ = write!(
                out,
                "<li>单位{}：{}（{}{}{}）</li>",
                labels::Voice::of(c).unit_change(u.change),
                name,
                labels::role(u.role_a),
                if u.role_a.is_some() && u.role_b.is_some() && u.role_a != u.role_b {
                    " → "
                } else {
                    ""
                },
                if u.role_a != u.role_b {
                    labels::role(u.role_b)
                } else {
                    ""
                }
            );
        }
        out.push_str("</ul>\n");
    }
    out.push_str("<p class=\"wording\">");
    let marks = render::Marks {
        del: ["<del>", "</del>"],
        ins: ["<ins>", "</ins>"],
        elsewhere: ["<span class=\"elsewhere\">", "</span>"],
    };
    render::push_wording(out, &p.wording, escape, &marks);
    out.push_str("</p>");
    if let Some(note) = c.note(Some(&p.a), Some(&p.b)) {
        let _ = write!(out, "<p class=\"note\">备注：{}</p>", escape(note));
    }
    out.push_str("</section>\n");
}

fn only_list(out: &mut String, c: &Comparison, in_a: bool, testid: &str) {
    let (doc, ids) = if in_a {
        (&c.a, &c.a_only)
    } else {
        (&c.b, &c.b_only)
    };
    if ids.is_empty() {
        out.push_str("<p>无</p>\n");
        return;
    }
    out.push_str("<ul>\n");
    for id in ids {
        let note = if in_a {
            c.note(Some(id), None)
        } else {
            c.note(None, Some(id))
        };
        let note = note.map_or(String::new(), |n| {
            format!("<br><span class=\"note\">备注：{}</span>", escape(n))
        });
        let _ = writeln!(
            out,
            "<li data-testid=\"{testid}\" data-id=\"{}\">{}{note}</li>",
            escape(id),
            task_label(doc, id)
        );
    }
    out.push_str("</ul>\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_names_are_the_json_names() {
        for kind in [
            PairKind::Match,
            PairKind::Split,
            PairKind::Merged,
            PairKind::Manual,
        ] {
            let json = serde_json::to_value(kind).unwrap();
            assert_eq!(json.as_str(), Some(kind_name(kind)));
        }
    }

    #[test]
    fn escapes_every_special_character() {
        assert_eq!(
            escape("<script>alert('x')</script>&\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;"
        );
    }
}
