//! A half-open range of UTF-8 byte offsets into a document's text.
//!
//! Every offset inside the engine is a byte offset, so it can index a `&str`
//! directly. Code points (the exported and W3C unit) and UTF-16 code units
//! (the DOM's unit) appear only at the edges, through [`crate::OffsetMap`].

use std::fmt;
use std::ops::Range;

/// A half-open `start..end` range of byte offsets into a text.
///
/// It exists, as in `aho-corasick`, because `Range<usize>` is not `Copy`.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

// The engine is built for size (opt-level z), at which LLVM calls even
// these one-line methods rather than inline them; they run millions of
// times in a long text, so they are inlined by hand.
impl Span {
    /// A span from `start` to `end` (bytes).
    #[inline(always)]
    pub fn new(start: usize, end: usize) -> Span {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    /// Number of bytes covered.
    #[inline(always)]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    #[inline(always)]
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// True when the two spans share at least one byte.
    #[inline(always)]
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// True when `other` lies wholly inside this span.
    #[inline(always)]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers in `text`.
    ///
    /// # Panics
    /// When the span is out of range or not on character boundaries.
    #[inline(always)]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// True when `span` overlaps any of `spans`, which must be sorted by start
/// and disjoint (a binary search, not a scan).
pub fn overlaps_any(spans: &[Span], span: Span) -> bool {
    let i = spans.partition_point(|s| s.end <= span.start);
    spans.get(i).is_some_and(|s| s.start < span.end)
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    fn from(range: Range<usize>) -> Span {
        Span::new(range.start, range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlaps_any_by_binary_search() {
        let spans = [Span::new(2, 4), Span::new(6, 9), Span::new(12, 13)];
        for (probe, want) in
            [((0, 2), false), ((0, 3), true), ((4, 6), false), ((8, 20), true), ((9, 12), false), ((13, 14), false)]
        {
            assert_eq!(overlaps_any(&spans, Span::new(probe.0, probe.1)), want, "{probe:?}");
        }
    }
}
