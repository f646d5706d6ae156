//! Periods a count applies to (`每年开展2次`, `2次/年` → `每年`).

use super::scan::at;

/// Periods a count applies to, longest first.
pub const PERIODS: &[&str] = &[
    "每半年",
    "每学期",
    "每季度",
    "每年",
    "全年",
    "每月",
    "每周",
    "年均",
];

/// Bases of a rate right before its number (`达到每百户30平方米`): what the count is per. Away
/// from the number they stay in the measure's name (`每千人口拥有执业医师数`).
const RATE_BASES: &[&str] = &[
    "每十万人",
    "每百万人",
    "每百户",
    "每千户",
    "每万户",
    "每百人",
    "每千人",
    "每万人",
];

/// Longest period word, in characters.
const PERIOD_MAX_CHARS: usize = 3;

/// Periods written after the unit (`2次/年`), and the period word each means.
pub const PER_SLASH: &[(&str, &str)] = &[
    ("/年", "每年"),
    ("／年", "每年"),
    ("/季度", "每季度"),
    ("／季度", "每季度"),
    ("/月", "每月"),
    ("／月", "每月"),
];

/// `2次/年` → `每年`.
pub fn per_slash(clause: &[char], end: usize) -> Option<&'static str> {
    let rest: String = clause.iter().skip(end).take(4).collect();
    PER_SLASH
        .iter()
        .find(|(w, _)| rest.starts_with(w))
        .map(|(_, p)| *p)
}

/// How many characters a period written after the unit at `end` takes (`/年` → 2), 0 for none.
pub fn per_slash_chars(clause: &[char], end: usize) -> usize {
    PER_SLASH
        .iter()
        .find(|(w, _)| at(clause, end, w))
        .map_or(0, |(w, _)| w.chars().count())
}

/// Words after `年均` that make it the period of a change or a level (`年均增长5%`,
/// `年均达到30人次`), besides the verbs that govern a count (`年均培训干部500人次`); before a
/// noun it names the measure (`PM2.5年均浓度`, `年均客流量`).
const AVERAGE_GOES_ON: &[&str] = &[
    "为",
    "增长",
    "增加",
    "提高",
    "提升",
    "下降",
    "降低",
    "减少",
    "达到",
    "达",
    "不低于",
    "不少于",
    "不超过",
    "不高于",
    "保持",
    "控制",
    "完成",
    "新增",
    "开展",
];

/// True when the `年均` ending at `end` is part of a measure's name, not a period.
fn names_an_average(clause: &[char], end: usize) -> bool {
    let next = clause.get(end);
    let mut verbs = (AVERAGE_GOES_ON.iter())
        .chain(super::quantity::COUNT_VERBS)
        .chain(super::quantity::BUILDING_VERBS);
    !(next.is_some_and(|c| c.is_ascii_digit()) || verbs.any(|w| at(clause, end, w)))
}

/// How far back (characters) from a count its period word is looked for: `每年…2次` is a
/// phrase, not a paragraph, and a bound keeps a clause of many counts linear.
const PERIOD_REACH: usize = 100;

/// The last period word before `pos` (`每年`), with the index after it; looked for within
/// [`PERIOD_REACH`] characters.
pub fn period(clause: &[char], pos: usize) -> Option<(&'static str, usize)> {
    let pos = pos.min(clause.len());
    let base = RATE_BASES.iter().find(|w| {
        let n = w.chars().count();
        pos >= n && at(clause, pos - n, w)
    });
    if let Some(w) = base {
        return Some((w, pos));
    }
    let from = pos.saturating_sub(PERIOD_REACH);
    let mut best: Option<(&'static str, usize)> = None;
    for start in (from..pos).rev() {
        // Period words are short: one starting here cannot end after the best.
        if best.is_some_and(|(_, end)| start + PERIOD_MAX_CHARS <= end) {
            break;
        }
        if !matches!(clause[start], '每' | '全' | '年') {
            continue;
        }
        for word in PERIODS {
            let end = start + word.chars().count();
            if end <= pos
                && at(clause, start, word)
                && best.is_none_or(|(_, e)| end > e)
                && !(*word == "年均" && names_an_average(clause, end))
            {
                best = Some((word, end));
            }
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::targets::extract;

    #[test]
    fn the_nearest_period_word_within_reach() {
        let c: Vec<char> = "全年每季度开展2次".chars().collect();
        assert_eq!(period(&c, 7), Some(("每季度", 5)));
        let c: Vec<char> = "每半年开展2次".chars().collect();
        assert_eq!(period(&c, 5), Some(("每半年", 3)));
        let far: Vec<char> = format!("每年{}2次", "开展".repeat(60)).chars().collect();
        assert_eq!(period(&far, far.len() - 2), None);
        let none: Vec<char> = "开展2次".chars().collect();
        assert_eq!(period(&none, 2), None);
    }

    #[test]
    fn each_slash_period() {
        for (w, p) in PER_SLASH {
            let t = extract(&format!("开展培训2次{w}"));
            assert_eq!(t[0].per.as_deref(), Some(*p), "{w}");
        }
        assert!(extract("共有2次").is_empty());
    }

    #[test]
    fn period_words_fit_the_longest() {
        for p in PERIODS {
            assert!(p.chars().count() <= PERIOD_MAX_CHARS, "{p}");
        }
    }

    #[test]
    fn a_rate_base_right_before_its_number() {
        for b in RATE_BASES {
            let t = extract(&format!("社区综合服务设施面积达到{b}30平方米以上"));
            assert_eq!(t[0].per.as_deref(), Some(*b), "{b}");
            assert_eq!(t[0].value, Some(30.0));
            assert_eq!(t[0].metric, "社区综合服务设施面积");
        }
        let t = extract("每千人口拥有执业医师数达到3名");
        assert_eq!(t[0].per, None);
        assert_eq!(t[0].metric, "每千人口拥有执业医师数");
    }

    #[test]
    fn each_period_word() {
        for p in PERIODS {
            let t = extract(&format!("{p}开展培训2次"));
            assert_eq!(t.len(), 1, "{p}");
            assert_eq!(t[0].per.as_deref(), Some(*p), "{p}");
        }
    }
}
