//! The three-way merge of two tabs' edits: what each side changed since
//! the base is in the result; where both changed one item differently the
//! larger value wins, the same in every tab.

use std::collections::HashMap;

use marginalia_engine::Corrections;
use serde::Serialize;

use super::Edits;
use crate::facts::ArticleFacts;
use crate::label::{next_custom_number, LabelId};
use crate::work::{OwnAnnotation, Work};

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
    // without a base) is kept once, whenever each tab made it.
    let mut seen: Vec<OwnAnnotation> = Vec::new();
    annotations.retain(|a| {
        let anonymous = OwnAnnotation { id: 0, created: 0, modified: 0, ..a.clone() };
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
        facts: ArticleFacts::merge(&base.facts, &ours.facts, &theirs.facts),
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
    use super::super::fixture::{doc, edits, entity, span};
    use super::*;
    use crate::label::Layer;
    use crate::mark_id::MarkId;
    use marginalia_engine::Merge;

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
    fn the_same_annotation_made_in_both_tabs_at_different_times_is_kept_once() {
        let doc = doc();
        let base = Work::default();
        let made_at = |now: u64| {
            let mut w = base.clone();
            w.add(&doc, span("Olek Nowak"), "ORG");
            w.stamp_changes(&base, now);
            w
        };
        let merged = both_ways(&edits(base.clone()), &edits(made_at(1_000)), &edits(made_at(2_000)));
        assert_eq!(merged.work.annotations.len(), 1);
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
}
