//! Forms met in real plans (invented 示例 places): a heading broken before its verb's object,
//! a title whose year stands on the line above, goals said without a verb or in a
//! requirements section, an excerpt cut after a bare heading, a viewer's lone first chunk.

mod common;
use common::{target_brief, target_rows};
use plandiff::parse_text;

fn goal_targets(text: &str) -> Vec<String> {
    (parse_text(text, "示例.txt").goals.iter())
        .flat_map(|g| g.targets.iter().map(target_brief))
        .collect()
}

fn headings(text: &str) -> Vec<String> {
    (parse_text(text, "示例.txt").tasks.iter())
        .map(|t| format!("{} {}", t.id, t.heading))
        .collect()
}

#[test]
fn a_heading_broken_before_its_object_reads_on_into_the_next_line() {
    let text = "示例县2016年政务公开工作要点\n一、深化政务公开\n（一）深入实施\n\
        政府信息公开条例。各级行政机关要严格执行条例，及时更新公开目录。\n\
        （二）狠抓落实\n县政府办每半年通报一次。\n";
    // Before: `深入实施`, and its text read `深入实施。政府信息公开条例。…`.
    assert_eq!(
        headings(text),
        ["一/(一) 深入实施政府信息公开条例", "一/(二) 狠抓落实"]
    );
    let doc = parse_text(text, "示例.txt");
    assert!(doc.tasks[0]
        .text
        .starts_with("深入实施政府信息公开条例。各级"));
}

#[test]
fn a_year_alone_over_a_title_opening_on_its_year_word_is_the_titles() {
    let text =
        "2016\n年示例县教育局工作要点\n一、推进依法治教\n（一）完善章程建设。各校年内修订章程。\n\
        （二）加强普法教育。开展宪法进校园活动。\n";
    // Before: `年示例县教育局工作要点`.
    assert_eq!(
        parse_text(text, "示例.txt").title,
        "2016年示例县教育局工作要点"
    );
    // A date the page gives above a whole title stays no part of it.
    let dated = "发布时间：\n2016\n示例县2016年教育局工作要点\n一、推进依法治教\n\
        （一）完善章程建设。各校年内修订章程。\n（二）加强普法教育。开展宪法进校园活动。\n";
    assert_eq!(
        parse_text(dated, "示例.txt").title,
        "示例县2016年教育局工作要点"
    );
}

#[test]
fn goal_figures_said_without_a_verb_or_past_a_negation_are_read() {
    let text = "示例县2023年空气质量改善行动方案\n一、工作目标\n\
        2023年，优良天数287天，PM2.5平均浓度不超过39微克立方米，每日PM10浓度均未超过70微克/立方米。\n\
        二、主要任务\n1.严格项目管理。严禁新增钢铁产能。\n";
    // Before: no target for the days nor the slashless unit; `均未超过` read as `>`, its
    // metric ending `均未`.
    assert_eq!(
        goal_targets(text),
        [
            "优良天数|=|287|天|2023年",
            "PM2.5平均浓度|<=|39|微克/立方米|2023年",
            "每日PM10浓度|<=|70|微克/立方米|2023年",
        ]
    );
    // A count the place has is no target.
    let facts = "示例县2023年民政工作要点\n一、工作目标\n全县现有户数1200户，全市总人数33万人。\n\
        二、主要任务\n1.推进社区建设。新建社区服务站5个。\n";
    assert!(goal_targets(facts).is_empty(), "{:?}", goal_targets(facts));
}

#[test]
fn a_requirements_section_states_the_years_figure_over_broken_lines() {
    // A PDF's lines cut at the page's width, the figure's clause across two.
    let text = "示例县2023年安全生产工作要点\n一、总体思路\n\
        以习近平新时代中国特色社会主义思想为指引，坚持人民至上、生\n\
        命至上，统筹发展和安全，构建大安全大应急框架，以新安全\n\
        格局保障新发展格局。全年生产安全事故死亡人数同比下\n\
        降3%，严控一般事故，坚决遏制较大事故发生。\n\
        二、重点任务\n1.实施城市安全数字赋能行动。建设城市安全智慧大脑。\n";
    // Before: no goal (only a sentence opening on a year to reach was read there).
    assert_eq!(goal_targets(text), ["生产安全事故死亡人数下降|>=|3|%|"]);
    let doc = parse_text(text, "示例.txt");
    assert!(doc.goals[0]
        .text
        .starts_with("全年生产安全事故死亡人数同比下降3%"));
    // A clause on the year with no figure is no goal.
    let plain = text.replace("同比下\n降3%", "持续下\n降");
    assert!(parse_text(&plain, "示例.txt").goals.is_empty());
}

#[test]
fn an_excerpt_cut_after_a_bare_heading_is_flagged() {
    let cut = "示例市2023年普法依法治理工作要点\n一、突出学习宣传重点\n\
        1.深入学习宣传党的二十大精神。把学习宣传贯彻党的二十大精神作为首要政治任务。\n\
        2.突出学习宣传宪";
    let doc = parse_text(cut, "示例.txt");
    assert_eq!(doc.cut_off_task(), Some(1));
    assert!(doc
        .warnings
        .iter()
        .any(|w| w.contains("文本可能不完整") && w.contains("突出学习宣传宪")));
    // A list of one-line tasks ends as bare as it goes.
    let list = "示例县2024年工作要点\n一、重点任务\n1.健全合法性审核机制\n2.推进决策程序规范化\n3.加强执法人员管理";
    assert_eq!(parse_text(list, "示例.txt").cut_off_task(), None);
}

#[test]
fn a_viewers_lone_first_chunk_holding_the_plans_headings_is_no_task() {
    let text = format!(
        "《示例县蓝天保卫战工作方案.docx》由会员分享，可在线阅读，更多相关《示例县蓝天保卫战工作方案.docx(11页)》请在示例文库上搜索。\n\
        1、示例县蓝天保卫战工作方案为全面贯彻落实上级关于打好污染防治攻坚战的决策部署，{}制定本方案。\
        一、工作目标进一步巩固空气质量改善成果，确保各项指标达到考核要求。\
        二、突出重点(一)全力打好重污染天气消除攻坚战。以秋冬季细颗粒物污染防治为重点，持续开展攻坚行动。\
        (二)推进柴油货车污染治理。开展路检路查，{}",
        "扎实推进大气污染防治工作，持续改善环境空气质量，".repeat(3),
        "严查超标排放车辆。".repeat(3)
    );
    let doc = parse_text(&text, "示例.txt");
    // Before: one task `1`, the whole text, under the title `《示例县蓝天保卫战工作方案`.
    assert_eq!(doc.title, "示例县蓝天保卫战工作方案");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["二/(一)", "二/(二)"]);
}

#[test]
fn a_purpose_clause_naming_the_plans_year_is_no_goal() {
    let text = "示例县2023年空气质量改善行动方案\n\
        为了扎实做好大气污染防治工作，确保完成全县2023年空气质量改善目标任务，针对目前影响空气质量的主要问题，结合我县实际，制定本方案。\n\
        一、重点任务\n1.严格项目管理。严禁新增钢铁、焦化产能。\n";
    // Before: the purpose clause was a goal (its year read as a figure).
    assert!(parse_text(text, "示例.txt").goals.is_empty());
    // The year an aim is due by still makes one.
    let due = text.replace(
        "为了扎实做好大气污染防治工作，确保完成全县2023年空气质量改善目标任务，",
        "力争2023年获批创建省级大气污染防治示范县，",
    );
    assert_eq!(parse_text(&due, "示例.txt").goals.len(), 1);
}

#[test]
fn a_titles_set_spaces_and_a_title_given_twice_are_tidied() {
    let body = "\n一、推进依法治教\n（一）完善章程建设。各校年内修订章程。\n（二）加强普法教育。开展宪法进校园活动。\n";
    let title = |t: &str| parse_text(&format!("{t}{body}"), "示例.txt").title;
    // Before: the spaces stayed (`示例市 2024 年工作要点`).
    assert_eq!(
        title("示例市 2024 年教育工作要点"),
        "示例市2024年教育工作要点"
    );
    assert_eq!(
        title("2023 年示例县教育 工作要点"),
        "2023年示例县教育工作要点"
    );
    // A space beside a Latin word stays.
    assert_eq!(
        title("示例市落实 RCEP 工作要点"),
        "示例市落实 RCEP 工作要点"
    );
    assert_eq!(
        title("示例市 5G 网络建设 2024 年工作要点"),
        "示例市 5G 网络建设2024年工作要点"
    );
    // A viewer's heading before the document's own title (`…要点 …要点`).
    assert_eq!(
        title("2023年示例市妇联工作要点 2023年示例市妇联工作要点"),
        "2023年示例市妇联工作要点"
    );
}

#[test]
fn a_viewers_line_of_headings_set_apart_from_their_items_is_cut() {
    let text = "示例市2023年妇联工作要点 一、 推进妇女权益保障 1. 加强法律宣传教育:开展法律讲座,提升妇女维权意识。 \
        2. 推进性别平等:促进妇女平等参与社会事务。 二、 健全妇女服务体系 1. 提升服务能力:加强服务中心建设。 \
        2. 关爱特殊群体:关心留守妇女的需求。";
    // Before: `一` and `二`, each with its items in its text.
    assert_eq!(
        headings(text),
        [
            "一/1 加强法律宣传教育",
            "一/2 推进性别平等",
            "二/1 提升服务能力",
            "二/2 关爱特殊群体"
        ]
    );
    // A heading sentence running on before its space is no heading alone: its figures stay.
    let run_on = "示例市2023年妇联工作要点 一、 推进妇女权益保障工作，全年举办培训 2. 5万人次以上。 二、 健全妇女服务体系。加强服务中心建设。";
    assert_eq!(headings(run_on).len(), 2, "{:?}", headings(run_on));
}

#[test]
fn near_misses_of_the_forms_above_keep_their_old_reading() {
    // A heading of verbs over a body with its own subject stays whole.
    let subject = "示例市2024年河长制工作要点\n一、重点工作\n（一）推进实施\n\
        各区要按照河长制工作方案要求，全年巡河不少于12次。（责任单位：各区政府）\n\
        （二）开展河湖清四乱。全年清理问题50个。（责任单位：市水务局）\n";
    assert_eq!(
        headings(subject),
        ["一/(一) 推进实施", "一/(二) 开展河湖清四乱"]
    );
    // A count named `…人数` in a task's text may be a fact: only a goal's is read bare.
    let fact = "示例县2024年就业工作要点\n一、重点任务\n\
        1.稳定重点群体就业。全县从业人数3500人，新增城镇就业2000人以上。（责任单位：县人社局）\n";
    let doc = parse_text(fact, "示例.txt");
    let metrics: Vec<&str> = doc.tasks[0]
        .targets
        .iter()
        .map(|t| t.metric.as_str())
        .collect();
    assert_eq!(metrics, ["新增城镇就业"]);
    // The year told, not aimed at, is no goal.
    for told in [
        "今年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。",
        "2023年，全县安全形势稳定。全年共发生生产安全事故5起，同比下降16.7%。",
        "坚持以人民为中心，全年重点抓好3件大事，确保各项工作落到实处。",
    ] {
        let text = format!(
            "示例县2024年安全生产工作要点\n一、总体要求\n{told}\n二、重点任务\n\
             （一）开展隐患排查。全年排查企业500家。（责任单位：县应急局）\n"
        );
        assert!(parse_text(&text, "示例.txt").goals.is_empty(), "{told}");
    }
    // A closing item and a list of one-line items end complete.
    let closing = "示例市2024年普法工作要点\n（一）加强宪法学习。组织开展宪法宣传周活动。（责任单位：市司法局）\n\
        （二）推进民法典宣传。开展民法典进社区活动。（责任单位：市司法局）\n\
        （三）完成市委、市政府交办的其他工作\n";
    assert_eq!(parse_text(closing, "示例.txt").cut_off_task(), None);
    let one_line = "示例市2024年普法工作要点\n一、主要任务\n1.开展宪法宣传周活动。\n2.推进民法典进社区。\n3.加强普法队伍建设\n";
    assert_eq!(parse_text(one_line, "示例.txt").cut_off_task(), None);
    // A long first item quoting another document's headings stays an item.
    let quoting = format!(
        "示例县2024年人居环境整治工作方案\n为推进工作，制定本方案。\n\
         1、认真学习文件精神。组织学习示例县的整治意见全文。一、总体目标：全年完成农村改厕1000户，{}。二、重点任务：推进农村厕所革命，{}。（责任单位：各乡镇）\n",
        "各乡镇要对照目标逐项落实".repeat(8),
        "加强生活垃圾治理".repeat(8)
    );
    let ids: Vec<String> = parse_text(&quoting, "示例.txt")
        .tasks
        .iter()
        .map(|t| t.id.clone())
        .collect();
    assert_eq!(ids, ["1"]);
}

#[test]
fn a_count_after_the_words_picking_out_its_things_is_committed_by_the_verb_before_them() {
    let text = "示例区2025年民生实事工作要点\n一、重点任务\n\
        1.完善养老服务。新建500平方米以上的日间照料中心10个。（责任单位：区民政局）\n\
        2.建设口袋公园。建成占地1000平方米以上的口袋公园8个。（责任单位：区住建局）\n";
    let got: Vec<(String, Option<f64>, String)> = target_rows(text)
        .into_iter()
        .map(|(metric, _, value, unit, _)| (metric, value, unit))
        .collect();
    // Before: nothing (the qualifier's figure is none, and the verb stands before it).
    assert_eq!(
        got,
        [
            ("日间照料中心".to_string(), Some(10.0), "个".to_string()),
            ("口袋公园".to_string(), Some(8.0), "个".to_string()),
        ]
    );
    // What there is already is no target.
    let had = text.replace(
        "新建500平方米以上的日间照料中心10个",
        "新建成的500平方米以上的日间照料中心已有10个",
    );
    assert_eq!(target_rows(&had).len(), 1);
}

#[test]
fn an_interviews_speaker_and_answer_mark_are_no_part_of_the_plan() {
    let text = "【主要负责人解读】张三局长示例市2020年全面推行河湖长制工作要点\n\n问：具体措施有哪些？\n\n\
        答：一、坚持节水优先，加强水资源管理保护\n\n\
        1.落实最严格水资源管理制度。全市用水总量控制在4.74亿立方米以内。\n\
        2.加强饮用水水源保护。开展水源地环境整治。\n";
    let doc = parse_text(text, "示例.txt");
    // Before: `张三局长示例市…`, and tasks `1`, `2` with no heading above them.
    assert_eq!(doc.title, "示例市2020年全面推行河湖长制工作要点");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["一/1", "一/2"]);
    // What the speaker does is no office before a place (`王五书记谈…`), nor is the end of a
    // place before the next (`示例市长河县`).
    let said = text.replace("张三局长示例市", "王五书记谈示例市");
    assert!(parse_text(&said, "示例.txt")
        .title
        .starts_with("王五书记谈"));
    let placed = text.replace("张三局长示例市", "示例市长河县");
    assert!(parse_text(&placed, "示例.txt")
        .title
        .starts_with("示例市长河县"));
    // An answer that is prose keeps its old reading: no heading of its own.
    let prose = text.replace(
        "答：一、坚持节水优先，加强水资源管理保护",
        "答：（一）季度末前报送",
    );
    assert!(parse_text(&prose, "示例.txt")
        .tasks
        .iter()
        .all(|t| !t.id.starts_with('一')));
}

#[test]
fn a_pages_marks_around_a_plan_are_read_through() {
    // A bullet before the goal block's number; a year before a field's goal title.
    let bulleted = "示例市水利局2024年工作思路\n  • 一、总体目标\n    全年完成水利投资200亿元以上。\n    二、主要任务\n    1.推进续建项目。完成年度投资155亿元。\n    2.提高开工率。新开工项目10个以上。\n";
    let doc = parse_text(bulleted, "示例.txt");
    // Before: no goal, and a warning that the numbering starts at 二.
    assert_eq!(goal_targets(bulleted), ["水利投资|>=|200|亿元|"]);
    assert!(!doc.warnings.iter().any(|w| w.contains("编号不连续")));
    // An item opening on a numeral after its bullet (`• 一、二级公路…`), and a site's dashed
    // note, stay what they were.
    let listed = "示例县2024年交通工作要点\n一、加快公路建设\n1.完成农村公路新改建300公里。\n\
        • 一、二级公路改造提升50公里。\n二、提升运输服务\n1.新开通城乡公交线路5条。\n- 二、如有侵权请联系删除\n";
    let ids: Vec<String> = (parse_text(listed, "示例.txt").tasks.iter())
        .map(|t| t.id.clone())
        .collect();
    assert!(ids.iter().all(|id| !id.contains('#')), "{ids:?}");
    assert!(ids.contains(&"二/1".to_string()), "{ids:?}");
    let dated = "示例县2023年体育工作计划\n一、2023年体育工作目标\n1. 提高群众健身意识。\n2. 增强体育公共服务能力。\n二、具体工作内容\n1. 开展全民健身宣传月活动。\n2. 完善体育场地设施建设。\n";
    // Before: the two aims were tasks `一/1`, `一/2`.
    assert_eq!(
        headings(dated),
        ["二/1 开展全民健身宣传月活动", "二/2 完善体育场地设施建设"]
    );
    assert_eq!(parse_text(dated, "示例.txt").goals.len(), 2);
    // Quotes closed by `〞`; a title ending `工作谋划`; a site's `计划总结` category is a plan's.
    let quoted = "示例县文广旅局2023年工作谋划\n1、提升公共服务水平。利用“舞台车〞下基层服务,每月每车下乡不低于2次。\n2、加快道路建设。完成农村公路新改建50公里。\n";
    let doc = parse_text(quoted, "示例.txt");
    assert_eq!(doc.title, "示例县文广旅局2023年工作谋划");
    assert_eq!(
        (doc.tasks[0].targets.iter())
            .map(target_brief)
            .collect::<Vec<_>>(),
        ["每车下乡|>=|2|次|"]
    );
    let category = "示例市水利局\n计划总结\n2024年全市水利工作的总体思路是：推进水网建设。\n一、补短板\n1.谋划重大项目。全年计划完成水利投资26亿元。\n2.实施流域治理。实施项目22个。\n";
    assert_eq!(
        parse_text(category, "示例.txt").kind,
        plandiff::model::DocKind::Plan
    );
}

#[test]
fn a_sections_label_before_the_list_is_no_title_under_one() {
    let text = "示例市体育局重点工作计划\n\n时间：2022-09-12\n\n示例市体育局重点工作计划\n\n2014年，市体育局将重点抓好群众体育。\n\n2014年主要任务\n\n（一）加快推进体育基础设施建设。\n\n新建一批体育设施。\n\n（二）广泛开展全民健身活动。\n\n举办多项赛事。\n";
    // Before: `2014年主要任务`.
    assert_eq!(
        parse_text(text, "示例.txt").title,
        "示例市体育局重点工作计划"
    );
    // Alone, the label is all the title there is.
    let alone = "主要任务\n一、推进改革\n1.完成清单编制。\n2.开展检查。\n";
    assert_eq!(parse_text(alone, "示例.txt").title, "主要任务");
}

#[test]
fn a_name_opening_on_most_is_no_bound() {
    let text = "示例市2024年民政工作要点\n一、兜牢民生底线\n\
        1.提高救助标准。特困人员基本生活标准不低于当地最低生活保障标准的1.3倍。\n\
        2.落实补贴。最高补贴5000元。\n";
    let doc = parse_text(text, "示例.txt");
    let got: Vec<String> = (doc.tasks.iter())
        .flat_map(|t| t.targets.iter().map(target_brief))
        .collect();
    // Before: `特困人员基本生活标准不低于当地|>=|1.3|倍` (the `最低` of the name as the bound).
    assert_eq!(got, ["特困人员基本生活标准|>=|1.3|倍|", "补贴|<=|5000|元|"]);
}
