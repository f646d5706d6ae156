//! Split and merge groups counted as a reader counts them: the page's built-in sample and the
//! reference pair 004 → 000 (海口 2021 H2 → 2022, skipped when `../shared/corpus/` is absent)
//! give the target counts of a hand count, no target both kept and dropped within a group, no
//! agency removed from a pair while a partner carries it, and no agency listed as having lost a
//! task while it leads one of its successors.

use plandiff::agency::agency_key;
use plandiff::diff::groups::{groups, Group};
use plandiff::{
    compare, parse, Comparison, Document, Target, TargetChange, TargetChangeKind, Task,
    UnitChangeKind,
};
use std::collections::BTreeMap;
use std::path::PathBuf;

fn read(path: PathBuf) -> Option<Document> {
    let bytes = std::fs::read(&path).ok()?;
    let name = path.file_name()?.to_str()?.to_string();
    Some(parse(&bytes, &name).unwrap_or_else(|e| panic!("{e}")))
}

/// The page's built-in sample (示例市 2023 → 2024), as the page compares it.
fn sample() -> Comparison {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/app/examples");
    let a = read(dir.join("plan_2023.txt")).expect("sample 2023");
    let b = read(dir.join("plan_2024.txt")).expect("sample 2024");
    compare(&a, &b)
}

fn corpus(prefix: &str) -> Option<Document> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let path = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix) && n.ends_with(".txt"))
        });
    if path.is_none() {
        eprintln!("../shared/corpus/{prefix}_*.txt not found: skipped");
    }
    read(path?)
}

/// The summary's target counts per kind, `same` included.
fn counts(c: &Comparison) -> BTreeMap<&str, usize> {
    c.summary
        .targets_by_kind
        .iter()
        .map(|(k, n)| (k.as_str(), *n))
        .filter(|(_, n)| *n > 0)
        .collect()
}

fn task(doc: &Document, i: usize) -> &Task {
    &doc.tasks[i]
}

/// Every agency key of a task (lead and responsible); its lead keys apart.
fn keys(t: &Task, lead_only: bool) -> Vec<String> {
    let responsible: &[String] = if lead_only { &[] } else { &t.responsible_units };
    (t.lead_units.iter().chain(responsible))
        .map(|n| agency_key(t.full_name(n)))
        .collect()
}

/// The group holding the task `id` of A (or of B when `in_b`).
fn group_of<'a>(gs: &'a [Group], c: &Comparison, id: &str, in_b: bool) -> Option<&'a Group> {
    let doc = if in_b { &c.b } else { &c.a };
    let pos = doc.tasks.iter().position(|t| t.id == id)?;
    gs.iter()
        .find(|g| if in_b { &g.b } else { &g.a }.contains(&pos))
}

/// The consistency a reader expects of a comparison's splits and merges.
fn check_groups(c: &Comparison) {
    let gs = groups(&c.a, &c.b, &c.pairs);
    for g in &gs {
        // Each target of the group's tasks is in exactly one change of the group.
        let changes: Vec<_> = g.pairs.iter().flat_map(|&i| &c.pairs[i].targets).collect();
        let held_a: usize = g.a.iter().map(|&i| task(&c.a, i).targets.len()).sum();
        let held_b: usize = g.b.iter().map(|&i| task(&c.b, i).targets.len()).sum();
        // (A side said only in words, `实现…全覆盖`, stands in for a figure and is held by none.)
        let held = |doc: &Document, tasks: &[usize], x: &Target| {
            (tasks.iter()).any(|&i| task(doc, i).targets.contains(x))
        };
        let shown_a = (changes.iter().filter_map(|t| t.a.as_ref()))
            .filter(|x| held(&c.a, &g.a, x))
            .count();
        let shown_b = (changes.iter().filter_map(|t| t.b.as_ref()))
            .filter(|x| held(&c.b, &g.b, x))
            .count();
        assert_eq!(shown_a, held_a);
        assert_eq!(shown_b, held_b);
        // So no target is kept in one pair and dropped (or new) in another: a target shows in
        // as many changes as its task holds it (two equal targets may be one kept, one dropped).
        let a_side: fn(&TargetChange) -> Option<&Target> = |t| t.a.as_ref();
        let b_side: fn(&TargetChange) -> Option<&Target> = |t| t.b.as_ref();
        for (kind, side, doc, tasks) in [
            (TargetChangeKind::Dropped, a_side, &c.a, &g.a),
            (TargetChangeKind::New, b_side, &c.b, &g.b),
        ] {
            for t in changes.iter().filter(|t| t.change == kind) {
                let shown = changes.iter().filter(|k| side(k) == side(t)).count();
                let held = (tasks.iter())
                    .flat_map(|&i| &task(doc, i).targets)
                    .filter(|x| Some(*x) == side(t))
                    .count();
                assert!(shown <= held, "{:?} {kind:?} and kept", side(t));
            }
        }
        // No agency removed from a pair while another B partner of its A task carries it, nor
        // added while another A partner of its B task carries it.
        for &i in &g.pairs {
            let p = &c.pairs[i];
            for u in &p.units.changes {
                let partners: Vec<&Task> = match u.change {
                    UnitChangeKind::Removed => (c.pairs.iter())
                        .filter(|q| q.a == p.a && q.b != p.b)
                        .filter_map(|q| c.b.tasks.iter().find(|t| t.id == q.b))
                        .collect(),
                    UnitChangeKind::Added => (c.pairs.iter())
                        .filter(|q| q.b == p.b && q.a != p.a)
                        .filter_map(|q| c.a.tasks.iter().find(|t| t.id == q.a))
                        .collect(),
                    _ => continue,
                };
                let carried = partners.iter().any(|t| keys(t, false).contains(&u.key));
                assert!(!carried, "{} {:?} in {}→{}", u.key, u.change, p.a, p.b);
            }
        }
    }
    // No agency has lost a task it leads a successor of, nor gained one it led a part of.
    for row in &c.agencies {
        for (ids, in_b, other) in [(&row.lost, false, &c.b), (&row.gained, true, &c.a)] {
            for id in ids.iter() {
                let Some(g) = group_of(&gs, c, id, in_b) else {
                    continue;
                };
                let partners = if in_b { &g.a } else { &g.b };
                let leads = partners
                    .iter()
                    .any(|&i| keys(task(other, i), true).contains(&row.key));
                assert!(!leads, "{} listed for {id} but leads a partner", row.key);
            }
        }
    }
}

/// Hand count of the sample: 一/(一) 3→4 件 raised, 规章 2 件 same; the merge of (二) and (三)
/// into (二): 报备率, 审查率, 审核率 same, 审核时限 10→7 日 lowered; (九)→(三) 6月30日→5月31日
/// changed; (四) 年底前 same; (五) 2→1 次 lowered; the split of (六): 公示率 95→100% raised,
/// nothing dropped; (七)→(八) 40→60 学时 raised; (八)→(九) 98→95% lowered; (十一) 4 次 and
/// (十二) 3月1日前 same. Agencies: 市委编办 removed, 市司法局 moved, 市公安局 added,
/// 市市场监管局 renamed (各区县政府 in the merge is carried by (三), no change).
#[test]
fn the_sample_counts_as_a_reader_counts() {
    let c = sample();
    let expected = BTreeMap::from([("same", 7), ("raised", 3), ("lowered", 3), ("changed", 1)]);
    assert_eq!(counts(&c), expected);
    assert_eq!(c.summary.target_changes, 7);
    assert_eq!(c.summary.unit_changes, 4);
    check_groups(&c);
}

/// Hand count of 004 → 000 with the targets the extractor finds: the split of 五 into 一/(三),
/// 四/(十三), 八/(二十九): 5%→100% raised, 覆盖率 and 年底前 清单 dropped, 典型案例 new; the split
/// of 三 into 二/(七), 三/(八): two rates same, one rate dropped, the 目录 deadline changed; the
/// split of 六: three new; 四→三/(九): 100% of 党政机关 with 法律顾问 same as 000's 全覆盖 in
/// words, 行政村 dropped; 七→四/(十四): changed and dropped; 八→六/(二十一): one new, three
/// dropped; 十→九/(三十一): two new, two dropped; 一→九/(三十二): 讲座 same, five new. In all:
/// same 4, raised 1, changed 2, new 12, dropped 10. The dropped 免罚清单 of 五 is shown beside
/// 四/(十三), the part that still speaks of it.
#[test]
fn haikou_2021_to_2022_counts_as_a_reader_counts() {
    let (Some(a), Some(b)) = (corpus("004"), corpus("000")) else {
        return;
    };
    let c = compare(&a, &b);
    let expected = BTreeMap::from([
        ("same", 4),
        ("raised", 1),
        ("changed", 2),
        ("new", 12),
        ("dropped", 10),
    ]);
    assert_eq!(counts(&c), expected);
    assert_eq!(c.summary.target_changes, 25);
    let on = |a: &str, b: &str| c.pairs.iter().find(|p| p.a == a && p.b == b).expect(b);
    let dropped = |p: &plandiff::TaskPair| {
        (p.targets.iter())
            .filter(|t| t.change == plandiff::TargetChangeKind::Dropped)
            .filter_map(|t| t.a.as_ref().map(|x| x.text.clone()))
            .collect::<Vec<_>>()
    };
    assert!(dropped(on("五", "四/(十三)"))
        .iter()
        .any(|t| t.contains("免予处罚清单")));
    assert!(!dropped(on("五", "一/(三)"))
        .iter()
        .any(|t| t.contains("免予处罚清单")));
    let kept = on("四", "三/(九)")
        .targets
        .iter()
        .find(|t| t.b.as_ref().is_some_and(|x| x.text.contains("全覆盖")));
    assert_eq!(
        kept.map(|t| t.change),
        Some(plandiff::TargetChangeKind::Same)
    );
    check_groups(&c);
    // 市公安局 and 市市场监管局 co-led 五 and 六 and lead successors of both.
    for key in ["市公安局", "市市场监督管理局", "市政务管理局"] {
        let row = c.agencies.iter().find(|r| r.key == key).expect(key);
        assert!(row.lost.is_empty(), "{key} lost {:?}", row.lost);
    }
}

/// Swapping the sides of the sample turns the split into a merge: the same consistency holds
/// and the counts mirror (raised ↔ lowered for the plain numbers, same stays same).
#[test]
fn the_sample_swapped_is_consistent_too() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/app/examples");
    let a = read(dir.join("plan_2024.txt")).expect("sample 2024");
    let b = read(dir.join("plan_2023.txt")).expect("sample 2023");
    let c = compare(&a, &b);
    check_groups(&c);
    assert_eq!(counts(&c).get("same"), Some(&7));
    assert_eq!(c.summary.target_changes, 7);
}
