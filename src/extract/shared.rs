//! Shared parts of a unit list, carried to the names that leave them out: the level in front
//! (`市发展改革委、财政局、商务局` → `市财政局`, `市商务局`) and the government behind a list of
//! places (`各区、县级市政府` → `各区政府`, `各县级市政府`). The names stay as written; the full
//! names are what agencies are matched and counted by.

use super::names::PLACE_ENDINGS;
use crate::model::FullName;
use crate::words::PROVINCES;

/// Levels a name may start with, shared by the names after it that start with none.
const LEVELS: &[char] = &['省', '市', '县', '区'];

/// Endings naming the government of the places before them (`县级市政府`, `县（市、区）人民政府`),
/// longest first.
const GOVERNMENTS: &[&str] = &["人民政府", "政府", "党委", "管委会"];

/// Characters that show a name carries its own place (`示例市财政局`, `团市委`): a name with one
/// of them near its start takes no level from the list.
const PLACE_CHARS: &[char] = &['省', '市', '县', '区', '州', '镇', '乡', '旗', '盟', '各'];

/// A bare place type (`县级市`) is shorter than this, in characters, `各` aside.
const BARE_MAX: usize = 5;

/// How near its start (in characters) a name with its own place has it.
const PLACE_REACH: usize = 4;

/// Endings of an agency a province, city or county has its own of (`财政局`, `发展改革委`,
/// a province's `生态环境厅`): only these take a level from the list (`市场监管总局`, `财政部`
/// are national).
const LOCAL_ENDINGS: &[&str] = &["局", "委", "办", "厅", "中心", "院", "队", "站", "所"];

/// Endings that are national even though they end like a local agency, and those of the
/// central bodies' offices in a place, named by that place (`示例出入境检验检疫局`, `示例海关`,
/// `人民银行示例中心支行`): no level of the list is theirs.
const NATIONAL_ENDINGS: &[&str] = &[
    "总局",
    "总署",
    "总队",
    "出入境检验检疫局",
    "海关",
    "支行",
    "分行",
];

/// Words starting with a level character that are no level (`市场监管局`, `区域中心`).
const NOT_LEVELS: &[&str] = &["市场", "区域", "县域", "省份"];

/// The full names of a list's names, for those that left out a part the list shares.
///
/// `["市发展改革委", "财政局"]` → `[财政局 → 市财政局]`.
pub fn full_names(names: &[&str]) -> Vec<FullName> {
    let mut out = Vec::new();
    // Most lists name every agency with its level (`市甲局、市乙局`): nothing to carry.
    let own_level = |n: &&str| {
        n.starts_with(LEVELS)
            && !NOT_LEVELS.iter().any(|w| n.starts_with(w))
            && !PLACE_ENDINGS.iter().any(|e| n.ends_with(e))
    };
    if names.iter().all(own_level) {
        return out;
    }
    carry_governments(names, &mut out);
    carry_levels(names, &mut out);
    out
}

/// `各区、县级市政府`: bare places before a place with its government get that government,
/// and the `各` of the first.
fn carry_governments(names: &[&str], out: &mut Vec<FullName>) {
    let mut run: Vec<&str> = Vec::new();
    for &name in names {
        if bare_place(name).is_some() {
            run.push(name);
            continue;
        }
        if run.is_empty() {
            continue;
        }
        let gov = GOVERNMENTS.iter().find_map(|g| {
            let place = name.strip_suffix(g)?;
            bare_place(place).map(|_| *g)
        });
        if let (Some(gov), Some(first)) = (gov, run.first()) {
            for &place in &run {
                push(out, place, format!("{place}{gov}"));
            }
            if first.starts_with('各') && !name.starts_with('各') {
                push(out, name, format!("各{name}"));
            }
        }
        run.clear();
    }
}

/// A place type with no agency after it (`各区`, `县级市`, `各县（市、区）`): the place without
/// its bracket.
fn bare_place(name: &str) -> Option<&str> {
    // Cheap test first: most names end like an agency (`局`, `委`, `政府`).
    let last = name.chars().next_back()?;
    if !matches!(last, '）' | ')') && !PLACE_ENDINGS.iter().any(|e| e.ends_with(last)) {
        return None;
    }
    let place = match name.strip_suffix(['）', ')']) {
        Some(open) => open.get(..open.rfind(['（', '('])?)?,
        None => name,
    };
    let stem = place.strip_prefix('各').unwrap_or(place);
    let short = (1..BARE_MAX).contains(&stem.chars().count());
    (short && PLACE_ENDINGS.iter().any(|e| stem.ends_with(e))).then_some(place)
}

/// `市发展改革委、财政局`: a name with no place of its own takes the level of the nearest
/// name before it that starts with one.
fn carry_levels(names: &[&str], out: &mut Vec<FullName>) {
    let mut level: Option<char> = None;
    for &name in names {
        let mut chars = name.chars();
        let first = chars.next();
        let no_level = NOT_LEVELS.iter().any(|w| name.starts_with(w));
        if first.is_some_and(|c| LEVELS.contains(&c)) && chars.next().is_some() && !no_level {
            level = first;
            continue;
        }
        let own_place = !no_level
            && name
                .chars()
                .take(PLACE_REACH)
                .any(|c| PLACE_CHARS.contains(&c))
            // (A province named without `省`: `福建出入境检验检疫局`.)
            || PROVINCES.iter().any(|p| name.starts_with(p));
        let local = LOCAL_ENDINGS.iter().any(|e| name.ends_with(e))
            && !NATIONAL_ENDINGS.iter().any(|e| name.ends_with(e))
            // (A `厅` is a province's: `市政务服务中心、办公厅` carries no `市`.)
            && (!name.ends_with('厅') || level == Some('省'));
        if own_place || !local || out.iter().any(|f| f.written == name) {
            continue;
        }
        if let Some(level) = level {
            push(out, name, format!("{level}{name}"));
        }
    }
}

fn push(out: &mut Vec<FullName>, written: &str, full: String) {
    if written != full && !out.iter().any(|f| f.written == written) {
        out.push(FullName {
            written: written.to_string(),
            full,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full(names: &[&str]) -> Vec<(String, String)> {
        full_names(names)
            .into_iter()
            .map(|f| (f.written, f.full))
            .collect()
    }

    fn pairs(p: &[(&str, &str)]) -> Vec<(String, String)> {
        p.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn each_level_is_carried() {
        for e in LOCAL_ENDINGS {
            // (A `厅` only a province's.)
            let level = if *e == "厅" { "省" } else { "市" };
            assert_eq!(
                full(&[&format!("{level}甲局"), &format!("乙{e}")]),
                pairs(&[(&format!("乙{e}"), &format!("{level}乙{e}"))]),
                "{e}"
            );
        }
        assert!(full(&["市政务服务中心", "办公厅"]).is_empty());
        for l in LEVELS {
            assert_eq!(
                full(&[&format!("{l}发展改革委"), "财政局", "商务局"]),
                pairs(&[
                    ("财政局", &format!("{l}财政局")),
                    ("商务局", &format!("{l}商务局"))
                ]),
                "{l}"
            );
        }
        // Names with a place of their own, or a list with no level, carry nothing.
        assert!(full(&["市委宣传部", "团市委", "示例县财政局", "各区政府"]).is_empty());
        assert!(full(&["发展改革委", "财政部"]).is_empty());
        // Nor do national agencies or names that only start like a level.
        assert!(full(&["市场监管总局", "发展改革委", "海关总署"]).is_empty());
        assert!(full(&["市发展改革委", "教育部", "有制度建设任务的单位"]).is_empty());
        assert_eq!(
            full(&["市市场监管局", "市场监管总局", "公安局"]),
            pairs(&[("公安局", "市公安局")])
        );
    }

    #[test]
    fn each_government_is_carried() {
        for g in GOVERNMENTS {
            assert_eq!(
                full(&["各区", &format!("县级市{g}")]),
                pairs(&[
                    ("各区", &format!("各区{g}")),
                    (&format!("县级市{g}"), &format!("各县级市{g}"))
                ]),
                "{g}"
            );
        }
        assert_eq!(
            full(&["各市（州）", "县（市、区）人民政府"]),
            pairs(&[
                ("各市（州）", "各市（州）人民政府"),
                ("县（市、区）人民政府", "各县（市、区）人民政府")
            ])
        );
        // A place alone is not given a government nobody wrote.
        assert!(full(&["各区", "市财政局"]).is_empty());
    }
}
