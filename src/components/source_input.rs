//! `<SourceInput/>`: where an article comes in, by paste, typing, or a
//! dropped text file (a dropped `.json` / `.jsonld` file is imported). With an article loaded it folds away into an "Edit
//! article text" section.

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, HtmlTextAreaElement};

use crate::dom;
use crate::store::{use_workspace, Workspace};

/// How long typing must pause before the engine reruns.
const TYPING_PAUSE: std::time::Duration = std::time::Duration::from_millis(250);

/// The paste area and drop zone.
#[component]
pub fn SourceInput() -> impl IntoView {
    let workspace = use_workspace();
    let dragging = RwSignal::new(false);
    let editing = RwSignal::new(false);
    let has_text = move || workspace.article.document.with(|d| !d.text.is_empty());

    // Typing reruns the engine once the keys pause, not at every key: on a
    // book-length text one run takes a noticeable moment. A paste or a drop
    // runs it at once.
    let pending = StoredValue::new(None::<TimeoutHandle>);
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        pending.get_value().inspect(|h| h.clear());
        let handle = set_timeout_with_handle(move || workspace.set_text(&text), TYPING_PAUSE).ok();
        pending.set_value(handle);
    };
    let on_dragover = move |ev: DragEvent| {
        ev.prevent_default();
        dragging.set(true);
    };
    let on_drop = move |ev: DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        read_dropped_file(workspace, &ev);
    };

    let area = move || text_area(workspace, on_input);
    view! {
        <div
            class="drop-zone"
            class:dragging=move || dragging.get()
            on:dragover=on_dragover
            on:dragleave=move |_| dragging.set(false)
            on:drop=on_drop
            data-testid="drop-zone"
        >
            <Show
                when=has_text
                fallback=move || view! {
                    <h2>"Paste an article"</h2>
                    <p class="hint">
                        "Paste a news article (text or straight from a web page), or drop a .txt file. "
                        "People, organisations, places, dates, quantities and who said what are highlighted at once; "
                        "your work stays in this browser."
                    </p>
                    {area()}
                }
            >
                // The text box of a loaded article is only made when opened:
                // a book-length value costs a moment to lay out.
                <details class="edit-text" on:toggle=move |ev| editing.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open())>
                    <summary>"Edit article text"</summary>
                    {move || editing.get().then(area)}
                </details>
                <super::FactsEditor />
            </Show>
        </div>
    }
}

/// The article's text box: typing is `on_input`'s, a paste goes in at the
/// caret and runs the engine at once.
fn text_area(workspace: Workspace, on_input: impl Fn(web_sys::Event) + 'static) -> impl IntoView {
    view! {
        <textarea
            class="paste-area"
            data-testid="paste-area"
            aria-label="Article text: paste or type a news article"
            placeholder="Paste a news article here, or drop a .txt file on the page."
            prop:value=move || workspace.article.document.with(|d| d.text.clone())
            on:input=on_input
            on:paste=move |ev| paste_at_caret(workspace, &ev)
            spellcheck="false"
        ></textarea>
    }
}

/// Inserts the pasted text (made plain) at the caret, as a native paste
/// would, and takes the result as the article.
fn paste_at_caret(workspace: Workspace, ev: &web_sys::ClipboardEvent) {
    let Some(pasted) = dom::pasted_text(ev) else { return };
    ev.prevent_default();
    let Some(area) = ev.target().and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) else { return };
    let value = area.value();
    let utf16: Vec<u16> = value.encode_utf16().collect();
    let start = area.selection_start().ok().flatten().unwrap_or(utf16.len() as u32) as usize;
    let end = area.selection_end().ok().flatten().unwrap_or(start as u32) as usize;
    let (start, end) = (start.min(utf16.len()), end.min(utf16.len()).max(start.min(utf16.len())));
    let before = String::from_utf16_lossy(&utf16[..start]);
    let after = String::from_utf16_lossy(&utf16[end..]);
    let text = format!("{before}{pasted}{after}");
    // An empty article's text box gives way to the article as soon as its
    // text comes: filling it first would only lay a long text out for
    // nothing (30 ms for 5,000 words).
    if workspace.article.document.with_untracked(|d| !d.text.is_empty()) {
        area.set_value(&text);
    }
    workspace.set_text(&text);
}

/// Reads the first dropped file as text into the workspace.
fn read_dropped_file(workspace: Workspace, ev: &DragEvent) {
    let Some(file) = ev.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) else {
        return;
    };
    let name = file.name();
    // A Marginalia or W3C file dropped here is an import; a saved web page
    // opens as an article.
    if [".json", ".jsonld"].iter().any(|ext| name.to_lowercase().ends_with(ext))
        || crate::io::is_web_page(&name, &file.type_())
    {
        crate::io::import_file(workspace, file);
        return;
    }
    let is_text = file.type_().starts_with("text/")
        || [".txt", ".text", ".md"].iter().any(|ext| name.to_lowercase().ends_with(ext));
    if !is_text {
        workspace.messages.error(format!("“{name}” is not a plain-text file. Drop a .txt file, or paste the article."));
        return;
    }
    if let Some(refusal) = crate::io::too_large(&file) {
        workspace.messages.error(refusal);
        return;
    }
    spawn_local(async move {
        match JsFuture::from(file.text()).await.map(|v| v.as_string()) {
            Ok(Some(text)) => {
                // A dropped file is an article of its own: the open one
                // stays in the library.
                if workspace.article.document.with_untracked(|d| !d.text.is_empty()) {
                    workspace.new_article();
                }
                workspace.set_text(&dom::normalise_newlines(&text));
                workspace.messages.info(format!("Loaded “{name}”."));
            }
            _ => workspace.messages.error(format!("“{name}” could not be read as text; nothing was changed.")),
        }
    });
}
