//! Round 6 fixtures (`plan6_*`, an invented 示例市/示例县): goal blocks kept as the plan's
//! goals, phases and principles kept out of the tasks, `一是`/`二是` as a section's tasks,
//! titles in the forms real files give them, and reports known by their addressee. The
//! tests name what used to be misread (the whole parses: `outline_fixtures.rs`).

mod common;

use common::{fixture, ids, target_lines};

/// Each goal's block id and its targets as `metric|value|unit` lines.
fn goals(doc: &plandiff::Document) -> Vec<(&str, Vec<String>)> {
    doc.goals
        .iter()
        .map(|g| {
            let t = plandiff::Task {
                targets: g.targets.clone(),
                ..plandiff::Task::default()
            };
            (g.section.as_str(), target_lines(&t))
        })
        .collect()
}

#[test]
fn goal_blocks_are_goals_not_tasks() {
    let doc = fixture("plan6_goal_blocks.txt");
    // 发展目标 and a 目标任务 of figures before the 重点任务: goals; the tasks are the tagged ones.
    assert_eq!(ids(&doc), ["三/(一)", "三/(二)", "三/(三)"]);
    let got = goals(&doc);
    let blocks: Vec<&str> = got.iter().map(|(s, _)| *s).collect();
    assert_eq!(blocks, ["一/(二)", "一/(二)", "二", "二", "二"]);
    assert!(doc.goals[0].text.starts_with("到2025年底，全市完成"));
    assert!(doc.goals[2].text.starts_with("老旧小区改造基本完成"));
    assert!(got[0].1.contains(&"城市建成区绿地率|38|%".to_string()));
    assert!(got[1].1.contains(&"居民满意度|90|%".to_string()));
    assert!(got[3].1.contains(&"管网|200|公里".to_string()));
    // The goal blocks stay listed as sections (auxiliary); their items are not sections.
    let aux: Vec<&str> = (doc.sections.iter())
        .filter(|s| s.auxiliary)
        .map(|s| s.id.as_str())
        .collect();
    assert_eq!(
        aux,
        ["一", "一/(一)", "一/(二)", "二", "四", "四/(一)", "四/(二)"]
    );
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn a_goal_heading_that_holds_the_tasks_stays_their_section() {
    // `二、目标任务` over numbered actions is where this plan's tasks are: not a goal block.
    let doc = fixture("plan6_goal_task_section.txt");
    assert_eq!(
        ids(&doc),
        ["二/(一)/1", "二/(一)/2", "二/(二)/3", "二/(二)/4"]
    );
    // The preamble's `工作目标：…` line is the goal.
    assert_eq!(
        goals(&doc),
        [(
            "一",
            vec![
                "全县政务服务事项网上可办率|98|%".to_string(),
                "企业开办时间|1|个工作日".to_string()
            ]
        )]
    );
}

#[test]
fn goal_targets_are_compared_by_metric() {
    let plan = |green: u32, extra: &str| {
        let text = format!(
            "示例市城市更新实施方案\n一、主要目标\n到2025年，城市建成区绿地率达到{green}%。{extra}\n二、重点任务\n（一）建设公园。新建公园3个。（牵头单位：市园林局）\n（二）更新管网。更新管网60公里。（牵头单位：市城管局）"
        );
        plandiff::parse(text.as_bytes(), "plan.txt").expect("parses")
    };
    let a = plan(38, "");
    let b = plan(40, "居民满意度不低于90%。");
    assert_eq!((a.tasks.len(), a.goals.len()), (2, 1));
    let c = plandiff::compare(&a, &b);
    let changes: Vec<(&str, plandiff::TargetChangeKind)> = (c.goal_targets.iter())
        .map(|t| (t.metric.as_str(), t.change))
        .collect();
    use plandiff::TargetChangeKind::*;
    assert!(
        changes.contains(&("城市建成区绿地率", Raised)),
        "{changes:?}"
    );
    assert!(changes.contains(&("居民满意度", New)), "{changes:?}");
    // Goals are no tasks: the pairing is the same as without them.
    assert_eq!(c.pairs.len(), 2);
}

#[test]
fn phases_and_principles_are_not_tasks() {
    // 整治原则 (`坚持…`) and 方法步骤 (`…阶段（月份）`) around tagged tasks: only the tasks count.
    let doc = fixture("plan6_phases_principles.txt");
    assert_eq!(ids(&doc), ["三/(一)", "三/(二)", "三/(三)", "三/(四)"]);
    let aux = |id: &str| doc.sections.iter().any(|s| s.id == id && s.auxiliary);
    for id in ["二", "二/(一)", "四", "四/(三)"] {
        assert!(aux(id), "{id} should be an auxiliary section");
    }
    // Phase items numbered on with the tasks (`5.第一阶段：…`) under a heading of no known kind.
    let doc = fixture("plan6_phase_items.txt");
    assert_eq!(ids(&doc), ["一/1", "一/2", "一/3", "一/4"]);
    assert!(doc.sections.iter().any(|s| s.id == "二/5" && s.auxiliary));
    // No warning about units missing from the phases.
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn points_in_a_section_with_no_other_numbering_are_its_tasks() {
    let doc = fixture("plan6_points_in_sections.txt");
    assert_eq!(
        ids(&doc),
        [
            "一/(一)",
            "一/(二)",
            "二/一是",
            "二/二是",
            "二/三是",
            "三",
            "四/一是",
            "四/二是",
            "四/三是"
        ]
    );
    let t = common::task(&doc, "二/二是");
    assert_eq!(t.heading, "丰富解读形式");
    assert_eq!(t.responsible_units, ["市融媒体中心"]);
    // Inline points, each with its own units: the last keeps its bracket.
    assert_eq!(common::task(&doc, "四/三是").lead_units, ["市委考核办"]);
    assert_eq!(
        common::task(&doc, "四/二是").responsible_units,
        ["各区政府"]
    );
    // Inline points sharing one bracket after the last are one task's details.
    assert!(common::task(&doc, "三").text.contains("二是清理关停"));
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}

#[test]
fn titles_broken_spaced_out_or_forwarded() {
    let title = |name: &str| fixture(name).title;
    // Three short lines: place and year, subject, kind.
    assert_eq!(
        title("plan6_title_three_lines.txt"),
        "示例市2025年深化法治政府建设工作要点"
    );
    // The issuing body, a `关于…的` line and a spaced-out `报    告`.
    let doc = fixture("plan6_title_spaced_report.txt");
    assert_eq!(doc.title, "示例县人民政府关于2024年法治政府建设情况的报告");
    assert_eq!(doc.kind, plandiff::DocKind::Report);
    // A cover letter forwarding the plan, and no title line in the plan itself.
    assert_eq!(
        title("plan6_title_forwarded.txt"),
        "示例市推进数字政府建设实施方案"
    );
}

#[test]
fn a_page_title_then_the_file_name_when_the_text_has_none() {
    let body = "<p>一、压实安全责任</p><p>（一）落实党政同责。（牵头单位：区应急管理局）</p>\
                <p>（二）开展隐患排查。（牵头单位：区应急管理局）</p>";
    let page = format!(
        "<html><head><TITLE>示例区2025年安全生产工作要点_示例区人民政府</TITLE></head><body>{body}</body></html>"
    );
    let doc = plandiff::parse(page.as_bytes(), "page.html").expect("parses");
    assert_eq!(doc.title, "示例区2025年安全生产工作要点");
    // A page whose <title> forwards the plan gives the plan's name.
    let page = format!(
        "<title>示例区关于印发《示例区2025年安全生产工作要点》的通知 - 示例区人民政府</title>{body}"
    );
    let doc = plandiff::parse(page.as_bytes(), "page.html").expect("parses");
    assert_eq!(doc.title, "示例区2025年安全生产工作要点");
    // No title anywhere: the file's name, without folder and extension.
    let doc = plandiff::parse(body.as_bytes(), "材料/示例区2025年工作要点.html").expect("parses");
    assert_eq!(doc.title, "示例区2025年工作要点");
    // A title in the text wins over the page's.
    let page = format!("<title>首页</title><p>示例区2025年安全生产工作要点</p>{body}");
    let doc = plandiff::parse(page.as_bytes(), "page.html").expect("parses");
    assert_eq!(doc.title, "示例区2025年安全生产工作要点");
}

#[test]
fn reports_known_by_addressee_or_by_saying_so() {
    use plandiff::DocKind::Report;
    // Titled like work (`…建设工作`), addressed to the county's 人大常委会.
    let doc = fixture("plan6_report_to_congress.txt");
    assert_eq!(doc.title, "示例县人民政府2024年度法治政府建设工作");
    assert_eq!(doc.kind, Report);
    // `…情况报告如下：` before the first item; a report's figures are what was achieved.
    let doc = fixture("plan6_report_as_follows.txt");
    assert_eq!(doc.kind, Report);
    let targets: Vec<_> = doc.tasks.iter().flat_map(|t| &t.targets).collect();
    assert!(!targets.is_empty());
    assert!(targets
        .iter()
        .all(|t| t.kind == plandiff::TargetKind::Achieved && t.deadline.is_none()));
    // A plan that names the 人大常委会 inside a task stays a plan.
    assert_eq!(
        fixture("plan6_title_three_lines.txt").kind,
        plandiff::DocKind::Plan
    );
}

#[test]
fn a_sections_own_goal_line_above_its_measures_is_a_goal() {
    let doc = fixture("plan6_section_goal_lines.txt");
    // `目标：…` under each section is that section's goal, with its figures and their
    // deadline; `措施：` is a label; the numbered measures are the tasks.
    assert_eq!(ids(&doc), ["一/1", "一/2", "二/3", "二/4", "三/5"]);
    let got = goals(&doc);
    let sections: Vec<&str> = got.iter().map(|(s, _)| *s).collect();
    assert_eq!(sections, ["一", "二", "三"]);
    assert!(doc.goals[0]
        .text
        .starts_with("重大行政决策程序制度全面落实"));
    assert_eq!(got[0].1, ["决策合法性审查率|100|%"]);
    assert_eq!(got[1].1, ["行政执法的社会满意度|90|%"]);
    let satisfaction = &doc.goals[1].targets[0];
    assert_eq!(satisfaction.comparator, plandiff::Comparator::AtLeast);
    assert_eq!(satisfaction.deadline.as_deref(), Some("2027年"));
    assert!(got[2].1.is_empty());
    assert!(doc.warnings.is_empty(), "{:?}", doc.warnings);
}
