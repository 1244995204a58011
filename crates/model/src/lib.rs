/*!
Marginalia's annotation model: what the user does with the engine's output.

The engine ([`marginalia_engine`]) finds entities and claims; this crate
holds the user's [`Work`] on top of them (their [`LabelDef`]s, their
decisions on each suggestion, their own annotations), derives the one list
of [`Mark`]s every view shows, lays the marks out in nested layers for the
article view, snaps selections to words, keeps the undo [`History`], and
reads and writes the saved form, the library, and the formats other tools
read (W3C Web Annotation, CSV). Like the engine it is plain Rust with no
web dependency; `cargo test` covers it.

# Example
```
use marginalia_engine::{Document, Span};
use marginalia_model::{derive_marks, Status, Work};

let doc = Document::analyze("Mayor Ana Ruiz visited Kraków on Monday.");
let mut work = Work::default();
let marks = derive_marks(&doc, &work);
assert!(marks.iter().all(|m| m.status == Status::Suggested));

// Reject the place, accept the person, tag a span of one's own.
let place = marks.iter().find(|m| m.label.id == "LOC").unwrap().id;
let person = marks.iter().find(|m| m.label.id == "PERSON").unwrap().id;
work.delete(&doc, place);
work.accept(&doc, person);
work.add(&doc, Span::new(0, 5), "ORG");

let marks = derive_marks(&doc, &work);
assert!(marks.iter().all(|m| m.label.id != "LOC"));
assert_eq!(marks.iter().filter(|m| m.status == Status::Confirmed).count(), 2);

// A rerun of the engine on the same text does not bring the place back.
let again = Document::analyze(&doc.text);
assert!(derive_marks(&again, &work).iter().all(|m| m.label.id != "LOC"));
```
*/
#![deny(missing_docs)]

pub use crate::anchor::anchor;
pub use crate::check::{url_problem, Check, CheckStatus, Evidence, CLAIM_REVIEWED_ADVISED_CHARS};
pub use crate::claim_review::{claim_reviews_json, not_ready};
pub use crate::desk::{Desk, RatingValue, Scale};
pub use crate::facts::ArticleFacts;
pub use crate::history::History;
pub use crate::keys::{command_for, is_reserved, Binding, Chord, Command, KeyPress, BINDINGS};
pub use crate::label::{
    background_for, builtin_labels, contrast, ink_for, parse_colour, LabelDef, LabelError, LabelId, Layer,
};
pub use crate::layout::{layout, Paragraph, Segment};
pub use crate::library::{
    counted, counts_of, shorten, title_of, valid_id, Counts, Library, LibraryEntry, LIBRARY_SCHEMA_VERSION,
};
pub use crate::mark::{derive_marks, unplaced, Mark, Status};
pub use crate::mark_id::MarkId;
pub use crate::retext::{moved_to_text, with_new_text};
pub use crate::saved::{
    document_part_of, document_storage_json, join_storage_json, library_to_json, parse, parse_stored, read_import,
    to_export_json, to_storage_json, ExportedMark, ImportedDocument, Incoming, Revision, Stored, LIBRARY_FILE_VERSION,
};
pub use crate::snap::{snap_to_words, step_word, Edge, Step};
pub use crate::sync::{merge, Edits, Follow, Incoming as IncomingSave, IncomingDocument, Lineage, Pending, SaveState};
pub use crate::table::{claims_csv, entities_csv, Article};
pub use crate::training::{conll_bio, label_studio_json, spacy_jsonl};
pub use crate::w3c::{import_web_annotation, source_iri, to_web_annotation, ImportReport, Units};
pub use crate::work::{Decision, OwnAnnotation, SuggestionKey, Verdict, Work};

mod anchor;
mod check;
mod claim_review;
mod desk;
mod facts;
mod foreign;
mod history;
mod keys;
mod label;
mod layout;
mod library;
mod mark;
mod mark_id;
pub mod queries;
mod retext;
mod saved;
mod snap;
mod sync;
mod table;
mod training;
mod w3c;
mod work;
