//! The article's text edited: the engine runs again on the new text, and
//! the user's corrections and work move with the text they name.

use marginalia_engine::Document;

use crate::work::Work;

/// The document for `text` with `doc`'s corrections, and `work` moved onto
/// it; returns how many own annotations no longer match the text (they are
/// kept, unplaced, in case the text comes back).
pub fn with_new_text(doc: &Document, work: &mut Work, text: &str) -> (Document, usize) {
    let (carried, lost) = moved_to_text(doc, work, text);
    (Document::analyze_with(text, carried.corrections), lost)
}

/// What [`with_new_text`] does before the engine runs: the corrections and
/// `work` moved onto `text`, and a document of `text` with the annotations
/// the edit left whole, to show until the engine's come (which takes
/// `corrections` from it). Returns it and how many own annotations no
/// longer match the text.
pub fn moved_to_text(doc: &Document, work: &mut Work, text: &str) -> (Document, usize) {
    let mut corrections = doc.corrections.clone();
    corrections.reanchor(&doc.text, text);
    let lost = work.reanchor(&doc.text, text);
    (doc.carried_to(text, corrections), lost)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Ana Ruiz met Olek Nowak. Later Ruiz said the talks went well, and Ruiz left.";

    fn groups(doc: &Document) -> Vec<(String, Option<String>)> {
        doc.entities.iter().map(|e| (e.span.text(&doc.text).to_string(), e.canonical.clone())).collect()
    }

    #[test]
    fn a_split_mention_stays_split_when_the_text_above_it_is_edited() {
        let mut doc = Document::analyze(TEXT);
        let last = doc.entities.iter().rposition(|e| e.span.text(&doc.text) == "Ruiz").expect("a second Ruiz");
        doc.split_mention(last);
        let split_before = groups(&doc);
        let mut work = Work::default();
        let edited = format!("Madrid, Monday (Reuters). {TEXT}");
        let (after, _) = with_new_text(&doc, &mut work, &edited);
        assert_eq!(groups(&after)[after.entities.len() - split_before.len()..], split_before[..]);
    }
}
