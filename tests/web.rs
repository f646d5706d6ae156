//! Browser tests (wasm-bindgen-test in headless Chromium): the page mounted into a fixed element,
//! driven through its own DOM, waiting on Yew's scheduler rather than on time.
//!
//! Run with `cargo xtask test-wasm`.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// A fresh, empty root element for one test.
fn fresh_root(id: &str) -> web_sys::Element {
    let document = document();
    if let Some(old) = document.get_element_by_id(id) {
        old.remove();
    }
    let root = document.create_element("div").expect("a div");
    root.set_id(id);
    document
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("append");
    root
}

#[wasm_bindgen_test]
async fn page_shows_both_drop_zones_with_file_inputs() {
    let root = fresh_root("test-zones");
    let _app = plandiff::app::mount(root.clone());
    yew::scheduler::flush().await;
    for side in ["a", "b"] {
        let input = root
            .query_selector(&format!("input[type=file][data-testid=file-{side}]"))
            .unwrap()
            .unwrap_or_else(|| panic!("file input {side} missing"));
        let input: web_sys::HtmlInputElement = input.dyn_into().unwrap();
        assert!(input.closest(".drop-zone").unwrap().is_some());
    }
    assert!(root
        .query_selector("[data-testid=error]")
        .unwrap()
        .is_none());
}

#[wasm_bindgen_test]
async fn language_switch_changes_the_words_and_is_remembered() {
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.remove_item("plandiff.lang").unwrap();
    let root = fresh_root("test-lang");
    let _app = plandiff::app::mount(root.clone());
    yew::scheduler::flush().await;
    let title = || {
        root.query_selector("h1")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
    };
    assert!(title().contains("计划比对"), "{}", title());

    let button: web_sys::HtmlElement = root
        .query_selector("[data-testid=lang]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    button.click();
    yew::scheduler::flush().await;
    assert!(title().contains("comparison"), "{}", title());
    assert_eq!(
        storage.get_item("plandiff.lang").unwrap().as_deref(),
        Some("en")
    );
    storage.remove_item("plandiff.lang").unwrap();
}

use plandiff::app::components::summary::{Summary, SummaryProps};
use plandiff::app::components::task_list::{TaskList, TaskListProps};
use plandiff::app::state::{Filter, Shared, View};
use plandiff::app::text::Lang;
use plandiff::{
    Comparison, Document, PairKind, Summary as Counts, Task, TaskPair, UnitDiff, WordOp, WordOpKind,
};

fn task(id: &str, heading: &str, text: &str) -> Task {
    Task {
        id: id.into(),
        number: id.rsplit('/').next().unwrap_or(id).into(),
        heading: heading.into(),
        text: text.into(),
        ..Task::default()
    }
}

fn pair(a: &str, b: &str, kind: PairKind, wording: Vec<WordOp>) -> TaskPair {
    TaskPair {
        a: a.into(),
        b: b.into(),
        score: 0.9,
        kind,
        changed: wording.iter().any(|w| w.op != WordOpKind::Equal),
        wording,
        targets: Vec::new(),
        units: UnitDiff::default(),
    }
}

fn op(op: WordOpKind, text: &str) -> WordOp {
    WordOp::new(op, text)
}

/// An invented comparison: two pairs (one a split), one task only in A between them, one only
/// in B at the end, and a task text that looks like markup.
fn comparison() -> Comparison {
    let a = Document {
        title: "示例市2023年工作要点".into(),
        tasks: vec![
            task("一/(一)", "加强学法", "加强学法。每年不少于4次。"),
            task("一/(二)", "审计监督", "完成10个部门审计。"),
            task(
                "一/(三)",
                "规范执法",
                "规范执法<img src=x onerror=alert(1)>。",
            ),
        ],
        ..Document::default()
    };
    let b = Document {
        title: "示例市2024年工作要点".into(),
        tasks: vec![
            task("一/(一)", "加强学法", "加强学法。每年不少于6次。"),
            task("一/(二)", "执法公示", "推行执法公示。"),
            task("一/(三)", "执法记录", "推行执法记录。"),
            task("一/(四)", "数字法治", "建设执法监督平台。"),
        ],
        ..Document::default()
    };
    let pairs = vec![
        pair(
            "一/(一)",
            "一/(一)",
            PairKind::Match,
            vec![
                op(WordOpKind::Equal, "加强学法。每年不少于"),
                op(WordOpKind::Delete, "4"),
                op(WordOpKind::Insert, "6"),
                op(WordOpKind::Equal, "次。"),
            ],
        ),
        pair(
            "一/(三)",
            "一/(二)",
            PairKind::Split,
            vec![op(WordOpKind::Delete, "<img src=x onerror=alert(1)>")],
        ),
        pair("一/(三)", "一/(三)", PairKind::Split, vec![]),
    ];
    Comparison {
        summary: Counts {
            pairs: 3,
            unchanged: 1,
            changed: 2,
            a_only: 1,
            b_only: 1,
            target_changes: 1,
            unit_changes: 0,
            ..Counts::default()
        },
        a,
        b,
        pairs,
        related: vec![plandiff::model::RelatedLink {
            a: "一/(二)".into(),
            b: "一/(四)".into(),
            score: 0.15,
            shared: vec!["行政调解".into()],
        }],
        a_only: vec!["一/(二)".into()],
        b_only: vec!["一/(四)".into()],
        agencies: Vec::new(),
        goal_targets: Vec::new(),
        notes: Vec::new(),
    }
}

fn attr(el: &web_sys::Element, name: &str) -> String {
    el.get_attribute(name).unwrap_or_default()
}

fn all(root: &web_sys::Element, selector: &str) -> Vec<web_sys::Element> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i).and_then(|n| n.dyn_into().ok()))
        .collect()
}

#[wasm_bindgen_test]
async fn summary_carries_the_contract_attributes() {
    let root = fresh_root("test-summary");
    let props = SummaryProps {
        lang: Lang::Zh,
        comparison: Shared::new(comparison()),
        view: View::ByTask,
        filter: Filter::All,
        search: String::new(),
        dispatch: yew::Callback::noop(),
    };
    let _app = yew::Renderer::<Summary>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let summary = root
        .query_selector("[data-testid=summary]")
        .unwrap()
        .unwrap();
    let got: Vec<String> = [
        "data-pairs",
        "data-a-only",
        "data-b-only",
        "data-target-changes",
        "data-unit-changes",
    ]
    .iter()
    .map(|n| attr(&summary, n))
    .collect();
    assert_eq!(got, ["3", "1", "1", "1", "0"]);
}

fn list_props(filter: Filter, open: Option<String>) -> TaskListProps {
    TaskListProps {
        lang: Lang::Zh,
        comparison: Shared::new(comparison()),
        filter,
        search: String::new(),
        open,
        shown: 200,
        notes: vec![plandiff::Note {
            a: Some("一/(二)".into()),
            b: None,
            text: "已并入<b>其他</b>任务".into(),
        }],
        dispatch: yew::Callback::noop(),
    }
}

#[wasm_bindgen_test]
async fn rows_follow_b_with_a_only_tasks_in_place() {
    let root = fresh_root("test-rows");
    let _app =
        yew::Renderer::<TaskList>::with_root_and_props(root.clone(), list_props(Filter::All, None))
            .render();
    yew::scheduler::flush().await;
    let order: Vec<String> = all(&root, "ol.rows > li")
        .iter()
        .map(|li| {
            format!(
                "{}:{}{}",
                attr(li, "data-testid"),
                attr(li, "data-a"),
                attr(li, "data-id")
            )
        })
        .collect();
    assert_eq!(
        order,
        [
            "pair:一/(一)",
            "a-only:一/(二)",
            "pair:一/(三)",
            "pair:一/(三)",
            "b-only:一/(四)"
        ]
    );
    let kinds: Vec<String> = all(&root, "[data-testid=pair]")
        .iter()
        .map(|p| attr(p, "data-kind"))
        .collect();
    assert_eq!(kinds, ["match", "split", "split"]);
    // The note shows in its row only, as text.
    let notes = all(&root, "[data-testid=note]");
    assert_eq!(notes.len(), 1);
    let row = notes[0].closest("li").unwrap().unwrap();
    assert_eq!(attr(&row, "data-id"), "一/(二)");
    assert!(notes[0]
        .text_content()
        .unwrap_or_default()
        .contains("已并入<b>其他</b>任务"));
}

#[wasm_bindgen_test]
async fn a_filter_hides_rows_but_keeps_every_pair_element() {
    let root = fresh_root("test-filter");
    let _app =
        yew::Renderer::<TaskList>::with_root_and_props(root.clone(), list_props(Filter::New, None))
            .render();
    yew::scheduler::flush().await;
    assert_eq!(all(&root, "[data-testid=pair]").len(), 3);
    assert_eq!(all(&root, "[data-testid=pair]:not([hidden])").len(), 0);
    let shown = all(&root, "ol.rows > li:not([hidden])");
    assert_eq!(shown.len(), 1);
    assert_eq!(attr(&shown[0], "data-id"), "一/(四)");
}

#[wasm_bindgen_test]
async fn an_open_row_shows_the_wording_diff_with_markup_as_text() {
    let root = fresh_root("test-open");
    let open = Some("pair:一/(三)|一/(二)".to_string());
    let _app =
        yew::Renderer::<TaskList>::with_root_and_props(root.clone(), list_props(Filter::All, open))
            .render();
    yew::scheduler::flush().await;
    let detail = root
        .query_selector("[data-testid=detail]")
        .unwrap()
        .expect("the open row's detail");
    let deleted = detail.query_selector("del").unwrap().expect("a deletion");
    assert_eq!(
        deleted.text_content().unwrap(),
        "<img src=x onerror=alert(1)>"
    );
    assert!(root.query_selector("img").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn side_by_side_marks_each_documents_changes_and_its_unpaired_tasks() {
    use plandiff::app::components::side_by_side::{SideBySideProps, SideBySideView};
    let root = fresh_root("test-side-by-side");
    let props = SideBySideProps {
        lang: Lang::Zh,
        comparison: Shared::new(comparison()),
        spot: plandiff::app::state::Spot::default(),
        dispatch: yew::Callback::noop(),
    };
    let _app = yew::Renderer::<SideBySideView>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    let texts = |selector: &str| -> Vec<String> {
        all(&root, selector)
            .iter()
            .map(|e| e.text_content().unwrap_or_default())
            .collect()
    };
    let ids = |selector: &str| -> Vec<String> {
        all(&root, selector)
            .iter()
            .map(|e| attr(e, "data-task"))
            .collect()
    };
    // Every task in its document's order; the one with no pair marked as such.
    assert_eq!(
        ids("[data-testid=doc-text-a] [data-task]"),
        ["一/(一)", "一/(二)", "一/(三)"]
    );
    assert_eq!(
        ids("[data-testid=doc-text-b] [data-task]"),
        ["一/(一)", "一/(二)", "一/(三)", "一/(四)"]
    );
    assert_eq!(
        ids("[data-testid=doc-text-a] [data-task]:has([data-testid=doc-unpaired])"),
        ["一/(二)"]
    );
    assert_eq!(
        ids("[data-testid=doc-text-b] [data-task]:has([data-testid=doc-unpaired])"),
        ["一/(四)"]
    );
    // Deletions in A, insertions in B, each in its own document only.
    assert_eq!(texts("[data-testid=doc-text-a] del"), ["4"]);
    assert_eq!(texts("[data-testid=doc-text-b] ins"), ["6"]);
    assert!(texts("[data-testid=doc-text-a] ins").is_empty());
    assert!(texts("[data-testid=doc-text-b] del").is_empty());
    // A split task names both partners; the markup-like text stays text.
    let split = root
        .query_selector("[data-testid=doc-text-a] [data-task=\"一/(三)\"]")
        .unwrap()
        .expect("the split task");
    assert_eq!(attr(&split, "data-partners"), "一/(二) 一/(三)");
    assert!(split.text_content().unwrap_or_default().contains("<img"));
    assert!(root.query_selector("img").unwrap().is_none());
    let view = root
        .query_selector("[data-testid=side-by-side]")
        .unwrap()
        .expect("the view");
    assert_eq!(attr(&view, "data-changes"), "2");
}

#[wasm_bindgen_test]
fn target_change_codes_match_the_json_names() {
    use plandiff::app::text::{target_change, target_change_code, target_change_named, Voice};
    use plandiff::TargetChangeKind::*;
    let places = Voice::Places("示例市".into(), "示例县".into());
    for voice in [Voice::Time, places.clone()] {
        for kind in [Same, Raised, Lowered, New, Dropped, Changed] {
            let json = serde_json::to_value(kind).unwrap();
            assert_eq!(Some(target_change_code(kind)), json.as_str());
            assert_eq!(
                target_change_named(Lang::Zh, &voice, target_change_code(kind)),
                target_change(Lang::Zh, &voice, kind)
            );
            assert!(!target_change(Lang::Zh, &voice, kind).is_empty());
            // The page and its exports use one word for each change.
            assert_eq!(
                target_change(Lang::Zh, &voice, kind),
                voice.target_change(kind)
            );
        }
    }
    assert_eq!(target_change(Lang::Zh, &places, Raised), "示例县较高");
    assert_eq!(target_change(Lang::En, &places, New), "only in 示例县");
    assert_eq!(
        target_change_named(Lang::En, &Voice::Time, "someday"),
        "someday"
    );
}

/// The plan text of [`GBK_PLAN`], as the page would read it from a UTF-8 file.
const UTF8_PLAN: &str = "一、加强学法用法\n（一）每年举办法治讲座不少于4次。（牵头单位：示例市司法局）\n（二）规范性文件备案审查率达100%。（牵头单位：示例市司法局；责任单位：各区政府）\n";

/// [`UTF8_PLAN`] encoded as GBK (no BOM), the way an office PC saves a .txt.
const GBK_PLAN: &[u8] = &[
    210, 187, 161, 162, 188, 211, 199, 191, 209, 167, 183, 168, 211, 195, 183, 168, 10, 163, 168,
    210, 187, 163, 169, 195, 191, 196, 234, 190, 217, 176, 236, 183, 168, 214, 206, 189, 178, 215,
    249, 178, 187, 201, 217, 211, 218, 52, 180, 206, 161, 163, 163, 168, 199, 163, 205, 183, 181,
    165, 206, 187, 163, 186, 202, 190, 192, 253, 202, 208, 203, 190, 183, 168, 190, 214, 163, 169,
    10, 163, 168, 182, 254, 163, 169, 185, 230, 183, 182, 208, 212, 206, 196, 188, 254, 177, 184,
    176, 184, 201, 243, 178, 233, 194, 202, 180, 239, 49, 48, 48, 37, 161, 163, 163, 168, 199, 163,
    205, 183, 181, 165, 206, 187, 163, 186, 202, 190, 192, 253, 202, 208, 203, 190, 183, 168, 190,
    214, 163, 187, 212, 240, 200, 206, 181, 165, 206, 187, 163, 186, 184, 247, 199, 248, 213, 254,
    184, 174, 163, 169, 10,
];

#[wasm_bindgen_test]
fn gbk_text_reads_through_the_browser_decoder_like_utf8() {
    // The page ships no GB tables: it passes the core the browser's TextDecoder.
    let options = plandiff::app::read_options();
    let gbk = plandiff::parse_with(GBK_PLAN, "示例.txt", &options).expect("GBK text is read");
    let utf8 = plandiff::parse(UTF8_PLAN.as_bytes(), "示例.txt").expect("UTF-8 text is read");
    assert_eq!(gbk.encoding, "gb18030");
    assert_eq!(gbk.tasks.len(), 2);
    assert_eq!(gbk.tasks, utf8.tasks);
}

/// Files the core refuses get an English sentence per kind in English mode (naming the file,
/// no Chinese), and the core's Chinese message in Chinese mode.
#[wasm_bindgen_test]
fn refused_files_are_worded_in_the_pages_language() {
    use plandiff::app::text::{parse_error, Lang};
    let cases: [(&[u8], &str); 5] = [
        (b"", "empty.txt"),
        (b"%PDF-1.7", "plan.pdf"),
        (b"\x89PNG\r\n\x1a\n", "scan.txt"),
        (b"PK\x03\x04 broken", "plan.docx"),
        ("一、任务".as_bytes(), "plan.xls"),
    ];
    for (bytes, name) in cases {
        let err = plandiff::parse(bytes, name).expect_err(name);
        let en = parse_error(Lang::En, &err);
        assert!(en.starts_with(&format!("{name}: ")), "{en}");
        assert!(
            !en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
            "{en}"
        );
        assert_eq!(parse_error(Lang::Zh, &err), err.to_string());
    }
}

/// Corrections kept in localStorage come back as they were, whether this page kept them (JSON)
/// or the previous one (a line per pair); junk is not read as corrections.
#[wasm_bindgen_test]
fn saved_corrections_round_trip_and_refuse_other_text() {
    use plandiff::app::saved::{from_text, to_text};
    let c = plandiff::Corrections {
        unpaired: vec![("一/(一)".into(), "一/(二)".into())],
        paired: vec![
            ("二/(三)".into(), "二/(四)".into()),
            ("三/1".into(), "三/2".into()),
        ],
        ..Default::default()
    };
    assert_eq!(from_text(&to_text(&c)), Some(c.clone()));
    // Notes are kept with the corrections, and corrections kept before notes still read.
    let noted = plandiff::Corrections {
        notes: vec![plandiff::Note {
            a: Some("一/(一)".into()),
            b: None,
            text: "待与司法局核实".into(),
        }],
        ..c.clone()
    };
    assert_eq!(from_text(&to_text(&noted)), Some(noted));
    let before_notes =
        r#"{"unpaired":[["一/(一)","一/(二)"]],"paired":[["二/(三)","二/(四)"],["三/1","三/2"]]}"#;
    assert_eq!(from_text(before_notes), Some(c.clone()));
    assert_eq!(
        from_text("-一/(一)\t一/(二)\n+二/(三)\t二/(四)\n+三/1\t三/2\n"),
        Some(c)
    );
    assert_eq!(
        from_text(r#"{"unpaired":[],"paired":[]}"#),
        Some(plandiff::Corrections::default())
    );
    assert_eq!(from_text("+一/(一)"), None);
    assert_eq!(from_text(r#"{"unpaired":[]}"#), None);
}

/// A page in traditional characters reads in the browser as natively: the conversion table
/// loads in wasm, and the units are found.
#[wasm_bindgen_test]
fn traditional_characters_read_in_the_browser() {
    let page = include_bytes!("fixtures/script_traditional.html");
    let doc = plandiff::parse_with(
        page,
        "script_traditional.html",
        &plandiff::app::read_options(),
    )
    .expect("the page reads");
    assert_eq!(doc.tasks.len(), 6);
    assert!(doc
        .tasks
        .iter()
        .all(|t| t.lead_units.contains(&"市司法局".to_string())));
    assert_eq!(
        doc.as_written(&doc.title),
        "示例市2025年法治政府建設工作要點"
    );
}

#[wasm_bindgen_test]
fn ignore_options_are_kept_as_the_cli_names_them() {
    use plandiff::app::components::ignore_options::{from_text, to_text};
    use plandiff::Ignore;
    assert_eq!(to_text(&Ignore::default()), "width,space");
    assert_eq!(to_text(&Ignore::NOTHING), "none");
    for width in [false, true] {
        for space in [false, true] {
            for numbering in [false, true] {
                let ignore = Ignore {
                    width,
                    space,
                    numbering,
                };
                assert_eq!(from_text(&to_text(&ignore)), ignore);
            }
        }
    }
}
