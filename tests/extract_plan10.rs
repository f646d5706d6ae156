//! Targets and units in forms met in real plans (invented 示例 places): a unit label on the line
//! after an item with no full stop, whose figure keeps its own measure; farm units (亿斤, 公顷),
//! `突破`, `签约` (no estimate) and counts after `流转`; the plan's own year heading a sentence,
//! a deadline on the line after a heading with no stop, a works' phase (`学院二期`) and `1天办结`.

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

#[test]
fn farm_and_count_figures_are_read() {
    let doc = parse("示例市2024年农业工作要点\n一、稳定粮食生产。粮食播种面积达到917万亩，产量稳定在70亿斤左右。\n二、发展设施农业。新增设施农业面积2000公顷。\n三、培育科技企业。高新技术企业突破75家。\n四、扩大招商。全年招商签约40亿元。\n五、强化调研。调研报告字数不少于2500字。\n六、推进流转。实现土地流转2000亩。\n");
    let got: Vec<(String, f64, String)> = (doc.tasks.iter())
        .flat_map(|t| t.targets.iter())
        .map(|t| {
            (
                t.metric.clone(),
                t.value.unwrap_or(f64::NAN),
                t.unit.clone(),
            )
        })
        .collect();
    let want = [
        ("粮食播种面积", 917.0, "万亩"),
        ("产量", 70.0, "亿斤"),
        ("新增设施农业面积", 2000.0, "公顷"),
        ("高新技术企业", 75.0, "家"),
        ("招商签约", 40.0, "亿元"),
        ("调研报告字数", 2500.0, "字"),
        ("土地流转", 2000.0, "亩"),
    ];
    let want: Vec<(String, f64, String)> = (want.iter())
        .map(|(m, v, u)| (m.to_string(), *v, u.to_string()))
        .collect();
    assert_eq!(got, want);
    // `签约` is a word: the amount is no estimate.
    let signed = &doc.tasks[3].targets[0];
    assert_eq!(signed.comparator, plandiff::Comparator::Equal);
    assert_eq!(
        doc.tasks[2].targets[0].comparator,
        plandiff::Comparator::AtLeast
    );
}

#[test]
fn the_plans_own_year_heading_a_sentence_is_no_deadline() {
    let doc = parse("示例镇2023年工作计划\n一、发展特色产业\n乡村振兴，产业先行。2023年，我镇将坚持把产业振兴作为重中之重，壮大集体经济。\n二、推进重点项目\n力争2024年，建成蔬菜保鲜库1座。\n");
    assert!(
        doc.tasks[0].targets.is_empty(),
        "{:?}",
        doc.tasks[0].targets
    );
    // A later year, or one tied by a word (`力争`), is one.
    let t = &doc.tasks[1].targets[0];
    assert_eq!(t.deadline.as_deref(), Some("2024年"));
}

#[test]
fn a_heading_on_its_own_line_ends_a_clause_before_the_deadline_after_it() {
    // `推进重点项目` on its line, then `到2024年，…`: the year heads the figures after it.
    let doc = parse("示例镇2023年工作计划\n一、推进重点项目\n到2024年，覆盖率达到90%。\n二、发展产业\n2024年底前，新建大棚3个。\n");
    let deadlines: Vec<Option<&str>> = (doc.tasks.iter())
        .flat_map(|t| t.targets.iter())
        .map(|t| t.deadline.as_deref())
        .collect();
    assert_eq!(deadlines, [Some("2024年"), Some("2024年底前")]);
}

#[test]
fn a_works_phase_is_no_count_and_a_time_to_finish_is_a_limit() {
    let doc = parse("示例市2024年工作要点\n一、推进项目。在2024年完成职业学院二期建设。\n二、优化开办。企业开办全流程1天办结。\n三、开展培训。举办培训班二期。\n");
    let got: Vec<Vec<(Option<f64>, String)>> = (doc.tasks.iter())
        .map(|t| {
            t.targets
                .iter()
                .map(|x| (x.value, x.unit.clone()))
                .collect()
        })
        .collect();
    // `学院二期`: the project's phase, the year its deadline.
    assert_eq!(got[0], [(None, "date".to_string())]);
    assert_eq!(got[1], [(Some(1.0), "天".to_string())]);
    assert_eq!(
        doc.tasks[1].targets[0].comparator,
        plandiff::Comparator::Within
    );
    // `举办培训班二期`: two sessions.
    assert_eq!(got[2], [(Some(2.0), "期".to_string())]);
}
