//! Outline forms met in real plans (invented 示例 places): framing sections named in other
//! words (`主要思路`, `出台背景`, `加强…的指导思想和基本要求`, a title with its paragraph on one
//! line), Taiwan's formal numerals (`壹、貳、參、`) under a table of contents whose pages are
//! numbered by chapter (`……1-15`), and the goals a framing section states.

fn ids(text: &str) -> Vec<String> {
    let doc = plandiff::parse_text(text, "plan.txt");
    doc.tasks.iter().map(|t| t.id.clone()).collect()
}

#[test]
fn framing_sections_in_other_words_hold_no_tasks() {
    let text = "示例县2024年水利工作要点\n一、主要思路\n坚持节水优先，强化河湖管护。\n二、主要任务\n（一）加强河湖巡查。各乡镇每月巡查不少于2次。（责任单位：县水利局）\n（二）推进水库除险加固。年底前完成3座小型水库除险加固。（责任单位：县水利局）\n";
    assert_eq!(ids(text), ["二/(一)", "二/(二)"]);
    let text = "示例市关于优化营商环境的若干措施\n一、出台背景\n为落实上级部署，制定本措施。\n二、背景介绍\n全市市场主体持续增长。\n三、主要措施\n（一）压减审批时限。审批时限压减至5个工作日。\n（二）推行告知承诺。\n";
    assert_eq!(ids(text), ["三/(一)", "三/(二)"]);
}

#[test]
fn a_verb_and_of_before_framing_phrases_is_still_framing() {
    let text = "示例区加强依法行政工作意见\n一、充分认识依法行政的重要意义\n1、提高认识。依法行政是建设法治政府的基础。\n二、加强依法行政的指导思想和基本要求\n2、指导思想。坚持以法治思想为指导。\n3、基本要求。做到权责法定、执法严明。\n三、主要任务\n4、完善行政决策机制。重大行政决策合法性审查率达到100%。\n5、加强党对依法行政工作的组织领导。\n";
    // The party's leadership of the work stays a task: `组织领导` after `的` is work.
    assert_eq!(ids(text), ["三/4", "三/5"]);
}

#[test]
fn a_framing_title_with_its_paragraph_on_one_line_leaves_the_tasks_below_it() {
    let text = "示例县教育局2024年工作计划\n\n一、总体思路 百年大计，教育为本。坚持立德树人，办好人民满意的教育。\n\n二、目标任务 到2025年，全县义务教育巩固率达到99%以上。\n\n三、主要工作措施 1.2024年工作要点：\n（1）加强党对教育工作的领导。坚持定期议教，落实联校制度。\n（2）推进学前教育普惠发展。新增公办幼儿园学位600个。\n";
    assert_eq!(ids(text), ["三/(1)", "三/(2)"]);
}

#[test]
fn formal_numerals_are_a_level_and_a_chapter_paged_contents_is_dropped() {
    let text = "示例市政府秘書處中程施政計畫(113至116年度)\n【目 錄】\n壹、 環境情勢分析與優先發展課題 ……………………………1-1\n1、 環境情勢分析…………………………….……1-1\n貳、 策略績效目標與衡量指標……………………1-5\n1、 策略績效目標 …………...…………...……1-5\n參、 計畫內容摘要………………………………1-8\n1、 辦理文書及檔案管理研習 …………………1-8\n壹、環境情勢分析與優先發展課題\n一、環境情勢分析\n本處負責文書、採購及總務管理。\n貳、策略績效目標與衡量指標\n一、強化檔案管理，檔案清查完成率達100%。\n二、提升採購效益，採購案件電子化比例達90%。\n參、計畫內容摘要\n一、辦理文書及檔案管理研習。\n";
    let doc = plandiff::parse(text.as_bytes(), "plan.txt").expect("parses");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["壹/一", "贰/一", "贰/二", "叁/一"]);
    assert!(
        !doc.warnings.iter().any(|w| w.contains("编号")),
        "{:?}",
        doc.warnings
    );
    assert!(doc.tasks.iter().all(|t| !t.text.contains('…')));
}

#[test]
fn a_framing_section_states_the_years_goal_and_a_purpose_clause_states_none() {
    let text = "示例县2024年水利工作要点\n一、主要思路\n坚持节水优先，强化河湖管护。通过一年努力，全县河湖水质优良比例达到90%以上。\n二、主要任务\n（一）加强河湖巡查。各乡镇每月巡查不少于2次。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let goals: Vec<&str> = doc.goals.iter().map(|g| g.text.as_str()).collect();
    assert_eq!(goals, ["通过一年努力，全县河湖水质优良比例达到90%以上。"]);
    let text = "示例县2024年河长制工作要点\n2024年是河长制深化之年，为确保全县河长制工作有力推进，根据《示例市河长制工作要点》，结合工作实际，制定2024年工作要点如下：\n一、主要任务\n（一）完善责任体系。全县所有河库落实河长，公示牌设置率达到100%。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert!(doc.goals.is_empty(), "{:?}", doc.goals);
    // A figure to secure in the opening paragraph is still a goal.
    let text = "示例县2024年河长制工作要点\n为推进河长制工作，确保全县河库水质达标率达到95%以上，制定本要点。\n一、主要任务\n（一）完善责任体系。全县所有河库落实河长。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert_eq!(doc.goals.len(), 1, "{:?}", doc.goals);
}

#[test]
fn a_sites_note_before_the_title_and_a_quoted_report_inside_it_are_no_title() {
    let text = "示例小学2024年第一学期工作计划\n下载后可任意编辑 示例小学2024年第一学期工作计划\n一、指导思想\n坚持立德树人。\n二、主要工作\n1.加强德育工作。每月开展主题班会。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert_eq!(doc.title, "示例小学2024年第一学期工作计划");
    let text = "下载后可任意编辑 示例小学2024年第一学期工作计划\n一、主要工作\n1.加强德育工作。每月开展主题班会。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert_eq!(doc.title, "示例小学2024年第一学期工作计划");
    let text = "示例市人民政府办公厅关于印发2024年市《政府工作报告》确定的主要目标任务责任分解方案的通知\n各区人民政府，市人民政府各部门：\n《2024年市〈政府工作报告〉确定的主要目标任务责任分解方案》已经市人民政府同意，现印发给你们，并就有关事项通知如下。\n一、层层压实责任。各责任单位要加强组织领导，确保任务落实。\n二、加强督办。各牵头单位于2024年2月8日前报送办理方案。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert_eq!(
        doc.title,
        "2024年市《政府工作报告》确定的主要目标任务责任分解方案"
    );
    assert_eq!(doc.kind, plandiff::model::DocKind::Plan);
    // A title that forwards one quoted plan keeps the quoted name.
    let text = "示例市人民政府关于印发《示例市数字政府建设实施方案》的通知\n各区人民政府：\n现将《示例市数字政府建设实施方案》印发给你们，请认真贯彻执行。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert_eq!(doc.title, "示例市数字政府建设实施方案");
}

#[test]
fn a_goals_lines_cut_at_a_pages_width_are_one_goal_and_a_plain_list_stays_a_list() {
    let text = "示例市应急管理局2024年工作要点\n一、主要目标\n——安全生产方面：确保各类生产安全事故起数、死亡\n人数双下降，亿元GDP生产安全事故死亡率控制在\n0.0088以内，全力防范较大及以上生产安全事故。\n——应急救援方面：健全应急救援工作机制，专项预案\n修订率达到100%。\n二、重点工作\n1.推进基层应急站建设。3月底前实现11个镇（街道）应急消防管理站建设全覆盖。\n第1页共4页\n文档评论(0)\n1亿VIP精品文档\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let goals: Vec<&str> = doc.goals.iter().map(|g| g.text.as_str()).collect();
    assert_eq!(goals, [
        "——安全生产方面：确保各类生产安全事故起数、死亡人数双下降，亿元GDP生产安全事故死亡率控制在0.0088以内，全力防范较大及以上生产安全事故。",
        "——应急救援方面：健全应急救援工作机制，专项预案修订率达到100%。",
    ]);
    let metrics: Vec<&str> = (doc.goals.iter().flat_map(|g| &g.targets))
        .map(|t| t.metric.as_str())
        .collect();
    assert_eq!(metrics, ["亿元GDP生产安全事故死亡率", "专项预案修订率"]);
    assert!(doc.tasks.iter().all(|t| !t.text.contains("文档评论")));
    // Goals a line each, none ending a sentence: each its own goal.
    let text = "示例县2024年经济工作要点\n一、主要目标\n地区生产总值增长6%左右\n一般公共预算收入增长5%\n城镇新增就业3000人\n二、重点工作\n1.扩大有效投资。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert_eq!(doc.goals.len(), 3, "{:?}", doc.goals);
}

#[test]
fn work_titles_that_open_like_framing_ones_keep_their_tasks() {
    // A thinking title joined to the work, a title on innovating the work's thinking, and one
    // on meeting a trade's basic requirements are work.
    let text = "示例县2024年文化旅游工作计划\n一、工作思路和重点任务\n（一）打造文旅品牌。全年接待游客500万人次。\n（二）完善公共文化服务。新建农家书屋20个。\n二、工作思路创新\n推行“网格+服务”工作模式，覆盖全县12个乡镇。\n三、落实企业安全生产的基本要求\n督促企业落实主体责任，全年开展企业安全检查120次。\n";
    assert_eq!(ids(text), ["一/(一)", "一/(二)", "二", "三"]);
}

#[test]
fn a_wrapped_line_opening_on_a_list_of_formal_numeral_words_is_no_heading() {
    let text = "示例市2024年应急管理工作要点\n一、重点任务\n（一）构建立体救援体系。整合各方救援力量，建立\n陆、海、空一体化救援网络，全年开展联合演练6次。牵头单位：市应急管理局。\n（二）加强森林防火。推进防火通道建设，配备\n伍、陆两类专业装备，新建防火通道20公里。牵头单位：市林业局。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["一/(一)", "一/(二)"]);
    assert!(doc.tasks[0].text.contains("陆、海、空"));
    assert_eq!(doc.tasks[1].lead_units, ["市林业局"]);
}

#[test]
fn goals_a_line_each_stay_apart_and_a_year_alone_is_no_figure_of_effort() {
    let text = "示例县2024年教育工作要点\n一、工作目标\n到2024年底，全县教育事业实现以下目标。\n学前教育毛入园率达到92%\n义务教育巩固率达到98%\n高中阶段毛入学率达到95%\n二、重点任务\n（一）扩大学前教育资源。新建幼儿园3所。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert_eq!(doc.goals.len(), 4, "{:?}", doc.goals);
    let text = "示例县2024年河湖工作要点\n一、主要思路\n坚持生态优先。通过努力，推动2024年河湖治理工作再上新台阶。\n二、主要任务\n（一）加强河湖巡查。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert!(doc.goals.is_empty(), "{:?}", doc.goals);
    // A date to secure in the opening paragraph is still a goal.
    let text = "示例县2024年污水治理工作计划\n确保2024年底前实现乡镇污水处理设施全覆盖。\n一、重点任务\n（一）新建污水管网。新建污水管网20公里。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert_eq!(doc.goals.len(), 1, "{:?}", doc.goals);
}
