//! `<AnnotationEditor/>`: the popover of an opened highlight. It shows the
//! text, label and status, and lets the user accept or reject a suggestion,
//! change the label, edit the note and tags (and the speaker of a claim),
//! move either end by a word, or delete it. Other highlights over the same
//! text are listed, so a layer hidden under another can still be opened.

use leptos::prelude::*;
use marginalia_model::{Layer, Status};

use super::label_picker::split_tags;
use crate::actions;
use crate::selection;
use crate::store::use_workspace;

/// The editor of the selected highlight, while it is open.
#[component]
pub fn AnnotationEditor() -> impl IntoView {
    let workspace = use_workspace();
    let current = Memo::new(move |_| {
        if !workspace.view.editing.get() {
            return None;
        }
        let id = workspace.view.selected.get()?;
        workspace.article.marks.with(|marks| marks.iter().find(|m| m.id == id).cloned())
    });
    move || {
        current.get().map(|m| {
            let id = m.id;
            let style = selection::element_box(&id.dom_id()).map(selection::PageBox::popover_style).unwrap_or_default();
            let text = workspace.article.document.with_untracked(|d| marginalia_model::shorten(m.span.text(&d.text), 200));
            let labels = workspace.article.work.with_untracked(|w| w.all_labels());
            let options = labels
                .into_iter()
                .map(|l| {
                    let selected = l.id == m.label.id;
                    view! { <option value=l.id.to_string() selected=selected>{l.name.clone()}</option> }
                })
                .collect_view();
            let also_here = workspace.article.marks.with_untracked(|marks| {
                marks
                    .iter()
                    .filter(|o| o.id != id && o.span.overlaps(m.span))
                    .map(|o| (o.id, format!("{} ({})", o.label.name, o.status.as_str())))
                    .collect::<Vec<_>>()
            });
            let suggested = m.status == Status::Suggested;
            let is_claim = m.label.layer == Layer::Claim;
            let note = m.note.clone();
            let tags = m.tags.join(", ");
            let speaker = m.speaker.clone().unwrap_or_default();
            let resize = move |at_start: bool, grow: bool| move |_| actions::resize_by_word(workspace, id, at_start, grow);
            view! {
                <div class="popover annotation-editor" role="dialog" aria-label="Edit highlight" style=style data-testid="annotation-editor">
                    <p class="popover-title">
                        <span class="status-badge" data-status=m.status.as_str()>{m.status.as_str()}</span>
                        " “" {text} "”"
                    </p>
                    <div class="row">
                        {suggested.then(|| view! {
                            <button type="button" on:click=move |_| actions::accept(workspace, id) data-testid="editor-accept">"Accept (a)"</button>
                        })}
                        <button type="button" on:click=move |_| actions::delete(workspace, id) data-testid="editor-delete">
                            {if id.is_suggestion() { "Reject (x)" } else { "Delete (x)" }}
                        </button>
                    </div>
                    <label class="field">
                        "Label "
                        <select on:change=move |ev| actions::relabel(workspace, id, &event_target_value(&ev)) data-testid="editor-label">
                            {options}
                        </select>
                    </label>
                    <label class="field">
                        "Note "
                        <textarea
                            rows="2"
                            prop:value=note.clone()
                            on:change=move |ev| {
                                let value = event_target_value(&ev);
                                workspace.article.edit_work(|doc, work| work.set_note(doc, id, &value));
                            }
                            data-testid="editor-note"
                        ></textarea>
                    </label>
                    <label class="field">
                        "Tags (comma-separated) "
                        <input
                            type="text"
                            prop:value=tags
                            on:change=move |ev| {
                                let value = split_tags(&event_target_value(&ev));
                                workspace.article.edit_work(|doc, work| work.set_tags(doc, id, &value));
                            }
                            data-testid="editor-tags"
                        />
                    </label>
                    {is_claim.then(|| view! {
                        <label class="field">
                            "Speaker "
                            <input
                                type="text"
                                list="known-speakers"
                                prop:value=speaker.clone()
                                placeholder=marginalia_model::queries::NO_NAMED_SOURCE
                                on:change=move |ev| actions::set_speaker(workspace, id, event_target_value(&ev))
                                data-testid="editor-speaker"
                            />
                        </label>
                    })}
                    <fieldset class="resize">
                        <legend>"Extent"</legend>
                        <button type="button" class="small" on:click=resize(true, true) data-testid="grow-start">"← word at start"</button>
                        <button type="button" class="small" on:click=resize(true, false) data-testid="shrink-start">"start →"</button>
                        <button type="button" class="small" on:click=resize(false, false) data-testid="shrink-end">"← end"</button>
                        <button type="button" class="small" on:click=resize(false, true) data-testid="grow-end">"word at end →"</button>
                    </fieldset>
                    {(!also_here.is_empty()).then(|| view! {
                        <div class="also-here">
                            "Also here: "
                            {also_here.into_iter().map(|(other, name)| view! {
                                <button type="button" class="link" on:click=move |_| actions::open(workspace, other) data-testid="also-here">{name}</button>
                            }).collect_view()}
                        </div>
                    })}
                    <button type="button" class="small close" on:click=move |_| { workspace.view.editing.set(false); crate::selection::focus_article(); }>
                        "Close (Esc)"
                    </button>
                </div>
            }
        })
    }
}
