//! The user's work on one document: decisions on the engine's suggestions,
//! their own annotations, and their own labels.
//!
//! Like the engine's corrections, the work is kept by content and in code
//! points (a suggestion is named by its label, first code point and text; an
//! annotation carries the text it covers), so it is applied again when the
//! engine reruns, and can be re-anchored when the text is edited. Editing a
//! suggestion (new label, new extent) replaces it with an annotation of the
//! user's own, and the suggestion is marked replaced so it does not come
//! back. All operations name their target by [`MarkId`].

use marginalia_engine::{CharPos, Document, OffsetMap, Span, TextEdit};
use serde::{Deserialize, Serialize};

use crate::check::Check;
use crate::facts::ArticleFacts;
use crate::keys::is_reserved;
use crate::label::{builtin_labels, next_custom_number, parse_colour, LabelDef, LabelError, LabelId, Layer};
use crate::mark_id::MarkId;

/// Everything the user did to one document, besides the engine corrections.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Work {
    /// The user's own labels (the built-in ones are implied).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub labels: Vec<LabelDef>,
    /// Decisions on engine suggestions, one per suggestion.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub verdicts: Vec<Verdict>,
    /// Annotations the user made, or made from a suggestion by editing it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub annotations: Vec<OwnAnnotation>,
    /// The id the next own annotation gets.
    #[serde(default)]
    pub next_id: u64,
    /// The article's URL, outlet, authors and date.
    #[serde(default, skip_serializing_if = "ArticleFacts::is_empty")]
    pub facts: ArticleFacts,
}

/// Names one engine suggestion by content.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct SuggestionKey {
    /// Its label id (`PERSON`…, `quote`, `reported`).
    pub label: LabelId,
    /// Its first code point.
    pub start: usize,
    /// The text it covers.
    pub text: String,
}

/// What the user decided about a suggestion.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    /// Confirmed as it is.
    Accepted,
    /// Wrong: hidden, and kept hidden when the engine reruns.
    Rejected,
    /// Edited: an own annotation stands in its place.
    Replaced,
}

/// A decision on one suggestion, with the note and tags of an accepted one.
/// Saved as `{"suggestion": {label, start, text}, "decision": …}`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    /// The suggestion.
    #[serde(rename = "suggestion")]
    pub key: SuggestionKey,
    /// The decision.
    pub decision: Decision,
    /// The user's note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The user's tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// When the user made it, in milliseconds since 1970 (0: before
    /// Marginalia kept times).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub created: u64,
    /// When the user last changed it (0: never since it was made).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub modified: u64,
    /// The desk's check of the claim (claim labels).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::check::saved")]
    pub check: Option<Check>,
}

/// An annotation of the user's own, offsets in code points.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnAnnotation {
    /// Unique within the document.
    pub id: u64,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text it covers (to re-anchor it when the text changes).
    pub text: String,
    /// Its label id.
    pub label: LabelId,
    /// The user's note.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The user's tags.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Who said it (claim labels).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// The attribution verb (claim labels).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// Whether the article distances itself (claim labels).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub hedged: bool,
    /// The name group it belongs to (entity labels).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// When the user made it, in milliseconds since 1970 (0: before
    /// Marginalia kept times).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub created: u64,
    /// When the user last changed it (0: never since it was made).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub modified: u64,
    /// The desk's check of the claim (claim labels).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::check::saved")]
    pub check: Option<Check>,
}

/// The engine facts a suggestion brings along when it is taken over.
struct Suggestion {
    key: SuggestionKey,
    span: Span,
    speaker: Option<String>,
    cue: Option<String>,
    hedged: bool,
    canonical: Option<String>,
}

fn suggestion(doc: &Document, map: &OffsetMap, id: MarkId) -> Option<Suggestion> {
    let (span, label, speaker, cue, hedged, canonical) = match id {
        MarkId::Entity(i) => {
            let e = doc.entities.get(i)?;
            (e.span, e.label.as_str(), None, None, false, e.canonical.clone())
        }
        MarkId::Claim(i) => {
            let c = doc.claims.get(i)?;
            (c.span, c.kind.as_str(), c.speaker.clone(), c.cue.clone(), c.hedged, None)
        }
        MarkId::Own(_) => return None,
    };
    Some(Suggestion { key: SuggestionKey::of(&doc.text, map, span, label), span, speaker, cue, hedged, canonical })
}

/// The key of engine suggestion `id` (`None` for an own annotation, or an
/// id that names nothing).
fn suggestion_key(doc: &Document, map: &OffsetMap, id: MarkId) -> Option<SuggestionKey> {
    suggestion(doc, map, id).map(|s| s.key)
}

impl SuggestionKey {
    /// The key of the suggestion labelled `label` over `span` (bytes) of
    /// `text`, whose offset map is `map`.
    pub fn of(text: &str, map: &OffsetMap, span: Span, label: &str) -> SuggestionKey {
        SuggestionKey {
            label: LabelId::new(label),
            start: map.byte_to_char(span.start).0,
            text: span.text(text).to_string(),
        }
    }
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// A piece of the user's work that keeps when it was made and changed.
trait Stamped: PartialEq {
    /// What names it across versions of the work.
    fn same_as(&self, other: &Self) -> bool;
    fn times(&mut self) -> (&mut u64, &mut u64);
}

impl Stamped for Verdict {
    fn same_as(&self, other: &Self) -> bool {
        self.key == other.key
    }
    fn times(&mut self) -> (&mut u64, &mut u64) {
        (&mut self.created, &mut self.modified)
    }
}

impl Stamped for OwnAnnotation {
    fn same_as(&self, other: &Self) -> bool {
        self.id == other.id
    }
    fn times(&mut self) -> (&mut u64, &mut u64) {
        (&mut self.created, &mut self.modified)
    }
}

/// Stamps `items` against what they were (`before`) with `now`: an item
/// new gets it as `created`, a changed one as `modified`. An action changes
/// items in place or adds them at the end, so each is looked for at its
/// own index first.
fn stamp<T: Stamped>(items: &mut [T], before: &[T], now: u64) {
    for (i, item) in items.iter_mut().enumerate() {
        let same = |b: &&T| b.same_as(item);
        let old = before.get(i).filter(same).or_else(|| before.iter().find(same));
        match old {
            None => *item.times().0 = now,
            Some(old) if old != item => *item.times().1 = now,
            Some(_) => {}
        }
    }
}

impl Work {
    /// Records when the user did what changed since `before` (the work as
    /// it was before one action): `now` is milliseconds since 1970.
    pub fn stamp_changes(&mut self, before: &Work, now: u64) {
        stamp(&mut self.verdicts, &before.verdicts, now);
        stamp(&mut self.annotations, &before.annotations, now);
    }

    /// The verdict on `key`, if any.
    pub fn verdict(&self, key: &SuggestionKey) -> Option<&Verdict> {
        self.verdicts.iter().find(|v| &v.key == key)
    }

    fn verdict_mut(&mut self, key: SuggestionKey) -> &mut Verdict {
        match self.verdicts.iter().position(|v| v.key == key) {
            Some(i) => &mut self.verdicts[i],
            None => {
                self.verdicts.push(Verdict {
                    key,
                    decision: Decision::Accepted,
                    note: String::new(),
                    tags: Vec::new(),
                    created: 0,
                    modified: 0,
                    check: None,
                });
                self.verdicts.last_mut().expect("just pushed")
            }
        }
    }

    /// The own annotation with this id.
    pub fn own(&self, id: u64) -> Option<&OwnAnnotation> {
        self.annotations.iter().find(|a| a.id == id)
    }

    fn own_mut(&mut self, id: u64) -> Option<&mut OwnAnnotation> {
        self.annotations.iter_mut().find(|a| a.id == id)
    }

    /// Confirms a suggestion. Own annotations are confirmed already.
    pub fn accept(&mut self, doc: &Document, id: MarkId) {
        let map = OffsetMap::new(&doc.text);
        if let Some(s) = suggestion(doc, &map, id) {
            self.verdict_mut(s.key).decision = Decision::Accepted;
        }
    }

    /// Removes a highlight: a suggestion is rejected (and stays so when the
    /// engine reruns), an own annotation is deleted.
    pub fn delete(&mut self, doc: &Document, id: MarkId) {
        match id {
            MarkId::Own(own) => self.annotations.retain(|a| a.id != own),
            _ => {
                let map = OffsetMap::new(&doc.text);
                if let Some(s) = suggestion(doc, &map, id) {
                    self.verdict_mut(s.key).decision = Decision::Rejected;
                }
            }
        }
    }

    /// Decides every suggestion with `label` still open to review; returns
    /// how many.
    pub fn decide_all(&mut self, doc: &Document, label: &str, decision: Decision) -> usize {
        let map = OffsetMap::new(&doc.text);
        let ids = (0..doc.entities.len()).map(MarkId::Entity).chain((0..doc.claims.len()).map(MarkId::Claim));
        let mut decided = 0;
        for id in ids {
            let Some(s) = suggestion(doc, &map, id) else { continue };
            if s.key.label != label || self.verdict(&s.key).is_some() {
                continue;
            }
            self.verdict_mut(s.key).decision = decision;
            decided += 1;
        }
        decided
    }

    /// The note and tags of a highlight, to edit: an own annotation's, or
    /// the verdict of a suggestion (which editing them confirms). `None`
    /// when `id` names nothing.
    fn remarks_mut(&mut self, doc: &Document, id: MarkId) -> Option<(&mut String, &mut Vec<String>)> {
        match id {
            MarkId::Own(own) => self.own_mut(own).map(|a| (&mut a.note, &mut a.tags)),
            _ => {
                let key = suggestion(doc, &OffsetMap::new(&doc.text), id)?.key;
                let v = self.verdict_mut(key);
                v.decision = Decision::Accepted;
                Some((&mut v.note, &mut v.tags))
            }
        }
    }

    /// Sets the note of a highlight (confirming a suggestion).
    pub fn set_note(&mut self, doc: &Document, id: MarkId, note: &str) {
        if let Some((slot, _)) = self.remarks_mut(doc, id) {
            *slot = note.trim().to_string();
        }
    }

    /// Sets the tags of a highlight (confirming a suggestion). Tags are
    /// trimmed; empty and repeated ones are dropped.
    pub fn set_tags(&mut self, doc: &Document, id: MarkId, tags: &[String]) {
        let mut clean: Vec<String> = Vec::new();
        for t in tags.iter().map(|t| t.trim()).filter(|t| !t.is_empty()) {
            if !clean.iter().any(|c| c == t) {
                clean.push(t.to_string());
            }
        }
        if let Some((_, slot)) = self.remarks_mut(doc, id) {
            *slot = clean;
        }
    }

    /// Adds an own annotation over `span` (bytes of `doc.text`); returns its id.
    pub fn add(&mut self, doc: &Document, span: Span, label: &str) -> MarkId {
        let map = OffsetMap::new(&doc.text);
        let id = self.next_id;
        self.next_id += 1;
        let text = span.text(&doc.text).to_string();
        let canonical = (label_layer(self, label) == Layer::Entity).then(|| text.clone());
        self.annotations.push(OwnAnnotation {
            id,
            start: map.byte_to_char(span.start).0,
            end: map.byte_to_char(span.end).0,
            text,
            label: LabelId::new(label),
            note: String::new(),
            tags: Vec::new(),
            speaker: None,
            cue: None,
            hedged: false,
            canonical,
            created: 0,
            modified: 0,
            check: None,
        });
        MarkId::Own(id)
    }

    /// Turns a suggestion into an own annotation standing in its place (the
    /// suggestion is marked replaced); own annotations stay as they are.
    /// Returns the own annotation's id.
    fn take_over(&mut self, doc: &Document, id: MarkId) -> Option<u64> {
        if let MarkId::Own(own) = id {
            return self.own(own).map(|a| a.id);
        }
        let map = OffsetMap::new(&doc.text);
        let s = suggestion(doc, &map, id)?;
        let (note, tags, check) = match self.verdicts.iter_mut().find(|v| v.key == s.key) {
            Some(v) => (v.note.clone(), v.tags.clone(), v.check.take()),
            None => Default::default(),
        };
        let own = self.next_id;
        self.next_id += 1;
        self.annotations.push(OwnAnnotation {
            id: own,
            start: s.key.start,
            end: map.byte_to_char(s.span.end).0,
            text: s.key.text.clone(),
            label: s.key.label.clone(),
            note,
            tags,
            speaker: s.speaker,
            cue: s.cue,
            hedged: s.hedged,
            canonical: s.canonical,
            created: 0,
            modified: 0,
            check,
        });
        self.verdict_mut(s.key).decision = Decision::Replaced;
        Some(own)
    }

    /// Gives a highlight another label; returns the id it has afterwards.
    pub fn relabel(&mut self, doc: &Document, id: MarkId, label: &str) -> Option<MarkId> {
        let own = self.take_over(doc, id)?;
        let entity = label_layer(self, label) == Layer::Entity;
        let a = self.own_mut(own)?;
        a.label = LabelId::new(label);
        if entity && a.canonical.is_none() {
            a.canonical = Some(a.text.clone());
        }
        Some(MarkId::Own(own))
    }

    /// Moves a highlight's ends to `span` (bytes); returns its id afterwards.
    pub fn resize(&mut self, doc: &Document, id: MarkId, span: Span) -> Option<MarkId> {
        if span.is_empty() || span.end > doc.text.len() {
            return None;
        }
        let own = self.take_over(doc, id)?;
        let map = OffsetMap::new(&doc.text);
        let a = self.own_mut(own)?;
        a.start = map.byte_to_char(span.start).0;
        a.end = map.byte_to_char(span.end).0;
        a.text = span.text(&doc.text).to_string();
        Some(MarkId::Own(own))
    }

    /// Sets who said a claim; returns its id afterwards.
    pub fn set_speaker(&mut self, doc: &Document, id: MarkId, speaker: Option<String>) -> Option<MarkId> {
        let own = self.take_over(doc, id)?;
        self.own_mut(own)?.speaker = speaker.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        Some(MarkId::Own(own))
    }

    /// Takes an own annotation out of its name group: it becomes a group of
    /// its own, named by its text.
    pub fn split_own(&mut self, id: u64) {
        if let Some(a) = self.own_mut(id) {
            a.canonical = Some(a.text.clone());
        }
    }

    /// Every label: the built-in ones, then the user's.
    pub fn all_labels(&self) -> Vec<LabelDef> {
        let mut labels = builtin_labels();
        labels.extend(self.labels.iter().cloned());
        labels
    }

    /// The label with this id.
    pub fn label(&self, id: &str) -> Option<LabelDef> {
        self.all_labels().into_iter().find(|l| l.id == id)
    }

    /// The label a key applies.
    pub fn label_for_key(&self, key: char) -> Option<LabelDef> {
        self.all_labels().into_iter().find(|l| l.key == Some(key))
    }

    /// Adds a label of the user's; returns its id.
    ///
    /// # Errors
    /// When the name is empty or taken, the colour is not `#rrggbb`, or the
    /// key is taken by another label or a command.
    pub fn add_label(
        &mut self,
        name: &str,
        colour: &str,
        key: Option<char>,
        layer: Layer,
    ) -> Result<LabelId, LabelError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(LabelError::NoName);
        }
        let all = self.all_labels();
        if all.iter().any(|l| l.name.eq_ignore_ascii_case(name)) {
            return Err(LabelError::NameTaken(name.to_string()));
        }
        if parse_colour(colour).is_none() {
            return Err(LabelError::BadColour(colour.to_string()));
        }
        let key = key.map(|k| k.to_ascii_lowercase());
        if let Some(k) = key {
            if is_reserved(k) || all.iter().any(|l| l.key == Some(k)) || k.is_whitespace() {
                return Err(LabelError::KeyTaken(k));
            }
        }
        let id = LabelId::custom(next_custom_number(&all));
        self.labels.push(LabelDef {
            id: id.clone(),
            name: name.to_string(),
            colour: colour.to_ascii_lowercase(),
            key,
            layer,
        });
        Ok(id)
    }

    /// Removes a label of the user's; its annotations stay, shown as
    /// "unknown label" until relabelled. Built-in labels cannot be removed.
    pub fn remove_label(&mut self, id: &str) -> bool {
        if LabelId::new(id).is_builtin() {
            return false;
        }
        let before = self.labels.len();
        self.labels.retain(|l| l.id != id);
        self.labels.len() != before
    }

    /// Re-anchors the work after the text changed from `old` to `new`: each
    /// suggestion key and own annotation moves to the occurrence of its text
    /// nearest to where it was. Returns how many could not be placed; those
    /// are kept (not shown) in case the text comes back.
    pub fn reanchor(&mut self, old: &str, new: &str) -> usize {
        if old == new {
            return 0;
        }
        let edit = TextEdit::between(old, new);
        let (old_map, new_map) = (OffsetMap::new(old), OffsetMap::new(new));
        let moved = |start: usize, text: &str| {
            let at = old_map.char_to_byte(CharPos(start)).unwrap_or(0);
            edit.find_near(new, text, at).map(|b| new_map.byte_to_char(b).0)
        };
        let mut lost = 0;
        for v in &mut self.verdicts {
            if let Some(start) = moved(v.key.start, &v.key.text) {
                v.key.start = start;
            }
        }
        for a in &mut self.annotations {
            match moved(a.start, &a.text) {
                Some(start) => {
                    a.end = start + a.text.chars().count();
                    a.start = start;
                }
                None => lost += 1,
            }
        }
        lost
    }
}

impl Work {
    /// The check of claim `id`, if it has one.
    pub fn check(&self, doc: &Document, id: MarkId) -> Option<&Check> {
        self.check_at(doc, &OffsetMap::new(&doc.text), id)
    }

    /// [`Work::check`] with the text's offset map made once by the caller.
    pub fn check_at(&self, doc: &Document, map: &OffsetMap, id: MarkId) -> Option<&Check> {
        match id {
            MarkId::Own(own) => self.own(own)?.check.as_ref(),
            _ => self.verdict(&suggestion_key(doc, map, id)?)?.check.as_ref(),
        }
    }

    /// Sets (or with `None` removes) the check of claim `id`; checking a
    /// suggested claim confirms it. False when `id` names nothing.
    pub fn set_check(&mut self, doc: &Document, id: MarkId, check: Option<Check>) -> bool {
        let slot = match id {
            MarkId::Own(own) => self.annotations.iter_mut().find(|a| a.id == own).map(|a| &mut a.check),
            _ => suggestion_key(doc, &OffsetMap::new(&doc.text), id).map(|key| {
                let v = self.verdict_mut(key);
                if check.is_some() {
                    v.decision = Decision::Accepted;
                }
                &mut v.check
            }),
        };
        slot.map(|slot| *slot = check).is_some()
    }
}

/// The layer of a label id (entity for unknown labels).
fn label_layer(work: &Work, label: &str) -> Layer {
    work.label(label).map_or(Layer::Entity, |l| l.layer)
}
