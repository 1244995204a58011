//! The one store of the app: the document being annotated and the user's
//! work on it (both persisted), the undo history, and the few pieces of view
//! state that are not persisted (which highlight is selected, what text is
//! waiting for a label, which dialog is open, what the user must be told).
//! Components read it from context, derive everything else (the marks are a
//! memo of the document and the work), and change it only through the
//! methods here, which record each edit for undo.

use std::sync::Arc;

use leptos::prelude::*;
use marginalia_engine::{Corrections, Document, Span};
use marginalia_model::{derive_marks, History, Mark, MarkId, Work};

/// What an undo step restores: the engine corrections and the user's work.
pub type Snapshot = (Corrections, Work);

/// Something the user must know: a failed save, unreadable storage, a file
/// that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// `error` or `info`.
    pub level: NoticeLevel,
    /// The message, in plain words.
    pub message: String,
}

/// How serious a [`Notice`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeLevel {
    /// Work may be at risk; the user should act.
    Error,
    /// Good to know.
    Info,
}

/// Which overlay is open, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// The keyboard map.
    Help,
    /// The label manager.
    Labels,
}

/// The store, provided as context by `App`.
#[derive(Clone, Copy)]
pub struct Workspace {
    /// The article and the engine's annotations; every change is saved.
    pub document: RwSignal<Document>,
    /// The user's labels, decisions and own annotations; saved with it.
    pub work: RwSignal<Work>,
    /// Every highlight as shown, derived from the two above.
    pub marks: Memo<Arc<Vec<Mark>>>,
    /// Undo and redo of the corrections and the work.
    pub history: RwSignal<History<Snapshot>>,
    /// The highlight the user is on (keyboard or mouse).
    pub selected: RwSignal<Option<MarkId>>,
    /// True while the selected highlight's editor is open.
    pub editing: RwSignal<bool>,
    /// Text the user selected, snapped to words, waiting for a label.
    pub pending: RwSignal<Option<Span>>,
    /// The canonical name whose mentions are all outlined, if any.
    pub focused_group: RwSignal<Option<String>>,
    /// The open overlay.
    pub overlay: RwSignal<Option<Overlay>>,
    /// A message for the user, or none.
    pub notice: RwSignal<Option<Notice>>,
    /// What just happened, for screen readers (a polite live region).
    pub announcement: RwSignal<String>,
    /// False while storage holds data that could not be read and could not
    /// be copied aside: saving would overwrite it.
    pub autosave: RwSignal<bool>,
}

impl Workspace {
    /// A store holding `document` and `work`.
    pub fn new(document: Document, work: Work) -> Workspace {
        let document = RwSignal::new(document);
        let work = RwSignal::new(work);
        let marks = Memo::new(move |_| document.with(|d| work.with(|w| Arc::new(derive_marks(d, w)))));
        Workspace {
            document,
            work,
            marks,
            history: RwSignal::new(History::default()),
            selected: RwSignal::new(None),
            editing: RwSignal::new(false),
            pending: RwSignal::new(None),
            focused_group: RwSignal::new(None),
            overlay: RwSignal::new(None),
            notice: RwSignal::new(None),
            announcement: RwSignal::new(String::new()),
            autosave: RwSignal::new(true),
        }
    }

    /// Replaces the article with `text` and runs the engine on it; the
    /// user's corrections and work are applied again wherever they still fit.
    pub fn set_text(&self, text: &str) {
        let old = self.document.with_untracked(|d| d.text.clone());
        if old == text {
            return;
        }
        let corrections = self.document.with_untracked(|d| d.corrections.clone());
        self.clear_view_state();
        let doc = crate::dom::timed("marginalia:analyze", || Document::analyze_with(text, corrections));
        let mut lost = 0;
        self.work.update(|w| lost = w.reanchor(&old, text));
        self.document.set(doc);
        if lost > 0 {
            self.info(format!(
                "{lost} of your annotations no longer match the edited text. They are kept, and come back if their text does; Export JSON lists them under “work”."
            ));
        }
    }

    /// Starts over: no text, no corrections, no work, no history.
    pub fn new_article(&self) {
        self.clear_view_state();
        self.history.update(History::clear);
        self.work.set(Work::default());
        self.document.set(Document::default());
    }

    fn clear_view_state(&self) {
        self.selected.set(None);
        self.editing.set(false);
        self.pending.set(None);
        self.focused_group.set(None);
    }

    fn snapshot(&self) -> Snapshot {
        (self.document.with_untracked(|d| d.corrections.clone()), self.work.get_untracked())
    }

    /// Changes the user's work, as one undoable step; `change` sees the
    /// document and returns what the caller wants back.
    pub fn edit_work<R>(&self, change: impl FnOnce(&Document, &mut Work) -> R) -> R {
        let before = self.snapshot();
        let result = self.document.with_untracked(|d| {
            let mut work = before.1.clone();
            let result = change(d, &mut work);
            self.work.set(work);
            result
        });
        self.history.update(|h| h.record(before));
        result
    }

    /// Corrects the engine's output (speaker, merge, split), as one
    /// undoable step.
    pub fn correct(&self, change: impl FnOnce(&mut Document)) {
        let before = self.snapshot();
        self.document.update(change);
        self.history.update(|h| h.record(before));
    }

    /// Goes back one step; false when there is none.
    pub fn undo(&self) -> bool {
        let current = self.snapshot();
        let Some(previous) = self.history.try_update(|h| h.undo(current)).flatten() else { return false };
        self.restore(previous);
        self.announce("Undone");
        true
    }

    /// Goes forward one undone step; false when there is none.
    pub fn redo(&self) -> bool {
        let current = self.snapshot();
        let Some(next) = self.history.try_update(|h| h.redo(current)).flatten() else { return false };
        self.restore(next);
        self.announce("Redone");
        true
    }

    fn restore(&self, (corrections, work): Snapshot) {
        self.pending.set(None);
        if self.document.with_untracked(|d| d.corrections != corrections) {
            // Corrections rewrite the engine's output in place: start again
            // from a fresh analysis (the text is unchanged).
            let text = self.document.with_untracked(|d| d.text.clone());
            self.document.set(Document::analyze_with(&text, corrections));
        }
        self.work.set(work);
        if let Some(id) = self.selected.get_untracked() {
            if !self.marks.with_untracked(|m| m.iter().any(|m| m.id == id)) {
                self.selected.set(None);
                self.editing.set(false);
            }
        }
    }

    /// Tells screen readers what just happened.
    pub fn announce(&self, message: impl Into<String>) {
        self.announcement.set(message.into());
    }

    /// Shows an error message.
    pub fn error(&self, message: impl Into<String>) {
        self.notice.set(Some(Notice { level: NoticeLevel::Error, message: message.into() }));
    }

    /// Shows an informational message.
    pub fn info(&self, message: impl Into<String>) {
        self.notice.set(Some(Notice { level: NoticeLevel::Info, message: message.into() }));
    }
}

/// The workspace from context.
///
/// # Panics
/// Outside `App`, where no workspace is provided.
pub fn use_workspace() -> Workspace {
    expect_context::<Workspace>()
}
