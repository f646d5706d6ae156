//! The two documents as read: title, kind, encoding, task count, the goal blocks' goals and
//! the parser's warnings.

use crate::app::state::{Side, SideState};
use crate::app::text::{tr, Lang, Text};
use crate::model::DocKind;
use yew::prelude::*;

/// Properties of [`Documents`].
#[derive(Properties, PartialEq)]
pub struct DocumentsProps {
    /// The page's language.
    pub lang: Lang,
    /// Side A.
    pub a: SideState,
    /// Side B.
    pub b: SideState,
}

/// A two-column card per loaded document.
#[function_component(Documents)]
pub fn documents(props: &DocumentsProps) -> Html {
    let lang = props.lang;
    let card = |side: Side, state: &SideState| -> Html {
        let Some(loaded) = &state.loaded else {
            return html! { <div class="doc-card empty"></div> };
        };
        let doc = &loaded.doc;
        let kind = match doc.kind {
            DocKind::Plan => tr(lang, Text::KindPlan),
            DocKind::Report => tr(lang, Text::KindReport),
        };
        let title = if doc.title.is_empty() {
            loaded.name.clone()
        } else {
            doc.as_written(&doc.title).into_owned()
        };
        html! {
            <div class={classes!("doc-card", format!("side-{}", side.key()))} data-testid={format!("doc-{}", side.key())}>
                <h3>{ format!("{} · {}", side.key().to_ascii_uppercase(), title) }</h3>
                <dl>
                    <dt>{ tr(lang, Text::Kind) }</dt><dd>{ kind }</dd>
                    <dt>{ tr(lang, Text::Encoding) }</dt><dd>{ format!("{} / {}", doc.encoding, doc.format) }</dd>
                    <dt>{ tr(lang, Text::Tasks) }</dt><dd data-testid={format!("task-count-{}", side.key())}>{ doc.tasks.len() }</dd>
                </dl>
                if !doc.goals.is_empty() {
                    <details class="goals" data-testid={format!("goals-{}", side.key())}>
                        <summary>{ format!("{}（{}）", tr(lang, Text::Goals), doc.goals.len()) }</summary>
                        <ul>{ for doc.goals.iter().map(|g| html! { <li>{ &g.text }</li> }) }</ul>
                    </details>
                }
                if !doc.warnings.is_empty() {
                    <details class="warnings">
                        <summary>{ format!("{}（{}）", tr(lang, Text::Warnings), doc.warnings.len()) }</summary>
                        <ul>{ for doc.warnings.iter().map(|w| html! { <li>{ w }</li> }) }</ul>
                    </details>
                }
            </div>
        }
    };
    html! {
        <section class="documents" aria-label={tr(lang, Text::Documents)}>
            { card(Side::A, &props.a) }
            { card(Side::B, &props.b) }
        </section>
    }
}
