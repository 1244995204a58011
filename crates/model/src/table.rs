//! CSV for spreadsheets: one table of claims and one of entities, for one
//! article or the whole library, offsets in code points.

use csv_core::{WriteResult, Writer};
use marginalia_engine::{Document, OffsetMap};

use crate::label::Layer;
use crate::mark::{derive_marks, Mark};
use crate::work::Work;

/// One article to tabulate: its title, document and work.
pub type Article<'a> = (&'a str, &'a Document, &'a Work);

/// Appends one CSV record (quoted where needed, `\n` ended).
fn record(out: &mut String, fields: &[&str]) {
    let mut writer = Writer::new();
    let mut buf = vec![0u8; 64];
    let mut bytes = Vec::new();
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            loop {
                let (res, n) = writer.delimiter(&mut buf);
                bytes.extend_from_slice(&buf[..n]);
                if res == WriteResult::InputEmpty {
                    break;
                }
            }
        }
        let mut input = field.as_bytes();
        loop {
            let (res, read, n) = writer.field(input, &mut buf);
            input = &input[read..];
            bytes.extend_from_slice(&buf[..n]);
            if res == WriteResult::InputEmpty {
                break;
            }
        }
        loop {
            let (res, n) = writer.finish(&mut buf);
            bytes.extend_from_slice(&buf[..n]);
            if res == WriteResult::InputEmpty {
                break;
            }
        }
    }
    loop {
        let (res, n) = writer.terminator(&mut buf);
        bytes.extend_from_slice(&buf[..n]);
        if res == WriteResult::InputEmpty {
            break;
        }
    }
    out.push_str(std::str::from_utf8(&bytes).expect("CSV of UTF-8 fields is UTF-8"));
}

/// A table of the highlights of one layer: `header`, then one record per
/// highlight, `fields` given the article's title, its text, the highlight
/// and its code-point offsets.
fn table(
    header: &[&str],
    articles: &[Article],
    layer: Layer,
    fields: impl Fn(&str, &str, &Mark, &str, &str) -> Vec<String>,
) -> String {
    let mut out = String::new();
    record(&mut out, header);
    for (title, doc, work) in articles {
        let map = OffsetMap::new(&doc.text);
        for m in derive_marks(doc, work).iter().filter(|m| m.label.layer == layer) {
            let (start, end) =
                (map.byte_to_char(m.span.start).0.to_string(), map.byte_to_char(m.span.end).0.to_string());
            let row = fields(title, &doc.text, m, &start, &end);
            record(&mut out, &row.iter().map(String::as_str).collect::<Vec<_>>());
        }
    }
    out
}

/// The claims table: `document, speaker, cue, hedged, text, start, end,
/// label, status`.
pub fn claims_csv(articles: &[Article]) -> String {
    let header = ["document", "speaker", "cue", "hedged", "text", "start", "end", "label", "status"];
    table(&header, articles, Layer::Claim, |title, text, m, start, end| {
        vec![
            title.to_string(),
            m.speaker.clone().unwrap_or_default(),
            m.cue.clone().unwrap_or_default(),
            m.hedged.to_string(),
            m.span.text(text).to_string(),
            start.to_string(),
            end.to_string(),
            m.label.name.clone(),
            m.status.as_str().to_string(),
        ]
    })
}

/// The entities table: `document, canonical, label, text, start, end,
/// status`.
pub fn entities_csv(articles: &[Article]) -> String {
    let header = ["document", "canonical", "label", "text", "start", "end", "status"];
    table(&header, articles, Layer::Entity, |title, text, m, start, end| {
        vec![
            title.to_string(),
            m.canonical.clone().unwrap_or_default(),
            m.label.name.clone(),
            m.span.text(text).to_string(),
            start.to_string(),
            end.to_string(),
            m.status.as_str().to_string(),
        ]
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_as_rfc_4180_says() {
        let mut out = String::new();
        record(&mut out, &["plain", "with, comma", "with \"quotes\"", "two\nlines", "", "Zoë 🌊"]);
        assert_eq!(out, "plain,\"with, comma\",\"with \"\"quotes\"\"\",\"two\nlines\",,Zoë 🌊\n");
    }
}
