//! A task table attached after a plan's numbered paragraphs (`附件：重点任务分工表`): its rows
//! repeat the tasks and add who and when. A row whose task names a paragraph's task gives that
//! task its unit bracket (appended to the text, as if the paragraph had carried it); a row
//! naming no task is kept as a task of its own under a section `附件`.

use super::{boilerplate, collect, numbering, text, tree};
use crate::model::{Document, Section, Task};
use crate::words::{self, MAKING_VERBS};
use std::collections::{HashMap, HashSet};

/// Longest entry of a cover letter's list of attachments.
const LISTED_MAX: usize = 60;

/// A cover letter's list of its attachments (`附件：1.示例区2025年民生实事目标任务` over
/// `2.示例区2025年民生实事实施方案`): each entry after the first labelled as the first is
/// (`附件2.…`), since its entries name documents and are no items (a `2.` after `三、` would read
/// as a task with its `1.` missing).
pub fn attachment_lists(lines: &mut [String]) {
    let mut i = 0;
    while i < lines.len() {
        let first = lines[i].trim();
        let rest = first
            .strip_prefix("附件")
            .map(|r| r.trim_start_matches(['：', ':', ' ', '\u{3000}']));
        let opens =
            rest.is_some_and(|r| numbering::recognise(r).is_some_and(|(_, t)| names_a_document(t)));
        // `附件：` on a line of its own: the numbered lines right under it are its entries,
        // whatever they name (`1.参会单位名单`), so long as they are names and not work.
        let label_alone = rest.is_some_and(str::is_empty);
        let entry = |t: &str| match label_alone {
            true => is_short_name(t),
            false => names_a_document(t),
        };
        // Under a bare label, the entries are a list when they run to a line that is no
        // item (a date, a signature): a plan's items go on to deeper ones (`一、稳增长` over
        // `1.地区生产总值增长6%左右`).
        let first_entry = label_alone && {
            let mut run = (lines.get(i + 1..).unwrap_or_default().iter())
                .filter(|l| !l.trim().is_empty())
                .map(|l| numbering::recognise(l.trim()).map(|(_, t)| entry(t)));
            let first = run.next().flatten() == Some(true);
            first && run.find(|e| *e != Some(true)).flatten().is_none()
        };
        if !(opens || first_entry) {
            i += 1;
            continue;
        }
        i += 1;
        while let Some(line) = lines.get_mut(i) {
            // (Blank lines may part the entries.)
            if label_alone && line.trim().is_empty() {
                i += 1;
                continue;
            }
            let listed = numbering::recognise(line.trim()).is_some_and(|(_, t)| entry(t));
            if !listed {
                break;
            }
            *line = format!("附件{}", line.trim());
            i += 1;
        }
    }
}

/// True when an entry under an `附件：` label alone is a name: short, no sentence, not work to
/// do (`2.制定…方案`).
fn is_short_name(entry: &str) -> bool {
    let t = entry.trim().trim_start_matches('《');
    !t.is_empty()
        && !words::opens_work(t)
        && !boilerplate::holds_figure(t)
        && t.chars().count() <= LISTED_MAX
        && !t.contains(['。', '；', '，', ',', ';', '：', ':'])
}

/// True when an entry of an attachment list names a document (`示例区…实施方案`, `《…》`): short,
/// no sentence.
fn names_a_document(entry: &str) -> bool {
    let t = entry.trim().trim_start_matches('《').trim_end_matches('》');
    // `2.制定示例市优化营商环境实施方案` is work to do, not a document attached.
    if MAKING_VERBS.iter().any(|v| t.starts_with(v)) {
        return false;
    }
    t.chars().count() <= LISTED_MAX
        && !t.contains(['。', '；', '，'])
        && (boilerplate::is_title_candidate(t) || entry.trim().starts_with('《'))
}

/// A plan a notice forwards set out right after the notice's own requirements, with no title
/// line of its own (`现将《示例市分工落实方案》印发给你们` … `三、加强督导…` then `1.…（牵头单位：…）`):
/// the plan's name is put on a line before its first item, so the items read as the plan and
/// the requirements as the notice before it. Only when the plan's items are of another
/// numbering than the requirements and name their units, and the requirements name none.
/// Returns the name put in, if any.
pub fn title_forwarded_plan(lines: &mut Vec<String>) -> Option<String> {
    let name = lines.iter().find_map(|l| forwarded_name(l))?;
    // (Its title set out already, on one line or broken over two or three.)
    let filled: Vec<&str> = (lines.iter().map(|l| l.trim()))
        .filter(|l| !l.is_empty())
        .collect();
    let titled = (1..=3).any(|n| {
        filled
            .windows(n)
            .any(|w| w.iter().map(|l| l.len()).sum::<usize>() == name.len() && w.concat() == name)
    });
    if titled {
        return None;
    }
    let marked = |l: &str| numbering::recognise(l.trim()).map(|(m, _)| m.style);
    // A tag or a label and its colon (`牵头单位：`), not `各牵头单位要…` in the notice's prose.
    let has_units = boilerplate::has_unit_tag;
    let first = lines.iter().position(|l| marked(l).is_some())?;
    let own = marked(&lines[first])?;
    // The first item of another, deeper numbering after the notice's own.
    let k = (first..lines.len()).find(|&k| marked(&lines[k]).is_some_and(|s| s > own))?;
    let requirements = &lines[first..k];
    if requirements.iter().any(|l| has_units(l)) || !has_units(&lines[k]) {
        return None;
    }
    lines.insert(k, name.clone());
    Some(name)
}

/// The plan a line forwards (`现将《示例市分工落实方案》印发给你们`), when it names a plan.
fn forwarded_name(line: &str) -> Option<String> {
    if !line.contains("印发") {
        return None;
    }
    // The plan after `现将` (documents cited before it are the grounds).
    let from = line.find("现将").unwrap_or(0);
    let open = from + line.get(from..)?.find('《')? + '《'.len_utf8();
    let close = open + line.get(open..)?.find('》')?;
    let name = line.get(open..close)?.trim();
    boilerplate::is_plan_title(name).then(|| name.to_string())
}

/// Plans attached one after another to a notice (`附件1` over `示例市2024年政务公开工作要点` and
/// its items, `附件2` over `…重点任务分工` and its own): each attachment's title becomes a part
/// (`第一部分 示例市2024年…工作要点`) and its label a blank line, so that the second plan's
/// `一、` does not read as the first plan's repeated. Two such attachments or more, each title
/// followed by numbered items before the next; else the lines are left as they are.
pub fn attached_plans(lines: &mut [String]) {
    let next_filled = |from: usize| (from..lines.len()).find(|&k| !lines[k].trim().is_empty());
    let mut found: Vec<(usize, usize)> = Vec::new();
    for i in 0..lines.len() {
        if !super::table::is_attachment_label(lines[i].trim()) {
            continue;
        }
        let Some(t) = next_filled(i + 1) else {
            continue;
        };
        let title = lines[t].trim();
        if boilerplate::is_title_candidate(title) && numbering::recognise(title).is_none() {
            found.push((i, t));
        }
    }
    // Each title heads numbered items of its own.
    let ends: Vec<usize> = (found.iter().skip(1).map(|&(label, _)| label))
        .chain(std::iter::once(lines.len()))
        .collect();
    let numbered = |from: usize, to: usize| {
        (lines.get(from..to).unwrap_or(&[]).iter()).any(|l| numbering::recognise(l).is_some())
    };
    if found.len() < 2
        || !(found.iter().zip(&ends)).all(|(&(_, title), &end)| numbered(title + 1, end))
    {
        return;
    }
    // The cover letter's list of them (`附件：1.示例市…工作要点`, `2.…`) is no item.
    let titles: Vec<String> = found
        .iter()
        .map(|&(_, t)| lines[t].trim().to_string())
        .collect();
    let first_label = found.first().map_or(0, |&(label, _)| label);
    let listed = |line: &str| -> bool {
        let t = line.trim();
        let t = t
            .strip_prefix("附件")
            .map_or(t, |r| r.trim_start_matches(['：', ':', ' ']));
        let t = numbering::recognise(t).map_or(t, |(_, rest)| rest).trim();
        let t = t.trim_start_matches('《').trim_end_matches('》');
        titles.iter().any(|title| title == t)
    };
    // Only a cover letter (a notice, whose own items tell how to carry the plans out): a plan
    // numbering its own items before the attachments keeps them, the attachments read as they
    // were.
    let notice = (lines.iter().take(first_label))
        .find(|l| !l.trim().is_empty())
        .is_some_and(|l| boilerplate::is_notice_title(l.trim()));
    let own_items = !notice
        && (lines.iter().take(first_label))
            .any(|l| numbering::recognise(l.trim()).is_some() && !listed(l));
    if own_items {
        return;
    }
    for line in lines.iter_mut().take(first_label) {
        if listed(line) {
            line.clear();
        }
    }
    for (k, (label, title)) in found.into_iter().enumerate() {
        let n = u32::try_from(k + 1).unwrap_or(u32::MAX);
        let part = format!("第{}部分 {}", numbering::han_string(n), lines[title].trim());
        lines[title] = part;
        lines[label] = String::new();
    }
}

/// Above this many row × task comparisons, only exact heading matches are tried.
const FUZZY_BUDGET: usize = 1_000_000;

/// Endings of a section's title that captions a breakdown of the tasks above it
/// (`二、重点工作任务分解`).
const BREAKDOWN_CAPTIONS: &[&str] = &[
    "任务分解",
    "任务分工",
    "责任分解",
    "责任分工",
    "分解表",
    "分工表",
];

/// Longest caption of a breakdown table, in characters.
const CAPTION_MAX: usize = 20;

/// Shortest part of a row's text found in a task's text that names that task (`对本局起草的
/// 政策文件全部进行解读`).
const ROW_BODY_MIN: usize = 8;

/// Folds a breakdown of the plan's tasks into them: a section after the tasks, captioned as one
/// (`二、重点工作任务分解` over `重点任务 | 工作内容 | 负责科室 |`), whose rows repeat tasks above
/// and add who does them. A row naming a task above — by its heading or its words — gives it
/// the row's unit bracket and is dropped; a row naming none stays a task of the section.
pub fn fold_breakdown(doc: &mut Document) {
    let Some(caption) = (doc.sections.iter())
        .find(|s| {
            let title = s.title.trim().trim_end_matches(['：', ':']);
            BREAKDOWN_CAPTIONS.iter().any(|e| title.ends_with(e))
                && title.chars().count() <= CAPTION_MAX
        })
        .map(|s| s.id.clone())
    else {
        return;
    };
    let under = |t: &Task| {
        t.section.as_deref().is_some_and(|s| {
            s == caption
                || s.strip_prefix(caption.as_str())
                    .is_some_and(|r| r.starts_with('/'))
        })
    };
    let rows: Vec<usize> = (0..doc.tasks.len())
        .filter(|&i| under(&doc.tasks[i]))
        .collect();
    let above: Vec<usize> = (0..doc.tasks.len())
        .filter(|&i| !under(&doc.tasks[i]))
        .collect();
    // (Tasks of sentences above it, two at least: else the rows are the plan's tasks.)
    let told = above
        .iter()
        .filter(|&&i| doc.tasks[i].text.contains('。'))
        .count();
    if rows.is_empty() || told < 2 {
        return;
    }
    // The tasks' keys made once; past the budget, only exact headings are tried.
    let keys: Vec<(String, String)> = (above.iter())
        .map(|&i| (key(&doc.tasks[i].heading), key(&doc.tasks[i].text)))
        .collect();
    let fuzzy = rows.len().saturating_mul(above.len()) <= FUZZY_BUDGET;
    let mut dropped: Vec<usize> = Vec::new();
    for &r in &rows {
        let row = &doc.tasks[r];
        let k = key(&row.heading);
        let body = key(row
            .text
            .strip_prefix(row.heading.as_str())
            .unwrap_or(&row.text));
        let body = unit_block(&row.text).map_or(body.clone(), |b| {
            body.strip_suffix(key(b).as_str())
                .map_or(body.clone(), str::to_string)
        });
        let named = |(own, text): &(String, String)| {
            (!k.is_empty() && (*own == k || (fuzzy && same_task(own, &k))))
                || (fuzzy && body.chars().count() >= ROW_BODY_MIN && text.contains(&body))
        };
        let hit = (above.iter().zip(&keys)).find_map(|(&i, ks)| named(ks).then_some(i));
        let Some(i) = hit else {
            continue;
        };
        if let Some(block) = unit_block(&doc.tasks[r].text).map(str::to_string) {
            if !tree::ends_with_unit_block(&doc.tasks[i].text) {
                text::join(&mut doc.tasks[i].text, &block);
            }
        }
        dropped.push(r);
    }
    if dropped.is_empty() {
        return;
    }
    let ids: HashSet<String> = dropped.iter().map(|&r| doc.tasks[r].id.clone()).collect();
    doc.tasks.retain(|t| !ids.contains(&t.id));
    doc.reading
        .retain(|p| !matches!(p, crate::model::Passage::Task(id) if ids.contains(id)));
}

/// True when the lines before a table end a plan's numbered paragraphs and announce an
/// attachment (`附件：…任务分工表`, `附表`) after the last of them.
pub fn is_attached(before: &[String]) -> bool {
    let cleaned: Vec<String> = before.iter().map(|l| text::clean_line(l)).collect();
    let numbered: Vec<usize> = cleaned
        .iter()
        .enumerate()
        .filter(|(_, l)| numbering::recognise(l).is_some())
        .map(|(i, _)| i)
        .collect();
    let Some(&last) = numbered.last() else {
        return false;
    };
    numbered.len() >= 2
        && cleaned
            .iter()
            .skip(last + 1)
            .any(|l| l.starts_with("附件") || l.starts_with("附表"))
}

/// A heading reduced to its letters and digits, for matching (`推行“一件事”` → `推行一件事`).
fn key(heading: &str) -> String {
    heading.chars().filter(|c| c.is_alphanumeric()).collect()
}

fn same_task(a: &str, b: &str) -> bool {
    a == b || (a.chars().count() >= 4 && b.chars().count() >= 4 && (a.contains(b) || b.contains(a)))
}

/// The unit bracket at the end of a row's text (`（牵头单位：…；完成时限：…）`).
fn unit_block(text: &str) -> Option<&str> {
    let open = text.rfind('（')?;
    let block = text.get(open..)?;
    tree::ends_with_unit_block(block)
        .then_some(block)
        .or_else(|| block.contains("完成时限").then_some(block))
}

/// Merges the attached table's rows (`lines`, already rewritten) into `doc`.
pub fn merge(doc: &mut Document, lines: &[String]) {
    let cleaned: Vec<String> = lines.iter().map(|l| text::clean_line(l)).collect();
    let tree = tree::build(&cleaned);
    let mut rows = Document {
        kind: doc.kind,
        ..Document::default()
    };
    collect(&tree, &mut rows, true);
    let exact: HashMap<String, usize> = doc
        .tasks
        .iter()
        .enumerate()
        .map(|(i, t)| (key(&t.heading), i))
        .collect();
    let fuzzy = rows.tasks.len().saturating_mul(doc.tasks.len()) <= FUZZY_BUDGET;
    let mut unmatched: Vec<Task> = Vec::new();
    for row in rows.tasks {
        let k = key(&row.heading);
        let hit = exact.get(&k).copied().or_else(|| {
            fuzzy
                .then(|| {
                    doc.tasks
                        .iter()
                        .position(|t| same_task(&key(&t.heading), &k))
                })
                .flatten()
        });
        let target = hit.and_then(|i| doc.tasks.get_mut(i));
        match (target, unit_block(&row.text)) {
            (Some(task), Some(block)) => {
                if !tree::ends_with_unit_block(&task.text) {
                    text::join(&mut task.text, block);
                }
            }
            (Some(_), None) => {}
            (None, _) if !k.is_empty() => unmatched.push(row),
            (None, _) => {}
        }
    }
    if unmatched.is_empty() {
        return;
    }
    const ROOT: &str = "附件";
    doc.sections.push(Section {
        id: ROOT.to_string(),
        number: ROOT.to_string(),
        title: ROOT.to_string(),
        auxiliary: false,
    });
    for s in rows.sections {
        doc.sections.push(Section {
            id: format!("{ROOT}/{}", s.id),
            ..s
        });
    }
    for mut t in unmatched {
        t.id = format!("{ROOT}/{}", t.id);
        t.section = Some(match t.section {
            Some(s) => format!("{ROOT}/{s}"),
            None => ROOT.to_string(),
        });
        doc.tasks.push(t);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_attachment_list_names_documents_not_work() {
        let mut lines: Vec<String> = [
            "附件：1.示例市营商环境评价实施方案",
            "2.示例市营商环境考核办法",
            "3.制定示例市招商引资优惠办法",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        attachment_lists(&mut lines);
        assert_eq!(lines[1], "附件2.示例市营商环境考核办法");
        // Work to do stays an item.
        assert_eq!(lines[2], "3.制定示例市招商引资优惠办法");
    }

    fn doc(s: &str) -> Document {
        crate::outline::outline(s)
    }

    #[test]
    fn rows_give_their_units_to_the_paragraphs() {
        let d = doc("示例市工作方案\n一、任务\n（一）建设政务云平台。整合机房。\n（二）推进数据共享。编制目录。\n附件：分工表\n序号\t重点任务\t牵头单位\t完成时限\n1\t建设政务云平台\t市数据局\t年底前\n2\t推进数据共享\t市数据局\t10月底前\n3\t培训数据人才\t市人社局\t年内");
        let ids: Vec<&str> = d.tasks.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["一/(一)", "一/(二)", "附件/3"]);
        assert!(d.tasks[0]
            .text
            .ends_with("整合机房。（牵头单位：市数据局；完成时限：年底前）"));
        assert_eq!(d.tasks[2].section.as_deref(), Some("附件"));
    }

    #[test]
    fn keys_keep_digits() {
        assert_eq!(key("推行“一件事”，第2项"), "推行一件事第2项");
        assert_ne!(key("第1项工作"), key("第2项工作"));
    }

    #[test]
    fn a_table_under_a_section_is_its_task_list() {
        let d = doc("示例市工作方案\n一、总体要求\n坚持依法行政。\n二、重点任务\n序号\t重点任务\t牵头单位\n1\t甲任务\t市甲局\n2\t乙任务\t市乙局");
        let ids: Vec<&str> = d.tasks.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["二/1", "二/2"]);
    }

    #[test]
    fn a_table_alone_is_the_plan() {
        let d = doc("示例市分工\n序号\t重点任务\t牵头单位\n1\t甲任务\t市甲局\n2\t乙任务\t市乙局");
        let ids: Vec<&str> = d.tasks.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["1", "2"]);
    }
}
