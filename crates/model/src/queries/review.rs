//! The review list: every highlight in reading order as a row, filtered by
//! label, status and text, and the counts of suggested and confirmed
//! highlights per label.

use marginalia_engine::Document;

use super::NO_NAMED_SOURCE;
use crate::label::{background_for, LabelDef, LabelId, Layer};
use crate::library::shorten;
use crate::mark::{Mark, Status};
use crate::mark_id::MarkId;

/// One row of the review list.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ReviewRow {
    /// The highlight.
    pub id: MarkId,
    /// Its label's name.
    pub label: String,
    /// Its label's swatch colour.
    pub swatch: String,
    /// Suggested or confirmed.
    pub status: Status,
    /// Its text, shortened.
    pub text: String,
    /// Group, speaker, cue, hedging, tags and note, in a line.
    pub detail: Option<String>,
}

/// Which rows the list shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReviewFilter {
    /// Only this label (`None`: every label).
    pub label: Option<LabelId>,
    /// Only this status (`None`: both).
    pub status: Option<Status>,
    /// Only rows whose text, note, tags or speaker contain this (any case).
    pub text: String,
}

impl ReviewFilter {
    fn keeps(&self, m: &Mark, text: &str, needle: &str) -> bool {
        let has = |s: &str| s.to_lowercase().contains(needle);
        self.label.as_ref().is_none_or(|l| m.label.id == *l)
            && self.status.is_none_or(|s| m.status == s)
            && (needle.is_empty()
                || has(m.span.text(text))
                || has(&m.note)
                || m.tags.iter().any(|t| has(t))
                || m.speaker.as_deref().is_some_and(has))
    }
}

/// The rows of `marks` (of `doc`) that `filter` keeps, in reading order.
pub fn review_rows(doc: &Document, marks: &[Mark], filter: &ReviewFilter) -> Vec<ReviewRow> {
    let needle = filter.text.to_lowercase();
    marks
        .iter()
        .filter(|m| filter.keeps(m, &doc.text, &needle))
        .map(|m| ReviewRow {
            id: m.id,
            label: m.label.name.clone(),
            swatch: background_for(&m.label.colour),
            status: m.status,
            text: shorten(m.span.text(&doc.text), 140),
            detail: detail(m, &doc.text),
        })
        .collect()
}

/// The second line of a row: what the highlight carries besides its text.
fn detail(m: &Mark, text: &str) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    match m.label.layer {
        Layer::Entity => parts.extend(m.canonical.clone().filter(|c| c != m.span.text(text))),
        Layer::Claim => {
            parts.push(m.speaker.clone().unwrap_or_else(|| NO_NAMED_SOURCE.into()));
            parts.extend(m.cue.clone());
            if m.hedged {
                parts.push("hedged".into());
            }
        }
    }
    if !m.tags.is_empty() {
        parts.push(format!("#{}", m.tags.join(" #")));
    }
    if !m.note.is_empty() {
        parts.push(format!("note: {}", shorten(&m.note, 60)));
    }
    (!parts.is_empty()).then(|| parts.join(" · "))
}

/// How many highlights of one label await review, and how many are confirmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelCount {
    /// The label.
    pub label: LabelDef,
    /// Its swatch colour.
    pub swatch: String,
    /// Highlights still suggested.
    pub suggested: usize,
    /// Highlights confirmed.
    pub confirmed: usize,
}

/// The counts of every label in use, and of every label of the user's
/// (used or not), in the order of `labels`.
pub fn label_counts(labels: Vec<LabelDef>, marks: &[Mark]) -> Vec<LabelCount> {
    labels
        .into_iter()
        .map(|label| {
            let of = |s: Status| marks.iter().filter(|m| m.label.id == label.id && m.status == s).count();
            let (suggested, confirmed) = (of(Status::Suggested), of(Status::Confirmed));
            LabelCount { swatch: background_for(&label.colour), label, suggested, confirmed }
        })
        .filter(|c| c.suggested + c.confirmed > 0 || !c.label.id.is_builtin())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;
    use crate::work::Work;

    #[test]
    fn rows_follow_the_filters_and_counts_follow_the_decisions() {
        let mut work = Work::default();
        let (doc, marks) = fixture::marks(&work);
        let all = review_rows(&doc, &marks, &ReviewFilter::default());
        assert_eq!(all.len(), marks.len());
        let places = ReviewFilter { label: Some(LabelId::new("LOC")), ..Default::default() };
        assert_eq!(review_rows(&doc, &marks, &places).iter().map(|r| r.text.as_str()).collect::<Vec<_>>(), ["Kraków"]);
        let by_text = ReviewFilter { text: "BRIDGE".into(), ..Default::default() };
        assert_eq!(review_rows(&doc, &marks, &by_text).len(), 1, "{:?}", review_rows(&doc, &marks, &by_text));
        // Accepting one person moves it from suggested to confirmed.
        let person = marks.iter().find(|m| m.label.id == "PERSON").unwrap().id;
        work.accept(&doc, person);
        let marks = crate::mark::derive_marks(&doc, &work);
        let confirmed = ReviewFilter { status: Some(Status::Confirmed), ..Default::default() };
        assert_eq!(review_rows(&doc, &marks, &confirmed).len(), 1);
        let counts = label_counts(work.all_labels(), &marks);
        let people = counts.iter().find(|c| c.label.id == "PERSON").unwrap();
        assert_eq!(
            (people.confirmed, people.suggested + people.confirmed),
            (1, marks.iter().filter(|m| m.label.id == "PERSON").count())
        );
        assert!(counts.iter().all(|c| c.suggested + c.confirmed > 0), "unused built-in labels are left out");
    }

    #[test]
    fn a_claim_row_names_its_speaker_or_says_there_is_none() {
        let (doc, marks) = fixture::marks(&Work::default());
        let claims = ReviewFilter { label: Some(LabelId::new("quote")), ..Default::default() };
        let rows = review_rows(&doc, &marks, &claims);
        assert_eq!(rows[0].detail.as_deref().map(|d| d.split(" · ").next()), Some(Some("Ana Ruiz")));
    }
}
