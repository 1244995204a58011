//! The annotation files of other tools, read as W3C Web Annotations so that
//! one importer places them all (`w3c::import_web_annotation`: positions
//! first, then the quote with its context, each failure reported).
//!
//! Two formats carry their own copy of the text: Label Studio tasks (its
//! JSON export: `data.text` and `annotations[].result[]` of type `labels`,
//! or its JSON_MIN export: `text` and `label[]`; offsets in UTF-16 code
//! units, as its editor counts) and spaCy / Prodigy JSONL (one object a
//! line: `text` and `spans` with `start`, `end`, `label`; offsets in code
//! points, as Python counts). Each highlight becomes an annotation whose
//! quote, prefix and suffix come from that copy, so it lands on the open
//! article even where the two texts differ a little; its label is the
//! label of that id or name, or a new one. Label Studio's `predictions`
//! (a model's output, which the engine makes anew) are not taken.

use marginalia_engine::{OffsetMap, Utf16Pos};
use serde_json::{json, Value};

use crate::anchor::context;

/// How many characters of context each side of a quote anchors it.
const CONTEXT_CHARS: usize = 32;

/// The annotations of `json` to read as W3C: a Label Studio or spaCy file's
/// turned into W3C annotations, anything else as it parses (one parse).
///
/// # Errors
/// When `json` is neither JSON nor spaCy JSONL.
pub(crate) fn as_web_annotations(json: &str) -> Result<Value, String> {
    match serde_json::from_str::<Value>(json) {
        Ok(value) if is_spacy_line(&value) => {
            let mut out = Vec::new();
            spacy_spans(&value, &mut out);
            Ok(Value::Array(out))
        }
        Ok(value) => Ok(from_label_studio(&value).unwrap_or(value)),
        // Several lines of JSONL are not one JSON value.
        Err(e) => from_spacy_lines(json).ok_or_else(|| format!("not JSON: {e}")),
    }
}

/// True when `value` is one line of spaCy / Prodigy JSONL.
pub(crate) fn is_spacy_line(value: &Value) -> bool {
    value.get("text").is_some_and(Value::is_string) && value.get("spans").is_some_and(Value::is_array)
}

/// True when `value` is a Label Studio export (JSON or JSON_MIN): tasks
/// with their text under `data`, or flat ones with a `label` list.
pub(crate) fn is_label_studio(value: &Value) -> bool {
    let tasks: Vec<&Value> = match value {
        Value::Array(items) => items.iter().collect(),
        one => vec![one],
    };
    !tasks.is_empty() && tasks.iter().all(|t| task_text(t).is_some())
}

fn task_text(task: &Value) -> Option<&str> {
    match task.get("data") {
        Some(data) => data.get("text")?.as_str().filter(|_| task.get("annotations").is_some_and(Value::is_array)),
        None => task.get("text")?.as_str().filter(|_| task.get("label").is_some_and(Value::is_array)),
    }
}

fn from_label_studio(value: &Value) -> Option<Value> {
    if !is_label_studio(value) {
        return None;
    }
    let tasks: Vec<&Value> = value.as_array().map_or_else(|| vec![value], |items| items.iter().collect());
    let mut out = Vec::new();
    for task in tasks {
        let text = task_text(task)?;
        let chars: Vec<char> = text.chars().collect();
        let map = OffsetMap::new(text);
        let code_point = |utf16: Option<usize>| Some(map.byte_to_char(map.utf16_to_byte(Utf16Pos(utf16?))?).0);
        // JSON: the results of every human annotation; JSON_MIN: `label`.
        let values: Vec<&Value> = match task.get("annotations").and_then(Value::as_array) {
            Some(annotations) => annotations
                .iter()
                .filter_map(|a| a.get("result").and_then(Value::as_array))
                .flatten()
                .filter(|r| r.get("type").and_then(Value::as_str) == Some("labels"))
                .filter_map(|r| r.get("value"))
                .collect(),
            None => task.get("label").and_then(Value::as_array).map(|l| l.iter().collect()).unwrap_or_default(),
        };
        for v in values {
            let label = v.get("labels").and_then(|l| l.get(0)).and_then(Value::as_str).unwrap_or("Imported");
            let at = |key: &str| code_point(offset(v, key));
            out.push(annotation(&chars, at("start"), at("end"), label));
        }
    }
    Some(Value::Array(out))
}

fn from_spacy_lines(jsonl: &str) -> Option<Value> {
    let mut out = Vec::new();
    for line in jsonl.lines().filter(|l| !l.trim().is_empty()) {
        let value: Value = serde_json::from_str(line).ok()?;
        if !is_spacy_line(&value) {
            return None;
        }
        spacy_spans(&value, &mut out);
    }
    Some(Value::Array(out))
}

/// The spans of one spaCy line (`is_spacy_line`) as W3C annotations.
fn spacy_spans(line: &Value, out: &mut Vec<Value>) {
    let chars: Vec<char> = line["text"].as_str().unwrap_or_default().chars().collect();
    for span in line["spans"].as_array().into_iter().flatten() {
        let at = |key: &str| offset(span, key);
        let label = span.get("label").and_then(Value::as_str).unwrap_or("Imported");
        out.push(annotation(&chars, at("start"), at("end"), label));
    }
}

/// The offset `value[key]`, if it is one (a number too large for this
/// machine is none, not another number).
fn offset(value: &Value, key: &str) -> Option<usize> {
    value.get(key).and_then(Value::as_u64).and_then(|n| usize::try_from(n).ok())
}

/// A W3C annotation of the code points `start..end` of `chars`, tagged
/// `label`: its quote and context, and its positions. Offsets missing or
/// outside the text give an annotation with no target, which the importer
/// reports as not placed.
fn annotation(chars: &[char], start: Option<usize>, end: Option<usize>, label: &str) -> Value {
    let Some((start, end)) = start.zip(end).filter(|&(s, e)| s < e && e <= chars.len()) else {
        return json!({"type": "Annotation", "target": {}});
    };
    let exact: String = chars[start..end].iter().collect();
    let (prefix, suffix) = context(chars, start, end, CONTEXT_CHARS);
    json!({
        "type": "Annotation",
        "body": [{"type": "TextualBody", "purpose": "tagging", "value": label}],
        "target": {"selector": [
            {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix},
            {"type": "TextPositionSelector", "start": start, "end": end},
        ]},
    })
}
