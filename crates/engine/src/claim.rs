//! Claims: who said what. A direct quotation or a reported content clause,
//! with its speaker, its cue and whether the article distances itself
//! (hedging). The types only; [`crate::sweep`] finds them.

use serde::Serialize;

use crate::Span;

/// Whether a claim is quoted verbatim or reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Words inside quotation marks.
    Quote,
    /// A reported content clause.
    Reported,
}

impl ClaimKind {
    /// The kind's name in the gold files.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Quote => "quote",
            ClaimKind::Reported => "reported",
        }
    }
}

/// One claim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// The claim's words (bytes): inside the marks, or the content clause.
    pub span: Span,
    /// Quoted or reported.
    pub kind: ClaimKind,
    /// Canonical name of the source, `None` when the article gives none.
    pub speaker: Option<String>,
    /// The attribution word or phrase (`said`, `according to`).
    pub cue: Option<String>,
    /// True when the article distances itself (`reportedly`, `according to`
    /// an intermediary).
    pub hedged: bool,
}
