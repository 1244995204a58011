//! Marginalia, the app: a Leptos (client-side rendered) page that runs the
//! text engine (`marginalia-engine`) on a pasted or dropped article, draws
//! its entities and claims, keeps the work in localStorage and exports it.
//!
//! Layout: [`app`] builds the one store ([`store::Workspace`], in rooms:
//! article, library, view, messages) and installs the [`saver`] (the one
//! writer of the open article, which also folds other tabs' saves in) and
//! the [`keyboard`] handler (keys looked up in the model's key table);
//! [`storage`] is the only module that touches localStorage; [`analyst`]
//! runs the engine, in a Web Worker (`worker.js`) or, failing that, on
//! this page; [`io`]
//! exports and imports files; [`actions`] are the edits a key or a button
//! makes; [`selection`] converts the browser's selection to the engine's
//! byte offsets; [`dom`] holds the browser chores (clipboard, files,
//! downloads, scrolling, JavaScript errors in words); [`components`] are
//! the views: they draw what the store and the model's queries give. The
//! user's work itself is modelled in `marginalia-model`. Dependencies run
//! one way: components → actions, io; keyboard → actions; those → store
//! → analyst, storage → dom.

pub mod actions;
pub mod analyst;
pub mod app;
pub mod checking;
pub mod components;
pub mod dom;
pub mod io;
pub mod keyboard;
pub mod saver;
pub mod selection;
pub mod storage;
pub mod store;
pub mod warmup;

pub use app::App;

use wasm_bindgen::prelude::*;

/// The engine as a JavaScript function: `analyze(text)` returns the
/// document in the exchange format (code-point offsets), for scripts,
/// benchmarks and tests that drive the page (`window.wasmBindings.analyze`).
#[wasm_bindgen]
pub fn analyze(text: &str) -> Result<JsValue, JsValue> {
    let doc = marginalia_engine::Document::analyze(text);
    let wire = marginalia_engine::WireDocument::from_document(&doc, marginalia_engine::ArticleText::Omitted);
    serde_wasm_bindgen::to_value(&wire).map_err(|e| JsValue::from_str(&e.to_string()))
}

/// The engine's counts as a JavaScript function: `summarize(text)` returns
/// `[entities, claims, furniture ranges]`. It runs the same analysis as
/// [`analyze`] without building JavaScript objects for what it found, so
/// the browser benchmark can time the engine apart from that conversion.
#[wasm_bindgen]
pub fn summarize(text: &str) -> Vec<u32> {
    let doc = marginalia_engine::Document::analyze(text);
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    vec![count(doc.entities.len()), count(doc.claims.len()), count(doc.boilerplate.len())]
}
