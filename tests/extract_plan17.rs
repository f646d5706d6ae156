//! Targets in forms met in real plans (invented 示例 places): a change said in one character
//! after its base (`比上年增5%`), bases of the end of last year or the same period
//! (`较上年末增长8%`, `比去年同期增10%`), and an aside that says a figure again in other terms
//! (`12家（即总数的92%）`).

use plandiff::{parse_text, Comparator, Target};

/// `(metric, comparator, value, unit, base)` of a target.
type Change = (String, Comparator, Option<f64>, String, Option<String>);

/// The [`Change`] of every target of every goal and task.
fn changes(text: &str) -> Vec<Change> {
    let doc = parse_text(text, "示例.txt");
    let targets = (doc.goals.iter().flat_map(|g| &g.targets))
        .chain(doc.tasks.iter().flat_map(|t| &t.targets));
    targets
        .map(|t: &Target| {
            (
                t.metric.clone(),
                t.comparator,
                t.value,
                t.unit.clone(),
                t.base.clone(),
            )
        })
        .collect()
}

fn change(metric: &str, value: f64, unit: &str, base: &str) -> Change {
    (
        metric.to_string(),
        Comparator::AtLeast,
        Some(value),
        unit.to_string(),
        Some(base.to_string()),
    )
}

#[test]
fn a_change_in_one_character_after_its_base_is_a_change() {
    let text = "示例市2025年经济工作要点\n一、重点任务\n（一）稳定增长。社会消费品零售总额比上年增5%，民间投资同比增7%，单位能耗较2024年降3%。（牵头单位：市发改委）\n";
    assert_eq!(
        changes(text),
        [
            change("社会消费品零售总额增长", 5.0, "%", "上年"),
            change("民间投资增长", 7.0, "%", "同比"),
            change("单位能耗下降", 3.0, "%", "2024年"),
        ]
    );
    // The same targets written with the whole word read alike: a comparer pairs them.
    let whole = "示例市2025年经济工作要点\n一、重点任务\n（一）稳定增长。社会消费品零售总额比上年增长5%，民间投资同比增长7%，单位能耗较2024年下降3%。（牵头单位：市发改委）\n";
    assert_eq!(changes(whole), changes(text));
}

#[test]
fn a_lone_change_character_inside_a_word_is_no_change() {
    // `新增`, `增幅`: the character is part of a word; the count is a level, not a change.
    let text = "示例市2025年就业工作要点\n一、重点任务\n（一）稳就业。全年新增城镇就业1.2万人，增幅保持在5%以上。（牵头单位：市人社局）\n";
    let found = changes(text);
    assert!(
        found
            .iter()
            .all(|t| t.1 != Comparator::AtLeast || t.4.is_none()),
        "{found:?}"
    );
    assert!(found.iter().all(|t| !t.0.ends_with("增长")), "{found:?}");
    assert!(found
        .iter()
        .any(|t| t.0.contains("新增城镇就业") && t.2 == Some(1.2)));
}

#[test]
fn the_end_of_last_year_and_the_same_period_are_bases() {
    let text = "示例市2025年工作要点\n一、重点任务\n（一）扩大投资。固定资产投资较上年末增长8%，税收收入比去年同期增10%，新开工项目比上年末增加20个。（牵头单位：市发改委）\n";
    assert_eq!(
        changes(text),
        [
            change("固定资产投资增长", 8.0, "%", "上年末"),
            change("税收收入增长", 10.0, "%", "去年同期"),
            change("新开工项目增加", 20.0, "个", "上年末"),
        ]
    );
}

#[test]
fn an_aside_saying_a_figure_again_is_not_a_second_target() {
    let text = "示例市2025年卫生健康工作要点\n一、重点任务\n（一）建强医院。全市二级以上医院达到12家（即总数的92%），床位达到5000张。（牵头单位：市卫健委）\n";
    let found = changes(text);
    let values: Vec<Option<f64>> = found.iter().map(|t| t.2).collect();
    assert_eq!(values, [Some(12.0), Some(5000.0)], "{found:?}");
    // A breakdown in brackets is still read: its figures are commitments of their own.
    let text = "示例市2025年教育工作要点\n一、重点任务\n（一）扩充学位。新建学校不少于5所（其中小学不少于3所）。（牵头单位：市教育局）\n";
    let values: Vec<Option<f64>> = changes(text).iter().map(|t| t.2).collect();
    assert_eq!(values, [Some(5.0), Some(3.0)]);
}

/// `(id, lead units, responsible units)` of every task.
fn units(text: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
    (parse_text(text, "示例.txt").tasks.into_iter())
        .map(|t| (t.id, t.lead_units, t.responsible_units))
        .collect()
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn role_clauses_before_the_rest_of_a_sentence_name_its_units() {
    let text = "示例市2025年工作要点\n一、重点任务\n1.推进项目建设。由市发改委牵头，市财政局、市自然资源局配合，年底前完成。\n2.加强学校建设。市教育局负责，各县（市、区）政府按职责分工负责。\n3.推进改革。（牵头单位：市委编办）\n";
    assert_eq!(
        units(text),
        [
            (
                "一/1".to_string(),
                names(&["市发改委"]),
                names(&["市财政局", "市自然资源局"])
            ),
            (
                "一/2".to_string(),
                names(&["市教育局"]),
                names(&["各县（市、区）政府"])
            ),
            ("一/3".to_string(), names(&["市委编办"]), names(&[])),
        ]
    );
    // Prose that opens with a clause about an agency is no unit list.
    let text = "示例市2025年工作要点\n一、重点任务\n1.推进项目建设。市发改委牵头抓总，形成合力，年底前完成。\n";
    assert_eq!(units(text)[0].2, names(&[]));
}

#[test]
fn a_standing_note_may_name_the_work_it_covers() {
    let text = "示例市2025年数字政府工作要点\n一、重点任务\n1.深化网上办。（牵头单位：市审批局；责任单位：市直有关部门。以下任务均需各区政府、开发区管委会落实，不再一一列出）\n2.优化掌上办。（牵头单位：市大数据局）\n3.推进一网统管。\n";
    let found = units(text);
    for (id, _, responsible) in &found {
        assert!(
            responsible.ends_with(&names(&["各区政府", "开发区管委会"])),
            "{id}: {responsible:?}"
        );
    }
}

#[test]
fn a_bare_year_before_the_work_due_is_its_deadline() {
    let deadlines = |text: &str| -> Vec<Option<String>> {
        (parse_text(text, "示例.txt")
            .tasks
            .iter()
            .flat_map(|t| &t.targets))
        .map(|t| t.deadline.clone())
        .collect()
    };
    // A three-year plan: its span starts in 2025, the years after are ahead.
    let text = "示例县农村改革三年行动方案（2025—2027年）\n一、深化改革\n（一）深化农村改革。继续开展确权登记颁证，2026年完成80%以上的确权登记；2027年基本建成信息平台。\n";
    assert_eq!(
        deadlines(text),
        [Some("2026年".to_string()), Some("2027年".to_string())]
    );
    // Work told as done (`完成的`) is none; nor, in a plan of no known year, a year at all.
    let text = "示例县2025年农村改革实施方案\n一、深化改革\n（一）巩固成果。2026年完成的改厕要做好回头看，改造完成率达到100%。\n";
    assert_eq!(deadlines(text), [None]);
    let text = "示例县农村改革实施方案\n一、深化改革\n（一）深化改革。2023年完成改厕1.2万户。\n";
    assert!(deadlines(text).iter().all(Option::is_none));
    // A year that dates a fact is none (`2023年全市共有…`).
    let text = "示例县工作要点\n一、重点任务\n（一）稳定就业。2023年全市共有企业300家，新增就业不少于500人。\n";
    let doc = parse_text(text, "示例.txt");
    assert!((doc.tasks.iter().flat_map(|t| &t.targets)).all(|t| t.deadline.is_none()));
}

#[test]
fn the_work_due_by_a_deadline_is_named_to_a_word_end() {
    let metrics = |text: &str| -> Vec<String> {
        (parse_text(text, "示例.txt")
            .tasks
            .iter()
            .flat_map(|t| &t.targets))
        .map(|t| t.metric.clone())
        .collect()
    };
    // A quote the first words open is kept to its close.
    let text = "示例市2025年数字政府工作要点\n一、重点任务\n1.深化网上办。2025年底前基本实现群众企业在线办事“进一个网、办全市事”。\n";
    assert_eq!(
        metrics(text),
        ["基本实现群众企业在线办事“进一个网、办全市事”"]
    );
    // A measure's name ends before the verb of its figure.
    let text = "示例省2025年生态保护工作要点\n一、重点任务\n1.整改问题。2025年底前全省自然保护地重点问题整改率达到国家污染防治考核要求。\n";
    assert_eq!(metrics(text), ["全省自然保护地重点问题整改率"]);
}

#[test]
fn a_clause_of_a_noun_and_a_count_goes_on_the_list_before_it() {
    let text = "示例镇2025年农业工作计划\n一、发展产业\n1.发展特色养殖。开展山地鸡养殖大户10户，长毛兔养殖大户12户，特种水产养殖120亩。\n";
    let found: Vec<(String, Option<f64>)> = (parse_text(text, "示例.txt").tasks.iter())
        .flat_map(|t| &t.targets)
        .map(|t| (t.metric.clone(), t.value))
        .collect();
    assert_eq!(
        found,
        [
            ("山地鸡养殖大户".to_string(), Some(10.0)),
            ("长毛兔养殖大户".to_string(), Some(12.0)),
            ("特种水产养殖".to_string(), Some(120.0)),
        ]
    );
    // Facts after a fact stay facts; a clause that says more than a noun and a count is read
    // on its own.
    let text =
        "示例镇2025年工作计划\n一、发展产业\n1.摸清底数。全镇现有养殖户300户，耕地5000亩。\n";
    assert!(parse_text(text, "示例.txt").tasks[0].targets.is_empty());
}

#[test]
fn what_a_change_word_governs_is_its_measure() {
    let text = "示例市2025年医保工作要点\n一、重点任务\n1.降本增效。全市降低药品采购成本1.1亿元左右，提高城乡居民医保补助8%，医疗费用增长率降低2个百分点。\n";
    let metrics: Vec<String> = (parse_text(text, "示例.txt").tasks.iter())
        .flat_map(|t| &t.targets)
        .map(|t| t.metric.clone())
        .collect();
    assert_eq!(
        metrics,
        [
            "药品采购成本降低",
            "城乡居民医保补助提高",
            "医疗费用增长率降低"
        ]
    );
}

#[test]
fn facts_and_figures_per_head_do_not_go_on_a_list() {
    let text = "示例镇2025年工作计划\n一、重点工作\n1.加强教育。新建幼儿园2所，现有幼儿园15所。\n2.推进产业。新建茶园500亩，全镇茶园面积8000亩。\n3.推进种植。种植烤烟3000亩，户均10亩。\n4.推进小区。建成示范小区3个，每个小区200户。\n";
    let counts: Vec<usize> = (parse_text(text, "示例.txt").tasks.iter())
        .map(|t| t.targets.len())
        .collect();
    assert_eq!(counts, [1, 1, 1, 1]);
}

#[test]
fn a_term_that_starts_with_ji_is_no_aside() {
    let text = "示例市2025年税务工作要点\n一、重点工作\n1.落实税收政策。落实增值税即征即退政策（即征即退比例不低于70%）。\n";
    let values: Vec<Option<f64>> = changes(text).iter().map(|t| t.2).collect();
    assert_eq!(values, [Some(70.0)]);
}

#[test]
fn a_standing_note_in_a_tasks_own_bracket_names_no_lead_and_one_lead_clause_is_read() {
    let text = "示例市2025年重点工作任务\n一、重点任务\n1.深化改革。全面推行一网通办。（责任单位：市政务服务局。以下各项工作均由各县区政府负责，不再列出）\n2.推进招商引资。市商务局牵头，年底前引进项目30个。\n";
    assert_eq!(
        units(text),
        [
            (
                "一/1".to_string(),
                names(&[]),
                names(&["市政务服务局", "各县区政府"])
            ),
            (
                "一/2".to_string(),
                names(&["市商务局"]),
                names(&["各县区政府"])
            ),
        ]
    );
}
