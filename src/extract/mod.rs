//! Extract: a task's text → its units (牵头单位/责任单位) and targets (量化指标).
//!
//! In a report ([`DocKind::Report`]) the numbers are figures already achieved, not
//! commitments: they are read as targets of kind `achieved`, so that a plan can be checked
//! against its report.

pub mod deadline;
pub mod horizon;
pub mod metric;
pub mod names;
pub mod period;
pub mod quantity;
pub mod roles;
pub mod scan;
pub mod shared;
pub mod targets;
pub mod units;
pub mod unlabelled;

use crate::model::{DocKind, Document, Passage, TargetKind};

/// Fills in the units and targets of every task of `doc` (and the targets of its goals), and warns about tasks without units
/// in a plan where most tasks have them.
pub fn annotate(doc: &mut Document) {
    annotate_noted(doc, false);
}

/// [`annotate`], for a plan whose text says the first-listed unit of each list leads
/// ([`units::first_leads_noted`]): tasks naming no lead get their first-listed unit as lead.
///
/// A note in a task's bracket that holds below (`列第一位者为牵头单位，下同`) is such a note
/// for the whole plan.
pub fn annotate_noted(doc: &mut Document, first_leads: bool) {
    let reading = targets::Reading {
        // The year a plan's span starts (`（2024—2026年）` → 2024): years after it are ahead.
        year: crate::outline::boilerplate::first_year(&doc.title),
        own_year: own_year(&doc.title),
        kind: match doc.kind {
            DocKind::Plan => TargetKind::Commitment,
            DocKind::Report => TargetKind::Achieved,
        },
        goal: false,
    };
    // A task's text is decoded once for its units and its targets (read without white space,
    // which most tasks have none of).
    let mut found: Vec<(units::Units, Vec<crate::model::Target>)> = (doc.tasks.iter())
        .map(|t| {
            let decoded = units::Decoded::of(&t.text);
            // The heading's end, when the text goes on from it with no mark between.
            let heading = |chars: &[char]| {
                let n = t.heading.chars().filter(|&c| !targets::is_space(c)).count();
                let starts = (t.heading.chars().filter(|&c| !targets::is_space(c)))
                    .eq(chars.iter().copied().take(n));
                let open = chars
                    .get(n)
                    .is_some_and(|&c| crate::chars::is_common_han(c) || c.is_ascii_digit());
                if starts && open {
                    n
                } else {
                    0
                }
            };
            // An ASCII comma is rare in Chinese text: the bytes are searched for one first.
            let thousands = || {
                memchr::memchr(b',', t.text.as_bytes()).is_some()
                    && targets::has_thousands_comma(&decoded.chars)
            };
            let targets = if decoded.spaced || thousands() {
                let unspaced: Vec<char> = (decoded.chars.iter().copied())
                    .filter(|&c| !targets::is_space(c))
                    .collect();
                let unspaced = targets::without_thousands_commas(&unspaced);
                targets::extract_headed(&unspaced, heading(&unspaced), reading)
            } else {
                targets::extract_headed(&decoded.chars, heading(&decoded.chars), reading)
            };
            (units::extract_decoded(&decoded), targets)
        })
        .collect();
    let first_leads = first_leads || found.iter().any(|(u, _)| u.first_leads_below);
    for (task, (mut u, targets)) in doc.tasks.iter_mut().zip(found.drain(..)) {
        if first_leads {
            units::apply_first_leads(&mut u);
        }
        // A unit said to lead one part of the task and help with another (`甲局负责，…乙局配合` then
        // `乙局负责，甲局配合`) is listed once, as a lead.
        let (lead, responsible) = (&u.lead, &mut u.responsible);
        responsible.retain(|n| !lead.contains(n));
        task.full_names = u.full_names();
        task.lead_units = u.lead;
        task.responsible_units = u.responsible;
        task.targets = targets;
    }
    inherit_section_units(doc);
    apply_standing_notes(&mut doc.tasks);
    drop_placed_full_names(doc);
    if doc.kind == DocKind::Plan {
        // A goal's year is its deadline, the plan's own too (`2025年，…保持在30以下`).
        let goal_reading = targets::Reading {
            own_year: None,
            goal: true,
            ..reading
        };
        for goal in &mut doc.goals {
            goal.targets = targets::extract_in(&goal.text, goal_reading);
            carry_horizon(&goal.text, &mut goal.targets);
        }
    }
    // The last task, when the text stops inside it, is told of once (its units may be in the
    // part cut off).
    let cut = doc.cut_off_task();
    let last_chars = |text: &str| -> String {
        (text.chars().rev().take(CUT_END_CHARS))
            .collect::<Vec<char>>()
            .into_iter()
            .rev()
            .collect()
    };
    if let Some(task) = cut.and_then(|k| doc.tasks.get(k)) {
        let end = last_chars(&task.text);
        doc.warnings.push(format!(
            "文本可能不完整：最后一项任务 {} 的末句没有结束（“…{end}”），原文可能在此中断（复制不全或文件被截断）；该任务只按已有文字解析和比较，请核对原文",
            task.id
        ));
    }
    // A text of goals alone that stops inside its last one (`…暴雨预警准确率达到`): cut there.
    let cut_goal = (doc.tasks.is_empty())
        .then(|| doc.goals.last())
        .flatten()
        .filter(|g| sentence_begun_unended(&g.text));
    if let Some(goal) = cut_goal {
        let end = last_chars(&goal.text);
        doc.warnings.push(format!(
            "文本可能不完整：最后一段目标的末句没有结束（“…{end}”），原文可能在此中断（复制不全或文件被截断），任务可能在中断之后；请核对原文"
        ));
    }
    let with_units = doc
        .tasks
        .iter()
        .filter(|t| !t.lead_units.is_empty() || !t.responsible_units.is_empty())
        .count();
    if with_units * 2 > doc.tasks.len() && with_units < doc.tasks.len() {
        let missing: Vec<&str> = (doc.tasks.iter().enumerate())
            .filter(|(k, t)| {
                t.lead_units.is_empty() && t.responsible_units.is_empty() && cut != Some(*k)
            })
            .map(|(_, t)| t.id.as_str())
            .collect();
        if !missing.is_empty() {
            doc.warnings.push(format!(
                "缺少单位：任务 {} 没有找到牵头单位或责任单位（其他任务大多有），请核对原文",
                missing.join("、")
            ));
        }
    }
}

/// Characters of a cut-off task's end quoted in its warning.
const CUT_END_CHARS: usize = 12;

/// A goal's figures after its horizon (`到2020年，全面完成约束性指标。全市PM2.5浓度下降22%以上，
/// 优良天数比率达到80%以上。`): a goal is set for one time, so a figure with no deadline of its
/// own is due by the year before it (a year alone, `2020年`, `2020年底`), until another.
/// Not past another time said without a date (`今后三年，…`), nor to a figure counted per
/// period of time (`年均下降3%`, `每年…`).
fn carry_horizon(text: &str, targets: &mut [crate::model::Target]) {
    let mut horizon: Option<String> = None;
    // Where the last target's text was found in `text`.
    let mut at = 0;
    for t in targets.iter_mut() {
        let found = text
            .get(at..)
            .and_then(|rest| rest.find(&t.text))
            .map(|k| at + k);
        let between = found.map_or("", |k| text.get(at..k).unwrap_or(""));
        if OTHER_TIMES.iter().any(|w| between.contains(w)) {
            horizon = None;
        }
        at = found.map_or(at, |k| k + t.text.len());
        match &t.deadline {
            Some(d) => horizon = is_year_alone(d).then(|| d.clone()),
            None if !(t.per.as_deref()).is_some_and(|p| p.contains(TIME_CHARS)) => {
                t.deadline.clone_from(&horizon)
            }
            None => {}
        }
    }
}

/// Characters of a period of time (`每年`, `年均`, `每季度`), not of a count (`每百户`).
const TIME_CHARS: &[char] = &['年', '月', '季', '周', '日', '天'];

/// Words of a time said without a date, which ends a goal's horizon (`今后三年`, `期间`).
const OTHER_TIMES: &[&str] = &["今后", "未来", "期间", "年内", "长期", "逐年"];

/// True for a deadline that is a year alone (`2020年`, `2025年底`, `2025年底前`).
fn is_year_alone(deadline: &str) -> bool {
    let digits = deadline.bytes().take_while(u8::is_ascii_digit).count();
    digits == 4
        && matches!(
            &deadline[digits..],
            "年" | "年底" | "年末" | "年底前" | "年前"
        )
}

/// The one year a plan's title names (`示例市2024年工作要点` → 2024); `None` for a span
/// (`（2022—2024年）`) or no year.
fn own_year(title: &str) -> Option<u32> {
    use crate::outline::boilerplate::{document_year, first_year};
    // A plan quoted in the title (`落实《…（2024—2026年）》2024年工作要点`) is not its span.
    let mut own = String::with_capacity(title.len());
    let mut depth = 0usize;
    for c in title.chars() {
        match c {
            '《' => depth += 1,
            '》' => depth = depth.saturating_sub(1),
            _ if depth == 0 => own.push(c),
            _ => {}
        }
    }
    let first = first_year(&own)?;
    (document_year(&own) == Some(first)).then_some(first)
}

/// Words after `以下` that open a standing note naming who takes part in all the work below
/// (`以下均需各乡（镇）政府负责，不再列出`).
const STANDING_OPENERS: &[&str] = &["均需", "均须", "均由", "均要", "都需", "都由"];

/// What a standing note may name between `以下` and its opener (`以下任务均需…`).
const STANDING_SUBJECTS: &[&str] = &["各项任务", "各项工作", "任务", "工作", "事项"];

/// Verbs that close the names of a standing note.
const STANDING_VERBS: &[&str] = &["负责", "落实", "配合", "参与", "承担"];

/// Most characters of a standing note's names.
const STANDING_NAMES_MAX: usize = 30;

/// The units a task's note names for all the tasks from it on (`以下均需各乡（镇）政府负责，
/// 不再列出` → `各乡（镇）政府`): the names between the note's opener and its verb.
fn standing_note(text: &str) -> Vec<String> {
    let Some(at) = text.find("以下") else {
        return same_below_note(text);
    };
    let rest = &text[at + "以下".len()..];
    let rest = (STANDING_SUBJECTS.iter())
        .find_map(|w| rest.strip_prefix(w))
        .unwrap_or(rest);
    let Some(names) = (STANDING_OPENERS.iter())
        .find_map(|o| rest.strip_prefix(o))
        .and_then(|r| {
            let end = STANDING_VERBS.iter().filter_map(|v| r.find(v)).min()?;
            r.get(..end)
        })
    else {
        return Vec::new();
    };
    if names.is_empty() || !crate::outline::text::at_most_chars(names, STANDING_NAMES_MAX) {
        return Vec::new();
    }
    // Split as any list of names (`县（市、区）政府`, `各县、区人民政府` are one name).
    let names = names::split_names(names);
    // A note of who does all the work below says it is not repeated (`不再列出`), and names
    // units only (not `以下均需按时完成`, `以下均要严格落实…`).
    let noted = text[at..].contains("不再");
    if noted && names.iter().all(|n| names::looks_like_org(n)) {
        names
    } else {
        Vec::new()
    }
}

/// Openers of a note that names who takes part in every task, said once with `下同`
/// (`具体任务均涉及各市人民政府，不再做分工，下同`).
/// (Not `均由`: `均由市统计局负责数据核定，不再注明，下同` names who checks figures.)
const SAME_BELOW_OPENERS: &[&str] = &["均涉及", "均需", "均须"];

/// True when a text's last sentence is begun and not ended (`…准确率达到`): no stop, bracket
/// or quote closes it, and it is no labelled line (`时间：年底前`).
fn sentence_begun_unended(text: &str) -> bool {
    let text = text.trim_end();
    let tail = text.rsplit(['。', '；', ';']).next().unwrap_or(text);
    // (A figure at the end is an indicator's, complete: `毛入园率达到95%`, `新增就业1.2万人`.)
    let figure = text.chars().rev().take(4).any(|c| c.is_ascii_digit());
    !tail.is_empty()
        && !figure
        && !tail.contains(['：', ':'])
        && !text.ends_with(|c: char| "。；;！!？?）)】」”』…》〕]．.".contains(c))
}

/// The units of a standing note said with `下同` (`…均涉及各市人民政府，不再做分工，下同` →
/// `各市人民政府`): the names from its opener to the clause's end or a role verb, in the
/// sentence holding `下同` and `不再`.
fn same_below_note(text: &str) -> Vec<String> {
    let Some(at) = text.find("下同") else {
        return Vec::new();
    };
    let from = text[..at].rfind(['。', '；', ';']).map_or(0, |i| {
        i + text[i..].chars().next().map_or(1, char::len_utf8)
    });
    let sentence = &text[from..at];
    if !sentence.contains("不再") {
        return Vec::new();
    }
    let Some(names) = SAME_BELOW_OPENERS.iter().find_map(|o| {
        let r = &sentence[sentence.find(o)? + o.len()..];
        let end = (STANDING_VERBS.iter().filter_map(|v| r.find(v)))
            .chain(r.find(['，', ',']))
            .min()
            .unwrap_or(r.len());
        r.get(..end)
    }) else {
        return Vec::new();
    };
    if names.is_empty() || !crate::outline::text::at_most_chars(names, STANDING_NAMES_MAX) {
        return Vec::new();
    }
    let names = names::split_names(names);
    if names.iter().all(|n| names::looks_like_org(n)) {
        names
    } else {
        Vec::new()
    }
}

/// Applies each standing note ([`standing_note`]) to its task and all tasks after it: the
/// units it names join those a task lists, as responsible units.
fn apply_standing_notes(tasks: &mut [crate::model::Task]) {
    let mut standing: Vec<String> = Vec::new();
    for task in tasks {
        let noted = standing_note(&task.text);
        if !noted.is_empty() {
            standing = noted;
        }
        for name in &standing {
            let listed = task.lead_units.contains(name) || task.responsible_units.contains(name);
            if !listed {
                task.responsible_units.push(name.clone());
            }
        }
    }
}

/// Full names that put a level before a name already carrying the plan's own place
/// (`示例税务局` in a plan of 示例市 is no `市示例税务局`) are dropped: the name is full as written.
fn drop_placed_full_names(doc: &mut Document) {
    let Some(place) = crate::outline::boilerplate::place_of_title(&doc.title) else {
        return;
    };
    // `示例市` → `示例`: the name without its level word.
    let stem: String = {
        let mut cs: Vec<char> = place.chars().collect();
        cs.pop();
        cs.into_iter().collect()
    };
    if stem.chars().count() < 2 {
        return;
    }
    for task in &mut doc.tasks {
        task.full_names.retain(|f| !f.written.starts_with(&stem));
    }
}

/// Units named for all the tasks below: by a section's heading (`一、强化科技创新（市科技局牵头）`),
/// whose title loses its bracket, or that names who leads its work (`一、县甲局牵头工作（8项）`), or by the paragraph that opens a section or the plan, before
/// its first task (`由市甲局牵头，市乙局配合，做好以下工作：`, [`unlabelled::read_scope`]). Each
/// task below that names no lead of its own takes the nearest such lead (and, naming no unit at
/// all, the other units too); the plan's opening paragraph is the farthest.
fn inherit_section_units(doc: &mut Document) {
    let mut named: std::collections::HashMap<String, units::Units> =
        std::collections::HashMap::new();
    for section in &mut doc.sections {
        if !crate::outline::tree::ends_with_unit_block(&section.title) {
            // `一、县发展改革局牵头工作（8项）`: a list of work grouped by who leads it.
            if let Some(u) = unlabelled::read_lead_title(&section.title) {
                named.insert(section.id.clone(), u);
            }
            continue;
        }
        let u = units::extract(&section.title);
        let Some(open) = section.title.rfind(['(', '（', '〔']) else {
            continue;
        };
        if u.is_empty() || open == 0 {
            continue;
        }
        section.title.truncate(open);
        named.insert(section.id.clone(), u);
    }
    // The paragraphs before the first task of the plan (key ``) and of each section.
    let mut at: Option<&str> = Some("");
    for passage in &doc.reading {
        match passage {
            Passage::Heading(id) => at = Some(id),
            Passage::Task(_) => at = None,
            Passage::Text(text) => {
                let Some(key) = at.filter(|k| !named.contains_key(*k)) else {
                    continue;
                };
                let u = unlabelled::read_scope(text);
                if !u.is_empty() {
                    named.insert(key.to_string(), u);
                }
            }
        }
    }
    if named.is_empty() {
        return;
    }
    for task in &mut doc.tasks {
        // The nearest: the task's section, else the one above it, and so on up to the plan's
        // opening (one lookup a level, not one per named section).
        let mut id = task.section.as_deref().unwrap_or("");
        let u = loop {
            if let Some(u) = named.get(id) {
                break Some(u);
            }
            match id.rfind('/') {
                Some(cut) => id = &id[..cut],
                None if !id.is_empty() => id = "",
                None => break None,
            }
        };
        let Some(u) = u else {
            continue;
        };
        let alone = task.lead_units.is_empty() && task.responsible_units.is_empty();
        if task.lead_units.is_empty() {
            task.lead_units = u.lead.clone();
        }
        if alone {
            task.responsible_units = u.responsible.clone();
            task.full_names = u.full_names();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Units and targets read from the chars decoded once are those read from the text.
    #[test]
    fn annotating_reads_as_each_reader_alone() {
        let texts = [
            "推进学法。每年学法不少于4次，2025年底前覆盖率达到90%。（牵头单位：市甲局；责任单位：市乙局）",
            "规范执法 每年 开展 评查 不少于 2 次。（市甲局 负责）",
            "到2025年，\u{3000}报备率、审查率达100%。完成时限：6月底前",
        ];
        for kind in [DocKind::Plan, DocKind::Report] {
            let mut doc = Document {
                title: "示例市2024年工作要点".to_string(),
                kind,
                tasks: (texts.iter().enumerate())
                    .map(|(i, t)| crate::model::Task {
                        id: i.to_string(),
                        text: t.to_string(),
                        ..Default::default()
                    })
                    .collect(),
                ..Default::default()
            };
            annotate(&mut doc);
            let reading = targets::Reading {
                year: Some(2024),
                own_year: Some(2024),
                kind: match kind {
                    DocKind::Plan => TargetKind::Commitment,
                    DocKind::Report => TargetKind::Achieved,
                },
                goal: false,
            };
            for (task, text) in doc.tasks.iter().zip(texts) {
                let u = units::extract(text);
                assert_eq!(task.lead_units, u.lead, "{text}");
                assert_eq!(task.responsible_units, u.responsible, "{text}");
                assert_eq!(task.targets, targets::extract_in(text, reading), "{text}");
                assert!(!task.targets.is_empty(), "{text}");
            }
        }
    }
}
