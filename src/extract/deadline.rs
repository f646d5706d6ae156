//! Deadlines in a clause: `每年3月1日前`, `10月底前`, `年底前`, `年内`, `每年第一季度`, `年初`.
//! Found on text with spaces removed, returned normalised (`"每年3月 1日前"` → `每年3月1日前`).

use super::scan::{at, text_of, Firsts, Span};
use crate::model::{Comparator, Target};
use crate::outline::numbering::{ascii_digit, han_value, is_han_numeral_char};

/// Words after `N月` that make a deadline (`10月底前`), longest first.
const MONTH_TAILS: &[&str] = &[
    "份底前",
    "份以前",
    "份前",
    "底以前",
    "底之前",
    "底前",
    "底",
    "末前",
    "末",
    "上旬前",
    "中旬前",
    "下旬前",
    "上旬",
    "中旬",
    "下旬",
    "以前",
    "之前",
    "前",
];

/// Verbs of work done right after `N月` that make the month a deadline (`6月完成`, `9月建成投用`).
const MONTH_DONE: &[&str] = &[
    "完成",
    "建成",
    "出台",
    "印发",
    "上线",
    "投用",
    "全面完成",
    "基本完成",
    // Milestones of a project (`2022年12月开工建设，2023年5月竣工`, `7月1日正式开馆`).
    "开工",
    "竣工",
    "投产",
    "开馆",
    "开园",
    "开业",
    "通车",
    "交付",
    "启用",
];

/// Words that may stand between a date and the work done on it (`7月1日正式开馆`).
const DONE_PREFIXES: &[&str] = &["正式", "全部", "如期"];

/// True when work done (a [`MONTH_DONE`] verb, maybe after [`DONE_PREFIXES`]) starts at `i`.
fn done_at(chars: &[char], i: usize) -> bool {
    let from = DONE_PREFIXES
        .iter()
        .find(|p| at(chars, i, p))
        .map_or(i, |p| i + p.chars().count());
    let Some(verb) = MONTH_DONE.iter().find(|v| at(chars, from, v)) else {
        return false;
    };
    // `2024年12月通车的示例大桥`, `开工建设的2号线`: a date that describes a thing.
    let end = from + verb.chars().count();
    !(end..end + 3).any(|k| chars.get(k) == Some(&'的'))
}

/// Words after `N日` that make a deadline (`3月1日前`).
const DAY_TAILS: &[&str] = &["以前", "之前", "前"];

/// Deadlines tied to the year, longest first (`年底前`, `年内`).
const YEAR_WORDS: &[&str] = &[
    "年底以前",
    "年底前",
    "年底",
    "年末前",
    "年末",
    "年初",
    "年内",
];

/// True when the [`YEAR_WORDS`] word at `i` is of a year gone by: `去年底`, and `上年末`,
/// `前年底` at the start of a clause or after a word of comparison or reference (`比上年末`,
/// `截至上年底`), not inside another word (`以上`, `线上`, `提前`).
fn past_year_before(chars: &[char], i: usize) -> bool {
    let Some(&p) = i.checked_sub(1).and_then(|k| chars.get(k)) else {
        return false;
    };
    let before = i.checked_sub(2).and_then(|k| chars.get(k));
    match p {
        '去' => true,
        '上' | '前' => before.is_none_or(|b| "比较至止于同".contains(*b) || !b.is_alphanumeric()),
        _ => false,
    }
}

/// Halves of the year (`上半年`); bare, like a bare season, a deadline only at the start of a
/// clause (`上半年完成评估`), not inside a phrase (`下半年工作要点`).
const HALF_YEARS: &[&str] = &["上半年", "下半年"];

/// A deadline found in a clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    /// Char index where it starts (its `每年` included).
    pub start: usize,
    /// Char index after it.
    pub end: usize,
    /// Normalised text (`每年3月1日前`).
    pub text: String,
}

impl Deadline {
    /// Where it stands.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A month or day number at `i` (1–2 Arabic digits, or a Chinese numeral up to 31).
fn small_number(chars: &[char], i: usize) -> Option<(u32, usize)> {
    let digits = chars
        .iter()
        .skip(i)
        .take_while(|c| ascii_digit(**c).is_some())
        .count();
    if (1..=2).contains(&digits) {
        let v = chars
            .iter()
            .skip(i)
            .take(digits)
            .try_fold(0u32, |v, c| Some(v * 10 + ascii_digit(*c)?))?;
        return Some((v, i + digits));
    }
    let n = chars
        .iter()
        .skip(i)
        .take_while(|c| is_han_numeral_char(**c))
        .count();
    if (1..=3).contains(&n) {
        let s = text_of(chars, i, i + n);
        return Some((han_value(&s)?, i + n));
    }
    None
}

/// `每年`, a year (`2024年10月`, `2024年底`) or a year named from the plan's (`明年年底`) right
/// before `i`, as a prefix of the deadline.
fn prefix_start(chars: &[char], i: usize, year_word: bool) -> usize {
    let digit = |k: usize| chars.get(i - k).is_some_and(|c| c.is_ascii_digit());
    if i >= 2 && (at(chars, i - 2, "每年") || RELATIVE_YEARS.iter().any(|y| at(chars, i - 2, y)))
    {
        i - 2
    } else if year_word && i >= 4 && (1..=4).all(digit) {
        i - 4
    } else if !year_word && i >= 5 && chars.get(i - 1) == Some(&'年') && (2..=5).all(digit) {
        i - 5
    } else {
        i
    }
}

/// Years named from the plan's own (`明年年底`, `今年6月底前`): part of the deadline, which
/// without them would read as this year's.
const RELATIVE_YEARS: &[&str] = &["今年", "明年", "次年", "本年"];

/// The core of a deadline starting at `i` (without its prefix): its end, and whether it
/// needs `每年` (a bare `3月1日` is a date, not a deadline).
fn core_at(chars: &[char], i: usize) -> Option<(usize, bool)> {
    if let Some(w) = YEAR_WORDS.iter().find(|w| at(chars, i, w)) {
        let end = i + w.chars().count();
        if *w == "年初" && chars.get(end) == Some(&'步') {
            return None;
        }
        return Some((end, false));
    }
    let season_from = if chars.get(i) == Some(&'第') {
        i + 1
    } else {
        i
    };
    if let Some(c) = chars.get(season_from) {
        let q = matches!(c, '一' | '二' | '三' | '四' | '1' | '2' | '3' | '4');
        if q && at(chars, season_from + 1, "季度") {
            let mut end = season_from + 3;
            for t in ["末前", "末", "前", "内"] {
                if at(chars, end, t) {
                    end += t.chars().count();
                    break;
                }
            }
            return Some((end, end == season_from + 3));
        }
    }
    if let Some(h) = HALF_YEARS.iter().find(|h| at(chars, i, h)) {
        let mut end = i + h.chars().count();
        for t in ["末前", "末", "前", "内"] {
            if at(chars, end, t) {
                end += t.chars().count();
                return Some((end, false));
            }
        }
        return Some((end, true));
    }
    let (month, after_month) = small_number(chars, i)?;
    if !(1..=12).contains(&month) || chars.get(after_month) != Some(&'月') {
        return None;
    }
    let m_end = after_month + 1;
    if let Some(t) = MONTH_TAILS.iter().find(|t| at(chars, m_end, t)) {
        return Some((m_end + t.chars().count(), false));
    }
    // `2025年6月完成…`: the month the work is done in is its deadline (the verb is the
    // work's, not the deadline's).
    // Not the end of a span of months (`1至9月完成投资80亿元`, a sum over them).
    let spans = i
        .checked_sub(1)
        .and_then(|k| chars.get(k))
        .is_some_and(|c| SPAN_JOINS.contains(c));
    if !spans && done_at(chars, m_end) {
        return Some((m_end, false));
    }
    let (day, after_day) = small_number(chars, m_end)?;
    if !(1..=31).contains(&day) || chars.get(after_day) != Some(&'日') {
        return None;
    }
    let d_end = after_day + 1;
    // `4月20日（星期五）前`: the weekday in brackets is passed.
    let tail_at = weekday_end(chars, d_end).unwrap_or(d_end);
    match DAY_TAILS.iter().find(|t| at(chars, tail_at, t)) {
        Some(t) => Some((tail_at + t.chars().count(), false)),
        // `2025年7月1日正式开馆`: the day the work is done on.
        None if !spans && done_at(chars, d_end) => Some((d_end, false)),
        None => Some((d_end, true)),
    }
}

/// Words after a bracketed span of dates that make it the time something applies in (not
/// `内`: `（3月1日至3月31日）内完成` is due).
const SCOPE_AFTER: &[&str] = &["期间"];

/// Words before a bracketed span of dates that make it a term, not a due date.
const SCOPE_BEFORE: &[&str] = &["期限", "有效期", "期间", "执行期", "周期", "实施期", "时段"];

/// True when `word` ends right before `end` in `chars`.
fn ends_at(chars: &[char], end: usize, word: &str) -> bool {
    let n = word.chars().count();
    end >= n && at(chars, end - n, word)
}

/// Words joining the two dates of a span (`9月1日至9月30日`).
const SPAN_JOINS: &[char] = &['至', '到', '-', '—', '－', '~', '～'];

/// The end of a span's second date after a first one ending at `end` (`至9月30日`, `至10月底`,
/// `—2024年9月30日`): the date a stage is due by.
fn range_close(chars: &[char], end: usize) -> Option<usize> {
    if !chars.get(end).is_some_and(|c| SPAN_JOINS.contains(c)) {
        return None;
    }
    let mut from = end + 1;
    let digits = (chars.get(from..)?.iter())
        .take_while(|c| c.is_ascii_digit())
        .count();
    if digits == 4 && chars.get(from + 4) == Some(&'年') {
        // `到2027年底`: a year's end closes the span as a month's would.
        if let Some(word) = YEAR_WORDS.iter().find(|w| at(chars, from + 4, w)) {
            return Some(from + 4 + word.chars().count());
        }
        from += 5;
    }
    // `至30日`: a day of the same month.
    if let Some((day, after_day)) = small_number(chars, from) {
        if (1..=31).contains(&day) && chars.get(after_day) == Some(&'日') {
            return Some(after_day + 1);
        }
    }
    let (close, _) = core_at(chars, from)?;
    // A month and day, or a month's end: not a season or a year word.
    (small_number(chars, from).is_some()).then_some(close)
}

/// Words offering a second date in place of the first (`7月底或8月上旬`).
const EITHER_JOINS: &[&str] = &["或者", "或"];

/// The end of a second date offered in place of a first one ending at `end` (`或8月上旬`):
/// the two are one deadline, not a date and a measure named `或8月上旬`.
fn either_close(chars: &[char], end: usize) -> Option<usize> {
    let join = EITHER_JOINS.iter().find(|w| at(chars, end, w))?;
    let from = end + join.chars().count();
    let (close, _) = core_at(chars, from)?;
    // A month (and day), as the first date was: not a year word or a season.
    (small_number(chars, from).is_some()).then_some(close)
}

/// Recurring periods whose end is a deadline (`每季度末前`), longest first.
const PERIODS: &[&str] = &["每季度", "每半年", "每月"];

/// Ends of a recurring period (`末前`, `底前`, `结束前`, `末` as `12月底` is one), longest
/// first; a bare `每季度` is a frequency (`每季度开展一次检查`), no deadline.
const PERIOD_TAILS: &[&str] = &[
    "结束以前",
    "结束之前",
    "结束前",
    "末以前",
    "底以前",
    "末前",
    "底前",
    "末",
    "底",
];

/// `每季度末前`, `每月底前`, `每半年结束前` at `i`: a recurring deadline; returns its end.
fn period_end(chars: &[char], i: usize) -> Option<usize> {
    if chars.get(i) != Some(&'每') {
        return None;
    }
    let p = PERIODS.iter().find(|p| at(chars, i, p))?;
    let from = i + p.chars().count();
    PERIOD_TAILS
        .iter()
        .find(|t| at(chars, from, t))
        .map(|t| from + t.chars().count())
}

/// The end of a weekday in brackets at `i` (`（星期五）`, `(周五)`).
fn weekday_end(chars: &[char], i: usize) -> Option<usize> {
    if !matches!(chars.get(i), Some('（' | '(')) {
        return None;
    }
    let word = ["星期", "周"].into_iter().find(|w| at(chars, i + 1, w))?;
    let day = i + 1 + word.chars().count();
    let named = chars
        .get(day)
        .is_some_and(|c| "一二三四五六日天".contains(*c));
    (named && matches!(chars.get(day + 1), Some('）' | ')'))).then_some(day + 2)
}

/// `每月` + `5日前`: a monthly deadline; returns its end.
fn monthly_day(chars: &[char], i: usize) -> Option<usize> {
    let (day, after_day) = small_number(chars, i)?;
    if !(1..=31).contains(&day) || chars.get(after_day) != Some(&'日') {
        return None;
    }
    let d_end = after_day + 1;
    DAY_TAILS
        .iter()
        .find(|t| at(chars, d_end, t))
        .map(|t| d_end + t.chars().count())
}

/// The chars other than ASCII digits a deadline can start with, sorted: the Chinese numerals,
/// the full-width digits, `第`, `每` (of a recurring period's end), and the first chars of the
/// year words and half years (a test holds it to those lists).
const STARTS: [char; 31] = [
    '〇', '一', '七', '万', '三', '上', '下', '两', '九', '二', '五', '八', '六', '十', '千', '四',
    '年', '每', '百', '第', '零', '０', '１', '２', '３', '４', '５', '６', '７', '８', '９',
];

/// One bit (code point mod 1024, in sixteen words) per char of [`STARTS`]: most chars are told
/// by a missing bit (mod 128, one Han char in five shared a bit with one of them).
const STARTS_BITS: [u64; 16] = {
    let mut bits = [0u64; 16];
    let mut i = 0;
    while i < STARTS.len() {
        let k = STARTS[i] as u32 & 1023;
        bits[(k >> 6) as usize] |= 1 << (k & 63);
        i += 1;
    }
    bits
};

/// True when a deadline (or the day after `每月`) can start with `c`: a digit, a Chinese
/// numeral, `第`, or the first char of a year word or a half year. Lets [`scan`] pass the
/// other positions at once.
pub(super) fn may_start(c: char) -> bool {
    // Asked of nearly every char of every task: a fixed table, no lookup set up at run time.
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    let k = c as u32 & 1023;
    let bit = STARTS_BITS
        .get((k >> 6) as usize)
        .is_some_and(|w| w & (1 << (k & 63)) != 0);
    bit && STARTS.binary_search(&c).is_ok()
}

/// Finds the deadlines of a clause (spaces already removed), skipping marked positions.
///
/// `"每年3月1日前报告"` → `每年3月1日前`; `"年底前100%配备"` → `年底前`; `"三年内"` → none.
pub fn scan(chars: &[char], skip: &[bool]) -> Vec<Deadline> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if skip.get(i).copied().unwrap_or(false) {
            i += 1;
            continue;
        }
        if !chars.get(i).is_some_and(|&c| may_start(c)) {
            i += 1;
            continue;
        }
        let prev = if i == 0 {
            None
        } else {
            chars.get(i - 1).copied()
        };
        if let Some((start, end)) = linked_year(chars, i) {
            out.push(Deadline {
                start,
                end,
                text: text_of(chars, i, end),
            });
            i = end;
            continue;
        }
        let year_word = YEAR_WORDS.iter().any(|w| at(chars, i, w));
        // `比上年末增1亿元`, `去年底`: a year gone by, the level compared with (not the `上` of
        // `以上年底前`, the `前` of `提前年内`).
        if year_word && past_year_before(chars, i) {
            i += 1;
            continue;
        }
        let start = prefix_start(chars, i, year_word);
        let glued = prev
            .is_some_and(|p| (ascii_digit(p).is_some() && start == i) || is_han_numeral_char(p));
        if let Some(end) = period_end(chars, i) {
            out.push(Deadline {
                start: i,
                end,
                text: text_of(chars, i, end),
            });
            i = end;
            continue;
        }
        if i >= 2 && at(chars, i - 2, "每月") {
            if let Some(end) = monthly_day(chars, i) {
                out.push(Deadline {
                    start: i - 2,
                    end,
                    text: text_of(chars, i - 2, end),
                });
                i = end;
                continue;
            }
        }
        let Some((core_end, needs_every_year)) = (!glued).then(|| core_at(chars, i)).flatten()
        else {
            i += 1;
            continue;
        };
        let season = chars.get(i) == Some(&'第')
            || HALF_YEARS.iter().any(|h| at(chars, i, h))
            || at(chars, i + 1, "季度");
        // `（9月1日至9月30日）`: a stage's dates in brackets, due by the second (outside
        // brackets such a span is when a policy applies: `2019年1月1日至12月31日，对…`).
        // Not a span a thing applies in (`对（…至…）期间立项的项目`, `执行期限（…至…）`).
        let bracketed = |from: usize, to: usize| {
            let open = from.checked_sub(1);
            open.and_then(|k| chars.get(k))
                .is_some_and(|c| matches!(c, '（' | '('))
                && chars.get(to).is_some_and(|c| matches!(c, '）' | ')'))
                && !SCOPE_AFTER.iter().any(|w| at(chars, to + 1, w))
                && !open.is_some_and(|k| SCOPE_BEFORE.iter().any(|w| ends_at(chars, k, w)))
        };
        let ranged = (needs_every_year && !season)
            .then(|| range_close(chars, core_end))
            .flatten()
            .filter(|&close| bracketed(start, close));
        // `5月底到9月底`: a span from one month's end to another's is one time, not two
        // deadlines (the second's `到` no opener of a measure).
        let ranged =
            ranged.or_else(|| (!needs_every_year).then(|| range_close(chars, core_end))?);
        let end = ranged.unwrap_or(core_end);
        let dated = ranged.is_some() || at(chars, start, "每年") || (season && start == 0);
        if needs_every_year && !dated {
            i = end;
            continue;
        }
        let end = either_close(chars, end).unwrap_or(end);
        // `在2024年基础上`, `以2020年为基数`: the level counted from, not a date to meet.
        // `方案于2024年3月5日印发`: the day an act was done on, told as past.
        if BASELINE_AFTER.iter().any(|w| at(chars, end, w)) || done_on_day(chars, start, end) {
            i = end;
            continue;
        }
        out.push(Deadline {
            start,
            end,
            text: without_weekday(chars, start, end),
        });
        i = end;
    }
    out
}

/// Words that tie a bare year inside a clause to the level due by it (`到2025年达到45%`).
const LINKED_YEAR_LINKS: &[char] = &['到', '在', '于'];

/// Chars before a bare year that make it the level compared with or a span's (`比2020年`,
/// `与2020年持平`, `自2024年起`), or no measure's year (`2023年`, `、2024年`): no deadline.
const UNLINKED_YEAR_BEFORE: &str = "比较与同自从至和及或年前后起为是的之期标照";

/// Verbs of a level or work due, after a linked year inside a clause (`覆盖率到2025年达到…`).
const LINKED_YEAR_VERBS: &[&str] = &[
    "达到", "实现", "完成", "建成", "提高", "提升", "降低", "下降", "降至", "增长", "增加", "控制",
    "保持", "突破", "超过", "力争", "基本", "全面", "累计", "新增", "形成",
];

/// The span of a year at `i` tied to the level due after it inside a clause: by a link before
/// it (`全市森林覆盖率到2025年达到45%` → `到2025年`), or written right after the measure's
/// name (`全市生产总值2026年实现增长6%` → `2026年`); not the second year of a span
/// (`2020年到2025年`), a base (`比2020年下降`) or a year done (`已于2023年完成`).
fn linked_year(chars: &[char], i: usize) -> Option<(usize, usize)> {
    let before = *chars.get(i.checked_sub(1)?)?;
    ascii_digit(*chars.get(i)?)?;
    let start = if LINKED_YEAR_LINKS.contains(&before) {
        let done = i >= 2 && chars.get(i - 2) == Some(&'已');
        let spanned = i >= 2 && chars.get(i - 2).is_some_and(|&c| c == '年' || c == '从');
        if done || spanned {
            return None;
        }
        i - 1
    } else if crate::chars::is_common_han(before) && !UNLINKED_YEAR_BEFORE.contains(before) {
        i
    } else {
        return None;
    };
    let digits = chars.get(i..i + 4)?;
    let year = (digits.iter()).try_fold(0u32, |v, c| Some(v * 10 + ascii_digit(*c)?))?;
    if !(1990..=2100).contains(&year) || chars.get(i + 4) != Some(&'年') {
        return None;
    }
    let end = i + 5;
    // `在2022年基本完成改厕任务基础上`: the level counted from, the work between.
    let clause = chars.get(end..).unwrap_or_default();
    let clause = &clause[..clause
        .iter()
        .position(|c| matches!(c, '，' | ',' | '。' | '；' | ';'))
        .unwrap_or(clause.len())];
    let baseline = clause.windows(3).any(|w| w == ['基', '础', '上']);
    // Without `到`/`在`, only a level due (`…2026年实现增长6%`), no fact nor aim cited
    // (`于2022年建成投产`, `2025年实现碳达峰的要求`).
    let loose = start == i || before == '于';
    let figure = clause.iter().any(|c| ascii_digit(*c).is_some());
    (!baseline && (figure || !loose) && LINKED_YEAR_VERBS.iter().any(|v| at(chars, end, v)))
        .then_some((start, end))
}

/// Words before `于` that make a day ahead, not past (`计划于7月1日印发`, `定于…召开`).
const AHEAD_WORDS: &[&str] = &[
    "计划", "拟", "预计", "将", "力争", "争取", "确保", "定", "须", "应",
];

/// Acts done once on a day (`印发`, `召开`): after `于` and a day, told as past.
const DAY_ACTS: &[&str] = &[
    "印发", "发布", "召开", "举行", "成立", "签署", "签订", "通过",
];

/// True when the date `chars[start..end]` is a day the plan tells as past, `于` before it
/// ([`past_day`]): `方案于2024年3月5日印发`.
fn done_on_day(chars: &[char], start: usize, end: usize) -> bool {
    start
        .checked_sub(1)
        .is_some_and(|yu| past_day(chars, yu, end))
}

/// True for a day (`N日`, no `前` after it) after the `于` at `yu`, ending at `end`, told as
/// past: `已于…` whatever follows, or an act done once ([`DAY_ACTS`]) right after it with no
/// [`AHEAD_WORDS`] before `于` (`方案于2024年3月5日印发`). Work due by a day (`各地于6月30日
/// 完成排查`) is a deadline.
pub(super) fn past_day(chars: &[char], yu: usize, end: usize) -> bool {
    let day = chars.get(yu) == Some(&'于')
        && end >= 1
        && chars.get(end - 1) == Some(&'日')
        && !DAY_TAILS.iter().any(|t| at(chars, end, t));
    if !day {
        return false;
    }
    let done = ends_at(chars, yu, "已");
    let ahead = AHEAD_WORDS.iter().any(|w| ends_at(chars, yu, w));
    let act = DAY_ACTS.iter().any(|v| at(chars, end, v));
    done || (act && !ahead)
}

/// Words after a date that make it the level a measure is counted from (`在2024年基础上`).
pub const BASELINE_AFTER: &[&str] = &[
    "基础上",
    "的基础上",
    "基础之上",
    "为基数",
    "为基准",
    "为基期",
];

/// The text of `chars[start..end]` without a weekday in brackets (`4月20日（星期五）前` →
/// `4月20日前`).
fn without_weekday(chars: &[char], start: usize, end: usize) -> String {
    let cut = (start..end).find_map(|k| weekday_end(chars, k).map(|e| (k, e)));
    match cut {
        Some((k, e)) => text_of(chars, start, k) + &text_of(chars, e, end),
        None => text_of(chars, start, end),
    }
}

/// Labels that introduce a deadline in a unit bracket or a table cell (`完成时限：6月底前`).
pub const LABELS: &[&str] = &[
    "完成时限",
    "完成时间",
    "完成期限",
    "时间节点",
    "时限要求",
    "时间要求",
    "时间安排",
    "进度安排",
];

/// Last words of a label of the plan's own naming (`发稿时间：`, `验收日期：`): a label when a
/// date follows.
const LABEL_TAILS: &[&str] = &["时间", "时限", "日期", "期限"];

/// Most characters before a [`LABEL_TAILS`] word that belong to its label (`发稿`, `报送`).
const LABEL_HEAD_MAX: usize = 4;

/// The label ending in one of [`LABEL_TAILS`] at `i` (its colon at the word's end) when a date
/// follows the colon and ends its sentence: where the label starts (up to [`LABEL_HEAD_MAX`] Han
/// characters before the word, at least one: a bare `时间：` is read as before), its length, and
/// where its date ends.
fn own_label(chars: &[char], i: usize) -> Option<(usize, usize, usize)> {
    let tail = LABEL_TAILS.iter().find(|w| at(chars, i, w))?;
    let colon = i + tail.chars().count();
    if !matches!(chars.get(colon), Some(':' | '：')) {
        return None;
    }
    let from = colon + 1;
    // The date is all the label holds, to the sentence's end (`出生日期：2018年8月31日前的儿童`
    // is no label; in `开工时间：3月底前，改造小区30个` the date is the count's deadline).
    let date = scan(chars.get(from..(from + 24).min(chars.len()))?, &[])
        .into_iter()
        .next()
        .filter(|d| d.start == 0)?;
    let end = from + date.end;
    let closes = chars.get(end).is_none_or(|c| {
        matches!(c, '；' | ';' | '。' | ')' | '）' | '〕' | '】') || c.is_whitespace()
    });
    if !closes {
        return None;
    }
    let start = (i.saturating_sub(LABEL_HEAD_MAX)..i)
        .rev()
        .take_while(|&k| {
            chars
                .get(k)
                .is_some_and(|&c| crate::chars::is_common_han(c))
        })
        .last()?;
    Some((start, colon - start, end))
}

/// The first chars of [`LABELS`], gathered once.
fn label_firsts() -> &'static Firsts {
    static FIRSTS: std::sync::OnceLock<Firsts> = std::sync::OnceLock::new();
    FIRSTS.get_or_init(|| Firsts::of(LABELS.iter().chain(LABEL_TAILS).copied()))
}

/// Words of a labelled time that set no date (`长期坚持`, `持续推进`, `贯穿全年`).
const OPEN_ENDED: &[&str] = &["长期", "持续", "常态", "经常", "随时", "贯穿"];

/// A labelled deadline (`完成时限：2024年6月底前`).
#[derive(Debug, Clone, PartialEq)]
pub struct Labelled {
    /// From the label to the end of its value.
    pub span: Span,
    /// The label (`完成时限`).
    pub label: String,
    /// The normalised deadline; `None` for an open-ended value (`长期坚持`).
    pub due: Option<String>,
}

/// Finds `完成时限：…` labels (spaces already removed); the value runs to `；`, `。` or a
/// closing bracket. The deadline is `None` for an open-ended value (`长期坚持`).
pub fn labelled(chars: &[char]) -> Vec<Labelled> {
    let mut out = Vec::new();
    let firsts = label_firsts();
    let mut i = 0;
    while i < chars.len() {
        if !chars.get(i).is_some_and(|&c| firsts.has(c)) {
            i += 1;
            continue;
        }
        let known = LABELS.iter().find(|l| {
            at(chars, i, l) && matches!(chars.get(i + l.chars().count()), Some(':' | '：'))
        });
        let (start, label, own_end) = match known {
            Some(l) => (i, l.to_string(), None),
            None => match own_label(chars, i) {
                // Not back into what an earlier label holds.
                Some((start, len, end))
                    if out.last().is_none_or(|l: &Labelled| l.span.end <= start) =>
                {
                    (start, text_of(chars, start, start + len), Some(end))
                }
                _ => {
                    i += 1;
                    continue;
                }
            },
        };
        let from = start + label.chars().count() + 1;
        let end = own_end.unwrap_or_else(|| {
            (from..chars.len())
                .find(|&k| {
                    matches!(
                        chars.get(k),
                        Some('；' | ';' | '。' | ')' | '）' | '〕' | '】')
                    )
                })
                .unwrap_or(chars.len())
        });
        out.push(Labelled {
            span: Span::new(start, end),
            label,
            due: normalise(&text_of(chars, from, end)),
        });
        i = end.max(i + 1);
    }
    out
}

/// The `by` targets of the labelled deadlines of a text (spaces removed); their positions
/// are marked in `skip` so that the other scanners leave them alone.
pub fn labelled_targets(chars: &[char], skip: &mut [bool]) -> Vec<Target> {
    let mut out = Vec::new();
    for Labelled { span, label, due } in labelled(chars) {
        for m in skip.iter_mut().take(span.end).skip(span.start) {
            *m = true;
        }
        let value = chars
            .get(span.start + label.chars().count() + 1..span.end)
            .unwrap_or(&[]);
        let steps = steps(value);
        if steps.len() >= 2 {
            // `时间节点：6月底前出台方案，12月底前全面完成`: a deadline for each step, named by it.
            out.extend(steps.into_iter().map(|(text, step, due)| Target {
                text,
                metric: if step.is_empty() { label.clone() } else { step },
                comparator: Comparator::By,
                value: None,
                value_max: None,
                unit: "date".to_string(),
                deadline: Some(due),
                per: None,
                baseline: None,
                base: None,
                kind: crate::model::TargetKind::Commitment,
            }));
            continue;
        }
        // The date alone, without the step it names (`6月底前出台方案` → `6月底前`).
        let due = match steps.into_iter().next() {
            Some((_, _, date)) if due.is_some() => Some(date),
            _ => due,
        };
        if let Some(due) = due {
            out.push(Target {
                text: span.text(chars),
                metric: label,
                comparator: Comparator::By,
                value: None,
                value_max: None,
                unit: "date".to_string(),
                deadline: Some(due),
                per: None,
                baseline: None,
                base: None,
                kind: crate::model::TargetKind::Commitment,
            });
        }
    }
    out
}

/// The steps of a labelled time, each a date and what is due by it, in pieces between
/// `，`/`；` that open on a date: `(text, step, date)`, as `6月底前出台方案` → `(…, 出台方案,
/// 6月底前)`; `5月底前动工10月底前完工` is two.
fn steps(value: &[char]) -> Vec<(String, String, String)> {
    let mut out = Vec::new();
    for piece in value.split(|c| matches!(c, '，' | ',' | '；' | ';' | '。')) {
        let found = scan(piece, &vec![false; piece.len()]);
        if found.first().is_none_or(|d| d.start != 0) {
            continue;
        }
        for (k, d) in found.iter().enumerate() {
            let end = found.get(k + 1).map_or(piece.len(), |n| n.start);
            let step = text_of(piece, d.end, end);
            let step = step.trim_start_matches(['前', '底']).to_string();
            if let Some(due) = normalise(&d.text) {
                out.push((text_of(piece, d.start, end), step, due));
            }
        }
    }
    out
}

/// A labelled time → its deadline: the first piece naming a date, without a trailing `完成`.
///
/// `"2024年6月底前完成"` → `2024年6月底前`; `"第三季度"` → `第三季度`; `"长期坚持"` → none.
pub fn normalise(value: &str) -> Option<String> {
    let piece = value
        .split(['，', ',', '、', '；', ';'])
        .map(|p| p.trim_matches(|c: char| c.is_whitespace() || "：:。".contains(c)))
        .find(|p| {
            p.chars().any(|c| ascii_digit(c).is_some())
                || ["年", "月", "季度", "旬"].iter().any(|w| p.contains(w))
        })?;
    if OPEN_ENDED.iter().any(|w| piece.starts_with(w)) {
        return None;
    }
    let piece = piece
        .strip_suffix("完成")
        .or_else(|| piece.strip_suffix("办结"))
        .unwrap_or(piece);
    (!piece.is_empty()).then(|| piece.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn may_start_is_the_digits_numerals_and_year_words() {
        assert!(STARTS.windows(2).all(|w| w[0] < w[1]));
        let firsts = Firsts::of(YEAR_WORDS.iter().chain(HALF_YEARS).copied());
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let listed = ascii_digit(c).is_some()
                || c == '第'
                || c == '每'
                || is_han_numeral_char(c)
                || firsts.has(c);
            assert_eq!(may_start(c), listed, "U+{:04X}", c as u32);
        }
    }

    fn d(s: &str) -> Vec<String> {
        let c: Vec<char> = s.chars().collect();
        scan(&c, &vec![false; c.len()])
            .into_iter()
            .map(|d| d.text)
            .collect()
    }

    #[test]
    fn each_month_tail() {
        for t in MONTH_TAILS {
            assert_eq!(
                d(&format!("于10月{t}完成")),
                vec![format!("10月{t}")],
                "{t}"
            );
        }
    }

    #[test]
    fn each_day_tail() {
        for t in DAY_TAILS {
            assert_eq!(
                d(&format!("3月1日{t}报送")),
                vec![format!("3月1日{t}")],
                "{t}"
            );
        }
    }

    #[test]
    fn each_year_word() {
        for w in YEAR_WORDS {
            assert_eq!(d(&format!("力争{w}完成")), vec![w.to_string()], "{w}");
        }
    }

    #[test]
    fn prefixes_and_seasons() {
        assert_eq!(d("每年3月1日前报告"), ["每年3月1日前"]);
        assert_eq!(d("每年1月31日前"), ["每年1月31日前"]);
        assert_eq!(d("每年一季度公布"), ["每年一季度"]);
        assert_eq!(d("于每年第一季度报送"), ["每年第一季度"]);
        assert_eq!(d("每年年初听取"), ["每年年初"]);
        assert_eq!(d("2025年底前建成"), ["2025年底前"]);
        assert_eq!(d("十二月底前"), ["十二月底前"]);
        assert_eq!(d("每月5日前报送上月进展"), ["每月5日前"]);
        assert_eq!(d("动员部署阶段（9月1日至9月30日）"), ["9月1日至9月30日"]);
        assert_eq!(
            d("（2024年9月1日—2024年10月底）"),
            ["2024年9月1日—2024年10月底"]
        );
        assert!(d("9月1日起施行").is_empty());
        assert_eq!(d("于4月20日（星期五）前上报"), ["4月20日前"]);
        assert_eq!(d("6月30日(周五)前完成"), ["6月30日前"]);
        assert_eq!(d("开展活动（6月1日至30日）"), ["6月1日至30日"]);
        // A span from one month's end to another's is one time.
        assert_eq!(d("2025年5月底到9月底全县禁烧"), ["2025年5月底到9月底"]);
        // From one year's end to another's: one time, due by the second.
        assert_eq!(
            d("2025年底到2027年底，完成改造120个"),
            ["2025年底到2027年底"]
        );
        assert_eq!(d("2024年底至2026年末完成"), ["2024年底至2026年末"]);
        assert_eq!(d("9月底—10月底开展验收"), ["9月底—10月底"]);
        assert_eq!(d("5月底到位，9月底完成"), ["5月底", "9月底"]);
        assert!(d("对（2021年1月1日至2023年12月31日）期间立项的项目").is_empty());
        assert!(d("执行期限（2024年1月1日至2026年12月31日）").is_empty());
        assert_eq!(
            d("开展摸底调查（3月1日至3月31日）内完成"),
            ["3月1日至3月31日"]
        );
        // When a policy applies, not by when.
        assert!(d("2019年1月1日至12月31日，对困难企业").is_empty());
        assert_eq!(d("每季度末前报送工作进展"), ["每季度末前"]);
        assert_eq!(d("于每半年结束前通报"), ["每半年结束前"]);
        assert_eq!(d("每月底前更新台账"), ["每月底前"]);
        // How often, not by when.
        assert!(d("每季度开展一次检查").is_empty());
        assert!(d("每月调度").is_empty());
    }

    #[test]
    fn labelled_deadlines() {
        let c: Vec<char> = "（牵头单位：甲局；完成时限：2024年6月底前完成）"
            .chars()
            .collect();
        let got = labelled(&c);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].due.as_deref(), Some("2024年6月底前"));
        for l in LABELS {
            let c: Vec<char> = format!("{l}：第三季度").chars().collect();
            assert_eq!(labelled(&c)[0].due.as_deref(), Some("第三季度"), "{l}");
        }
        for w in OPEN_ENDED {
            assert_eq!(normalise(&format!("{w}推进")), None, "{w}");
        }
        assert_eq!(normalise("2024年12月"), Some("2024年12月".into()));
        assert_eq!(normalise("上半年"), Some("上半年".into()));
    }

    #[test]
    fn seasons_and_halves_at_clause_start() {
        assert_eq!(d("第三季度开展检查"), ["第三季度"]);
        for h in HALF_YEARS {
            assert_eq!(d(&format!("{h}完成评估")), vec![h.to_string()], "{h}");
            assert_eq!(d(&format!("力争{h}前完成")), vec![format!("{h}前")], "{h}");
        }
        assert_eq!(d("2024年上半年完成"), ["2024年上半年"]);
    }

    #[test]
    fn not_deadlines() {
        assert!(d("三年内完成").is_empty());
        assert!(d("2月12日召开会议").is_empty());
        assert!(d("初步建立年初步").is_empty());
        assert!(d("上一年度").is_empty());
        assert!(d("2021年全市").is_empty());
        assert!(d("13月底前").is_empty());
        assert!(d("提出第一季度目标").is_empty());
        assert!(d("提出下半年目标").is_empty());
    }
}
