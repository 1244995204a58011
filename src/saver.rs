//! The saver: the one place that writes the open article to storage, and
//! that takes in what other tabs save.
//!
//! A save runs in a task of its own just after the frame that shows a
//! change (changes made in one go are saved once), so that on a long
//! article the updated view is not held up by serialising it; leaving the
//! page flushes a pending save.
//! What to write, and whether anything is to be written at all, is decided
//! by the article's [`SaveState`](marginalia_model::SaveState): a review
//! action serialises only the work, beside the document's part kept from
//! the last save. Another tab's save of the open article is folded into
//! this page's own work, saved and unsaved, by a three-way merge
//! (`marginalia_model::sync`); the merge, when it differs from theirs, is
//! then saved in turn.

use leptos::prelude::*;
use marginalia_engine::Document;
use marginalia_model::{counts_of, IncomingDocument, Library, Stored};

use crate::storage;
use crate::store::{NoticeAction, NoticeLevel, Workspace};

/// Installs the saver and the follower of other tabs for the page's lifetime.
pub fn install(workspace: Workspace) {
    save_after_changes(workspace);
    follow_other_tabs(workspace);
}

fn save_after_changes(workspace: Workspace) {
    // A save is scheduled and has not run yet.
    let pending = StoredValue::new(false);
    let save_now = move || {
        if pending.get_value() {
            pending.set_value(false);
            save(workspace);
        }
    };
    let first_run = StoredValue::new(true);
    Effect::new(move |_| {
        let autosave = workspace.article.autosave.get();
        // While the engine runs, the document is a stand-in: saved once
        // its annotations have come (or when the page is hidden).
        let analysing = workspace.article.analysing.get();
        workspace.article.document.track();
        workspace.article.work.track();
        // The first run sees what was just loaded: nothing to save.
        if first_run.get_value() {
            first_run.set_value(false);
            return;
        }
        if !autosave || analysing || pending.get_value() {
            return;
        }
        // After the frame that shows the change: serialising a long
        // article does not hold up its paint.
        pending.set_value(true);
        crate::dom::after_next_paint(save_now);
    });
    let flush = window_event_listener(leptos::ev::pagehide, move |_| {
        if workspace.article.analysing.get_untracked() {
            crate::analyst::finish_here();
            pending.set_value(true);
        }
        save_now();
    });
    on_cleanup(move || flush.remove());
}

/// Saves the open article, and its entry in the library, when storage does
/// not hold it as it is; reports a save that did not land, offering an
/// export.
fn save(workspace: Workspace) {
    let article = workspace.article;
    let Some(id) = article.id.get_untracked() else { return };
    if article.document.with_untracked(|d| d.text.is_empty()) {
        return;
    }
    let to_write = article.document.with_untracked(|doc| {
        article
            .work
            .with_untracked(|work| article.save.try_update_value(|s| s.to_save(doc, work, storage::new_id())).flatten())
    });
    let Some(pending) = to_write else { return };
    match crate::dom::timed("marginalia:save", || storage::write_document(&id, &pending.json)) {
        Ok(()) => {
            article.save.update_value(|s| s.saved(pending));
            let counts = article.marks.with_untracked(|marks| counts_of(marks));
            let now = js_sys::Date::now();
            // The index lists the article; if it cannot be written, the
            // article is still saved and is listed again at start-up.
            let _ = workspace.library.change(|l| {
                article.document.with_untracked(|doc| l.record_counts(&id, &doc.text, counts, now));
                l.open = Some(id.clone());
            });
        }
        Err(e) => workspace.messages.notify(
            NoticeLevel::Error,
            format!(
                "Your latest change is not saved: {e}. It stays on this page, and your earlier saved work is intact; export the article to keep it."
            ),
            Some(NoticeAction::ExportArticle),
        ),
    }
}

/// Follows what other tabs save (the `storage` event): the library index
/// is taken as they wrote it; the open article is merged with this page's.
fn follow_other_tabs(workspace: Workspace) {
    let listener = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let Some(key) = ev.key() else { return };
        if key == storage::LIBRARY_KEY {
            if let Some(Ok(theirs)) = ev.new_value().map(|raw| Library::parse(&raw)) {
                workspace.library.take_from_other_tab(theirs);
            }
            return;
        }
        let Some(id) = workspace.article.id.get_untracked() else { return };
        if key != storage::document_key(&id) {
            return;
        }
        match ev.new_value() {
            None => {
                workspace
                    .messages
                    .info("Another tab deleted this article. It stays open here; any edit saves it again.");
                workspace.article.save.update_value(|s| *s = Default::default());
            }
            Some(raw) => {
                if let Some(theirs) = storage::parse_document(&raw) {
                    take_in(workspace, &raw, theirs);
                }
            }
        }
    });
    on_cleanup(move || listener.remove());
}

/// Shows another tab's save of the open article, merged with this page's work.
fn take_in(workspace: Workspace, raw: &str, theirs: Stored) {
    let article = workspace.article;
    let incoming = article.document.with_untracked(|doc| {
        article.work.with_untracked(|work| {
            article
                .save
                .try_update_value(|s| s.received(raw, &theirs, doc, work))
                .expect("the save state lives with the page")
        })
    });
    if incoming.as_they_are {
        article.history.update(marginalia_model::History::clear);
    }
    if article.work.with_untracked(|w| *w != incoming.work) {
        article.work.set(incoming.work);
    }
    match incoming.document {
        IncomingDocument::Ours => {}
        IncomingDocument::Theirs => {
            article.save.update_value(marginalia_model::SaveState::took_stored_document);
            article.document.set(theirs.document);
        }
        IncomingDocument::TheirTextWith(corrections) => {
            // Their annotations stand in until the engine has applied ours.
            let text = theirs.document.text.clone();
            article.replace_document(Document { corrections: corrections.clone(), ..theirs.document });
            article.analyse(text, corrections);
        }
    }
}
