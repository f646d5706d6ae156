//! The by-agency view: renders the comparison's `agencies` rows (computed by the core): for each
//! agency (folded names), the tasks it leads in A and in B, and which it gained or lost as lead.

use crate::app::state::Shared;
use crate::app::text::{tr, Lang, Text};
use crate::model::Comparison;
use crate::report::labels::task_ids;
use yew::prelude::*;

/// Properties of [`AgencyView`].
#[derive(Properties, PartialEq)]
pub struct AgencyViewProps {
    /// The page's language.
    pub lang: Lang,
    /// The comparison shown.
    pub comparison: Shared<Comparison>,
}

/// One table row per agency.
#[function_component(AgencyView)]
pub fn agency_view(props: &AgencyViewProps) -> Html {
    let lang = props.lang;
    let rows = props.comparison.agencies.iter().map(|leads| {
        let name = if leads.name.is_empty() {
            leads.key.as_str()
        } else {
            leads.name.as_str()
        };
        html! {
            <tr data-testid="agency" data-key={leads.key.clone()}>
                <th scope="row">{ name }</th>
                <td>{ task_ids(&leads.a) }</td>
                <td>{ task_ids(&leads.b) }</td>
                <td class="gained">{ task_ids(&leads.gained) }</td>
                <td class="lost">{ task_ids(&leads.lost) }</td>
            </tr>
        }
    });
    html! {
        <section class="by-agency">
            <table class="agencies">
                <thead><tr>
                    <th scope="col">{ tr(lang, Text::Agency) }</th>
                    <th scope="col">{ tr(lang, Text::LeadsInA) }</th>
                    <th scope="col">{ tr(lang, Text::LeadsInB) }</th>
                    <th scope="col">{ tr(lang, Text::Gained) }</th>
                    <th scope="col">{ tr(lang, Text::Lost) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </section>
    }
}
