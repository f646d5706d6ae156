//! Outline forms met in real plans (invented 示例 places): a table of contents whose entries
//! have no leaders (`壹、当前经济情势 1`), a background section (`规划背景`), and goals stated
//! in a preamble after its requirements (`总体要求是：…。总体目标是：…`) or under a year to reach
//! (`到2026年，力争…`); titles behind a page's category bar or a subtitle's dash; items numbered
//! with a space before the dot (`2 .落实…`).

/// `(metric, value, deadline)` of each goal target.
type GoalRow = (String, Option<f64>, Option<String>);

fn goal_rows(doc: &plandiff::Document) -> Vec<GoalRow> {
    (doc.goals.iter())
        .flat_map(|g| g.targets.iter())
        .map(|t| (t.metric.clone(), t.value, t.deadline.clone()))
        .collect()
}

fn row(metric: &str, value: f64, deadline: Option<&str>) -> GoalRow {
    (
        metric.to_string(),
        Some(value),
        deadline.map(str::to_string),
    )
}

#[test]
fn contents_entries_without_leaders_under_their_heading_are_dropped() {
    let text = "示例委员会2026年度业务计划\n目 录\n壹、经济情势 1\n一、外需动能减弱. 1\n二、内需温和成长. 2\n贰、施政重点 3\n一、推进数字转型. 3\n二、优化投资环境. 5\n壹、经济情势\n一、外需动能减弱\n出口增速放缓。\n贰、施政重点\n一、推进数字转型。全年培训数字人才不少于5000人次。\n二、优化投资环境。审批时限压减至5个工作日。\n";
    let doc = plandiff::parse(text.as_bytes(), "plan.txt").expect("parses");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["壹/一", "贰/一", "贰/二"]);
    assert!(
        !doc.warnings.iter().any(|w| w.contains("编号重复")),
        "{:?}",
        doc.warnings
    );
    // A `目录` line inside a section heads no contents: the counted items below it stay.
    let text = "示例县2026年水利工程建设实施方案\n一、建设任务\n目录\n1.新建小型水库 2\n2.改造灌区渠道 15\n3.加固病险水闸 6\n（牵头单位：县水利局）\n二、工作要求\n4.6月底前完成全部项目招标。（牵头单位：县水利局）\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert!(
        doc.tasks.iter().any(|t| t.id == "二/4"),
        "{:?}",
        doc.tasks.iter().map(|t| &t.id).collect::<Vec<_>>()
    );
    // Without the heading, short lines ending in a figure are the plan's own (a count, a year).
    let text = "示例县2026年工作要点\n一、稳定粮食生产。粮食播种面积稳定在 30\n二、推进农田建设。新建高标准农田 2\n三、发展特色产业。新增茶园 5\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert_eq!(doc.tasks.len(), 3);
}

#[test]
fn a_background_section_holds_no_tasks() {
    let text = "示例市慢性病防治规划(2026—2030年)\n一、规划背景\n近年来，全市创建了2个慢性病综合防控示范区。\n二、主要任务\n(一)开展高血压筛查。每年筛查人数不少于2万人。(责任单位：市卫生健康委)\n(二)推进健康支持环境建设。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["二/(一)", "二/(二)"]);
}

#[test]
fn a_goal_lead_after_the_requirements_in_one_paragraph_states_goals() {
    let text = "示例县安全生产委员会2026年工作要点\n2026年全县安全生产工作的总体要求是：坚持人民至上，统筹发展和安全。总体目标是：生产安全事故死亡人数同比下降5%以上，坚决遏制重特大事故。\n一、压实安全生产责任\n1.健全责任体系。修订成员单位职责清单。(责任单位：县应急管理局)\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert_eq!(doc.goals.len(), 1, "{:?}", doc.goals);
    assert!(doc.goals[0].text.starts_with("生产安全事故"));
    assert_eq!(doc.goals[0].targets.len(), 1);
    // Last year's goals, told in the paragraph that sums the year up, are none.
    let text = "示例县2026年经济工作要点\n2025年，全县经济社会持续健康发展。去年确定的目标：地区生产总值增长6%，实际完成5.2%。主要指标：一般公共预算收入增长4%。\n一、重点任务\n1.新建高标准农田2万亩。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert!(doc.goals.is_empty(), "{:?}", doc.goals);
    // Requirements alone state no goal.
    let text = "示例县安全生产委员会2026年工作要点\n全县安全生产工作的总体要求是：坚持人民至上，确保5项制度落实。\n一、压实安全生产责任\n1.健全责任体系。修订成员单位职责清单。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert!(
        !doc.goals.iter().any(|g| g.text.starts_with("坚持")),
        "{:?}",
        doc.goals
    );
}

#[test]
fn the_year_heading_an_aim_is_its_deadline_and_last_year_is_no_deadline() {
    let text = "示例镇2026年工作要点\n到2026年，力争实现地区生产总值达6亿元，比上年末增1亿元；农民人均纯收入达13000元。\n一、重点任务\n(一)发展特色农业。扩大茶叶种植面积。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let rows = goal_rows(&doc);
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert_eq!(rows[0], row("地区生产总值", 6.0, Some("2026年")));
    assert_eq!(rows[2], row("农民人均纯收入", 13000.0, Some("2026年")));
    // A year's result before the aim is no year heading it.
    let text = "示例县2026年工作要点\n2025年增长5%，力争今年地区生产总值增长6%。\n一、重点任务\n(一)发展特色农业。扩大茶叶种植面积。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert_eq!(goal_rows(&doc), [row("今年地区生产总值增长", 6.0, None)]);
    // `上年末` is the level compared with, never the deadline.
    assert!(
        rows.iter().all(|r| r.2.as_deref() != Some("年末")),
        "{rows:?}"
    );
}

#[test]
fn a_category_bar_a_subtitle_dash_and_a_record_quoting_the_plan_leave_its_title() {
    let title = |text: &str| plandiff::parse_text(text, "plan.txt").title;
    let tail = "一、主要任务\n(一)开展健康知识普及。推广健康读本。\n(二)推进控烟。建设无烟机关。\n";
    assert_eq!(
        title(&format!(
            "图解 | 示例市人民政府推进健康示例行动的实施意见\n{tail}"
        )),
        "示例市人民政府推进健康示例行动的实施意见"
    );
    assert_eq!(
        title(&format!(
            "奋楫扬帆向未来\n——示例县实验小学2026学年度第二学期工作计划\n{tail}"
        )),
        "示例县实验小学2026学年度第二学期工作计划"
    );
    assert_eq!(
        title(&format!(
            "2025年县政府第9次常务会议议定文件——《2026年度示例县乡村振兴行动实施方案》\n{tail}"
        )),
        "2026年度示例县乡村振兴行动实施方案"
    );
}

#[test]
fn items_numbered_with_a_space_before_the_dot_are_items() {
    let ids = |text: &str| -> Vec<String> {
        (plandiff::parse_text(text, "plan.txt").tasks.into_iter())
            .map(|t| t.id)
            .collect()
    };
    // On lines of their own, and run on after a full stop.
    let text = "示例县教育局2026年工作要点\n1.坚持党的领导。加强党的建设。\n2 .落实立德树人根本任务。巩固双减成果。\n3 ．推进教育高质量发展。新增学位800个。\n";
    assert_eq!(ids(text), ["1", "2", "3"]);
    let text = "示例县教育局2026年工作要点\n1.坚持党的领导。加强党的建设。2 .落实立德树人根本任务。巩固双减成果。3 .推进教育高质量发展。新增学位800个。\n";
    assert_eq!(ids(text), ["1", "2", "3"]);
    // A figure with a space before a decimal point is no item.
    let text = "示例县教育局2026年工作要点\n1.坚持党的领导。加强党的建设。人均经费增长2 .5个百分点。\n2.推进教育高质量发展。\n";
    assert_eq!(ids(text), ["1", "2"]);
}

#[test]
fn a_policy_reading_is_titled_and_said_to_be_no_plan() {
    let text = "关于《示例区2026年政务公开工作要点分工方案》的政策解读\n一、出台背景\n为推进政务公开工作，区政府办公室起草了分工方案。\n二、主要内容\n该方案共包括5方面40项任务。一是以公开助力经济发展。二是以公开助力社会稳定。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert_eq!(
        doc.title,
        "关于《示例区2026年政务公开工作要点分工方案》的政策解读"
    );
    assert!(
        (doc.warnings.iter())
            .any(|w| w.starts_with("政策解读")
                && w.contains("《示例区2026年政务公开工作要点分工方案》")),
        "{:?}",
        doc.warnings
    );
    // A plan quoting another document in its title is no reading.
    let text = "示例区贯彻落实《示例市政务公开工作要点》实施方案\n一、主要任务\n(一)推进决策公开。\n(二)推进执行公开。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert!(!doc.warnings.iter().any(|w| w.starts_with("政策解读")));
}
