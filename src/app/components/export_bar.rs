//! Export buttons (Word and Excel reports, CSV, Markdown, a self-contained HTML report, JSON),
//! the pairing reset, and the view switch. The files are made by the core's `report` module and saved
//! through a Blob link: nothing leaves the machine.

use crate::app::browser;
use crate::app::state::{Action, Shared, View};
use crate::app::text::{tr, Lang, Text};
use crate::model::{Comparison, Note};
use crate::report;
use yew::prelude::*;

/// Properties of [`ExportBar`].
#[derive(Properties, PartialEq)]
pub struct ExportBarProps {
    /// The page's language.
    pub lang: Lang,
    /// The comparison to export.
    pub comparison: Shared<Comparison>,
    /// The current view.
    pub view: View,
    /// Whether the user corrected the pairing (the reset button shows then).
    pub corrected: bool,
    /// Whether a change to the pairing can be taken back (the undo button shows then).
    #[prop_or_default]
    pub can_undo: bool,
    /// The reader's notes on rows, exported with them.
    #[prop_or_default]
    pub notes: Vec<Note>,
    /// Where view and reset actions go.
    pub dispatch: Callback<Action>,
}

/// One export format: button label, file extension, MIME type, and the core's report function.
type Export = (
    &'static str,
    &'static str,
    &'static str,
    fn(&Comparison) -> Result<Vec<u8>, String>,
);

fn csv(c: &Comparison) -> Result<Vec<u8>, String> {
    Ok(report::comparison_csv(c).into_bytes())
}

fn markdown(c: &Comparison) -> Result<Vec<u8>, String> {
    Ok(report::comparison_markdown(c).into_bytes())
}

fn html(c: &Comparison) -> Result<Vec<u8>, String> {
    Ok(report::comparison_html(c).into_bytes())
}

/// The CLI's `--json`, byte for byte: the same function.
fn json(c: &Comparison) -> Result<Vec<u8>, String> {
    Ok(report::comparison_json(c).into_bytes())
}

/// The export formats, in the order of the buttons.
const EXPORTS: [Export; 6] = [
    (
        "Word",
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        report::comparison_docx,
    ),
    (
        "Excel",
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        report::comparison_xlsx,
    ),
    ("CSV", "csv", "text/csv;charset=utf-8", csv),
    ("Markdown", "md", "text/markdown;charset=utf-8", markdown),
    ("HTML", "html", "text/html;charset=utf-8", html),
    ("JSON", "json", "application/json", json),
];

/// A file's name without its extension, or `fallback` when it has none.
fn stem<'a>(name: &'a str, fallback: &'a str) -> &'a str {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    if stem.is_empty() {
        fallback
    } else {
        stem
    }
}

/// A file name from both files' names: `plan_2023.txt`, `plan_2024.txt` →
/// `plan_2023-plan_2024-对比.csv`.
fn export_name(c: &Comparison, ext: &str) -> String {
    format!(
        "{}-{}-对比.{ext}",
        stem(&c.a.name, "A"),
        stem(&c.b.name, "B")
    )
}

/// The tab that a key moves to from tab `at` of `count` (the WAI-ARIA tabs pattern: arrows wrap
/// around, Home and End jump), or `None` for any other key.
fn next_tab(key: &str, at: usize, count: usize) -> Option<usize> {
    let last = count.checked_sub(1)?;
    match key {
        "ArrowRight" => Some(if at >= last { 0 } else { at + 1 }),
        "ArrowLeft" => Some(if at == 0 { last } else { at - 1 }),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

/// Arrow keys, Home and End move between the view tabs, and the focus follows.
fn tab_keys(dispatch: Callback<Action>, current: View) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| {
        let at = View::ALL.iter().position(|v| *v == current).unwrap_or(0);
        let Some(next) = next_tab(&e.key(), at, View::ALL.len()) else {
            return;
        };
        e.prevent_default();
        let view = View::ALL[next];
        dispatch.emit(Action::SetView(view));
        if let Some(tab) = gloo_utils::document()
            .get_element_by_id(&format!("tab-{}", view.code()))
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok())
        {
            let _ = tab.focus();
        }
    })
}

/// One button per export format; a click makes the file with the latest notes and saves it.
fn export_buttons(props: &ExportBarProps) -> Html {
    let buttons = EXPORTS.iter().map(|&(label, ext, mime, make)| {
        let (c, notes) = (props.comparison.clone(), props.notes.clone());
        let onclick = Callback::from(move |_: MouseEvent| {
            // Notes are written after the comparison was made: the exports take the latest.
            let noted;
            let c: &Comparison = if notes == c.notes {
                &c
            } else {
                noted = crate::compare::with_notes(&c, &notes);
                &noted
            };
            match make(c) {
                Ok(bytes) => browser::download(&export_name(c, ext), mime, &bytes),
                Err(e) => web_sys::console::error_1(&format!("{ext}: {e}").into()),
            }
        });
        html! { <button type="button" data-testid={format!("export-{ext}")} {onclick}>{ label }</button> }
    });
    buttons.collect::<Html>()
}

/// The bar above the results.
#[function_component(ExportBar)]
pub fn export_bar(props: &ExportBarProps) -> Html {
    let lang = props.lang;
    let label = |view: View| match view {
        View::ByTask => Text::ViewByTask,
        View::ByAgency => Text::ViewByAgency,
        View::Targets => Text::ViewTargets,
        View::Documents => Text::ViewDocuments,
    };
    let tabs = View::ALL.iter().map(|&view| {
        let dispatch = props.dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| dispatch.emit(Action::SetView(view)));
        let selected = view == props.view;
        let code = view.code();
        html! {
            <button type="button" role="tab" id={format!("tab-{code}")} aria-controls="view-panel"
                aria-selected={selected.to_string()} tabindex={if selected { "0" } else { "-1" }}
                data-testid={format!("view-{code}")} {onclick}>
                { tr(lang, label(view)) }
            </button>
        }
    });
    let onkeydown = tab_keys(props.dispatch.clone(), props.view);
    let action = |action: Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(action.clone()))
    };
    html! {
        <nav class="toolbar">
            <div class="tabs" role="tablist" {onkeydown}>{ for tabs }</div>
            if props.can_undo {
                <button type="button" data-testid="undo-pairing" onclick={action(Action::Undo)}>{ tr(lang, Text::Undo) }</button>
            }
            if props.corrected {
                <button type="button" data-testid="reset-pairing" onclick={action(Action::ResetPairing)}>{ tr(lang, Text::ResetPairing) }</button>
            }
            <div class="exports" role="group" aria-label={tr(lang, Text::Export)}>
                <span>{ tr(lang, Text::Export) }</span>
                { export_buttons(props) }
                <small class="hint" data-testid="exports-note">{ tr(lang, Text::ExportsAll) }</small>
            </div>
        </nav>
    }
}
