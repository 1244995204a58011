//! The Checks view: every check in the library, with what it needs to be
//! shown, filtered, jumped to and published as ClaimReview (its claim's
//! text and speaker, whether the speaker is an organisation, the article's
//! facts and title), in library order, then reading order.

use marginalia_engine::{Document, OffsetMap};

use crate::check::{Check, CheckStatus};
use crate::facts::ArticleFacts;
use crate::label::Layer;
use crate::library::LibraryEntry;
use crate::mark::derive_marks;
use crate::mark_id::MarkId;
use crate::work::Work;

/// A checked claim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckRow {
    /// The article's id in the library.
    pub article: String,
    /// The article's title.
    pub title: String,
    /// The article's URL, outlet, authors and date.
    pub facts: ArticleFacts,
    /// The claim.
    pub id: MarkId,
    /// Its text.
    pub text: String,
    /// Who said it, as the claim has it.
    pub speaker: Option<String>,
    /// True when the one who made the claim (the check's claimant, else the
    /// speaker) is an organisation the article names.
    pub claimant_is_org: bool,
    /// The check.
    pub check: Check,
}

impl CheckRow {
    /// Who made the claim: the check's claimant, else the claim's speaker.
    pub fn claimant(&self) -> Option<&str> {
        Some(self.check.claimant.as_str()).filter(|c| !c.is_empty()).or(self.speaker.as_deref())
    }

    /// The wording rated: the check's, else the claim's text.
    pub fn claim_reviewed(&self) -> &str {
        Some(self.check.claim_reviewed.as_str()).filter(|c| !c.is_empty()).unwrap_or(&self.text)
    }

    /// True when `needle` (lower case) is in its claim, wording, claimant,
    /// conclusion, rating, assignee or article title.
    pub fn matches(&self, needle: &str) -> bool {
        let c = &self.check;
        [self.text.as_str(), &c.claim_reviewed, self.claimant().unwrap_or(""), &c.conclusion, &c.rating, &c.assignee]
            .into_iter()
            .chain([self.title.as_str()])
            .any(|field| field.to_lowercase().contains(needle))
    }
}

/// The checks of one article, in reading order.
pub fn checks_in(entry: &LibraryEntry, doc: &Document, work: &Work) -> Vec<CheckRow> {
    let map = OffsetMap::new(&doc.text);
    let marks = derive_marks(doc, work);
    let org = |name: &str| {
        let mentions = marks.iter().filter(|m| m.label.id == "ORG");
        mentions.into_iter().any(|m| m.canonical.as_deref() == Some(name) || m.span.text(&doc.text) == name)
    };
    marks
        .iter()
        .filter(|m| m.label.layer == Layer::Claim)
        .filter_map(|m| {
            let check = work.check_at(doc, &map, m.id)?.clone();
            let mut row = CheckRow {
                article: entry.id.clone(),
                title: entry.title.clone(),
                facts: work.facts.clone(),
                id: m.id,
                text: m.span.text(&doc.text).to_string(),
                speaker: m.speaker.clone(),
                claimant_is_org: false,
                check,
            };
            row.claimant_is_org = row.claimant().is_some_and(org);
            Some(row)
        })
        .collect()
}

/// Every check of the library's `articles`, filtered by `status` (`None`:
/// all) and by `needle` (see [`CheckRow::matches`]; empty: all).
pub fn checks_across(
    articles: &[(LibraryEntry, Document, Work)],
    status: Option<CheckStatus>,
    needle: &str,
) -> Vec<CheckRow> {
    let needle = needle.trim().to_lowercase();
    articles
        .iter()
        .flat_map(|(entry, doc, work)| checks_in(entry, doc, work))
        .filter(|r| status.is_none_or(|s| r.check.status == s))
        .filter(|r| needle.is_empty() || r.matches(&needle))
        .collect()
}

/// How many checks have each status, in [`CheckStatus::ALL`]'s order.
pub fn status_counts(rows: &[CheckRow]) -> Vec<(CheckStatus, usize)> {
    CheckStatus::ALL.into_iter().map(|s| (s, rows.iter().filter(|r| r.check.status == s).count())).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::queries::fixture::TEXT;

    fn entry(id: &str) -> LibraryEntry {
        LibraryEntry {
            id: id.into(),
            title: format!("Article {id}"),
            titled_by_user: false,
            added: 0.0,
            updated: 0.0,
            entities: 0,
            claims: 0,
        }
    }

    #[test]
    fn every_check_of_the_library_by_status_and_words() {
        let doc = Document::analyze(TEXT);
        let mut work = Work::default();
        let claims: Vec<MarkId> =
            derive_marks(&doc, &work).into_iter().filter(|m| m.label.layer == Layer::Claim).map(|m| m.id).collect();
        assert!(claims.len() >= 2, "{claims:?}");
        let rated = Check { status: CheckStatus::Rated, rating: "False".into(), ..Check::default() };
        work.set_check(&doc, claims[0], Some(rated));
        let contested = Check { claimant: "Acme Corp".into(), conclusion: "Costs rose 40%".into(), ..Check::default() };
        work.set_check(&doc, claims[1], Some(contested));
        let articles = vec![(entry("a"), doc.clone(), work.clone()), (entry("b"), doc, Work::default())];

        let all = checks_across(&articles, None, "");
        assert_eq!(all.len(), 2);
        assert_eq!((all[0].claimant(), all[0].claimant_is_org), (Some("Ana Ruiz"), false));
        assert_eq!((all[1].claimant(), all[1].claimant_is_org), (Some("Acme Corp"), true));
        assert_eq!(all[0].claim_reviewed(), all[0].text);
        assert_eq!(checks_across(&articles, Some(CheckStatus::Rated), "").len(), 1);
        assert_eq!(checks_across(&articles, None, "COSTS ROSE").len(), 1);
        assert_eq!(checks_across(&articles, Some(CheckStatus::Published), "").len(), 0);
        let counts = status_counts(&all);
        assert_eq!(counts[0], (CheckStatus::NotStarted, 1));
        assert_eq!(counts[2], (CheckStatus::Rated, 1));
    }
}
