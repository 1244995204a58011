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

use serde_json::{json, Map, Value};

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
    } else if let Some(p) = crate::check::url_problem(&c.review_url) {
        p
    } else {
        return None;
    };
    Some(format!("The check of “{}” cannot be exported as ClaimReview: {problem}.", shorten(row.claim_reviewed(), 60)))
}

/// The ClaimReview of one check.
///
/// # Errors
/// What [`not_ready`] says.
pub fn claim_review(desk: &Desk, row: &CheckRow) -> Result<Value, String> {
    if let Some(problem) = not_ready(desk, row) {
        return Err(problem);
    }
    let c = &row.check;
    let mut rating = json!({"@type": "Rating", "alternateName": c.conclusion.trim()});
    if let Some(value) = desk.scale.value_of(&c.rating) {
        rating = json!({
            "@type": "Rating",
            "ratingValue": value.value,
            "bestRating": value.best,
            "worstRating": 1,
            "alternateName": c.rating,
        });
    }
    let mut author = fields(&[("@type", "Organization"), ("name", desk.name.trim()), ("url", &desk.url)]);
    let mut review = fields(&[
        ("@context", "https://schema.org"),
        ("@type", "ClaimReview"),
        ("url", &c.review_url),
        ("claimReviewed", row.claim_reviewed()),
        ("datePublished", &c.review_published),
    ]);
    review.insert("author".into(), Value::Object(std::mem::take(&mut author)));
    review.insert("reviewRating".into(), rating);
    if !desk.scale.is_conclusion_only() && !c.conclusion.trim().is_empty() {
        review.insert("reviewBody".into(), c.conclusion.trim().into());
    }
    let cited: Vec<Value> = c
        .evidence
        .iter()
        .map(|e| Value::Object(fields(&[("@type", "CreativeWork"), ("url", &e.url), ("name", &e.title)])))
        .collect();
    if !cited.is_empty() {
        review.insert("citation".into(), cited.into());
    }
    review.insert("itemReviewed".into(), item_reviewed(row));
    Ok(Value::Object(review))
}

/// The claim reviewed: who made it, and the article it appeared in.
fn item_reviewed(row: &CheckRow) -> Value {
    let facts = &row.facts;
    let mut claim = fields(&[("@type", "Claim"), ("datePublished", &facts.published)]);
    if let Some(who) = row.claimant() {
        let kind = if row.claimant_is_org { "Organization" } else { "Person" };
        claim.insert("author".into(), Value::Object(fields(&[("@type", kind), ("name", who)])));
    }
    if !facts.url.is_empty() {
        let mut article = fields(&[
            ("@type", "NewsArticle"),
            ("url", &facts.url),
            ("headline", &row.title),
            ("datePublished", &facts.published),
        ]);
        if !facts.outlet.is_empty() {
            article.insert("publisher".into(), Value::Object(fields(&[("@type", "Organization"), ("name", &facts.outlet)])));
        }
        let authors: Vec<Value> =
            facts.authors.iter().map(|a| Value::Object(fields(&[("@type", "Person"), ("name", a)]))).collect();
        if !authors.is_empty() {
            article.insert("author".into(), authors.into());
        }
        claim.insert("appearance".into(), Value::Object(article));
    }
    Value::Object(claim)
}

/// An object of the non-empty string fields among `pairs`.
fn fields(pairs: &[(&str, &str)]) -> Map<String, Value> {
    pairs.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| (k.to_string(), Value::from(*v))).collect()
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
    let value = if reviews.len() == 1 { reviews.swap_remove(0) } else { Value::Array(reviews) };
    Ok(serde_json::to_string(&value).expect("JSON values always serialise"))
}
