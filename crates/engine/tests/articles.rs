//! Whole articles written for the tests (`tests/fixtures/` of the app), on
//! subjects far from the seed corpus: what the engine must find in each.

use marginalia_engine::{ClaimKind, Document, Label};

fn fixture(name: &str) -> Document {
    let path = format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    Document::analyze(&std::fs::read_to_string(path).expect("fixture article"))
}

fn has_entity(doc: &Document, text: &str, label: Label) -> bool {
    doc.entities.iter().any(|e| e.span.text(&doc.text) == text && e.label == label)
}

fn speaker_of(doc: &Document, claim_start: &str) -> Option<String> {
    let claim = doc.claims.iter().find(|c| c.span.text(&doc.text).starts_with(claim_start)).expect(claim_start);
    claim.speaker.clone()
}

#[test]
fn court_ruling() {
    let doc = fixture("court-ruling.txt");
    for (text, label) in [
        ("Supreme Court", Label::Org),
        ("John Roberts", Label::Person),
        ("Elena Kagan", Label::Person),
        ("Scott Bessent", Label::Person),
        ("CNBC", Label::Org),
        ("National Retail Federation", Label::Org),
        ("Maria Chen", Label::Person),
        ("Georgetown University", Label::Org),
        ("Detroit", Label::Loc),
        ("Friday", Label::Date),
        ("more than $130 billion", Label::Quantity),
        ("about 9 percent", Label::Quantity),
    ] {
        assert!(has_entity(&doc, text, label), "{text} as {label:?}");
    }
    assert_eq!(speaker_of(&doc, "does not authorize").as_deref(), Some("John Roberts"));
    assert_eq!(speaker_of(&doc, "We respect the court").as_deref(), Some("Scott Bessent"));
    assert_eq!(speaker_of(&doc, "a turning point").as_deref(), Some("Maria Chen"));
    assert_eq!(speaker_of(&doc, "prices could fall").as_deref(), Some("Matthew Shay"));
    // `according to customs data`: a source in its own right, no
    // intermediary (the corpus guideline): reported, not hedged.
    let data = doc.claims.iter().find(|c| c.span.text(&doc.text).starts_with("Importers")).unwrap();
    assert!(!data.hedged && data.kind == ClaimKind::Reported);
}

#[test]
fn harbour_flood() {
    let doc = fixture("harbour-flood.txt");
    for (text, label) in [
        ("Lisbon", Label::Loc),
        ("Inês Carvalho", Label::Person),
        ("Zoë Almeida", Label::Person),
        ("European Commission", Label::Org),
        ("Monday night", Label::Date),
        ("34-year-old", Label::Quantity),
    ] {
        assert!(has_entity(&doc, text, label), "{text} as {label:?}");
    }
    assert_eq!(speaker_of(&doc, "Nobody told us").as_deref(), Some("Zoë Almeida"));
    assert_eq!(speaker_of(&doc, "her shop had lost").as_deref(), Some("Zoë Almeida"));
    assert_eq!(speaker_of(&doc, "the warning was issued").as_deref(), Some("João Mendes"));
    assert_eq!(doc.boilerplate.len(), 1, "the photo credit");
}

/// An article cut off anywhere (a paste cut short, an excerpt) is analysed
/// without a panic: every rule that looks past a word meets the text's end
/// somewhere among these cuts (`according to` with nothing after it once
/// did). Every word boundary of each fixture, and the table's own sentences.
#[test]
fn every_cut_of_an_article_is_analysed() {
    let dir = format!("{}/../../tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut texts: Vec<String> = std::fs::read_dir(dir)
        .expect("fixtures")
        .filter_map(|entry| std::fs::read_to_string(entry.ok()?.path()).ok())
        .collect();
    assert!(texts.len() >= 2, "the fixture articles");
    texts.push("It rose 5%, according to".into());
    texts.push("“We will,” said Dr. Ana Reis, a planetary scientist, of the".into());
    let mut cuts = 0;
    for text in &texts {
        let boundaries = text.char_indices().filter(|&(_, c)| c == ' ' || c == ',').map(|(i, _)| i);
        for cut in boundaries.chain([text.len()]) {
            let doc = Document::analyze(&text[..cut]);
            assert!(doc.entities.iter().all(|e| e.span.end <= cut));
            cuts += 1;
        }
    }
    assert!(cuts > 300, "{cuts} cuts");
}
