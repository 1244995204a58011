//! `<App/>`: builds the store from what storage holds, provides it, installs
//! the effects that talk to storage (saving, and following other tabs), and
//! lays out the page.

use leptos::prelude::*;
use marginalia_engine::Document;
use marginalia_model::Work;

use crate::components::{
    AnnotationEditor, ArticleView, HelpOverlay, LabelManager, LabelPicker, LibraryScreen, NoticeBar, SidePanel,
    SourceInput, Toolbar,
};
use crate::state::{Notice, NoticeAction, NoticeLevel, Screen, Workspace};
use crate::storage;

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let workspace = Workspace::new(Document::default(), Work::default());
    let startup = storage::load();
    workspace.library.set(startup.library);
    if let Some((id, doc, work)) = startup.open {
        workspace.doc_id.set(Some(id));
        workspace.document.set(doc);
        workspace.work.set(work);
    }
    if let Some(problem) = startup.unreadable.last() {
        workspace.report_unreadable(problem);
    } else if startup.migrated {
        workspace.info("Your article from an earlier version of Marginalia is now the first article of your library.");
    }
    provide_context(workspace);
    let last_saved = StoredValue::new(None::<(String, String)>);
    persist_article(workspace, last_saved);
    follow_other_tabs(workspace, last_saved);
    crate::keyboard::install(workspace);
    crate::warmup::prime_engine();

    let has_text = move || workspace.document.with(|d| !d.text.is_empty());
    let article_screen = move || workspace.screen.get() == Screen::Article;
    view! {
        <Toolbar />
        <NoticeBar />
        <Show when=article_screen fallback=|| view! { <LibraryScreen /> }>
            <main class="workspace" class:empty=move || !has_text()>
                <section class="source" aria-label="Article text">
                    <SourceInput />
                </section>
                <Show when=has_text>
                    <ArticleView />
                    <LabelPicker />
                    <AnnotationEditor />
                    <SidePanel />
                </Show>
            </main>
        </Show>
        <HelpOverlay />
        <LabelManager />
        <p class="visually-hidden" role="status" aria-live="polite" id="article-status" data-testid="announcement">
            {move || workspace.announcement.get()}
        </p>
    }
}

/// Saves the open article and its library entry after every change;
/// reports a save that did not land, offering an export.
///
/// The save runs in a task of its own just after the change (changes made in
/// one go are saved once), so that on a long article the updated view is not
/// held up by serialising it; leaving the page flushes a pending save. A
/// state already in storage (just loaded, or just received from another
/// tab) is not written again.
fn persist_article(workspace: Workspace, last_saved: StoredValue<Option<(String, String)>>) {
    let pending = StoredValue::new(None::<TimeoutHandle>);
    // The document's part of the stored JSON, kept until the document
    // changes: a review action then serialises only the work.
    let document_part = StoredValue::new(None::<String>);
    let document_changed = Effect::new(move |_| {
        workspace.document.track();
        document_part.set_value(None);
    });
    let save_now = move || {
        pending.set_value(None);
        if workspace.document.with_untracked(|d| d.text.is_empty()) {
            return;
        }
        let id = match workspace.doc_id.get_untracked() {
            Some(id) => id,
            None => {
                let id = storage::new_id();
                workspace.doc_id.set(Some(id.clone()));
                id
            }
        };
        let json = workspace
            .document
            .with_untracked(|doc| workspace.work.with_untracked(|work| marginalia_model::to_storage_json(doc, work)));
        if last_saved.with_value(|l| l.as_ref() == Some(&(id.clone(), json.clone()))) {
            return;
        }
        let saved = crate::dom::timed("marginalia:save", || storage::write_document_json(&id, &json));
        match saved {
            Ok(false) => last_saved.set_value(Some((id, json))),
            Ok(true) => {
                last_saved.set_value(Some((id.clone(), json)));
                let now = js_sys::Date::now();
                let counts = workspace.marks.with_untracked(|marks| {
                    let claims = marks.iter().filter(|m| m.label.layer == marginalia_model::Layer::Claim).count();
                    (marks.len() - claims, claims)
                });
                workspace.library.update(|l| {
                    workspace.document.with_untracked(|doc| l.record_counts(&id, &doc.text, counts, now));
                    l.open = Some(id.clone());
                });
                // The index lists the article; if it cannot be written, the
                // article is still saved and is listed again at start-up.
                let _ = workspace.library.with_untracked(storage::save_library);
            }
            Err(e) => workspace.notice.set(Some(Notice {
                level: NoticeLevel::Error,
                message: format!(
                    "Your latest change is not saved: {e}. It stays on this page, and your earlier saved work is intact; export the article to keep it."
                ),
                action: Some(NoticeAction::ExportArticle),
            })),
        }
    };
    let first_run = StoredValue::new(true);
    Effect::new(move |_| {
        let autosave = workspace.autosave.get();
        workspace.document.track();
        workspace.work.track();
        // The first run sees what was just loaded: nothing to save.
        if first_run.get_value() {
            first_run.set_value(false);
            return;
        }
        if !autosave || pending.with_value(Option::is_some) {
            return;
        }
        pending.set_value(set_timeout_with_handle(save_now, std::time::Duration::ZERO).ok());
    });
    let _ = document_changed;
    let flush = window_event_listener(leptos::ev::pagehide, move |_| {
        if let Some(handle) = pending.get_value() {
            handle.clear();
            save_now();
        }
    });
    on_cleanup(move || flush.remove());
}

/// Follows what other tabs save (the `storage` event): the library index is
/// taken as they wrote it; the open article is taken as they saved it when
/// nothing of ours is unsaved, and merged with ours when both changed it at
/// once, so neither tab's edits are lost (the merge is then saved).
fn follow_other_tabs(workspace: Workspace, last_saved: StoredValue<Option<(String, String)>>) {
    let listener = window_event_listener(leptos::ev::storage, move |ev: web_sys::StorageEvent| {
        let Some(key) = ev.key() else { return };
        if key == storage::LIBRARY_KEY {
            if let Some(Ok(mut theirs)) = ev.new_value().map(|raw| marginalia_model::Library::parse(&raw)) {
                theirs.open = workspace.library.with_untracked(|l| l.open.clone());
                workspace.library.set(theirs);
            }
            return;
        }
        let Some(id) = workspace.doc_id.get_untracked() else { return };
        if key != storage::document_key(&id) {
            return;
        }
        let Some(raw) = ev.new_value() else {
            workspace.info("Another tab deleted this article. It stays open here; any edit saves it again.");
            last_saved.set_value(None);
            return;
        };
        let Ok((their_doc, their_work)) = marginalia_model::parse(&raw) else { return };
        // Nothing of ours is unsaved (the usual case: saves follow every
        // change within a task): take theirs as it is, deletions included.
        let ours_json = workspace
            .document
            .with_untracked(|doc| workspace.work.with_untracked(|work| marginalia_model::to_storage_json(doc, work)));
        let ours_saved = last_saved.with_value(|l| l.as_ref().is_some_and(|(i, json)| *i == id && *json == ours_json));
        last_saved.set_value(Some((id, raw)));
        if ours_saved {
            workspace.history.update(marginalia_model::History::clear);
            workspace.work.set(their_work);
            workspace.document.set(their_doc);
            return;
        }
        // Both tabs changed it at once: keep the edits of both.
        let same_text = workspace.document.with_untracked(|d| d.text == their_doc.text);
        if same_text {
            let mut corrections = workspace.document.with_untracked(|d| d.corrections.clone());
            let corrections_changed = merge_corrections(&mut corrections, &their_doc.corrections);
            let mut work = workspace.work.get_untracked();
            let work_changed = work.merge_from(&their_work);
            if corrections_changed {
                let text = their_doc.text.clone();
                workspace.document.set(Document::analyze_with(&text, corrections));
            }
            if work_changed {
                workspace.work.set(work);
            }
        } else {
            // The other tab edited the text: take theirs, and keep our own
            // annotations wherever their text still is.
            let old = workspace.document.with_untracked(|d| d.text.clone());
            let mut ours = workspace.work.get_untracked();
            ours.reanchor(&old, &their_doc.text);
            let mut work = their_work;
            work.merge_from(&ours);
            workspace.document.set(their_doc);
            workspace.work.set(work);
        }
    });
    on_cleanup(move || listener.remove());
}

/// Takes in another tab's corrections: theirs win for the same claim; merges
/// and splits of both are kept. Returns whether ours changed.
fn merge_corrections(ours: &mut marginalia_engine::Corrections, theirs: &marginalia_engine::Corrections) -> bool {
    let before = ours.clone();
    for s in &theirs.speakers {
        ours.speakers.retain(|o| o.claim != s.claim);
        ours.speakers.push(s.clone());
    }
    for m in &theirs.merges {
        if !ours.merges.contains(m) {
            ours.merges.push(m.clone());
        }
    }
    for s in &theirs.splits {
        if !ours.splits.contains(s) {
            ours.splits.push(s.clone());
        }
    }
    *ours != before
}
