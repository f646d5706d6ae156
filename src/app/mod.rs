//! The browser adapter: Yew components that render the core's model.
//!
//! One [`state::State`] behind one root `use_reducer`; the reducer calls the core
//! (`parse`, `compare_with`), components in [`components`] only render.

pub mod browser;
pub mod components;
pub mod state;
pub mod text;

use components::drop_zone::DropZone;
use state::{Action, Side, State};
use text::{tr, Lang, Text};
use wasm_bindgen::prelude::wasm_bindgen;
use yew::prelude::*;

/// localStorage key of the chosen language.
const LANG_KEY: &str = "plandiff.lang";

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

/// The whole page.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State {
        lang: browser::load(LANG_KEY)
            .map(|code| Lang::from_code(&code))
            .unwrap_or_default(),
        ..State::default()
    });
    let lang = state.lang;
    use_effect_with(lang, |lang| browser::set_document_lang(lang.code()));

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let switch_lang = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let next = if lang == Lang::Zh { Lang::En } else { Lang::Zh };
            browser::save(LANG_KEY, next.code());
            dispatch.emit(Action::SetLang(next));
        })
    };

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
            </main>
        </>
    }
}
