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
//! tab), and an annotation made the same in both is kept once. Without a known base (the other tab's base is gone from the
//! lineage, or an earlier version saved it), the merge deletes nothing.

use std::collections::{HashMap, VecDeque};

use marginalia_engine::Corrections;
use serde::Serialize;

use marginalia_engine::Document;

use crate::label::{next_custom_number, LabelId};
use crate::saved::{document_part_of, document_storage_json, join_storage_json, Revision, Stored};
use crate::work::{OwnAnnotation, Work};

/// What two tabs can both change in one article.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Edits {
    /// The engine corrections (speakers, merges, splits).
    pub corrections: Corrections,
    /// The user's work.
    pub work: Work,
}

/// How many revisions a lineage remembers.
const REMEMBERED: usize = 32;

/// The revisions of one article this page wrote or read, newest last, each
/// with its edits; the newest is the one the page stands on.
#[derive(Clone, Debug, Default)]
pub struct Lineage {
    known: VecDeque<(String, Edits)>,
}

/// What to do with another tab's save.
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

impl Edits {
    /// The edits held by a document (its corrections) and the work on it.
    pub fn of(doc: &Document, work: &Work) -> Edits {
        Edits { corrections: doc.corrections.clone(), work: work.clone() }
    }
}

/// The three-way merge of two tabs' edits built on `base`: every change of
/// either side since `base` is in the result.
pub fn merge(base: &Edits, ours: &Edits, theirs: &Edits) -> Edits {
    // Where one side changed nothing, the other is the merge, as it is.
    if theirs == base || ours == theirs {
        return ours.clone();
    }
    if ours == base {
        return theirs.clone();
    }
    let (b, o, t) = (&base.corrections, &ours.corrections, &theirs.corrections);
    let corrections = Corrections {
        speakers: merge_list(&b.speakers, &o.speakers, &t.speakers, |s| s.claim.clone()),
        merges: merge_list(&b.merges, &o.merges, &t.merges, |m| format!("{}\u{0}{}", m.from, m.into)),
        splits: merge_list(&b.splits, &o.splits, &t.splits, |s| format!("{}\u{0}{}", s.start, s.text)),
    };
    Edits { corrections, work: merge_work(&base.work, &ours.work, &theirs.work) }
}

fn merge_work(base: &Work, ours: &Work, theirs: &Work) -> Work {
    let (mut ours, mut theirs) = (ours.clone(), theirs.clone());
    renumber_label_clashes(base, &mut ours, &mut theirs);
    renumber_annotation_clashes(base, &mut ours, &mut theirs);
    let mut labels = merge_list(&base.labels, &ours.labels, &theirs.labels, |l| l.id.to_string());
    // Two labels created at once with the same key: the later one gives it up.
    for i in 1..labels.len() {
        if labels[i].key.is_some() && labels[..i].iter().any(|l| l.key == labels[i].key) {
            labels[i].key = None;
        }
    }
    let mut annotations = merge_list(&base.annotations, &ours.annotations, &theirs.annotations, |a| a.id.to_string());
    // The same annotation made in both tabs (or met again in a merge
    // without a base) is kept once.
    let mut seen: Vec<OwnAnnotation> = Vec::new();
    annotations.retain(|a| {
        let anonymous = OwnAnnotation { id: 0, ..a.clone() };
        let twin = seen.contains(&anonymous);
        seen.push(anonymous);
        !twin
    });
    let highest = annotations.iter().map(|a| a.id + 1).max().unwrap_or(0);
    Work {
        labels,
        verdicts: merge_list(&base.verdicts, &ours.verdicts, &theirs.verdicts, |v| {
            format!("{}\u{0}{}\u{0}{}", v.key.label, v.key.start, v.key.text)
        }),
        annotations,
        next_id: ours.next_id.max(theirs.next_id).max(highest),
    }
}

/// One item of one side as the merge compares it: its name and its value,
/// both as strings, so that one copy of the merge serves every list (a
/// copy per item type would cost the WASM bundle several KB each).
struct Entry {
    key: String,
    value: String,
}

fn entries<T: Serialize>(list: &[T], key: impl Fn(&T) -> String) -> Vec<Entry> {
    list.iter().map(|x| Entry { key: key(x), value: serde_json::to_string(x).unwrap_or_default() }).collect()
}

/// Where an item of the merge comes from.
#[derive(Clone, Copy)]
enum Side {
    Ours,
    Theirs,
}

/// The three-way merge of one list of items named by `key`: items of
/// `base` in their order (as changed, or gone when deleted), then the items
/// new on either side, the two sides in an order every tab agrees on.
fn merge_list<T>(base: &[T], ours: &[T], theirs: &[T], key: impl Fn(&T) -> String) -> Vec<T>
where
    T: Clone + PartialEq + Serialize,
{
    if theirs == base || ours == theirs {
        return ours.to_vec();
    }
    if ours == base {
        return theirs.to_vec();
    }
    let (b, o, t) = (entries(base, &key), entries(ours, &key), entries(theirs, &key));
    let take = |(side, i): (Side, usize)| match side {
        Side::Ours => ours[i].clone(),
        Side::Theirs => theirs[i].clone(),
    };
    merge_plan(&b, &o, &t).into_iter().map(take).collect()
}

/// [`merge_list`] on the entries: which item of which side each item of
/// the merge is. Of two different values of one item, every tab keeps the
/// larger.
fn merge_plan(base: &[Entry], ours: &[Entry], theirs: &[Entry]) -> Vec<(Side, usize)> {
    let index = |list: &[Entry]| -> HashMap<String, usize> {
        list.iter().enumerate().map(|(i, e)| (e.key.clone(), i)).collect()
    };
    let (in_base, in_ours, in_theirs) = (index(base), index(ours), index(theirs));
    let mut plan: Vec<(Side, usize)> = Vec::with_capacity(ours.len().max(theirs.len()));
    for b in base {
        let (o, t) = (in_ours.get(&b.key).copied(), in_theirs.get(&b.key).copied());
        let kept = match (o, t) {
            (None, None) => None,
            // Deleted on one side: gone, unless the other side changed it.
            (Some(o), None) => (ours[o].value != b.value).then_some((Side::Ours, o)),
            (None, Some(t)) => (theirs[t].value != b.value).then_some((Side::Theirs, t)),
            (Some(o), Some(t)) if theirs[t].value == b.value => Some((Side::Ours, o)),
            (Some(o), Some(t)) if ours[o].value == b.value => Some((Side::Theirs, t)),
            (Some(o), Some(t)) if ours[o].value >= theirs[t].value => Some((Side::Ours, o)),
            (Some(_), Some(t)) => Some((Side::Theirs, t)),
        };
        plan.extend(kept);
    }
    let new =
        |list: &[Entry]| -> Vec<usize> { (0..list.len()).filter(|&i| !in_base.contains_key(&list[i].key)).collect() };
    let (new_ours, new_theirs) = (new(ours), new(theirs));
    let values = |list: &[Entry], new: &[usize]| new.iter().map(|&i| list[i].value.clone()).collect::<Vec<_>>();
    let ours_first = values(ours, &new_ours) < values(theirs, &new_theirs);
    let (first, second) = if ours_first {
        ((Side::Ours, new_ours), (Side::Theirs, new_theirs))
    } else {
        ((Side::Theirs, new_theirs), (Side::Ours, new_ours))
    };
    let entry = |(side, i): (Side, usize)| match side {
        Side::Ours => &ours[i],
        Side::Theirs => &theirs[i],
    };
    let mut placed: HashMap<String, usize> = HashMap::new();
    for (side, list) in [first, second] {
        for i in list {
            let item = (side, i);
            match placed.get(&entry(item).key) {
                Some(&at) if entry(item).value > entry(plan[at]).value => plan[at] = item,
                Some(_) => {}
                None => {
                    placed.insert(entry(item).key.clone(), plan.len());
                    plan.push(item);
                }
            }
        }
    }
    plan
}

/// Keys created on both sides since `base` for different items, in key
/// order, each with `true` when ours is the one to rename (the smaller
/// value: the same choice in every tab).
fn clashes<T: Serialize>(base: &[T], ours: &[T], theirs: &[T], key: impl Fn(&T) -> String) -> Vec<(String, bool)> {
    let (b, o, t) = (entries(base, &key), entries(ours, &key), entries(theirs, &key));
    let mut found: Vec<(String, bool)> = o
        .iter()
        .filter(|o| !b.iter().any(|b| b.key == o.key))
        .filter_map(|o| {
            let t = t.iter().find(|t| t.key == o.key)?;
            (t.value != o.value).then(|| (o.key.clone(), o.value < t.value))
        })
        .collect();
    found.sort();
    found
}

fn renumber_annotation_clashes(base: &Work, ours: &mut Work, theirs: &mut Work) {
    let found =
        clashes(&base.annotations, &ours.annotations, &theirs.annotations, |a: &OwnAnnotation| a.id.to_string());
    let mut next = [&*ours, &*theirs]
        .iter()
        .flat_map(|w| w.annotations.iter().map(|a| a.id + 1).chain([w.next_id]))
        .max()
        .unwrap_or(0);
    for (id, ours_loses) in found {
        let side = if ours_loses { &mut *ours } else { &mut *theirs };
        if let Some(a) = side.annotations.iter_mut().find(|a| a.id.to_string() == id) {
            a.id = next;
            next += 1;
            side.next_id = side.next_id.max(next);
        }
    }
}

fn renumber_label_clashes(base: &Work, ours: &mut Work, theirs: &mut Work) {
    let found = clashes(&base.labels, &ours.labels, &theirs.labels, |l| l.id.to_string());
    let first_free = next_custom_number(ours.labels.iter().chain(&theirs.labels));
    for (n, (id, ours_loses)) in (first_free..).zip(found) {
        let side = if ours_loses { &mut *ours } else { &mut *theirs };
        let renamed = LabelId::custom(n);
        for l in side.labels.iter_mut().filter(|l| *l.id == *id) {
            l.id = renamed.clone();
        }
        for a in side.annotations.iter_mut().filter(|a| *a.label == *id) {
            a.label = renamed.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::Layer;
    use crate::mark_id::MarkId;
    use marginalia_engine::{Document, Merge, Span};

    const TEXT: &str = "Mayor Ana Ruiz visited Kraków on Monday with Olek Nowak of Acme Corp.";

    fn doc() -> Document {
        Document::analyze(TEXT)
    }

    fn entity(doc: &Document, text: &str) -> MarkId {
        MarkId::Entity(doc.entities.iter().position(|e| e.span.text(&doc.text) == text).expect(text))
    }

    fn span(text: &str) -> Span {
        let at = TEXT.find(text).expect(text);
        Span::new(at, at + text.len())
    }

    fn edits(work: Work) -> Edits {
        Edits { corrections: Corrections::default(), work }
    }

    /// Merges in both directions and checks both tabs end with the same edits.
    fn both_ways(base: &Edits, a: &Edits, b: &Edits) -> Edits {
        let ab = merge(base, a, b);
        let ba = merge(base, b, a);
        assert_eq!(ab, ba, "the two tabs disagree");
        ab
    }

    #[test]
    fn an_accept_and_a_reject_made_at_once_both_survive() {
        let doc = doc();
        let base = edits(Work::default());
        let mut a = Work::default();
        a.accept(&doc, entity(&doc, "Ana Ruiz"));
        let mut b = Work::default();
        b.delete(&doc, entity(&doc, "Kraków"));
        let merged = both_ways(&base, &edits(a.clone()), &edits(b.clone()));
        assert_eq!(merged.work.verdicts.len(), 2);
        for v in a.verdicts.iter().chain(&b.verdicts) {
            assert!(merged.work.verdicts.contains(v), "{v:?} lost");
        }
    }

    #[test]
    fn a_deletion_since_the_base_is_taken_and_an_edit_beats_a_deletion() {
        let doc = doc();
        let mut base = Work::default();
        base.add(&doc, span("Monday"), "DATE");
        base.add(&doc, span("Acme"), "ORG");
        let mut a = base.clone();
        a.delete(&doc, MarkId::Own(0));
        let mut b = base.clone();
        b.delete(&doc, MarkId::Own(1));
        let merged = both_ways(&edits(base.clone()), &edits(a.clone()), &edits(b.clone()));
        assert!(merged.work.annotations.is_empty(), "each tab's deletion is taken");
        // One tab notes an annotation while the other tags another one:
        // the note is taken.
        let mut noted = base.clone();
        noted.set_note(&doc, MarkId::Own(0), "check the date");
        let mut tagged = base.clone();
        tagged.set_tags(&doc, MarkId::Own(1), &["follow up".to_string()]);
        let merged = both_ways(&edits(base.clone()), &edits(noted), &edits(tagged));
        assert_eq!(merged.work.own(0).map(|a| a.note.as_str()), Some("check the date"));
        assert_eq!(merged.work.own(1).map(|a| a.tags.len()), Some(1));
        // One tab notes an annotation the other deletes: the note stays.
        let mut noted = base.clone();
        noted.set_note(&doc, MarkId::Own(0), "check the date");
        let merged = both_ways(&edits(base.clone()), &edits(noted), &edits(a));
        assert_eq!(merged.work.own(0).map(|a| a.note.as_str()), Some("check the date"));
    }

    #[test]
    fn different_decisions_on_one_suggestion_end_the_same_in_both_tabs() {
        let doc = doc();
        let base = edits(Work::default());
        let mut a = Work::default();
        a.accept(&doc, entity(&doc, "Kraków"));
        let mut b = Work::default();
        b.delete(&doc, entity(&doc, "Kraków"));
        let merged = both_ways(&base, &edits(a), &edits(b));
        assert_eq!(merged.work.verdicts.len(), 1);
    }

    #[test]
    fn annotations_and_labels_made_at_once_under_one_id_both_stay() {
        let doc = doc();
        let mut base = Work::default();
        base.add(&doc, span("Monday"), "DATE");
        let mut a = base.clone();
        let ka = a.add_label("Claim to check", "#aa3300", Some('q'), Layer::Claim).unwrap();
        let own_a = a.add(&doc, span("visited"), &ka);
        let mut b = base.clone();
        let kb = b.add_label("Vehicle", "#0033aa", Some('q'), Layer::Entity).unwrap();
        let own_b = b.add(&doc, span("Olek Nowak"), &kb);
        assert_eq!((&ka, own_a), (&kb, own_b), "the clash this test is about");
        let merged = both_ways(&edits(base), &edits(a), &edits(b));
        let w = &merged.work;
        assert_eq!(w.annotations.len(), 3);
        assert_eq!(w.labels.len(), 2);
        assert_eq!(w.labels.iter().filter(|l| l.key == Some('q')).count(), 1, "one key, one label");
        for (text, name) in [("visited", "Claim to check"), ("Olek Nowak", "Vehicle")] {
            let a = w.annotations.iter().find(|a| a.text == text).unwrap();
            assert_eq!(w.label(&a.label).map(|l| l.name), Some(name.to_string()), "{text} kept its label");
        }
        assert!(w.next_id > w.annotations.iter().map(|a| a.id).max().unwrap());
        let mut ids: Vec<u64> = w.annotations.iter().map(|a| a.id).collect();
        ids.dedup();
        assert_eq!(ids.len(), 3);
    }

    #[test]
    fn corrections_of_both_tabs_are_kept() {
        let mut a = Corrections::default();
        a.merges.push(Merge { from: "Ruiz".into(), into: "Ana Ruiz".into() });
        let mut b = Corrections::default();
        b.merges.push(Merge { from: "Nowak".into(), into: "Olek Nowak".into() });
        let ea = Edits { corrections: a, work: Work::default() };
        let eb = Edits { corrections: b, work: Work::default() };
        assert_eq!(both_ways(&Edits::default(), &ea, &eb).corrections.merges.len(), 2);
    }

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
