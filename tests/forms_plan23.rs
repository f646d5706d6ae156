//! Forms met in real plans (invented 示例 places): a heading broken before its verb's object,
//! a title whose year stands on the line above.

use plandiff::parse_text;

fn headings(text: &str) -> Vec<String> {
    (parse_text(text, "示例.txt").tasks.iter())
        .map(|t| format!("{} {}", t.id, t.heading))
        .collect()
}

#[test]
fn a_heading_broken_before_its_object_reads_on_into_the_next_line() {
    let text = "示例县2016年政务公开工作要点\n一、深化政务公开\n（一）深入实施\n\
        政府信息公开条例。各级行政机关要严格执行条例，及时更新公开目录。\n\
        （二）狠抓落实\n县政府办每半年通报一次。\n";
    // Before: `深入实施`, and its text read `深入实施。政府信息公开条例。…`.
    assert_eq!(
        headings(text),
        ["一/(一) 深入实施政府信息公开条例", "一/(二) 狠抓落实"]
    );
    let doc = parse_text(text, "示例.txt");
    assert!(doc.tasks[0]
        .text
        .starts_with("深入实施政府信息公开条例。各级"));
}

#[test]
fn a_year_alone_over_a_title_opening_on_its_year_word_is_the_titles() {
    let text =
        "2016\n年示例县教育局工作要点\n一、推进依法治教\n（一）完善章程建设。各校年内修订章程。\n\
        （二）加强普法教育。开展宪法进校园活动。\n";
    // Before: `年示例县教育局工作要点`.
    assert_eq!(
        parse_text(text, "示例.txt").title,
        "2016年示例县教育局工作要点"
    );
    // A date the page gives above a whole title stays no part of it.
    let dated = "发布时间：\n2016\n示例县2016年教育局工作要点\n一、推进依法治教\n\
        （一）完善章程建设。各校年内修订章程。\n（二）加强普法教育。开展宪法进校园活动。\n";
    assert_eq!(
        parse_text(dated, "示例.txt").title,
        "示例县2016年教育局工作要点"
    );
}
