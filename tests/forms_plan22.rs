//! Forms met in real plans (invented 示例 places): names closing a unit bracket after its role
//! clauses, a heading's sub-items run into its line, a span of months, and a stretch figure
//! after a change (`增长2.5%，力争3%`).

mod common;
use common::{target_rows, task_units};
use plandiff::parse_text;

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

#[test]
fn names_after_the_last_role_clause_of_a_bracket_take_part() {
    let text = "示例县2025年安全生产工作要点\n一、强化安全生产责任\n\
        1.组织企业负责人开展安全培训。（县应急管理局、县人社局分工负责；各乡镇）\n\
        2.开展学习成效随机抽考。（县委组织部、各行业主管部门分工负责，县安委办；各乡镇）\n\
        3.开展执法检查。（县应急管理局牵头，县市场监管局、县消防救援大队）\n";
    assert_eq!(
        task_units(text),
        [
            // Before: `各乡镇`, `县安委办` and the helpers after `牵头` were dropped.
            (names(&[]), names(&["县应急管理局", "县人社局", "各乡镇"])),
            (
                names(&[]),
                names(&["县委组织部", "各行业主管部门", "县安委办", "各乡镇"])
            ),
            (
                names(&["县应急管理局"]),
                names(&["县市场监管局", "县消防救援大队"])
            ),
        ]
    );
}

#[test]
fn a_headings_sub_items_run_into_its_line_are_its_tasks() {
    let broken = "示例区2025年森林防火工作实施方案\n一、主要任务\n（一）全面落实责任。乡镇长是第一责任人。\n\
        （二）加强阻隔工程建设。\n1.隔离带建设。在林地边缘开展阻隔带建设。\n2.人工除草。开展清坟头除草。\n";
    let run_on = "示例区2025年森林防火工作实施方案\n一、主要任务\n（一）全面落实责任。乡镇长是第一责任人。\n\
        （二）加强阻隔工程建设。1.隔离带建设。在林地边缘开展阻隔带建设。2.人工除草。开展清坟头除草。\n";
    let ids = |text: &str| -> Vec<String> {
        (parse_text(text, "示例.txt").tasks.iter())
            .map(|t| format!("{} {}", t.id, t.heading))
            .collect()
    };
    // Before: the run-on line was one task, `一/(二)`, with both sub-items in its text.
    assert_eq!(
        ids(run_on),
        [
            "一/(一) 全面落实责任",
            "一/(二)/1 隔离带建设",
            "一/(二)/2 人工除草"
        ]
    );
    assert_eq!(ids(run_on), ids(broken));
}

#[test]
fn a_span_from_one_months_end_to_anothers_is_one_time() {
    let text = "示例县2025年秸秆禁烧工作要点\n一、重点任务\n1.落实禁烧。2025年5月底到9月底全县秸秆禁烧。\n";
    let got: Vec<(String, Option<String>)> = (target_rows(text).into_iter())
        .map(|(m, _, _, _, d)| (m, d))
        .collect();
    // Before: `到9月底全县秸秆禁烧` by `2025年5月底`, and `全县秸秆禁烧` by `9月底`.
    assert_eq!(
        got,
        [(
            "全县秸秆禁烧".to_string(),
            Some("2025年5月底到9月底".to_string())
        )]
    );
}

#[test]
fn a_stretch_figure_after_a_change_is_the_same_measure_and_a_level_drops_the_rate() {
    let text = "示例市2025年乡村振兴工作要点\n一、重点任务\n\
        1.促进增收。农业增加值增长2.5%，力争3%；农民人均可支配收入增速高于城镇居民1个百分点，力争达到40000元。\n";
    let got: Vec<(String, Option<f64>, String)> = (target_rows(text).into_iter())
        .map(|(m, _, v, u, _)| (m, v, u))
        .collect();
    let row = |m: &str, v: f64, u: &str| (m.to_string(), Some(v), u.to_string());
    assert_eq!(
        got,
        [
            row("农业增加值增长", 2.5, "%"),
            // Before: `农业增加值`, a level of 3%.
            row("农业增加值增长", 3.0, "%"),
            row("农民人均可支配收入增速", 1.0, "个百分点"),
            // Before: `农民人均可支配收入增速` of 40000元.
            row("农民人均可支配收入", 40000.0, "元"),
        ]
    );
    // A figure with a word of its own after a change is a level.
    let text = "示例市2025年工作要点\n一、重点任务\n\
        1.改善环境。优良天数比率提高3%，达到88%；失业率下降0.5%，控制在4%以内。\n";
    let metrics: Vec<String> = (target_rows(text).into_iter()).map(|r| r.0).collect();
    assert_eq!(
        metrics,
        ["优良天数比率提高", "优良天数比率", "失业率下降", "失业率"]
    );
}

#[test]
fn items_after_a_preambles_own_under_its_heading_are_work() {
    let ids = |text: &str| -> Vec<String> {
        (parse_text(text, "示例.txt").tasks.iter())
            .map(|t| format!("{} {}", t.id, t.heading))
            .collect()
    };
    // A plan numbering its items across sections, the heading of its work lost.
    let lost = "示例市打赢蓝天保卫战实施方案\n一、总体要求\n（一）指导思想。以新思想为指导。\n\
        （二）目标指标。到2020年，PM2.5浓度下降20%以上。\n\
        （三）优化产业布局。完成“三线一单”编制工作。\n（四）严控“两高”行业产能。淘汰落后产能10家。\n";
    // Before: no task, both items auxiliary under `总体要求`.
    assert_eq!(
        ids(lost),
        ["一/(三) 优化产业布局", "一/(四) 严控“两高”行业产能"]
    );
    // A preamble of its own kinds alone, or closed by one item not opening on work, holds none.
    let preamble = "示例市打赢蓝天保卫战实施方案\n一、总体要求\n（一）指导思想。以新思想为指导。\n\
        （二）基本原则。坚持系统治理。\n（三）实施范围。全市各乡镇。\n二、重点任务\n\
        （四）优化产业布局。完成编制工作。\n";
    assert_eq!(ids(preamble), ["二/(四) 优化产业布局"]);
    let principles =
        "示例市打赢蓝天保卫战实施方案\n一、总体要求\n（一）指导思想。以新思想为指导。\n\
        （二）坚持系统治理。统筹推进。\n（三）坚持源头防控。加强管控。\n二、重点任务\n\
        （四）优化产业布局。完成编制工作。\n";
    assert_eq!(ids(principles), ["二/(四) 优化产业布局"]);
    // With a heading of work of its own, the plan's preamble holds none.
    let scoped = "示例市扬尘整治实施方案\n一、总体要求\n（一）指导思想。以新思想为指导。\n\
        （二）整治范围。全市建成区。\n（三）统筹兼顾，突出重点。分类施策。\n二、重点任务\n\
        （一）加强工地扬尘管控。落实六个百分之百。\n";
    assert_eq!(ids(scoped), ["二/(一) 加强工地扬尘管控"]);
}

#[test]
fn a_page_run_into_one_line_with_numbers_that_lost_their_dots_gives_its_tasks() {
    // A PDF's text: one line, its sub-items' numbers `1 ` without their dots.
    let text = "一、工作目标以落实四项责任为着力点，构建社会消防安全防火墙。二、工作任务（一）落实四项责任\
        1 落实政府领导责任。各地政府要将消防工作纳入发展计划。2 落实部门监管责任。各有关部门要开展消防安全检查。\
        3 落实设施建设责任。各地政府要加强公共消防设施建设。\n";
    let got: Vec<String> = (parse_text(text, "示例.txt").tasks.iter())
        .map(|t| format!("{} {}", t.id, t.heading))
        .collect();
    // Before: no task, the whole line one section's title.
    assert_eq!(
        got,
        [
            "二/(一)/1 落实政府领导责任",
            "二/(一)/2 落实部门监管责任",
            "二/(一)/3 落实设施建设责任"
        ]
    );
}

#[test]
fn a_plan_naming_no_units_neither_loses_nor_gains_any() {
    let a = parse_text(
        "示例市大气污染防治工作方案\n一、主要任务\n\
         1.优化产业布局。完成“三线一单”编制工作。（市生态环境局牵头，市发改委、市经信局参与）\n\
         2.严控“两高”产能。淘汰落后产能10家。（市发改委牵头）\n",
        "a.txt",
    );
    let b = parse_text(
        "示例县大气污染防治工作方案\n附件：目标任务分解表\n一、重点任务\n\
         1.优化产业布局。完成“三线一单”和环境准入清单编制工作。\n\
         2.严控“两高”产能。淘汰落后产能12家。\n",
        "b.txt",
    );
    let c = plandiff::compare(&a, &b);
    assert_eq!(c.pairs.len(), 2);
    // Before: 4 unit changes, every unit of A `removed`, each lead `lost`.
    assert_eq!(c.summary.unit_changes, 0);
    assert!(c.pairs.iter().all(|p| p.units.changes.is_empty()));
    assert!(c
        .agencies
        .iter()
        .all(|r| r.lost.is_empty() && r.gained.is_empty()));
    assert!(c.agencies.iter().any(|r| r.a.len() == 1));
    assert!(c
        .b
        .warnings
        .iter()
        .any(|w| w.contains("未列出任何任务的牵头或责任单位")));
    assert!(!c.a.warnings.iter().any(|w| w.contains("未列出")));
    // With units on both sides they are compared.
    let b2 = parse_text(
        "示例县大气污染防治工作方案\n一、重点任务\n\
         1.优化产业布局。完成“三线一单”编制工作。（县生态环境局牵头）\n\
         2.严控“两高”产能。淘汰落后产能12家。\n",
        "b.txt",
    );
    assert!(plandiff::compare(&a, &b2).summary.unit_changes > 0);
}

#[test]
fn points_run_into_one_line_are_read_as_when_each_opens_a_line() {
    let run_on = "示例市2023年教育工作要点\n一、加快推进教育项目建设\n\
        一是加快项目建设进度，增加学前公办学位供给。二是整合优化教育布局，小学向城镇聚集。三是盘活资源，统筹配套教育设施建设。\n\
        二、推进各类教育协调发展\n1.推动学前教育普及普惠发展\n一是做好迎国检工作。二是推进示范园创建工作。\n";
    let broken =
        run_on
            .replacen("。二是整合", "。\n二是整合", 1)
            .replacen("。三是盘活", "。\n三是盘活", 1);
    let ids = |text: &str| -> Vec<String> {
        (parse_text(text, "示例.txt").tasks.iter())
            .map(|t| t.id.clone())
            .collect()
    };
    // Before: `一/一是` alone, its text holding the other two points.
    assert_eq!(ids(run_on), ["一/一是", "一/二是", "一/三是", "二/1"]);
    assert_eq!(ids(run_on), ids(&broken));
}

#[test]
fn a_goals_figures_after_its_horizon_are_due_by_it() {
    let text = "示例市空气质量改善方案\n一、目标指标\n\
        到2020年，全面完成“十三五”约束性指标。全市PM2.5浓度比2015年下降22%以上，空气质量优良天数比率达到80%以上。\
        到2025年底，优良天数比率达到85%。\n二、主要任务\n（一）优化产业布局。完成三线一单编制。\n";
    let doc = parse_text(text, "示例.txt");
    let got: Vec<(String, Option<String>)> = (doc.goals.iter())
        .flat_map(|g| &g.targets)
        .filter(|t| t.value.is_some())
        .map(|t| (t.value.unwrap_or_default().to_string(), t.deadline.clone()))
        .collect();
    let due = |v: &str, d: &str| (v.to_string(), Some(d.to_string()));
    // Before: no deadline for 22% and 80%. (Not carried past a time said otherwise: below.)
    assert_eq!(
        got,
        [
            due("22", "2020年"),
            due("80", "2020年"),
            due("85", "2025年底")
        ]
    );
}

#[test]
fn a_paying_sites_cut_and_bookmark_are_no_text_of_the_plan() {
    let text = "示例市创建文明城市工作推进措施\n一、主要任务\n\
        1.整治突出问题。逐项整治背街小巷环境。\n\
        2.提升市民素质。结合年度创\n\
        ……(某文秘网https://www.example.cn省略691字,正式会员可完整阅读)\n\
        ……(未完,全文共3842字,当前仅显示1941字,请阅读下面提示信息。\n\
        收藏《示例市创建文明城市工作推进措施》)\n";
    let doc = parse_text(text, "示例.txt");
    let last = doc.tasks.last().expect("tasks");
    // Before: the three lines ran on into task 2's text.
    assert_eq!(last.text, "提升市民素质。结合年度创");
}

#[test]
fn a_figure_picking_out_the_things_a_target_is_for_is_none() {
    let text = "示例县2020年大气污染防治攻坚方案\n一、重点任务\n\
        1.改善空气质量。2019年PM2.5平均浓度超过70微克/立方米的甲镇、乙镇的PM2.5平均浓度均下降至70微克/立方米及以下。\n\
        2.巩固改善成果。在2019年PM2.5平均浓度低于50微克/立方米的丙乡确保不出现反弹。\n\
        3.扶持企业。年产值2000万元以上的企业达到50家，开展2次以上的业务培训，实现90%以上的行政村通客车。\n";
    let got: Vec<String> = (target_rows(text).into_iter())
        .map(|(m, c, v, u, d)| format!("{m} {c} {v:?} {u} {d:?}"))
        .collect();
    assert_eq!(
        got,
        [
            // Before: also `PM2.5平均浓度 > 70`, and the metric opened on `的`.
            "甲镇、乙镇的PM2.5平均浓度 AtMost Some(70.0) 微克/立方米 None",
            // Before: `PM2.5平均浓度 < 50` by 2019年.
            "企业 Equal Some(50.0) 家 None",
            "业务培训 AtLeast Some(2.0) 次 None",
            "行政村通客车 AtLeast Some(90.0) % None",
        ]
    );
}

#[test]
fn a_goals_horizon_stops_at_a_time_said_otherwise() {
    let text = "示例市空气质量改善方案\n一、工作目标\n\
        2024年，全市PM2.5浓度下降至35微克/立方米。今后三年，优良天数比率提高到88%。\n\
        二、主要任务\n（一）优化产业布局。完成三线一单编制。\n";
    let doc = parse_text(text, "示例.txt");
    let deadlines: Vec<Option<String>> = (doc.goals.iter())
        .flat_map(|g| &g.targets)
        .map(|t| t.deadline.clone())
        .collect();
    assert_eq!(deadlines, [Some("2024年".to_string()), None]);
}

#[test]
fn a_cell_per_line_table_with_a_wrapped_label_and_status_columns_is_read_by_position() {
    let text = "2024年示例县重点工作目标任务分解表\n序号 |\n目标与任务 |\n牵头责任 单位 |\n完成情况 |\n督查 情况 |\n\
        1 |\n新增托位数400个以上，推动义务教育优质均衡发展。 |\n县教育局 |\n已开工建设托育中心2个。 |\n已完成 |\n\
        2 |\n积极创建“枫桥式”司法所，加强法治基层基础建设。 |\n县司法局 |\n3个司法所完成验收。 |\n已完成 |\n";
    let doc = parse_text(text, "示例.txt");
    // Before: the title `完成情况督查情况`, the units and the status cells run into the text.
    assert_eq!(doc.title, "2024年示例县重点工作目标任务分解表");
    let got: Vec<(String, Vec<String>)> = (doc.tasks.iter())
        .map(|t| (t.heading.clone(), t.lead_units.clone()))
        .collect();
    assert_eq!(
        got,
        [
            (
                "新增托位数400个以上，推动义务教育优质均衡发展".to_string(),
                names(&["县教育局"])
            ),
            (
                "积极创建“枫桥式”司法所，加强法治基层基础建设".to_string(),
                names(&["县司法局"])
            ),
        ]
    );
    assert!(doc.tasks.iter().all(|t| !t.text.contains("完成")));
}

#[test]
fn a_document_sites_file_list_empty_quotes_and_a_plan_with_its_summary() {
    // A document site's list of other files after a cut plan: no tasks.
    let listed = "2026年度爱国卫生运动工作计划\n一、深化城乡环境综合整治\n（一）城乡环境卫生提质工程\n\
        1.城区重点区域整治：3月底前完成主城区12条背街小巷整治。\n您可能关注的文档\n最近下载\n\
        - 新高考地理一轮复习微专题(解析版).docx VIP\n- 压裂施工曲线分析课件.ppt VIP\n- 透析室库房管理规范.pptx VIP\n";
    let doc = parse_text(listed, "示例.txt");
    // Before: three tasks `一/(一)/1/(1)`… named after the files, the plan's item lost.
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["一/(一)/1"]);
    // Empty quotes where a page lost its characters hold nothing (`2“”、`).
    let garbled = "2024“”“”年，基础教育工作要做好各项工作。1、构建学前教育体系。(1)贯彻幼儿教育纲要。(2)加快乡镇中心幼儿园建设。\
        2“”、推进义务教育均衡(1)贯彻义务教育实施办法。(2)做好课程改革工作。\n";
    let ids: Vec<String> = (parse_text(garbled, "示例.txt").tasks.iter())
        .map(|t| t.id.clone())
        .collect();
    // Before: `1/(1)#2`, `1/(2)#2`, item 2 lost.
    assert_eq!(ids, ["1/(1)", "1/(2)", "2/(1)", "2/(2)"]);
    // A plan titled with its summary is a plan: its 力争 figures are planned.
    let both = "示例县科技局工作计划和总结\n一、发挥创新主体作用\n\
        1.发展高新技术产业。全年力争培育高新技术企业5家以上。\n";
    let doc = parse_text(both, "示例.txt");
    assert_eq!(doc.kind, plandiff::model::DocKind::Plan);
}

#[test]
fn a_task_cut_off_at_the_texts_end_is_told_of_and_makes_no_weak_pair() {
    let a = "示例省2011年政务公开工作要点\n二、大力推进行政权力公开透明运行\n\
        （四）推行行政决策公开。坚持依法科学民主决策，扩大行政决策公开的领域和范围。\n\
        （五）增强行政权力运行透明度。全面推进清权确权工作，编制行政职权目录，及时向社会公布。\n\
        （六）积极推进内部公开。在推进行政权力公开透明运行的基";
    let b = "样例市2012年政务公开工作要点\n二、深入推进行政权力公开透明运行\n\
        （四）推进重大决策公开。重大行政决策草案向社会公布，广泛听取意见。\n\
        （五）继续深化行政权力网上公开透明运行。加快建设网上办事大厅，实现审批事项网上运行全覆盖。\n";
    let (a, b) = (parse_text(a, "a.txt"), parse_text(b, "b.txt"));
    assert!(
        a.warnings
            .iter()
            .any(|w| w.contains("文本可能不完整") && w.contains("二/(六)")),
        "{:?}",
        a.warnings
    );
    assert!(!b.warnings.iter().any(|w| w.contains("文本可能不完整")));
    let c = plandiff::compare(&a, &b);
    // Before: `二/(六)` paired with `二/(五)` on the fragment repeating the section's title.
    assert!(
        c.pairs.iter().all(|p| p.a != "二/(六)"),
        "{:?}",
        c.pairs
            .iter()
            .map(|p| (&p.a, &p.b, p.score))
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_cell_over_two_lines_keeps_the_table_read_by_what_its_cells_hold() {
    let text = "示例市2025年重点工作任务分解表\n序号\n重点任务\n牵头单位\n责任单位\n完成时限\n\
        1\n规模以上工业增加值增长8%。\n市工信局\n各县区政府\n12月底\n\
        2\n固定资产投资增长10%。\n市发改委\n各县区政府\n12月底\n\
        3\n新增城镇就业1.2万人，\n城镇登记失业率控制在3.5%以内。\n市人社局\n各县区政府\n12月底\n\
        4\n新建公办幼儿园5所。\n市教育局\n各县区政府\n9月底\n";
    let doc = parse_text(text, "示例.txt");
    let leads: Vec<(String, Vec<String>)> = (doc.tasks.iter())
        .map(|t| (t.id.clone(), t.lead_units.clone()))
        .collect();
    assert_eq!(
        leads,
        [
            ("1".to_string(), names(&["市工信局"])),
            ("2".to_string(), names(&["市发改委"])),
            ("3".to_string(), names(&["市人社局"])),
            ("4".to_string(), names(&["市教育局"])),
        ]
    );
}
