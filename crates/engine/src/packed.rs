//! A document's annotations packed for the trip from the thread that
//! analysed them to the one that shows them: every offset and small field
//! in one run of `u32`s (which crosses as a typed array, copied once), and
//! every name (canonical names, speakers, cues) in one string, each distinct
//! name once. The text does not travel: the receiver sent it.
//!
//! Layout of `numbers`: the counts of entities, claims, furniture ranges and
//! names; then per entity `start, end, label, name`; per claim `start, end,
//! kind + 2·hedged, speaker, cue`; per range `start, end`; then each name's
//! length in bytes. A name field is its index in the name table plus one, 0
//! for none. Offsets are UTF-8 bytes, as everywhere in the engine.

use crate::claim::{Claim, ClaimKind};
use crate::correction::Corrections;
use crate::document::Document;
use crate::entity::{Entity, Label};
use crate::span::Span;

/// Annotations in transit; see the module's documentation for the layout.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackedDocument {
    /// Counts, offsets, small fields and name lengths.
    pub numbers: Vec<u32>,
    /// The names, one after another.
    pub names: String,
}

/// Why packed annotations could not be read: they do not fit the text they
/// came with (a bug, or a message from another build of the app).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackError(&'static str);

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the engine's results do not fit the text: {}", self.0)
    }
}

impl std::error::Error for PackError {}

impl PackedDocument {
    /// Packs `doc`'s annotations (not its text nor its corrections).
    pub fn pack(doc: &Document) -> PackedDocument {
        let mut packer = Packer::default();
        let n = |len: usize| len as u32;
        packer.numbers.extend([n(doc.entities.len()), n(doc.claims.len()), n(doc.boilerplate.len()), 0]);
        for e in &doc.entities {
            let name = packer.name(e.canonical.as_deref());
            packer.numbers.extend([n(e.span.start), n(e.span.end), label_code(e.label), name]);
        }
        for c in &doc.claims {
            let kind = u32::from(c.kind == ClaimKind::Reported) + 2 * u32::from(c.hedged);
            let speaker = packer.name(c.speaker.as_deref());
            let cue = packer.name(c.cue.as_deref());
            packer.numbers.extend([n(c.span.start), n(c.span.end), kind, speaker, cue]);
        }
        for s in &doc.boilerplate {
            packer.numbers.extend([n(s.start), n(s.end)]);
        }
        packer.numbers[3] = n(packer.lengths.len());
        packer.numbers.append(&mut packer.lengths);
        PackedDocument { numbers: packer.numbers, names: packer.names }
    }

    /// The document of `text` with these annotations and `corrections`
    /// (which the annotations already reflect).
    pub fn unpack(&self, text: String, corrections: Corrections) -> Result<Document, PackError> {
        let mut r = Reader { numbers: &self.numbers, at: 0, text: &text };
        let (entities, claims, ranges, names) = (r.count()?, r.count()?, r.count()?, r.count()?);
        let fields = entities * 4 + claims * 5 + ranges * 2;
        let lengths = self.numbers.get(4 + fields..).filter(|l| l.len() == names).ok_or(PackError("wrong length"))?;
        let mut table = Vec::with_capacity(names);
        let mut from = 0;
        for &len in lengths {
            let to = from + len as usize;
            table.push(self.names.get(from..to).ok_or(PackError("a name outside the name table"))?);
            from = to;
        }
        let name = |i: u32| -> Result<Option<String>, PackError> {
            match i {
                0 => Ok(None),
                i => table.get(i as usize - 1).map(|s| Some(s.to_string())).ok_or(PackError("no such name")),
            }
        };
        let mut doc = Document { corrections, ..Document::default() };
        for _ in 0..entities {
            let span = r.span()?;
            let label = Label::ALL.get(r.next()? as usize).copied().ok_or(PackError("no such label"))?;
            doc.entities.push(Entity { span, label, canonical: name(r.next()?)? });
        }
        for _ in 0..claims {
            let span = r.span()?;
            let kind = r.next()?;
            let kind_of = if kind & 1 == 1 { ClaimKind::Reported } else { ClaimKind::Quote };
            let (speaker, cue) = (name(r.next()?)?, name(r.next()?)?);
            doc.claims.push(Claim { span, kind: kind_of, speaker, cue, hedged: kind & 2 == 2 });
        }
        for _ in 0..ranges {
            doc.boilerplate.push(r.span()?);
        }
        doc.text = text;
        Ok(doc)
    }
}

fn label_code(label: Label) -> u32 {
    Label::ALL.iter().position(|&l| l == label).unwrap_or(0) as u32
}

/// Builds the name table, each distinct name once.
#[derive(Default)]
struct Packer<'d> {
    numbers: Vec<u32>,
    names: String,
    lengths: Vec<u32>,
    index: crate::gazetteer::FastMap<&'d str, u32>,
}

impl<'d> Packer<'d> {
    fn name(&mut self, name: Option<&'d str>) -> u32 {
        let Some(name) = name else { return 0 };
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        self.names.push_str(name);
        self.lengths.push(name.len() as u32);
        let i = self.lengths.len() as u32;
        self.index.insert(name, i);
        i
    }
}

struct Reader<'a> {
    numbers: &'a [u32],
    at: usize,
    text: &'a str,
}

impl Reader<'_> {
    fn next(&mut self) -> Result<u32, PackError> {
        let n = *self.numbers.get(self.at).ok_or(PackError("cut short"))?;
        self.at += 1;
        Ok(n)
    }

    fn count(&mut self) -> Result<usize, PackError> {
        self.next().map(|n| n as usize)
    }

    /// A span that lies on character boundaries of the text.
    fn span(&mut self) -> Result<Span, PackError> {
        let (start, end) = (self.next()? as usize, self.next()? as usize);
        let fits = start <= end && self.text.is_char_boundary(start) && self.text.is_char_boundary(end);
        fits.then(|| Span::new(start, end)).ok_or(PackError("an offset outside the text"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "“Kraków 🌊 will hold,” Mayor Ana Ruiz said on Monday. Ruiz reportedly said 40 homes were lost.\n\nPhoto: Óscar Lind/Agência";

    #[test]
    fn a_document_comes_back_as_it_left_with_each_name_once() {
        let mut doc = Document::analyze(TEXT);
        doc.set_speaker(0, Some("Ana Ruiz".into()));
        let packed = PackedDocument::pack(&doc);
        assert!(!doc.entities.is_empty() && doc.claims.len() >= 2 && !doc.boilerplate.is_empty());
        assert_eq!(packed.names.matches("Ana Ruiz").count(), 1);
        let back = packed.unpack(doc.text.clone(), doc.corrections.clone()).unwrap();
        assert_eq!(back, doc);
    }

    #[test]
    fn an_empty_document_packs_to_four_zeros() {
        let packed = PackedDocument::pack(&Document::default());
        assert_eq!(packed.numbers, [0, 0, 0, 0]);
        assert_eq!(packed.unpack(String::new(), Corrections::default()).unwrap(), Document::default());
    }

    #[test]
    fn annotations_that_do_not_fit_the_text_are_refused() {
        let doc = Document::analyze(TEXT);
        let packed = PackedDocument::pack(&doc);
        // Another text: shorter, or with a character where a span starts.
        assert!(packed.unpack("Kraków".into(), Corrections::default()).is_err());
        let mut cut = packed.clone();
        cut.numbers.pop();
        assert!(cut.unpack(doc.text.clone(), Corrections::default()).is_err());
        let mut bad_label = packed.clone();
        bad_label.numbers[4 + 2] = 9;
        assert!(bad_label.unpack(doc.text.clone(), Corrections::default()).is_err());
    }
}
