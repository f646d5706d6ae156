//! Task tables (分工表) as they come in real files, read through the whole parse: a .docx table
//! with merged cells (a header cell over two columns and a second header row, a 牵头单位 cell
//! merged down over several tasks, section rows across the table), empty cells and several
//! paragraphs in one cell; the same kinds in a saved web page (`rowspan`, `colspan`, `<br>`);
//! a space-aligned .txt table whose long cells wrap over several lines; and a spreadsheet
//! copied as text (quoted cells over several lines). Each parse is an insta snapshot; the
//! units of every task are asserted.

mod common;
mod ingest_support;

use common::{ids, task};
use ingest_support::zip_of;
use plandiff::Document;

/// A cell: its paragraphs, the columns it spans and its vertical merge (`restart`,
/// `continue`, or none).
struct Tc<'a> {
    paragraphs: &'a [&'a str],
    span: usize,
    merge: Option<&'a str>,
}

const fn tc<'a>(paragraphs: &'a [&'a str]) -> Tc<'a> {
    Tc {
        paragraphs,
        span: 1,
        merge: None,
    }
}

const fn wide<'a>(paragraphs: &'a [&'a str], span: usize) -> Tc<'a> {
    Tc {
        paragraphs,
        span,
        merge: None,
    }
}

const fn down<'a>(paragraphs: &'a [&'a str], merge: &'a str) -> Tc<'a> {
    Tc {
        paragraphs,
        span: 1,
        merge: Some(merge),
    }
}

/// A cell as Word writes it: `w:tcPr` with width, span and merge, one `w:p` per paragraph
/// (an empty cell still has one empty paragraph).
fn cell_xml(c: &Tc) -> String {
    let span = if c.span > 1 {
        format!(r#"<w:gridSpan w:val="{}"/>"#, c.span)
    } else {
        String::new()
    };
    let merge = match c.merge {
        Some("restart") => r#"<w:vMerge w:val="restart"/>"#.to_string(),
        Some(_) => "<w:vMerge/>".to_string(),
        None => String::new(),
    };
    let paragraphs: String = if c.paragraphs.is_empty() {
        r#"<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>"#.to_string()
    } else {
        c.paragraphs
            .iter()
            .map(|p| {
                format!(
                    r#"<w:p><w:pPr><w:jc w:val="left"/></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t>{p}</w:t></w:r></w:p>"#
                )
            })
            .collect()
    };
    format!(
        r#"<w:tc><w:tcPr><w:tcW w:w="1800" w:type="dxa"/>{span}{merge}<w:vAlign w:val="center"/></w:tcPr>{paragraphs}</w:tc>"#
    )
}

/// A .docx with a title paragraph, a note, and one table of `rows`.
fn docx_table(title: &str, rows: &[Vec<Tc>], after: &str) -> Vec<u8> {
    let rows: String = rows
        .iter()
        .map(|r| {
            let cells: String = r.iter().map(cell_xml).collect();
            format!(r#"<w:tr><w:trPr><w:jc w:val="center"/></w:trPr>{cells}</w:tr>"#)
        })
        .collect();
    let document = format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t>{title}</w:t></w:r></w:p>
<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="800"/><w:gridCol w:w="4000"/><w:gridCol w:w="1800"/><w:gridCol w:w="1800"/><w:gridCol w:w="1600"/></w:tblGrid>{rows}</w:tbl>
<w:p><w:r><w:t>{after}</w:t></w:r></w:p>
<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:body></w:document>"#
    );
    zip_of(&[("word/document.xml", document.as_bytes())])
}

/// Lead and responsible units of a task, for assertions.
fn units<'a>(doc: &'a Document, id: &str) -> (Vec<&'a str>, Vec<&'a str>) {
    let t = task(doc, id);
    (
        t.lead_units.iter().map(String::as_str).collect(),
        t.responsible_units.iter().map(String::as_str).collect(),
    )
}

fn merged_cells_docx() -> Vec<u8> {
    let rows = vec![
        vec![
            down(&["序号"], "restart"),
            down(&["重点任务"], "restart"),
            wide(&["责任单位"], 2),
            down(&["完成时限"], "restart"),
        ],
        vec![
            down(&[], "continue"),
            down(&[], "continue"),
            tc(&["牵头单位"]),
            tc(&["配合单位"]),
            down(&[], "continue"),
        ],
        vec![wide(&["一、提升政务服务效能"], 5)],
        vec![
            tc(&["1"]),
            tc(&[
                "推行“一件事一次办”",
                "（1）梳理事项清单",
                "（2）上线联办系统",
            ]),
            down(&["示例市政务服务中心"], "restart"),
            tc(&["示例市司法局", "示例市财政局"]),
            tc(&["2025年6月底前"]),
        ],
        vec![
            tc(&["2"]),
            tc(&["压减审批时限，平均办理时间不超过5个工作日"]),
            down(&[], "continue"),
            tc(&[]),
            tc(&["2025年12月底前"]),
        ],
        vec![wide(&["二、强化事中事后监管"], 5)],
        vec![
            tc(&["3"]),
            tc(&["开展跨部门联合抽查，抽查比例不低于5%"]),
            tc(&["示例市市场监管局"]),
            tc(&["示例市公安局", "示例市税务局"]),
            tc(&[]),
        ],
        vec![
            tc(&["4"]),
            tc(&["建立信用修复机制"]),
            tc(&[]),
            tc(&["示例市发展改革委"]),
            tc(&["长期坚持"]),
        ],
    ];
    docx_table(
        "示例市2025年优化营商环境重点任务分工表",
        &rows,
        "示例市优化营商环境工作领导小组办公室",
    )
}

#[test]
fn docx_table_with_merged_and_empty_cells() {
    let doc = plandiff::parse(&merged_cells_docx(), "分工表.docx").expect("reads");
    assert_eq!(doc.title, "示例市2025年优化营商环境重点任务分工表");
    assert_eq!(ids(&doc), ["一/1", "一/2", "二/3", "二/4"]);
    assert_eq!(doc.sections[0].title, "提升政务服务效能");
    // The merged 牵头单位 cell leads both tasks it spans.
    assert_eq!(
        units(&doc, "一/1"),
        (
            vec!["示例市政务服务中心"],
            vec!["示例市司法局", "示例市财政局"]
        )
    );
    assert_eq!(units(&doc, "一/2"), (vec!["示例市政务服务中心"], vec![]));
    assert_eq!(
        units(&doc, "二/3"),
        (
            vec!["示例市市场监管局"],
            vec!["示例市公安局", "示例市税务局"]
        )
    );
    // An empty 牵头单位 cell leaves the 配合单位 in its own column.
    assert_eq!(units(&doc, "二/4"), (vec![], vec!["示例市发展改革委"]));
    // The cell's sub-items read as a person reads them, not run together.
    assert!(
        task(&doc, "一/1")
            .text
            .contains("推行“一件事一次办”；（1）梳理事项清单；（2）上线联办系统"),
        "{}",
        task(&doc, "一/1").text
    );
    insta::assert_json_snapshot!(doc);
}

#[test]
fn html_table_with_rowspan_colspan_and_line_breaks() {
    let page = include_bytes!("fixtures/table_merged_cells.html");
    let doc = plandiff::parse(page, "table_merged_cells.html").expect("reads");
    assert_eq!(ids(&doc), ["一/1", "一/2", "一/3", "二/4", "二/5"]);
    assert_eq!(
        doc.sections
            .iter()
            .map(|s| s.title.as_str())
            .collect::<Vec<_>>(),
        ["加强安全生产源头治理", "提升应急处置能力"]
    );
    assert_eq!(
        units(&doc, "一/1"),
        (
            vec!["示例县应急管理局"],
            vec!["示例县住建局", "示例县交通运输局"]
        )
    );
    assert_eq!(units(&doc, "一/2"), (vec!["示例县应急管理局"], vec![]));
    assert_eq!(
        units(&doc, "一/3"),
        (vec!["示例县应急管理局"], vec!["各乡镇人民政府"])
    );
    assert_eq!(units(&doc, "二/4"), (vec![], vec!["示例县消防救援大队"]));
    assert_eq!(
        units(&doc, "二/5"),
        (vec!["示例县卫生健康局"], vec!["示例县应急管理局"])
    );
    insta::assert_json_snapshot!(doc);
}

#[test]
fn txt_table_with_wrapped_rows() {
    let text = include_bytes!("fixtures/table_wrapped_rows.txt");
    let doc = plandiff::parse(text, "table_wrapped_rows.txt").expect("reads");
    assert_eq!(doc.title, "示例市2025年政务公开重点工作任务分工");
    assert_eq!(ids(&doc), ["一/1", "一/2", "二/3", "二/4"]);
    // Each wrapped cell is whole again: the task, the agencies and the deadline.
    let t = task(&doc, "一/1");
    assert!(
        t.text
            .starts_with("完善重大行政决策目录管理，目录公开率达到100%（"),
        "{}",
        t.text
    );
    assert!(t.text.contains("2025年6月底前"), "{}", t.text);
    assert_eq!(
        units(&doc, "一/1"),
        (vec!["示例市司法局"], vec!["示例市各有关部门"])
    );
    assert_eq!(
        units(&doc, "一/2"),
        (vec!["示例市政府办公室"], vec!["示例市发展改革委"])
    );
    // The empty 责任单位 cell stays empty: the deadline is not taken for an agency.
    assert_eq!(units(&doc, "二/3"), (vec!["示例市大数据管理局"], vec![]));
    assert!(task(&doc, "二/3").text.contains("2025年12月底前"));
    assert_eq!(
        units(&doc, "二/4"),
        (vec!["示例市政府办公室"], vec!["各区人民政府"])
    );
    insta::assert_json_snapshot!(doc);
}

#[test]
fn txt_table_copied_from_a_spreadsheet() {
    let text = include_bytes!("fixtures/table_spreadsheet_copy.txt");
    let doc = plandiff::parse(text, "table_spreadsheet_copy.txt").expect("reads");
    assert_eq!(doc.title, "示例区2025年生态环境保护重点任务清单");
    assert_eq!(ids(&doc), ["1", "2", "3"]);
    // A quoted cell over three lines is one task with its two sub-items.
    let t = task(&doc, "1");
    assert!(
        t.text.starts_with(
            "开展大气污染防治；（1）全年优良天数比例不低于85%；（2）淘汰老旧车辆200辆（"
        ),
        "{}",
        t.text
    );
    assert_eq!(
        units(&doc, "1"),
        (
            vec!["示例区生态环境分局"],
            vec!["示例区交通运输局", "示例区公安分局"]
        )
    );
    // Quotes inside a cell that is not quoted are text; an empty cell keeps its column.
    assert!(task(&doc, "2").text.starts_with("推进\"无废城市\"建设"));
    assert_eq!(units(&doc, "2"), (vec!["示例区城管局"], vec![]));
    // Doubled quotes are one quote.
    assert!(task(&doc, "3").text.contains("打造\"美丽河湖\"1个"));
    assert_eq!(
        units(&doc, "3"),
        (vec!["示例区水务局"], vec!["各街道办事处"])
    );
    insta::assert_json_snapshot!(doc);
}

#[test]
fn web_table_with_every_cell_on_its_own_line() {
    let text = include_bytes!("fixtures/table_cells_per_line.txt");
    let doc = plandiff::parse(text, "table_cells_per_line.txt").expect("reads");
    // The cover letter forwards two plans; each table is a part under its plan's title.
    assert_eq!(
        doc.title,
        "《示例区法治建设规划(2021-2025年)》《示例区法治政府建设实施方案(2021-2025年)》重要举措分工方案"
    );
    assert_eq!(
        ids(&doc),
        [
            "第一部分/一/1",
            "第一部分/一/2",
            "第一部分/一/3",
            "第一部分/二/4",
            "第一部分/二/5",
            "第二部分/1",
            "第二部分/2"
        ]
    );
    // Each unit cell is read as the header says, none glued to the task's text.
    assert_eq!(
        units(&doc, "第一部分/一/1"),
        (vec!["区人大常委会", "区司法局"], vec!["区直有关部门"])
    );
    assert_eq!(
        units(&doc, "第一部分/一/3"),
        (vec!["区人大常委会办公室"], vec!["团区委", "区融媒体中心"])
    );
    // A page number between rows is neither a task nor part of one.
    let t = task(&doc, "第一部分/二/4");
    assert!(t.text.contains("公开率达到100%"), "{}", t.text);
    assert_eq!(
        units(&doc, "第一部分/二/5"),
        (vec!["区司法局"], vec!["区法院", "区直有关部门"])
    );
    assert!(!task(&doc, "第一部分/二/5").text.contains("分工方案"));
    // The second table has a number column and a deadline column.
    let t = task(&doc, "第二部分/1");
    assert!(t.text.contains("2024年12月底前"), "{}", t.text);
    assert_eq!(units(&doc, "第二部分/2"), (vec!["区司法局"], vec![]));
    // The closing line after the last table is no task's text.
    assert!(!task(&doc, "第二部分/2").text.contains("负责解释"));
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    insta::assert_json_snapshot!(doc);
}

#[test]
fn html_table_with_a_category_column() {
    let page = include_bytes!("fixtures/table_category_column.html");
    let doc = plandiff::parse(page, "table_category_column.html").expect("reads");
    assert_eq!(doc.title, "示例县法治政府建设重要举措分工方案");
    // The category cell merged down over two rows is their group, not a task of its own.
    assert_eq!(ids(&doc), ["一/1", "一/2", "二/3"]);
    assert_eq!(
        doc.sections
            .iter()
            .map(|s| s.title.as_str())
            .collect::<Vec<_>>(),
        ["健全政府机构职能体系", "健全依法行政制度体系"]
    );
    assert_eq!(
        units(&doc, "一/1"),
        (vec!["县委编办", "县司法局"], vec!["县直有关部门"])
    );
    assert_eq!(
        units(&doc, "二/3"),
        (vec!["县司法局"], vec!["各乡镇人民政府"])
    );
    assert!(!task(&doc, "一/2").text.contains("健全政府机构"));
    insta::assert_json_snapshot!(doc);
}

#[test]
fn web_table_cells_over_several_lines_and_merged_numbers() {
    let text = include_bytes!("fixtures/table_cells_irregular.txt");
    let doc = plandiff::parse(text, "table_cells_irregular.txt").expect("reads");
    assert_eq!(doc.title, "示例县2024年十件民生实事目标任务分解表");
    // No row is lost to an irregular one before it; group rows across the table are
    // sections, and the four left empty (an excerpt of a longer table) do not make the
    // sections tasks.
    assert_eq!(ids(&doc), ["一/1", "二/2", "二/3", "七/4"]);
    // 主要责任单位 leads; a unit cell over several lines is one cell.
    assert_eq!(
        units(&doc, "一/1"),
        (vec!["县水务局"], vec!["县住建局", "县城投公司"])
    );
    // A 联 is an agency; a unit cell ending in a full stop is still units.
    assert_eq!(
        units(&doc, "二/2"),
        (vec!["县残联"], vec!["县民政局", "县财政局"])
    );
    // A second item under a merged number cell stays in its row, with its own time.
    let t = task(&doc, "二/3");
    assert!(t.text.contains("开工建设县老年大学"), "{}", t.text);
    assert!(t.text.contains("10月底前"), "{}", t.text);
    // The note after the table is no agency.
    assert_eq!(
        units(&doc, "七/4"),
        (vec!["县商务局"], vec!["县市场监管局", "县城管局"])
    );
    insta::assert_json_snapshot!(doc);
}

#[test]
fn web_table_rows_between_bars() {
    let text = include_bytes!("fixtures/table_bar_rows.txt");
    let doc = plandiff::parse(text, "table_bar_rows.txt").expect("reads");
    assert_eq!(ids(&doc), ["一/1", "二/2", "二/3", "三/4"]);
    assert_eq!(units(&doc, "一/1"), (vec![], vec!["财务科"]));
    // A row under a merged category cell is short by one cell: its unit is still a unit.
    let t = task(&doc, "二/3");
    assert!(t.text.starts_with("及时回复网民留言"), "{}", t.text);
    assert_eq!(units(&doc, "二/3"), (vec![], vec!["各科室"]));
    assert_eq!(units(&doc, "三/4"), (vec!["办公室"], vec!["各科室"]));
    // The bars left on lines after the table are not text.
    assert!(doc.tasks.iter().all(|t| !t.text.contains('|')));
    insta::assert_json_snapshot!(doc);
}

#[test]
fn web_table_cells_between_bar_lines() {
    let text = include_bytes!("fixtures/table_bar_cells.txt");
    let doc = plandiff::parse(text, "table_bar_cells.txt").expect("reads");
    assert_eq!(doc.title, "示例县信访局2024年政务公开重点工作清单");
    // A number cell under no 序号 header numbers its row; the category cell before it opens
    // the row's text.
    assert_eq!(ids(&doc), ["1", "2", "3"]);
    let t = task(&doc, "1");
    assert!(
        t.text.starts_with("强化规范性文件公开。对行政规范性文件"),
        "{}",
        t.text
    );
    assert_eq!(units(&doc, "3"), (vec![], vec!["办公室"]));
    assert!(task(&doc, "3").text.contains("1月31日前"));
    insta::assert_json_snapshot!(doc);
}

#[test]
fn a_table_header_whose_rows_cannot_be_read_is_said() {
    // (Two cells wrapped with a space inside: one short tail, `水资源保 护`, is joined back
    // since session 31; two long ones cannot be told from cells.)
    let text = "示例市全面推行河长制主要任务分解表\n序号 类别 主要任务 牵头单位 责任单位\n1 加强水资 源保护 严守用水总量 控制红线 市水利局 各县(市、区)人民政府\n";
    let doc = plandiff::parse(text.as_bytes(), "spaced.txt").expect("reads");
    assert!(doc.tasks.is_empty());
    assert_eq!(doc.warnings.len(), 1, "{:?}", doc.warnings);
    let w = &doc.warnings[0];
    assert!(w.starts_with("未读出任务表"), "{w}");
    assert!(
        w.contains("序号、类别、主要任务、牵头单位、责任单位"),
        "{w}"
    );
    assert!(w.contains(".docx"), "{w}");
}

#[test]
fn tables_attached_to_a_plan_each_under_its_label() {
    let text = include_bytes!("fixtures/table_attachments.txt");
    let doc = plandiff::parse(text, "table_attachments.txt").expect("reads");
    assert_eq!(doc.title, "示例区2024年法治政府建设工作方案");
    // The plan's own tasks stay; each attached table is a part of the attachment, its rows
    // numbered within it.
    assert_eq!(
        ids(&doc),
        [
            "二/(一)",
            "二/(二)",
            "附件/第一部分/1",
            "附件/第一部分/2",
            "附件/第二部分/1"
        ]
    );
    assert_eq!(
        units(&doc, "附件/第二部分/1"),
        (vec![], vec!["区司法局", "区直各部门"])
    );
    // No label or title of the next table joins a row.
    assert!(!task(&doc, "附件/第一部分/2").text.contains("附件"));
    assert!(!task(&doc, "附件/第一部分/2").text.contains("考核指标表"));
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn a_list_of_projects_with_no_agency_column_is_read() {
    // `序号 | 项目名称 | 子项目 | 具体内容`: numbered rows of work, a group cell merged down.
    let text = "2025年示例区十大民生实事项目表\n序号 | 项目名称 | 子项目 | 具体内容 | 进展情况 |\n---|---|---|---|---|\n1 | 一、优质教育提升工程 | 建设示例中学食堂 | 建筑面积4000平方米 | 装饰工程施工 |\n2 | | 实施中小学清凉工程 | 为教室安装空调300台 | 开工建设 |\n3 | 二、医疗健康提升工程 | 建成示例区医疗综合体 | 建设900床综合医院 | 主体施工 |\n";
    let doc = plandiff::parse_text(text, "实事.txt");
    let rows: Vec<(&str, &str)> = (doc.tasks.iter())
        .map(|t| (t.id.as_str(), t.heading.as_str()))
        .collect();
    assert_eq!(
        rows,
        [
            ("一/1", "建设示例中学食堂"),
            ("一/2", "实施中小学清凉工程"),
            ("二/3", "建成示例区医疗综合体"),
        ]
    );
    // A table of indicators is no list of work: its rows are figures.
    let text = "示例区2025年主要指标\n序号 | 指标名称 | 目标值 | 属性 |\n---|---|---|---|\n1 | 地区生产总值增长 | 6% | 预期性 |\n2 | 城镇调查失业率 | 5.5%以内 | 预期性 |\n";
    assert!(plandiff::parse_text(text, "指标.txt").tasks.is_empty());
}

#[test]
fn a_part_after_a_table_is_no_second_header_row() {
    // `二、工作要求` after the rows names a header word (`工作要求`), yet opens the next part;
    // the plan's title broken over two lines below the notice is not set out again.
    let text = "各行政村、各有关单位：\n现将《示例镇2025年度消防安全检查工作计划》印发给你们，请遵照执行。\n二〇二五年二月一日\n示例镇2025年度消防安全检查\n工作计划\n按照镇政府总体要求，特制定本工作计划。\n一、检查安排表\n检查行业名称 | 时间安排 | 责任单位 |\n商场超市 | 3月份 | 安监办 派出所 |\n小型作坊 | 4月份 | 市场所 |\n二、工作要求\n（一）各责任单位要制定检查方案。\n（二）每月25日前向镇安委会报送检查情况。\n";
    let doc = plandiff::parse_text(text, "计划.txt");
    assert_eq!(doc.title, "示例镇2025年度消防安全检查工作计划");
    assert_eq!(ids(&doc), ["一/1", "一/2"]);
    let sections: Vec<(&str, &str)> = (doc.sections.iter())
        .map(|s| (s.id.as_str(), s.title.as_str()))
        .collect();
    assert_eq!(sections[..2], [("一", "检查安排表"), ("二", "工作要求")]);
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
    assert_eq!(task(&doc, "一/2").responsible_units, ["市场所"]);
}

#[test]
fn a_breakdown_under_a_caption_of_its_own_gives_the_tasks_above_their_offices() {
    // A department's plan: its tasks as paragraphs, then `二、重点工作任务分解` over a table
    // naming the office of each (`负责科室`).
    let text = "示例局2025年政务公开工作要点\n一、工作要点\n1.做好政策解读。对本局起草的政策文件全部进行解读。\n2.及时回应关切。对群众来信来电及时答复。\n二、重点工作任务分解\n重点任务 | 工作内容 | 负责科室 |\n政策解读 | 对本局起草的政策文件全部进行解读。 | 法规科 |\n回应关切 | 对群众来信来电及时答复。 | 办公室 |\n信息发布 | 及时发布部门预决算信息。 | 综合科 |\n";
    let doc = plandiff::parse_text(text, "要点.txt");
    let rows: Vec<(&str, &[String])> = (doc.tasks.iter())
        .map(|t| (t.id.as_str(), t.responsible_units.as_slice()))
        .collect();
    // Before: one task `二` holding the whole table, no unit for 1 and 2.
    assert_eq!(
        rows,
        [
            ("一/1", &["法规科".to_string()][..]),
            ("一/2", &["办公室".to_string()][..]),
            // A row naming no paragraph's task stays a task, under the caption's number.
            ("二/3", &["综合科".to_string()][..]),
        ]
    );
}

#[test]
fn a_breakdown_caption_over_the_only_tasks_keeps_them_as_its_own() {
    let text = "示例局2025年政务公开工作要点\n一、总体要求\n坚持公开为常态、不公开为例外。\n二、重点工作任务分工\n重点任务 | 工作内容 | 负责科室 |\n政策解读 | 对本局起草的政策文件全部进行解读。 | 法规科 |\n回应关切 | 对群众来信来电及时答复。 | 办公室 |\n";
    let doc = plandiff::parse_text(text, "要点.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["二/1", "二/2"]);
    assert_eq!(doc.tasks[0].responsible_units, ["法规科"]);
}

#[test]
fn a_breakdown_ends_with_its_rows_and_matches_a_row_by_its_words() {
    // Rows keyed by a topic of their own (`热点回应`) name a task by the words of its work; the
    // plan's part after the table stays its own.
    let text = "示例县2025年政务公开工作要点\n一、重点工作任务\n1.做好政策解读。对县政府出台的政策文件进行全面解读，解读率达到100%。\n2.注重回应关切。对群众关注的热点问题及时回应。\n二、重点工作任务分解\n重点任务 | 工作内容 | 负责科室 |\n政策解读 | 对县政府出台的政策文件进行全面解读，解读率达到100%。 | 综合科 |\n热点回应 | 对群众关注的热点问题及时回应。 | 各业务科室 |\n\n三、其他重点工作\n1.推进数据开放。全年新开放数据集50个。（牵头单位：县数据局）\n";
    let doc = plandiff::parse_text(text, "要点.txt");
    let rows: Vec<(&str, &[String], &[String])> = (doc.tasks.iter())
        .map(|t| {
            (
                t.id.as_str(),
                t.lead_units.as_slice(),
                t.responsible_units.as_slice(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("一/1", &[][..], &["综合科".to_string()][..]),
            ("一/2", &[][..], &["各业务科室".to_string()][..]),
            ("三/1", &["县数据局".to_string()][..], &[][..]),
        ]
    );
}
