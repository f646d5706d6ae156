//! One row of the by-task view: A on the left, B on the right (or one side empty for a task
//! only in A or B), badges for target and unit changes; opened, the wording diff, the targets
//! table, the unit chips, the row's note and the pairing buttons.

use super::related_links::{links_of, related_list, Side};
use super::target_table::{direction_text, TargetTable};
use super::unit_chips::UnitChips;
use super::wording_diff::WordingDiff;
use crate::app::rows::{has_target_change, Row};
use crate::app::state::{Action, Shared};
use crate::app::text::{
    only_in, pair_kind, pair_kind_code, target_change, target_change_code, tr, Lang, Text, Voice,
};
use crate::model::{
    Comparison, Direction, Document, Note, PairKind, TargetChange, TargetChangeKind, Task, TaskPair,
};
use yew::prelude::*;

/// Properties of [`TaskRow`].
#[derive(Properties, PartialEq)]
pub struct TaskRowProps {
    /// The page's language.
    pub lang: Lang,
    /// The comparison the row belongs to.
    pub comparison: Shared<Comparison>,
    /// Which row.
    pub row: Row,
    /// Its position among the rendered rows (for keyboard moves).
    pub index: usize,
    /// Whether it is open.
    pub open: bool,
    /// The reader's note on the row, if any.
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// Where toggles and pairing corrections go.
    pub dispatch: Callback<Action>,
}

/// The heading, or the start of the text when the task has none, in the document's own
/// characters.
fn task_line(doc: &Document, task: &Task) -> String {
    if task.heading.is_empty() {
        let start: String = task.text.chars().take(40).collect();
        doc.as_written(&start).into_owned()
    } else {
        doc.as_written(&task.heading).into_owned()
    }
}

/// One side's cell of a row head (`class`: `a` or `b`); a screen reader hears the side first.
fn cell(doc: &Document, task: Option<&Task>, class: &'static str) -> Html {
    let side = format!("{}：", class.to_ascii_uppercase());
    match task {
        Some(task) => html! {
            <div class={classes!("cell", class)}>
                <span class="sr-only">{ side }</span>
                <span class="task-id">{ &task.id }</span>
                <span class="task-line">{ task_line(doc, task) }</span>
            </div>
        },
        None => html! { <div class={classes!("cell", class, "none")}></div> },
    }
}

fn full_text(doc: &Document, task: Option<&Task>) -> Html {
    task.map_or(
        html! {},
        |t| html! { <p class="full-text">{ doc.as_written(&t.text).into_owned() }</p> },
    )
}

/// The badge of a task with no pair: "only in A/B", or "no same task; related: …" naming the
/// related tasks on the other side.
fn only_badge(lang: Lang, c: &Comparison, side: Side, id: &str) -> Html {
    let links = links_of(c, side, id);
    if links.is_empty() {
        let class = match side {
            Side::A => "dropped",
            Side::B => "new",
        };
        let text = only_in(lang, c, side == Side::A, true);
        return html! { <span class={classes!("badge", class)}>{ text }</span> };
    }
    let others: Vec<&str> = links
        .iter()
        .map(|r| match side {
            Side::A => r.b.as_str(),
            Side::B => r.a.as_str(),
        })
        .collect();
    html! {
        <span class="badge related-only">{ format!("{}：{}", tr(lang, Text::NoSameTask), others.join("、")) }</span>
    }
}

/// One row of the aligned list.
#[function_component(TaskRow)]
pub fn task_row(props: &TaskRowProps) -> Html {
    let TaskRowProps {
        lang,
        comparison: c,
        row,
        index,
        open,
        note,
        dispatch,
    } = props;
    let (lang, row, open) = (*lang, *row, *open);
    let key = row.key(c);
    let toggle = {
        let dispatch = dispatch.clone();
        let key = key.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Toggle(Some(key.clone()))))
    };
    let head = |a: Option<&Task>, b: Option<&Task>, badges: Html| {
        html! {
            <button type="button" class="row-head" aria-expanded={open.to_string()}
                data-index={index.to_string()} onclick={toggle.clone()}>
                { cell(&c.a, a, "a") }
                { cell(&c.b, b, "b") }
                <div class="badges">{ badges }</div>
            </button>
        }
    };
    let (a_id, b_id) = row.ids(c);
    let voice = Voice::of(c);
    let row_note = RowNote {
        a: a_id.map(str::to_string),
        b: b_id.map(str::to_string),
        text: note.clone(),
    };
    match row {
        Row::Pair(i) => c.pairs.get(i).map_or(html! {}, |pair| {
            let find = |tasks: &'_ [Task], id: &str| tasks.iter().position(|t| t.id == id);
            let ta = find(&c.a.tasks, &pair.a).and_then(|i| c.a.tasks.get(i));
            let tb = find(&c.b.tasks, &pair.b).and_then(|i| c.b.tasks.get(i));
            let row_head = head(ta, tb, pair_badges(lang, &voice, pair));
            pair_row(
                (lang, &voice),
                c,
                pair,
                (&key, open),
                row_head,
                &row_note,
                dispatch,
            )
        }),
        Row::AOnly(i) => {
            let task = c.a.tasks.get(i);
            let id = task.map(|t| t.id.as_str()).unwrap_or_default();
            let row_head = head(task, None, only_badge(lang, c, Side::A, id));
            one_side(
                lang,
                c,
                (Side::A, i),
                (&key, open),
                row_head,
                &row_note,
                dispatch,
            )
        }
        Row::BOnly(i) => {
            let task = c.b.tasks.get(i);
            let id = task.map(|t| t.id.as_str()).unwrap_or_default();
            let row_head = head(None, task, only_badge(lang, c, Side::B, id));
            one_side(
                lang,
                c,
                (Side::B, i),
                (&key, open),
                row_head,
                &row_note,
                dispatch,
            )
        }
    }
}

/// A target change's badge, coloured by what the change means (stricter / looser), said in
/// words too.
fn target_badge(lang: Lang, voice: &Voice, t: &TargetChange) -> Html {
    let code = target_change_code(t.change);
    let meaning = t.direction.map(|d| match d {
        Direction::Stricter => "meaning-stricter",
        Direction::Looser => "meaning-looser",
    });
    let said = direction_text(lang, t.direction);
    html! {
        <span class={classes!("badge", format!("target-{code}"), meaning)}>
            { format!("{} {}", target_change(lang, voice, t.change), t.metric) }
            if !t.values.is_empty() {
                { " " }<span class="values">{ &t.values }</span>
            }
            if !said.is_empty() {
                { " · " }{ said }
            }
        </span>
    }
}

/// A pair's badges: its kind (unless one to one), its target changes, its unit changes, or
/// unchanged.
fn pair_badges(lang: Lang, voice: &Voice, pair: &TaskPair) -> Html {
    let targets = (pair.targets.iter())
        .filter(|t| t.change != TargetChangeKind::Same)
        .map(|t| target_badge(lang, voice, t));
    html! {
        <>
            if pair.kind != PairKind::Match {
                <span class={classes!("badge", "kind")}>{ pair_kind(lang, pair.kind) }</span>
            }
            { for targets }
            if !pair.units.changes.is_empty() {
                <span class="badge units">{ format!("{} {}", tr(lang, Text::Units), pair.units.changes.len()) }</span>
            }
            if !pair.changed {
                <span class="badge same">{ tr(lang, Text::Unchanged) }</span>
            }
        </>
    }
}

/// A pair's row: its head, its note, and open, the wording, targets, units, related tasks, the
/// note's editor and the unpair button.
fn pair_row(
    (lang, voice): (Lang, &Voice),
    c: &Comparison,
    pair: &TaskPair,
    (key, open): (&str, bool),
    row_head: Html,
    note: &RowNote,
    dispatch: &Callback<Action>,
) -> Html {
    let unpair = {
        let dispatch = dispatch.clone();
        let (pa, pb) = (pair.a.clone(), pair.b.clone());
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::Unpair(pa.clone(), pb.clone())))
    };
    let class = classes!(
        "row",
        "pair",
        pair.changed.then_some("changed"),
        has_target_change(pair).then_some("has-targets"),
        open.then_some("open")
    );
    html! {
        <li {class} data-testid="pair" data-a={pair.a.clone()} data-b={pair.b.clone()}
            data-kind={pair_kind_code(pair.kind)} data-key={key.to_string()}>
            { row_head }
            { note.shown(lang) }
            if open {
                <div class="detail" data-testid="detail">
                    <h4>{ tr(lang, Text::Wording) }</h4>
                    <WordingDiff {lang} ops={pair.wording.clone()} />
                    <TargetTable {lang} voice={voice.clone()} targets={pair.targets.clone()} />
                    <UnitChips {lang} voice={voice.clone()} changes={pair.units.changes.clone()} />
                    { related_list(lang, c, Side::A, &pair.a) }
                    { related_list(lang, c, Side::B, &pair.b) }
                    <NoteEditor {lang} note={note.clone()} dispatch={dispatch.clone()} />
                    <div class="actions">
                        <button type="button" data-testid="unpair" onclick={unpair}>{ tr(lang, Text::Unpair) }</button>
                    </div>
                </div>
            }
        </li>
    }
}

/// The row a note belongs to (A's and B's task ids) and its text, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct RowNote {
    a: Option<String>,
    b: Option<String>,
    text: Option<AttrValue>,
}

impl RowNote {
    /// The note as the row shows it, closed or open; nothing when there is none.
    fn shown(&self, lang: Lang) -> Html {
        self.text.as_ref().map_or(html! {}, |text| {
            html! {
                <p class="note" data-testid="note">
                    <span class="note-label">{ tr(lang, Text::Note) }{ "：" }</span>{ text.clone() }
                </p>
            }
        })
    }
}

/// Properties of [`NoteEditor`].
#[derive(Properties, PartialEq)]
pub struct NoteEditorProps {
    /// The page's language.
    pub lang: Lang,
    /// The row's note.
    pub note: RowNote,
    /// Where the note goes.
    pub dispatch: Callback<Action>,
}

/// A text box for the row's note and a button that keeps it (empty: the note is removed).
#[function_component(NoteEditor)]
pub fn note_editor(props: &NoteEditorProps) -> Html {
    let lang = props.lang;
    let input = use_node_ref();
    let save = {
        let (input, dispatch, note) = (input.clone(), props.dispatch.clone(), props.note.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(area) = input.cast::<web_sys::HtmlTextAreaElement>() else {
                return;
            };
            dispatch.emit(Action::SetNote(Note {
                a: note.a.clone(),
                b: note.b.clone(),
                text: area.value(),
            }));
        })
    };
    let id = format!(
        "note-{}-{}",
        props.note.a.as_deref().unwrap_or(""),
        props.note.b.as_deref().unwrap_or("")
    );
    let value = props.note.text.clone().unwrap_or_default();
    html! {
        <div class="note-editor">
            <label for={id.clone()}>{ tr(lang, Text::NoteLabel) }</label>
            <textarea id={id} ref={input} rows="2" maxlength="500" data-testid="note-input" defaultvalue={value} />
            <button type="button" data-testid="note-save" onclick={save}>{ tr(lang, Text::NoteSave) }</button>
            <small class="hint">{ tr(lang, Text::NoteHint) }</small>
        </div>
    }
}

/// A task only one side has (`side`, at `at` in its document) under its row head: open, its
/// text, its related tasks and a list of the other side's unpaired tasks to pair it with.
fn one_side(
    lang: Lang,
    c: &Comparison,
    (side, at): (Side, usize),
    (key, open): (&str, bool),
    row_head: Html,
    note: &RowNote,
    dispatch: &Callback<Action>,
) -> Html {
    let (doc, other, others) = match side {
        Side::A => (&c.a, &c.b, &c.b_only),
        Side::B => (&c.b, &c.a, &c.a_only),
    };
    let task = doc.tasks.get(at);
    let id = task.map(|t| t.id.clone()).unwrap_or_default();
    let onchange = {
        let dispatch = dispatch.clone();
        let id = id.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let partner = select.value();
            if !partner.is_empty() {
                dispatch.emit(match side {
                    Side::A => Action::Pair(id.clone(), partner),
                    Side::B => Action::Pair(partner, id.clone()),
                });
            }
        })
    };
    let options = others.iter().filter_map(|o| {
        let task = other.tasks.iter().find(|t| t.id == *o)?;
        Some(html! { <option value={o.clone()}>{ format!("{o}  {}", task_line(other, task)) }</option> })
    });
    let (class, label, select_id) = match side {
        Side::A => ("a-only", Text::PairWith, "pair-with"),
        Side::B => ("b-only", Text::PairWithA, "pair-with-a"),
    };
    html! {
        <li class={classes!("row", class, open.then_some("open"))} data-testid={class} data-id={id.clone()} data-key={key.to_string()}>
            { row_head }
            { note.shown(lang) }
            if open {
                <div class="detail" data-testid="detail">
                    { full_text(doc, task) }
                    { related_list(lang, c, side, &id) }
                    <NoteEditor {lang} note={note.clone()} dispatch={dispatch.clone()} />
                    if !others.is_empty() {
                        <label class="actions">
                            <span class="sr-only">{ tr(lang, label) }</span>
                            <select data-testid={select_id} {onchange}>
                                <option value="" selected=true>{ tr(lang, label) }</option>
                                { for options }
                            </select>
                        </label>
                    }
                </div>
            }
        </li>
    }
}
