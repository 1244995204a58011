//! The exchange format: a document as JSON, with offsets in Unicode code
//! points and the fields of the corpus guideline (`entities`, `claims`,
//! `boilerplate`, each with `start`, `end`, `text`), plus the text itself and
//! a schema version. The app stores and exports this; the `annotate`
//! command prints it (without the text). Reading it back checks every span
//! against the text, so a file for another text, or with offsets out of
//! range, is refused whole with a message instead of half-loaded.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::claim::{Claim, ClaimKind};
use crate::correction::Corrections;
use crate::entity::{Entity, Label};
use crate::offset::{CharPos, OffsetMap};
use crate::{Document, Span};

/// The schema version written by this build. Versions 1 and 2 are read as
/// well: these fields are unchanged since 1; version 2 added the `work`
/// object that `marginalia-model` keeps beside them, version 3 the checks in
/// that work (so that a build which does not know checks refuses the file
/// instead of saving it again without them).
pub const SCHEMA_VERSION: u32 = 3;

/// A document in the exchange format.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WireDocument {
    /// Always [`SCHEMA_VERSION`] when written by this build.
    pub schema_version: u32,
    /// The article text; absent in the `annotate` command's output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// Entity mentions.
    pub entities: Vec<WireEntity>,
    /// Claims.
    pub claims: Vec<WireClaim>,
    /// Page furniture.
    #[serde(default)]
    pub boilerplate: Vec<WireRange>,
    /// The user's corrections (already applied to the items above).
    #[serde(default, skip_serializing_if = "Corrections::is_empty")]
    pub corrections: Corrections,
}

/// An entity mention, offsets in code points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WireEntity {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// `PERSON`, `ORG`, `LOC`, `DATE` or `QUANTITY`.
    pub label: String,
    /// The covered text.
    pub text: String,
    /// The group name of its spellings (PERSON / ORG / LOC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub canonical: Option<String>,
}

/// A claim, offsets in code points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WireClaim {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// `quote` or `reported`.
    pub kind: String,
    /// The covered text.
    pub text: String,
    /// Canonical name of the source, or null.
    pub speaker: Option<String>,
    /// The attribution word or phrase, or null.
    pub cue: Option<String>,
    /// Whether the article distances itself.
    pub hedged: bool,
}

/// A plain range, offsets in code points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WireRange {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The covered text.
    pub text: String,
}

/// Why a wire document could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WireError {
    message: String,
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for WireError {}

fn error(message: impl Into<String>) -> WireError {
    WireError { message: message.into() }
}

/// Whether a wire document carries the article's text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArticleText {
    /// With the text (a saved or exported document).
    Included,
    /// Without it (the reader has it already: the gold, a script).
    Omitted,
}

impl WireDocument {
    /// The wire form of `doc`, with or without the article text.
    pub fn from_document(doc: &Document, text: ArticleText) -> WireDocument {
        let map = OffsetMap::new(&doc.text);
        let range = |span: Span| {
            (map.byte_to_char(span.start).0, map.byte_to_char(span.end).0, span.text(&doc.text).to_string())
        };
        WireDocument {
            schema_version: SCHEMA_VERSION,
            text: (text == ArticleText::Included).then(|| doc.text.clone()),
            entities: doc
                .entities
                .iter()
                .map(|e| {
                    let (start, end, text) = range(e.span);
                    WireEntity { start, end, label: e.label.as_str().to_string(), text, canonical: e.canonical.clone() }
                })
                .collect(),
            claims: doc
                .claims
                .iter()
                .map(|c| {
                    let (start, end, text) = range(c.span);
                    WireClaim {
                        start,
                        end,
                        kind: c.kind.as_str().to_string(),
                        text,
                        speaker: c.speaker.clone(),
                        cue: c.cue.clone(),
                        hedged: c.hedged,
                    }
                })
                .collect(),
            boilerplate: doc
                .boilerplate
                .iter()
                .map(|&b| {
                    let (start, end, text) = range(b);
                    WireRange { start, end, text }
                })
                .collect(),
            corrections: doc.corrections.clone(),
        }
    }

    /// Parses JSON and checks it (see [`WireDocument::into_document`]).
    ///
    /// # Errors
    /// When `json` is not a wire document, or does not fit its own text.
    pub fn parse(json: &str) -> Result<Document, WireError> {
        let wire: WireDocument =
            serde_json::from_str(json).map_err(|e| error(format!("not a Marginalia document: {e}")))?;
        wire.into_document()
    }

    /// The document this describes, every span checked against the text.
    ///
    /// # Errors
    /// When the schema version is unknown, the text is missing, a span is out
    /// of range or reversed, a label or kind is unknown, or the `text` of an
    /// item differs from what its offsets cover (a file for another text).
    pub fn into_document(self) -> Result<Document, WireError> {
        if self.schema_version == 0 || self.schema_version > SCHEMA_VERSION {
            return Err(error(format!(
                "schema version {} is not supported (this build reads 1 to {SCHEMA_VERSION})",
                self.schema_version
            )));
        }
        let text = self.text.ok_or_else(|| error("the document has no text"))?;
        let map = OffsetMap::new(&text);
        let span = |what: &str, start: usize, end: usize, expected: &str| -> Result<Span, WireError> {
            let (Some(s), Some(e)) = (map.char_to_byte(CharPos(start)), map.char_to_byte(CharPos(end))) else {
                return Err(error(format!(
                    "{what} {start}..{end} lies outside the text ({} characters)",
                    map.char_len()
                )));
            };
            if s > e {
                return Err(error(format!("{what} {start}..{end} is reversed")));
            }
            let span = Span::new(s, e);
            if span.text(&text) != expected {
                return Err(error(format!(
                    "{what} {start}..{end} covers {:?}, not {expected:?}: the annotations belong to another text",
                    span.text(&text)
                )));
            }
            Ok(span)
        };
        let mut entities = Vec::with_capacity(self.entities.len());
        for e in self.entities {
            let label = Label::parse(&e.label).ok_or_else(|| error(format!("unknown entity label {:?}", e.label)))?;
            entities.push(Entity { span: span("entity", e.start, e.end, &e.text)?, label, canonical: e.canonical });
        }
        let mut claims = Vec::with_capacity(self.claims.len());
        for c in self.claims {
            let kind = match c.kind.as_str() {
                "quote" => ClaimKind::Quote,
                "reported" => ClaimKind::Reported,
                other => return Err(error(format!("unknown claim kind {other:?}"))),
            };
            claims.push(Claim {
                span: span("claim", c.start, c.end, &c.text)?,
                kind,
                speaker: c.speaker,
                cue: c.cue,
                hedged: c.hedged,
            });
        }
        let mut boilerplate = Vec::with_capacity(self.boilerplate.len());
        for b in self.boilerplate {
            boilerplate.push(span("boilerplate", b.start, b.end, &b.text)?);
        }
        entities.sort_by_key(|e| e.span);
        claims.sort_by_key(|c| c.span);
        Ok(Document { text, entities, claims, boilerplate, corrections: self.corrections })
    }

    /// Pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a wire document always serialises")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "🌊 Mayor Inês Ruiz said “we are ready” in Kraków.";

    #[test]
    fn round_trip_keeps_everything_including_corrections() {
        let mut doc = Document::analyze(TEXT);
        doc.set_speaker(0, Some("City Hall".into()));
        let json = WireDocument::from_document(&doc, ArticleText::Included).to_json();
        assert_eq!(WireDocument::parse(&json).unwrap(), doc);
    }

    #[test]
    fn offsets_are_code_points() {
        let doc = Document::analyze(TEXT);
        let wire = WireDocument::from_document(&doc, ArticleText::Omitted);
        let chars: Vec<char> = TEXT.chars().collect();
        for e in &wire.entities {
            assert_eq!(chars[e.start..e.end].iter().collect::<String>(), e.text);
        }
        assert!(wire.text.is_none());
    }

    fn refused(json: &str) -> String {
        WireDocument::parse(json).unwrap_err().to_string()
    }

    #[test]
    fn bad_input_is_refused_with_a_message() {
        assert!(refused("not json").starts_with("not a Marginalia document"));
        assert!(
            refused(r#"{"schema_version": 9, "text": "a", "entities": [], "claims": []}"#).contains("schema version 9")
        );
        assert!(refused(r#"{"schema_version": 1, "entities": [], "claims": []}"#).contains("no text"));
        let out_of_range = r#"{"schema_version": 1, "text": "abc", "entities": [{"start": 1, "end": 9, "label": "LOC", "text": "bc"}], "claims": []}"#;
        assert!(refused(out_of_range).contains("outside the text"));
        let other_text = r#"{"schema_version": 1, "text": "abc", "entities": [{"start": 0, "end": 2, "label": "LOC", "text": "xy"}], "claims": []}"#;
        assert!(refused(other_text).contains("another text"));
        let label = r#"{"schema_version": 1, "text": "abc", "entities": [{"start": 0, "end": 2, "label": "THING", "text": "ab"}], "claims": []}"#;
        assert!(refused(label).contains("unknown entity label"));
    }
}
