//! Forms met in real plans (invented 示例 places): a span of years given as the time of a
//! count.

mod common;
use common::target_rows;

#[test]
fn a_span_from_one_years_end_to_anothers_is_the_time_of_the_count() {
    let text = "示例市2025年城市更新工作要点\n\
        一、推进老旧小区改造。2025年底到2027年底，完成老旧小区改造120个。（牵头单位：市住建局）\n";
    // Before: a date target named `到2027年底`, due `2025年底`, beside the count with no time.
    assert_eq!(
        target_rows(text),
        [(
            "老旧小区改造".to_string(),
            "Equal".to_string(),
            Some(120.0),
            "个".to_string(),
            Some("2025年底到2027年底".to_string())
        )]
    );
}

fn tasks(text: &str) -> Vec<String> {
    (plandiff::parse_text(text, "示例.txt").tasks.iter())
        .map(|t| format!("{} {}", t.id, t.heading))
        .collect()
}

#[test]
fn an_activity_plans_frame_is_no_task_and_its_content_items_are() {
    let text = "示例镇2025年“安全生产月”活动方案\n一、活动主题\n守护平安，共建共享。\n\
        二、活动时间\n2025年6月1日至6月30日。\n三、组织机构\n牵头单位：镇安办\n配合单位：各村委会。\n\
        四、活动内容\n1. 开展安全宣传。在集市设置咨询台。（镇宣传办负责）\n\
        2. 组织应急演练。各村开展演练不少于1次。（镇应急办负责）\n";
    // Before: `一 活动主题`, `二 活动时间`, `三 组织机构` (with 镇安办 as its lead) and `四 活动内容`
    // holding both items.
    assert_eq!(tasks(text), ["四/1 开展安全宣传", "四/2 组织应急演练"]);
    let doc = plandiff::parse_text(text, "示例.txt");
    assert_eq!(doc.tasks[1].lead_units, ["镇应急办"]);
}

#[test]
fn an_activity_target_block_holds_goals() {
    let text =
        "示例镇2025年“安全生产月”活动方案\n一、活动目标\n1. 群众安全知识知晓率达到90%以上。\n\
        2. 排查整改隐患，杜绝较大事故。\n二、活动内容\n1. 开展安全宣传。在集市设置咨询台。\n\
        2. 组织应急演练。各村开展演练1次。\n";
    assert_eq!(tasks(text), ["二/1 开展安全宣传", "二/2 组织应急演练"]);
    let doc = plandiff::parse_text(text, "示例.txt");
    assert!(doc
        .goals
        .iter()
        .any(|g| g.targets.iter().any(|t| t.value == Some(90.0))));
}

#[test]
fn a_plan_whose_work_is_all_under_its_phases_keeps_it() {
    let text = "示例县2025年“安全生产月”活动方案\n一、主要任务\n（一）宣传发动阶段\n\
        1. 召开动员会。部署全县活动。\n2. 开展安全培训。组织培训不少于3次。\n\
        （二）排查整治阶段\n1. 开展隐患排查。对重点企业逐一检查。\n";
    // Before: no task (the items under a phase were taken for work of another kind, which made
    // the phases, and all under them, auxiliary).
    assert_eq!(
        tasks(text),
        [
            "一/(一)/1 召开动员会",
            "一/(一)/2 开展安全培训",
            "一/(二)/1 开展隐患排查"
        ]
    );
    // With work of its own elsewhere, the phases stay the schedule.
    let text = "示例县2025年“安全生产月”活动方案\n一、主要任务\n（一）开展隐患排查。对重点企业逐一检查。\n\
        （二）开展安全培训。组织培训不少于3次。\n二、实施步骤\n（一）宣传发动阶段\n1. 召开动员会。部署全县活动。\n\
        （二）总结阶段\n1. 报送总结。\n";
    assert_eq!(
        tasks(text),
        ["一/(一) 开展隐患排查", "一/(二) 开展安全培训"]
    );
}

#[test]
fn items_opening_on_their_date_are_items() {
    let text = "示例市2025年安全生产月活动方案\n一、宣传报道\n1、6月1日召开启动会。此项工作由市应急局负责。\n\
        2、6月5日至20日，开设安全专栏。此项工作由市融媒体中心负责。\n3、2025年6月底前评选优秀作品。此项工作由市文联负责。\n";
    // Before: one task, `一 宣传报道`, with the first item's unit as lead and the others' as
    // responsible.
    let doc = plandiff::parse_text(text, "示例.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["一/1", "一/2", "一/3"]);
    assert_eq!(doc.tasks[1].lead_units, ["市融媒体中心"]);
    // Named by its work, not by the clause that dates it.
    assert_eq!(doc.tasks[1].heading, "开设安全专栏");
    // A list of numbers is no item: `1、2、3号线`.
    let text =
        "示例市2025年轨道交通工作要点\n一、推进线网建设\n（一）加快建设。\n1、2、3号线全线贯通。\n";
    assert!(plandiff::parse_text(text, "示例.txt")
        .tasks
        .iter()
        .all(|t| t.id != "一/(一)/1"));
}

#[test]
fn a_unit_list_ends_before_the_sentence_after_it() {
    let text = "示例县2025年防灾减灾宣传周工作方案\n一、开展防灾知识进校园活动\n牵头单位：县应急局\n\
        配合单位：各乡镇，县教育局、县气象局。\n为确保活动取得实效，经研究，决定成立工作专班，由张某同志任组长。\n\
        二、开展避险演练\n各学校组织演练1次。（县教育局负责）\n";
    let doc = plandiff::parse_text(text, "示例.txt");
    // Before: `为确保活动取得实效`, `经研究`, `由张某同志任组长` and more were read as units.
    assert_eq!(doc.tasks[0].lead_units, ["县应急局"]);
    assert_eq!(
        doc.tasks[0].responsible_units,
        ["各乡镇", "县教育局", "县气象局"]
    );
}

#[test]
fn a_pages_links_after_a_cut_are_no_tasks() {
    let text = "示例县水利局2025年工作要点\n一、加强防汛能力建设\n加固堤防3处，确保安全度汛。\n\
        二、推进节水型社会建设\n阅读全文\n(想阅读完全部内容，您需要先登录！)\n分享:\n    • 本周热门\n    • 本月热门\n二维码\n";
    // Before: tasks `二/1 本周热门`, `二/2 本月热门`.
    assert_eq!(
        tasks(text),
        ["一 加强防汛能力建设", "二 推进节水型社会建设"]
    );
    let doc = plandiff::parse_text(text, "示例.txt");
    assert!(doc.warnings.iter().any(|w| w.contains("二")));
}

fn targets(text: &str) -> Vec<String> {
    (plandiff::parse_text(text, "示例.txt").tasks.iter())
        .flat_map(|t| t.targets.iter().map(common::target_brief))
        .collect()
}

#[test]
fn one_work_measured_two_ways_gives_both_figures() {
    let text = "示例县2025年水利工作要点\n一、实施河道整治。年内整治河道及沟渠60条、75.5公里。\n";
    // Before: only the 60条.
    let t = targets(text);
    assert_eq!(t.len(), 2, "{t:?}");
    assert!(t[1].contains("75.5") && t[1].contains("公里"), "{t:?}");
    assert!(t[1].contains("整治河道及沟渠"), "{t:?}");
    // Two counts of one unit are no such pair.
    assert_eq!(
        targets("示例县2025年工作要点\n一、建设学校。新建小学2所、3所。\n").len(),
        1
    );
}

#[test]
fn a_new_level_reached_is_a_figure_of_speech() {
    let text = "示例县2025年气象工作要点\n一、提升服务能力。推动气象服务水平提升一个新台阶。\n\
        二、建设站点。新建两个新型自动气象站。\n";
    // Before: `新台阶 >= 1个`.
    let t = targets(text);
    assert!(t.iter().all(|x| !x.contains("台阶")), "{t:?}");
    assert!(t.iter().any(|x| x.contains('2')), "{t:?}");
}

#[test]
fn a_measure_opening_on_zhong_keeps_it() {
    let text = "示例市2025年食品安全工作要点\n一、加强餐饮监管。学校食堂达标率100%，\
        中型以上公共餐饮服务单位“明厨亮灶”覆盖率100%。\n";
    // Before: `型以上公共餐饮服务单位“明厨亮灶”覆盖率` (cut after 中 as after `工作中`).
    let t = targets(text);
    assert!(t.iter().any(|x| x.contains("中型以上公共餐饮")), "{t:?}");
}

#[test]
fn a_body_with_a_second_nameplate_or_in_square_brackets_leads() {
    let text = "示例区2025年粮食安全工作安排\n一、重点任务\n\
        1.实施标准宣贯。加强粮油标准落实。（区发展改革委（区粮食和储备局）负责）\n\
        2.开展质量抽检。扩大抽检覆盖面。[区市场监管局负责]\n";
    let doc = plandiff::parse_text(text, "示例.txt");
    // Before: no unit in either.
    assert_eq!(doc.tasks[0].lead_units, ["区发展改革委（区粮食和储备局）"]);
    assert_eq!(doc.tasks[1].lead_units, ["区市场监管局"]);
}

#[test]
fn a_central_bodys_office_in_a_place_takes_no_level_from_the_list() {
    let text = "示例省2025年食品放心工程实施方案\n一、治理畜产品污染\n\
        （一）由省商务厅负责，省农业农村厅、生态环境厅、示例出入境检验检疫局配合，加快无公害基地建设。\n";
    let doc = plandiff::parse_text(text, "示例.txt");
    let t = &doc.tasks[0];
    assert_eq!(t.full_name("生态环境厅"), "省生态环境厅");
    // Before: `省示例出入境检验检疫局`.
    assert_eq!(t.full_name("示例出入境检验检疫局"), "示例出入境检验检疫局");
}

#[test]
fn a_heading_over_a_body_opening_on_its_own_frame_stays_alone() {
    let text = "示例省气象局2025年科技工作计划\n一、加强科技支撑\n1.研发城市精细化预报平台\n\
        在常规要素预报的基础上，开展交通、电力等行业影响预报，开发城市内\n涝预警产品。\n\
        2.建设数值预报系统\n完善区域数值模式。\n";
    // Before: `研发城市精细化预报平台在常规要素预报的基础上`.
    assert_eq!(
        tasks(text),
        ["一/1 研发城市精细化预报平台", "一/2 建设数值预报系统"]
    );
}

#[test]
fn a_first_sub_item_on_its_parents_line_is_no_gap() {
    let text = "示例县河长制任务清单\n1、健全河长组织体系。\n2、①关闭禁养区养殖场。\n②推进规模养殖场改造。\n\
        3、整治黑臭水体。\n";
    let doc = plandiff::parse_text(text, "示例.txt");
    // Before: `编号不连续：“2”下第一项编号是 ②`.
    assert!(
        doc.warnings.iter().all(|w| !w.contains("编号不连续")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn dashes_leading_work_are_a_list_and_dashed_aims_stay_goal_lines() {
    let text = "示例市科协2025年工作要点\n一、强化科普阵地\n——推进科普馆改造。年内完成展项更新。\n\
        ——开展科普进社区活动。全年举办讲座50场以上。\n——培育科普志愿者队伍。新增志愿者300名。\n";
    // Before: one task `一`, its text all three.
    assert_eq!(
        tasks(text),
        [
            "一/1 推进科普馆改造",
            "一/2 开展科普进社区活动",
            "一/3 培育科普志愿者队伍"
        ]
    );
    let text = "示例市2025年安全生产工作要点\n一、工作目标\n——事故起数实现“双下降”。\n——专项整治完成率达到100%。\n\
        力争到2027年，全市安全形势实现根本好转。\n二、重点任务\n1.开展专项整治。完成排查1000家次。\n";
    assert_eq!(plandiff::parse_text(text, "示例.txt").goals.len(), 3);
}

#[test]
fn a_year_in_brackets_under_the_title_is_no_item() {
    let text = "示例省推进质量强省建设年度工作指引\n(2025)\n为做好质量工作，制定本指引。\n\
        一、重点任务\n(一)提升产品质量。开展质量提升行动10项。\n";
    let doc = plandiff::parse_text(text, "示例.txt");
    // Before: the title was the file's name and `(2025)` an item, with a gap warning.
    assert_eq!(doc.title, "示例省推进质量强省建设年度工作指引");
    assert!(
        doc.warnings.iter().all(|w| !w.contains("编号")),
        "{:?}",
        doc.warnings
    );
    assert_eq!(tasks(text), ["一/(一) 提升产品质量"]);
}

#[test]
fn an_account_of_the_field_and_the_bodies_running_the_plan_are_no_tasks() {
    let text = "示例县2025年地质灾害防治方案\n一、2024年地质灾害概况\n（一）隐患点情况\n\
        全县共有隐患点8处，潜在经济损失3000万元。\n二、2025年趋势预测\n预计汛期降水偏多，6月中旬入梅。\n\
        三、组织机构\n成立防治工作领导小组。\n主要职责：\n1.负责统筹协调；\n2.办公地点：县自然资源局。\n\
        四、防治措施\n（一）开展汛前排查。4月底前完成隐患点排查。（县自然资源局牵头）\n";
    // Before: `一/(一) 隐患点情况` (its loss a target), `二 …趋势预测` (入梅 a deadline) and the
    // duties under 组织机构 were tasks.
    assert_eq!(tasks(text), ["四/(一) 开展汛前排查"]);
    // Work on the situation is work.
    let text = "示例县2025年工作要点\n一、摸清隐患基本情况。开展全面排查。\n二、开展汛前检查。4月底前完成。\n";
    assert_eq!(tasks(text).len(), 2);
}

#[test]
fn a_pdf_line_holding_the_next_items_and_section_is_cut_into_them() {
    let text = "示例县2025年河道保洁工作方案\n一、重点任务\n1. 成立保洁专班，统筹协调。\n\
        2. 设立巡查队，落实日常巡查。 3. 建立保洁台账，按月通报。\n4. 加强与各镇沟通，形成合力。 二、专项行动\n\
        1. 每周清理漂浮物不少于2次。\n";
    // Before: item 3 inside item 2, the heading `二、专项行动` inside item 4, and its items
    // numbered on under `一`.
    assert_eq!(
        tasks(text),
        [
            "一/1 成立保洁专班，统筹协调",
            "一/2 设立巡查队，落实日常巡查",
            "一/3 建立保洁台账，按月通报",
            "一/4 加强与各镇沟通，形成合力",
            "二/1 每周清理漂浮物不少于2次"
        ]
    );
}

#[test]
fn near_misses_of_this_sessions_rules_read_as_before() {
    // Another thing counted after the second figure is its own target.
    let t = targets("示例县2025年工作要点\n一、建设管网。新建污水管网15公里、8座泵站。\n");
    assert!(t.iter().any(|x| x.starts_with("泵站")), "{t:?}");
    // A numbered heading naming a QR code is no page link.
    let text = "示例县2025年政务工作要点\n一、推进数字政务\n（一）推广电子证照二维码\n实现亮码办事。（县大数据局负责）\n\
        （二）推进一网通办\n年内事项网上可办率达到95%。（县大数据局负责）\n";
    assert_eq!(tasks(text).len(), 2);
    // A wrapped list of months is no item: `…重点在` / `3、4月开展。`.
    let text = "示例县2025年工作要点\n一、重点任务\n1、开展造林。\n2、开展春季植树，重点在\n3、4月开展。\n3、加强管护。\n";
    assert_eq!(tasks(text).len(), 3, "{:?}", tasks(text));
    // More names after a stop go on with a unit list.
    let text = "示例县2025年工作要点\n一、加强监管。开展检查。\n配合单位：县市场监管局、县公安局。各乡镇（街道），各村（社区）。\n";
    let doc = plandiff::parse_text(text, "示例.txt");
    assert!(doc.tasks[0]
        .responsible_units
        .iter()
        .any(|u| u == "各村（社区）"));
    // A count before a noun that only starts like a figure of speech is a count.
    let t = targets("示例县2025年工作要点\n一、建设停车场。新建两个台阶式停车场。\n");
    assert_eq!(t.len(), 1, "{t:?}");
    // A `厅` takes no city's level.
    let text = "示例市2025年工作要点\n一、优化服务。（市政务服务中心、办公厅负责）\n";
    let doc = plandiff::parse_text(text, "示例.txt");
    assert_eq!(doc.tasks[0].full_name("办公厅"), "办公厅");
    // A heading cut on a word that wants more goes on into the next line.
    let text = "示例县2025年工作要点\n一、重点任务\n（一）推进乡村振兴，要\n在巩固脱贫成果的基础上，全面推进乡村振兴。\n";
    assert!(tasks(text)[0].contains("巩固脱贫成果"), "{:?}", tasks(text));
}

#[test]
fn a_rate_held_to_a_figure_is_at_most_it() {
    let text = "示例镇2025年森林防火工作方案\n一、工作目标\n森林火灾受害率控制为0.05‰，森林火灾发生率控制为0.01%。\n\
        二、工作措施\n（一）加强巡护。每个村配备护林员2名。\n";
    let goals: Vec<String> = (plandiff::parse_text(text, "示例.txt").goals.iter())
        .flat_map(|g| g.targets.iter().map(common::target_brief))
        .collect();
    // Before: `森林火灾发生率控制 = 0.01%`, and the 0.05‰ unread.
    assert_eq!(
        goals,
        ["森林火灾受害率|<=|0.05|‰|", "森林火灾发生率|<=|0.01|%|"]
    );
}

#[test]
fn a_count_picking_out_what_is_involved_is_no_target() {
    let text = "示例县信访工作实施方案\n一、工作任务\n1.规范转办。涉及两个以上部门的事项，由县信访局确定主办单位；\
        承办单位应在3个工作日内签收。\n";
    // Before: `事项 >= 2个`.
    let t = targets(text);
    assert_eq!(t.len(), 1, "{t:?}");
    assert!(t[0].contains("3|个工作日"), "{t:?}");
}

#[test]
fn a_years_tasks_said_as_figures_are_goals() {
    let text = "示例区2025年招商引资实施方案\n一、年度工作任务\n引进亿元以上项目8个，其中工业项目不少于4个。\n\
        二、主要推进措施\n（一）拓展园区空间。年内新增工业用地300亩。\n";
    let doc = plandiff::parse_text(text, "示例.txt");
    // Before: `一 年度工作任务` a task with the year's figures.
    assert_eq!(tasks(text), ["二/(一) 拓展园区空间"]);
    assert_eq!(doc.goals.iter().map(|g| g.targets.len()).sum::<usize>(), 2);
}

#[test]
fn a_single_spaced_table_keeps_its_rows_past_an_empty_or_wrapped_cell() {
    let text = "示例市河长制主要任务分解表\n\n序号 类别 主要任务 细化措施 牵头单位 配合单位\n\
        1 水资源保 护 严守用水总量红线 实施总量控制。到2025年，用水总量控制在5亿立方米以内。 市水利局 市发展改革委\n\
        2  严守用水效率红线 推进节水改造。 市水利局 市工业和信息化局\n\
        3 水污染防治 加强排污口监管 开展排污口排查。 市生态环境局 市水利局\n";
    let doc = plandiff::parse_text(text, "示例.txt");
    // Before: no task (a wrapped cell), or only the rows before the empty cell.
    let leads: Vec<&str> = (doc.tasks.iter())
        .flat_map(|t| t.lead_units.iter().map(String::as_str))
        .collect();
    assert_eq!(leads, ["市水利局", "市水利局", "市生态环境局"]);
    assert_eq!(doc.tasks[1].responsible_units, ["市工业和信息化局"]);
}

#[test]
fn near_misses_of_the_later_rules_read_as_before() {
    // A complete heading ending on 为/与/向 does not take the body's first sentence.
    let text = "示例县2025年工作要点\n一、重点任务\n（一）规范行政执法行为\n严格落实三项制度，案卷合格率达到95%。\n";
    assert_eq!(tasks(text), ["一/(一) 规范行政执法行为"]);
    // Work on an account is work.
    let text = "示例市2025年地质灾害防治工作方案\n一、防治措施\n（一）编写全市地质灾害概况。形成年度报告1份。\n\
        （二）形成汛期形势预测。全年会商12次。\n（三）完成全县耕地现状分析。年底前完成。\n";
    assert_eq!(tasks(text).len(), 3, "{:?}", tasks(text));
    // A reform plan's 机构设置 section holds its work.
    let text = "示例市2025年机构改革实施方案\n一、机构设置\n（一）组建市数据局。6月底前挂牌。\n\
        （二）组建市金融办。9月底前到位。\n二、保障措施\n（一）加强组织领导。\n";
    assert_eq!(tasks(text).len(), 2, "{:?}", tasks(text));
    // A list the item quotes is no section: `结构为：一、总则。 二、职责。`.
    let text = "示例县2025年立法工作要点\n一、重点任务\n1. 起草管理条例。条例结构为：一、总则。 二、职责分工。 三、附则。\n\
        2. 开展立法调研。\n二、保障措施\n1. 加强领导。\n";
    assert_eq!(tasks(text)[..2], ["一/1 起草管理条例", "一/2 开展立法调研"]);
    // `控制为期3个月`, `控制到每一个环节` hold no bound.
    let t = targets(
        "示例县2025年工作要点\n一、规范招聘。开展为期3个月的招聘。将质量控制到每一个环节。\n",
    );
    assert!(t.iter().all(|x| !x.contains("<=")), "{t:?}");
    // A count of the work after 涉及 is a target: `完成涉及500户的棚户区改造`.
    let t = targets("示例县2025年工作要点\n一、推进改造。年内完成涉及500户的棚户区改造。\n");
    assert!(t.iter().any(|x| x.contains("500|户")), "{t:?}");
    // Numbered work under `年度工作任务` stays work.
    let text = "示例区2025年工作方案\n一、年度工作任务\n1.推进项目建设。开工项目10个。\n2.优化营商环境。\n\
        二、保障措施\n1.加强领导。\n";
    assert_eq!(tasks(text).len(), 2, "{:?}", tasks(text));
    // A speech's dashed points are no plan.
    let text = "在示例县2025年经济工作会议上的讲话\n同志们：\n——推进高质量发展，抓项目；\n——加强作风建设，抓落实；\n";
    assert!(plandiff::parse_text(text, "示例.txt").tasks.is_empty());
}

#[test]
fn a_text_of_goals_cut_inside_its_last_one_is_told_of() {
    let text = "示例县2025年气象工作实施方案\n一、发展目标\n到2027年，灾害性天气监测率达到90%以上，暴雨预警准确率达到\n";
    let doc = plandiff::parse_text(text, "示例.txt");
    // Before: only `未找到编号任务`.
    assert!(
        doc.warnings
            .iter()
            .any(|w| w.starts_with("文本可能不完整") && w.contains("准确率达到")),
        "{:?}",
        doc.warnings
    );
    // A whole goal is no cut.
    let text =
        "示例县2025年气象工作实施方案\n一、发展目标\n到2027年，灾害性天气监测率达到90%以上。\n";
    let doc = plandiff::parse_text(text, "示例.txt");
    assert!(doc
        .warnings
        .iter()
        .all(|w| !w.starts_with("文本可能不完整")));
}

#[test]
fn a_count_gathered_or_signed_is_a_target() {
    // Before: no target in either.
    let t = targets("示例县2025年招商引资工作计划\n一、完善机制。收集有效招商线索200条。\n二、开展招商。全年签约项目30个。\n");
    assert!(
        t.iter()
            .any(|x| x.contains("招商线索") && x.contains("200|条")),
        "{t:?}"
    );
    assert!(
        t.iter()
            .any(|x| x.contains("签约项目") && x.contains("30|个")),
        "{t:?}"
    );
}

#[test]
fn a_building_verb_reaches_past_a_list_of_items() {
    // Before: two items read (`小麦、大豆…各2万亩`), three not (the verb beyond reach).
    let t = targets(
        "示例县2025年农业工作要点\n一、建设基地。建设小麦、大豆、油菜、玉米示范基地各2万亩。\n",
    );
    assert!(t.iter().any(|x| x.contains("2|万亩")), "{t:?}");
}

#[test]
fn near_misses_of_the_last_rules_read_as_before() {
    // A whole goal ending on its figure, or a title's closing mark, is no cut.
    for end in [
        "毛入园率达到95%",
        "城镇新增就业1.2万人",
        "落实《示例市教育规划纲要》",
    ] {
        let text = format!("示例县2025年教育工作要点\n一、发展目标\n到2027年，{end}\n");
        let doc = plandiff::parse_text(&text, "示例.txt");
        assert!(
            doc.warnings
                .iter()
                .all(|w| !w.starts_with("文本可能不完整")),
            "{end}: {:?}",
            doc.warnings
        );
    }
    // What was gathered last year, and for how long, are no targets.
    let t = targets("示例县2025年工作要点\n一、开展调研。去年共收集意见建议200条。\n二、征集意见。征集意见时间为30天。\n");
    assert!(t.is_empty(), "{t:?}");
    // A date that is the subject of its clause stays in the heading.
    let text = "示例市2025年安全生产月活动方案\n一、宣传活动\n1、6月16日，为全国安全生产咨询日，各部门设点咨询。\n\
        2、6月20日，开展应急演练。\n";
    assert!(tasks(text)[0].contains("6月16日"), "{:?}", tasks(text));
    assert_eq!(tasks(text)[1], "一/2 开展应急演练");
}
