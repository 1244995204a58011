//! What a page knows of the open article's save, and what it writes: the
//! document's part of the stored JSON is kept between saves, so a review
//! action serialises only the work; another tab's save is taken in through
//! the lineage (`Lineage::follow`).

use marginalia_engine::{Corrections, Document};

use super::{Edits, Follow, Lineage};
use crate::saved::{document_part_of, document_storage_json, join_storage_json, Revision, Stored};
use crate::work::Work;

/// What this page knows of the open article's save: the lineage of its
/// revisions, and the document's part of the stored JSON (as storage holds
/// it, and as the page would write it), so that an edit of the work alone
/// serialises only the work, and "is it saved?" is answered in one place.
#[derive(Clone, Debug, Default)]
pub struct SaveState {
    lineage: Lineage,
    /// The document's part of what storage holds at the head.
    stored_part: Option<String>,
    /// The document's part for the page's document; `None` once the
    /// document changes, until the next save computes it.
    page_part: Option<String>,
}

/// What a save will write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pending {
    /// The stored JSON.
    pub json: String,
    /// The revision it names.
    pub revision: Revision,
    /// The edits it holds.
    pub edits: Edits,
}

impl SaveState {
    /// The state of an article just read from storage as `raw`.
    pub fn read(raw: &str, stored: &Stored) -> SaveState {
        SaveState::written(raw, &stored.document, &stored.work, stored.revision.as_ref())
    }

    /// The state of an article storage holds as `raw`: `doc` and `work`,
    /// saved as `revision`.
    pub fn written(raw: &str, doc: &Document, work: &Work, revision: Option<&Revision>) -> SaveState {
        let part = document_part_of(raw).map(str::to_string);
        SaveState {
            lineage: Lineage::starting_at(revision, Edits::of(doc, work)),
            stored_part: part.clone(),
            page_part: part,
        }
    }

    /// Tells the state that the page's document changed (its text or its
    /// corrections).
    pub fn document_changed(&mut self) {
        self.page_part = None;
    }

    /// Tells the state that the page's document is now the one storage
    /// holds (another tab's, taken as [`IncomingDocument::Theirs`]).
    pub fn took_stored_document(&mut self) {
        self.page_part = self.stored_part.clone();
    }

    /// True when storage holds `doc` and `work` as they are.
    pub fn is_saved(&self, work_and_corrections: &Edits) -> bool {
        self.page_part.is_some() && self.page_part == self.stored_part && self.lineage.is_saved(work_and_corrections)
    }

    /// What to write for `doc` and `work` as revision `id`, or `None` when
    /// storage holds them already.
    pub fn to_save(&mut self, doc: &Document, work: &Work, id: String) -> Option<Pending> {
        let edits = Edits::of(doc, work);
        let part = self.page_part.get_or_insert_with(|| document_storage_json(doc));
        if Some(&*part) == self.stored_part.as_ref() && self.lineage.is_saved(&edits) {
            return None;
        }
        let revision = Revision { id, parent: self.lineage.head().map(str::to_string) };
        Some(Pending { json: join_storage_json(part, work, &revision), revision, edits })
    }

    /// Records that `pending` landed in storage.
    pub fn saved(&mut self, pending: Pending) {
        self.stored_part = self.page_part.clone();
        self.lineage.record(&pending.revision.id, pending.edits);
    }

    /// Takes in another tab's save of this article (`raw`, read as
    /// `theirs`) while the page holds `doc` and `work`: what the page shows
    /// next. When the other tab changed the text, theirs is taken, and the
    /// page's work is moved onto it wherever its text still is.
    pub fn received(&mut self, raw: &str, theirs: &Stored, doc: &Document, work: &Work) -> Incoming {
        let mut ours = Edits::of(doc, work);
        let ours_saved = self.is_saved(&ours);
        let same_text = doc.text == theirs.document.text;
        if !same_text {
            ours.work.reanchor(&doc.text, &theirs.document.text);
            ours.corrections.reanchor(&doc.text, &theirs.document.text);
        }
        let their_edits = Edits::of(&theirs.document, &theirs.work);
        let revision = theirs.revision.clone().unwrap_or_else(|| Revision { id: String::new(), parent: None });
        let follow = self.lineage.follow(&ours, ours_saved, &revision, &their_edits);
        self.stored_part = document_part_of(raw).map(str::to_string);
        let (edits, as_they_are) = match follow {
            Follow::TakeTheirs => (their_edits, true),
            Follow::Merged(merged) => (merged, false),
        };
        let document = if same_text && edits.corrections == doc.corrections {
            IncomingDocument::Ours
        } else if edits.corrections == theirs.document.corrections {
            IncomingDocument::Theirs
        } else {
            IncomingDocument::TheirTextWith(edits.corrections)
        };
        Incoming { document, work: edits.work, as_they_are }
    }
}

/// What the page shows after another tab's save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Incoming {
    /// The document.
    pub document: IncomingDocument,
    /// The work (theirs, or the merge of both).
    pub work: Work,
    /// True when their save is taken as it is (the page's undo history then
    /// no longer applies); false after a merge, which the page then saves.
    pub as_they_are: bool,
}

/// Which document the page shows after another tab's save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IncomingDocument {
    /// Its own, unchanged.
    Ours,
    /// Theirs, as they saved it.
    Theirs,
    /// Their text, analysed again with these (merged) corrections.
    TheirTextWith(Corrections),
}

#[cfg(test)]
mod tests {
    use super::super::fixture::{doc, entity, span, TEXT};
    use super::*;

    /// One tab: its page (document, work) and what it knows of storage.
    struct Tab {
        doc: Document,
        work: Work,
        state: SaveState,
    }

    impl Tab {
        fn open(storage: &str) -> Tab {
            let stored = crate::saved::parse_stored(storage).unwrap();
            let state = SaveState::read(storage, &stored);
            Tab { doc: stored.document, work: stored.work, state }
        }
        /// Saves as revision `id`; returns what storage then holds.
        fn save(&mut self, id: &str) -> Option<String> {
            let pending = self.state.to_save(&self.doc, &self.work, id.to_string())?;
            let json = pending.json.clone();
            self.state.saved(pending);
            Some(json)
        }
        fn hear(&mut self, storage: &str) {
            let theirs = crate::saved::parse_stored(storage).unwrap();
            let incoming = self.state.received(storage, &theirs, &self.doc, &self.work);
            match incoming.document {
                IncomingDocument::Ours => {}
                IncomingDocument::Theirs => {
                    self.doc = theirs.document;
                    self.state.took_stored_document();
                }
                IncomingDocument::TheirTextWith(c) => {
                    self.doc = Document::analyze_with(&theirs.document.text, c);
                    self.state.document_changed();
                }
            }
            self.work = incoming.work;
        }
    }

    #[test]
    fn two_tabs_deciding_at_once_keep_both_decisions_through_further_saves() {
        let doc = doc();
        let storage =
            crate::saved::to_storage_json(&doc, &Work::default(), &Revision { id: "r0".into(), parent: None });
        let (mut a, mut b) = (Tab::open(&storage), Tab::open(&storage));
        assert_eq!(a.save("again"), None, "nothing to save after opening");
        // A accepts while B rejects; each saves before hearing of the other.
        a.work.accept(&a.doc, entity(&doc, "Ana Ruiz"));
        b.work.delete(&b.doc, entity(&doc, "Kraków"));
        let from_a = a.save("a1").unwrap();
        let from_b = b.save("b1").unwrap();
        assert_eq!(
            from_a,
            crate::saved::to_storage_json(&a.doc, &a.work, &Revision { id: "a1".into(), parent: Some("r0".into()) })
        );
        a.hear(&from_b);
        b.hear(&from_a);
        assert_eq!(a.work, b.work, "both tabs show the same");
        assert_eq!(a.work.verdicts.len(), 2);
        // Each saves the merge; hearing the other's merge changes nothing.
        let (merged_a, merged_b) = (a.save("a2").unwrap(), b.save("b2").unwrap());
        a.hear(&merged_b);
        b.hear(&merged_a);
        assert_eq!((a.save("a3"), b.save("b3")), (None, None), "the tabs agree with storage");
        // Another edit in one tab is taken by the other as it is.
        a.work.add(&a.doc, span("Monday"), "DATE");
        let from_a = a.save("a4").unwrap();
        b.hear(&from_a);
        assert_eq!(b.work, a.work);
        assert_eq!(b.save("b4"), None);
        // After a reload, both decisions and the tag are there.
        let reloaded = Tab::open(&from_a);
        assert_eq!(reloaded.work.verdicts.len(), 2);
        assert_eq!(reloaded.work.annotations.len(), 1);
    }

    #[test]
    fn a_text_edited_in_another_tab_is_taken_with_the_work_moved_onto_it() {
        let doc = doc();
        let storage =
            crate::saved::to_storage_json(&doc, &Work::default(), &Revision { id: "r0".into(), parent: None });
        let (mut a, mut b) = (Tab::open(&storage), Tab::open(&storage));
        a.work.add(&a.doc, span("Acme Corp"), "ORG");
        let edited = format!("Breaking. {TEXT}");
        b.doc = Document::analyze(&edited);
        b.state.document_changed();
        let from_b = b.save("b1").unwrap();
        a.hear(&from_b);
        assert_eq!(a.doc.text, edited);
        let own = &a.work.annotations[0];
        assert_eq!(edited.chars().skip(own.start).take(own.end - own.start).collect::<String>(), "Acme Corp");
    }
}
