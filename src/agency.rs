//! Agency names folded to a key, so that short and full forms of one agency compare equal
//! (`市中院` = `市中级法院` = `市中级人民法院`), and a role key that also ignores the level or
//! place (`县司法局` ≈ `市司法局`, `南通市司法局` ≈ `海口市司法局`).

use crate::chars::{fold, is_word_char};

/// Short forms and the full form each stands for, matched at the end of a name. Extend here:
/// one row per form; a name already ending in the full form is left alone.
pub const ALIASES: &[(&str, &str)] = &[
    ("中院", "中级人民法院"),
    ("中级法院", "中级人民法院"),
    ("市场监管局", "市场监督管理局"),
    ("综合执法局", "综合行政执法局"),
    ("政府办", "政府办公室"),
    ("资规局", "自然资源和规划局"),
    ("发改委", "发展和改革委员会"),
    ("发改局", "发展和改革局"),
    // Full names written without `和` or `员会` (`市发展改革委`).
    ("发展改革委员会", "发展和改革委员会"),
    ("发展改革委", "发展和改革委员会"),
    ("发展改革局", "发展和改革局"),
    ("卫生健康委", "卫生健康委员会"),
    ("人力资源社会保障局", "人力资源和社会保障局"),
    ("住房城乡建设局", "住房和城乡建设局"),
    ("卫健委", "卫生健康委员会"),
    ("卫健局", "卫生健康局"),
    ("人社局", "人力资源和社会保障局"),
    ("住建局", "住房和城乡建设局"),
    ("应急局", "应急管理局"),
    ("交通局", "交通运输局"),
    ("文旅局", "文化和旅游局"),
    ("文化旅游局", "文化和旅游局"),
    ("医保局", "医疗保障局"),
    ("退役军人局", "退役军人事务局"),
    ("编办", "机构编制委员会办公室"),
    ("检察院", "人民检察院"),
    ("法院", "人民法院"),
];

/// Characters that name an administrative level at the start of an agency name.
const LEVELS: &[char] = &['省', '市', '州', '县', '区', '旗', '镇', '乡', '街'];

/// The folded key of an agency name: width folded, white space and punctuation dropped, the
/// short form replaced by the full one (`市市场监管局` → `市市场监督管理局`).
pub fn agency_key(name: &str) -> String {
    let mut base = String::with_capacity(name.len());
    base.extend(name.chars().map(fold).filter(|&c| is_word_char(c)));
    for (short, full) in ALIASES {
        if ends_with(&base, full) {
            return base;
        }
        let stem = ends_with(&base, short)
            .then(|| base.strip_suffix(short))
            .flatten();
        if let Some(stem) = stem {
            // `人民法院` must not grow into `人民人民法院`.
            if full.ends_with(short) && stem.ends_with(&full[..full.len() - short.len()]) {
                return base;
            }
            return format!("{stem}{full}");
        }
    }
    base
}

/// `text.ends_with(tail)` for a `tail` that is not empty, told at once when their last bytes
/// differ (most names end in another char than most aliases: no comparison call for them).
fn ends_with(text: &str, tail: &str) -> bool {
    text.as_bytes().last() == tail.as_bytes().last() && text.ends_with(tail)
}

/// Agencies renamed or merged by an institutional reform, matched at the end of a name: the old
/// name, the new one, and the year of the change (the 2018 机构改革 and its local rounds). Extend
/// here: one row per old → new form.
pub const RENAMES: &[(&str, &str, u16)] = &[
    ("政府法制办公室", "司法局", 2018),
    ("政府法制办", "司法局", 2018),
    ("法制办", "司法局", 2018),
    ("国土资源局", "自然资源局", 2018),
    ("国土资源局", "自然资源和规划局", 2019),
    ("规划局", "自然资源和规划局", 2019),
    ("国土资源和规划局", "自然资源和规划局", 2019),
    ("卫生计生委", "卫生健康委", 2018),
    ("卫生和计划生育委员会", "卫生健康委员会", 2018),
    ("卫生计生局", "卫生健康局", 2018),
    ("卫计委", "卫生健康委员会", 2018),
    ("卫计局", "卫生健康局", 2018),
    ("安监局", "应急管理局", 2018),
    ("安全生产监督管理局", "应急管理局", 2018),
    ("工商局", "市场监督管理局", 2018),
    ("工商行政管理局", "市场监督管理局", 2018),
    ("质监局", "市场监督管理局", 2018),
    ("质量技术监督局", "市场监督管理局", 2018),
    ("食药监局", "市场监督管理局", 2018),
    ("食品药品监督管理局", "市场监督管理局", 2018),
    ("规划国土委", "规划自然资源委", 2018),
    ("规划和国土资源管理委员会", "规划和自然资源委员会", 2018),
];

/// The year an agency with key `old` was renamed to one with key `new` in the same place
/// ([`RENAMES`]; both keys as [`agency_key`] gives them), if it was.
///
/// `("示例市政府法制办", "示例市司法局")` → `Some(2018)`.
pub fn renamed(old: &str, new: &str) -> Option<u16> {
    rename_keys().iter().find_map(|(from, to, year)| {
        let year = *year;
        // (Most keys end in another char than most old names: told before any comparison.)
        let place = ends_with(old, from).then(|| old.strip_suffix(from.as_str()))??;
        let same_place = new.strip_suffix(to.as_str())? == place
            // `市政府法制办` → `市司法局`: the `政府` of the old name is no part of the place.
            || place.strip_suffix("政府") == new.strip_suffix(to.as_str());
        same_place.then_some(year)
    })
}

/// [`RENAMES`] with both names as keys ([`agency_key`]), folded once.
fn rename_keys() -> &'static [(String, String, u16)] {
    static KEYS: std::sync::OnceLock<Vec<(String, String, u16)>> = std::sync::OnceLock::new();
    KEYS.get_or_init(|| {
        RENAMES
            .iter()
            .map(|&(from, to, year)| (agency_key(from), agency_key(to), year))
            .collect()
    })
}

/// Words that make a unit a collective (`各区政府`, `市政府各部门`, `市直有关单位`): every
/// place or department of a kind, not one agency that could gain or lose a task.
pub const COLLECTIVE_WORDS: &[&str] = &[
    "各",
    "有关单位",
    "有关部门",
    "相关单位",
    "相关部门",
    "成员单位",
    "有关方面",
];

/// True for a collective unit ([`COLLECTIVE_WORDS`]): shown, but not counted as an agency
/// that gained or lost a task.
///
/// `"市政府各部门"` → `true`; `"市财政局"` → `false`.
pub fn is_collective(name: &str) -> bool {
    // One pass over the name: a word can only start at a char some word starts with (a
    // substring search per word sets up a searcher each time, for names of a few chars).
    name.char_indices().any(|(i, c)| {
        COLLECTIVE_FIRSTS.contains(&c)
            && name
                .get(i..)
                .is_some_and(|rest| COLLECTIVE_WORDS.iter().any(|w| rest.starts_with(w)))
    })
}

/// The first chars of the [`COLLECTIVE_WORDS`].
const COLLECTIVE_FIRSTS: &[char] = &['各', '有', '相', '成'];

/// The key without its level or place (`县司法局` → `司法局`, `海口市司法局` → `司法局`), for
/// pairing an agency with its counterpart at another level or in another city.
pub fn role_key(name: &str) -> String {
    role_of_key(&agency_key(name))
}

/// Both keys of a name at once: `(agency_key, role_key)`.
pub fn keys(name: &str) -> (String, String) {
    let key = agency_key(name);
    let role = role_of_key(&key);
    (key, role)
}

/// Both keys of every unit name of some documents' tasks (in full), folded once per distinct
/// name: a plan names a few dozen agencies over thousands of tasks, and each pair and each
/// lead would fold the same names again.
#[derive(Debug, Default)]
pub struct KeyTable<'a> {
    /// Distinct full names, sorted, with their `(agency_key, role_key)`.
    names: Vec<(&'a str, (String, String))>,
}

impl<'a> KeyTable<'a> {
    /// The keys of the lead and responsible units of every task of `docs`.
    pub fn of(docs: &[&'a crate::model::Document]) -> Self {
        let mut names: Vec<(&'a str, (String, String))> = Vec::new();
        for task in docs.iter().flat_map(|d| &d.tasks) {
            for name in task.lead_units.iter().chain(&task.responsible_units) {
                let full = task.full_name(name);
                if let Err(at) = names.binary_search_by(|(n, _)| (*n).cmp(full)) {
                    names.insert(at, (full, keys(full)));
                }
            }
        }
        KeyTable { names }
    }

    /// [`keys`] of `name`: from the table, or folded now for a name not in it.
    pub fn keys(&self, name: &str) -> (String, String) {
        match self.names.binary_search_by(|(n, _)| (*n).cmp(name)) {
            Ok(at) => self.names[at].1.clone(),
            Err(_) => keys(name),
        }
    }
}

/// Functions a city names a commission (`委员会`) and a county or district a bureau (`局`):
/// one role at either level (`市发展和改革委员会` ≈ `区发展和改革局`).
const COMMISSION_OR_BUREAU: &[&str] =
    &["发展和改革", "卫生健康", "教育", "科学技术", "经济和信息化"];

/// The role key of an agency key (see [`role_key`]), a commission of a function the levels
/// name two ways read as its bureau ([`COMMISSION_OR_BUREAU`]).
fn role_of_key(key: &str) -> String {
    let role = place_free(key);
    match role.strip_suffix("委员会") {
        Some(stem) if COMMISSION_OR_BUREAU.contains(&stem) => format!("{stem}局"),
        _ => role,
    }
}

/// An agency key without its level or place.
fn place_free(key: &str) -> String {
    let mut chars = key.char_indices();
    let first = chars.next().map(|(_, c)| c);
    if first == Some('各') {
        return key.to_string();
    }
    if first.is_some_and(|c| LEVELS.contains(&c)) {
        return chars
            .next()
            .map_or(String::new(), |(i, _)| key[i..].to_string());
    }
    // A place name of two to four characters ending in a level (`南通市`, `海原县`).
    let mut indexed = key.char_indices().skip(2);
    let mut here = indexed.next();
    for _ in 2..5 {
        let next = indexed.next();
        if let (Some((_, c)), Some((at, _))) = (here, next) {
            if LEVELS.contains(&c) {
                return key[at..].to_string();
            }
        }
        here = next;
    }
    key.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_and_renames_are_not_empty() {
        // `ends_with` tells an empty tail from none.
        assert!(ALIASES.iter().all(|(s, f)| !s.is_empty() && !f.is_empty()));
        assert!(rename_keys().iter().all(|(from, _, _)| !from.is_empty()));
    }

    #[test]
    fn collective_firsts_are_the_words_firsts() {
        for w in COLLECTIVE_WORDS {
            assert!(
                COLLECTIVE_FIRSTS.contains(&w.chars().next().unwrap()),
                "{w}"
            );
        }
        for name in [
            "各区政府",
            "市直有关单位",
            "市有关部",
            "有关部门",
            "相关",
            "成员单位",
        ] {
            let by_search = COLLECTIVE_WORDS.iter().any(|w| name.contains(w));
            assert_eq!(is_collective(name), by_search, "{name}");
        }
    }

    #[test]
    fn each_alias_row_folds_to_its_full_form() {
        for (short, full) in ALIASES {
            assert_eq!(
                agency_key(&format!("市{short}")),
                format!("市{full}"),
                "{short}"
            );
            assert_eq!(
                agency_key(&format!("市{full}")),
                format!("市{full}"),
                "{full}"
            );
        }
    }

    #[test]
    fn each_rename_row_reads_both_ways() {
        for (old, new, year) in RENAMES {
            let (a, b) = (
                agency_key(&format!("示例市{old}")),
                agency_key(&format!("示例市{new}")),
            );
            assert_eq!(renamed(&a, &b), Some(*year), "{old} → {new}");
            // Another place's agency is no rename.
            assert_eq!(
                renamed(&a, &agency_key(&format!("示例县{new}"))),
                None,
                "{old}"
            );
        }
        assert_eq!(
            renamed(&agency_key("市政府法制办"), &agency_key("市司法局")),
            Some(2018)
        );
        assert_eq!(
            renamed(&agency_key("市司法局"), &agency_key("市政府法制办")),
            None
        );
    }

    #[test]
    fn each_collective_word_makes_a_collective() {
        for w in COLLECTIVE_WORDS {
            assert!(is_collective(&agency_key(&format!("市直{w}部门"))), "{w}");
        }
        for n in ["各区政府", "市政府各部门", "各有关单位", "县直有关部门"] {
            assert!(is_collective(&agency_key(n)), "{n}");
        }
        assert!(!is_collective(&agency_key("市财政局")));
        assert!(!is_collective(&agency_key("市人民政府")));
    }

    #[test]
    fn court_names_fold_together() {
        let k = agency_key("市中级人民法院");
        assert_eq!(agency_key("市中院"), k);
        assert_eq!(agency_key("市中级法院"), k);
        assert_ne!(agency_key("市检察院"), k);
    }

    #[test]
    fn issue_examples_fold() {
        assert_eq!(agency_key("市市场监管局"), agency_key("市市场监督管理局"));
        assert_eq!(agency_key("市综合执法局"), agency_key("市综合行政执法局"));
        assert_eq!(agency_key("市政府办"), agency_key("市政府办公室"));
        assert_eq!(agency_key(" 市 司法局 "), "市司法局");
    }

    #[test]
    fn short_names_of_county_agencies_fold() {
        // Two places write one agency short and in full: a unit change only in name before.
        assert_eq!(agency_key("县应急局"), agency_key("县应急管理局"));
        assert_eq!(agency_key("县交通局"), agency_key("县交通运输局"));
        assert_eq!(agency_key("县文旅局"), agency_key("县文化和旅游局"));
        assert_eq!(agency_key("县医保局"), agency_key("县医疗保障局"));
        assert_eq!(role_key("县退役军人局"), "退役军人事务局");
        assert_ne!(agency_key("县应急局"), agency_key("县交通局"));
    }

    #[test]
    fn keys_gives_both_keys() {
        assert_eq!(
            keys("示例县中院"),
            ("示例县中级人民法院".to_string(), "中级人民法院".to_string())
        );
        assert_eq!(keys(""), (String::new(), String::new()));
        assert_eq!(role_key("市"), "");
    }

    #[test]
    fn role_key_ignores_level_and_place() {
        assert_eq!(role_key("县司法局"), role_key("市司法局"));
        assert_eq!(role_key("示例市司法局"), "司法局");
        assert_eq!(role_key("市市场监管局"), "市场监督管理局");
        assert_eq!(role_key("各区政府"), "各区政府");
        assert_ne!(role_key("市司法局"), role_key("市公安局"));
        // A city's commission and a district's bureau of one function; full names written
        // without `和`.
        assert_eq!(role_key("区发改局"), role_key("市发展改革委"));
        assert_eq!(role_key("县卫健局"), role_key("市卫生健康委"));
        assert_eq!(agency_key("市发展改革委"), agency_key("市发改委"));
        assert_ne!(role_key("市发改委"), role_key("市财政局"));
    }
}
