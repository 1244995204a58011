//! The library: every article the user keeps, as an index of entries
//! (title, dates, counts) beside the documents themselves.
//!
//! The index is small and read at start-up; each document is stored on its
//! own, so a save rewrites one article, not the library. Titles come from an
//! article's first line until the user sets one.

use serde::{Deserialize, Serialize};

use crate::desk::Desk;
use crate::label::Layer;
use crate::mark::{derive_marks, Mark};
use crate::work::Work;
use marginalia_engine::Document;

/// The schema version of the index written by this build.
pub const LIBRARY_SCHEMA_VERSION: u32 = 1;

/// The longest title made from a first line, in characters.
const TITLE_CHARS: usize = 90;

/// One article of the library.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LibraryEntry {
    /// Stable id (`[a-z0-9-]`), also its storage key's suffix.
    pub id: String,
    /// What the list shows.
    pub title: String,
    /// True once the user renamed it (the first line no longer sets it).
    #[serde(default)]
    pub titled_by_user: bool,
    /// When it was added (ms since the epoch).
    pub added: f64,
    /// When it last changed (ms since the epoch).
    pub updated: f64,
    /// Entity highlights shown.
    pub entities: usize,
    /// Claim highlights shown.
    pub claims: usize,
}

/// The index of the library.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Library {
    /// [`LIBRARY_SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The articles, most recently added first.
    pub documents: Vec<LibraryEntry>,
    /// The article open in the workspace.
    #[serde(default)]
    pub open: Option<String>,
    /// The desk that checks the library's claims, and its rating scale
    /// (absent while never set).
    #[serde(default, skip_serializing_if = "Desk::is_default", deserialize_with = "crate::desk::read_desk")]
    pub desk: Desk,
}

impl Default for Library {
    fn default() -> Self {
        Library { schema_version: LIBRARY_SCHEMA_VERSION, documents: Vec::new(), open: None, desk: Desk::default() }
    }
}

/// The title an article's text suggests: its first non-empty line.
pub fn title_of(text: &str) -> String {
    match text.lines().map(str::trim).find(|l| !l.is_empty()) {
        Some(line) => shorten(line, TITLE_CHARS),
        None => "Untitled article".to_string(),
    }
}

/// `n` and the noun for it: `1 article`, `2 articles`, `0 claims`.
pub fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `text` cut to at most `max_chars` characters, with an ellipsis if cut.
pub fn shorten(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((at, _)) => format!("{}…", text[..at].trim_end()),
        None => text.to_string(),
    }
}

/// How many highlights an article shows, by layer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Entity highlights.
    pub entities: usize,
    /// Claim highlights.
    pub claims: usize,
}

/// The counts of these highlights (the marks of one article).
pub fn counts_of(marks: &[Mark]) -> Counts {
    let claims = marks.iter().filter(|m| m.label.layer == Layer::Claim).count();
    Counts { entities: marks.len() - claims, claims }
}

/// True for ids the library accepts: 1 to 40 of `a-z`, `0-9`, `-`.
pub fn valid_id(id: &str) -> bool {
    (1..=40).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Library {
    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&LibraryEntry> {
        self.documents.iter().find(|e| e.id == id)
    }

    /// Adds (or, for a known id, refreshes) the entry of `doc`.
    pub fn record(&mut self, id: &str, doc: &Document, work: &Work, now: f64) {
        self.record_counts(id, &doc.text, counts_of(&derive_marks(doc, work)), now);
    }

    /// [`Library::record`] with the counts already known (the app has the
    /// marks at hand).
    pub fn record_counts(&mut self, id: &str, text: &str, Counts { entities, claims }: Counts, now: f64) {
        match self.documents.iter_mut().find(|e| e.id == id) {
            Some(e) => {
                if !e.titled_by_user {
                    e.title = title_of(text);
                }
                e.updated = now;
                e.entities = entities;
                e.claims = claims;
            }
            None => self.documents.insert(
                0,
                LibraryEntry {
                    id: id.to_string(),
                    title: title_of(text),
                    titled_by_user: false,
                    added: now,
                    updated: now,
                    entities,
                    claims,
                },
            ),
        }
    }

    /// Renames an article; an empty title goes back to its first line.
    pub fn rename(&mut self, id: &str, title: &str, text: &str) {
        if let Some(e) = self.documents.iter_mut().find(|e| e.id == id) {
            let title = title.trim();
            e.titled_by_user = !title.is_empty();
            e.title = if title.is_empty() { title_of(text) } else { title.to_string() };
        }
    }

    /// Takes an article out of the index; returns where it was and its
    /// entry, for undo.
    pub fn remove(&mut self, id: &str) -> Option<(usize, LibraryEntry)> {
        let at = self.documents.iter().position(|e| e.id == id)?;
        if self.open.as_deref() == Some(id) {
            self.open = None;
        }
        Some((at, self.documents.remove(at)))
    }

    /// Puts back what [`Library::remove`] took out.
    pub fn restore(&mut self, at: usize, entry: LibraryEntry) {
        if self.get(&entry.id).is_none() {
            self.documents.insert(at.min(self.documents.len()), entry);
        }
    }

    /// Entries whose title contains every word of `query` (any case).
    pub fn search(&self, query: &str) -> Vec<&LibraryEntry> {
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        self.documents
            .iter()
            .filter(|e| {
                let title = e.title.to_lowercase();
                words.iter().all(|w| title.contains(w.as_str()))
            })
            .collect()
    }

    /// Reads an index, refusing other schema versions and malformed ids.
    ///
    /// # Errors
    /// A message saying what is wrong.
    pub fn parse(json: &str) -> Result<Library, String> {
        let library: Library =
            serde_json::from_str(json).map_err(|e| format!("not a Marginalia library index: {e}"))?;
        if library.schema_version != LIBRARY_SCHEMA_VERSION {
            return Err(format!(
                "library schema version {} is not supported (this build reads {LIBRARY_SCHEMA_VERSION})",
                library.schema_version
            ));
        }
        let mut seen = std::collections::HashSet::new();
        for e in &library.documents {
            if !valid_id(&e.id) || !seen.insert(e.id.as_str()) {
                return Err(format!("the library lists a bad or repeated article id {:?}", e.id));
            }
        }
        Ok(library)
    }

    /// The index as JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a library index always serialises")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_come_from_the_first_line_until_renamed() {
        assert_eq!(title_of("\n\n  Floods hit Porto 🌊  \nBody"), "Floods hit Porto 🌊");
        assert_eq!(title_of(""), "Untitled article");
        assert!(title_of(&"word ".repeat(40)).ends_with('…'));
        let doc = Document::analyze("Floods hit Lisbon\nMayor Ana Ruiz said “we are ready”.");
        let mut lib = Library::default();
        lib.record("a1", &doc, &Work::default(), 1.0);
        assert_eq!(lib.documents[0].title, "Floods hit Lisbon");
        assert!(lib.documents[0].entities >= 2 && lib.documents[0].claims == 1);
        lib.rename("a1", "  My title ", &doc.text);
        let edited = Document::analyze("New first line\nMore.");
        lib.record("a1", &edited, &Work::default(), 2.0);
        assert_eq!((lib.documents[0].title.as_str(), lib.documents[0].updated), ("My title", 2.0));
        lib.rename("a1", "", &edited.text);
        assert_eq!(lib.documents[0].title, "New first line");
    }

    #[test]
    fn remove_restore_search_and_parse() {
        let mut lib = Library::default();
        for (id, text) in [("a", "Floods in Porto"), ("b", "Election in Kraków"), ("c", "Porto wins the cup")] {
            lib.record(id, &Document::analyze(text), &Work::default(), 0.0);
        }
        assert_eq!(lib.search("porto").len(), 2);
        assert_eq!(lib.search("PORTO cup").len(), 1);
        lib.open = Some("b".into());
        let (at, entry) = lib.remove("b").unwrap();
        assert_eq!((lib.documents.len(), lib.open.clone()), (2, None));
        lib.restore(at, entry);
        assert_eq!(lib.documents.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["c", "b", "a"]);
        assert_eq!(Library::parse(&lib.to_json()).unwrap(), lib);
        assert!(Library::parse("[]").unwrap_err().starts_with("not a Marginalia library"));
        let bad_id = lib.to_json().replace("\"id\":\"b\"", "\"id\":\"B/../x\"");
        assert!(Library::parse(&bad_id).unwrap_err().contains("bad or repeated"));
        let future = lib.to_json().replace("\"schema_version\":1", "\"schema_version\":7");
        assert!(Library::parse(&future).unwrap_err().contains("version 7"));
    }

    #[test]
    fn counts_are_written_with_the_right_noun() {
        assert_eq!(counted(1, "article", "articles"), "1 article");
        assert_eq!(counted(0, "claim", "claims"), "0 claims");
        assert_eq!(counted(12, "entity", "entities"), "12 entities");
    }
}
