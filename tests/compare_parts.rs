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

#[test]
fn a_task_broad_enough_to_hold_every_task_of_the_other_plan_takes_a_dozen_parts_at_most() {
    // A report-like paragraph of 30 sentences on 30 topics against a plan with one task per
    // topic: each task reads like one sentence of the paragraph. Every part's row would hold
    // the whole paragraph, so the rows would grow with its square; a dozen parts are kept.
    let topics = [
        "行政执法公示",
        "法律顾问",
        "备案审查",
        "合法性审核",
        "重大行政决策",
        "公平竞争审查",
        "行政复议",
        "出庭应诉",
        "普法责任制",
        "政务公开",
        "数据共享",
        "应急预案",
        "双随机抽查",
        "信用监管",
        "执法监督",
        "人民调解",
        "示范创建",
        "考核评价",
        "执法队伍",
        "证明事项",
        "权责清单",
        "营商环境",
        "行政裁决",
        "政府督查",
        "审计监督",
        "统计监督",
        "政务诚信",
        "行政许可",
        "行政处罚",
        "行政强制",
    ];
    let mut a = String::from("示例市法治建设年度报告\n一、主要工作\n（一）全面推进依法行政。");
    for (k, t) in topics.iter().enumerate() {
        a.push_str(&format!(
            "全面加强{t}工作，健全{t}制度，开展{t}专项检查第{k}轮。"
        ));
    }
    a.push_str("（牵头单位：示例市司法局）\n");
    let mut b = String::from("示例县法治政府建设工作计划\n一、重点任务\n");
    for (k, t) in topics.iter().enumerate() {
        b.push_str(&format!(
            "{}.加强{t}工作。健全{t}制度，开展{t}专项检查第{k}轮。（牵头单位：示例县司法局）\n",
            k + 1
        ));
    }
    let doc_a = plandiff::parse(a.as_bytes(), "a.txt").expect("parses");
    let doc_b = plandiff::parse(b.as_bytes(), "b.txt").expect("parses");
    assert_eq!((doc_a.tasks.len(), doc_b.tasks.len()), (1, 30));
    let c = compare(&doc_a, &doc_b);
    // Several tasks join the paragraph, but no more than a dozen.
    assert!(c.pairs.len() > 1, "{} pairs", c.pairs.len());
    assert!(c.pairs.len() <= 12, "{} pairs", c.pairs.len());
    // The others are not lost: each is linked to the paragraph as a related task.
    let paired: BTreeSet<&str> = c.pairs.iter().map(|p| p.b.as_str()).collect();
    for t in &doc_b.tasks {
        let related = c.related.iter().any(|r| r.b == t.id);
        assert!(paired.contains(t.id.as_str()) || related, "{} lost", t.id);
    }
}

#[test]
fn each_part_row_keeps_the_sentence_it_came_from_and_points_to_the_others() {
    use plandiff::WordOpKind;
    let c = compare(&parse("compare_parts_a.txt"), &parse("compare_parts_b.txt"));
    let row = |b: &str| {
        c.pairs
            .iter()
            .find(|p| p.a == "一" && p.b == b)
            .unwrap_or_else(|| panic!("row 一 ~ {b}"))
    };
    // The 决策目录 part keeps the words of its sentence, although the broad task is four times
    // its length.
    let kept: String = row("二/3")
        .wording
        .iter()
        .filter(|o| o.op == WordOpKind::Equal)
        .map(|o| o.text.as_str())
        .collect();
    assert!(kept.contains("行政决策事项年度目"), "kept: {kept}");
    // In the 合法性审核 row, that sentence is the 决策目录 part's, not deleted.
    let elsewhere = row("一/1")
        .wording
        .iter()
        .find(|o| o.text.contains("年度目录管理"))
        .expect("the sentence is in the row");
    assert_eq!(elsewhere.op, WordOpKind::AElsewhere);
    assert_eq!(elsewhere.partner.as_deref(), Some("二/3"));
}

#[test]
fn a_sentence_shared_with_a_plan_on_another_subject_makes_no_part() {
    // 示例县's 全民健身 plan borrows one sentence of procedure (听证会、座谈会…广泛听取意见)
    // that 示例市's 决策 task also has; the two plans share nothing else, so no task pairs.
    let c = compare(
        &parse("compare_parts_a.txt"),
        &parse("compare_parts_unrelated.txt"),
    );
    assert!(c.pairs.is_empty(), "{:?}", pairs_of(&c));
}

/// 示例市's broad `加强行政应诉工作` pairs with 示例县's `出庭应诉` task; 示例县's focused
/// `巩固行政应诉突出问题专项治理成果` reads like nothing else half as well, and the broad task like
/// nothing but its own pair better: it is a part of the broad task, not only a related link
/// (before: related, 0.11, far below the pair's 0.56).
#[test]
fn a_focused_task_whose_one_clear_partner_is_a_broad_task_is_its_part() {
    let a = parse("compare_focused_a.txt");
    let c = compare(&a, &parse("compare_focused_b.txt"));
    let got = pairs_of(&c);
    for (b, kind) in [("一/1", PairKind::Split), ("一/2", PairKind::Split)] {
        assert!(
            got.contains(&("一".to_string(), b.to_string(), format!("{kind:?}"))),
            "{got:?}"
        );
    }
    // When the broad task reads more like another of 示例县's tasks (复议 with its own 通报 and
    // 剖析), the focused one stays a related link.
    let c = compare(&a, &parse("compare_focused_b_rival.txt"));
    assert!(c.pairs.iter().all(|p| p.b != "一/2"), "{:?}", pairs_of(&c));
    assert!(c.related.iter().any(|r| r.a == "一" && r.b == "一/2"));
}

/// A task copied word for word was not split, and a new task that shares a stock phrase with
/// one kept (`确保各项任务落到实处`) is new: neither joins the copy as a part.
#[test]
fn no_part_joins_a_task_copied_word_for_word() {
    let a = parse("compare_focused_a.txt");
    let b_text = std::fs::read_to_string(format!(
        "{}/tests/fixtures/compare_focused_b.txt",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture");
    let broad = a.tasks[0].text.clone();
    let copied: String = (b_text.lines())
        .map(|l| match l.starts_with("1.") {
            true => format!("1.{broad}\n"),
            false => format!("{l}\n"),
        })
        .collect();
    let c = compare(&a, &plandiff::parse_text(&copied, "示例县.txt"));
    assert!(c.pairs.iter().all(|p| p.b != "一/2"), "{:?}", pairs_of(&c));

    let year = |y: &str, extra: &str| {
        format!(
            "示例镇{y}年安全生产工作要点\n一、重点任务\n\
             （一）开展隐患排查整治。组织开展燃气、消防等重点领域隐患排查，整改率达到100%。（牵头单位：镇应急办）\n\
             （二）加强应急演练。完善应急预案，每年组织综合演练不少于2次。（牵头单位：镇应急办）\n\
             二、保障措施\n（三）加强组织领导。各村、各单位要高度重视，主要负责同志亲自抓，确保各项任务落到实处。（牵头单位：镇安委办）\n{extra}"
        )
    };
    let new_task = "（四）强化督查考核。将安全生产纳入年度考核，镇安委办定期督查通报，对工作不力的单位严肃问责，确保各项任务落到实处。（牵头单位：镇安委办）\n";
    let (a, b) = (
        plandiff::parse_text(&year("2024", ""), "a.txt"),
        plandiff::parse_text(&year("2025", new_task), "b.txt"),
    );
    let c = compare(&a, &b);
    assert_eq!(c.b_only, ["二/(四)"], "{:?}", pairs_of(&c));
}
