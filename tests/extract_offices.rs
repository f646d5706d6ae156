//! Units of a department's own plan (an invented 示例县教育局): offices under labels of their
//! own (责任科室, 牵头科室/配合科室, 责任股室, 承办单位), a leader's name no unit, and two
//! agencies joined by `会同` (found in real plans of 2024).

mod common;

use common::{fixture, task};

fn units(doc: &plandiff::Document, id: &str) -> (Vec<String>, Vec<String>) {
    let t = task(doc, id);
    (t.lead_units.clone(), t.responsible_units.clone())
}

#[test]
fn offices_under_their_own_labels_are_units() {
    let doc = fixture("units_offices.txt");
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(units(&doc, "一/1"), (s(&[]), s(&["组干科", "机关党委"])));
    // The second label is no unit.
    assert_eq!(units(&doc, "一/2"), (s(&["办公室"]), s(&["财务科"])));
    assert_eq!(units(&doc, "一/3"), (s(&[]), s(&["人事股"])));
    // A leader's name ends the list.
    assert_eq!(units(&doc, "一/4"), (s(&[]), s(&["县政务公开办"])));
    // `甲会同乙负责`: 甲 leads.
    assert_eq!(
        units(&doc, "一/5"),
        (s(&["县卫生健康局"]), s(&["县医保局"]))
    );
}
