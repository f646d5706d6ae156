//! The by-agency view: renders the comparison's `agencies` rows (computed by the core): for each
//! agency (folded names), the tasks it leads in A and in B, and which it gained or lost as lead.
//! Task ids are buttons that open the task in the by-task view, titled with the task's name;
//! columns sort; the search box keeps the agencies whose name holds its text.

use super::sort_header::sort_header;
use crate::app::state::{Action, Shared};
use crate::app::text::{lead_columns, tr, Lang, Text, Voice};
use crate::model::{AgencyLoad, Comparison, Document};
use crate::report::labels::task_title;
use yew::prelude::*;

/// Properties of [`AgencyView`].
#[derive(Properties, PartialEq)]
pub struct AgencyViewProps {
    /// The page's language.
    pub lang: Lang,
    /// The comparison shown.
    pub comparison: Shared<Comparison>,
    /// The search box's text: agencies whose name or key holds it.
    pub search: String,
    /// Where a click on a task id goes.
    pub dispatch: Callback<Action>,
}

/// The columns of the table, each sortable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Agency,
    LeadsA,
    LeadsB,
    Gained,
    Lost,
}

const COLUMNS: [(Column, Text); 5] = [
    (Column::Agency, Text::Agency),
    (Column::LeadsA, Text::LeadsInA),
    (Column::LeadsB, Text::LeadsInB),
    (Column::Gained, Text::Gained),
    (Column::Lost, Text::Lost),
];

fn name(leads: &AgencyLoad) -> &str {
    if leads.name.is_empty() {
        &leads.key
    } else {
        &leads.name
    }
}

/// A list of task ids as buttons (each titled with its task's name), or a plain "none" that
/// no one reads as the task 一 (the old "—").
fn task_links(
    lang: Lang,
    doc: &Document,
    ids: &[String],
    in_a: bool,
    dispatch: &Callback<Action>,
) -> Html {
    if ids.is_empty() {
        return html! { <span class="none">{ tr(lang, Text::NoneListed) }</span> };
    }
    let links = ids.iter().map(|id| {
        let title = doc
            .tasks
            .iter()
            .find(|t| &t.id == id)
            .map(task_title)
            .unwrap_or_default();
        let onclick = {
            let (dispatch, id) = (dispatch.clone(), id.clone());
            Callback::from(move |_: MouseEvent| {
                dispatch.emit(Action::ShowTask {
                    in_a,
                    id: id.clone(),
                })
            })
        };
        html! {
            <li><button type="button" class="link task-id" title={title.clone()}
                aria-label={format!("{id} {title}")} {onclick}>{ id }</button></li>
        }
    });
    html! { <ul class="task-ids">{ for links }</ul> }
}

/// One table row per agency.
#[function_component(AgencyView)]
pub fn agency_view(props: &AgencyViewProps) -> Html {
    let lang = props.lang;
    let c = &props.comparison;
    let sort = use_state(|| (Column::Agency, true));
    let (column, ascending) = *sort;
    let needle = props.search.trim();
    let mut rows: Vec<&AgencyLoad> = (c.agencies.iter())
        .filter(|r| needle.is_empty() || name(r).contains(needle) || r.key.contains(needle))
        .collect();
    match column {
        Column::Agency => {}
        Column::LeadsA => crate::sort::sort_by_key(&mut rows, |r| r.a.len()),
        Column::LeadsB => crate::sort::sort_by_key(&mut rows, |r| r.b.len()),
        Column::Gained => crate::sort::sort_by_key(&mut rows, |r| r.gained.len()),
        Column::Lost => crate::sort::sort_by_key(&mut rows, |r| r.lost.len()),
    }
    if !ascending {
        rows.reverse();
    }
    let (gained, lost) = lead_columns(lang, &Voice::of(c));
    let header = COLUMNS.iter().map(|&(col, label)| {
        let onclick = {
            let sort = sort.clone();
            Callback::from(move |_: MouseEvent| {
                let (now, up) = *sort;
                sort.set((
                    col,
                    if now == col {
                        !up
                    } else {
                        col == Column::Agency
                    },
                ));
            })
        };
        let label = match col {
            Column::Gained => gained.clone(),
            Column::Lost => lost.clone(),
            _ => tr(lang, label).to_string(),
        };
        sort_header(&label, (col == column).then_some(ascending), onclick)
    });
    let dispatch = &props.dispatch;
    let body = rows.iter().map(|leads| {
        html! {
            <tr data-testid="agency" data-key={leads.key.clone()}>
                <th scope="row">{ name(leads) }</th>
                <td data-label={tr(lang, Text::LeadsInA)}>{ task_links(lang, &c.a, &leads.a, true, dispatch) }</td>
                <td data-label={tr(lang, Text::LeadsInB)}>{ task_links(lang, &c.b, &leads.b, false, dispatch) }</td>
                <td class="gained" data-label={gained.clone()}>{ task_links(lang, &c.b, &leads.gained, false, dispatch) }</td>
                <td class="lost" data-label={lost.clone()}>{ task_links(lang, &c.a, &leads.lost, true, dispatch) }</td>
            </tr>
        }
    });
    html! {
        <section class="by-agency">
            <table class="agencies">
                <thead><tr>{ for header }</tr></thead>
                <tbody>{ for body }</tbody>
            </table>
            if rows.is_empty() {
                <p class="empty">{ tr(lang, Text::NoRows) }</p>
            }
        </section>
    }
}
