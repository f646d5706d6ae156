//! Outline forms met in real plans (invented 示例 places): a branch of the outline that ends a
//! level above the others (`二、` over `（一）（二）` leaves, where `一、`'s `（一）` hold `1、`).

/// Ids and headings of a plan's tasks.
fn tasks(text: &str) -> Vec<(String, String)> {
    let doc = plandiff::parse_text(text, "plan.txt");
    (doc.tasks.iter())
        .map(|t| (t.id.clone(), t.heading.clone()))
        .collect()
}

#[test]
fn leaves_of_a_shallower_branch_are_tasks_not_empty_sections() {
    // Before: `二/(一)` and `二/(二)` were read as sections with no tasks, and silently lost.
    let text = "示例市年度施政目标\n一、深化基层改革，强化自治效能：\n（一）深化选务改革：\n1、推动选务制度改革，研议通讯投票制度。\n2、落实相关法规修正作业。\n（二）落实权益保护：\n1、加强防制人口贩运。\n2、协助新住民适应环境。\n二、协助弱势群体，健全福利网络：\n（一）保障弱势群体经济生活，修正社会救助办法。\n（二）落实儿童高风险家庭关怀。\n";
    let got = tasks(text);
    let ids: Vec<&str> = got.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "一/(一)/1",
            "一/(一)/2",
            "一/(二)/1",
            "一/(二)/2",
            "二/(一)",
            "二/(二)"
        ]
    );
    assert_eq!(got[4].1, "保障弱势群体经济生活，修正社会救助办法");
}

#[test]
fn a_shallower_branch_of_bare_headings_stays_sections() {
    // Headings only under `二、` (a table of contents left in the text): no tasks made of them.
    let text = "示例市年度工作要点\n一、推进改革：\n（一）深化改革：\n1、推动制度改革，完善投票制度。\n2、落实法规修正作业。\n（二）落实保护：\n1、加强防制人口贩运。\n2、协助新住民适应环境。\n二、保障体系\n（一）经济保障\n（二）家庭关怀\n";
    let ids: Vec<String> = tasks(text).into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["一/(一)/1", "一/(一)/2", "一/(二)/1", "一/(二)/2"]);
}

#[test]
fn lists_numbered_afresh_under_unnumbered_headings_are_sections() {
    // A news digest: a review, the year's expected goals and its tasks, each a list `1.…`
    // under an unnumbered heading. Before: the second heading was taken for the title, the
    // review and the goals were cut off as if a cover letter, and nothing said so.
    let text = "示例省政府工作报告农业要点\n2023年工作回顾\n1.城镇新增就业126万人\n2.粮食产量137亿斤\n实施人居环境整治提升行动\n3.提高学生营养改善计划补助标准\n2024年发展主要预期目标\n1.地区生产总值增长5.5%左右\n2.城镇新增就业110万人以上\n2024年工作任务\n1.完善和强化农业支持政策\n2.新建100万亩高标准农田\n";
    let doc = plandiff::parse_text(text, "digest.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["三/1", "三/2"]);
    let goal_values: Vec<f64> = (doc.goals.iter())
        .flat_map(|g| g.targets.iter())
        .filter_map(|t| t.value)
        .collect();
    assert_eq!(goal_values, [5.5, 110.0]);
    // The stray line inside the review's list is no title.
    assert_ne!(doc.title, "实施人居环境整治提升行动");
}

#[test]
fn a_plan_title_after_a_cover_letters_list_stays_the_title() {
    // The letter's `一、…二、…` are no headed list: the plan's `一、` numbered afresh after
    // the title is the plan's, and the letter is cut off.
    let text = "示例区人民政府办公室关于印发2023年重点任务分解方案的通知\n各街道：\n现印发给你们，并就有关事项通知如下：\n一、各责任单位要高度重视，于1月15日前报送工作方案。\n二、区考评机构要将重点任务纳入考核。\n示例区人民政府办公室\n2023年1月3日\n2023年示例区重点任务分解方案\n一、主要预期目标\n（一）地区生产总值增长7%以上\n责任单位：区发展和改革局\n（二）固定资产投资增长10%以上\n责任单位：区发展和改革局\n二、重点任务\n（一）推进工业园区建设。新建厂房10万平方米。\n责任单位：区经信局\n";
    let doc = plandiff::parse_text(text, "notice.txt");
    assert_eq!(doc.title, "2023年示例区重点任务分解方案");
    assert!(doc.tasks.iter().all(|t| !t.text.contains("高度重视")));
}

#[test]
fn a_sections_sentence_introducing_its_work_keeps_the_items_tasks() {
    // Before: `重点抓好以下工作：` read as a task's list of details, and the whole plan's items
    // were merged into its two sections (2 tasks, targets pooled, no warning).
    let text = "示例市水利局2025年工作要点\n一、加快水利工程建设\n2025年，全市计划完成水利投资10亿元，重点抓好以下工作：\n1.推进示例河综合治理工程。完成堤防加固12公里。\n2.实施病险水库除险加固。完成5座小型水库除险加固。\n二、强化河湖管理\n1.全面落实河湖长制。各级河湖长巡河率达到100%。\n2.开展河湖专项整治行动。年底前完成问题整改。\n";
    let ids: Vec<String> = tasks(text).into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["一/1", "一/2", "二/1", "二/2"]);
}

#[test]
fn a_tasks_sentence_introducing_its_requirements_keeps_them_its_details() {
    let text = "示例市2025年工作要点\n一、推进制度建设\n（一）建立督办机制。具体要求如下：\n1.每月通报一次。\n2.年底前完成考核。\n（二）完善考核办法。修订考核细则。\n（三）加强队伍建设。开展培训4次。\n二、强化执法监督\n（一）开展案卷评查。评查案卷100件。\n（二）落实执法公示。公示率达到100%。\n";
    let ids: Vec<String> = tasks(text).into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["一/(一)", "一/(二)", "一/(三)", "二/(一)", "二/(二)"]);
}

#[test]
fn a_cover_letters_headed_list_does_not_unseat_the_plans_title() {
    // The letter's `具体要求` over `1.` `2.`, then the plan's own title over `1.` `2.` `3.`:
    // the plan's title names its place, so it stays the title and the letter is cut off.
    let text = "示例县人民政府办公室关于印发示例县2025年民生实事项目实施方案的通知\n各乡镇人民政府，县直各单位：\n现将《示例县2025年民生实事项目实施方案》印发给你们，请认真组织实施。\n具体要求\n1.各单位要高度重视，细化措施。\n2.各单位于每月5日前报送进展。\n示例县人民政府办公室\n2025年2月10日\n示例县2025年民生实事项目实施方案\n为切实办好民生实事，制定本方案。\n1.新建幼儿园3所。\n2.改造老旧小区10个。\n3.新增停车位500个。\n";
    let doc = plandiff::parse_text(text, "notice.txt");
    assert_eq!(doc.title, "示例县2025年民生实事项目实施方案");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["1", "2", "3"]);
}

#[test]
fn a_section_aiming_at_goals_holds_tasks_not_goals() {
    let text = "示例市2025年工作要点\n一、推进产业升级\n（一）壮大制造业\n1.实施技改项目20个。\n2.新增规上企业30家。\n二、盯紧全年主要目标\n（一）稳住工业\n1.监测主要指标\n2.按月通报进展。\n";
    let ids: Vec<String> = tasks(text).into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["一/(一)/1", "一/(一)/2", "二/(一)/1", "二/(一)/2"]);
}

#[test]
fn a_support_sections_short_items_are_no_tasks() {
    // `三、强化保障`: `（一）加强组织领导。` is a support item, and so are the others beside it.
    let text = "示例市2025年工作要点\n一、推进产业升级\n（一）壮大制造业\n1.实施技改项目20个。\n2.新增规上企业30家。\n（二）发展服务业\n1.培育物流企业5家。\n2.新建商贸综合体2个。\n二、强化保障\n（一）加强组织领导。\n（二）强化督查考核。\n（三）营造良好氛围。\n";
    let ids: Vec<String> = tasks(text).into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["一/(一)/1", "一/(一)/2", "一/(二)/1", "一/(二)/2"]);
}

#[test]
fn a_short_label_before_a_colon_is_the_items_heading() {
    // Before: the whole sentence, or nothing when its first clause was long.
    let text = "示例公司2025年安全生产工作计划\n一、生产单位\n1. 提高安全生产意识：加强安全生产宣传教育，提高员工的安全意识。\n2. 加强对重大工程项目的安全管理：加强对高风险和关键工程项目的安全管理，确保项目安全完成。\n3. 检查仓库：每月一次。\n4. 落实“一岗双责”，做到：全员参与。\n";
    let headings: Vec<String> = tasks(text).into_iter().map(|(_, h)| h).collect();
    assert_eq!(
        headings,
        [
            "提高安全生产意识",
            "加强对重大工程项目的安全管理",
            "检查仓库",
            "落实“一岗双责”，做到：全员参与",
        ]
    );
}

#[test]
fn items_run_together_on_one_line_after_a_heading_are_cut_apart() {
    // Before: one task `四/(一)` holding all three.
    let text = "示例区健康教育工作方案\n一、工作目标\n到2025年，健康素养水平达到30%。\n二、工作措施（一）加强领导、健全网络。区政府成立健康教育工作领导小组。（二）明确目标、落实责任。各部门要制定具体的工作方案。（三）加强宣传、营造氛围。各部门要定期开展健康教育活动。\n";
    let ids: Vec<String> = tasks(text).into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["二/(一)", "二/(二)", "二/(三)"]);
    // A bracket cited inside a sentence is no item.
    let cited = "示例区工作方案\n一、加强管理\n1.按照第三条（一）项办理，并报（二）项所列单位备案。\n2.完善制度。\n";
    let ids: Vec<String> = tasks(cited).into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["一/1", "一/2"]);
}

#[test]
fn a_plan_called_a_plan_book_or_numbered_as_a_sample_keeps_its_title() {
    let doc = plandiff::parse_text(
        "示例项目工作计划书\n1、加强领导、完善机制。成立项目工作组。\n2、细化分工。每月通报一次。\n",
        "a.txt",
    );
    assert_eq!(doc.title, "示例项目工作计划书");
    let doc = plandiff::parse_text(
        "信息宣传工作方案篇一\n1、加强信息报送。全年报送信息50条。\n2、做好宣传。开展宣传活动4次。\n",
        "b.txt",
    );
    assert_eq!(doc.title, "信息宣传工作方案");
}

#[test]
fn an_empty_work_heading_is_no_task_and_is_warned_of() {
    // The work sat in a table the text lost: before, a task `三 重点工作` with no text.
    let doc = plandiff::parse_text(
        "示例市交通运输局2025年开放合作活动实施方案\n一、指导思想\n全面贯彻新发展理念，加强对外交流合作。\n二、工作目标\n2025年，完成示例公路建设。\n三、重点工作\n四、保障措施\n（此件主动公开）\n",
        "plan.txt",
    );
    assert!(doc.tasks.is_empty());
    assert!(doc
        .warnings
        .iter()
        .any(|w| w.starts_with("“重点工作”下没有任务")));
    // A task naming work is no heading of it.
    let ids: Vec<String> = tasks("示例县2025年教育工作要点\n一、全面完成年度工作任务\n二、突出两项重点工作\n三、加强队伍建设\n")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(ids, ["一", "二", "三"]);
}

#[test]
fn bullets_under_unnumbered_group_headings_are_grouped() {
    // Before: one run numbered 1–6, each group's heading glued to the end of the item before.
    let text = "示例市2025年施政重点\n强化政府治理体系\n- 成立四个跨部门统筹机制\n- 强化公务员治理能力\n巩固提升自身优势\n- 设立示例港口发展局，加强海内外推广\n- 提升出口信用保险机构的法定最高弥偿百分率至95%\n发展新质生产力\n- 制订新型工业中长期发展方案\n";
    let got = tasks(text);
    let ids: Vec<&str> = got.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids, ["一/1", "一/2", "二/1", "二/2", "三/1"]);
    assert_eq!(got[1].1, "强化公务员治理能力");
}

#[test]
fn a_plans_review_of_the_last_plan_holds_no_tasks() {
    // `一、“十三五”发展成效` in a 十四五 plan looks back; the preamble says it is a plan.
    let text = "示例州市场监管“十四五”规划\n为进一步优化市场环境，依据上级规划，制定本规划。\n一、“十三五”发展成效\n（一）监管机制不断完善。建成市场监管信息平台1个。\n（二）营商环境持续优化。市场主体总量达到20万户。\n二、主要任务\n（一）深化商事制度改革。到2025年，市场主体总量达到25万户。\n";
    let ids: Vec<String> = tasks(text).into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["二/(一)"]);
    let untitled = text.replacen("示例州市场监管“十四五”规划\n", "", 1);
    let doc = plandiff::parse_text(&untitled, "page.txt");
    assert_eq!(doc.kind, plandiff::model::DocKind::Plan);
}

#[test]
fn a_notice_sending_a_plan_with_only_its_requirements_is_warned_of() {
    let notice = "示例市人民政府办公室关于印发2025年政府工作报告主要目标任务分解的通知\n各县、区人民政府，市政府各部门：\n2025年《政府工作报告》已经审议通过，现将主要目标任务分解下发，请认真抓好落实。\n一、强化责任意识。各地各单位要增强工作责任感和紧迫感。\n二、强化督查考核。市政府督查室要加强跟踪督办。\n";
    let doc = plandiff::parse_text(notice, "notice.txt");
    assert!(doc.tasks.is_empty());
    assert!(doc.warnings.iter().any(|w| w.starts_with("只有印发通知")));
    // A plan sent with no title line of its own keeps its tasks.
    let plan = "示例县人民政府办公室关于印发示例县2025年工作要点的通知\n各单位：\n现将示例县2025年工作要点印发给你们，请认真贯彻落实。\n一、推进产业发展。新建园区2个。\n二、加强城乡建设。改造老旧小区10个。\n三、保障改善民生。新增就业3000人。\n";
    assert_eq!(plandiff::parse_text(plan, "plan.txt").tasks.len(), 3);
}

#[test]
fn second_review_cases_keep_their_tasks() {
    // A section building on past results is work.
    let ids: Vec<String> = tasks("示例县2025年工作要点\n一、推进改革\n（一）深化审批改革。压减审批时限30%。\n二、巩固发展成效\n（一）巩固脱贫成果。防止规模性返贫。\n（二）扩大有效投资。新开工项目20个。\n")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(ids, ["一/(一)", "二/(一)", "二/(二)"]);
    // A notice sending tasks that name their units keeps them, `主要`/`重要` no requirement.
    let sent = "示例县人民政府办公室关于印发2025年重点任务分解的通知\n各乡镇：\n现将2025年重点任务分解下发，请认真抓好落实。\n一、要加快主要产业发展。新建园区2个。（牵头单位：县发改局）\n二、要抓好重要项目建设。完成投资10亿元。（牵头单位：县住建局）\n";
    assert_eq!(plandiff::parse_text(sent, "n.txt").tasks.len(), 2);
    // A task's own list after its colon stays in the task.
    let ids: Vec<String> = tasks("示例县2025年工作要点\n一、优化服务\n1.开展“两查”行动：（一）查作风；（二）查效能。全年开展检查4次。\n2.推进“一网通办”。\n")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(ids, ["一/1", "一/2"]);
    // A task starting with a work word is no empty work heading.
    let ids: Vec<String> =
        tasks("示例县2025年工作要点\n一、强化落实\n1.重点工作督查督办\n2.工作任务清单化管理\n")
            .into_iter()
            .map(|(id, _)| id)
            .collect();
    assert_eq!(ids, ["一/1", "一/2"]);
}

#[test]
fn generic_labels_before_a_colon_are_no_headings() {
    let got = tasks("示例县2025年工作要点\n一、强化监测\n1.每日8:30前报送汛情信息。\n2.整治范围包括：全县12个乡镇。\n3.时间：2025年3月底前完成排查。\n4.县教育局：开展校园安全检查4次。\n");
    let headings: Vec<&str> = got.iter().map(|(_, h)| h.as_str()).collect();
    assert_eq!(
        headings,
        [
            "每日8:30前报送汛情信息",
            "整治范围包括：全县12个乡镇",
            "时间：2025年3月底前完成排查",
            "县教育局：开展校园安全检查4次",
        ]
    );
}

#[test]
fn a_note_or_a_wrapped_line_between_bullets_starts_no_group() {
    let ids: Vec<String> = tasks("示例县2025年文旅工作计划\n一、推进文旅融合\n- 举办乡村文化旅游节3场，带动游客\n增长10%\n- 新建旅游厕所20座。\n以上任务由县文旅局牵头\n- 完善旅游公路标识标牌。\n")
        .into_iter()
        .map(|(id, _)| id)
        .collect();
    assert_eq!(ids, ["一/1", "一/2", "一/3"]);
}

#[test]
fn a_document_sites_notes_behind_dashes_are_no_tasks() {
    // Before: the notes `2、…` `3、…` were tasks `1/(1)` `1/(2)`.
    let doc = plandiff::parse_text(
        "- 10.27 KB\n- 2025-03-28 发布\n- 1、本文档由用户上传，示例文库整理发布，可阅读全部内容。\n- 2、本文档内容版权归属内容提供方，所产生的收益全部归内容提供方所有。\n- 3、本文档由用户上传，本站不保证质量和数量令人满意，付费之前，请仔细阅读内容。\n",
        "page.txt",
    );
    assert!(doc.tasks.is_empty(), "{:?}", doc.tasks);
}
