//! Export buttons (CSV for Excel, Markdown, a self-contained HTML report, JSON), the pairing
//! reset, and the view switch. The files are made by the core's `report` module and saved
//! through a Blob link: nothing leaves the machine.

use crate::app::browser;
use crate::app::state::{Action, Shared, View};
use crate::app::text::{tr, Lang, Text};
use crate::model::Comparison;
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
    /// Where view and reset actions go.
    pub dispatch: Callback<Action>,
}

/// One export format: button label, file extension, MIME type, and the core's report function.
type Export = (
    &'static str,
    &'static str,
    &'static str,
    fn(&Comparison) -> String,
);

/// The export formats, in the order of the buttons.
const EXPORTS: [Export; 4] = [
    (
        "CSV",
        "csv",
        "text/csv;charset=utf-8",
        report::comparison_csv,
    ),
    (
        "Markdown",
        "md",
        "text/markdown;charset=utf-8",
        report::comparison_markdown,
    ),
    (
        "HTML",
        "html",
        "text/html;charset=utf-8",
        report::comparison_html,
    ),
    // The CLI's `--json`, byte for byte: the same function.
    ("JSON", "json", "application/json", report::comparison_json),
];

/// A file name from B's file name: `plan_2024.txt` → `plan_2024-对比.csv`.
fn export_name(c: &Comparison, ext: &str) -> String {
    let stem =
        c.b.name
            .rsplit_once('.')
            .map_or(c.b.name.as_str(), |(s, _)| s);
    let stem = if stem.is_empty() { "plandiff" } else { stem };
    format!("{stem}-对比.{ext}")
}

/// The bar above the results.
#[function_component(ExportBar)]
pub fn export_bar(props: &ExportBarProps) -> Html {
    let lang = props.lang;
    let buttons = EXPORTS.iter().map(|&(label, ext, mime, make)| {
        let c = props.comparison.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            browser::download(&export_name(&c, ext), mime, &make(&c));
        });
        html! { <button type="button" data-testid={format!("export-{ext}")} {onclick}>{ label }</button> }
    });
    let views = [
        (View::ByTask, Text::ViewByTask, "by-task"),
        (View::ByAgency, Text::ViewByAgency, "by-agency"),
        (View::Targets, Text::ViewTargets, "targets"),
    ];
    let tabs = views.iter().map(|&(view, label, code)| {
        let dispatch = props.dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| dispatch.emit(Action::SetView(view)));
        let selected = (view == props.view).to_string();
        html! {
            <button type="button" role="tab" aria-selected={selected} data-testid={format!("view-{code}")} {onclick}>
                { tr(lang, label) }
            </button>
        }
    });
    let reset = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::ResetPairing))
    };
    html! {
        <nav class="toolbar">
            <div class="tabs" role="tablist">{ for tabs }</div>
            if props.corrected {
                <button type="button" data-testid="reset-pairing" onclick={reset}>{ tr(lang, Text::ResetPairing) }</button>
            }
            <div class="exports" role="group" aria-label={tr(lang, Text::Export)}>
                <span>{ tr(lang, Text::Export) }</span>
                { for buttons }
                <small class="hint" data-testid="exports-note">{ tr(lang, Text::ExportsAll) }</small>
            </div>
        </nav>
    }
}
