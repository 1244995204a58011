//! `<Toolbar/>`: the app's name, and the actions on the whole article and
//! library: switch between the article and the library, undo / redo, the
//! labels, the keys, export (this article or the library, in every format)
//! and import.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::io::{self, Export};
use crate::store::{use_workspace, Overlay, Screen, Workspace};

/// The header bar.
#[component]
pub fn Toolbar() -> impl IntoView {
    let workspace = use_workspace();
    let has_text = move || workspace.article.document.with(|d| !d.text.is_empty());
    let can_undo = move || workspace.article.history.with(|h| h.can_undo());
    let can_redo = move || workspace.article.history.with(|h| h.can_redo());
    let on_library = move || workspace.view.screen.get() == Screen::Library;
    let toggle_screen = move |_| {
        workspace.view.screen.update(|s| *s = if *s == Screen::Library { Screen::Article } else { Screen::Library })
    };
    view! {
        <header class="toolbar">
            <h1>"Marginalia"</h1>
            <p class="tagline">"who said what, about whom, where, when and how much"</p>
            <div class="actions">
                <button type="button" on:click=toggle_screen aria-pressed=move || on_library().to_string() data-testid="open-library">
                    {move || if on_library() { "Back to the article" } else { "Library" }}
                </button>
                <button type="button" on:click=move |_| { workspace.undo(); } disabled=move || !can_undo() data-testid="undo" aria-keyshortcuts="Control+Z">
                    "Undo"
                </button>
                <button type="button" on:click=move |_| { workspace.redo(); } disabled=move || !can_redo() data-testid="redo" aria-keyshortcuts="Control+Shift+Z">
                    "Redo"
                </button>
                <button type="button" on:click=move |_| workspace.view.overlay.set(Some(Overlay::Labels)) data-testid="open-labels">
                    "Labels"
                </button>
                <button type="button" on:click=move |_| workspace.view.overlay.set(Some(Overlay::Help)) data-testid="open-help" aria-keyshortcuts="?">
                    "Keys"
                </button>
                {export_menu(workspace)}
                {import_button(workspace)}
                <button type="button" on:click=move |_| workspace.new_article() disabled=move || !has_text() data-testid="new-article">
                    "New article"
                </button>
            </div>
        </header>
    }
}

/// The Export menu: the open article's exports, then the library's.
fn export_menu(workspace: Workspace) -> impl IntoView {
    let item = move |(what, label, test_id): (Export, &'static str, &'static str)| {
        let unavailable = move || {
            if what.of_library() {
                workspace.library.index.with(|l| l.documents.is_empty())
            } else {
                workspace.article.document.with(|d| d.text.is_empty())
            }
        };
        let choose = move |ev: web_sys::MouseEvent| {
            io::export(workspace, what);
            close_menu(&ev);
        };
        view! {
            <li>
                <button type="button" class="menu-item" disabled=unavailable on:click=choose data-testid=test_id>{label}</button>
            </li>
        }
    };
    let (library, article): (Vec<_>, Vec<_>) = Export::MENU.into_iter().partition(|(what, ..)| what.of_library());
    view! {
        <details class="menu" data-testid="export-menu">
            <summary>"Export"</summary>
            <ul>
                <li class="menu-heading">"This article"</li>
                {article.into_iter().map(item).collect_view()}
                <li class="menu-heading">"The whole library"</li>
                {library.into_iter().map(item).collect_view()}
            </ul>
        </details>
    }
}

/// Import…: a file of the user's to take in.
fn import_button(workspace: Workspace) -> impl IntoView {
    let on_import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            io::import_file(workspace, file);
        }
        input.set_value("");
    };
    view! {
        <label class="button-like">
            "Import…"
            <input
                type="file"
                class="visually-hidden"
                accept=".json,.jsonld,.jsonl,.html,.htm,application/json,application/ld+json,text/html"
                on:change=on_import
                data-testid="import-file"
            />
        </label>
    }
}

/// Closes the `<details>` menu an item was chosen from.
fn close_menu(ev: &web_sys::MouseEvent) {
    let menu = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("details").ok().flatten())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDetailsElement>().ok());
    if let Some(menu) = menu {
        menu.set_open(false);
    }
}
