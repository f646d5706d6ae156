//! Outlines of forms met in real plans (invented 示例 places): points (`一是`, `二是`) on lines
//! of their own under theme headings, the only numbering below them.

use plandiff::parse_text;

fn ids(text: &str) -> Vec<String> {
    parse_text(text, "示例.txt")
        .tasks
        .iter()
        .map(|t| t.id.clone())
        .collect()
}

#[test]
fn points_under_theme_headings_are_the_tasks() {
    let text = "示例市生态环境局2025年工作计划\n一、打赢污染防治攻坚战\n一是系统治水，开展河湖排查整治，确保全年国控断面优良比例达到100%。\n二是系统治气，细颗粒物浓度控制在30微克/立方米以内。\n二、推动绿色低碳发展\n一是推进减污降碳协同增效，完成重点行业清洁生产审核20家。\n二是发展环保产业。\n三、守牢环境安全底线\n一是开展环境风险隐患排查。\n";
    assert_eq!(
        ids(text),
        ["一/一是", "一/二是", "二/一是", "二/二是", "三/一是"]
    );
    let doc = parse_text(text, "示例.txt");
    assert_eq!(doc.sections.len(), 3);
    let water = &doc.tasks[0];
    assert_eq!(water.heading, "系统治水");
    assert_eq!(water.targets.len(), 1);
    assert_eq!(water.targets[0].value, Some(100.0));
}

#[test]
fn points_sharing_one_unit_bracket_stay_a_tasks_details() {
    // The units after the last point are the whole item's: the item is the task.
    let text = "示例市2025年工作要点\n一、深化审批改革\n一是推行告知承诺制；\n二是推行容缺受理。（牵头单位：市政务服务局）\n二、提升办事效率\n一是推行帮办代办；\n二是精简办事材料。（牵头单位：市政务服务局）\n";
    assert_eq!(ids(text), ["一", "二"]);
    // A heading that introduces its points (`…做好以下工作：`) keeps them as its text.
    let text = "示例市2025年工作要点\n一、推进政务公开，做好以下工作：\n一是公开预算；\n二是公开决算。\n二、加强政策解读，做好以下工作：\n一是同步解读；\n二是回应关切。\n";
    assert_eq!(ids(text), ["一", "二"]);
}
