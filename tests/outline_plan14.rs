//! Outline forms met in real plans (invented 示例 places): headings whose line break was lost,
//! running into their first item (`一、明确目标，促进发展1、学前教育目标。`), and items run
//! together after full stops (`1.优化系统。…。2.优化平台。…`).

/// Ids and headings of a plan's tasks.
fn tasks(text: &str) -> Vec<(String, String)> {
    let doc = plandiff::parse_text(text, "plan.txt");
    (doc.tasks.iter())
        .map(|t| (t.id.clone(), t.heading.clone()))
        .collect()
}

fn ids(text: &str) -> Vec<String> {
    tasks(text).into_iter().map(|(id, _)| id).collect()
}

#[test]
fn an_item_glued_to_its_heading_is_cut_off() {
    // Items numbered on across headings: `3、` continues after `2、`.
    let text = "示例市关于加快学前教育发展的意见\n一、明确目标任务，促进学前教育发展1、学前教育发展目标。\n2027年全市入园率达到96%以上。\n2、推进学前教育低龄化发展。\n各区至少办1所早教中心。\n二、改革管理体制，健全学前教育管理网络3、理顺学前教育管理体制。\n实行分级管理。\n";
    let got = tasks(text);
    assert_eq!(
        got,
        [
            ("一/1".to_string(), "学前教育发展目标".to_string()),
            ("一/2".to_string(), "推进学前教育低龄化发展".to_string()),
            ("二/3".to_string(), "理顺学前教育管理体制".to_string()),
        ]
    );
    let doc = plandiff::parse_text(text, "plan.txt");
    assert_eq!(doc.sections[1].title, "改革管理体制，健全学前教育管理网络");
    assert!(
        doc.warnings.iter().all(|w| !w.contains("编号")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn items_run_together_after_full_stops_are_cut_apart() {
    let text = "示例市水利局2025年工作计划\n一、坚持智慧水利理念，严防水旱灾害1.优化防汛指挥系统。梳理防汛体系。2.优化标化管理平台。开展回头看。\n二、坚持项目为王理念，加速设施建设。1.新建示例水库。完成主体工程。2.推进河道整治。整治河道10公里。\n";
    assert_eq!(ids(text), ["一/1", "一/2", "二/1", "二/2"]);
    assert_eq!(tasks(text)[1].1, "优化标化管理平台");
}

#[test]
fn numbers_that_are_no_items_stay_in_the_text() {
    // A count, an ordinal, a date and a decimal against the heading; a number that is not the
    // one due; an inline sub-list numbered from 1 inside a task.
    for heading in [
        "一、完成3、4号楼建设",
        "一、争创第1、2名",
        "一、2025年1、2月份完成招标",
        "一、落实1.5万元补助资金",
        "一、做好项目建设7、加强管理",
    ] {
        let text = format!(
            "示例市2025年工作计划\n{heading}。\n1.开展检查。每月1次。\n2.开展培训。培训50人。\n"
        );
        let got = tasks(&text);
        assert_eq!(
            got.iter().map(|t| t.0.as_str()).collect::<Vec<_>>(),
            ["一/1", "一/2"],
            "{heading}"
        );
    }
    let text = "示例市2025年工作计划\n一、重点任务\n1、加强宣传教育。1.成立宣讲小组。2.明确职责分工。\n2、加强督促检查。每季度检查1次。\n";
    assert_eq!(ids(text), ["一/1", "一/2"]);
}

#[test]
fn a_safeguard_title_in_a_list_of_work_is_a_task() {
    // Under `重点任务`, `加强组织领导` is one of the tasks (before: dropped as a safeguard).
    let text = "示例市2025年工作计划\n一、重点任务\n1、加强组织领导。成立工作专班。\n2、加强督促检查。每季度检查1次。\n二、保障措施\n（一）加强组织领导。各部门要高度重视。\n（二）强化督查考核。纳入年度考核。\n";
    let got = tasks(text);
    assert_eq!(
        got.iter().map(|t| t.0.as_str()).collect::<Vec<_>>(),
        ["一/1", "一/2"]
    );
    assert_eq!(got[0].1, "加强组织领导");
    // A list made mostly of safeguards keeps them out.
    let text = "示例市2025年工作计划\n一、开展培训。培训50人。\n二、开展检查。每月1次。\n三、其他事项\n（一）组织领导。各部门要高度重视。\n（二）工作要求。按时报送材料。\n（三）开展宣传。发放资料500份。\n";
    let got = tasks(text);
    assert!(
        got.iter()
            .all(|t| !t.0.contains("(一)") && !t.0.contains("(二)")),
        "{got:?}"
    );
}

#[test]
fn lists_numbered_afresh_under_headings_of_their_own_style_nest() {
    // Before: one flat list with ids `1`, `1#2`, `2`, `2#2`… and five `编号重复` warnings.
    let text = "示例镇中心小学2025年工作计划\n一、主要工作\n（一）教学工作\n1. 抓实课堂常规\n1. 每周开展集体备课一次。\n2. 每月组织课堂巡查不少于2次。\n2. 提升作业质量\n1. 严格控制书面作业总量。\n2. 建立作业公示制度。\n3. 推行分层作业设计。\n3. 加强教研活动\n1. 每学期举办公开课不少于10节。\n（二）安全工作\n1. 每月开展一次安全隐患排查。\n2. 每学期开展应急演练2次。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "一/(一)/1/(1)",
            "一/(一)/1/(2)",
            "一/(一)/2/(1)",
            "一/(一)/2/(2)",
            "一/(一)/2/(3)",
            "一/(一)/3/(1)",
            "一/(二)/1",
            "一/(二)/2"
        ]
    );
    assert!(
        doc.warnings.iter().all(|w| !w.contains("编号")),
        "{:?}",
        doc.warnings
    );
    let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert!(titles.contains(&"提升作业质量"), "{titles:?}");
    // One heading line over a list numbered afresh is not enough: a plain list with a repeat
    // keeps its numbers (and its warning).
    let text = "示例镇2025年工作计划\n一、重点工作\n1. 加强宣传教育\n1. 发放资料500份。\n2. 开展讲座2场。\n3. 开展巡查。每月1次。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert!(doc.tasks.iter().all(|t| !t.id.contains("(1)")));
}

#[test]
fn indicator_blocks_and_expected_outcomes_are_goals() {
    // Before: the indicator items were two tasks, and with work below them the block merged
    // the real tasks away.
    let text = "示例市2025年生态环境工作要点\n（一）争先进位目标：\n全市污染防治考核至少进2位。\n（二）具体指标设置为：\n1.水环境方面。国控断面优良比例达到90%。\n2.大气环境方面。细颗粒物浓度不高于30微克每立方米。\n一、重点任务\n1.推进污水管网建设。新建污水管网20公里。\n2.开展扬尘专项整治。每月检查1次。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["一/1", "一/2"]);
    assert_eq!(doc.goals.len(), 3);
    assert!(doc.goals[1].text.starts_with("水环境方面"));
    // An inspection plan's target system, and a plan's expected outcomes.
    let text = "示例县环保督察整改方案\n一、整改目标体系\n1.问题销号：反馈问题全部建立台账。\n2.长效机制：建立制度5项。\n二、整改措施\n1.开展排查。每月1次。\n2.落实销号。年底前完成。\n三、预期成效\n1.生态环境质量明显改善。\n2.群众满意度明显提升。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["二/1", "二/2"]);
    assert_eq!(doc.goals.len(), 4);
}

#[test]
fn items_numbered_di_yi_xiang_are_tasks() {
    // Before: no task at all (`第一条` was read, `第一项` was not).
    let text = "示例县2025年承诺事项工作计划\n第一项：建设示例大桥前期工作，年内完成可行性研究。\n第二项：改善示例机场设施，新建候机楼1座。\n第三项：提升供水能力，日供水能力达到2万吨。\n";
    assert_eq!(ids(text), ["(一)", "(二)", "(三)"]);
    // Under headings of their own they are their items, a level below.
    let text = "示例县2025年民生实事\n一、教育类\n第一项：新建示例中学，新增学位1500个。\n第二项：改造薄弱学校3所。\n二、交通类\n第三项：改造农村公路100公里。\n";
    assert_eq!(ids(text), ["一/(一)", "一/(二)", "二/(三)"]);
    // Prose that opens on the words is no item, nor a list of them.
    let text = "示例县2025年工作计划\n一、推进项目建设\n第一项工作是抓好招商引资。\n二、改善民生\n新建学校1所。\n第一项、第二项任务由县发展改革局负责。\n";
    assert_eq!(ids(text), ["一", "二"]);
}

#[test]
fn a_title_is_read_whole_and_not_from_a_subheading_counting_tasks() {
    // A run-on page: the title goes on past `的` to its ending (before: `…重点工作`).
    let text = "关于做好二〇二五年示例省乡村建设重点工作的实施意见示例省是农业大省，做好今年乡村建设工作意义重大，现提出如下意见。（一）稳定粮食生产。确保粮食播种面积1000万亩，其中大豆播种面积50万亩。（二）建设高标准农田。新建高标准农田100万亩，改造提升农田50万亩。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert_eq!(
        doc.title,
        "关于做好二〇二五年示例省乡村建设重点工作的实施意见"
    );
    // A sub-heading counting the tasks below a title that names its place (before: the
    // sub-heading was the title).
    let text = "示例市防灾减灾规划责任分解\n根据规划，现将8项建设任务进行责任分解。\n“十五五”防灾减灾8个具体建设任务\n（一）预案体系建设\n1.完善应急预案。（责任单位：示例市应急管理局）\n2.推进基层预案全覆盖。（责任单位：各区政府）\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert_eq!(doc.title, "示例市防灾减灾规划责任分解");
    // With no such title above, the counting line stays the title.
    let text = "最终选出\n10项民生实事\n1.新建公办学校16所。\n2.建设社区公园10个。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert_eq!(doc.title, "10项民生实事");
}

#[test]
fn paragraphs_written_like_their_item_warn_of_lost_numbers() {
    let text = "示例区生态环境分局2025年重点工作计划\n一、补短板。充实区环委办工作力量，探索机构优化模式。\n防风险。开展危险废物大排查，完善环境应急预案。\n抓重点。推进监测站标准化建设，创建低碳示范社区3个。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let lost: Vec<&String> = doc
        .warnings
        .iter()
        .filter(|w| w.contains("编号可能缺失"))
        .collect();
    assert_eq!(lost.len(), 1, "{:?}", doc.warnings);
    assert!(lost[0].contains("防风险") && lost[0].contains("抓重点"));
    // Short sentences under a heading line of their own are its text.
    let text = "示例县2024年教育工作计划\n1. 巩固义务教育成果。\n推进布局调整。\n2. 加强学前教育。\n建设幼儿园。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    assert!(
        doc.warnings.iter().all(|w| !w.contains("编号可能缺失")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn a_run_on_page_with_chapters_and_decimal_numbers_is_cut_apart() {
    // Before: no task at all.
    let text = "示例中学2025年工作计划第一章总体目标1.1工作目标到2025年底，学生体质健康达标率≥95%，家长满意度≥90%。第二章重点工作2.1课程建设2.1.1开足开齐：严格执行课程计划，全年开设校本课程不少于8门。2.1.2课后服务：每周开展课后服务5天。2.2队伍建设2.2.1培训提升：组织教师全员培训，人均不少于72学时。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(
        ids,
        ["第二章/2.1/2.1.1", "第二章/2.1/2.1.2", "第二章/2.2/2.2.1"]
    );
    assert_eq!(doc.goals.len(), 1);
    assert_eq!(doc.goals[0].targets.len(), 2);
    // Decimals that do not go on from a chapter, and a reference to an article, are text.
    let text = "示例县2025年工作计划。一、发展经济。全年地区生产总值增长2.1倍以上，依据第三条规定执行，完成3.2项改革。二、改善民生。新建学校2所，第二章节内容另行印发。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["一", "二"]);
}

#[test]
fn a_run_on_page_with_spaces_before_its_markers_is_cut_apart() {
    // Before: no task (the space hid the sentence end, and `计划一、` read as `划一`).
    let text = "示例区水利局2025年工作计划 一、推进水利工程建设。完成堤防加固12公里。 二、强化河湖管理。巡河率达到100%。\n";
    assert_eq!(ids(text), ["一", "二"]);
    let text = "示例县文旅局2024年工作计划 一、打造乡村文化样板 (一)突出重点打造。建设基层文化设施。 (二)突出效能提升。抓好文化站改造。 二、抓好文化市场管理 (一)开展扫黄打非工作。 (二)加强日常监管。\n";
    assert_eq!(ids(text), ["一/(一)", "一/(二)", "二/(一)", "二/(二)"]);
    // A word ending in `划一` before a list comma is no heading.
    let text = "示例县2025年工作计划\n一、规范管理。做到标准整齐划一、流程统一。\n二、强化考核。每季度考核1次。\n";
    assert_eq!(ids(text), ["一", "二"]);
}

#[test]
fn a_pdfs_stray_letter_before_the_next_item_is_dropped() {
    let text = "示例区健康教育工作方案\n一、工作措施\n(一)加强领导。区政府成立领导小组。\n(二)明确目标。各部门制定方案。\n4\nf(三)加强信息沟通。各单位及时报送情况。\n(四)加强督导检查。定期组织督导。\n";
    assert_eq!(ids(text), ["一/(一)", "一/(二)", "一/(三)", "一/(四)"]);
}

#[test]
fn a_first_heading_glued_after_a_part_numbered_di_yi_is_found() {
    // `第一、` holds `一、` too: the glued first heading is the next `一、` (before: no item).
    let text = "示例局2025年上半年工作总结及下半年工作计划 第一、上半年工作总结 一、重点工程建设。上半年完成投资2000万元，各项工程正按时间节点要求有序推进，总体进度符合预期。 二、认真做好防汛准备。从3月初开始组织技术人员对境内河流、堤防、小水库进行全面检查，排除安全隐患，制定各类应急预案，落实包保责任，确保安全度汛，做好物资储备。\n";
    assert_eq!(ids(text), ["一", "二"]);
}

#[test]
fn a_document_sites_contents_and_glued_title_are_no_tasks() {
    // Before: the title was `…实施方案模板范文一、现状分析`, and each entry of the contents
    // was an empty task.
    let mut text = String::from("示例区社区服务提升工作方案_第1页\n文档简介\n示例区社区服务提升工作方案模板范文一、现状分析\n");
    for (k, head) in ["二、目标设定", "三、实施步骤", "四、保障措施"]
        .iter()
        .enumerate()
    {
        for n in 1..=3 {
            text.push_str(&format!("{}.{}分项内容{}\n", k + 1, n, n));
        }
        text.push_str(head);
        text.push('\n');
    }
    text.push_str("4.1结语一、现状分析1.1基本情况：示例区共有社区12个，服务站点覆盖率达到80%。\n");
    let doc = plandiff::parse_text(&text, "plan.txt");
    assert_eq!(doc.title, "示例区社区服务提升工作方案");
    assert_eq!(
        doc.tasks.len(),
        1,
        "{:?}",
        doc.tasks.iter().map(|t| &t.id).collect::<Vec<_>>()
    );
    assert!(doc.tasks[0].text.contains("80%"));
    // An outline of headings alone, not repeated below, is the plan itself.
    let mut text = String::from("示例区2025年工作要点\n一、经济发展\n");
    for n in 1..=9 {
        text.push_str(&format!("{n}.推进第{n}项重点工程\n"));
    }
    let doc = plandiff::parse_text(&text, "plan.txt");
    assert_eq!(doc.tasks.len(), 9);
}

#[test]
fn references_and_sub_lists_inside_items_are_not_cut() {
    // A chapter named in a sentence of a run-on page.
    let text = "示例县2025年安全生产工作计划。一、强化执法检查。依据《示例省安全生产条例》第一章规定，全年检查企业500家。二、开展专项整治。按照《示例办法》第二章要求，整治隐患1000处。三、强化培训。培训1000人次。\n";
    assert_eq!(ids(text), ["一", "二", "三"]);
    // An item's own list from 1 after a colon: nothing after it is cut.
    let text = "示例县2025年城市管理工作计划\n一、重点工作\n1.开展专项整治。重点整治以下问题：1.占道经营。2.乱搭乱建。3.乱贴乱画。\n2.推进垃圾分类。新建分类亭50个。\n3.加强执法队伍建设。组织培训4次。\n";
    assert_eq!(ids(text), ["一/1", "一/2", "一/3"]);
    // `计划一、二季度` lists quarters.
    let text = "示例县2025年工作计划 严格按计划一、二季度完成招标。 一、推进项目建设。开工项目20个。 二、强化要素保障。供地1000亩。\n";
    assert_eq!(ids(text), ["一", "二"]);
}

#[test]
fn headings_of_a_nested_list_with_no_list_of_their_own_stay_tasks() {
    let text = "示例镇2025年农业工作计划\n1. 粮食生产\n1. 粮食播种面积稳定在5万亩。\n2. 建设高标准农田1万亩。\n2. 特色产业\n1. 发展茶叶种植2000亩。\n2. 培育龙头企业2家。\n3. 农村改革\n深化集体产权制度改革，年内完成股份量化。\n";
    assert_eq!(ids(text), ["1/(1)", "1/(2)", "2/(1)", "2/(2)", "3"]);
    let text = "示例县2025年工作计划\n一、重点任务\n1. 加强宣传教育\n1. 发放资料500份。\n2. 开展讲座2场。\n2. 开展专项整治\n3. 加强队伍建设\n1. 组织培训4次。\n";
    assert_eq!(ids(text), ["一/1/(1)", "一/1/(2)", "一/2", "一/3/(1)"]);
}

#[test]
fn safeguards_closing_a_list_of_work_stay_out_of_it() {
    let text = "示例县2025年工作方案\n一、重点工作\n（一）推进肥料化利用。还田面积20万亩。\n（二）推进饲料化利用。利用量2万吨。\n（三）加强组织领导。各乡镇要成立领导小组。\n（四）加强宣传引导。营造良好氛围。\n";
    assert!(tasks(text).iter().all(|t| t.1 != "加强组织领导"));
}
