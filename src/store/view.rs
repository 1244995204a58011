//! The view room: what the page shows and points at, never saved (the
//! screen, the selected highlight and its editor, text waiting for a label,
//! the outlined name group, the open overlay, the side panel's view).

use leptos::prelude::*;
use marginalia_engine::Span;
use marginalia_model::MarkId;

/// What the main area shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// The open article, its highlights and panels.
    Article,
    /// The library and the cross-article view.
    Library,
}

/// Which view the side panel shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelTab {
    /// Claims grouped by speaker.
    Speakers,
    /// Name groups.
    Entities,
    /// Every highlight, to review.
    Review,
    /// The selected claim's check, and every check of the library.
    Checks,
}

/// Which overlay is open, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// The keyboard map.
    Help,
    /// The label manager.
    Labels,
}

/// The view state.
#[derive(Clone, Copy)]
pub struct ViewRoom {
    /// What the main area shows.
    pub screen: RwSignal<Screen>,
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
    /// The side panel's view.
    pub panel_tab: RwSignal<PanelTab>,
}

impl ViewRoom {
    pub(crate) fn new() -> ViewRoom {
        ViewRoom {
            screen: RwSignal::new(Screen::Article),
            selected: RwSignal::new(None),
            editing: RwSignal::new(false),
            pending: RwSignal::new(None),
            focused_group: RwSignal::new(None),
            overlay: RwSignal::new(None),
            panel_tab: RwSignal::new(PanelTab::Speakers),
        }
    }

    /// Forgets what the page pointed at in the article (another article, or
    /// another text, is coming).
    pub fn forget_article(&self) {
        self.selected.set(None);
        self.editing.set(false);
        self.pending.set(None);
        self.focused_group.set(None);
    }
}
