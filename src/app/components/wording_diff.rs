//! A pair's wording diff: kept text plain, deletions from A struck through, insertions in B
//! underlined (`<del>` / `<ins>`, so screen readers announce them too).

use crate::model::{WordOp, WordOpKind};
use yew::prelude::*;

/// Properties of [`WordingDiff`].
#[derive(Properties, PartialEq)]
pub struct WordingDiffProps {
    /// The core's operations, in order.
    pub ops: Vec<WordOp>,
}

/// The text of B with A's deletions shown in place.
#[function_component(WordingDiff)]
pub fn wording_diff(props: &WordingDiffProps) -> Html {
    let ops = props.ops.iter().map(|op| match op.op {
        WordOpKind::Equal => html! { <span>{ &op.text }</span> },
        WordOpKind::Delete => html! { <del>{ &op.text }</del> },
        WordOpKind::Insert => html! { <ins>{ &op.text }</ins> },
    });
    html! { <p class="wording" data-testid="wording">{ for ops }</p> }
}
