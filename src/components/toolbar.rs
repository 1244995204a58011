//! `<Toolbar/>`: the app's name, and the actions on the whole document:
//! undo / redo, the labels, the keys, export, a new article.

use leptos::prelude::*;

use crate::dom;
use crate::state::{use_workspace, Overlay};

/// The header bar.
#[component]
pub fn Toolbar() -> impl IntoView {
    let workspace = use_workspace();
    let has_text = move || workspace.document.with(|d| !d.text.is_empty());
    let export = move |_| {
        let json = workspace
            .document
            .with_untracked(|d| workspace.work.with_untracked(|w| marginalia_model::to_export_json(d, w)));
        let name = workspace.document.with_untracked(|d| export_file_name(&d.text));
        if let Err(e) = dom::download(&name, "application/json", &json) {
            workspace.error(format!("The export could not be offered as a download: {e:?}"));
        }
    };
    let new_article = move |_| {
        let confirmed = web_sys::window()
            .and_then(|w| w.confirm_with_message("Start a new article? The current one and its highlights are replaced (export it first to keep it).").ok())
            .unwrap_or(false);
        if confirmed {
            workspace.new_article();
        }
    };
    let can_undo = move || workspace.history.with(|h| h.can_undo());
    let can_redo = move || workspace.history.with(|h| h.can_redo());
    view! {
        <header class="toolbar">
            <h1>"Marginalia"</h1>
            <p class="tagline">"who said what, about whom, where, when and how much"</p>
            <div class="actions">
                <button type="button" on:click=move |_| { workspace.undo(); } disabled=move || !can_undo() data-testid="undo" aria-keyshortcuts="Control+Z">
                    "Undo"
                </button>
                <button type="button" on:click=move |_| { workspace.redo(); } disabled=move || !can_redo() data-testid="redo" aria-keyshortcuts="Control+Shift+Z">
                    "Redo"
                </button>
                <button type="button" on:click=move |_| workspace.overlay.set(Some(Overlay::Labels)) data-testid="open-labels">
                    "Labels"
                </button>
                <button type="button" on:click=move |_| workspace.overlay.set(Some(Overlay::Help)) data-testid="open-help" aria-keyshortcuts="?">
                    "Keys"
                </button>
                <button type="button" on:click=export disabled=move || !has_text() data-testid="export-json">
                    "Export JSON"
                </button>
                <button type="button" on:click=new_article disabled=move || !has_text() data-testid="new-article">
                    "New article"
                </button>
            </div>
        </header>
    }
}

/// `first-words-of-the-title.marginalia.json`, from the article's first line.
pub fn export_file_name(text: &str) -> String {
    let first_line = text.lines().find(|l| !l.trim().is_empty()).unwrap_or("article");
    let slug: Vec<String> = first_line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(6)
        .map(str::to_lowercase)
        .collect();
    let slug = if slug.is_empty() { "article".to_string() } else { slug.join("-") };
    format!("{slug}.marginalia.json")
}
