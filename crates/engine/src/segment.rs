//! Flattening a document's layers into renderable pieces.
//!
//! The article view draws paragraphs of segments; each segment is a stretch
//! of text covered by the same entity, the same claim and the same furniture
//! range. Overlaps are resolved here, once, so the view only maps segments to
//! elements: a claim and the names inside it are both kept (the claim as an
//! underline layer, the entity as a background).

use crate::{Document, Span};

/// A stretch of text with one set of covering annotations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Segment {
    /// The text it covers (bytes).
    pub span: Span,
    /// Index into [`Document::entities`] of the entity covering it.
    pub entity: Option<usize>,
    /// Index into [`Document::claims`] of the claim covering it.
    pub claim: Option<usize>,
    /// True inside page furniture.
    pub boilerplate: bool,
}

/// One paragraph (a line of the text) and its segments.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Paragraph {
    /// The paragraph's text, without its line break (bytes).
    pub span: Span,
    /// Its segments, in order, covering the whole paragraph.
    pub segments: Vec<Segment>,
}

/// Splits `doc` into non-empty paragraphs of segments.
pub fn paragraphs(doc: &Document) -> Vec<Paragraph> {
    let text = &doc.text;
    // Every place where some layer starts or ends.
    let mut cuts: Vec<usize> = Vec::with_capacity(4 * (doc.entities.len() + doc.claims.len()) + 2);
    cuts.extend(doc.entities.iter().flat_map(|e| [e.span.start, e.span.end]));
    cuts.extend(doc.claims.iter().flat_map(|c| [c.span.start, c.span.end]));
    cuts.extend(doc.boilerplate.iter().flat_map(|b| [b.start, b.end]));
    cuts.sort_unstable();
    cuts.dedup();

    let entity_spans: Vec<Span> = doc.entities.iter().map(|e| e.span).collect();
    let claim_spans: Vec<Span> = doc.claims.iter().map(|c| c.span).collect();
    let mut out = Vec::new();
    let (mut entity, mut claim, mut furniture) = (0, 0, 0);
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let span = Span::new(offset, offset + line.trim_end_matches(['\n', '\r']).len());
        offset += line.len();
        if span.is_empty() {
            continue;
        }
        let mut segments = Vec::new();
        let first_cut = cuts.partition_point(|&c| c <= span.start);
        let mut start = span.start;
        for end in cuts[first_cut..].iter().copied().take_while(|&c| c < span.end).chain([span.end]) {
            let piece = Span::new(start, end);
            segments.push(Segment {
                span: piece,
                entity: covering(&entity_spans, &mut entity, piece),
                claim: covering(&claim_spans, &mut claim, piece),
                boilerplate: covering(&doc.boilerplate, &mut furniture, piece).is_some(),
            });
            start = end;
        }
        out.push(Paragraph { span, segments });
    }
    out
}

/// The index of the span of `spans` (sorted, disjoint) that covers `piece`,
/// advancing the cursor `from` past the spans that end before it.
fn covering(spans: &[Span], from: &mut usize, piece: Span) -> Option<usize> {
    while *from < spans.len() && spans[*from].end <= piece.start {
        *from += 1;
    }
    (*from < spans.len() && spans[*from].contains(piece)).then_some(*from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Label;

    #[test]
    fn entity_inside_claim_keeps_both_layers() {
        let doc = Document::analyze("“Kyiv is ready,” he said.\n\nNext line.");
        let paras = paragraphs(&doc);
        assert_eq!(paras.len(), 2);
        let kyiv = paras[0].segments.iter().find(|s| s.span.text(&doc.text) == "Kyiv").unwrap();
        assert_eq!(doc.entities[kyiv.entity.unwrap()].label, Label::Loc);
        assert!(kyiv.claim.is_some());
        // Segments tile each paragraph exactly.
        for p in &paras {
            let joined: String = p.segments.iter().map(|s| s.span.text(&doc.text)).collect();
            assert_eq!(joined, p.span.text(&doc.text));
        }
    }
}
