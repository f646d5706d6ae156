//! A task's related tasks on the other side (a shared topic, not the same task), each with the
//! key phrases the link rests on; shown under a row of the by-task view.

use crate::app::text::{tr, Lang, Text};
use crate::model::{Comparison, RelatedLink};
use yew::prelude::*;

/// Which side the task whose links are listed is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// A task of A: its related tasks are in B.
    A,
    /// A task of B: its related tasks are in A.
    B,
}

/// The related links of task `id` on `side`, in the comparison's order.
pub fn links_of<'c>(c: &'c Comparison, side: Side, id: &str) -> Vec<&'c RelatedLink> {
    c.related
        .iter()
        .filter(|r| match side {
            Side::A => r.a == id,
            Side::B => r.b == id,
        })
        .collect()
}

/// The list of a task's related tasks, empty when it has none.
pub fn related_list(lang: Lang, c: &Comparison, side: Side, id: &str) -> Html {
    let links = links_of(c, side, id);
    if links.is_empty() {
        return html! {};
    }
    let items = links.into_iter().map(|r| {
        let (other, tasks) = match side {
            Side::A => (&r.b, &c.b.tasks),
            Side::B => (&r.a, &c.a.tasks),
        };
        let line = tasks
            .iter()
            .find(|t| &t.id == other)
            .map(|t| {
                if t.heading.is_empty() {
                    t.text.chars().take(40).collect()
                } else {
                    t.heading.clone()
                }
            })
            .unwrap_or_default();
        html! {
            <li data-testid="related" data-a={r.a.clone()} data-b={r.b.clone()}>
                <span class="task-id">{ other.clone() }</span>
                <span class="task-line">{ line }</span>
                <span class="shared">{ for r.shared.iter().map(|p| html! { <mark>{ p.clone() }</mark> }) }</span>
            </li>
        }
    });
    html! {
        <div class="related">
            <h4>{ tr(lang, Text::Related) }</h4>
            <ul>{ for items }</ul>
        </div>
    }
}
