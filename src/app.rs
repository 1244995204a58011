//! `<App/>`: builds the store from what storage holds, provides it, installs
//! the saver, the keyboard map and the engine (its worker, or its warm-up
//! on this page), and lays out the page.

use leptos::prelude::*;

use crate::components::{
    AnnotationEditor, ArticleView, HelpOverlay, LabelManager, LabelPicker, LibraryScreen, NoticeBar, SidePanel,
    SourceInput, Toolbar,
};
use crate::storage;
use crate::store::{NoticeLevel, Screen, Workspace};

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let startup = storage::load();
    let workspace = Workspace::new(startup.library);
    if startup.index_changed && workspace.library.save().is_ok() && startup.migrated {
        storage::remove_legacy();
    }
    if let Some((id, loaded)) = startup.open {
        workspace.article.open(Some(id), loaded.document, loaded.work, loaded.save);
    }
    if let Some(problem) = startup.unreadable.last() {
        workspace.report_unreadable(problem);
    } else if startup.migrated {
        workspace
            .messages
            .info("Your article from an earlier version of Marginalia is now the first article of your library.");
    }
    provide_context(workspace);
    crate::saver::install(workspace);
    crate::keyboard::install(workspace);
    let messages = workspace.messages;
    let worker = crate::analyst::start(move |why| {
        messages.notify(
            NoticeLevel::Error,
            format!("The engine could not run in the background: {why}. It runs on this page instead; your work is safe, but a long article may make the page pause."),
            None,
        )
    });
    if !worker {
        crate::warmup::prime_engine();
    }

    let has_text = move || workspace.article.document.with(|d| !d.text.is_empty());
    let article_screen = move || workspace.view.screen.get() == Screen::Article;
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
            {move || workspace.messages.announcement.get()}
        </p>
    }
}
