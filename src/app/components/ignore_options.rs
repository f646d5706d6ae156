//! What the wording diff ignores: three toggles (full/half width, white space, numbering
//! only), width and white space on by default, the choice remembered in localStorage.

use crate::app::browser;
use crate::app::state::Action;
use crate::app::text::{tr, Lang, Text};
use crate::model::Ignore;
use yew::prelude::*;

/// localStorage key of the ignore options.
pub const IGNORE_KEY: &str = "plandiff.ignore";

/// The options kept, or the defaults when none are.
pub fn remembered() -> Ignore {
    browser::load(IGNORE_KEY).map_or_else(Ignore::default, |text| from_text(&text))
}

/// The options as kept: the kinds ignored, as `plandiff compare --ignore` names them
/// (`width,space`; `none` for none). A plain string, not JSON: no serde code for one struct.
pub fn to_text(ignore: &Ignore) -> String {
    let kinds: Vec<&str> = [
        (ignore.width, "width"),
        (ignore.space, "space"),
        (ignore.numbering, "numbering"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, name)| *name)
    .collect();
    if kinds.is_empty() {
        "none".to_string()
    } else {
        kinds.join(",")
    }
}

/// The options [`to_text`] kept.
pub fn from_text(text: &str) -> Ignore {
    let has = |name: &str| text.split(',').any(|k| k.trim() == name);
    Ignore {
        width: has("width"),
        space: has("space"),
        numbering: has("numbering"),
    }
}

/// Properties of [`IgnoreOptions`].
#[derive(Properties, PartialEq)]
pub struct IgnoreOptionsProps {
    /// The page's language.
    pub lang: Lang,
    /// The options now.
    pub ignore: Ignore,
    /// Where a change goes.
    pub dispatch: Callback<Action>,
}

/// The three toggles, in a group with its legend and a word on the defaults.
#[function_component(IgnoreOptions)]
pub fn ignore_options(props: &IgnoreOptionsProps) -> Html {
    let lang = props.lang;
    let toggle = |text: Text, code: &'static str, on: bool, set: fn(&mut Ignore, bool)| {
        let (dispatch, current) = (props.dispatch.clone(), props.ignore);
        let onchange = Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let mut next = current;
            set(&mut next, input.checked());
            browser::save(IGNORE_KEY, &to_text(&next));
            dispatch.emit(Action::SetIgnore(next));
        });
        html! {
            <label>
                <input type="checkbox" checked={on} data-testid={format!("ignore-{code}")} {onchange} />
                { tr(lang, text) }
            </label>
        }
    };
    let ignore = props.ignore;
    html! {
        <fieldset class="ignore-options" data-testid="ignore-options">
            <legend>{ tr(lang, Text::IgnoreLegend) }</legend>
            { toggle(Text::IgnoreWidth, "width", ignore.width, |i, on| i.width = on) }
            { toggle(Text::IgnoreSpace, "space", ignore.space, |i, on| i.space = on) }
            { toggle(Text::IgnoreNumbering, "numbering", ignore.numbering, |i, on| i.numbering = on) }
            <small class="hint">{ tr(lang, Text::IgnoreHint) }</small>
        </fieldset>
    }
}
