//! The revisions of one article a page knows, newest last, each with its
//! edits, and what to do with another tab's save: take it as it is, or
//! merge it with the page's own edits on the base it was built on.

use std::collections::VecDeque;

use super::merge::merge;
use super::Edits;
use crate::saved::Revision;

/// How many revisions a lineage remembers.
const REMEMBERED: usize = 32;

/// The revisions of one article this page wrote or read, newest last, each
/// with its edits; the newest is the one the page stands on.
#[derive(Clone, Debug, Default)]
pub struct Lineage {
    known: VecDeque<(String, Edits)>,
}

/// What to do with another tab's save.
// Made once per save another tab writes, and used at once: not worth a box.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Follow {
    /// Take their save as it is, deletions included: it was built on what
    /// this page stands on, and nothing of this page is unsaved.
    TakeTheirs,
    /// Both changed the article: show these edits (and save them).
    Merged(Edits),
}

impl Lineage {
    /// A lineage standing on `revision` (just read or written) with `edits`.
    pub fn starting_at(revision: Option<&Revision>, edits: Edits) -> Lineage {
        let mut lineage = Lineage::default();
        if let Some(r) = revision {
            lineage.record(&r.id, edits);
        }
        lineage
    }

    /// Records a revision this page wrote or took in; the page now stands on it.
    pub fn record(&mut self, revision: &str, edits: Edits) {
        self.known.retain(|(id, _)| id != revision);
        if self.known.len() == REMEMBERED {
            self.known.pop_front();
        }
        self.known.push_back((revision.to_string(), edits));
    }

    /// The revision the page stands on.
    pub fn head(&self) -> Option<&str> {
        self.known.back().map(|(id, _)| id.as_str())
    }

    /// True when `edits` are those of the revision the page stands on
    /// (nothing of them is unsaved).
    pub fn is_saved(&self, edits: &Edits) -> bool {
        self.known.back().is_some_and(|(_, saved)| saved == edits)
    }

    fn edits_of(&self, revision: &str) -> Option<&Edits> {
        self.known.iter().rev().find(|(id, _)| id == revision).map(|(_, e)| e)
    }

    /// Decides how the page takes in another tab's save (`theirs`, written
    /// as `revision`) while it holds `ours`, and records their revision as
    /// the one the page stands on.
    /// `ours_saved` says whether storage holds the page's document as it is
    /// (the lineage knows only the edits).
    pub fn follow(&mut self, ours: &Edits, ours_saved: bool, revision: &Revision, theirs: &Edits) -> Follow {
        let parent = revision.parent.as_deref();
        let builds_on_ours = parent.is_some() && parent == self.head() && ours_saved && self.is_saved(ours);
        let base = parent.and_then(|p| self.edits_of(p)).cloned().unwrap_or_default();
        self.record(&revision.id, theirs.clone());
        if builds_on_ours {
            return Follow::TakeTheirs;
        }
        let merged = merge(&base, ours, theirs);
        if merged == *theirs {
            Follow::TakeTheirs
        } else {
            Follow::Merged(merged)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{doc, edits, entity};
    use super::*;
    use crate::work::Work;

    #[test]
    fn a_lineage_takes_a_save_built_on_its_own_and_merges_one_made_alongside() {
        let doc = doc();
        let rev = |id: &str, parent: &str| Revision { id: id.into(), parent: Some(parent.into()) };
        let start = edits(Work::default());
        let mut ours = Work::default();
        ours.accept(&doc, entity(&doc, "Ana Ruiz"));
        // This page saved r1 on r0; the other tab, still on r0, saved r2.
        let mut lineage = Lineage::starting_at(Some(&Revision { id: "r0".into(), parent: None }), start.clone());
        lineage.record("r1", edits(ours.clone()));
        let mut theirs = Work::default();
        theirs.delete(&doc, entity(&doc, "Kraków"));
        let Follow::Merged(merged) = lineage.follow(&edits(ours.clone()), true, &rev("r2", "r0"), &edits(theirs))
        else {
            panic!("a save made alongside ours must be merged")
        };
        assert_eq!(merged.work.verdicts.len(), 2);
        assert_eq!(lineage.head(), Some("r2"));
        // The other tab then builds on r2 and removes its rejection: this
        // page, saved on r2, takes that as it is.
        lineage.record("r3", merged.clone());
        let follow = lineage.follow(&merged, true, &rev("r4", "r3"), &edits(ours.clone()));
        // … and while something of the page is unsaved, merges it in.
        let mut copy = lineage.clone();
        copy.record("r3", merged.clone());
        let mut unsaved = merged.clone();
        unsaved.work.accept(&doc, entity(&doc, "Olek Nowak"));
        let Follow::Merged(kept) = copy.follow(&unsaved, true, &rev("r4", "r3"), &edits(ours.clone())) else {
            panic!("the unsaved accept must be merged in")
        };
        assert_eq!(kept.work.verdicts.len(), 2, "their removal and our unsaved accept: {kept:?}");
        assert_eq!(follow, Follow::TakeTheirs);
        // A save from an unknown base deletes nothing of ours.
        let unknown = lineage.follow(&edits(ours.clone()), true, &rev("r5", "gone"), &start);
        assert_eq!(unknown, Follow::Merged(edits(ours)));
    }
}
