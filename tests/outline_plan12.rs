//! Outline forms met in real plans (invented 示例 places): a list numbered the way phone
//! platforms post it, each number alone on a line over its item (`01` / `推动…` / `02`).

#[test]
fn numbers_alone_on_their_lines_over_their_items_number_the_items() {
    let doc = plandiff::parse_text(
        "示例区2024年十大民生实事项目出炉\n\n会上票决产生了3项民生实事\n\n具体如下\n\n01\n\n推动区第六人民医院二期工程建设；\n\n02\n\n新建、改扩建16所公办义务教育学校，新增学位约3.8万座；\n\n03\n\n统筹推进非机动车道建设90公里。\n",
        "post.txt",
    );
    let tasks: Vec<(&str, &str)> = (doc.tasks.iter())
        .map(|t| (t.id.as_str(), t.heading.as_str()))
        .collect();
    assert_eq!(
        tasks,
        [
            ("1", "推动区第六人民医院二期工程建设"),
            ("2", "新建、改扩建16所公办义务教育学校，新增学位约3.8万座"),
            ("3", "统筹推进非机动车道建设90公里"),
        ]
    );
    let km: Vec<f64> = (doc.tasks.iter())
        .flat_map(|t| t.targets.iter())
        .filter(|g| g.unit == "公里")
        .filter_map(|g| g.value)
        .collect();
    assert_eq!(km, [90.0]);
}

#[test]
fn a_two_figure_number_alone_that_starts_no_list_is_left_as_it_is() {
    // A page number `02` between paragraphs, and a lone `01`: no list of numbers over items.
    let text = "示例市2024年工作要点\n一、推进法治建设。加强学法。\n02\n二、推进执法规范。完善制度。\n01\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["一", "二"]);
}

#[test]
fn items_inline_in_one_sentence_are_read_past_a_news_sites_comment_box() {
    // The comment box's `12 我来说两句` is no numbered line of the text (before: the only task,
    // `12`, and the items inline in the sentence unread).
    let doc = plandiff::parse_text(
        "示例市十件民生实事出炉\n今年票决产生的民生实事项目包括：一、推进100个老旧小区改造；二、提升生活垃圾转运处理设施；三、实施中心城区停车改善工程。\n12 我来说两句…\n",
        "news.txt",
    );
    let tasks: Vec<(&str, &str)> = (doc.tasks.iter())
        .map(|t| (t.id.as_str(), t.heading.as_str()))
        .collect();
    assert_eq!(
        tasks,
        [
            ("一", "推进100个老旧小区改造"),
            ("二", "提升生活垃圾转运处理设施"),
            ("三", "实施中心城区停车改善工程"),
        ]
    );
    assert!(
        doc.warnings.iter().all(|w| !w.contains("编号不连续")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn a_download_sites_numbered_notes_are_no_tasks() {
    let doc = plandiff::parse_text(
        "示例区2024年卫生工作计划\n友情提示\n2、PDF文件下载后，可能会被浏览器默认打开，请保存到桌面。\n3、本站不支持迅雷下载，请使用电脑自带的浏览器下载即可。\n一、加强病媒生物防治。落实防治人员和经费。（责任单位：区爱卫办）\n二、加强医疗废弃物管理。做到规范处置。（责任单位：区卫健局）\n",
        "doc.txt",
    );
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["一", "二"]);
}

#[test]
fn a_title_like_line_between_two_items_of_one_list_is_no_title() {
    // `实施…五年行动` reads as a plan's title, but it stands between items 2 and 3 of a list.
    let doc = plandiff::parse_text(
        "2022年工作回顾\n1.城镇新增就业1269万人。\n2.粮食产量1.37万亿斤。\n实施农村人居环境整治提升五年行动\n3.提高学生营养改善计划补助标准。\n示例县2022年农业农村工作要点\n1.完善和强化农业支持政策。\n2.新建高标准农田5万亩。\n",
        "news.txt",
    );
    assert_eq!(doc.title, "示例县2022年农业农村工作要点");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["1", "2"]);
}

#[test]
fn a_title_quoting_a_document_over_three_lines_is_read_whole() {
    let doc = plandiff::parse_text(
        "示例市人民政府\n关于《示例市人大常委会对〈示例市\n环境保护工作情况的报告〉的\n审议意见》研究处理情况的报告\n一、加强舆论引导\n（一）加强舆论引导。推出系列报道。\n",
        "report.txt",
    );
    // Before: its last two lines only.
    assert_eq!(
        doc.title,
        "关于《示例市人大常委会对〈示例市环境保护工作情况的报告〉的审议意见》研究处理情况的报告"
    );
}

#[test]
fn a_news_pages_credit_lines_are_no_part_of_the_last_item() {
    let doc = plandiff::parse_text(
        "示例县今年办好3件民生实事\n一是系统治理停车难，增加公共停车位。\n二是对25条瓶颈路进行改造提升。\n三是开通县城公交线路，实现公交全覆盖。\n采写：示例晚报记者 陈某\n来源：示例晚报\n",
        "news.txt",
    );
    let last = doc.tasks.last().expect("three tasks");
    assert_eq!(last.text, "开通县城公交线路，实现公交全覆盖。");
    // A plan's own `资金来源：` line is no credit line.
    let plan = plandiff::parse_text(
        "示例县2025年工作要点\n一、建设公园。新建公园3个。\n资金来源：县财政安排专项资金。\n",
        "plan.txt",
    );
    assert!(
        plan.tasks[0].text.contains("资金来源"),
        "{}",
        plan.tasks[0].text
    );
}

#[test]
fn numbers_alone_over_numbered_items_head_sections() {
    let doc = plandiff::parse_text(
        "示例市2024年优化营商环境工作方案\n01\n提升政务服务效能\n1.推行一件事一次办，新增集成服务事项20项。\n2.压缩企业开办时间至1个工作日内。\n02\n优化市场环境\n1.开展公平竞争审查。\n2.新增市场主体1万户。\n",
        "post.txt",
    );
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["一/1", "一/2", "二/1", "二/2"]);
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn a_sites_column_named_in_a_task_is_no_comment_box() {
    let doc = plandiff::parse_text(
        "示例市2024年政务公开工作要点\n1.优化政府网站“我来说两句”栏目，及时回应网民留言；\n2.引导党员干部不在网络上随意发表评论、转发不实信息；\n3.新增政策解读100篇；\n",
        "plan.txt",
    );
    assert_eq!(doc.tasks.len(), 3);
}

#[test]
fn a_table_copied_as_records_each_cell_under_its_label_is_read_as_rows() {
    let doc = plandiff::parse_text(
        "示例县政府工作报告任务分解\n具体任务\n全面完成老年人群疫苗接种；中医院门诊楼建成投运。\n责任单位\n卫健局、文旅局\n配合单位\n各乡镇\n完成时限\n12月底前\n\n具体任务\n新建农村公路50公里。\n责任单位\n交通局\n完成时限\n10月底前\n",
        "table.txt",
    );
    // A row as `(heading, responsible units, deadlines)`.
    type Row<'d> = (&'d str, Vec<&'d str>, Vec<Option<&'d str>>);
    let rows: Vec<Row> = (doc.tasks.iter())
        .map(|t| {
            (
                t.heading.as_str(),
                t.responsible_units.iter().map(String::as_str).collect(),
                t.targets.iter().map(|g| g.deadline.as_deref()).collect(),
            )
        })
        .collect();
    assert_eq!(doc.title, "示例县政府工作报告任务分解");
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(rows[0].1, ["卫健局", "文旅局", "各乡镇"]);
    assert!(rows[0].2.contains(&Some("12月底前")), "{rows:?}");
    assert_eq!(rows[1].0, "新建农村公路50公里");
    assert_eq!(rows[1].1, ["交通局"]);
}
