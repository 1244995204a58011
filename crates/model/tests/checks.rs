//! Checks: a schema-2 document read without loss and saved as schema 3
//! with its checks, and the ClaimReview JSON-LD of published checks (what
//! it says, and what it refuses). The JSON-LD is also handed to schema.org's
//! vocabulary and to structured-data-testing-tool by the end-to-end tests.

use marginalia_engine::{Document, Span};
use marginalia_model::queries::checks::{checks_across, CheckRow};
use marginalia_model::{
    claim_reviews_json, derive_marks, parse, to_storage_json, ArticleFacts, Check, CheckStatus, Desk, Evidence, Layer,
    LibraryEntry, MarkId, Revision, Scale, Status, Work,
};
use serde_json::Value;

const TEXT: &str = "Harbour fees rise 🌊\n\n“Fees have tripled since 2019,” said Mayor Inês Carvalho on Monday. \
The Port Authority said the new fees would pay for the dredging.";

fn entry() -> LibraryEntry {
    LibraryEntry {
        id: "a1".into(),
        title: "Harbour fees rise 🌊".into(),
        titled_by_user: false,
        added: 0.0,
        updated: 0.0,
        entities: 0,
        claims: 0,
    }
}

fn claims(doc: &Document) -> Vec<MarkId> {
    derive_marks(doc, &Work::default()).into_iter().filter(|m| m.label.layer == Layer::Claim).map(|m| m.id).collect()
}

fn desk() -> Desk {
    Desk { name: "Harbour Checks".into(), url: "https://checks.example.org".into(), scale: Scale::presets().remove(0) }
}

fn published(rating: &str) -> Check {
    Check {
        status: CheckStatus::Published,
        rating: rating.into(),
        conclusion: "Fees doubled; they did not triple.".into(),
        claim_reviewed: "Harbour fees have tripled since 2019".into(),
        evidence: vec![Evidence {
            url: "https://stats.example.org/fees".into(),
            title: "Port fees, 2019–2025".into(),
            ..Evidence::default()
        }],
        review_url: "https://checks.example.org/2025/fees".into(),
        review_published: "2025-12-03".into(),
        ..Check::default()
    }
}

/// The article with the mayor's quote checked (`check`) and its facts.
fn rows(check: Check) -> Vec<CheckRow> {
    let doc = Document::analyze(TEXT);
    let facts = ArticleFacts {
        url: "https://gazette.example/fees".into(),
        outlet: "The Harbour Gazette".into(),
        authors: vec!["Zoë Almeida".into()],
        published: "2025-12-01".into(),
    };
    let mut work = Work { facts, ..Work::default() };
    assert!(work.set_check(&doc, claims(&doc)[0], Some(check)));
    checks_across(&[(entry(), doc, work)], None, "")
}

#[test]
fn a_schema_2_document_reads_whole_and_saves_as_3_with_its_checks() {
    let doc = Document::analyze(TEXT);
    let v3 = to_storage_json(&doc, &Work::default(), &Revision { id: "r1".into(), parent: None });
    // A schema-2 save, as the previous build wrote it: a rejected
    // suggestion and an own annotation with a note.
    let v2 = v3.replacen("\"schema_version\":3", "\"schema_version\":2", 1).replacen(
        "\"work\":{\"next_id\":0}",
        r#""work":{"verdicts":[{"suggestion":{"label":"DATE","start":68,"text":"Monday"},"decision":"rejected","created":1796119200000}],"annotations":[{"id":0,"start":0,"end":12,"text":"Harbour fees","label":"ORG","note":"not an org","canonical":"Harbour fees"}],"next_id":1}"#,
        1,
    );
    let (read, mut work) = parse(&v2).unwrap();
    assert_eq!(read, doc);
    assert_eq!(work.verdicts.len(), 1);
    assert_eq!(work.annotations[0].note, "not an org");

    work.set_check(&doc, claims(&doc)[0], Some(published("False")));
    let saved = to_storage_json(&doc, &work, &Revision { id: "r2".into(), parent: Some("r1".into()) });
    assert!(saved.starts_with("{\"schema_version\":3"), "{}", &saved[..40]);
    assert!(saved.contains("\"status\":\"published\""));
    let (_, back) = parse(&saved).unwrap();
    assert_eq!(back, work);
}

#[test]
fn a_published_check_as_claim_review() {
    let rows = rows(published("Mostly False"));
    let json: Value = serde_json::from_str(&claim_reviews_json(&desk(), &[&rows[0]]).unwrap()).unwrap();
    assert_eq!(json["@context"], "https://schema.org");
    assert_eq!(json["@type"], "ClaimReview");
    assert_eq!(json["url"], "https://checks.example.org/2025/fees");
    assert_eq!(json["claimReviewed"], "Harbour fees have tripled since 2019");
    assert_eq!(json["datePublished"], "2025-12-03");
    assert_eq!(json["author"]["name"], "Harbour Checks");
    let rating = &json["reviewRating"];
    assert_eq!((rating["ratingValue"].as_u64(), rating["bestRating"].as_u64()), (Some(3), Some(6)));
    assert_eq!((rating["worstRating"].as_u64(), rating["alternateName"].as_str()), (Some(1), Some("Mostly False")));
    assert_eq!(json["reviewBody"], "Fees doubled; they did not triple.");
    assert_eq!(json["citation"][0]["url"], "https://stats.example.org/fees");
    let claim = &json["itemReviewed"];
    assert_eq!(claim["@type"], "Claim");
    assert_eq!(claim["author"]["name"], "Inês Carvalho");
    assert_eq!(claim["author"]["@type"], "Person");
    assert_eq!(claim["datePublished"], "2025-12-01");
    assert_eq!(claim["appearance"]["url"], "https://gazette.example/fees");
    assert_eq!(claim["appearance"]["publisher"]["name"], "The Harbour Gazette");
    assert_eq!(claim["appearance"]["headline"], "Harbour fees rise 🌊");
}

#[test]
fn a_desk_with_no_scale_rates_by_its_conclusion() {
    let rows = rows(Check { rating: String::new(), ..published("") });
    let full_fact = Desk { scale: Scale::presets().remove(3), ..desk() };
    let json: Value = serde_json::from_str(&claim_reviews_json(&full_fact, &[&rows[0]]).unwrap()).unwrap();
    assert_eq!(json["reviewRating"]["alternateName"], "Fees doubled; they did not triple.");
    assert!(json["reviewRating"].get("ratingValue").is_none());
    assert!(json.get("reviewBody").is_none());
}

#[test]
fn what_is_not_ready_is_refused_with_the_reason() {
    let problems = |check: Check, desk: Desk| {
        let rows = rows(check);
        claim_reviews_json(&desk, &[&rows[0]]).unwrap_err().join(" ")
    };
    assert!(problems(Check { rating: String::new(), ..published("") }, desk()).contains("has no rating"));
    assert!(problems(published("Two Pinocchios"), desk()).contains("“Two Pinocchios” is not on the scale PolitiFact"));
    assert!(problems(Check { review_url: String::new(), ..published("True") }, desk()).contains("no address"));
    assert!(problems(Check { review_url: "checks/fees".into(), ..published("True") }, desk()).contains("http"));
    assert!(problems(published("True"), Desk { name: " ".into(), ..desk() }).contains("desk has no name"));
    let full_fact = Desk { scale: Scale::presets().remove(3), ..desk() };
    assert!(problems(Check { conclusion: String::new(), ..published("") }, full_fact).contains("no conclusion"));
    // Each problem names its check; nothing is written for none.
    assert!(problems(Check { rating: String::new(), ..published("") }, desk()).contains("Harbour fees have tripled"));
    assert!(claim_reviews_json(&desk(), &[]).unwrap_err()[0].contains("No check is published"));
}

#[test]
fn several_checks_are_one_array() {
    let (a, b) = (rows(published("True")), rows(published("False")));
    let json: Value = serde_json::from_str(&claim_reviews_json(&desk(), &[&a[0], &b[0]]).unwrap()).unwrap();
    let all = json.as_array().unwrap();
    assert_eq!(all.len(), 2);
    assert!(all.iter().all(|r| r["@context"] == "https://schema.org"));
    assert_eq!(all[1]["reviewRating"]["ratingValue"], 2);
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
