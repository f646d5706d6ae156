//! Units and targets read from the project's fixtures: each kind of unit block and each kind
//! of target, with the scraping damage the fixtures reproduce.

mod common;

use common::{fixture, task};
use plandiff::{Comparator, Target};

fn brief(t: &Target) -> (Comparator, Option<f64>, &str, Option<&str>) {
    (
        t.comparator,
        t.value,
        t.unit.as_str(),
        t.deadline.as_deref(),
    )
}

#[test]
fn scrambled_unit_blocks() {
    let doc = fixture("plan_cover_letter.txt");
    let first = task(&doc, "一/(一)");
    assert_eq!(first.lead_units, ["市政务服务局", "市市场监管局"]);
    assert_eq!(first.responsible_units, ["各区政府", "市政府直属相关单位"]);
    assert_eq!(
        task(&doc, "二/(三)").responsible_units,
        ["各区政府", "市政府直属相关单位"]
    );
    assert_eq!(task(&doc, "二/(四)").lead_units, ["市司法局"]);
    let only_responsible = task(&doc, "三/(五)");
    assert!(only_responsible.lead_units.is_empty());
    assert_eq!(only_responsible.responsible_units.len(), 3);
}

#[test]
fn unit_split_by_page_break() {
    let doc = fixture("plan_markdown.md");
    assert_eq!(
        task(&doc, "二").lead_units,
        ["市营商环境办公室", "市资规局", "市中级人民法院"]
    );
    assert_eq!(task(&doc, "五").responsible_units, ["市司法局", "各区政府"]);
    assert_eq!(task(&doc, "一").lead_units, ["市委依法治市办", "市政府办"]);
}

#[test]
fn unlabelled_unit_forms() {
    let doc = fixture("plan_unlabelled_units.txt");
    let t = task(&doc, "二/(三)");
    assert_eq!(
        (t.lead_units.as_slice(), t.responsible_units.as_slice()),
        (
            &["省科技厅".to_string()][..],
            &["省发展改革委".to_string()][..]
        )
    );
    assert_eq!(task(&doc, "二/(四)").lead_units, ["省发展改革委"]);
    let t = task(&doc, "二/(五)");
    assert_eq!(t.lead_units, ["省自然资源厅"]);
    assert_eq!(t.responsible_units, ["省财政厅", "省住房城乡建设厅"]);
    assert_eq!(task(&doc, "二/(六)").lead_units, ["省市场监管局"]);
    let t = task(&doc, "二/(七)");
    assert_eq!(t.lead_units, ["省政务服务局"]);
    assert_eq!(t.responsible_units, ["各市县人民政府", "省商务厅"]);
    let t = task(&doc, "二/(八)");
    assert_eq!(t.lead_units, ["省发展改革委"]);
    assert_eq!(t.responsible_units, ["省市场监管局", "省商务厅"]);
    let t = task(&doc, "二/(九)");
    assert_eq!(t.lead_units, ["省数据局"]);
    assert_eq!(t.responsible_units, ["省公安厅"]);
}

#[test]
fn targets_of_a_plan() {
    let doc = fixture("plan_cover_letter.txt");
    let t = task(&doc, "一/(一)");
    let got: Vec<_> = t.targets.iter().map(brief).collect();
    assert_eq!(
        got,
        [
            (Comparator::Within, Some(1.0), "个工作日", None),
            (Comparator::AtLeast, Some(95.0), "%", None)
        ]
    );
    let t = task(&doc, "二/(三)");
    let metrics: Vec<&str> = t.targets.iter().map(|x| x.metric.as_str()).collect();
    assert_eq!(metrics[..2], ["行政规范性文件报备率", "审查率"]);
    assert_eq!(t.targets[2].deadline.as_deref(), Some("每年3月1日前"));
    // `1+3`, `三个区` and `第二批` are not targets; the two deadlines are.
    let t = task(&doc, "二/(四)");
    let got: Vec<_> = t.targets.iter().map(brief).collect();
    assert_eq!(
        got,
        [
            (Comparator::By, None, "date", Some("每年一季度")),
            (Comparator::By, None, "date", Some("10月底前"))
        ]
    );
    let t = task(&doc, "三/(五)");
    assert_eq!(t.targets.len(), 6);
    assert_eq!(t.targets[0].per.as_deref(), Some("每年"));
    assert_eq!(
        brief(&t.targets[4]),
        (Comparator::AtLeast, Some(1.0), "次", None)
    );
    assert_eq!(
        brief(&t.targets[5]),
        (Comparator::Equal, Some(100.0), "%", Some("年底前"))
    );
    let t = task(&doc, "三/(六)");
    let got: Vec<_> = t.targets.iter().map(brief).collect();
    assert_eq!(
        got,
        [
            (Comparator::MoreThan, Some(80.0), "%", None),
            (Comparator::AtMost, Some(10.0), "%", None),
            (Comparator::Equal, Some(1.0), "次", None)
        ]
    );
    assert_eq!(t.targets[2].per.as_deref(), Some("每半年"));
}

#[test]
fn targets_across_page_breaks_and_spaces() {
    let doc = fixture("plan_markdown.md");
    let t = task(&doc, "三");
    assert_eq!(t.targets.len(), 5);
    assert_eq!(
        brief(&t.targets[4]),
        (Comparator::Equal, Some(100.0), "%", None)
    );
    let t = task(&doc, "五");
    assert_eq!(t.targets[0].deadline.as_deref(), Some("10月底前"));
    assert_eq!(
        brief(&t.targets[1]),
        (Comparator::AtLeast, Some(10.0), "%", None)
    );
}

#[test]
fn a_reports_figures_are_achieved_not_committed() {
    let doc = fixture("plan_report.txt");
    let targets: Vec<&Target> = doc.tasks.iter().flat_map(|t| &t.targets).collect();
    assert!(!targets.is_empty());
    assert!(targets
        .iter()
        .all(|t| t.kind == plandiff::TargetKind::Achieved));
}

#[test]
fn tasks_without_units_warn_only_when_most_have_them() {
    let doc = fixture("plan_lost_brackets.txt");
    assert!(doc.warnings.iter().all(|w| !w.contains("缺少单位")));
    let doc = fixture("plan_numbering_gaps.txt");
    assert!(doc.warnings.iter().any(|w| w.contains("缺少单位")));
}
