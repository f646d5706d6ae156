//! Periods a count applies to (`每年开展2次`, `2次/年` → `每年`).

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

/// The last period word before `pos` (`每年`), with the index after it.
pub fn period(clause: &[char], pos: usize) -> Option<(&'static str, usize)> {
    let pre: String = clause.get(..pos).unwrap_or(&[]).iter().collect();
    PERIODS
        .iter()
        .filter_map(|p| {
            pre.rfind(p).map(|b| {
                (
                    *p,
                    pre.get(..b).map_or(0, |s| s.chars().count()) + p.chars().count(),
                )
            })
        })
        .max_by_key(|(_, end)| *end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::targets::extract;

    #[test]
    fn each_slash_period() {
        for (w, p) in PER_SLASH {
            let t = extract(&format!("开展培训2次{w}"));
            assert_eq!(t[0].per.as_deref(), Some(*p), "{w}");
        }
        assert!(extract("共有2次").is_empty());
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
