//! Forms met in real plans (invented 示例 places): a task table drawn with box characters
//! (`┌─┬─┐`, `│…│`), its cells wrapped over lines, a merged agency cell for a group of
//! measures marked `△`, its letter-spaced header repeated over a page.

mod common;

use common::{ids, parsed_fixture, task};

#[test]
fn a_table_drawn_with_box_characters_is_read_row_by_row() {
    let doc = parsed_fixture("drawn_table.txt");
    assert_eq!(doc.title, "示例市2025年政府工作报告重点工作分解表");
    // The group rows head their measures; the header repeated over the page break is no task
    // and does not restart the count.
    assert_eq!(
        ids(&doc),
        ["(一)/1", "(一)/2", "(一)/3", "(二)/1", "(三)/1"]
    );
    let t = task(&doc, "(一)/1");
    assert_eq!(t.heading, "优化财政支出结构");
    // A wrapped cell is one text, its line breaks gone.
    assert!(t.text.contains("民生支出占比不低于75%"), "{}", t.text);
    assert!(t.targets.iter().any(|x| x.value == Some(75.0)));
    // The agency cell beside the first measure's lines, merged down from the group row.
    assert_eq!(t.lead_units, ["市财政局", "市税务局", "各区政府"]);
    // The second measure starts beside the next agency cell.
    assert_eq!(task(&doc, "(一)/2").lead_units, ["市财政局", "市审计局"]);
    assert!(task(&doc, "(一)/2").text.contains("覆盖率达到100%"));
    assert_eq!(task(&doc, "(二)/1").lead_units, ["市教育局"]);
    assert!(task(&doc, "(二)/1")
        .targets
        .iter()
        .any(|x| x.deadline.as_deref() == Some("12月底前")));
    assert_eq!(task(&doc, "(三)/1").lead_units, ["市住建局"]);
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn a_header_repeated_over_a_page_neither_restarts_the_count_nor_is_a_task() {
    let text = "示例县重点任务清单\n序号\t工作任务\t牵头单位\t完成时限\n1\t新建公园2个\t县住建局\t6月底前\n序号\t工作任务\t牵头单位\t完成时限\n2\t改造供水管网5公里\t县水务局\t9月底前\n序号\t工作任务\t牵头单位\t完成\n3\t新增停车位300个\t县交通局\t12月底前\n";
    let doc = plandiff::parse_text(text, "清单.txt");
    assert_eq!(ids(&doc), ["1", "2", "3"]);
    assert_eq!(task(&doc, "3").lead_units, ["县交通局"]);
    // Rows without numbers are counted on over the repeated header too.
    let unnumbered = "示例县重点任务清单\n工作任务\t牵头单位\t完成时限\n新建公园2个\t县住建局\t6月底前\n工作任务\t牵头单位\t完成时限\n改造供水管网5公里\t县水务局\t9月底前\n";
    let doc = plandiff::parse_text(unnumbered, "清单.txt");
    assert_eq!(ids(&doc), ["1", "2"]);
}

#[test]
fn a_table_whose_cells_are_parted_by_single_spaces_gives_its_units() {
    // Copied from a page: one space between cells, the task label with the plan's year.
    let text = "示例县2025年重点工作责任清单\n序号 2025年重点工作任务 牵头领导 牵头单位 配合单位\n81 新增托育机构2所以上。 某某 县卫健委 县直有关单位\n85 创建全国中医药示范县。 某某 县卫健委 各乡镇\n本清单由县政府办公室负责解释。\n";
    let doc = plandiff::parse_text(text, "清单.txt");
    assert_eq!(ids(&doc), ["81", "85"]);
    assert_eq!(task(&doc, "81").lead_units, ["县卫健委"]);
    assert_eq!(task(&doc, "81").responsible_units, ["县直有关单位"]);
    assert_eq!(task(&doc, "85").responsible_units, ["各乡镇"]);
    // The leader's name is no agency, and the line after the table is no part of a task.
    assert!(!task(&doc, "85").text.contains("某某"));
    assert!(!task(&doc, "85").text.contains("负责解释"));
}

#[test]
fn a_table_one_cell_a_line_with_labels_broken_over_lines_and_a_goal_column() {
    // A narrow header cell breaks its label over two lines (`责任` / `领导`), a wide one is
    // spaced out (`分 管 镇领导`), and the last column says what each task is to reach.
    let text = "示例镇2025年重点工作计划\n\n序号\n\n重点工作\n\n分 管 镇领导\n\n责任\n\n科室\n\n攻坚目标\n\n1\n\n示例水库工程政策处理\n\n张某\n\n水库工作专班\n\n完成库区政策处理工作。\n\n2\n\n美丽城镇建设\n\n李某\n\n乡村振兴办\n\n成功创建省级美丽城镇。\n";
    let doc = plandiff::parse_text(text, "计划.txt");
    assert_eq!(ids(&doc), ["1", "2"]);
    assert_eq!(task(&doc, "1").responsible_units, ["水库工作专班"]);
    assert!(task(&doc, "1").text.contains("完成库区政策处理工作"));
    assert_eq!(task(&doc, "2").responsible_units, ["乡村振兴办"]);
    assert!(task(&doc, "2").text.contains("成功创建省级美丽城镇"));
    assert!(!task(&doc, "2").text.contains("李某"));
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn a_point_after_a_list_it_broke_into_goes_on_the_points() {
    // `一是` introduces its projects, numbered `（一）`…; `二是` goes on the points, not into
    // the last project's text.
    let text = "示例镇2025年工作计划\n一是扎实推进产业强镇。全年谋划农业项目2个：\n（一）中药材种植园项目：总投资120万元，5月竣工。\n（二）西瓜种植园项目：总投资400万元，3月竣工。\n二是全面加强党的建设。组织开展学习活动4次。\n三是持续改善人居环境。完成改厕200户。\n";
    let doc = plandiff::parse_text(text, "计划.txt");
    assert_eq!(ids(&doc), ["一是", "(一)", "(二)", "二是", "三是"]);
    assert!(!task(&doc, "(二)").text.contains("党的建设"));
    assert!(task(&doc, "二是").text.contains("学习活动4次"));
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn drawn_tables_under_a_plans_headings_one_bullet_a_row_and_no_rules_between_rows() {
    // Groups of measures under the plan's own `二、`: one level below it.
    let text = "示例市2025年重点工作实施方案\n一、总体要求\n坚持稳中求进。\n二、重点任务\n┌────┬────┐\n│工作任务│牵头单位│\n├────┼────┤\n│推进城市更新│市住建局│\n├────┤        │\n│△改造老旧小区20个│        │\n│△新建城市公园3个 │        │\n└────┴────┘\n三、保障措施\n（一）加强组织领导。各部门要落实责任。\n";
    let doc = plandiff::parse(text.as_bytes(), "方案.txt").expect("reads");
    assert_eq!(ids(&doc), ["二/(一)/1", "二/(一)/2"]);
    assert!(doc.sections.iter().any(|s| s.id == "三"));
    assert_eq!(task(&doc, "二/(一)/2").lead_units, ["市住建局"]);
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    // A bullet opening each row's own cell: rows under the header, not a group.
    let text = "示例市重点任务表\n┌────┬────┐\n│工作任务│牵头单位│\n├────┼────┤\n│●新建城市公园3个│市住建局│\n├────┼────┤\n│●改造老旧小区20个│市房管局│\n└────┴────┘\n";
    let doc = plandiff::parse(text.as_bytes(), "表.txt").expect("reads");
    assert_eq!(ids(&doc), ["1", "2"]);
    assert_eq!(task(&doc, "2").lead_units, ["市房管局"]);
    // No rule between the rows: each numbered line is a row.
    let text = "示例市重点任务表\n┌──┬────┬────┐\n│序号│工作任务│牵头单位│\n├──┼────┼────┤\n│1│新建城市公园3个│市住建局│\n│2│改造老旧小区20个│市房管局│\n└──┴────┴────┘\n";
    let doc = plandiff::parse(text.as_bytes(), "表.txt").expect("reads");
    assert_eq!(ids(&doc), ["1", "2"]);
    assert_eq!(task(&doc, "1").lead_units, ["市住建局"]);
    assert!(!task(&doc, "1").text.contains("老旧小区"));
}

#[test]
fn a_block_of_box_characters_wider_than_any_table_is_kept_as_text() {
    let wide = format!("示例\n{}\n", "│甲".repeat(100));
    let read = plandiff::ingest::read(wide.as_bytes(), "宽.txt").expect("reads");
    assert_eq!(read.text, wide);
}

#[test]
fn one_goal_cell_a_row_in_a_table_one_cell_a_line() {
    let text = "示例市2025年重点工作任务清单\n工作任务\n牵头单位\n工作目标\n推进城市更新行动\n市住建局\n改造老旧小区20个\n实施公园城市建设\n市园林局\n新建城市公园3个\n";
    let doc = plandiff::parse_text(text, "清单.txt");
    assert_eq!(ids(&doc), ["1", "2"]);
    assert_eq!(task(&doc, "2").lead_units, ["市园林局"]);
}
