//! One article open in several tabs: each save names its revision and the
//! revision it was built on, and a save from another tab is folded into
//! this page's own work by a three-way merge, never put in its place.
//!
//! What two tabs can both change is the [`Edits`]: the engine corrections
//! and the user's work (decisions, own annotations, labels). A [`Lineage`]
//! keeps the edits of the last revisions this page wrote or read. When
//! another tab's save arrives, the revision it was built on is looked up
//! there and becomes the base of the merge: what they changed since then
//! is taken, what this page changed since then is kept, so two edits made
//! at the same moment (each tab saving before it hears of the other) both
//! survive. Where both changed the same item differently, the same one of
//! the two wins in every tab (the larger in a fixed order), so the tabs
//! agree afterwards; where one changed an item and the other deleted it,
//! the change is kept. Two own annotations or labels created at once under
//! the same id both stay, the second renumbered (again the same in every
//! tab), and an annotation made the same in both is kept once. Without a
//! known base (the other tab's base is gone from the lineage, or an
//! earlier version saved it), the merge deletes nothing.
//!
//! - [`merge`](merge()): the three-way merge of two tabs' edits;
//! - [`Lineage`]: the revisions a page knows, and what to do with a save of
//!   another tab ([`Follow`]);
//! - [`SaveState`]: what a save writes, and what the page shows after
//!   another tab's save ([`Incoming`]).

mod lineage;
mod merge;
mod save_state;

use marginalia_engine::{Corrections, Document};

use crate::work::Work;
pub use lineage::{Follow, Lineage};
pub use merge::merge;
pub use save_state::{Incoming, IncomingDocument, Pending, SaveState};

/// What two tabs can both change in one article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Edits {
    /// The engine corrections (speakers, merges, splits).
    pub corrections: Corrections,
    /// The user's work.
    pub work: Work,
}

impl Edits {
    /// The edits held by a document (its corrections) and the work on it.
    pub fn of(doc: &Document, work: &Work) -> Edits {
        Edits { corrections: doc.corrections.clone(), work: work.clone() }
    }
}

#[cfg(test)]
pub(crate) mod fixture {
    use marginalia_engine::{Corrections, Document, Span};

    use super::Edits;
    use crate::mark_id::MarkId;
    use crate::work::Work;

    pub const TEXT: &str = "Mayor Ana Ruiz visited Kraków on Monday with Olek Nowak of Acme Corp.";

    pub fn doc() -> Document {
        Document::analyze(TEXT)
    }

    pub fn entity(doc: &Document, text: &str) -> MarkId {
        MarkId::Entity(doc.entities.iter().position(|e| e.span.text(&doc.text) == text).expect(text))
    }

    pub fn span(text: &str) -> Span {
        let at = TEXT.find(text).expect(text);
        Span::new(at, at + text.len())
    }

    pub fn edits(work: Work) -> Edits {
        Edits { corrections: Corrections::default(), work }
    }
}
