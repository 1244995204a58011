//! Word lists the entity recogniser consults: places, organisations,
//! titles, given names, demonyms, and capitalised words that are not names.
//!
//! The lists live in `crates/engine/data/*.txt`, one entry a line, each file
//! opening with a note on where its facts come from. They are compiled into
//! the binary and parsed once, on first use, into hash sets.

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// A hash map with FNV hashing, for the engine's short string keys.
pub(crate) type FastMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;

/// A hash set with FNV hashing.
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

/// One word list, parsed on first use.
pub struct WordList {
    source: &'static str,
    parsed: OnceLock<Parsed>,
}

/// A list's entries in a hash set, and a 4,096-bit sketch of them (by
/// length, first and last byte) that turns most words away before hashing:
/// most words looked up are in no list.
struct Parsed {
    set: FastSet<&'static str>,
    sketch: Box<[u64; 64]>,
}

/// Where `entry` falls in a list's sketch.
fn sketch_bit(entry: &str) -> usize {
    let bytes = entry.as_bytes();
    let (first, last) = (bytes.first().copied().unwrap_or(0), bytes.last().copied().unwrap_or(0));
    (bytes.len().wrapping_mul(131) ^ usize::from(first).wrapping_mul(31) ^ usize::from(last)) & 4095
}

/// FNV-1a: the lists are short keys looked up very often, where SipHash's
/// protection against chosen keys buys nothing and costs most of the time.
#[derive(Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &b in bytes {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

impl WordList {
    const fn new(source: &'static str) -> WordList {
        WordList { source, parsed: OnceLock::new() }
    }

    fn parsed(&self) -> &Parsed {
        self.parsed.get_or_init(|| {
            let mut sketch = Box::new([0u64; 64]);
            for entry in self.entries() {
                let bit = sketch_bit(entry);
                sketch[bit / 64] |= 1 << (bit % 64);
            }
            Parsed { set: self.entries().collect(), sketch }
        })
    }

    /// True when `word` in lower case is in the list: a capitalised or
    /// all-capital word of up to 24 ASCII letters (`Lawmaker`, `THE`); a
    /// word in lower case already, of any length, as it is.
    pub fn contains_lowercased(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        if bytes.iter().all(u8::is_ascii_lowercase) {
            return self.contains(word);
        }
        let mut lower = [0u8; 24];
        if bytes.len() < 3 || bytes.len() > lower.len() || !bytes.iter().all(u8::is_ascii_alphabetic) {
            return false;
        }
        for (l, b) in lower.iter_mut().zip(bytes) {
            *l = b.to_ascii_lowercase();
        }
        std::str::from_utf8(&lower[..bytes.len()]).is_ok_and(|w| self.contains(w))
    }

    /// True when `entry` is in the list (exact, case-sensitive).
    pub fn contains(&self, entry: &str) -> bool {
        let parsed = self.parsed();
        let bit = sketch_bit(entry);
        parsed.sketch[bit / 64] & (1 << (bit % 64)) != 0 && parsed.set.contains(entry)
    }
}

macro_rules! list {
    ($($(#[$doc:meta])* $name:ident = $file:literal;)*) => {
        $($(#[$doc])* pub static $name: WordList = WordList::new(include_str!(concat!(env!("OUT_DIR"), "/data/", $file)));)*
    };
}

list! {
    /// Countries, territories and continents.
    COUNTRIES = "countries.txt";
    /// Regions, cities, seas and rivers.
    PLACES = "places.txt";
    /// Organisations known by name alone.
    ORGANISATIONS = "organisations.txt";
    /// Last words that make a capitalised run an organisation.
    ORG_HEADS = "org_heads.txt";
    /// First words that, with `of`, make a run an organisation.
    ORG_STARTS = "org_starts.txt";
    /// Last words of the names of newspapers and broadcasters.
    OUTLET_HEADS = "outlet_heads.txt";
    /// Titles before a person's name.
    TITLES = "titles.txt";
    /// Lower-case role nouns before a person's name.
    ROLE_NOUNS = "role_nouns.txt";
    /// Given names.
    GIVEN_NAMES = "given_names.txt";
    /// Nationality adjectives and demonyms.
    DEMONYMS = "demonyms.txt";
    /// Capitalised words that are not names.
    NOT_NAMES = "not_names.txt";
    /// Cue verbs of attribution.
    CUE_VERBS = "cue_verbs.txt";
    /// Continents, countries, US states and widely known cities of 150,000 people or more
    /// (GeoNames; less the names of the hand-written lists).
    GEONAMES_PLACES = "geonames_places.txt";
    /// Cities and first-level regions the other place lists lack (the
    /// lexicon of compromise; generated).
    LEXICON_PLACES = "lexicon_places.txt";
    /// Sports teams and clubs (the lexicon of compromise; generated).
    SPORTS_TEAMS = "sports_teams.txt";
    /// Last words that make a capitalised run a place.
    PLACE_HEADS = "place_heads.txt";
    /// First words that make a run of two words or more a place.
    PLACE_STARTS = "place_starts.txt";
    /// Last words that make a run a place unless it opens with a given
    /// name (`Soldier Field`, but `Sally Field`).
    PLACE_HEADS_WEAK = "place_heads_weak.txt";
    /// Listed companies (stock-index constituents; generated).
    COMPANIES = "companies.txt";
    /// Frequent English words that are no name (generated, lower case).
    COMMON_WORDS = "common_words.txt";
    /// Last words of the names of things that are not entities (`… Prize`).
    NON_ENTITY_HEADS = "non_entity_heads.txt";
    /// First words of the names of things that are not entities (`Cyclone …`).
    NON_ENTITY_STARTS = "non_entity_starts.txt";
    /// Lower-case nouns after a name that make it an organisation.
    ORG_ROLE_NOUNS = "org_role_nouns.txt";
    /// Lower-case nouns before a name that make it an organisation.
    ORG_KIND_NOUNS = "org_kind_nouns.txt";
}

/// Full names of people news often names by surname alone.
pub static PUBLIC_FIGURES: WordList = WordList::new(include_str!(concat!(env!("OUT_DIR"), "/data/public_figures.txt")));

/// The words that say a claim's kind (`quantity<TAB>two three …`).
pub static CLAIM_TYPE_WORDS: WordList =
    WordList::new(include_str!(concat!(env!("OUT_DIR"), "/data/claim_type_words.txt")));

/// Alternative names and the canonical name each stands for (`Kiev` →
/// `Kyiv`), a tab between.
pub static ALIASES: WordList = WordList::new(include_str!(concat!(env!("OUT_DIR"), "/data/aliases.txt")));

/// Every word list of the engine, by file, for the checks of the lists.
#[cfg(test)]
pub(crate) const ALL_LISTS: &[(&str, &WordList)] = &[
    ("countries.txt", &COUNTRIES),
    ("places.txt", &PLACES),
    ("organisations.txt", &ORGANISATIONS),
    ("org_heads.txt", &ORG_HEADS),
    ("org_starts.txt", &ORG_STARTS),
    ("outlet_heads.txt", &OUTLET_HEADS),
    ("titles.txt", &TITLES),
    ("role_nouns.txt", &ROLE_NOUNS),
    ("given_names.txt", &GIVEN_NAMES),
    ("demonyms.txt", &DEMONYMS),
    ("not_names.txt", &NOT_NAMES),
    ("cue_verbs.txt", &CUE_VERBS),
    ("geonames_places.txt", &GEONAMES_PLACES),
    ("lexicon_places.txt", &LEXICON_PLACES),
    ("sports_teams.txt", &SPORTS_TEAMS),
    ("place_heads.txt", &PLACE_HEADS),
    ("place_heads_weak.txt", &PLACE_HEADS_WEAK),
    ("place_starts.txt", &PLACE_STARTS),
    ("companies.txt", &COMPANIES),
    ("common_words.txt", &COMMON_WORDS),
    ("non_entity_heads.txt", &NON_ENTITY_HEADS),
    ("non_entity_starts.txt", &NON_ENTITY_STARTS),
    ("org_role_nouns.txt", &ORG_ROLE_NOUNS),
    ("org_kind_nouns.txt", &ORG_KIND_NOUNS),
    ("public_figures.txt", &PUBLIC_FIGURES),
    ("aliases.txt", &ALIASES),
    ("claim_type_words.txt", &CLAIM_TYPE_WORDS),
];

impl WordList {
    /// The `name<TAB>value` pairs of a two-column list.
    pub fn pairs(&self) -> impl Iterator<Item = (&'static str, &'static str)> {
        self.entries().filter_map(|l| l.split_once('\t'))
    }

    /// Every entry, in file order.
    pub fn entries(&self) -> impl Iterator<Item = &'static str> {
        self.source.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
    }
}

/// Cues that only introduce a quotation, never a reported clause (`called
/// it “…”`), nor follow a speaker's name as speech does.
pub(crate) const QUOTE_ONLY_CUES: &[&str] = &["described", "called", "asked", "continued", "posted"];

/// A country's adjective (`Ukraine` → `Ukrainian`), from
/// `data/country_adjectives.txt`.
pub fn country_adjective(country: &str) -> Option<&'static str> {
    country_adjective_pairs().find(|(c, _)| *c == country).map(|(_, adjective)| adjective)
}

/// (country, adjective) of each line of `data/country_adjectives.txt`.
fn country_adjective_pairs() -> impl Iterator<Item = (&'static str, &'static str)> {
    include_str!(concat!(env!("OUT_DIR"), "/data/country_adjectives.txt"))
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| l.split_once('\t'))
}

/// Every country adjective of `data/country_adjectives.txt`.
pub fn country_adjectives() -> impl Iterator<Item = &'static str> {
    country_adjective_pairs().map(|(_, adjective)| adjective)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// No list holds an entry twice (a duplicate is a fact written twice,
    /// which the next edit changes in one place only).
    #[test]
    fn no_list_has_duplicates() {
        for (file, list) in ALL_LISTS {
            let mut seen = FastSet::default();
            let twice: Vec<&str> = list.entries().filter(|e| !seen.insert(*e)).collect();
            assert!(twice.is_empty(), "{file} holds twice: {twice:?}");
        }
    }

    /// Two-column lists have two columns on every line.
    #[test]
    fn aliases_have_a_canonical_name() {
        assert_eq!(ALIASES.entries().count(), ALIASES.pairs().count());
        assert!(ALIASES.pairs().any(|p| p == ("Kiev", "Kyiv")));
    }
}
