//! `<Toolbar/>`: the app's name, and the actions on the whole article and
//! library: switch between the article and the library, undo / redo, the
//! labels, the keys, export (this article or the library, in every format)
//! and import.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::io::{self, Export};
use crate::store::{use_workspace, Overlay, Screen};

/// The header bar.
#[component]
pub fn Toolbar() -> impl IntoView {
    let workspace = use_workspace();
    let has_text = move || workspace.article.document.with(|d| !d.text.is_empty());
    let has_library = move || workspace.library.index.with(|l| !l.documents.is_empty());
    let can_undo = move || workspace.article.history.with(|h| h.can_undo());
    let can_redo = move || workspace.article.history.with(|h| h.can_redo());
    let on_library = move || workspace.view.screen.get() == Screen::Library;
    let toggle_screen = move |_| {
        workspace.view.screen.update(|s| *s = if *s == Screen::Library { Screen::Article } else { Screen::Library })
    };
    let export_button = move |what: Export, label: &'static str, test_id: &'static str, article: bool| {
        view! {
            <li>
                <button
                    type="button"
                    class="menu-item"
                    disabled=move || if article { !has_text() } else { !has_library() }
                    on:click=move |ev: web_sys::MouseEvent| {
                        io::export(workspace, what);
                        close_menu(&ev);
                    }
                    data-testid=test_id
                >
                    {label}
                </button>
            </li>
        }
    };
    let on_import = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            io::import_file(workspace, file);
        }
        input.set_value("");
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
                <details class="menu" data-testid="export-menu">
                    <summary>"Export"</summary>
                    <ul>
                        <li class="menu-heading">"This article"</li>
                        {export_button(Export::ArticleJson, "Marginalia JSON", "export-json", true)}
                        {export_button(Export::ArticleW3c, "W3C Web Annotation", "export-w3c", true)}
                        {export_button(Export::ArticleW3cUtf16, "W3C, UTF-16 positions (Hypothesis, Recogito)", "export-w3c-utf16", true)}
                        {export_button(Export::ArticleClaimsCsv, "Claims CSV", "export-claims-csv", true)}
                        {export_button(Export::ArticleEntitiesCsv, "Entities CSV", "export-entities-csv", true)}
                        <li class="menu-heading">"The whole library"</li>
                        {export_button(Export::LibraryJson, "Marginalia JSON", "export-library-json", false)}
                        {export_button(Export::LibraryClaimsCsv, "Claims CSV", "export-library-claims-csv", false)}
                        {export_button(Export::LibraryEntitiesCsv, "Entities CSV", "export-library-entities-csv", false)}
                    </ul>
                </details>
                <label class="button-like">
                    "Import…"
                    <input
                        type="file"
                        class="visually-hidden"
                        accept=".json,.jsonld,application/json,application/ld+json"
                        on:change=on_import
                        data-testid="import-file"
                    />
                </label>
                <button type="button" on:click=move |_| workspace.new_article() disabled=move || !has_text() data-testid="new-article">
                    "New article"
                </button>
            </div>
        </header>
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
