//! A broad task against the tasks another plan splits it into (an invented 示例市 and 示例县,
//! written for the project): 示例市's 决策 task holds in one paragraph the 决策目录,
//! 合法性审核, 备案审查 and 法律顾问 that 示例县 words as four tasks. Each of the four reads
//! like one sentence of the broad task, not like all of it, and each is a part of it; a task
//! that merely mentions 决策 (政务公开) takes none of them.

use plandiff::{compare, Comparison, Document, PairKind};
use std::collections::BTreeSet;

fn parse(name: &str) -> Document {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).expect("fixture present");
    plandiff::parse(&bytes, name).expect("fixture parses")
}

fn pairs_of(c: &Comparison) -> BTreeSet<(String, String, String)> {
    c.pairs
        .iter()
        .map(|p| (p.a.clone(), p.b.clone(), format!("{:?}", p.kind)))
        .collect()
}

#[test]
fn each_sentence_of_a_broad_task_pairs_with_the_task_it_became() {
    let (a, b) = (parse("compare_parts_a.txt"), parse("compare_parts_b.txt"));
    let c = compare(&a, &b);
    let want: BTreeSet<(String, String, String)> = [
        ("一", "一/1", PairKind::Split), // 合法性审核
        ("一", "一/2", PairKind::Split), // 备案审查
        ("一", "二/3", PairKind::Split), // 重大行政决策目录
        ("一", "二/4", PairKind::Split), // 法律顾问
        ("二", "三/5", PairKind::Split), // 资格管理
        ("二", "三/6", PairKind::Split), // 法律知识轮训
        ("三", "四/8", PairKind::Match), // 出庭应诉
    ]
    .iter()
    .map(|&(x, y, k)| (x.to_string(), y.to_string(), format!("{k:?}")))
    .collect();
    assert_eq!(pairs_of(&c), want);
    // 普法 and 政务公开 have no counterpart; nor have 智慧执法 and 人民调解.
    assert_eq!(c.a_only, vec!["四".to_string(), "五".to_string()]);
    assert_eq!(c.b_only, vec!["三/7".to_string(), "四/9".to_string()]);

    // The other way round, the same tasks join: the parts merge into the broad task.
    let back = compare(&b, &a);
    let mirrored: BTreeSet<(String, String, String)> = want
        .iter()
        .map(|(x, y, k)| {
            let k = if *k == format!("{:?}", PairKind::Split) {
                format!("{:?}", PairKind::Merged)
            } else {
                k.clone()
            };
            (y.clone(), x.clone(), k)
        })
        .collect();
    assert_eq!(pairs_of(&back), mirrored);
}
