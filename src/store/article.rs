//! The article room: the open article (its id, the engine's document with
//! the user's corrections, the user's work), the marks derived from them,
//! the undo history, and what the saver knows of the article's save. Every
//! change of the document goes through here, so the save state always
//! knows whether the document's part of the stored form is still good.

use std::sync::Arc;

use leptos::prelude::*;
use marginalia_engine::{Corrections, Document};
use marginalia_model::{derive_marks, History, Mark, SaveState, Work};

/// What an undo step restores: the engine corrections and the user's work.
#[derive(Clone, Debug)]
pub struct Snapshot {
    /// The corrections of the engine's output.
    pub corrections: Corrections,
    /// The user's work.
    pub work: Work,
}

/// The open article.
#[derive(Clone, Copy)]
pub struct ArticleRoom {
    /// Its id in the library; `None` until it has text.
    pub id: RwSignal<Option<String>>,
    /// The text and the engine's annotations, corrections applied.
    pub document: RwSignal<Document>,
    /// The user's labels, decisions and own annotations.
    pub work: RwSignal<Work>,
    /// Every highlight as shown, derived from the two above.
    pub marks: Memo<Arc<Vec<Mark>>>,
    /// Undo and redo of the corrections and the work.
    pub history: RwSignal<History<Snapshot>>,
    /// What the saver knows of the article's save (not reactive).
    pub save: StoredValue<SaveState>,
    /// False while storage holds data that could not be read and could not
    /// be copied aside: saving would overwrite it.
    pub autosave: RwSignal<bool>,
    /// True while the engine runs on the text (in the worker): the
    /// document shows what it had before, carried onto the new text.
    pub analysing: RwSignal<bool>,
}

impl ArticleRoom {
    pub(crate) fn new() -> ArticleRoom {
        let document = RwSignal::new(Document::default());
        let work = RwSignal::new(Work::default());
        let marks = Memo::new(move |_| {
            document.with(|d| work.with(|w| crate::dom::timed("marginalia:marks", || Arc::new(derive_marks(d, w)))))
        });
        ArticleRoom {
            id: RwSignal::new(None),
            document,
            work,
            marks,
            history: RwSignal::new(History::default()),
            save: StoredValue::new(SaveState::default()),
            autosave: RwSignal::new(true),
            analysing: RwSignal::new(false),
        }
    }

    /// Shows another article (`id`, or a new one), as storage holds it.
    pub fn open(&self, id: Option<String>, document: Document, work: Work, save: SaveState) {
        crate::analyst::forget();
        self.analysing.set(false);
        self.history.update(History::clear);
        self.save.set_value(save);
        self.id.set(id);
        self.work.set(work);
        self.document.set(document);
    }

    /// Replaces the document (the text, or the corrections, changed).
    pub fn replace_document(&self, document: Document) {
        self.save.update_value(SaveState::document_changed);
        self.document.set(document);
    }

    /// Replaces the text: the engine runs again, the corrections and the
    /// work are applied wherever they still fit. The new text shows when
    /// the engine's annotations come, or at once, with the annotations the
    /// edit left whole, when that would take long enough to be seen (see
    /// [`ArticleRoom::analyse`]). Returns how many own annotations no
    /// longer match the text.
    pub fn set_text(&self, text: &str) -> usize {
        let mut work = self.work.get_untracked();
        let (carried, lost) = self.document.with_untracked(|doc| marginalia_model::moved_to_text(doc, &mut work, text));
        if self.id.get_untracked().is_none() && !text.is_empty() {
            self.id.set(Some(crate::storage::new_id()));
        }
        let corrections = carried.corrections.clone();
        if crate::analyst::shows_text_first(text.len()) {
            self.work.set(work);
            self.replace_document(carried);
        }
        self.analyse(text.to_string(), corrections);
        lost
    }

    /// Runs the engine on `text` with `corrections`, and shows its
    /// annotations as they come: the first screens of a long text, then the
    /// whole. When the document still has another text (the edit is not
    /// shown yet), the work moves onto the new text as it is shown. Results
    /// for a text or an article no longer wanted never come (the analyst
    /// delivers the newest request's only); results whose corrections the
    /// user changed meanwhile are asked for again.
    pub fn analyse(&self, text: String, corrections: Corrections) {
        let room = *self;
        room.analysing.set(true);
        crate::analyst::analyse(text, corrections, move |doc, stage| {
            let (old_text, mut current) = room.document.with_untracked(|d| (d.text.clone(), d.corrections.clone()));
            current.reanchor(&old_text, &doc.text);
            if current != doc.corrections {
                return room.analyse(doc.text, current);
            }
            if old_text != doc.text {
                room.work.update(|w| {
                    w.reanchor(&old_text, &doc.text);
                });
            }
            room.replace_document(doc);
            if stage == crate::analyst::Stage::Whole {
                room.analysing.set(false);
            }
        });
    }

    fn snapshot(&self) -> Snapshot {
        Snapshot {
            corrections: self.document.with_untracked(|d| d.corrections.clone()),
            work: self.work.get_untracked(),
        }
    }

    /// Changes the user's work, as one undoable step; `change` sees the
    /// document and returns what the caller wants back. What it made or
    /// changed is stamped with the time.
    pub fn edit_work<R>(&self, change: impl FnOnce(&Document, &mut Work) -> R) -> R {
        let before = self.snapshot();
        let mut work = before.work.clone();
        let result = self.document.with_untracked(|d| change(d, &mut work));
        work.stamp_changes(&before.work, js_sys::Date::now() as u64);
        self.work.set(work);
        self.history.update(|h| h.record(before));
        result
    }

    /// Corrects the engine's output (speaker, merge, split), as one
    /// undoable step.
    pub fn correct(&self, change: impl FnOnce(&mut Document)) {
        let before = self.snapshot();
        self.save.update_value(SaveState::document_changed);
        self.document.update(change);
        self.history.update(|h| h.record(before));
    }

    /// Goes back one step; false when there is none.
    pub fn undo(&self) -> bool {
        let current = self.snapshot();
        let previous = self.history.try_update(|h| h.undo(current)).flatten();
        previous.map(|s| self.restore(s)).is_some()
    }

    /// Goes forward one undone step; false when there is none.
    pub fn redo(&self) -> bool {
        let current = self.snapshot();
        let next = self.history.try_update(|h| h.redo(current)).flatten();
        next.map(|s| self.restore(s)).is_some()
    }

    fn restore(&self, Snapshot { corrections, work }: Snapshot) {
        if self.document.with_untracked(|d| d.corrections != corrections) {
            // Corrections rewrite the engine's output in place: start again
            // from a fresh analysis (the text is unchanged). They are the
            // document's at once, so that a second undo starts from them.
            self.save.update_value(SaveState::document_changed);
            self.document.update(|d| d.corrections = corrections.clone());
            let text = self.document.with_untracked(|d| d.text.clone());
            self.analyse(text, corrections);
        }
        self.work.set(work);
    }

    /// True when a highlight with this id is shown.
    pub fn shows(&self, id: marginalia_model::MarkId) -> bool {
        self.marks.with_untracked(|m| m.iter().any(|m| m.id == id))
    }
}
