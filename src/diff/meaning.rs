//! What a target change means to a reader: the values side by side as a chip shows them
//! (`10→7日`, `10月底前→9月底前`), and deadlines ordered across years (`2026年` is later than
//! `2025年底`), so that an earlier one reads as stricter.

use crate::model::{Comparator, Target};

/// Whole numbers below this are exact in an `f64` and an `i64` both.
const WHOLE_BELOW: f64 = 9_007_199_254_740_992.0;

/// A value as written for a reader: `7`, `12.5`, `1~2`, `约60`.
fn number(t: &Target) -> String {
    let show = |v: f64| {
        // A whole number (most values) without the float formatting: the same text.
        if v.fract() == 0.0 && v.abs() < WHOLE_BELOW && !(v == 0.0 && v.is_sign_negative()) {
            return (v as i64).to_string();
        }
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    };
    let mut out = t.value.map(show).unwrap_or_default();
    if let Some(max) = t.value_max {
        out = format!("{out}~{}", show(max));
    }
    if t.comparator == Comparator::About {
        out = format!("约{out}");
    }
    out
}

/// One target's value with its unit (`7日`), or its deadline (`9月底前`).
pub fn shown(t: &Target) -> String {
    match (&t.deadline, t.value) {
        (Some(d), None) => d.clone(),
        _ => format!("{}{}", number(t), t.unit),
    }
}

/// The values of a change as a chip shows them: `10→7日`; `98%→95个百分点` when the units
/// differ; one side alone for a new or dropped target.
///
/// `(Some(10日), Some(7日))` → `10→7日`; `(None, Some(4次))` → `4次`.
pub fn values(a: Option<&Target>, b: Option<&Target>) -> String {
    match (a, b) {
        (Some(a), Some(b)) if a.value.is_some() && b.value.is_some() && a.unit == b.unit => {
            let (na, nb) = (number(a), number(b));
            if na == nb {
                shown(b)
            } else {
                format!("{na}→{nb}{}", b.unit)
            }
        }
        // One figure, its unit written on one side only (`为0` → `0天`): shown once, with it.
        (Some(a), Some(b))
            if a.value.is_some()
                && a.value == b.value
                && a.value_max == b.value_max
                && (a.unit.is_empty() || b.unit.is_empty()) =>
        {
            if b.unit.is_empty() {
                shown(a)
            } else {
                shown(b)
            }
        }
        (Some(a), Some(b)) => {
            let (sa, sb) = (shown(a), shown(b));
            if sa == sb {
                sb
            } else {
                format!("{sa}→{sb}")
            }
        }
        (Some(t), None) | (None, Some(t)) => shown(t),
        (None, None) => String::new(),
    }
}

/// The year a deadline names (`2025年底` → 2025, `三年内（至2026年底）` → 2026), if any.
pub fn deadline_year(deadline: &str) -> Option<u32> {
    let chars: Vec<char> = deadline.chars().collect();
    // The last year written is the one a resolved phrase ends in.
    (0..chars.len()).rev().find_map(|i| {
        let digits = chars.get(i..i + 4)?;
        let before_ok = i == 0 || !chars.get(i - 1).is_some_and(char::is_ascii_digit);
        let value = digits
            .iter()
            .try_fold(0u32, |v, c| Some(v * 10 + c.to_digit(10)?))?;
        (before_ok && chars.get(i + 4) == Some(&'年')).then_some(value)
    })
}

/// Orders two deadlines: `Less` when `a` falls before `b`. Across years only when both name
/// one; within a year by [`super::targets::deadline_day`] (a bare year is its last day).
pub fn deadline_order(a: &str, b: &str) -> Option<std::cmp::Ordering> {
    let day = |d: &str| super::targets::deadline_day(d);
    match (deadline_year(a), deadline_year(b)) {
        (Some(ya), Some(yb)) if ya != yb => Some(ya.cmp(&yb)),
        (Some(_), Some(_)) => Some(day(a).unwrap_or(365).cmp(&day(b).unwrap_or(365))),
        (None, None) => Some(day(a)?.cmp(&day(b)?)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::cmp::Ordering;

    fn t(value: Option<f64>, max: Option<f64>, unit: &str, deadline: Option<&str>) -> Target {
        Target {
            text: String::new(),
            metric: String::new(),
            comparator: Comparator::Equal,
            value,
            value_max: max,
            unit: unit.into(),
            deadline: deadline.map(str::to_string),
            per: None,
            baseline: None,
            base: None,
            kind: crate::model::TargetKind::Commitment,
        }
    }

    use proptest::prelude::*;

    proptest! {
        /// Whole numbers skip the float formatting and read the same as through it.
        #[test]
        fn numbers_read_as_the_float_formatting_gives(
            v in prop_oneof![
                (-1_000_000i64..1_000_000).prop_map(|n| n as f64),
                proptest::num::f64::ANY,
                Just(-0.0),
                Just(9_007_199_254_740_992.0),
                Just(1e300),
            ]
        ) {
            let by_float = format!("{v:.4}").trim_end_matches('0').trim_end_matches('.').to_string();
            prop_assert_eq!(number(&t(Some(v), None, "", None)), by_float);
        }
    }

    #[test]
    fn values_side_by_side() {
        let (ten, seven) = (
            t(Some(10.0), None, "日", None),
            t(Some(7.0), None, "日", None),
        );
        assert_eq!(values(Some(&ten), Some(&seven)), "10→7日");
        let pct = t(Some(98.5), None, "%", None);
        assert_eq!(values(Some(&pct), Some(&ten)), "98.5%→10日");
        let range = t(Some(1.0), Some(2.0), "所", None);
        assert_eq!(values(None, Some(&range)), "1~2所");
        let (a, b) = (
            t(None, None, "date", Some("10月底前")),
            t(None, None, "date", Some("9月底前")),
        );
        assert_eq!(values(Some(&a), Some(&b)), "10月底前→9月底前");
        assert_eq!(values(Some(&a), Some(&a)), "10月底前");
        let mut about = t(Some(60.0), None, "%", None);
        about.comparator = Comparator::About;
        assert_eq!(shown(&about), "约60%");
    }

    #[test]
    fn deadlines_ordered_across_years() {
        assert_eq!(
            deadline_order("2026年", "2025年底"),
            Some(Ordering::Greater)
        );
        assert_eq!(
            deadline_order("三年内（至2026年底）", "2027年"),
            Some(Ordering::Less)
        );
        assert_eq!(
            deadline_order("2025年6月底前", "2025年底"),
            Some(Ordering::Less)
        );
        assert_eq!(
            deadline_order("10月底前", "9月底前"),
            Some(Ordering::Greater)
        );
        assert_eq!(deadline_order("2025年", "年底前"), None);
        assert_eq!(deadline_year("示例12025年"), None);
    }
}
