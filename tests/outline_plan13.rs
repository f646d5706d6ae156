//! Outline forms met in real plans (invented 示例 places): a branch of the outline that ends a
//! level above the others (`二、` over `（一）（二）` leaves, where `一、`'s `（一）` hold `1、`).

/// Ids and headings of a plan's tasks.
fn tasks(text: &str) -> Vec<(String, String)> {
    let doc = plandiff::parse_text(text, "plan.txt");
    (doc.tasks.iter())
        .map(|t| (t.id.clone(), t.heading.clone()))
        .collect()
}

#[test]
fn leaves_of_a_shallower_branch_are_tasks_not_empty_sections() {
    // Before: `二/(一)` and `二/(二)` were read as sections with no tasks, and silently lost.
    let text = "示例市年度施政目标\n一、深化基层改革，强化自治效能：\n（一）深化选务改革：\n1、推动选务制度改革，研议通讯投票制度。\n2、落实相关法规修正作业。\n（二）落实权益保护：\n1、加强防制人口贩运。\n2、协助新住民适应环境。\n二、协助弱势群体，健全福利网络：\n（一）保障弱势群体经济生活，修正社会救助办法。\n（二）落实儿童高风险家庭关怀。\n";
    let got = tasks(text);
    let ids: Vec<&str> = got.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "一/(一)/1",
            "一/(一)/2",
            "一/(二)/1",
            "一/(二)/2",
            "二/(一)",
            "二/(二)"
        ]
    );
    assert_eq!(got[4].1, "保障弱势群体经济生活，修正社会救助办法");
}

#[test]
fn a_shallower_branch_of_bare_headings_stays_sections() {
    // Headings only under `二、` (a table of contents left in the text): no tasks made of them.
    let text = "示例市年度工作要点\n一、推进改革：\n（一）深化改革：\n1、推动制度改革，完善投票制度。\n2、落实法规修正作业。\n（二）落实保护：\n1、加强防制人口贩运。\n2、协助新住民适应环境。\n二、保障体系\n（一）经济保障\n（二）家庭关怀\n";
    let ids: Vec<String> = tasks(text).into_iter().map(|(id, _)| id).collect();
    assert_eq!(ids, ["一/(一)/1", "一/(一)/2", "一/(二)/1", "一/(二)/2"]);
}
