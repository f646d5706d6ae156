//! Notices and titles of forms met in real plans (invented 示例 places): a notice that sends a
//! plan without `印发` or with no numbered line, a notice's list of attachments, and titles given
//! in a site's metadata.

use plandiff::parse_text;

/// Whether the text is told to be a notice alone, and the plan it names.
fn notice_plan(warnings: &[String]) -> Option<String> {
    let w = warnings.iter().find(|w| w.starts_with("只有印发通知"))?;
    let at = w.find("附件《")? + "附件《".len();
    Some(w[at..].split('》').next()?.to_string())
}

#[test]
fn a_notice_handing_out_a_breakdown_is_no_plan() {
    // `现将…分解给你们`: no `印发`, no `《》` around what is sent.
    let text = "示例市人民政府办公室关于2025年市《政府工作报告》目标任务责任分解的通知\n各镇人民政府、街道办事处，市直各单位：\n为确保全年各项目标任务圆满完成，现将2025年市《政府工作报告》目标任务责任分解给你们，请各单位认真对照任务，抓好落实。有关事项通知如下：\n一、提高认识，压实责任。各部门要切实提高思想认识，确保各项目标任务不折不扣完成。\n二、细化措施，合力推进。各部门要对照目标，细化任务分解，加强分工协作。\n示例市人民政府办公室\n2025年1月24日\n";
    let doc = parse_text(text, "通知.txt");
    assert!(doc.tasks.is_empty(), "{:?}", doc.tasks);
    // The sending sentence is no goal of the year.
    assert!(doc.goals.is_empty(), "{:?}", doc.goals);
    // The plan's own quotes become inner ones inside the warning's.
    assert_eq!(
        notice_plan(&doc.warnings).as_deref(),
        Some("2025年市〈政府工作报告〉目标任务责任分解")
    );
}

#[test]
fn a_plan_agreed_and_sent_names_the_title_and_the_attachment() {
    // `《…》已经…同意，现印发给你们`, with no numbered line at all.
    let text = "各县（区）人民政府，市政府各部门：\n《示例市2022年政务公开工作要点分工方案》已经市人民政府同意，现印发给你们，请认真贯彻执行。\n各地、各部门要坚持全市政务公开工作一盘棋，建立本地区重点任务台账，确保落实到位。\n示例市人民政府办公厅\n2022年5月10日\n";
    let doc = parse_text(text, "分工.txt");
    assert_eq!(doc.title, "示例市2022年政务公开工作要点分工方案");
    assert_eq!(
        notice_plan(&doc.warnings).as_deref(),
        Some("示例市2022年政务公开工作要点分工方案")
    );
    assert!(
        !doc.warnings.iter().any(|w| w.starts_with("未找到编号任务")),
        "{:?}",
        doc.warnings
    );
    // With a requirement numbered after it, the same.
    let text = text.replace("各地、各部门要", "一、加强组织领导。各地、各部门要");
    let doc = parse_text(&text, "分工.txt");
    assert!(doc.tasks.is_empty(), "{:?}", doc.tasks);
    assert!(notice_plan(&doc.warnings).is_some(), "{:?}", doc.warnings);
}

#[test]
fn a_notice_sending_a_plan_set_out_below_keeps_its_tasks() {
    // The plan follows the notice with its own title: its items are tasks.
    let text = "各县（区）人民政府，市政府各部门：\n《示例市2024年法治政府建设工作要点》已经市人民政府同意，现印发给你们，请认真贯彻执行。\n示例市人民政府办公室\n示例市2024年法治政府建设工作要点\n一、加强行政执法监督。年内开展执法案卷评查不少于2次。（牵头单位：市司法局）\n二、推进行政复议规范化建设。行政复议案件按期办结率达到100%。（牵头单位：市司法局）\n";
    let doc = parse_text(text, "要点.txt");
    assert_eq!(doc.tasks.len(), 2, "{:?}", doc.warnings);
    assert_eq!(notice_plan(&doc.warnings), None);
}

#[test]
fn entries_under_an_attachment_label_are_no_tasks() {
    let text = "关于召开《示例市健康行动实施方案（征求意见稿）》征求意见会的通知\n市直有关单位：\n市卫健委牵头起草了《示例市健康行动实施方案（征求意见稿）》，拟于近期召开征求意见会，具体时间另行通知。请各参会单位认真研究，提出修改意见。\n附件：\n\n1.参会单位名单\n\n2.《示例市健康行动实施方案（征求意见稿）》（考核指标框架、推进委员会成员名单）\n\n2020年10月21日\n";
    let doc = parse_text(text, "会议.txt");
    assert!(doc.tasks.is_empty(), "{:?}", doc.tasks);
    // Work numbered under a label that heads a section of work is still work.
    let text = "示例区2024年工作计划\n一、重点任务\n1.制定示例区优化营商环境实施方案，年内印发。\n2.开展营商环境评价，形成评价报告。\n";
    assert_eq!(parse_text(text, "计划.txt").tasks.len(), 2);
}

#[test]
fn titles_in_a_sites_metadata_are_read() {
    // A notice's title in a `标题：` line gives the plan it sends.
    let text = "- 索 引 号：SL001-2025-00003\n- 发布机构：示例市人民政府办公室\n- 标题：示例市人民政府办公室关于2025年市《政府工作报告》目标任务责任分解的通知\n- 发布日期：2025-01-26\n各镇人民政府、街道办事处，市直各单位：\n为确保全年各项目标任务圆满完成，现将2025年市《政府工作报告》目标任务责任分解给你们。有关事项通知如下：\n一、提高认识，压实责任。各部门要切实提高思想认识。\n二、细化措施，合力推进。各部门要对照目标细化分解。\n";
    assert_eq!(
        parse_text(text, "02.txt").title,
        "2025年市《政府工作报告》目标任务责任分解"
    );
    // A row of metadata cells above the title line is no body text.
    let text = "索引号 | 11330283734263790N/2025-164263 | 组配分类 | 民生实事 | 主题分类 | 政务公开 |\n2025年示例区十大民生实事项目进展表\n示例区持续推进民生实事项目建设，各项目进展顺利，现将进展情况公布如下。\n";
    assert_eq!(
        parse_text(text, "15.txt").title,
        "2025年示例区十大民生实事项目进展表"
    );
}

#[test]
fn a_plan_handed_out_with_figures_keeps_its_tasks() {
    // `现将…分解给你们` over items with figures of their own: a plan's tasks, not requirements.
    let text = "示例区2024年重点工作任务分解\n现将2024年重点工作任务分解给你们，请认真抓好落实。\n1.加快项目建设。各单位要确保全年完成固定资产投资50亿元。\n2.优化营商环境。各部门要确保政务服务事项网上可办率达到98%。\n3.改善民生。各单位要确保新增城镇就业5000人。\n";
    let doc = parse_text(text, "分解.txt");
    assert_eq!(doc.tasks.len(), 3, "{:?}", doc.warnings);
    assert_eq!(notice_plan(&doc.warnings), None);
    // A notice of results sent (`通报给你们`) sends no plan.
    let text = "示例市人民政府办公室关于2023年度目标责任考核结果的通报\n各县（区）人民政府，市直各单位：\n根据年度目标责任考核办法，现将2023年度目标责任考核结果通报给你们。希望受表彰的单位再接再厉。\n示例市人民政府办公室\n2024年2月1日\n";
    assert_eq!(notice_plan(&parse_text(text, "通报.txt").warnings), None);
}

#[test]
fn a_plans_items_under_an_attachment_label_stay_tasks() {
    // Items going on to deeper ones, with figures: the plan attached, set out.
    let text = "示例区人民政府关于印发2024年重点工作任务的通知\n各街道、区直各部门：\n现将2024年重点工作任务印发给你们，请认真贯彻落实。\n附件：\n一、稳增长\n1.地区生产总值增长6%左右\n2.规上工业增加值增长7%\n二、惠民生\n3.新增城镇就业5000人\n4.城镇调查失业率控制在5.5%以内\n";
    assert_eq!(parse_text(text, "通知.txt").tasks.len(), 4);
    // Headings of work under the label are work.
    let text = "示例区2024年工作要点\n附件：\n1.深化商事制度改革\n2.推动政务服务标准化\n3.加快数字政府建设\n4.优化企业开办流程\n";
    assert_eq!(parse_text(text, "要点.txt").tasks.len(), 4);
}

#[test]
fn an_aim_carried_out_is_no_purpose_clause() {
    // `实现将…控制在…`: the aim's `将`, not a notice's `现将…`.
    let text = "示例市2024年大气污染防治工作要点\n力争全年空气质量优良天数比例达到85%以上，实现将PM2.5平均浓度控制在30微克/立方米以内。\n一、重点任务\n1.推进工业污染治理。完成20家企业超低排放改造。\n2.推进移动源治理。淘汰老旧车辆500辆。\n";
    let doc = parse_text(text, "大气.txt");
    let metrics: Vec<&str> = (doc.goals.iter())
        .flat_map(|g| &g.targets)
        .map(|t| t.metric.as_str())
        .collect();
    assert!(metrics.contains(&"PM2.5平均浓度"), "{metrics:?}");
}

#[test]
fn a_heading_alone_on_its_line_ends_before_its_body() {
    // Headings set on lines of their own, their bodies below.
    let text = "示例镇2026年度工作计划\n一、深化基层党建引领\n（一）建强骨干队伍体系\n坚持“书记抓、抓书记”责任链条，升级镇村两级党建责任清单。\n（二）创新党员教育管理\n严格落实“三会一课”制度，确保组织生活全覆盖。\n";
    let doc = parse_text(text, "镇.txt");
    let texts: Vec<&str> = doc.tasks.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            // Before: `建强骨干队伍体系坚持“书记抓…`, one run-on sentence.
            "建强骨干队伍体系。坚持“书记抓、抓书记”责任链条，升级镇村两级党建责任清单。",
            "创新党员教育管理。严格落实“三会一课”制度，确保组织生活全覆盖。",
        ]
    );
    assert_eq!(doc.tasks[0].heading, "建强骨干队伍体系");
    // A sentence wrapped mid-way (a PDF's line ends) is joined as it is: the next line goes
    // on with it (`达到…`, `等…`), or the plan sets no heading on a line of its own.
    let text = "示例市2024年工作要点\n一、稳定就业\n（一）全市新增城镇就业人数\n达到5000人以上。\n（二）深入开展危化品烟花爆竹燃气\n等重点行业领域专项整治，全年检查企业300家次。\n（三）创新党员教育管理，严格落实制度\n确保组织生活全覆盖。\n";
    let doc = parse_text(text, "要点.txt");
    let texts: Vec<&str> = doc.tasks.iter().map(|t| t.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "全市新增城镇就业人数达到5000人以上。",
            "深入开展危化品烟花爆竹燃气等重点行业领域专项整治，全年检查企业300家次。",
            "创新党员教育管理，严格落实制度确保组织生活全覆盖。",
        ]
    );
    let metric = &doc.tasks[0].targets[0].metric;
    assert_eq!(metric, "全市新增城镇就业人数");
}

#[test]
fn a_title_broken_over_short_lines_is_read_whole() {
    // A document site's page: the title set in large type, a word or two a line.
    let text = "2023\n示例区政府\n年度工作\n计划\n2023年是新一届政府的开局之年，做好今年的政府工作至关重要。\n一、稳定经济增长\n全年地区生产总值增长6%。\n";
    assert_eq!(
        parse_text(text, "18.txt").title,
        "2023示例区政府年度工作计划"
    );
}

#[test]
fn a_speech_is_titled_and_told() {
    let text = "在全市法治政府建设工作会议上的讲话\n同志们：\n今天召开全市法治政府建设工作会议，主要任务是总结工作、部署任务。下面，我讲三点意见。\n一、充分肯定成绩，进一步增强责任感\n过去一年，全市法治政府建设取得明显成效。\n二、突出工作重点，扎实推进法治政府建设\n（一）要抓好依法决策。各部门要严格执行重大行政决策程序。\n（二）要抓好严格执法。全年开展执法检查不少于4次。\n三、加强组织领导，确保各项任务落到实处\n同志们，让我们共同努力！\n";
    let doc = parse_text(text, "讲话.txt");
    assert_eq!(doc.title, "在全市法治政府建设工作会议上的讲话");
    assert!(
        doc.warnings.iter().any(|w| w.starts_with("讲话稿")),
        "{:?}",
        doc.warnings
    );
    // A plan that names a speech it carries out is no speech.
    let text = "示例市2024年学习贯彻工作要点\n一、深入学习在全市工作会议上的讲话精神\n1.组织专题学习。全年开展专题学习不少于4次。\n2.开展宣讲活动。举办宣讲会10场。\n";
    let doc = parse_text(text, "要点.txt");
    assert!(!doc.warnings.iter().any(|w| w.starts_with("讲话稿")));
    assert_eq!(doc.tasks.len(), 2);
}

#[test]
fn a_long_clause_listing_work_is_named_by_its_first_items() {
    let text = "示例县2025年法治政府建设工作要点\n一、依法全面履行政府职能\n1.认真落实依法确定权力、科学配置权力、制度约束权力、阳光行使权力、合力监督权力，建立完善配套制度，强化执行职责。\n牵头单位：县政府办\n2.区人大及其常委会要通过听取审议工作报告、执法检查、专题询问、工作评议等方式加强监督。\n3.建立权力清单制度。明确政府部门职能和职责权限。\n（二）\n";
    let doc = parse_text(text, "要点.txt");
    let headings: Vec<&str> = doc.tasks.iter().map(|t| t.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            // Before: no heading.
            "认真落实依法确定权力、科学配置权力、制度约束权力",
            // (A clause opening on no work keeps none.)
            "",
            "建立权力清单制度",
        ]
    );
}

#[test]
fn a_number_with_nothing_after_it_is_no_task() {
    let text = "示例县2025年安全生产工作要点\n一、强化安全生产责任落实\n（一）压实属地责任。各乡镇每季度至少召开1次安全生产会议。\n（二）\n";
    let doc = parse_text(text, "要点.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["一/(一)"]);
}

#[test]
fn a_members_only_note_and_a_cut_metadata_title_are_chrome() {
    let text = "示例市2025年安全生产工作要点\n一、健全责任体系\n1.强化属地责任。每季度专题研究一次安全生产工作。\n2.强化部门责任。完善安全生产责任清单。\n（阅读全部图文内容，您需要先登录！）\n";
    let doc = parse_text(text, "要点.txt");
    assert_eq!(doc.tasks[1].text, "强化部门责任。完善安全生产责任清单。");
    // A notice's title the metadata cut short, and broken over two lines below: the plan it
    // sends is the title.
    let text = "标      题：关于印发示例市健康行动\n发文字号：示政发〔2025〕7号\n示例市人民政府\n关于印发示例市健康行动\n实施方案的通知\n各县区人民政府：\n现印发给你们，请认真组织实施。\n示例市健康行动实施方案\n为贯彻落实上级文件精神，制定本方案。\n一、总体目标\n到2027年，居民健康素养水平达到30%以上。\n";
    assert_eq!(parse_text(text, "方案.txt").title, "示例市健康行动实施方案");
}

#[test]
fn review_near_misses_keep_their_reading() {
    // A metadata title of a plan holding `关于` is the title.
    let text = "标题：示例市关于推进乡村振兴的实施方案\n发布日期：2024-03-01\n为推进乡村振兴，制定本方案。\n到2025年，农村居民人均可支配收入增长7%。\n";
    assert_eq!(
        parse_text(text, "x.txt").title,
        "示例市关于推进乡村振兴的实施方案"
    );
    // A year alone above a whole title line is a date the page gives.
    let text = "发布时间：\n2022\n示例县农业农村工作要点\n一、稳定粮食生产\n1.粮食播种面积稳定在50万亩。\n2.新建高标准农田2万亩。\n";
    assert_eq!(parse_text(text, "x.txt").title, "示例县农业农村工作要点");
    // A speech's summary, and one with its speaker named.
    for title in [
        "在全市安全生产工作会议上的讲话（摘要）",
        "张某同志在全县经济工作会议上的讲话",
    ] {
        let text = format!("{title}\n同志们：\n一、统一思想\n今年要抓好三件事。\n二、突出重点\n（一）抓好项目建设。全年新开工项目50个。\n（二）抓好招商引资。引进项目20个。\n");
        let doc = parse_text(&text, "x.txt");
        assert_eq!(doc.title, title);
        assert!(
            doc.warnings.iter().any(|w| w.starts_with("讲话稿")),
            "{title}"
        );
    }
    // A task table of things, not work, is no task table.
    let text = "示例市企业开办材料清单\n序号 | 材料名称 | 具体要求 |\n---|---|---|\n1 | 营业执照复印件 | 加盖公章 |\n2 | 法定代表人身份证 | 原件及复印件 |\n";
    assert!(parse_text(text, "x.txt").tasks.is_empty());
}
