//! W3C Web Annotation (<https://www.w3.org/TR/annotation-model/>): export
//! of a document's highlights as an `AnnotationCollection`, and import of
//! such annotations onto a document.
//!
//! Each highlight is an `Annotation` whose target names the text by a
//! stable IRI (`urn:sha256:` of the text, so two copies of one article
//! match) with a `TextQuoteSelector` (the exact text, 32 code points of
//! prefix and suffix) and a `TextPositionSelector`. The label is a
//! `TextualBody` with purpose `tagging`, so are free tags; the note is one
//! with purpose `commenting`; engine suggestions carry a `generator` of type
//! `Software`. Two extension terms under the `marginalia:` prefix keep the
//! label id and the review status, so an export reads back without loss.
//!
//! Positions count Unicode code points, as the model requires. Hypothesis
//! and Recogito count UTF-16 code units instead; [`Units::Utf16`] writes
//! that profile as the plain array of annotations those clients load (each
//! annotation with its `@context` and `marginalia:positions: "utf16"`).
//!
//! The extension terms and the engine (as generator) are named by URNs
//! minted for the project (`urn:uuid:`, RFC 9562), documented in
//! `docs/FORMATS.md`: IRIs that resolve nowhere, and so can never point
//! at the wrong thing.

use marginalia_engine::{CharPos, Document, OffsetMap, Span, Utf16Pos};
use serde::Serialize;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::anchor::{anchor, context};
use crate::label::{LabelId, Layer};
use crate::mark::{derive_marks, Mark, MarkId, Status};
use crate::work::Work;

/// What `TextPositionSelector` offsets count.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Units {
    /// Unicode code points: the W3C model.
    CodePoints,
    /// UTF-16 code units: the Hypothesis / Recogito profile.
    Utf16,
}

/// Code points of prefix and suffix in a `TextQuoteSelector`.
const CONTEXT: usize = 32;

const CONTEXT_IRI: &str = "http://www.w3.org/ns/anno.jsonld";
/// The namespace of the `marginalia:` extension terms.
const EXTENSION_IRI: &str = "urn:uuid:5d6c2b1e-8f43-4c52-9a7e-0b3f1c9e2a47#";
/// The engine, as the generator of suggestions.
const ENGINE_IRI: &str = "urn:uuid:5d6c2b1e-8f43-4c52-9a7e-0b3f1c9e2a47#engine";

/// The stable IRI of a text: `urn:sha256:` and its digest in hex.
pub fn source_iri(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let mut iri = String::with_capacity(11 + 64);
    iri.push_str("urn:sha256:");
    for b in digest {
        iri.push(char::from_digit(u32::from(b >> 4), 16).expect("a nibble"));
        iri.push(char::from_digit(u32::from(b & 15), 16).expect("a nibble"));
    }
    iri
}

#[derive(Serialize)]
struct Collection {
    #[serde(rename = "@context")]
    context: (&'static str, Extension),
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    label: String,
    #[serde(rename = "marginalia:positions")]
    positions: &'static str,
    total: usize,
    first: Page,
}

#[derive(Serialize)]
struct Extension {
    marginalia: &'static str,
}

#[derive(Serialize)]
struct Page {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "startIndex")]
    start_index: usize,
    items: Vec<Annotation>,
}

#[derive(Serialize)]
struct Annotation {
    /// Each annotation's own, in the plain-array profile.
    #[serde(rename = "@context", skip_serializing_if = "Option::is_none")]
    context: Option<(&'static str, Extension)>,
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    motivation: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    created: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    modified: Option<String>,
    body: Vec<Body>,
    target: Target,
    #[serde(skip_serializing_if = "Option::is_none")]
    generator: Option<Generator>,
    #[serde(rename = "marginalia:positions", skip_serializing_if = "Option::is_none")]
    positions: Option<&'static str>,
    #[serde(rename = "marginalia:label")]
    label: LabelId,
    #[serde(rename = "marginalia:status")]
    status: &'static str,
    #[serde(rename = "marginalia:speaker", skip_serializing_if = "Option::is_none")]
    speaker: Option<String>,
}

#[derive(Serialize)]
struct Body {
    #[serde(rename = "type")]
    kind: &'static str,
    value: String,
    purpose: &'static str,
}

#[derive(Serialize)]
struct Target {
    #[serde(rename = "type")]
    kind: &'static str,
    source: String,
    selector: (QuoteSelector, PositionSelector),
}

#[derive(Serialize)]
struct QuoteSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    exact: String,
    prefix: String,
    suffix: String,
}

#[derive(Serialize)]
struct PositionSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct Generator {
    id: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'static str,
}

/// The highlights of `doc` under `work`: an `AnnotationCollection` with
/// code-point positions, or a plain array of annotations with UTF-16 ones.
pub fn to_web_annotation(doc: &Document, work: &Work, title: &str, units: Units) -> String {
    let source = source_iri(&doc.text);
    let map = OffsetMap::new(&doc.text);
    let chars: Vec<char> = doc.text.chars().collect();
    let position = |byte: usize| match units {
        Units::CodePoints => map.byte_to_char(byte).0,
        Units::Utf16 => map.byte_to_utf16(byte).0,
    };
    // The annotations target the article where it was published, when its
    // URL is known (as Hypothesis's do); their ids stay the text's own.
    let target = if work.facts.url.is_empty() { source.as_str() } else { work.facts.url.as_str() };
    let mut items: Vec<Annotation> = derive_marks(doc, work)
        .iter()
        .map(|m| annotation(m, doc, &map, (&source, target), &chars, &position))
        .collect();
    let context = || (CONTEXT_IRI, Extension { marginalia: EXTENSION_IRI });
    if units == Units::Utf16 {
        for a in &mut items {
            a.context = Some(context());
            a.positions = Some("utf16");
        }
        return serde_json::to_string(&items).expect("annotations always serialise");
    }
    let collection = Collection {
        context: context(),
        id: format!("{source}#collection"),
        kind: "AnnotationCollection",
        label: format!("{title}: Marginalia highlights"),
        positions: "codepoints",
        total: items.len(),
        first: Page { id: format!("{source}#page-1"), kind: "AnnotationPage", start_index: 0, items },
    };
    serde_json::to_string(&collection).expect("a collection always serialises")
}

/// `ms` milliseconds since 1970 as an `xsd:dateTime` in UTC
/// (`2026-12-01T18:55:52Z`); `None` for 0, a time not kept.
fn date_time(ms: u64) -> Option<String> {
    if ms == 0 {
        return None;
    }
    let (days, secs) = ((ms / 86_400_000) as i64, ms / 1000 % 86_400);
    // Days since 1970 to a civil date (H. Hinnant's algorithm, in eras of
    // 400 years counted from 0000-03-01).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let (h, m, s) = (secs / 3600, secs / 60 % 60, secs % 60);
    Some(format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}Z"))
}

/// One highlight as a W3C annotation: its id under `source` (the text's
/// IRI), its target `target` (the article's URL, or the same IRI);
/// `position` turns a byte of the text into the collection's unit.
fn annotation(
    m: &Mark,
    doc: &Document,
    map: &OffsetMap,
    (source, target): (&str, &str),
    chars: &[char],
    position: &dyn Fn(usize) -> usize,
) -> Annotation {
    let (start, end) = (map.byte_to_char(m.span.start).0, map.byte_to_char(m.span.end).0);
    let (prefix, suffix) = context(chars, start, end, CONTEXT);
    let mut body = vec![Body { kind: "TextualBody", value: m.label.name.clone(), purpose: "tagging" }];
    body.extend(m.tags.iter().map(|t| Body { kind: "TextualBody", value: t.clone(), purpose: "tagging" }));
    if !m.note.is_empty() {
        body.push(Body { kind: "TextualBody", value: m.note.clone(), purpose: "commenting" });
    }
    Annotation {
        context: None,
        id: format!("{source}#{}", m.id.dom_id()),
        kind: "Annotation",
        motivation: if m.note.is_empty() { "tagging" } else { "commenting" },
        created: date_time(m.created),
        modified: date_time(m.modified),
        body,
        target: Target {
            kind: "SpecificResource",
            source: target.to_string(),
            selector: (
                QuoteSelector { kind: "TextQuoteSelector", exact: m.span.text(&doc.text).to_string(), prefix, suffix },
                PositionSelector {
                    kind: "TextPositionSelector",
                    start: position(m.span.start),
                    end: position(m.span.end),
                },
            ),
        },
        positions: None,
        generator: m.id.is_suggestion().then_some(Generator {
            id: ENGINE_IRI,
            kind: "Software",
            name: "Marginalia engine",
        }),
        label: m.label.id.clone(),
        status: m.status.as_str(),
        speaker: (m.label.layer == Layer::Claim).then_some(m.speaker.clone()).flatten(),
    }
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Annotations placed on the text.
    pub placed: usize,
    /// Annotations that were already there (the same suggestion or span).
    pub already_there: usize,
    /// The quotes of annotations that could not be placed.
    pub unplaced: Vec<String>,
}

/// Places W3C annotations (a collection, a page, one annotation, or an
/// array of them; or the highlights of a Label Studio or spaCy file, see
/// `foreign`) on `doc`, returning the work with them added. Positions
/// are tried first (code points, or UTF-16 when the collection says so),
/// then the quote with its prefix and suffix; annotations found nowhere, or
/// in several places equally well, are reported, not guessed.
///
/// # Errors
/// When the JSON holds no Web Annotation, or when none of its annotations
/// fits this text (they belong to another text).
pub fn import_web_annotation(doc: &Document, work: &Work, json: &str) -> Result<(Work, ImportReport), String> {
    let value = crate::foreign::as_web_annotations(json)?;
    let utf16_profile = |v: &Value| v.get("marginalia:positions").and_then(Value::as_str) == Some("utf16");
    let all_utf16 = utf16_profile(&value);
    let annotations = collect_annotations(&value);
    if annotations.is_empty() {
        return Err(
            "no W3C Web Annotation found (expected an AnnotationCollection, an AnnotationPage or Annotations)".into()
        );
    }
    let map = OffsetMap::new(&doc.text);
    let chars: Vec<char> = doc.text.chars().collect();
    let mut work = work.clone();
    let mut report = ImportReport::default();
    for a in annotations {
        // UTF-16: our profile's, and Hypothesis's (an annotation with no
        // `type`), which counts as JavaScript does.
        let utf16 = all_utf16 || utf16_profile(a) || a.get("type").is_none();
        let hint = position_hint(a, &map, utf16);
        let placed = match selector(a, "TextQuoteSelector") {
            Some(quote) => {
                let exact = str_field(quote, "exact");
                let found =
                    anchor(&chars, exact, str_field(quote, "prefix"), str_field(quote, "suffix"), hint.map(|h| h.0));
                found.ok_or_else(|| exact.to_string())
            }
            // Positions alone are taken as they are, if they fit the text.
            None => hint
                .filter(|&(s, e)| s < e && e <= chars.len())
                .ok_or_else(|| "(an annotation with neither a quote nor positions inside the text)".to_string()),
        };
        let (start, end) = match placed {
            Ok(range) => range,
            Err(quote) => {
                report.unplaced.push(quote);
                continue;
            }
        };
        let span = Span::new(
            map.char_to_byte(CharPos(start)).expect("anchored inside the text"),
            map.char_to_byte(CharPos(end)).expect("anchored inside the text"),
        );
        if place(doc, &mut work, a, span) {
            report.placed += 1;
        } else {
            report.already_there += 1;
        }
    }
    if report.placed + report.already_there == 0 {
        return Err(format!(
            "none of the {} annotations fits this article: they belong to another text",
            report.unplaced.len()
        ));
    }
    Ok((work, report))
}

/// The code points an annotation's `TextPositionSelector` names, counted
/// in UTF-16 code units when `utf16`.
fn position_hint(a: &Value, map: &OffsetMap, utf16: bool) -> Option<(usize, usize)> {
    let p = selector(a, "TextPositionSelector")?;
    // A number too large for this machine is no position (not a smaller one).
    let at = |key: &str| p.get(key)?.as_u64().and_then(|n| usize::try_from(n).ok());
    let (start, end) = (at("start")?, at("end")?);
    if !utf16 {
        return Some((start, end));
    }
    let (s, e) = (map.utf16_to_byte(Utf16Pos(start))?, map.utf16_to_byte(Utf16Pos(end))?);
    Some((map.byte_to_char(s).0, map.byte_to_char(e).0))
}

/// Adds one annotation at `span`; false when the same highlight is already
/// shown there (then a confirmed status is still applied).
fn place(doc: &Document, work: &mut Work, a: &Value, span: Span) -> bool {
    let bodies = as_list(a.get("body"));
    let mut tagging: Vec<&str> = bodies
        .iter()
        .filter(|b| b.get("purpose").and_then(Value::as_str).is_none_or(|p| p == "tagging"))
        .filter_map(|b| b.get("value").and_then(Value::as_str))
        .collect();
    let mut note: Vec<&str> = bodies
        .iter()
        .filter(|b| b.get("purpose").and_then(Value::as_str) == Some("commenting"))
        .filter_map(|b| b.get("value").and_then(Value::as_str))
        .collect();
    // Hypothesis: the note is `text`, the tags `tags`; the label is a tag
    // that names one, else `Hypothesis`.
    let hypothesis = a.get("type").is_none();
    if hypothesis {
        note.extend(a.get("text").and_then(Value::as_str).filter(|t| !t.is_empty()));
        tagging = as_list(a.get("tags")).into_iter().filter_map(Value::as_str).collect();
        let named = |t: &&str| work.all_labels().iter().any(|l| l.name.eq_ignore_ascii_case(t) || l.id == *t);
        let label = tagging.iter().position(named).map_or("Hypothesis", |i| tagging.remove(i));
        tagging.insert(0, label);
    }
    // The label: our extension term, else the first tagging body's value
    // (a label name, or a new label of the user's).
    let label = match a.get("marginalia:label").and_then(Value::as_str) {
        Some(id) if work.label(id).is_some() => LabelId::new(id),
        _ => label_named(work, tagging.first().copied().unwrap_or("Imported")),
    };
    let label_name = work.label(label.as_str()).map(|l| l.name).unwrap_or_default();
    let tags: Vec<String> = tagging
        .iter()
        .skip_while(|t| t.eq_ignore_ascii_case(&label_name) || **t == label.as_str())
        .map(|t| t.to_string())
        .collect();
    let confirmed = a.get("marginalia:status").and_then(Value::as_str) != Some("suggested");
    let existing = derive_marks(doc, work).into_iter().find(|m| m.span == span && m.label.id == label);
    let id = match existing {
        Some(m) => {
            if confirmed && m.status == Status::Suggested {
                work.accept(doc, m.id);
            }
            if m.note.is_empty() && !note.is_empty() {
                work.set_note(doc, m.id, &note.join("\n"));
            }
            if m.tags.is_empty() && !tags.is_empty() {
                work.set_tags(doc, m.id, &tags);
            }
            return false;
        }
        None => work.add(doc, span, label.as_str()),
    };
    work.set_note(doc, id, &note.join("\n"));
    work.set_tags(doc, id, &tags);
    if let (MarkId::Own(own), Some(speaker)) = (id, a.get("marginalia:speaker").and_then(Value::as_str)) {
        if let Some(o) = work.annotations.iter_mut().find(|o| o.id == own) {
            o.speaker = Some(speaker.to_string());
        }
    }
    true
}

/// The id of the label named `name` (any case), adding one when none is.
fn label_named(work: &mut Work, name: &str) -> LabelId {
    let name = name.trim();
    let name = if name.is_empty() { "Imported" } else { name };
    if let Some(l) = work.all_labels().into_iter().find(|l| l.name.eq_ignore_ascii_case(name) || l.id == name) {
        return l.id;
    }
    work.add_label(name, "#868e96", None, Layer::Entity).unwrap_or_else(|_| LabelId::new("custom-imported"))
}

fn collect_annotations(value: &Value) -> Vec<&Value> {
    match value {
        Value::Array(items) => items.iter().flat_map(collect_annotations).collect(),
        Value::Object(_) => match value.get("type").and_then(Value::as_str) {
            Some("Annotation") => vec![value],
            Some("AnnotationCollection") => {
                let mut out = Vec::new();
                let mut page = value.get("first");
                // `first` may be an embedded page (followed by `next` pages)
                // or, for paged collections, only an IRI we cannot follow.
                while let Some(p) = page.filter(|p| p.is_object()) {
                    out.extend(collect_annotations(p));
                    page = p.get("next");
                }
                out
            }
            Some("AnnotationPage") => value.get("items").map(collect_annotations).unwrap_or_default(),
            // Hypothesis: its export (`annotations`) or its API's search
            // (`rows`), annotations with a `target` and no `type`.
            None => as_list(value.get("annotations").or_else(|| value.get("rows")))
                .into_iter()
                .filter(|a| a.get("target").is_some() && a.get("type").is_none())
                .collect(),
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn as_list(value: Option<&Value>) -> Vec<&Value> {
    match value {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(v) => vec![v],
        None => Vec::new(),
    }
}

fn selector<'a>(annotation: &'a Value, kind: &str) -> Option<&'a Value> {
    as_list(annotation.get("target"))
        .into_iter()
        .flat_map(|t| as_list(t.get("selector")))
        .find(|s| s.get("type").and_then(Value::as_str) == Some(kind))
}

fn str_field<'a>(value: &'a Value, name: &str) -> &'a str {
    value.get(name).and_then(Value::as_str).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::date_time;

    #[test]
    fn times_are_xsd_date_times_in_utc() {
        assert_eq!(date_time(0), None, "0 is a time not kept");
        assert_eq!(date_time(1).as_deref(), Some("1970-01-01T00:00:00Z"));
        assert_eq!(date_time(951_782_400_000).as_deref(), Some("2000-02-29T00:00:00Z"));
        assert_eq!(date_time(1_764_614_152_123).as_deref(), Some("2025-12-01T18:35:52Z"));
        assert_eq!(date_time(4_107_542_399_999).as_deref(), Some("2100-02-28T23:59:59Z"));
    }
}
