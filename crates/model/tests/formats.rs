//! The exchange formats: round trips for each (native document, native
//! library, W3C Web Annotation in both position profiles, CSV), the shapes
//! the W3C model describes, re-anchoring, two tabs' work merged, and import
//! that never panics on random or truncated input.

use marginalia_engine::{Document, Span};
use marginalia_model::{
    claims_csv, derive_marks, entities_csv, import_web_annotation, label_studio_json, library_to_json, merge,
    read_import, source_iri, spacy_jsonl, to_export_json, to_web_annotation, Decision, Edits, Incoming, Layer, Library,
    Status, Units, Work,
};
use proptest::prelude::*;
use serde_json::Value;

const TEXT: &str =
    "Floods hit Lisbon 🌊\n\n“The river rose too fast, faster than in 2001,” said Mayor Inês Carvalho on Monday. \
The city asked the European Commission for €40m, officials said. Lisbon’s port reopened.";

fn span_of(doc: &Document, text: &str) -> Span {
    let at = doc.text.find(text).unwrap();
    Span::new(at, at + text.len())
}

/// A document with work of every kind: an accepted suggestion with a note,
/// a rejected one, own annotations (one of an own label, one with tags).
fn worked() -> (Document, Work) {
    let doc = Document::analyze(TEXT);
    let mut work = Work::default();
    let marks = derive_marks(&doc, &work);
    let person = marks.iter().find(|m| m.label.id == "PERSON").unwrap().id;
    work.accept(&doc, person);
    work.set_note(&doc, person, "mayor since 2021, check");
    let date = marks.iter().find(|m| m.label.id == "DATE").unwrap().id;
    work.delete(&doc, date);
    let own_label = work.add_label("Needs checking", "#ff00aa", Some('8'), Layer::Entity).unwrap();
    let a = work.add(&doc, span_of(&doc, "€40m, officials"), &own_label);
    work.set_tags(&doc, a, &["money".into(), "eu, brussels".into()]);
    work.add(&doc, span_of(&doc, "river rose"), "ORG");
    // All that at 10:00 UTC on 2026-12-01; the note changed an hour later.
    work.stamp_changes(&Work::default(), MORNING);
    let before = work.clone();
    work.set_note(&doc, person, "mayor since 2021, check");
    work.set_note(&doc, a, "in the budget?");
    work.stamp_changes(&before, MORNING + 3_600_000);
    (doc, work)
}

/// 2026-12-01T10:00:00Z.
const MORNING: u64 = 1_796_119_200_000;

/// What a person sees of each highlight.
fn seen(doc: &Document, work: &Work) -> Vec<(String, String, &'static str, String, Vec<String>)> {
    derive_marks(doc, work)
        .into_iter()
        .map(|m| (m.span.text(&doc.text).to_string(), m.label.name.clone(), m.status.as_str(), m.note, m.tags))
        .collect()
}

#[test]
fn native_library_round_trip() {
    let (doc, work) = worked();
    let other = Document::analyze("Election in Kraków\nThe mayor said turnout was high.");
    let mut library = Library::default();
    library.record("a", &doc, &work, 10.0);
    library.record("b", &other, &Work::default(), 20.0);
    library.rename("a", "Lisbon floods, my title", &doc.text);
    let (a, b) = (library.get("a").unwrap(), library.get("b").unwrap());
    let json = library_to_json(&[(a, &doc, &work), (b, &other, &Work::default())]);
    let Incoming::Documents(docs) = read_import(&json).unwrap() else { panic!("documents") };
    assert_eq!(docs.len(), 2);
    assert_eq!((docs[0].document.clone(), docs[0].work.clone()), (doc.clone(), work.clone()));
    assert_eq!(docs[0].title.as_deref(), Some("Lisbon floods, my title"));
    assert_eq!((docs[1].document.clone(), docs[1].title.clone(), docs[1].added), (other, None, Some(20.0)));
    // One document, as Export JSON writes it.
    let Incoming::Documents(one) = read_import(&to_export_json(&doc, &work)).unwrap() else { panic!() };
    assert_eq!((one[0].document.clone(), one[0].work.clone()), (doc, work));
}

#[test]
fn web_annotation_round_trips_in_both_profiles() {
    let (doc, mut work) = worked();
    // A W3C export holds the highlights shown; a rejection (a highlight not
    // shown) travels only in the native format.
    work.verdicts.retain(|v| v.decision != Decision::Rejected);
    for units in [Units::CodePoints, Units::Utf16] {
        let json = to_web_annotation(&doc, &work, "Floods", units);
        let (imported, report) = import_web_annotation(&doc, &Work::default(), &json).unwrap();
        assert!(report.unplaced.is_empty(), "{units:?}: {:?}", report.unplaced);
        assert_eq!(seen(&doc, &imported), seen(&doc, &work), "{units:?}");
    }
}

#[test]
fn the_articles_facts_travel_with_the_work_and_its_url_is_the_w3c_target() {
    let (doc, mut work) = worked();
    work.facts = marginalia_model::ArticleFacts {
        url: "https://gazette.example/floods".into(),
        outlet: "The Gazette".into(),
        authors: vec!["Zoë Almeida".into()],
        published: "2025-12-02".into(),
    };
    let Incoming::Documents(one) = read_import(&to_export_json(&doc, &work)).unwrap() else { panic!() };
    assert_eq!(one[0].work.facts, work.facts);
    let c: Value = serde_json::from_str(&to_web_annotation(&doc, &work, "Floods", Units::CodePoints)).unwrap();
    let first = &c["first"]["items"][0];
    assert_eq!(first["target"]["source"], "https://gazette.example/floods");
    assert!(first["id"].as_str().unwrap().starts_with(&source_iri(&doc.text)));
}

#[test]
fn a_hypothesis_export_is_placed_by_quote_with_its_note_and_tags() {
    let doc = Document::analyze(TEXT);
    // Hypothesis's export: its positions count the web page's text, not
    // this article's, so the quote places them.
    let json = r#"{"export_date": "2026-11-30T10:00:00Z", "annotations": [
        {"id": "h1", "uri": "https://news.example/floods", "text": "who else was there?", "tags": ["follow-up", "person"],
         "target": [{"source": "https://news.example/floods", "selector": [
           {"type": "TextPositionSelector", "start": 900, "end": 913},
           {"type": "TextQuoteSelector", "exact": "Inês Carvalho", "prefix": "said Mayor ", "suffix": " on Monday"}]}]},
        {"id": "h2", "text": "", "tags": ["river"],
         "target": [{"source": "https://news.example/floods", "selector": [
           {"type": "TextQuoteSelector", "exact": "river rose", "prefix": "The ", "suffix": " too fast"}]}]},
        {"id": "h3", "text": "not in this text", "tags": [],
         "target": [{"selector": [{"type": "TextQuoteSelector", "exact": "Porto harbour", "prefix": "", "suffix": ""}]}]}
    ]}"#;
    assert!(matches!(read_import(json), Ok(Incoming::WebAnnotations)));
    let (work, report) = import_web_annotation(&doc, &Work::default(), json).unwrap();
    // The name was the engine's suggestion already: confirmed, with the note.
    assert_eq!((report.placed, report.already_there), (1, 1));
    assert_eq!(report.unplaced, ["Porto harbour"]);
    let marks = derive_marks(&doc, &work);
    let person =
        marks.iter().find(|m| m.span == span_of(&doc, "Inês Carvalho") && m.note == "who else was there?").unwrap();
    assert_eq!((person.label.id.as_str(), person.tags.clone()), ("PERSON", vec!["follow-up".to_string()]));
    assert_eq!(person.status, marginalia_model::Status::Confirmed);
    let river = marks.iter().find(|m| m.span == span_of(&doc, "river rose")).unwrap();
    assert_eq!((river.label.name.as_str(), river.tags.clone()), ("Hypothesis", vec!["river".to_string()]));
}

/// The (quote, label) of every highlight a spaCy JSONL or Label Studio
/// file holds, read as their readers do.
fn in_file(file: &str) -> Vec<(String, String)> {
    let mut all = Vec::new();
    for line in file.lines() {
        let value: Value = serde_json::from_str(line).unwrap();
        if let Some(spans) = value["spans"].as_array() {
            let chars: Vec<char> = value["text"].as_str().unwrap().chars().collect();
            for s in spans {
                let (a, b) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
                all.push((chars[a..b].iter().collect(), s["label"].as_str().unwrap().to_string()));
            }
        }
        for task in value.as_array().into_iter().flatten() {
            let utf16: Vec<u16> = task["data"]["text"].as_str().unwrap().encode_utf16().collect();
            for r in task["annotations"][0]["result"].as_array().unwrap() {
                let (a, b) =
                    (r["value"]["start"].as_u64().unwrap() as usize, r["value"]["end"].as_u64().unwrap() as usize);
                all.push((
                    String::from_utf16(&utf16[a..b]).unwrap(),
                    r["value"]["labels"][0].as_str().unwrap().to_string(),
                ));
            }
        }
    }
    all.sort();
    all.dedup();
    all
}

/// The highlights of `work` as (quote, label id), sorted; entities only
/// when `entities_only`, confirmed ones only when `confirmed_only`.
fn highlights(doc: &Document, work: &Work, entities_only: bool, confirmed_only: bool) -> Vec<(String, String)> {
    let mut all: Vec<(String, String)> = derive_marks(doc, work)
        .into_iter()
        .filter(|m| !entities_only || m.label.layer == Layer::Entity)
        .filter(|m| !confirmed_only || m.status == Status::Confirmed)
        .filter(|m| !m.span.is_empty())
        .map(|m| (m.span.text(&doc.text).to_string(), m.label.id.to_string()))
        .collect();
    all.sort();
    all.dedup();
    all
}

#[test]
fn label_studio_and_spacy_files_are_placed_on_the_article_even_where_its_text_moved() {
    let (doc, work) = worked();
    let spacy = spacy_jsonl(&[("Floods", &doc, &work)]);
    let studio = label_studio_json(&[("Floods", &doc, &work)]);
    // Two lines of JSONL (one article each) are not one JSON value.
    let two_lines = format!("{spacy}{spacy}");
    // The same article, a sentence longer at its start: every offset of
    // the files is off by it, and the quotes still place them.
    let moved = Document::analyze(&format!("Updated at 10:00 🕙. {TEXT}"));
    for (file, entities_only) in [(&spacy, true), (&two_lines, true), (&studio, false)] {
        assert!(matches!(read_import(file), Ok(Incoming::WebAnnotations)), "{file}");
        for target in [&doc, &moved] {
            let (imported, report) = import_web_annotation(target, &Work::default(), file).unwrap();
            assert!(report.unplaced.is_empty(), "{:?}", report.unplaced);
            // Every highlight the file holds (Label Studio: its annotations,
            // what the user confirmed; its predictions are the engine's own)
            // is a confirmed highlight now.
            let want = in_file(file);
            assert!(want.len() >= if entities_only { 5 } else { 3 }, "{want:?}");
            let got = highlights(target, &imported, entities_only, true);
            assert!(want.iter().all(|w| got.contains(w)), "{want:?} not all in {got:?}");
        }
    }
}

#[test]
fn foreign_files_with_broken_spans_report_them_and_other_texts_are_refused() {
    let doc = Document::analyze(TEXT);
    // JSON_MIN, Label Studio's flat export: UTF-16 offsets (the wave is two units).
    let utf16_start = TEXT.encode_utf16().count() - "Lisbon’s port reopened.".encode_utf16().count();
    let json_min = format!(
        r#"[{{"text": {text}, "label": [{{"start": {utf16_start}, "end": {end}, "text": "Lisbon", "labels": ["LOC"]}},
            {{"start": 5, "end": 9999, "labels": ["LOC"]}}]}}]"#,
        text = serde_json::to_string(TEXT).unwrap(),
        end = utf16_start + 6
    );
    let (work, report) = import_web_annotation(&doc, &Work::default(), &json_min).unwrap();
    assert_eq!(report.unplaced.len(), 1, "the span past the end is reported");
    let lisbon = TEXT.rfind("Lisbon").unwrap();
    assert!(derive_marks(&doc, &work)
        .iter()
        .any(|m| m.span == Span::new(lisbon, lisbon + 6) && m.status == Status::Confirmed && m.label.id == "LOC"));
    // A file of another article fits nothing here: refused, with the reason.
    let other = r#"{"text": "Quite another story about Porto.", "spans": [{"start": 26, "end": 31, "label": "LOC"}]}"#;
    let refusal = import_web_annotation(&doc, &Work::default(), other).unwrap_err();
    assert!(refusal.contains("belong to another text"), "{refusal}");
    // Neither format, nor any other: the message names them all.
    let neither = read_import(r#"{"text": "a", "entities": []}"#).err().unwrap();
    assert!(neither.contains("Label Studio") && neither.contains("spaCy"), "{neither}");
}

#[test]
fn web_annotation_has_the_models_shape() {
    let (doc, work) = worked();
    let chars: Vec<char> = doc.text.chars().collect();
    let utf16: Vec<u16> = doc.text.encode_utf16().collect();
    let source = source_iri(&doc.text);
    assert!(source.starts_with("urn:sha256:") && source.len() == 11 + 64);
    assert_eq!(source, source_iri(&doc.text.clone()), "stable");
    for units in [Units::CodePoints, Units::Utf16] {
        let c: Value = serde_json::from_str(&to_web_annotation(&doc, &work, "Floods", units)).unwrap();
        // Code points: a collection with its one page embedded, each with
        // an IRI (W3C §5.1, §5.2). UTF-16: the plain array Recogito and
        // Hypothesis load, each annotation with its own context.
        let items =
            match units {
                Units::CodePoints => {
                    assert_eq!(c["@context"][0], "http://www.w3.org/ns/anno.jsonld");
                    assert!(c["@context"][1]["marginalia"].as_str().unwrap().starts_with("urn:uuid:"));
                    assert_eq!(c["type"], "AnnotationCollection");
                    assert_eq!(c["marginalia:positions"], "codepoints");
                    assert_eq!(c["first"]["type"], "AnnotationPage");
                    assert_eq!(c["first"]["id"], format!("{source}#page-1"));
                    assert_ne!(c["first"]["id"], c["id"]);
                    c["first"]["items"].as_array().unwrap().clone()
                }
                Units::Utf16 => {
                    let items = c.as_array().unwrap().clone();
                    assert!(items.iter().all(|a| a["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
                        && a["marginalia:positions"] == "utf16"));
                    items
                }
            };
        if units == Units::CodePoints {
            assert_eq!(c["total"].as_u64().unwrap() as usize, items.len());
        }
        assert_eq!(items.len(), derive_marks(&doc, &work).len());
        for a in &items {
            assert_eq!(a["type"], "Annotation");
            assert_eq!(a["target"]["type"], "SpecificResource");
            assert_eq!(a["target"]["source"], source.as_str());
            // Times of what the user did, not of the engine's suggestions.
            let stamped = a["marginalia:status"] == "confirmed";
            assert_eq!(a["created"].as_str().is_some_and(|t| t == "2026-12-01T10:00:00Z"), stamped, "{a}");
            let noted_later = a["body"].as_array().unwrap().iter().any(|b| b["value"] == "in the budget?");
            assert_eq!(a["modified"].as_str() == Some("2026-12-01T11:00:00Z"), noted_later, "{a}");
            let quote = &a["target"]["selector"][0];
            let position = &a["target"]["selector"][1];
            assert_eq!(
                (quote["type"].as_str(), position["type"].as_str()),
                (Some("TextQuoteSelector"), Some("TextPositionSelector"))
            );
            assert!(quote["prefix"].as_str().unwrap().chars().count() <= 32);
            assert!(quote["suffix"].as_str().unwrap().chars().count() <= 32);
            let (s, e) = (position["start"].as_u64().unwrap() as usize, position["end"].as_u64().unwrap() as usize);
            let exact = quote["exact"].as_str().unwrap();
            match units {
                Units::CodePoints => assert_eq!(chars[s..e].iter().collect::<String>(), exact),
                Units::Utf16 => assert_eq!(String::from_utf16(&utf16[s..e]).unwrap(), exact),
            }
            let bodies = a["body"].as_array().unwrap();
            assert_eq!(bodies[0]["purpose"], "tagging");
            assert!(bodies.iter().all(|b| b["type"] == "TextualBody"));
            let suggestion =
                a["id"].as_str().unwrap().contains("#ann-e") || a["id"].as_str().unwrap().contains("#ann-c");
            assert_eq!(a["generator"]["type"].as_str() == Some("Software"), suggestion);
            if a["marginalia:label"] == "PERSON" && a["marginalia:status"] == "confirmed" {
                assert!(bodies.iter().any(|b| b["purpose"] == "commenting" && b["value"] == "mayor since 2021, check"));
                assert_eq!(a["motivation"], "commenting");
            }
        }
    }
}

#[test]
fn annotations_written_by_other_tools_are_placed_or_reported() {
    let doc = Document::analyze(TEXT);
    // Shapes the model allows: one Annotation, body an object, target with
    // a single selector object, positions that are off (another copy of the
    // text had a header), a quote that occurs twice, one found nowhere.
    let json = format!(
        r#"[
        {{"@context": "http://www.w3.org/ns/anno.jsonld", "id": "http://example.org/anno1", "type": "Annotation",
          "body": {{"type": "TextualBody", "value": "Organisation", "purpose": "tagging"}},
          "target": {{"source": "http://example.org/page1",
                      "selector": {{"type": "TextQuoteSelector", "exact": "European Commission", "prefix": "The city asked the ", "suffix": " for"}}}}}},
        {{"type": "Annotation",
          "body": [{{"type": "TextualBody", "value": "Place", "purpose": "tagging"}}, {{"type": "TextualBody", "value": "harbour city", "purpose": "commenting"}}],
          "target": [{{"source": "{source}", "selector": [
              {{"type": "TextPositionSelector", "start": 3, "end": 8}},
              {{"type": "TextQuoteSelector", "exact": "Lisbon", "prefix": "", "suffix": "’s port"}}]}}]}},
        {{"type": "Annotation", "body": {{"type": "TextualBody", "value": "Person"}},
          "target": {{"selector": {{"type": "TextQuoteSelector", "exact": "Lisbon"}}}}}},
        {{"type": "Annotation", "body": {{"type": "TextualBody", "value": "Fact check", "purpose": "tagging"}},
          "target": {{"selector": {{"type": "TextQuoteSelector", "exact": "not in this article"}}}}}},
        {{"type": "Annotation", "body": {{"type": "TextualBody", "value": "Fact check", "purpose": "tagging"}},
          "target": {{"selector": {{"type": "TextPositionSelector", "start": 0, "end": 6}}}}}}
    ]"#,
        source = source_iri(TEXT)
    );
    let (work, report) = import_web_annotation(&doc, &Work::default(), &json).unwrap();
    assert_eq!(report.unplaced, vec!["Lisbon".to_string(), "not in this article".to_string()], "ambiguous and absent");
    assert_eq!(report.placed + report.already_there, 3);
    let marks = derive_marks(&doc, &work);
    let commission = marks.iter().find(|m| m.span.text(TEXT) == "European Commission" && m.label.id == "ORG").unwrap();
    assert_eq!(commission.status.as_str(), "confirmed", "an engine suggestion confirmed by the import");
    let porto = marks.iter().find(|m| m.label.id == "LOC" && m.note == "harbour city").unwrap();
    assert_eq!(&TEXT[porto.span.end..porto.span.end + "’s port".len()], "’s port", "re-anchored by its suffix");
    // A new label for an unknown tag; positions alone are taken as given.
    let check = marks.iter().find(|m| m.label.name == "Fact check").unwrap();
    assert_eq!(check.span.text(TEXT), "Floods");
    // Annotations of another text: refused whole.
    let other = r#"{"type": "Annotation", "target": {"selector": {"type": "TextQuoteSelector", "exact": "Kraków"}}}"#;
    assert!(import_web_annotation(&doc, &Work::default(), other).unwrap_err().contains("another text"));
    assert!(import_web_annotation(&doc, &Work::default(), "{}").unwrap_err().contains("no W3C Web Annotation"));
}

#[test]
fn csv_tables_read_back_in_a_spreadsheet_reader() {
    let (doc, work) = worked();
    let other = Document::analyze("Title, with a comma\n“Yes,” said Ana \"Nina\" Ruiz.");
    let articles = [("Lisbon, floods", &doc, &work), ("Title, with a comma", &other, &Work::default())];
    let marks = derive_marks(&doc, &work);
    let chars: Vec<char> = TEXT.chars().collect();
    let claims_text = claims_csv(&articles);
    let mut claims = csv::Reader::from_reader(claims_text.as_bytes());
    assert_eq!(
        claims.headers().unwrap(),
        vec!["document", "speaker", "cue", "hedged", "text", "start", "end", "label", "status"]
    );
    let rows: Vec<csv::StringRecord> = claims.records().map(Result::unwrap).collect();
    let porto_claims = marks.iter().filter(|m| m.label.layer == Layer::Claim).count();
    assert_eq!(rows.iter().filter(|r| &r[0] == "Lisbon, floods").count(), porto_claims);
    for r in rows.iter().filter(|r| &r[0] == "Lisbon, floods") {
        let (s, e): (usize, usize) = (r[5].parse().unwrap(), r[6].parse().unwrap());
        assert_eq!(chars[s..e].iter().collect::<String>(), &r[4]);
    }
    assert!(rows.iter().any(|r| &r[1] == "Ana \"Nina\" Ruiz" || r[4].contains("Yes")));
    let entities_text = entities_csv(&articles);
    let mut entities = csv::Reader::from_reader(entities_text.as_bytes());
    assert_eq!(entities.headers().unwrap(), vec!["document", "canonical", "label", "text", "start", "end", "status"]);
    let rows: Vec<csv::StringRecord> = entities.records().map(Result::unwrap).collect();
    assert!(rows.iter().any(|r| &r[2] == "Needs checking" && &r[3] == "€40m, officials"));
}

#[test]
fn two_tabs_work_is_merged_without_loss() {
    let doc = Document::analyze(TEXT);
    let mut ours = Work::default();
    let mut theirs = Work::default();
    ours.add(&doc, span_of(&doc, "river rose"), "ORG");
    theirs.add(&doc, span_of(&doc, "officials said"), "PERSON"); // the same id, 0
    let place = derive_marks(&doc, &theirs).iter().find(|m| m.label.id == "LOC").unwrap().id;
    theirs.delete(&doc, place);
    theirs.add_label("Tab two", "#123456", Some('9'), Layer::Entity).unwrap();
    // Without a common base (nothing known of how either came to be), the
    // merge keeps everything of both.
    let edits = |work: &Work| Edits { corrections: Default::default(), work: work.clone() };
    let merged = merge(&Edits::default(), &edits(&ours), &edits(&theirs)).work;
    let mut own: Vec<&str> = merged.annotations.iter().map(|a| a.text.as_str()).collect();
    own.sort();
    assert_eq!(own, ["officials said", "river rose"]);
    assert_ne!(merged.annotations[0].id, merged.annotations[1].id);
    assert_eq!(merged.verdicts.len(), 1);
    assert_eq!(merged.labels.len(), 1);
    let again = merge(&Edits::default(), &edits(&merged), &edits(&theirs)).work;
    let mut own_again: Vec<&str> = again.annotations.iter().map(|a| a.text.as_str()).collect();
    own_again.sort();
    assert_eq!(own_again, own, "merging again adds nothing");
    assert_eq!((again.verdicts, again.labels), (merged.verdicts.clone(), merged.labels.clone()));
}

fn valid_exports() -> Vec<String> {
    let (doc, work) = worked();
    let mut library = Library::default();
    library.record("a", &doc, &work, 1.0);
    vec![
        to_export_json(&doc, &work),
        to_web_annotation(&doc, &work, "t", Units::CodePoints),
        to_web_annotation(&doc, &work, "t", Units::Utf16),
        library_to_json(&[(library.get("a").unwrap(), &doc, &work)]),
        library.to_json(),
        spacy_jsonl(&[("t", &doc, &work)]),
        label_studio_json(&[("t", &doc, &work)]),
    ]
}

/// Import must answer every input with a value or a message, never a panic,
/// and whatever it accepts must fit its own text.
fn import_everything(input: &str) {
    let doc = Document::analyze(TEXT);
    if let Ok(Incoming::Documents(docs)) = read_import(input) {
        for d in docs {
            for m in derive_marks(&d.document, &d.work) {
                assert!(d.document.text.get(m.span.start..m.span.end).is_some());
            }
        }
    }
    if let Ok((work, _)) = import_web_annotation(&doc, &Work::default(), input) {
        for m in derive_marks(&doc, &work) {
            assert!(doc.text.get(m.span.start..m.span.end).is_some());
        }
    }
    let _ = Library::parse(input);
    let _ = marginalia_model::parse(input);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn truncated_exports_never_panic(which in 0usize..5, cut in 0.0f64..1.0) {
        let exports = valid_exports();
        let json = &exports[which];
        let mut at = (json.len() as f64 * cut) as usize;
        while !json.is_char_boundary(at) {
            at -= 1;
        }
        import_everything(&json[..at]);
    }

    #[test]
    fn mutated_exports_never_panic(which in 0usize..5, at in 0.0f64..1.0, junk in "[0-9\\-\\[\\]{}\":,a-z ]{1,8}") {
        let exports = valid_exports();
        let json = &exports[which];
        let mut i = (json.len() as f64 * at) as usize;
        while !json.is_char_boundary(i) {
            i -= 1;
        }
        import_everything(&format!("{}{}{}", &json[..i], junk, &json[i..]));
    }

    #[test]
    fn random_text_never_panics(input in "\\PC{0,300}") {
        import_everything(&input);
    }
}
