//! A fact-check of one claim: where the desk's work on it stands (not
//! started → in research → rated → published, or not checkable), its rating
//! on the library's scale (kept by the label's text, so a change of scale
//! loses nothing), the desk's one-line conclusion, who made the claim, the
//! short wording the desk rates, the evidence gathered, whether the claimant
//! was asked, who is on it, and where and when the check was published.
//!
//! A check lives on its claim: on the verdict of an engine claim (checking
//! a suggested claim confirms it) or on an own annotation, so it follows the
//! claim when the engine reruns, the text is edited or the claim is taken
//! over by an edit; it is saved, merged across tabs and undone with the work.

use marginalia_engine::{Document, OffsetMap};
use serde::{Deserialize, Serialize};

use crate::mark_id::MarkId;
use crate::work::{Decision, Work};

/// Where the work on a check stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckStatus {
    /// Picked for checking, not yet researched.
    #[default]
    NotStarted,
    /// Being researched.
    InResearch,
    /// Rated, not yet published.
    Rated,
    /// Published by the desk.
    Published,
    /// Looked at and found not checkable (an opinion, say).
    NotCheckable,
}

impl CheckStatus {
    /// Every status, in the order of the work.
    pub const ALL: [CheckStatus; 5] = [
        CheckStatus::NotStarted,
        CheckStatus::InResearch,
        CheckStatus::Rated,
        CheckStatus::Published,
        CheckStatus::NotCheckable,
    ];

    /// Its name in the saved form (`in_research`).
    pub fn as_str(self) -> &'static str {
        match self {
            CheckStatus::NotStarted => "not_started",
            CheckStatus::InResearch => "in_research",
            CheckStatus::Rated => "rated",
            CheckStatus::Published => "published",
            CheckStatus::NotCheckable => "not_checkable",
        }
    }

    /// Its name as the views show it (`in research`).
    pub fn name(self) -> &'static str {
        match self {
            CheckStatus::NotStarted => "not started",
            CheckStatus::InResearch => "in research",
            CheckStatus::Rated => "rated",
            CheckStatus::Published => "published",
            CheckStatus::NotCheckable => "not checkable",
        }
    }

    /// The status named `name` (either spelling).
    pub fn parse(name: &str) -> Option<CheckStatus> {
        CheckStatus::ALL.into_iter().find(|s| s.as_str() == name || s.name() == name)
    }
}

/// One source the desk consulted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// Its address (`http` or `https`).
    pub url: String,
    /// Its title.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// The passage that matters, quoted.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub quote: String,
    /// The desk's note on it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The address of an archived copy.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub archived: String,
    /// When it was read (`2025-03-07`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub accessed: String,
}

/// The desk's check of one claim. Every field but the status is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Check {
    /// Where the work stands.
    #[serde(default)]
    pub status: CheckStatus,
    /// The rating: a label of the library's scale, by its text.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub rating: String,
    /// The desk's conclusion, in a line.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub conclusion: String,
    /// Who made the claim, where the desk names them otherwise than the
    /// claim's speaker (empty: the speaker).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub claimant: String,
    /// The short wording the desk rates (75 characters advised; empty: the
    /// claim's text).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub claim_reviewed: String,
    /// The sources consulted.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Whether the claimant was asked for their side.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub contacted: bool,
    /// When they were asked (`2025-03-07`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub contacted_on: String,
    /// Who is on it (a name).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub assignee: String,
    /// The address of the desk's published check.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub review_url: String,
    /// When the check was published (`2025-03-07`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub review_published: String,
}

/// The wording a desk rates is advised to be this short (Google's
/// ClaimReview guidance).
pub const CLAIM_REVIEWED_ADVISED_CHARS: usize = 75;

/// Why `url` is no web address a check can cite, or `None` when it is one:
/// `http://` or `https://`, a host, no spaces.
pub fn url_problem(url: &str) -> Option<String> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
    let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
    let problem = match host {
        None => "it does not start with http:// or https://",
        Some("") => "it names no host",
        Some(_) if url.chars().any(|c| c.is_whitespace() || c.is_control()) => "it contains a space",
        Some(h) if !h.contains('.') && !h.starts_with("localhost") && !h.starts_with('[') => "its host has no domain",
        Some(_) => return None,
    };
    Some(format!("“{url}” is not a web address: {problem}"))
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
            _ => self.verdict(&crate::work::suggestion_key(doc, map, id)?)?.check.as_ref(),
        }
    }

    /// Sets (or with `None` removes) the check of claim `id`; checking a
    /// suggested claim confirms it. False when `id` names nothing.
    pub fn set_check(&mut self, doc: &Document, id: MarkId, check: Option<Check>) -> bool {
        let slot = match id {
            MarkId::Own(own) => self.annotations.iter_mut().find(|a| a.id == own).map(|a| &mut a.check),
            _ => crate::work::suggestion_key(doc, &OffsetMap::new(&doc.text), id).map(|key| {
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

#[cfg(test)]
mod tests {
    use marginalia_engine::{Document, Span};

    use super::*;
    use crate::mark::{derive_marks, Status};

    #[test]
    fn addresses_a_check_can_cite() {
        for good in
            ["https://stats.example.org/table?id=3", "http://archive.example/web/2025/x", "http://localhost:8080/a"]
        {
            assert_eq!(url_problem(good), None, "{good}");
        }
        for (bad, why) in [
            ("stats.example.org/table", "http"),
            ("https://", "no host"),
            ("https://stats.example.org/a table", "space"),
            ("https://intranet/page", "domain"),
            ("ftp://files.example.org", "http"),
        ] {
            assert!(url_problem(bad).is_some_and(|p| p.contains(why)), "{bad}: {:?}", url_problem(bad));
        }
    }

    #[test]
    fn a_check_confirms_its_claim_and_follows_it_when_the_claim_is_taken_over() {
        let doc = Document::analyze("“The bridge will open in May,” Mayor Ana Ruiz said on Monday.");
        let mut work = Work::default();
        let claim = derive_marks(&doc, &work).into_iter().find(|m| matches!(m.id, MarkId::Claim(_))).unwrap();
        let check = Check { status: CheckStatus::InResearch, assignee: "Zoë".into(), ..Check::default() };
        assert!(work.set_check(&doc, claim.id, Some(check.clone())));
        let shown = derive_marks(&doc, &work).into_iter().find(|m| m.id == claim.id).unwrap();
        assert_eq!(shown.status, Status::Confirmed);
        assert_eq!(work.check(&doc, claim.id), Some(&check));

        // A new speaker makes the claim the user's own: the check goes with it.
        let own = work.set_speaker(&doc, claim.id, Some("City Hall".into())).unwrap();
        assert_eq!(work.check(&doc, own), Some(&check));
        assert_eq!(work.check(&doc, claim.id), None);
        assert!(work.set_check(&doc, own, None));
        assert_eq!(work.check(&doc, own), None);
        // An own annotation's check, and a claim that is not there.
        let mine = work.add(&doc, Span::new(3, 13), "quote");
        assert!(work.set_check(&doc, mine, Some(Check::default())));
        assert!(!work.set_check(&doc, MarkId::Claim(99), Some(Check::default())));
    }

    #[test]
    fn statuses_read_back_in_either_spelling() {
        for s in CheckStatus::ALL {
            assert_eq!(CheckStatus::parse(s.as_str()), Some(s));
            assert_eq!(CheckStatus::parse(s.name()), Some(s));
        }
        assert_eq!(CheckStatus::parse("done"), None);
    }
}
