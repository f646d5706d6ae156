//! Forms met in real plans (invented 示例 places), session 32: a single figure after `分别`
//! given to each thing listed before it.

/// The goals' targets of `text` as (metric, value).
fn goal_targets(text: &str) -> Vec<(String, f64)> {
    let doc = plandiff::parse_text(text, "示例.txt");
    (doc.goals.iter())
        .flat_map(|g| g.targets.iter())
        .map(|t| (t.metric.clone(), t.value.unwrap_or(f64::NAN)))
        .collect()
}

fn goal_plan(aim: &str) -> String {
    format!(
        "示例市2025年大气污染防治工作方案\n一、主要目标\n到2025年，{aim}\n\
         二、重点任务\n（一）推进治理。开展工业污染治理。\n"
    )
}

#[test]
fn one_figure_after_fenbie_is_each_listed_things() {
    // Before: one target named `二氧化硫、氮氧化物排放总量分别下降`, so a plan giving each its own
    // figure (`分别下降15%、10%`) compared as one kept and one dropped.
    assert_eq!(
        goal_targets(&goal_plan(
            "二氧化硫、氮氧化物排放总量分别比2020年下降16%。"
        )),
        [
            ("二氧化硫排放总量下降".to_string(), 16.0),
            ("氮氧化物排放总量下降".to_string(), 16.0)
        ]
    );
    assert_eq!(
        goal_targets(&goal_plan("城镇、农村居民人均可支配收入分别增长6%。")),
        [
            ("城镇居民人均可支配收入增长".to_string(), 6.0),
            ("农村居民人均可支配收入增长".to_string(), 6.0)
        ]
    );
}

#[test]
fn one_figure_after_fenbie_over_places_or_one_measure_stays_one_target() {
    // Places doing their share, and a `及` inside a word (`及时率`) with no `、` list.
    assert_eq!(
        goal_targets(&goal_plan("全市、各县区分别完成造林任务的30%。")).len(),
        1
    );
    assert_eq!(
        goal_targets(&goal_plan("投诉办结及时率分别达到95%。")).len(),
        1
    );
    // A list with a figure each is read as before.
    assert_eq!(
        goal_targets(&goal_plan("二氧化硫、氮氧化物排放总量分别下降15%、10%。")),
        [
            ("二氧化硫排放总量下降".to_string(), 15.0),
            ("氮氧化物排放总量下降".to_string(), 10.0)
        ]
    );
}
