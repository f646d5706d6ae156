//! Chinese labels for the comparison's enums, one place for every export.

use crate::model::{
    Comparison, Direction, Document, PairKind, Role, Target, TargetChange, TargetChangeKind, Task,
    UnitChange, UnitChangeKind,
};

/// `split` → `拆分`.
pub fn pair_kind(k: PairKind) -> &'static str {
    match k {
        PairKind::Match => "一对一",
        PairKind::Split => "拆分",
        PairKind::Merged => "合并",
        PairKind::Manual => "手动配对",
    }
}

/// `raised` → `提高`.
pub fn target_change(k: TargetChangeKind) -> &'static str {
    match k {
        TargetChangeKind::Same => "不变",
        TargetChangeKind::Raised => "提高",
        TargetChangeKind::Lowered => "降低",
        TargetChangeKind::New => "新增",
        TargetChangeKind::Dropped => "删去",
        TargetChangeKind::Changed => "变化",
    }
}

/// A target change kind by its JSON name (`raised` → `提高`; an unknown name → `变化`).
pub fn target_change_named(kind: &str) -> &'static str {
    target_change(kind_named(kind))
}

/// A target change kind by its JSON name (an unknown name → `changed`).
fn kind_named(kind: &str) -> TargetChangeKind {
    use TargetChangeKind::*;
    match kind {
        "same" => Same,
        "raised" => Raised,
        "lowered" => Lowered,
        "new" => New,
        "dropped" => Dropped,
        _ => Changed,
    }
}

/// `stricter` → `更严`; no direction → empty.
pub fn direction(d: Option<Direction>) -> &'static str {
    match d {
        Some(Direction::Stricter) => "更严",
        Some(Direction::Looser) => "放宽",
        None => "",
    }
}

/// `moved` → `角色变化`.
pub fn unit_change(k: UnitChangeKind) -> &'static str {
    match k {
        UnitChangeKind::Added => "新增",
        UnitChangeKind::Removed => "移除",
        UnitChangeKind::Moved => "角色变化",
        UnitChangeKind::Renamed => "名称变化",
    }
}

/// `lead` → `牵头`.
pub fn role(r: Option<Role>) -> &'static str {
    match r {
        Some(Role::Lead) => "牵头",
        Some(Role::Responsible) => "责任",
        None => "",
    }
}

/// A target as a reader sees it: its phrase, or empty.
pub fn target(t: Option<&Target>) -> &str {
    t.map_or("", |t| t.text.as_str())
}

/// One side of a target change as a reader sees it: the target's phrase, and for a goal
/// matched with a task's figure the task it is in (`地区生产总值增长7%以上（任务 一/(一)）`).
pub fn target_side(t: &TargetChange, a_side: bool) -> String {
    let (side, task) = match a_side {
        true => (t.a.as_ref(), t.a_task.as_deref()),
        false => (t.b.as_ref(), t.b_task.as_deref()),
    };
    match task {
        Some(id) => format!("{}（任务 {id}）", target(side)),
        None => target(side).to_string(),
    }
}

/// A task's short name: its heading, else the start of its text.
pub fn task_title(t: &Task) -> String {
    if !t.heading.trim().is_empty() {
        return t.heading.trim().to_string();
    }
    let short: String = t.text.chars().take(30).collect();
    if t.text.chars().count() > 30 {
        format!("{short}…")
    } else {
        short
    }
}

/// A document's name for a reader: its title, else its file name.
pub fn document_name(d: &Document) -> &str {
    if d.title.trim().is_empty() {
        &d.name
    } else {
        &d.title
    }
}

/// Longest run of place names read at the start of a title (`海南省海口市龙华区`).
const PLACE_CHAIN_CHARS: usize = 16;

/// The place a document is issued for, read from the start of its title
/// ([`crate::outline::boilerplate::place_of_title`]) past a party committee's `中共` and a year
/// (`2023年新余市…`), with the places under it that follow (`海口市龙华区`, `海南省海口市`).
pub fn place(d: &Document) -> Option<String> {
    use crate::outline::boilerplate::place_of_title;
    let mut title = d.title.trim();
    title = title.strip_prefix("中共").unwrap_or(title);
    // A year first: `2023年新余市…`, `2023年度示例县…`.
    let digits = title.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 4 {
        let rest = &title[digits..];
        let rest = rest
            .strip_prefix("年度")
            .or_else(|| rest.strip_prefix('年'));
        title = rest.unwrap_or(title);
    }
    let mut chain = place_of_title(title)?.to_string();
    // `全市`, `我市`, `本县`: the plan's own place, unnamed.
    if chain.starts_with(['全', '我', '本', '各', '该']) {
        return None;
    }
    // The places under it, each of two characters or more before its place word, each a level
    // below the one before (`海南省海口市龙华区`; not `示例县贯彻落实省…`, `示例市创建全国文明城市`,
    // `示例市委示例市人民政府`).
    while let Some(next) = title.get(chain.len()..).and_then(place_of_title) {
        let len = chain.chars().count() + next.chars().count();
        let below = match (chain.chars().last(), next.chars().last()) {
            (Some(up), Some(down)) => place_level(down) > place_level(up),
            _ => false,
        };
        if next.chars().count() < 3 || len > PLACE_CHAIN_CHARS || !below {
            break;
        }
        chain.push_str(next);
    }
    Some(chain)
}

/// How far down a place word sits: 省 0, 市/州/盟 1, 县/区/旗 2 (others 0).
fn place_level(word: char) -> u8 {
    match word {
        '市' | '州' | '盟' => 1,
        '县' | '区' | '旗' => 2,
        _ => 0,
    }
}

/// True when `long` names the place `short` with the places above it (`海南省海口市` and
/// `海口市`): it ends on `short` right after a place word (not `永丰县` and `丰县`).
fn names_with_places_above(long: &str, short: &str) -> bool {
    long.strip_suffix(short).is_some_and(|above| {
        above.is_empty() || above.ends_with(['省', '市', '州', '盟', '县', '区', '旗'])
    })
}

/// The two places when A and B are plans of two places (different issuers, the same kind of
/// document), so that one-sided tasks read `仅海口市有` rather than 删去/新增, which imply
/// time; `None` for two plans of one place (last year and this year), one of them named with
/// the place above it (`海口市`, `海南省海口市`). A city and its district are two places.
pub fn places(c: &Comparison) -> Option<(String, String)> {
    let (a, b) = (place(&c.a)?, place(&c.b)?);
    let same = names_with_places_above(&a, &b) || names_with_places_above(&b, &a);
    (!same && c.a.kind == c.b.kind).then_some((a, b))
}

/// How a comparison words its changes: over time (last year → this year: `提高`, `新增`,
/// `删去`, `放宽`) or across two places ([`places`]: `海原县较高`, `仅海口市有`, `更宽`), where
/// words of time would tell a reader that one place changed what the other wrote.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Voice {
    /// Two versions of one place's plan.
    #[default]
    Time,
    /// Plans of two places, A's and B's.
    Places(String, String),
}

impl Voice {
    /// The voice of comparison `c`.
    pub fn of(c: &Comparison) -> Self {
        places(c).map_or(Voice::Time, |(a, b)| Voice::Places(a, b))
    }

    /// A target change kind: `提高`, or across places `海原县较高`.
    pub fn target_change(&self, k: TargetChangeKind) -> String {
        let Voice::Places(a, b) = self else {
            return target_change(k).to_string();
        };
        match k {
            TargetChangeKind::Same => "相同".to_string(),
            TargetChangeKind::Raised => format!("{b}较高"),
            TargetChangeKind::Lowered => format!("{b}较低"),
            TargetChangeKind::New => format!("仅{b}有"),
            TargetChangeKind::Dropped => format!("仅{a}有"),
            TargetChangeKind::Changed => "不同".to_string(),
        }
    }

    /// A target change kind by its JSON name (`raised`), as [`Voice::target_change`] words it.
    pub fn target_change_named(&self, kind: &str) -> String {
        match self {
            Voice::Time => target_change_named(kind).to_string(),
            Voice::Places(..) => self.target_change(kind_named(kind)),
        }
    }

    /// A change with the values it moved between: `降低（10→7个工作日）`; a target kept, new or
    /// dropped reads as its kind alone (its text stands beside it).
    pub fn target_change_values(&self, t: &TargetChange) -> String {
        let moved = matches!(
            t.change,
            TargetChangeKind::Raised | TargetChangeKind::Lowered | TargetChangeKind::Changed
        );
        let kind = self.target_change(t.change);
        if moved && !t.values.is_empty() {
            format!("{kind}（{}）", t.values)
        } else {
            kind
        }
    }

    /// `更严`; a looser target reads `放宽` over time, `更宽` across places.
    pub fn direction(&self, d: Option<Direction>) -> &'static str {
        match (self, d) {
            (Voice::Places(..), Some(Direction::Looser)) => "更宽",
            _ => direction(d),
        }
    }

    /// The headings of the tasks an agency leads in B and not in A, and in A and not in B:
    /// `新增牵头`, `不再牵头`, or across places `仅海原县牵头`, `仅海口市牵头`.
    pub fn lead_columns(&self) -> (String, String) {
        match self {
            Voice::Time => ("新增牵头".to_string(), "不再牵头".to_string()),
            Voice::Places(a, b) => (format!("仅{b}牵头"), format!("仅{a}牵头")),
        }
    }

    /// A unit change kind: `新增`, or across places `仅海原县有`.
    pub fn unit_change(&self, k: UnitChangeKind) -> String {
        let Voice::Places(a, b) = self else {
            return unit_change(k).to_string();
        };
        match k {
            UnitChangeKind::Added => format!("仅{b}有"),
            UnitChangeKind::Removed => format!("仅{a}有"),
            UnitChangeKind::Moved => "角色不同".to_string(),
            UnitChangeKind::Renamed => "名称不同".to_string(),
        }
    }
}

/// The heading of the tasks only in A (`in_a`) or only in B: `仅 A 有的任务`, or across two
/// places `仅海口市有的任务`.
pub fn only_in(c: &Comparison, in_a: bool) -> String {
    let side = match (places(c), in_a) {
        (Some((a, _)), true) => a,
        (Some((_, b)), false) => b,
        (None, true) => "A".to_string(),
        (None, false) => "B".to_string(),
    };
    if side.is_ascii() {
        format!("仅 {side} 有的任务")
    } else {
        format!("仅{side}有的任务")
    }
}

/// The agency of a unit change: `A名 → B名` when renamed, else the one name it has.
pub fn unit_name(u: &UnitChange) -> String {
    match (&u.a, &u.b) {
        (Some(a), Some(b)) if a != b => format!("{a} → {b}"),
        (Some(a), _) => a.clone(),
        (None, Some(b)) => b.clone(),
        (None, None) => u.key.clone(),
    }
}

/// A list of task ids as a reader sees it: joined by `，`, or `—` when empty.
pub fn task_ids(ids: &[String]) -> String {
    if ids.is_empty() {
        "—".to_string()
    } else {
        ids.join("，")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_label() {
        for k in [
            PairKind::Match,
            PairKind::Split,
            PairKind::Merged,
            PairKind::Manual,
        ] {
            assert!(!pair_kind(k).is_empty());
        }
        for k in [
            TargetChangeKind::Same,
            TargetChangeKind::Raised,
            TargetChangeKind::Lowered,
            TargetChangeKind::New,
            TargetChangeKind::Dropped,
            TargetChangeKind::Changed,
        ] {
            assert!(!target_change(k).is_empty());
        }
        assert_eq!(direction(None), "");
        let change = |change, values: &str| TargetChange {
            metric: "审核时限".into(),
            a: None,
            b: None,
            change,
            direction: None,
            values: values.into(),
            a_task: None,
            b_task: None,
        };
        let lowered = change(TargetChangeKind::Lowered, "10→7日");
        assert_eq!(Voice::Time.target_change_values(&lowered), "降低（10→7日）");
        let kept = change(TargetChangeKind::Same, "7日");
        assert_eq!(Voice::Time.target_change_values(&kept), "不变");
        assert_eq!(role(Some(Role::Lead)), "牵头");
    }

    #[test]
    fn places_come_from_the_start_of_titles() {
        let doc = |title: &str| Document {
            title: title.into(),
            ..Document::default()
        };
        let cases = [
            ("海口市2022年法治政府建设工作要点", Some("海口市")),
            (
                "海原县推进法治政府建设“八大提升行动”实施方案",
                Some("海原县"),
            ),
            ("示例市2023年法治政府建设工作要点", Some("示例市")),
            ("《示例区法治建设规划》重要举措分工方案", Some("示例区")),
            ("国务院办公厅关于印发…的通知", None),
            ("2022年度法治政府建设报告", None),
            ("", None),
        ];
        for (title, want) in cases {
            assert_eq!(place(&doc(title)).as_deref(), want, "{title}");
        }
        let c = |a: &str, b: &str| Comparison {
            a: doc(a),
            b: doc(b),
            pairs: vec![],
            related: vec![],
            a_only: vec![],
            b_only: vec![],
            summary: Default::default(),
            agencies: vec![],
            goal_targets: vec![],
            notes: vec![],
        };
        assert_eq!(
            places(&c("海口市2022年工作要点", "南通市2019年工作计划")),
            Some(("海口市".into(), "南通市".into()))
        );
        assert_eq!(places(&c("示例市2023年要点", "示例市2024年要点")), None);
        // One place named two ways: with its party committee, or with the place above it.
        for (a, b) in [
            (
                "示例县2024年法治政府建设工作要点",
                "中共示例县委2025年法治政府建设工作要点",
            ),
            ("海口市2024年工作要点", "海南省海口市2025年工作要点"),
            ("示例县2024年工作要点", "示例市示例县2025年工作要点"),
        ] {
            assert_eq!(places(&c(a, b)), None, "{a} / {b}");
        }
        // Counties of like names, and titles with no place of their own or with words after it.
        assert_eq!(
            places(&c("丰县2024年工作要点", "永丰县2024年工作要点")),
            Some(("丰县".into(), "永丰县".into()))
        );
        for (a, b) in [
            ("示例市2024年工作要点", "2025年全市工作要点"),
            (
                "示例市2024年工作要点",
                "示例市创建全国文明城市2025年工作方案",
            ),
            (
                "示例县2024年工作要点",
                "示例县贯彻落实省委全面依法治省2025年工作要点",
            ),
            (
                "示例市2024年工作要点",
                "中共示例市委示例市人民政府关于2025年工作的意见",
            ),
        ] {
            assert_eq!(places(&c(a, b)), None, "{a} / {b}");
        }
        // A city and its district; a title opening on its year.
        assert_eq!(
            places(&c("海口市2024年工作要点", "海口市龙华区2024年工作要点")),
            Some(("海口市".into(), "海口市龙华区".into()))
        );
        assert_eq!(
            places(&c(
                "北京市2016年政务公开工作要点",
                "2023年新余市政务公开工作要点"
            )),
            Some(("北京市".into(), "新余市".into()))
        );
    }

    #[test]
    fn title_falls_back_to_text() {
        let t = Task {
            text: "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一".into(),
            ..Task::default()
        };
        assert!(task_title(&t).ends_with('…'));
    }

    #[test]
    fn task_ids_are_joined_or_a_dash() {
        assert_eq!(task_ids(&[]), "—");
        assert_eq!(
            task_ids(&["一/(一)".to_string(), "二/1".to_string()]),
            "一/(一)，二/1"
        );
    }
}
