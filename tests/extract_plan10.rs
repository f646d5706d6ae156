//! Targets and units in forms met in real plans (invented 示例 places): a unit label on the line
//! after an item with no full stop, whose figure keeps its own measure.

use plandiff::Document;

fn parse(text: &str) -> Document {
    plandiff::parse_text(text, "plan.txt")
}

#[test]
fn a_unit_label_after_an_item_without_a_stop_is_no_part_of_its_measure() {
    let doc = parse("示例区2024年重点任务责任分解方案\n一、主要预期目标\n（一）地区生产总值增长7%以上\n责任单位：区发展和改革局\n（二）规上工业增加值增长12%以上\n责任单位：区科技和经信局\n");
    let metrics: Vec<(&str, f64)> = (doc.tasks.iter())
        .flat_map(|t| t.targets.iter())
        .map(|t| (t.metric.as_str(), t.value.unwrap_or(f64::NAN)))
        .collect();
    assert_eq!(
        metrics,
        [("地区生产总值增长", 7.0), ("规上工业增加值增长", 12.0)]
    );
    assert_eq!(doc.tasks[0].responsible_units, ["区发展和改革局"]);
}
