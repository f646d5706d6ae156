//! Targets (量化指标): quantities and deadlines of a task's text, each with its comparator,
//! metric (what is measured, a short noun phrase from the text) and period (`每年`).
//!
//! A time phrase alone at the head of a clause (`到2025年，`) is the deadline of the quantities
//! after it in its sentence; a level the target starts from (`由8000户提高到`) is its baseline.
//!
//! Not targets: numbers inside `《》` titles and `“”` quotes (`“1+4”`), years, document numbers,
//! list sizes (`五项程序`), ordinals (`第二批`), bare counts with no comparator, period or
//! action verb (`四个区`), ages defining a population (`60周岁以上`), counts naming a set
//! (`两个新城区`), and what follows a reference date (`截至2019年末，`). In a report every figure
//! is read, as `achieved`.

use super::deadline::{self, Deadline};
use super::horizon;
use super::metric::{has_ending, post_noun, respective, split_base, split_metrics, trim_metric};
use super::period::{per_slash, per_slash_chars, period};
use super::quantity::{self, Bound, Quantity, TIME_UNITS};
use super::scan::{at, text_of, Span};
use crate::model::{Comparator, Target, TargetKind};
use crate::words::LEVEL_VERBS;

/// True for a character that ends a clause (asked of every char of every task: a match, not a
/// walk over a list).
fn is_clause_break(c: char) -> bool {
    !crate::chars::is_common_han(c)
        && matches!(
            c,
            '。' | '！' | '？' | '；' | ';' | '，' | ',' | '：' | ':' | '!' | '?' | '】' | ']'
        )
}

/// Words of a unit phrase (`市乙局配合`): never the measure of a deadline after it.
const UNIT_WORDS: &[&str] = &["牵头", "配合", "负责", "单位", "部门"];

/// The measure of a deadline that names none: the task's completion date, read like a
/// `完成时限：` label.
const TASK_DEADLINE: &str = "完成时限";

/// Finds the targets of a task's text.
///
/// `"报备率、审查率达100%。"` → two targets (`报备率`, `审查率`), `=` 100 `%`;
/// `"每年1月31日前报送。"` → one `by` target with deadline `每年1月31日前`.
pub fn extract(text: &str) -> Vec<Target> {
    extract_in(text, Reading::default())
}

/// What a task's text is read for: the document's year and whether its figures commit or
/// report.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Reading {
    /// The document's year (`示例市2024年…方案` → 2024), against which relative deadlines resolve.
    pub year: Option<u32>,
    /// The one year a plan is for (`示例市2024年工作要点`), `None` for a plan over years
    /// (`（2022—2024年）`): a bare `2024年，` in it names the plan's year, no deadline.
    pub own_year: Option<u32>,
    /// A plan's commitments, or a report's achieved figures (`办理复议案件120件`): in a report
    /// every figure with a unit is read, with no verb needed, and dates set no deadline.
    pub kind: TargetKind,
    /// A goal's text (`2023年，优良天数287天`): a level stated with no verb is what the goal
    /// sets; in a task's text it may be a fact about the place.
    pub goal: bool,
}

/// [`extract`] for a document read as `reading` says: relative deadlines resolve against its
/// year (`三年内` → `三年内（至2026年底）`), a report's figures are `achieved`.
///
/// A time phrase standing alone at the head of a clause (`到2025年，`) is the deadline of every
/// quantity after it in its sentence; one with its own object (`10月底前完成修订，`) is not.
pub fn extract_in(text: &str, reading: Reading) -> Vec<Target> {
    // Sized once for the whole text (a filtered collect would grow from nothing).
    let mut chars: Vec<char> = Vec::with_capacity(text.len());
    chars.extend(text.chars().filter(|&c| !is_space(c)));
    if has_thousands_comma(&chars) {
        chars = without_thousands_commas(&chars);
    }
    extract_chars(&chars, reading)
}

/// True when the comma at `i` separates thousands (`3,300`, `72,000`): a digit before it, and
/// exactly three digits after it. It is read as no clause break.
fn is_thousands_comma(chars: &[char], i: usize) -> bool {
    let digit = |k: usize| chars.get(k).is_some_and(char::is_ascii_digit);
    chars.get(i) == Some(&',')
        && i > 0
        && digit(i - 1)
        && (i + 1..i + 4).all(digit)
        && !digit(i + 4)
}

/// True when a text's chars hold a thousands comma ([`is_thousands_comma`]).
pub(super) fn has_thousands_comma(chars: &[char]) -> bool {
    (chars.iter().enumerate()).any(|(i, &c)| c == ',' && is_thousands_comma(chars, i))
}

/// A text's chars with its thousands commas left out (`约3,300公顷` → `约3300公顷`).
pub(super) fn without_thousands_commas(chars: &[char]) -> Vec<char> {
    (chars.iter().enumerate())
        .filter(|&(i, _)| !is_thousands_comma(chars, i))
        .map(|(_, &c)| c)
        .collect()
}

/// [`extract_in`] of a text's chars with its white space left out (decoded once for its units
/// and its targets).
pub(super) fn extract_chars(chars: &[char], reading: Reading) -> Vec<Target> {
    extract_headed(chars, 0, reading)
}

/// [`extract_chars`] of a task's text whose first `heading` chars are its heading, which ends a
/// clause even with no mark after it (`推进重点项目` on a line of its own, then `到2024年，…`).
pub(super) fn extract_headed(chars: &[char], heading: usize, reading: Reading) -> Vec<Target> {
    let mut skip = skip_mask(chars);
    let mut out = Vec::new();
    let labelled = deadline::labelled_targets(chars, &mut skip);
    let mut clauses = clauses(chars);
    if heading > 0 {
        if let Some(k) = clauses
            .iter()
            .position(|c| c.start < heading && heading < c.end)
        {
            let c = clauses[k];
            clauses[k] = Span::new(c.start, heading);
            clauses.insert(k + 1, Span::new(heading, c.end));
        }
    }
    // The heading deadline in force; whether a reference date (`截至2019年末，`) heads the rest.
    let mut governing: Option<String> = None;
    // The index in `out` of a date-only target the heading date of this sentence gave.
    let mut heading_date: Option<usize> = None;
    let mut reference = false;
    // Whether the clause before gave a target (`确保粮食播种面积1000万亩，其中…`).
    let mut found_before = false;
    // The index in `out` of the first target of this sentence.
    let mut sentence_from = 0;
    for (k, &clause) in clauses.iter().enumerate() {
        reference |= horizon::is_reference(clause.of(chars));
        if reference {
            reference = !matches!(
                chars.get(clause.end),
                Some('。' | '！' | '？' | '!' | '?' | '；' | ';')
            );
            continue;
        }
        // `到2025年底，按实况计算，优良天数比率达到92.5%`: a clause saying how the figures are
        // reckoned stands between a deadline and what it is for.
        let next = match clauses.get(k + 1) {
            Some(&n) if is_condition(n.of(chars)) && same_sentence(chars, n) => {
                clauses.get(k + 2).copied().or(Some(n))
            }
            n => n.copied(),
        };
        // The clause before, when it is part of the same sentence (`开展评查，每年至少1次`).
        let prev = k
            .checked_sub(1)
            .and_then(|j| clauses.get(j))
            .filter(|p| matches!(chars.get(p.end), Some('，' | ',' | '；' | ';')))
            .copied();
        let context = Context {
            next,
            prev,
            governing: governing.as_deref(),
            reading,
            after_target: prev.is_some() && found_before,
            sentence_from,
        };
        let before = out.len();
        let head = read_clause(chars, &skip, clause, &context, &mut out);
        found_before = out.len() > before;
        if let Some(head) = head {
            // The date alone at the head of a sentence, read as a target of its own
            // (`2020年，通过…`), may be no more than the deadline of figures after it.
            let date_only = (before..out.len())
                .find(|&i| out[i].value.is_none() && out[i].deadline.as_deref() == Some(&head));
            heading_date = date_only.or(heading_date);
            governing = Some(head);
        }
        if matches!(chars.get(clause.end), Some('。' | '！' | '？' | '!' | '?'))
            || k + 1 == clauses.len()
        {
            drop_bare_date(&mut out, heading_date.take());
            governing = None;
            sentence_from = out.len();
        }
    }
    out.extend(labelled);
    out
}

/// Words opening a clause that says by what means (`通过实施…协同控制`), no work of its own.
const MEANS_OPENERS: &[&str] = &["通过", "依托", "借助", "按照", "根据", "依据", "围绕"];

/// Drops the date-only target at `at` whose measure says only by what means
/// (`2020年，通过实施…，PM2.5浓度保持在30以下`) when figures after it in its sentence carry its
/// date: the date heads them.
fn drop_bare_date(out: &mut Vec<Target>, at: Option<usize>) {
    let Some(i) = at else {
        return;
    };
    let means = out
        .get(i)
        .is_some_and(|t| MEANS_OPENERS.iter().any(|w| t.metric.starts_with(w)));
    if !means {
        return;
    }
    let date = out.get(i).and_then(|t| t.deadline.clone());
    let figures = (out.get(i + 1..).unwrap_or_default().iter())
        .any(|t| t.value.is_some() && t.deadline == date);
    if figures {
        out.remove(i);
    }
}

/// Words opening a clause that says how or on what grounds (`按实况计算`, `在总结试点经验基础上`),
/// no work of its own.
const CONDITION_OPENERS: &[&str] = &["按", "在", "通过", "经过", "根据", "依据", "对照", "以"];

/// Words ending a clause that says on what grounds (`…基础上`, `…计算`).
const CONDITION_ENDINGS: &[&str] = &["基础上", "计算", "口径", "为基数", "条件下", "前提下"];

/// True when a clause says how figures are reckoned or on what grounds work goes on, with no
/// figure of its own.
fn is_condition(clause: &[char]) -> bool {
    // Most clauses open on none of the words: told by their first char.
    if !clause
        .first()
        .is_some_and(|c| "按在通经根依对以".contains(*c))
    {
        return false;
    }
    let opens = CONDITION_OPENERS.iter().any(|w| at(clause, 0, w));
    let ends = || {
        CONDITION_ENDINGS.iter().any(|w| {
            let n = w.chars().count();
            clause.len() >= n && at(clause, clause.len() - n, w)
        })
    };
    opens
        && ends()
        && !clause
            .iter()
            .any(|&c| crate::outline::numbering::ascii_digit(c).is_some() || c == '%')
}

/// True when the clause `span` goes on in the same sentence (a comma after it).
fn same_sentence(chars: &[char], span: Span) -> bool {
    matches!(chars.get(span.end), Some('，' | ','))
}

/// What a clause is read with besides its own text.
struct Context<'a> {
    /// The clause after, where a lone deadline's object may stand.
    next: Option<Span>,
    /// The clause before in the same sentence, where the measure may stand.
    prev: Option<Span>,
    /// The deadline of an earlier clause heading the sentence (`到2025年，`).
    governing: Option<&'a str>,
    /// The document's year and kind.
    reading: Reading,
    /// True when the clause before, in the same sentence, gave a target.
    after_target: bool,
    /// The index in `out` of the first target of the clause's sentence.
    sentence_from: usize,
}

/// [`char::is_whitespace`], told at once for the chars past the last white space in Unicode
/// (`\u{3000}`): the Chinese text of a task is nearly all such chars.
pub(super) fn is_space(c: char) -> bool {
    c <= '\u{3000}' && c.is_whitespace()
}

/// Marks positions inside `《…》` and `“…”` (closed at the end of the sentence if unclosed),
/// and inside an aside that says a figure again in other terms (`12家（即总数的92%）`): one
/// commitment, read once.
fn skip_mask(chars: &[char]) -> Vec<bool> {
    let mut mask = vec![false; chars.len()];
    let mut close: Option<char> = None;
    for (i, c) in chars.iter().enumerate() {
        match close {
            Some(cl) => {
                if let Some(m) = mask.get_mut(i) {
                    *m = true;
                }
                if *c == cl || *c == '。' {
                    close = None;
                }
            }
            // A Han char opens no quote (most chars: one range test, not the match).
            None if crate::chars::is_common_han(*c) => {}
            None => {
                close = match c {
                    '《' => Some('》'),
                    '“' => Some('”'),
                    '"' => Some('"'),
                    '（' if restates(chars, i) => Some('）'),
                    '(' if restates(chars, i) => Some(')'),
                    _ => None,
                };
                if close.is_some() {
                    if let Some(m) = mask.get_mut(i) {
                        *m = true;
                    }
                }
            }
        }
    }
    mask
}

/// True when the bracket opened at `open` says the figure before it again in other terms: `即`
/// and a share of a whole (`（即总数的92%）`, `（即占全市的三成）`), not a term that starts with
/// `即` (`（即征即退比例70%）`).
fn restates(chars: &[char], open: usize) -> bool {
    if chars.get(open + 1) != Some(&'即') {
        return false;
    }
    let inside = (chars.get(open + 2..).unwrap_or_default().iter())
        .take_while(|c| !matches!(c, '）' | ')' | '。'))
        .take(20);
    let mut of_whole = false;
    for (k, c) in inside.enumerate() {
        of_whole |= *c == '的' || (k == 0 && matches!(c, '占' | '约'));
    }
    of_whole
}

/// Labels of a task's units, and their first characters.
const UNIT_LABELS: &[&str] = &[
    "责任单位",
    "牵头单位",
    "配合单位",
    "责任部门",
    "牵头部门",
    "协办单位",
];
const LABEL_FIRSTS: &[char] = &['责', '牵', '配', '协'];

/// True when a unit label and its colon start at `i` (`责任单位：`).
fn opens_unit_label(chars: &[char], i: usize) -> bool {
    UNIT_LABELS
        .iter()
        .any(|l| at(chars, i, l) && matches!(chars.get(i + l.chars().count()), Some(':' | '：')))
}

/// The clauses of a text, between the chars [`is_clause_break`] accepts (the breaks left out),
/// and before a unit label.
fn clauses(chars: &[char]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in chars.iter().enumerate() {
        // `增长7%以上责任单位：区发改局`: a unit label line joined to a heading without a stop
        // starts a clause of its own (a label in brackets is read as the bracket's).
        let bracketed = || {
            matches!(
                chars.get(i.wrapping_sub(1)),
                Some('（' | '(' | '〔' | '【' | '[')
            )
        };
        if LABEL_FIRSTS.contains(c) && i > start && opens_unit_label(chars, i) && !bracketed() {
            out.push(Span::new(start, i));
            start = i;
        }
        if is_clause_break(*c) {
            if i > start {
                out.push(Span::new(start, i));
            }
            start = i + 1;
        }
    }
    if chars.len() > start {
        out.push(Span::new(start, chars.len()));
    }
    out
}

/// Reads one clause into `out`; returns the deadline heading it when it stands alone there
/// (`到2025年，`), which then governs the rest of the sentence.
fn read_clause(
    chars: &[char],
    skip: &[bool],
    span: Span,
    context: &Context,
    out: &mut Vec<Target>,
) -> Option<String> {
    let (next, prev) = (context.next, context.prev);
    let clause = span.of(chars);
    // Deadlines, time phrases and quantities all start at a digit, a numeral or a char
    // `deadline::may_start` names: a clause with none holds no target and heads no sentence
    // (most clauses of a plan), and is passed before any scanner runs.
    if !clause.iter().any(|&c| deadline::may_start(c)) {
        return None;
    }
    // `老年人口预计将达到17.6万`: a forecast, no figure the plan commits to.
    let may_forecast = clause.iter().any(|&c| c == '预' || c == '将' || c == '据');
    if may_forecast && FORECASTS.iter().any(|w| find(clause, w).is_some()) {
        return None;
    }
    let cskip = span.of(skip);
    // Read on the raw text (`“十四五”期间` is quoted), but not inside a labelled deadline.
    let achieved = context.reading.kind == TargetKind::Achieved;
    let head = horizon::heading(clause, context.reading.year, context.reading.own_year)
        .filter(|h| !cskip.get(h.end.saturating_sub(1)).copied().unwrap_or(false));
    let mut deadlines: Vec<Deadline> = deadline::scan(clause, cskip);
    // A bare year before the plan's own (`我市2023年完成投资100亿元` in a 2024 plan) tells what
    // was done, not when work is due.
    if let Some(own) = context.reading.own_year {
        let bare_year = |t: &str| -> Option<u32> { t.strip_suffix('年')?.parse().ok() };
        deadlines.retain(|d| bare_year(&d.text).is_none_or(|y| y >= own));
    }
    // `于2025年6月完成`, `到2025年6月底前`: a deadline that goes on past the year heading the
    // clause is the one meant, heading it from where the year's words start.
    let head =
        head.map(
            |h| match (deadlines.iter()).position(|d| d.start < h.end && d.end > h.end) {
                Some(k) => {
                    let d = deadlines.remove(k);
                    Deadline {
                        start: h.start.min(d.start),
                        ..d
                    }
                }
                None => h,
            },
        );
    if let Some(h) = &head {
        deadlines.retain(|d| d.end <= h.start || d.start >= h.end);
        deadlines.insert(0, h.clone());
    }
    let quantities: Vec<Quantity> = quantity::scan(clause, cskip)
        .into_iter()
        .filter(|q| !deadlines.iter().any(|d| q.span().overlaps(d.span())))
        .collect();
    // A deadline alone at the head of the clause governs the rest of its sentence; one that
    // closes the work before it (`建立台账，6月底前完成`) does not.
    let heading = deadlines
        .first()
        .filter(|d| {
            (head.is_some() || trim_metric(&text_of(clause, 0, d.start), false).is_empty())
                && trim_metric(&text_of(clause, d.end, clause.len()), true).is_empty()
                && !closes_work(clause, d)
        })
        .map(|d| d.text.clone());
    if deadlines.is_empty() && quantities.is_empty() {
        return None;
    }
    // The clause before, read only now that it may name the measure.
    let prev = prev.map_or_else(String::new, |p| p.text(chars));
    let prev = prev.as_str();
    let mut used_deadline = false;
    let mut floor = 0;
    // `由8000户提高到`: the level the next quantity starts from, and where its phrase opens.
    let mut baseline: Option<Baseline> = None;
    // `分别增长6%、9%`: where `分别` stands, and the list its quantities make (the index in
    // `out` of the first one's target, and how many).
    let respectively = find(clause, "分别").or_else(|| each_adverb(clause));
    let mut list: Option<(usize, usize)> = None;
    // `婴儿死亡率、孕产妇死亡率分别下降到3.5‰`: the first figure after `分别` read once per name
    // (the index in `out` of its first target, and how many), until a second figure makes it
    // a list.
    let mut named_first: Option<(usize, usize)> = None;
    // Where the noun after the last count target ends (`2个千亿级产业集群` before `和6个…`).
    let mut noun_end: Option<usize> = None;
    // Whether the quantity before was read as a target.
    let mut last_found = false;
    // Where the words picking out the things a target is for end (`…低于50微克/立方米的`).
    let mut qualified = 0;
    // See [`Lead::qualifier`].
    let mut qualifier: Option<Span> = None;
    // See [`Lead::qualified_from`].
    let mut qualified_from: Option<(usize, usize)> = None;
    // `其中…` after a clause that gave a target: a breakdown of it.
    let breakdown = context.after_target && {
        let t: Vec<char> = clause
            .iter()
            .copied()
            .filter(|c| !is_space(*c))
            .take(2)
            .collect();
        t == ['其', '中']
    };
    for (k, q) in quantities.iter().enumerate() {
        let listed = k > 0
            && respectively.is_some_and(|r| r < quantities[k - 1].start)
            && clause
                .get(floor..q.start)
                .is_some_and(|s| !s.is_empty() && s.iter().all(|c| LIST_JOINS.contains(c)));
        // A second figure: the first one's names are the list's, one per figure.
        if let (true, None, Some((first, m))) = (listed, list, named_first.take()) {
            if out.len() == first + m {
                let names: Vec<String> = out.drain(first + 1..).map(|t| t.metric).collect();
                if let Some(head) = out.get_mut(first) {
                    for name in names {
                        head.metric = format!("{}、{name}", head.metric);
                    }
                    list = Some((first, 1));
                }
            }
        }
        if let (true, Some((first, n))) = (listed, list) {
            if let Some(head) = out.get(first).cloned() {
                let bound = quantity::after(clause, q.end, &q.unit);
                let end = bound.as_ref().map_or(q.end, |a| a.span.end);
                // `分别达到100%、95%以上`: a bound after a figure of the list says how each
                // figure that a plain `达到` reads is met.
                if let Some(b) = &bound {
                    for t in out.get_mut(first..first + n).into_iter().flatten() {
                        if t.comparator == Comparator::Equal {
                            t.comparator = b.comparator;
                        }
                    }
                }
                let comparator = match (&bound, head.comparator) {
                    (Some(b), Comparator::Equal) => b.comparator,
                    _ => head.comparator,
                };
                out.push(Target {
                    // With the words joining it to the one before (`和7%`); the list's whole
                    // text is given to each once it ends (`finish_list`).
                    text: text_of(clause, floor, end),
                    value: Some(q.value),
                    value_max: q.value_max,
                    unit: q.unit.clone(),
                    comparator,
                    ..head
                });
                list = Some((first, n + 1));
                floor = end;
                continue;
            }
        }
        // `整治河道及沟渠85条、96.5公里`: the same work measured a second way, the figure
        // right after the first one's with only `、` between: the same measure in its unit.
        if let Some(t) = (k > 0 && last_found && list.is_none())
            .then(|| second_measure(clause, floor, q, &quantities[k - 1], out.last()))
            .flatten()
        {
            floor = t.1;
            out.push(t.0);
            continue;
        }
        finish_list(out, list.take());
        // `超过70微克/立方米的甲镇、乙镇的PM2.5浓度下降至70`: a figure bounding what comes after
        // it (`的` and what is so) picks out the things the target is for; it is none.
        if let Some(after) = qualifies_what_follows(clause, q) {
            qualified_from.get_or_insert((floor, q.start));
            floor = after;
            qualified = after;
            last_found = false;
            continue;
        }
        if let Some(opener) =
            (quantities.get(k + 1)).and_then(|n| quantity::baseline_of(clause, q, n))
        {
            baseline = Some(Baseline {
                opener,
                value: q.value,
            });
            continue;
        }
        let lead = Lead {
            floor,
            qualified_from: qualified_from.take(),
            qualifier: qualifier.take(),
            baseline: baseline.take(),
            figures: achieved,
            goal: context.reading.goal,
            listed: noun_end.take().is_some_and(|end| {
                clause
                    .get(end)
                    .is_some_and(|c| COUNT_LIST_JOINS.contains(c))
                    && q.start == end + 1
            }),
            // (Counts of one kind: `新建学校2所、工期18个月` is no list.) The first count of a
            // breakdown of the target before (`…1000万亩，其中大豆播种面积50万亩`) is committed
            // as that one is.
            named: (last_found
                && k > 0
                && quantities
                    .get(k - 1)
                    .is_some_and(|p| unit_kind(&p.unit) == unit_kind(&q.unit))
                && clause.get(floor..q.start).is_some_and(names_next_item))
                || (k == 0 && breakdown)
                || (k == 0 && context.after_target && {
                    // `养殖大户10户，特种水产养殖120亩`: a clause of a noun and a count
                    // alone goes on the list of the target before it.
                    let before = out.get(context.sentence_from..).unwrap_or_default();
                    let last = before.iter().rev().find(|t| t.value.is_some());
                    last.is_some_and(|t| {
                        unit_kind(&t.unit) == unit_kind(&q.unit) && !names_a_fact(&t.metric)
                    }) && bare_item(clause, q)
                })
                // `完成5个站点北斗系统安装，2个站点北斗系统升级`: a clause of a count and the
                // same things after it, as the target before it is written, goes on its list.
                || (k == 0 && context.after_target && {
                    let before = out.get(context.sentence_from..).unwrap_or_default();
                    let last = before.iter().rev().find(|t| t.value.is_some());
                    last.is_some_and(|t| t.unit == q.unit && same_things_after(&t.text, clause, q))
                }),
        };
        // The measure of the target just read in this sentence, which a change with none of
        // its own goes on from.
        let inherited = ((k == 0 && context.after_target) || (k > 0 && last_found))
            .then(|| {
                let sentence = out.get(context.sentence_from..).unwrap_or_default();
                let valued = sentence.iter().rev().find(|t| t.value.is_some());
                valued.map(|t| (t.metric.clone(), t.unit.clone()))
            })
            .flatten();
        let inherit = (inherited.as_ref()).map(|(m, u)| (m.as_str(), u.as_str()));
        let found = read_quantity(clause, q, &deadlines, lead, (prev, inherit))
            .map(|ts| governed(ts, context.governing))
            .map(|mut ts| {
                // `城市生活垃圾无害化处理率达到100%，农村达到90%`: a share or sum given for
                // another place or group names only that place; the measure is the one before
                // it in the sentence (of a figure of the same kind), for that place.
                let alike = |unit: &str| {
                    (percent_or_money(unit) && unit_kind(unit) == unit_kind(&q.unit)).then_some(())
                };
                if let (Some((measure, unit)), [t]) = (&inherited, ts.as_mut_slice()) {
                    if let Some(of_place) = alike(unit)
                        .filter(|_| q.unit == t.unit)
                        .and_then(|_| for_place(&t.metric, measure))
                    {
                        t.metric = of_place;
                    }
                }
                ts
            });
        // `婴儿死亡率、5岁以下儿童死亡率…分别下降到…`: a figure read as none before `分别` is
        // part of a name of the list, which is read from the floor before it.
        let in_names = found.is_none() && respectively.is_some_and(|r| r >= q.end);
        // `纳入国家考核的3个断面水质优良率`: a count that is no target, after words that
        // qualify what it counts, leaves those words to the measure of the things counted.
        if found.is_none() && !in_names && !q.unit.is_empty() && unit_kind(&q.unit) == 0 {
            let before = clause.get(floor..q.start).unwrap_or_default();
            qualifier = (before.last() == Some(&'的')
                && before
                    .iter()
                    .rev()
                    .skip(1)
                    .take(2)
                    .all(|&c| crate::chars::is_common_han(c))
                && clause
                    .get(q.end)
                    .is_some_and(|&c| crate::chars::is_common_han(c)))
            .then_some(Span {
                start: floor,
                end: q.start,
            });
        }
        if !in_names {
            floor = quantity::after(clause, q.end, &q.unit).map_or(q.end, |a| a.span.end);
        }
        if found.is_some() && !q.unit.is_empty() && !percent_or_money(&q.unit) {
            noun_end = Some(post_noun(clause, floor).1);
        }
        last_found = found.is_some();
        if let Some(targets) = found {
            used_deadline |= targets.iter().any(|t| t.deadline.is_some());
            if respectively.is_some_and(|r| r < q.start) {
                match targets.len() {
                    1 => list = Some((out.len(), 1)),
                    m => named_first = Some((out.len(), m)),
                }
            }
            out.extend(targets);
        }
    }
    // `接待游客500万人次，实现旅游收入50亿元，分别增长8%、10%`: a list that names nothing
    // before its `分别` is of the figures before it in the sentence.
    let unnamed = respectively.is_some_and(|r| {
        clause
            .get(..r)
            .is_some_and(|b| b.iter().all(|&c| is_space(c)))
    });
    finish_list(out, list);
    if let Some((first, n)) = list.filter(|l| unnamed && l.1 > 1) {
        name_from_before(out, context.sentence_from, first, n);
    }
    if used_deadline || achieved {
        return heading;
    }
    // (A year among the words picking out the things is when they were so, no deadline:
    // `在2019年PM2.5浓度低于50的丙乡…`.)
    deadlines.retain(|d| d.start >= qualified);
    out.extend(deadline_targets(
        chars, skip, next, clause, &deadlines, prev,
    ));
    heading
}

/// The target of figure `q` when it measures the work of the target before it (`head`, read
/// from figure `prev`) a second way (`85条、96.5公里`): only `、` between them, units of
/// things, not the same; and where its words end.
fn second_measure(
    clause: &[char],
    floor: usize,
    q: &Quantity,
    prev: &Quantity,
    head: Option<&Target>,
) -> Option<(Target, usize)> {
    let head = head?;
    let joined = clause.get(floor..q.start) == Some(&['、'][..]);
    let things = |u: &str| !u.is_empty() && !percent_or_money(u);
    if !joined
        || !things(&q.unit)
        || !things(&prev.unit)
        || q.unit == prev.unit
        || head.unit != prev.unit
        || head.value.is_none()
    {
        return None;
    }
    let bound = quantity::after(clause, q.end, &q.unit);
    let end = bound.as_ref().map_or(q.end, |a| a.span.end);
    // Nothing of its own after it (`15公里、8座泵站` counts another thing).
    if clause
        .get(end)
        .is_some_and(|&c| !matches!(c, '，' | ',' | '。' | '；' | ';' | '）' | ')'))
    {
        return None;
    }
    let comparator = bound.as_ref().map_or(head.comparator, |b| b.comparator);
    let target = Target {
        text: format!("{}{}", head.text, text_of(clause, floor, end)),
        value: Some(q.value),
        value_max: q.value_max,
        unit: q.unit.clone(),
        comparator,
        ..head.clone()
    };
    Some((target, end))
}

/// Words after `的` that a figure before it is the level of (`下降3%的目标`, `90%以上的要求`):
/// the figure is still one to reach.
const AIM_NOUNS: &[&str] = &[
    "目标", "任务", "要求", "指标", "水平", "标准", "幅度", "比例",
];

/// Ends of units that measure a thing rather than count things (`平方米`, `吨`, `公顷`).
const PROPERTY_UNIT_ENDS: &[&str] = &["米", "吨", "克", "公顷", "亩", "瓦", "升", "度"];

/// Most characters between a count after `涉及` and the `的` of the things it picks out
/// (`涉及两个以上部门的事项`).
const INVOLVED_NOUN_MAX: usize = 6;

/// Where the words after a figure start when it bounds what follows it (`超过70微克/立方米的`
/// `甲镇`, `低于50的丙乡`, `面积1000平方米以上的商场`): a bound said by a word (`超过`, `以上`)
/// and then `的` before a thing, not an aim (`下降3%的目标`) nor a share of the things
/// (`90%以上的行政村`). `None` otherwise.
fn qualifies_what_follows(clause: &[char], q: &Quantity) -> Option<usize> {
    let after = quantity::after(clause, q.end, &q.unit);
    let end = after.as_ref().map_or(q.end, |a| a.span.end);
    // `涉及两个以上部门的事项`: the things the work is for are those involving so many.
    // (A bound says so, `以上`: `完成涉及500户的棚户区改造` counts the work.)
    let involving = q.start >= 2 && super::scan::at(clause, q.start - 2, "涉及") && after.is_some();
    if involving {
        let noun = (clause.get(end..).unwrap_or_default().iter())
            .take(INVOLVED_NOUN_MAX + 1)
            .position(|&c| c == '的');
        if let Some(k) = noun {
            return Some(end + k + 1);
        }
    }
    // (A share of the things after it is one to reach: `90%以上的行政村通客车`.)
    if clause.get(end) != Some(&'的') || unit_kind(&q.unit) == 3 || q.unit == "‰" {
        return None;
    }
    // A level of a measure of each thing (`2000万元以上的企业`, `70微克/立方米以上的`), or any
    // figure after a word bounding it (`超过100人的`); not a count of the things themselves
    // (`开展2次以上的培训`, `3个以上的项目`).
    let property = unit_kind(&q.unit) == 1
        || unit_kind(&q.unit) == 2
        || q.unit.contains('/')
        || PROPERTY_UNIT_ENDS.iter().any(|e| q.unit.ends_with(e));
    let bounded = (after.is_some() && property) || {
        let before: String = clause[q.start.saturating_sub(2)..q.start].iter().collect();
        ["超过", "低于", "高于", "大于", "小于", "不足"]
            .iter()
            .any(|w| before.ends_with(w))
    };
    let rest = clause.get(end + 1..).unwrap_or_default();
    let aim = AIM_NOUNS.iter().any(|w| at(rest, 0, w));
    let thing = rest
        .first()
        .is_some_and(|&c| crate::chars::is_common_han(c));
    (bounded && thing && !aim).then_some(end + 1)
}

/// Places and groups a measure is given for (`农村`, `县(市)`, `城镇居民`), which a share said
/// for another of them names alone (`…处理率达到100%，农村达到90%`), as words a measure
/// opens with.
const PLACES: &[&str] = &[
    "中心城区",
    "主城区",
    "建制镇",
    "城市",
    "城镇",
    "农村",
    "乡村",
    "市区",
    "城区",
    "县城",
    "城乡",
    "乡镇",
    "山区",
    "全市",
    "全县",
    "全区",
    "全省",
];

/// The last characters of a place or group's name (`示范区`, `建制镇`, `农村居民`).
const PLACE_ENDS: &[&str] = &[
    "区", "县", "镇", "乡", "村", "市", "城", "州", "省", "居民", "职工",
];

/// Last characters of a named place opening a measure (`示例县常住人口城镇化率`), which gives
/// way to another place; not `区` (`社区卫生服务…` opens on no place of its own).
const NAMED_PLACE_ENDS: &[char] = &['县', '市', '州', '省'];

/// Longest named place opening a measure ([`NAMED_PLACE_ENDS`]), in characters.
const NAMED_PLACE_MAX: usize = 5;

/// `metric` (with its change word, `农村居民增长`) read as the place or group alone that
/// `measure`, the one before it in the sentence, is now given for: the measure for that
/// place (`农村生活垃圾无害化处理率`, `农村居民人均可支配收入增长`); `None` when `metric`
/// names a measure of its own.
fn for_place(metric: &str, measure: &str) -> Option<String> {
    let change = (quantity::CHANGE_WORDS.iter().copied()).find(|w| metric.ends_with(w));
    let place = metric.strip_suffix(change.unwrap_or("")).unwrap_or(metric);
    // (A gloss of the places it spans is part of the name: `县(市、区)`.)
    let bare = match place.strip_suffix([')', '）']) {
        Some(glossed) => glossed.split(['(', '（']).next().unwrap_or(glossed),
        None => place,
    };
    let n = bare.chars().count();
    let named = (1..=8).contains(&n)
        && bare.chars().all(crate::chars::is_common_han)
        && (PLACES.contains(&bare) || PLACE_ENDS.iter().any(|e| bare.ends_with(e)));
    if !named || measure.starts_with(place) {
        return None;
    }
    let change_before = (quantity::CHANGE_WORDS.iter().copied()).find(|w| measure.ends_with(w));
    let core = measure
        .strip_suffix(change_before.unwrap_or(""))
        .unwrap_or(measure);
    // The place the measure was given for gives way: its words up to the group's last ones
    // (`城镇居民` before `农村居民`), or a word of [`PLACES`] it opens with.
    // (A group gives way to a group: `城乡居民…参保率` for `城镇职工`.)
    let group = (PLACE_ENDS.iter()).any(|e| e.chars().count() > 1 && bare.ends_with(*e));
    let group_end = (PLACE_ENDS.iter())
        .filter(|e| group && e.chars().count() > 1)
        .find_map(|e| core.find(e).map(|k| k + e.len()))
        .filter(|&end| core[..end].chars().count() <= 6);
    let rest = match group_end {
        Some(end) => &core[end..],
        None => (PLACES.iter())
            .find_map(|p| core.strip_prefix(p))
            .or_else(|| {
                let (k, c) = (core.char_indices())
                    .take(NAMED_PLACE_MAX)
                    .find(|&(k, c)| k > 0 && NAMED_PLACE_ENDS.contains(&c))?;
                Some(&core[k + c.len_utf8()..])
            })
            .unwrap_or(core),
    };
    if rest.chars().count() < 2 {
        return None;
    }
    Some(format!(
        "{place}{rest}{}",
        change.or(change_before).unwrap_or("")
    ))
}

/// What joins the counts of a list, each after its noun (`2个…、5个…和1个…`).
const COUNT_LIST_JOINS: &[char] = &['、', '和', '及', '与'];

/// What a unit counts, for telling a list of like counts (`中心12家、助餐点40个`: things) from
/// a figure of another kind after a count (`学校2所、工期18个月`, `卫生院1所、服务人口5万人`):
/// 0 things, 1 time, 2 money, 3 a share, 4 people.
fn unit_kind(unit: &str) -> u8 {
    if quantity::TIME_UNITS.contains(&unit) || matches!(unit, "年" | "月") {
        1
    } else if quantity::is_money(unit) {
        2
    } else if unit == "%" {
        3
    } else if matches!(unit, "人" | "名" | "人次" | "万人" | "万人次") {
        4
    } else {
        0
    }
}

/// Most characters of the noun naming the next count of a list (`、高中阶段学位`).
const LIST_NOUN_MAX: usize = 12;

/// True when `between`, the words from one target's figure to the next figure, name the next
/// item of its list and nothing else: a list word then a short noun of Han characters
/// (`新增幼儿园学位1500个、高中阶段学位600个`).
fn names_next_item(between: &[char]) -> bool {
    let Some((first, noun)) = between.split_first() else {
        return false;
    };
    // Not what is done already (`已投入使用1所`), a date (`年底前2000个`) or a total (`全市总数
    // 330家`).
    let word = |w: &str| {
        noun.windows(w.chars().count())
            .any(|s| w.chars().eq(s.iter().copied()))
    };
    COUNT_LIST_JOINS.contains(first)
        && (2..=LIST_NOUN_MAX).contains(&noun.len())
        && noun.iter().all(|&c| crate::chars::is_common_han(c))
        && !noun.contains(&'已')
        && !noun.last().is_some_and(|c| "前底末内".contains(*c))
        && !["总数", "总量", "累计", "共计"].iter().any(|w| word(w))
}

/// True when a clause is a short noun and the count `q` alone (`，特种水产养殖120亩`), perhaps
/// with a bound after it (`以上`): the next item of a list of counts.
fn bare_item(clause: &[char], q: &Quantity) -> bool {
    let noun: Vec<char> = (clause.get(..q.start).unwrap_or_default().iter())
        .copied()
        .filter(|c| !is_space(*c))
        .collect();
    let rest: String = (clause.get(q.end..).unwrap_or_default().iter())
        .filter(|c| !is_space(**c))
        .collect();
    let mut between = vec!['、'];
    between.extend(&noun);
    let text: String = noun.iter().collect();
    !names_a_fact(&text)
        && names_next_item(&between)
        && ["", "以上", "左右", "以内"].contains(&rest.as_str())
}

/// Most characters of the words after the count of a clause that counts first (`2个站点北斗系统升级`).
const COUNT_FIRST_WORDS_MAX: usize = 16;

/// Characters the things two counts count must open alike (`遥测站点…`).
const SAME_THINGS_CHARS: usize = 2;

/// True when the clause is the Arabic count `q` and Han words alone (`2个遥测站点北斗系统升级`),
/// counting the same things as `text`, a target's text that opens on its count in the same
/// way (`5个遥测站点北斗系统安装`): the next item of a list. Not what was done or is had
/// (`3个已投入使用`, `3个位于山区`).
fn same_things_after(text: &str, clause: &[char], q: &Quantity) -> bool {
    let opens = clause.iter().take(q.start).all(|c| is_space(*c))
        && clause.get(q.start).is_some_and(char::is_ascii_digit);
    let words = clause.get(q.end..).unwrap_or_default();
    let plain = (2..=COUNT_FIRST_WORDS_MAX).contains(&words.len())
        && words
            .iter()
            .all(|&c| crate::chars::is_common_han(c) && !"已了的".contains(c));
    if !(opens && plain) {
        return false;
    }
    // The things the target before counts: its words after its leading figure and unit.
    let digits = text.chars().take_while(|c| c.is_ascii_digit() || *c == '.');
    let skip = digits.count() + q.unit.chars().count();
    let before: Vec<char> = text.chars().skip(skip).take(SAME_THINGS_CHARS).collect();
    text.starts_with(|c: char| c.is_ascii_digit())
        && text
            .chars()
            .skip(skip - q.unit.chars().count())
            .take(q.unit.chars().count())
            .eq(q.unit.chars())
        && before.len() == SAME_THINGS_CHARS
        && words.get(..SAME_THINGS_CHARS) == Some(&before[..])
}

/// True when a noun names a fact of the whole place (`全镇茶园面积`, `现有幼儿园`) or a figure
/// per head or per item (`户均`, `每个小区`), not an item of a list of work.
fn names_a_fact(noun: &str) -> bool {
    ["全", "每", "户均", "人均", "亩均", "平均"]
        .iter()
        .any(|w| noun.starts_with(w))
        || ["现有", "共有", "已有", "拥有", "面积", "总"]
            .iter()
            .any(|w| noun.contains(w))
}

/// True for a unit of a share or a sum (`%`, `万元`): not a count of things.
fn percent_or_money(unit: &str) -> bool {
    unit == "%" || quantity::is_money(unit)
}

/// Words of a clause that foresees rather than commits (`预计将达到`, `将有可能`): its figures
/// are no targets.
const FORECASTS: &[&str] = &["预计将", "预测将", "据测算", "将有可能", "据预测"];

/// Characters that make a `约` before a number the end of a word (`签约`, `节约`, `合约`,
/// `履约`, `制约`, `预约`), not `about`.
const YUE_WORDS: &str = "签节合履制预特公邀条";

/// Longest text of a `分别` list given whole to each of its figures.
const LIST_TEXT_MAX: usize = 120;

/// What may stand between the quantities of a `分别` list.
const LIST_JOINS: &[char] = &['、', '和', '及', '与', '，', ','];

/// Characters before a `均` that make it part of a word (`人均`, `平均`, `年均`, `生均`), not
/// the adverb `each`.
const AVERAGE_FIRSTS: &str = "人平年日月周季亩户村均生班校床师";

/// Characters after the adverb `均` that open its verb (`均比2020年下降`, `均达到`, `均不低于`).
const EACH_VERB_FIRSTS: &str = "比达下增提降不保控";

/// Where the adverb `均` stands in `clause` (`二氧化硫、氮氧化物排放总量均比2020年下降16%`: each
/// listed thing falls by the figure, as after `分别`), if it does.
fn each_adverb(clause: &[char]) -> Option<usize> {
    (1..clause.len()).find(|&k| {
        clause[k] == '均'
            && crate::chars::is_common_han(clause[k - 1])
            && !AVERAGE_FIRSTS.contains(clause[k - 1])
            && clause
                .get(k + 1)
                .is_some_and(|c| EACH_VERB_FIRSTS.contains(*c))
    })
}

/// Where `word` first stands in `clause`.
fn find(clause: &[char], word: &str) -> Option<usize> {
    (0..clause.len()).find(|&i| super::scan::at(clause, i, word))
}

/// Names the `n` figures of a `分别` list at `first` in `out` after the last `n` figures read
/// before it in its sentence (from `sentence_from`), each with the list's change word
/// (`接待游客500万人次，实现旅游收入50亿元，分别增长8%、10%` → `接待游客增长`, `旅游收入增长`).
/// Left as they are when fewer figures come before.
fn name_from_before(out: &mut [Target], sentence_from: usize, first: usize, n: usize) {
    let before: Vec<String> = (out.get(sentence_from..first).unwrap_or_default().iter())
        .filter(|t| t.value.is_some())
        .map(|t| t.metric.clone())
        .collect();
    let Some(names) = before.len().checked_sub(n).and_then(|k| before.get(k..)) else {
        return;
    };
    let Some(list) = out.get_mut(first..first + n) else {
        return;
    };
    let change = (quantity::CHANGE_WORDS.iter())
        .find(|c| list[0].metric.ends_with(*c))
        .copied()
        .unwrap_or("");
    for (t, name) in list.iter_mut().zip(names) {
        let name = (quantity::CHANGE_WORDS.iter())
            .find_map(|w| name.strip_suffix(w))
            .unwrap_or(name);
        t.metric = format!("{name}{change}");
    }
}

/// Gives the targets of a `分别` list (`list`: the first one's index in `out` and how many)
/// each its own measure ([`respective`]) and the list's whole text. A single figure after
/// `分别` is each named thing's (`二氧化硫、氮氧化物排放总量分别比2015年下降16%`: two targets of
/// 16%).
fn finish_list(out: &mut Vec<Target>, list: Option<(usize, usize)>) {
    if let Some((first, 1)) = list {
        one_figure_each(out, first);
        return;
    }
    let Some((first, n)) = list.filter(|l| l.1 > 1) else {
        return;
    };
    let Some(targets) = out.get_mut(first..first + n) else {
        return;
    };
    let metrics = respective(&targets[0].metric, n);
    // `到2025年底和2030年，…分别不低于25%和32%`: a list of as many deadlines, one for each.
    let deadlines: Vec<String> = (targets[0].deadline.as_deref())
        .map(|d| {
            d.split(horizon::YEAR_LIST_JOINS)
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default();
    if deadlines.len() == n {
        for (t, d) in targets.iter_mut().zip(deadlines) {
            t.deadline = Some(d);
        }
    }
    // `…分别增长5%` + `和7%`: each figure reads in the whole list, when it is short (a list of
    // thousands would copy its text thousands of times).
    let text: String = targets.iter().map(|t| t.text.as_str()).collect();
    let whole = text.chars().count() <= LIST_TEXT_MAX;
    for (t, m) in targets.iter_mut().zip(metrics) {
        t.metric = m;
        if whole {
            t.text.clone_from(&text);
        }
    }
}

/// Most things a single figure after `分别` is given to, one target each.
const EACH_MAX: usize = 6;

/// The target at `first`, a single figure after `分别`, made one per thing its measure lists
/// (`二氧化硫、氮氧化物排放总量分别下降`): each named as [`respective`] names a list's measures.
/// Left as it is when its measure lists one thing or more than [`EACH_MAX`], when a name holds
/// a list of its own (`《…大气、水污染防治条例》`, `各县（市、区）`), when the things are places
/// or offices doing their share (`全市、各县区分别完成…的30%`), and when an earlier thing would
/// be left bare (`城镇职工` of `城镇职工、城乡居民基本养老保险参保率`).
fn one_figure_each(out: &mut Vec<Target>, first: usize) {
    let Some(t) = out.get(first) else {
        return;
    };
    // Without the adverb (`…总量分别下降`, `…总量均下降`; `人均` kept).
    let mut metric = String::with_capacity(t.metric.len());
    let mut before: Option<char> = None;
    for c in t.metric.replacen("分别", "", 1).chars() {
        if c != '均' || before.is_none_or(|b| AVERAGE_FIRSTS.contains(b)) {
            metric.push(c);
        }
        before = Some(c);
    }
    if metric.contains(['（', '(', '《', '“', '"', '〔', '[']) {
        return;
    }
    // Things listed with `、` or one `和` (a `及`, `与` may be inside a word: `及时率`; a `和`
    // opens `和谐`, `和平`, and two are one inside a word: `碳达峰和碳中和`).
    let joins: &[char] = match metric.matches('和').count() {
        0 | 1 => &['、', '和'],
        _ => &['、'],
    };
    let raw: Vec<&str> = metric.split(joins).collect();
    if !(2..=EACH_MAX).contains(&raw.len())
        || raw.iter().any(|p| p.chars().count() < 2)
        || raw.iter().skip(1).any(|p| p.starts_with(['谐', '平']))
        || raw.iter().any(|p| does_a_share(p))
    {
        return;
    }
    let names = respective(&metric, raw.len());
    if (1..names.len()).any(|k| names[..k].contains(&names[k])) {
        return;
    }
    // Each earlier thing a measure itself (`报备率`), or named with the words the last one
    // adds after a thing like it (`二氧化硫` as `氮氧化物` → `二氧化硫排放总量`; `细颗粒物` ending as
    // `可吸入颗粒物` does): not a short word whose likeness to the last one's start is a guess
    // (`氨氮` and `化学需氧量`), nor a part left bare (`城镇职工`).
    let last = raw.last().copied().unwrap_or_default();
    let named = (names.iter().zip(&raw))
        .take(raw.len() - 1)
        .all(|(name, part)| has_ending(part) || named_like_last(part, name, last));
    if !named {
        return;
    }
    let head = t.clone();
    let each = names.into_iter().map(|name| Target {
        metric: name,
        ..head.clone()
    });
    out.splice(first..=first, each);
}

/// Least length of a listed thing read as parallel to the last one's start (`二氧化硫`,
/// `氮氧化物`): shorter ones (`城镇`, `农村`; `氨氮`, `化学`) may or may not be words alike.
const PARALLEL_MIN: usize = 3;

/// True when `name`, given to the listed thing `part`, is `part` with words the `last` part
/// ends on, and `part` is like the start of `last` (as long, alike in half its places at least)
/// or ends as a word inside `last` does (`细颗粒物` in `可吸入颗粒物…`).
fn named_like_last(part: &str, name: &str, last: &str) -> bool {
    let Some(tail) = name.strip_prefix(part) else {
        return false;
    };
    if tail.is_empty() || !last.ends_with(tail) {
        return false;
    }
    let len = part.chars().count();
    let alike = part
        .chars()
        .zip(last.chars())
        .filter(|(x, y)| x == y)
        .count();
    let parallel = len >= PARALLEL_MIN && alike * 2 >= len;
    let ending: String = part.chars().skip(len.saturating_sub(2)).collect();
    let shared_ending =
        len >= PARALLEL_MIN && last.chars().skip(1).collect::<String>().contains(&ending);
    parallel || shared_ending
}

/// True when a thing of a `分别` list is a place, a level or an office doing its share
/// (`全市`, `各乡镇`, `示例县`, `市级`, `县直部门`), not a measure of its own (`城镇` is the
/// people of the towns).
fn does_a_share(part: &str) -> bool {
    let short = part.chars().count() <= 4;
    (short && part.starts_with(['全', '各']))
        || part.ends_with(['级'])
        || part.ends_with("部门")
        || part.ends_with("单位")
        || (!PEOPLE_OF_PLACES.contains(&part)
            && part.ends_with(['省', '市', '县', '区', '乡', '镇']))
}

/// Words ending as a place does that name the people or the ground of a kind of place, measured
/// apart (`城镇、农村居民…`, `城市、县城污水处理率`).
const PEOPLE_OF_PLACES: &[&str] = &["城镇", "城市", "县城", "城区"];

/// Verbs after a deadline that close the work named before it (`建立台账，6月底前完成`).
const CLOSING_VERBS: &[&str] = &[
    "全面完成",
    "基本完成",
    "完成",
    "落实到位",
    "到位",
    "办结",
    "完工",
    "建成",
];

/// Characters read after (and before) a deadline for its measure and text.
const DEADLINE_READ: usize = 80;

/// True when only a closing verb ([`CLOSING_VERBS`]) follows deadline `d` in `clause`.
fn closes_work(clause: &[char], d: &Deadline) -> bool {
    // The longest verb and a mark or two around it.
    if d.end + 8 < clause.len() {
        return false;
    }
    let tail = text_of(clause, d.end, clause.len());
    let tail = tail.trim_matches(|c: char| !crate::chars::is_common_han(c));
    CLOSING_VERBS.contains(&tail)
}

/// The `by` targets of a clause's deadlines that no quantity took (`每年3月1日前报告…`): each
/// measured by the words after it, else the clause after (`next`), the words before it, the
/// clause before (`prev`), the verb left, or the task itself ([`TASK_DEADLINE`]).
fn deadline_targets(
    chars: &[char],
    skip: &[bool],
    next: Option<Span>,
    clause: &[char],
    deadlines: &[Deadline],
    prev: &str,
) -> Vec<Target> {
    let mut out = Vec::new();
    for d in deadlines {
        // Read no further than a metric or a target's text reaches: a clause of thousands of
        // deadlines stays linear.
        let reach = clause.len().min(d.end + DEADLINE_READ);
        let tail = text_of(clause, d.end, reach);
        // `建立台账，6月底前完成`: the work is named before the deadline, not after.
        let closing = closes_work(clause, d);
        // `到2027年或更长时间，基本消除重污染天气`: a hedge on the date is no work.
        let tail = DATE_HEDGES
            .iter()
            .find_map(|h| tail.strip_prefix(h))
            .map_or(tail.clone(), str::to_string);
        let mut due = match closing {
            true => String::new(),
            false => trim_metric(without_unit_aside(&tail), true),
        };
        // `开展大排查（4月1日至4月30日）`: a deadline in brackets of its own is the words'
        // before it.
        let aside = d
            .start
            .checked_sub(1)
            .and_then(|k| clause.get(k))
            .is_some_and(|c| matches!(c, '（' | '('))
            && tail.starts_with(['）', ')']);
        if due.is_empty() && !aside && !closing {
            if let Some(next) = next {
                // `到2025年，覆盖率达到90%`: the quantities after carry the deadline.
                if !quantity::scan(next.of(chars), next.of(skip)).is_empty() {
                    continue;
                }
                // Not a unit aside after the sentence (`年底前。（责任单位：…）`).
                due = trim_metric(without_unit_aside(&next.text(chars)), true);
            }
        }
        let mut metric = if due.is_empty() {
            trim_metric(
                &text_of(clause, d.start.saturating_sub(DEADLINE_READ), d.start),
                false,
            )
        } else {
            due
        };
        let unit_phrase =
            super::names::looks_like_org(prev) || UNIT_WORDS.iter().any(|w| prev.contains(w));
        if metric.is_empty() && !unit_phrase {
            metric = trim_metric(prev, false);
        }
        if metric.is_empty() {
            // `6月底完成`: only a verb is left; keep it rather than nothing.
            metric = text_of(clause, d.end, reach)
                .trim_matches(|c: char| {
                    !crate::outline::text::is_wide(c) || "〔〕【】（）".contains(c)
                })
                .to_string();
        }
        if metric.is_empty() {
            // A deadline alone (`（甲局牵头；2025年底前）`) is the task's own completion date.
            metric = TASK_DEADLINE.to_string();
        }
        // `下半年进一步完善了…`, `上半年…纳入了…`: work told as done, a fact of the past.
        if tells_of_done(&metric) {
            continue;
        }
        // A deadline in brackets of its own reads as itself (no `）` and words after it).
        let text = match aside {
            true => d.text.clone(),
            false => without_unit_aside(&text_of(clause, d.start, reach))
                .trim_end_matches(['）', ')', '〕', '】'])
                .to_string(),
        };
        out.push(Target {
            text,
            metric,
            comparator: Comparator::By,
            value: None,
            value_max: None,
            unit: "date".to_string(),
            deadline: Some(d.text.clone()),
            per: None,
            baseline: None,
            base: None,
            kind: crate::model::TargetKind::Commitment,
        });
    }
    out
}

/// Verbs of work that, with `了` after them, tell it as done (`完善了`, `纳入了`).
const DONE_VERBS: &[&str] = &[
    "完善", "纳入", "完成", "建立", "建成", "形成", "实现", "开展", "举办", "召开", "出台", "制定",
    "印发", "落实", "推进", "启动", "组建", "成立", "设立", "取得", "引进", "签订", "新增", "提升",
];

/// True when words of work tell it as done: a verb of work with `了` after it (`完善了…`,
/// `纳入了…`), outside quotes and titles, and not describing a thing (`已受理了的案件`; nor
/// `了结`, `明了`, `解决不了`, none of them such a verb).
fn tells_of_done(words: &str) -> bool {
    let chars: Vec<char> = words.chars().collect();
    let mut depth = 0usize;
    for (k, &c) in chars.iter().enumerate() {
        match c {
            '“' | '《' | '"' if depth == 0 || c != '"' => depth += 1,
            '”' | '》' => depth = depth.saturating_sub(1),
            '"' => depth = depth.saturating_sub(1),
            '了' if depth == 0 && chars.get(k + 1) != Some(&'的') => {
                let before: String = chars[k.saturating_sub(2)..k].iter().collect();
                if DONE_VERBS.contains(&before.as_str()) {
                    return true;
                }
            }
            _ => {}
        }
    }
    false
}

/// Words right after a deadline that hedge it (`到2027年或更长时间`).
const DATE_HEDGES: &[&str] = &["或更长时间", "或更长一段时间", "或更早", "左右"];

/// Targets of a clause with no deadline of their own take the one heading their sentence.
fn governed(mut targets: Vec<Target>, governing: Option<&str>) -> Vec<Target> {
    if let Some(g) = governing {
        let open = |t: &&mut Target| t.deadline.is_none() && t.kind == TargetKind::Commitment;
        for t in targets.iter_mut().filter(open) {
            t.deadline = Some(g.to_string());
        }
    }
    targets
}

/// A phrase without a trailing bracket that names who does it (`年内实现全覆盖（市甲局负责）`
/// → `年内实现全覆盖`); the bracket may be left open where the clause broke.
fn without_unit_aside(s: &str) -> &str {
    let Some(open) = s.rfind(['（', '(']) else {
        return s;
    };
    let inner = s
        .get(open..)
        .unwrap_or("")
        .trim_start_matches(['（', '('])
        .trim_end_matches(['）', ')']);
    let units = UNIT_WORDS.iter().any(|w| inner.contains(w))
        || super::names::looks_like_org(inner)
        || super::names::split_names(inner)
            .iter()
            .all(|n| super::names::looks_like_org(n))
            && !inner.is_empty()
            && inner.contains(['、', '，', ',']);
    if units {
        s.get(..open).unwrap_or(s)
    } else {
        s
    }
}

/// The level a target starts from (`由8000户提高到12000户`).
#[derive(Debug, Clone, Copy)]
struct Baseline {
    /// Where its phrase opens (`由`).
    opener: usize,
    /// The level (8000).
    value: f64,
}

/// What stands before a quantity in its clause.
struct Lead {
    /// Where the previous quantity of the clause ended (`不少于1批次、法治专题讲座…`).
    floor: usize,
    /// The level it starts from (`由8000户提高到`).
    baseline: Option<Baseline>,
    /// True in a report: every figure counts, as achieved.
    figures: bool,
    /// True when it goes on a list of counts the one before heads, right after that one's
    /// noun (`创建2个4A级景区、5个3A级景区`): the verb before the first commits each.
    listed: bool,
    /// True when it goes on a list of targets after the one before, each count after its own
    /// noun (`新增幼儿园学位1500个、高中阶段学位600个`): committed as the first is.
    named: bool,
    /// The words before a count that is no target, ending in `的`, which qualify the noun
    /// after the count (`纳入国家考核的` of `纳入国家考核的3个断面水质优良率`).
    qualifier: Option<Span>,
    /// True in a goal's text ([`Reading::goal`]).
    goal: bool,
    /// When words picking out the things counted stand before it (`新建500平方米以上的日间照料
    /// 中心10个`): where they were read from and where their figure starts, so that a building
    /// verb before them (`新建`) commits the count.
    qualified_from: Option<(usize, usize)>,
}

/// The words around a quantity that say what it commits to.
struct Words {
    /// The comparator word before it (`不少于`).
    before: Option<Bound>,
    /// The comparator word after its unit (`以上`).
    after: Option<Bound>,
    /// A shrinking verb's `至` right before it (`压缩至1个工作日`).
    shrink: bool,
    /// The period word before it (`每年`), and where that ends.
    per: Option<(&'static str, usize)>,
    /// The period it is counted in: that word, or one after a slash (`4次/年`).
    per_word: Option<&'static str>,
    /// The word before it when that is a change by an amount (`增长`).
    change: Option<&'static str>,
    /// `约` right before the number.
    about: bool,
}

impl Words {
    /// The words around `q` in `clause`, after `floor`.
    fn around(clause: &[char], q: &Quantity, floor: usize) -> Self {
        let before = quantity::before(clause, floor, q.start);
        let per = period(clause, q.start);
        Words {
            before,
            after: quantity::after(clause, q.end, &q.unit),
            shrink: quantity::shrink_to(clause, 0, q.start),
            per,
            per_word: per.map(|p| p.0).or_else(|| per_slash(clause, q.end)),
            change: before.and_then(|b| quantity::change_word(&b.span.text(clause))),
            // `约40亿元`, not the `约` of a word (`签约40亿元`, `节约`, `合约`).
            about: q.start > 0
                && clause.get(q.start - 1) == Some(&'约')
                && !(q.start > 1
                    && clause
                        .get(q.start - 2)
                        .is_some_and(|c| YUE_WORDS.contains(*c))),
        }
    }

    /// True when a word around the number makes it a target (a comparator, a shrinking verb,
    /// a period).
    fn commit(&self) -> bool {
        self.before.is_some() || self.after.is_some() || self.shrink || self.per_word.is_some()
    }

    /// Where the phrase of `q` starts: at its comparator word, or at a shrinking verb's `至`.
    fn phrase_start(&self, q: &Quantity) -> usize {
        match self.before {
            Some(b) => b.span.start,
            None if self.shrink => q.start.saturating_sub(1),
            None => q.start,
        }
    }

    /// The words between the comparator word and the number (`不少于执法人员总数的`), trimmed.
    fn between(&self, clause: &[char], q: &Quantity) -> String {
        self.before
            .map(|b| trim_metric(&text_of(clause, b.span.end, q.start), false))
            .unwrap_or_default()
    }

    /// The comparator they give `q`: `不少于4次` ≥, `300余次` ≥, `约60%` about, `增长6%左右`
    /// about, `压缩至3个工作日` within (at most, for what is not a time limit).
    fn comparator(&self, q: &Quantity) -> Comparator {
        let before = self.before.map(|b| b.comparator);
        let mut comparator = match (before, self.after.map(|a| a.comparator)) {
            // A change by an amount (`增长6%`) is at least that change, unless the text says
            // it is about it (`增长6%左右`).
            (Some(_), Some(Comparator::About)) if self.change.is_some() => Comparator::About,
            // A ceiling word keeps a level (`控制在`) the words after the figure say more of:
            // `控制在85%以上` is a floor, `控制在8%左右` about it.
            (
                Some(Comparator::AtMost),
                Some(a @ (Comparator::AtLeast | Comparator::MoreThan | Comparator::About)),
            ) => a,
            (
                Some(
                    b @ (Comparator::AtLeast
                    | Comparator::MoreThan
                    | Comparator::AtMost
                    | Comparator::LessThan),
                ),
                _,
            ) => b,
            (_, Some(a)) => a,
            (Some(b), None) => b,
            (None, None) if self.shrink => Comparator::Within,
            (None, None) => Comparator::Equal,
        };
        if q.odd && comparator == Comparator::Equal {
            comparator = Comparator::AtLeast;
        } else if self.about && comparator == Comparator::Equal {
            comparator = Comparator::About;
        }
        if comparator == Comparator::Within && !TIME_UNITS.contains(&q.unit.as_str()) {
            comparator = Comparator::AtMost;
        }
        // `增长5%－10%`: a change within a range, not at least its low end.
        if self.change.is_some() && q.value_max.is_some() {
            comparator = Comparator::Equal;
        }
        comparator
    }
}

/// Scopes a rank is among (`全省前5名`).
const RANK_SCOPES: &[&str] = &["全国", "全省", "全市", "全区", "全县", "全州", "同类"];

/// Verbs that reach a rank (`进入全省前5名`, `稳居全市前三位`).
const RANK_VERBS: &[&str] = &[
    "进入", "位居", "稳居", "位列", "跻身", "保持", "争创", "排名",
];

/// What is ranked (`营商环境评价进入全省前` → `营商环境评价`): the measure without the rank's
/// `前`, scope and verb; the phrase itself when nothing is left.
fn ranked_measure(m: &str) -> &str {
    let t = m.strip_suffix('前').unwrap_or(m);
    let t = RANK_SCOPES
        .iter()
        .find_map(|s| t.strip_suffix(s))
        .unwrap_or(t);
    let t = RANK_VERBS
        .iter()
        .find_map(|v| t.strip_suffix(v))
        .unwrap_or(t);
    if t.is_empty() {
        m
    } else {
        t
    }
}

/// Units of a place in a ranking (`前8名`, `前三位`).
const RANK_UNITS: &[&str] = &["名", "位"];

/// The words before a quantity that name its measure.
struct Pre {
    /// The measure, fillers trimmed, with the change word after it (`人均收入增长`).
    text: String,
    /// Where it starts in the clause.
    start: usize,
    /// What the number is a share of (`占…的`), cut off the measure.
    base: Option<String>,
}

/// Most names of a `分别` list read whole before it.
const RESPECTIVE_NAMES_MAX: usize = 8;

/// The names of a `分别` list before it (`城镇居民人均可支配收入、农村居民人均可支配收入分别
/// 增长…`), each kept whole where a long measure would be cut at its last `、`: the first part
/// trimmed as a measure, the others as they are, when each is a name's length. `None` when
/// `raw` does not end in `分别` or the names are not a list.
fn names_before_respectively(raw: &str) -> Option<String> {
    let raw = raw.strip_suffix("分别")?;
    if let Some(names) = names_before_kind(raw) {
        return Some(names);
    }
    if !raw.contains('、') {
        return None;
    }
    let parts: Vec<&str> = raw.split('、').collect();
    // (Each a name alone: `县级及以上、农村…` joins words inside a part.)
    let short = |p: &&str| {
        (2..=METRIC_NAME_CHARS).contains(&p.chars().count()) && !p.contains(['和', '及', '与'])
    };
    if parts.len() > RESPECTIVE_NAMES_MAX || !parts.iter().skip(1).all(short) {
        return None;
    }
    let first = trim_metric(parts[0], false);
    if first.chars().count() < 2 || first.contains(['和', '及', '与']) {
        return None;
    }
    Some(
        std::iter::once(first.as_str())
            .chain(parts.iter().skip(1).copied())
            .collect::<Vec<_>>()
            .join("、"),
    )
}

/// The names of a `分别` list given before the kind they are of (`二氧化硫、氮氧化物和挥发性
/// 有机物等主要污染物排放总量比2020年` → `二氧化硫排放总量、氮氧化物排放总量、挥发性有机物排放
/// 总量比2020年`): each name with the measure said after the kind ([`KIND_NOUNS`]), the base
/// kept after them. `None` when `raw` names no such list.
fn names_before_kind(raw: &str) -> Option<String> {
    let body = split_base(raw).0;
    let base = raw.strip_prefix(body.as_str())?;
    let (list, tail) = body.rsplit_once('等')?;
    let measure = KIND_NOUNS
        .iter()
        .filter_map(|k| tail.rfind(k).map(|i| &tail[i + k.len()..]))
        .min_by_key(|m| m.len())
        .unwrap_or(tail);
    let names: Vec<&str> = list.split(RESPECTIVE_LIST_JOINS).collect();
    let named = |n: &&str| (2..=KIND_NAME_CHARS).contains(&n.chars().count());
    if names.len() < 2
        || names.len() > RESPECTIVE_NAMES_MAX
        || !names.iter().all(named)
        || measure.chars().count() < 2
    {
        return None;
    }
    let first = trim_metric(names[0], false);
    let named: Vec<String> = std::iter::once(first.as_str())
        .chain(names.iter().skip(1).copied())
        .map(|n| format!("{n}{measure}"))
        .collect();
    Some(format!("{}{base}", named.join("、")))
}

/// Words joining the names of a list (`二氧化硫、氮氧化物和挥发性有机物`).
const RESPECTIVE_LIST_JOINS: &[char] = &['、', '和', '及', '与'];

/// Nouns of a kind that a list of names is of, before the measure of each
/// (`…等主要污染物排放总量`).
const KIND_NOUNS: &[&str] = &["污染物", "指标", "物质", "产品", "行业"];

/// Longest name of a list before its kind, in characters.
const KIND_NAME_CHARS: usize = 12;

/// Longest name of a `分别` list's measure, in characters.
const METRIC_NAME_CHARS: usize = 20;

/// The measure named in `clause[from..to]`, before a quantity whose phrase starts at
/// `phrase_start`.
fn pre_measure(clause: &[char], from: usize, to: usize, phrase_start: usize, words: &Words) -> Pre {
    let raw = text_of(clause, from, to);
    let pre = match names_before_respectively(&raw) {
        Some(names) => names,
        None => trim_metric(&raw, false),
    };
    // Where the measure starts in the clause (fillers trimmed off either end): where its first
    // name is written (a list's names may be given words of their kind: `二氧化硫排放总量、…`).
    // The first char where it is written (like `raw.find`, without setting up a searcher
    // for these few chars); its char index is counted on the way.
    let first = match pre.split_once('、') {
        Some((name, _)) if !raw.contains(name) => {
            let n = name.chars().count();
            (1..n)
                .rev()
                .map(|k| name.chars().take(k).collect::<String>())
                .find(|p| raw.contains(p.as_str()))
                .unwrap_or_default()
        }
        _ => pre.clone(),
    };
    let found = (!first.is_empty())
        .then(|| {
            (raw.char_indices().enumerate())
                .find(|(_, (b, _))| raw.get(*b..).is_some_and(|r| r.starts_with(first.as_str())))
        })
        .flatten();
    let start = match found {
        Some((k, _)) => from + k,
        None => phrase_start.saturating_sub(pre.chars().count()),
    };
    let (pre, base) = split_base(&pre);
    let pre = match pre.strip_suffix('约') {
        Some(p) if words.about => trim_metric(p, false),
        _ => pre,
    };
    // `城乡居民收入增长`, `公办园在园幼儿占比`: the word is part of what is measured.
    let joined = words.change.or(words.before.and_then(|b| {
        let word = b.span.text(clause);
        JOINED_WORDS.iter().copied().find(|w| word == *w)
    }));
    let text = match joined {
        Some(w) if !pre.is_empty() => format!("{pre}{w}"),
        _ => pre,
    };
    Pre { text, start, base }
}

/// Comparator words that name a share, part of the measure as a change word is
/// ([`quantity::CHANGE_WORDS`]): `在园幼儿占比60%` measures a share, not a count.
const JOINED_WORDS: &[&str] = &["占比"];

/// Words for the aim a figure is said to reach (`…为0的工作目标`, `…的要求`), never what it counts.
const GOAL_NOUNS: &[&str] = &["目标", "要求"];

/// Which words name the measures of a quantity: the words before it (`pre`, several when it
/// lists them), between its comparator and number, or the noun after it (`post`); `true`
/// when they include the noun after.
/// `pre` from after the last verb of work in it (`继续举办展览面积` → `展览面积`).
fn after_work(pre: &str) -> &str {
    (quantity::COUNT_VERBS.iter().chain(quantity::BUILDING_VERBS))
        .filter_map(|v| pre.rfind(v).map(|k| k + v.len()))
        .max()
        .map_or(pre, |k| &pre[k..])
}

/// True when `pre` ends in the amount `noun` with words of what it is of, after any verb of
/// work (`展览面积`; not `新建面积`, whose thing is named after the figure).
fn named_amount(pre: &str, noun: &str) -> bool {
    pre.ends_with(noun) && after_work(pre).len() > noun.len()
}

/// True when a count's noun goes on to a measure brought to a figure of its own
/// (`示范园区入驻率达到80%`): a measure's name, its verb, then a digit.
fn levels_a_figure(post: &str) -> bool {
    // (A count's noun seldom holds a figure: its bytes tell at once.)
    if !post.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    LEVEL_VERBS.iter().any(|v| {
        post.match_indices(v).any(|(k, _)| {
            has_ending(&post[..k])
                && post[k + v.len()..]
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_ascii_digit())
        })
    })
}

/// Nouns of an amount measured in a unit of its own (area, length, volume), which name the
/// measure before the figure whatever follows it.
const AMOUNT_NOUNS: &[&str] = &["面积", "规模", "总量", "长度", "里程", "容量", "产量"];

/// Nouns of a sum of money, which name the measure before the figure whatever follows it
/// (`引进总投资8500万元的…项目` measures `总投资`, not the project that has it).
const MONEY_AMOUNT_NOUNS: &[&str] = &["投资", "资金"];

fn measures(
    pre: &str,
    post: &str,
    between: &str,
    within: bool,
    (percent, money): (bool, bool),
) -> (Vec<String>, bool) {
    let amount = |nouns: &[&str]| nouns.iter().any(|n| named_amount(pre, n));
    if has_ending(pre) {
        (split_metrics(pre), false)
    } else if !post.is_empty()
        && ((!percent && amount(AMOUNT_NOUNS)) || (money && amount(MONEY_AMOUNT_NOUNS)))
    {
        // `展览面积超3万平米的产业展会`: the amount named before the figure is what it
        // measures, not the thing after it that has it; read from after the work done
        // (`继续举办展览面积` measures `展览面积`).
        (vec![after_work(pre).to_string()], false)
    } else if within && pre.chars().count() >= 2 {
        (vec![pre.to_string()], false)
    } else if pre.is_empty() && !between.is_empty() {
        (vec![between.to_string()], false)
    } else if pre.is_empty() {
        (vec![post.to_string()], !post.is_empty())
    } else if post.is_empty() {
        (vec![pre.to_string()], false)
    } else if percent {
        (vec![format!("{pre}{post}")], true)
    } else {
        (vec![post.to_string()], true)
    }
}

/// The words before the deadline that ends at `context_start` (`卫生黑点` of `卫生黑点于6月底前
/// 消除…`), read from the last deadline, period word or `floor` before it, trimmed as a
/// measure (its `于`, `在` dropped); `None` when there are none or no deadline ends there.
fn named_before_deadline(
    clause: &[char],
    deadlines: &[Deadline],
    per: Option<(&str, usize)>,
    floor: usize,
    context_start: usize,
) -> Option<String> {
    let d = deadlines
        .iter()
        .find(|d| d.end == context_start && d.start >= floor)?;
    let from = (deadlines.iter().map(|e| e.end))
        .chain(per.map(|p| p.1))
        .chain(std::iter::once(floor))
        .filter(|&end| end <= d.start)
        .max()
        .unwrap_or(floor);
    let head = text_of(clause, from, d.start);
    // `专项资金用于…`: a word's `于`, no link.
    if WORDS_IN_YU.iter().any(|w| head.ends_with(w)) {
        return None;
    }
    let head = head.trim_end_matches(DEADLINE_LINKS);
    // `地区生产总值力争2024年增长6%`: the intent between the measure and its year is no part
    // of it.
    let head = (INTENTS.iter())
        .find_map(|w| head.strip_suffix(w))
        .unwrap_or(head)
        .trim_end_matches(DEADLINE_LINKS);
    // `各部门确定的环境卫生黑点`: what is measured is the noun its qualifier's `的` is of.
    // (A measure's own name keeps its scope: `城市建成区的绿化覆盖率`.)
    let head = match head.rsplit_once('的') {
        Some((_, noun)) if noun.chars().count() >= 2 && !has_ending(head) => noun,
        _ => head,
    };
    // Who does the work (`各乡镇`, `市教育局`) or how it is meant (`力争`, `按照…部署`) is no
    // measure.
    let doer = head.starts_with('各')
        || super::names::looks_like_org(head)
        || NOT_MEASURES.iter().any(|w| head.starts_with(w))
        || INTENTS.iter().any(|w| head.contains(w));
    if doer {
        return None;
    }
    let head = trim_metric(head, false);
    (!head.is_empty()).then_some(head)
}

/// Words ending in `于` that are no link to a deadline after them (`用于6月底前…`).
const WORDS_IN_YU: &[&str] = &[
    "用于", "属于", "关于", "由于", "等于", "对于", "基于", "利于",
];

/// Openings of the words before a deadline that name no measure (`按照省统一部署于…`,
/// `对已建成项目于…`, `我市于…`).
const NOT_MEASURES: &[&str] = &["按照", "对", "我市", "我县", "我区", "我镇", "我乡", "我省"];

/// Words of intent that make the words before a deadline a sentence, no measure (`我市力争于…`,
/// `计划于…`).
const INTENTS: &[&str] = &["力争", "计划", "争取", "确保", "要", "将", "拟"];

/// Words that tie a deadline to the measure before it (`覆盖率于6月底前`, `到2025年底`).
const DEADLINE_LINKS: &[char] = &['于', '在', '到', '至', '将', '要'];

/// Most characters of a measure's name too bare to stand alone after a deadline (`消除率`).
const BARE_MEASURE_CHARS: usize = 3;

/// Where the phrase of a quantity starts as it reads (its deadline, measure, comparator, number
/// and unit): at its deadline when that stands between `floor` and the phrase, else at its
/// measure (`pre_start`); the period word before either (`每季度至少开展1次…`) included.
fn text_start(
    deadlines: &[Deadline],
    per: Option<(&str, usize)>,
    floor: usize,
    phrase_start: usize,
    pre_start: usize,
) -> usize {
    let start = deadlines
        .first()
        .map(|d| d.start)
        .filter(|&d| d >= floor && d < phrase_start)
        .unwrap_or(pre_start);
    per.map(|(w, end)| end.saturating_sub(w.chars().count()))
        .filter(|&p| p >= floor && p < start)
        .unwrap_or(start)
}

/// What a measure named `…X数` counts (`优良天数`, `参训人数`), and the units it is counted in.
const NAMED_COUNTS: &[(char, &[&str])] = &[
    ('天', &["天"]),
    ('人', &["人", "人次", "万人", "万人次"]),
    ('次', &["次", "场", "场次"]),
    ('户', &["户", "万户"]),
    ('件', &["件"]),
];

/// True when the figure `q` comes right after a measure that names a count of its unit
/// (`优良天数287天`, `参训人数500人`): in a goal, the level of that measure, stated without a
/// verb. Not a count the place has (`总人数`, `现有户数`).
fn named_count(clause: &[char], q: &Quantity) -> bool {
    let Some(s) = q.start.checked_sub(2).and_then(|k| clause.get(k..q.start)) else {
        return false;
    };
    let counted = s[1] == '数'
        && NAMED_COUNTS
            .iter()
            .any(|(c, units)| s[0] == *c && units.contains(&q.unit.as_str()));
    // (The words before it read only for a count so named.)
    counted && {
        let before: String = clause.get(..q.start).unwrap_or_default().iter().collect();
        !["现有", "共有", "已有", "拥有", "总"]
            .iter()
            .any(|w| before.contains(w))
    }
}

/// Words of intent that, opening a clause, commit to the figure in it (`力争路段7.8公里全线绿化`).
const INTENT_OPENERS: &[&str] = &["力争", "争取"];

/// True when a word of intent opens the clause of the Arabic figure `q`, a count of things, no
/// other figure between them (`力争路段7.8公里全线绿化美化`); not a time (`力争用2个月时间`).
fn intended(clause: &[char], q: &Quantity) -> bool {
    let start = clause.iter().take_while(|c| is_space(**c)).count();
    clause.get(q.start).is_some_and(char::is_ascii_digit)
        && INTENT_OPENERS.iter().any(|w| at(clause, start, w))
        && unit_kind(&q.unit) != 1
        && !quantity::has_count(clause.get(start..q.start).unwrap_or_default())
}

/// Words naming a change's rate (`收入增速`), no level (`收入达到4万元`).
const RATE_WORDS: &[&str] = &["增长率", "增长幅度", "增速", "增幅"];

/// One quantity → its targets (several when one phrase names several measures).
fn read_quantity(
    clause: &[char],
    q: &Quantity,
    deadlines: &[Deadline],
    lead: Lead,
    (prev, inherit): (&str, Option<(&str, &str)>),
) -> Option<Vec<Target>> {
    let Lead {
        floor,
        qualified_from,
        goal,
        qualifier,
        baseline,
        figures,
        listed,
        named,
    } = lead;
    let words = Words::around(clause, q, floor);
    let percent = q.unit == "%" || quantity::is_money(&q.unit);
    // `事故为零`, `积案清零` (see `quantity::zero_target_at`): the verb commits to it.
    let zero = q.unit.is_empty() && q.value == 0.0 && q.end == q.start + 1;
    // `进入全省前5名` (not `排名前10名的企业`, who a rank is of): a place to reach.
    let ranked = RANK_UNITS.contains(&q.unit.as_str())
        && q.start > 0
        && clause.get(q.start - 1) == Some(&'前');
    let committed = figures
        || zero
        || named
        || listed && !post_noun(clause, q.end).0.is_empty()
        || percent
        || words.commit()
        || quantity::verb_before(clause, 0, q.start)
        || quantity::building_verb_of(clause, floor, q.start, &q.unit)
        || qualified_from.is_some_and(|(from, figure)| {
            let noun = clause.get(floor..q.start).unwrap_or_default();
            // (Not what there is already: `…的日间照料中心已有10个`, `…共10个`.)
            let told = noun.iter().any(|c| "已共有计".contains(*c));
            quantity::building_verb_of(clause, from, figure, &q.unit)
                && !quantity::has_count(noun)
                && !told
        })
        || quantity::done_after(clause, q.start, q.end)
        || quantity::work_done_on(clause, q.start, q.end)
        || (ranked && clause.get(q.end) != Some(&'的'))
        || (goal && named_count(clause, q))
        || intended(clause, q);
    if !committed {
        return None;
    }
    let mut comparator = words.comparator(q);
    // `进入全省前8名`: a rank within the first eight, whatever word stands before it.
    if ranked {
        comparator = Comparator::AtMost;
    }
    let per = words.per;
    let phrase_start = match zero {
        true => q.start.saturating_sub(1),
        false => words.phrase_start(q),
    };
    let q_end = words.after.map_or(q.end, |a| a.span.end);
    // The measure is read after the last deadline, period word or quantity before the phrase.
    let context_start = deadlines
        .iter()
        .map(|d| d.end)
        .chain(per.iter().map(|p| p.1))
        .chain(std::iter::once(floor))
        .filter(|&end| end <= phrase_start)
        .max()
        .unwrap_or(0);
    let pre_end = baseline.map_or(phrase_start, |b| {
        b.opener.clamp(context_start, phrase_start)
    });
    let mut pre = pre_measure(clause, context_start, pre_end, phrase_start, &words);
    if let Some(q) = qualifier.filter(|_| context_start == floor && pre.start == floor) {
        // (`其中的2个县区…`: a filler alone qualifies nothing.)
        let words = q.text(clause);
        let own = trim_metric(words.strip_suffix('的').unwrap_or(&words), false);
        if !pre.text.is_empty() && own.chars().count() >= 2 {
            pre.text = trim_metric(&format!("{}{}", q.text(clause), pre.text), false);
            pre.start = q.start;
        }
    }
    // `卫生黑点于6月底前消除75%`, `覆盖率于6月底前达到95%`: the measure is named before the
    // deadline that stands between it and the phrase, and goes on after it.
    // (`…消除率达到75%`: a rate's name alone goes on from the thing it is of, too.)
    // (Only a verb or a rate's word alone, `消除`, `消除率`: `完成改厕` names what is counted.)
    let after = text_of(clause, context_start, pre_end.max(context_start));
    if after.chars().count() <= BARE_MEASURE_CHARS {
        if let Some(head) = named_before_deadline(clause, deadlines, per, floor, context_start) {
            let after = trim_metric(after.trim(), false);
            let joined = trim_metric(&format!("{head}{after}"), false);
            // (`生产总值到2026年实现增长6%`: the change word is part of the measure, as in
            // `生产总值增长6%`.)
            pre.text = match words.change {
                Some(w) if pre.text.is_empty() && !joined.ends_with(w) => format!("{joined}{w}"),
                _ => joined,
            };
        }
    }
    // (`1000万以上人次`: the unit said after the bound is no noun of its own.)
    let unit_chars = q.unit.chars().count();
    let after_bound = q_end > q.end
        && (clause.get(q_end..q_end + unit_chars))
            .is_some_and(|r| r.iter().copied().eq(q.unit.chars()));
    let unit_after_bound = if after_bound && unit_chars > 0 {
        unit_chars
    } else {
        0
    };
    // (`开展培训2次/年`: the period after a slash is no noun.)
    let unit_end = q_end + unit_after_bound;
    let unit_end = unit_end + per_slash_chars(clause, unit_end);
    let (mut post, post_end) = post_noun(clause, unit_end);
    // `建成的3个示范园区入驻率达到80%`: the things counted are what the next figure is of; the
    // count only says which, and is no target.
    // (Not a count whose things are named before it, `新增高新技术企业50家`, then a measure of
    // something else.)
    // (Asked last: a search per verb of work.)
    let named_before = || {
        let things = after_work(pre.text.trim());
        things.chars().count() >= 2 && !things.ends_with('的')
    };
    if !percent && !q.unit.is_empty() && levels_a_figure(&post) && !named_before() {
        return None;
    }
    // `新增职业病为0的工作目标`, `种植面积2100亩的目标`, `为零的要求`: the goal a figure is said
    // to be, after `的`, is no noun it counts (`3个目标责任考核`, `4项目标任务` count them).
    let of_goal = clause.get(q_end) == Some(&'的')
        && (post.contains("目标") || GOAL_NOUNS.iter().any(|g| post.starts_with(g)));
    if of_goal {
        post.clear();
    }
    // `对10个交通拥堵点开展微改造`: the work done on the things counted is no part of their noun.
    if quantity::work_done_on(clause, q.start, q.end) {
        if let Some(k) = (quantity::WORK_ON_VERBS.iter())
            .filter_map(|v| post.find(v))
            .min()
        {
            post.truncate(k);
        }
    }
    let within = comparator == Comparator::Within;
    let between = words.between(clause, q);
    let money = percent && q.unit != "%";
    let (mut metrics, uses_post) = measures(&pre.text, &post, &between, within, (percent, money));
    // `全市降低药品采购成本1.1亿元`, `提高城乡居民收入8%`: what a change word governs is its
    // measure, as in `药品采购成本降低…`.
    if let Some(change) = words.change {
        let governed = between.chars().count() >= 2
            && between.chars().all(crate::chars::is_common_han)
            && !between.ends_with(['到', '至']);
        if governed && !has_ending(&pre.text) {
            metrics = vec![format!("{between}{change}")];
        }
    }
    if metrics.iter().all(String::is_empty) {
        // `会前学法每年不少于4次`: the measure stands before the period word.
        let per_start = per.map_or(phrase_start, |p| p.1.saturating_sub(p.0.chars().count()));
        // (`补助标准由每人每年670元提高到700元`: the measure ends where its first level opens.)
        let per_start = baseline.map_or(per_start, |b| per_start.min(b.opener).max(floor));
        // (A base alone, `比2024年`, names none when a measure before it is gone on from.)
        // (Read after a deadline before it: `2024年底前完成改造100户` measures `完成改造`, not
        // `底前完成改造`.)
        let from = (deadlines.iter().map(|d| d.end))
            .filter(|&e| e >= floor && e <= per_start)
            .max()
            .unwrap_or(floor);
        // (Its words are kept when trimming leaves none and no measure before it is gone on
        // from.)
        let raw = text_of(clause, from, per_start);
        let after = match trim_metric(&raw, false) {
            m if m.is_empty() && inherit.is_none() => raw
                .trim_matches(|c: char| !crate::chars::is_common_han(c))
                .to_string(),
            m => m,
        };
        // The words the deadline stands after name what is done (`农村户厕6月底前完成改造` →
        // `农村户厕完成改造`); with nothing after it, they are the measure whatever they name
        // (`全市5G基站2025年底前达到3000个`).
        let head = (from > floor)
            .then(|| named_before_deadline(clause, deadlines, per, floor, from))
            .flatten()
            .or_else(|| {
                let d = deadlines
                    .iter()
                    .find(|d| d.end == from && d.start >= floor)?;
                let words = text_of(clause, floor, d.start);
                let words = words.trim_end_matches(DEADLINE_LINKS);
                let words = (INTENTS.iter())
                    .find_map(|w| words.strip_suffix(w))
                    .unwrap_or(words);
                (after.is_empty()).then(|| trim_metric(words, false))
            });
        let measure = match head {
            Some(h) if !h.is_empty() => {
                let joined = trim_metric(&format!("{h}{after}"), false);
                match words.change {
                    Some(w) if !joined.ends_with(w) => format!("{joined}{w}"),
                    _ => joined,
                }
            }
            _ => after,
        };
        let unbased = split_base(&measure).0;
        let measure = match inherit {
            Some(_) => unbased,
            None => measure,
        };
        // `能耗年均下降5%` measures `能耗下降`, as `能耗下降5%` does.
        metrics = vec![match (words.change, per) {
            (Some(w), Some(_)) if !measure.is_empty() && !measure.ends_with(w) => {
                format!("{measure}{w}")
            }
            _ => measure,
        }];
    }
    // `全乡生产总值达2.92亿元，比上年增加0.26亿元，增长10%`: a change that names no measure is
    // one of the measure before it in the sentence.
    // (`…增长7%，达到2万元`: a level with no measure is the measure's own, and a rate's
    // `增速` names no level; `增长2.5%，力争3%`: a figure of the same kind with no word of its
    // own is the same measure's, change and all.)
    if let Some((measure, unit)) = inherit.filter(|_| metrics.iter().all(String::is_empty)) {
        let change = words.change.unwrap_or("");
        let kind = unit_kind(&q.unit);
        let alike = q.unit == unit || (kind != 0 && kind == unit_kind(unit));
        // (A figure with a word of its own, `提高3%，达到88%`, `下降0.5%，控制在4%以内`, is a
        // level.)
        let bare = change.is_empty() && words.before.is_none() && !words.shrink;
        let measure = match alike && bare {
            true => measure,
            false => (quantity::CHANGE_WORDS.iter().chain(RATE_WORDS))
                .find_map(|w| measure.strip_suffix(w))
                .unwrap_or(measure),
        };
        if !measure.is_empty() {
            metrics = vec![format!("{measure}{change}")];
        }
    }
    if metrics.iter().all(String::is_empty) {
        metrics = vec![trim_metric(prev, false)];
    }
    if ranked {
        for m in &mut metrics {
            *m = ranked_measure(m).to_string();
        }
    }
    // An item of a list of counts reads from its own figure.
    let text_start = match listed {
        true => phrase_start,
        false => text_start(deadlines, per, floor, phrase_start, pre.start),
    };
    let text_end = if uses_post { post_end } else { unit_end };
    let text = text_of(clause, text_start, text_end);
    let deadline = deadlines
        .first()
        .filter(|_| !figures)
        .map(|d| d.text.clone());
    let kind = if figures {
        TargetKind::Achieved
    } else {
        TargetKind::Commitment
    };
    Some(
        metrics
            .into_iter()
            .map(|metric| Target {
                text: text.clone(),
                metric,
                comparator,
                value: Some(q.value),
                value_max: q.value_max,
                unit: q.unit.clone(),
                deadline: deadline.clone(),
                per: words.per_word.map(str::to_string),
                baseline: baseline.map(|b| b.value),
                base: pre.base.clone(),
                kind,
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_space_is_whitespace() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_space(c), c.is_whitespace(), "U+{:04X}", c as u32);
        }
    }

    fn short(text: &str) -> Vec<String> {
        extract(text)
            .into_iter()
            .map(|t| {
                let cmp = serde_json::to_value(t.comparator).unwrap();
                format!(
                    "{}|{}|{:?}|{}|{:?}|{:?}",
                    t.metric,
                    cmp.as_str().unwrap_or(""),
                    t.value,
                    t.unit,
                    t.deadline,
                    t.per
                )
            })
            .collect()
    }

    #[test]
    fn percent_with_two_metrics() {
        assert_eq!(
            short("示例文件报备率、审查率达100%。"),
            [
                "示例文件报备率|=|Some(100.0)|%|None|None",
                "审查率|=|Some(100.0)|%|None|None"
            ]
        );
    }

    #[test]
    fn counts_with_comparators_and_periods() {
        assert_eq!(
            short("每年开展中心组学法不少于4次"),
            ["中心组学法|>=|Some(4.0)|次|None|Some(\"每年\")"]
        );
        assert_eq!(
            short("开展2次以上的执法业务培训"),
            ["执法业务培训|>=|Some(2.0)|次|None|None"]
        );
        assert_eq!(
            short("每半年召开一次与法院的座谈会"),
            ["座谈会|=|Some(1.0)|次|None|Some(\"每半年\")"]
        );
        assert_eq!(
            short("旁听庭审至少一次"),
            ["旁听庭审|>=|Some(1.0)|次|None|None"]
        );
    }

    #[test]
    fn time_limits() {
        assert_eq!(
            short("压缩企业开办时限至1个工作日"),
            ["企业开办时限|within|Some(1.0)|个工作日|None|None"]
        );
        assert_eq!(
            short("审查时间不少于5个工作日"),
            ["审查时间|>=|Some(5.0)|个工作日|None|None"]
        );
        assert_eq!(
            short("3个工作日内办结"),
            ["办结|within|Some(3.0)|个工作日|None|None"]
        );
    }

    #[test]
    fn deadlines() {
        assert_eq!(
            short("每年3月 1日前报告上一年度情况"),
            ["报告上一年度情况|by|None|date|Some(\"每年3月1日前\")|None"]
        );
        assert_eq!(
            short("年底前各部门100%配备法律顾问"),
            ["各部门配备法律顾问|=|Some(100.0)|%|Some(\"年底前\")|None"]
        );
    }

    #[test]
    fn more_than_and_at_most() {
        assert_eq!(
            short("出庭应诉率超过 50%"),
            ["出庭应诉率|>|Some(50.0)|%|None|None"]
        );
        assert_eq!(
            short("败诉率不高于15%"),
            ["败诉率|<=|Some(15.0)|%|None|None"]
        );
        assert_eq!(
            short("满意度达到95%以上"),
            ["满意度|>=|Some(95.0)|%|None|None"]
        );
    }

    #[test]
    fn list_of_counts_in_one_clause() {
        assert_eq!(
            short("举办培训班不少于1批次、法治讲座不少于3次、每人学法不少于40小时"),
            [
                "培训班|>=|Some(1.0)|批次|None|None",
                "法治讲座|>=|Some(3.0)|次|None|None",
                "每人学法|>=|Some(40.0)|小时|None|None"
            ]
        );
    }

    #[test]
    fn metric_before_period_word() {
        assert_eq!(
            short("会前学法每年不少于4次"),
            ["会前学法|>=|Some(4.0)|次|None|Some(\"每年\")"]
        );
        assert_eq!(
            short("每年至少专题研究部署工作1次"),
            ["专题研究部署工作|>=|Some(1.0)|次|None|Some(\"每年\")"]
        );
    }

    #[test]
    fn shrink_word_keeps_the_measure_whole() {
        assert_eq!(
            short("审批时限压缩至3个工作日"),
            ["审批时限|within|Some(3.0)|个工作日|None|None"]
        );
        assert_eq!(
            short("压缩审批时限至3个工作日"),
            ["审批时限|within|Some(3.0)|个工作日|None|None"]
        );
    }

    #[test]
    fn deadline_inside_unit_bracket() {
        assert_eq!(
            short("〔牵头单位:省甲局,6月底完成〕"),
            ["完成|by|None|date|Some(\"6月底\")|None"]
        );
    }

    #[test]
    fn unit_aside_after_a_deadline_is_not_the_measure() {
        for aside in ["（市甲局负责）", "（市甲局、市乙局）", "（市甲局牵头"]
        {
            let t = extract(&format!("年内实现全覆盖{aside}"));
            assert_eq!(t.len(), 1, "{aside}");
            assert_eq!(t[0].metric, "全覆盖", "{aside}");
            assert_eq!(t[0].text, "年内实现全覆盖", "{aside}");
        }
        // An ordinary bracket stays in the phrase.
        let t = extract("年底前完成镇(街道)执法改革");
        assert_eq!(t[0].text, "年底前完成镇(街道)执法改革");
    }

    #[test]
    fn a_lone_deadline_is_the_task_deadline() {
        let t = extract("推进。（市甲局牵头，市乙局配合；2025年底前）");
        assert_eq!(t.len(), 1);
        assert_eq!(t[0].metric, TASK_DEADLINE);
        assert_eq!(t[0].deadline.as_deref(), Some("2025年底前"));
    }

    #[test]
    fn deadline_after_units_is_not_measured_by_them() {
        for w in UNIT_WORDS {
            let t = extract(&format!("（市甲局{w}；2024年6月底前完成）"));
            assert_eq!(t.len(), 1, "{w}");
            assert_ne!(t[0].metric, format!("市甲局{w}"), "{w}");
        }
    }

    #[test]
    fn measure_in_the_clause_before() {
        assert_eq!(
            short("开展执法案卷评查，每年至少1次"),
            ["执法案卷评查|>=|Some(1.0)|次|None|Some(\"每年\")"]
        );
    }

    #[test]
    fn changes_by_an_amount() {
        assert_eq!(
            short("毛入学率比上年提高5个百分点"),
            ["毛入学率提高|>=|Some(5.0)|个百分点|None|None"]
        );
        assert_eq!(
            short("人均收入同比增长10%"),
            ["人均收入增长|>=|Some(10.0)|%|None|None"]
        );
        assert_eq!(short("差错率降低至3%"), ["差错率|<=|Some(3.0)|%|None|None"]);
        assert_eq!(
            short("优良率提高两个百分点"),
            ["优良率提高|>=|Some(2.0)|个百分点|None|None"]
        );
        assert!(extract("教育支出不低于上年。").is_empty());
    }

    #[test]
    fn things_to_build() {
        assert_eq!(
            short("新建农村公路50公里"),
            ["农村公路|=|Some(50.0)|公里|None|None"]
        );
        assert_eq!(
            short("养老服务设施面积不低于30平米"),
            ["养老服务设施面积|>=|Some(30.0)|平米|None|None"]
        );
        // A date before the verb does not keep the count from it.
        let t = extract("2024年底前建成创新平台50个");
        assert_eq!(t.len(), 1, "{t:?}");
        assert_eq!((t[0].value, t[0].unit.as_str()), (Some(50.0), "个"));
        assert_eq!(t[0].deadline.as_deref(), Some("2024年底前"));
        assert!(extract("依托已建成的示例中心开展工作3年").is_empty());
        // A forecast is no target; the plan's own figure beside it is.
        assert!(extract("全市老年人口预计将达到110万人左右").is_empty());
        assert!(extract("到2030年将有可能突破50万人").is_empty());
        assert_eq!(extract("预计将达到110万人左右；床位数达到5000张").len(), 1);
        // `分别不高于53和32微克/立方米`: the first figure of the list takes the unit after the
        // last; without `分别` a bare number stays no figure.
        let pair =
            extract("可吸入颗粒物（PM10）和细颗粒物（PM2.5）平均浓度分别不高于53和32微克/立方米");
        let got: Vec<(Option<f64>, &str, Comparator)> = pair
            .iter()
            .map(|t| (t.value, t.unit.as_str(), t.comparator))
            .collect();
        assert_eq!(
            got,
            [
                (Some(53.0), "微克/立方米", Comparator::AtMost),
                (Some(32.0), "微克/立方米", Comparator::AtMost)
            ]
        );
        assert_eq!(pair[0].metric, "可吸入颗粒物（PM10）");
        assert!(extract("全年培训2和3次")
            .iter()
            .all(|t| t.value != Some(2.0)));
        // A count of a slogan in quotes is its name.
        assert!(extract("县乡两级政府向本级人大报告实现两个“全覆盖”").is_empty());
        // `预测` as a noun, and what was built the object of the work, leave the count a target.
        assert_eq!(extract("建设气象监测预测站点50个").len(), 1);
        assert_eq!(extract("对已建成的12座污水处理厂实施提标改造").len(), 1);
        // Every `must not` bound reads as the bound it is.
        for (text, cmp) in [
            ("PM2.5浓度不得高于35微克/立方米", Comparator::AtMost),
            ("单位能耗不能大于0.5吨", Comparator::AtMost),
            ("优良天数比例不能小于85%", Comparator::AtLeast),
            ("重污染天数不得多于5天", Comparator::AtMost),
        ] {
            assert_eq!(
                extract(text).first().map(|t| t.comparator),
                Some(cmp),
                "{text}"
            );
        }
        // A span of months is a sum over them, not a deadline.
        let sum = extract("2024年1至9月完成投资80亿元以上");
        assert!(sum.iter().all(|t| t.deadline.is_none()), "{sum:?}");
        // A verb committing to a count before it: `促进…再就业13万人`, `推广…50万亩`.
        for text in [
            "促进失业人员再就业13万人",
            "推广杂交稻旱种50万亩",
            "优化调整网格23个",
        ] {
            assert_eq!(extract(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn symbols_and_money() {
        assert_eq!(short("满意率≥95%"), ["满意率|>=|Some(95.0)|%|None|None"]);
        assert_eq!(
            short("安排专项资金1000万元"),
            ["专项资金|=|Some(1000.0)|万元|None|None"]
        );
    }

    #[test]
    fn not_targets() {
        assert!(extract("编制《示例市2024年工作计划》。").is_empty());
        assert!(extract("执行“1+4”审查机制，实现全覆盖。").is_empty());
        assert!(extract("组织指导四个区开展第二批示范创建，公布一批案例。").is_empty());
        assert!(extract("落实五项程序。").is_empty());
        assert!(extract("联系电话：12345678。").is_empty());
    }

    #[test]
    fn each_intent_opener_commits_a_count() {
        for w in INTENT_OPENERS {
            assert_eq!(
                short(&format!("{w}示例路段3.6公里全线绿化")),
                ["全线绿化|=|Some(3.6)|公里|None|None"],
                "{w}"
            );
        }
    }

    #[test]
    fn each_money_amount_noun_names_the_measure() {
        for n in MONEY_AMOUNT_NOUNS {
            let t = extract(&format!("积极引进总{n}8500万元的示例公司发电项目"));
            assert_eq!(t[0].metric, format!("总{n}"), "{n}");
        }
    }

    #[test]
    fn each_metric_ending() {
        for e in crate::extract::metric::METRIC_ENDINGS {
            let t = extract(&format!("示例{e}达到80%"));
            assert_eq!(t[0].metric, format!("示例{e}"), "{e}");
        }
    }
}
