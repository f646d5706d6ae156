//! Titles and headings of forms met in real plans (invented 示例 places): a title under a
//! cover letter's long paragraph, a label that is no title, a first heading after a comma.

use plandiff::parse_text;

#[test]
fn a_title_under_a_long_cover_letter_paragraph_is_found() {
    // One heading only (a page's opening): too few numbered lines for the title above a list,
    // so the title is the lone title-like line; the letter's long paragraph is passed over.
    let text = "各区人民政府，市政府各部门：\n《示例市数字政府建设2025年工作要点》已经市人民政府同意，现印发给你们，请认真贯彻执行。执行中遇到的问题，请径向市政务服务数据管理局反映。\n示例市政务服务数据管理局\n2025年3月1日\n示例市数字政府建设2025年工作要点\n一、持续提升数字政府基础能力\n明确24个项目清单，年底前完成数据目录编制。\n";
    let doc = parse_text(text, "示例.txt");
    assert_eq!(doc.title, "示例市数字政府建设2025年工作要点");
    // A page's chrome line, long and first, is passed over too.
    let text = format!("{}\n当前位置：首页>新闻\n2025年自然生态保护工作要点\n一、开展生态空间问题排查\n到2025年底，重点问题整改率达到100%。\n", "网站导航".repeat(20));
    let doc = parse_text(&text, "示例.txt");
    assert_eq!(doc.title, "2025年自然生态保护工作要点");
}

#[test]
fn a_label_opening_the_text_is_no_title() {
    let text = "总体思路:坚持以人民为中心，统筹发展和安全，全面提升应急管理能力，推动各项工作落实落细，为全区高质量发展提供安全保障。\n工作目标:\n安全生产方面:事故起数、死亡人数实现“双下降”。\n";
    let doc = parse_text(text, "示例.txt");
    assert_ne!(doc.title, "总体思路");
    // A title run into its body, with no colon after it, is still read.
    let text = "示例镇2025年工作思路2025年是全面落实规划的关键之年，全镇上下将围绕中心工作，狠抓落实，推进各项事业发展，力争各项工作走在全县前列，为全县大局作出更大贡献。全镇将坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，统筹推进经济建设和社会事业发展。";
    let doc = parse_text(text, "示例.txt");
    assert_eq!(doc.title, "示例镇2025年工作思路");
}

#[test]
fn a_first_heading_set_off_by_a_space_after_a_comma_opens_the_sections() {
    // A page that lost its line breaks: the goals' last clause is left open with a comma, and
    // the first heading follows after a space.
    let body = "示例乡2025年工作要点 2025年是关键之年。全年预期目标：全乡生产总值达2.9亿元，增长10%，自然人口增长率控制在6以内, 一、做强产业 1.做大茶产业。建设茶叶基地，完成低改3000亩。 2.深化农村改革。实现土地流转2000亩。 二、做美环境 3.建设美丽乡村。完善新村建设。 4.加大绿化投入。力争路段7.8公里全线绿化。 三、做实旅游 5.盘活场镇资源。利用现有广场打造会客厅。";
    let text = body.to_string() + &" 各村要抓好落实。".repeat(60);
    let doc = parse_text(&text, "示例.txt");
    let ids: Vec<&str> = doc.tasks.iter().map(|t| t.id.as_str()).collect();
    assert_eq!(ids, ["一/1", "一/2", "二/3", "二/4", "三/5"]);
    assert!(doc.sections.iter().any(|s| s.title == "做强产业"));
    // The heading is no part of the goals before it.
    assert!(doc.goals.iter().all(|g| !g.text.contains("做强产业")));
}
