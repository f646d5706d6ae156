//! Chinese labels for the comparison's enums, one place for every export.

use crate::model::{
    Direction, PairKind, Role, Target, TargetChange, TargetChangeKind, Task, UnitChangeKind,
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
        TargetChangeKind::Dropped => "删除",
        TargetChangeKind::Changed => "变化",
    }
}

/// A change with the values it moved between: `降低（10→7个工作日）`; a target kept, new or
/// dropped reads as its kind alone (its text stands beside it).
pub fn target_change_values(t: &TargetChange) -> String {
    let moved = matches!(
        t.change,
        TargetChangeKind::Raised | TargetChangeKind::Lowered | TargetChangeKind::Changed
    );
    if moved && !t.values.is_empty() {
        format!("{}（{}）", target_change(t.change), t.values)
    } else {
        target_change(t.change).to_string()
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
        };
        let lowered = change(TargetChangeKind::Lowered, "10→7日");
        assert_eq!(target_change_values(&lowered), "降低（10→7日）");
        let kept = change(TargetChangeKind::Same, "7日");
        assert_eq!(target_change_values(&kept), "不变");
        assert_eq!(role(Some(Role::Lead)), "牵头");
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
