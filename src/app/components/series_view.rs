//! More than two files: a plan followed over the years (跟踪) or several places side by side
//! (多地对照), the same lineages as `plandiff track` / `plandiff matrix`, worked out in the worker.
//!
//! A section of its own below the two-file comparison: choose three or more files (in order,
//! oldest first), then one of the two buttons; each row of the table is a line of work, a cell
//! per file with its task ids, targets and lead units.

use crate::app::browser;
use crate::app::text::{parse_error, tr, Lang, Text};
use crate::app::worker::run_series;
use crate::model::Series;
use crate::wire::NamedFile;
use yew::prelude::*;

/// Properties of [`SeriesView`].
#[derive(Properties, PartialEq)]
pub struct SeriesViewProps {
    /// The page's language.
    pub lang: Lang,
}

/// Rows rendered at once: a table of 400 lines × 10 files is some 20,000 elements, which would
/// hold the main thread for most of a second; the rest come on 显示更多.
const ROWS_AT_ONCE: usize = 60;

/// What the section shows.
#[derive(Clone, PartialEq, Default)]
enum Shown {
    /// Nothing asked yet.
    #[default]
    Empty,
    /// Reading and following the files.
    Working,
    /// The lineages, and whether they are of places.
    Done(std::rc::Rc<Series>, bool),
    /// Why not.
    Failed(String),
}

/// The files chosen, read in order (a file the browser cannot read is named).
async fn read_all(files: Vec<web_sys::File>, lang: Lang) -> Result<Vec<NamedFile>, String> {
    let mut out = Vec::with_capacity(files.len());
    for file in files {
        let name = file.name();
        match browser::read_file(file).await {
            Some(bytes) => out.push(NamedFile { name, bytes }),
            None => {
                return Err(crate::app::text::about_file(
                    lang,
                    &name,
                    tr(lang, Text::CannotRead),
                ))
            }
        }
    }
    Ok(out)
}

/// The section: a file picker for several files, two buttons, the lineages.
#[function_component(SeriesView)]
pub fn series_view(props: &SeriesViewProps) -> Html {
    let lang = props.lang;
    let chosen = use_state(Vec::<web_sys::File>::new);
    let shown = use_state(Shown::default);
    let rows = use_state(|| ROWS_AT_ONCE);

    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let files = input.files();
            let n = files.as_ref().map_or(0, |f| f.length());
            chosen.set((0..n).filter_map(|i| files.as_ref()?.get(i)).collect());
        })
    };
    let start = |places: bool| {
        let (chosen, shown, rows) = (chosen.clone(), shown.clone(), rows.clone());
        Callback::from(move |_: MouseEvent| {
            rows.set(ROWS_AT_ONCE);
            let files = (*chosen).clone();
            if files.len() < 2 {
                shown.set(Shown::Failed(tr(lang, Text::SeriesTooFew).to_string()));
                return;
            }
            shown.set(Shown::Working);
            let shown = shown.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match read_all(files, lang).await {
                    Ok(files) => {
                        let done = Callback::from(move |result| {
                            shown.set(match result {
                                Ok(series) => Shown::Done(std::rc::Rc::new(series), places),
                                Err(e) => Shown::Failed(parse_error(lang, &e)),
                            })
                        });
                        run_series(files, places, done);
                    }
                    Err(message) => shown.set(Shown::Failed(message)),
                }
            });
        })
    };

    let body = outcome(lang, &shown, &rows);
    let names: Vec<String> = chosen.iter().map(|f| f.name()).collect();

    html! {
        <details class="series" data-testid="series">
            <summary>{ tr(lang, Text::SeriesTitle) }</summary>
            <p class="hint">{ tr(lang, Text::SeriesHint) }</p>
            <label class="choose">
                <input type="file" class="sr-only" multiple=true data-testid="series-files"
                    accept=".txt,.md,.html,.htm,.docx,.pdf,.ofd,text/plain,text/html,application/pdf" {onchange} />
                { tr(lang, Text::SeriesChoose) }
            </label>
            if !names.is_empty() {
                <ol class="series-files" data-testid="series-names">
                    { for names.iter().map(|n| html! { <li>{ n }</li> }) }
                </ol>
            }
            <p class="actions">
                <button type="button" data-testid="series-track" onclick={start(false)}>
                    { tr(lang, Text::SeriesTrack) }
                </button>
                <button type="button" data-testid="series-matrix" onclick={start(true)}>
                    { tr(lang, Text::SeriesMatrix) }
                </button>
            </p>
            { body }
        </details>
    }
}

/// What the section shows under its buttons: work under way, a failure, or the table with its
/// 显示更多 button.
fn outcome(lang: Lang, shown: &Shown, rows: &UseStateHandle<usize>) -> Html {
    match shown {
        Shown::Empty => html! {},
        Shown::Working => html! {
            <p class="busy" role="status" data-testid="series-busy">{ tr(lang, Text::Comparing) }</p>
        },
        Shown::Failed(message) => html! {
            <p class="error" role="alert" data-testid="series-error">{ message }</p>
        },
        Shown::Done(series, places) => {
            let more = {
                let rows = rows.clone();
                Callback::from(move |_: MouseEvent| rows.set(*rows + ROWS_AT_ONCE * 4))
            };
            html! {
                <>
                    { table(lang, series, *places, **rows) }
                    if series.lineages.len() > **rows {
                        <button type="button" class="more" data-testid="series-more" onclick={more}>
                            { format!("{}（{} / {}）", tr(lang, Text::ShowMore), **rows, series.lineages.len()) }
                        </button>
                    }
                </>
            }
        }
    }
}

/// The lineages as a table: a row per line of work, a column per file; the first `rows` rows.
fn table(lang: Lang, series: &Series, places: bool, rows: usize) -> Html {
    let caption = if places {
        Text::SeriesMatrix
    } else {
        Text::SeriesTrack
    };
    let present =
        |cells: &[crate::model::LineageCell]| cells.iter().filter(|c| !c.ids.is_empty()).count();
    html! {
        <div class="series-table">
            <table data-testid="lineages" data-places={places.to_string()}>
                <caption>{ format!("{}：{} {}", tr(lang, caption), series.lineages.len(), tr(lang, Text::SeriesRows)) }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ tr(lang, Text::SeriesWork) }</th>
                        { for series.documents.iter().map(|d| html! {
                            <th scope="col" title={d.name.clone()}>{ if d.title.is_empty() { &d.name } else { &d.title } }</th>
                        }) }
                    </tr>
                </thead>
                <tbody>
                    { for series.lineages.iter().take(rows).map(|row| {
                        let ids: Vec<String> = row.cells.iter().map(|c| c.ids.join(",")).collect();
                        html! {
                            <tr data-testid="lineage" data-ids={ids.join("|")} data-present={present(&row.cells).to_string()}>
                                <th scope="row">{ &row.title }</th>
                                { for row.cells.iter().map(|c| html! {
                                    <td class={classes!(c.ids.is_empty().then_some("absent"))}>
                                        if c.ids.is_empty() {
                                            <span class="none" aria-label={tr(lang, Text::SeriesAbsent)}>{ "—" }</span>
                                        } else {
                                            <span class="ids">{ c.ids.join("、") }</span>
                                            { for c.targets.iter().map(|t| html! { <span class="chip">{ t }</span> }) }
                                            if !c.leads.is_empty() {
                                                <span class="leads">{ c.leads.join("、") }</span>
                                            }
                                        }
                                    </td>
                                }) }
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
