//! The desk: the fact-checking organisation the library's checks are
//! published by (its name and address, set once, the `author` of every
//! ClaimReview) and its rating scale, one per library.
//!
//! A scale is its labels, best first; a rating is kept as its label's text,
//! so changing the scale changes no check (a rating the new scale lacks is
//! shown as such, and cannot be exported until it is rated again). Presets
//! follow the desks' published scales: PolitiFact's Truth-O-Meter, the
//! Washington Post Fact Checker's Pinocchios, the labels of Meta's
//! third-party fact-checking programme, and Full Fact's (no scale: the
//! conclusion says it).

use serde::{Deserialize, Serialize};

/// A rating scale: its name and its labels, best first (none: the
/// conclusion is the rating).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Scale {
    /// Its name (`PolitiFact`).
    pub name: String,
    /// Its labels, best first.
    #[serde(default)]
    pub labels: Vec<String>,
}

/// Who publishes the library's checks, and the scale they rate on.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Desk {
    /// The organisation's name (`author` of its ClaimReviews).
    #[serde(default)]
    pub name: String,
    /// Its address on the web.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    /// The rating scale.
    pub scale: Scale,
}

impl Default for Desk {
    fn default() -> Desk {
        Desk { name: String::new(), url: String::new(), scale: Scale::presets().swap_remove(0) }
    }
}

/// Reads the library's desk (not inlined, as [`crate::check::read_check`]).
#[inline(never)]
pub(crate) fn read_desk<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Desk, D::Error> {
    Desk::deserialize(d)
}

impl Desk {
    /// True when nothing was set.
    pub fn is_default(&self) -> bool {
        *self == Desk::default()
    }
}

/// A rating as ClaimReview gives it: 1 the worst, `best` the best.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RatingValue {
    /// This rating.
    pub value: usize,
    /// The best rating of the scale (its number of labels).
    pub best: usize,
}

impl Scale {
    /// The desks' scales, as presets (the first is the default).
    pub fn presets() -> Vec<Scale> {
        let scale = |name: &str, labels: &[&str]| Scale {
            name: name.to_string(),
            labels: labels.iter().map(|l| l.to_string()).collect(),
        };
        vec![
            scale("PolitiFact", &["True", "Mostly True", "Half True", "Mostly False", "False", "Pants on Fire"]),
            scale(
                "Washington Post Pinocchios",
                &["Geppetto Checkmark", "One Pinocchio", "Two Pinocchios", "Three Pinocchios", "Four Pinocchios"],
            ),
            scale("Meta partner labels", &["True", "Satire", "Missing context", "Partly false", "Altered", "False"]),
            scale("Full Fact (no scale: the conclusion)", &[]),
        ]
    }

    /// A scale of the desk's own: `labels` one a line (or comma-separated),
    /// best first, trimmed, empty and repeated ones dropped.
    pub fn custom(name: &str, labels: &str) -> Scale {
        let mut clean: Vec<String> = Vec::new();
        for l in labels.split(['\n', ',']).map(str::trim).filter(|l| !l.is_empty()) {
            if !clean.iter().any(|c| c.eq_ignore_ascii_case(l)) {
                clean.push(l.to_string());
            }
        }
        let name = name.trim();
        Scale { name: if name.is_empty() { "Our scale".into() } else { name.to_string() }, labels: clean }
    }

    /// True for a scale with no labels, where the conclusion is the rating.
    pub fn is_conclusion_only(&self) -> bool {
        self.labels.is_empty()
    }

    /// Where `rating` stands on the scale, or `None` when it is not one of
    /// its labels.
    pub fn value_of(&self, rating: &str) -> Option<RatingValue> {
        let at = self.labels.iter().position(|l| l == rating)?;
        Some(RatingValue { value: self.labels.len() - at, best: self.labels.len() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ratings_count_from_one_the_worst() {
        let politifact = &Scale::presets()[0];
        assert_eq!(politifact.value_of("True"), Some(RatingValue { value: 6, best: 6 }));
        assert_eq!(politifact.value_of("Pants on Fire"), Some(RatingValue { value: 1, best: 6 }));
        assert_eq!(politifact.value_of("Two Pinocchios"), None);
        let pinocchios = &Scale::presets()[1];
        assert_eq!(pinocchios.value_of("Four Pinocchios").map(|r| r.value), Some(1));
        assert!(Scale::presets()[3].is_conclusion_only());
    }

    #[test]
    fn a_scale_of_ones_own_is_cleaned() {
        let ours = Scale::custom("  ", "Correct\n, wrong ,\n\nWrong, Unproven");
        assert_eq!(ours.name, "Our scale");
        assert_eq!(ours.labels, ["Correct", "wrong", "Unproven"]);
        assert_eq!(ours.value_of("Correct").map(|r| (r.value, r.best)), Some((3, 3)));
    }

    #[test]
    fn the_default_desk_is_left_out_of_the_index() {
        assert!(Desk::default().is_default());
        let named = Desk { name: "Harbour Checks".into(), ..Desk::default() };
        assert!(!named.is_default());
        let back: Desk = serde_json::from_str(&serde_json::to_string(&named).unwrap()).unwrap();
        assert_eq!(back, named);
    }
}
