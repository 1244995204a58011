//! ClaimReview: a published check as schema.org JSON-LD, the markup that
//! Google's Fact Check Explorer and the fact-check datasets (Duke Reporters'
//! Lab's among them) collect. The review names the desk as its `author`,
//! the wording rated as `claimReviewed`, the rating with its place on the
//! library's scale (`ratingValue` from 1, the worst, to `bestRating`; the
//! label as `alternateName`; the conclusion alone for a desk with no
//! scale), and the claim as a `Claim` by its claimant that appeared in the
//! article (`appearance`, a `NewsArticle` with the article's facts).
//!
//! A check that lacks what a reader needs (a rating on the scale, the
//! address of the published check) is refused with the reason, naming the
//! check; a file of several is written only when every one is ready.

use serde::Serialize;

use crate::desk::Desk;
use crate::queries::checks::CheckRow;
use crate::shorten;

/// What is missing for `row` to be published as ClaimReview, or `None`.
pub fn not_ready(desk: &Desk, row: &CheckRow) -> Option<String> {
    let c = &row.check;
    let problem = if desk.name.trim().is_empty() {
        "the desk has no name (set it under Desk)".to_string()
    } else if desk.scale.is_conclusion_only() && c.conclusion.trim().is_empty() {
        "it has no conclusion (the desk's scale has no labels: the conclusion is the rating)".to_string()
    } else if !desk.scale.is_conclusion_only() && c.rating.is_empty() {
        "it has no rating".to_string()
    } else if !desk.scale.is_conclusion_only() && desk.scale.value_of(&c.rating).is_none() {
        format!("its rating “{}” is not on the scale {}", c.rating, desk.scale.name)
    } else if c.review_url.is_empty() {
        "it has no address of the published check".to_string()
    } else {
        crate::check::url_problem(&c.review_url)?
    };
    Some(format!("The check of “{}” cannot be exported as ClaimReview: {problem}.", shorten(row.claim_reviewed(), 60)))
}

/// A node of the JSON-LD: `Organization`, `Person` or `CreativeWork` by
/// name and address. (The review is written through these few `Serialize`
/// structs rather than `serde_json::json!`, whose maps cost the WASM bundle
/// about 2 KB brotli more.)
#[derive(Serialize)]
struct Thing<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "str::is_empty")]
    name: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    url: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rating<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    rating_value: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    best_rating: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    worst_rating: Option<usize>,
    alternate_name: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Article<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    url: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    headline: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    date_published: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<Thing<'a>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    author: Vec<Thing<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Claim<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<Thing<'a>>,
    #[serde(skip_serializing_if = "str::is_empty")]
    date_published: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    appearance: Option<Article<'a>>,
}

/// One ClaimReview.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ClaimReview<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    url: &'a str,
    claim_reviewed: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    date_published: &'a str,
    author: Thing<'a>,
    review_rating: Rating<'a>,
    #[serde(skip_serializing_if = "str::is_empty")]
    review_body: &'a str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    citation: Vec<Thing<'a>>,
    item_reviewed: Claim<'a>,
}

fn claim_review<'a>(desk: &'a Desk, row: &'a CheckRow) -> Result<ClaimReview<'a>, String> {
    if let Some(problem) = not_ready(desk, row) {
        return Err(problem);
    }
    let c = &row.check;
    let value = desk.scale.value_of(&c.rating);
    let review_rating = Rating {
        kind: "Rating",
        rating_value: value.map(|v| v.value),
        best_rating: value.map(|v| v.best),
        worst_rating: value.map(|_| 1),
        alternate_name: if value.is_some() { &c.rating } else { c.conclusion.trim() },
    };
    Ok(ClaimReview {
        context: "https://schema.org",
        kind: "ClaimReview",
        url: &c.review_url,
        claim_reviewed: row.claim_reviewed(),
        date_published: &c.review_published,
        author: Thing { kind: "Organization", name: desk.name.trim(), url: &desk.url },
        review_rating,
        review_body: if value.is_some() { c.conclusion.trim() } else { "" },
        citation: c.evidence.iter().map(|e| Thing { kind: "CreativeWork", name: &e.title, url: &e.url }).collect(),
        item_reviewed: item_reviewed(row),
    })
}

/// The claim reviewed: who made it, and the article it appeared in.
fn item_reviewed(row: &CheckRow) -> Claim<'_> {
    let facts = &row.facts;
    let person = |name| Thing { kind: "Person", name, url: "" };
    let appearance = (!facts.url.is_empty()).then(|| Article {
        kind: "NewsArticle",
        url: &facts.url,
        headline: &row.title,
        date_published: &facts.published,
        publisher: (!facts.outlet.is_empty()).then(|| Thing { kind: "Organization", name: &facts.outlet, url: "" }),
        author: facts.authors.iter().map(|a| person(a)).collect(),
    });
    Claim {
        kind: "Claim",
        author: row.claimant().map(|who| Thing {
            kind: if row.claimant_is_org { "Organization" } else { "Person" },
            name: who,
            url: "",
        }),
        date_published: &facts.published,
        appearance,
    }
}

/// The ClaimReview JSON-LD of `rows`: one object for one, an array for
/// several (as a page embeds them).
///
/// # Errors
/// Every check that is not ready, each with its reason; then nothing is
/// written.
pub fn claim_reviews_json(desk: &Desk, rows: &[&CheckRow]) -> Result<String, Vec<String>> {
    let (mut reviews, mut problems) = (Vec::new(), Vec::new());
    for row in rows {
        match claim_review(desk, row) {
            Ok(review) => reviews.push(review),
            Err(problem) => problems.push(problem),
        }
    }
    if rows.is_empty() {
        problems.push("No check is published yet: publish one (its rating and address) first.".into());
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let json = if reviews.len() == 1 { serde_json::to_string(&reviews[0]) } else { serde_json::to_string(&reviews) };
    Ok(json.expect("a ClaimReview always serialises"))
}
