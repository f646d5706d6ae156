//! Titles of forms met in real plans (invented 示例 places): a plan a news lead or a cover
//! letter announces in `《》` with no title line of its own.

use plandiff::parse_text;

#[test]
fn a_plan_announced_in_quotes_is_the_title() {
    // A news lead: `印发了《…》`, then `《…》全文如下`, no title line.
    let text = "近日，中共示例市委办公厅、示例市人民政府办公厅印发了《示例市推进县城城镇化建设实施方案》，并发出通知，要求各区县各部门结合实际认真抓好贯彻落实。\n《示例市推进县城城镇化建设实施方案》全文如下。\n为深入贯彻落实有关意见，结合我市实际，制定本实施方案。\n一、总体要求\n到2027年，县城综合承载能力全面增强。\n二、重点任务\n（一）完善县城交通设施。新建改建县城道路50公里。\n";
    assert_eq!(
        parse_text(text, "news.txt").title,
        "示例市推进县城城镇化建设实施方案"
    );
    // A cover letter forwarding it: `现将《…》印发给你们`.
    let text = "各县区人民政府，市政府各部门：\n现将《示例市深化新旧动能转换分工落实方案》印发给你们，请结合实际认真贯彻落实，确保各项任务按期完成并及时报送进展情况。\n1.示例市形成一批可复制可推广的成功经验。（牵头单位：市发展改革委）\n";
    assert_eq!(
        parse_text(text, "letter.txt").title,
        "示例市深化新旧动能转换分工落实方案"
    );
}

#[test]
fn a_plan_cited_in_quotes_is_no_title() {
    // `为贯彻落实《…》`: the plan this one carries out, not this one; the file name stays.
    let text = "为贯彻落实《示例省法治政府建设实施方案》和上级有关部署要求，结合我区实际情况，现就做好今年有关工作安排如下，请各单位认真抓好落实。\n一、加强组织领导\n二、强化督促检查\n";
    assert_eq!(parse_text(text, "示例区安排.txt").title, "示例区安排");
}

#[test]
fn a_heading_is_not_cut_inside_quotes() {
    let text = "2023年示例区重点任务分解\n一、推进产业园区建设\n1.秉承“深耕一域，做熟一域”的发展思路，大力推进一期核心区建设，确保仓储物流区明年7月份建成，并实现一期核心区明年年底满园运营。\n2.加快建设物流园区，推动仓储设施提档升级，完善园区道路、供水、供电等配套设施，年内完成园区主干道建设。\n";
    let doc = parse_text(text, "示例.txt");
    let headings: Vec<&str> = doc.tasks.iter().map(|t| t.heading.as_str()).collect();
    assert_eq!(
        headings,
        ["秉承“深耕一域，做熟一域”的发展思路", "加快建设物流园区"]
    );
}

#[test]
fn a_document_sites_download_notes_are_no_tasks_and_the_goals_are_read() {
    let text = "温馨提示：\n1. 部分包含数学公式或PPT动画的文件，查看预览时可能会显示错乱或异常，文件下载后无此问题，请放心下载。\n2. 本文档由用户上传，版权归属用户，负责整理代发布。\n3. 下载前请仔细阅读文档内容，确认文档内容符合您的需求后进行下载。\n示例区政府2023年度工作计划\n综合考虑各方面因素，2023年经济社会发展的主要预期目标为：地区生产总值增长7.5%左右；地方财政收入增长3%；城镇居民可支配收入增长7.4%。\n为实现上述目标任务，我们将重点做好以下两个方面的工作：\n实施创新引领工程。加快推进创新服务平台建设，新建众创空间3个。\n实施工业提升工程。推动电子信息企业集群集聚发展。\n";
    let doc = parse_text(text, "示例.txt");
    assert_eq!(doc.title, "示例区政府2023年度工作计划");
    assert!(doc.tasks.is_empty(), "{:?}", doc.tasks);
    // The goals a lead announces after a clause of its own (`综合考虑…，…目标为：`), in a plan
    // with no numbered line.
    let metrics: Vec<&str> = (doc.goals.iter())
        .flat_map(|g| &g.targets)
        .map(|t| t.metric.as_str())
        .collect();
    assert_eq!(
        metrics,
        [
            "地区生产总值增长",
            "地方财政收入增长",
            "城镇居民可支配收入增长"
        ]
    );
}

#[test]
fn a_forwarded_plan_of_one_item_is_the_plan_not_the_notices_last_requirement() {
    let text = "示政办字〔2023〕1号\n各县区人民政府，市政府各部门：\n经市政府同意，现将《示例市绿色低碳发展分工落实方案》（以下简称《方案》）印发给你们，请认真贯彻实施。\n一、高度重视，认真研究政策。各县区、各部门要对照《方案》所承担的目标任务，认真学习研究。\n二、压实责任，推动工作落实。各牵头单位要统筹落实任务事项，制定工作推进方案。\n三、加强督导，健全推进机制。市发展改革委负责《方案》工作任务的统一督导调度。\n1.示例市绿色低碳发展先行区实现重大突破，形成一批可复制可推广的成功经验。（牵头单位：市发展改革委）\n";
    let doc = parse_text(text, "示例.txt");
    assert_eq!(doc.title, "示例市绿色低碳发展分工落实方案");
    let tasks: Vec<(&str, &[String])> = (doc.tasks.iter())
        .map(|t| (t.id.as_str(), t.lead_units.as_slice()))
        .collect();
    assert_eq!(tasks, [("1", &["市发展改革委".to_string()][..])]);
    // No task's text holds words the source does not have there.
    assert!(doc.tasks[0].text.starts_with("示例市绿色低碳发展先行区"));
}

#[test]
fn a_part_holding_only_framing_is_no_task() {
    let text = "关于深化示例市交通运输法治建设的实施意见\n一、坚持以法治思想为指引，努力实现法治建设率先突破\n（一）指导思想。\n坚持以新时代中国特色社会主义思想为指导，加快构建职责明确、依法行政的政府治理体系。\n";
    assert!(parse_text(text, "示例.txt").tasks.is_empty());
    // With work beside the framing, the work is the task.
    let text = "关于深化示例市交通运输法治建设的实施意见\n一、坚持以法治思想为指引，努力实现法治建设率先突破\n（一）指导思想。\n坚持以新时代中国特色社会主义思想为指导，加快构建职责明确、依法行政的政府治理体系。\n（二）完善执法程序。全面推行行政执法公示制度，年底前完成执法事项清单编制。\n";
    let doc = parse_text(text, "示例.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["一/(二)"]);
}

#[test]
fn a_plan_reported_on_is_no_title() {
    // `省政府印发了《…》`: the plan this text carries out, not its own title.
    let text = "近日，省政府印发了《示例省数字经济发展实施方案》，为抓好贯彻落实，我市结合实际制定以下措施：\n一、加快数字基础设施建设。年底前新建5G基站1000个。（市工信局牵头）\n二、推动产业数字化。新增上云企业200家。（市经信局牵头）\n";
    assert_eq!(parse_text(text, "示例措施.txt").title, "示例措施");
    // `《…》，内容如下`: given below.
    let text = "近日，示例省委办公厅、省政府办公厅印发《示例省自然灾害防治能力建设行动方案》，内容如下。\n为全面提高我省自然灾害防治能力，制定本方案。\n一、工作目标。到2025年，重点工程建设目标基本完成。\n二、重点任务。（一）实施灾害风险调查。\n";
    assert_eq!(
        parse_text(text, "07.txt").title,
        "示例省自然灾害防治能力建设行动方案"
    );
}

#[test]
fn a_part_with_work_of_its_own_over_framing_stays_a_task() {
    let text = "示例市2024年城市更新工作方案\n一、实施老旧小区改造。年底前完成老旧小区改造50个，惠及居民1万户。（市住建局牵头）\n（一）实施步骤。3月底前完成摸底，6月底前开工。\n（二）保障措施。加强资金保障和督导考核。\n二、推进城中村改造。启动改造项目5个。（市住建局牵头）\n";
    let doc = parse_text(text, "示例.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["一", "二"]);
    assert_eq!(doc.tasks[0].lead_units, ["市住建局"]);
}
