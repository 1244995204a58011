//! The keyboard handler, installed once on the window: each key press is
//! looked up in the model's key map (`marginalia_model::BINDINGS`, which the
//! help overlay lists too) and its command carried out here.
//!
//! Keys typed into a form field belong to the field (its own undo
//! included); Escape still closes the dialog around it.

use leptos::prelude::*;
use marginalia_model::{command_for, Command, Decision, KeyPress};
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;

use crate::actions;
use crate::selection::{self, focus_article};
use crate::store::{Overlay, Workspace};

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
    let press = KeyPress {
        key: &key,
        ctrl: ev.ctrl_key() || ev.meta_key(),
        shift: ev.shift_key(),
        alt: ev.alt_key(),
        in_article: article_focused(ev),
        in_field: in_form_field(ev),
    };
    let Some((_, command)) = command_for(&press) else { return };
    // Undo and redo keys are the page's, even with nothing to undo.
    let claimed = matches!(command, Command::Undo | Command::Redo);
    if run(workspace, command, &key) || claimed {
        ev.prevent_default();
    }
}

/// Carries out `command` (given by `key`); returns whether it did anything.
fn run(workspace: Workspace, command: Command, key: &str) -> bool {
    let selected = workspace.view.selected.get_untracked();
    match command {
        Command::Close => {
            // Escape keeps its default (a search field clears itself).
            close(workspace);
            false
        }
        Command::Undo => workspace.undo(),
        Command::Redo => workspace.redo(),
        Command::ExtendSelection => caret_key(workspace, key, true, "character"),
        Command::ExtendByWord => caret_key(workspace, key, true, "word"),
        Command::MoveCaret => caret_key(workspace, key, false, "character"),
        Command::ToggleHelp => {
            let help = Some(Overlay::Help);
            workspace.view.overlay.update(|o| *o = if *o == help { None } else { help });
            true
        }
        Command::Next => {
            actions::step(workspace, true);
            true
        }
        Command::Previous => {
            actions::step(workspace, false);
            true
        }
        Command::Open => selected.map(|id| actions::open(workspace, id)).is_some(),
        Command::Accept => selected.map(|id| actions::accept(workspace, id)).is_some(),
        Command::Delete => selected.map(|id| actions::delete(workspace, id)).is_some(),
        Command::AcceptAll | Command::RejectAll => {
            let decision = if command == Command::AcceptAll { Decision::Accepted } else { Decision::Rejected };
            let label = selected.and_then(|id| {
                workspace.article.marks.with_untracked(|m| m.iter().find(|m| m.id == id).map(|m| m.label.id.clone()))
            });
            label.map(|l| actions::decide_all(workspace, &l, decision)).is_some()
        }
        Command::Check => selected.map(|id| crate::checking::start(workspace, id)).is_some(),
        Command::Label(k) => actions::apply_label_key(workspace, k),
    }
}

/// Escape: closes the overlay, else the editor, else drops the text
/// waiting for a label; the article gets the focus back.
fn close(workspace: Workspace) {
    let view = workspace.view;
    if view.overlay.get_untracked().is_some() {
        view.overlay.set(None);
    } else if view.editing.get_untracked() {
        view.editing.set(false);
    } else if view.pending.get_untracked().is_some() {
        view.pending.set(None);
        selection::clear_selection();
    } else {
        return;
    }
    focus_article();
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
