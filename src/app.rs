//! `<App/>`: builds the store from what storage holds, provides it, installs
//! the one effect that talks to storage, and lays out the page.

use leptos::prelude::*;
use marginalia_engine::Document;

use crate::components::{ArticleView, NoticeBar, SidePanel, SourceInput, Toolbar};
use crate::state::Workspace;
use crate::storage::{self, Loaded};

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let workspace = Workspace {
        document: RwSignal::new(Document::default()),
        selected: RwSignal::new(None),
        focused_group: RwSignal::new(None),
        notice: RwSignal::new(None),
        autosave: RwSignal::new(true),
    };
    match storage::load() {
        Loaded::Empty => {}
        Loaded::Document(doc) => workspace.document.set(doc),
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
                <SidePanel />
            </Show>
        </main>
    }
}

/// Saves the document on every change; reports a save that did not land.
fn persist_document(workspace: Workspace) {
    let first_run = StoredValue::new(true);
    Effect::new(move |_| {
        let autosave = workspace.autosave.get();
        workspace.document.with(|doc| {
            // The first run sees what was just loaded: nothing to save.
            if first_run.get_value() {
                first_run.set_value(false);
                return;
            }
            if !autosave {
                return;
            }
            if let Err(e) = crate::dom::timed("marginalia:save", || storage::save(doc)) {
                workspace.error(format!(
                    "Your latest change is not saved: {e}. It stays on this page; use Export JSON to keep it."
                ));
            }
        });
    });
}
