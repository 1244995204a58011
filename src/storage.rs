//! localStorage: the only module that touches it.
//!
//! The document and the user's work are stored under one key in the saved
//! form of `marginalia-model` (Export JSON downloads the same, plus the
//! derived highlights), so what is saved can always be read by the checked
//! reader. Data under that key that cannot be read
//! (corrupt, or from another tool) is never deleted: it is copied aside
//! under a key of its own before anything is saved over it.

use marginalia_engine::Document;
use marginalia_model::Work;

/// The key the current document is saved under.
pub const DOCUMENT_KEY: &str = "marginalia.document";
/// The prefix of the keys that unreadable data is copied aside to.
pub const UNREADABLE_PREFIX: &str = "marginalia.unreadable.";

/// What was found in storage at start-up.
#[derive(Debug)]
pub enum Loaded {
    /// Nothing saved yet (or no storage at all).
    Empty,
    /// The saved document and the work on it.
    Document(Document, Work),
    /// Something that could not be read.
    Unreadable {
        /// Why it could not be read.
        reason: String,
        /// The key it was copied aside to, or `None` when copying failed
        /// (then it is still only under [`DOCUMENT_KEY`], and must not be
        /// overwritten).
        kept_under: Option<String>,
    },
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Reads the saved document.
pub fn load() -> Loaded {
    let Some(storage) = local_storage() else { return Loaded::Empty };
    let raw = match storage.get_item(DOCUMENT_KEY) {
        Ok(Some(raw)) => raw,
        _ => return Loaded::Empty,
    };
    match marginalia_model::parse(&raw) {
        Ok((doc, work)) => Loaded::Document(doc, work),
        Err(reason) => {
            let key = format!("{UNREADABLE_PREFIX}{}", js_sys::Date::now() as u64);
            let kept_under = storage.set_item(&key, &raw).ok().map(|_| key);
            Loaded::Unreadable { reason, kept_under }
        }
    }
}

/// Why a save did not land.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The browser gives this page no localStorage.
    Unavailable,
    /// The browser refused the write (usually a full quota).
    Refused(String),
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::Unavailable => f.write_str("this browser gives the page no local storage"),
            SaveError::Refused(why) => write!(f, "the browser refused to save ({why}); storage may be full"),
        }
    }
}

/// Saves `doc` and `work` under [`DOCUMENT_KEY`]. A refused write leaves
/// the previous saved state as it was (localStorage writes are all or
/// nothing).
pub fn save(doc: &Document, work: &Work) -> Result<(), SaveError> {
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    let json = marginalia_model::to_storage_json(doc, work);
    storage.set_item(DOCUMENT_KEY, &json).map_err(|e| SaveError::Refused(js_error_name(&e)))
}

fn js_error_name(e: &wasm_bindgen::JsValue) -> String {
    js_sys::Reflect::get(e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_else(|| "unknown error".into())
}
