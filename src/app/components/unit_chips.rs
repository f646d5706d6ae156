//! A pair's agency changes as chips: added, removed, moved (role changed), renamed.

use crate::app::text::{tr, unit_change, Lang, Text, Voice};
use crate::model::{Role, UnitChange, UnitChangeKind};
use yew::prelude::*;

/// Properties of [`UnitChips`].
#[derive(Properties, PartialEq)]
pub struct UnitChipsProps {
    /// The page's language.
    pub lang: Lang,
    /// How changes are worded (over time or across two places).
    pub voice: Voice,
    /// The core's unit changes of one pair.
    pub changes: Vec<UnitChange>,
}

fn role(lang: Lang, role: Option<Role>) -> &'static str {
    match role {
        Some(Role::Lead) => tr(lang, Text::Lead),
        Some(Role::Responsible) => tr(lang, Text::Responsible),
        None => "",
    }
}

/// One chip per change (nothing when no agency changed).
#[function_component(UnitChips)]
pub fn unit_chips(props: &UnitChipsProps) -> Html {
    let lang = props.lang;
    if props.changes.is_empty() {
        return html! {};
    }
    let chips = props.changes.iter().map(|c| {
        let (class, label) = match c.change {
            UnitChangeKind::Added => ("added", c.b.clone().unwrap_or_default()),
            UnitChangeKind::Removed => ("removed", c.a.clone().unwrap_or_default()),
            UnitChangeKind::Moved => (
                "moved",
                format!(
                    "{}（{} → {}）",
                    c.b.as_deref().or(c.a.as_deref()).unwrap_or(&c.key),
                    role(lang, c.role_a),
                    role(lang, c.role_b)
                ),
            ),
            UnitChangeKind::Renamed => (
                "renamed",
                format!(
                    "{} → {}",
                    c.a.as_deref().unwrap_or(""),
                    c.b.as_deref().unwrap_or("")
                ),
            ),
        };
        html! {
            <li class={classes!("chip", class)}>
                <span class="chip-kind">{ unit_change(lang, &props.voice, c.change) }</span>{ " " }{ label }
            </li>
        }
    });
    html! {
        <div class="unit-chips">
            <h4>{ tr(lang, Text::Units) }</h4>
            <ul data-testid="unit-chips">{ for chips }</ul>
        </div>
    }
}
