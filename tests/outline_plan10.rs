//! Forms met in real township and county plans (invented 示例 places): numbered items ending in
//! `；` under a bare heading, each its own task, and units given as role sentences, one agency
//! leading (`由…总体负责`) and others bearing a duty (`乡司法所负责制定宣传计划…`), and a task
//! table copied from a page without its cells (group rows over empty `|` cells), and a page whose
//! line breaks were lost (its title run into `一、` or into its first sentence, its headings into
//! their paragraphs), a text a viewer cut into numbered chunks, a decimal outline (`2.1.1`),
//! items in tortoise-shell brackets (`〔一〕`), an indent saved as `??`, and a download site's
//! numbered notes.

mod common;

use common::{fixture, ids, task};

/// The titles of the document's framing sections (指导思想, 工作目标, …), in order.
fn framing(doc: &plandiff::Document) -> Vec<&str> {
    (doc.sections.iter())
        .filter(|s| s.auxiliary)
        .map(|s| s.title.as_str())
        .collect()
}

#[test]
fn items_ending_in_semicolons_under_a_bare_heading_are_tasks() {
    let doc = fixture("plan10_semicolon_items.txt");
    assert_eq!(
        ids(&doc),
        ["一", "二/1", "二/2", "二/3", "三/1", "三/2", "三/3"]
    );
    // Each item keeps its own figure.
    let counts = |id: &str| -> Vec<f64> {
        (task(&doc, id).targets.iter())
            .filter_map(|t| t.value)
            .collect()
    };
    assert_eq!(counts("三/1"), [1.0]);
    assert_eq!(counts("三/2"), [4.0]);
    assert_eq!(counts("三/3"), [3000.0]);
}

#[test]
fn items_ending_in_semicolons_after_an_introducing_sentence_are_its_details() {
    let text = "示例乡工作方案\n一、加强法治宣传。具体包括：\n1.开展以案说法；\n2.开展干部学法；\n3.开展宪法宣传。\n二、加强法律服务。\n";
    let doc = plandiff::parse_text(text, "details.txt");
    assert_eq!(ids(&doc), ["一", "二"]);
}

#[test]
fn agencies_bearing_a_duty_beside_the_leading_one_take_part() {
    let doc = fixture("plan10_semicolon_items.txt");
    let t = task(&doc, "一");
    assert_eq!(t.lead_units, ["乡依法治理领导小组"]);
    assert_eq!(t.responsible_units, ["乡司法所", "各村（社区）"]);
}

#[test]
fn an_agency_named_with_its_duty_in_prose_alone_is_no_unit() {
    // Without a sentence saying who does the task, `司法所具体负责…` describes one agency's
    // role in the work, as plans do in prose.
    let text = "示例县工作要点\n一、完善乡镇法治建设机制。乡镇政府每年至少专题研究法治建设工作1次。司法所具体负责法治建设的协调推进、督促检查工作。\n二、加强法律服务。\n";
    let doc = plandiff::parse_text(text, "prose.txt");
    let t = task(&doc, "一");
    assert!(
        t.lead_units.is_empty() && t.responsible_units.is_empty(),
        "{t:?}"
    );
}

#[test]
fn a_task_table_whose_cells_were_lost_gives_no_tasks_and_says_so() {
    // The group rows (`一、围绕稳经济促发展…`) over rows of empty cells head nothing.
    let doc = fixture("plan10_empty_table.txt");
    assert!(doc.tasks.is_empty(), "{:?}", ids(&doc));
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.starts_with("未读出任务表") && w.contains("牵头单位")),
        "{:?}",
        doc.warnings
    );
    // The table's caption is the title.
    assert_eq!(doc.title, "示例区2024年政务公开工作任务分解表");
}

#[test]
fn a_title_run_into_its_first_heading_and_items_after_headings_are_cut_apart() {
    // A page whose line breaks were all lost: the title runs into `一、`, each heading into its
    // `1、`, and the items restart at 1 under each heading.
    let doc = fixture("plan10_run_together.txt");
    assert_eq!(doc.title, "2024年示例镇法治建设工作要点");
    assert_eq!(
        ids(&doc),
        ["一/1", "一/2", "二/1", "二/2", "二/3", "三/1", "三/2"]
    );
    let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["抓好学法用法", "推进依法行政", "深化法治宣传"]);
    // `统一、规范` in a sentence is a word and a list comma, not a heading.
    assert!(task(&doc, "一/1").text.contains("统一、规范、有序"));
}

#[test]
fn a_viewers_chunk_numbers_are_no_items() {
    // A file-sharing site cut the text into chunks `1、` `2、` inside words (`法治` / `文化阵地`):
    // joined, the plan's own headings and items are read, and the title is the file's name.
    let doc = fixture("plan10_viewer_chunks.txt");
    assert_eq!(doc.title, "示例县法治乡村建设实施方案");
    assert_eq!(ids(&doc), ["三/(一)", "三/(二)", "三/(三)"]);
    assert_eq!(
        task(&doc, "三/(二)").heading,
        "建设法治文化阵地",
        "the word cut by the viewer is whole again"
    );
    // `二、工作目标到2025年底…`: the heading run into its goal sentence is cut after its title.
    let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["指导思想", "工作目标", "工作措施"]);
    assert_eq!(doc.goals.len(), 1);
    assert!(doc.goals[0].text.starts_with("到2025年底"));
}

#[test]
fn a_report_title_run_into_its_first_sentence_is_the_title() {
    let doc = fixture("plan10_report_inline.txt");
    assert_eq!(doc.title, "示例县2025年度法治政府建设情况报告");
    assert_eq!(doc.kind, plandiff::model::DocKind::Report);
    assert_eq!(ids(&doc), ["一/(一)", "一/(二)", "二/(一)", "二/(二)"]);
    // A report's figures are what was done.
    let t = task(&doc, "二/(二)");
    assert!(t
        .targets
        .iter()
        .all(|x| x.kind == plandiff::model::TargetKind::Achieved));
}

#[test]
fn a_decimal_outline_nests_its_levels() {
    // `1 总体要求` / `2.1 推进…` / `2.1.1 建设…`: three levels of one numbering, the tasks the
    // third, each with its own units and figures.
    let doc = fixture("plan10_decimal.txt");
    assert_eq!(doc.title, "示例市数字政府建设实施方案");
    assert_eq!(
        ids(&doc),
        ["2/2.1/2.1.1", "2/2.1/2.1.2", "2/2.2/2.2.1", "2/2.2/2.2.2"]
    );
    assert_eq!(task(&doc, "2/2.2/2.2.2").lead_units, ["市大数据局"]);
    assert_eq!(task(&doc, "2/2.2/2.2.2").responsible_units, ["市直各部门"]);
    // `1 总体要求` frames the plan and holds its goal.
    assert_eq!(framing(&doc), ["总体要求", "保障措施"]);
    assert_eq!(doc.goals.len(), 1);
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn an_outline_of_headings_alone_says_so() {
    let text = "示例市法治政府建设方案提纲\n一、背景分析\n1.1政策背景\n1.2现实需求\n二、问题定义\n2.1立法层面\n2.2执法层面\n";
    let doc = plandiff::parse_text(text, "outline.txt");
    assert!(
        doc.warnings.iter().any(|w| w.starts_with("任务只有标题")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn items_in_tortoise_shell_brackets_are_numbered() {
    let text = "示例县文旅局2024年工作计划\n一、打造文化振兴样板\n〔一〕突出重点打造。建设基层文化设施。\n〔二〕突出效能提升。抓好综合文化站改造。\n二、抓好文化市场管理\n〔一〕持续开展扫黄打非工作。\n";
    let doc = plandiff::parse_text(text, "tortoise.txt");
    assert_eq!(ids(&doc), ["一/(一)", "一/(二)", "二/(一)"]);
    // A document number's year in such brackets is no item.
    let text = "示例县文旅局2024年工作计划\n〔2024〕3号\n一、打造文化振兴样板。建设基层文化设施。\n二、抓好文化市场管理。开展扫黄打非工作。\n";
    let doc = plandiff::parse_text(text, "docno.txt");
    assert_eq!(ids(&doc), ["一", "二"]);
}

#[test]
fn an_indent_saved_as_question_marks_is_no_text() {
    let text = "示例区营商环境行动方案\n??一、提升服务能级\n??(一)提升线上服务。可网办率达到95%以上。\n??(二)强化线下服务。综合窗口比例提升到80%以上。\n";
    let doc = plandiff::parse_text(text, "qq.txt");
    assert_eq!(ids(&doc), ["一/(一)", "一/(二)"]);
    assert!(doc.tasks.iter().all(|t| !t.text.contains('?')));
}

#[test]
fn a_download_sites_numbered_notes_are_no_tasks() {
    // The site's notes are numbered lines; the plan itself lost its line breaks, its headings
    // run into their paragraphs (`（一）总体思路2024年，…`).
    let text = "如果您无法下载资料，请参考说明：\n1、部分资料下载需要金币，请确保您的账户上有足够的金币\n2、已购买过的文档，再次下载不重复扣费\n示例县交通运输局工作计划（一）总体思路2024年，全县交通运输工作紧紧围绕乡村振兴主线，不断优化干线公路网络。（二）预期目标全年完成交通基础设施投资10亿元，建成农村公路120公里。（三）重点工作1、加快公路建设。完成国道改建20公里。（牵头单位：县交通运输局）2、推进公交一体化。新开城乡公交线路3条。（牵头单位：县交通运输局）\n";
    let doc = plandiff::parse_text(text, "wenku.txt");
    assert_eq!(ids(&doc), ["(三)/1", "(三)/2"]);
    assert_eq!(framing(&doc), ["总体思路", "预期目标"]);
}

#[test]
fn a_text_opening_on_an_account_of_the_year_is_a_report() {
    let text = "根据通知要求，我们逐项梳理了年度任务完成情况。\n一、总体情况\n2023年，全委46项绩效任务全部完成，318件建议提案全部办理完毕。\n二、主要做法和工作成效\n（一）强化责任担当\n1.推动优质医疗资源扩容。东院开诊运行，新增床位500张。\n";
    let doc = plandiff::parse_text(text, "account.txt");
    assert_eq!(doc.kind, plandiff::model::DocKind::Report);
}

#[test]
fn a_plan_set_out_right_after_its_notice_is_read_as_the_plan() {
    // The notice's requirements (`一、` … `三、`) are followed by the plan's items, with no
    // title line between: the items are the plan's tasks, named by the notice.
    let text = "各县区人民政府：\n现将《示例市分工落实方案》印发给你们，请认真贯彻实施。\n一、高度重视，认真研究政策。各县区要认真学习研究。\n二、压实责任，推动工作落实。各牵头单位要统筹落实任务事项。\n三、加强督导，健全推进机制。市发展改革委负责统一督导调度。\n1.深化动能转换，形成一批成功经验。（牵头单位：市发展改革委）\n2.加快培育新兴产业，新增高新技术企业100家。（牵头单位：市科技局）\n";
    let doc = plandiff::parse_text(text, "notice.txt");
    assert_eq!(doc.title, "示例市分工落实方案");
    assert_eq!(ids(&doc), ["1", "2"]);
    assert_eq!(task(&doc, "2").lead_units, ["市科技局"]);
}

#[test]
fn sections_headed_by_jianchi_over_numbered_work_are_no_principles() {
    // `一、坚持…` over `1.…` items is a section of work; a list of `坚持…` paragraphs alone is
    // a plan's principles.
    let text = "示例市水利局2025年工作计划\n一、坚持智慧水利理念，严防水旱灾害\n1.优化防汛指挥系统。梳理重构防汛体系。\n2.优化水情报汛平台。新建自动监测站10个。\n二、坚持项目为王理念，加速设施建设\n1.新建示例水库。完成主体工程。\n";
    let doc = plandiff::parse_text(text, "jianchi.txt");
    assert_eq!(ids(&doc), ["一/1", "一/2", "二/1"]);
    let text = "示例市工作方案\n一、基本要求\n（一）坚持人民至上。把群众满意作为标准。\n（二）坚持问题导向。聚焦突出问题。\n二、重点任务\n（一）优化政务服务。网上可办率达到98%。\n（二）规范执法行为。开展案卷评查2次。\n";
    let doc = plandiff::parse_text(text, "principles.txt");
    assert_eq!(ids(&doc), ["二/(一)", "二/(二)"]);
}

#[test]
fn a_sites_metadata_table_gives_the_title() {
    let text = "字体大小：【大】 【中】 【小】\n| 索引号：000014349/2022-83299 | |\n| 发文机关：示例镇人民政府 | 主题词：工作计划 |\n| 标题：示例镇人民政府2023年工作计划 | |\n一是扎实推进产业强镇。新建蔬菜大棚50个。\n二是全面推进党的建设。开展党员培训4次。\n";
    let doc = plandiff::parse_text(text, "meta.txt");
    assert_eq!(doc.title, "示例镇人民政府2023年工作计划");
}
