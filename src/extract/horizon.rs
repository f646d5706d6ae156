//! Time phrases that head a clause and set the deadline of what follows: `到2025年，`,
//! `力争在2023年`, `5年内`, `施行后一年内`, `“十四五”期间`. Relative ones resolve against the
//! document's year (`三年内` in a 2024 plan → `三年内（至2026年底）`).

use super::deadline::Deadline;
use super::scan::{at, text_of, Firsts};
use crate::outline::numbering::{ascii_digit, han_value, is_han_numeral_char};

/// Words that may stand before the time phrase at the head of a clause, longest first.
const OPENERS: &[&str] = &["力争", "争取", "确保", "预计", "计划", "目标"];

/// Words that tie a year to its clause as a deadline (`到2025年`); `截至` is a reference date.
const YEAR_LINKS: &[&str] = &["到", "至", "在", "于"];

/// Words after `YYYY年` that keep it a deadline (`2025年底前`), longest first.
const YEAR_TAILS: &[&str] = &[
    "年底前",
    "底以前",
    "底之前",
    "底前",
    "以前",
    "之前",
    "年底",
    "底",
    "末",
    "前",
];

/// Events a relative deadline counts from (`施行后一年内`, `印发之日起两年内`).
const EVENTS: &[&str] = &["施行", "实施", "印发", "出台", "发布", "生效", "公布"];

/// What joins an event to its span (`施行后`, `印发之日起`), longest first.
const EVENT_LINKS: &[&str] = &["之日起", "以后", "后"];

/// How far (characters) into a clause its heading phrase may start (`本办法施行后…`).
const HEAD_REACH: usize = 8;

/// Periods of a five-year plan (`十四五期间`, `“十四五”末`), longest first.
const PLAN_TAILS: &[&str] = &["期间", "时期", "末期", "末", "内"];

/// Most characters of a date's month and day read past its year (`6月30日`).
const DATE_REST: usize = 8;

/// Reference dates: a year after them is a baseline, not a deadline (`截至2019年末`).
pub const REFERENCE_WORDS: &[&str] = &["截至", "截止", "截止到", "截至到"];

/// The time phrase heading `clause` (spaces removed), if any: its span and normalised text.
/// `year` is the document's year, for `N年内`.
///
/// `"到2025年"` → `2025年`; `"5年内"` (2024) → `5年内（至2028年底）`; `"截至2019年末"` → none.
pub fn heading(clause: &[char], year: Option<u32>, own: Option<u32>) -> Option<Deadline> {
    let mut p = skip_openers(clause);
    let limit = p + HEAD_REACH;
    if let Some(d) = year_phrase(clause, p, year, own) {
        return Some(d);
    }
    if let Some(d) = plan_period(clause, p) {
        return Some(d);
    }
    if let Some(d) = years_within(clause, p, p, year) {
        return Some(d);
    }
    // `本办法施行后一年内`: a short subject before the event.
    while p < limit.min(clause.len()) {
        if let Some(d) = after_event(clause, p) {
            return Some(d);
        }
        p += 1;
    }
    None
}

pub use crate::outline::boilerplate::document_year;

/// True when `clause` opens on a reference date (`截至2019年末`): what follows in the sentence
/// states facts, not targets.
pub fn is_reference(clause: &[char]) -> bool {
    // Asked of every clause: most start with none of the words' first chars.
    static FIRSTS: std::sync::OnceLock<Firsts> = std::sync::OnceLock::new();
    let firsts = FIRSTS.get_or_init(|| Firsts::of(REFERENCE_WORDS.iter().copied()));
    let p = skip_openers(clause);
    if !clause.get(p).is_some_and(|&c| firsts.has(c)) {
        return false;
    }
    REFERENCE_WORDS.iter().any(|w| {
        let after = p + w.chars().count();
        at(clause, p, w)
            && clause
                .get(after)
                .is_some_and(|&c| ascii_digit(c).is_some() || c == '目' || c == '去' || c == '上')
    })
}

/// Signs that open a point of a list (`——`, `●`), before a clause's time phrase.
const POINT_SIGNS: &[char] = &['—', '－', '-', '●', '•', '·', '■', '◆', '▲', '★', '○'];

/// Index after a point's sign and the opener words at the start of a clause (`力争`, `确保`).
fn skip_openers(clause: &[char]) -> usize {
    // Run at every clause: most start with none of the openers' first chars.
    static FIRSTS: std::sync::OnceLock<Firsts> = std::sync::OnceLock::new();
    let firsts = FIRSTS.get_or_init(|| Firsts::of(OPENERS.iter().copied()));
    // A point's sign first (`——到2026年底，…`).
    let mut p = (clause.iter())
        .take_while(|c| POINT_SIGNS.contains(c))
        .count();
    while clause.get(p).is_some_and(|&c| firsts.has(c)) {
        let Some(w) = OPENERS.iter().find(|w| at(clause, p, w)) else {
            break;
        };
        p += w.chars().count();
    }
    p
}

/// `到2025年`, `在2023年`, `2025年底前`, `力争2026年，`: a year the clause is due by.
fn year_phrase(
    clause: &[char],
    p: usize,
    doc_year: Option<u32>,
    own: Option<u32>,
) -> Option<Deadline> {
    // The year's digits start at `p` or after a one-char link: most clauses are passed here.
    if !(clause.get(p..p + 2)?.iter()).any(char::is_ascii_digit) {
        return None;
    }
    if REFERENCE_WORDS.iter().any(|w| at(clause, p, w)) {
        return None;
    }
    let link = YEAR_LINKS.iter().find(|w| at(clause, p, w));
    let from = p + link.map_or(0, |w| w.chars().count());
    let digits = clause.get(from..from + 4)?;
    if !digits.iter().all(|c| c.is_ascii_digit()) || clause.get(from + 4) != Some(&'年') {
        return None;
    }
    let value = digits
        .iter()
        .try_fold(0u32, |v, c| Some(v * 10 + ascii_digit(*c)?))?;
    // A plan's deadline is not in its past, nor centuries ahead.
    let low = doc_year.unwrap_or(1990);
    if !(low..=2100).contains(&value) || clause.get(from + 5) == Some(&'度') {
        return None;
    }
    let mut end = from + 5;
    let tail = YEAR_TAILS.iter().find(|t| at(clause, end, t));
    end += tail.map_or(0, |t| t.chars().count());
    // `到2025年底和2030年，…分别不低于25%和32%`: years in turn, one for each figure of a list.
    while let Some(next) = next_year(clause, end) {
        end = next;
    }
    // `在2024年基础上`, `在2024年6月底的基础上`: the level counted from.
    let mut past = end;
    while past < end + DATE_REST
        && clause
            .get(past)
            .is_some_and(|&c| c.is_ascii_digit() || "月日号底末初中旬".contains(c))
    {
        past += 1;
    }
    if (super::deadline::BASELINE_AFTER.iter()).any(|w| at(clause, past, w)) {
        return None;
    }
    // `在2025年基本完成改厕任务基础上`: the level counted from, the work between.
    if link == Some(&"在")
        && (clause.get(end..)).is_some_and(|rest| rest.windows(3).any(|w| w == ['基', '础', '上']))
    {
        return None;
    }
    // `于2024年3月5日印发`: the day an act was done on.
    if link == Some(&"于") && super::deadline::past_day(clause, p, past) {
        return None;
    }
    // A bare year must stand alone in its clause (`力争2026年，`) or be the time of the work
    // that follows it (`2025年完成80%以上`); `2023年全市共有` is a date.
    // (Only in a plan whose year is known, the year ahead of it or its own: a plan without one
    // may tell of work done, `2023年完成改厕1.2万户`.) Not what was done (`2024年完成的…`,
    // `2024年完成情况`).
    let verb_at = end
        + (DUE_DEGREES.iter())
            .find(|w| at(clause, end, w))
            .map_or(0, |w| w.chars().count());
    let due = doc_year.is_some()
        && DUE_VERBS.iter().any(|v| {
            at(clause, verb_at, v)
                && !matches!(clause.get(verb_at + v.chars().count()), Some('的' | '了'))
                && !at(clause, verb_at + v.chars().count(), "情况")
        });
    // `力争2025年全县…不低于90%`: the year an aim is striven for by, after its opener.
    let signs = (clause.iter())
        .take_while(|c| POINT_SIGNS.contains(c))
        .count();
    let striven = p > signs && !at(clause, from + 5, "的");
    if link.is_none() && tail.is_none() && end != clause.len() && !due && !striven {
        return None;
    }
    // `2023年，我镇将…` in a plan for 2023 (`own`): the year the plan is for, no deadline. In
    // a plan over years (`2022—2024年`) its first year is a milestone (`2022年，新建…`).
    if link.is_none() && tail.is_none() && own == Some(value) {
        return None;
    }
    Some(Deadline {
        start: p,
        end,
        text: text_of(clause, from, end),
    })
}

/// Verbs of work done by a time, which make a bare year before them its deadline
/// (`2025年完成`, `2026年基本建成`).
const DUE_VERBS: &[&str] = &["完成", "实现", "建成", "形成"];

/// Words of how far work is done, before a verb of [`DUE_VERBS`] (`2024年全面实现`).
const DUE_DEGREES: &[&str] = &["基本", "全面", "初步", "率先"];

/// Words joining the years of a list of deadlines (`2025年底和2030年`).
pub const YEAR_LIST_JOINS: &[char] = &['和', '、', '及'];

/// The end of a year that goes on a list of deadlines at `end` (`和2030年底`), if one does.
fn next_year(clause: &[char], end: usize) -> Option<usize> {
    if !clause.get(end).is_some_and(|c| YEAR_LIST_JOINS.contains(c)) {
        return None;
    }
    let from = end + 1;
    let digits = clause.get(from..from + 4)?;
    if !digits.iter().all(char::is_ascii_digit) || clause.get(from + 4) != Some(&'年') {
        return None;
    }
    let past = from + 5;
    let tail = YEAR_TAILS.iter().find(|t| at(clause, past, t));
    Some(past + tail.map_or(0, |t| t.chars().count()))
}

/// `“十四五”期间` → `十四五期间（至2025年底）`.
fn plan_period(clause: &[char], p: usize) -> Option<Deadline> {
    let open = usize::from(matches!(clause.get(p), Some('“' | '"')));
    let from = p + open;
    if clause.get(from) != Some(&'十') || clause.get(from + 2) != Some(&'五') {
        return None;
    }
    let n = han_value(&text_of(clause, from, from + 2))?;
    let close = usize::from(matches!(clause.get(from + 3), Some('”' | '"')));
    let tail_at = from + 3 + close;
    let tail = PLAN_TAILS.iter().find(|t| at(clause, tail_at, t))?;
    // The Nth five-year plan ends in 1955 + 5N (the 14th: 2021–2025).
    let last = 1955 + 5 * n;
    let name = text_of(clause, from, from + 3);
    Some(Deadline {
        start: p,
        end: tail_at + tail.chars().count(),
        text: format!("{name}{tail}（至{last}年底）"),
    })
}

/// `5年内`, `三年之内` at `p`, resolved against the document's year (the year itself counts).
fn years_within(clause: &[char], p: usize, start: usize, year: Option<u32>) -> Option<Deadline> {
    let n_end = p + clause
        .get(p..)?
        .iter()
        .take(3)
        .take_while(|&&c| ascii_digit(c).is_some() || is_han_numeral_char(c))
        .count();
    if n_end == p || clause.get(n_end) != Some(&'年') {
        return None;
    }
    let written = text_of(clause, p, n_end);
    let n = if written.chars().all(|c| ascii_digit(c).is_some()) {
        (written.chars().filter_map(ascii_digit))
            .try_fold(0u32, |v, d| v.checked_mul(10)?.checked_add(d))?
    } else {
        han_value(&written)?
    };
    let tail = ["内", "之内"].iter().find(|t| at(clause, n_end + 1, t))?;
    let end = n_end + 1 + tail.chars().count();
    if !(1..=30).contains(&n) {
        return None;
    }
    let phrase = text_of(clause, start, end);
    let text = match year {
        Some(y) if start == p => format!("{phrase}（至{}年底）", y + n - 1),
        _ => phrase,
    };
    Some(Deadline { start, end, text })
}

/// `施行后一年内`, `印发之日起两年内` at `p`, kept as written (the event's date is not known).
fn after_event(clause: &[char], p: usize) -> Option<Deadline> {
    // Tried at the first few positions of every clause: most hold no event's first char.
    static FIRSTS: std::sync::OnceLock<Firsts> = std::sync::OnceLock::new();
    let firsts = FIRSTS.get_or_init(|| Firsts::of(EVENTS.iter().copied()));
    if !firsts.has(*clause.get(p)?) {
        return None;
    }
    let event = EVENTS.iter().find(|w| at(clause, p, w))?;
    let after = p + event.chars().count();
    let link = EVENT_LINKS.iter().find(|w| at(clause, after, w))?;
    years_within(clause, after + link.chars().count(), p, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(s: &str, year: Option<u32>) -> Option<String> {
        let c: Vec<char> = s.chars().collect();
        heading(&c, year, year).map(|d| d.text)
    }

    #[test]
    fn years_heading_a_clause() {
        for link in YEAR_LINKS {
            assert_eq!(
                h(&format!("{link}2025年"), None).as_deref(),
                Some("2025年"),
                "{link}"
            );
        }
        for t in YEAR_TAILS {
            assert_eq!(
                h(&format!("2025年{t}完成"), None),
                Some(format!("2025年{t}")),
                "{t}"
            );
        }
        for o in OPENERS {
            assert_eq!(
                h(&format!("{o}2026年"), None).as_deref(),
                Some("2026年"),
                "{o}"
            );
        }
        assert_eq!(
            h("力争在2023年创建示范地区", None).as_deref(),
            Some("2023年")
        );
    }

    #[test]
    fn dates_that_are_not_deadlines() {
        for w in REFERENCE_WORDS {
            assert_eq!(h(&format!("{w}2019年末"), None), None, "{w}");
        }
        assert_eq!(h("2023年全市共有养老机构45家", None), None);
        assert_eq!(h("到2022年度", None), None);
        assert_eq!(h("到2020年", Some(2024)), None, "a plan's past");
    }

    #[test]
    fn year_of_a_title() {
        assert_eq!(document_year("示例市2024年养老服务方案"), Some(2024));
        assert_eq!(document_year("示例县“十四五”规划"), None);
        assert_eq!(document_year("示例市12024年"), None);
    }

    #[test]
    fn reference_dates() {
        for w in REFERENCE_WORDS {
            let c: Vec<char> = format!("{w}2019年末").chars().collect();
            assert!(is_reference(&c), "{w}");
        }
        let c: Vec<char> = "截至目前".chars().collect();
        assert!(is_reference(&c));
        let c: Vec<char> = "到2025年".chars().collect();
        assert!(!is_reference(&c));
    }

    #[test]
    fn relative_spans() {
        assert_eq!(
            h("5年内", Some(2024)).as_deref(),
            Some("5年内（至2028年底）")
        );
        assert_eq!(
            h("三年之内", Some(2024)).as_deref(),
            Some("三年之内（至2026年底）")
        );
        assert_eq!(h("三年内", None).as_deref(), Some("三年内"));
        for e in EVENTS {
            for l in EVENT_LINKS {
                let s = format!("本办法{e}{l}一年内");
                assert_eq!(h(&s, Some(2024)), Some(format!("{e}{l}一年内")), "{s}");
            }
        }
        assert_eq!(
            h("“十四五”期间", None).as_deref(),
            Some("十四五期间（至2025年底）")
        );
        for t in PLAN_TAILS {
            assert!(
                h(&format!("十三五{t}"), None).is_some_and(|d| d.contains("2020")),
                "{t}"
            );
        }
    }
}
