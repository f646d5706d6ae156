//! Forms met in real plans (invented 示例 places), session 33: what document sites set into a
//! plan's text (their marks after a line, the end of a preview, a link to the rest).

/// Each task's heading and the end of its text (the last 12 characters).
fn tasks_and_ends(text: &str) -> Vec<(String, String)> {
    (plandiff::parse_text(text, "示例.txt").tasks.iter())
        .map(|t| {
            let chars: Vec<char> = t.text.chars().collect();
            let end: String = chars[chars.len().saturating_sub(12)..].iter().collect();
            (t.heading.clone(), end)
        })
        .collect()
}

/// The section titles of `text`.
fn section_titles(text: &str) -> Vec<String> {
    (plandiff::parse_text(text, "示例.txt").sections.iter())
        .map(|s| s.title.clone())
        .collect()
}

const SITE_MARKED: &str = "示例市科学技术局2025年工作计划\n\
    一、聚焦创新主体培育，打造发展“主力军” 示例汇,办公文档之家\n\
    1、加快高新技术企业培育。建立培育库，强化跟踪服务。新增高新技术企业30家以上。 示例汇 www.shiliwenku.com\n\
    2、加快科技型中小企业培育。开展入库评价，评价入库企业200家以上。 示例稿,范文学习文库\n\
    二、强化科技人才支撑\n\
    3、引进高层次人才。全年引进科技人才团队5个。\n";

#[test]
fn a_sites_mark_after_a_line_is_no_plan_text() {
    // Before: `示例汇 www.shiliwenku.com` ended task 1's text and the site's name the section's
    // title, so two copies of a plan from two sites compared as reworded.
    let ends = tasks_and_ends(SITE_MARKED);
    let headings: Vec<&str> = ends.iter().map(|(h, _)| h.as_str()).collect();
    assert_eq!(
        headings,
        [
            "加快高新技术企业培育",
            "加快科技型中小企业培育",
            "引进高层次人才"
        ]
    );
    for ((_, end), want) in ends.iter().zip(["30家以上。", "200家以上。", "团队5个。"])
    {
        assert!(end.ends_with(want), "{end}");
    }
    assert_eq!(
        section_titles(SITE_MARKED)[0],
        "聚焦创新主体培育，打造发展“主力军”"
    );
}

#[test]
fn a_plans_own_words_of_sites_and_addresses_stay() {
    // An address the plan gives, a library it builds, a sentence after a space: its text.
    let text = "示例县2025年政务公开工作要点\n\
        一、深化政务公开\n\
        1、办好政府网站。在县政府门户网站（www.shilixian.gov.cn）公开政策文件。\n\
        2、建设数字资源。建成地方文献 数字文库。\n\
        3、推进阅读推广。开展阅读活动10场。 建设示例县范文学习专栏，每月更新。\n";
    let ends = tasks_and_ends(text);
    assert!(ends[0].1.ends_with("cn）公开政策文件。"), "{ends:?}");
    assert!(ends[1].1.ends_with("数字文库。"), "{ends:?}");
    assert!(ends[2].1.ends_with("专栏，每月更新。"), "{ends:?}");
}

#[test]
fn a_previews_end_and_a_link_to_the_rest_are_chrome() {
    // Before: `文稿预览结束…` and `查看详情` joined the last task's text.
    let text = "示例区文化旅游局2025年工作计划\n\
        一、完善公共文化服务\n\
        1、推进总分馆建设。建成分馆5个，服务点20个。\n\
        2、开展文化惠民活动。全年送戏下乡不少于100场。\n\
        文稿预览结束，查看原文请点击下方加入会员全站免费下载\n";
    let ends = tasks_and_ends(text);
    assert!(ends[1].1.ends_with("不少于100场。"), "{ends:?}");
    let linked = "示例区文化旅游局2025年工作计划\n\
        一、完善公共文化服务\n\
        1、推进总分馆建设。建成分馆5个，服务点20个。\n\
        2、开展文化惠民活动。全年送戏下乡不少于100场\n\
        查看详情\n";
    let ends = tasks_and_ends(linked);
    assert!(ends[1].1.ends_with("不少于100场"), "{ends:?}");
    // A task that asks to add a member or to check details is the plan's.
    let own = "示例区文化旅游局2025年工作计划\n\
        一、完善公共文化服务\n\
        1、壮大志愿队伍。鼓励群众加入会员制志愿服务队。\n\
        2、查看详情清单。逐项核对。\n";
    assert_eq!(tasks_and_ends(own).len(), 2);
}

/// The headings of the tasks of `text`.
fn headings(text: &str) -> Vec<String> {
    (plandiff::parse_text(text, "示例.txt").tasks.iter())
        .map(|t| t.heading.clone())
        .collect()
}

#[test]
fn a_plans_account_of_work_done_holds_no_task_as_a_paragraph_either() {
    // Before: `一、主要指标完成情况` with its paragraph of last year's figures was a task (and its
    // figures targets), while `二、2024年工作完成情况` over items was rightly none.
    let text = "示例县统计局2024年工作总结暨2025年工作计划\n\
        一、主要指标完成情况\n\
        2024年全县地区生产总值完成120.5亿元，增速4.1%；固定资产投资增速-3.2%。\n\
        二、2024年工作完成情况\n\
        （一）做好经济普查。按时完成普查登记。\n\
        （二）加强统计执法。开展执法检查12次。\n\
        三、2025年工作计划\n\
        （一）提升数据质量。全年开展数据质量核查4次。\n\
        （二）强化统计服务。编印统计年鉴1部。\n";
    assert_eq!(headings(text), ["提升数据质量", "强化统计服务"]);
    let doc = plandiff::parse_text(text, "示例.txt");
    assert!(doc
        .tasks
        .iter()
        .all(|t| t.targets.iter().all(|x| x.value != Some(120.5))));
}

#[test]
fn a_periods_achievements_named_after_its_field_are_an_account() {
    // Before: a 规划's `一、“十四五”时期…事业发展的主要成就` (longer than the titles read by their
    // ending) gave its sub-items, last period's results, as tasks.
    let text = "示例区人力资源和社会保障事业发展“十五五”规划\n\
        一、“十四五”时期示例区人力资源和社会保障事业发展的主要成就\n\
        （一）就业局势保持稳定。五年累计新增城镇就业5.2万人。\n\
        （二）社保覆盖持续扩大。基本养老保险参保人数达到40万人。\n\
        二、主要任务\n\
        （一）实施就业优先战略。每年新增城镇就业1万人以上。\n\
        （二）完善社会保障体系。基本养老保险参保率达到95%。\n";
    assert_eq!(headings(text), ["实施就业优先战略", "完善社会保障体系"]);
}

#[test]
fn work_on_past_results_stays_work() {
    // A plan's own items on building on results, or a task of a section of their own, stay.
    let text = "示例镇2025年工作计划\n\
        一、巩固脱贫攻坚的主要成效\n\
        （一）落实帮扶政策。全年走访脱贫户200户。\n\
        （二）发展特色产业。新建产业基地2个。\n\
        二、提升工作成效\n\
        全年开展作风整顿3次。\n";
    assert_eq!(
        headings(text),
        ["落实帮扶政策", "发展特色产业", "提升工作成效"]
    );
}

#[test]
fn a_paragraph_after_a_list_of_one_line_items_closes_the_text() {
    // Before: `票决后，…` after the last of ten one-line projects was the last project's text.
    let text = "示例区2025年民生实事项目\n\n01\n\n新建公办义务教育学校5所；\n\n02\n\n\
        建设街心公园10个；\n\n03\n\n建设非机动车道50公里；\n\n04\n\n推进老旧电梯更新改造。\n\n\n\
        票决后，区政府将加强各项保障，确保项目圆满完成。\n";
    let ends = tasks_and_ends(text);
    assert_eq!(ends.len(), 4, "{ends:?}");
    assert!(ends[3].1.ends_with("推进老旧电梯更新改造。"), "{ends:?}");
}

#[test]
fn a_paragraph_inside_a_list_or_after_items_with_bodies_stays_the_items() {
    // The list goes on after the paragraph: it is the item's.
    let text = "示例区2025年民生实事项目\n\n1.新建公办学校5所；\n2.建设街心公园10个；\n\
        3.建设非机动车道50公里。\n\n其中城区30公里。\n\n4.推进老旧电梯更新改造。\n";
    let ends = tasks_and_ends(text);
    assert!(ends[2].1.ends_with("其中城区30公里。"), "{ends:?}");
    // Items whose text comes in paragraphs after a blank line keep their last one.
    let text = "示例县2025年工作要点\n\n1.加强学法。\n\n每年组织学法4次。\n\n2.规范执法。\n\n\
        开展案卷评查2次。\n\n3.强化监督。\n\n开展专项督察3次。\n";
    let ends = tasks_and_ends(text);
    assert!(ends[2].1.ends_with("开展专项督察3次。"), "{ends:?}");
}

#[test]
fn a_headings_points_run_on_after_it_are_its_items() {
    // A page that lost the line break after a heading (`一、重点工作一是…。二是…`), on a short
    // line and in a text run into one line: before, the heading took the first point's title
    // (`重点工作一是改善空气质量`) and the points stayed its text, while the same plan with
    // its line breaks had the points as tasks.
    let broken = "示例市生态环境局2025年工作计划\n\
        一、治气工作\n一是改善空气质量。细颗粒物浓度控制在30微克/立方米以内。\n\
        二是加强扬尘管控。整治工地20个。\n\
        二、治水工作\n一是巩固水质。国考断面达标率保持100%。\n二是治理黑臭水体。完成整治5条。\n";
    let lost = broken
        .replace("工作\n一是", "工作一是")
        .replace("。\n二是", "。二是");
    let want = ["改善空气质量", "加强扬尘管控", "巩固水质", "治理黑臭水体"];
    assert_eq!(headings(broken), want);
    assert_eq!(headings(&lost), want, "{lost}");
    let run_on = format!(
        "{}{}",
        lost.replace('\n', " "),
        "各单位要抓好落实。".repeat(80)
    );
    assert_eq!(headings(&run_on), want);
}

#[test]
fn a_word_ending_in_yi_before_shi_is_no_point() {
    // `标准统一是关键` and `其一是` are words, not a first point.
    let text = "示例县2025年工作要点\n\
        一、标准统一是关键，二是推进统一标准。\n\
        二、规范执法。开展案卷评查。\n";
    assert_eq!(headings(text).len(), 2, "{:?}", headings(text));
}

#[test]
fn a_section_on_how_the_work_went_holds_no_task() {
    // Before: `一、工作开展情况` over its points gave last half-year's work as tasks.
    let text = "示例区信访局2025年上半年工作开展情况和下半年工作计划\n\
        一、工作开展情况\n（一）越级访治理效果较好。上半年化解积案30件。\n\
        （二）初信初访办理及时。按期办结率达到98%。\n\
        二、下半年工作计划\n（一）深化积案化解。年底前化解积案20件。\n\
        （二）提升办理质效。按期办结率保持在95%以上。\n";
    assert_eq!(headings(text), ["深化积案化解", "提升办理质效"]);
}

#[test]
fn a_date_written_as_a_decimal_is_no_items_number() {
    // Before: `4.27日，…召开` was item `4.27` of a decimal outline (a news item's two copies
    // of the paragraph, two tasks).
    let text = "示例区节约型机关创建工作推进会召开\n\
        4.27日，示例区召开节约型机关创建工作推进会。会议要求到2025年底，75%以上的机关达到创建要求。\n";
    assert!(headings(text).is_empty(), "{:?}", headings(text));
}

#[test]
fn review_near_misses_of_the_sessions_outline_rules() {
    // A paragraph with a figure after the last one-line item finishes it.
    let text = "示例县2025年工作要点\n\n1.推进城中村改造。\n2.建设口袋公园10个。\n3.实施老旧小区改造。\n\n\
        改造示例小区等12个小区，年底前全部完工。\n";
    let ends = tasks_and_ends(text);
    assert!(ends[2].1.ends_with("年底前全部完工。"), "{ends:?}");
    // A section on some work that went on, and task-level items on progress, are work.
    let text =
        "示例县2025年安全生产工作方案\n一、宣传教育开展情况\n（一）开展安全宣传进企业活动20场。\n\
        （二）培训企业负责人500人次。\n二、重点任务\n（一）深化隐患排查。开展隐患排查4次。\n\
        （二）工作进展情况。各牵头单位每月5日前报送上月工作进展情况。\n\
        （三）2025年工作完成情况。年底前完成全部任务。\n";
    assert_eq!(headings(text).len(), 5, "{:?}", headings(text));
    // A plan's own words of templates and its own web addresses stay.
    let text = "示例县2025年机关事务工作要点\n一、提升公文质量\n\
        1、开展公文评比。组织机关公文质量评比活动。 优秀公文范文汇编\n\
        2、推进网上办理。全部事项在政务服务网办理。 网址：www.shili.gov.cn\n\
        3、公开办事指南。指南在网上公开。 http://zwfw.shili.gov.cn\n";
    let ends = tasks_and_ends(text);
    assert!(ends[0].1.ends_with("范文汇编"), "{ends:?}");
    assert!(ends[1].1.ends_with("gov.cn"), "{ends:?}");
    assert!(ends[2].1.ends_with("gov.cn"), "{ends:?}");
}

#[test]
fn a_title_whose_years_a_pdf_set_apart_is_whole() {
    // A PDF's text with each run of digits on a line of its own: before, the title was the
    // last piece (`2025年工作计划`), the issuer and the first year lost.
    let text = "示例县城市管理局\n2024\n年工作总结及\n2025\n年工作计划\n\
        一、2025年工作计划\n（一）加强市容管理。整治占道经营100处。\n（二）推进垃圾分类。覆盖率达到90%。\n";
    let doc = plandiff::parse_text(text, "示例.txt");
    assert_eq!(doc.title, "示例县城市管理局2024年工作总结及2025年工作计划");
    let text = "示例县城市管理局\n2025\n年工作计划\n一、加强市容管理。整治占道经营100处。\n\
        二、推进垃圾分类。覆盖率达到90%。\n";
    assert_eq!(
        plandiff::parse_text(text, "示例.txt").title,
        "示例县城市管理局2025年工作计划"
    );
    // An issuer above a title that names its place stays apart.
    let text =
        "示例县城市管理局\n示例县2025年市容管理工作计划\n一、加强市容管理。整治占道经营100处。\n\
        二、推进垃圾分类。覆盖率达到90%。\n";
    assert_eq!(
        plandiff::parse_text(text, "示例.txt").title,
        "示例县2025年市容管理工作计划"
    );
}

#[test]
fn third_review_near_misses() {
    // An issuer above a title that names its place after its year, a website's name, and a
    // cover letter's signature do not start the title.
    for (text, title) in [
        (
            "示例县城市管理局\n2025\n年示例县城市管理工作计划\n",
            "2025年示例县城市管理工作计划",
        ),
        ("示例县人民政府网\n2025\n年工作计划\n", "2025年工作计划"),
        (
            "现将计划印发给你们，请认真贯彻执行。\n示例县人民政府办公室\n2025\n年工作计划\n",
            "2025年工作计划",
        ),
    ] {
        let text = format!(
            "{text}一、加强市容管理。整治占道经营100处。\n二、推进垃圾分类。覆盖率达到90%。\n"
        );
        assert_eq!(
            plandiff::parse_text(&text, "示例.txt").title,
            title,
            "{text}"
        );
    }
    // A half-year's or a period's account looks back.
    let text = "示例区2025年上半年工作总结和下半年工作计划\n一、上半年工作开展情况\n\
        （一）化解积案。化解积案30件。\n（二）办理信访。办结率达到98%。\n\
        二、下半年工作计划\n（一）深化积案化解。年底前化解积案20件。\n（二）提升办理质效。办结率保持在95%以上。\n";
    assert_eq!(headings(text), ["深化积案化解", "提升办理质效"]);
    // A closing on the whole list closes it, figures or not.
    let text = "示例县2025年工作要点\n\n1.推进城中村改造。\n2.建设口袋公园10个。\n3.实施老旧小区改造。\n\n\
        以上3项工作由县住建局牵头负责。\n";
    let ends = tasks_and_ends(text);
    assert!(ends[2].1.ends_with("实施老旧小区改造。"), "{ends:?}");
    // A plan's own address after a label, and its own 文库 in quotes, stay.
    let text = "示例县2025年城市管理工作要点\n一、提升服务\n\
        1、公开办事指南。指南在网上公开。 咨询网址www.shili.cn\n\
        2、建设资料库。整理执法案例。 建设“城管文库”\n";
    let ends = tasks_and_ends(text);
    assert!(ends[0].1.ends_with("shili.cn"), "{ends:?}");
    assert!(ends[1].1.ends_with("城管文库”"), "{ends:?}");
}
