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
