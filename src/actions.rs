//! What the user can do to the highlights, as plain functions over the
//! store: the keyboard handler, the label picker, the editor and the panels
//! all call these, so a key and a button always do the same thing. Each
//! edit is one undoable step and is announced to screen readers.

use leptos::prelude::*;
use marginalia_model::{snap_to_words, Decision, Edge, Mark, MarkId, Status, Step};

use crate::dom;
use crate::selection;
use crate::store::Workspace;

fn mark(workspace: Workspace, id: MarkId) -> Option<Mark> {
    workspace.article.marks.with_untracked(|marks| marks.iter().find(|m| m.id == id).cloned())
}

/// How a highlight is read out: "Person, suggested: Ana Ruiz".
pub fn describe(workspace: Workspace, m: &Mark) -> String {
    let text = workspace.article.document.with_untracked(|d| marginalia_model::shorten(m.span.text(&d.text), 80));
    format!("{}, {}: {text}", m.label.name, m.status.as_str())
}

/// Selects `id`, scrolls the article to it and flashes it.
pub fn jump_to(workspace: Workspace, id: MarkId) {
    workspace.view.selected.set(Some(id));
    workspace.view.pending.set(None);
    dom::scroll_to_and_flash(&id.dom_id());
    if let Some(m) = mark(workspace, id) {
        let (position, total) =
            workspace.article.marks.with_untracked(|ms| (ms.iter().position(|x| x.id == id), ms.len()));
        workspace.messages.announce(format!(
            "{}. {} of {total}.",
            describe(workspace, &m),
            position.map_or(0, |p| p + 1)
        ));
    }
}

/// Moves to the next (`forward`) or previous highlight in reading order.
pub fn step(workspace: Workspace, forward: bool) {
    let next = workspace.article.marks.with_untracked(|marks| {
        if marks.is_empty() {
            return None;
        }
        let here = workspace.view.selected.get_untracked().and_then(|id| marks.iter().position(|m| m.id == id));
        let index = match (here, forward) {
            (None, true) => 0,
            (None, false) => marks.len() - 1,
            (Some(i), true) => (i + 1).min(marks.len() - 1),
            (Some(i), false) => i.saturating_sub(1),
        };
        Some(marks[index].id)
    });
    if let Some(id) = next {
        jump_to(workspace, id);
    }
}

/// Opens the editor of `id`.
pub fn open(workspace: Workspace, id: MarkId) {
    workspace.view.selected.set(Some(id));
    workspace.view.pending.set(None);
    workspace.view.editing.set(true);
}

/// Confirms a suggestion.
pub fn accept(workspace: Workspace, id: MarkId) {
    let Some(m) = mark(workspace, id) else { return };
    if m.status == Status::Confirmed {
        workspace.messages.announce(format!("Already confirmed: {}", describe(workspace, &m)));
        return;
    }
    workspace.article.edit_work(|doc, work| work.accept(doc, id));
    workspace.messages.announce(format!("Accepted {}", describe(workspace, &m)));
}

/// Rejects a suggestion or deletes an own annotation, then moves to the
/// next highlight, as a reviewer going down the list expects.
pub fn delete(workspace: Workspace, id: MarkId) {
    let Some(m) = mark(workspace, id) else { return };
    let next = workspace.article.marks.with_untracked(|marks| {
        let i = marks.iter().position(|x| x.id == id)?;
        marks.get(i + 1).or_else(|| i.checked_sub(1).and_then(|p| marks.get(p))).map(|x| x.id)
    });
    workspace.article.edit_work(|doc, work| work.delete(doc, id));
    workspace.view.editing.set(false);
    workspace.view.selected.set(next);
    let verb = if id.is_suggestion() { "Rejected" } else { "Deleted" };
    workspace.messages.announce(format!("{verb} {}", describe(workspace, &m)));
}

/// Accepts or rejects every suggestion with `label` still open to review.
pub fn decide_all(workspace: Workspace, label: &str, decision: Decision) {
    let name =
        workspace.article.work.with_untracked(|w| w.label(label).map(|l| l.name).unwrap_or_else(|| label.to_string()));
    let count = workspace.article.edit_work(|doc, work| work.decide_all(doc, label, decision));
    let verb = if decision == Decision::Accepted { "Accepted" } else { "Rejected" };
    workspace.messages.announce(format!("{verb} {count} suggestions labelled {name}"));
    if decision != Decision::Accepted {
        workspace.view.editing.set(false);
    }
}

/// Tags the text waiting for a label; returns the new highlight.
pub fn tag_pending(workspace: Workspace, label: &str, note: &str, tags: &[String]) -> Option<MarkId> {
    let span = workspace.view.pending.get_untracked()?;
    let id = workspace.article.edit_work(|doc, work| {
        let id = work.add(doc, span, label);
        work.set_note(doc, id, note);
        work.set_tags(doc, id, tags);
        id
    });
    workspace.view.pending.set(None);
    workspace.view.selected.set(Some(id));
    crate::selection::clear_selection();
    if let Some(m) = mark(workspace, id) {
        workspace.messages.announce(format!("Tagged {}", describe(workspace, &m)));
    }
    Some(id)
}

/// Gives a highlight another label.
pub fn relabel(workspace: Workspace, id: MarkId, label: &str) {
    if mark(workspace, id).is_some_and(|m| m.label.id == label) {
        return;
    }
    if let Some(new_id) = workspace.article.edit_work(|doc, work| work.relabel(doc, id, label)) {
        workspace.view.selected.set(Some(new_id));
        if let Some(m) = mark(workspace, new_id) {
            workspace.messages.announce(format!("Relabelled: {}", describe(workspace, &m)));
        }
    }
}

/// Applies the label bound to `key`: to the text waiting for one, else to
/// the selected highlight. False when the key names no label or there is
/// nothing to apply it to.
pub fn apply_label_key(workspace: Workspace, key: char) -> bool {
    let Some(label) = workspace.article.work.with_untracked(|w| w.label_for_key(key)) else { return false };
    if workspace.view.pending.get_untracked().is_some() {
        return tag_pending(workspace, &label.id, "", &[]).is_some();
    }
    if let Some(id) = workspace.view.selected.get_untracked() {
        relabel(workspace, id, &label.id);
        return true;
    }
    false
}

/// Moves one end of a highlight by a word, outwards or inwards.
pub fn resize_by_word(workspace: Workspace, id: MarkId, edge: Edge, step: Step) {
    let Some(m) = mark(workspace, id) else { return };
    let span = workspace.article.document.with_untracked(|d| marginalia_model::step_word(&d.text, m.span, edge, step));
    let Some(span) = span.filter(|s| *s != m.span) else { return };
    if let Some(new_id) = workspace.article.edit_work(|doc, work| work.resize(doc, id, span)) {
        workspace.view.selected.set(Some(new_id));
        if let Some(m) = mark(workspace, new_id) {
            workspace.messages.announce(format!("Now {}", describe(workspace, &m)));
        }
    }
}

/// If text is selected in the article, snaps it to words and offers the
/// label picker for it.
pub fn offer_picker(workspace: Workspace) {
    let Some(raw) = selection::selected_span() else { return };
    let snapped = workspace.article.document.with_untracked(|d| snap_to_words(&d.text, raw));
    if let Some(span) = snapped {
        workspace.view.editing.set(false);
        workspace.view.pending.set(Some(span));
        if span != raw {
            let _ = selection::select(span);
        }
        let words = workspace.article.document.with_untracked(|d| marginalia_model::shorten(span.text(&d.text), 60));
        workspace
            .messages
            .announce(format!("Selected “{words}”. Press a label's number key, or Tab to the label picker."));
    }
}

/// Sets a claim's speaker: an engine claim through the engine's
/// corrections (so every copy of the claim follows), an own one in the work.
pub fn set_speaker(workspace: Workspace, id: MarkId, value: String) {
    let speaker = Some(value.trim().to_string()).filter(|s| !s.is_empty());
    match id {
        MarkId::Claim(index) => workspace.article.correct(|d| d.set_speaker(index, speaker)),
        _ => {
            workspace.article.edit_work(|doc, work| work.set_speaker(doc, id, speaker));
        }
    }
}
