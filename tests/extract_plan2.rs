//! Units and targets in the forms met in the wild (round 2 fixtures `plan2_*`): unit lines
//! after the paragraph, deadline labels inside the unit bracket, and the quantity phrases of
//! real plans (changes by an amount, limits, symbols, money, seasons).

mod common;

use common::{fixture, task};
use plandiff::{Comparator, Target, Task};

/// `metric|comparator|value|unit|deadline|per` of a target.
fn line(t: &Target) -> String {
    format!(
        "{}|{}",
        common::target_brief(t),
        t.per.as_deref().unwrap_or("")
    )
}

fn lines(t: &Task) -> Vec<String> {
    t.targets.iter().map(line).collect()
}

#[test]
fn unit_lines_after_the_paragraph() {
    let doc = fixture("plan2_unit_lines.txt");
    let t = task(&doc, "一/(一)");
    assert!(t.lead_units.is_empty());
    assert_eq!(t.responsible_units, ["县司法局"]);
    // `牵头单位：… 配合单位：…` on one line.
    let t = task(&doc, "一/(二)");
    assert_eq!(t.lead_units, ["县司法局"]);
    assert_eq!(t.responsible_units, ["县政协办", "县人大常委会办公室"]);
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn deadline_labels_in_the_unit_bracket() {
    let doc = fixture("plan2_unit_lines.txt");
    let t = task(&doc, "二/(三)");
    assert_eq!(t.responsible_units, ["县委编办", "县司法局"]);
    assert_eq!(lines(t), ["完成时限|by||date|2024年6月底前|"]);
    let t = task(&doc, "二/(四)");
    assert_eq!(t.lead_units, ["县司法局"]);
    assert_eq!(lines(t), ["时间节点|by||date|第三季度|"]);
    // `长期坚持` is neither a unit nor a deadline.
    let t = task(&doc, "二/(五)");
    assert_eq!(t.responsible_units, ["县司法局"]);
    assert!(t.targets.is_empty());
}

#[test]
fn changes_limits_and_bases() {
    let doc = fixture("plan2_targets.txt");
    assert_eq!(
        lines(task(&doc, "一/(一)")),
        [
            "全县高中毛入学率提高|>=|5|个百分点||",
            "学前教育普惠率|<=|3|%||"
        ],
        "不低于上年 has no number: no target"
    );
    assert_eq!(
        lines(task(&doc, "一/(二)")),
        [
            "城乡居民人均可支配收入增长|>=|10|%||",
            "新增就业岗位|>=|1500|个||"
        ]
    );
}

#[test]
fn time_limits_and_full_completion() {
    let doc = fixture("plan2_targets.txt");
    assert_eq!(
        lines(task(&doc, "一/(三)")),
        [
            "企业开办事项网上办理|=|100|%||",
            "一般事项|within|2|个工作日||",
            "复杂事项|within|30|日||"
        ],
        "实现全覆盖 is no target"
    );
}

#[test]
fn periods_symbols_and_deadlines() {
    let doc = fixture("plan2_targets.txt");
    assert_eq!(
        lines(task(&doc, "一/(四)")),
        [
            "督查|>=|1|次||每季度",
            "督查满意率|>=|95|%||",
            "年度考核|by||date|2024年底前|",
            "报送半年总结|by||date|6月30日前|",
            "中期评估|by||date|上半年|",
            "专项检查|by||date|第三季度|"
        ]
    );
}

#[test]
fn money() {
    let doc = fixture("plan2_targets.txt");
    assert_eq!(
        lines(task(&doc, "一/(五)")),
        ["专项资金|=|1000|万元||", "资金拨付率|=|95|%||"]
    );
}

#[test]
fn table_deadline_cells_are_by_targets() {
    let doc = fixture("plan2_task_table.txt");
    let by: Vec<&str> = doc
        .tasks
        .iter()
        .flat_map(|t| &t.targets)
        .filter(|g| g.comparator == Comparator::By)
        .filter_map(|g| g.deadline.as_deref())
        .collect();
    assert_eq!(
        by,
        [
            "2024年12月底前",
            "2024年6月30日",
            "上半年",
            "2024年第三季度"
        ]
    );
}

#[test]
fn roles_marked_inside_a_list_and_times_after_names() {
    let doc = fixture("plan2_unit_marks.txt");
    for id in ["一/(一)", "一/(二)", "一/(三)"] {
        assert_eq!(task(&doc, id).lead_units, ["市司法局"], "{id}");
    }
    assert_eq!(task(&doc, "一/(一)").responsible_units, ["市财政局"]);
    assert_eq!(
        task(&doc, "一/(二)").responsible_units,
        ["市财政局", "市人社局"]
    );
    let t = task(&doc, "一/(三)");
    assert_eq!(t.responsible_units, ["市财政局"]);
    assert_eq!(lines(t), ["完成|by||date|2024年6月底前|"]);
    assert_eq!(t.targets[0].text, "2024年6月底前完成");
    assert_eq!(
        lines(task(&doc, "一/(四)")),
        ["完成时限|by||date|2024年12月|"]
    );
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}
