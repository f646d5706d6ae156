//! The browser adapter: Yew components that render the core's model.
//!
//! One [`state::State`] behind one root `use_reducer`; the reducer makes jobs for the core
//! (`parse`, `compare_with`) that [`worker`] runs in a Web Worker, components in [`components`]
//! only render.

pub mod browser;
pub mod components;
pub mod rows;
pub mod saved;
pub mod state;
pub mod text;
pub mod worker;

use crate::model::Comparison;
use components::agency_view::AgencyView;
use components::documents::Documents;
use components::drop_zone::{give, DropZone};
use components::export_bar::ExportBar;
use components::ignore_options::{remembered, IgnoreOptions};
use components::series_view::SeriesView;
use components::side_by_side::SideBySideView;
use components::summary::Summary;
use components::targets_view::TargetsView;
use components::task_list::TaskList;
use state::{Action, Shared, Side, State, View};
use text::{tr, Lang, Text};
use wasm_bindgen::prelude::wasm_bindgen;
use yew::prelude::*;

/// localStorage key of the chosen language.
const LANG_KEY: &str = "plandiff.lang";

/// The two example plans (an invented 示例市, 2023 and 2024) with every kind of change.
const EXAMPLE_A: (&str, &str) = ("示例市2023.txt", include_str!("examples/plan_2023.txt"));
const EXAMPLE_B: (&str, &str) = ("示例市2024.txt", include_str!("examples/plan_2024.txt"));

/// Entry point called by the page's boot script once the wasm is instantiated.
#[wasm_bindgen]
pub fn run_app() {
    let document = web_sys::window().and_then(|w| w.document());
    let root = document.as_ref().and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            yew::Renderer::<App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<App>::new().render();
        }
    }
}

/// Mounts the page into `root` (used by the browser tests).
pub fn mount(root: web_sys::Element) -> yew::AppHandle<App> {
    yew::Renderer::<App>::with_root(root).render()
}

/// How the page reads files: with the browser's strict GB18030 decoder, so the wasm carries no
/// GB tables, and with the PDF module the worker compiles when a PDF arrives.
pub fn read_options() -> crate::ReadOptions {
    crate::ReadOptions {
        gb18030: Some(browser_gb18030),
        pdf: Some(worker::read_pdf),
    }
}

/// Decodes GB18030 with `TextDecoder` (`fatal`: malformed bytes give `None`, as natively).
fn browser_gb18030(bytes: &[u8]) -> Option<String> {
    let options = web_sys::TextDecoderOptions::new();
    options.set_fatal(true);
    let decoder = web_sys::TextDecoder::new_with_label_and_options("gb18030", &options).ok()?;
    decoder.decode_with_u8_array(bytes).ok()
}

/// Ends two window listeners (dropping them removes them).
fn drop_both(a: gloo_events::EventListener, b: gloo_events::EventListener) {
    drop((a, b));
}

/// Hands each new job to the worker (or runs it here when there is none); answers come back as
/// actions.
#[hook]
fn use_jobs(state: &UseReducerHandle<State>) {
    let sent = use_mut_ref(|| 0u32);
    let state = state.clone();
    use_effect_with(state.last_job, move |_| {
        let mut sent = sent.borrow_mut();
        let dispatch = {
            let state = state.clone();
            Callback::from(move |action| state.dispatch(action))
        };
        for job in state.jobs.iter().filter(|j| j.id > *sent) {
            worker::run(job.clone(), dispatch.clone());
        }
        *sent = state.last_job;
    });
}

/// A file dropped anywhere else on the page would open in the browser and throw the comparison
/// away: it fills an empty side instead, or the page says where to drop it.
#[hook]
fn use_drop_outside(empty: (bool, bool), dispatch: Callback<Action>) {
    use_effect_with(empty, move |&(a_empty, b_empty)| {
        let window = gloo_utils::window();
        let over = gloo_events::EventListener::new_with_options(
            &window,
            "dragover",
            gloo_events::EventListenerOptions::enable_prevent_default(),
            |e| e.prevent_default(),
        );
        let on_drop = gloo_events::EventListener::new_with_options(
            &window,
            "drop",
            gloo_events::EventListenerOptions::enable_prevent_default(),
            move |e| {
                e.prevent_default();
                use wasm_bindgen::JsCast;
                let files = (e.dyn_ref::<web_sys::DragEvent>())
                    .and_then(|d| d.data_transfer())
                    .and_then(|dt| dt.files());
                let sides: Vec<Side> = [(Side::A, a_empty), (Side::B, b_empty)]
                    .iter()
                    .filter(|(_, empty)| *empty)
                    .map(|(side, _)| *side)
                    .collect();
                give(files, &sides, Text::DropOnZone, &dispatch);
            },
        );
        move || drop_both(over, on_drop)
    });
}

/// The results of a comparison: summary, ignore options, the bar of views and exports, and the
/// current view.
fn results(state: &State, c: Shared<Comparison>, dispatch: &Callback<Action>) -> Html {
    let lang = state.lang;
    let view = match state.view {
        View::ByTask => html! {
            <TaskList {lang} comparison={c.clone()} filter={state.filter} search={state.search.clone()}
                open={state.open.clone()} shown={state.shown} notes={state.corrections.notes.clone()} dispatch={dispatch.clone()} />
        },
        View::ByAgency => html! {
            <AgencyView {lang} comparison={c.clone()} search={state.search.clone()} dispatch={dispatch.clone()} />
        },
        View::Targets => html! {
            <TargetsView {lang} comparison={c.clone()} search={state.search.clone()} sort={state.target_sort} dispatch={dispatch.clone()} />
        },
        View::Documents => html! {
            <SideBySideView {lang} comparison={c.clone()} spot={state.spot.clone()} dispatch={dispatch.clone()} />
        },
    };
    let back = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::BackToDocuments))
    };
    let corrected = !state.corrections.paired.is_empty()
        || !state.corrections.unpaired.is_empty()
        || !state.corrections.notes.is_empty();
    html! {
        <>
            <Summary {lang} comparison={c.clone()} view={state.view} filter={state.filter} search={state.search.clone()} dispatch={dispatch.clone()} />
            <IgnoreOptions {lang} ignore={state.ignore} dispatch={dispatch.clone()} />
            <ExportBar {lang} comparison={c.clone()} view={state.view} {corrected} can_undo={!state.undo.is_empty()}
                notes={state.corrections.notes.clone()} dispatch={dispatch.clone()} />
            <div role="tabpanel" id="view-panel" aria-labelledby={format!("tab-{}", state.view.code())}>
                if state.from_documents && state.view == View::ByTask {
                    <button type="button" class="back" data-testid="back-to-documents" onclick={back}>
                        { tr(lang, Text::BackToDocuments) }
                    </button>
                }
                { view }
            </div>
        </>
    }
}

/// The whole page.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State {
        ignore: remembered(),
        ..State::new(
            browser::load(LANG_KEY)
                .map(|code| Lang::from_code(&code))
                .unwrap_or_default(),
        )
    });
    let lang = state.lang;
    use_effect_with(lang, |lang| browser::set_document_lang(lang.code()));
    use_jobs(&state);
    // Corrections are kept per pair of files, so a reload of the same two files keeps them.
    use_effect_with(
        (state.corrections_key(), state.corrections.clone()),
        |(key, corrections)| {
            if let Some(key) = key {
                browser::save(key, &saved::to_text(corrections));
            }
        },
    );

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    use_drop_outside(
        (state.a.loaded.is_none(), state.b.loaded.is_none()),
        dispatch.clone(),
    );
    let swap = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Swap))
    };
    let switch_lang = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let next = if lang == Lang::Zh { Lang::En } else { Lang::Zh };
            browser::save(LANG_KEY, next.code());
            dispatch.emit(Action::SetLang(next));
        })
    };

    let example = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(Action::Example {
                a: EXAMPLE_A,
                b: EXAMPLE_B,
            })
        })
    };
    let results = (state.comparison.clone()).map(|c| results(&state, c, &dispatch));
    let loaded_any = state.a.loaded.is_some() || state.b.loaded.is_some();

    html! {
        <>
            <header class="top">
                <h1>{ tr(lang, Text::Title) }</h1>
                <p class="promise">{ tr(lang, Text::Promise) }</p>
                <button type="button" class="lang" data-testid="lang" onclick={switch_lang}>
                    { tr(lang, Text::SwitchLang) }
                </button>
            </header>
            <main>
                <section class="inputs">
                    <DropZone side={Side::A} {lang} state={state.a.clone()} dispatch={dispatch.clone()} />
                    <DropZone side={Side::B} {lang} state={state.b.clone()} dispatch={dispatch.clone()} />
                </section>
                <p class="example">
                    <button type="button" data-testid="example" onclick={example}>{ tr(lang, Text::TryExample) }</button>
                    if state.a.loaded.is_some() && state.b.loaded.is_some() {
                        <button type="button" data-testid="swap" onclick={swap}>{ tr(lang, Text::Swap) }</button>
                    }
                </p>
                if let Some(notice) = state.notice {
                    <p class="notice" role="status" data-testid="notice">{ tr(lang, notice) }</p>
                }
                if state.busy() {
                    <p class="busy" role="status" data-testid="busy" data-pdf={state.reading_pdf().to_string()}>
                        { tr(lang, if state.reading_pdf() { Text::ReadingPdf } else { Text::Comparing }) }
                    </p>
                }
                if loaded_any {
                    <Documents {lang} a={state.a.clone()} b={state.b.clone()} />
                }
                { for results }
                <SeriesView {lang} />
            </main>
        </>
    }
}
