//! Runs the page's [`Job`]s off the main thread, in a dedicated Web Worker running this same
//! wasm, so that the page never freezes while a large document is parsed and compared.
//!
//! The boot script (see `xtask/src/bundle.rs`) defines `globalThis.plandiffWork(bytes)`, which
//! makes the worker on first use from a Blob of the bindgen glue, hands it the compiled module,
//! and gives a promise of each answer (the worker answers in order); the worker's boot calls
//! only [`work`]. Jobs and answers cross as bytes ([`crate::wire`]); the worker keeps the
//! documents it read, so a comparison names them by job id. When there is no worker (no boot
//! function, a worker that cannot be made or fails: the promise gives `null`, bad bytes, or a
//! document it no longer holds), the job runs on the main thread instead, after the browser had
//! a chance to paint "comparing…".
//!
//! A job that reads a PDF is posted with a flag: the boot script then first sends the worker the
//! PDF module (a second wasm, inlined in the page as base64), which the worker compiles and offers
//! as `plandiffReadPdf(bytes)`; [`read_pdf`] calls it there. The main thread never holds it, so a
//! PDF read there (no worker) gets a message saying the PDF reader could not be loaded.

use super::state::{Action, Job, Work};
use crate::ingest::pdf::{Extracted, Gb18030Decoder, PdfError};
use crate::model::Series;
use crate::wire::{complete, decode, encode, NamedFile, Request, Response};
use crate::ParseError;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

/// The worker's entry: one encoded request in, its encoded answer out (see [`crate::wire`]).
#[wasm_bindgen]
pub fn work(request: &[u8]) -> Vec<u8> {
    crate::wire::serve(request, &super::read_options())
}

/// The request a job makes.
fn request(job: &Job) -> Request {
    match &job.work {
        Work::Parse { name, bytes, .. } => Request::Parse {
            id: job.id,
            name: name.clone(),
            bytes: bytes.to_vec(),
        },
        Work::Compare {
            read_by: (a, b),
            corrections,
            ignore,
            ..
        } => Request::Compare {
            a: *a,
            b: *b,
            corrections: corrections.clone(),
            ignore: *ignore,
        },
    }
}

/// The action that brings the worker's answer to the page; `None` when the answer does not fit
/// the job (the page then does the job itself).
fn action(job: &Job, response: Response) -> Option<Action> {
    match (&job.work, response) {
        (Work::Parse { .. }, Response::Parsed(result)) => {
            Some(Action::Parsed { id: job.id, result })
        }
        (Work::Compare { a, b, .. }, Response::Compared(comparison)) => Some(Action::Compared {
            id: job.id,
            comparison: Rc::new(complete(comparison, (**a).clone(), (**b).clone())),
        }),
        _ => None,
    }
}

/// Follows several files' tasks through them ([`crate::wire::series`]) in the worker when
/// there is one, else here after a paint; the answer goes to `done`.
pub fn run_series(files: Vec<NamedFile>, places: bool, done: Callback<Result<Series, ParseError>>) {
    wasm_bindgen_futures::spawn_local(async move {
        let pdf = files
            .iter()
            .any(|f| crate::ingest::is_pdf(&f.bytes, &f.name));
        let request = Request::Series { files, places };
        let mut answered = None;
        if let Some(promise) = post(&encode(&request), pdf) {
            if let Ok(bytes) = wasm_bindgen_futures::JsFuture::from(promise).await {
                if let Ok(bytes) = bytes.dyn_into::<js_sys::Uint8Array>() {
                    if let Some(Response::Series(result)) = decode(&bytes.to_vec()) {
                        answered = Some(result);
                    }
                }
            }
        }
        let result = match answered {
            Some(result) => {
                count_job("worker");
                result
            }
            None => {
                super::browser::yield_to_browser().await;
                count_job("main");
                let Request::Series { files, places } = request else {
                    return;
                };
                crate::wire::series(&files, places, &super::read_options())
            }
        };
        done.emit(result);
    });
}

/// The job done here, on the main thread.
fn done_here(job: &Job) -> Action {
    match &job.work {
        Work::Parse { name, bytes, .. } => Action::Parsed {
            id: job.id,
            result: crate::parse_with(bytes, name, &super::read_options()),
        },
        Work::Compare {
            a,
            b,
            corrections,
            ignore,
            ..
        } => Action::Compared {
            id: job.id,
            comparison: Rc::new(crate::compare_ignoring(a, b, corrections, ignore)),
        },
    }
}

/// Starts a job: in the worker when the boot script offers one (`plandiffWork`, a promise of
/// the answer's bytes, `null` when the worker is gone), else or on an answer that does not fit
/// on the main thread, after the browser could paint "comparing…". Its answer goes to
/// `dispatch`.
pub fn run(job: Job, dispatch: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        let mut answered = None;
        if let Some(promise) = post(&encode(&request(&job)), job.reads_pdf()) {
            if let Ok(bytes) = wasm_bindgen_futures::JsFuture::from(promise).await {
                if let Ok(bytes) = bytes.dyn_into::<js_sys::Uint8Array>() {
                    answered = decode::<Response>(&bytes.to_vec())
                        .and_then(|response| action(&job, response));
                }
            }
        }
        let action = match answered {
            Some(action) => {
                count_job("worker");
                action
            }
            None => {
                super::browser::yield_to_browser().await;
                count_job("main");
                done_here(&job)
            }
        };
        dispatch.emit(action);
    });
}

/// Counts where a job ran in `globalThis.plandiffJobs` (`{ worker, main }`), so that a test can
/// tell that parsing and comparing stayed off the main thread without timing anything.
fn count_job(place: &str) {
    let global = js_sys::global();
    let key = JsValue::from_str("plandiffJobs");
    let jobs = match js_sys::Reflect::get(&global, &key) {
        Ok(jobs) if jobs.is_object() => jobs,
        _ => {
            let jobs: JsValue = js_sys::Object::new().into();
            let _ = js_sys::Reflect::set(&global, &key, &jobs);
            jobs
        }
    };
    let place = JsValue::from_str(place);
    let n = js_sys::Reflect::get(&jobs, &place)
        .ok()
        .and_then(|n| n.as_f64())
        .unwrap_or(0.0);
    let _ = js_sys::Reflect::set(&jobs, &place, &JsValue::from_f64(n + 1.0));
}

/// Posts an encoded request to the worker, saying whether it reads a PDF (the worker then needs
/// the PDF module); `None` when there is no worker to post to.
fn post(request: &[u8], pdf: bool) -> Option<js_sys::Promise> {
    let post = global_function("plandiffWork")?;
    let bytes = js_sys::Uint8Array::from(request);
    post.call2(&JsValue::NULL, &bytes, &JsValue::from_bool(pdf))
        .ok()?
        .dyn_into()
        .ok()
}

/// The function `globalThis[name]`, if there is one.
fn global_function(name: &str) -> Option<js_sys::Function> {
    let f = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str(name)).ok()?;
    f.dyn_into().ok()
}

/// The page's PDF reader (a [`crate::ingest::pdf::PdfReader`]): the PDF module the worker
/// compiled, through `plandiffReadPdf(bytes)` (the answer's bytes, see `xtask/src/bundle.rs`).
/// GBK fonts are decoded by the module through the browser's decoder, not the one given.
pub fn read_pdf(bytes: &[u8], _gb18030: Option<Gb18030Decoder>) -> Result<Extracted, PdfError> {
    let read = global_function("plandiffReadPdf").ok_or(PdfError::NoReader)?;
    let answer = read
        .call1(&JsValue::NULL, &js_sys::Uint8Array::from(bytes))
        // A trap in the module (the instance is dropped with it).
        .map_err(|_| PdfError::Damaged("读取时出错".into()))?;
    let answer: js_sys::Uint8Array = answer.dyn_into().map_err(|_| PdfError::NoReader)?;
    decode::<Result<Extracted, PdfError>>(&answer.to_vec())
        .unwrap_or_else(|| Err(PdfError::Damaged("PDF 模块的回答无法识别".into())))
}
