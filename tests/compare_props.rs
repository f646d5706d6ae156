//! Invariants of comparing, checked on generated text and documents: the wording diff rebuilds
//! both texts, no task is used twice in one-to-one pairs, a document compared with itself is
//! all unchanged, swapping A and B mirrors the result, and each target of a split or merge
//! is counted once.

use plandiff::diff::groups::groups;
use plandiff::diff::wording::{diff_words, diff_words_with, rebuild};
use plandiff::{
    compare, Comparator, Document, Ignore, PairKind, Target, TargetChangeKind, Task, WordOpKind,
};
use proptest::prelude::*;
use std::collections::HashSet;

/// Characters that exercise the tokenizer: Han, digits, marks that join numbers, date words,
/// title brackets, punctuation of both widths.
const POOL: &[char] = &[
    '加', '强', '法', '治', '政', '府', '建', '设', '审', '查', '率', '达', '到', '以', '上', '前',
    '月', '日', '底', '年', '0', '1', '3', '5', '9', '%', '.', '-', '~', '～', '《', '》', '，',
    '。', ':', '：', ' ', '１', 'a', '（', '(', '）', ')', ',', 'Ａ', '　', '①', '②', '一', '是',
    '、',
];

/// Every combination of the three ignore options.
fn ignore() -> impl Strategy<Value = Ignore> {
    (any::<bool>(), any::<bool>(), any::<bool>()).prop_map(|(width, space, numbering)| Ignore {
        width,
        space,
        numbering,
    })
}

/// Full-width punctuation, digits and letters with their half-width twin (one character each).
const WIDTH_TWINS: &[(char, char)] = &[
    ('：', ':'),
    ('（', '('),
    ('）', ')'),
    ('，', ','),
    ('；', ';'),
    ('１', '1'),
    ('９', '9'),
    ('Ａ', 'A'),
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(POOL), 0..60).prop_map(|v| v.into_iter().collect())
}

/// A long text of phrases and pool characters (up to some 500 characters): two of them are
/// diffed with anchors (`src/diff/anchors.rs`), long stretches sharing nothing replaced whole.
fn long_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(PHRASES).prop_map(str::to_string),
        prop::sample::select(POOL).prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..90).prop_map(|v| v.concat())
}

/// Phrases tasks are built from; each task draws a few, so tasks share some words as real
/// plans do.
const PHRASES: &[&str] = &[
    "加强行政执法监督",
    "推进依法科学决策",
    "落实学法制度",
    "开展案卷评查",
    "公布权责清单",
    "完善调解机制",
    "建设数据平台",
    "规范行政应诉",
    "深化审批改革",
    "培育示范项目",
    "健全督察考核",
    "组织业务培训",
    "优化营商环境",
    "推行免罚清单",
    "加快政务公开",
    "强化应急管理",
    "推进村居法律顾问",
    "开展普法宣传",
    "清理规范性文件",
    "落实出庭应诉",
];

const UNITS: &[&str] = &[
    "示例市司法局",
    "示例市公安局",
    "示例市中院",
    "示例市财政局",
    "各区政府",
];

fn task(i: usize, phrases: &[usize], unit: usize, value: Option<u8>) -> Task {
    let words: Vec<&str> = phrases
        .iter()
        .map(|&p| PHRASES[p % PHRASES.len()])
        .collect();
    let targets = value
        .map(|v| Target {
            text: format!("完成率达{v}%"),
            metric: "完成率".into(),
            comparator: Comparator::AtLeast,
            value: Some(f64::from(v)),
            value_max: None,
            unit: "%".into(),
            deadline: None,
            per: None,
            baseline: None,
            base: None,
            kind: plandiff::TargetKind::Commitment,
        })
        .into_iter()
        .collect();
    Task {
        id: format!("{}", i + 1),
        number: format!("{}", i + 1),
        heading: words.first().map(|s| s.to_string()).unwrap_or_default(),
        // As in real plans, the target's phrase is part of the task's text.
        text: format!(
            "{}{}。（牵头单位：{}）",
            words.join("，"),
            value.map(|v| format!("，完成率达{v}%")).unwrap_or_default(),
            UNITS[unit % UNITS.len()]
        ),
        lead_units: vec![UNITS[unit % UNITS.len()].to_string()],
        responsible_units: vec![],
        targets,
        section: None,
        full_names: Vec::new(),
    }
}

fn document() -> impl Strategy<Value = Document> {
    let one = (
        prop::collection::vec(0..PHRASES.len(), 1..4),
        0..UNITS.len(),
        prop::option::of(0u8..101),
    );
    prop::collection::vec(one, 0..12).prop_map(|specs| Document {
        tasks: specs
            .iter()
            .enumerate()
            .map(|(i, (p, u, v))| task(i, p, *u, *v))
            .collect(),
        ..Document::default()
    })
}

fn mirror(kind: PairKind) -> PairKind {
    match kind {
        PairKind::Split => PairKind::Merged,
        PairKind::Merged => PairKind::Split,
        k => k,
    }
}

fn mirror_change(kind: TargetChangeKind) -> TargetChangeKind {
    match kind {
        TargetChangeKind::New => TargetChangeKind::Dropped,
        TargetChangeKind::Dropped => TargetChangeKind::New,
        TargetChangeKind::Raised => TargetChangeKind::Lowered,
        TargetChangeKind::Lowered => TargetChangeKind::Raised,
        k => k,
    }
}

/// A task with arbitrary text everywhere, to check that nothing panics on odd input.
fn wild_task() -> impl Strategy<Value = Task> {
    (
        ".{0,40}",
        ".{0,12}",
        prop::collection::vec(".{0,8}", 0..3),
        prop::option::of((
            ".{0,10}",
            ".{0,6}",
            prop::option::of(-1e9f64..1e9),
            ".{0,8}",
        )),
    )
        .prop_map(|(text, heading, units, target)| Task {
            id: heading.clone(),
            heading,
            text,
            lead_units: units.clone(),
            responsible_units: units.into_iter().rev().collect(),
            targets: target
                .map(|(metric, unit, value, deadline)| Target {
                    text: metric.clone(),
                    metric,
                    comparator: Comparator::By,
                    value,
                    value_max: value.map(|v| v * 2.0),
                    unit,
                    deadline: Some(deadline),
                    per: None,
                    baseline: None,
                    base: None,
                    kind: plandiff::TargetKind::Commitment,
                })
                .into_iter()
                .collect(),
            ..Task::default()
        })
}

proptest! {
    #[test]
    fn odd_input_never_panics(
        ta in prop::collection::vec(wild_task(), 0..6),
        tb in prop::collection::vec(wild_task(), 0..6),
    ) {
        let a = Document { tasks: ta, ..Document::default() };
        let b = Document { tasks: tb, ..Document::default() };
        let c = compare(&a, &b);
        let _ = plandiff::report::comparison_csv(&c);
        let _ = plandiff::report::comparison_html(&c);
        let _ = plandiff::report::comparison_markdown(&c);
        prop_assert!(c.pairs.iter().all(|p| (0.0..=1.0).contains(&p.score)));
    }

    #[test]
    fn wording_diff_rebuilds_both_texts(a in text(), b in text()) {
        let ops = diff_words(&a, &b);
        prop_assert_eq!(rebuild(&ops, true), a);
        prop_assert_eq!(rebuild(&ops, false), b);
        prop_assert!(ops.iter().all(|o| !o.text.is_empty()));
    }

    #[test]
    fn wording_diff_with_ignored_differences_rebuilds_both_texts(
        a in text(), b in text(), ignore in ignore()
    ) {
        let ops = diff_words_with(&a, &b, &ignore);
        prop_assert_eq!(rebuild(&ops, true), a);
        prop_assert_eq!(rebuild(&ops, false), b);
        prop_assert!(ops.iter().all(|o| o.op != WordOpKind::Alike || o.b_text.is_some()));
        if ignore == Ignore::NOTHING {
            prop_assert!(ops.iter().all(|o| o.op != WordOpKind::Alike));
        }
    }

    /// A text and its copy with some characters in their other width: with width ignored no
    /// op is a change, every op still rebuilds both texts, and the width twins are `alike`.
    #[test]
    fn width_only_differences_are_alike_ops(
        a in text(), flips in prop::collection::vec(any::<bool>(), 60)
    ) {
        let mut k = 0;
        let b: String = a.chars().map(|c| {
            let flip = flips.get(k).copied().unwrap_or(false);
            k += 1;
            match WIDTH_TWINS.iter().find(|(wide, narrow)| c == *wide || c == *narrow) {
                Some((wide, narrow)) if flip => if c == *wide { *narrow } else { *wide },
                _ => c,
            }
        }).collect();
        let ignore = Ignore { width: true, ..Ignore::NOTHING };
        let ops = diff_words_with(&a, &b, &ignore);
        prop_assert_eq!(rebuild(&ops, true), a.clone());
        prop_assert_eq!(rebuild(&ops, false), b.clone());
        prop_assert!(!ops.iter().any(|o| o.is_change()), "{:?}", ops);
        prop_assert_eq!(ops.iter().any(|o| o.op == WordOpKind::Alike), a != b);
    }

    /// Every pair's wording rebuilds its two tasks' texts, splits and merges included (each
    /// partner's share, the rest `elsewhere`).
    #[test]
    fn every_pair_rebuilds_its_two_texts(a in document(), b in document()) {
        let c = compare(&a, &b);
        for p in &c.pairs {
            let ta = c.a.tasks.iter().find(|t| t.id == p.a).expect("task of A");
            let tb = c.b.tasks.iter().find(|t| t.id == p.b).expect("task of B");
            prop_assert_eq!(rebuild(&p.wording, true), ta.text.clone());
            prop_assert_eq!(rebuild(&p.wording, false), tb.text.clone());
            if p.kind == PairKind::Match {
                prop_assert!(p.wording.iter().all(|o| o.partner.is_none()));
            }
        }
    }

    #[test]
    fn long_wording_diff_rebuilds_both_texts(a in long_text(), b in long_text(), ignore in ignore()) {
        let ops = diff_words_with(&a, &b, &ignore);
        prop_assert_eq!(rebuild(&ops, true), a);
        prop_assert_eq!(rebuild(&ops, false), b);
        prop_assert!(ops.iter().all(|o| !o.text.is_empty() || o.op == WordOpKind::Alike));
    }

    #[test]
    fn wording_diff_rebuilds_any_unicode(a in ".{0,80}", b in ".{0,80}") {
        let ops = diff_words(&a, &b);
        prop_assert_eq!(rebuild(&ops, true), a);
        prop_assert_eq!(rebuild(&ops, false), b);
    }

    #[test]
    fn renumbering_and_reordering_alone_is_no_change(a in document()) {
        let mut b = a.clone();
        b.tasks.reverse();
        for (k, t) in b.tasks.iter_mut().enumerate() {
            t.id = format!("新{k}");
            t.number = format!("{k}");
        }
        let c = compare(&a, &b);
        prop_assert_eq!(c.pairs.len(), a.tasks.len());
        prop_assert!(c.pairs.iter().all(|p| !p.changed));
    }

    #[test]
    fn no_task_is_used_twice_in_one_to_one_pairs(a in document(), b in document()) {
        let c = compare(&a, &b);
        let mut seen_a = HashSet::new();
        let mut seen_b = HashSet::new();
        for p in c.pairs.iter().filter(|p| p.kind == PairKind::Match) {
            prop_assert!(seen_a.insert(p.a.clone()), "A task {} twice", p.a);
            prop_assert!(seen_b.insert(p.b.clone()), "B task {} twice", p.b);
        }
        for p in &c.pairs {
            prop_assert!(!c.a_only.contains(&p.a) && !c.b_only.contains(&p.b));
        }
        let used_a: HashSet<_> = c.pairs.iter().map(|p| &p.a).collect();
        prop_assert_eq!(used_a.len() + c.a_only.len(), a.tasks.len());
        let used_b: HashSet<_> = c.pairs.iter().map(|p| &p.b).collect();
        prop_assert_eq!(used_b.len() + c.b_only.len(), b.tasks.len());
    }

    #[test]
    fn a_document_compared_with_itself_is_all_unchanged(a in document()) {
        let c = compare(&a, &a);
        prop_assert_eq!(c.pairs.len(), a.tasks.len());
        prop_assert!(c.a_only.is_empty() && c.b_only.is_empty());
        prop_assert!(c.pairs.iter().all(|p| !p.changed));
        prop_assert_eq!(c.summary.unchanged, a.tasks.len());
        prop_assert_eq!(c.summary.target_changes, 0);
        prop_assert_eq!(c.summary.unit_changes, 0);
    }

    #[test]
    fn swapping_a_and_b_mirrors_the_result(a in document(), b in document()) {
        let ab = compare(&a, &b);
        let ba = compare(&b, &a);
        let mut forward: Vec<_> = ab.pairs.iter()
            .map(|p| (p.a.clone(), p.b.clone(), format!("{:?}", p.kind), p.score.to_bits()))
            .collect();
        let mut backward: Vec<_> = ba.pairs.iter()
            .map(|p| (p.b.clone(), p.a.clone(), format!("{:?}", mirror(p.kind)), p.score.to_bits()))
            .collect();
        forward.sort();
        backward.sort();
        prop_assert_eq!(forward, backward);
        prop_assert_eq!(&ab.a_only, &ba.b_only);
        prop_assert_eq!(&ab.b_only, &ba.a_only);
        let mut related_ab: Vec<_> = ab.related.iter()
            .map(|r| (r.a.clone(), r.b.clone(), r.score.to_bits(), r.shared.clone()))
            .collect();
        let mut related_ba: Vec<_> = ba.related.iter()
            .map(|r| (r.b.clone(), r.a.clone(), r.score.to_bits(), r.shared.clone()))
            .collect();
        related_ab.sort();
        related_ba.sort();
        prop_assert_eq!(related_ab, related_ba);
        for p in &ab.pairs {
            let q = ba.pairs.iter().find(|q| q.a == p.b && q.b == p.a).expect("mirrored pair");
            let mut x: Vec<_> = p.targets.iter().map(|t| mirror_change(t.change)).collect();
            let mut y: Vec<_> = q.targets.iter().map(|t| t.change).collect();
            x.sort();
            y.sort();
            prop_assert_eq!(x, y);
            prop_assert_eq!(p.units.changes.len(), q.units.changes.len());
        }
    }

    #[test]
    fn each_target_of_a_split_or_merge_is_counted_once(a in document(), b in document()) {
        let c = compare(&a, &b);
        for g in groups(&c.a, &c.b, &c.pairs) {
            let changes: Vec<_> = g.pairs.iter().flat_map(|&i| &c.pairs[i].targets).collect();
            let held_a: usize = g.a.iter().map(|&i| c.a.tasks[i].targets.len()).sum();
            let held_b: usize = g.b.iter().map(|&i| c.b.tasks[i].targets.len()).sum();
            prop_assert_eq!(changes.iter().filter(|t| t.a.is_some()).count(), held_a);
            prop_assert_eq!(changes.iter().filter(|t| t.b.is_some()).count(), held_b);
        }
    }

    #[test]
    fn related_links_never_repeat_a_pair(a in document(), b in document()) {
        let c = compare(&a, &b);
        let pairs: HashSet<(String, String)> =
            c.pairs.iter().map(|p| (p.a.clone(), p.b.clone())).collect();
        let mut seen = HashSet::new();
        for r in &c.related {
            prop_assert!(!pairs.contains(&(r.a.clone(), r.b.clone())), "{} ~ {} is a pair", r.a, r.b);
            prop_assert!(seen.insert((r.a.clone(), r.b.clone())), "{} ~ {} twice", r.a, r.b);
            prop_assert!(!r.shared.is_empty());
            prop_assert!((0.0..=1.0).contains(&r.score));
        }
        prop_assert_eq!(c.summary.related, c.related.len());
    }
}
