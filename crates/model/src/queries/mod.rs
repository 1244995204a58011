//! Queries: what the side panels and the library show, computed from the
//! marks (and, across articles, from each article's document and work),
//! so that the views only draw, and `cargo test` checks what they draw.
//!
//! - [`review`]: the review list's rows, filters and per-label counts;
//! - [`entities`]: the entity panel's name groups;
//! - [`speakers`]: "Who said what", claims grouped by speaker;
//! - [`across`]: one source across the articles of the library;
//! - [`checks`]: every check of the library, for the Checks view and ClaimReview.

pub mod across;
pub mod checks;
pub mod entities;
pub mod review;
pub mod speakers;

/// What the views say of a claim whose speaker is not named.
pub const NO_NAMED_SOURCE: &str = "no named source";

/// A claim's cue and hedging in a line: `said · hedged`.
pub fn claim_meta(cue: Option<&str>, hedged: bool) -> String {
    [cue, hedged.then_some("hedged")].into_iter().flatten().collect::<Vec<_>>().join(" · ")
}

#[cfg(test)]
pub(crate) mod fixture {
    use marginalia_engine::Document;

    use crate::mark::{derive_marks, Mark};
    use crate::work::Work;

    /// An invented article with people, places, quotes and reported speech.
    pub const TEXT: &str = "Mayor Ana Ruiz visited Kraków on Monday. “The bridge will open in May,” Ruiz said. \
Olek Nowak of Acme Corp said the cost had doubled. Ruiz told reporters that Acme Corp was late.";

    pub fn marks(work: &Work) -> (Document, Vec<Mark>) {
        let doc = Document::analyze(TEXT);
        let marks = derive_marks(&doc, work);
        (doc, marks)
    }
}
