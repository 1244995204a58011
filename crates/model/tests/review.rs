//! The review flows of the workspace, on the model alone: decisions that
//! survive a rerun of the engine, edits that replace a suggestion, labels,
//! re-anchoring on an edited text, and the saved form.

use marginalia_engine::{Document, Span};
use marginalia_model::{
    derive_marks, parse, parse_stored, to_export_json, to_storage_json, Decision, Layer, MarkId, Revision, Status, Work,
};

const TEXT: &str =
    "🌊 Mayor Inês Ruiz visited Kraków on Monday. “We are ready,” Ruiz said. The Red Cross sent 40 tents.";

fn find(doc: &Document, work: &Work, text: &str) -> MarkId {
    derive_marks(doc, work)
        .iter()
        .find(|m| m.span.text(&doc.text) == text)
        .unwrap_or_else(|| panic!("no mark on {text:?}"))
        .id
}

fn span_of(doc: &Document, text: &str) -> Span {
    let at = doc.text.find(text).unwrap();
    Span::new(at, at + text.len())
}

#[test]
fn rejected_and_replaced_suggestions_stay_gone_after_a_rerun() {
    let doc = Document::analyze(TEXT);
    let mut work = Work::default();
    work.delete(&doc, find(&doc, &work, "Kraków"));
    let monday = work.relabel(&doc, find(&doc, &work, "Monday"), "QUANTITY").unwrap();
    assert!(matches!(monday, MarkId::Own(_)));
    let again = Document::analyze(TEXT);
    let marks = derive_marks(&again, &work);
    assert!(marks.iter().all(|m| m.span.text(TEXT) != "Kraków"));
    let monday: Vec<_> = marks.iter().filter(|m| m.span.text(TEXT) == "Monday").collect();
    assert_eq!(monday.len(), 1, "the replacement, not the suggestion too");
    assert_eq!(monday[0].label.id, "QUANTITY");
    assert_eq!(monday[0].status, Status::Confirmed);
}

#[test]
fn accept_all_of_one_label_leaves_the_others_to_review() {
    let doc = Document::analyze(TEXT);
    let mut work = Work::default();
    let people = derive_marks(&doc, &work).iter().filter(|m| m.label.id == "PERSON").count();
    assert!(people >= 2);
    assert_eq!(work.decide_all(&doc, "PERSON", Decision::Accepted), people);
    for m in derive_marks(&doc, &work) {
        let expected = if m.label.id == "PERSON" { Status::Confirmed } else { Status::Suggested };
        assert_eq!(m.status, expected, "{}", m.span.text(TEXT));
    }
    // A second pass finds nothing left to decide.
    assert_eq!(work.decide_all(&doc, "PERSON", Decision::Rejected), 0);
}

#[test]
fn notes_and_tags_confirm_a_suggestion_and_edits_carry_them_over() {
    let doc = Document::analyze(TEXT);
    let mut work = Work::default();
    let quote = find(&doc, &work, "We are ready,");
    work.set_note(&doc, quote, "  check the video  ");
    work.set_tags(&doc, quote, &["video".into(), " video ".into(), "".into(), "mayor".into()]);
    let m = derive_marks(&doc, &work).into_iter().find(|m| m.id == quote).unwrap();
    assert_eq!(
        (m.status, m.note.as_str(), m.tags.clone()),
        (Status::Confirmed, "check the video", vec!["video".to_string(), "mayor".to_string()])
    );
    // Resizing it keeps the note, the tags and the speaker.
    let wider = span_of(&doc, "“We are ready,”");
    let own = work.resize(&doc, quote, wider).unwrap();
    let m = derive_marks(&doc, &work).into_iter().find(|m| m.id == own).unwrap();
    assert_eq!(m.span.text(TEXT), "“We are ready,”");
    assert_eq!(m.note, "check the video");
    assert_eq!(m.speaker.as_deref(), Some("Inês Ruiz"));
    assert_eq!(m.label.layer, Layer::Claim);
}

#[test]
fn own_labels_with_keys_and_overlapping_spans() {
    let doc = Document::analyze(TEXT);
    let mut work = Work::default();
    let id = work.add_label("Needs checking", "#ff00aa", Some('8'), Layer::Entity).unwrap();
    assert!(work.add_label("needs checking", "#000000", None, Layer::Entity).is_err());
    assert!(work.add_label("Other", "#000000", Some('1'), Layer::Entity).is_err(), "1 is Person's");
    assert!(work.add_label("Other", "#000000", Some('a'), Layer::Entity).is_err(), "a accepts");
    assert!(work.add_label("Other", "red", None, Layer::Entity).is_err());
    assert_eq!(work.label_for_key('8').unwrap().id, id);
    // Two own spans that overlap each other and an engine name.
    work.add(&doc, span_of(&doc, "Inês Ruiz visited"), &id);
    work.add(&doc, span_of(&doc, "visited Kraków"), "LOC");
    let marks = derive_marks(&doc, &work);
    assert_eq!(marks.iter().filter(|m| !m.id.is_suggestion()).count(), 2);
    assert!(marks.iter().any(|m| m.label.id == id && m.span.text(TEXT) == "Inês Ruiz visited"));
    // A removed label leaves its annotations, named as removed.
    assert!(work.remove_label(&id));
    assert!(!work.remove_label("PERSON"));
    let orphan = derive_marks(&doc, &work).into_iter().find(|m| m.span.text(TEXT) == "Inês Ruiz visited").unwrap();
    assert!(orphan.label.name.contains("removed"));
}

#[test]
fn work_follows_an_edited_text() {
    let doc = Document::analyze(TEXT);
    let mut work = Work::default();
    work.delete(&doc, find(&doc, &work, "Kraków"));
    work.add(&doc, span_of(&doc, "Red Cross sent"), "ORG");
    work.add(&doc, span_of(&doc, "40 tents"), "QUANTITY");
    let edited = format!("Ünïcödé 👩‍👩‍👧 update:\n{}", TEXT.replace("40 tents", "tents"));
    let lost = work.reanchor(TEXT, &edited);
    assert_eq!(lost, 1, "the span whose text is gone");
    let doc2 = Document::analyze(&edited);
    let marks = derive_marks(&doc2, &work);
    assert!(marks.iter().any(|m| m.span.text(&edited) == "Red Cross sent" && !m.id.is_suggestion()));
    assert!(marks.iter().all(|m| m.span.text(&edited) != "Kraków"), "the rejection moved with the text");
    assert_eq!(marginalia_model::unplaced(&doc2, &work), 1);
}

#[test]
fn saved_form_round_trips_and_reads_version_one() {
    let mut doc = Document::analyze(TEXT);
    doc.set_speaker(0, Some("City Hall".into()));
    let mut work = Work::default();
    let label = work.add_label("Follow up", "#123456", Some('9'), Layer::Claim).unwrap();
    work.add(&doc, span_of(&doc, "sent 40 tents"), &label);
    work.delete(&doc, find(&doc, &work, "Kraków"));
    let revision = Revision { id: "r2".into(), parent: Some("r1".into()) };
    let stored = to_storage_json(&doc, &work, &revision);
    assert_eq!(parse(&stored).unwrap(), (doc.clone(), work.clone()));
    let read = parse_stored(&stored).unwrap();
    assert_eq!((read.document, read.work, read.revision), (doc.clone(), work.clone(), Some(revision.clone())));
    // The same, from the document's part kept between saves, which can be
    // found again in what storage holds.
    let part = marginalia_model::document_storage_json(&doc);
    assert_eq!(marginalia_model::join_storage_json(&part, &work, &revision), stored);
    assert_eq!(marginalia_model::document_part_of(&stored), Some(part.as_str()));
    // An earlier schema's part is not kept: the next save writes it anew.
    let schema_2 = stored.replacen("\"schema_version\":3", "\"schema_version\":2", 1);
    assert_eq!(marginalia_model::document_part_of(&schema_2), None);
    let other = marginalia_model::join_storage_json(&part, &Work::default(), &revision);
    assert_eq!(parse(&other).unwrap().1, Work::default());
    let exported = to_export_json(&doc, &work);
    assert_eq!(parse(&exported).unwrap(), (doc.clone(), work.clone()));
    let json: serde_json::Value = serde_json::from_str(&exported).unwrap();
    let chars: Vec<char> = TEXT.chars().collect();
    for a in json["annotations"].as_array().unwrap() {
        let (s, e) = (a["start"].as_u64().unwrap() as usize, a["end"].as_u64().unwrap() as usize);
        assert_eq!(chars[s..e].iter().collect::<String>(), a["text"].as_str().unwrap(), "code points");
    }
    // Version 1 had no work.
    let v1 = stored.replacen("\"schema_version\":3", "\"schema_version\":1", 1);
    let v1 = v1[..v1.find(",\"work\"").unwrap()].to_string() + "}";
    let (old_doc, old_work) = parse(&v1).unwrap();
    assert_eq!(old_doc, doc);
    assert_eq!(old_work, Work::default());
}

#[test]
fn bad_saved_input_is_refused_with_a_message() {
    let doc = Document::analyze("Ana Ruiz spoke.");
    let good = to_storage_json(&doc, &Work::default(), &Revision { id: "r1".into(), parent: None });
    let with_work = |work: &str| good.replacen("\"work\":{\"next_id\":0}", &format!("\"work\":{work}"), 1);
    assert!(parse("{").unwrap_err().starts_with("not a Marginalia document"));
    assert!(parse(&good.replacen("\"schema_version\":3", "\"schema_version\":4", 1))
        .unwrap_err()
        .contains("schema version 4"));
    let bad_check = with_work(
        r#"{"verdicts":[{"suggestion":{"label":"PERSON","start":0,"text":"Ana Ruiz"},"decision":"accepted","check":{"status":"done"}}]}"#,
    );
    assert!(parse(&bad_check).unwrap_err().contains("unknown variant `done`"));
    let outside = with_work(r#"{"annotations":[{"id":0,"start":3,"end":99,"text":"x","label":"ORG"}],"next_id":1}"#);
    assert!(parse(&outside).unwrap_err().contains("outside the text"));
    let repeated = with_work(
        r#"{"annotations":[{"id":0,"start":0,"end":3,"text":"Ana","label":"ORG"},{"id":0,"start":0,"end":3,"text":"Ana","label":"ORG"}],"next_id":1}"#,
    );
    assert!(parse(&repeated).unwrap_err().contains("repeated"));
    let colour = with_work(r#"{"labels":[{"id":"custom-1","name":"X","colour":"red","key":null,"layer":"entity"}]}"#);
    assert!(parse(&colour).unwrap_err().contains("colour"));
    let builtin =
        with_work(r##"{"labels":[{"id":"PERSON","name":"X","colour":"#000000","key":null,"layer":"entity"}]}"##);
    assert!(parse(&builtin).unwrap_err().contains("reserved"));
}

#[test]
fn each_action_stamps_what_it_made_and_what_it_changed() {
    let doc = Document::analyze(TEXT);
    let act = |work: &mut Work, now: u64, action: &dyn Fn(&mut Work)| {
        let before = work.clone();
        action(work);
        work.stamp_changes(&before, now);
    };
    let mut work = Work::default();
    act(&mut work, 100, &|w| w.accept(&doc, find(&doc, w, "Kraków")));
    act(&mut work, 200, &|w| {
        w.add(&doc, span_of(&doc, "Red Cross sent"), "ORG");
    });
    act(&mut work, 300, &|w| w.set_note(&doc, find(&doc, w, "Red Cross sent"), "check"));
    act(&mut work, 400, &|w| w.accept(&doc, find(&doc, w, "Monday")));
    let times = |text: &str| {
        let m = derive_marks(&doc, &work).into_iter().find(|m| m.span.text(TEXT) == text).unwrap();
        (m.created, m.modified)
    };
    assert_eq!(times("Kraków"), (100, 0), "made, never changed since");
    assert_eq!(times("Red Cross sent"), (200, 300), "made, then noted");
    assert_eq!(times("Monday"), (400, 0));
    assert_eq!(times("Ruiz"), (0, 0), "a suggestion: nothing the user did");
    // The times are kept with the work.
    let json = to_storage_json(&doc, &work, &Revision { id: "r1".into(), parent: None });
    assert_eq!(parse_stored(&json).unwrap().work, work);
    assert_eq!(work.annotations[0].created, 200);
}
