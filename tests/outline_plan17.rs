//! Outlines of forms met in real plans (invented 示例 places): points (`一是`, `二是`) on lines
//! of their own under theme headings, the only numbering below them.

use plandiff::parse_text;

fn ids(text: &str) -> Vec<String> {
    parse_text(text, "示例.txt")
        .tasks
        .iter()
        .map(|t| t.id.clone())
        .collect()
}

#[test]
fn points_under_theme_headings_are_the_tasks() {
    let text = "示例市生态环境局2025年工作计划\n一、打赢污染防治攻坚战\n一是系统治水，开展河湖排查整治，确保全年国控断面优良比例达到100%。\n二是系统治气，细颗粒物浓度控制在30微克/立方米以内。\n二、推动绿色低碳发展\n一是推进减污降碳协同增效，完成重点行业清洁生产审核20家。\n二是发展环保产业。\n三、守牢环境安全底线\n一是开展环境风险隐患排查。\n";
    assert_eq!(
        ids(text),
        ["一/一是", "一/二是", "二/一是", "二/二是", "三/一是"]
    );
    let doc = parse_text(text, "示例.txt");
    assert_eq!(doc.sections.len(), 3);
    let water = &doc.tasks[0];
    assert_eq!(water.heading, "系统治水");
    assert_eq!(water.targets.len(), 1);
    assert_eq!(water.targets[0].value, Some(100.0));
}

#[test]
fn points_sharing_one_unit_bracket_stay_a_tasks_details() {
    // The units after the last point are the whole item's: the item is the task.
    let text = "示例市2025年工作要点\n一、深化审批改革\n一是推行告知承诺制；\n二是推行容缺受理。（牵头单位：市政务服务局）\n二、提升办事效率\n一是推行帮办代办；\n二是精简办事材料。（牵头单位：市政务服务局）\n";
    assert_eq!(ids(text), ["一", "二"]);
    // A heading that introduces its points (`…做好以下工作：`) keeps them as its text.
    let text = "示例市2025年工作要点\n一、推进政务公开，做好以下工作：\n一是公开预算；\n二是公开决算。\n二、加强政策解读，做好以下工作：\n一是同步解读；\n二是回应关切。\n";
    assert_eq!(ids(text), ["一", "二"]);
}

#[test]
fn goal_blocks_titled_for_an_action_or_standing_alone() {
    // `行动目标` heads a goal block as `工作目标` does, its text on the heading's line.
    let text = "示例市卫生健康三年行动计划\n一、总体思路\n（一）指导思想。坚持人民至上。\n（二）行动目标。到2025年，基层医疗卫生机构达标率达到90%以上。\n二、重点任务\n（一）加强疾控体系。改造实验室10个。（市卫健委牵头）\n";
    let doc = parse_text(text, "示例.txt");
    assert_eq!(doc.goals.len(), 1, "{:?}", doc.goals);
    assert_eq!(doc.goals[0].targets[0].deadline.as_deref(), Some("2025年"));
    assert_eq!(ids(text), ["二/(一)"]);
    // A goal title on a line of its own before the numbered sections: the paragraphs under
    // it are goals, labelled by field or not, up to another framing label.
    let text = "示例区2025年应急管理工作要点\n工作目标：\n安全生产方面：到2025年底，生产安全事故起数下降10%。\n防灾减灾方面：预案修订率达到100%。\n基本原则：坚持人民至上。\n一、重点任务\n1.加强统筹。每季度审议1次。（区应急局牵头）\n";
    let doc = parse_text(text, "示例.txt");
    let goals: Vec<&str> = doc.goals.iter().map(|g| g.text.as_str()).collect();
    assert_eq!(goals.len(), 2, "{goals:?}");
    assert!(goals[0].starts_with("安全生产方面") && goals[1].starts_with("防灾减灾方面"));
    assert_eq!(ids(text), ["一/1"]);
}

#[test]
fn a_run_on_item_numbered_with_a_space_only_is_cut_when_it_is_next() {
    let text = "示例县教育局2025年工作要点\n1.坚持党的领导。加强党的建设。2.落实立德树人。做好思政工作。3.推进教育发展。形成特色职业教育。4 加强师资队伍建设。一是完善待遇保障。\n";
    assert_eq!(ids(text), ["1", "2", "3", "4"]);
    // A number out of turn with a space is text (`。5 所学校…` after item 2).
    let text = "示例县教育局2025年工作要点\n1.坚持党的领导。加强党的建设。2.扩充学位。新建学校。5 所学校完成改造。\n";
    assert_eq!(ids(text), ["1", "2"]);
}

#[test]
fn goal_points_opened_by_dashes_run_on_over_cut_lines() {
    let text = "示例区应急管理局2025年工作要点\n一、主要目标\n——应急救援方面：围绕突发事件应急处置能力提升，\n巩固规范化建设成果，专项预案修订率达到100%。\n——基层基础方面：加强基层应急消防治理体系建设\n3月底前实现11个镇（街道）应急消防管理站建设全覆盖\n二、重点工作\n1.高效统筹推进。全面落实任务清单。（区应急局牵头）\n";
    let doc = parse_text(text, "示例.txt");
    let goals: Vec<&str> = doc.goals.iter().map(|g| g.text.as_str()).collect();
    assert_eq!(goals.len(), 2, "{goals:?}");
    assert!(goals[0].ends_with("专项预案修订率达到100%。"));
    assert_eq!(doc.goals[1].targets[0].deadline.as_deref(), Some("3月底前"));
}

#[test]
fn each_theme_heading_is_weighed_on_its_own() {
    // A heading with its own paragraph keeps it and its points as one task; a heading whose
    // points share one bracket or closing line of units is one task too.
    let text = "示例县2025年农业农村工作计划\n一、稳定粮食生产\n粮食播种面积稳定在50万亩以上。\n一是落实耕地保护责任。\n二是推广良种良法。\n二、推进高标准农田建设\n一是新建高标准农田2万亩。\n二是改造提升高标准农田1万亩。\n三、发展特色产业\n一是发展茶叶。\n二是发展中药材。（责任单位：县农业农村局）\n四、改善人居环境\n一是推进改厕。\n二是治理污水。\n以上工作由县农业农村局牵头，各乡镇负责落实。\n五、加强乡村治理\n一是完善村规民约。\n二是推进积分制管理。\n六、深化农村改革\n一是推进承包地确权。\n二是盘活闲置宅基地。\n";
    assert_eq!(
        ids(text),
        [
            "一",
            "二/一是",
            "二/二是",
            "三",
            "四",
            "五/一是",
            "五/二是",
            "六/一是",
            "六/二是"
        ]
    );
    let doc = parse_text(text, "示例.txt");
    assert_eq!(doc.tasks[0].targets[0].value, Some(50.0));
    assert_eq!(doc.tasks[3].responsible_units, ["县农业农村局"]);
}

#[test]
fn goals_stop_where_their_paragraphs_stop_stating_aims() {
    // A preamble's goal title: framing, dated facts and exhortations are no goals.
    let text = "示例市2025年安全生产工作要点\n工作目标：\n生产安全事故起数和死亡人数实现“双下降”。\n2024年，全市共发生生产安全事故35起。\n各地各部门高度重视，抓好落实。\n为确保上述目标如期实现，现就有关工作安排如下：\n一、重点任务\n1.开展专项整治。完成排查整治1000家次。（牵头单位：市应急局）\n";
    let doc = parse_text(text, "示例.txt");
    let goals: Vec<&str> = doc.goals.iter().map(|g| g.text.as_str()).collect();
    assert_eq!(goals, ["生产安全事故起数和死亡人数实现“双下降”。"]);
    // A complete sentence after dashed points is a goal of its own.
    let text = "示例市2025年安全生产工作要点\n一、工作目标\n——生产安全事故起数和死亡人数实现“双下降”。\n——专项整治完成率达到100%。\n力争到2027年，全市安全生产形势实现根本好转。\n二、重点任务\n1.开展专项整治。完成排查整治1000家次。（牵头单位：市应急局）\n";
    assert_eq!(parse_text(text, "示例.txt").goals.len(), 3);
    // A work heading that only starts with a goal title is work (`建设目标管理体系`).
    let text = "示例市2025年考核工作要点\n一、完善考核机制\n1.优化考核指标。修订考核办法。（牵头单位：市委督查室）\n二、建设目标管理体系\n2.建设目标管理平台。年底前建成系统。（牵头单位：市政府办公室）\n";
    let doc = parse_text(text, "示例.txt");
    assert!(
        doc.sections.iter().all(|s| !s.auxiliary),
        "{:?}",
        doc.sections
    );
    assert_eq!(doc.tasks.len(), 2);
}

#[test]
fn a_count_after_a_number_and_a_space_is_no_item() {
    let text = "示例县教育局2025年工作要点\n1.坚持党的领导。加强党的建设。2.扩充学位供给。新建学校2所。3 大攻坚行动全面启动，年底前完成。\n";
    assert_eq!(ids(text), ["1", "2"]);
}
