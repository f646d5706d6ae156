//! A pair's targets side by side: metric, A, B, change, stricter or looser.

use crate::app::text::{target_change, target_change_code, tr, Lang, Text, Voice};
use crate::model::{Direction, Target, TargetChange};
use yew::prelude::*;

/// Properties of [`TargetTable`].
#[derive(Properties, PartialEq)]
pub struct TargetTableProps {
    /// The page's language.
    pub lang: Lang,
    /// How changes are worded (over time or across two places).
    pub voice: Voice,
    /// The core's target changes of one pair.
    pub targets: Vec<TargetChange>,
}

/// A target as the document wrote it.
pub fn target_text(target: Option<&Target>) -> String {
    target.map(|t| t.text.clone()).unwrap_or_else(|| "—".into())
}

/// `更严` / `更松` / empty.
pub fn direction_text(lang: Lang, direction: Option<Direction>) -> &'static str {
    match direction {
        Some(Direction::Stricter) => tr(lang, Text::Stricter),
        Some(Direction::Looser) => tr(lang, Text::Looser),
        None => "",
    }
}

/// The five cells of a target change: metric, A, B, change, direction.
pub fn target_cells(lang: Lang, voice: &Voice, t: &TargetChange) -> Html {
    html! {
        <>
            <td>{ &t.metric }</td>
            <td>{ target_text(t.a.as_ref()) }</td>
            <td>{ target_text(t.b.as_ref()) }</td>
            <td>{ target_change(lang, voice, t.change) }</td>
            <td>{ direction_text(lang, t.direction) }</td>
        </>
    }
}

/// The table (nothing when the pair has no targets).
#[function_component(TargetTable)]
pub fn target_table(props: &TargetTableProps) -> Html {
    let lang = props.lang;
    if props.targets.is_empty() {
        return html! {};
    }
    let rows = props.targets.iter().map(|t| {
        let change = target_change_code(t.change);
        html! {
            <tr class={format!("target-{change}")}>
                { target_cells(lang, &props.voice, t) }
            </tr>
        }
    });
    html! {
        <table class="targets" data-testid="target-table">
            <thead><tr>
                <th scope="col">{ tr(lang, Text::Metric) }</th>
                <th scope="col">{ "A" }</th>
                <th scope="col">{ "B" }</th>
                <th scope="col">{ tr(lang, Text::Change) }</th>
                <th scope="col">{ tr(lang, Text::Direction) }</th>
            </tr></thead>
            <tbody>{ for rows }</tbody>
        </table>
    }
}
