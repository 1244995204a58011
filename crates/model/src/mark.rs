//! Marks: every highlight the user sees, derived from the engine's output
//! and the user's work in one list. Suggestions the user rejected or
//! replaced are left out; the rest are `Suggested` until accepted, and the
//! user's own annotations are `Confirmed`. Spans are bytes of the text.

use std::collections::HashMap;

use marginalia_engine::{CharPos, Document, OffsetMap, Span};

use crate::label::{LabelDef, LabelId, Layer};
pub use crate::mark_id::MarkId;
use crate::work::{Decision, OwnAnnotation, SuggestionKey, Verdict, Work};

/// Where a highlight stands in review.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// Proposed by the engine, not yet reviewed.
    Suggested,
    /// Accepted, or made by the user.
    Confirmed,
}

impl Status {
    /// `suggested` / `confirmed`.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Suggested => "suggested",
            Status::Confirmed => "confirmed",
        }
    }
}

/// One highlight as shown.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Mark {
    /// Which highlight.
    pub id: MarkId,
    /// What it covers (bytes).
    pub span: Span,
    /// Its label.
    pub label: LabelDef,
    /// Suggested or confirmed.
    pub status: Status,
    /// The user's note.
    pub note: String,
    /// The user's tags.
    pub tags: Vec<String>,
    /// The name group (entity layer).
    pub canonical: Option<String>,
    /// Who said it (claim layer).
    pub speaker: Option<String>,
    /// The attribution verb (claim layer).
    pub cue: Option<String>,
    /// Hedged (claim layer).
    pub hedged: bool,
    /// When the user made it or confirmed it, and last changed it
    /// (milliseconds since 1970; 0: not known, or a suggestion).
    pub created: u64,
    /// See `created`.
    pub modified: u64,
}

/// The label shown for an id no longer defined (a removed label of the user's).
fn unknown_label(id: &str) -> LabelDef {
    LabelDef {
        id: LabelId::new(id),
        name: format!("{id} (removed label)"),
        colour: "#868e96".into(),
        key: None,
        layer: Layer::Entity,
    }
}

/// Every visible highlight of `doc` under `work`, sorted by start, longer
/// first (so outer layers come before inner ones).
pub fn derive_marks(doc: &Document, work: &Work) -> Vec<Mark> {
    let map = OffsetMap::new(&doc.text);
    let labels: HashMap<LabelId, LabelDef> = work.all_labels().into_iter().map(|l| (l.id.clone(), l)).collect();
    let label = |id: &str| labels.get(id).cloned().unwrap_or_else(|| unknown_label(id));
    let verdicts: HashMap<&SuggestionKey, &Verdict> = work.verdicts.iter().map(|v| (&v.key, v)).collect();
    let mut marks = Vec::with_capacity(doc.entities.len() + doc.claims.len() + work.annotations.len());
    let suggestion = |id: MarkId, span: Span, label_id: &str| {
        let key = SuggestionKey::of(&doc.text, &map, span, label_id);
        let verdict = verdicts.get(&key).copied();
        if verdict.is_some_and(|v| v.decision != Decision::Accepted) {
            return None;
        }
        Some(Mark {
            id,
            span,
            label: label(label_id),
            status: if verdict.is_some() { Status::Confirmed } else { Status::Suggested },
            note: verdict.map(|v| v.note.clone()).unwrap_or_default(),
            tags: verdict.map(|v| v.tags.clone()).unwrap_or_default(),
            canonical: None,
            speaker: None,
            cue: None,
            hedged: false,
            created: verdict.map_or(0, |v| v.created),
            modified: verdict.map_or(0, |v| v.modified),
        })
    };
    for (i, e) in doc.entities.iter().enumerate() {
        if let Some(mut m) = suggestion(MarkId::Entity(i), e.span, e.label.as_str()) {
            m.canonical = e.canonical.clone();
            marks.push(m);
        }
    }
    for (i, c) in doc.claims.iter().enumerate() {
        if let Some(mut m) = suggestion(MarkId::Claim(i), c.span, c.kind.as_str()) {
            m.speaker = c.speaker.clone();
            m.cue = c.cue.clone();
            m.hedged = c.hedged;
            marks.push(m);
        }
    }
    marks.extend(work.annotations.iter().filter_map(|a| own_mark(doc, &map, a, label(a.label.as_str()))));
    marks.sort_by(|a, b| a.span.start.cmp(&b.span.start).then(b.span.end.cmp(&a.span.end)).then(a.id.cmp(&b.id)));
    marks
}

/// The mark of an own annotation labelled `label`, if its offsets still
/// cover its text.
fn own_mark(doc: &Document, map: &OffsetMap, a: &OwnAnnotation, label: LabelDef) -> Option<Mark> {
    let span = own_span(map, &doc.text, a.start, a.end, &a.text)?;
    Some(Mark {
        id: MarkId::Own(a.id),
        span,
        label,
        status: Status::Confirmed,
        note: a.note.clone(),
        tags: a.tags.clone(),
        // Merges the user made of name groups hold for their own names too.
        canonical: a.canonical.as_deref().map(|c| doc.corrections.merged_name(c)),
        speaker: a.speaker.clone(),
        cue: a.cue.clone(),
        hedged: a.hedged,
        created: a.created,
        modified: a.modified,
    })
}

/// The byte span of an own annotation, if its offsets still cover its text.
fn own_span(map: &OffsetMap, text: &str, start: usize, end: usize, expected: &str) -> Option<Span> {
    let (s, e) = (map.char_to_byte(CharPos(start))?, map.char_to_byte(CharPos(end))?);
    (s < e && &text[s..e] == expected).then(|| Span::new(s, e))
}

/// Own annotations whose offsets no longer cover their text.
pub fn unplaced(doc: &Document, work: &Work) -> usize {
    let map = OffsetMap::new(&doc.text);
    work.annotations.iter().filter(|a| own_span(&map, &doc.text, a.start, a.end, &a.text).is_none()).count()
}
