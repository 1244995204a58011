//! The one store of the app: the document being annotated (persisted), and
//! the few pieces of view state that are not (which annotation is selected,
//! what the user must be told). Components read it from context and derive
//! everything else.

use leptos::prelude::*;
use marginalia_engine::Document;

/// Points at one annotation of the current document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AnnotationRef {
    /// Index into `Document::entities`.
    Entity(usize),
    /// Index into `Document::claims`.
    Claim(usize),
}

impl AnnotationRef {
    /// The DOM id of the annotation's first highlighted piece.
    pub fn dom_id(self) -> String {
        match self {
            AnnotationRef::Entity(i) => format!("ann-e{i}"),
            AnnotationRef::Claim(i) => format!("ann-c{i}"),
        }
    }

    /// The annotation a DOM id names (the inverse of [`AnnotationRef::dom_id`]).
    pub fn from_dom_id(id: &str) -> Option<AnnotationRef> {
        let rest = id.strip_prefix("ann-")?;
        let (kind, index) = rest.split_at(1);
        let index = index.parse().ok()?;
        match kind {
            "e" => Some(AnnotationRef::Entity(index)),
            "c" => Some(AnnotationRef::Claim(index)),
            _ => None,
        }
    }
}

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

/// The store, provided as context by `App`.
#[derive(Clone, Copy)]
pub struct Workspace {
    /// The article and its annotations; every change is saved.
    pub document: RwSignal<Document>,
    /// The annotation the user jumped to last.
    pub selected: RwSignal<Option<AnnotationRef>>,
    /// The canonical name whose mentions are all highlighted, if any.
    pub focused_group: RwSignal<Option<String>>,
    /// A message for the user, or none.
    pub notice: RwSignal<Option<Notice>>,
    /// False while storage holds data that could not be read and could not
    /// be copied aside: saving would overwrite it.
    pub autosave: RwSignal<bool>,
}

impl Workspace {
    /// Replaces the article with `text` and runs the engine on it; the
    /// user's corrections are applied again wherever they still fit.
    pub fn set_text(&self, text: &str) {
        if self.document.with_untracked(|d| d.text == text) {
            return;
        }
        let corrections = self.document.with_untracked(|d| d.corrections.clone());
        self.selected.set(None);
        self.focused_group.set(None);
        let doc = crate::dom::timed("marginalia:analyze", || Document::analyze_with(text, corrections));
        self.document.set(doc);
    }

    /// Starts over: no text, no corrections.
    pub fn new_article(&self) {
        self.selected.set(None);
        self.focused_group.set(None);
        self.document.set(Document::default());
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
