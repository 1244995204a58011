//! `<LabelPicker/>`: the popover at a fresh selection. Each label is a
//! button showing its key; a note and free tags can be filled in first.
//! Number keys pressed in the article apply a label straight away; Tab
//! reaches this popover from the article (it follows the article in the
//! page), Escape closes it.

use leptos::prelude::*;
use marginalia_model::{background_for, ink_for, LabelDef};

use crate::actions;
use crate::selection;
use crate::store::use_workspace;

/// Splits a tag field: commas separate tags.
pub fn split_tags(field: &str) -> Vec<String> {
    field.split(',').map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect()
}

/// One label to tag the selection with: key, swatch, name.
fn label_choice(l: LabelDef, apply: impl Fn(String) + Copy + 'static) -> impl IntoView {
    let id = l.id.to_string();
    let swatch = format!("background:{}", background_for(&l.colour));
    let ink = format!("border-color:{}", ink_for(&l.colour));
    view! {
        <li>
            <button type="button" class="label-choice" style=ink on:click=move |_| apply(id.clone()) data-label=l.id.to_string()>
                <kbd>{l.key.map(String::from).unwrap_or_default()}</kbd>
                <span class="swatch" style=swatch aria-hidden="true"></span>
                {l.name}
            </button>
        </li>
    }
}

/// The label picker, shown while text waits for a label.
#[component]
pub fn LabelPicker() -> impl IntoView {
    let workspace = use_workspace();
    let note = RwSignal::new(String::new());
    let tags = RwSignal::new(String::new());
    let place = Memo::new(move |_| {
        workspace.view.pending.get().map(|_| {
            let fallback = selection::PageBox { left: 40, top: 100, bottom: 120 };
            selection::selection_box().unwrap_or(fallback).popover_style()
        })
    });
    let apply = move |label: String| {
        actions::tag_pending(workspace, &label, &note.get_untracked(), &split_tags(&tags.get_untracked()));
        note.set(String::new());
        tags.set(String::new());
        crate::selection::focus_article();
    };
    let selected_text = move || {
        workspace
            .view
            .pending
            .get()
            .map(|span| workspace.article.document.with(|d| marginalia_model::shorten(span.text(&d.text), 80)))
    };
    move || {
        place.get().map(|style| {
            let labels = workspace.article.work.with(|w| w.all_labels());
            let buttons = labels.into_iter().map(|l| label_choice(l, apply)).collect_view();
            view! {
                <div class="popover label-picker" role="dialog" aria-label="Label the selected text" style=style data-testid="label-picker">
                    <p class="popover-title">"Tag “" {selected_text} "”"</p>
                    <ul class="label-choices">{buttons}</ul>
                    <label class="field">
                        "Note "
                        <input type="text" prop:value=note on:input=move |ev| note.set(event_target_value(&ev)) data-testid="picker-note" />
                    </label>
                    <label class="field">
                        "Tags (comma-separated) "
                        <input type="text" prop:value=tags on:input=move |ev| tags.set(event_target_value(&ev)) data-testid="picker-tags" />
                    </label>
                    <button type="button" class="small" on:click=move |_| { workspace.view.pending.set(None); selection::clear_selection(); }>
                        "Cancel (Esc)"
                    </button>
                </div>
            }
        })
    }
}
