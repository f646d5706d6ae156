//! Forms met in real plans (invented 示例 places), session 32: a single figure after `分别`
//! given to each thing listed before it.

/// The goals' targets of `text` as (metric, value).
fn goal_targets(text: &str) -> Vec<(String, f64)> {
    let doc = plandiff::parse_text(text, "示例.txt");
    (doc.goals.iter())
        .flat_map(|g| g.targets.iter())
        .map(|t| (t.metric.clone(), t.value.unwrap_or(f64::NAN)))
        .collect()
}

fn goal_plan(aim: &str) -> String {
    format!(
        "示例市2025年大气污染防治工作方案\n一、主要目标\n到2025年，{aim}\n\
         二、重点任务\n（一）推进治理。开展工业污染治理。\n"
    )
}

#[test]
fn one_figure_after_fenbie_is_each_listed_things() {
    // Before: one target named `二氧化硫、氮氧化物排放总量分别下降`, so a plan giving each its own
    // figure (`分别下降15%、10%`) compared as one kept and one dropped.
    assert_eq!(
        goal_targets(&goal_plan(
            "二氧化硫、氮氧化物排放总量分别比2020年下降16%。"
        )),
        [
            ("二氧化硫排放总量下降".to_string(), 16.0),
            ("氮氧化物排放总量下降".to_string(), 16.0)
        ]
    );
    // The same aims worded with `和`, or with `均` for `分别`, read the same: two plans that
    // word them so compare as unchanged.
    for aim in [
        "细颗粒物和可吸入颗粒物年均浓度均下降10%。",
        "细颗粒物、可吸入颗粒物年均浓度分别下降10%。",
    ] {
        assert_eq!(
            goal_targets(&goal_plan(aim)),
            [
                ("细颗粒物年均浓度下降".to_string(), 10.0),
                ("可吸入颗粒物年均浓度下降".to_string(), 10.0)
            ],
            "{aim}"
        );
    }
    assert_eq!(
        goal_targets(&goal_plan("二氧化硫、氮氧化物排放总量均比2020年下降16%。")),
        goal_targets(&goal_plan(
            "二氧化硫、氮氧化物排放总量分别比2020年下降16%。"
        ))
    );
}

/// The task targets of `text` as (metric, value).
fn task_targets(text: &str) -> Vec<(String, f64)> {
    (plandiff::parse_text(text, "示例.txt").tasks.iter())
        .flat_map(|t| t.targets.iter())
        .map(|t| (t.metric.clone(), t.value.unwrap_or(f64::NAN)))
        .collect()
}

#[test]
fn a_new_stage_and_the_aspects_of_a_text_are_no_counts() {
    for sentence in [
        "治水兴水进入了一个崭新的阶段。",
        "推动水利工作迈上新的台阶，开启一个新征程。",
        "重点抓好四个方面工作。",
        "重点抓好4个方面工作。",
    ] {
        let text = format!(
            "示例县2025年水利工作要点\n一、推进水利建设。{sentence}（牵头单位：县水利局）\n"
        );
        assert_eq!(task_targets(&text), [], "{sentence}");
    }
    // A count of things that are stages of work stays a target.
    let text =
        "示例县2025年水利工作要点\n一、推进水利建设。开展三个阶段的试点。（牵头单位：县水利局）\n";
    assert_eq!(task_targets(text), [("试点".to_string(), 3.0)]);
}

#[test]
fn one_figure_after_fenbie_over_places_or_one_measure_stays_one_target() {
    // Places, levels and offices doing their share, a `及` inside a word (`及时率`), a name
    // holding a list of its own, and an earlier thing that would be left bare (`城镇职工`).
    for aim in [
        "全市、各县区分别完成造林任务的30%。",
        "县直部门、各乡镇分别完成年度任务的30%。",
        "市、县、乡分别配备专职人员2名。",
        "城区、郊区分别新建公园2个。",
        "投诉办结及时率分别达到95%。",
        "市直部门、各县（市、区）分别完成年度任务的30%。",
        "《示例市大气、水污染防治条例》、《示例市扬尘污染防治办法》执行率分别达到100%。",
        "城镇职工、城乡居民基本养老保险参保率分别达到95%。",
        "农村生活垃圾、污水治理覆盖率分别达到100%以上。",
        "社会和谐指数、群众满意度分别达到90%。",
        "城乡居民人均可支配收入均增长6%。",
        // Short words whose likeness is a guess, `和` inside a word, `均` of `生均`, `班均`.
        "城镇、农村居民人均可支配收入分别增长6%。",
        "氨氮和化学需氧量排放量均下降8%。",
        "碳达峰和碳中和试点项目均比上年增加10%。",
        "小学、初中生均公用经费均不低于800元。",
        "城市、县城污水处理率分别达到95%。",
    ] {
        assert_eq!(goal_targets(&goal_plan(aim)).len(), 1, "{aim}");
    }
    // A list with a figure each is read as before.
    assert_eq!(
        goal_targets(&goal_plan("二氧化硫、氮氧化物排放总量分别下降15%、10%。")),
        [
            ("二氧化硫排放总量下降".to_string(), 15.0),
            ("氮氧化物排放总量下降".to_string(), 10.0)
        ]
    );
}

fn task_rows(text: &str) -> Vec<(String, String)> {
    (plandiff::parse_text(text, "示例.txt").tasks.iter())
        .map(|t| (t.id.clone(), t.text.clone()))
        .collect()
}

#[test]
fn unnumbered_section_headings_over_a_running_list_are_sections() {
    // A page that dropped the `一、` of its section headings: the items number on across them.
    let text = "示例省2024年乡村振兴重点工作实施意见\n\n为做好2024年工作，提出如下意见。\n\n\
        坚决扛牢粮食安全政治责任\n\n（一）稳定粮食播种面积。确保粮食播种面积稳定在6000万亩以上。\n\
        （二）扩大油料生产。扩种油菜100万亩。\n\n持续巩固拓展脱贫攻坚成果\n\n\
        （三）加强防返贫监测。落实监测帮扶机制。\n（四）促进脱贫人口增收。脱贫人口务工规模稳定在300万人以上。\n";
    let doc = plandiff::parse_text(text, "示例.txt");
    // Before: no sections, and `持续巩固拓展脱贫攻坚成果` glued to the end of task (二).
    let titles: Vec<&str> = doc.sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(
        titles,
        ["坚决扛牢粮食安全政治责任", "持续巩固拓展脱贫攻坚成果"]
    );
    assert_eq!(
        task_rows(text),
        [
            (
                "一/(一)".to_string(),
                "稳定粮食播种面积。确保粮食播种面积稳定在6000万亩以上。".to_string()
            ),
            (
                "一/(二)".to_string(),
                "扩大油料生产。扩种油菜100万亩。".to_string()
            ),
            (
                "二/(三)".to_string(),
                "加强防返贫监测。落实监测帮扶机制。".to_string()
            ),
            (
                "二/(四)".to_string(),
                "促进脱贫人口增收。脱贫人口务工规模稳定在300万人以上。".to_string()
            ),
        ]
    );
    assert!(doc.warnings.iter().any(|w| w.contains("编号缺失")));
}

#[test]
fn a_unit_tag_or_a_deadline_line_before_an_item_makes_no_section() {
    // Lines standing before the next item that end the item above: a unit tag, a deadline
    // written without a stop, a list of agencies; and sections of one item each.
    for tail in [
        "（县司法局牵头）",
        "完成时限2024年12月底",
        "县司法局、县委组织部",
        "深入开展宪法宣传周活动",
    ] {
        let text = format!(
            "示例县2024年法治政府建设工作要点\n为深入推进法治政府建设，制定本要点。\n重点任务\n\
             （一）加强领导干部学法。每年组织学法不少于4次。\n{tail}\n\
             （二）规范行政执法。开展案卷评查。\n{tail}\n（三）强化行政监督。开展专项督察2次。\n"
        );
        let doc = plandiff::parse_text(&text, "示例.txt");
        assert!(doc.sections.is_empty(), "{tail}: {:?}", doc.sections);
        assert_eq!(doc.tasks.len(), 3, "{tail}");
    }
}

#[test]
fn a_lone_line_over_a_list_or_a_body_without_stops_makes_no_section() {
    // One heading line only (a subtitle over the list), and a body written without stops.
    for text in [
        "示例市2024年工作要点\n\n主要任务\n\n（一）加强学法。每年学法4次。\n（二）规范执法。开展案卷评查。\n",
        "示例市2024年工作要点\n\n（一）加强学法\n每年组织学法不少于4次\n（二）规范执法\n开展案卷评查活动\n（三）强化监督\n开展专项督察\n",
    ] {
        let doc = plandiff::parse_text(text, "示例.txt");
        assert!(doc.sections.is_empty(), "{:?}", doc.sections);
        assert!(doc.tasks.iter().all(|t| t.id.starts_with('(')), "{:?}", task_rows(text));
    }
}

#[test]
fn an_account_of_the_start_or_the_year_before_holds_no_task() {
    let text = "示例市2025年经济普查工作方案\n一、普查目的\n全面调查我市第二产业和第三产业的发展规模。\n\
        二、发展背景\n“十四五”以来，全市经济总量达到500亿元。\n三、总体情况\n2025年计划投资300亿元。\n\
        四、主要任务\n（一）明确普查目的。组织宣传培训，普查人员培训率达到100%。\n\
        （二）督查整改完成情况。每月通报整改完成情况。\n（三）开展背景调查。完成企业背景调查100家。\n";
    // Before: `一 普查目的` and `二 发展背景` (with 500亿元 as its target) were tasks. A plan's
    // `总体情况` may set this year's figures: it stays.
    assert_eq!(
        task_rows(text)
            .iter()
            .map(|r| r.0.as_str())
            .collect::<Vec<_>>(),
        ["三", "四/(一)", "四/(二)", "四/(三)"]
    );
}

#[test]
fn a_date_on_work_told_as_done_is_no_deadline() {
    let text =
        "示例镇2025年农业工作计划\n一、发展特色产业。下半年进一步完善了生态茶叶基地基础设施建设。\
        2025年6月底前完成茶叶基地扩建。（牵头单位：镇农业办）\n\
        二、加强学习。年底前组织干部了解惠农政策。（牵头单位：镇党政办）\n";
    // Before: `完善了…基础设施建设` due `下半年`, beside the plan's own deadline.
    let doc = plandiff::parse_text(text, "示例.txt");
    let due: Vec<Option<&str>> = (doc.tasks.iter())
        .flat_map(|t| t.targets.iter())
        .map(|t| t.deadline.as_deref())
        .collect();
    assert_eq!(due, [Some("2025年6月底前"), Some("年底前")]);
    // `了` of other words, describing a thing, or inside a title or quotes: the date stays.
    for work in [
        "2024年底前全部了结2023年以前的信访积案。",
        "2024年底前实现重复信访积案案结事了。",
        "2024年6月底前实现办事指南简洁明了、一目了然。",
        "2024年底前集中解决一批基层解决不了的突出问题。",
        "2024年底前，办结已受理了的全部行政复议案件。",
        "2024年10月底前拍摄完成《示例市的天变蓝了》专题片。",
        "2024年9月底前举办“我们完成了”主题成果展。",
    ] {
        let text = format!("示例市2024年工作要点\n一、推进重点工作。{work}（牵头单位：市甲局）\n");
        let doc = plandiff::parse_text(&text, "示例.txt");
        let dated = (doc.tasks.iter())
            .flat_map(|t| t.targets.iter())
            .filter(|t| t.deadline.is_some())
            .count();
        assert_eq!(dated, 1, "{work}");
    }
}
