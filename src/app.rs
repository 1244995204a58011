//! `<App/>`: builds the store from what storage holds, provides it, installs
//! the one effect that talks to storage, and lays out the page.

use leptos::prelude::*;
use marginalia_engine::Document;
use marginalia_model::Work;

use crate::components::{
    AnnotationEditor, ArticleView, HelpOverlay, LabelManager, LabelPicker, NoticeBar, SidePanel, SourceInput, Toolbar,
};
use crate::state::Workspace;
use crate::storage::{self, Loaded};

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let workspace = Workspace::new(Document::default(), Work::default());
    match storage::load() {
        Loaded::Empty => {}
        Loaded::Document(doc, work) => {
            workspace.document.set(doc);
            workspace.work.set(work);
        }
        Loaded::Unreadable { reason, kept_under: Some(key) } => workspace.error(format!(
            "The saved article could not be read ({reason}). It was kept, untouched, under the localStorage key “{key}”; you start with an empty article."
        )),
        Loaded::Unreadable { reason, kept_under: None } => {
            workspace.autosave.set(false);
            workspace.error(format!(
                "The saved article could not be read ({reason}) and storage is too full to copy it aside, so autosave is paused to keep it. Use Export JSON to keep new work."
            ));
        }
    }
    provide_context(workspace);
    persist_document(workspace);
    crate::keyboard::install(workspace);

    let has_text = move || workspace.document.with(|d| !d.text.is_empty());
    view! {
        <Toolbar />
        <NoticeBar />
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
        <HelpOverlay />
        <LabelManager />
        <p class="visually-hidden" role="status" aria-live="polite" id="article-status" data-testid="announcement">
            {move || workspace.announcement.get()}
        </p>
    }
}

/// Saves the document after every change; reports a save that did not land.
///
/// The save runs in a task of its own just after the change (changes made in
/// one go are saved once), so that on a long article the updated view is not
/// held up by serialising it; leaving the page flushes a pending save.
fn persist_document(workspace: Workspace) {
    let first_run = StoredValue::new(true);
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let save_now = move || {
        pending.set_value(None);
        let saved = workspace.document.with_untracked(|doc| {
            workspace.work.with_untracked(|work| crate::dom::timed("marginalia:save", || storage::save(doc, work)))
        });
        if let Err(e) = saved {
            workspace.error(format!(
                "Your latest change is not saved: {e}. It stays on this page; use Export JSON to keep it."
            ));
        }
    };
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
    let flush = window_event_listener(leptos::ev::pagehide, move |_| {
        if let Some(handle) = pending.get_value() {
            handle.clear();
            save_now();
        }
    });
    on_cleanup(move || flush.remove());
}
