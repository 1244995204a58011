//! Labels: what a highlight says a stretch of text is.
//!
//! The built-in set is the engine's: five entity labels and the two claim
//! kinds, each with a colour and a number key. Users add their own (name,
//! colour, key); those are kept with their work. A label belongs to a
//! layer: entity-like labels paint a background, claim-like labels an
//! underline, so a claim and the names inside it show together.

use std::borrow::Borrow;
use std::fmt;

use marginalia_engine::{ClaimKind, Label};
use serde::{Deserialize, Serialize};

/// A label's stable identifier: `PERSON`… and `quote` / `reported` for the
/// built-ins (the exchange format's names), `custom-N` for the user's. What
/// a label id means (built in or not, a named entity, who can be a source)
/// is answered here and nowhere else.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct LabelId(String);

impl LabelId {
    /// The id `id`, as written.
    pub fn new(id: impl Into<String>) -> LabelId {
        LabelId(id.into())
    }

    /// The id of the user's label number `n` (`custom-N`).
    pub fn custom(n: usize) -> LabelId {
        LabelId(format!("custom-{n}"))
    }

    /// `N` of a `custom-N` id.
    pub fn custom_number(&self) -> Option<usize> {
        self.0.strip_prefix("custom-")?.parse().ok()
    }

    /// The id as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True for the ids of the built-in labels.
    pub fn is_builtin(&self) -> bool {
        Label::parse(&self.0).is_some() || self.claim_kind().is_some()
    }

    /// True for the labels whose spellings are grouped under a canonical
    /// name (people, organisations, places: the entity panel's groups, the
    /// names offered as speakers).
    pub fn is_named(&self) -> bool {
        Label::parse(&self.0).is_some_and(Label::is_named)
    }

    /// True for the labels of those who say things (people and
    /// organisations: the cross-article view's sources).
    pub fn is_source(&self) -> bool {
        matches!(Label::parse(&self.0), Some(Label::Person | Label::Org))
    }

    fn claim_kind(&self) -> Option<ClaimKind> {
        [ClaimKind::Quote, ClaimKind::Reported].into_iter().find(|k| k.as_str() == self.0)
    }
}

impl fmt::Display for LabelId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for LabelId {
    fn from(id: &str) -> LabelId {
        LabelId::new(id)
    }
}

impl From<Label> for LabelId {
    fn from(label: Label) -> LabelId {
        LabelId::new(label.as_str())
    }
}

impl From<ClaimKind> for LabelId {
    fn from(kind: ClaimKind) -> LabelId {
        LabelId::new(kind.as_str())
    }
}

/// A label id reads as the string it is (so it goes wherever a `&str` does).
impl std::ops::Deref for LabelId {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for LabelId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for LabelId {
    fn eq(&self, other: &str) -> bool {
        self.0 == other
    }
}

impl PartialEq<&str> for LabelId {
    fn eq(&self, other: &&str) -> bool {
        self.0 == *other
    }
}

/// How a label is drawn and what it means to the panels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Layer {
    /// A name, date or amount: a background colour.
    Entity,
    /// Something someone said: an underline, with a speaker.
    Claim,
}

/// One label.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LabelDef {
    /// Stable identifier.
    pub id: LabelId,
    /// What the user reads.
    pub name: String,
    /// `#rrggbb`.
    pub colour: String,
    /// The key that applies it, if any.
    pub key: Option<char>,
    /// How it is drawn.
    pub layer: Layer,
}

/// The number of the next label of the user's (`custom-N`): one past the
/// highest in `labels`.
pub fn next_custom_number<'a>(labels: impl IntoIterator<Item = &'a LabelDef>) -> usize {
    labels.into_iter().filter_map(|l| l.id.custom_number()).max().unwrap_or(0) + 1
}

/// The built-in labels, in key order.
pub fn builtin_labels() -> Vec<LabelDef> {
    let def = |id: &str, name: &str, colour: &str, key: char, layer: Layer| LabelDef {
        id: LabelId::new(id),
        name: name.to_string(),
        colour: colour.to_string(),
        key: Some(key),
        layer,
    };
    vec![
        def("PERSON", "Person", "#d9480f", '1', Layer::Entity),
        def("ORG", "Organisation", "#1971c2", '2', Layer::Entity),
        def("LOC", "Place", "#2f9e44", '3', Layer::Entity),
        def("DATE", "Date", "#9c36b5", '4', Layer::Entity),
        def("QUANTITY", "Quantity", "#e67700", '5', Layer::Entity),
        def("quote", "Quote", "#c2255c", '6', Layer::Claim),
        def("reported", "Reported speech", "#5f3dc4", '7', Layer::Claim),
    ]
}

/// Why a label cannot be added as asked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LabelError {
    /// The name is empty.
    NoName,
    /// Another label has this name.
    NameTaken(String),
    /// The colour is not `#rrggbb`.
    BadColour(String),
    /// Another label or a command has this key.
    KeyTaken(char),
}

impl std::fmt::Display for LabelError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LabelError::NoName => f.write_str("a label needs a name"),
            LabelError::NameTaken(name) => write!(f, "there is already a label named “{name}”"),
            LabelError::BadColour(c) => write!(f, "“{c}” is not a colour like #1a7f5a"),
            LabelError::KeyTaken(k) => write!(f, "the key “{k}” is already in use"),
        }
    }
}

/// The red, green and blue of `#rrggbb`.
pub fn parse_colour(colour: &str) -> Option<[u8; 3]> {
    let hex = colour.strip_prefix('#')?;
    if hex.len() != 6 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some([byte(0)?, byte(2)?, byte(4)?])
}

/// WCAG relative luminance of an sRGB colour.
pub fn luminance([r, g, b]: [u8; 3]) -> f64 {
    let channel = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

/// WCAG contrast ratio between two colours (1 to 21).
pub fn contrast(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    let (hi, lo) = if la > lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The text colour highlights are read in.
pub const TEXT_COLOUR: [u8; 3] = [0x1a, 0x1a, 0x1a];

/// A pale tint of `colour` for a highlight's background, mixed with white
/// until body text on it has at least 7:1 contrast (WCAG AAA, so AA holds
/// with margin whatever colour the user picks).
pub fn background_for(colour: &str) -> String {
    let base = parse_colour(colour).unwrap_or([0x88, 0x88, 0x88]);
    let mut mix = 0.25;
    loop {
        let tint = base.map(|c| (f64::from(c) * mix + 255.0 * (1.0 - mix)).round() as u8);
        if contrast(tint, TEXT_COLOUR) >= 7.0 || mix <= 0.0 {
            return format!("#{:02x}{:02x}{:02x}", tint[0], tint[1], tint[2]);
        }
        mix -= 0.05;
    }
}

/// A shade of `colour` dark enough to be read as text or seen as a border
/// on white (at least 4.5:1).
pub fn ink_for(colour: &str) -> String {
    let mut c = parse_colour(colour).unwrap_or([0x55, 0x55, 0x55]);
    while contrast(c, [255, 255, 255]) < 4.5 {
        c = c.map(|v| (f64::from(v) * 0.9) as u8);
    }
    format!("#{:02x}{:02x}{:02x}", c[0], c[1], c[2])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_have_distinct_keys() {
        let labels = builtin_labels();
        let mut keys: Vec<char> = labels.iter().filter_map(|l| l.key).collect();
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), labels.len());
        // That they are none of the commands' is checked beside the key map.
        assert!(labels.iter().all(|l| l.id.is_builtin()));
    }

    #[test]
    fn every_tint_and_ink_meets_contrast() {
        for colour in ["#000000", "#ffff00", "#ff0000", "#0000ff", "#00ff00", "#ffffff", "#d9480f", "junk"] {
            let bg = parse_colour(&background_for(colour)).unwrap();
            assert!(contrast(bg, TEXT_COLOUR) >= 7.0, "{colour}");
            let ink = parse_colour(&ink_for(colour)).unwrap();
            assert!(contrast(ink, [255, 255, 255]) >= 4.5, "{colour}");
        }
    }

    #[test]
    fn colours_parse_strictly() {
        assert_eq!(parse_colour("#1a7F5a"), Some([0x1a, 0x7f, 0x5a]));
        assert_eq!(parse_colour("1a7f5a"), None);
        assert_eq!(parse_colour("#1a7f5"), None);
        assert_eq!(parse_colour("#1a7f5g"), None);
    }
}
