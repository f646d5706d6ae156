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
