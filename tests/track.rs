//! A plan followed over four years (an invented 示例市): a split in year 2, a merge in year 3, a
//! task dropped and back, targets raised twice, a lead change — exactly the lineages a reader
//! draws.

use plandiff::track::track;
use plandiff::{Document, Lineage};

fn years() -> Vec<Document> {
    (2021..=2024)
        .map(|y| {
            let name = format!("track_{y}.txt");
            let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
            plandiff::parse(&std::fs::read(&path).unwrap(), &name).unwrap()
        })
        .collect()
}

/// Each year's task ids in a lineage, joined (`—` for none).
fn ids(l: &Lineage) -> Vec<String> {
    l.cells
        .iter()
        .map(|c| {
            if c.ids.is_empty() {
                "—".into()
            } else {
                c.ids.join("+")
            }
        })
        .collect()
}

/// Each document's first target in a lineage.
fn first_targets(l: &Lineage) -> Vec<&str> {
    l.cells.iter().map(|c| c.targets[0].as_str()).collect()
}

#[test]
fn four_years_give_the_lineages_a_reader_draws() {
    let series = track(&years());
    assert_eq!(series.documents.len(), 4);
    let rows: Vec<(String, Vec<String>)> = series
        .lineages
        .iter()
        .map(|l| (l.title.clone(), ids(l)))
        .collect();
    let row = |title: &str, ids: [&str; 4]| (title.to_string(), ids.map(String::from).to_vec());
    assert_eq!(
        rows,
        [
            row(
                "加强领导干部学法用法",
                ["一/(一)", "一/(一)", "一/(一)", "一/(一)"]
            ),
            // Split in 2022: 规范化 and 信息化 became two tasks.
            row(
                "推进行政复议规范化和信息化建设",
                [
                    "一/(二)",
                    "一/(二)+一/(三)",
                    "一/(二)+一/(三)",
                    "一/(二)+一/(三)"
                ]
            ),
            // Dropped in 2022, back in 2023.
            row(
                "开展法治宣传进社区活动",
                ["一/(三)", "—", "一/(四)", "一/(四)"]
            ),
            row(
                "推进重大行政决策合法性审查",
                ["一/(四)", "一/(四)", "一/(五)", "一/(五)"]
            ),
            // Merged in 2023: training and publicity became one task.
            row(
                "加强行政执法人员培训",
                ["二/(五)+二/(六)", "二/(五)+二/(六)", "二/(六)", "二/(六)"]
            ),
        ]
    );
    // Targets along a lineage: 学法 raised twice.
    let study = first_targets(&series.lineages[0]);
    assert_eq!(
        study,
        [
            "每年学法不少于2次",
            "每年学法不少于4次",
            "每年学法不少于6次",
            "每年学法不少于6次"
        ]
    );
    // The lead moved in 2023.
    let leads: Vec<&str> = series.lineages[3]
        .cells
        .iter()
        .map(|c| c.leads[0].as_str())
        .collect();
    assert_eq!(
        leads,
        ["市政府办公室", "市政府办公室", "市司法局", "市司法局"]
    );
}

#[test]
fn every_task_is_in_exactly_one_lineage() {
    let docs = years();
    let series = track(&docs);
    for (d, doc) in docs.iter().enumerate() {
        let mut seen: Vec<&str> = series
            .lineages
            .iter()
            .flat_map(|l| l.cells[d].ids.iter().map(String::as_str))
            .collect();
        seen.sort_unstable();
        let mut all: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
        all.sort_unstable();
        assert_eq!(seen, all, "document {d}");
    }
}

#[test]
fn one_plan_repeated_is_one_lineage_per_task() {
    let docs = years();
    let same = vec![docs[0].clone(), docs[0].clone(), docs[0].clone()];
    let series = track(&same);
    assert_eq!(series.lineages.len(), docs[0].tasks.len());
    assert!(series
        .lineages
        .iter()
        .all(|l| l.cells.iter().all(|c| c.ids.len() == 1)));
}

#[test]
fn the_markdown_report_reads_as_a_table_of_lineages() {
    use plandiff::report::series::{series_markdown, TRACK_HEADING};
    let report = series_markdown(&track(&years()), TRACK_HEADING);
    insta::assert_snapshot!(report);
}

#[test]
fn places_side_by_side_share_rows_for_the_same_work() {
    let plan = |place: &str, times: u32, own: &str| {
        let text = format!(
            "{place}2024年法治政府建设工作要点\n\
             （一）加强领导干部学法用法。落实政府常务会议会前学法制度，每年学法不少于{times}次。（牵头单位：{place}司法局）\n\
             （二）推进行政复议规范化建设。规范行政复议案件办理流程，案件按期办结率达到95%。（牵头单位：{place}司法局）\n\
             （三）{own}（牵头单位：{place}司法局）\n"
        );
        plandiff::parse(text.as_bytes(), &format!("{place}.txt")).unwrap()
    };
    let docs = [
        plan(
            "甲市",
            2,
            "建设沿江生态公园法治文化带，年内建成主题公园3个。",
        ),
        plan("乙市", 4, "开展海岛渔民法律服务月活动，组织律师上岛服务。"),
        plan(
            "丙市",
            6,
            "推进山区矿产资源开发审批规范化，建立矿权出让合法性审查机制。",
        ),
    ];
    let rows = plandiff::track::matrix(&docs);
    let places = |l: &Lineage| l.cells.iter().filter(|c| !c.ids.is_empty()).count();
    let shape: Vec<(String, usize)> = rows
        .lineages
        .iter()
        .map(|l| (l.title.clone(), places(l)))
        .collect();
    assert_eq!(shape.len(), 5, "{shape:?}");
    assert_eq!(
        &shape[..2],
        [
            ("加强领导干部学法用法".to_string(), 3),
            ("推进行政复议规范化建设".to_string(), 3)
        ]
    );
    assert!(shape[2..].iter().all(|(_, n)| *n == 1), "{shape:?}");
    let study = first_targets(&rows.lineages[0]);
    assert_eq!(
        study,
        [
            "每年学法不少于2次",
            "每年学法不少于4次",
            "每年学法不少于6次"
        ]
    );
}
