//! The saved form of a document with the user's work: the engine's
//! exchange format ([`WireDocument`]: text, entities, claims, furniture,
//! corrections; offsets in code points) with a `work` object beside it (the
//! user's labels, decisions and own annotations). localStorage holds this,
//! and Export JSON downloads it with one more field, `annotations`: every
//! highlight as the user sees it (label, status, note, tags, speaker), for
//! the tools that read the export and do not want to apply the work
//! themselves. Reading checks everything and refuses bad input whole.
//!
//! The stored form also names its [`Revision`] (which save wrote it, and on
//! which it was built), for [`crate::sync`] to merge the saves of two tabs;
//! exports leave it out.
//!
//! Schema versions: 1 had no `work`; 2 adds it. Version 1 reads as version
//! 2 with no work.

use marginalia_engine::{
    ArticleText, CharPos, Corrections, Document, OffsetMap, WireClaim, WireDocument, WireEntity, WireRange,
    SCHEMA_VERSION,
};
use serde::{Deserialize, Serialize};

use crate::label::{parse_colour, LabelId};
use crate::library::LibraryEntry;
use crate::mark::{derive_marks, Mark};
use crate::work::Work;

/// The revision a save wrote, and the one it was built on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Revision {
    /// Unique to this save.
    pub id: String,
    /// The revision this page stood on when it saved (`None` for the first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent: Option<String>,
}

/// The engine's fields, then the work. (Spelled out rather than
/// `#[serde(flatten)]`, whose buffering code costs the WASM bundle ~20 KB.)
#[derive(Serialize, Deserialize)]
struct SavedWire {
    schema_version: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    entities: Vec<WireEntity>,
    claims: Vec<WireClaim>,
    #[serde(default)]
    boilerplate: Vec<WireRange>,
    #[serde(default, skip_serializing_if = "Corrections::is_empty")]
    corrections: Corrections,
    #[serde(default)]
    work: Work,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    revision: Option<Revision>,
    #[serde(default, skip_deserializing, skip_serializing_if = "Vec::is_empty")]
    annotations: Vec<ExportedMark>,
}

/// A highlight in the export, offsets in code points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExportedMark {
    /// `ann-e3` (engine entity), `ann-c1` (engine claim), `ann-u7` (own).
    pub id: String,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The covered text.
    pub text: String,
    /// Label id.
    pub label: LabelId,
    /// Label name.
    pub label_name: String,
    /// `suggested` or `confirmed`.
    pub status: String,
    /// The user's note.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// The user's tags.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// Name group (entities).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
    /// Who said it (claims).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker: Option<String>,
    /// Attribution verb (claims).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cue: Option<String>,
    /// Hedged (claims).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub hedged: bool,
}

fn exported(doc: &Document, map: &OffsetMap, m: &Mark) -> ExportedMark {
    ExportedMark {
        id: m.id.dom_id(),
        start: map.byte_to_char(m.span.start).0,
        end: map.byte_to_char(m.span.end).0,
        text: m.span.text(&doc.text).to_string(),
        label: m.label.id.clone(),
        label_name: m.label.name.clone(),
        status: m.status.as_str().to_string(),
        note: m.note.clone(),
        tags: m.tags.clone(),
        canonical: m.canonical.clone(),
        speaker: m.speaker.clone(),
        cue: m.cue.clone(),
        hedged: m.hedged,
    }
}

impl SavedWire {
    fn new(doc: &Document, work: &Work, annotations: Vec<ExportedMark>) -> SavedWire {
        let wire = WireDocument::from_document(doc, ArticleText::Included);
        SavedWire {
            schema_version: wire.schema_version,
            text: wire.text,
            entities: wire.entities,
            claims: wire.claims,
            boilerplate: wire.boilerplate,
            corrections: wire.corrections,
            work: work.clone(),
            revision: None,
            annotations,
        }
    }
}

/// The JSON kept in storage: the document, the work, and the revision.
pub fn to_storage_json(doc: &Document, work: &Work, revision: &Revision) -> String {
    join_storage_json(&document_storage_json(doc), work, revision)
}

/// The document's part of the stored JSON, everything before the work: an
/// open object for [`join_storage_json`] to close. It changes only with the
/// text or the corrections, so the app keeps it between saves, and a review
/// action serialises only the (small) work, not a book's analysis.
pub fn document_storage_json(doc: &Document) -> String {
    // The engine's wire document has exactly the fields, in the order, that
    // precede `work` in the saved form.
    let mut json = serde_json::to_string(&WireDocument::from_document(doc, ArticleText::Included))
        .expect("a saved document always serialises");
    json.pop(); // the closing brace; the work follows
    json
}

/// The stored JSON from the document's part, the work and the revision.
pub fn join_storage_json(document_part: &str, work: &Work, revision: &Revision) -> String {
    let work = serde_json::to_string(work).expect("work always serialises");
    let revision = serde_json::to_string(revision).expect("a revision always serialises");
    let mut json = String::with_capacity(document_part.len() + work.len() + revision.len() + 24);
    json.push_str(document_part);
    json.push_str(WORK_FIELD);
    json.push_str(&work);
    json.push_str(",\"revision\":");
    json.push_str(&revision);
    json.push('}');
    json
}

/// Where the work starts in the stored JSON. Inside the document's part
/// every string is escaped, so this is its only occurrence there.
const WORK_FIELD: &str = ",\"work\":";

/// The document's part of a stored JSON written by [`join_storage_json`]
/// of this build (what [`document_storage_json`] gives for the document it
/// holds), or `None` for another layout or an earlier schema version (whose
/// part is written anew, so the save names the version of its work).
pub fn document_part_of(stored: &str) -> Option<&str> {
    let current = stored
        .strip_prefix("{\"schema_version\":")
        .and_then(|rest| rest.split_once(','))
        .is_some_and(|(version, _)| version == SCHEMA_VERSION.to_string());
    stored.find(WORK_FIELD).filter(|_| current).map(|at| &stored[..at])
}

/// An article as storage holds it.
#[derive(Clone, Debug, PartialEq)]
pub struct Stored {
    /// The article with the engine's annotations and the corrections.
    pub document: Document,
    /// The user's work on it.
    pub work: Work,
    /// The save that wrote it (`None` when an earlier version did).
    pub revision: Option<Revision>,
}

/// Reads what storage holds under an article's key.
///
/// # Errors
/// As [`parse`].
pub fn parse_stored(json: &str) -> Result<Stored, String> {
    let mut saved: SavedWire = serde_json::from_str(json).map_err(|e| format!("not a Marginalia document: {e}"))?;
    let revision = saved.revision.take();
    let (document, work) = from_saved(saved)?;
    Ok(Stored { document, work, revision })
}

/// The JSON of Export JSON: the stored form plus every highlight as shown.
pub fn to_export_json(doc: &Document, work: &Work) -> String {
    let map = OffsetMap::new(&doc.text);
    let annotations = derive_marks(doc, work).iter().map(|m| exported(doc, &map, m)).collect();
    // Compact, like the stored form: a second (pretty) serialiser would add
    // its own copy of every `Serialize` impl to the WASM bundle.
    serde_json::to_string(&SavedWire::new(doc, work, annotations)).expect("a saved document always serialises")
}

/// Reads a saved or exported document, checking every span and label.
///
/// # Errors
/// A message when the JSON is not a Marginalia document, its schema version
/// is unknown, a span does not fit the text, or a label is malformed.
pub fn parse(json: &str) -> Result<(Document, Work), String> {
    parse_stored(json).map(|s| (s.document, s.work))
}

fn from_saved(saved: SavedWire) -> Result<(Document, Work), String> {
    let work = saved.work;
    let wire = WireDocument {
        schema_version: saved.schema_version,
        text: saved.text,
        entities: saved.entities,
        claims: saved.claims,
        boilerplate: saved.boilerplate,
        corrections: saved.corrections,
    };
    // The engine's reader checks the schema version and every span.
    let doc = wire.into_document().map_err(|e| e.to_string())?;
    check_work(&doc, &work)?;
    Ok((doc, work))
}

fn check_work(doc: &Document, work: &Work) -> Result<(), String> {
    for l in &work.labels {
        if l.id.is_builtin() {
            return Err(format!("the label id {:?} is reserved for a built-in label", l.id));
        }
        if parse_colour(&l.colour).is_none() {
            return Err(format!("the label {:?} has no valid colour ({:?})", l.name, l.colour));
        }
    }
    let map = OffsetMap::new(&doc.text);
    let mut ids = std::collections::HashSet::new();
    for a in &work.annotations {
        if !ids.insert(a.id) || a.id >= work.next_id {
            return Err(format!("annotation id {} is repeated or not below next_id", a.id));
        }
        if a.start >= a.end || map.char_to_byte(CharPos(a.end)).is_none() {
            return Err(format!(
                "annotation {}..{} lies outside the text ({} characters) or is empty",
                a.start,
                a.end,
                map.char_len()
            ));
        }
    }
    Ok(())
}

/// The schema version of a whole-library file written by this build.
pub const LIBRARY_FILE_VERSION: u32 = 1;

/// A whole-library file: every article with its title and dates.
#[derive(Serialize, Deserialize)]
struct LibraryFile {
    marginalia_library: u32,
    documents: Vec<LibraryFileEntry>,
}

#[derive(Serialize, Deserialize)]
struct LibraryFileEntry {
    title: String,
    #[serde(default)]
    titled_by_user: bool,
    added: f64,
    updated: f64,
    document: SavedWire,
}

/// One article read from a file, ready to join the library.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportedDocument {
    /// The title the user gave it, if any.
    pub title: Option<String>,
    /// When it was first added, if the file says.
    pub added: Option<f64>,
    /// The article.
    pub document: Document,
    /// The work on it.
    pub work: Work,
}

/// The JSON of the whole library: `articles` are (entry, document, work).
pub fn library_to_json(articles: &[(&LibraryEntry, &Document, &Work)]) -> String {
    let file = LibraryFile {
        marginalia_library: LIBRARY_FILE_VERSION,
        documents: articles
            .iter()
            .map(|(entry, doc, work)| LibraryFileEntry {
                title: entry.title.clone(),
                titled_by_user: entry.titled_by_user,
                added: entry.added,
                updated: entry.updated,
                document: SavedWire::new(doc, work, Vec::new()),
            })
            .collect(),
    };
    serde_json::to_string(&file).expect("a library file always serialises")
}

/// What an imported file holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    /// Articles (one from a document file, all from a library file).
    Documents(Vec<ImportedDocument>),
    /// W3C Web Annotations, to place on the open article.
    WebAnnotations,
}

/// What an import that is none of the formats says.
const NOT_A_FORMAT: &str =
    "not a Marginalia document, a Marginalia library, W3C Web Annotations, a Hypothesis export, \
     Label Studio tasks or spaCy / Prodigy JSONL";

/// Reads a file offered for import: a Marginalia document, a Marginalia
/// library, or annotations to place on the open article (W3C Web
/// Annotations, a Hypothesis export, Label Studio tasks, spaCy / Prodigy
/// JSONL: left to [`crate::import_web_annotation`]).
///
/// # Errors
/// A message when it is not JSON, or is a Marginalia file that does not
/// check (then nothing of it is taken).
pub fn read_import(json: &str) -> Result<Incoming, String> {
    let head: String = json.chars().take(4096).collect();
    if head.contains("\"marginalia_library\"") {
        let file: LibraryFile =
            serde_json::from_str(json).map_err(|e| format!("not a Marginalia library file: {e}"))?;
        if file.marginalia_library != LIBRARY_FILE_VERSION {
            return Err(format!(
                "library file version {} is not supported (this build reads {LIBRARY_FILE_VERSION})",
                file.marginalia_library
            ));
        }
        let mut documents = Vec::with_capacity(file.documents.len());
        for (i, entry) in file.documents.into_iter().enumerate() {
            let (document, work) =
                from_saved(entry.document).map_err(|e| format!("article {} of the library: {e}", i + 1))?;
            documents.push(ImportedDocument {
                title: entry.titled_by_user.then_some(entry.title),
                added: Some(entry.added),
                document,
                work,
            });
        }
        return Ok(Incoming::Documents(documents));
    }
    if head.contains("\"schema_version\"") {
        let (document, work) = parse(json)?;
        return Ok(Incoming::Documents(vec![ImportedDocument { title: None, added: None, document, work }]));
    }
    let value: serde_json::Value = match serde_json::from_str(json) {
        Ok(value) => value,
        // spaCy / Prodigy JSONL: several lines, each an object with `text` and `spans`.
        Err(e) => {
            let first_line = json.lines().find(|l| !l.trim().is_empty()).unwrap_or("");
            if serde_json::from_str::<serde_json::Value>(first_line).is_ok_and(|v| crate::foreign::is_spacy_line(&v)) {
                return Ok(Incoming::WebAnnotations);
            }
            return Err(format!("not JSON: {e}"));
        }
    };
    let hypothesis = ["annotations", "rows"].iter().any(|k| value.get(k).is_some_and(serde_json::Value::is_array));
    let foreign = crate::foreign::is_label_studio(&value) || crate::foreign::is_spacy_line(&value);
    if value.is_array() || value.get("type").is_some() || value.get("@context").is_some() || hypothesis || foreign {
        return Ok(Incoming::WebAnnotations);
    }
    Err(NOT_A_FORMAT.into())
}
