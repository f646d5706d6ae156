//! Targets in forms met in real plans (invented 示例 places): counts after `确保` and `发展`
//! (`确保粮食播种面积917万亩`, `新发展20名党员`), a measure named `增加值`, and a date label of
//! the plan's own naming offering two dates (`发稿时间：7月底或8月上旬`).

/// A target as `(task id, metric, value, unit, deadline)`.
type Row = (String, String, Option<f64>, String, Option<String>);

/// Every target of `text`.
fn targets(text: &str) -> Vec<Row> {
    let doc = plandiff::parse_text(text, "plan.txt");
    (doc.tasks.iter())
        .flat_map(|t| t.targets.iter().map(move |g| (t, g)))
        .map(|(t, g)| {
            (
                t.id.clone(),
                g.metric.clone(),
                g.value,
                g.unit.clone(),
                g.deadline.clone(),
            )
        })
        .collect()
}

#[test]
fn a_count_in_figures_after_ensure_or_develop_is_a_target() {
    let got = targets(
        "示例县2024年农业工作要点\n一、重点工作\n1.抓好粮食生产。确保粮食播种面积917万亩。（牵头单位：县农业农村局）\n2.发展蔬菜。发展城郊蔬菜65万亩。（牵头单位：县农业农村局）\n3.加强党建。新发展20名党员。（责任单位：县委组织部）\n",
    );
    let got: Vec<(&str, &str, Option<f64>, &str)> = (got.iter())
        .map(|(id, m, v, u, _)| (id.as_str(), m.as_str(), *v, u.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("一/1", "粮食播种面积", Some(917.0), "万亩"),
            ("一/2", "城郊蔬菜", Some(65.0), "万亩"),
            ("一/3", "党员", Some(20.0), "名"),
        ]
    );
}

#[test]
fn a_numeral_in_words_after_ensure_names_a_set_not_a_count() {
    // `三个年级` names the grades; `四次会议` a session: no count is committed.
    let got = targets(
        "示例市2024年教育工作计划\n一、重点工作\n1.推动高中发展。确保高中三个年级能够各司其职。（责任单位：市教育局）\n2.办好实事。确保市十四届人大四次会议票决的民生实事如期完成。（责任单位：市政府办）\n",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn value_added_names_a_measure_not_a_rise() {
    let got = targets(
        "示例市2024年工业工作要点\n一、重点工作\n1.壮大制造业。制造业增加值占地区生产总值比重35%左右。（牵头单位：市工信局）\n2.稳增长。规上工业增加值增长8%。（牵头单位：市工信局）\n",
    );
    let metrics: Vec<(&str, Option<f64>)> = (got.iter())
        .map(|(_, m, v, _, _)| (m.as_str(), *v))
        .collect();
    assert_eq!(
        metrics,
        [
            ("制造业增加值占地区生产总值比重", Some(35.0)),
            ("规上工业增加值增长", Some(8.0)),
        ]
    );
}

#[test]
fn a_date_label_of_the_plans_own_naming_offering_two_dates_is_one_deadline() {
    let got = targets(
        "示例区2024年宣传工作方案\n一、重点工作\n1.做好专题报道。发稿时间：7月底或8月上旬。（责任单位：区委宣传部）\n2.做好总结。时间：年底前。（责任单位：区委宣传部）\n3.做好验收。完成时限：10月底前。（责任单位：区委宣传部）\n",
    );
    let dates: Vec<(&str, &str, Option<&str>)> = (got.iter())
        .map(|(id, m, _, _, d)| (id.as_str(), m.as_str(), d.as_deref()))
        .collect();
    assert_eq!(
        dates,
        [
            // Before: `或8月上旬` by 7月底, and `责任单位` by 8月上旬.
            ("一/1", "发稿时间", Some("7月底或8月上旬")),
            // A bare `时间：` and a known label read as they were.
            ("一/2", "完成时限", Some("年底前")),
            ("一/3", "完成时限", Some("10月底前")),
        ]
    );
}
