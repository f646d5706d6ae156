//! The kinds of plan met in the wild beyond the first corpus (round 2 fixtures `plan2_*`, an
//! invented 示例市/示例县): task tables, articles, `第一部分` divisions, sub-items under `1.`,
//! `一是` inside tasks, mixed and repeated numbering. Their whole parses are snapshots
//! (`outline_fixtures.rs`, one loop over every plan fixture).

mod common;

use common::{fixture, ids, task};
use plandiff::{Comparator, Task};

/// `(comparator, value, unit, deadline)` of each target of a task.
fn targets(t: &Task) -> Vec<(Comparator, Option<f64>, &str, Option<&str>)> {
    t.targets
        .iter()
        .map(|g| {
            (
                g.comparator,
                g.value,
                g.unit.as_str(),
                g.deadline.as_deref(),
            )
        })
        .collect()
}

#[test]
fn task_table_rows_are_tasks_with_units_and_deadlines() {
    let doc = fixture("plan2_task_table.txt");
    assert_eq!(doc.title, "示例市2024年优化营商环境重点任务清单");
    assert_eq!(ids(&doc), ["一/1", "一/2", "一/3", "二/1", "二/2", "二/3"]);
    assert_eq!(doc.sections.len(), 2);
    assert_eq!(doc.sections[1].title, "优化市场环境");
    let t = task(&doc, "一/1");
    assert_eq!(t.heading, "推行“一件事一次办”");
    assert!(t.text.starts_with("推行“一件事一次办”。新增集成服务事项"));
    assert_eq!(t.lead_units, ["市政务服务局"]);
    assert_eq!(t.responsible_units, ["市公安局", "市人社局"]);
    assert_eq!(
        targets(t),
        [
            (Comparator::AtLeast, Some(20.0), "个", None),
            (Comparator::Within, Some(3.0), "个工作日", None),
            (Comparator::By, None, "date", Some("2024年12月底前")),
        ]
    );
    // `长期坚持` sets no date.
    let t = task(&doc, "一/2");
    assert!(t.targets.iter().all(|g| g.comparator != Comparator::By));
    // Names separated by a space in the cell are two names.
    assert_eq!(
        task(&doc, "一/3").responsible_units,
        ["市政务服务局", "市财政局"]
    );
    assert_eq!(
        targets(task(&doc, "二/1")).last().map(|x| x.3),
        Some(Some("上半年"))
    );
    assert_eq!(task(&doc, "二/2").responsible_units, ["人行示例市分行"]);
    // A row whose empty 配合单位 cell was lost: the cells are placed by what they hold.
    let t = task(&doc, "二/3");
    assert_eq!(t.lead_units, ["市市场监管局"]);
    assert!(t.responsible_units.is_empty());
    assert_eq!(
        targets(t),
        [(Comparator::AtMost, Some(2.0), "次", None)],
        "持续推进 is no deadline"
    );
    // The closing paragraph after the table is not part of the last task.
    assert!(!t.text.contains("各区、各部门"));
}

#[test]
fn table_pasted_with_spaces() {
    let doc = fixture("plan2_table_spaces.txt");
    assert_eq!(doc.title, "示例县2024年安全生产工作任务分工");
    assert_eq!(ids(&doc), ["1", "2", "3"]);
    let t = task(&doc, "2");
    assert_eq!(t.responsible_units, ["县工信局", "县应急管理局"]);
    assert_eq!(
        targets(t),
        [(Comparator::By, None, "date", Some("2024年10月"))]
    );
    assert_eq!(task(&doc, "3").responsible_units, ["各乡镇人民政府"]);
    assert!(!task(&doc, "3").text.contains("自印发之日起"));
}

#[test]
fn table_attached_after_the_paragraphs_gives_them_units() {
    let doc = fixture("plan2_table_appendix.txt");
    // The rows repeat the paragraphs' tasks: no task twice, none lost under 保障措施.
    assert_eq!(ids(&doc), ["二/(一)", "二/(二)"]);
    let t = task(&doc, "二/(一)");
    assert_eq!(t.lead_units, ["市数据局"]);
    assert_eq!(t.responsible_units, ["市财政局"]);
    let due: Vec<Option<&str>> = t.targets.iter().map(|g| g.deadline.as_deref()).collect();
    assert_eq!(due, [Some("年底前"), Some("2024年12月底前")]);
    assert_eq!(task(&doc, "二/(二)").responsible_units, ["市直各部门"]);
}

#[test]
fn markdown_table_reads_like_the_spaced_one() {
    let md = fixture("plan2_table_markdown.md");
    let txt = fixture("plan2_table_spaces.txt");
    assert_eq!(md.title, txt.title);
    assert_eq!(ids(&md), ["1", "2", "3"]);
    for (a, b) in md.tasks.iter().zip(&txt.tasks) {
        assert_eq!(
            (&a.heading, &a.responsible_units, &a.targets),
            (&b.heading, &b.responsible_units, &b.targets)
        );
    }
}

#[test]
fn units_after_the_last_sub_item_belong_to_the_task() {
    let doc = fixture("plan2_subitem_units.txt");
    assert_eq!(ids(&doc), ["一/1", "一/2", "二/3"]);
    assert_eq!(task(&doc, "一/1").lead_units, ["区政务服务局"]);
    let t = task(&doc, "一/2");
    assert_eq!(t.responsible_units, ["区司法局"]);
    let metrics: Vec<&str> = t.targets.iter().map(|g| g.metric.as_str()).collect();
    assert_eq!(metrics, ["精简材料", "时限"]);
    assert_eq!(task(&doc, "二/3").responsible_units, ["区市场监管局"]);
}

#[test]
fn articles_frame_and_sub_items() {
    let doc = fixture("plan2_articles.txt");
    // The purpose and entry-into-force articles frame the plan; they are not tasks.
    assert_eq!(ids(&doc), ["第二条", "第三条"]);
    assert!(doc.sections.iter().all(|s| s.auxiliary));
    let t = task(&doc, "第二条");
    assert!(t.text.contains("（1）全面推行承诺制") && t.text.contains("（2）推行帮办代办"));
    assert_eq!(
        targets(t),
        [(Comparator::AtMost, Some(5.0), "个工作日", None)]
    );
    // `县政务服务中心负责，县直各部门配合。`: a sentence naming who does it, no bracket.
    assert_eq!(t.lead_units, ["县政务服务中心"]);
    assert_eq!(t.responsible_units, ["县直各部门"]);
    let t = task(&doc, "第三条");
    assert!(t.text.contains("②每季度至少开展1次联合抽查"));
    assert_eq!(t.lead_units, ["县市场监管局"]);
    assert_eq!(t.targets[0].per.as_deref(), Some("每季度"));
}

#[test]
fn sub_items_with_their_own_units_are_tasks() {
    let mut doc = plandiff::outline::outline(
        "示例县工作方案\n第一条 为做好示例工作，制定本方案。\n第二条 重点任务如下：\n（一）推行承诺制；（牵头单位：县甲局）\n（二）推行帮办代办；（牵头单位：县乙局）\n第三条 保障措施如下：\n（一）加强领导；\n（二）强化督查。",
    );
    plandiff::extract::annotate(&mut doc);
    assert_eq!(ids(&doc), ["第二条/(一)", "第二条/(二)"]);
    assert_eq!(task(&doc, "第二条/(二)").lead_units, ["县乙局"]);
}

#[test]
fn divisions_over_han_tasks() {
    let doc = fixture("plan2_parts_han.txt");
    assert_eq!(ids(&doc), ["第二部分/一", "第二部分/二", "第二部分/三"]);
    assert!(doc
        .sections
        .iter()
        .filter(|s| s.id.starts_with("第三部分"))
        .all(|s| s.auxiliary));
    let t = task(&doc, "第二部分/二");
    assert_eq!(t.lead_units, ["市教育局"]);
    assert_eq!(t.targets[0].per.as_deref(), Some("每学期"));
    assert_eq!(t.targets[0].metric, "法治课");
}

#[test]
fn divisions_with_sub_items_under_arabic_tasks() {
    let doc = fixture("plan2_parts_subitems.txt");
    assert_eq!(ids(&doc), ["第二部分/1", "第二部分/2", "第二部分/3"]);
    let aux: Vec<&str> = doc
        .sections
        .iter()
        .filter(|s| s.auxiliary)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(aux, ["第一部分", "第三部分"]);
    let t = task(&doc, "第二部分/1");
    assert!(t.text.contains("一是完善决策预公开制度"));
    assert!(t
        .text
        .contains("（1）健全意见反馈机制；（2）建立公众参与台账。"));
    assert_eq!(targets(t), [(Comparator::AtLeast, Some(30.0), "日", None)]);
    // A year in a document's name, a document number and 全覆盖 are not targets.
    assert!(task(&doc, "第二部分/2").targets.is_empty());
    // `（一）` inside a running sentence is not a marker.
    let t = task(&doc, "第二部分/3");
    assert!(t.text.contains("在本部分（一）所列任务基础上"));
    assert_eq!(t.responsible_units, ["市委网信办"]);
}

#[test]
fn yishi_inside_tasks_is_text() {
    let doc = fixture("plan2_yishi_in_tasks.txt");
    assert_eq!(ids(&doc), ["一/(一)", "一/(二)", "二/(三)", "二/(四)"]);
    let t = task(&doc, "一/(一)");
    assert!(t.text.contains("一是推行告知承诺制") && t.text.contains("二是推行容缺受理"));
    assert_eq!(t.lead_units, ["区政务服务局"]);
    assert_eq!(targets(t), [(Comparator::AtLeast, Some(50.0), "项", None)]);
    assert!(task(&doc, "二/(三)").text.contains("推行（一）业一查模式"));
}

#[test]
fn mixed_forms_and_repeated_numbers() {
    let doc = fixture("plan2_mixed_numbering.txt");
    assert_eq!(doc.title, "示例县2024年乡村振兴重点工作");
    assert_eq!(
        ids(&doc),
        [
            "一/(一)",
            "一/(二)",
            "二/(一)",
            "二/(二)",
            "二/(二)#2",
            "三/1",
            "三/2",
            "三/3"
        ]
    );
    // `1.` and `1．` under a task are its text; the repeat is still reported.
    assert!(task(&doc, "一/(二)")
        .text
        .contains("1.建设示范村。1．打造示范点。"));
    assert!(doc
        .warnings
        .iter()
        .any(|w| w.starts_with("编号重复") && w.contains("(二)")));
    assert_eq!(task(&doc, "二/(二)#2").heading, "提升公共服务");
    assert_eq!(task(&doc, "二/(二)#2").responsible_units, ["县民政局"]);
}

#[test]
fn table_of_a_saved_web_page_through_the_whole_pipeline() {
    let path = format!(
        "{}/tests/fixtures/plan2_table_page.html",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let doc = plandiff::parse(&bytes, "plan2_table_page.html").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(doc.title, "示例市2024年营商环境重点任务分工表");
    assert_eq!(ids(&doc), ["一/1", "一/2"]);
    // The cell's two paragraphs were joined by ingest: the names are cut apart again.
    assert_eq!(
        task(&doc, "一/1").responsible_units,
        ["市公安局", "市人社局"]
    );
    assert_eq!(
        targets(task(&doc, "一/1")),
        [
            (Comparator::AtLeast, Some(20.0), "个", None),
            (Comparator::By, None, "date", Some("2024年12月底前"))
        ]
    );
    let t = task(&doc, "一/2");
    assert_eq!(t.lead_units, ["市政务服务局"]);
    assert!(t.responsible_units.is_empty() && t.targets.is_empty());
}

#[test]
fn a_heading_ending_in_a_colon_keeps_its_tasks() {
    let doc = plandiff::outline::outline(
        "示例县工作要点\n一、主要任务：\n（一）推进甲事。完善制度。\n（二）推进乙事。加强执法。\n二、工作要求：\n（一）加强领导。\n（二）强化督查。",
    );
    assert_eq!(ids(&doc), ["一/(一)", "一/(二)"]);
    let doc = plandiff::outline::outline(
        "示例县工作要点\n一、推进甲事。建立以下制度：\n（一）公示制度。\n（二）记录制度。\n二、推进乙事。包括：\n（一）审核制度。\n（二）备案制度。",
    );
    assert_eq!(ids(&doc), ["一", "二"]);
}

#[test]
fn unit_bracket_after_a_sub_list_and_a_unit_line() {
    let doc = fixture("plan2_mixed_units.txt");
    assert_eq!(
        ids(&doc),
        [
            "一/(一)",
            "一/(二)",
            "二/(三)",
            "二/(四)",
            "三/(五)",
            "三/(六)"
        ]
    );
    let t = task(&doc, "二/(三)");
    assert!(t.text.contains("1.开展立法调研；2.做好立法评估。"));
    assert_eq!(t.lead_units, ["市司法局"]);
    assert_eq!(
        targets(t),
        [(Comparator::Equal, Some(3.0), "件", None)],
        "完成…3件 is a count"
    );
    assert_eq!(
        task(&doc, "二/(四)").responsible_units,
        ["市司法局", "各区政府"]
    );
    assert!(!task(&doc, "三/(六)").text.contains("抓好落实"));
}

#[test]
fn cover_letter_items_before_a_table_plan_are_not_tasks() {
    let doc = fixture("plan2_cover_table.txt");
    assert_eq!(doc.title, "示例县2024年重点工作任务分解表");
    assert_eq!(ids(&doc), ["1", "2"]);
    assert!(doc.sections.is_empty());
    let t = task(&doc, "2");
    assert_eq!(t.responsible_units, ["县交通运输局"]);
    assert_eq!(
        targets(t),
        [
            (Comparator::Equal, Some(30.0), "公里", None),
            (Comparator::By, None, "date", Some("年底前"))
        ]
    );
    assert_eq!(t.targets[0].metric, "农村公路");
}
