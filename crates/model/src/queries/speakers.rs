//! "Who said what": the claims grouped by speaker (the unnamed ones
//! together), and the names a user may pick as a speaker.

use marginalia_engine::{ClaimType, ClaimTypes, Document};

use crate::label::{background_for, Layer};
use crate::library::shorten;
use crate::mark::Mark;
use crate::mark_id::MarkId;

/// How the speaker groups are ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SpeakerOrder {
    /// Most claims first.
    #[default]
    Claims,
    /// By name (no named source last).
    Name,
    /// By first appearance in the text.
    Appearance,
    /// Most checkable claims first (the triage hint), in each group and
    /// of the groups.
    Checkable,
}

/// One claim in a speaker's group.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ClaimRow {
    /// The claim.
    pub id: MarkId,
    /// Its label's name.
    pub label: String,
    /// Its label's swatch colour.
    pub swatch: String,
    /// Who said it.
    pub speaker: Option<String>,
    /// Its text, shortened.
    pub text: String,
    /// The attribution verb.
    pub cue: Option<String>,
    /// Whether the article distances itself.
    pub hedged: bool,
    /// What kinds of claim it contains (the triage hint).
    pub kinds: ClaimTypes,
}

impl ClaimRow {
    /// The triage hint in a line: `hint: quantity, comparison`, or None
    /// when the claim holds no kind.
    pub fn hint(&self) -> Option<String> {
        let kinds: Vec<&str> = self.kinds.iter().map(ClaimType::as_str).collect();
        (!kinds.is_empty()).then(|| format!("hint: {}", kinds.join(", ")))
    }

    /// The cue and hedging in a line: `said · hedged`.
    pub fn meta(&self) -> String {
        super::claim_meta(self.cue.as_deref(), self.hedged)
    }
}

/// A speaker and their claims, in reading order.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SpeakerGroup {
    /// The speaker (`None`: no named source).
    pub speaker: Option<String>,
    /// Where their first claim starts (bytes).
    pub first: usize,
    /// Their claims.
    pub claims: Vec<ClaimRow>,
}

/// The claims of `marks` by speaker, in `order`.
pub fn speaker_groups(doc: &Document, marks: &[Mark], order: SpeakerOrder) -> Vec<SpeakerGroup> {
    let mut groups: Vec<SpeakerGroup> = Vec::new();
    for c in marks.iter().filter(|m| m.label.layer == Layer::Claim) {
        let row = ClaimRow {
            id: c.id,
            label: c.label.name.clone(),
            swatch: background_for(&c.label.colour),
            speaker: c.speaker.clone(),
            text: shorten(c.span.text(&doc.text), 160),
            cue: c.cue.clone(),
            hedged: c.hedged,
            kinds: ClaimTypes::of(c.span.text(&doc.text)),
        };
        match groups.iter_mut().find(|g| g.speaker == c.speaker) {
            Some(g) => g.claims.push(row),
            None => groups.push(SpeakerGroup { speaker: c.speaker.clone(), first: c.span.start, claims: vec![row] }),
        }
    }
    match order {
        SpeakerOrder::Claims => {
            groups.sort_by(|a, b| b.claims.len().cmp(&a.claims.len()).then(a.first.cmp(&b.first)));
        }
        SpeakerOrder::Name => {
            groups.sort_by_key(|g| g.speaker.as_deref().map(str::to_lowercase).unwrap_or_else(|| "\u{10FFFF}".into()));
        }
        SpeakerOrder::Appearance => groups.sort_by_key(|g| g.first),
        SpeakerOrder::Checkable => {
            let most = |g: &SpeakerGroup| g.claims.first().map_or(0, |c| c.kinds.checkability());
            for g in &mut groups {
                g.claims.sort_by_key(|c| std::cmp::Reverse(c.kinds.checkability()));
            }
            groups.sort_by(|a, b| most(b).cmp(&most(a)).then(a.first.cmp(&b.first)));
        }
    }
    groups
}

/// Names a user may pick as a speaker: the people, organisations and
/// places of the article, and every speaker already named; sorted.
pub fn known_speakers(marks: &[Mark]) -> Vec<String> {
    let mut names: Vec<String> = marks
        .iter()
        .filter(|m| m.label.id.is_named())
        .filter_map(|m| m.canonical.clone())
        .chain(marks.iter().filter_map(|m| m.speaker.clone()))
        .collect();
    names.sort();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::super::fixture;
    use super::*;
    use crate::work::Work;

    #[test]
    fn claims_are_grouped_by_speaker_in_each_order() {
        let (doc, marks) = fixture::marks(&Work::default());
        let by_claims = speaker_groups(&doc, &marks, SpeakerOrder::Claims);
        let names = |groups: &[SpeakerGroup]| groups.iter().map(|g| g.speaker.clone()).collect::<Vec<_>>();
        assert_eq!(by_claims[0].speaker.as_deref(), Some("Ana Ruiz"));
        assert_eq!(by_claims[0].claims.len(), 2);
        let by_name = speaker_groups(&doc, &marks, SpeakerOrder::Name);
        assert_eq!(names(&by_name), [Some("Ana Ruiz".to_string()), Some("Olek Nowak".to_string())]);
        let first = speaker_groups(&doc, &marks, SpeakerOrder::Appearance);
        assert_eq!(first[0].speaker.as_deref(), Some("Ana Ruiz"));
        assert_eq!(by_claims[0].claims[0].meta(), "said");
    }

    #[test]
    fn most_checkable_first_orders_by_the_triage_hint() {
        let (doc, marks) = fixture::marks(&Work::default());
        let groups = speaker_groups(&doc, &marks, SpeakerOrder::Checkable);
        // `the cost had doubled` (a comparison) before the mayor's
        // prediction, and her prediction before her claim of no kind.
        assert_eq!(groups[0].speaker.as_deref(), Some("Olek Nowak"));
        assert_eq!(groups[0].claims[0].hint().as_deref(), Some("hint: comparison"));
        let ruiz: Vec<Option<String>> = groups[1].claims.iter().map(ClaimRow::hint).collect();
        assert_eq!(ruiz, [Some("hint: prediction".to_string()), None]);
    }

    #[test]
    fn known_speakers_are_the_named_entities_and_the_speakers() {
        let (_, marks) = fixture::marks(&Work::default());
        let known = known_speakers(&marks);
        assert!(known.contains(&"Acme Corp".to_string()) && known.contains(&"Krakow".to_string()), "{known:?}");
        assert!(!known.iter().any(|k| k == "Monday"), "a date is no speaker");
    }
}
