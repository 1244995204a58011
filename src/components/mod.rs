//! The views. Each derives what it shows from the store
//! ([`crate::store::Workspace`]) and writes back only through it.

mod annotation_editor;
mod annotation_list;
mod article_view;
mod check_form;
mod checks_panel;
mod controls;
mod entity_panel;
mod facts_editor;
mod help_overlay;
mod label_manager;
mod label_picker;
mod legend;
mod library_screen;
mod notice_bar;
mod side_panel;
mod source_input;
mod speaker_panel;
mod toolbar;

pub use annotation_editor::AnnotationEditor;
pub use annotation_list::AnnotationList;
pub use article_view::ArticleView;
pub use checks_panel::ChecksPanel;
pub use entity_panel::EntityPanel;
pub use facts_editor::FactsEditor;
pub use help_overlay::HelpOverlay;
pub use label_manager::LabelManager;
pub use label_picker::LabelPicker;
pub use legend::Legend;
pub use library_screen::LibraryScreen;
pub use notice_bar::NoticeBar;
pub use side_panel::SidePanel;
pub use source_input::SourceInput;
pub use speaker_panel::SpeakerPanel;
pub use toolbar::Toolbar;

/// The key of a row in a keyed `<For>`: a hash of everything it shows, so
/// that a change redraws only the rows it touches.
pub(crate) fn content_key<T: std::hash::Hash>(row: &T) -> u64 {
    use std::hash::Hasher;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    row.hash(&mut hasher);
    hasher.finish()
}
