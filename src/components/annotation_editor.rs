//! `<AnnotationEditor/>`: the popover of an opened highlight. It shows the
//! text, label and status, and lets the user accept or reject a suggestion,
//! change the label, edit the note and tags (and the speaker of a claim),
//! move either end by a word, or delete it. Other highlights over the same
//! text are listed, so a layer hidden under another can still be opened.

use std::sync::Arc;

use leptos::prelude::*;
use marginalia_model::queries::NO_NAMED_SOURCE;
use marginalia_model::{shorten, Edge, Layer, Mark, MarkId, Status, Step};

use super::controls::{button, Action};
use super::label_picker::split_tags;
use crate::actions;
use crate::selection;
use crate::store::{use_workspace, Workspace};

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
    move || current.get().map(|m| editor(workspace, m))
}

fn editor(workspace: Workspace, m: Mark) -> impl IntoView {
    let id = m.id;
    let style = selection::element_box(&id.dom_id()).map(selection::PageBox::popover_style).unwrap_or_default();
    let text = workspace.article.document.with_untracked(|d| shorten(m.span.text(&d.text), 200));
    let status = m.status.as_str();
    view! {
        <div class="popover annotation-editor" role="dialog" aria-label="Edit highlight" style=style data-testid="annotation-editor">
            <p class="popover-title">
                <span class="status-badge" data-status=status>{status}</span>
                " “" {text} "”"
            </p>
            {decision_buttons(workspace, &m)}
            {label_field(workspace, &m)}
            {remark_fields(workspace, &m)}
            {(m.label.layer == Layer::Claim).then(|| speaker_field(workspace, &m))}
            {(m.label.layer == Layer::Claim).then(|| view! {
                {button("small", "Check this claim (c)", "editor-check", Arc::new(move || crate::checking::start(workspace, id)))}
            })}
            {extent_buttons(workspace, id)}
            {also_here(workspace, &m)}
            <button type="button" class="small close" on:click=move |_| { workspace.view.editing.set(false); selection::focus_article(); }>
                "Close (Esc)"
            </button>
        </div>
    }
}

fn decision_buttons(workspace: Workspace, m: &Mark) -> impl IntoView {
    let id = m.id;
    view! {
        <div class="row">
            {(m.status == Status::Suggested).then(|| view! {
                {button("", "Accept (a)", "editor-accept", Arc::new(move || actions::accept(workspace, id)))}
            })}
            <button type="button" on:click=move |_| actions::delete(workspace, id) data-testid="editor-delete">
                {if id.is_suggestion() { "Reject (x)" } else { "Delete (x)" }}
            </button>
        </div>
    }
}

fn label_field(workspace: Workspace, m: &Mark) -> impl IntoView {
    let id = m.id;
    let options = workspace
        .article
        .work
        .with_untracked(|w| w.all_labels())
        .into_iter()
        .map(|l| {
            let selected = l.id == m.label.id;
            view! { <option value=l.id.to_string() selected=selected>{l.name}</option> }
        })
        .collect_view();
    view! {
        <label class="field">
            "Label "
            <select on:change=move |ev| actions::relabel(workspace, id, &event_target_value(&ev)) data-testid="editor-label">
                {options}
            </select>
        </label>
    }
}

/// The note and the tags.
fn remark_fields(workspace: Workspace, m: &Mark) -> impl IntoView {
    let id = m.id;
    let (note, tags) = (m.note.clone(), m.tags.join(", "));
    let set_note = move |ev| {
        let value = event_target_value(&ev);
        workspace.article.edit_work(|doc, work| work.set_note(doc, id, &value));
    };
    let set_tags = move |ev| {
        let value = split_tags(&event_target_value(&ev));
        workspace.article.edit_work(|doc, work| work.set_tags(doc, id, &value));
    };
    view! {
        <label class="field">
            "Note "
            <textarea rows="2" prop:value=note on:change=set_note data-testid="editor-note"></textarea>
        </label>
        <label class="field">
            "Tags (comma-separated) "
            <input type="text" prop:value=tags on:change=set_tags data-testid="editor-tags" />
        </label>
    }
}

fn speaker_field(workspace: Workspace, m: &Mark) -> impl IntoView {
    let id = m.id;
    let speaker = m.speaker.clone().unwrap_or_default();
    view! {
        <label class="field">
            "Speaker "
            <input
                type="text"
                list="known-speakers"
                prop:value=speaker
                placeholder=NO_NAMED_SOURCE
                on:change=move |ev| actions::set_speaker(workspace, id, event_target_value(&ev))
                data-testid="editor-speaker"
            />
        </label>
    }
}

/// Moves either end of the highlight by a word.
fn extent_buttons(workspace: Workspace, id: MarkId) -> impl IntoView {
    let resize = move |edge: Edge, step: Step| -> Action {
        Arc::new(move || actions::resize_by_word(workspace, id, edge, step))
    };
    view! {
        <fieldset class="resize">
            <legend>"Extent"</legend>
            {button("small", "← word at start", "grow-start", resize(Edge::Start, Step::Grow))}
            {button("small", "start →", "shrink-start", resize(Edge::Start, Step::Shrink))}
            {button("small", "← end", "shrink-end", resize(Edge::End, Step::Shrink))}
            {button("small", "word at end →", "grow-end", resize(Edge::End, Step::Grow))}
        </fieldset>
    }
}

/// The other highlights over the same text, each a way to open it.
fn also_here(workspace: Workspace, m: &Mark) -> impl IntoView {
    let others = workspace.article.marks.with_untracked(|marks| {
        marks
            .iter()
            .filter(|o| o.id != m.id && o.span.overlaps(m.span))
            .map(|o| (o.id, format!("{} ({})", o.label.name, o.status.as_str())))
            .collect::<Vec<_>>()
    });
    (!others.is_empty()).then(|| {
        view! {
            <div class="also-here">
                "Also here: "
                {others.into_iter().map(|(other, name)| view! {
                    <button type="button" class="link" on:click=move |_| actions::open(workspace, other) data-testid="also-here">{name}</button>
                }).collect_view()}
            </div>
        }
    })
}
