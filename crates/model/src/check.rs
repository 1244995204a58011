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
//! over by an edit; it is saved, merged across tabs and undone with the work
//! (`Work::check`, `Work::set_check`).

use serde::{Deserialize, Serialize};

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

/// The saved form of the `check` of a verdict or an own annotation
/// (`#[serde(with = "crate::check::saved")]`). Not inlined: serde would copy
/// the reader of a check's 17 fields into each of the four ways of reading
/// the two items (as a map and as a sequence); one copy serves all (0.7 KB
/// brotli less in the WASM bundle, 2026-12-02).
pub(crate) mod saved {
    use serde::{Deserialize, Serialize};

    use super::Check;

    #[inline(never)]
    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Check>, D::Error> {
        Option::<Check>::deserialize(d)
    }

    #[inline(never)]
    pub fn serialize<S: serde::Serializer>(check: &Option<Check>, s: S) -> Result<S::Ok, S::Error> {
        check.serialize(s)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

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
    fn statuses_read_back_in_either_spelling() {
        for s in CheckStatus::ALL {
            assert_eq!(CheckStatus::parse(s.as_str()), Some(s));
            assert_eq!(CheckStatus::parse(s.name()), Some(s));
        }
        assert_eq!(CheckStatus::parse("done"), None);
    }
}
