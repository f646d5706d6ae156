//! Forms met in real plans (invented 示例 places): a ceiling word whose figure is said to be a
//! floor or about a level (`控制在85%以上`), energy in coal equivalent, the short level verbs
//! (`达`, `保持`), and a notice that sends its plan with `特将`/`兹将`.

mod common;
use common::target_rows;
use plandiff::parse_text;

/// `(metric, comparator, value, unit)` of every target of a one-task plan holding `sentence`.
fn rows(sentences: &str) -> Vec<(String, String, Option<f64>, String)> {
    let text = format!("示例市2024年工作要点\n一、重点任务\n1.推进工作。{sentences}\n");
    (target_rows(&text).into_iter())
        .map(|(m, c, v, u, _)| (m, c, v, u))
        .collect()
}

fn row(m: &str, c: &str, v: f64, u: &str) -> (String, String, Option<f64>, String) {
    (m.to_string(), c.to_string(), Some(v), u.to_string())
}

#[test]
fn a_ceiling_word_gives_way_to_the_bound_said_after_the_figure() {
    let got = rows("断面水质优良率控制在85%以上，人口自然增长率控制在5‰左右，城镇登记失业率控制在4.5%以内，重污染天数控制在0天。");
    assert_eq!(
        got,
        [
            // Before: `AtMost` for all four, the words after the figure unread.
            row("断面水质优良率", "AtLeast", 85.0, "%"),
            row("人口自然增长率", "About", 5.0, "‰"),
            row("城镇登记失业率", "AtMost", 4.5, "%"),
            // A count of days kept at a level is a ceiling, not a time to finish within.
            row("重污染天数", "AtMost", 0.0, "天"),
        ]
    );
}

#[test]
fn a_floor_word_stays_a_floor_whatever_follows() {
    let got = rows("培训不少于100人左右，开工率不低于90%以上。");
    assert_eq!(
        got,
        [
            row("培训", "AtLeast", 100.0, "人"),
            row("开工率", "AtLeast", 90.0, "%"),
        ]
    );
}

#[test]
fn energy_in_coal_equivalent_is_a_unit() {
    let got = rows("单位GDP能耗下降到0.45吨标准煤/万元，能源消费总量控制在1200万吨标准煤以内，能源消费增量不超过5万吨标煤。");
    assert_eq!(
        got,
        [
            // Before: metric `标准煤/万元` in `吨`.
            row("单位GDP能耗", "AtMost", 0.45, "吨标准煤/万元"),
            row("能源消费总量", "AtMost", 1200.0, "万吨标准煤"),
            row("能源消费增量", "AtMost", 5.0, "万吨标煤"),
        ]
    );
}

#[test]
fn a_count_of_what_a_measure_brought_by_a_short_verb_is_of_is_no_target() {
    let got = rows("建成的3个示范园区入驻率达80%，新建的5个产业园区入驻率保持90%以上。");
    let metrics: Vec<&str> = got.iter().map(|r| r.0.as_str()).collect();
    // Before: junk counts `示范园区入驻率达80% = 3个` and `产业园区入驻率保持90%以上 = 5个`.
    assert_eq!(metrics, ["建成的示范园区入驻率", "产业园区入驻率"]);
}

#[test]
fn a_notice_sending_its_plan_with_te_jiang_is_a_notice_alone() {
    for opener in ["特将", "兹将", "现将"] {
        let text = format!("示例市人民政府办公室关于印发示例市2024年安全生产工作要点的通知\n各区人民政府，市政府各部门：\n{opener}《示例市2024年安全生产工作要点》印发给你们，请结合实际认真贯彻落实。\n一、提高认识，加强领导。各区各部门要高度重视。\n二、强化督查，确保实效。各单位要按时报送进展。\n");
        let doc = parse_text(&text, "通知.txt");
        // Before, with `特将`: the two requirements read as the plan's tasks.
        assert!(doc.tasks.is_empty(), "{opener}: {:?}", doc.tasks);
        assert!(
            (doc.warnings.iter()).any(
                |w| w.starts_with("只有印发通知") && w.contains("示例市2024年安全生产工作要点")
            ),
            "{opener}: {:?}",
            doc.warnings
        );
    }
}

#[test]
fn a_notice_citing_a_plan_before_sending_another_names_the_one_sent() {
    // Before: the first `《》` of a line that says `印发给你们`, the plan cited.
    let text = "示例市人民政府办公室关于印发示例市2024年安全生产工作要点的通知\n各区人民政府，市政府各部门：\n根据《示例省安全生产条例》，现将《示例市2024年安全生产工作要点》印发给你们，请认真贯彻落实。\n一、提高认识，加强领导。各区各部门要高度重视。\n二、强化督查，确保实效。各单位要按时报送进展。\n";
    let doc = parse_text(text, "通知.txt");
    assert!(doc.tasks.is_empty(), "{:?}", doc.tasks);
    let w = (doc.warnings.iter())
        .find(|w| w.starts_with("只有印发通知"))
        .expect("a notice alone");
    assert!(w.contains("示例市2024年安全生产工作要点"), "{w}");
    assert!(!w.contains("条例"), "{w}");
}

#[test]
fn an_item_after_a_unit_bracket_holding_brackets_opens_anew() {
    // A PDF's lines run together after a unit bracket that itself holds `（街道办事处）`.
    let text = "示例县2024年依法行政工作计划\n一、加强学习培训 1.组织干部学法。每年组织集中学法不少于2次。\n〔牵头单位：县司法局；责任单位：县直各部门，各乡镇人民政府（街道办事处）〕 二、完善决策机制\n2.规范重大决策程序。重大决策事项全部经过合法性审查。〔牵头单位：县政府办公室；责任单位：各乡镇人民政府（街道办事处）〕 3.推行法律顾问制度。县直部门法律顾问覆盖率达到100%。〔牵头单位：县司法局〕\n";
    let doc = parse_text(text, "计划.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    // Before: `一/1`, `一/2` — section 二 lost, item 3 inside item 2 with its target.
    assert_eq!(ids, ["一/1", "二/2", "二/3"]);
    assert_eq!(doc.tasks[1].lead_units, ["县政府办公室"]);
    assert!(
        doc.tasks[1].targets.is_empty(),
        "{:?}",
        doc.tasks[1].targets
    );
    assert_eq!(doc.tasks[2].lead_units, ["县司法局"]);
    assert_eq!(doc.tasks[2].targets.len(), 1);
}

#[test]
fn a_unit_undertaking_the_work_leads_and_its_helpers_are_responsible() {
    let text = "示例乡2025年食品放心工程工作方案\n一、治理水产品污染\n由乡农技站承办，乡卫生院、派出所、市场监管所配合。\n二、治理蔬菜农药残留\n由乡农技站承办，乡卫生院协办。\n";
    let got = common::task_units(text);
    // Before: no unit at all for either.
    assert_eq!(
        got,
        [
            (
                vec!["乡农技站".to_string()],
                vec!["乡卫生院".to_string(), "派出所".into(), "市场监管所".into()]
            ),
            (vec!["乡农技站".to_string()], vec!["乡卫生院".to_string()]),
        ]
    );
}

#[test]
fn a_heading_starts_past_the_clauses_saying_who_does_the_work() {
    let text = "示例市2025年食品放心工程工作方案\n一、治理水产品污染\n（一）由市农业局负责，市市场监管局配合，加强养殖基地用药监管，建立用药记录制度。\n（二）由市市场监管局负责，加强市场销售环节抽检。\n（三）由各区负责落实。\n（四）由点到面推进，扩大检测范围。\n";
    let doc = parse_text(text, "方案.txt");
    let headings: Vec<&str> = doc.tasks.iter().map(|t| t.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            // Before: the whole sentence, `由市农业局负责，…`.
            "加强养殖基地用药监管，建立用药记录制度",
            "加强市场销售环节抽检",
            // Nothing but who does it: the sentence stays.
            "由各区负责落实",
            // `由` that opens no role clause.
            "由点到面推进，扩大检测范围",
        ]
    );
    assert_eq!(doc.tasks[0].lead_units, ["市农业局"]);
}

#[test]
fn a_unit_leading_one_part_and_helping_with_another_is_listed_once() {
    let text = "示例省食品放心工程工作方案\n一、治理畜牧业产品污染\n（一）由省商务厅负责，省农业厅、甲检验检疫局配合，加快无公害畜禽基地建设。甲检验检疫局负责，省农业厅配合，强化出口备案基地监管。\n";
    let got = common::task_units(text);
    // Before: `甲检验检疫局` both a lead and responsible.
    assert_eq!(got[0].0, ["省商务厅", "甲检验检疫局"]);
    assert_eq!(got[0].1, ["省农业厅"]);
}

#[test]
fn a_unit_named_with_its_province_takes_no_level_from_the_list() {
    let text = "示例省食品放心工程工作方案\n一、治理畜牧业产品污染\n（一）加快无公害畜禽基地建设。（牵头单位：省商务厅；责任单位：省农业厅、环保局、福建出入境检验检疫局）\n";
    let doc = parse_text(text, "方案.txt");
    let full: Vec<(&str, &str)> = (doc.tasks[0].full_names.iter())
        .map(|f| (f.written.as_str(), f.full.as_str()))
        .collect();
    // Before: also `福建出入境检验检疫局 → 省福建出入境检验检疫局`.
    assert_eq!(full, [("环保局", "省环保局")]);
}

#[test]
fn a_labelled_aim_in_a_sections_lead_paragraph_is_a_goal() {
    let text = "示例市2025年食品放心工程工作方案\n一、治理水产品污染\n由市农业局承办，市市场监管局协办。治理工作目标：水产品抽检合格率达96%以上；违禁药物检出率控制在1%以内。主要措施：\n（一）加强养殖基地用药监管。\n（二）加强市场销售环节抽检。\n二、治理蔬菜污染\n去年目标：蔬菜抽检合格率达到95%。\n（一）加强农药监管。\n";
    let doc = parse_text(text, "方案.txt");
    let goals: Vec<(&str, &str)> = (doc.goals.iter())
        .map(|g| (g.section.as_str(), g.text.as_str()))
        .collect();
    // Before: none; the section's targets were lost. Last year's aim is no goal.
    assert_eq!(
        goals,
        [(
            "一",
            "水产品抽检合格率达96%以上；违禁药物检出率控制在1%以内。"
        )]
    );
    let metrics: Vec<&str> = (doc.goals[0].targets.iter())
        .map(|t| t.metric.as_str())
        .collect();
    assert_eq!(metrics, ["水产品抽检合格率", "违禁药物检出率"]);
}

#[test]
fn variant_characters_and_words_of_traditional_text_are_simplified() {
    let text = "示例市2024年政務公開工作要點\n一、加強政策解讀\n1.做好政策解讀工作。及時回覆羣衆留言，峯值時段加強値守，擴大覆蓋面。（責任單位：市政府辦公室）\n";
    let doc = plandiff::parse(text.as_bytes(), "要點.txt").expect("parsed");
    // Before: `回覆羣众`, `峯值`, `値守` stayed as written; `覆盖` keeps its `覆`.
    assert_eq!(
        doc.tasks[0].text,
        "做好政策解读工作。及时回复群众留言，峰值时段加强值守，扩大覆盖面。（责任单位：市政府办公室）"
    );
}

/// `(metric, value, base)` of every goal target of `text`.
fn goal_rows(text: &str) -> Vec<(String, Option<f64>, Option<String>)> {
    let doc = parse_text(text, "意见.txt");
    (doc.goals.iter())
        .flat_map(|g| &g.targets)
        .map(|t| (t.metric.clone(), t.value, t.base.clone()))
        .collect()
}

#[test]
fn a_measure_for_a_list_of_places_keeps_every_place() {
    let got = goal_rows("示例省大气污染防治实施意见\n一、工作目标\n具体指标：到2017年，全省可吸入颗粒物年均浓度较2012年下降12%。其中，甲市、乙市、丙市可吸入颗粒物年均浓度较2012年下降18%；丁市、戊州可吸入颗粒物年均浓度较2012年下降10%。\n二、主要任务\n（一）加强工业污染治理。2014年底前完成燃煤机组脱硝改造。\n");
    let metrics: Vec<&str> = got.iter().map(|r| r.0.as_str()).collect();
    assert_eq!(
        metrics,
        [
            "全省可吸入颗粒物年均浓度下降",
            // Before: `丙市…` and `戊州…`, the list cut to its last place.
            "甲市、乙市、丙市可吸入颗粒物年均浓度下降",
            "丁市、戊州可吸入颗粒物年均浓度下降",
        ]
    );
    assert!(got.iter().all(|r| r.2.as_deref() == Some("2012年")));
}

#[test]
fn a_base_year_and_a_latin_gloss_do_not_crowd_out_the_measure() {
    let got = goal_rows("示例省大气污染防治实施方案\n一、总体目标\n到2017年，全省可吸入颗粒物（PM10）平均浓度比2012年下降10%以上。\n二、主要任务\n（一）加强工业污染治理。2014年底前完成燃煤机组脱硝改造。\n");
    // Before: `入颗粒物（PM10）平均浓度下降`, cut at 20 characters counting the base year.
    assert_eq!(
        got,
        [(
            "全省可吸入颗粒物（PM10）平均浓度下降".to_string(),
            Some(10.0),
            Some("2012年".to_string())
        )]
    );
}

#[test]
fn a_viewers_chunks_opening_on_a_year_are_joined() {
    // A document site's viewer cut the text into chunks of some 200 characters, `1、` `2、`
    // each but the last ending inside a word; the first opens on the plan's year.
    let body = "2025年示例县安全生产工作要点2025年全县安全生产工作的总体要求是：坚持人民至上、生命至上，统筹发展和安全，坚持安全第一、预防为主，深化源头治理、系统治理和综合治理，强化安全生产责任落实，全面排查整治各类风险隐患，持续提升本质安全水平，推动全县安全生产形势持续稳定向好，坚决遏制较大以上生产安全事故，确保人民群众生命财产安全。一、健全安全生产责任体系1.严格落实党政领导责任。县委常委会、县政府常务会议每季度至少研究一次安全生产工作，督促各镇各部门严格落实安全生产责任制，推动形成齐抓共管的工作格局，切实把安全责任落实到岗位、落实到人。（县应急局负责）2.严格落实部门监管责任。各行业主管部门按照管行业必须管安全、管业务必须管安全、管生产经营必须管安全的要求，全面加强本行业领域安全监管，年内开展专项检查不少于4次。（县级各有关部门负责）";
    let chars: Vec<char> = body.chars().collect();
    let mut text = String::from("《2025年示例县安全生产工作要点.docx》由会员分享，可在线阅读。\n");
    for (k, chunk) in chars.chunks(210).enumerate() {
        text.push_str(&format!(
            "{}、{}\n",
            k + 1,
            chunk.iter().collect::<String>()
        ));
    }
    let doc = parse_text(&text, "要点.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    // Before: the chunk numbers read as tasks `2`, `3`, … (the first, on a year, unread).
    assert_eq!(ids, ["一/1", "一/2"]);
    assert_eq!(doc.tasks[0].heading, "严格落实党政领导责任");
    assert_eq!(doc.tasks[1].lead_units, ["县级各有关部门"]);
}

#[test]
fn a_news_reports_year_to_reach_with_figures_is_a_goal() {
    let text = "示例市启动学前教育提升行动\n近日，示例市出台《示例市学前教育发展提升行动计划》，进一步推动学前教育普及普惠发展。\n据介绍，方案明确了提升行动目标。到2025年，全市学前三年毛入园率保持在98%以上，普惠性幼儿园覆盖率保持在90%以上。\n截至2024年底，全市已建成普惠性幼儿园120所。到2024年底已累计新增学位5000个。\n到2030年，学前教育普及普惠水平进一步提升。\n";
    let doc = parse_text(text, "新闻.txt");
    let goals: Vec<&str> = doc.goals.iter().map(|g| g.text.as_str()).collect();
    // Before: none. What is done (`已`, `累计`) and an aim with no figure are no goals.
    assert_eq!(
        goals,
        ["到2025年，全市学前三年毛入园率保持在98%以上，普惠性幼儿园覆盖率保持在90%以上。"]
    );
    let deadlines: Vec<Option<&str>> = (doc.goals[0].targets.iter())
        .map(|t| t.deadline.as_deref())
        .collect();
    assert_eq!(deadlines, [Some("2025年"), Some("2025年")]);
}

#[test]
fn a_run_in_title_goes_on_to_the_plan_carrying_out_another() {
    let text = "示例县2025年政务公开工作要点实施方案为深入贯彻落实示例省人民政府办公厅关于印发2025年全省政务公开工作要点的通知（示政办发〔2025〕12号）精神，进一步提升政务公开质量和实效，更好服务全县经济社会高质量发展，结合本县实际，制定本方案。一、工作目标进一步加大政务公开力度。二、工作任务（一）围绕法治政府推进公开。1.及时公开政策文件。除依法需要保密的外应及时公开。\n";
    let doc = parse_text(text, "方案.txt");
    // Before: `…工作要点`, its `实施方案` left in the body.
    assert_eq!(doc.title, "示例县2025年政务公开工作要点实施方案");
    let text = "示例县2025年政务公开工作要点为深入贯彻落实示例省人民政府办公厅关于印发2025年全省政务公开工作要点的通知精神，进一步提升政务公开质量和实效，更好服务全县经济社会高质量发展，实施方案另行制定。一、工作任务（一）推进公开。1.及时公开政策文件。除依法需要保密的外应及时公开。\n";
    assert_eq!(
        parse_text(text, "要点.txt").title,
        "示例县2025年政务公开工作要点"
    );
}

// Limits of the rules above, from a review's invented cases.

#[test]
fn an_attachment_named_with_a_word_of_manner_stays_a_name() {
    let text = "示例市2024年法治政府建设工作要点\n一、重点任务\n1.推进规范性文件备案审查。（牵头单位：市司法局）\n2.开展行政执法监督检查。（牵头单位：市司法局）\n附件：\n1.规范性文件备案审查工作流程\n2.示例市行政执法事项清单\n示例市人民政府办公室\n2024年3月1日\n";
    let doc = parse_text(text, "要点.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["一/1", "一/2"]);
}

#[test]
fn a_notice_sending_its_plan_in_other_words_or_a_revised_one_names_it() {
    for sending in [
        "经市政府同意，《示例市2024年优化营商环境工作要点》现印发给你们",
        "经市政府同意，现将修订后的《示例市2024年优化营商环境工作要点》印发给你们",
        "现将《示例市2024年优化营商环境工作要点》（修订稿）印发给你们",
    ] {
        let text = format!("示例市人民政府办公室关于印发示例市2024年优化营商环境工作要点的通知\n各县（区）人民政府，市直各部门：\n{sending}，请认真贯彻执行，并通知如下：\n一、加强组织领导。各地各部门要高度重视，明确专人负责。\n二、强化督查考核。市政府督查室要定期督办，确保各项任务落到实处。\n");
        let doc = parse_text(&text, "通知.txt");
        assert!(doc.tasks.is_empty(), "{sending}: {:?}", doc.tasks);
        let w = (doc.warnings.iter())
            .find(|w| w.starts_with("只有印发通知"))
            .expect("a notice alone");
        assert!(
            w.contains("附件《示例市2024年优化营商环境工作要点》中"),
            "{sending}: {w}"
        );
    }
}

#[test]
fn fu_in_a_word_of_covering_stays() {
    let text = "示例市2024年政務服務工作要點\n一、重點任務\n1.推進網上審批覆蓋全部政務服務事項，網上審批覆蓋率達到100%。（牽頭單位：市政務服務中心）\n2.對群眾諮詢及時答覆，反覆核對。（牽頭單位：市政務服務中心）\n";
    let doc = plandiff::parse(text.as_bytes(), "要點.txt").expect("parsed");
    assert_eq!(doc.tasks[0].targets[0].metric, "网上审批覆盖率");
    assert!(
        doc.tasks[1].text.contains("及时答复，反复核对"),
        "{}",
        doc.tasks[1].text
    );
}

#[test]
fn a_plans_long_items_after_its_headings_are_no_viewer_chunks() {
    let item = "坚持人民至上、生命至上，统筹发展和安全，严格落实安全生产责任制，深入开展重点行业领域安全隐患排查整治，聚焦危险化学品、道路交通、建筑施工、消防、燃气、特种设备等重点领域，建立隐患排查、登记、整改、销号闭环管理机制，对排查出的重大隐患实行挂牌督办，做到整改责任、措施、资金、时限和预案五落实，确保全县不发生较大以上生产安全事故。责任单位：县应急局";
    let text = format!("示例县2024年安全生产工作要点\n一、总体要求\n坚持安全第一、预防为主、综合治理。\n二、重点任务\n1、{item}\n2、{item}、县住建局\n");
    let doc = parse_text(&text, "要点.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["二/1", "二/2"]);
}

#[test]
fn an_earlier_years_aim_or_one_kept_elsewhere_is_no_goal() {
    for label in [
        "2023年目标：定点屠宰率达90%以上，已全面完成。",
        "上一年度目标：定点屠宰率达90%以上。",
        "绩效目标：详见附件3。",
    ] {
        let text = format!("示例市2024年治理餐桌污染工作方案\n一、治理畜牧业产品污染\n由市农业局承办。{label}主要措施：\n（一）加强定点屠宰管理。（牵头单位：市农业局）\n（二）加强兽药监管。（牵头单位：市农业局）\n");
        let doc = parse_text(&text, "方案.txt");
        assert!(doc.goals.is_empty(), "{label}: {:?}", doc.goals);
    }
}

#[test]
fn a_count_named_before_its_figure_stays_beside_a_measure_after_it() {
    let got = rows("全年新增高新技术企业50家，产值占比达30%。");
    assert_eq!(got[0], row("新增高新技术企业", "Equal", 50.0, "家"));
    let got = rows("全年新增高新技术企业50家产值占比达30%。");
    assert!(got.iter().any(|r| r.2 == Some(50.0)), "{got:?}");
}

#[test]
fn a_role_clause_followed_by_no_work_keeps_its_sentence() {
    let text = "示例市2024年重点工作要点\n一、重点任务\n1.由市住建局负责，确保完成。\n2.由市发改委牵头，认真落实支持民营经济发展的政策措施。\n";
    let doc = parse_text(text, "要点.txt");
    let headings: Vec<&str> = doc.tasks.iter().map(|t| t.heading.as_str()).collect();
    assert_eq!(
        headings,
        [
            "由市住建局负责，确保完成",
            "认真落实支持民营经济发展的政策措施"
        ]
    );
}

#[test]
fn a_year_alone_is_no_figure_of_an_aim_and_a_sub_title_no_goal() {
    // The purpose sentence of a preamble names its plan's year, no figure to reach.
    let text = "示例区2025年安全生产委员会工作要点\n为全面贯彻安全生产决策部署，有效防范较大事故，确保全年安全生产形势持续稳定，制定2025年工作要点。\n一、健全安全生产责任体系\n1.深入学习安全生产重要论述。将安全生产纳入理论学习中心组学习内容。\n";
    let doc = parse_text(text, "要点.txt");
    // Before: `确保全年安全生产形势持续稳定，制定2025年工作要点。` as a goal.
    assert!(doc.goals.is_empty(), "{:?}", doc.goals);
    // A goal block's sub-title on its own line states nothing; its goal does (before: both).
    let text = "示例市第三期学前教育行动计划\n一、主要目标\n学前教育发展目标\n大力发展公办幼儿园，到2020年学前三年毛入园率达到90%以上。\n二、重点任务\n（一）扩大普惠性资源。新建幼儿园10所。\n";
    let doc = parse_text(text, "计划.txt");
    let goals: Vec<&str> = doc.goals.iter().map(|g| g.text.as_str()).collect();
    assert_eq!(
        goals,
        ["大力发展公办幼儿园，到2020年学前三年毛入园率达到90%以上。"]
    );
}

#[test]
fn a_clause_carrying_out_work_shared_before_it_leads_nothing() {
    let got = common::task_units("示例县2025年安全生产工作要点\n一、强化安全生产责任\n1.推动安全生产纳入理论学习中心组学习内容。（县委宣传部、县应急管理局分工负责，各乡镇负责落实）\n2.开展安全生产执法检查。（县应急管理局负责，各乡镇按职责分工落实）\n");
    // Before: `各乡镇` the lead of the first.
    assert!(got[0].0.is_empty(), "{:?}", got[0]);
    assert_eq!(got[0].1, ["县委宣传部", "县应急管理局", "各乡镇"]);
    // The clause that does the work first still leads.
    assert_eq!(got[1].0, ["县应急管理局"]);
    assert_eq!(got[1].1, ["各乡镇"]);
}

#[test]
fn a_viewers_chunk_may_end_after_a_comma() {
    let first = "示例县秋季秸秆禁烧工作实施方案为切实做好秋季秸秆禁烧与综合利用工作，改善空气质量，保障人民群众身体健康，根据上级有关文件精神，结合我县实际，制定本方案。一、工作目标在全县范围全面禁止露天焚烧农作物秸秆，秸秆综合利用率达到92%以上。二、重点任务1.严格落实禁烧责任。各乡镇对辖区禁烧工作负总责，层层签订责任书，把禁烧任务落实到村组、地块和责任人，做到横向到边、纵向到底，不留死角，全面推行网格化管理，落实巡查值守，";
    let second = "切实做到早发现、早处置。（各乡镇人民政府负责）2.推进秸秆综合利用。大力推广秸秆还田、饲料化和能源化利用，全年新建秸秆收储点10个。（县农业农村局负责）";
    assert!(first.chars().count() >= 200);
    let text = format!(
        "《示例县秋季秸秆禁烧工作实施方案.doc》由会员分享，可在线阅读。\n1、{first}\n2、{second}\n"
    );
    let doc = parse_text(&text, "方案.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    // Before: tasks `1` and `2`, the viewer's chunks.
    assert_eq!(ids, ["二/1", "二/2"]);
    assert_eq!(doc.tasks[0].lead_units, ["各乡镇人民政府"]);
}

#[test]
fn a_notice_announcing_its_requirements_is_a_notice_however_they_are_worded() {
    let text = "关于印发示例县贯彻落实2025年政务公开工作要点任务分工的通知\n各乡镇人民政府、县直单位：\n为贯彻落实《示例省2025年政务公开工作要点》，经领导小组同意，现将《示例县贯彻落实2025年政务公开工作要点任务分工》印发给你们，并提出如下工作要求，请认真抓好贯彻落实。\n一、提高认识，切实增强工作责任。推行政务公开是建设法治政府的重要措施，各单位必须充分认识其重大意义。\n二、明确任务，扎实做好各项工作。各乡镇、县直单位严格按照任务分工逐项对照，责任到人。\n三、加大力度，定期开展督查督办。县政务公开办将定期开展督查。\n";
    let doc = parse_text(text, "通知.txt");
    // Before: the three requirements as a plan's tasks (only one asks in the listed words).
    assert!(doc.tasks.is_empty(), "{:?}", doc.tasks);
    assert!(doc.warnings.iter().any(|w| w.starts_with("只有印发通知")));
}

#[test]
fn a_goal_lead_wins_over_what_its_sentence_strives_for() {
    let text = "示例市2025年乡村振兴工作要点\n主要指标：农业增加值增长2.5%，力争3%；城乡居民收入比缩小至1.8以内。\n一、实施农业提效行动\n（一）稳定粮食生产。建设高标准农田1万亩。\n";
    let doc = parse_text(text, "要点.txt");
    let goals: Vec<&str> = doc.goals.iter().map(|g| g.text.as_str()).collect();
    // Before: `力争3%；城乡居民收入比缩小至1.8以内。`, the first figure lost.
    assert_eq!(
        goals,
        ["农业增加值增长2.5%，力争3%；城乡居民收入比缩小至1.8以内。"]
    );
    assert_eq!(doc.goals[0].targets[0].metric, "农业增加值增长");
}

#[test]
fn a_year_after_striving_is_the_aims_deadline() {
    let text = "示例县秸秆禁烧工作方案\n一、工作目标\n积极推广秸秆综合利用，力争2025年全县秸秆综合利用率不低于90%，焚烧现象得到基本遏制。\n二、工作措施\n（一）加强领导。成立工作领导小组。\n";
    let doc = parse_text(text, "方案.txt");
    let t = &doc.goals[0].targets[0];
    assert_eq!(t.metric, "全县秸秆综合利用率");
    // Before: no deadline.
    assert_eq!(t.deadline.as_deref(), Some("2025年"));
    // A year that names whose it is (`力争2026年的…`) is no deadline.
    let got = target_rows(
        "示例市2025年工作要点\n一、重点任务\n1.推进工作。力争2026年的试点覆盖率达到80%。\n",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].4, None, "{got:?}");
}

#[test]
fn a_notices_title_broken_over_three_lines_is_the_plan_it_sends() {
    let text = "示例省人民政府办公厅关于印发示例省\n贯彻落实国务院办公厅2025年政务公开\n工作要点分工方案的通知\n各市人民政府，省政府各部门：\n《示例省贯彻落实国务院办公厅2025年政务公开工作要点分工方案》已经省人民政府同意，现印发给你们，请认真贯彻执行。\n示例省人民政府办公厅\n2025年5月20日\n";
    let doc = parse_text(text, "通知.txt");
    // Before: `工作要点分工方案`, the last line's part.
    assert_eq!(
        doc.title,
        "示例省贯彻落实国务院办公厅2025年政务公开工作要点分工方案"
    );
}

#[test]
fn a_lead_gives_way_to_an_aim_in_a_later_sentence_and_aims_stay_aims() {
    let text = "示例县2025年工作要点\n2024年，全县主要经济指标：地区生产总值增长5.2%，一般公共预算收入增长3%。2025年，力争地区生产总值增长6%。\n一、重点任务\n（一）扩大有效投资。新开工项目30个。\n";
    let doc = parse_text(text, "要点.txt");
    let goals: Vec<&str> = doc.goals.iter().map(|g| g.text.as_str()).collect();
    assert_eq!(goals, ["2025年，力争地区生产总值增长6%。"]);
    // Other work after the aim (`制定出台扶持政策3项`) is no purpose clause.
    let text = "示例县2025年工作要点\n2025年，全县将力争新增市场主体500户，制定出台扶持政策3项。\n一、重点任务\n（一）扩大有效投资。新开工项目30个。\n";
    let doc = parse_text(text, "要点.txt");
    assert!(
        doc.goals[0].text.ends_with("制定出台扶持政策3项。"),
        "{:?}",
        doc.goals
    );
    // Lines of aims ending on `目标`/`指标` are no sub-titles.
    let text = "示例县2025年生态环境保护工作要点\n一、工作目标\n实现重大环境污染事件零发生目标\n确保完成市下达的减排指标\n优良天数比例达到85%。\n二、重点任务\n1.开展大气污染防治。完成10家企业超低排放改造。\n";
    let doc = parse_text(text, "要点.txt");
    assert!(
        doc.goals.iter().any(|g| g.text.contains("零发生目标")),
        "{:?}",
        doc.goals
    );
}
