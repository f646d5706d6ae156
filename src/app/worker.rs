//! Runs the page's [`Job`]s off the main thread, in a dedicated Web Worker running this same
//! wasm, so that the page never freezes while a large document is parsed and compared.
//!
//! The boot script (see `xtask/src/bundle.rs`) defines `globalThis.plandiffWorker()`, which
//! makes the worker from a Blob of the bindgen glue and hands it the compiled module; the
//! worker's boot calls only [`work`]. Jobs and answers cross as bytes ([`crate::wire::job`]).
//! The worker answers in order, so answers are matched to jobs first in, first out. When no
//! worker can be made (no boot function, an exception, an error event, bad bytes), jobs run on
//! the main thread instead, after the browser had a chance to paint "comparing…".

use super::state::{Action, Job, Work};
use crate::wire::job::{answer, Request, Response};
use crate::wire::{decode, encode};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

/// The worker's entry: one encoded request in, its encoded answer out (see [`crate::wire::job`]).
#[wasm_bindgen]
pub fn work(request: &[u8]) -> Vec<u8> {
    super::lend_gb18030_decoder();
    crate::wire::job::serve(request)
}

/// The request a job makes.
fn request(job: &Job) -> Request {
    match &job.work {
        Work::Parse { name, bytes, .. } => Request::Parse {
            name: name.clone(),
            bytes: bytes.to_vec(),
        },
        Work::Compare { a, b, corrections } => Request::Compare {
            a: (**a).clone(),
            b: (**b).clone(),
            corrections: corrections.clone(),
        },
    }
}

/// The action that brings an answer to the page; `None` when the answer does not fit the job.
fn action(job: &Job, response: Response) -> Option<Action> {
    match (&job.work, response) {
        (Work::Parse { .. }, Response::Parsed(result)) => {
            Some(Action::Parsed { id: job.id, result })
        }
        (Work::Compare { a, b, .. }, Response::Compared(mut comparison)) => {
            comparison.a = (**a).clone();
            comparison.b = (**b).clone();
            Some(Action::Compared {
                id: job.id,
                comparison: Rc::new(comparison),
            })
        }
        _ => None,
    }
}

/// Does a job on the main thread, once the browser could paint.
fn run_here(job: Job, dispatch: Callback<Action>) {
    wasm_bindgen_futures::spawn_local(async move {
        super::browser::yield_to_browser().await;
        if let Some(action) = action(&job, answer(request(&job))) {
            dispatch.emit(action);
        }
    });
}

/// The worker and the jobs it has not answered yet.
struct Live {
    worker: web_sys::Worker,
    sent: Vec<Job>,
    // Kept alive as long as the worker.
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

/// Hands jobs to the worker, or runs them on the main thread when there is none.
pub struct Runner {
    live: Rc<RefCell<Option<Live>>>,
    dispatch: Callback<Action>,
}

impl Runner {
    /// A runner whose answers go to `dispatch`; it tries to start the worker.
    pub fn new(dispatch: Callback<Action>) -> Runner {
        let live = Rc::new(RefCell::new(None));
        if let Some(started) = start(&live, &dispatch) {
            *live.borrow_mut() = Some(started);
        }
        Runner { live, dispatch }
    }

    /// Whether jobs go to a worker.
    pub fn has_worker(&self) -> bool {
        self.live.borrow().is_some()
    }

    /// Starts a job: in the worker, or on the main thread when it cannot be sent.
    pub fn run(&self, job: Job) {
        let mut live = self.live.borrow_mut();
        if let Some(l) = live.as_mut() {
            let bytes = encode(&request(&job));
            let message = js_sys::Uint8Array::from(bytes.as_slice());
            let transfer = js_sys::Array::of1(&message.buffer());
            if l.worker
                .post_message_with_transfer(&message, &transfer)
                .is_ok()
            {
                l.sent.push(job);
                return;
            }
            // The worker cannot take messages: do this one and every later one here.
            fail_over(&mut live, &self.dispatch);
        }
        drop(live);
        run_here(job, self.dispatch.clone());
    }
}

/// Drops the worker and does its unanswered jobs on the main thread.
fn fail_over(live: &mut Option<Live>, dispatch: &Callback<Action>) {
    if let Some(l) = live.take() {
        l.worker.terminate();
        for job in l.sent {
            run_here(job, dispatch.clone());
        }
    }
}

/// Makes the worker through the boot script's `plandiffWorker()`; `None` when there is no such
/// function or it throws (the page then works on the main thread).
fn start(live: &Rc<RefCell<Option<Live>>>, dispatch: &Callback<Action>) -> Option<Live> {
    let make =
        js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("plandiffWorker")).ok()?;
    let make: js_sys::Function = make.dyn_into().ok()?;
    let worker: web_sys::Worker = make.call0(&JsValue::NULL).ok()?.dyn_into().ok()?;

    let on_message = {
        let (live, dispatch) = (Rc::downgrade(live), dispatch.clone());
        Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let Some(live) = live.upgrade() else { return };
            let mut live = live.borrow_mut();
            let Some(job) = live
                .as_mut()
                .and_then(|l| (!l.sent.is_empty()).then(|| l.sent.remove(0)))
            else {
                return;
            };
            let bytes = event
                .data()
                .dyn_into::<js_sys::Uint8Array>()
                .map(|a| a.to_vec())
                .unwrap_or_default();
            match decode::<Response>(&bytes).and_then(|r| action(&job, r)) {
                Some(action) => {
                    drop(live);
                    dispatch.emit(action);
                }
                None => {
                    run_here(job, dispatch.clone());
                    fail_over(&mut live, &dispatch);
                }
            }
        })
    };
    let on_error = {
        let (live, dispatch) = (Rc::downgrade(live), dispatch.clone());
        Closure::<dyn FnMut(web_sys::Event)>::new(move |_event: web_sys::Event| {
            if let Some(live) = live.upgrade() {
                fail_over(&mut live.borrow_mut(), &dispatch);
            }
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some(Live {
        worker,
        sent: Vec::new(),
        _on_message: on_message,
        _on_error: on_error,
    })
}
