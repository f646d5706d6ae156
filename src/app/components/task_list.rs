//! The by-task view: the aligned list of rows, paged (the first rows show at once, the rest on
//! request), with keyboard moves (↑/↓ or j/k, Enter opens, Esc closes).
//!
//! Every pair keeps a `[data-testid=pair]` element even when filtered out or not yet shown
//! (a hidden stub with the same attributes), so the page always lists all pairs.

use super::task_row::TaskRow;
use crate::app::rows::{keeps, rows, Row};
use crate::app::state::{Action, Filter, Shared};
use crate::app::text::{pair_kind_code, tr, Lang, Text};
use crate::model::{note_of, Comparison, Note};
use crate::report::labels::document_name;
use crate::task_index::TaskIndex;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`TaskList`].
#[derive(Properties, PartialEq)]
pub struct TaskListProps {
    /// The page's language.
    pub lang: Lang,
    /// The comparison shown.
    pub comparison: Shared<Comparison>,
    /// The active filter.
    pub filter: Filter,
    /// The search text.
    pub search: String,
    /// Key of the open row.
    pub open: Option<String>,
    /// How many rows to render in full.
    pub shown: usize,
    /// The reader's notes on rows.
    #[prop_or_default]
    pub notes: Vec<Note>,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// A hidden element that keeps the contract's attributes of a row not rendered in full.
fn stub(c: &Comparison, row: Row) -> Html {
    let key = format!("stub-{}", row.key(c));
    match row {
        Row::Pair(i) => c.pairs.get(i).map_or(html! {}, |p| {
            html! { <li {key} hidden=true data-testid="pair" data-a={p.a.clone()} data-b={p.b.clone()} data-kind={pair_kind_code(p.kind)}></li> }
        }),
        Row::AOnly(i) => c.a.tasks.get(i).map_or(html! {}, |t| {
            html! { <li {key} hidden=true data-testid="a-only" data-id={t.id.clone()}></li> }
        }),
        Row::BOnly(i) => c.b.tasks.get(i).map_or(html! {}, |t| {
            html! { <li {key} hidden=true data-testid="b-only" data-id={t.id.clone()}></li> }
        }),
    }
}

/// Moves focus to the previous or next row head of the list that holds `from`.
fn move_focus(from: &web_sys::Element, step: isize) {
    let Some(list) = from.closest("ol.rows").ok().flatten() else {
        return;
    };
    let Ok(heads) = list.query_selector_all("li:not([hidden]) > .row-head") else {
        return;
    };
    let count = heads.length() as isize;
    let current = (0..count).find(|&i| {
        heads
            .item(i as u32)
            .is_some_and(|n| n.contains(Some(from.unchecked_ref())))
    });
    let target = match current {
        Some(i) => (i + step).clamp(0, count - 1),
        None => 0,
    };
    if let Some(el) = heads
        .item(target as u32)
        .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Scrolls the row `key` into view (as little as needed) and focuses its head: a task opened
/// from another view (a task id in 按单位) is then where the eye and the keyboard are.
fn reveal(key: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let quoted = key.replace('\\', "\\\\").replace('"', "\\\"");
    let selector = format!("li[data-key=\"{quoted}\"] > .row-head");
    let Some(head) = doc.query_selector(&selector).ok().flatten() else {
        return;
    };
    let options = web_sys::ScrollIntoViewOptions::new();
    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
    head.scroll_into_view_with_scroll_into_view_options(&options);
    // A reader moving between the view tabs with the keyboard keeps the focus on the tabs.
    let on_tabs = doc
        .active_element()
        .is_some_and(|el| el.get_attribute("role").as_deref() == Some("tab"));
    if on_tabs {
        return;
    }
    if let Ok(head) = head.dyn_into::<web_sys::HtmlElement>() {
        let _ = head.focus();
    }
}

/// The aligned list.
#[function_component(TaskList)]
pub fn task_list(props: &TaskListProps) -> Html {
    let lang = props.lang;
    let c = props.comparison.clone();
    let all_rows = use_memo(c.clone(), |c| rows(c));
    let a_index = TaskIndex::of(&c.a);
    let b_index = TaskIndex::of(&c.b);

    let onkeydown = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: KeyboardEvent| {
            let Some(target) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            // Keys typed into a select or an input inside an open row are theirs.
            if matches!(target.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA") {
                return;
            }
            match e.key().as_str() {
                "ArrowDown" | "j" => {
                    e.prevent_default();
                    move_focus(&target, 1);
                }
                "ArrowUp" | "k" => {
                    e.prevent_default();
                    move_focus(&target, -1);
                }
                "Escape" => dispatch.emit(Action::Toggle(None)),
                _ => {}
            }
        })
    };

    // Also when a new comparison arrives with a row open (a pair just made by hand).
    use_effect_with((props.open.clone(), c.clone()), |(open, _)| {
        if let Some(key) = open {
            reveal(key);
        }
    });

    let mut shown = 0usize;
    let mut kept = 0usize;
    let items = all_rows.iter().map(|&row| {
        if !keeps(&c, &a_index, &b_index, row, props.filter, &props.search) {
            return stub(&c, row);
        }
        kept += 1;
        if shown >= props.shown {
            return stub(&c, row);
        }
        shown += 1;
        let key = row.key(&c);
        let open = props.open.as_deref() == Some(key.as_str());
        let (a, b) = row.ids(&c);
        let note = note_of(&props.notes, a, b).map(AttrValue::from);
        html! {
            <TaskRow key={key} {lang} comparison={c.clone()} {row} index={shown - 1} {open} {note} dispatch={props.dispatch.clone()} />
        }
    });
    let items: Html = items.collect();
    let more = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::ShowMore))
    };

    html! {
        <section class="by-task">
            <div class="columns-head" aria-hidden="true">
                <div>{ format!("A · {}", document_name(&c.a)) }</div>
                <div>{ format!("B · {}", document_name(&c.b)) }</div>
            </div>
            <p class="hint">{ tr(lang, Text::RowsHint) }</p>
            <ol class="rows" {onkeydown} aria-label={tr(lang, Text::ViewByTask)}>{ items }</ol>
            if kept == 0 {
                <p class="empty">{ tr(lang, Text::NoRows) }</p>
            }
            if kept > shown {
                <button type="button" class="more" data-testid="show-more" onclick={more}>
                    { format!("{}（{} / {}）", tr(lang, Text::ShowMore), shown, kept) }
                </button>
            }
        </section>
    }
}
