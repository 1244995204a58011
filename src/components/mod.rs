//! The views. Each derives what it shows from the store
//! ([`crate::state::Workspace`]) and writes back only through it.

mod annotation_list;
mod article_view;
mod entity_panel;
mod legend;
mod notice_bar;
mod side_panel;
mod source_input;
mod speaker_panel;
mod toolbar;

pub use annotation_list::AnnotationList;
pub use article_view::ArticleView;
pub use entity_panel::EntityPanel;
pub use legend::Legend;
pub use notice_bar::NoticeBar;
pub use side_panel::SidePanel;
pub use source_input::SourceInput;
pub use speaker_panel::SpeakerPanel;
pub use toolbar::Toolbar;

use marginalia_engine::{ClaimKind, Label};

/// The CSS class of an entity label (one colour each).
pub fn label_class(label: Label) -> &'static str {
    match label {
        Label::Person => "label-person",
        Label::Org => "label-org",
        Label::Loc => "label-loc",
        Label::Date => "label-date",
        Label::Quantity => "label-quantity",
    }
}

/// A reader's name for an entity label.
pub fn label_name(label: Label) -> &'static str {
    match label {
        Label::Person => "Person",
        Label::Org => "Organisation",
        Label::Loc => "Place",
        Label::Date => "Date",
        Label::Quantity => "Quantity",
    }
}

/// The CSS class of a claim kind.
pub fn claim_class(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Quote => "claim-quote",
        ClaimKind::Reported => "claim-reported",
    }
}

/// A reader's name for a claim kind.
pub fn claim_name(kind: ClaimKind) -> &'static str {
    match kind {
        ClaimKind::Quote => "Quote",
        ClaimKind::Reported => "Reported speech",
    }
}

/// `text` cut to at most `max_chars` characters, with an ellipsis if cut.
pub fn shorten(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text.to_string(),
    }
}
