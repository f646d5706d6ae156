//! The summary: counts with the contract's data attributes, a small bar chart, the filters and
//! the search box.

use crate::app::state::{Action, Filter, Shared, View, FILTERS};
use crate::app::text::{only_in, target_change_named, tr, Lang, Text, Voice};
use crate::model::Comparison;
use yew::prelude::*;

/// Properties of [`Summary`].
#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    /// The page's language.
    pub lang: Lang,
    /// The comparison shown.
    pub comparison: Shared<Comparison>,
    /// The current view: the filters apply to the by-task view only (and say so elsewhere).
    pub view: View,
    /// The active filter.
    pub filter: Filter,
    /// The search text.
    pub search: String,
    /// Where filter and search changes go.
    pub dispatch: Callback<Action>,
}

fn filter_label(filter: Filter) -> Text {
    match filter {
        Filter::All => Text::FilterAll,
        Filter::Changed => Text::FilterChanged,
        Filter::Targets => Text::FilterTargets,
        Filter::Units => Text::FilterUnits,
        Filter::New => Text::FilterNew,
        Filter::Dropped => Text::FilterDropped,
        Filter::Unchanged => Text::FilterUnchanged,
        Filter::Unmatched => Text::FilterUnmatched,
    }
}

fn filter_code(filter: Filter) -> &'static str {
    match filter {
        Filter::All => "all",
        Filter::Changed => "changed",
        Filter::Targets => "targets",
        Filter::Units => "units",
        Filter::New => "new",
        Filter::Dropped => "dropped",
        Filter::Unchanged => "unchanged",
        Filter::Unmatched => "unmatched",
    }
}

/// One stacked bar: unchanged, changed, new, dropped (as shares of all rows), each part with
/// its class, count and label.
fn chart(lang: Lang, parts: &[(&'static str, usize, String)]) -> Html {
    let total: usize = parts.iter().map(|p| p.1).sum::<usize>().max(1);
    let mut x = 0.0;
    let bars = parts.iter().filter(|p| p.1 > 0).map(|(class, n, label)| {
        let w = *n as f64 * 300.0 / total as f64;
        let rect = html! {
            <rect class={*class} x={crate::fixed::fixed(x, 1)} y="0" width={crate::fixed::fixed(w, 1)} height="18">
                <title>{ format!("{label}：{n}") }</title>
            </rect>
        };
        x += w;
        rect
    });
    html! {
        <svg class="chart" viewBox="0 0 300 18" width="300" height="18" role="img" aria-label={tr(lang, Text::Summary)}>
            { for bars }
        </svg>
    }
}

/// One button per filter of the by-task list (disabled in the other views); across two places
/// the one-sided filters name the place.
fn filter_buttons(props: &SummaryProps, by_task: bool) -> Html {
    let c = &props.comparison;
    let lang = props.lang;
    let filters = FILTERS.iter().map(|&filter| {
        let dispatch = props.dispatch.clone();
        let onclick = Callback::from(move |_: MouseEvent| dispatch.emit(Action::SetFilter(filter)));
        let pressed = if filter == props.filter {
            "true"
        } else {
            "false"
        };
        let label = match filter {
            Filter::New | Filter::Dropped if crate::report::labels::places(c).is_some() => {
                only_in(lang, c, filter == Filter::Dropped, false)
            }
            _ => tr(lang, filter_label(filter)).to_string(),
        };
        html! {
            <button type="button" class="filter" aria-pressed={pressed} disabled={!by_task}
                data-testid={format!("filter-{}", filter_code(filter))} {onclick}>
                { label }
            </button>
        }
    });
    filters.collect()
}

/// Counts, chart, filters and search.
#[function_component(Summary)]
pub fn summary(props: &SummaryProps) -> Html {
    let lang = props.lang;
    let c = &props.comparison;
    let s = &c.summary;
    let count = |n: usize, label: &str, class: &'static str| {
        html! { <li class={class}><strong>{ n }</strong>{ " " }{ label }</li> }
    };
    // Across two places the one-sided counts name the place (仅海口市有), not a time (删去).
    let (only_a, only_b) = (
        only_in(lang, c, true, false),
        only_in(lang, c, false, false),
    );
    let voice = Voice::of(c);
    let by_kind = s
        .targets_by_kind
        .iter()
        .filter(|(kind, n)| kind.as_str() != "same" && **n > 0)
        .map(|(kind, n)| {
            let label = target_change_named(lang, &voice, kind);
            html! { <li class={format!("target-{kind}")}>{ format!("{label} {n}") }</li> }
        });
    let by_task = props.view == View::ByTask;
    let filters = filter_buttons(props, by_task);
    let oninput = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            dispatch.emit(Action::SetSearch(input.value()));
        })
    };

    html! {
        <section class="summary" data-testid="summary" aria-label={tr(lang, Text::Summary)}
            data-pairs={s.pairs.to_string()}
            data-a-only={s.a_only.to_string()}
            data-b-only={s.b_only.to_string()}
            data-target-changes={s.target_changes.to_string()}
            data-unit-changes={s.unit_changes.to_string()}
            data-related={s.related.to_string()}
            data-goal-target-changes={s.goal_target_changes.to_string()}>
            <ul class="counts">
                { count(s.pairs, tr(lang, Text::Pairs), "pairs") }
                { count(s.unchanged, tr(lang, Text::Unchanged), "unchanged") }
                { count(s.changed, tr(lang, Text::Changed), "changed") }
                { count(s.b_only, &only_b, "new") }
                { count(s.a_only, &only_a, "dropped") }
                { count(s.target_changes, tr(lang, Text::TargetChanges), "targets") }
                if !c.goal_targets.is_empty() {
                    { count(s.goal_target_changes, tr(lang, Text::GoalTargetChanges), "goal-targets") }
                }
                { count(s.unit_changes, tr(lang, Text::UnitChanges), "units") }
                { count(s.related, tr(lang, Text::Related), "related") }
            </ul>
            { chart(lang, &[
                ("unchanged", s.unchanged, tr(lang, Text::Unchanged).to_string()),
                ("changed", s.changed, tr(lang, Text::Changed).to_string()),
                ("new", s.b_only, only_b.clone()),
                ("dropped", s.a_only, only_a.clone()),
            ]) }
            <div class="target-kinds-row">
                <span class="target-kinds-label" id="target-kinds-label">{ tr(lang, Text::TargetCountsLabel) }</span>
                <ul class="target-kinds" aria-labelledby="target-kinds-label">{ for by_kind }</ul>
            </div>
            <div class="filters" role="group" aria-label={tr(lang, Text::Filter)}>
                { filters }
                <label class="search">
                    <span class="sr-only">{ tr(lang, Text::Search) }</span>
                    <input type="search" data-testid="search" value={props.search.clone()}
                        placeholder={tr(lang, Text::SearchPlaceholder)} {oninput} />
                </label>
                if !by_task {
                    <p class="hint" data-testid="filters-note">{ tr(lang, Text::FiltersByTaskOnly) }</p>
                }
            </div>
        </section>
    }
}
