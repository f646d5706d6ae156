//! A pair's wording diff: kept text plain, deletions from A struck through, insertions in B
//! underlined (`<del>` / `<ins>`, so screen readers announce them too); text that differs only
//! in what is ignored reads as B has it (A's form on hover); in a split or merge, the text
//! another row shows is greyed and names that row's task.

use crate::app::text::{tr, Lang, Text};
use crate::model::{WordOp, WordOpKind};
use yew::prelude::*;

/// Properties of [`WordingDiff`].
#[derive(Properties, PartialEq)]
pub struct WordingDiffProps {
    /// The page's language.
    #[prop_or_default]
    pub lang: Lang,
    /// The core's operations, in order.
    pub ops: Vec<WordOp>,
}

/// The text of B with A's deletions shown in place.
#[function_component(WordingDiff)]
pub fn wording_diff(props: &WordingDiffProps) -> Html {
    let lang = props.lang;
    let ops = props.ops.iter().map(|op| match op.op {
        WordOpKind::Equal => html! { <span>{ &op.text }</span> },
        WordOpKind::Delete => html! { <del>{ &op.text }</del> },
        WordOpKind::Insert => html! { <ins>{ &op.text }</ins> },
        WordOpKind::Alike => {
            let title = format!("{}{}", tr(lang, Text::Alike), op.text);
            html! { <span class="alike" {title}>{ op.b_side().unwrap_or_default() }</span> }
        }
        WordOpKind::AElsewhere | WordOpKind::BElsewhere => {
            let partner = op.partner.clone().unwrap_or_default();
            html! {
                <span class="elsewhere" data-testid="elsewhere">
                    <span class="sr-only">{ tr(lang, Text::Elsewhere) }</span>
                    { &op.text }
                    <span class="partner">{ format!("→{partner}") }</span>
                </span>
            }
        }
    });
    html! { <p class="wording" data-testid="wording">{ for ops }</p> }
}
