//! Two places' plans (invented 示例市 and 示例县) titling one task alike in other verbs: 示例市's
//! broad 加强行政执法监督 is split in 示例县 into 深化行政执法体制改革 (which shares more of its
//! words) and 强化行政执法监督 (its own topic, worded anew): the heading's topic makes the
//! second a part too (issue #14).

mod common;

use common::parsed_fixture as parse;
use plandiff::{compare, Comparison, PairKind};

fn headings() -> Comparison {
    compare(
        &parse("compare_headings_a.txt"),
        &parse("compare_headings_b.txt"),
    )
}

#[test]
fn a_task_titled_with_the_same_topic_joins_the_split() {
    let c = headings();
    let parts: Vec<(&str, PairKind)> = (c.pairs.iter())
        .filter(|p| p.a == "一")
        .map(|p| (p.b.as_str(), p.kind))
        .collect();
    assert_eq!(
        parts,
        [("一/(一)", PairKind::Split), ("一/(二)", PairKind::Split)]
    );
}

#[test]
fn a_shared_topic_word_in_other_headings_pairs_nothing_more() {
    let c = headings();
    // 完善行政执法程序 shares 行政执法 with 加强行政执法监督, not its topic.
    assert!(!c.pairs.iter().any(|p| p.b == "一/(三)"));
    // The other tasks keep their own pairs, each once.
    for (a, b) in [("二", "二/(四)"), ("四", "二/(五)")] {
        assert!(c.pairs.iter().any(|p| p.a == a && p.b == b), "{a} ~ {b}");
    }
}

#[test]
fn the_shown_similarity_leaves_the_heading_evidence_out() {
    // The part's score is how alike the texts read: below the split's main pair.
    let c = headings();
    let score = |b: &str| c.pairs.iter().find(|p| p.b == b).map(|p| p.score);
    assert!(score("一/(二)") < score("一/(一)"));
}
