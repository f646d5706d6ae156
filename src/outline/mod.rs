//! Outline: plain text → a Document's title, sections and tasks (numbering, boilerplate, tree).
//!
//! The steps: rewrite task-table rows as numbered paragraphs ([`table`]; a table attached
//! after the paragraphs is merged into them, [`appendix`]), clean each line ([`text`]) and split lines that lost their breaks
//! ([`resegment`]), find the plan's own title and drop the cover letter
//! and page chrome before it ([`boilerplate`]), read the numbered tree ([`numbering`],
//! [`tree`]), then choose the level that carries the work (see [`task_style`]).

pub mod appendix;
pub mod boilerplate;
pub mod bullets;
pub mod goals;
pub mod numbering;
pub mod resegment;
pub mod roles;
pub mod table;
pub mod text;
pub mod tree;

use crate::model::{DocKind, Document, Goal, Passage, Section, Task};
use crate::words;
use numbering::Style;
use roles::Roles;
use std::collections::{HashMap, HashSet};
use tree::{Item, Tree};

/// Words of a sentence that introduces a list of details (`建立以下制度：`).
const LIST_INTROS: &[&str] = &["如下", "以下", "下列", "包括"];

/// A heading sentence longer than this is not a heading but the task's first sentence.
const HEADING_MAX: usize = 40;

/// Finds the title, sections and tasks of a plan's text. Units and targets are left empty.
///
/// ```
/// let doc = plandiff::outline::outline("示例市2024年工作要点\n一、依法行政\n（一）加强学法。每年学法4次。\n（二）规范执法。");
/// assert_eq!(doc.tasks.len(), 2);
/// assert_eq!(doc.tasks[0].id, "一/(一)");
/// assert_eq!(doc.tasks[0].heading, "加强学法");
/// ```
pub fn outline(text: &str) -> Document {
    let lines: Vec<&str> = text.lines().collect();
    // `01` / `推动…` / `02` / `新建…`: numbers on lines of their own joined to their items.
    let joined = numbering::join_bare_numbers(&lines);
    let joined: Vec<&str> = joined.iter().map(|l| l.as_ref()).collect();
    // `具体任务` / `新建…` / `责任单位` / `交通局` …: a table copied as records, read as rows.
    let rows = table::records::rewrite(&joined);
    let raw: Vec<&str> = rows.iter().map(|l| l.as_ref()).collect();
    let rewritten = table::rewrite(&raw);
    let all = rewritten.lines.as_slice();
    // A task table after numbered paragraphs is an attachment (`附件：任务分工表`).
    let split = rewritten
        .first_table
        .filter(|&t| appendix::is_attached(all.get(..t).unwrap_or(&[])));
    let (main, attached) = match split {
        Some(t) => all.split_at(t.min(all.len())),
        None => (all, &[][..]),
    };
    let spaceless = rewritten.spaceless.get(..main.len()).unwrap_or(&[]);
    let mut doc = outline_lines(main, spaceless, rewritten.first_table.is_some());
    if !attached.is_empty() {
        appendix::merge(&mut doc, attached);
    }
    let unread = rewritten
        .unread_header
        .as_ref()
        .filter(|_| doc.tasks.is_empty());
    if let Some(labels) = unread {
        // With no task read, a title may only be the table's caption, over its header.
        if doc.title.is_empty() {
            let caption = (raw.get(..rewritten.unread_line.unwrap_or(0)).unwrap_or(&[]))
                .iter()
                .rev()
                .map(|l| l.trim())
                .find(|l| !l.is_empty());
            if let Some(c) = caption.filter(|c| boilerplate::is_title_candidate(c)) {
                doc.title = boilerplate::plain_title(c).to_string();
            }
        }
        doc.warnings.push(format!(
            "未读出任务表：发现表头（{labels}），但没有读出表格各行（从网页复制的表格可能丢了分栏）；请改用原 .docx 文件或网页另存的 .html 文件"
        ));
    } else if doc.warnings.iter().any(|w| w.starts_with(NOTICE_ONLY)) {
        // Said already.
    } else if doc.tasks.is_empty() && doc.sections.is_empty() {
        doc.warnings.push(
            "未找到编号任务：没有识别出“一、”“（一）”“1.”等编号条目，请确认文件是工作要点、计划或方案的正文"
                .to_string(),
        );
    } else if doc.tasks.is_empty() {
        doc.warnings.push(format!(
            "未找到编号任务：只识别出{}（如“{}”），没有具体任务条目；任务可能在附件或另一文件中",
            if doc.goals.is_empty() {
                "说明性段落"
            } else {
                "目标"
            },
            doc.sections.first().map_or("", |s| s.title.as_str())
        ));
    } else if headings_only(&doc) {
        doc.warnings.push(
            "任务只有标题：各条都没有成句的正文，可能是目录、提纲或模板；请确认文件是计划或方案的正文"
                .to_string(),
        );
    }
    doc
}

/// Fewest tasks for a text of headings alone to be told ([`headings_only`]).
const HEADINGS_ONLY_MIN: usize = 3;

/// True when no task of several has a sentence, a clause or a label in it (`政策背景`, `立法层面`):
/// a table of contents without page numbers, an outline or a template.
fn headings_only(doc: &Document) -> bool {
    doc.tasks.len() >= HEADINGS_ONLY_MIN
        && (doc.tasks.iter()).all(|t| {
            !t.text
                .contains(['。', '；', ';', '！', '？', '，', ',', '：', ':'])
        })
}

/// The title, sections and tasks of a plan's lines (tables already rewritten); `spaceless`
/// tells the lines known to hold no white space inside (missing flags count as false), `tabled`
/// that a task table was rewritten.
fn outline_lines(raw: &[String], spaceless: &[bool], tabled: bool) -> Document {
    let known = |i: usize| spaceless.get(i).copied().unwrap_or(false);
    let mut cleaned: Vec<String> = (raw.iter().enumerate())
        .map(|(i, l)| text::clean_line_with(l, known(i)))
        .collect();
    resegment::join_viewer_chunks(&mut cleaned);
    let flattened = cleaned
        .iter()
        .any(|l| !text::at_most_chars(l, resegment::FLATTENED));
    // A text with no numbered line lost its line breaks (a page or a PDF run into one
    // paragraph): its lines are cut before their markers however short.
    // (A site's numbered notes, `1、部分资料下载需要金币`, are no lines of the text.)
    // So did one whose only numbered line runs on to the next heading (`一、…。二、…`).
    let numbered = (cleaned.iter())
        .filter(|l| numbering::recognise(l).is_some() && !boilerplate::is_chrome(l))
        .take(2)
        .count();
    let unbroken = numbered == 0
        || (numbered == 1
            && cleaned
                .iter()
                .any(|l| resegment::runs_on_to_next_heading(l)));
    // Told on the lines as they came: cleaning closes the spaces that part a table's cells.
    let contents = contents_lines(raw);
    let mut lines: Vec<String> = (cleaned.iter().zip(&contents))
        .filter(|(_, &c)| !c)
        .map(|(l, _)| l)
        .flat_map(|l| match unbroken {
            true => resegment::split_unbroken(l),
            false => resegment::split(l),
        })
        .collect();
    bullets::number(&mut lines);
    numbering::part_continuing_numbers(&mut lines);
    numbering::part_glued_items(&mut lines);
    resegment::drop_contents_run(&mut lines);
    appendix::attached_plans(&mut lines);
    appendix::attachment_lists(&mut lines);
    let forwarded = appendix::title_forwarded_plan(&mut lines);
    join_open_headings(&mut lines);
    if !lines.iter().any(|l| numbering::recognise(l).is_some()) {
        // No numbered line at all: a plan written as prose may list its points inline.
        lines = lines
            .iter()
            .flat_map(|l| resegment::split_inline_points(l))
            .collect();
    }
    // (The forwarded plan's name put before its items is its title, however few they are.)
    let title = boilerplate::find_title(&lines).or_else(|| {
        let text = forwarded?;
        let line = lines.iter().position(|l| *l == text)?;
        Some(boilerplate::Title { line, text })
    });
    let start = title.as_ref().map_or(0, |t| t.line + 1);
    let body = lines.get(start..).unwrap_or(&[]);
    let tree = tree::build(body);
    let mut doc = Document {
        title: title
            .map(|t| t.text)
            .or_else(|| {
                flattened
                    .then(|| boilerplate::leading_title(&lines))
                    .flatten()
            })
            .or_else(|| {
                unbroken
                    .then(|| boilerplate::run_in_title(&cleaned))
                    .flatten()
            })
            .or_else(|| boilerplate::shared_file_title(&lines))
            .or_else(|| boilerplate::metadata_title(&cleaned))
            .or_else(|| boilerplate::lone_title(&lines))
            .or_else(|| boilerplate::announced_title(&lines))
            .map(|t| {
                let t = boilerplate::forwarded_title(&t)
                    .unwrap_or_else(|| boilerplate::plain_title(&t).to_string());
                boilerplate::once(&boilerplate::without_set_spaces(&t)).to_string()
            })
            .unwrap_or_default(),
        ..Document::default()
    };
    doc.kind = boilerplate::kind_of(&doc.title);
    // (A site's numbered notes, `1. 本文档由用户上传…`, are no item.)
    let numbered =
        (body.iter()).position(|l| numbering::recognise(l).is_some() && !boilerplate::is_chrome(l));
    let preamble = body.get(..numbered.unwrap_or(0)).unwrap_or(&[]);
    let first_reports = || {
        (tree.roots.first())
            .and_then(|&r| tree.items.get(r))
            .is_some_and(|it| boilerplate::first_section_reports(&it.first))
    };
    if !boilerplate::is_plan_title(&doc.title)
        && (boilerplate::preamble_reports(preamble)
            || (first_reports() && !boilerplate::preamble_plans(preamble)))
    {
        doc.kind = DocKind::Report;
    }
    // (A plan with no numbered line at all may state its goals anywhere in its prose.)
    let before_tasks = if numbered.is_none() { body } else { preamble };
    doc.goals.extend(
        goals::in_preamble(before_tasks)
            .into_iter()
            .map(|text| Goal {
                section: String::new(),
                text: text::normalise_spaces(&text),
                targets: Vec::new(),
            }),
    );
    doc.reading.extend(
        (preamble.iter())
            .filter(|l| !l.trim().is_empty() && !boilerplate::is_chrome(l))
            .map(|l| Passage::Text(text::normalise_spaces(l))),
    );
    collect(&tree, &mut doc, tabled);
    if tabled {
        appendix::fold_breakdown(&mut doc);
    }
    doc.warnings.extend(tree.warnings.iter().cloned());
    let rest = body.get(numbered.unwrap_or(body.len())..).unwrap_or(&[]);
    // A title found as the end of the plan a notice sends (its title broken over three lines:
    // `…关于印发示例省` / `贯彻落实…政务公开` / `工作要点分工方案的通知`) is that plan's name.
    let whole_title = |doc: &mut Document, plan: &str| {
        if !doc.title.is_empty() && plan.len() > doc.title.len() && plan.ends_with(&doc.title) {
            doc.title = plan.to_string();
        }
    };
    if let Some(plan) = (numbered.is_some())
        .then(|| boilerplate::notice_only(preamble, rest, &doc.title))
        .flatten()
    {
        whole_title(&mut doc, &plan);
        as_notice(&mut doc);
        doc.warnings.push(format!(
            "{NOTICE_ONLY}：编号条目是通知对落实工作的要求，不是计划的任务；任务在附件《{}》中，请改用附件文件比较",
            boilerplate::quoted_inside(&plan)
        ));
    } else if let Some(plan) = numbered.is_none().then(|| sent_alone(body)).flatten() {
        // A notice with no numbered line: it sends the plan to its readers and no more.
        whole_title(&mut doc, &plan);
        as_notice(&mut doc);
        doc.warnings.push(format!(
            "{NOTICE_ONLY}：文件只有通知正文，没有计划的任务；任务在附件《{}》中，请改用附件文件比较",
            boilerplate::quoted_inside(&plan)
        ));
    }
    if boilerplate::is_speech_title(&doc.title) {
        doc.warnings.push(
            "讲话稿：本文件是会议讲话，不是计划正文；编号条目按讲话的要点读出，请确认是否有计划原文可比较"
                .to_string(),
        );
    }
    if doc.title.ends_with("解读") {
        let plan = (doc.title.split_once('《'))
            .and_then(|(_, r)| r.split_once('》'))
            .map_or_else(|| "所解读的文件".to_string(), |(p, _)| format!("《{p}》"));
        doc.warnings.push(format!(
            "政策解读：本文件是对{plan}的解读，不是计划正文；编号条目是解读的要点，不是任务；请改用计划原文比较"
        ));
    }
    doc
}

/// Least run of entries with no leaders under a `目录` heading that makes them contents.
const PAGED_CONTENTS_MIN: usize = 3;

/// Which lines are a table of contents ([`boilerplate::is_contents_line`]): such lines come
/// in runs, so one counts only beside another (blank lines between them passed); the
/// `目录` heading only above one.
fn contents_lines(lines: &[String]) -> Vec<bool> {
    let like: Vec<bool> = lines
        .iter()
        .map(|l| boilerplate::is_contents_line(l))
        .collect();
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    let mut out = vec![false; lines.len()];
    for (k, &i) in filled.iter().enumerate() {
        if !like[i] {
            continue;
        }
        let before = k.checked_sub(1).and_then(|p| filled.get(p)).copied();
        let after = filled.get(k + 1).copied();
        let heading = |j: usize| {
            lines[j]
                .chars()
                .filter(|c| !c.is_whitespace())
                .eq("目录".chars())
        };
        let entry = |j: usize| like[j] && !heading(j);
        out[i] = if heading(i) {
            after.is_some_and(entry)
        } else {
            before.is_some_and(|j| like[j]) || after.is_some_and(entry)
        };
    }
    // Under a `目录` heading, entries with no leaders (`壹、当前经济情势 1`, `一、国际经贸. 3`):
    // the run of short lines that end in a page number. Only a heading above the text's first
    // numbered line: inside a section, such lines are items counted.
    let first_numbered = (lines.iter())
        .position(|l| numbering::recognise(l).is_some())
        .unwrap_or(lines.len());
    for (k, &i) in filled.iter().enumerate() {
        let compact = || lines[i].chars().filter(|c| !c.is_whitespace());
        if i > first_numbered || !compact().eq("目录".chars()) {
            continue;
        }
        let run: Vec<usize> = (filled.get(k + 1..).unwrap_or_default().iter())
            .copied()
            .take_while(|&j| like[j] || boilerplate::is_paged_title(&lines[j]))
            .collect();
        if run.len() >= PAGED_CONTENTS_MIN {
            out[i] = true;
            for j in run {
                out[j] = true;
            }
        }
    }
    out
}

/// Joins a numbered line cut after a list comma or an opening bracket
/// (`二、学习贯彻…省委十三届八、`) with the plain line that goes on with it (`九次会议精神`), so
/// that a heading wrapped by the page keeps its whole title and the rest is not read as a
/// heading of its own.
fn join_open_headings(lines: &mut Vec<String>) {
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    for line in lines.drain(..) {
        let goes_on = out.last().is_some_and(|last: &String| {
            text::ends_open(last) && numbering::recognise(last).is_some()
        }) && !line.trim().is_empty()
            && numbering::recognise(&line).is_none();
        match out.last_mut() {
            Some(last) if goes_on => text::join(last, line.trim()),
            _ => out.push(line),
        }
    }
    *lines = out;
}

/// The plan a text with no numbered line sends its readers (`…现印发给你们`,
/// [`boilerplate::sent_by`]), when no plan's title stands after the sending line.
fn sent_alone(body: &[String]) -> Option<String> {
    let at = body
        .iter()
        .position(|l| boilerplate::sent_by(l).is_some_and(|(_, addressed)| addressed))?;
    let (name, _) = boilerplate::sent_by(&body[at])?;
    // (The plan sent, set out below under its name or another plan's title: `…任务分解表`.)
    let follows = body[at + 1..].iter().any(|l| {
        let t = l.trim();
        t == name || (boilerplate::is_title_candidate(t) && boilerplate::is_plan_title(t))
    });
    (!follows).then_some(name)
}

/// Start of the warning for a text that is a notice alone ([`boilerplate::notice_only`]).
const NOTICE_ONLY: &str = "只有印发通知";

/// A notice's numbered items kept as its text, no tasks or sections.
fn as_notice(doc: &mut Document) {
    // Ids are unique within tasks and within sections: each looked up once, by id.
    let lines: std::collections::HashMap<(bool, String), String> = (doc.tasks.iter())
        .map(|t| ((true, t.id.clone()), format!("{} {}", t.number, t.text)))
        .chain(
            (doc.sections.iter())
                .map(|s| ((false, s.id.clone()), format!("{} {}", s.number, s.title))),
        )
        .collect();
    doc.tasks.clear();
    doc.sections.clear();
    doc.goals.retain(|g| g.section.is_empty());
    let text_of = |p: &Passage| -> Passage {
        let key = match p {
            Passage::Task(id) => (true, id.clone()),
            Passage::Heading(id) => (false, id.clone()),
            Passage::Text(_) => return p.clone(),
        };
        lines
            .get(&key)
            .map_or_else(|| p.clone(), |l| Passage::Text(l.clone()))
    };
    doc.reading = doc.reading.iter().map(text_of).collect();
}

/// The numbering style of the items that carry the work: start at the top style, and go one
/// style deeper while at least half of the items of the current style have children of the
/// next one (`000`: all nine `一、` hold `（一）` items → tasks are `（一）`; a plan where a few
/// tasks list `（1）` details keeps the tasks at `1.`). Auxiliary sections and goal blocks are
/// not counted, and `一是` is a level only when the text has no other numbering.
fn task_style(tree: &Tree, roles: &Roles, tabled: bool) -> Option<Style> {
    let work: Vec<usize> = (0..tree.items.len())
        .filter(|&i| !roles.is_aux(i))
        .collect();
    let mut styles: Vec<Style> = work
        .iter()
        .filter_map(|&i| tree.items.get(i).map(|it| it.marker.style))
        .collect();
    crate::sort::sort(&mut styles);
    styles.dedup();
    if styles.len() > 1 && !points_under_headings(tree, &work, &styles) {
        // `一是`/`二是` enumerate inside a paragraph; with real numbering above, never a level.
        styles.retain(|s| *s != Style::HanShi);
    }
    let mut chosen = *styles.first()?;
    for next in styles.iter().skip(1) {
        let parent_ids: Vec<usize> = (work.iter().copied())
            .filter(|&i| {
                tree.items
                    .get(i)
                    .is_some_and(|it| it.marker.style == chosen)
            })
            .collect();
        // When the items one level down name their agencies as rows of a task table do, in a
        // text with a task table, a bare
        // heading at this level (no text, no items, no agencies: a group an excerpt of the table
        // left empty) is no evidence either way. Elsewhere a short line is as likely a task.
        let below: Vec<&Item> = (parent_ids.iter())
            .filter_map(|&i| tree.items.get(i))
            .flat_map(|p| p.children.iter().filter_map(|&c| tree.items.get(c)))
            .filter(|c| c.marker.style == *next)
            .collect();
        let rows = tabled
            && !below.is_empty()
            && below.iter().filter(|c| names_units(c)).count() * 2 > below.len();
        let parents: Vec<&Item> = parent_ids
            .iter()
            .filter_map(|&i| tree.items.get(i))
            .filter(|p| !(rows && is_bare_heading(p)))
            .collect();
        let with_children = parents
            .iter()
            .filter(|p| {
                p.children
                    .iter()
                    .filter_map(|&c| tree.items.get(c))
                    .any(|c| c.marker.style == *next)
            })
            .count();
        // A section that lists its work as points (`一是…`, on lines or inline) holds tasks
        // too, when other sections hold numbered ones.
        let with_points = if with_children > 0 && chosen < Style::HanShi {
            (parent_ids.iter())
                .filter(|&&i| holds_points(tree, i, *next))
                .count()
        } else {
            0
        };
        // Items under the section named for the work (`二、重点任务` over `1.…`) are the
        // tasks, however many prose sections stand beside it (`三、组织机构`, `四、宣传引导`).
        let under_work_heading = (parents.iter()).any(|p| {
            boilerplate::is_work_heading(&section_title(&p.first))
                && (p.children.iter().filter_map(|&c| tree.items.get(c)))
                    .any(|c| c.marker.style == *next)
        });
        let few = (with_children + with_points) * 2 < parents.len();
        if parents.is_empty() || (few && !under_work_heading) {
            break;
        }
        let detailed = parents
            .iter()
            .filter(|p| holds_details(tree, p, *next))
            .count();
        if detailed * 2 >= with_children {
            break;
        }
        chosen = *next;
    }
    Some(chosen)
}

/// True when the points (`一是`, `二是`, each on a line of its own) are the only numbering below
/// the top style and at least half of the top items are headings over two or more of them
/// (`一、打赢污染防治攻坚战` over `一是系统治水，…` `二是系统治气，…`): the headings are themes,
/// the points the work. Not when the points share one unit bracket after the last (then they
/// are one task's details).
fn points_under_headings(tree: &Tree, work: &[usize], styles: &[Style]) -> bool {
    let [top, Style::HanShi] = styles else {
        return false;
    };
    let tops: Vec<&Item> = (work.iter().filter_map(|&i| tree.items.get(i)))
        .filter(|it| it.marker.style == *top)
        .collect();
    let heads_points = |it: &&Item| it.children.len() >= 2 && theme_over_points(tree, it);
    let heads = tops.iter().filter(|it| heads_points(it)).count();
    heads > 0 && heads * 2 >= tops.len()
}

/// True for a theme heading over points that are its work (`一、打赢污染防治攻坚战` over
/// `一是…` `二是…`): a short heading with no text, no units and no colon of its own, whose
/// sub-items are all points that do not share one unit bracket after the last, nor a closing
/// line for all (`以上工作由县农业农村局牵头`).
fn theme_over_points(tree: &Tree, it: &Item) -> bool {
    let kids: Vec<&Item> = (it.children.iter().filter_map(|&c| tree.items.get(c))).collect();
    let owned = kids.iter().filter(|k| names_units(k)).count();
    let shared = kids.len() > 1 && owned == 1 && kids.last().is_some_and(|k| names_units(k));
    let closing = kids.last().is_some_and(|k| {
        (k.body.iter()).any(|l| {
            ["以上", "上述"]
                .iter()
                .any(|w| l.trim_start().starts_with(w))
        })
    });
    it.body.is_empty()
        && text::at_most_chars(&it.first, HEADING_MAX)
        && !it.first.trim_end().ends_with(['；', ';', '：', ':'])
        && !names_units(it)
        && only_points(tree, it)
        && !shared
        && !closing
}

/// True for the heading of a plan's work (`三、重点工作`) with nothing under it: the tasks were
/// in a table or an attachment the text lost. No task of its own.
fn empty_work_heading(item: &Item) -> bool {
    item.children.is_empty()
        && item.body.is_empty()
        && boilerplate::is_bare_work_heading(&section_title(&item.first))
        && !item.first.contains(['。', '，', ',', '；', ';'])
}

/// True for a leaf above the task level whose branch ends there: under its parent no item has
/// sub-items, and not all of them are bare headings (`二、健全社会福利网络：` over
/// `（一）保障…，修正社会救助法。` `（二）…`, where `一、`'s `（一）` hold `1、` tasks). The work of
/// such a branch sits one level up, so its items are tasks, not empty sections.
fn ends_branch(tree: &Tree, item: &Item) -> bool {
    let Some(parent) = item.parent.and_then(|p| tree.items.get(p)) else {
        return false;
    };
    let siblings = || (parent.children.iter()).filter_map(|&c| tree.items.get(c));
    item.children.is_empty()
        && siblings().all(|s| s.children.is_empty())
        && siblings().any(|s| !is_bare_heading(s))
}

/// True for a leaf beside items that have sub-items (`2. 开展专项整治` between `1.` and `3.`
/// over their `(1)`…): a task written as its heading alone, not a section left empty.
fn among_branches(tree: &Tree, item: &Item) -> bool {
    let Some(parent) = item.parent.and_then(|p| tree.items.get(p)) else {
        return false;
    };
    item.children.is_empty()
        && (parent.children.iter())
            .filter_map(|&c| tree.items.get(c))
            .any(|s| !s.children.is_empty())
}

/// True for a heading with nothing under it: no text after its line, no items, and a line
/// that is a title rather than a sentence.
fn is_bare_heading(item: &Item) -> bool {
    item.children.is_empty()
        && item.body.is_empty()
        && !item.first.trim_end().ends_with(['。', '；', ';', '！'])
        && !names_units(item)
}

/// True when an item's sub-items of `style` are details of it, not tasks: the item names its
/// own units (`…（县甲局负责）` before `①…`, or after the last of them only), introduces them
/// with a colon (`制度如下：`), or
/// they read as one enumerated sentence (`（1）…；（2）…；（3）…。`).
fn holds_details(tree: &Tree, item: &Item, style: Style) -> bool {
    // A goal or frame sub-item (`1.主要目标指标。` beside `2.重点工作举措。`) is no detail of
    // the work: the work sub-items are weighed alone.
    let kid_ids: Vec<usize> = item
        .children
        .iter()
        .copied()
        .filter(|&c| {
            tree.items.get(c).is_some_and(|k| {
                k.marker.style == style && !boilerplate::is_auxiliary(&section_title(&k.first))
            })
        })
        .collect();
    let kids: Vec<&Item> = kid_ids.iter().filter_map(|&c| tree.items.get(c)).collect();
    if kids.is_empty() {
        return false;
    }
    let ends_in_units = |c: usize| {
        tree.items.get(c).is_some_and(names_units)
            || tree::ends_with_unit_block(&full_text(tree, c))
    };
    // Sub-items that name their own units are tasks, whatever introduces them.
    let with_units = kid_ids.iter().filter(|&&k| ends_in_units(k)).count();
    if with_units * 2 > kid_ids.len() {
        return false;
    }
    let own = item.body.last().unwrap_or(&item.first);
    // A title naming the units of all its items (`一、强化科技创新（市科技局牵头）` over `（一）`
    // `（二）`) heads them; a sentence naming its units holds its details.
    let titled = titled_units(item);
    let own_units = names_units(item) && !titled;
    // Units after the last sub-item only (`（1）…（2）…（牵头单位：…）`) are the item's own.
    // Under a bare heading (`一、提升服务效能`), the last sub-item's own inline bracket
    // (`（二）优化服务。…。（牵头单位：…）`) is its own: only a unit line after it is shared.
    let bare_heading = item.body.is_empty() && !item.first.contains(['。', '：', ':']);
    let units_at_end = !titled
        && kid_ids.len() >= 2
        && kid_ids
            .last()
            .is_some_and(|&k| ends_in_units(k) && (!bare_heading || unit_line_last(tree, k)))
        && kid_ids.iter().rev().skip(1).all(|&k| !ends_in_units(k));
    // `具体职责如下：` introduces details; a heading `二、主要任务：` does not, nor a section's
    // sentence naming the work it lists (`重点抓好以下工作：`).
    let colon = own.ends_with(['：', ':'])
        && LIST_INTROS.iter().any(|w| own.contains(w))
        && !introduces_work(own);
    // Sub-items ending in `；` enumerate one sentence of the item's; under a bare heading
    // (`二、建好法治宣传阵地`) there is no sentence, and they are its items.
    let semicolons = !bare_heading
        && kids.len() >= 2
        && kids
            .iter()
            .take(kids.len() - 1)
            .all(|k| k.body.last().unwrap_or(&k.first).ends_with(['；', ';']));
    own_units || units_at_end || colon || semicolons
}

/// Words naming work in a list's introduction (`重点抓好以下工作：`, `做好以下几个方面：`).
const WORK_WORDS: &[&str] = &["工作", "任务", "方面", "措施", "举措"];

/// Words naming details in a list's introduction (`工作要求如下：`, `主要内容包括：`).
const DETAIL_WORDS: &[&str] = &[
    "要求", "职责", "标准", "内容", "条件", "程序", "流程", "制度", "原则", "范围",
];

/// True when a list's introduction (its last clause before the colon) names the work it lists
/// rather than details of one task.
fn introduces_work(intro: &str) -> bool {
    let clause = intro
        .trim_end_matches(['：', ':'])
        .rsplit(['，', ',', '。', '；', ';'])
        .next()
        .unwrap_or("");
    WORK_WORDS.iter().any(|w| clause.contains(w))
        && !DETAIL_WORDS.iter().any(|w| clause.contains(w))
}

/// Least number of sub-items for a bare heading at the task level to be their section
/// ([`heads_items`]): two could be a detail and its note.
const OWN_ITEMS_MIN: usize = 3;

/// True when `item`'s sub-items are items in their own right: [`OWN_ITEMS_MIN`] or more of
/// one numbering style, all of its children, each a paragraph (a heading sentence and more
/// text) or a line naming its own units, and not details of the item ([`holds_details`]: no
/// shared units, no `如下：`, no one enumerated sentence).
fn heads_items(tree: &Tree, item: &Item) -> bool {
    let kids: Vec<&Item> = (item.children.iter())
        .filter_map(|&c| tree.items.get(c))
        .collect();
    let Some(style) = kids.first().map(|k| k.marker.style) else {
        return false;
    };
    let paragraph = |k: &Item| {
        let rest = k
            .first
            .split_once(['。', '！', '？'])
            .map_or("", |(_, r)| r);
        !k.body.is_empty() || rest.chars().filter(|c| !c.is_whitespace()).count() >= HEADING_MAX
    };
    // (A row of a table read as plan text, `1.甲路（牵头单位：区甲局）`, is short but names who
    // does it: an item in its own right as a paragraph is.)
    let own_units = |k: &Item| k.body.is_empty() && tree::ends_with_unit_block(&k.first);
    kids.len() >= OWN_ITEMS_MIN
        && kids
            .iter()
            .all(|k| k.marker.style == style && (paragraph(k) || own_units(k)))
        && !holds_details(tree, item, style)
}

/// True when the last line of an item's text (its last descendant's) is a line of units
/// alone (`（牵头单位：…）`, `责任单位：…`), not a bracket closing a sentence.
fn unit_line_last(tree: &Tree, idx: usize) -> bool {
    let mut cur = idx;
    while let Some(&last) = tree.items.get(cur).and_then(|it| it.children.last()) {
        cur = last;
    }
    tree.items
        .get(cur)
        .and_then(|it| it.body.last())
        .is_some_and(|b| {
            tree::starts_with_unit_label(b)
                || (b.starts_with(['（', '(']) && tree::ends_with_unit_block(b))
        })
}

/// True when an item's heading line is a title with a unit bracket and nothing more
/// (`一、强化科技创新（市科技局牵头）`): no sentence before the bracket. Its units are those of
/// the items below, each of which may name more.
fn titled_units(item: &Item) -> bool {
    let first = item.first.trim_end();
    if !tree::ends_with_unit_block(first) {
        return false;
    }
    let title = first
        .rfind(['(', '（', '〔'])
        .and_then(|i| first.get(..i))
        .unwrap_or(first);
    (1..=HEADING_MAX).contains(&title.chars().count())
        && !title.contains(['。', '；', ';', '，', ',', '：', ':'])
}

/// True when an item's own lines end with a unit bracket or hold a unit line.
fn names_units(item: &Item) -> bool {
    let own = item.body.last().unwrap_or(&item.first);
    tree::ends_with_unit_block(own) || item.body.iter().any(|b| tree::starts_with_unit_label(b))
}

fn collect(tree: &Tree, doc: &mut Document, tabled: bool) {
    let roles = Roles::of(tree);
    // With no item that may carry work (a notice holding only `一、目标要求`, its tasks in an
    // attachment), the sections are still listed with their goals, and no item is a task.
    let style = match task_style(tree, &roles, tabled) {
        Some(style) => style,
        None if tree.items.is_empty() => return,
        None => Style::HanShi,
    };
    // At most one task and one passage per item but for inline points (a hint, not a bound):
    // tasks, large, are not moved at each doubling of the vectors.
    doc.tasks.reserve(tree.items.len());
    doc.reading.reserve(tree.items.len());
    let mut walk = Walk {
        tree,
        roles,
        style,
        taken: HashSet::new(),
        next_suffix: HashMap::new(),
    };
    for &root in &tree.roots {
        walk.visit(root, "", None, false, doc);
    }
}

/// What [`Walk::visit`] makes of an item.
struct Role {
    /// A task (else a section).
    is_task: bool,
    /// Under or itself an auxiliary section (保障措施, a review).
    aux: bool,
    /// A goal block, whose sub-items are goals.
    goal: bool,
    /// Points listed inline in a section's paragraph, each a task.
    inline: Vec<Item>,
}

/// A walk down the tree that lists sections and tasks, keeping ids unique.
struct Walk<'a> {
    tree: &'a Tree,
    /// What each item is by its title.
    roles: Roles,
    /// The numbering style of the tasks.
    style: Style,
    /// Ids given so far.
    taken: HashSet<String>,
    /// For each repeated number, the `#k` suffix to try next.
    next_suffix: HashMap<String, usize>,
}

impl Walk<'_> {
    fn visit(
        &mut self,
        idx: usize,
        path: &str,
        section: Option<&str>,
        aux_above: bool,
        doc: &mut Document,
    ) {
        let Some(item) = self.tree.items.get(idx) else {
            return;
        };
        let id = self.unique_id(child_id(path, &item.marker.number));
        let role = self.role(idx, item, aux_above, doc.kind);
        if role.is_task {
            self.push_task(idx, id, section, doc);
        } else {
            self.push_section(idx, &id, role, doc);
        }
    }

    /// What an item is: a task, or a section (auxiliary or not, a goal block or not, with its
    /// inline points).
    fn role(&self, idx: usize, item: &Item, aux_above: bool, kind: DocKind) -> Role {
        let tree = self.tree;
        // A plan that also looks back (`工作总结和工作计划`): its review sections hold no tasks.
        // (A paragraph under such a title, the section holding no items, only when the title
        // is plainly an account: `主要指标完成情况`, `2024年工作完成情况`; not a task on an
        // account, `督查整改完成情况`.)
        // (A leaf only at the top: a task-level `（二）工作进展情况。每月报送…` is work.)
        let looks_back = kind == DocKind::Plan
            && if item.children.is_empty() {
                item.parent.is_none() && boilerplate::is_plain_account(&item.first)
            } else {
                boilerplate::is_retrospective(&item.first)
            };
        let goal = self.roles.is_goal(idx);
        // A body: more lines, a first line too long for a heading, or text after the heading
        // sentence (`2.加强扬尘管控。达标率达到95%。（县甲局牵头）`).
        let after_heading = item
            .first
            .split_once(['。', '！', '？'])
            .is_some_and(|(_, rest)| !rest.trim().is_empty());
        // An item whose sub-items are all support or framing (`一、坚持…` over `（一）指导思想`
        // alone) is such a part itself, however its own title reads; not one with work of its
        // own (`一、实施老旧小区改造。年底前完成…（市住建局牵头）` over `实施步骤`, `保障措施`).
        let framed = !item.children.is_empty()
            && (item.children.iter()).all(|&c| self.roles.is_own_aux(c))
            && !after_heading
            && item.body.is_empty()
            && !boilerplate::has_unit_tag(&item.first);
        let aux = aux_above || looks_back || framed || self.roles.is_own_aux(idx);
        let has_body = !item.body.is_empty()
            || !text::at_most_chars(&item.first, HEADING_MAX)
            || after_heading;
        // In a plan, an item whose only sub-items are `一是`/`二是` is the task, they its text;
        // but a section above the task level holding only points has them as its tasks.
        let only_shi = kind == DocKind::Plan && only_points(tree, item);
        let points_are_tasks =
            only_shi && item.marker.style < self.style && theme_over_points(tree, item);
        let only_shi = only_shi && !points_are_tasks;
        // A section's paragraph that lists its points inline (`一是…；二是…`) gives them as tasks.
        let inline = if kind == DocKind::Plan && !aux && item.marker.style < self.style {
            inline_points(tree, idx)
        } else {
            Vec::new()
        };
        // Under 保障措施 / 组织实施, a leaf that names its own lead is a task all the same.
        let tagged = aux_above
            && item.children.is_empty()
            && boilerplate::has_unit_tag(&full_text(tree, idx));
        // A bare heading at the task level (the level where most items have no sub-items) over
        // items of its own (`（二）成效明显` over `1.…` to `8.…`, each a paragraph) is their
        // section, in a report or a plan alike.
        let heads_items = !has_body && item.marker.style == self.style && heads_items(tree, item);
        let is_task = !empty_work_heading(item)
            && (tagged
                || (!aux
                    && inline.is_empty()
                    && !heads_items
                    && (item.marker.style >= self.style
                        || (item.children.is_empty() && has_body)
                        || only_shi
                        || (!goal
                            && (ends_branch(tree, item) || among_branches(tree, item))
                            && !self.aux_beside(item)))));
        Role {
            is_task,
            aux,
            goal,
            inline,
        }
    }

    /// True when an item's parent or a sibling has an auxiliary title (`三、强化保障` over
    /// `（一）加强组织领导。` `（二）强化督查考核。`): a support section, not a branch of work.
    fn aux_beside(&self, item: &Item) -> bool {
        let Some(p) = item.parent else {
            return false;
        };
        self.roles.is_own_aux(p)
            || (self.tree.items.get(p))
                .is_some_and(|parent| (parent.children.iter()).any(|&c| self.roles.is_own_aux(c)))
    }

    /// Lists item `idx` as a task with its whole text, then its closing lines.
    fn push_task(&self, idx: usize, id: String, section: Option<&str>, doc: &mut Document) {
        let tree = self.tree;
        let Some(item) = tree.items.get(idx) else {
            return;
        };
        let full = text::normalise_spaces_owned(full_text(tree, idx));
        // A number with nothing after it (`（二）` where a page's text stops) is no task.
        if full.trim().is_empty() {
            closing_of(tree, idx, doc);
            return;
        }
        let lost = lost_items(item);
        if !lost.is_empty() {
            doc.warnings.push(format!(
                "编号可能缺失：任务 {id} 中的“{}”与它的标题“{}”同样写法，像是丢了编号的另一项，已并入该任务，请核对原文",
                lost.join("”“"),
                short_head(&item.first).unwrap_or_default()
            ));
        }
        doc.reading.push(Passage::Task(id.clone()));
        doc.tasks.push(Task {
            id,
            number: item.marker.number.clone(),
            heading: heading(item),
            text: full,
            section: section.map(str::to_string),
            ..Task::default()
        });
        closing_of(tree, idx, doc);
    }

    /// Lists item `idx` as a section: its goals, its heading and lead text, its inline points
    /// as tasks, then its children and closing lines.
    fn push_section(&mut self, idx: usize, id: &str, role: Role, doc: &mut Document) {
        let tree = self.tree;
        let Some(item) = tree.items.get(idx) else {
            return;
        };
        let Role {
            aux, goal, inline, ..
        } = role;
        if empty_work_heading(item) {
            doc.warnings.push(format!(
                "“{}”下没有任务：原文的任务可能在表格、图片或附件里，未能读出；请核对原文，或改用含任务正文的文件",
                section_title(&item.first)
            ));
        }
        // A section's own lines (a preamble's, or a section's `目标：…` above its tasks) may
        // hold goals.
        let goal_texts = if goal {
            goals::texts(tree, idx, &|c| full_text(tree, c))
        } else {
            match goals::in_body(item) {
                found if !found.is_empty() => found,
                _ => match goals::in_requirements(item) {
                    found if found.is_empty() && !aux => {
                        goals::in_lead(item, boilerplate::first_year(&doc.title))
                    }
                    found => found,
                },
            }
        };
        doc.goals.extend(
            (goal_texts.iter().map(|t| text::normalise_spaces(t)))
                .filter(|t| !t.trim().is_empty())
                .map(|text| Goal {
                    section: id.to_string(),
                    text,
                    targets: Vec::new(),
                }),
        );
        doc.sections.push(Section {
            id: id.to_string(),
            number: item.marker.number.clone(),
            title: section_title(&item.first),
            auxiliary: aux,
        });
        doc.reading.push(Passage::Heading(id.to_string()));
        // A goal block's sub-items are its goals, already read.
        if goal {
            let goals = goal_texts.iter().map(|t| text::normalise_spaces(t));
            doc.reading
                .extend(goals.filter(|t| !t.trim().is_empty()).map(Passage::Text));
            closing_of(tree, idx, doc);
            return;
        }
        if inline.is_empty() {
            doc.reading
                .extend(lead_text(item).into_iter().map(Passage::Text));
        }
        for point in inline {
            let point_id = self.unique_id(child_id(id, &point.marker.number));
            doc.reading.push(Passage::Task(point_id.clone()));
            doc.tasks.push(Task {
                id: point_id,
                number: point.marker.number.clone(),
                heading: heading(&point),
                text: text::normalise_spaces(&point.first),
                section: Some(id.to_string()),
                ..Task::default()
            });
        }
        for &child in &item.children {
            let aux = aux && !self.roles.is_freed(child);
            self.visit(child, id, Some(id), aux, doc);
        }
        push_texts(doc, &item.closing);
    }

    /// A repeated number (`（二）` twice under `二、`) keeps both items: the second gets `#2`,
    /// the third `#3` (the numbering warning says so already).
    /// The suffix to try next is kept per number, so a number repeated thousands of times
    /// (a long file of concatenated plans or table groups) costs no more than once each.
    /// The id is hashed once when it is new (most ids): `insert` tells whether it was taken.
    fn unique_id(&mut self, id: String) -> String {
        if self.taken.insert(id.clone()) {
            return id;
        }
        let from = self.next_suffix.get(&id).copied().unwrap_or(2);
        let (k, unique) = (from..)
            .map(|k| (k, format!("{id}#{k}")))
            .find(|(_, c)| !self.taken.contains(c))
            .unwrap_or((from, id.clone()));
        self.next_suffix.insert(id, k + 1);
        self.taken.insert(unique.clone());
        unique
    }
}

/// The id of an item numbered `number` under the section `path` (`"二"`, `"3"` → `"二/3"`; a
/// root's id is its number). Built with `push_str`, not `format!`: one id per item, and the
/// formatting machinery cost more than the copy.
fn child_id(path: &str, number: &str) -> String {
    if path.is_empty() {
        return number.to_string();
    }
    let mut id = String::with_capacity(path.len() + 1 + number.len());
    id.push_str(path);
    id.push('/');
    id.push_str(number);
    id
}

/// A section's own text after its title: the rest of its first line after the title sentence,
/// then its continuation lines (`二、深化改革。今年要…` → `今年要…`), white space normalised.
fn lead_text(item: &Item) -> Vec<String> {
    let rest = item
        .first
        .split_once('。')
        .map_or("", |(_, rest)| rest)
        .trim();
    std::iter::once(rest)
        .chain(item.body.iter().map(String::as_str))
        .map(text::normalise_spaces)
        .filter(|t| !t.trim().is_empty())
        .collect()
}

/// Adds paragraphs to the reading order as un-numbered text.
fn push_texts(doc: &mut Document, texts: &[String]) {
    doc.reading.extend(
        (texts.iter())
            .map(|t| text::normalise_spaces(t))
            .filter(|t| !t.trim().is_empty())
            .map(Passage::Text),
    );
}

/// The closing remarks of an item read whole (a task, a goal block) and of its sub-items, in
/// document order, into the reading order after it.
fn closing_of(tree: &Tree, idx: usize, doc: &mut Document) {
    let Some(item) = tree.items.get(idx) else {
        return;
    };
    for &child in &item.children {
        closing_of(tree, child, doc);
    }
    push_texts(doc, &item.closing);
}

/// True when an item has no sub-items of `next` style but two or more points, as sub-items
/// or inline in its paragraph.
fn holds_points(tree: &Tree, idx: usize, next: Style) -> bool {
    let Some(item) = tree.items.get(idx) else {
        return false;
    };
    let kids = || item.children.iter().filter_map(|&c| tree.items.get(c));
    if kids().any(|c| c.marker.style == next) {
        return false;
    }
    let points = kids().filter(|c| c.marker.style == Style::HanShi).count();
    (points >= 2 && only_points(tree, item)) || inline_points(tree, idx).len() >= 2
}

/// True when an item has sub-items and all are points (`一是`, `二是`).
fn only_points(tree: &Tree, item: &Item) -> bool {
    !item.children.is_empty()
        && (item.children.iter())
            .filter_map(|&c| tree.items.get(c))
            .all(|c| c.marker.style == Style::HanShi)
}

/// The points a leaf's paragraph lists inline (`着力抓好以下工作：一是…；二是…。`), two or
/// more, as items of their own; none when the list shares one unit bracket after its last
/// point (the paragraph is then one task). A unit bracket after the last point when the
/// points name their own units is the last point's; another closing remark is dropped.
fn inline_points(tree: &Tree, idx: usize) -> Vec<Item> {
    let Some(item) = tree.items.get(idx).filter(|it| it.children.is_empty()) else {
        return Vec::new();
    };
    if !item
        .body
        .iter()
        .chain([&item.first])
        .any(|l| l.contains('是'))
    {
        return Vec::new();
    }
    let mut points: Vec<Item> = Vec::new();
    let mut closing: Option<String> = None;
    for piece in resegment::split_inline_points(&full_text(tree, idx)) {
        match numbering::recognise(&piece) {
            Some((marker, rest)) if marker.style == Style::HanShi => {
                points.push(Item::leaf(marker, rest));
            }
            _ if !points.is_empty() => closing = Some(piece),
            _ => {}
        }
    }
    if points.len() < 2 {
        return Vec::new();
    }
    if let Some(c) = closing.filter(|c| c.starts_with(['（', '(']) && tree::ends_with_unit_block(c))
    {
        let own_units = points.iter().any(|p| tree::ends_with_unit_block(&p.first));
        if !own_units {
            return Vec::new();
        }
        if let Some(last) = points.last_mut() {
            text::join(&mut last.first, &c);
        }
    }
    points
}

/// An item's text with its continuation lines and sub-items (markers as written) folded in.
fn full_text(tree: &Tree, idx: usize) -> String {
    let mut out = String::new();
    push_full_text(tree, idx, &mut out);
    out
}

/// Appends [`full_text`] of item `idx` to `out`, written into the one buffer: no string per
/// sub-item (a section's text was built once per level below it). Each join looks only at the
/// item's own text written so far (from `start`), as on a string of its own.
fn push_full_text(tree: &Tree, idx: usize, out: &mut String) {
    let Some(item) = tree.items.get(idx) else {
        return;
    };
    let start = out.len();
    out.push_str(&item.first);
    if ends_at_heading(tree, item) {
        out.push('。');
    }
    for b in &item.body {
        join_from(out, start, b);
    }
    for &c in &item.children {
        if let Some(child) = tree.items.get(c) {
            // The piece (marker as written, then the sub-item's text) is written first; the
            // space a join puts before it, when one is due, goes in after.
            let at = out.len();
            out.push_str(&child.marker.raw);
            push_full_text(tree, c, out);
            let own = out.get(start..at).unwrap_or_default();
            let piece = out.get(at..).unwrap_or_default();
            if let (Some(l), Some(f)) = (own.chars().last(), piece.chars().next()) {
                if !(text::is_wide(l) || text::is_wide(f)) {
                    out.insert(at, ' ');
                }
            }
        }
    }
}

/// Longest heading read as a short one of its own sentence (`补短板。`).
const SHORT_HEAD_MAX: usize = 8;

/// Least text after a short heading on its line for the line to read as a heading and its
/// body (`补短板。充实工作力量…`), not a short sentence alone (`建设幼儿园。`).
const SHORT_HEAD_BODY_MIN: usize = 10;

/// The short heading a line opens on, as its own sentence with its body after it
/// (`补短板。充实…` → `补短板`): two to [`SHORT_HEAD_MAX`] Chinese characters, then `。`.
fn short_head(line: &str) -> Option<&str> {
    let line = line.trim_start();
    let (head, body) = line.split_once('。')?;
    let n = head.chars().count();
    ((2..=SHORT_HEAD_MAX).contains(&n)
        && head.chars().all(crate::chars::is_common_han)
        && !text::at_most_chars(body.trim(), SHORT_HEAD_BODY_MIN - 1))
    .then_some(head)
}

/// Paragraphs of an item that open on a short heading sentence as the item itself does
/// (`一、补短板。…` with `防风险。…` and `抓重点。…` below): items whose numbers were lost.
fn lost_items(item: &Item) -> Vec<&str> {
    if short_head(&item.first).is_none() {
        return Vec::new();
    }
    let heads: Vec<&str> = (item.body.iter())
        .filter_map(|l| short_head(l))
        .filter(|h| !NOT_HEADS.iter().any(|w| h.contains(w)))
        .collect();
    // One such paragraph may be a short sentence opening the next point; two or more make
    // a list.
    if heads.len() >= 2 {
        heads
    } else {
        Vec::new()
    }
}

/// Words of a short opening sentence that says something of the item rather than naming
/// another (`具体时间安排。`, `目标明确。`, `要求如下。`).
const NOT_HEADS: &[&str] = &["要", "具体", "明确", "如下", "安排", "以下"];

/// [`text::join`] of `b` onto the text `out[start..]`.
fn join_from(out: &mut String, start: usize, b: &str) {
    let last = out.get(start..).and_then(|own| own.chars().last());
    if let (Some(l), Some(f)) = (last, b.chars().next()) {
        if !(text::is_wide(l) || text::is_wide(f)) {
            out.push(' ');
        }
    }
    out.push_str(b);
}

/// The heading sentence: up to the first `。` (or the whole line when the heading stands on
/// its own line), without a unit bracket; a first sentence too long to be a heading falls back
/// to its first clause.
fn heading(item: &Item) -> String {
    // A first line that the next goes on from (`全市新增城镇就业人数` over `达到5000人以上。`,
    // a PDF's wrap; `深入实施` over its object) is read with it.
    let wrapped = (item.body.first())
        .filter(|b| {
            !item.first.contains(['。', '！', '？'])
                && (text::goes_on(b)
                    || text::ends_mid_clause(&item.first)
                    || text::object_of(&item.first, b))
        })
        .map(|b| {
            let mut line = item.first.clone();
            text::join(&mut line, b.trim());
            line
        });
    let first = wrapped.as_deref().unwrap_or(&item.first);
    // `【完善决策机制】制定…`: a title set in brackets before the text is the heading.
    if let Some((title, _)) = bracketed_title(first) {
        return shorten(title);
    }
    // Han chars are passed with one range test before the three stops are compared.
    let stop = |c: char| !crate::chars::is_common_han(c) && matches!(c, '。' | '！' | '？');
    let sentence = match first.find(stop) {
        Some(i) => first.get(..i).unwrap_or(first),
        None => first,
    };
    // `一是…（甲局负责）；`: the point's closing `；` comes after its unit bracket.
    let sentence = sentence.trim_end_matches(['；', ';', ' ']);
    let sentence = match sentence.rfind(['(', '（']) {
        Some(i) if tree::ends_with_unit_block(sentence) => sentence.get(..i).unwrap_or(sentence),
        _ => sentence,
    };
    // `提高安全意识：加强宣传教育，…`: a short label before a colon names the item.
    if let Some((label, rest)) = sentence.split_once(['：', ':']) {
        let n = label.chars().count();
        let label_t = label.trim();
        // Not a sentence leading into its list (`整治范围包括：`, `按照文件要求：`).
        let lead_in = ["包括", "如下", "规定", "要求", "为", "是"]
            .iter()
            .any(|e| label_t.ends_with(e))
            || ["按照", "根据", "依据", "对照"]
                .iter()
                .any(|o| label_t.starts_with(o));
        let plain = !lead_in
            && !label.contains(['，', ',', '、', '（', '(', '“', '"', '《'])
            && !label.chars().any(|c| c.is_ascii_digit())
            && !GENERIC_LABELS.contains(&label.trim())
            && !["单位", "部门", "局", "委", "办", "政府", "中心"]
                .iter()
                .any(|e| label.trim().ends_with(e));
        if (LABEL_MIN..=LABEL_MAX).contains(&n) && plain && !rest.trim().is_empty() {
            return shorten(label.trim());
        }
    }
    let sentence = past_roles(past_date(sentence));
    // A point (`一是深化审批改革，全面推行…`) is named by its first clause.
    let sentence = match sentence.split_once(['，', ',']) {
        Some((clause, _)) if item.marker.style == Style::HanShi && clause.chars().count() >= 2 => {
            clause
        }
        _ => sentence,
    };
    shorten(unbracketed(
        sentence.trim_end_matches(['；', ';', '，', ',', ' ']),
    ))
}

/// A sentence past a first clause that only dates it (`6月1日上午，召开新闻发布会` → `召开新闻
/// 发布会`): an item opening on its date is named by its work.
fn past_date(sentence: &str) -> &str {
    let Some((clause, rest)) = sentence.split_once(['，', ',']) else {
        return sentence;
    };
    let dated = clause.starts_with(|c: char| c.is_ascii_digit())
        && clause.contains(['月', '日'])
        && clause
            .chars()
            .all(|c| c.is_ascii_digit() || DATE_CHARS.contains(c));
    // (Not a date that is the subject: `6月16日，为全国安全生产咨询日`.)
    let rest_t = rest.trim_start();
    if dated && !rest_t.is_empty() && !rest_t.starts_with(['为', '是']) {
        rest.trim_start()
    } else {
        sentence
    }
}

/// Characters of a clause that only dates an item (`6月1日上午`, `6月2日至30日`).
const DATE_CHARS: &str = "年月日号至到—－-~～上下午中旬底初前起";

/// Longest clause read as saying who does an item's work before the work itself.
const ROLE_CLAUSE_MAX: usize = 40;

/// A sentence past the clauses that open it saying who does the work (`由市农业局负责，市市场
/// 监管局配合，加强养殖基地用药监管` → `加强养殖基地用药监管`): the first opens on `由`, each
/// ends on a role word; the sentence whole when no work follows them.
fn past_roles(sentence: &str) -> &str {
    if !sentence.starts_with('由') {
        return sentence;
    }
    let mut rest = sentence;
    while let Some((clause, after)) = rest.split_once(['，', ',']) {
        let role = clause.chars().count() <= ROLE_CLAUSE_MAX
            && words::ROLE_ENDINGS
                .iter()
                .any(|e| clause.trim().ends_with(e));
        if !role {
            break;
        }
        rest = after.trim_start();
    }
    // (Only work after them: `由市住建局负责，确保完成` keeps its sentence.)
    if rest.len() < sentence.len() && words::opens_work_clause(rest) {
        rest
    } else {
        sentence
    }
}

/// Labels before a colon that name a field, not the item (`时间：…`, `工作措施：…`).
const GENERIC_LABELS: &[&str] = &[
    "时间",
    "完成时间",
    "完成时限",
    "时限",
    "要求",
    "工作要求",
    "具体要求",
    "原则上",
    "内容",
    "主要内容",
    "具体内容",
    "注意",
    "说明",
    "备注",
    "目标",
    "工作目标",
    "措施",
    "工作措施",
    "具体措施",
    "主要措施",
    "任务",
    "具体任务",
    "重点",
    "地点",
    "对象",
    "范围",
    "方式",
    "标准",
];

/// Shortest and longest label before a colon that names its item (`检查仓库：每月一次。`).
const LABEL_MIN: usize = 2;
const LABEL_MAX: usize = 20;

/// Brackets that set a title off before its text: (open, close).
const TITLE_BRACKETS: &[(char, char)] = &[('【', '】'), ('[', ']')];

/// `"【完善机制】制定目录。"` → `("完善机制", "制定目录。")`: a short bracketed title at the start.
fn bracketed_title(first: &str) -> Option<(&str, &str)> {
    let (open, close) = TITLE_BRACKETS
        .iter()
        .find(|(o, _)| first.starts_with(*o))
        .copied()?;
    let rest = first.get(open.len_utf8()..)?;
    let (title, after) = rest.split_once(close)?;
    let n = title.chars().count();
    ((2..=HEADING_MAX).contains(&n) && !title.contains(['。', open])).then_some((title, after))
}

/// A heading set in brackets (`【推进决策公开】`) without them.
fn unbracketed(t: &str) -> &str {
    t.strip_prefix('【')
        .and_then(|s| s.strip_suffix('】'))
        .filter(|s| !s.contains(['【', '】']))
        .unwrap_or(t)
}

/// A heading phrase of at most [`HEADING_MAX`] characters: the sentence, else its first clause.
fn shorten(sentence: &str) -> String {
    if sentence.chars().count() <= HEADING_MAX {
        return sentence.to_string();
    }
    let clause = first_clause(sentence);
    if clause.chars().count() <= 30 {
        clause.to_string()
    } else {
        // A clause listing its work (`认真落实依法确定权力、科学配置权力、…`): its first items,
        // whole, up to the length of a heading.
        // (Only work named by its verb: `区人大…要通过听取…、执法检查…` opens on no work.)
        let head: String = clause.chars().take(30).collect();
        let mut depth = 0i32;
        let mut last = None;
        for (k, c) in head.char_indices() {
            match c {
                '“' | '《' | '（' | '(' | '「' | '‘' => depth += 1,
                '”' | '》' | '）' | ')' | '」' | '’' => depth = (depth - 1).max(0),
                '、' if depth == 0 => last = Some(k),
                _ => {}
            }
        }
        match last {
            Some(k)
                if head[..k].chars().count() >= LISTED_HEAD_MIN
                    && words::opens_work_clause(&head) =>
            {
                head[..k].to_string()
            }
            _ => String::new(),
        }
    }
}

/// True when an item's text ends at its first line, a heading alone over its body
/// ([`text::ends_at_heading`]): in a plan that sets its headings so, or a heading that opens on
/// its work (`提高普法针对性`) over a body line of its own.
fn ends_at_heading(tree: &Tree, item: &tree::Item) -> bool {
    text::ends_at_heading(&item.first, &item.body)
        && (tree.headings_alone || words::opens_work_clause(&item.first))
}

/// Fewest characters of a heading made of a long clause's first listed items.
const LISTED_HEAD_MIN: usize = 8;

/// The first clause of a sentence: up to its first comma or semicolon outside quotes and
/// brackets (`秉承“深耕一域，做熟一域”的发展思路`, not `秉承“深耕一域`).
fn first_clause(sentence: &str) -> &str {
    let mut depth = 0i32;
    for (i, c) in sentence.char_indices() {
        match c {
            '“' | '《' | '（' | '(' | '「' | '‘' => depth += 1,
            '”' | '》' | '）' | ')' | '」' | '’' => depth = (depth - 1).max(0),
            '，' | ',' | '；' | ';' if depth == 0 => return &sentence[..i],
            _ => {}
        }
    }
    sentence
}

fn section_title(first: &str) -> String {
    let t = match first.find('。') {
        Some(i) => first.get(..i).unwrap_or(first),
        None => first,
    };
    let t = unbracketed(t.trim_end_matches(['：', ':', ' ']));
    match shorten(t) {
        s if s.is_empty() => t.chars().take(HEADING_MAX).collect(),
        s => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_task_lines_beside_one_with_sub_items_stay_tasks() {
        let ids =
            |text: &str| -> Vec<String> { outline(text).tasks.into_iter().map(|t| t.id).collect() };
        // Task lines without a full stop and without agencies are no bare headings.
        let plan = "示例县2024年工作要点\n一、加强制度建设\n1.健全合法性审核机制\n2.推进决策程序规范化\n（1）编制决策事项目录\n（2）开展决策后评估\n3.加强执法人员管理\n二、规范执法行为\n4.推行执法三项制度\n5.开展案卷评查\n6.推进包容审慎监管";
        assert_eq!(ids(plan), ["一/1", "一/2", "一/3", "二/4", "二/5", "二/6"]);
        let with_units = "示例县2024年工作要点\n1.健全合法性审核机制（牵头单位：县司法局）\n2.推进决策程序规范化（牵头单位：县政府办）\n（1）编制决策事项目录\n（2）开展决策后评估\n3.加强执法人员管理（牵头单位：县司法局）\n4.推行执法三项制度（牵头单位：县司法局）";
        assert_eq!(ids(with_units), ["1", "2", "3", "4"]);
        // One-line items beside one whose sub-items name agencies stay tasks outside a table
        // (in a task table, groups an excerpt left empty: `table_formats.rs`).
        let groups = "示例县2024年工作要点\n一、推进标准化\n二、加强政策解读\n（一）解读重大政策。（牵头单位：县政府办）\n（二）举办吹风会。（牵头单位：县融媒体中心）\n三、做好依申请公开\n四、加强网站建设";
        assert_eq!(ids(groups), ["一", "二", "三", "四"]);
    }

    /// [`full_text`] as it was first written, a string per sub-item: the reference.
    fn full_text_by_pieces(tree: &Tree, idx: usize) -> String {
        let Some(item) = tree.items.get(idx) else {
            return String::new();
        };
        let mut s = item.first.clone();
        if ends_at_heading(tree, item) {
            s.push('。');
        }
        for b in &item.body {
            text::join(&mut s, b);
        }
        for &c in &item.children {
            if let Some(child) = tree.items.get(c) {
                let mut piece = child.marker.raw.clone();
                piece.push_str(&full_text_by_pieces(tree, c));
                text::join(&mut s, &piece);
            }
        }
        s
    }

    #[test]
    fn full_text_in_one_buffer_is_the_text_by_pieces() {
        let texts = [
            "一、总体要求\n（一）推进学法。每年学法不少于4次。\n（二）规范执法\nstep one\n1.a\n2.b c\n二、保障\n（一）\n1.市甲局\n",
            "一、\n1.\nabc\n2.x\n（1）y\n（2）\nz\n3.示例市\nw\n",
            "1.Plan A\nmore text\n2.Plan B\n（1）sub one\n（2）子项\n",
        ];
        for t in texts {
            let lines: Vec<String> = t.lines().map(text::clean_line).collect();
            let tree = tree::build(&lines);
            for idx in 0..tree.items.len() + 1 {
                assert_eq!(
                    full_text(&tree, idx),
                    full_text_by_pieces(&tree, idx),
                    "{t:?} {idx}"
                );
            }
        }
    }

    #[test]
    fn child_ids_join_path_and_number() {
        for (path, number) in [("", "一"), ("二", "3"), ("二/（一）", "①"), ("a", "")] {
            let expected = if path.is_empty() {
                number.to_string()
            } else {
                format!("{path}/{number}")
            };
            assert_eq!(child_id(path, number), expected);
        }
    }

    #[test]
    fn each_title_bracket_sets_off_a_heading() {
        for (o, c) in TITLE_BRACKETS {
            let doc = outline(&format!(
                "示例市工作要点\n一、甲类\n1.{o}完善机制{c}制定目录，公开率达到100%。\n2.{o}加强审查{c}审查率达到100%。"
            ));
            let heads: Vec<&str> = doc.tasks.iter().map(|t| t.heading.as_str()).collect();
            assert_eq!(heads, ["完善机制", "加强审查"], "{o}{c}");
        }
        assert_eq!(bracketed_title("【甲】乙"), None);
        assert_eq!(bracketed_title("推进【甲乙】"), None);
    }

    #[test]
    fn a_number_repeated_many_times_gets_each_suffix_once() {
        let mut text = String::from("示例市工作要点\n");
        for k in 0..3000 {
            text.push_str(&format!("一、第{k}组\n（一）开展检查。每年检查{k}次。\n"));
        }
        let doc = outline(&text);
        assert_eq!(doc.tasks.len(), 3000);
        assert_eq!(doc.sections.len(), 3000);
        assert_eq!(doc.sections[1].id, "一#2");
        assert_eq!(doc.sections[2999].id, "一#3000");
        assert_eq!(doc.tasks[2999].id, "一#3000/(一)");
        let ids: HashSet<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids.len(), 3000);
    }
}
