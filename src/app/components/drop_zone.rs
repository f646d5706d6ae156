//! A drop zone for one document: a file picker that also takes drag-and-drop, the file's name
//! and size once read, and `[data-testid=error]` when it cannot be used.

use crate::app::browser;
use crate::app::state::{Action, Loaded, Side, SideState};
use crate::app::text::{size, tr, Lang, Text};
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Properties of [`DropZone`].
#[derive(Properties, PartialEq)]
pub struct DropZoneProps {
    /// A or B.
    pub side: Side,
    /// The page's language.
    pub lang: Lang,
    /// What this side holds.
    pub state: SideState,
    /// Where read files go.
    pub dispatch: Callback<Action>,
}

/// Reads `file` in the browser and reports it to the reducer.
fn read(side: Side, file: web_sys::File, dispatch: Callback<Action>) {
    spawn_local(async move {
        let name = file.name();
        let action = match browser::read_file(file).await {
            Some(bytes) => Action::FileRead {
                side,
                name,
                bytes: Rc::new(bytes),
            },
            None => Action::FileFailed { side, name },
        };
        dispatch.emit(action);
    });
}

/// Gives `files` to `sides` in order (a file each), and says what was left over: more files
/// than sides, or no side to take them (`full`, the word for that case).
pub fn give(
    files: Option<web_sys::FileList>,
    sides: &[Side],
    full: Text,
    dispatch: &Callback<Action>,
) {
    let Some(files) = files else { return };
    let given = files.length() as usize;
    if given == 0 {
        return;
    }
    let notice = if sides.is_empty() {
        Some(full)
    } else if given > sides.len() {
        Some(Text::OnlyTwoFiles)
    } else {
        None
    };
    dispatch.emit(Action::Notice(notice));
    for (i, &side) in sides.iter().enumerate() {
        if let Some(file) = files.get(i as u32) {
            read(side, file, dispatch.clone());
        }
    }
}

/// One of the two inputs, A (基准) or B (对照).
#[function_component(DropZone)]
pub fn drop_zone(props: &DropZoneProps) -> Html {
    let DropZoneProps {
        side,
        lang,
        state,
        dispatch,
    } = props;
    let (side, lang) = (*side, *lang);
    let dragging = use_state(|| false);

    let onchange = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            // Two files chosen at once: the second is the other side.
            give(
                input.files(),
                &[side, side.other()],
                Text::OnlyTwoFiles,
                &dispatch,
            );
            // The same file chosen again (after 清除) must fire `change` again.
            input.set_value("");
        })
    };
    let ondragover = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let ondragleave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let ondrop = {
        let dispatch = dispatch.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            // Handled here: the page's own drop handler (files dropped outside) must not take it.
            e.stop_propagation();
            dragging.set(false);
            let files = e.data_transfer().and_then(|dt| dt.files());
            give(files, &[side, side.other()], Text::OnlyTwoFiles, &dispatch);
        })
    };

    let (label, hint) = match side {
        Side::A => (Text::SideA, Text::SideAHint),
        Side::B => (Text::SideB, Text::SideBHint),
    };
    let input_id = format!("file-{}", side.key());
    let class = classes!(
        "drop-zone",
        format!("side-{}", side.key()),
        (*dragging).then_some("dragging"),
        state.loaded.is_some().then_some("loaded")
    );
    let loaded = (state.loaded.as_ref()).map(|loaded| file_info(lang, side, loaded, dispatch));
    let error = state.error.as_ref().map(|message| {
        html! { <p class="error" role="alert" data-testid="error">{ message }</p> }
    });

    html! {
        <div {class} {ondragover} {ondragleave} {ondrop}>
            <h2><label for={input_id.clone()}>{ tr(lang, label) }</label></h2>
            <p class="hint">{ tr(lang, hint) }</p>
            // The native input is visually hidden behind a button-like label in the page's
            // language (the browser would label it in its own); it stays focusable.
            <label class="choose">
                <input
                    type="file"
                    class="sr-only"
                    id={input_id}
                    data-testid={format!("file-{}", side.key())}
                    accept=".txt,.md,.html,.htm,.docx,.pdf,.ofd,text/plain,text/html,application/pdf"
                    multiple=true
                    {onchange}
                />
                { tr(lang, Text::ChooseFile) }
            </label>
            <p class="hint">{ tr(lang, Text::DropHere) }</p>
            <PasteBox {side} {lang} dispatch={dispatch.clone()} />
            { for loaded }
            { for error }
        </div>
    }
}

/// The file read into a side: its name, its size and a button that empties the side.
fn file_info(lang: Lang, side: Side, loaded: &Loaded, dispatch: &Callback<Action>) -> Html {
    let clear = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Clear(side)))
    };
    html! {
        <p class="file-info" data-testid={format!("file-info-{}", side.key())}>
            <span class="file-name">{ &loaded.name }</span>
            <span class="file-size">{ size(lang, loaded.size) }</span>
            <button type="button" class="link clear" data-testid={format!("clear-{}", side.key())}
                aria-label={format!("{} {}", tr(lang, Text::Clear), side.key().to_ascii_uppercase())}
                onclick={clear}>
                { tr(lang, Text::Clear) }
            </button>
        </p>
    }
}

/// Properties of [`PasteBox`].
#[derive(Properties, PartialEq)]
pub struct PasteBoxProps {
    /// Which side the text goes to.
    pub side: Side,
    /// The page's language.
    pub lang: Lang,
    /// Where the text goes.
    pub dispatch: Callback<Action>,
}

/// "粘贴文本": a link that opens a text box, whose text is then read as a file of the side.
#[function_component(PasteBox)]
pub fn paste_box(props: &PasteBoxProps) -> Html {
    let (side, lang) = (props.side, props.lang);
    let pasting = use_state(|| false);
    let textarea = use_node_ref();
    let toggle_paste = {
        let pasting = pasting.clone();
        Callback::from(move |_: MouseEvent| pasting.set(!*pasting))
    };
    let use_pasted = {
        let (dispatch, pasting, textarea) =
            (props.dispatch.clone(), pasting.clone(), textarea.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(area) = textarea.cast::<web_sys::HtmlTextAreaElement>() {
                let name = format!(
                    "{}-{}.txt",
                    tr(lang, Text::PastedName),
                    side.key().to_ascii_uppercase()
                );
                dispatch.emit(Action::FileRead {
                    side,
                    name,
                    bytes: Rc::new(area.value().into_bytes()),
                });
                pasting.set(false);
            }
        })
    };
    if !*pasting {
        return html! {
            <button type="button" class="link" data-testid={format!("paste-toggle-{}", side.key())} onclick={toggle_paste}>
                { tr(lang, Text::PasteText) }
            </button>
        };
    }
    html! {
        <div class="paste">
            <label class="sr-only" for={format!("paste-{}", side.key())}>{ tr(lang, Text::PastePlaceholder) }</label>
            <textarea id={format!("paste-{}", side.key())} ref={textarea} rows="8"
                data-testid={format!("paste-{}", side.key())}
                placeholder={tr(lang, Text::PastePlaceholder)} />
            <div class="actions">
                <button type="button" class="primary" data-testid={format!("use-paste-{}", side.key())} onclick={use_pasted}>
                    { tr(lang, Text::UsePasted) }
                </button>
                <button type="button" onclick={toggle_paste}>{ tr(lang, Text::Cancel) }</button>
            </div>
        </div>
    }
}
