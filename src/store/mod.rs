//! The one store of the app, in four rooms: the open [`article`] (saved),
//! the [`library`] index (saved), the [`view`](mod@view) (what the page points at,
//! not saved) and the [`messages`] for the user. Components read it from
//! context, derive everything else, and change it through the methods of
//! the rooms, or of [`Workspace`] for the changes that cross rooms
//! (opening, deleting, importing articles; undo).

pub mod article;
pub mod library;
pub mod messages;
pub mod view;

use leptos::prelude::*;
use marginalia_engine::Document;
use marginalia_model::{ImportedDocument, Library, SaveState, Work};

use crate::storage::{self, Unreadable};
pub use article::{ArticleRoom, Snapshot};
pub use library::LibraryRoom;
pub use messages::{MessagesRoom, Notice, NoticeAction, NoticeLevel};
pub use view::{Overlay, PanelTab, Screen, ViewRoom};

/// The store, provided as context by `App`.
#[derive(Clone, Copy)]
pub struct Workspace {
    /// The open article and the work on it.
    pub article: ArticleRoom,
    /// Every article kept.
    pub library: LibraryRoom,
    /// What the page shows and points at.
    pub view: ViewRoom,
    /// What the user is told.
    pub messages: MessagesRoom,
}

impl Workspace {
    /// An empty store over this library index.
    pub fn new(index: Library) -> Workspace {
        Workspace {
            article: ArticleRoom::new(),
            library: LibraryRoom::new(index),
            view: ViewRoom::new(),
            messages: MessagesRoom::new(),
        }
    }

    /// Replaces the article's text and runs the engine on it; the user's
    /// corrections and work are applied again wherever they still fit.
    pub fn set_text(&self, text: &str) {
        if self.article.document.with_untracked(|d| d.text == text) {
            return;
        }
        self.view.forget_article();
        let lost = self.article.set_text(text);
        if lost > 0 {
            self.messages.info(format!(
                "{lost} of your annotations no longer match the edited text. They are kept, and come back if their text does; Export JSON lists them under “work”."
            ));
        }
    }

    /// Starts a new, empty article (the open one stays in the library).
    pub fn new_article(&self) {
        self.show(None, Document::default(), Work::default(), SaveState::default());
    }

    /// Shows an article as the open one, and records which one is open.
    fn show(&self, id: Option<String>, doc: Document, work: Work, save: SaveState) {
        self.view.forget_article();
        self.article.open(id.clone(), doc, work, save);
        self.view.screen.set(Screen::Article);
        // Which article is open is a convenience for the next start: a
        // refused save of it is not worth a message.
        let _ = self.library.change(|l| l.open = id);
    }

    /// Opens article `id` of the library.
    pub fn open_article(&self, id: &str) {
        if self.article.id.get_untracked().as_deref() == Some(id) {
            self.view.screen.set(Screen::Article);
            return;
        }
        match storage::load_document(id) {
            Ok(loaded) => self.show(Some(id.to_string()), loaded.document, loaded.work, loaded.save),
            Err(problem) => {
                let _ = self.library.change(|l| l.remove(id));
                match problem {
                    Some(p) => self.report_unreadable(&p),
                    None => self
                        .messages
                        .error("That article is no longer in this browser's storage (deleted in another tab?)."),
                }
            }
        }
    }

    /// Deletes article `id` (undoable from the notice, even after a reload).
    pub fn delete_article(&self, id: &str) {
        if let Err(e) = storage::trash_document(id) {
            self.messages.error(format!("The article could not be deleted: {e}."));
            return;
        }
        let (removed, _) = self.library.change(|l| l.remove(id));
        if self.article.id.get_untracked().as_deref() == Some(id) {
            self.view.forget_article();
            self.article.open(None, Document::default(), Work::default(), SaveState::default());
        }
        if let Some((at, entry)) = removed {
            let message = format!("Deleted “{}”.", entry.title);
            self.library.deleted.set(Some((at, entry)));
            self.messages.notify(NoticeLevel::Info, message, Some(NoticeAction::UndoDelete));
        }
    }

    /// Puts back the article deleted last.
    pub fn undo_delete(&self) {
        let Some((at, entry)) = self.library.deleted.get_untracked() else { return };
        if let Err(e) = storage::untrash_document(&entry.id) {
            self.messages.error(format!("The article could not be put back: {e}."));
            return;
        }
        let title = entry.title.clone();
        let _ = self.library.change(|l| l.restore(at, entry));
        self.library.deleted.set(None);
        self.messages.info(format!("“{title}” is back in the library."));
    }

    /// Renames article `id`; an empty title goes back to its first line.
    pub fn rename_article(&self, id: &str, title: &str) {
        let text = if self.article.id.get_untracked().as_deref() == Some(id) {
            self.article.document.with_untracked(|d| d.text.clone())
        } else {
            storage::load_document(id).map(|a| a.document.text).unwrap_or_default()
        };
        if let (_, Err(e)) = self.library.change(|l| l.rename(id, title, &text)) {
            self.messages.error(format!("The new title is not saved: {e}."));
        }
    }

    /// Adds imported articles to the library and opens the first. All are
    /// saved, or none: a refused save takes back the ones saved before it.
    pub fn add_articles(&self, articles: Vec<ImportedDocument>) -> Result<usize, String> {
        let before = self.library.index.get_untracked();
        let mut saved: Vec<(String, SaveState)> = Vec::new();
        let take_back = |saved: &[(String, SaveState)]| saved.iter().for_each(|(id, _)| storage::remove_document(id));
        for (i, a) in articles.iter().enumerate() {
            let id = storage::new_id() + &i.to_string();
            match storage::save_new_document(&id, &a.document, &a.work) {
                Ok(save) => saved.push((id, save)),
                Err(e) => {
                    take_back(&saved);
                    return Err(format!(
                        "the browser refused to store article {} of {} ({e}); nothing was imported",
                        i + 1,
                        articles.len()
                    ));
                }
            }
        }
        let now = js_sys::Date::now();
        let (_, landed) = self.library.change(|library| {
            for (a, (id, _)) in articles.iter().zip(&saved) {
                library.record(id, &a.document, &a.work, a.added.unwrap_or(now));
                if let Some(title) = &a.title {
                    library.rename(id, title, &a.document.text);
                }
            }
        });
        if let Err(e) = landed {
            take_back(&saved);
            self.library.index.set(before);
            let _ = self.library.save();
            return Err(format!("the library index could not be saved ({e}); nothing was imported"));
        }
        let count = saved.len();
        if let (Some(first), Some((id, save))) = (articles.into_iter().next(), saved.into_iter().next()) {
            self.show(Some(id), first.document, first.work, save);
        }
        Ok(count)
    }

    /// Goes back one step and says so; false when there is none.
    pub fn undo(&self) -> bool {
        self.after_history_step(self.article.undo(), "Undone")
    }

    /// Goes forward one undone step and says so; false when there is none.
    pub fn redo(&self) -> bool {
        self.after_history_step(self.article.redo(), "Redone")
    }

    fn after_history_step(&self, stepped: bool, what: &str) -> bool {
        if stepped {
            self.view.pending.set(None);
            if self.view.selected.get_untracked().is_some_and(|id| !self.article.shows(id)) {
                self.view.selected.set(None);
                self.view.editing.set(false);
            }
            self.messages.announce(what);
        }
        stepped
    }

    /// Tells the user about data that could not be read, with a way to
    /// download it untouched; pauses autosave when it is still in the way.
    pub fn report_unreadable(&self, problem: &Unreadable) {
        let message = match &problem.kept_under {
            Some(aside) => format!(
                "Some saved data could not be read ({}). It was kept, untouched, under the localStorage key “{aside}”; the rest of the library loaded.",
                problem.reason
            ),
            None => {
                self.article.autosave.set(false);
                format!(
                    "Some saved data could not be read ({}) and storage is too full to copy it aside, so autosave is paused to keep it. Use Export JSON to keep new work.",
                    problem.reason
                )
            }
        };
        let key = problem.kept_under.clone().unwrap_or_else(|| problem.key.clone());
        self.messages.notify(NoticeLevel::Error, message, Some(NoticeAction::DownloadRaw(key)));
    }
}

/// The workspace from context.
///
/// # Panics
/// Outside `App`, where no workspace is provided.
pub fn use_workspace() -> Workspace {
    expect_context::<Workspace>()
}
