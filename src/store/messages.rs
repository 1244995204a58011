//! The messages room: what the user must be told (a notice bar with an
//! optional action) and what screen readers hear (a polite live region).

use leptos::prelude::*;

/// Something the user must know: a failed save, unreadable storage, a file
/// that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// How serious it is.
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

/// How serious a [`Notice`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeLevel {
    /// Work may be at risk; the user should act.
    Error,
    /// Good to know.
    Info,
}

/// The notice shown and the last announcement.
#[derive(Clone, Copy)]
pub struct MessagesRoom {
    /// A message for the user, or none.
    pub notice: RwSignal<Option<Notice>>,
    /// What just happened, for screen readers.
    pub announcement: RwSignal<String>,
}

impl MessagesRoom {
    pub(crate) fn new() -> MessagesRoom {
        MessagesRoom { notice: RwSignal::new(None), announcement: RwSignal::new(String::new()) }
    }

    /// Shows a notice.
    pub fn notify(&self, level: NoticeLevel, message: impl Into<String>, action: Option<NoticeAction>) {
        self.notice.set(Some(Notice { level, message: message.into(), action }));
    }

    /// Shows an error message.
    pub fn error(&self, message: impl Into<String>) {
        self.notify(NoticeLevel::Error, message, None);
    }

    /// Shows an informational message.
    pub fn info(&self, message: impl Into<String>) {
        self.notify(NoticeLevel::Info, message, None);
    }

    /// Tells screen readers what just happened.
    pub fn announce(&self, message: impl Into<String>) {
        self.announcement.set(message.into());
    }
}
