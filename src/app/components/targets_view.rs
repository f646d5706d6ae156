//! The targets view: every target change of every pair, and of the two plans' goals, in one
//! table, sortable by task, metric or kind of change; the search box keeps the changes whose metric, target or task id holds
//! its text.

use super::sort_header::sort_header;
use super::target_table::target_cells;
use crate::app::state::{Action, Shared, TargetColumn};
use crate::app::text::{tr, Lang, Text, Voice};
use crate::model::{Comparison, TargetChangeKind};
use yew::prelude::*;

/// Properties of [`TargetsView`].
#[derive(Properties, PartialEq)]
pub struct TargetsViewProps {
    /// The page's language.
    pub lang: Lang,
    /// The comparison shown.
    pub comparison: Shared<Comparison>,
    /// The search box's text: changes whose metric, target or task id holds it.
    pub search: String,
    /// Sort column and ascending.
    pub sort: (TargetColumn, bool),
    /// Where sort clicks go.
    pub dispatch: Callback<Action>,
}

/// The table of target changes (`same` left out).
#[function_component(TargetsView)]
pub fn targets_view(props: &TargetsViewProps) -> Html {
    let lang = props.lang;
    let c = &props.comparison;
    let voice = Voice::of(c);
    let (column, ascending) = props.sort;
    // The plans' goal targets first (row 0, labelled as goals), then each pair's (row i + 1).
    let goals = tr(lang, Text::GoalTargetsRow);
    let goal_rows = (c.goal_targets.iter())
        .filter(|t| t.change != TargetChangeKind::Same)
        .map(|t| (0, goals, "", t));
    let mut rows: Vec<(usize, &str, &str, &crate::model::TargetChange)> = c
        .pairs
        .iter()
        .enumerate()
        .flat_map(|(i, p)| {
            p.targets
                .iter()
                .filter(|t| t.change != TargetChangeKind::Same)
                .map(move |t| (i + 1, p.a.as_str(), p.b.as_str(), t))
        })
        .chain(goal_rows)
        .filter(|(_, a, b, t)| {
            let needle = props.search.trim();
            let phrase = |x: &Option<crate::model::Target>| {
                x.as_ref().is_some_and(|x| x.text.contains(needle))
            };
            needle.is_empty()
                || t.metric.contains(needle)
                || phrase(&t.a)
                || phrase(&t.b)
                || a.contains(needle)
                || b.contains(needle)
        })
        .collect();
    match column {
        TargetColumn::Task => crate::sort::sort_by_key(&mut rows, |r| r.0),
        TargetColumn::Metric => crate::sort::sort_by(&mut rows, |x, y| {
            x.3.metric.cmp(&y.3.metric).then(x.0.cmp(&y.0))
        }),
        TargetColumn::Change => crate::sort::sort_by(&mut rows, |x, y| {
            x.3.change.cmp(&y.3.change).then(x.0.cmp(&y.0))
        }),
    }
    if !ascending {
        rows.reverse();
    }
    let header = |col: TargetColumn, label: Text| {
        let dispatch = props.dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| dispatch.emit(Action::SortTargets(col)));
        sort_header(
            tr(lang, label),
            (col == column).then_some(ascending),
            onclick,
        )
    };
    let body = rows.iter().map(|(i, a, b, t)| {
        let (testid, task) = match i {
            // (A goal matched with an unpaired task's figure names that task.)
            0 => match (&t.a_task, &t.b_task) {
                (Some(x), _) => ("goal-target-change", format!("{a} ↔ A {x}")),
                (_, Some(y)) => ("goal-target-change", format!("{a} ↔ B {y}")),
                _ => ("goal-target-change", a.to_string()),
            },
            _ => ("target-change", format!("{a} → {b}")),
        };
        html! {
            <tr data-testid={testid}>
                <td>{ task }</td>
                { target_cells(lang, &voice, t) }
            </tr>
        }
    });
    html! {
        <section class="targets-view">
            <table class="targets all-targets">
                <thead><tr>
                    { header(TargetColumn::Task, Text::Task) }
                    { header(TargetColumn::Metric, Text::Metric) }
                    <th scope="col">{ "A" }</th>
                    <th scope="col">{ "B" }</th>
                    { header(TargetColumn::Change, Text::Change) }
                    <th scope="col">{ tr(lang, Text::Direction) }</th>
                </tr></thead>
                <tbody>{ for body }</tbody>
            </table>
            if rows.is_empty() {
                <p class="empty">{ tr(lang, Text::NoRows) }</p>
            }
        </section>
    }
}
