//! Invariants of outline and extract on arbitrary input: never panic, and keep the task tree
//! consistent (every task's section is a listed section and prefixes its id).

use proptest::prelude::*;

/// Pieces that exercise the scanners: markers, brackets, labels, numbers, odd spaces, breaks.
const PIECES: &[&str] = &[
    "一、",
    "（一）",
    "(二)",
    "二)",
    "1.",
    "12、",
    "（3）",
    "①",
    "第一条",
    "一是",
    "牵头单位：",
    "责任单位:",
    "(",
    "）",
    "〔",
    "】",
    "市甲局",
    "、",
    "，",
    "；",
    "。",
    "\n",
    "\n\n",
    "100%",
    "不少于",
    "4次",
    "一次",
    "3个工作日内",
    "每年3月1日前",
    "年底前",
    "《",
    "》",
    "“",
    "”",
    "**",
    "### ",
    "\u{a0}",
    "\u{2002}",
    "示例市2024年工作要点",
    "负责",
    "各",
    "区政府",
    "1+4",
    "2024年",
    "百分之",
    "至",
    "-",
    "扫一扫",
    "2024年3月1日",
    "示例市司法局",
    "\t",
    "   ",
    "序号\t重点任务\t牵头单位\t完成时限\n",
    "1\t",
    "完成时限：",
    "长期坚持",
    "比上年提高",
    "个百分点",
    "≥",
    "主要目标",
    "目标任务",
    "工作目标：",
    "第一阶段：",
    "动员部署阶段（3月）",
    "坚持",
    "二是",
    "三是",
    "报告如下",
    "示例市人大常委会：",
    "关于印发《",
    "》的通知",
    "报 告",
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(PIECES).prop_map(str::to_string),
            any::<char>().prop_map(|c| c.to_string()),
        ],
        0..120,
    )
    .prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_and_tree_is_consistent(s in text()) {
        let mut doc = plandiff::outline::outline(&s);
        plandiff::extract::annotate(&mut doc);
        let section_ids: Vec<&str> = doc.sections.iter().map(|x| x.id.as_str()).collect();
        for t in &doc.tasks {
            prop_assert!(!t.id.is_empty());
            // The last step of the path is the number, with `#2` on a repeated one.
            let last = t.id.rsplit('/').next().unwrap_or("");
            let base = last.split('#').next().unwrap_or("");
            prop_assert_eq!(base, t.number.as_str(), "{}", &t.id);
            if let Some(sec) = &t.section {
                prop_assert!(section_ids.contains(&sec.as_str()));
                let prefix = format!("{}/", sec);
                prop_assert!(t.id.starts_with(&prefix));
            }
            prop_assert!(t.lead_units.iter().chain(&t.responsible_units).all(|u| !u.is_empty()));
            for g in &t.targets {
                prop_assert!(g.value.is_none_or(f64::is_finite));
            }
        }
        prop_assert!(!doc.tasks.is_empty() || !doc.warnings.is_empty());
        // Every goal comes from a listed goal block or section, or the text before any
        // numbered item (no section), and has text.
        for g in &doc.goals {
            prop_assert!(g.section.is_empty() || section_ids.contains(&g.section.as_str()), "{}", &g.section);
            prop_assert!(!g.text.trim().is_empty());
            prop_assert!(g.targets.iter().all(|t| t.value.is_none_or(f64::is_finite)));
        }
        let mut ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).chain(section_ids.iter().copied()).collect();
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        prop_assert_eq!(ids.len(), n, "ids are unique");
    }
}

/// Cells of task tables: numbers, tasks, agencies, times, header words, odd separators.
const CELLS: &[&str] = &[
    "序号",
    "重点任务",
    "具体措施",
    "牵头单位",
    "配合单位",
    "责任单位",
    "完成时限",
    "类别",
    "1",
    "2.",
    "一",
    "（二）",
    "一、甲类",
    "推行一件事，新增事项不少于20个。",
    "市甲局",
    "市乙局市丙局",
    "市甲局（牵头）、市乙局",
    "2024年12月底前",
    "长期坚持",
    "上半年",
    "",
    " ",
    "|",
    "---",
    "附件：分工表",
];

fn table_text() -> impl Strategy<Value = String> {
    let row = prop::collection::vec(prop::sample::select(CELLS), 0..7).prop_flat_map(|cells| {
        prop::sample::select(vec!["\t", "  ", " | "]).prop_map(move |sep| cells.join(sep))
    });
    prop::collection::vec(row, 0..30).prop_map(|rows| rows.join("\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn tables_never_panic_and_ids_stay_unique(s in table_text()) {
        let mut doc = plandiff::outline::outline(&s);
        plandiff::extract::annotate(&mut doc);
        let mut ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
        ids.extend(doc.sections.iter().map(|x| x.id.as_str()));
        let n = ids.len();
        ids.sort_unstable();
        ids.dedup();
        prop_assert_eq!(ids.len(), n);
        for t in &doc.tasks {
            if let Some(sec) = &t.section {
                prop_assert!(doc.sections.iter().any(|x| &x.id == sec));
            }
        }
    }
}
