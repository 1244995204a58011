//! The one store of the app: the library index, the open article and the
//! user's work on it (all persisted), the undo history, and the few pieces
//! of view state that are not persisted (which highlight is selected, what text is
//! waiting for a label, which dialog is open, what the user must be told).
//! Components read it from context, derive everything else (the marks are a
//! memo of the document and the work), and change it only through the
//! methods here, which record each edit for undo.

use std::sync::Arc;

use leptos::prelude::*;
use marginalia_engine::{Corrections, Document, Span};
use marginalia_model::{derive_marks, History, ImportedDocument, Library, LibraryEntry, Mark, MarkId, Work};

use crate::storage;

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
    /// What the user can do about it, as a button beside the message.
    pub action: Option<NoticeAction>,
}

/// A button offered with a notice.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeAction {
    /// Download the open article as JSON (when it could not be saved).
    ExportArticle,
    /// Download, untouched, the data kept aside under this key.
    DownloadRaw(String),
    /// Put back the article just deleted.
    UndoDelete,
}

/// What the main area shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The open article, its highlights and panels.
    Article,
    /// The library and the cross-article view.
    Library,
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
    /// Every article kept (the index; the articles are in storage).
    pub library: RwSignal<Library>,
    /// The id of the open article; `None` until a new one is first saved.
    pub doc_id: RwSignal<Option<String>>,
    /// What the main area shows.
    pub screen: RwSignal<Screen>,
    /// The last deleted article's place and entry, for undo.
    pub deleted: RwSignal<Option<(usize, LibraryEntry)>>,
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
        let marks = Memo::new(move |_| {
            document.with(|d| work.with(|w| crate::dom::timed("marginalia:marks", || Arc::new(derive_marks(d, w)))))
        });
        Workspace {
            library: RwSignal::new(Library::default()),
            doc_id: RwSignal::new(None),
            screen: RwSignal::new(Screen::Article),
            deleted: RwSignal::new(None),
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

    /// Starts a new, empty article (the open one stays in the library).
    pub fn new_article(&self) {
        self.show(None, Document::default(), Work::default());
    }

    /// Shows `doc` with `work` as the open article `id`.
    fn show(&self, id: Option<String>, doc: Document, work: Work) {
        self.clear_view_state();
        self.history.update(History::clear);
        self.doc_id.set(id.clone());
        self.work.set(work);
        self.document.set(doc);
        self.screen.set(Screen::Article);
        self.library.update(|l| l.open = id);
        let _ = self.library.with_untracked(storage::save_library);
    }

    /// Opens article `id` of the library.
    pub fn open_article(&self, id: &str) {
        if self.doc_id.get_untracked().as_deref() == Some(id) {
            self.screen.set(Screen::Article);
            return;
        }
        match storage::load_document(id) {
            Ok((doc, work)) => self.show(Some(id.to_string()), doc, work),
            Err(problem) => {
                self.library.update(|l| {
                    l.remove(id);
                });
                let _ = self.library.with_untracked(storage::save_library);
                match problem {
                    Some(p) => self.report_unreadable(&p),
                    None => {
                        self.error("That article is no longer in this browser's storage (deleted in another tab?).")
                    }
                }
            }
        }
    }

    /// Deletes article `id` (undoable from the notice, even after a reload).
    pub fn delete_article(&self, id: &str) {
        if let Err(e) = storage::trash_document(id) {
            self.error(format!("The article could not be deleted: {e}."));
            return;
        }
        let removed = self.library.try_update(|l| l.remove(id)).flatten();
        let _ = self.library.with_untracked(storage::save_library);
        if self.doc_id.get_untracked().as_deref() == Some(id) {
            self.clear_view_state();
            self.history.update(History::clear);
            self.doc_id.set(None);
            self.work.set(Work::default());
            self.document.set(Document::default());
        }
        if let Some((at, entry)) = removed {
            let title = entry.title.clone();
            self.deleted.set(Some((at, entry)));
            self.notice.set(Some(Notice {
                level: NoticeLevel::Info,
                message: format!("Deleted “{title}”."),
                action: Some(NoticeAction::UndoDelete),
            }));
        }
    }

    /// Puts back the article deleted last.
    pub fn undo_delete(&self) {
        let Some((at, entry)) = self.deleted.get_untracked() else { return };
        if let Err(e) = storage::untrash_document(&entry.id) {
            self.error(format!("The article could not be put back: {e}."));
            return;
        }
        let title = entry.title.clone();
        self.library.update(|l| l.restore(at, entry));
        let _ = self.library.with_untracked(storage::save_library);
        self.deleted.set(None);
        self.info(format!("“{title}” is back in the library."));
    }

    /// Renames article `id`; an empty title goes back to its first line.
    pub fn rename_article(&self, id: &str, title: &str) {
        let text = if self.doc_id.get_untracked().as_deref() == Some(id) {
            self.document.with_untracked(|d| d.text.clone())
        } else {
            storage::load_document(id).map(|(d, _)| d.text).unwrap_or_default()
        };
        self.library.update(|l| l.rename(id, title, &text));
        if let Err(e) = self.library.with_untracked(storage::save_library) {
            self.error(format!("The new title is not saved: {e}."));
        }
    }

    /// Adds imported articles to the library and opens the first. All are
    /// saved, or none: a refused save takes back the ones saved before it.
    pub fn add_articles(&self, articles: Vec<ImportedDocument>) -> Result<usize, String> {
        let before = self.library.get_untracked();
        let mut library = before.clone();
        let mut saved: Vec<String> = Vec::new();
        let now = js_sys::Date::now();
        let mut first = None;
        for (i, a) in articles.iter().enumerate() {
            let id = storage::new_id() + &i.to_string();
            let result = storage::save_document(&id, &a.document, &a.work);
            if let Err(e) = result {
                for id in &saved {
                    storage::remove_document(id);
                }
                return Err(format!(
                    "the browser refused to store article {} of {} ({e}); nothing was imported",
                    i + 1,
                    articles.len()
                ));
            }
            library.record(&id, &a.document, &a.work, a.added.unwrap_or(now));
            if let Some(title) = &a.title {
                library.rename(&id, title, &a.document.text);
            }
            first.get_or_insert((id.clone(), a.document.clone(), a.work.clone()));
            saved.push(id);
        }
        if let Err(e) = storage::save_library(&library) {
            for id in &saved {
                storage::remove_document(id);
            }
            let _ = storage::save_library(&before);
            return Err(format!("the library index could not be saved ({e}); nothing was imported"));
        }
        self.library.set(library);
        if let Some((id, doc, work)) = first {
            self.show(Some(id), doc, work);
        }
        Ok(saved.len())
    }

    /// Tells the user about data that could not be read, with a way to
    /// download it untouched.
    pub fn report_unreadable(&self, problem: &storage::Unreadable) {
        let (message, action) = match &problem.kept_under {
            Some(aside) => (
                format!(
                    "Some saved data could not be read ({}). It was kept, untouched, under the localStorage key “{aside}”; the rest of the library loaded.",
                    problem.reason
                ),
                Some(NoticeAction::DownloadRaw(aside.clone())),
            ),
            None => {
                self.autosave.set(false);
                (
                    format!(
                        "Some saved data could not be read ({}) and storage is too full to copy it aside, so autosave is paused to keep it. Use Export JSON to keep new work.",
                        problem.reason
                    ),
                    Some(NoticeAction::DownloadRaw(problem.key.clone())),
                )
            }
        };
        self.notice.set(Some(Notice { level: NoticeLevel::Error, message, action }));
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
        self.notice.set(Some(Notice { level: NoticeLevel::Error, message: message.into(), action: None }));
    }

    /// Shows an informational message.
    pub fn info(&self, message: impl Into<String>) {
        self.notice.set(Some(Notice { level: NoticeLevel::Info, message: message.into(), action: None }));
    }
}

/// The workspace from context.
///
/// # Panics
/// Outside `App`, where no workspace is provided.
pub fn use_workspace() -> Workspace {
    expect_context::<Workspace>()
}
