//! The keyboard map, installed once on the window. Every action of the
//! workspace has a key; the same table is shown by the help overlay (`?`),
//! so what is listed is what is handled.
//!
//! Keys typed into a form field belong to the field (its own undo
//! included); Escape still closes the dialog around it.

use leptos::prelude::*;
use marginalia_model::Decision;
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use crate::actions;
use crate::selection::{self, focus_article};
use crate::store::{Overlay, Workspace};

/// The keys, as the help overlay lists them: (keys, what they do).
pub const KEY_MAP: &[(&str, &str)] = &[
    ("Shift + ← → ↑ ↓", "select text from the caret (add Ctrl to go by word)"),
    ("← → ↑ ↓", "move the caret in the article"),
    ("1 – 9", "tag the selected text with that label, or relabel the selected highlight"),
    ("j / k", "next / previous highlight"),
    ("Enter or e", "open the selected highlight (label, note, tags, extent)"),
    ("a", "accept the selected suggestion"),
    ("x", "reject the selected suggestion (or delete your own highlight)"),
    ("Delete", "delete the selected highlight"),
    ("Shift + A / Shift + X", "accept / reject every suggestion with the selected highlight's label"),
    ("Ctrl + Z", "undo"),
    ("Ctrl + Shift + Z or Ctrl + Y", "redo"),
    ("Escape", "close the dialog, or drop the selection"),
    ("?", "show or hide this list"),
];

fn in_form_field(ev: &KeyboardEvent) -> bool {
    let Some(el) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return false };
    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.has_attribute("contenteditable")
}

fn article_focused(ev: &KeyboardEvent) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.class_list().contains("article-view"))
}

/// Installs the keyboard map for the page's lifetime.
pub fn install(workspace: Workspace) {
    let handle = window_event_listener(leptos::ev::keydown, move |ev| on_key(workspace, &ev));
    on_cleanup(move || handle.remove());
}

fn on_key(workspace: Workspace, ev: &KeyboardEvent) {
    let key = ev.key();
    let ctrl = ev.ctrl_key() || ev.meta_key();
    if key == "Escape" {
        if workspace.view.overlay.get_untracked().is_some() {
            workspace.view.overlay.set(None);
            focus_article();
        } else if workspace.view.editing.get_untracked() {
            workspace.view.editing.set(false);
            focus_article();
        } else if workspace.view.pending.get_untracked().is_some() {
            workspace.view.pending.set(None);
            selection::clear_selection();
            focus_article();
        }
        return;
    }
    if in_form_field(ev) {
        return;
    }
    if ctrl && !ev.alt_key() {
        let handled = match key.to_lowercase().as_str() {
            "z" if ev.shift_key() => workspace.redo(),
            "z" => workspace.undo(),
            "y" => workspace.redo(),
            _ => {
                // Ctrl+Shift+arrows select by word.
                if ev.shift_key() && article_focused(ev) && caret_key(workspace, &key, true, "word") {
                    ev.prevent_default();
                }
                return;
            }
        };
        if handled || matches!(key.to_lowercase().as_str(), "z" | "y") {
            ev.prevent_default();
        }
        return;
    }
    if ev.alt_key() {
        return;
    }
    if article_focused(ev) && caret_key(workspace, &key, ev.shift_key(), "character") {
        ev.prevent_default();
        return;
    }
    let selected = workspace.view.selected.get_untracked();
    let handled = match key.as_str() {
        "?" => {
            workspace.view.overlay.update(|o| *o = if *o == Some(Overlay::Help) { None } else { Some(Overlay::Help) });
            true
        }
        "j" => {
            actions::step(workspace, true);
            true
        }
        "k" => {
            actions::step(workspace, false);
            true
        }
        "Enter" | "e" if article_focused(ev) || key == "e" => match selected {
            Some(id) => {
                actions::open(workspace, id);
                true
            }
            None => false,
        },
        "a" => selected.map(|id| actions::accept(workspace, id)).is_some(),
        "x" | "Delete" => selected.map(|id| actions::delete(workspace, id)).is_some(),
        "A" | "X" => {
            let label = selected.and_then(|id| {
                workspace.article.marks.with_untracked(|m| m.iter().find(|m| m.id == id).map(|m| m.label.id.clone()))
            });
            let decision = if key == "A" { Decision::Accepted } else { Decision::Rejected };
            label.map(|l| actions::decide_all(workspace, &l, decision)).is_some()
        }
        k if k.chars().count() == 1 => actions::apply_label_key(workspace, k.chars().next().unwrap_or(' ')),
        _ => false,
    };
    if handled {
        ev.prevent_default();
    }
}

/// Arrow keys on the focused article move (or, with Shift, extend) the
/// selection like a text caret. Returns whether the key was one of them.
fn caret_key(workspace: Workspace, key: &str, extend: bool, granularity: &str) -> bool {
    let (forward, granularity) = match key {
        "ArrowRight" => (true, granularity),
        "ArrowLeft" => (false, granularity),
        "ArrowDown" => (true, "line"),
        "ArrowUp" => (false, "line"),
        _ => return false,
    };
    ensure_caret(workspace);
    selection::modify(if extend { "extend" } else { "move" }, forward, granularity);
    if extend {
        // The picker follows the selection as it grows.
        actions::offer_picker(workspace);
    } else {
        workspace.view.pending.set(None);
    }
    true
}

/// Puts the caret at the selected highlight, or the article's start, when
/// the selection is not in the article yet.
fn ensure_caret(workspace: Workspace) {
    if selection::caret_byte().is_some() {
        return;
    }
    let at = workspace
        .view
        .selected
        .get_untracked()
        .and_then(|id| workspace.article.marks.with_untracked(|m| m.iter().find(|m| m.id == id).map(|m| m.span.start)))
        .unwrap_or(0);
    let _ = selection::select(marginalia_engine::Span::new(at, at));
}
