//! Tables, titles and numbering met in real plans of 2017–2025 (invented 示例 places): rows of a
//! table without a header copied one cell per line (`1 |` over the row's text), a header spaced
//! out to fill its cells, a markdown rule row without its leading bar, items numbered `㈠ ㈡`,
//! a web page's category tag and a notice that sets out its plan itself, a cover letter's title
//! wrapped over two lines with its list of attachments, and a plan title quoting another plan.

mod common;

use common::{fixture, task};

fn ids(doc: &plandiff::Document) -> Vec<&str> {
    doc.tasks.iter().map(|t| t.id.as_str()).collect()
}

fn values(doc: &plandiff::Document, id: &str) -> Vec<(f64, String)> {
    (task(doc, id).targets.iter())
        .map(|t| (t.value.unwrap_or(f64::NAN), t.unit.clone()))
        .collect()
}

#[test]
fn rows_numbered_in_a_cell_of_their_own_are_tasks() {
    let doc = fixture("plan9_bar_rows.txt");
    assert_eq!(ids(&doc), ["1", "2", "3"]);
    // The bars between cells are no part of a task's text.
    assert!(doc.tasks.iter().all(|t| !t.text.contains('|')));
    assert_eq!(
        values(&doc, "1"),
        [(85.0, "%".to_string()), (3.0, "座".to_string())]
    );
    // `（二期）` names a phase of the project, not a count.
    assert_eq!(
        values(&doc, "3"),
        [(600.0, "个".to_string()), (90.0, "%".to_string())]
    );
}

#[test]
fn a_header_spaced_out_over_its_cells_still_heads_its_table() {
    let doc = fixture("plan9_spaced_header.txt");
    assert_eq!(ids(&doc), ["1", "2"]);
    assert_eq!(task(&doc, "2").responsible_units, ["市人力社保局"]);
    assert_eq!(task(&doc, "1").responsible_units, ["市发展改革委"]);
}

#[test]
fn a_rule_row_without_its_leading_bar_is_no_row() {
    let doc = fixture("plan9_rule_row.txt");
    assert_eq!(ids(&doc), ["1", "2"]);
    assert_eq!(task(&doc, "1").lead_units, ["区民政局"]);
    assert!(
        doc.warnings.iter().all(|w| !w.contains("编号重复")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn a_notice_that_sets_out_its_plan_is_titled_by_the_plan() {
    let doc = fixture("plan9_notice_title.txt");
    assert_eq!(doc.title, "2025年区政府重点工作及责任分解");
    // `㈠ ㈡` number items as `（一）（二）` do.
    assert_eq!(ids(&doc), ["一/(一)", "一/(二)", "二/(一)"]);
    let t = task(&doc, "一/(一)");
    assert_eq!(t.lead_units, ["区发展改革委"]);
    assert_eq!(
        t.responsible_units,
        ["区统计局", "各镇人民政府", "各街道办事处"]
    );
}

#[test]
fn a_cover_letter_title_wrapped_over_two_lines_and_its_attachments_list() {
    let doc = fixture("plan9_cover_letter.txt");
    assert_eq!(doc.title, "示例区2025年重点民生实事工作目标任务与实施方案");
    assert!(doc.tasks.is_empty());
    // The list of attachments is no item of the notice: no numbering is missing.
    assert!(
        doc.warnings.iter().all(|w| !w.contains("编号不连续")),
        "{:?}",
        doc.warnings
    );
    assert!(
        doc.warnings.iter().any(|w| w.starts_with("只有印发通知")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn a_plan_title_may_quote_the_plan_it_carries_out() {
    let doc = fixture("plan9_quoted_title.txt");
    assert_eq!(
        doc.title,
        "示例省贯彻落实《促进中部地区崛起“十四五”规划》工作方案"
    );
    assert_eq!(ids(&doc), ["一/(一)", "一/(二)"]);
}

#[test]
fn sections_working_towards_a_goal_or_on_a_situation_hold_their_tasks() {
    let doc = fixture("plan9_work_on_goals.txt");
    assert_eq!(
        ids(&doc),
        [
            "一/(一)/1",
            "一/(一)/2",
            "一/(二)/3",
            "一/(二)/4",
            "一/(三)/5",
            "一/(四)/1",
            "一/(四)/2"
        ]
    );
    assert!(doc.goals.is_empty(), "{:?}", doc.goals);
    assert!(doc.sections.iter().all(|s| s.id == "二" || !s.auxiliary));
    // Empty cells drawn as dashes are no table of contents' leaders.
    assert!(task(&doc, "一/(四)/2").text.contains("示例大桥新建工程"));
}

#[test]
fn items_run_together_by_a_pdf_are_read_apart() {
    let doc = fixture("plan9_run_together.txt");
    // The page marks are no part of the title or of a task.
    assert_eq!(doc.title, "示例县2022年法治政府建设工作计划");
    assert_eq!(ids(&doc), ["一/1", "二/2", "二/3"]);
    assert_eq!(task(&doc, "一/1").heading, "推动学习宣传走深走实");
    assert_eq!(task(&doc, "二/2").lead_units, ["县司法局"]);
    assert_eq!(task(&doc, "二/3").lead_units, ["县政府办公室"]);
    assert!(doc.tasks.iter().all(|t| !t.text.contains("- 2 -")));
    assert!(
        doc.warnings.iter().all(|w| !w.contains("编号不连续")),
        "{:?}",
        doc.warnings
    );
}

#[test]
fn a_plan_that_lost_all_its_line_breaks_is_read_item_by_item() {
    let doc = fixture("plan9_one_paragraph.txt");
    assert_eq!(ids(&doc)[..4], ["一/1", "一/2", "二/1", "二/2"]);
    assert_eq!(values(&doc, "一/1"), [(4.0, "次".to_string())]);
}

#[test]
fn a_draft_note_after_the_plans_years_leaves_the_title_a_title() {
    let doc = plandiff::parse(
        "示例县法治社会建设实施方案（2021—2025年）（征求意见稿）\n一、主要任务\n1.加强宪法学习。开展宪法宣传活动。（责任单位：县委办）\n2.推进普法。（责任单位：县司法局）\n"
            .as_bytes(),
        "draft.txt",
    )
    .unwrap();
    assert!(
        doc.title.starts_with("示例县法治社会建设实施方案"),
        "{}",
        doc.title
    );
}

#[test]
fn a_text_whose_first_section_accounts_for_the_years_work_is_a_report() {
    let doc = fixture("plan9_report_sections.txt");
    assert_eq!(doc.kind, plandiff::model::DocKind::Report);
    // Its figures are what was done, not targets to reach.
    let kinds: Vec<plandiff::model::TargetKind> = (doc.tasks.iter())
        .flat_map(|t| &t.targets)
        .map(|t| t.kind)
        .collect();
    assert!(!kinds.is_empty());
    assert!(kinds
        .iter()
        .all(|k| *k == plandiff::model::TargetKind::Achieved));
}
