//! Flattening the marks into renderable pieces.
//!
//! The article view draws paragraphs (the lines of the text) of segments;
//! a segment is a stretch of text covered by the same set of marks and the
//! same page furniture. Each segment lists its marks outermost first, so
//! the view nests one element per mark: overlapping and nested highlights
//! all stay visible and clickable, as layers rather than one flattened
//! colour.

use marginalia_engine::Span;

use crate::Mark;

/// A stretch of text with one set of covering marks.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Segment {
    /// The text it covers (bytes).
    pub span: Span,
    /// Indexes into the marks, outermost (longest, earliest) first.
    pub marks: Vec<usize>,
    /// True inside page furniture.
    pub furniture: bool,
}

/// One paragraph (a line of the text) and its segments.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Paragraph {
    /// The paragraph's text, without its line break (bytes).
    pub span: Span,
    /// Its segments, in order, covering the whole paragraph.
    pub segments: Vec<Segment>,
}

/// Splits `text` into non-empty paragraphs of segments. `marks` must be
/// sorted as [`crate::derive_marks`] sorts them; `furniture` sorted and
/// disjoint.
pub fn layout(text: &str, marks: &[Mark], furniture: &[Span]) -> Vec<Paragraph> {
    let mut cuts: Vec<usize> = Vec::with_capacity(2 * (marks.len() + furniture.len()));
    cuts.extend(marks.iter().flat_map(|m| [m.span.start, m.span.end]));
    cuts.extend(furniture.iter().flat_map(|f| [f.start, f.end]));
    cuts.sort_unstable();
    cuts.dedup();

    let mut out = Vec::new();
    // Marks that have started, in the order they are nested.
    let mut open: Vec<usize> = Vec::new();
    let mut next_mark = 0;
    let mut next_furniture = 0;
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
            open.retain(|&m| marks[m].span.end > piece.start);
            while next_mark < marks.len() && marks[next_mark].span.start <= piece.start {
                if marks[next_mark].span.end > piece.start {
                    open.push(next_mark);
                }
                next_mark += 1;
            }
            while next_furniture < furniture.len() && furniture[next_furniture].end <= piece.start {
                next_furniture += 1;
            }
            let in_furniture = furniture.get(next_furniture).is_some_and(|f| f.contains(piece));
            segments.push(Segment { span: piece, marks: open.clone(), furniture: in_furniture });
            start = end;
        }
        out.push(Paragraph { span, segments });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{derive_marks, Work};
    use marginalia_engine::Document;

    #[test]
    fn overlapping_marks_nest_outermost_first_and_tile_the_text() {
        let doc = Document::analyze("“Kyiv is ready,” he said.\n\nMayor Ana Ruiz of Kraków 🌊 spoke.");
        let mut work = Work::default();
        // An own span crossing the end of an engine name.
        let at = doc.text.find("Ruiz of").unwrap();
        work.add(&doc, Span::new(at, at + "Ruiz of".len()), "ORG");
        let marks = derive_marks(&doc, &work);
        let paras = layout(&doc.text, &marks, &doc.boilerplate);
        assert_eq!(paras.len(), 2);
        for p in &paras {
            let joined: String = p.segments.iter().map(|s| s.span.text(&doc.text)).collect();
            assert_eq!(joined, p.span.text(&doc.text));
            for s in &p.segments {
                for &m in &s.marks {
                    assert!(marks[m].span.contains(s.span));
                }
                for w in s.marks.windows(2) {
                    assert!(marks[w[0]].span.start <= marks[w[1]].span.start);
                }
            }
        }
        let kyiv = paras[0].segments.iter().find(|s| s.span.text(&doc.text) == "Kyiv").unwrap();
        assert_eq!(kyiv.marks.len(), 2, "the claim and the place inside it");
        let ruiz = paras[1].segments.iter().find(|s| s.span.text(&doc.text) == "Ruiz").unwrap();
        assert_eq!(ruiz.marks.len(), 2, "the engine's person and the user's span");
        let of = paras[1].segments.iter().find(|s| s.span.text(&doc.text) == " of").unwrap();
        assert_eq!(of.marks.len(), 1);
    }
}
