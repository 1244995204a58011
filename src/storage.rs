//! localStorage: the only module that touches it.
//!
//! Keys: `marginalia.library` holds the index (titles, dates, counts);
//! `marginalia.doc.<id>` holds each article with the user's work, in the
//! saved form of `marginalia-model`; `marginalia.trash.<id>` holds the last
//! deleted article until the next deletion, so a delete can be undone even
//! after a reload. Earlier versions kept one article under
//! `marginalia.document`; it is migrated into the library on first start.
//!
//! Nothing under these keys is ever overwritten when it cannot be read:
//! unreadable data is copied aside under `marginalia.unreadable.<time>.<key>`
//! (and only then removed from its key), the user is told, and the rest of
//! the library loads. A save writes one key, which either lands whole or
//! leaves the last good state (localStorage writes are all or nothing).

use marginalia_engine::Document;
use marginalia_model::{Library, Revision, SaveState, Stored, Work};

/// The key of the library index.
pub const LIBRARY_KEY: &str = "marginalia.library";
/// The prefix of each article's key.
pub const DOCUMENT_PREFIX: &str = "marginalia.doc.";
/// The prefix of the key holding the last deleted article.
pub const TRASH_PREFIX: &str = "marginalia.trash.";
/// The one-article key of schema versions 1 and 2, before the library.
pub const LEGACY_KEY: &str = "marginalia.document";
/// The prefix of the keys that unreadable data is copied aside to.
pub const UNREADABLE_PREFIX: &str = "marginalia.unreadable.";

/// Data under one of the app's keys that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unreadable {
    /// The key it was under.
    pub key: String,
    /// Why it could not be read.
    pub reason: String,
    /// Where it is kept now, or `None` when it could not be copied (then it
    /// is still under `key`, and must not be overwritten).
    pub kept_under: Option<String>,
}

/// An article read from storage, with what the saver knows of it.
#[derive(Debug)]
pub struct LoadedArticle {
    /// The article and the engine's annotations.
    pub document: Document,
    /// The user's work on it.
    pub work: Work,
    /// Its revision and stored form, for the saver.
    pub save: SaveState,
}

/// What storage held at start-up.
#[derive(Debug, Default)]
pub struct Startup {
    /// The library index (rebuilt from the articles when it was unreadable).
    pub library: Library,
    /// True when the index differs from what storage holds (rebuilt,
    /// completed, or without an article that is gone): to be saved.
    pub index_changed: bool,
    /// The article that was open, with its id.
    pub open: Option<(String, LoadedArticle)>,
    /// Data that could not be read.
    pub unreadable: Vec<Unreadable>,
    /// True when an earlier version's article was copied into the library;
    /// its old key is removed once the index is saved ([`remove_legacy`]).
    pub migrated: bool,
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The key of article `id`.
pub fn document_key(id: &str) -> String {
    format!("{DOCUMENT_PREFIX}{id}")
}

fn keys(storage: &web_sys::Storage) -> Vec<String> {
    let n = storage.length().unwrap_or(0);
    (0..n).filter_map(|i| storage.key(i).ok().flatten()).collect()
}

/// Copies unreadable data aside and removes it from its key; returns where
/// it went (or `None` when storage refused the copy: then it stays put).
fn set_aside(storage: &web_sys::Storage, key: &str, raw: &str, reason: String) -> Unreadable {
    let aside = format!("{UNREADABLE_PREFIX}{}.{key}", js_sys::Date::now() as u64);
    let kept_under = storage.set_item(&aside, raw).ok().map(|_| aside);
    if kept_under.is_some() {
        let _ = storage.remove_item(key);
    }
    Unreadable { key: key.to_string(), reason, kept_under }
}

/// A fresh article id: the time and some randomness, base 36.
pub fn new_id() -> String {
    let now = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1_679_616.0) as u64; // 36^4
    format!("{}-{}", base36(now), base36(random))
}

fn base36(mut n: u64) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(char::from_digit((n % 36) as u32, 36).expect("a base-36 digit"));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    digits.iter().rev().collect()
}

/// Reads the library and the open article, migrating and setting aside as
/// needed. Writes no index: the caller saves it when `index_changed`.
pub fn load() -> Startup {
    let Some(storage) = local_storage() else { return Startup::default() };
    let mut startup = Startup::default();
    if let Ok(Some(raw)) = storage.get_item(LIBRARY_KEY) {
        match Library::parse(&raw) {
            Ok(library) => startup.library = library,
            Err(reason) => {
                startup.unreadable.push(set_aside(&storage, LIBRARY_KEY, &raw, reason));
                startup.index_changed = true;
            }
        }
    }
    list_unlisted_articles(&storage, &mut startup);
    migrate_legacy(&storage, &mut startup);
    if let Some(id) = startup.library.open.clone() {
        match load_document(&id) {
            Ok(article) => startup.open = Some((id, article)),
            Err(problem) => {
                startup.library.remove(&id);
                startup.index_changed = true;
                startup.unreadable.extend(problem);
            }
        }
    }
    startup
}

/// Articles with no entry (the index was unreadable, or a save of the
/// index did not land) are listed again.
fn list_unlisted_articles(storage: &web_sys::Storage, startup: &mut Startup) {
    let now = js_sys::Date::now();
    for key in keys(storage) {
        let Some(id) = key.strip_prefix(DOCUMENT_PREFIX) else { continue };
        if startup.library.get(id).is_some() || !marginalia_model::valid_id(id) {
            continue;
        }
        let Ok(Some(raw)) = storage.get_item(&key) else { continue };
        match marginalia_model::parse(&raw) {
            Ok((doc, work)) => {
                startup.library.record(id, &doc, &work, now);
                startup.index_changed = true;
            }
            Err(reason) => startup.unreadable.push(set_aside(storage, &key, &raw, reason)),
        }
    }
}

/// The single article of earlier versions joins the library (as the open one).
fn migrate_legacy(storage: &web_sys::Storage, startup: &mut Startup) {
    let Ok(Some(raw)) = storage.get_item(LEGACY_KEY) else { return };
    match marginalia_model::parse(&raw) {
        Ok((doc, work)) => {
            let id = new_id();
            if save_new_document(&id, &doc, &work).is_ok() {
                startup.library.record(&id, &doc, &work, js_sys::Date::now());
                startup.library.open = Some(id);
                startup.index_changed = true;
                startup.migrated = true;
            }
        }
        Err(reason) => startup.unreadable.push(set_aside(storage, LEGACY_KEY, &raw, reason)),
    }
}

/// Removes the one-article key of earlier versions, once its article is
/// in the saved library.
pub fn remove_legacy() {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(LEGACY_KEY);
    }
}

/// Reads article `id`. `Err(None)` when it is not there; `Err(Some(_))`
/// when it was unreadable (and has been set aside).
pub fn load_document(id: &str) -> Result<LoadedArticle, Option<Unreadable>> {
    let storage = local_storage().ok_or(None)?;
    let key = document_key(id);
    let raw = storage.get_item(&key).ok().flatten().ok_or(None)?;
    match marginalia_model::parse_stored(&raw) {
        Ok(stored) => Ok(loaded(&raw, stored)),
        Err(reason) => Err(Some(set_aside(&storage, &key, &raw, reason))),
    }
}

fn loaded(raw: &str, stored: Stored) -> LoadedArticle {
    let save = SaveState::read(raw, &stored);
    LoadedArticle { document: stored.document, work: stored.work, save }
}

/// Reads what another tab saved under article `id`'s key.
pub fn parse_document(raw: &str) -> Option<Stored> {
    marginalia_model::parse_stored(raw).ok()
}

/// Reads the raw text under `key` (to offer unreadable data as a download).
pub fn raw(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

/// Why a save did not land.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveError {
    /// The browser gives this page no localStorage.
    Unavailable,
    /// The browser refused the write (usually a full quota).
    Refused(String),
    /// The deleted article is no longer in the trash.
    NotInTrash,
}

impl std::fmt::Display for SaveError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SaveError::Unavailable => f.write_str("this browser gives the page no local storage"),
            SaveError::Refused(why) => write!(f, "the browser refused to save ({why}); storage may be full"),
            SaveError::NotInTrash => {
                f.write_str("it is no longer in the trash (a later deletion, perhaps in another tab, took its place)")
            }
        }
    }
}

fn write(key: &str, value: &str) -> Result<(), SaveError> {
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    storage.set_item(key, value).map_err(|e| SaveError::Refused(crate::dom::js_error_text(&e)))
}

/// Saves a new article `id` with its work (one write: it lands whole or
/// not at all); returns what the saver knows of it then.
pub fn save_new_document(id: &str, doc: &Document, work: &Work) -> Result<SaveState, SaveError> {
    let revision = Revision { id: new_id(), parent: None };
    let json = marginalia_model::to_storage_json(doc, work, &revision);
    write(&document_key(id), &json)?;
    Ok(SaveState::written(&json, doc, work, Some(&revision)))
}

/// Saves article `id` already in its stored form.
pub fn write_document(id: &str, json: &str) -> Result<(), SaveError> {
    write(&document_key(id), json)
}

/// Saves the library index.
pub fn save_library(library: &Library) -> Result<(), SaveError> {
    write(LIBRARY_KEY, &library.to_json())
}

/// Removes article `id` (taking back an import that could not finish).
pub fn remove_document(id: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(&document_key(id));
    }
}

/// Moves article `id` to the trash (emptying it of the one before).
pub fn trash_document(id: &str) -> Result<(), SaveError> {
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    let Some(raw) = storage.get_item(&document_key(id)).ok().flatten() else { return Ok(()) };
    for key in keys(&storage).into_iter().filter(|k| k.starts_with(TRASH_PREFIX)) {
        let _ = storage.remove_item(&key);
    }
    storage
        .set_item(&format!("{TRASH_PREFIX}{id}"), &raw)
        .map_err(|e| SaveError::Refused(crate::dom::js_error_text(&e)))?;
    let _ = storage.remove_item(&document_key(id));
    Ok(())
}

/// Puts article `id` back from the trash.
pub fn untrash_document(id: &str) -> Result<(), SaveError> {
    let storage = local_storage().ok_or(SaveError::Unavailable)?;
    let trash = format!("{TRASH_PREFIX}{id}");
    let Some(raw) = storage.get_item(&trash).ok().flatten() else { return Err(SaveError::NotInTrash) };
    storage.set_item(&document_key(id), &raw).map_err(|e| SaveError::Refused(crate::dom::js_error_text(&e)))?;
    let _ = storage.remove_item(&trash);
    Ok(())
}
