//! Units and targets in forms met in real plans (invented 示例 places): a paragraph that hands
//! the whole list below it to agencies (`由局生产科牵头，县推广中心配合，做好以下几方面工作：`).

mod common;

/// `(id, lead units, responsible units)` of each task of `text`.
fn units(text: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
    let doc = plandiff::parse_text(text, "plan.txt");
    (doc.tasks.iter())
        .map(|t| {
            (
                t.id.clone(),
                t.lead_units.clone(),
                t.responsible_units.clone(),
            )
        })
        .collect()
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn a_paragraph_above_the_list_hands_it_to_its_agencies() {
    // The plan's opening paragraph, pointing at the list with a colon.
    let text = "示例县畜牧局2024年工作方案\n按照示例县部署，局生产技术科牵头，由县畜牧技术推广中心配合，做好以下几方面工作：\n一是加强养殖技能培训。全年培训农民1000人以上。\n二是推广规模养殖模式。建成规模养殖场1个。\n";
    let found = units(text);
    assert_eq!(found.len(), 2);
    for (id, lead, resp) in &found {
        assert_eq!(lead, &names(&["局生产技术科"]), "{id}");
        assert_eq!(resp, &names(&["县畜牧技术推广中心"]), "{id}");
    }
    // A section's own opening sentence, pointing with `以下`: its tasks only.
    let text = "示例市2024年法治宣传工作要点\n一、重点任务\n以下任务由市司法局牵头，市委宣传部、市教育局配合。\n（一）加强宪法宣传。开展宪法宣传周活动。\n（二）加强民法典宣传。举办民法典讲座4场。\n二、其他工作\n（三）做好统计工作。按季度报送。（市统计局负责）\n（四）做好信息报送。每月报送一次。\n";
    let found = units(text);
    assert_eq!(
        found,
        [
            (
                "一/(一)".to_string(),
                names(&["市司法局"]),
                names(&["市委宣传部", "市教育局"])
            ),
            (
                "一/(二)".to_string(),
                names(&["市司法局"]),
                names(&["市委宣传部", "市教育局"])
            ),
            ("二/(三)".to_string(), names(&["市统计局"]), names(&[])),
            ("二/(四)".to_string(), names(&[]), names(&[])),
        ]
    );
}

#[test]
fn a_task_naming_its_own_units_keeps_them_and_prose_names_none() {
    // A task's own lead stands; one naming only helpers takes the paragraph's lead.
    let text = "示例区2025年工作计划\n由区甲局牵头，区乙局配合，完成以下任务：\n1.建设服务站。新建5个。（区丙局负责）\n2.开展培训。培训200人次。（区丁局配合）\n3.开展宣传。发放资料1000份。\n";
    let found = units(text);
    assert_eq!(found[0].1, names(&["区丙局"]));
    assert_eq!(found[1].1, names(&["区甲局"]));
    assert_eq!(found[1].2, names(&["区丁局"]));
    assert_eq!(found[2].1, names(&["区甲局"]));
    assert_eq!(found[2].2, names(&["区乙局"]));
    // A paragraph that names agencies but does not point at the list, or names only helpers,
    // or only says who must act on it, hands nothing down.
    for opening in [
        "区甲局牵头，区乙局配合，全面推进各项工作。",
        "请区乙局、区丙局配合做好以下工作：",
        "各部门要按照以下要求，认真抓好落实：",
    ] {
        let text = format!(
            "示例区2025年工作计划\n{opening}\n1.建设服务站。新建5个。\n2.开展培训。培训200人次。\n"
        );
        let found = units(&text);
        assert!(
            found.iter().all(|(_, l, _)| l.is_empty()),
            "{opening}: {found:?}"
        );
    }
}

#[test]
fn a_section_titled_by_who_leads_its_work_gives_its_tasks_that_lead() {
    // A 任务清单 grouped by lead: before, no task had a unit.
    let text = "2025年示例县政府工作报告任务清单\n一、示例县发展改革局牵头工作（2项）\n1.建设标准厂房5万平方米。\n2.争取中央预算内投资1亿元。\n二、示例县农业农村局、示例县水利局负责的工作\n3.新建高标准农田2万亩。（示例县财政局配合）\n三、加强协调工作\n4.召开联席会议4次。\n";
    assert_eq!(
        units(text),
        [
            ("一/1".to_string(), names(&["示例县发展改革局"]), names(&[])),
            ("一/2".to_string(), names(&["示例县发展改革局"]), names(&[])),
            (
                "二/3".to_string(),
                names(&["示例县农业农村局"]),
                names(&["示例县财政局"])
            ),
            ("三/4".to_string(), names(&[]), names(&[])),
        ]
    );
    // (The first-listed of `负责` leads; a task naming units of its own takes only the lead.)
    // The title keeps its words.
    let doc = plandiff::parse_text(text, "plan.txt");
    assert_eq!(doc.sections[0].title, "示例县发展改革局牵头工作（2项）");
}

#[test]
fn a_line_saying_who_leads_the_work_is_read() {
    // A table's unit cell set on a line of its own (`…牵头落实`).
    let text = "示例市2025年政务公开工作要点\n一、以公开助力稳增长\n（一）加强政策解读。\n围绕产业政策，及时解读。\n示例市发展改革委牵头落实\n（二）回应社会关切。\n建立舆情收集研判机制。\n示例市政务公开办、示例市网信办分别牵头落实\n";
    let found = units(text);
    assert_eq!(found[0].1, names(&["示例市发展改革委"]));
    assert_eq!(found[1].1, names(&["示例市政务公开办", "示例市网信办"]));
}

/// `(metric, comparator, value, unit)` of every target of `text`'s tasks.
fn targets(text: &str) -> Vec<(String, String, Option<f64>, String)> {
    (common::target_rows(text).into_iter())
        .map(|(metric, comparator, value, unit, _)| (metric, comparator, value, unit))
        .collect()
}

#[test]
fn a_rank_a_zero_figure_and_a_growth_verb_are_read() {
    let text = "示例市2025年生态环境工作要点\n一、重点任务\n1.争先进位。单项考核指标至少进入全省前8名。\n2.水环境。劣五类水体比例为0，国控断面优良比例达到92%。\n3.粮油生产。油料作物面积发展到80万亩。\n4.预算管理。结余资金为0.5万元。\n";
    let found = targets(text);
    let row =
        |m: &str, c: &str, v: f64, u: &str| (m.to_string(), c.to_string(), Some(v), u.to_string());
    assert_eq!(
        found,
        [
            row("单项考核指标", "AtMost", 8.0, "名"),
            row("劣五类水体比例", "Equal", 0.0, ""),
            row("国控断面优良比例", "Equal", 92.0, "%"),
            row("油料作物面积", "Equal", 80.0, "万亩"),
            row("结余资金", "Equal", 0.5, "万元"),
        ]
    );
}

#[test]
fn a_sites_paywall_note_is_no_part_of_the_last_task() {
    let text = "示例区2025年应急管理工作计划\n一、压实安全责任。落实属地责任。\n二、强化应急保障。全年组织应急演练不少于4次。\n该文档完整内容已自动隐藏，想阅读全文，请加微信9.9元领取\n范文大全\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let last = doc.tasks.last().expect("a task");
    assert!(!last.text.contains("微信"), "{}", last.text);
    assert_eq!(last.targets.len(), 1);
}

#[test]
fn who_oversees_or_shares_out_the_work_is_handed_down_to_no_task() {
    for opening in [
        "由县委办、县政府办牵头，每季度对以下任务落实情况进行督查通报。",
        "经县政府研究，确定以下重点工作，由各责任单位负责落实：",
        "明确以下分工：市政务服务局负责统筹协调，各县区负责具体实施。",
    ] {
        let text = format!(
            "示例县2025年重点工作分工方案\n{opening}\n一、扩大有效投资。完成固定资产投资100亿元。\n二、促进消费升级。社会消费品零售总额增长6%。\n"
        );
        let found = units(&text);
        assert!(
            found.iter().all(|(_, l, r)| l.is_empty() && r.is_empty()),
            "{opening}: {found:?}"
        );
    }
    // A section of a bureau (`局科教股`) leads.
    let text = "示例县农业农村局2025年农技推广工作方案\n由局科教股牵头，县农技推广中心配合，做好以下几方面工作：\n一、开展技术培训。全年培训农民2000人次以上。\n二、推广新品种。推广面积1万亩。\n";
    assert_eq!(units(text)[0].1, names(&["局科教股"]));
}

#[test]
fn a_ranks_measure_and_a_fall_to_a_figure_are_read() {
    let text = "示例市2025年营商环境工作要点\n一、重点任务\n1.争先进位。营商环境评价进入全省前5名。\n2.表彰先进。对排名前10名的企业给予奖励。\n3.安全生产。事故发生率降为2%。\n4.特色产业。家庭农场发展至300家。\n";
    let row =
        |m: &str, c: &str, v: f64, u: &str| (m.to_string(), c.to_string(), Some(v), u.to_string());
    assert_eq!(
        targets(text),
        [
            row("营商环境评价", "AtMost", 5.0, "名"),
            row("事故发生率", "AtMost", 2.0, "%"),
            row("家庭农场", "Equal", 300.0, "家"),
        ]
    );
}

#[test]
fn a_breakdown_after_a_target_is_committed_as_it_is() {
    // Before: the first count after `其中` was missed (and the second with it).
    let text = "示例省2025年粮食生产工作要点\n一、稳定粮食生产。确保粮食播种面积1000万亩，其中大豆播种面积50.5万亩、玉米播种面积300万亩。\n二、推进园区建设。发展园区5个，其中省级园区2个。\n三、做好统计。全省共有农户300万户，其中种粮大户2万户。\n";
    let metrics: Vec<String> = targets(text).into_iter().map(|t| t.0).collect();
    assert_eq!(
        metrics,
        [
            "粮食播种面积",
            "大豆播种面积",
            "玉米播种面积",
            "园区",
            "省级园区",
        ]
    );
}
