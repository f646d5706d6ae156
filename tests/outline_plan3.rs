//! Round 3 fixtures (`plan3_*`, an invented 示例市/示例县), written to read plans nobody here
//! has seen: unit notes (`排名第一的为牵头单位`), leader lines, units at the end of a sub-item,
//! and the quantity forms of 民生实事/生态环境 plans (`‰`, `场次`, `微克/立方米`, `保持100%`).
//! The tests name what used to be misread (the whole parses: `outline_fixtures.rs`).

mod common;

use common::{fixture, ids, target_lines, task};

#[test]
fn first_listed_leads_when_a_note_says_so() {
    let doc = fixture("plan3_unit_forms.txt");
    let t = task(&doc, "二/2");
    assert_eq!(t.lead_units, ["市市场监管局"]);
    assert_eq!(t.responsible_units, ["市农业农村局"]);
    let doc = fixture("plan3_leader_lines.txt");
    let t = task(&doc, "二/(三)");
    assert_eq!(t.lead_units, ["县住建局"]);
    assert_eq!(t.responsible_units, ["县生态环境分局", "各乡镇人民政府"]);
    // Leader lines (`牵头领导：`) name people, not units.
    let t = task(&doc, "一/(一)");
    assert_eq!(t.lead_units, ["县农业农村局"]);
    assert_eq!(
        t.responsible_units,
        ["县财政局", "县自然资源局", "各乡镇人民政府"]
    );
}

#[test]
fn unit_bracket_after_a_deadline_is_not_its_measure() {
    let doc = fixture("plan3_unit_forms.txt");
    let t = task(&doc, "一/2");
    assert_eq!(t.targets[0].metric, "全覆盖");
    assert_eq!(t.targets[0].deadline.as_deref(), Some("年内"));
}

#[test]
fn units_of_counts_rates_and_concentrations() {
    let doc = fixture("plan3_unit_forms.txt");
    assert_eq!(
        target_lines(task(&doc, "二/1"))[0],
        "安全生产执法检查|12|场次"
    );
    let doc = fixture("plan3_targets.txt");
    assert!(target_lines(task(&doc, "一/(三)")).contains(&"婴儿死亡率|5|‰".to_string()));
    assert!(target_lines(task(&doc, "一/(四)")).contains(&"新增养老床位|800|张".to_string()));
    let doc = fixture("plan3_pdf_page.md");
    assert!(target_lines(task(&doc, "一/(一)"))
        .iter()
        .any(|l| l.ends_with("|30|微克/立方米")));
    assert_eq!(
        target_lines(task(&doc, "二/(三)")),
        ["集中式饮用水水源地水质达标率|100|%"]
    );
}

#[test]
fn inline_points_of_a_prose_plan_are_its_tasks() {
    let doc = fixture("plan3_inline_points.txt");
    assert_eq!(doc.title, "示例区2025年营商环境优化工作计划");
    assert_eq!(ids(&doc), ["一是", "二是", "三是", "四是"]);
    let t = task(&doc, "二是");
    assert_eq!(t.lead_units, ["区税务局"]);
    assert_eq!(t.responsible_units, ["区财政局"]);
    // The closing remark after the last point is not part of it.
    let t = task(&doc, "四是");
    assert!(!t.text.contains("各单位"), "{}", t.text);
    assert_eq!(t.heading, "强化法治保障");
    assert_eq!(target_lines(t), ["涉企行政执法检查减少|20|%"]);
    // Two paragraphs, each with its own points: every point is a task, ids stay unique.
    let doc = fixture("plan3_inline_points_two.txt");
    assert_eq!(doc.tasks.len(), 4);
    assert_eq!(target_lines(task(&doc, "一是")), ["粮食播种面积|60|万亩"]);
    // The second paragraph's own list restarts at 一是: ids stay unique, no numbering warning,
    // and its intro sentence is not the previous point's text.
    assert_eq!(ids(&doc), ["一是", "二是", "一是#2", "二是#2"]);
    assert!(
        !doc.warnings.iter().any(|w| w.contains("编号")),
        "{:?}",
        doc.warnings
    );
    assert!(task(&doc, "二是").text.ends_with('）') || task(&doc, "二是").text.ends_with('。'));
    assert!(!task(&doc, "二是").text.contains("同时"));
}

#[test]
fn review_sections_of_a_plan_that_looks_back_hold_no_tasks() {
    let doc = fixture("plan3_review_and_plan.txt");
    assert_eq!(doc.kind, plandiff::DocKind::Plan);
    assert_eq!(ids(&doc), ["三/(一)", "三/(二)", "三/(三)"]);
    assert!(doc.sections.iter().any(|s| s.id == "二" && s.auxiliary));
}

#[test]
fn bracketed_headings_read_without_brackets() {
    let doc = fixture("plan3_bracket_headings.txt");
    let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles[..3],
        ["推进决策公开", "深化平台建设", "强化保障措施"]
    );
    // `【强化保障措施】` is the closing section: its items are no tasks.
    assert_eq!(ids(&doc), ["(一)/1", "(一)/2", "(二)/1", "(二)/2"]);
    // A score (`不低于90分`) is a target.
    assert_eq!(
        target_lines(task(&doc, "(二)/1")),
        ["网站年度考核得分|90|分"]
    );
}

#[test]
fn ministry_labels_spaced_lists_and_names_before_a_colon() {
    let doc = fixture("plan3_ministry_labels.txt");
    // `牵头司局：… 参与司局：…` (a ministry's departments), full-width digits in targets.
    let t = task(&doc, "一/1");
    assert_eq!(t.lead_units, ["办公厅"]);
    assert_eq!(t.responsible_units, ["政策法规司", "新闻宣传司"]);
    assert_eq!(
        target_lines(t),
        ["重要政策文件解读率|100|%", "新闻发布会|12|场"]
    );
    assert_eq!(task(&doc, "一/2").responsible_units, ["新闻宣传司舆情处"]);
    // Names parted by spaces only.
    assert_eq!(
        task(&doc, "二/4").responsible_units,
        ["示例市司法局", "示例市政务服务局", "各区政府"]
    );
    // `实施主体：各县（市、区）人民政府`: the bracket is part of the name.
    assert!(task(&doc, "二/5")
        .responsible_units
        .contains(&"各县（市、区）人民政府".to_string()));
    // `市民政局：新建…` names its unit before the sentence.
    let doc = fixture("plan3_unit_forms.txt");
    assert_eq!(task(&doc, "一/3").lead_units, ["市民政局"]);
}

#[test]
fn a_notice_that_carries_the_tasks_is_titled_by_itself() {
    let doc = fixture("plan3_notice_tasks.txt");
    assert_eq!(
        doc.title,
        "示例县人民政府办公室关于进一步加强农村道路交通安全工作的通知"
    );
    assert_eq!(ids(&doc), ["一", "二", "三", "四"]);
    // The page number between two tasks is not part of the first.
    assert!(
        !task(&doc, "二").text.contains('—'),
        "{}",
        task(&doc, "二").text
    );
    // The signature and publishing note after the last task are not part of it.
    assert!(!task(&doc, "四").text.contains("办公室"));
    assert_eq!(task(&doc, "二").lead_units, ["县交通运输局"]);
    assert_eq!(
        target_lines(task(&doc, "三")),
        ["“交通安全进农村”活动|20|场次"]
    );
}

#[test]
fn a_sentence_broken_by_a_page_number_is_joined() {
    let doc = fixture("plan3_page_break.txt");
    let t = task(&doc, "一/(一)");
    assert!(t.text.contains("整治率达到100%"), "{}", t.text);
    assert!(target_lines(t).contains(&"整治率|100|%".to_string()));
}

#[test]
fn a_last_task_with_its_own_units_does_not_make_its_siblings_details() {
    let doc = fixture("plan3_units_after_subitems.txt");
    // `（二）…（牵头单位：…）` closes its own sentence: the `（一）` items stay the tasks.
    assert_eq!(ids(&doc), ["一/(一)", "一/(二)", "二/(三)", "二/(四)"]);
    let t = task(&doc, "一/(一)");
    assert_eq!(
        t.responsible_units,
        ["市委组织部", "市委宣传部", "市直各单位"]
    );
    assert_eq!(task(&doc, "一/(二)").lead_units, ["市市场监管局"]);
    // A deadline alone in the unit bracket is the task's own.
    let t = task(&doc, "二/(三)");
    assert_eq!(t.lead_units, ["市司法局"]);
    let due: Vec<&str> = t
        .targets
        .iter()
        .filter(|g| g.deadline.is_some())
        .map(|g| g.metric.as_str())
        .collect();
    assert_eq!(due, ["完成时限"]);
}

#[test]
fn pdf_lines_wrapped_mid_name_and_running_headers() {
    let doc = fixture("plan3_pdf_wrapped.md");
    assert_eq!(ids(&doc), ["一/(一)", "一/(二)", "二/(三)", "二/(四)"]);
    // `市直\n有关部门`: a name broken by the page's line wrap is joined.
    assert_eq!(
        task(&doc, "一/(一)").responsible_units,
        ["市直有关部门", "各区人民政府"]
    );
    // The running header repeated after the page number is not part of the task before it.
    assert!(!task(&doc, "一/(二)").text.contains("工作要点"));
    // A count after a bracketed aside is still governed by its verb (`新建乡镇（街道）…20支`).
    assert!(
        target_lines(task(&doc, "二/(三)")).contains(&"乡镇（街道）应急救援队伍|20|支".to_string())
    );
}

#[test]
fn unlabelled_brackets_name_departments_customs_and_places() {
    let doc = fixture("plan3_unlabelled_ministry.txt");
    assert_eq!(doc.tasks[1].responsible_units, ["办公厅", "政策法规司"]);
    let leads: Vec<Vec<String>> = doc.tasks.iter().map(|t| t.lead_units.clone()).collect();
    assert_eq!(
        leads,
        [
            vec!["政策法规司".to_string()],
            // `按职责分工负责` with no note that the first-listed leads names no lead.
            vec![],
            vec!["示例海关".to_string()],
            vec!["各县（市、区）".to_string()],
            vec!["示例省公安厅治安科".to_string()],
        ]
    );
}

#[test]
fn a_short_item_with_its_own_sentence_is_a_task_beside_sub_item_tasks() {
    let doc = fixture("plan3_mixed_depth.txt");
    // `2.加强扬尘管控。…（…）` is short but says what to do: a task, not a heading.
    assert_eq!(
        ids(&doc),
        [
            "一/1/(1)",
            "一/1/(2)",
            "一/2",
            "二/3/(1)",
            "二/3/(2)",
            "二/4"
        ]
    );
    let t = task(&doc, "一/2");
    assert_eq!(t.lead_units, ["县住建局"]);
    assert_eq!(t.responsible_units, ["县城管局"]);
    assert!(!doc.sections.iter().any(|s| s.id == "一/2"));
}

#[test]
fn a_bracketed_title_before_the_text_is_the_heading() {
    let doc = fixture("plan3_bracket_titles.txt");
    let heads: Vec<&str> = doc.tasks.iter().map(|t| t.heading.as_str()).collect();
    assert_eq!(
        heads,
        [
            "完善决策机制",
            "加强合法性审查",
            "深化执法改革",
            "规范执法行为"
        ]
    );
    // The title's brackets do not hide the target after them.
    assert_eq!(
        target_lines(task(&doc, "二/4")),
        ["行政执法案卷合格率|90|%"]
    );
}

#[test]
fn a_plan_wide_note_makes_the_first_listed_unit_lead() {
    let doc = fixture("plan3_first_leads_note.txt");
    let units: Vec<(Vec<String>, Vec<String>)> = doc
        .tasks
        .iter()
        .map(|t| (t.lead_units.clone(), t.responsible_units.clone()))
        .collect();
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(
        units,
        [
            (s(&["县政务服务中心"]), s(&["县市场监管局"])),
            (s(&["县政务服务中心"]), s(&["县直各部门"])),
            (s(&["县自然资源局"]), s(&["县发展改革局"])),
        ]
    );
    // The footnote after the last task is the plan's, not that task's text.
    assert!(doc.tasks.iter().all(|t| !t.text.contains("注：")));
    // Through the whole pipeline too.
    let path = format!(
        "{}/tests/fixtures/plan3_first_leads_note.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).unwrap_or_default();
    let parsed = plandiff::parse(&bytes, "plan3_first_leads_note.txt");
    assert!(parsed.is_ok_and(|d| d
        .tasks
        .first()
        .is_some_and(|t| t.lead_units == ["县政务服务中心"])));
}

#[test]
fn units_in_sentences_and_other_labels() {
    let doc = fixture("plan3_unit_sentences.txt");
    // `由市司法局牵头，会同…` in the task's own sentence.
    assert_eq!(task(&doc, "一/(二)").lead_units, ["市司法局"]);
    // Names alone in a bracket closing the task: the first leads.
    let t = task(&doc, "一/(五)");
    assert_eq!(
        (&t.lead_units, &t.responsible_units),
        (&vec!["市司法局".to_string()], &vec!["市财政局".to_string()])
    );
    // `主责单位：… 协助单位：…`.
    let t = task(&doc, "一/(六)");
    assert_eq!(t.lead_units, ["市司法局"]);
    assert_eq!(t.responsible_units, ["市财政局"]);
}

#[test]
fn a_bare_heading_over_paragraphs_of_its_own_is_their_section() {
    // 示例市's report: `（二）…取得新进展` heads three numbered paragraphs, while its siblings
    // are paragraphs without sub-items. The three are items of their own, not one task.
    let doc = fixture("plan3_report_items.txt");
    assert_eq!(
        ids(&doc),
        [
            "一/(一)",
            "一/(二)/1",
            "一/(二)/2",
            "一/(二)/3",
            "一/(三)",
            "二",
            "三/(一)",
            "三/(二)",
            "三/(三)"
        ]
    );
    assert!(doc.sections.iter().any(|s| s.id == "一/(二)"));
    // One-line points under a bare heading stay its details.
    let short = "示例市2025年工作总结\n一、主要工作\n（一）履行职责\n召开专题会议4次，报送年度报告。\n（二）取得进展\n1.取消证明材料。\n2.编制决策目录。\n3.开展案卷评查。\n（三）化解纠纷\n办理复议案件215件。\n";
    let doc = plandiff::parse(short.as_bytes(), "short.txt").expect("parses");
    assert_eq!(ids(&doc), ["一/(一)", "一/(二)", "一/(三)"]);
}

#[test]
fn a_notice_of_goals_only_keeps_its_goals_and_says_where_the_tasks_are_not() {
    // 示例市's notice gives its goals and leaves the tasks to an attachment.
    let doc = fixture("plan3_goals_only.txt");
    assert!(doc.tasks.is_empty());
    assert_eq!(doc.goals.len(), 3, "{:?}", doc.goals);
    assert!(doc.goals[1].targets.iter().any(|t| t.value == Some(12.0)));
    assert_eq!(doc.warnings.len(), 1, "{:?}", doc.warnings);
    assert!(
        doc.warnings[0].contains("只识别出目标"),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn a_year_to_reach_inside_the_general_requirements_is_a_goal() {
    let text = "示例市法治政府建设实施方案\n\n一、总体要求\n坚持以新时代中国特色社会主义思想为指导，为建设现代化城市提供法治保障。到2027年，政府行为全面纳入法治轨道，群众满意度达到90%以上。\n二、主要任务\n（一）推进依法决策。重大行政决策合法性审查率达到100%。\n（二）规范执法。开展案卷评查不少于2次。\n";
    let doc = plandiff::parse(text.as_bytes(), "a.txt").expect("parses");
    assert_eq!(ids(&doc), ["二/(一)", "二/(二)"]);
    assert_eq!(doc.goals.len(), 1, "{:?}", doc.goals);
    assert!(doc.goals[0].text.starts_with("到2027年"));
    let t = &doc.goals[0].targets;
    assert!(
        t.iter()
            .any(|t| t.metric == "群众满意度" && t.value == Some(90.0)),
        "{t:?}"
    );
    // The guiding sentence before it is no goal.
    assert!(!doc.goals[0].text.contains("指导"));
}
