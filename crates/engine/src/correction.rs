//! The user's corrections of the engine: a claim's speaker reassigned, two
//! entity groups merged, a wrong mention split out of its group.
//!
//! Corrections are kept by content, not by position (the claim's text, the
//! group's canonical name, the mention's text and code-point offset), so
//! they are applied again when the engine reruns, also on an edited text
//! where what they name is still there.

use serde::{Deserialize, Serialize};

use crate::offset::{CharPos, OffsetMap};
use crate::text_edit::TextEdit;
use crate::Document;

/// Every correction of one document, in the order made.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corrections {
    /// Claims whose speaker the user chose.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<SpeakerChoice>,
    /// Entity groups the user merged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub merges: Vec<Merge>,
    /// Mentions the user split out of their group.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub splits: Vec<Split>,
}

/// The speaker the user chose for the claim with this text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpeakerChoice {
    /// The claim's text.
    pub claim: String,
    /// The speaker's name, or `None` for "no named source".
    pub speaker: Option<String>,
}

/// The group named `from` joins the group named `into`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Merge {
    /// Canonical name of the group merged away.
    pub from: String,
    /// Canonical name of the group that stays.
    pub into: String,
}

/// The mention at `start` (code points) with this text leaves its group and
/// becomes a group of its own, named by its text.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Split {
    /// First code point of the mention.
    pub start: usize,
    /// The mention's text.
    pub text: String,
}

impl Corrections {
    /// True when the user has corrected nothing.
    pub fn is_empty(&self) -> bool {
        self.speakers.is_empty() && self.merges.is_empty() && self.splits.is_empty()
    }

    /// Moves the corrections that name a place (the splits) with their
    /// text after it changed from `old` to `new`: each goes to the
    /// occurrence of its mention nearest to where the edit carried it.
    /// Those whose mention is gone stay as they were.
    pub fn reanchor(&mut self, old: &str, new: &str) {
        if old == new || self.splits.is_empty() {
            return;
        }
        let edit = TextEdit::between(old, new);
        let (old_map, new_map) = (OffsetMap::new(old), OffsetMap::new(new));
        for split in &mut self.splits {
            let Some(at) = old_map.char_to_byte(CharPos(split.start)) else { continue };
            if let Some(found) = edit.find_near(new, &split.text, at) {
                split.start = new_map.byte_to_char(found).0;
            }
        }
    }

    /// The name a group named `name` goes by after the user's merges (each
    /// in the order made: `A` into `B`, then `B` into `C`, gives `C`).
    pub fn merged_name(&self, name: &str) -> String {
        self.merges.iter().fold(name.to_string(), |name, m| if name == m.from { m.into.clone() } else { name })
    }

    /// Applies every correction to `doc`, in order. Corrections that name
    /// nothing in it are kept but change nothing.
    pub fn apply(&self, doc: &mut Document) {
        for choice in &self.speakers {
            for claim in doc.claims.iter_mut().filter(|c| c.span.text(&doc.text) == choice.claim) {
                claim.speaker = choice.speaker.clone();
            }
        }
        if !self.merges.is_empty() {
            let names = doc.entities.iter_mut().filter_map(|e| e.canonical.as_mut());
            for name in names.chain(doc.claims.iter_mut().filter_map(|c| c.speaker.as_mut())) {
                *name = self.merged_name(name);
            }
        }
        let map = OffsetMap::new(&doc.text);
        for split in &self.splits {
            let Some(start) = map.char_to_byte(CharPos(split.start)) else { continue };
            if let Some(e) =
                doc.entities.iter_mut().find(|e| e.span.start == start && e.span.text(&doc.text) == split.text)
            {
                e.canonical = Some(split.text.clone());
            }
        }
    }
}

impl Document {
    /// Sets the speaker of claim `index` (and of every claim with the same
    /// text), and remembers the choice.
    ///
    /// # Panics
    /// When `index` is out of range.
    pub fn set_speaker(&mut self, index: usize, speaker: Option<String>) {
        let claim = self.claims[index].span.text(&self.text).to_string();
        self.corrections.speakers.retain(|c| c.claim != claim);
        self.corrections.speakers.push(SpeakerChoice { claim, speaker });
        self.reapply();
    }

    /// Merges the entity group named `from` into the one named `into`.
    pub fn merge_groups(&mut self, from: &str, into: &str) {
        if from == into {
            return;
        }
        self.corrections.merges.push(Merge { from: from.to_string(), into: into.to_string() });
        self.reapply();
    }

    /// Splits entity `index` out of its group into a group of its own.
    ///
    /// # Panics
    /// When `index` is out of range.
    pub fn split_mention(&mut self, index: usize) {
        let e = &self.entities[index];
        let start = OffsetMap::new(&self.text).byte_to_char(e.span.start).0;
        let text = e.span.text(&self.text).to_string();
        self.corrections.splits.retain(|s| !(s.start == start && s.text == text));
        self.corrections.splits.push(Split { start, text });
        self.reapply();
    }

    /// Runs the engine on `text` and applies `corrections` to the result.
    pub fn analyze_with(text: &str, corrections: Corrections) -> Document {
        let mut doc = Document::analyze(text);
        doc.corrections = corrections;
        doc.reapply();
        doc
    }

    fn reapply(&mut self) {
        let corrections = std::mem::take(&mut self.corrections);
        corrections.apply(self);
        self.corrections = corrections;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Mayor Ana Ruiz spoke. “We are ready,” she said. Ruiz left for Kyiv. Mr Ruiz waved.";

    #[test]
    fn speaker_choice_survives_reanalysis() {
        let mut doc = Document::analyze(TEXT);
        assert_eq!(doc.claims[0].speaker.as_deref(), Some("Ana Ruiz"));
        doc.set_speaker(0, Some("City Hall".into()));
        assert_eq!(doc.claims[0].speaker.as_deref(), Some("City Hall"));
        let edited = format!("Update 🌊\n{TEXT}");
        let again = Document::analyze_with(&edited, doc.corrections.clone());
        assert_eq!(again.claims[0].speaker.as_deref(), Some("City Hall"));
    }

    #[test]
    fn merge_and_split() {
        let mut doc = Document::analyze(TEXT);
        doc.merge_groups("Kyiv", "Ana Ruiz");
        assert!(doc.entities.iter().filter(|e| e.canonical.as_deref() == Some("Ana Ruiz")).count() >= 4);
        let last = doc.entities.iter().rposition(|e| e.span.text(&doc.text) == "Ruiz").unwrap();
        doc.split_mention(last);
        assert_eq!(doc.entities[last].canonical.as_deref(), Some("Ruiz"));
        let again = Document::analyze_with(TEXT, doc.corrections.clone());
        assert_eq!(again.entities, doc.entities);
    }

    #[test]
    fn merges_chain_in_the_order_made() {
        let mut c = Corrections::default();
        c.merges.push(Merge { from: "Ruiz".into(), into: "A. Ruiz".into() });
        c.merges.push(Merge { from: "A. Ruiz".into(), into: "Ana Ruiz".into() });
        assert_eq!(c.merged_name("Ruiz"), "Ana Ruiz");
        assert_eq!(c.merged_name("Nowak"), "Nowak");
    }
}
