//! Tables met in real plans (invented 示例 places), session 33: tables copied one cell a line
//! whose rows the parser lost (no `|` between cells, a time before the people and the
//! agencies, merged cells present only in their group's first row).

mod common;

use common::ids;
use plandiff::{Document, Task};

fn parse(text: &str) -> Document {
    plandiff::parse_text(text, "示例.txt")
}

/// A task's id, its responsible agencies and its deadlines, for short asserts.
fn brief(t: &Task) -> (String, Vec<String>, Vec<String>) {
    let deadlines = (t.targets.iter())
        .filter_map(|x| x.deadline.clone())
        .collect();
    (t.id.clone(), t.responsible_units.clone(), deadlines)
}

fn owned(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

/// A work plan's table copied one cell a line with no bar between cells: a label's note in
/// brackets on a line of its own (`(单位)`), the time before the leader and the agencies, the
/// agencies one a line, a category and the time merged down over several rows (given in the
/// first row only), a leader's name spaced out (`李 强`).
const CELL_TABLE: &str = "示例县文化和旅游局2024年重点工作任务分解表
序号
指标
工作任务
完成时限
责任领导
责任股室
(单位)
备注
1
公共服务
全年开展送戏下乡演出不少于80场。
12月底前
张明华
公共服务股
文化馆
图书馆
2
新建城市书房3个。
公共服务股图书馆
3
开展全民阅读推广活动。
4
产业发展
培育规模以上文化企业2家。
产业股
5
旅游宣传
举办文旅节会活动3场次。
6月底
李 强
旅游股
6
完成乡村旅游示范点建设。
";

#[test]
fn a_cell_table_without_bars_keeps_every_row() {
    // Before: one task titled `(单位)`: the note ended the header, the leader's name after the
    // time was read as a second item of the row, and the agencies after it ended the table.
    let doc = parse(CELL_TABLE);
    assert_eq!(ids(&doc), ["1", "2", "3", "4", "5", "6"]);
    let rows: Vec<_> = doc.tasks.iter().map(brief).collect();
    assert_eq!(
        rows[0],
        (
            "1".to_string(),
            owned(&["公共服务股", "文化馆", "图书馆"]),
            owned(&["12月底前"])
        )
    );
    assert_eq!(rows[1].1, owned(&["公共服务股图书馆"]));
    assert_eq!(rows[2].1, Vec::<String>::new());
    assert_eq!(rows[3].1, owned(&["产业股"]));
    // The spaced-out leader is no agency and no text.
    assert_eq!(
        rows[4],
        ("5".to_string(), owned(&["旅游股"]), owned(&["6月底"]))
    );
    assert!(!doc.tasks[4].text.contains('李'), "{}", doc.tasks[4].text);
    assert!(
        !doc.tasks[0].text.contains("张明华"),
        "{}",
        doc.tasks[0].text
    );
    assert!(doc.tasks[5].text.starts_with("完成乡村旅游示范点建设"));
}

#[test]
fn a_label_note_in_brackets_is_no_row() {
    // The note under `责任单位` is the header's, with or without a person column.
    let text = "示例市重点任务清单\n序号\n工作任务\n责任单位\n（牵头）\n完成时限\n1\n新建口袋公园5个。\n市住建局\n9月底前\n2\n改造老旧小区10个。\n市城管局\n12月底前\n";
    let doc = parse(text);
    assert_eq!(ids(&doc), ["1", "2"]);
    assert_eq!(doc.tasks[1].responsible_units, ["市城管局"]);
}

#[test]
fn agencies_named_guan_after_a_leaders_column() {
    // The leader's column before the agencies' and the time last: a name after the agencies
    // is no leader. Before: no task (`县文化馆` was no agency, so no row had one).
    let text = "示例县任务分解表\n序号\n工作任务\n牵头领导\n责任单位\n完成时限\n1\n新建文化广场2个。\n王某某\n县文化馆\n6月底前\n2\n开展文艺汇演。\n赵某某\n县图书馆\n9月底前\n";
    let doc = parse(text);
    assert_eq!(ids(&doc), ["1", "2"]);
    assert_eq!(
        doc.tasks.iter().map(brief).collect::<Vec<_>>(),
        [
            ("1".to_string(), owned(&["县文化馆"]), owned(&["6月底前"])),
            ("2".to_string(), owned(&["县图书馆"]), owned(&["9月底前"]))
        ]
    );
}

/// A progress table of a district's projects copied one cell a line, a bar after each: a
/// group's bare number and its merged lead agency and count, then projects numbered in their
/// own cells at two levels (`(一)…`, `1.…`), each with its owner and a status not read; a
/// second header row under the first.
const LEVELS_TABLE: &str = "示例区2024年民生实事项目进度表
序号 |
牵头单位 |
项目数量 |
项目名称 |
业主单位 |
进展情况 |
||
前期手续 |
形象进度 |
||||
一 |
区住建局 |
民生实事项目(1个) |
(一)打通断头路专项行动(3条路) |
1.示例北路 |
区城投 |
已完工 |
|
2.示例东路 |
区住建局 |
已完工 |
|||
3.示例南路 |
甲街道 |
已开工 |
|||
二 |
区城管局 |
民生实事项目(2个) |
(一)燃气安全装置改造项目 |
区城管局 |
已完工 |
||
(二)井盖整治项目 |
区城管局 区水投 |
已完工 |
";

#[test]
fn a_table_numbered_at_two_levels_in_its_cells() {
    // Before: one task titled by the header's `业主单位`, the projects in its text.
    let doc = parse(LEVELS_TABLE);
    assert_eq!(
        ids(&doc),
        ["一/(一)/1", "一/(一)/2", "一/(一)/3", "二/(一)", "二/(二)"]
    );
    // The group's lead, merged down over its rows, is each project's; the owner is the
    // responsible agency, the status no part of the text.
    let t = &doc.tasks[0];
    assert_eq!(t.lead_units, ["区住建局"]);
    assert_eq!(t.responsible_units, ["区城投"]);
    assert!(!t.text.contains("已完工"), "{}", t.text);
    assert_eq!(doc.tasks[2].responsible_units, ["甲街道"]);
    assert_eq!(doc.tasks[4].lead_units, ["区城管局"]);
    assert_eq!(doc.tasks[4].responsible_units, ["区水投"]);
    assert!(doc
        .sections
        .iter()
        .any(|s| s.title.contains("民生实事项目(2个)")));
}

#[test]
fn short_items_naming_their_own_units_under_a_bare_heading_are_tasks() {
    // Before: `（一）新建道路` one task, its three roads (each with its own agencies) its text.
    let text = "示例区2024年民生实事\n一、改善民生\n（一）新建道路\n1.示例北路（牵头单位：区住建局；责任单位：区城投）\n2.示例东路（牵头单位：区住建局；责任单位：甲街道）\n3.示例南路（牵头单位：区住建局；责任单位：乙街道）\n（二）整治井盖（牵头单位：区城管局）\n（三）改造管网（牵头单位：区水利局）\n";
    let doc = parse(text);
    assert_eq!(
        ids(&doc),
        ["一/(一)/1", "一/(一)/2", "一/(一)/3", "一/(二)", "一/(三)"]
    );
    assert_eq!(doc.tasks[1].responsible_units, ["甲街道"]);
}

#[test]
fn a_heading_over_short_items_without_their_own_units_keeps_them_as_its_text() {
    // Near miss: short lines under a bare heading that name no agency, or only the last one
    // (the heading's units after its details), stay the heading's text, as before.
    let plain = "示例区2024年工作要点\n一、改善民生\n（一）新建道路\n1.示例北路\n2.示例东路\n3.示例南路\n（二）整治井盖（牵头单位：区城管局）\n（三）改造管网（牵头单位：区水利局）\n";
    let last = plain.replace("3.示例南路\n", "3.示例南路（牵头单位：区住建局）\n");
    for text in [plain.to_string(), last] {
        let doc = parse(&text);
        assert_eq!(ids(&doc), ["一/(一)", "一/(二)", "一/(三)"], "{text}");
    }
}

#[test]
fn bars_one_cell_a_line_with_arabic_rows_are_read_as_before() {
    // Near miss: a barred table one cell a line whose rows open on an Arabic number is no
    // table of levels; it reads as rows, as before.
    let text = "示例县重点任务表\n序号 |\n工作任务 |\n牵头单位 |\n完成时限 |\n1 |\n新建口袋公园5个。 |\n县住建局 |\n9月底前 |\n2 |\n改造老旧小区10个。 |\n县城管局 |\n12月底前 |\n";
    let doc = parse(text);
    assert_eq!(ids(&doc), ["1", "2"]);
    assert_eq!(doc.tasks[1].lead_units, ["县城管局"]);
}

#[test]
fn a_first_row_wider_than_its_header_by_its_headings_is_kept() {
    // A pipe table whose first row opens with the headings merged down over the rows below
    // (`一、…`, `（一）…`), given in that row only, and whose rows number themselves in the
    // task's column. Before: the first row was one heading `一、…` holding its task, and the
    // rows after it counted from 2 under `一`.
    let text = "示例市2024年政务公开任务分解清单\n工作任务 | 具体要求 | 责任单位 | 时限要求 | ||\n一、以公开助力营商环境优化。 | （一）加强惠企政策公开。 | 1 | 集中公开涉企政策文件及解读材料。 | 市政府办公室 | 持续推进 |\n2 | 开设惠企政策专题栏目，及时更新内容。 | 市政务服务局 | 6月底前 | ||\n3 | 畅通企业诉求反映渠道。 | 市发展改革委 | 持续推进 | ||\n";
    let doc = parse(text);
    assert_eq!(ids(&doc), ["一/(一)/1", "一/(一)/2", "一/(一)/3"]);
    assert_eq!(doc.tasks[0].responsible_units, ["市政府办公室"]);
    assert!(doc.tasks[0].text.starts_with("集中公开涉企政策文件"));
    assert_eq!(doc.tasks[1].responsible_units, ["市政务服务局"]);
    assert!(doc.tasks[1].text.starts_with("开设惠企政策专题栏目"));
}

#[test]
fn a_category_column_the_header_counts_stays_a_column() {
    // Near miss: a heading in a column the header names (`类别`) is read as before.
    let text = "示例市任务清单\n类别 | 工作任务 | 责任单位 | 完成时限 |\n一、甲类 | 推行一件事改革。 | 市甲局 | 年底前 |\n二、乙类 | 规范涉企检查。 | 市乙局 | 6月底前 |\n";
    let doc = parse(text);
    assert_eq!(ids(&doc), ["一/1", "二/1"]);
    assert_eq!(doc.tasks[1].responsible_units, ["市乙局"]);
}

/// An inspection plan's table copied one cell a line, a bar after each: labels no header word
/// names (`检查对象`, `抽查方式`) between those it does, a label with a note (`检查事项(内容)`),
/// a second header row of ticks (`一般事项 | 重点事项`), counts in their own column (`2`, the
/// next row's number, before `5%`), and the agency and plan merged down over later rows.
const SPANS_TABLE: &str = "示例县市场监督管理局2024年度双随机抽查工作计划
序号 |
责任股室 |
计划名称 |
任务名称 |
检查对象 |
检查事项(内容) |
抽查方式 |
检查事项 |
拟抽查户数 |
拟抽查比例 |
完成时间 |
|
一般事项 |
重点事项 |
|||||||
1 |
食品安全股 |
示例县2024年食品销售抽查 |
食品销售者经营条件检查 |
食品销售企业 |
食品销售者经营条件检查 |
定向抽查 |
√ |
|
2 |
5% |
2024年6月30日前 |
2 |
示例县2024年餐饮服务抽查 |
餐饮服务环境卫生检查 |
餐饮服务单位 |
餐饮服务环境卫生检查 |
不定向抽查 |
|
√ |
8 |
10% |
2024年9月30日前 |
|
3 |
集体用餐配送单位 |
配送环节温控检查 |
定向抽查 |
√ |
|
3 |
20% |
2024年10月31日前 |
|||
";

#[test]
fn rows_short_of_their_merged_cells_are_read_from_their_end() {
    // Before: a task per cell run (`2 5%`, `3 20%`), times filled with ticks and plan names.
    let doc = parse(SPANS_TABLE);
    assert_eq!(ids(&doc), ["1", "2", "3"]);
    let rows: Vec<_> = doc.tasks.iter().map(brief).collect();
    assert_eq!(
        rows,
        [
            (
                "1".to_string(),
                owned(&["食品安全股"]),
                owned(&["2024年6月30日前"])
            ),
            (
                "2".to_string(),
                owned(&["食品安全股"]),
                owned(&["2024年9月30日前"])
            ),
            (
                "3".to_string(),
                owned(&["食品安全股"]),
                owned(&["2024年10月31日前"])
            )
        ]
    );
    assert!(
        doc.tasks[2].text.starts_with("配送环节温控检查"),
        "{}",
        doc.tasks[2].text
    );
    assert!(!doc.tasks[1].text.contains('√'), "{}", doc.tasks[1].text);
}

#[test]
fn a_run_of_page_numbers_and_prose_with_header_words_keep_their_parse() {
    // Near misses: bare numbers on lines of their own between a plan's paragraphs (its page
    // numbers), and labels named in prose, are no table's rows or header.
    let text = "示例县2024年市场监管工作要点\n一、强化食品安全监管\n（一）开展食品销售抽查。全年抽查食品销售企业200户。\n1\n（二）开展餐饮服务检查。责任股室、计划名称、完成时间在清单中列明。\n2\n二、优化营商环境\n（一）推进涉企检查规范化。\n3\n（二）推行信用分级分类监管。\n";
    let doc = parse(text);
    assert_eq!(ids(&doc), ["一/(一)", "一/(二)", "二/(一)", "二/(二)"]);
    let labels = "示例县抽查计划\n序号 |\n责任股室 |\n检查对象 |\n本计划所列检查事项，由各股室按职责组织实施。\n";
    assert!(parse(labels).tasks.is_empty());
}

#[test]
fn a_trailing_unlabelled_cell_does_not_shift_a_row() {
    // A pipe row one cell wider than its header by a note at its end (`持续推进`), its first
    // cell a heading: read by position as before, not shifted one column (an agency taken
    // for the task, the time for the agency).
    let text = "示例市任务清单\n| 工作任务 | 具体措施 | 责任单位 | 完成时限 |\n| 一、优化营商环境 | 推行一件事改革。 | 市甲局 | 年底前 | 持续推进 |\n| 二、规范执法 | 规范涉企检查。 | 市乙局 | 6月底前 | |\n";
    let doc = parse(text);
    let units: Vec<_> = doc
        .tasks
        .iter()
        .map(|t| t.responsible_units.clone())
        .collect();
    assert_eq!(units, [owned(&["市甲局"]), owned(&["市乙局"])]);
    assert!(
        doc.tasks[0].text.contains("推行一件事改革"),
        "{}",
        doc.tasks[0].text
    );
    let text = "示例市任务清单\n类别 | 工作任务 | 责任单位 | 完成时限 |\n一、甲类 | 推行一件事改革。 | 市甲局 | 年底前 | 已启动 |\n二、乙类 | 规范涉企检查。 | 市乙局 | 6月底前 | 已启动 |\n三、丙类 | 推行信用监管。 | 市丙局 | 9月底前 |\n";
    let doc = parse(text);
    let units: Vec<_> = doc
        .tasks
        .iter()
        .map(|t| t.responsible_units.clone())
        .collect();
    assert_eq!(
        units,
        [owned(&["市甲局"]), owned(&["市乙局"]), owned(&["市丙局"])]
    );
}

#[test]
fn a_numbered_row_after_a_one_cell_a_line_header_is_no_label_note() {
    // `（一）` on the line after the last label is the first row's number, not the label's
    // note: before, the first row lost its number and counted as `1`.
    let text = "示例县2024年重点任务清单\n序号\n工作任务\n责任单位\n完成时限\n（一）\n新建口袋公园5个。\n县住建局\n9月底前\n（二）\n改造老旧小区10个。\n县城管局\n12月底前\n（三）\n新增停车位500个。\n县公安局\n12月底前\n";
    assert_eq!(ids(&parse(text)), ["(一)", "(二)", "(三)"]);
    let text = "示例县2024年重点任务清单\n序号\n工作任务\n责任单位\n完成时限\n（一）\n优化营商环境\n1\n新建口袋公园5个。\n县住建局\n9月底前\n2\n改造老旧小区10个。\n县城管局\n12月底前\n";
    assert_eq!(ids(&parse(text)), ["(一)/1", "(一)/2"]);
}

#[test]
fn a_cell_table_the_merged_cell_reader_gives_up_on_is_read_once() {
    // A table one cell a line, a bar after each, whose notes column is empty in later rows
    // (`|` alone, or no line at all): each row once, not the first row twice (`1#2`).
    let text = "示例县2024年重点任务清单\n序号 |\n工作任务 |\n责任单位 |\n完成时限 |\n备注 |\n1 |\n新建口袋公园5个。 |\n县住建局 |\n9月底前 |\n续建项目 |\n2 |\n改造老旧小区10个。 |\n县城管局 |\n12月底前 |\n |\n3 |\n新增停车位500个。 |\n县公安局 |\n12月底前 |\n |\n";
    assert_eq!(ids(&parse(text)), ["1", "2", "3"]);
    let text = "示例县2024年重点任务清单\n序号 |\n工作任务 |\n责任单位 |\n完成时限 |\n备注 |\n1 |\n新建口袋公园5个。 |\n县住建局 |\n9月底前 |\n续建项目 |\n2 |\n改造老旧小区10个。 |\n县城管局 |\n12月底前 |\n3 |\n新增停车位500个。 |\n县公安局 |\n12月底前 |\n";
    assert_eq!(ids(&parse(text)), ["1", "2", "3"]);
}

#[test]
fn projects_named_like_agencies_before_a_time_column_stay_rows() {
    // No row numbers, the time before the agency, and projects named after the place they
    // build (`县图书馆`, `县人民医院`): a row each, not one row holding all the names.
    for names in [
        ["县图书馆", "县体育馆", "县科技馆"],
        ["县图书馆", "县全民健身中心", "县人民医院"],
    ] {
        let text = format!(
            "示例县2024年重点项目清单\n项目名称\n完成时限\n责任单位\n{}\n6月底前\n县文旅局\n{}\n9月底前\n县教体局\n{}\n12月底前\n县科协\n",
            names[0], names[1], names[2]
        );
        let doc = parse(&text);
        let rows: Vec<_> = doc.tasks.iter().map(brief).collect();
        assert_eq!(doc.tasks.len(), 3, "{rows:?}");
        assert_eq!(doc.tasks[2].responsible_units, ["县科协"]);
        assert!(
            doc.tasks[1].text.starts_with(names[1]),
            "{}",
            doc.tasks[1].text
        );
    }
}

#[test]
fn a_group_of_one_project_without_a_sub_number_is_a_task() {
    // A group numbered `二` whose one project has no number of its own: the project is a
    // task, as the groups' numbered projects are.
    let text = "示例区2024年民生实事项目进度表\n序号 |\n牵头单位 |\n项目数量 |\n项目名称 |\n业主单位 |\n进展情况 |\n一 |\n区住建局 |\n2个 |\n(一)甲路改造 |\n区城投 |\n已完工 |\n(二)乙路改造 |\n区城管局 |\n正在施工 |\n二 |\n区卫健局 |\n1个 |\n区人民医院门诊楼建设 |\n区人民医院 |\n正在施工 |\n三 |\n区教体局 |\n1个 |\n城南小学新建工程 |\n区城投 |\n未开工 |\n";
    let doc = parse(text);
    assert_eq!(doc.tasks.len(), 4, "{:?}", ids(&doc));
    assert!(
        doc.tasks[2].text.contains("区人民医院门诊楼建设"),
        "{}",
        doc.tasks[2].text
    );
    assert!(
        doc.tasks[3].text.contains("城南小学新建工程"),
        "{}",
        doc.tasks[3].text
    );
}
