//! The highlights as training data, in the formats NLP tools read: spaCy /
//! Prodigy JSONL (one article a line: `text`, `tokens`, `spans` with
//! character offsets and token indices), CoNLL-2003 (one token a line
//! with its BIO tag, a blank line between sentences, `-DOCSTART-` before
//! each article), and Label Studio tasks ([`label_studio_json`]). The first
//! two hold every entity highlight shown (suggested and
//! confirmed, the engine's and the user's own), one per stretch of text: of
//! overlapping highlights the one that starts first (the longer on a tie)
//! is kept, as BIO tags can hold only one. Tokens are the engine's, split
//! where a highlight starts or ends inside one, so every span is whole
//! tokens; offsets count code points, as Python's strings do.

use marginalia_engine::{tokenize, OffsetMap, Span};
use serde::Serialize;

use crate::label::Layer;
use crate::mark::{derive_marks, Status};
use crate::table::Article;

/// spaCy / Prodigy JSONL: one line per article.
pub fn spacy_jsonl(articles: &[Article]) -> String {
    let mut out = String::new();
    for (title, doc, work) in articles {
        let (spans, tokens) = spans_and_tokens(doc, work);
        let map = OffsetMap::new(&doc.text);
        let cp = |byte: usize| map.byte_to_char(byte).0;
        let line = Line {
            text: &doc.text,
            meta: Meta { title },
            tokens: tokens
                .iter()
                .enumerate()
                .map(|(id, t)| JsonToken {
                    text: t.text(&doc.text),
                    start: cp(t.start),
                    end: cp(t.end),
                    id,
                    ws: doc.text[t.end..].starts_with(char::is_whitespace),
                })
                .collect(),
            spans: spans
                .iter()
                .map(|(s, label)| {
                    let first = tokens.partition_point(|t| t.start < s.start);
                    let last = tokens.partition_point(|t| t.end <= s.end).saturating_sub(1);
                    JsonSpan { start: cp(s.start), end: cp(s.end), label, token_start: first, token_end: last }
                })
                .collect(),
        };
        out.push_str(&serde_json::to_string(&line).expect("a line always serialises"));
        out.push('\n');
    }
    out
}

/// CoNLL-2003 with BIO tags: `token -X- _ tag`, a blank line between
/// sentences, `-DOCSTART- -X- -X- O` before each article.
pub fn conll_bio(articles: &[Article]) -> String {
    let mut out = String::new();
    for (_, doc, work) in articles {
        out.push_str("-DOCSTART- -X- -X- O\n\n");
        let (spans, tokens) = spans_and_tokens(doc, work);
        let starts: Vec<usize> =
            tokenize(&doc.text).iter().filter(|t| t.sentence_start || t.line_start).map(|t| t.span.start).collect();
        let mut open: Option<usize> = None;
        for (i, t) in tokens.iter().enumerate() {
            if i > 0 && starts.binary_search(&t.start).is_ok() {
                out.push('\n');
            }
            let inside = spans.iter().position(|(s, _)| s.start <= t.start && t.end <= s.end);
            let tag = match inside {
                Some(k) if open == Some(k) => format!("I-{}", spans[k].1),
                Some(k) => format!("B-{}", spans[k].1),
                None => "O".to_string(),
            };
            open = inside;
            // A token is one field: no space inside it (the engine's never has one).
            out.push_str(&format!("{} -X- _ {tag}\n", t.text(&doc.text)));
        }
        out.push('\n');
    }
    out
}

/// Label Studio tasks, one per article (`data.text`, `data.title`): what
/// the user confirmed or made as its `annotations`, the engine's open
/// suggestions as its `predictions`, each highlight (entities and claims) a
/// `labels` result on `from_name` `label`, `to_name` `text`, with UTF-16
/// offsets, as Label Studio's editor counts them.
pub fn label_studio_json(articles: &[Article]) -> String {
    let tasks: Vec<Task> = articles
        .iter()
        .enumerate()
        .map(|(i, (title, doc, work))| {
            let map = OffsetMap::new(&doc.text);
            let (mut confirmed, mut suggested) = (Vec::new(), Vec::new());
            for m in derive_marks(doc, work).iter().filter(|m| !m.span.is_empty()) {
                let result = LsResult {
                    id: m.id.dom_id(),
                    from_name: "label",
                    to_name: "text",
                    kind: "labels",
                    value: LsValue {
                        start: map.byte_to_utf16(m.span.start).0,
                        end: map.byte_to_utf16(m.span.end).0,
                        text: m.span.text(&doc.text).to_string(),
                        labels: [m.label.id.to_string()],
                    },
                };
                if m.status == Status::Confirmed {
                    confirmed.push(result)
                } else {
                    suggested.push(result)
                }
            }
            Task {
                id: i + 1,
                data: TaskData { text: &doc.text, title },
                annotations: [LsAnnotation { id: i + 1, result: confirmed }],
                predictions: [LsPrediction { model_version: "marginalia-engine", result: suggested }],
            }
        })
        .collect();
    serde_json::to_string(&tasks).expect("tasks always serialise")
}

#[derive(Serialize)]
struct Task<'a> {
    id: usize,
    data: TaskData<'a>,
    annotations: [LsAnnotation; 1],
    predictions: [LsPrediction; 1],
}

#[derive(Serialize)]
struct TaskData<'a> {
    text: &'a str,
    title: &'a str,
}

#[derive(Serialize)]
struct LsAnnotation {
    id: usize,
    result: Vec<LsResult>,
}

#[derive(Serialize)]
struct LsPrediction {
    model_version: &'static str,
    result: Vec<LsResult>,
}

#[derive(Serialize)]
struct LsResult {
    id: String,
    from_name: &'static str,
    to_name: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    value: LsValue,
}

#[derive(Serialize)]
struct LsValue {
    start: usize,
    end: usize,
    text: String,
    labels: [String; 1],
}

/// The entity highlights kept (sorted, disjoint) with their label ids, and
/// the tokens of the text split at their edges.
fn spans_and_tokens(doc: &marginalia_engine::Document, work: &crate::Work) -> (Vec<(Span, String)>, Vec<Span>) {
    let mut marks: Vec<(Span, String)> = derive_marks(doc, work)
        .into_iter()
        .filter(|m| m.label.layer == Layer::Entity && !m.span.is_empty())
        .map(|m| (m.span, m.label.id.to_string()))
        .collect();
    marks.sort_by(|(a, _), (b, _)| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut kept: Vec<(Span, String)> = Vec::with_capacity(marks.len());
    for (span, label) in marks {
        if kept.last().is_none_or(|(last, _)| last.end <= span.start) {
            kept.push((span, label));
        }
    }
    let mut edges: Vec<usize> = kept.iter().flat_map(|(s, _)| [s.start, s.end]).collect();
    edges.sort_unstable();
    let mut tokens = Vec::new();
    for t in tokenize(&doc.text) {
        let mut from = t.span.start;
        for &edge in &edges[edges.partition_point(|&e| e <= t.span.start)..] {
            if edge >= t.span.end {
                break;
            }
            tokens.push(Span::new(from, edge));
            from = edge;
        }
        tokens.push(Span::new(from, t.span.end));
    }
    (kept, tokens)
}

#[derive(Serialize)]
struct Line<'a> {
    text: &'a str,
    meta: Meta<'a>,
    tokens: Vec<JsonToken<'a>>,
    spans: Vec<JsonSpan<'a>>,
}

#[derive(Serialize)]
struct Meta<'a> {
    title: &'a str,
}

#[derive(Serialize)]
struct JsonToken<'a> {
    text: &'a str,
    start: usize,
    end: usize,
    id: usize,
    ws: bool,
}

#[derive(Serialize)]
struct JsonSpan<'a> {
    start: usize,
    end: usize,
    label: &'a str,
    token_start: usize,
    token_end: usize,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Work;
    use marginalia_engine::Document;

    const TEXT: &str = "Mayor Zoë Ruiz visited Kraków 🌊 on Monday.\nShe said 40 homes were lost.";

    #[test]
    fn jsonl_spans_are_whole_tokens_in_code_points() {
        let doc = Document::analyze(TEXT);
        let mut work = Work::default();
        // An own annotation inside a word: the token splits at its edges.
        work.add(&doc, Span::new(TEXT.find("raków").unwrap(), TEXT.find("raków").unwrap() + 3), "ORG");
        let line: serde_json::Value = serde_json::from_str(spacy_jsonl(&[("t", &doc, &work)]).trim()).unwrap();
        let chars: Vec<char> = TEXT.chars().collect();
        let tokens = line["tokens"].as_array().unwrap();
        for s in line["spans"].as_array().unwrap() {
            let (start, end) = (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize);
            let (first, last) =
                (s["token_start"].as_u64().unwrap() as usize, s["token_end"].as_u64().unwrap() as usize);
            assert_eq!(tokens[first]["start"].as_u64().unwrap() as usize, start);
            assert_eq!(tokens[last]["end"].as_u64().unwrap() as usize, end);
            let text: String = chars[start..end].iter().collect();
            assert!(["Zoë Ruiz", "Kraków", "Monday", "40 homes"].contains(&text.as_str()), "{text}");
        }
        assert_eq!(line["spans"].as_array().unwrap().len(), 4, "the own overlap gives way to Kraków");
    }

    #[test]
    fn label_studio_tasks_split_confirmed_from_suggested_in_utf16() {
        let doc = Document::analyze(TEXT);
        let mut work = Work::default();
        let person = derive_marks(&doc, &work).into_iter().find(|m| m.label.id == "PERSON").unwrap().id;
        work.accept(&doc, person);
        let tasks: serde_json::Value = serde_json::from_str(&label_studio_json(&[("t", &doc, &work)])).unwrap();
        let task = &tasks[0];
        let confirmed = task["annotations"][0]["result"].as_array().unwrap();
        assert_eq!(confirmed.len(), 1);
        assert_eq!(confirmed[0]["value"]["text"], "Zoë Ruiz");
        let utf16: Vec<u16> = TEXT.encode_utf16().collect();
        for r in task["predictions"][0]["result"].as_array().unwrap() {
            let (s, e) = (r["value"]["start"].as_u64().unwrap() as usize, r["value"]["end"].as_u64().unwrap() as usize);
            assert_eq!(String::from_utf16(&utf16[s..e]).unwrap(), r["value"]["text"].as_str().unwrap());
        }
    }

    #[test]
    fn conll_has_one_tag_per_token_and_sentences_apart() {
        let doc = Document::analyze(TEXT);
        let conll = conll_bio(&[("t", &doc, &Work::default())]);
        assert!(conll.starts_with("-DOCSTART- -X- -X- O\n\n"));
        assert!(conll.contains("Zoë -X- _ B-PERSON\nRuiz -X- _ I-PERSON\n"));
        assert!(conll.contains("Kraków -X- _ B-LOC\n"));
        assert!(conll.contains(". -X- _ O\n\nShe -X- _ O\n"), "{conll}");
        assert!(conll.lines().all(|l| l.is_empty() || l.split(' ').count() == 4));
    }
}
