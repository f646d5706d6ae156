//! Targets and units in forms met in real plans (invented 示例 places): a count held at zero that names
//! its goal (`新增职业病为0的工作目标`), and the day an act was done on told as past
//! (`方案于2024年3月5日印发`), which is no deadline; changes and lists that name their measure
//! elsewhere; a note naming units for all the tasks below (`以下均需…负责，不再列出`).

mod common;

use common::{target_rows, TargetRow};

fn row(metric: &str, comparator: &str, value: Option<f64>, deadline: Option<&str>) -> TargetRow {
    (
        metric.to_string(),
        comparator.to_string(),
        value,
        String::new(),
        deadline.map(str::to_string),
    )
}

/// `(metric, comparator, value, deadline)` of every target, the unit left out.
fn brief(text: &str) -> Vec<TargetRow> {
    (target_rows(text).into_iter())
        .map(|(m, c, v, _, d)| (m, c, v, String::new(), d))
        .collect()
}

#[test]
fn a_zero_that_names_its_goal_is_read_with_the_measure_before_it() {
    let text = "示例公司2024年安全生产工作要点\n一、工作重点\n1.落实责任。全年实现一般事故为零，新增职业病为0的工作目标。\n2.隐患整改。重大隐患为零的要求落实到每个车间。\n";
    assert_eq!(
        brief(text),
        [
            row("一般事故", "Equal", Some(0.0), None),
            row("新增职业病", "Equal", Some(0.0), None),
            row("重大隐患", "Equal", Some(0.0), None),
        ]
    );
    // A zero inside a word or a saying is still none.
    let text = "示例公司2024年安全生产工作要点\n一、工作重点\n1.化整为零的办法。做好零部件管理。\n";
    assert_eq!(brief(text), []);
}

#[test]
fn the_day_an_act_was_done_on_is_no_deadline() {
    let text = "示例区2024年政务公开工作要点\n一、重点任务\n1.推进公开。区政府办公室起草了分工方案，于2024年3月5日印发。2024年6月30日前完成目录编制。\n2.召开会议。会议已于3月8日召开，各单位于4月30日前报送清单。\n";
    assert_eq!(
        brief(text),
        [
            row("目录编制", "By", None, Some("2024年6月30日前")),
            row("报送清单", "By", None, Some("4月30日前")),
        ]
    );
    // Work due by a day after `于` is a deadline: only an act told as done is past.
    let text = "示例区2024年工作要点\n一、重点任务\n1.摸底。各地于2024年6月30日完成摸底排查。\n2.整改。务必于2024年8月15日完成问题整改。\n";
    let deadlines: Vec<Option<String>> = target_rows(text).into_iter().map(|r| r.4).collect();
    assert_eq!(
        deadlines,
        [
            Some("2024年6月30日".to_string()),
            Some("2024年8月15日".to_string())
        ]
    );
    // A day ahead (`计划于`, `定于`) or a day with `前` stays a deadline.
    let text = "示例区2024年文化工作要点\n一、重点任务\n1.建设场馆。示例区图书馆计划于2024年7月1日正式开馆。\n2.举办活动。示例公园定于2024年9月20日开园，方案于2024年5月10日前印发。\n";
    let found = brief(text);
    let deadlines: Vec<&str> = found.iter().filter_map(|r| r.4.as_deref()).collect();
    assert_eq!(
        deadlines,
        ["2024年7月1日", "2024年9月20日", "2024年5月10日前"],
        "{found:?}"
    );
}

/// `(metric, value, unit)` of every target of `text`'s tasks.
fn measured(text: &str) -> Vec<(String, Option<f64>, String)> {
    (target_rows(text).into_iter())
        .map(|(m, _, v, u, _)| (m, v, u))
        .collect()
}

/// [`measured`]'s rows from `(metric, value, unit)`.
fn rows(want: &[(&str, f64, &str)]) -> Vec<(String, Option<f64>, String)> {
    (want.iter())
        .map(|(m, v, u)| (m.to_string(), Some(*v), u.to_string()))
        .collect()
}

#[test]
fn a_goal_word_after_a_figure_is_no_part_of_its_measure() {
    let text = "示例县2024年农业农村工作要点\n一、重点任务\n1.发展特色产业。力争实现种植面积2100亩的目标。\n2.考核。完成3个目标责任考核，全年完成4项目标任务。\n3.通路。力争实现村道硬化率100%的目标。\n";
    let want = [
        ("种植面积", 2100.0, "亩"),
        ("目标责任考核", 3.0, "个"),
        ("目标任务", 4.0, "项"),
        ("村道硬化率", 100.0, "%"),
    ];
    assert_eq!(measured(text), rows(&want));
}

#[test]
fn a_change_that_names_no_measure_goes_on_from_the_measure_before_it() {
    let text = "示例乡2026年工作要点\n一、重点工作\n1.稳定经济。全乡生产总值达2.92亿元，比上年增加0.26亿元，增长10%；农民人均纯收入达11963元，增长11%。\n2.应急演练。每个村每年至少组织2次应急演练，比2025年增加1次。\n";
    let want = [
        ("全乡生产总值", 2.92, "亿元"),
        ("全乡生产总值增加", 0.26, "亿元"),
        ("全乡生产总值增长", 10.0, "%"),
        ("农民人均纯收入", 11963.0, "元"),
        ("农民人均纯收入增长", 11.0, "%"),
        ("应急演练", 2.0, "次"),
        ("应急演练增加", 1.0, "次"),
    ];
    assert_eq!(measured(text), rows(&want));
    // A change that names its own measure keeps it.
    let text = "示例市2026年工作要点\n一、重点工作\n1.制造业。研发经费支出占营业收入比重达到1%以上，单位工业增加值能耗年均下降5%。\n";
    let metrics: Vec<String> = target_rows(text).into_iter().map(|r| r.0).collect();
    // (Its change word stays in the measure, as without `年均`: a fall is no rise.)
    assert_eq!(metrics[1], "单位工业增加值能耗下降", "{metrics:?}");
    // A deadline between them is passed over: the change is of the count before it.
    let text = "示例县2026年工作要点\n一、重点工作\n1.建基站。新建5G基站800个，年底前全部投用，增长10%。\n";
    let metrics: Vec<String> = target_rows(text).into_iter().map(|r| r.0).collect();
    assert_eq!(
        metrics.last().map(String::as_str),
        Some("5G基站增长"),
        "{metrics:?}"
    );
    // Names listed before `分别` each take the change said once after them.
    let text = "示例县2026年工作要点\n一、重点工作\n1.稳增长。规模以上工业增加值、固定资产投资、社会消费品零售总额分别增长6%、8%、5%。\n2.增收。城镇居民人均可支配收入、农村居民人均可支配收入分别增长5%和7%。\n";
    let metrics: Vec<String> = target_rows(text).into_iter().map(|r| r.0).collect();
    assert_eq!(
        metrics,
        [
            "规模以上工业增加值增长",
            "固定资产投资增长",
            "社会消费品零售总额增长",
            "城镇居民人均可支配收入增长",
            "农村居民人均可支配收入增长"
        ]
    );
    // A list naming nothing before its `分别` is of the figures before it in the sentence.
    let text = "示例县2026年工作要点\n一、重点工作\n1.旅游。接待游客500万人次，实现旅游收入50亿元，分别增长8%、10%。\n2.粮食。粮食播种面积稳定在50万亩，产量达到30万吨，分别增长1%和2%。\n";
    let metrics: Vec<String> = target_rows(text).into_iter().map(|r| r.0).collect();
    assert_eq!(
        metrics,
        [
            "接待游客",
            "旅游收入",
            "接待游客增长",
            "旅游收入增长",
            "粮食播种面积",
            "产量",
            "粮食播种面积增长",
            "产量增长"
        ]
    );
}

#[test]
fn a_respective_list_of_named_rates_reads_each_figure_with_its_name_and_year() {
    let text = "示例县健康行动实施方案\n一、主要任务\n(一)降低死亡率。到2030年，婴儿死亡率、5岁以下儿童死亡率、孕产妇死亡率分别下降到3.5‰、4.8‰、9/10万。\n(二)提升素养。到2025年底和2030年，全县居民健康素养水平分别不低于25%和32%。\n";
    let found: Vec<(String, Option<f64>, String, Option<String>)> = (target_rows(text).into_iter())
        .map(|(m, _, v, u, d)| (m, v, u, d))
        .collect();
    let want = [
        ("婴儿死亡率", 3.5, "‰", "2030年"),
        ("5岁以下儿童死亡率", 4.8, "‰", "2030年"),
        ("孕产妇死亡率", 9.0, "/10万", "2030年"),
        ("全县居民健康素养水平", 25.0, "%", "2025年底"),
        ("全县居民健康素养水平", 32.0, "%", "2030年"),
    ];
    let want: Vec<(String, Option<f64>, String, Option<String>)> = (want.iter())
        .map(|(m, v, u, d)| (m.to_string(), Some(*v), u.to_string(), Some(d.to_string())))
        .collect();
    assert_eq!(found, want);
    // One figure for two names: each name is held to it.
    let text = "示例县健康工作要点\n一、主要任务\n(一)降低死亡率。婴儿死亡率、孕产妇死亡率分别控制在5‰以下。\n";
    let names: Vec<String> = target_rows(text).into_iter().map(|r| r.0).collect();
    assert_eq!(names, ["婴儿死亡率", "孕产妇死亡率"]);
}

#[test]
fn a_standing_note_adds_its_units_to_every_task_from_it_on() {
    let text = "示例县2026年度河湖长制工作要点\n一、强化河湖长制\n(一)压实河湖长责任。持续推动各级河湖长巡河。(牵头单位：县河长办，配合单位：县水利局。以下均需各乡（镇）政府负责，不再列出。)\n(二)强化河长办职能。完善河湖长动态调整机制。(牵头单位：县河长办，配合单位：县水利局。)\n(三)加强河湖执法。开展河湖清四乱行动。(牵头单位：县水利局。)\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let units: Vec<(Vec<String>, Vec<String>)> = (doc.tasks.iter())
        .map(|t| (t.lead_units.clone(), t.responsible_units.clone()))
        .collect();
    let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<String>>();
    assert_eq!(
        units,
        [
            (s(&["县河长办"]), s(&["县水利局", "各乡（镇）政府"])),
            (s(&["县河长办"]), s(&["县水利局", "各乡（镇）政府"])),
            (s(&["县水利局"]), s(&["各乡（镇）政府"])),
        ]
    );
    // Notes that name no units, or say nothing of leaving them out, add none.
    let text = "示例县2024年工作要点\n一、重点任务\n1.落实制度。以下均要严格落实“三重一大”制度。\n2.按时完成。以下均需按时完成，不得拖延，各单位负责人负责督促。\n3.培训。60周岁以下均需参加培训，由县人社局负责。\n4.报送。以下均需各单位于1月31日前报送，县政务公开办负责汇总。\n";
    let doc = plandiff::parse_text(text, "plan.txt");
    let responsible: Vec<&Vec<String>> = doc.tasks.iter().map(|t| &t.responsible_units).collect();
    assert!(responsible.iter().all(|r| r.is_empty()), "{responsible:?}");
}

#[test]
fn a_past_year_is_read_only_as_a_word_of_its_own() {
    let text = "示例县2026年工作要点\n一、重点任务\n1.建设。在建项目80%以上年底前完工。\n2.迁移。系统迁移至线上年底前完成。\n3.增收。地区生产总值达6亿元，比上年末增1亿元。\n";
    let deadlines: Vec<Option<String>> = target_rows(text).into_iter().map(|r| r.4).collect();
    assert_eq!(
        deadlines,
        [
            Some("年底前".to_string()),
            Some("年底前".to_string()),
            None,
            None
        ]
    );
}

#[test]
fn an_average_before_a_noun_names_the_measure_and_before_a_verb_is_its_period() {
    let text = "示例市2026年生态环境工作要点\n一、重点任务\n1.空气。市区PM2.5年均浓度保持在30微克/立方米以下。\n2.增长。地区生产总值年均增长6%。\n3.培训。年均培训干部不少于500人次。\n";
    let found: Vec<(String, Option<String>)> = (plandiff::parse_text(text, "plan.txt").tasks)
        .iter()
        .flat_map(|t| t.targets.iter())
        .map(|t| (t.metric.clone(), t.per.clone()))
        .collect();
    let per = |m: &str, p: Option<&str>| (m.to_string(), p.map(str::to_string));
    assert_eq!(
        found,
        [
            per("市区PM2.5年均浓度", None),
            per("地区生产总值增长", Some("年均")),
            per("培训干部", Some("年均")),
        ]
    );
}
