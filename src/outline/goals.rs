//! Goal blocks (总体目标, 发展目标, 主要目标, 目标任务…): the plan's goals with their figures,
//! kept apart from its tasks.
//!
//! A goal block is a numbered item titled like a goal whose content is prose or figures, not
//! tasks: `（二）发展目标` over `到2025年，…达到38%以上。`; `二、目标任务` over `1.…` `2.…` when the
//! plan carries its tasks elsewhere, but not when `二、目标任务` holds the plan's tasks itself.
//! A goal line inside a preamble (`工作目标：到2025年…`) is a goal too, and so is a section's own
//! goal line above its measures (`五、健全执法体制` / `目标：…满意度达到90%以上。` / `措施：`).

use super::boilerplate;
use super::text;
use super::tree::{Item, Tree};

/// Titles of a goal block, matched at the start of the item's line.
const GOAL_TITLES: &[&str] = &[
    "总体目标",
    "主要目标指标",
    "主要目标",
    "主要预期目标",
    "预期目标",
    "主要指标",
    "目标指标",
    "发展目标",
    "工作目标",
    "行动目标",
    "建设目标",
    "目标任务",
    "任务目标",
    "具体目标",
    "年度目标",
    // A year's figures said as its tasks (`二、年度工作任务` over `引进亿元以上项目8个…`).
    "年度工作任务",
    "年度任务",
    "阶段目标",
    "目标要求",
    "任务指标",
    "指标任务",
    "具体指标",
    "考核指标",
    "量化指标",
    "目标体系",
    "目标设定",
    "预期成效",
    "预期效果",
    "活动目标",
    // Last: a section's own `目标：…` line beside its `措施：` (the longer titles first).
    "目标",
];

/// Goal titles that head the year's work when items are under them ([`blocks`]).
const YEARS_TASKS: &[&str] = &["年度工作任务", "年度任务"];

/// Words that may join a goal title to its text (`总体目标是：`, `主要目标为`).
const JOINERS: &[&str] = &["设置为", "设定为", "如下", "是", "为"];

/// Punctuation that ends a goal title before its text.
const TITLE_ENDS: &[char] = &['。', '：', ':', '，', ',', '；', ';', '】', ']'];

/// The text after a goal title when `line` starts with one (`"发展目标：到2025年…"` →
/// `Some("到2025年…")`, `"主要目标"` → `Some("")`); `None` for any other line
/// (`目标任务完成率达到100%` goes on as a sentence, it is no title).
pub fn after_title(line: &str) -> Option<&str> {
    let t = line.trim_start_matches(['【', '[']);
    // Most lines are told by their first character.
    let first = t.chars().next()?;
    if !GOAL_TITLES.iter().any(|g| g.starts_with(first)) {
        return None;
    }
    GOAL_TITLES.iter().find_map(|g| {
        let rest = t.strip_prefix(g)?;
        let rest = JOINERS
            .iter()
            .find_map(|j| rest.strip_prefix(j))
            .unwrap_or(rest);
        let rest = rest.trim_start();
        if rest.is_empty() {
            return Some(rest);
        }
        let after = rest.trim_start_matches(TITLE_ENDS);
        (after.len() < rest.len()).then_some(after.trim_start())
    })
}

/// Longest title of a field's goals read by its ending ([`names_a_field_goal`]).
const FIELD_GOAL_MAX: usize = 10;

/// Words that open a task aiming at a goal (`实现碳达峰目标`), not a goal block's title.
const GOAL_VERBS: &[&str] = &[
    "实现", "完成", "确保", "落实", "围绕", "推进", "推动", "达到", "锚定", "聚焦", "全面", "全力",
    "冲刺", "力争", "努力", "奋力", "对标", "瞄准", "紧扣", "紧盯", "坚持", "加快", "强化", "加强",
    "巩固", "明确", "坚定", "服务", "保障",
];

/// True when a line is a short title naming one field's goals (`水环境质量目标`, `空气质量目标`):
/// a goal block's title as much as `主要目标` is, but for a field.
fn names_a_field_goal(t: &str) -> bool {
    let t = t.trim().trim_end_matches(['：', ':']);
    t.ends_with("目标")
        && t.chars().count() <= FIELD_GOAL_MAX
        && t.chars()
            .all(|c| crate::chars::is_common_han(c) || c == '“' || c == '”')
        && !GOAL_VERBS.iter().any(|v| t.starts_with(v))
}

/// Scope words a goal block's heading may put between its year and its title
/// (`2022年发展主要预期目标`, `全年主要目标`).
const GOAL_SCOPES: &[&str] = &["经济社会发展", "发展", "全年", "年度", "今年", "整改"];

/// True for a heading that is a goal title after a year and a scope word
/// (`2022年发展主要预期目标`, `年度主要指标：`), or two goal titles joined (`工作目标和主要指标`);
/// not a task or a section aiming at goals (`盯紧全年主要目标`, `监测主要指标`).
fn ends_in_goal_title(line: &str) -> bool {
    let t = line.trim().trim_end_matches(['：', ':']);
    let undated = t;
    let t = boilerplate::without_year(t);
    let dated = t.len() < undated.len();
    let t = GOAL_SCOPES
        .iter()
        .find_map(|s| t.strip_prefix(s))
        .unwrap_or(t);
    let title = |x: &str| GOAL_TITLES.iter().any(|g| *g == x && *g != "目标");
    // (`2023年体育工作目标`: a field's goals after the year.)
    let dated_field = dated && names_a_field_goal(t);
    title(t)
        || dated_field
        || t.split_once('和')
            .is_some_and(|(a, b)| title(a) && title(b))
}

/// Per item of `tree`, whether it is a goal block. `aux[i]` says whether item `i` or one of its
/// ancestors has an auxiliary title (指导思想, 保障措施…): such items carry no work.
///
/// A goal-titled item is a block when none of its lines names units (`（牵头单位：…）` makes
/// it a task) and, unless its title is an auxiliary one (`主要目标`), it is a leaf or the plan
/// carries work outside it.
pub fn blocks(tree: &Tree, aux: &[bool]) -> Vec<bool> {
    let n = tree.items.len();
    // Work items (not under an auxiliary title) in each item's subtree, itself included:
    // children come after their parents, so one pass from the end adds each to its parent.
    let mut work = vec![0usize; n];
    for i in (0..n).rev() {
        let own = usize::from(!aux.get(i).copied().unwrap_or(true));
        let total = work.get(i).copied().unwrap_or(0) + own;
        if let Some(w) = work.get_mut(i) {
            *w = total;
        }
        if let Some(p) = tree.items.get(i).and_then(|it| it.parent) {
            if let Some(w) = work.get_mut(p) {
                *w += total;
            }
        }
    }
    let all_work: usize = tree
        .roots
        .iter()
        .filter_map(|&r| work.get(r))
        .copied()
        .sum();
    (0..n)
        .map(|i| {
            let Some(item) = tree.items.get(i) else {
                return false;
            };
            // A field's goals (`水环境质量目标`) only as a block of prose: with items under it,
            // such a title heads work.
            let field = item.children.is_empty() && names_a_field_goal(&item.first);
            // A year's tasks (`年度工作任务`) are its goals only as prose: over items, its work.
            if !item.children.is_empty() && YEARS_TASKS.iter().any(|t| item.first.starts_with(t)) {
                return false;
            }
            if after_title(&item.first).is_none() && !field && !ends_in_goal_title(&item.first) {
                return false;
            }
            let inside = work.get(i).copied().unwrap_or(0);
            let apart = boilerplate::is_auxiliary(&item.first)
                || item.children.is_empty()
                || all_work > inside;
            apart && !names_units_within(tree, i)
        })
        .collect()
}

/// True when an item or one of its sub-items names its units with a tag.
fn names_units_within(tree: &Tree, idx: usize) -> bool {
    let mut stack = vec![idx];
    while let Some(i) = stack.pop() {
        let Some(item) = tree.items.get(i) else {
            continue;
        };
        if std::iter::once(&item.first)
            .chain(&item.body)
            .any(|l| boilerplate::has_unit_tag(l))
        {
            return true;
        }
        stack.extend(&item.children);
    }
    false
}

/// The goals of a goal block, one per paragraph of its own and one per sub-item (a goal-titled
/// sub-item gives its own goals): texts as written, the block's title left out. A sentence
/// introducing the sub-items (`主要目标如下：`) is no goal of its own.
pub fn texts(tree: &Tree, idx: usize, full_text: &dyn Fn(usize) -> String) -> Vec<String> {
    let mut out = Vec::new();
    let Some(item) = tree.items.get(idx) else {
        return out;
    };
    let own = match names_a_field_goal(&item.first) || ends_in_goal_title(&item.first) {
        true => "",
        false => after_title(&item.first).unwrap_or(&item.first),
    };
    let mut paragraphs = vec![own];
    paragraphs.extend(item.body.iter().map(String::as_str));
    let intro = |p: &str| !item.children.is_empty() && p.ends_with(['：', ':']);
    // (A sub-title of the block on a line of its own, `（一）总体目标` however garbled, states
    // nothing.)
    let sub_title = |p: &str| {
        let t = p.trim().trim_end_matches(['：', ':']);
        (t.ends_with("目标") || t.ends_with("指标"))
            && text::at_most_chars(t, SUB_TITLE_MAX)
            && !has_figure(&without_years(t))
            // (Not an aim itself: `实现重大环境污染事件零发生目标`, `确保完成减排指标`.)
            && !(AIM_VERBS.iter().chain(STRIVE_WORDS)).any(|v| t.starts_with(v))
    };
    out.extend(joined_lines(
        (paragraphs.into_iter()).filter(|p| !p.trim().is_empty() && !intro(p) && !sub_title(p)),
    ));
    for &c in &item.children {
        match tree.items.get(c) {
            Some(child) if after_title(&child.first).is_some() => {
                out.extend(texts(tree, c, full_text));
            }
            Some(_) => out.push(full_text(c)),
            None => {}
        }
    }
    out
}

/// Longest line of a goal block read as a sub-title (`（一）总体目标`), in characters.
const SUB_TITLE_MAX: usize = 15;

/// Characters that end a sentence of a goal.
const SENTENCE_ENDS: &[char] = &['。', '；', ';', '！', '!', '？', '?', '：', ':'];

/// Lines of a goal block as paragraphs: in a block written in sentences (one line at least
/// ends on `。`), a line that ends mid-sentence runs on into the next, unless that one opens a
/// point of its own (`——`, a number): a PDF's lines cut at the page's width (`——安全生产方面：
/// 确保…死亡` / `人数双下降，…`), after a comma, or mid-clause before a figure (`…控制率在` /
/// `5公顷/次以下；`). In a block of points opened by dashes or
/// bullets, each point runs on to the next. A list of lines without sentence ends stays one
/// goal a line.
fn joined_lines<'a>(lines: impl Iterator<Item = &'a str>) -> Vec<String> {
    let lines: Vec<&str> = lines.map(str::trim).collect();
    let sentences = lines.iter().any(|l| l.ends_with('。'));
    // The page's width: the longest line's length.
    let width = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    let opens_point = |l: &str| {
        l.starts_with(['—', '-', '•', '·', '●', '（', '(', '【'])
            || crate::outline::numbering::recognise(l).is_some()
    };
    // A line cut at the page's width: as long as the longest (within a few characters), and
    // ending on neither a sentence end nor a figure (`…达到90%`, `…左右`, a goal of its own).
    let cut = |l: &str| {
        let n = l.chars().count();
        n >= WRAPPED_MIN
            && n + WRAP_SLACK >= width
            && !l.ends_with(SENTENCE_ENDS)
            && !l.ends_with(|c: char| c.is_ascii_digit() || matches!(c, '%' | '％' | '‰'))
            && !FIGURE_ENDS.iter().any(|e| l.ends_with(e))
    };
    // Points opened by a dash or a bullet (`——应急救援方面：…`): a line that opens none goes on
    // the point above, wherever its line was cut.
    let bullet = |l: &str| l.starts_with(['—', '•', '·', '●', '■', '◆']);
    let bulleted = lines.iter().filter(|l| bullet(l)).count() >= 2;
    let mut out: Vec<String> = Vec::new();
    let mut open = false;
    let mut ended = false;
    // The last line ends mid-clause (`…控制率在平均`): a figure opening the next is its
    // (a PDF's lines broken before each figure, however short).
    let mut mid_clause = false;
    for line in lines {
        let figure = line.starts_with(|c: char| c.is_ascii_digit());
        let runs_on = (sentences && (open || (mid_clause && figure)))
            || (bulleted && !bullet(line) && !ended);
        match out.last_mut() {
            Some(last) if runs_on && !opens_point(line) => last.push_str(line),
            _ => out.push(line.to_string()),
        }
        // A line ending on a comma never ends a goal.
        open = cut(line) || line.ends_with(['，', ',', '、']);
        ended = line.ends_with(SENTENCE_ENDS);
        mid_clause = line.ends_with(crate::chars::is_common_han);
    }
    out
}

/// Shortest line read as cut at a page's width, and how much shorter than the longest line it
/// may be.
const WRAPPED_MIN: usize = 15;
const WRAP_SLACK: usize = 4;

/// Endings of a goal stated in full (`…左右`, `…以上`).
const FIGURE_ENDS: &[&str] = &["以上", "以下", "以内", "左右", "之内"];

/// Goals written as lines of a preamble item's text: `工作目标：到2025年…` (the rest of the
/// line), or the paragraphs after a goal title standing on a line of its own, up to the next
/// short title-like line or labelled line.
pub fn in_body(item: &Item) -> Vec<String> {
    let mut out = Vec::new();
    let mut under_title = false;
    for line in &item.body {
        match after_title(line) {
            Some("") => under_title = true,
            Some(rest) => {
                out.push(rest.to_string());
                under_title = false;
            }
            None if under_title && !is_label_or_title(line) => out.push(line.clone()),
            None => under_title = false,
        }
    }
    out
}

/// Titles of a section that states the plan's aims along with its guiding ideas
/// (`一、总体要求`): its sentences that open on a year to reach (`到2025年，…`) are goals.
const REQUIREMENT_TITLES: &[&str] = &[
    "总体要求",
    "总体思路",
    "主要思路",
    "工作思路",
    "指导思想和目标",
    "指导思想和主要目标",
];

/// Goals stated inside a `总体要求` section's paragraphs ([`REQUIREMENT_TITLES`]): from a
/// sentence that opens on a year to reach (`到2025年`, `力争到2025年`, `至2025年`) to the end of
/// its paragraph. None for a section of another title.
pub fn in_requirements(item: &Item) -> Vec<String> {
    let title = item.first.trim();
    if !REQUIREMENT_TITLES.iter().any(|t| title.contains(t)) {
        return Vec::new();
    }
    // The heading line's own text after its title sentence counts as a paragraph too.
    let after_heading = title.split_once('。').map(|(_, rest)| rest);
    // A PDF's lines cut at the page's width are read as the paragraphs they were.
    let body = joined_lines(item.body.iter().map(String::as_str));
    (after_heading.into_iter())
        .chain(body.iter().map(String::as_str))
        .filter_map(horizon_onwards)
        .map(str::to_string)
        .collect()
}

/// Openings of a sentence that states what the plan's span of work is to reach (`通过一年努力，
/// 全县河湖水质优良比例达到90%以上`).
const EFFORT_OPENERS: &[&str] = &[
    "通过一年努力",
    "通过一年的努力",
    "通过两年努力",
    "通过三年努力",
    "经过一年努力",
    "经过三年努力",
    "通过努力",
];

/// The part of a paragraph from its first sentence that opens on a year to reach, or on the
/// span of work (`通过一年努力`) with a figure.
fn horizon_onwards(paragraph: &str) -> Option<&str> {
    let mut start = 0;
    for sentence in paragraph.split_inclusive('。') {
        let s = sentence.trim_start();
        let s = s.strip_prefix("力争").unwrap_or(s);
        // `通过一年努力，…达到90%以上`: the span of the plan, with a figure to reach.
        if EFFORT_OPENERS.iter().any(|o| s.starts_with(o))
            && without_years(s).chars().any(|c| c.is_ascii_digit())
        {
            return paragraph.get(start..).map(str::trim);
        }
        let year = s.strip_prefix('到').or_else(|| s.strip_prefix('至'));
        if let Some(rest) = year {
            let digits = rest.chars().take_while(char::is_ascii_digit).count();
            if digits == 4 && rest[digits..].starts_with('年') {
                return paragraph.get(start..).map(str::trim);
            }
        }
        // `以控大事故为目标，全年生产安全事故死亡人数同比下降3%，…`: a clause on the plan's own
        // year with a figure.
        if let Some(at) = year_clause(sentence) {
            return paragraph.get(start + at..).map(str::trim);
        }
        start += sentence.len();
    }
    None
}

/// Words a clause on the plan's own year opens with.
const THIS_YEAR: &[&str] = &["全年", "年内", "今年"];

/// Words of a level or change aimed at, one of which such a clause needs (`同比下降3%`,
/// `达到95%`), not a count of work (`全年重点抓好3件大事`).
const YEAR_AIMS: &[&str] = &[
    "下降",
    "降低",
    "减少",
    "提高",
    "提升",
    "增长",
    "增加",
    "达到",
    "控制在",
    "保持在",
    "不低于",
    "不少于",
    "不超过",
    "不高于",
    "以上",
    "以下",
    "以内",
];

/// Words of a year told, not aimed at (`今年是…75周年`, `全年共发生事故5起`, `今年以来`).
const YEAR_FACTS: &[&str] = &["是", "共", "累计", "发生", "以来", "已", "完成了", "实现了"];

/// Where, in a sentence, the clause opens that states a figure for the plan's own year
/// ([`THIS_YEAR`], after `力争`/`确保`) as a level or change to reach ([`YEAR_AIMS`]):
/// `全年…下降3%`, not `全年举办` with no figure, a year alone (`全年2024年…`), nor a year told
/// ([`YEAR_FACTS`]: `今年是…75周年`, `全年共发生事故5起，同比下降16.7%`).
fn year_clause(sentence: &str) -> Option<usize> {
    let mut at = 0;
    for clause in sentence.split_inclusive(['，', ',', '；', ';', '。']) {
        let c = clause.trim_start();
        let c = ["力争", "确保"]
            .iter()
            .find_map(|w| c.strip_prefix(w))
            .unwrap_or(c);
        let year_word = THIS_YEAR.iter().find_map(|w| c.strip_prefix(w));
        if year_word.is_some_and(|rest| {
            without_years(rest).chars().any(|ch| ch.is_ascii_digit())
                && YEAR_AIMS.iter().any(|w| rest.contains(w))
                && !YEAR_FACTS.iter().any(|w| rest.contains(w))
        }) {
            return Some(at + (clause.len() - clause.trim_start().len()));
        }
        at += clause.len();
    }
    None
}

/// Goals in a work section's lead paragraph, above its tasks (`一、强化科技创新` / `…。2025年，力争
/// 全社会研发投入强度达到2.95%。` / `（一）…`): from a sentence that opens on a year
/// ([`year_onwards`]) to the end of its paragraph, when that names a figure.
pub fn in_lead(item: &Item, year: Option<u32>) -> Vec<String> {
    let after_heading = item.first.split_once('。').map(|(_, rest)| rest);
    (after_heading.into_iter())
        .chain(item.body.iter().map(String::as_str))
        .filter_map(|p| {
            let by_year = year_onwards(p, year).filter(|goal| {
                // A figure past the year itself.
                let past_year = goal.split_once('年').map_or("", |(_, rest)| rest);
                past_year.chars().any(|c| c.is_ascii_digit())
            });
            by_year.or_else(|| labelled_aim(p, year))
        })
        .map(str::to_string)
        .collect()
}

/// Longest label of a section's own goals inside its lead paragraph (`治理工作目标：`).
const AIM_LABEL_MAX: usize = 10;

/// The sentence after a goal's label inside a lead paragraph (`由市农业局承办，…。治理工作目标：
/// 水产品抽检合格率达96%以上；…。主要措施：` → `水产品抽检合格率达96%以上；…。`), when it
/// names a figure: a short label ending on `目标` (not last year's, `去年目标`).
fn labelled_aim(paragraph: &str, year: Option<u32>) -> Option<&str> {
    let mut start = 0;
    for sentence in paragraph.split_inclusive('。') {
        let at = start;
        start += sentence.len();
        let Some((label, rest)) = sentence.split_once(['：', ':']) else {
            continue;
        };
        let label = label.trim();
        let label = ["是", "为"]
            .iter()
            .find_map(|j| label.strip_suffix(j))
            .unwrap_or(label);
        // (Not an earlier year's, `2023年目标：`, nor one kept elsewhere, `详见附件3`.)
        let digits: String = label.chars().filter(char::is_ascii_digit).collect();
        let earlier = digits
            .parse::<u32>()
            .ok()
            .zip(year)
            .is_some_and(|(y, plan)| y < plan);
        let aim = label.ends_with("目标")
            && label.chars().count() <= AIM_LABEL_MAX
            && !earlier
            && !PAST_LEADS.iter().any(|w| label.contains(w))
            && !rest.contains("附件");
        if aim && has_figure(rest) {
            let from = at + sentence.len() - rest.len();
            return paragraph.get(from..start).map(str::trim);
        }
    }
    None
}

/// The part of `paragraph` from its first sentence that opens on a year, to reach or to be in
/// (`到2025年`, `力争到2025年`, `2025年，力争…`), else `None`. A year before the plan's own
/// (`year`) opens what was done (`2023年，全市完成…` in a 2024 plan), no goal.
fn year_onwards(paragraph: &str, year: Option<u32>) -> Option<&str> {
    if let Some(found) = horizon_onwards(paragraph) {
        return Some(found);
    }
    let mut start = 0;
    for sentence in paragraph.split_inclusive('。') {
        let s = sentence.trim_start();
        let digits = s.chars().take_while(char::is_ascii_digit).count();
        let past = s
            .get(..digits)
            .and_then(|d| d.parse::<u32>().ok())
            .zip(year)
            .is_some_and(|(y, plan)| y < plan);
        if digits == 4 && s[digits..].starts_with("年") && !past {
            let after = &s[digits + '年'.len_utf8()..];
            if after.starts_with(['，', ',']) || after.starts_with("力争") {
                return paragraph.get(start..).map(str::trim);
            }
        }
        start += sentence.len();
    }
    None
}

/// The sentence of a preamble paragraph that opens on a year to reach and names a figure past
/// it (`到2025年，全市学前三年毛入园率保持在98%以上，…。`): a goal the plan sets, as a news
/// report of it or a cover letter gives it. Not one telling what is done (`已`, `累计`).
fn year_to_reach(line: &str) -> Option<&str> {
    let mut start = 0;
    for sentence in line.split_inclusive('。') {
        let at = start;
        start += sentence.len();
        let s = sentence.trim_start();
        let s = s.strip_prefix("力争").unwrap_or(s);
        let Some(rest) = s.strip_prefix('到').or_else(|| s.strip_prefix('至')) else {
            continue;
        };
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let Some(after) = rest.get(digits..).filter(|_| digits == 4) else {
            continue;
        };
        let Some(after) = after.strip_prefix('年') else {
            continue;
        };
        let done = ["已", "累计"].iter().any(|w| after.contains(w));
        if !done && after.chars().any(|c| c.is_ascii_digit()) && has_figure(after) {
            return line.get(at..start).map(str::trim);
        }
    }
    None
}

/// Endings of the words before a colon that announce a plan's goals in running prose
/// (`经济社会发展的主要预期目标是：…`, `今年工作的目标为：…`).
const GOAL_LEADS: &[&str] = &["目标是", "目标为", "目标", "指标是", "指标为", "指标"];

/// Words of a lead that tells last year's goals (`去年确定的目标：…，实际完成5.2%`).
const PAST_LEADS: &[&str] = &["去年", "上年", "上一年", "过去"];

/// [`GOAL_LEADS`] that announce goals inside a paragraph, after other sentences.
const AIM_LEADS: &[&str] = &["目标是", "目标为", "目标"];

/// Farthest into a line (in characters) the colon after a [`GOAL_LEADS`] word may stand.
const GOAL_LEAD_MAX: usize = 24;

/// Goals stated in a plan's preamble, before any numbered item: the rest of a line after
/// words that announce them and a colon (`主要预期目标是：地区生产总值增长6%以上…`), or the
/// paragraphs under a goal title standing alone (`工作目标：`).
pub fn in_preamble(lines: &[String]) -> Vec<String> {
    // Under a goal title on a line of its own (`工作目标：`), each paragraph is a goal, labelled
    // or not (`应急管理方面：到2023年底，…达到100%。`), up to the next title.
    let mut under_title = false;
    (lines.iter())
        .filter_map(|line| {
            let line = line.trim();
            if after_title(line) == Some("") {
                under_title = true;
                return None;
            }
            if under_title {
                // Another framing label (`基本原则：…`) or a line announcing what follows
                // (`…现就有关工作安排如下：`) ends the goals as a title does.
                let label = line.split_once(['：', ':']).map(|(l, _)| l);
                let framing =
                    label.is_some_and(boilerplate::is_auxiliary) || line.ends_with(['：', ':']);
                if framing || (line.chars().count() <= WRAPPED_MIN && !text::ends_complete(line)) {
                    under_title = false;
                } else if states_an_aim(line) {
                    return Some(line.to_string());
                }
            }
            // The lead is the sentence before the colon: a paragraph may state its
            // requirements first (`总体要求是：…。总体目标是：…`). Inside a paragraph only a
            // goal's lead (not `主要指标：`, which may sum up the year gone by).
            // (Before what a sentence strives for: `主要指标：…增长2.5%，力争3%` is one goal.)
            let led = (line.match_indices(['：', ':']))
                .map(|(at, colon)| {
                    let before = &line[..at];
                    let sentence = before.rfind('。').map_or(0, |k| k + '。'.len_utf8());
                    (sentence, &before[sentence..], &line[at + colon.len()..])
                })
                .find(|&(sentence, lead, _)| {
                    let leads = if sentence == 0 { GOAL_LEADS } else { AIM_LEADS };
                    // (Its last clause: `综合考虑各方面因素，2023年…主要预期目标为：`.)
                    let lead = lead.rsplit(['，', ',']).next().unwrap_or(lead);
                    lead.chars().count() <= GOAL_LEAD_MAX
                        && leads.iter().any(|g| lead.ends_with(g))
                        && !PAST_LEADS.iter().any(|w| lead.contains(w))
                })
                .map(|(_, _, rest)| rest.trim())
                // Goals are figures (`为实现上述目标：重点抓好以下工作` announces none).
                .filter(|rest| has_figure(rest));
            // (The lead only over an aim striven for in its own sentence: `2024年，主要经济
            // 指标：…。2025年，力争…` aims at the second.)
            let striven = striven_for(line);
            let own_sentence = |led: &str| led.split_inclusive('。').next().unwrap_or(led).len();
            match (led, striven) {
                (Some(led), Some(aim)) if !led[..own_sentence(led)].contains(aim) => Some(aim),
                (Some(led), _) => Some(led),
                (None, aim) => aim.or_else(|| year_to_reach(line)),
            }
            .map(str::to_string)
        })
        .collect()
}

/// Verbs of an aim reached (`实现“双下降”`, `控制在0.01以内`, `明显增强`).
const AIM_VERBS: &[&str] = &[
    "实现",
    "达到",
    "控制在",
    "提升",
    "提高",
    "下降",
    "增强",
    "建成",
    "形成",
    "保持",
];

/// True when a paragraph under a goal title states an aim: a figure or a verb of an aim
/// reached, and neither a purpose that frames the work (`为确保上述目标…`) nor a fact dated by
/// its year (`2024年，全市共发生…`).
fn states_an_aim(line: &str) -> bool {
    let dated = line
        .get(..4)
        .is_some_and(|y| y.bytes().all(|b| b.is_ascii_digit()))
        && line[4..].starts_with("年，");
    let aim = has_figure(line) || AIM_VERBS.iter().any(|v| line.contains(v));
    aim && !dated && !line.starts_with('为')
}

/// Words that open what a plan strives for in its opening paragraph (`力争全年接待游客6500万人次`).
const STRIVE_WORDS: &[&str] = &["力争", "确保"];

/// The part of a preamble paragraph from a [`STRIVE_WORDS`] word to the end of its sentence,
/// when it names a figure: the year's headline goals (`…，力争全年接待游客6500万人次，实现旅游
/// 综合收入520亿元。`).
fn striven_for(line: &str) -> Option<&str> {
    let at = STRIVE_WORDS.iter().filter_map(|w| line.find(w)).min()?;
    // `到2026年，力争…`: the year to reach heads the aim's sentence and is its deadline.
    let sentence = line[..at].rfind('。').map_or(0, |k| k + '。'.len_utf8());
    let head = &line[sentence..at];
    // (`2024年，公司确保…`: a short subject may stand between them.)
    let (year, subject) = head.split_once(['，', ',']).unwrap_or((head, ""));
    let dated = is_year_head(year)
        && super::text::at_most_chars(head, YEAR_HEAD_MAX)
        && !subject.contains(|c: char| c.is_ascii_digit() || "，,。；;".contains(c));
    let at = if dated { sentence } else { at };
    let rest = line.get(at..)?;
    let end = rest.find('。').map_or(rest.len(), |k| k + '。'.len_utf8());
    let aim = rest.get(..end)?;
    // `为确保…，制定2024年工作要点如下：`: the plan's purpose clause is no aim (what comes before
    // it may be one).
    // (`实现将PM2.5…控制在…`: `将` of the aim, after `实现`.)
    let purpose = |w: &&str| {
        (aim.match_indices(*w))
            .find(|&(k, _)| !(*w == "现将" && aim[..k].ends_with('实')))
            .map(|(k, _)| k)
    };
    let aim = match PURPOSE_WORDS.iter().filter_map(purpose).min() {
        // The clause of the purpose word cut off whole (`，制定2024年工作要点如下：`).
        Some(at) => {
            let before = aim.get(..at)?;
            before.get(..before.rfind(['，', ',', '；']).unwrap_or(0))?
        }
        None => aim,
    };
    // `确保…稳定，制定2025年工作要点。`: a last clause making the plan is its purpose too (not
    // other work, `制定出台扶持政策3项`).
    let makes_plan = |clause: &str| {
        let clause = clause.trim_end_matches(['。', '；', ';']);
        clause.starts_with("制定")
            && (clause.starts_with("制定本")
                || ["要点", "方案", "计划", "意见"]
                    .iter()
                    .any(|e| clause.ends_with(e)))
    };
    let aim = match aim.rfind(['，', ',']) {
        Some(k) if makes_plan(aim[k..].trim_start_matches(['，', ','])) => &aim[..k],
        _ => aim,
    };
    // (A year alone is no figure, `确保完成全县2023年空气质量改善目标任务，…制定本方案`, but
    // for the year an aim is due by, `力争2023年获批…`.)
    let due = STRIVE_WORDS
        .iter()
        .find_map(|w| aim.strip_prefix(w))
        .map(|r| r.trim_start_matches(['到', '至']))
        .is_some_and(|r| {
            r.len() > 4
                && r.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                && r[4..].starts_with('年')
        });
    (has_figure(&without_years(aim)) || (due && has_figure(aim))).then_some(aim)
}

/// Words that tie a year heading an aim to it (`到2026年，`), not a reference date (`截至`).
const YEAR_HEAD_LINKS: &[&str] = &["到", "至", "在"];

/// True for a time phrase alone heading an aim's sentence: `到2026年，`, `到2026年底,`, `2026年，`
/// (not `截至2025年底，`, a date things stand at, nor `2024年增长5%，`).
fn is_year_head(head: &str) -> bool {
    let t = head.trim_end_matches(['，', ',', ' ']);
    let t = (YEAR_HEAD_LINKS.iter())
        .find_map(|l| t.strip_prefix(l))
        .unwrap_or(t);
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    digits == 4
        && t[digits..].starts_with('年')
        && t[digits..].chars().all(|c| "年底末".contains(c))
}

/// Longest time phrase heading an aim's sentence (`到2026年底，`), in characters.
const YEAR_HEAD_MAX: usize = 12;

/// Words of a plan's purpose clause (`…，制定本要点如下：`, `特制定本方案`).
const PURPOSE_WORDS: &[&str] = &["如下：", "如下:", "特制定", "制定本", "现制定", "现将"];

/// `text` without its years (`2024年` → `年`): four digits before `年`.
fn without_years(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut k = 0;
    while let Some(&c) = chars.get(k) {
        let year = (k..k + 4).all(|i| chars.get(i).is_some_and(char::is_ascii_digit))
            && chars.get(k + 4) == Some(&'年')
            && !(k > 0 && chars.get(k - 1).is_some_and(char::is_ascii_digit));
        if year {
            k += 4;
            continue;
        }
        out.push(c);
        k += 1;
    }
    out
}

/// True when `text` names a figure: a digit, `百分之`, or a Chinese numeral before a scale or
/// a unit (`五万人`, `三个`).
fn has_figure(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    let han = crate::outline::numbering::is_han_numeral_char;
    // `一个时期` counts nothing: a lone `一` is a word more often than a figure.
    let figure_at = |i: usize| {
        let (Some(&c), Some(&next)) = (chars.get(i), chars.get(i + 1)) else {
            return false;
        };
        han(c)
            && "万千百亿个项次人家所件".contains(next)
            && (c != '一'
                || i.checked_sub(1)
                    .and_then(|k| chars.get(k))
                    .is_some_and(|&p| han(p)))
    };
    text.contains("百分之")
        || chars.iter().any(char::is_ascii_digit)
        || (0..chars.len()).any(figure_at)
}

/// A line that opens another part of a preamble: short with no sentence end, or labelled
/// (`基本原则：…`).
fn is_label_or_title(line: &str) -> bool {
    let head: String = line.chars().take(8).collect();
    (line.chars().count() <= 15 && !text::ends_complete(line)) || head.contains(['：', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_line_ending_mid_clause_runs_on_into_a_figure_opening_the_next() {
        let lines = [
            "确保森林火灾受害率控制在",
            "0.1‰以下；森林火灾控制率在平均",
            "5公顷/次以下；森林火灾案件查处率在",
            "85%以上；确保无重大森林火灾发生。",
        ];
        assert_eq!(joined_lines(lines.into_iter()), [lines.concat()]);
        // A line ending on its sentence, or a figure after a figure, opens anew.
        let lines = ["受害率控制在1‰以下。", "2025年，查处率达到90%。"];
        assert_eq!(joined_lines(lines.into_iter()), lines);
    }

    #[test]
    fn a_year_before_the_plans_opens_what_was_done() {
        let lead = "2023年，全市完成工业投资300亿元。2024年，力争工业增加值增长7%。";
        assert_eq!(
            year_onwards(lead, Some(2024)),
            Some("2024年，力争工业增加值增长7%。")
        );
        assert_eq!(year_onwards(lead, None), Some(lead));
        assert_eq!(year_onwards("2019年，国务院印发意见。", Some(2024)), None);
        // A colon announcing no figures is no goal.
        let lines = ["为实现上述目标：重点抓好以下工作。".to_string()];
        assert!(in_preamble(&lines).is_empty());
        // What the plan strives for, with figures, in its opening paragraph.
        let opening = ["2024年是关键之年，全市上下砥砺奋进，力争全年接待游客6500万人次，实现旅游综合收入520亿元。坚持稳中求进。".to_string()];
        assert_eq!(
            in_preamble(&opening),
            ["力争全年接待游客6500万人次，实现旅游综合收入520亿元。"]
        );
        assert!(in_preamble(&["力争走在全省前列。".to_string()]).is_empty());
        // Figures in Chinese numerals.
        assert_eq!(
            in_preamble(&["主要目标：全年城镇新增就业五万人。".to_string()]).len(),
            1
        );
        assert!(in_preamble(&["确保当前和今后一个时期就业局势稳定。".to_string()]).is_empty());
    }

    #[test]
    fn a_requirement_sections_year_to_reach_opens_its_goal() {
        assert_eq!(
            horizon_onwards("坚持以人民为中心。到2025年，满意度达到90%以上。到2035年，基本建成。"),
            Some("到2025年，满意度达到90%以上。到2035年，基本建成。")
        );
        assert_eq!(
            horizon_onwards("力争到2025年，全面建成。"),
            Some("力争到2025年，全面建成。")
        );
        assert_eq!(horizon_onwards("到期后及时清理。坚持问题导向。"), None);
        assert!(horizon_onwards("到2025年底前完成。").is_some());
    }

    #[test]
    fn each_goal_title_opens_a_goal() {
        for g in GOAL_TITLES {
            assert_eq!(after_title(g), Some(""), "{g}");
            assert_eq!(
                after_title(&format!("{g}：到2025年，达到90%。")),
                Some("到2025年，达到90%。")
            );
            assert_eq!(after_title(&format!("【{g}】")), Some(""), "{g}");
        }
        for j in JOINERS {
            assert_eq!(
                after_title(&format!("总体目标{j}：达到90%。")),
                Some("达到90%。"),
                "{j}"
            );
        }
        assert_eq!(after_title("目标任务完成率达到100%。"), None);
        assert_eq!(after_title("推进目标任务落实。"), None);
    }

    #[test]
    fn goal_lines_in_a_preamble() {
        let item = |body: &[&str]| Item::for_test("总体要求", body);
        assert_eq!(
            in_body(&item(&[
                "以示例思想为指导。",
                "工作目标：到2025年，达到95%。"
            ])),
            ["到2025年，达到95%。"]
        );
        assert_eq!(
            in_body(&item(&[
                "主要目标",
                "到2025年，达到95%。",
                "到2027年，达到98%。",
                "基本原则",
                "坚持问题导向。"
            ])),
            ["到2025年，达到95%。", "到2027年，达到98%。"]
        );
        assert!(in_body(&item(&["以示例思想为指导，确保目标任务完成。"])).is_empty());
    }
}
