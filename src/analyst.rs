//! Where the engine runs. In the built page, in a Web Worker (`worker.js`)
//! that loads the page's own WebAssembly module: the engine is downloaded
//! once, and an analysis never holds the page up. Texts cross to the worker
//! as strings and the annotations come back packed
//! ([`PackedDocument`]: offsets in one typed array, each name once). A long
//! text gets its first screens back before the whole. Only the newest
//! request is wanted: a text sent while another is analysed waits for the
//! worker and replaces any text waiting before it, and results for older
//! texts are dropped.
//!
//! Where no worker is to be had (a page without Trunk's module links, as in
//! the component tests), or when it fails (the script does not load, the
//! module does not start, the engine traps), the engine runs on this page,
//! as it did before the worker, and the failure is reported once.

use std::cell::RefCell;
use std::rc::Rc;

use marginalia_engine::{Corrections, Document, PackedDocument};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Which results a delivery carries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// The annotations of the text's first screens (the rest follows).
    FirstScreens,
    /// The annotations of the whole text.
    Whole,
}

/// Texts longer than this (bytes) get their first screens analysed first.
const LONG_TEXT: usize = 200_000;
/// About how much of a long text is analysed first (bytes, to a line end).
const FIRST_SCREENS: usize = 24_000;

type Deliver = Rc<dyn Fn(Document, Stage)>;

struct Request {
    id: u32,
    text: String,
    corrections: Corrections,
    deliver: Deliver,
    sent: bool,
}

#[derive(Default)]
struct Analyst {
    /// `None`: the engine runs on this page.
    worker: Option<web_sys::Worker>,
    /// The request the worker is analysing.
    busy: Option<u32>,
    /// The newest request, whose results are wanted.
    latest: Option<Request>,
    next_id: u32,
    on_failure: Option<Rc<dyn Fn(String)>>,
}

thread_local! {
    static ANALYST: RefCell<Analyst> = RefCell::new(Analyst::default());
}

/// Starts the worker, when the page is the built one; `on_failure` hears,
/// once, why the engine runs on this page instead. Returns true when a
/// worker is starting.
pub fn start(on_failure: impl Fn(String) + 'static) -> bool {
    ANALYST.with_borrow_mut(|a| a.on_failure = Some(Rc::new(on_failure)));
    let Some((glue, wasm)) = module_urls() else { return false };
    match spawn(&glue, &wasm) {
        Ok(worker) => {
            ANALYST.with_borrow_mut(|a| a.worker = Some(worker));
            true
        }
        Err(e) => {
            fail(crate::dom::js_error_text(&e));
            false
        }
    }
}

/// True when analyses run in the worker.
pub fn in_worker() -> bool {
    ANALYST.with_borrow(|a| a.worker.is_some())
}

/// Runs the engine on `text` with `corrections`; `deliver` gets the results
/// (on this page: at once; from the worker: later, unless a newer request
/// came first).
pub fn analyse(text: String, corrections: Corrections, deliver: impl Fn(Document, Stage) + 'static) {
    let deliver: Deliver = Rc::new(deliver);
    let here = ANALYST.with_borrow_mut(|a| {
        a.next_id = a.next_id.wrapping_add(1);
        if a.worker.is_none() {
            a.latest = None;
            return Some((text, corrections, deliver));
        }
        a.latest = Some(Request { id: a.next_id, text, corrections, deliver, sent: false });
        a.send_latest();
        None
    });
    if let Some((text, corrections, deliver)) = here {
        deliver(analyse_here(&text, corrections), Stage::Whole);
    }
}

/// True when the results for a text of `len` bytes take long enough to
/// come that the text is best shown before them.
pub fn shows_text_first(len: usize) -> bool {
    len >= LONG_TEXT && in_worker()
}

/// Forgets the pending request: its results are no longer wanted (another
/// article is shown).
pub fn forget() {
    ANALYST.with_borrow_mut(|a| a.latest = None);
}

/// Finishes the pending analysis, if any, on this page now (the page is
/// being hidden: what it saves must be whole).
pub fn finish_here() {
    if let Some(r) = ANALYST.with_borrow_mut(|a| a.latest.take()) {
        (r.deliver)(analyse_here(&r.text, r.corrections), Stage::Whole);
    }
}

/// The engine on this page, on the browser's performance timeline as
/// `marginalia:analyze` (the worker's results as `marginalia:unpack`).
fn analyse_here(text: &str, corrections: Corrections) -> Document {
    crate::dom::timed("marginalia:analyze", || Document::analyze_with(text, corrections))
}

impl Analyst {
    /// Sends the newest request to the worker, if it is free.
    fn send_latest(&mut self) {
        let (Some(worker), None, Some(r)) = (&self.worker, self.busy, self.latest.as_mut()) else { return };
        if r.sent {
            return;
        }
        let message = js_sys::Object::new();
        let set = |key: &str, value: JsValue| js_sys::Reflect::set(&message, &key.into(), &value).map(|_| ());
        let corrections = serde_json::to_string(&r.corrections).unwrap_or_default();
        let sent = set("id", r.id.into())
            .and_then(|_| set("text", r.text.as_str().into()))
            .and_then(|_| set("corrections", corrections.into()))
            .and_then(|_| match first_screens(&r.text) {
                Some(head) => set("head", head.into()),
                None => Ok(()),
            })
            .and_then(|_| worker.post_message(&message));
        if sent.is_ok() {
            r.sent = true;
            self.busy = Some(r.id);
        }
    }
}

/// The start of a long text, to a line end, or `None` for a short one.
fn first_screens(text: &str) -> Option<&str> {
    if text.len() < LONG_TEXT {
        return None;
    }
    // A line end is always a character boundary.
    let end = text.bytes().skip(FIRST_SCREENS).position(|b| b == b'\n')? + FIRST_SCREENS;
    Some(&text[..end])
}

/// The page's module: the glue script and the WebAssembly file that
/// Trunk's loader links in the page's head.
fn module_urls() -> Option<(String, String)> {
    let head = web_sys::window()?.document()?.head()?;
    let href = |selector: &str| -> Option<String> {
        let link: web_sys::HtmlLinkElement = head.query_selector(selector).ok()??.dyn_into().ok()?;
        Some(link.href())
    };
    Some((href("link[rel=modulepreload]")?, href("link[rel=preload][as=fetch]")?))
}

fn spawn(glue: &str, wasm: &str) -> Result<web_sys::Worker, JsValue> {
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    // The glue's content-hashed address in the query: a new build never
    // meets a cached `worker.js` of an older one.
    let worker = web_sys::Worker::new_with_options(&(String::from("worker.js?") + glue), &options)?;
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(|ev: web_sys::MessageEvent| received(&ev.data()));
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(|ev: web_sys::Event| {
        let why = ev.dyn_ref::<web_sys::ErrorEvent>().map(|e| e.message()).filter(|m| !m.is_empty());
        fail(why.unwrap_or_else(|| "its script did not load".into()));
    });
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    on_error.forget();
    let start = js_sys::Object::new();
    js_sys::Reflect::set(&start, &"glue".into(), &glue.into())?;
    js_sys::Reflect::set(&start, &"wasm".into(), &wasm.into())?;
    worker.post_message(&start)?;
    Ok(worker)
}

/// A message from the worker: results, or why it cannot go on.
fn received(data: &JsValue) {
    let field = |key: &str| js_sys::Reflect::get(data, &key.into()).unwrap_or(JsValue::UNDEFINED);
    if let Some(why) = field("failed").as_string() {
        return fail(why);
    }
    let Some(id) = field("id").as_f64().map(|id| id as u32) else { return };
    let stage = if field("stage").as_string().as_deref() == Some("first") { Stage::FirstScreens } else { Stage::Whole };
    let packed = PackedDocument {
        numbers: field("numbers").dyn_into::<js_sys::Uint32Array>().map(|a| a.to_vec()).unwrap_or_default(),
        names: field("names").as_string().unwrap_or_default(),
    };
    let wanted = ANALYST.with_borrow_mut(|a| {
        if stage == Stage::Whole && a.busy == Some(id) {
            a.busy = None;
        }
        let wanted = a
            .latest
            .as_ref()
            .filter(|r| r.id == id)
            .map(|r| (r.text.clone(), r.corrections.clone(), r.deliver.clone()));
        if stage == Stage::Whole && wanted.is_some() {
            a.latest = None;
        }
        a.send_latest();
        wanted
    });
    let Some((text, corrections, deliver)) = wanted else { return };
    match crate::dom::timed("marginalia:unpack", || packed.unpack(text.clone(), corrections.clone())) {
        Ok(doc) => deliver(doc, stage),
        Err(e) => {
            // Put the request back, so that the page analyses it itself.
            ANALYST.with_borrow_mut(|a| {
                a.latest.get_or_insert(Request { id, text, corrections, deliver, sent: true });
            });
            fail(e.to_string());
        }
    }
}

/// The worker failed (or could not be made): the engine runs on this page
/// from now on, starting with the request the worker left unanswered; the
/// first failure is reported.
fn fail(why: String) {
    let (worker, tell) = ANALYST.with_borrow_mut(|a| {
        a.busy = None;
        (a.worker.take(), a.on_failure.take())
    });
    if let Some(worker) = worker {
        worker.terminate();
    }
    if let Some(tell) = tell {
        tell(why);
    }
    finish_here();
}

/// The worker's side (`worker.js` calls it): analyses `text` with the
/// corrections in `corrections` (JSON) and returns `[numbers, names]` of
/// its [`PackedDocument`].
#[wasm_bindgen]
pub fn analyse_packed(text: &str, corrections: &str) -> Result<js_sys::Array, JsValue> {
    let corrections: Corrections = serde_json::from_str(corrections).map_err(|e| JsValue::from_str(&e.to_string()))?;
    let doc = Document::analyze_with(text, corrections);
    let packed = PackedDocument::pack(&doc);
    let numbers = js_sys::Uint32Array::from(&packed.numbers[..]);
    Ok(js_sys::Array::of2(&numbers, &packed.names.into()))
}
