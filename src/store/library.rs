//! The library room: the index of every article kept (titles, dates,
//! counts; the articles themselves are in storage) and the last deleted
//! entry, for undo. The only module that writes the index to storage.

use leptos::prelude::*;
use marginalia_model::{Library, LibraryEntry};

use crate::storage::{self, SaveError};

/// The library index, as shown and as saved.
#[derive(Clone, Copy)]
pub struct LibraryRoom {
    /// Every article kept.
    pub index: RwSignal<Library>,
    /// The last deleted article's place and entry, for undo.
    pub deleted: RwSignal<Option<(usize, LibraryEntry)>>,
}

impl LibraryRoom {
    pub(crate) fn new(index: Library) -> LibraryRoom {
        LibraryRoom { index: RwSignal::new(index), deleted: RwSignal::new(None) }
    }

    /// Changes the index and saves it; `change` returns what the caller
    /// wants back. A refused save leaves the index changed on the page (it
    /// is saved with the next change, and rebuilt from the articles at
    /// start-up otherwise).
    pub fn change<R>(&self, change: impl FnOnce(&mut Library) -> R) -> (R, Result<(), SaveError>) {
        let result = self.index.try_update(change).expect("the library signal lives as long as the page");
        (result, self.save())
    }

    /// Saves the index as it is.
    pub fn save(&self) -> Result<(), SaveError> {
        self.index.with_untracked(storage::save_library)
    }

    /// Takes the index another tab saved, keeping which article is open here.
    pub fn take_from_other_tab(&self, mut theirs: Library) {
        theirs.open = self.index.with_untracked(|l| l.open.clone());
        self.index.set(theirs);
    }
}
