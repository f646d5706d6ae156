//! The documents side by side: A and B as they read (headings, un-numbered text, tasks), in two
//! columns that scroll in step by pairs, each task's changes marked in its own document
//! (deletions in A, insertions in B), next/previous change with buttons and the n / p keys, and
//! a click on a task opening its row in the by-task view.
//!
//! What is shown comes from the core's [`crate::side_by_side::side_by_side`]; this file only
//! renders it and moves the scroll positions.

use crate::app::state::{Action, Shared, Spot};
use crate::app::text::{change_position, only_in, tr, Lang, Text};
use crate::model::Comparison;
use crate::report::labels::document_name;
use crate::side_by_side::{side_by_side, Block, SideBySide};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Properties of [`SideBySideView`].
#[derive(Properties, PartialEq)]
pub struct SideBySideProps {
    /// The page's language.
    pub lang: Lang,
    /// The comparison shown.
    pub comparison: Shared<Comparison>,
    /// The tasks brought into view and the change visited.
    pub spot: Spot,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// Element id of a column (`doc-col-a`).
fn column_id(in_a: bool) -> &'static str {
    if in_a {
        "doc-col-a"
    } else {
        "doc-col-b"
    }
}

/// Slot of a column in the scroll guard.
fn slot(in_a: bool) -> usize {
    usize::from(!in_a)
}

/// No scroll position expected.
const NONE: i32 = i32::MIN;

fn column(in_a: bool) -> Option<web_sys::HtmlElement> {
    gloo_utils::document()
        .get_element_by_id(column_id(in_a))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// The task element `id` in a column.
fn task_in(col: &web_sys::HtmlElement, id: &str) -> Option<web_sys::HtmlElement> {
    let quoted = id.replace('\\', "\\\\").replace('"', "\\\"");
    col.query_selector(&format!("[data-task=\"{quoted}\"]"))
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

/// Sets a column's scroll position, and remembers it (`guard`): a scroll event that finds the
/// column there is ours, not the user's, and is not followed.
fn scroll_to(col: &web_sys::HtmlElement, top: i32, in_a: bool, guard: &Cell<[i32; 2]>) {
    col.set_scroll_top(top.max(0));
    let mut expected = guard.get();
    if let Some(e) = expected.get_mut(slot(in_a)) {
        *e = col.scroll_top();
    }
    guard.set(expected);
}

/// Space kept above a task brought into view, in pixels.
const MARGIN: i32 = 8;

/// After the user scrolled one column: the first task in view there that has a partner, and the
/// partner brought to the same height in the other column.
fn follow(from_a: bool, guard: &Cell<[i32; 2]>) {
    let (Some(from), Some(to)) = (column(from_a), column(!from_a)) else {
        return;
    };
    let top = from.scroll_top();
    let mut expected = guard.get();
    if let Some(e) = expected.get_mut(slot(from_a)) {
        let ours = *e == top;
        *e = NONE;
        guard.set(expected);
        if ours {
            return;
        }
    }
    let Ok(tasks) = from.query_selector_all("[data-partner]") else {
        return;
    };
    let first = (0..tasks.length())
        .filter_map(|i| tasks.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        .find(|el| el.offset_top() + el.offset_height() > top + MARGIN);
    let Some(first) = first else {
        return;
    };
    let Some(partner) = first
        .get_attribute("data-partner")
        .and_then(|id| task_in(&to, &id))
    else {
        return;
    };
    let at = first.offset_top() - top;
    scroll_to(&to, partner.offset_top() - at, !from_a, guard);
}

/// Brings the spot's tasks to the top of their columns, and the columns into the window.
fn bring(spot: &Spot, guard: &Cell<[i32; 2]>) {
    let mut any = false;
    for (in_a, id) in [(true, &spot.a), (false, &spot.b)] {
        let Some(id) = id else { continue };
        if let Some(col) = column(in_a) {
            if let Some(task) = task_in(&col, id) {
                scroll_to(&col, task.offset_top() - MARGIN, in_a, guard);
                any = true;
            }
        }
    }
    if any {
        if let Some(view) = gloo_utils::document().get_element_by_id("side-by-side") {
            let options = web_sys::ScrollIntoViewOptions::new();
            options.set_block(web_sys::ScrollLogicalPosition::Nearest);
            view.scroll_into_view_with_scroll_into_view_options(&options);
        }
    }
}

/// The change after (`forward`) or before the current one; the first or last when none is.
fn step(current: Option<usize>, count: usize, forward: bool) -> Option<usize> {
    let last = count.checked_sub(1)?;
    Some(match (current.filter(|&k| k <= last), forward) {
        (None, true) => 0,
        (None, false) => last,
        (Some(k), true) => (k + 1).min(last),
        (Some(k), false) => k.saturating_sub(1),
    })
}

/// Properties of [`DocTask`].
#[derive(Properties)]
pub struct DocTaskProps {
    /// The page's language.
    pub lang: Lang,
    /// Both columns.
    pub view: Rc<SideBySide>,
    /// Which column.
    pub in_a: bool,
    /// Position of the task in its column's blocks.
    pub at: usize,
    /// True for a task of the change visited or the task clicked.
    pub current: bool,
    /// What a task with no pair is called (`A 删去`, `仅海口市有`).
    pub badge: AttrValue,
    /// Where actions go.
    pub dispatch: Callback<Action>,
}

/// Compared without `dispatch`, which the root makes anew on every render and which always does
/// the same: a visit to another change then re-renders only the tasks whose `current` changed.
impl PartialEq for DocTaskProps {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang
            && Rc::ptr_eq(&self.view, &other.view)
            && self.in_a == other.in_a
            && self.at == other.at
            && self.current == other.current
            && self.badge == other.badge
    }
}

/// One task in its column: its number (a button to its row in 按任务), a badge when it has no
/// pair, its text with this side's changes marked.
#[function_component(DocTask)]
pub fn doc_task(props: &DocTaskProps) -> Html {
    let (lang, in_a) = (props.lang, props.in_a);
    let column = if in_a { &props.view.a } else { &props.view.b };
    let Some(Block::Task(t)) = column.get(props.at) else {
        return html! {};
    };
    let onclick = {
        let (dispatch, id) = (props.dispatch.clone(), t.id.clone());
        let partner = t.partners.first().cloned();
        Callback::from(move |_: MouseEvent| {
            let (a, b) = if in_a {
                (Some(id.clone()), partner.clone())
            } else {
                (partner.clone(), Some(id.clone()))
            };
            // No change named: the change visited stays, for the way back.
            dispatch.emit(Action::ReadAt(Spot { a, b, change: None }));
            dispatch.emit(Action::ShowTask {
                in_a,
                id: id.clone(),
            });
        })
    };
    let classes = classes!(
        "doc-task",
        t.changed.then_some("changed"),
        t.partners.is_empty().then_some("unpaired"),
        props.current.then_some("current"),
    );
    let runs = t.runs.iter().map(|r| match (r.changed, in_a) {
        (false, _) => html! { <span>{ &r.text }</span> },
        (true, true) => html! { <del>{ &r.text }</del> },
        (true, false) => html! { <ins>{ &r.text }</ins> },
    });
    let side = if in_a { "A" } else { "B" };
    let label = format!("{} · {side} {}", tr(lang, Text::ShowRow), t.id);
    html! {
        <div class={classes} data-task={t.id.clone()} data-partner={t.partners.first().cloned()}
            data-partners={t.partners.join(" ")} data-changed={t.changed.to_string()} {onclick}>
            <button type="button" class="task-num" aria-label={label} title={tr(lang, Text::ShowRow)}>
                { if t.number.is_empty() { t.id.clone() } else { t.number.clone() } }
            </button>
            if t.partners.is_empty() {
                <span class="badge" data-testid="doc-unpaired">{ props.badge.clone() }</span>
            }
            { for runs }
        </div>
    }
}

/// One document's column: its headings, un-numbered text and tasks, scrolling with the other.
fn doc_column(
    props: &SideBySideProps,
    view: &Rc<SideBySide>,
    in_a: bool,
    onscroll: Callback<Event>,
) -> Html {
    let (lang, c) = (props.lang, &props.comparison);
    let blocks = if in_a { &view.a } else { &view.b };
    let badge = AttrValue::from(only_in(lang, c, in_a, false));
    let items = blocks.iter().enumerate().map(|(k, b)| match b {
        Block::Heading {
            number,
            title,
            depth,
            id,
        } => {
            let text = format!("{number}{title}");
            if *depth == 0 {
                html! { <h4 class="doc-heading" data-section={id.clone()}>{ text }</h4> }
            } else {
                html! { <h5 class="doc-heading sub" data-section={id.clone()}>{ text }</h5> }
            }
        }
        Block::Text(text) => html! { <p class="doc-para">{ text }</p> },
        Block::Task(t) => {
            let here = if in_a { &props.spot.a } else { &props.spot.b };
            html! {
                <DocTask {lang} view={view.clone()} {in_a} at={k}
                    current={here.as_deref() == Some(t.id.as_str())}
                    badge={badge.clone()}
                    dispatch={props.dispatch.clone()} />
            }
        }
    });
    let (doc, key) = if in_a { (&c.a, "a") } else { (&c.b, "b") };
    html! {
        <div class={classes!("doc-column", format!("side-{key}"))}>
            <h3 class="doc-column-head" id={format!("doc-head-{key}")}>
                { format!("{} · {}", key.to_ascii_uppercase(), document_name(doc)) }
            </h3>
            <div class="doc-text" id={column_id(in_a)} data-testid={format!("doc-text-{key}")}
                tabindex="0" role="region" aria-labelledby={format!("doc-head-{key}")}
                {onscroll}>
                { for items }
            </div>
        </div>
    }
}

/// The n / p keys anywhere on the page (not while typing, not with a modifier) call `go` with
/// `true` (next) or `false` (previous); the listener is added once and always calls the latest `go`.
#[hook]
fn use_change_keys(go: Callback<bool>) {
    let keys = use_mut_ref(Callback::<bool>::noop);
    *keys.borrow_mut() = go;
    {
        let keys = keys.clone();
        use_effect_with((), move |_| {
            let listener =
                Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                    if e.ctrl_key() || e.meta_key() || e.alt_key() || e.default_prevented() {
                        return;
                    }
                    let typing = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .is_some_and(|t| {
                            matches!(t.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA")
                        });
                    if typing {
                        return;
                    }
                    let forward = match e.key().as_str() {
                        "n" | "N" => true,
                        "p" | "P" => false,
                        _ => return,
                    };
                    e.prevent_default();
                    keys.borrow().emit(forward);
                });
            let document = gloo_utils::document();
            let _ = document
                .add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
            move || {
                let _ = document.remove_event_listener_with_callback(
                    "keydown",
                    listener.as_ref().unchecked_ref(),
                );
                drop(listener);
            }
        });
    }
}

/// Two documents, side by side.
#[function_component(SideBySideView)]
pub fn side_by_side_view(props: &SideBySideProps) -> Html {
    let lang = props.lang;
    let c = props.comparison.clone();
    let view = use_memo(c.clone(), |c| side_by_side(c));
    let guard = use_mut_ref(|| Cell::new([NONE; 2]));
    let count = view.changes.len();
    let current = props.spot.change.filter(|&k| k < count);
    // Across two places neither text was deleted nor inserted: each place has its own.
    let across = crate::report::labels::places(&c).is_some();

    // Next / previous: the buttons and the n / p keys.
    let go = {
        let (dispatch, c, view) = (props.dispatch.clone(), c.clone(), view.clone());
        Callback::from(move |forward: bool| {
            let Some(k) = step(current, view.changes.len(), forward) else {
                return;
            };
            let Some(pair) = view.changes.get(k).and_then(|&i| c.pairs.get(i)) else {
                return;
            };
            dispatch.emit(Action::ReadAt(Spot {
                a: Some(pair.a.clone()),
                b: Some(pair.b.clone()),
                change: Some(k),
            }));
        })
    };
    use_change_keys(go.clone());
    {
        let guard = guard.clone();
        use_effect_with(props.spot.clone(), move |spot| bring(spot, &guard.borrow()));
    }

    let scrolled = |in_a: bool| {
        let guard = guard.clone();
        Callback::from(move |_: Event| follow(in_a, &guard.borrow()))
    };
    let prev = {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| go.emit(false))
    };
    let next = Callback::from(move |_: MouseEvent| go.emit(true));
    let at_first = count == 0 || current == Some(0);
    let at_last = count == 0 || current == Some(count - 1);
    html! {
        <section class="side-by-side" id="side-by-side" data-testid="side-by-side"
            data-changes={count.to_string()}
            data-current={current.map_or(String::new(), |k| k.to_string())}
            aria-label={tr(lang, Text::ViewDocuments)}>
            <div class="change-nav" role="group" aria-label={tr(lang, Text::ChangeNav)}>
                <button type="button" data-testid="prev-change" onclick={prev} disabled={at_first}
                    aria-keyshortcuts="p">{ format!("↑ {}", tr(lang, Text::PrevChange)) }</button>
                <span class="change-at" role="status" data-testid="change-at">
                    { if count == 0 { tr(lang, Text::NoChanges).to_string() } else { change_position(lang, current, count) } }
                </span>
                <button type="button" data-testid="next-change" onclick={next} disabled={at_last}
                    aria-keyshortcuts="n">{ format!("↓ {}", tr(lang, Text::NextChange)) }</button>
                <span class="legend">
                    <del>{ tr(lang, if across { Text::LegendOnlyA } else { Text::LegendDeleted }) }</del>
                    <ins>{ tr(lang, if across { Text::LegendOnlyB } else { Text::LegendInserted }) }</ins>
                </span>
            </div>
            <p class="hint">{ tr(lang, Text::ChangesHint) }</p>
            <div class="doc-columns">
                { doc_column(props, &view, true, scrolled(true)) }
                { doc_column(props, &view, false, scrolled(false)) }
            </div>
        </section>
    }
}
