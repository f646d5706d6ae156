//! A sortable column head: a button in a `th` whose `aria-sort` says the column's order.

use yew::prelude::*;

/// The head of a column labelled `label`; `sorted` is `Some(ascending)` for the column the
/// table is sorted by, `None` for the others.
pub fn sort_header(label: &str, sorted: Option<bool>, onclick: Callback<MouseEvent>) -> Html {
    let state = match sorted {
        None => "none",
        Some(true) => "ascending",
        Some(false) => "descending",
    };
    html! {
        <th scope="col" aria-sort={state}>
            <button type="button" class="sort" {onclick}>{ label }</button>
        </th>
    }
}
