//! The by-agency view: for each agency (folded names), the tasks it leads in A and in B, and
//! which it gained or lost as lead across the pairing.

use crate::app::agency::agency_key;
use crate::app::state::Shared;
use crate::app::text::{tr, Lang, Text};
use crate::model::{Comparison, Task};
use std::collections::{BTreeMap, BTreeSet};
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

fn leads_of(task: &Task) -> BTreeSet<String> {
    task.lead_units.iter().map(|u| agency_key(u)).collect()
}

/// Every agency that leads a task in A or B, with its tasks.
fn agencies(c: &Comparison) -> BTreeMap<String, Leads> {
    let mut out: BTreeMap<String, Leads> = BTreeMap::new();
    let find = |tasks: &'_ [Task], id: &str| tasks.iter().find(|t| t.id == id).map(leads_of);
    for (tasks, in_a) in [(&c.a.tasks, true), (&c.b.tasks, false)] {
        for task in tasks.iter() {
            for name in &task.lead_units {
                let entry = out.entry(agency_key(name)).or_default();
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
        for key in b.difference(&a) {
            out.entry(key.clone())
                .or_default()
                .gained
                .push(pair.b.clone());
        }
        for key in a.difference(&b) {
            out.entry(key.clone())
                .or_default()
                .lost
                .push(pair.a.clone());
        }
    }
    for id in &c.b_only {
        for key in find(&c.b.tasks, id).unwrap_or_default() {
            out.entry(key).or_default().gained.push(id.clone());
        }
    }
    for id in &c.a_only {
        for key in find(&c.a.tasks, id).unwrap_or_default() {
            out.entry(key).or_default().lost.push(id.clone());
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
