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

/// A JSON-LD value as the review is built: text, a number, an object (its
/// fields in order; empty values are left out when written) or a list.
/// (One small `Serialize` for the whole review, in place of a struct per
/// node type; the two measured the same in the WASM bundle, and both less
/// than `serde_json::json!`.)
enum Ld<'a> {
    Text(&'a str),
    Number(usize),
    Object(Vec<(&'static str, Ld<'a>)>),
    List(Vec<Ld<'a>>),
}

impl Ld<'_> {
    fn is_empty(&self) -> bool {
        match self {
            Ld::Text(s) => s.is_empty(),
            Ld::Number(_) => false,
            Ld::Object(fields) => fields.is_empty(),
            Ld::List(items) => items.is_empty(),
        }
    }
}

impl Serialize for Ld<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        match self {
            Ld::Text(s) => serializer.serialize_str(s),
            Ld::Number(n) => serializer.serialize_u64(*n as u64),
            Ld::List(items) => serializer.collect_seq(items),
            Ld::Object(fields) => {
                let mut map = serializer.serialize_map(None)?;
                for (key, value) in fields.iter().filter(|(_, v)| !v.is_empty()) {
                    map.serialize_entry(key, value)?;
                }
                map.end()
            }
        }
    }
}

/// A node of type `kind` named `name` at `url` (either may be empty).
fn thing<'a>(kind: &'static str, name: &'a str, url: &'a str) -> Ld<'a> {
    Ld::Object(vec![("@type", Ld::Text(kind)), ("name", Ld::Text(name)), ("url", Ld::Text(url))])
}

fn claim_review<'a>(desk: &'a Desk, row: &'a CheckRow) -> Result<Ld<'a>, String> {
    if let Some(problem) = not_ready(desk, row) {
        return Err(problem);
    }
    let c = &row.check;
    let rating = match desk.scale.value_of(&c.rating) {
        Some(v) => vec![
            ("@type", Ld::Text("Rating")),
            ("ratingValue", Ld::Number(v.value)),
            ("bestRating", Ld::Number(v.best)),
            ("worstRating", Ld::Number(1)),
            ("alternateName", Ld::Text(&c.rating)),
        ],
        // A scale of none: the conclusion is the rating.
        None => vec![("@type", Ld::Text("Rating")), ("alternateName", Ld::Text(c.conclusion.trim()))],
    };
    let body = if desk.scale.is_conclusion_only() { "" } else { c.conclusion.trim() };
    Ok(Ld::Object(vec![
        ("@context", Ld::Text("https://schema.org")),
        ("@type", Ld::Text("ClaimReview")),
        ("url", Ld::Text(&c.review_url)),
        ("claimReviewed", Ld::Text(row.claim_reviewed())),
        ("datePublished", Ld::Text(&c.review_published)),
        ("author", thing("Organization", desk.name.trim(), &desk.url)),
        ("reviewRating", Ld::Object(rating)),
        ("reviewBody", Ld::Text(body)),
        ("citation", Ld::List(c.evidence.iter().map(|e| thing("CreativeWork", &e.title, &e.url)).collect())),
        ("itemReviewed", item_reviewed(row)),
    ]))
}

/// The claim reviewed: who made it, and the article it appeared in.
fn item_reviewed(row: &CheckRow) -> Ld<'_> {
    let facts = &row.facts;
    let appearance = match facts.url.is_empty() {
        true => Ld::Object(Vec::new()),
        false => Ld::Object(vec![
            ("@type", Ld::Text("NewsArticle")),
            ("url", Ld::Text(&facts.url)),
            ("headline", Ld::Text(&row.title)),
            ("datePublished", Ld::Text(&facts.published)),
            (
                "publisher",
                if facts.outlet.is_empty() { Ld::List(Vec::new()) } else { thing("Organization", &facts.outlet, "") },
            ),
            ("author", Ld::List(facts.authors.iter().map(|a| thing("Person", a, "")).collect())),
        ]),
    };
    let author = match row.claimant() {
        Some(who) => thing(if row.claimant_is_org { "Organization" } else { "Person" }, who, ""),
        None => Ld::List(Vec::new()),
    };
    Ld::Object(vec![
        ("@type", Ld::Text("Claim")),
        ("author", author),
        ("datePublished", Ld::Text(&facts.published)),
        ("appearance", appearance),
    ])
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
