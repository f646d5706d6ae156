//! Forms met in real plans (invented 示例 places): a span of years given as the time of a
//! count.

mod common;
use common::target_rows;

#[test]
fn a_span_from_one_years_end_to_anothers_is_the_time_of_the_count() {
    let text = "示例市2025年城市更新工作要点\n\
        一、推进老旧小区改造。2025年底到2027年底，完成老旧小区改造120个。（牵头单位：市住建局）\n";
    // Before: a date target named `到2027年底`, due `2025年底`, beside the count with no time.
    assert_eq!(
        target_rows(text),
        [(
            "老旧小区改造".to_string(),
            "Equal".to_string(),
            Some(120.0),
            "个".to_string(),
            Some("2025年底到2027年底".to_string())
        )]
    );
}
