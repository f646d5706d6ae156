//! The by-agency view: for each agency (folded names), the tasks it leads in A and in B, and
//! which it gained or lost as lead across the pairing.

use crate::app::agency::agency_key;
use crate::app::state::Shared;
use crate::app::text::{tr, Lang, Text};
use crate::model::{Comparison, Task};
use yew::prelude::*;

/// Properties of [`AgencyView`].
#[derive(Properties, PartialEq)]
pub struct AgencyViewProps {
    /// The page's language.
    pub lang: Lang,
    /// The comparison shown.
    pub comparison: Shared<Comparison>,
}

/// What one agency leads.
#[derive(Default)]
struct Leads {
    name: String,
    a: Vec<String>,
    b: Vec<String>,
    gained: Vec<String>,
    lost: Vec<String>,
}

/// The folded keys of a task's lead agencies, sorted and distinct.
fn leads_of(task: &Task) -> Vec<String> {
    let mut keys: Vec<String> = task.lead_units.iter().map(|u| agency_key(u)).collect();
    crate::sort::sort(&mut keys);
    keys.dedup();
    keys
}

/// The row of `key` in `rows` (kept sorted by key), added when missing. A sorted `Vec`
/// rather than a `BTreeMap`: a few dozen agencies, and no B-tree code in the page's wasm.
fn entry<'a>(rows: &'a mut Vec<(String, Leads)>, key: &str) -> &'a mut Leads {
    let at = match rows.binary_search_by(|(k, _)| k.as_str().cmp(key)) {
        Ok(at) => at,
        Err(at) => {
            rows.insert(at, (key.to_string(), Leads::default()));
            at
        }
    };
    &mut rows[at].1
}

/// Every agency that leads a task in A or B, with its tasks, sorted by folded key.
fn agencies(c: &Comparison) -> Vec<(String, Leads)> {
    let mut out: Vec<(String, Leads)> = Vec::new();
    let find = |tasks: &'_ [Task], id: &str| tasks.iter().find(|t| t.id == id).map(leads_of);
    for (tasks, in_a) in [(&c.a.tasks, true), (&c.b.tasks, false)] {
        for task in tasks.iter() {
            for name in &task.lead_units {
                let entry = entry(&mut out, &agency_key(name));
                if entry.name.is_empty() {
                    entry.name = name.clone();
                }
                let list = if in_a { &mut entry.a } else { &mut entry.b };
                list.push(task.id.clone());
            }
        }
    }
    // Gained / lost across pairs, and with tasks only in one document.
    for pair in &c.pairs {
        let a = find(&c.a.tasks, &pair.a).unwrap_or_default();
        let b = find(&c.b.tasks, &pair.b).unwrap_or_default();
        for key in b.iter().filter(|k| !a.contains(k)) {
            entry(&mut out, key).gained.push(pair.b.clone());
        }
        for key in a.iter().filter(|k| !b.contains(k)) {
            entry(&mut out, key).lost.push(pair.a.clone());
        }
    }
    for id in &c.b_only {
        for key in find(&c.b.tasks, id).unwrap_or_default() {
            entry(&mut out, &key).gained.push(id.clone());
        }
    }
    for id in &c.a_only {
        for key in find(&c.a.tasks, id).unwrap_or_default() {
            entry(&mut out, &key).lost.push(id.clone());
        }
    }
    out
}

fn ids(list: &[String]) -> String {
    if list.is_empty() {
        "—".into()
    } else {
        list.join("，")
    }
}

/// One table row per agency.
#[function_component(AgencyView)]
pub fn agency_view(props: &AgencyViewProps) -> Html {
    let lang = props.lang;
    let agencies = use_memo(props.comparison.clone(), |c| agencies(c));
    let rows = agencies.iter().map(|(key, leads)| {
        let name = if leads.name.is_empty() {
            key.as_str()
        } else {
            leads.name.as_str()
        };
        html! {
            <tr data-testid="agency" data-key={key.clone()}>
                <th scope="row">{ name }</th>
                <td>{ ids(&leads.a) }</td>
                <td>{ ids(&leads.b) }</td>
                <td class="gained">{ ids(&leads.gained) }</td>
                <td class="lost">{ ids(&leads.lost) }</td>
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
