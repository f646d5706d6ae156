//! Targets in forms met in real plans (invented 示例 places): counts after `确保` and `发展`
//! (`确保粮食播种面积917万亩`, `新发展20名党员`), a measure named `增加值`, and a date label of
//! the plan's own naming offering two dates (`发稿时间：7月底或8月上旬`).

/// A target as `(task id, metric, value, unit, deadline)`.
type Row = (String, String, Option<f64>, String, Option<String>);

/// Every target of `text`.
fn targets(text: &str) -> Vec<Row> {
    let doc = plandiff::parse_text(text, "plan.txt");
    (doc.tasks.iter())
        .flat_map(|t| t.targets.iter().map(move |g| (t, g)))
        .map(|(t, g)| {
            (
                t.id.clone(),
                g.metric.clone(),
                g.value,
                g.unit.clone(),
                g.deadline.clone(),
            )
        })
        .collect()
}

#[test]
fn a_count_in_figures_after_ensure_or_develop_is_a_target() {
    let got = targets(
        "示例县2024年农业工作要点\n一、重点工作\n1.抓好粮食生产。确保粮食播种面积917万亩。（牵头单位：县农业农村局）\n2.发展蔬菜。发展城郊蔬菜65万亩。（牵头单位：县农业农村局）\n3.加强党建。新发展20名党员。（责任单位：县委组织部）\n",
    );
    let got: Vec<(&str, &str, Option<f64>, &str)> = (got.iter())
        .map(|(id, m, v, u, _)| (id.as_str(), m.as_str(), *v, u.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("一/1", "粮食播种面积", Some(917.0), "万亩"),
            ("一/2", "城郊蔬菜", Some(65.0), "万亩"),
            ("一/3", "党员", Some(20.0), "名"),
        ]
    );
}

#[test]
fn a_numeral_in_words_after_ensure_names_a_set_not_a_count() {
    // `三个年级` names the grades; `四次会议` a session: no count is committed.
    let got = targets(
        "示例市2024年教育工作计划\n一、重点工作\n1.推动高中发展。确保高中三个年级能够各司其职。（责任单位：市教育局）\n2.办好实事。确保市十四届人大四次会议票决的民生实事如期完成。（责任单位：市政府办）\n",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn value_added_names_a_measure_not_a_rise() {
    let got = targets(
        "示例市2024年工业工作要点\n一、重点工作\n1.壮大制造业。制造业增加值占地区生产总值比重35%左右。（牵头单位：市工信局）\n2.稳增长。规上工业增加值增长8%。（牵头单位：市工信局）\n",
    );
    let metrics: Vec<(&str, Option<f64>)> = (got.iter())
        .map(|(_, m, v, _, _)| (m.as_str(), *v))
        .collect();
    assert_eq!(
        metrics,
        [
            ("制造业增加值占地区生产总值比重", Some(35.0)),
            ("规上工业增加值增长", Some(8.0)),
        ]
    );
}

#[test]
fn a_date_label_of_the_plans_own_naming_offering_two_dates_is_one_deadline() {
    let got = targets(
        "示例区2024年宣传工作方案\n一、重点工作\n1.做好专题报道。发稿时间：7月底或8月上旬。（责任单位：区委宣传部）\n2.做好总结。时间：年底前。（责任单位：区委宣传部）\n3.做好验收。完成时限：10月底前。（责任单位：区委宣传部）\n",
    );
    let dates: Vec<(&str, &str, Option<&str>)> = (got.iter())
        .map(|(id, m, _, _, d)| (id.as_str(), m.as_str(), d.as_deref()))
        .collect();
    assert_eq!(
        dates,
        [
            // Before: `或8月上旬` by 7月底, and `责任单位` by 8月上旬.
            ("一/1", "发稿时间", Some("7月底或8月上旬")),
            // A bare `时间：` and a known label read as they were.
            ("一/2", "完成时限", Some("年底前")),
            ("一/3", "完成时限", Some("10月底前")),
        ]
    );
}

#[test]
fn signs_typed_on_a_plain_keyboard_and_before_an_age_are_comparators() {
    let got = targets(
        "示例区2025年卫生健康工作计划\n一、重点工作\n1.提升健康水平。人均健康预期寿命≥71岁，人均预期寿命不低于82.5岁。（牵头单位：区卫健委）\n2.加强疾控。医疗机构法定传染病漏报率<2%，门诊报销比=50%。（牵头单位：区疾控中心）\n3.关爱老人。为3岁以下婴幼儿家庭提供指导。（牵头单位：区卫健委）\n",
    );
    let got: Vec<(&str, Option<f64>, &str)> = (got.iter())
        .map(|(_, m, v, u, _)| (m.as_str(), *v, u.as_str()))
        .collect();
    assert_eq!(
        got,
        [
            ("人均健康预期寿命", Some(71.0), "岁"),
            ("人均预期寿命", Some(82.5), "岁"),
            ("医疗机构法定传染病漏报率", Some(2.0), "%"),
            ("门诊报销比", Some(50.0), "%"),
        ]
    );
    let doc = plandiff::parse_text(
        "示例区计划\n一、重点工作\n1.甲。漏报率<2%，报销比=50%，寿命≥71岁。\n",
        "plan.txt",
    );
    let comparators: Vec<plandiff::Comparator> = (doc.tasks.iter())
        .flat_map(|t| t.targets.iter().map(|g| g.comparator))
        .collect();
    use plandiff::Comparator::*;
    assert_eq!(comparators, [LessThan, Equal, AtLeast]);
}

#[test]
fn counts_of_rebuilt_and_worked_on_things_and_a_list_of_named_counts_are_targets() {
    let got = targets(
        "示例区2024年民生实事\n1.建设体育公园。新、改建30个社区体育公园。\n2.治理拥堵。对10个交通拥堵点开展微改造。\n3.改造城中村。实施29个城中村改造工作。\n4.增加学位。新增幼儿园学位1500个、高中阶段学位600个、宿位2000个。\n5.改造老旧小区。对南屯北街等25条瓶颈路进行改造提升。\n",
    );
    let got: Vec<(&str, &str, Option<f64>)> = (got.iter())
        .map(|(id, m, v, _, _)| (id.as_str(), m.as_str(), *v))
        .collect();
    assert_eq!(
        got,
        [
            ("1", "社区体育公园", Some(30.0)),
            // The work done on them is no part of their name.
            ("2", "交通拥堵点", Some(10.0)),
            ("3", "城中村改造工作", Some(29.0)),
            ("4", "新增幼儿园学位", Some(1500.0)),
            ("4", "高中阶段学位", Some(600.0)),
            ("4", "宿位", Some(2000.0)),
            ("5", "瓶颈路", Some(25.0)),
        ]
    );
}

#[test]
fn an_aside_in_brackets_is_no_part_of_a_metric_a_latin_name_is() {
    let got = targets(
        "示例市2024年改革工作要点\n一、重点工作\n1.深化审批改革。基本实现工程建设项目（主要是房屋建筑和城市基础设施）全流程审批时间压缩至90个工作日以内。（牵头单位：市住建局）\n2.治理大气。细颗粒物（PM2.5）平均浓度控制在30微克/立方米以下。（牵头单位：市生态环境局）\n",
    );
    let metrics: Vec<&str> = got.iter().map(|(_, m, _, _, _)| m.as_str()).collect();
    assert_eq!(
        metrics,
        [
            "基本实现工程建设项目全流程审批时间",
            "细颗粒物（PM2.5）平均浓度"
        ]
    );
}

/// The `(metric, value)` of every target of one task's sentence under a plain heading.
fn of_sentence(sentence: &str) -> Vec<(String, Option<f64>)> {
    targets(&format!(
        "示例市2024年工作要点\n一、重点任务\n1.{sentence}（责任单位：市政府办）\n"
    ))
    .into_iter()
    .map(|(_, m, v, _, _)| (m, v))
    .collect()
}

#[test]
fn the_new_readings_leave_alone_what_is_no_target() {
    for sentence in [
        // A duration, and people a state is ensured for.
        "实施100天攻坚行动。",
        "发展15分钟健身圈。",
        "确保24小时有人值守。",
        "确保全市2.3万名考生考试安全。",
        // `对` of another word, and work done already.
        "对照3个清单开展自查自纠。",
        "对标5个先进城市推进改革。",
        "应对5轮强降雨过程实施应急响应。",
        "对口支援3个县开展帮扶协作。",
        "对2家违法企业进行了立案查处。",
        // Arrows and a rubric's grades, not signs of a target.
        "将“申请->受理->审批”环节压缩。",
        "评价得分90分为优秀。",
        // An age that names who a service is for.
        "适用于60岁以上的困难群众。",
    ] {
        let got = of_sentence(sentence);
        assert!(got.iter().all(|(_, v)| v.is_none()), "{sentence}: {got:?}");
    }
}

#[test]
fn a_figure_of_another_kind_or_a_status_after_a_count_is_no_item_of_its_list() {
    for (sentence, want) in [
        ("新建学校2所、已投入使用1所。", vec!["学校"]),
        ("新建学校2所、工期18个月。", vec!["学校"]),
        ("新建卫生院1所、服务人口5万人。", vec!["卫生院"]),
        ("培育规上企业20家、全市总数330家。", vec!["培育规上企业"]),
        // Things of two classifiers are still one list.
        (
            "新建居家养老服务中心12家、助餐点40个。",
            vec!["居家养老服务中心", "助餐点"],
        ),
    ] {
        let got: Vec<String> = (of_sentence(sentence).into_iter())
            .filter(|(_, v)| v.is_some())
            .map(|(m, _)| m)
            .collect();
        assert_eq!(got, want, "{sentence}");
    }
}

#[test]
fn a_duty_added_stays_a_rise_and_an_own_label_before_a_comma_dates_the_count() {
    assert_eq!(
        of_sentence("节假日期间增加值班人员5名。")
            .iter()
            .filter_map(|(_, v)| *v)
            .collect::<Vec<_>>(),
        [5.0]
    );
    let got = targets(
        "示例区2024年城建工作要点\n一、重点任务\n1.推进老旧小区改造。开工时间：3月底前，改造小区30个。（责任单位：区住建局）\n2.做好入学。按照出生日期：2018年8月31日前的儿童入学。（责任单位：区教育局）\n",
    );
    let got: Vec<(&str, &str, Option<&str>)> = (got.iter())
        .map(|(id, m, _, _, d)| (id.as_str(), m.as_str(), d.as_deref()))
        .collect();
    // The count keeps its date; a date inside a sentence takes no label.
    assert_eq!(got[0], ("一/1", "小区", Some("3月底前")));
    assert!(got.iter().all(|(_, m, _)| !m.contains("日期")), "{got:?}");
}

#[test]
fn a_share_of_gdp_written_in_capitals_is_a_target_a_name_like_pm25_is_none() {
    let got = of_sentence("旅游总收入增长12%，占GDP16.5%，PM2.5年均浓度下降5%。");
    let values: Vec<Option<f64>> = got.iter().map(|(_, v)| *v).collect();
    assert_eq!(values, [Some(12.0), Some(16.5), Some(5.0)], "{got:?}");
}

#[test]
fn a_labelled_time_throughout_the_year_sets_no_date() {
    let got = targets(
        "示例区2024年普法工作计划\n一、重点任务\n1.推进普法。（责任科室：普法与依法治理科，完成时限：贯穿全年）\n2.推进学法。（责任科室：办公室，完成时限：12月底前）\n",
    );
    let dates: Vec<(&str, Option<&str>)> = (got.iter())
        .map(|(id, _, _, _, d)| (id.as_str(), d.as_deref()))
        .collect();
    assert_eq!(dates, [("一/2", Some("12月底前"))]);
}
