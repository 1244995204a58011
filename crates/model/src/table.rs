//! CSV for spreadsheets: one table of claims and one of entities, for one
//! article or the whole library, offsets in code points.

use marginalia_engine::{Document, OffsetMap};

use crate::label::Layer;
use crate::mark::{derive_marks, Mark};
use crate::work::Work;

/// One article to tabulate: its title, document and work.
pub type Article<'a> = (&'a str, &'a Document, &'a Work);

/// Appends one CSV record (RFC 4180: a field holding a comma, a quote or a
/// line break is quoted, its quotes doubled; `\n` ended). Written here
/// rather than with csv-core's writer, whose quoting styles bring the whole
/// float and 128-bit integer parsers of the standard library into the bundle
/// (about 4 KB) to recognise numbers for a style this table never uses.
fn record(out: &mut String, fields: &[&str]) {
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        if field.contains([',', '"', '\n', '\r']) {
            out.push('"');
            out.push_str(&field.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(field);
        }
    }
    out.push('\n');
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
