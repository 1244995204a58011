//! Triage: what kind of claim a claim is, after the claim types of Full
//! Fact's public claim-type schema (quantity, comparison or trend,
//! prediction, causation, law or rule, personal experience, opinion),
//! computed from the words the claim contains, never guessed: a number is
//! a quantity, `will` a prediction, `because` a causation. The kinds give a
//! hint of how checkable a claim is (a quantity or a comparison can be
//! checked against data; a prediction not yet; an opinion not at all),
//! which the desk's reviewers sort by. It is a hint: a person decides.

use std::sync::OnceLock;

use crate::gazetteer::{FastMap, CLAIM_TYPE_WORDS};

/// The kinds of claim a text can contain, as a set of flags.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ClaimTypes(u8);

/// One kind of claim.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClaimType {
    /// A number or an amount inside (`40 percent`, `€3m`, `twice`).
    Quantity,
    /// A comparison or a trend (`more than`, `rose`, `the highest`).
    Comparison,
    /// A cause and its effect (`because`, `led to`, `caused`).
    Causation,
    /// What a law or a rule says or allows (`illegal`, `the law`, `banned`).
    Law,
    /// Something foretold (`will`, `is going to`, `forecast`).
    Prediction,
    /// What the speaker went through (`I`, `my`, `we were`).
    Experience,
    /// A judgement (`should`, `unacceptable`, `the best`).
    Opinion,
}

impl ClaimType {
    /// Every kind, most checkable first.
    pub const ALL: [ClaimType; 7] = [
        ClaimType::Quantity,
        ClaimType::Comparison,
        ClaimType::Causation,
        ClaimType::Law,
        ClaimType::Prediction,
        ClaimType::Experience,
        ClaimType::Opinion,
    ];

    /// Its name, as the UI writes it and `data/claim_type_words.txt` keys it.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimType::Quantity => "quantity",
            ClaimType::Comparison => "comparison",
            ClaimType::Causation => "causation",
            ClaimType::Law => "law or rule",
            ClaimType::Prediction => "prediction",
            ClaimType::Experience => "personal experience",
            ClaimType::Opinion => "opinion",
        }
    }

    /// How checkable a claim of this kind is, 0 (not at all) to 3 (against
    /// data): quantities and comparisons 3; causes and rules 2 (a source
    /// can settle them); predictions and experiences 1 (not yet, or only
    /// by the speaker); opinions 0.
    pub fn checkability(self) -> u8 {
        match self {
            ClaimType::Quantity | ClaimType::Comparison => 3,
            ClaimType::Causation | ClaimType::Law => 2,
            ClaimType::Prediction | ClaimType::Experience => 1,
            ClaimType::Opinion => 0,
        }
    }
}

/// The words that say each kind (`data/claim_type_words.txt`), and the
/// kinds each says, built once.
fn lexicon() -> &'static FastMap<&'static str, ClaimTypes> {
    static LEXICON: OnceLock<FastMap<&'static str, ClaimTypes>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        let mut lexicon: FastMap<&'static str, ClaimTypes> = FastMap::default();
        for (kind, words) in CLAIM_TYPE_WORDS.pairs() {
            let kind = ClaimType::ALL.into_iter().find(|k| k.as_str() == kind).expect("a kind of claim_type_words.txt");
            for word in words.split(' ') {
                lexicon.entry(word).or_default().insert(kind);
            }
        }
        lexicon
    })
}

impl ClaimTypes {
    /// The kinds `text` contains. One hash lookup a word, no allocation
    /// for a word in ASCII: the side panel asks it of every claim of a
    /// book-length article at each action.
    pub fn of(text: &str) -> ClaimTypes {
        let mut types = ClaimTypes::default();
        if text.bytes().any(|b| b.is_ascii_digit()) || text.contains(['%', '€', '$', '£', '¥']) {
            types.insert(ClaimType::Quantity);
        }
        let mut lower = [0u8; 24];
        for word in text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')) {
            if word.is_empty() {
                continue;
            }
            // The typographic apostrophe is the typewriter's (`they’ll`).
            let straight;
            let word = if word.contains('’') {
                straight = word.replace('’', "'");
                straight.as_str()
            } else {
                word
            };
            if !word.is_ascii() || word.len() > lower.len() {
                continue;
            }
            for (l, b) in lower.iter_mut().zip(word.bytes()) {
                *l = b.to_ascii_lowercase();
            }
            let word = std::str::from_utf8(&lower[..word.len()]).expect("ASCII");
            // `'ll` is `will`.
            let word = if word.ends_with("'ll") { "will" } else { word };
            if let Some(kinds) = lexicon().get(word) {
                types.0 |= kinds.0;
            }
        }
        types
    }

    fn insert(&mut self, kind: ClaimType) {
        self.0 |= 1 << kind as u8;
    }

    /// True when the set holds `kind`.
    pub fn contains(self, kind: ClaimType) -> bool {
        self.0 & (1 << kind as u8) != 0
    }

    /// The kinds held, most checkable first.
    pub fn iter(self) -> impl Iterator<Item = ClaimType> {
        ClaimType::ALL.into_iter().filter(move |&k| self.contains(k))
    }

    /// How checkable the claim is: its most checkable kind's figure (0 when
    /// it holds none).
    pub fn checkability(self) -> u8 {
        self.iter().map(ClaimType::checkability).max().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<&'static str> {
        ClaimTypes::of(text).iter().map(ClaimType::as_str).collect()
    }

    #[test]
    fn each_kind_is_found_by_what_the_claim_contains() {
        let table: &[(&str, &[&str])] = &[
            ("unemployment in Vell fell to 4.2% last year", &["quantity", "comparison"]),
            ("the harbour fund has doubled since the flood", &["comparison"]),
            ("the closures happened because the pumps failed", &["causation"]),
            ("selling the land to a foreign buyer is illegal", &["law or rule"]),
            ("the new bridge will open in spring", &["prediction"]),
            ("they’ll raise the fares again", &["prediction"]),
            ("I’m told THE LAW forbids it", &["law or rule", "personal experience"]),
            ("I waited nine hours for an ambulance", &["quantity", "personal experience"]),
            ("the council should resign", &["opinion"]),
            ("a river runs through it", &[]),
        ];
        for (text, want) in table {
            assert_eq!(kinds(text), *want, "{text}");
        }
    }

    #[test]
    fn checkability_is_that_of_the_most_checkable_kind() {
        assert_eq!(ClaimTypes::of("prices rose by 3 percent").checkability(), 3);
        assert_eq!(ClaimTypes::of("the strike caused the delays").checkability(), 2);
        assert_eq!(ClaimTypes::of("this will end badly").checkability(), 1);
        assert_eq!(ClaimTypes::of("it is a disgrace").checkability(), 0);
        assert_eq!(ClaimTypes::of("a river runs through it").checkability(), 0);
    }
}
