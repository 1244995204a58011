//! Dates and quantities: the entities with a shape rather than a name.
//!
//! Both are found with ASCII regular expressions over the whole text
//! (`src/patterns.rs`). They are compiled at build time (`build.rs`) into
//! dense, anchored DFAs by `regex-automata`, the engine of the `regex`
//! crate, so the app carries its automata (~540 KB of transition tables,
//! mostly zeros: ~6 KB brotli) instead of a regex compiler and its Unicode
//! tables, and nothing is compiled at start-up.
//! [`Scanner`] runs them only where a match can begin; tests check that it
//! finds what the `regex` crate finds with the same patterns. Durations
//! (`24 hours`, `nearly four-year`) are dates, as the guideline asks; where
//! a date and a quantity overlap, the date wins.

use std::sync::OnceLock;

use regex_automata::dfa::dense::DFA;
use regex_automata::dfa::Automaton;
use regex_automata::util::primitives::StateID;
use regex_automata::util::start;
use regex_automata::Anchored;

use crate::entity::{Entity, Label};
use crate::gazetteer::NOT_NAMES;
use crate::span::overlaps_any;
use crate::Span;

/// Bytes at a 4-byte boundary, as a dense DFA's transition table wants them.
#[repr(C, align(4))]
struct Aligned<B: ?Sized>(B);

static DATE_FORWARD: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/date.forward.dfa")));
static QUANTITY_FORWARD: &Aligned<[u8]> = &Aligned(*include_bytes!(concat!(env!("OUT_DIR"), "/quantity.forward.dfa")));

/// A pattern compiled at build time into a forward DFA, searched only from
/// the bytes where a match can begin.
///
/// An unanchored search would step the automaton through every byte of the
/// text, most of it in the start state, going nowhere. Instead, for each
/// byte that precedes a position (a word byte, another byte, or the start
/// of the text: all that `\b` can ask), the anchored start state is taken
/// once, and a table says
/// which next bytes lead anywhere. The text is scanned with that table and
/// the automaton runs, anchored, only from those positions: the first
/// position with a match is the leftmost match, its end the end of the
/// leftmost-first match there, and the scan goes on from that end — what
/// `find_iter` of an unanchored search returns, without the reverse DFA.
struct Scanner {
    dfa: DFA<&'static [u32]>,
    /// The anchored start state after each byte (index 256: the text start).
    start_after: Vec<StateID>,
    /// For each byte before a position (index 256: none), the bytes with
    /// which a match can begin there.
    can_begin: Vec<[bool; 256]>,
}

impl Scanner {
    fn load(bytes: &'static Aligned<[u8]>) -> Scanner {
        // SAFETY: build.rs serialised these bytes with this very version of
        // regex-automata, for this target's endianness, and `Aligned` keeps
        // them at the 4-byte boundary the table wants: they are a valid DFA.
        // (The checked `from_bytes` would ship its validator, 3 KB brotli,
        // to check what the build already guarantees; the table test
        // `dfas_load_checked` checks them with it, natively.)
        let dfa = unsafe { DFA::from_bytes_unchecked(&bytes.0) }.expect("build.rs wrote a valid DFA").0;
        let start_for = |behind: Option<u8>| {
            let config = start::Config::new().anchored(Anchored::Yes).look_behind(behind);
            dfa.start_state(&config).expect("the patterns have no quit bytes")
        };
        let start_after: Vec<StateID> = (0..=255u8).map(Some).chain([None]).map(start_for).collect();
        let mut rows: Vec<(StateID, [bool; 256])> = Vec::new();
        let can_begin = start_after
            .iter()
            .map(|&state| {
                if let Some((_, row)) = rows.iter().find(|(s, _)| *s == state) {
                    return *row;
                }
                let row: [bool; 256] = std::array::from_fn(|b| !dfa.is_dead_state(dfa.next_state(state, b as u8)));
                rows.push((state, row));
                row
            })
            .collect();
        Scanner { dfa, start_after, can_begin }
    }

    /// Every leftmost-first match in `text`, in order, as byte spans.
    fn find_all(&self, text: &[u8]) -> Vec<Span> {
        let mut found = Vec::new();
        let mut behind = 256;
        let mut at = 0;
        while at < text.len() {
            let byte = text[at];
            if self.can_begin[behind][usize::from(byte)] {
                if let Some(end) = self.match_end(text, at, self.start_after[behind]) {
                    found.push(Span::new(at, end));
                    behind = usize::from(text[end - 1]);
                    at = end;
                    continue;
                }
            }
            behind = usize::from(byte);
            at += 1;
        }
        found
    }

    /// The end of the leftmost-first match that begins at `at`, if any.
    /// (A DFA reports a match one byte late: entering a match state on the
    /// byte at `i` means a match ends at `i`.)
    fn match_end(&self, text: &[u8], at: usize, mut state: StateID) -> Option<usize> {
        let mut end = None;
        for (i, &byte) in text.iter().enumerate().skip(at) {
            state = self.dfa.next_state(state, byte);
            if self.dfa.is_special_state(state) {
                if self.dfa.is_match_state(state) {
                    end = Some(i);
                } else if self.dfa.is_dead_state(state) {
                    return end;
                }
            }
        }
        state = self.dfa.next_eoi_state(state);
        if self.dfa.is_match_state(state) {
            end = Some(text.len());
        }
        end
    }
}

fn dates() -> &'static Scanner {
    static SCANNER: OnceLock<Scanner> = OnceLock::new();
    SCANNER.get_or_init(|| Scanner::load(DATE_FORWARD))
}

fn quantities() -> &'static Scanner {
    static SCANNER: OnceLock<Scanner> = OnceLock::new();
    SCANNER.get_or_init(|| Scanner::load(QUANTITY_FORWARD))
}

/// Finds dates and quantities in `text`, outside the `skip` spans (sorted).
pub(crate) fn find_dates_and_quantities(text: &str, skip: &[Span]) -> Vec<Entity> {
    let mut found: Vec<Entity> = Vec::new();
    for span in dates().find_all(text.as_bytes()) {
        if inside_any(span, skip) {
            continue;
        }
        // `12:01 a.m` takes its final dot (the patterns end on a word).
        let span = if text[span.end..].starts_with('.')
            && (span.text(text).ends_with("a.m") || span.text(text).ends_with("p.m"))
        {
            Span::new(span.start, span.end + 1)
        } else {
            span
        };
        // `73-year-old`, `65 years old`: an age (a quantity), not a duration.
        if let Some(old) = ["-old", " old"].iter().find(|o| text[span.end..].starts_with(**o)) {
            if span.text(text).split([' ', '-']).count() <= 3 {
                found.push(Entity::new(Span::new(span.start, span.end + old.len()), Label::Quantity));
            }
            continue;
        }
        found.push(Entity::new(span, Label::Date));
    }
    let pattern_dates: Vec<Span> = found.iter().map(|d| d.span).collect();
    for span in bare_periods(text) {
        if !inside_any(span, skip) && !overlaps_any(&pattern_dates, span) {
            found.push(Entity::new(span, Label::Date));
        }
    }
    found.sort_by_key(|e| e.span);
    let date_spans: Vec<Span> = found.iter().map(|d| d.span).collect();
    let parts = parts_of_a_whole(text);
    for &span in &parts {
        if !inside_any(span, skip) && !overlaps_any(&date_spans, span) {
            found.push(Entity::new(span, Label::Quantity));
        }
    }
    for span in quantities().find_all(text.as_bytes()) {
        if overlaps_any(&parts, span) {
            continue;
        }
        let span = with_unit(text, trim_quantity(text, span));
        let bare_one = span.text(text).eq_ignore_ascii_case("one");
        // `finished third for McLaren`: a rank, once the noun window's
        // function word is trimmed (`third round` counts).
        // (After `a` it is a part: `a third would be affordable`.)
        let word_before = text[..span.start].trim_end().rsplit([' ', '\n']).next().unwrap_or("");
        let after_a = matches!(word_before, "a" | "an" | "A" | "An");
        let bare_ordinal = !after_a
            && !span.text(text).contains(' ')
            && (matches!(
                span.text(text),
                "second" | "third" | "fourth" | "fifth" | "sixth" | "seventh" | "eighth" | "ninth" | "tenth"
            ) || span.text(text).ends_with("th") && span.text(text).starts_with(|c: char| c.is_ascii_digit()));
        if span.is_empty()
            || bare_one
            || bare_ordinal
            || indefinite_one(text, span)
            || inside_any(span, skip)
            || overlaps_any(&date_spans, span)
            || is_label_number(text, span)
            || names_a_thing(text, span)
        {
            continue;
        }
        found.push(Entity::new(span, Label::Quantity));
    }
    found.sort_by_key(|e| e.span);
    found
}

/// `after weeks of talks`, `for years`, `within hours`: a period named
/// without a count, a space after a word that makes it a duration (a
/// DATE, as `two weeks` is); the preposition is left out.
fn bare_periods(text: &str) -> Vec<Span> {
    const PERIODS: &[&str] = &["minutes", "hours", "days", "weeks", "months", "years", "decades"];
    const LEADS: &[&str] =
        &["after", "for", "within", "over", "in", "spent", "took", "lasted", "lasting", "taking", "spending"];
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    // The end of the last word, and whether it leads a duration.
    let mut last: Option<(usize, bool)> = None;
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphabetic() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        // Only ASCII letters: a word of them is whole characters.
        let word = &text[start..i];
        let one_of = |list: &[&str]| list.iter().any(|w| w.eq_ignore_ascii_case(word));
        let led = last.is_some_and(|(end, lead)| lead && end + 1 == start && bytes[end] == b' ');
        if led && one_of(PERIODS) {
            spans.push(Span::new(start, i));
        }
        last = Some((i, one_of(LEADS)));
    }
    spans
}

/// Fractions and ratios, found by their words rather than by the automaton
/// (whose states they would multiply): `a fifth` (of its value), `about a
/// third` (of voters), `half a percentage point`, `one in eight nurses`,
/// `one in every five`, each with a modifier before it (`about`, `nearly`).
fn parts_of_a_whole(text: &str) -> Vec<Span> {
    const MODIFIERS: &[&str] = &["about", "nearly", "almost", "around", "roughly", "some", "over", "just", "than"];
    const PARTS: &[&str] = &["half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
    const DENOMINATORS: &[&str] =
        &["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "hundred", "thousand"];
    let words: Vec<Span> = ascii_words(text);
    // Compared without a copy in lower case: this runs over every word.
    let word_is = |i: usize, w: &str| i < words.len() && words[i].text(text).eq_ignore_ascii_case(w);
    let is = |i: usize, list: &[&str]| list.iter().any(|w| word_is(i, w));
    let spaced = |i: usize| i + 1 < words.len() && text[words[i].end..words[i + 1].start] == *" ";
    let mut spans = Vec::new();
    let mut i = 0;
    while i < words.len() {
        // Every pattern opens on a word of one to five letters: the word
        // in lower case on the stack, matched once.
        let bytes = words[i].text(text).as_bytes();
        let mut lower = [0u8; 5];
        if bytes.len() > lower.len() {
            i += 1;
            continue;
        }
        for (l, b) in lower.iter_mut().zip(bytes) {
            *l = b.to_ascii_lowercase();
        }
        let opening = &lower[..bytes.len()];
        // (Not a score's second number: `won 6-2 in 68 minutes`.)
        let ratio_opening = matches!(opening, b"one" | b"two" | b"three" | b"1" | b"2" | b"3")
            && !text[..words[i].start].ends_with('-');
        let few = ratio_opening || matches!(opening, b"a" | b"an" | b"four");
        let half = opening == b"half";
        if !few && !half {
            i += 1;
            continue;
        }
        let end = if few && spaced(i) && spaced(i + 1) && word_is(i + 2, "of") && {
            let part = words[i + 1].text(text);
            PARTS.iter().any(|p| {
                part.eq_ignore_ascii_case(p) || part.strip_suffix('s').is_some_and(|one| one.eq_ignore_ascii_case(p))
            })
        } {
            // `a fifth of`: the `of` and what follows are the whole's.
            Some(i + 1)
        } else if half && spaced(i) && is(i + 1, &["a", "an"]) && spaced(i + 1) {
            let point = if word_is(i + 2, "percentage") && spaced(i + 2) { i + 3 } else { i + 2 };
            word_is(point, "point").then_some(point)
        } else if ratio_opening
            && spaced(i)
            && word_is(i + 1, "in")
            && spaced(i + 1)
            // (Not a rank: `reached number one in 14 countries`.)
            && !(i > 0 && is(i - 1, &["number", "no"]))
        {
            let by = if word_is(i + 2, "every") && spaced(i + 2) { i + 3 } else { i + 2 };
            let digits = by < words.len() && words[by].text(text).bytes().all(|b| b.is_ascii_digit());
            (digits || is(by, DENOMINATORS)).then(|| {
                // `one in eight nurses`: a plural noun after it is counted.
                let noun = by + 1 < words.len()
                    && spaced(by)
                    && words[by + 1].text(text).len() > 3
                    && words[by + 1].text(text).ends_with('s')
                    && words[by + 1].text(text).bytes().all(|b| b.is_ascii_lowercase());
                if noun {
                    by + 1
                } else {
                    by
                }
            })
        } else {
            None
        };
        match end {
            Some(end) => {
                // `about a fifth`, `more than one in five`.
                let start = if i > 0 && is(i - 1, MODIFIERS) && spaced(i - 1) {
                    let more = i > 1 && spaced(i - 2) && is(i - 2, &["more", "less", "fewer"]);
                    if word_is(i - 1, "than") && more {
                        i - 2
                    } else {
                        i - 1
                    }
                } else {
                    i
                };
                spans.push(Span::new(words[start].start, words[end].end));
                i = end + 1;
            }
            None => i += 1,
        }
    }
    spans
}

/// The runs of ASCII letters and digits in `text`, as spans.
fn ascii_words(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut words = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphanumeric() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            words.push(Span::new(start, i));
        } else {
            i += 1;
        }
    }
    words
}

/// True when the match at `span` is part of a name: a capitalised number
/// word inside a sentence before a capitalised word (`a Five Nations
/// title`, `the Big Ten`), not one opening a sentence (`Five people died`).
fn names_a_thing(text: &str, span: Span) -> bool {
    let matched = span.text(text);
    let mut words = matched.split(' ');
    let first = words.next().unwrap_or("");
    let capitalised = |w: &str| w.starts_with(|c: char| c.is_ascii_uppercase());
    let inside_a_sentence = text[..span.start].trim_end().ends_with(|c: char| c.is_ascii_lowercase() || c == ',');
    capitalised(first)
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && inside_a_sentence
        && words.next().or_else(|| text[span.end..].split_whitespace().next()).is_some_and(capitalised)
}

/// `at one point`, `in one scene`, `one last chance`: `one` as `a`
/// (a certain one), not a count (`one vote`, `one of the victims`).
fn indefinite_one(text: &str, span: Span) -> bool {
    let Some(rest) = span.text(text).strip_prefix("one ").or_else(|| span.text(text).strip_prefix("One ")) else {
        return false;
    };
    let before = text[..span.start].trim_end_matches(' ');
    let word_before = before.rsplit([' ', '\n', ',', '(']).next().unwrap_or("");
    matches!(word_before, "at" | "At" | "in" | "In" | "on" | "On") || rest.starts_with("last")
}

/// `1.5°C`: a degree sign and its scale after the number (outside the
/// ASCII patterns).
fn with_unit(text: &str, span: Span) -> Span {
    let rest = &text[span.end..];
    for unit in ["°C", "°F", "°"] {
        if rest.starts_with(unit) && span.text(text).ends_with(|c: char| c.is_ascii_digit()) {
            return Span::new(span.start, span.end + unit.len());
        }
    }
    span
}

/// `F-35`, `COVID-19`, `Section 114`, `Channel 12`: a bare number that is
/// part of a name or a label, not a count.
fn is_label_number(text: &str, span: Span) -> bool {
    // `type 2 diabetes`, `a category 4 storm`, `phase 3 trials`: a number
    // after a word that ranks or classifies names a class, whatever follows.
    const CLASSIFIERS: &[&str] = &["type", "category", "phase", "stage", "level", "grade", "tier", "class"];
    let before = &text[..span.start];
    let classified = before.strip_suffix(' ').and_then(|b| b.rsplit([' ', '\n', '(']).next()).is_some_and(|w| {
        CLASSIFIERS.contains(&w.to_ascii_lowercase().as_str())
            && span.text(text).starts_with(|c: char| c.is_ascii_digit())
    });
    if classified {
        return true;
    }
    let glued = before.ends_with('-') && before[..before.len() - 1].ends_with(|c: char| c.is_alphabetic());
    if !span.text(text).bytes().all(|b| b.is_ascii_digit()) {
        return glued;
    }
    let word_before = before.trim_end_matches(' ');
    let spaced = word_before.len() < before.len();
    let previous = word_before.rsplit([' ', '\n', '(', '“', '"']).next().unwrap_or("");
    let labelled = spaced
        && previous.chars().next().is_some_and(char::is_uppercase)
        && previous.chars().all(char::is_alphabetic)
        && !NOT_NAMES.contains(previous);
    glued || labelled
}

/// Drops a trailing function word the noun window took by mistake.
fn trim_quantity(text: &str, span: Span) -> Span {
    const STOP: &[&str] = &[
        "of", "and", "the", "in", "on", "at", "to", "were", "was", "has", "had", "is", "are", "as", "but", "or",
        "through", "from", "for", "with", "by", "than", "that", "which", "who", "into", "a", "an", "within", "without",
        "during", "among", "across",
        // Adverbs and conjunctions no count ends on (`a second just before
        // half-time`, `pulled one back`).
        "just", "back", "before", "after", "again", "ahead", "behind", "apart", "away", "off", "since", "when", "while",
        "if", "because", "so", "still", // Modal verbs (`at least a third would be`).
        "would", "will", "could", "should", "may", "might", "must", "can",
    ];
    let s = span.text(text);
    let words: Vec<&str> = s.split(' ').collect();
    // Cut at the first stop word after the number.
    let mut end = span.start;
    // `thousands of job cuts`, `dozens of occasions`: a vague count keeps its `of`.
    let vague = |w: &str| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "tens" | "hundreds" | "thousands" | "millions" | "billions" | "dozens"
        )
    };
    // Modifiers hold stop words too (`more than`, `close to`): cut only after the number.
    const MODIFIER_WORDS: &[&str] = &[
        "more",
        "than",
        "less",
        "fewer",
        "up",
        "to",
        "at",
        "least",
        "most",
        "nearly",
        "almost",
        "about",
        "around",
        "approximately",
        "roughly",
        "over",
        "some",
        "an",
        "estimated",
        "just",
        "under",
        "close",
        "well",
        "below",
        "above",
        "between",
    ];
    let number_at = words.iter().position(|w| !MODIFIER_WORDS.contains(&w.to_ascii_lowercase().as_str())).unwrap_or(0);
    for (i, w) in words.iter().enumerate() {
        let range = matches!(*w, "or" | "to")
            && words
                .get(i + 1)
                .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '$' | '€' | '£')));
        let kept = range || *w == "of" && vague(words[i - 1]);
        if i > number_at && STOP.contains(w) && !kept {
            break;
        }
        end += w.len() + usize::from(i > 0);
    }
    Span::new(span.start, end.min(span.end))
}

fn inside_any(span: Span, skip: &[Span]) -> bool {
    overlaps_any(skip, span)
}

#[cfg(test)]
mod tests {
    use super::*;

    mod patterns {
        include!("patterns.rs");
    }

    /// What `Scanner::load` takes on trust, the checked loader confirms.
    #[test]
    fn dfas_load_checked() {
        for bytes in [DATE_FORWARD, QUANTITY_FORWARD] {
            let (dfa, read) = DFA::from_bytes(&bytes.0).expect("build.rs wrote a valid DFA");
            assert_eq!(read, bytes.0.len());
            assert!(dfa.pattern_len() == 1);
        }
    }

    /// The DFAs built by build.rs find what the `regex` crate finds with the
    /// same patterns, on texts of every kind of date and quantity.
    #[test]
    fn compiled_automata_agree_with_the_regex_crate() {
        let texts = [
            "On Monday night, 120 families left; at least €15,000 and 85% of the month’s rain (73-year-old, 24 hours).",
            "Since February 2022, tens of thousands of casualties; $1.2bn loan; the coming days; 2-1 score; 6-3 vote.",
            "Ünïcödé 🌊 text: Tuesday, 19 percent, almost five hours, 2014, the 100th day, 3.5 million people.",
            "2024 began; Café2020 and x2020, £3 and €4bn, at least at least 5 people, May\nJune 2020 2021",
            "Yesterday 2000",
            include_str!("../../../tests/fixtures/harbour-flood.txt"),
            include_str!("../../../tests/fixtures/court-ruling.txt"),
        ];
        for (pattern, compiled) in [(patterns::date_pattern(), dates()), (patterns::quantity_pattern(), quantities())] {
            let reference = regex::Regex::new(&pattern).unwrap();
            for text in texts {
                let want: Vec<(usize, usize)> = reference.find_iter(text).map(|m| (m.start(), m.end())).collect();
                let got: Vec<(usize, usize)> =
                    compiled.find_all(text.as_bytes()).iter().map(|m| (m.start, m.end)).collect();
                assert_eq!(got, want, "{text}");
                assert!(!got.is_empty());
            }
        }
    }

    /// The same agreement on texts made at random from the patterns' own
    /// pieces, joined by every kind of separator (a fixed seed: repeatable).
    #[test]
    fn compiled_automata_agree_on_generated_texts() {
        const PIECES: &[&str] = &[
            "May",
            "Jan.",
            "Sept.",
            "12",
            "3rd",
            "2024",
            "1,000",
            "3.5m",
            "$",
            "€",
            "£",
            "%",
            "per cent",
            "percent",
            "million",
            "people",
            "years",
            "year-old",
            "73-",
            "at least",
            "more than",
            "the",
            "The",
            "coming",
            "last",
            "next",
            "week",
            "days",
            "Monday",
            "night",
            "tens of thousands",
            "a dozen",
            "hundred",
            "é",
            "🌊",
            "x",
            "of",
            "apartment",
            "blocks",
            "Christmas",
            "New Year",
            "later",
            "this",
            "in the",
            "day",
            "each",
            "-",
            "2-1",
        ];
        const GLUE: &[&str] = &[" ", " ", " ", "", ",", ", ", ".", "\n", "-", "  ", "’s "];
        let (date, quantity) = (
            regex::Regex::new(&patterns::date_pattern()).unwrap(),
            regex::Regex::new(&patterns::quantity_pattern()).unwrap(),
        );
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for _ in 0..2_000 {
            let mut text = String::new();
            for _ in 0..next(12) + 1 {
                text.push_str(PIECES[next(PIECES.len())]);
                text.push_str(GLUE[next(GLUE.len())]);
            }
            for (reference, compiled) in [(&date, dates()), (&quantity, quantities())] {
                let want: Vec<(usize, usize)> = reference.find_iter(&text).map(|m| (m.start(), m.end())).collect();
                let got: Vec<(usize, usize)> =
                    compiled.find_all(text.as_bytes()).iter().map(|m| (m.start, m.end)).collect();
                assert_eq!(got, want, "{text:?}");
            }
        }
    }

    fn found(text: &str) -> Vec<(String, Label)> {
        find_dates_and_quantities(text, &[]).into_iter().map(|e| (e.span.text(text).to_string(), e.label)).collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, [$(($want:expr, $label:ident)),*]) => {
            #[test]
            fn $name() {
                let want: Vec<(String, Label)> = vec![$(($want.to_string(), Label::$label)),*];
                let mut got = found($text);
                got.sort_by_key(|(s, _)| $text.find(s.as_str()));
                assert_eq!(got, want);
            }
        };
    }

    t!(weekday, "late on Tuesday, officials said", [("late on Tuesday", Date)]);
    t!(weekday_part, "early on Wednesday morning", [("early on Wednesday morning", Date)]);
    t!(month_day_year, "on December 2, 2025, in court", [("December 2, 2025", Date)]);
    t!(month_year, "since February 2022 the war", [("February 2022", Date)]);
    t!(relative, "talks next week and the coming days", [("next week", Date), ("the coming days", Date)]);
    t!(duration, "after almost five hours of talks", [("almost five hours", Date)]);
    t!(year, "annexed in 2014.", [("2014", Date)]);
    t!(no_count_ends_on_a_modal, "and a third would be affordable", [("third", Quantity)]);
    t!(number_word_in_a_name, "won a Five Nations title. Five people died.", [("Five people", Quantity)]);
    t!(financial_year, "a rise for 2026-27 and 1989 to 1996", [("2026-27", Date), ("1989 to 1996", Date)]);
    t!(people, "injuring 19 people and", [("19 people", Quantity)]);
    t!(
        temperatures,
        "reached 46.2C, or 38 degrees Celsius, and 1.5°C",
        [("46.2C", Quantity), ("38 degrees Celsius", Quantity), ("1.5°C", Quantity)]
    );
    t!(
        units_written_onto_numbers,
        "Gusts reached up to 90mph, and 12km of road and 3.5kg were lost.",
        [("up to 90mph", Quantity), ("12km", Quantity), ("3.5kg", Quantity)]
    );
    t!(units, "about 35 km north and 2 kg", [("about 35 km", Quantity), ("2 kg", Quantity)]);
    t!(no_count_ends_on_an_adverb, "a second just before half-time", [("second", Quantity)]);
    t!(modifier, "at least 12 people died", [("at least 12 people", Quantity)]);
    t!(percent, "approximately 85% of it", [("approximately 85%", Quantity)]);
    t!(percent_word, "more than 19 percent", [("more than 19 percent", Quantity)]);
    t!(compound, "the 28-point plan and a 73-year-old", [("28-point", Quantity), ("73-year-old", Quantity)]);
    t!(written, "eight people were hurt", [("eight people", Quantity)]);
    t!(adjective_noun, "damaged 31 apartment blocks and", [("31 apartment blocks", Quantity)]);
    t!(money, "a $1.2bn loan", [("$1.2bn", Quantity)]);
    t!(score_is_a_quantity, "won 2-1 after a 6-3 vote", [("2-1", Quantity), ("6-3", Quantity)]);
    t!(
        fractions_speeds_and_ratios,
        "A third of voters left. It lost about a fifth of its value, rose half a percentage point, faced gusts of up to 45 miles per hour, and one in eight nurses quit, as did more than one in every five voters.",
        [
            ("A third", Quantity),
            ("about a fifth", Quantity),
            ("half a percentage point", Quantity),
            ("up to 45 miles per hour", Quantity),
            ("one in eight nurses", Quantity),
            ("more than one in every five voters", Quantity)
        ]
    );
    t!(
        seasons_and_compound_number_words,
        "Ninety-two percent of twenty-one pilots will strike next spring, not in a hot spring or in summer 2027.",
        [
            ("Ninety-two percent", Quantity),
            ("twenty-one pilots", Quantity),
            ("next spring", Date),
            ("summer 2027", Date)
        ]
    );
    t!(
        bowling_figures_are_no_ratio_and_the_year_2100,
        "He took two wickets for 61 in 19 overs; warming of 2.7C by 2100.",
        [("two wickets", Quantity), ("61", Quantity), ("19 overs", Quantity), ("2.7C", Quantity), ("2100", Date)]
    );
    t!(a_rank_is_no_ratio, "It reached number one in 14 countries.", [("14 countries", Quantity)]);
    t!(
        a_class_is_no_count,
        "Cases of type 2 diabetes rose as a category 4 storm hit and phase 3 trials began with 40 patients.",
        [("40 patients", Quantity)]
    );
    t!(money_words, "paid more than $130 billion in duties", [("more than $130 billion", Quantity)]);
    t!(tens_of_thousands, "tens of thousands of casualties", [("tens of thousands of casualties", Quantity)]);
    t!(clock_time, "walk out at 12:01 a.m. Friday and", [("12:01 a.m. Friday", Date)]);
    t!(
        clock_times_with_their_zone,
        "hit at 4:12 a.m. local time, and by 1130 GMT it ended",
        [("4:12 a.m. local time", Date), ("1130 GMT", Date)]
    );
    t!(
        decades_and_quarters,
        "in the early 1960s and the 1990s, and for the second quarter",
        [("the early 1960s", Date), ("the 1990s", Date), ("the second quarter", Date)]
    );
    t!(clock_time_then_day, "arrived at 3.20pm on Saturday", [("3.20pm", Date), ("Saturday", Date)]);
    t!(military_time, "from 1700 hours Central Standard Time on", [("1700 hours Central Standard Time", Date)]);
    t!(counted_day, "on day nine of the strike, and Day 12", [("day nine", Date), ("Day 12", Date)]);
    t!(day_of_month, "will meet on the 12th of May again", [("the 12th of May", Date)]);
    t!(day_with_lead, "began this Thursday and ends next Monday", [("this Thursday", Date), ("next Monday", Date)]);
    t!(month_of_year, "in October of this year the", [("October of this year", Date)]);
    t!(period_of_year, "over the first three months of 2022 and", [("the first three months of 2022", Date)]);
    t!(period_ahead, "costs in the months ahead", [("the months ahead", Date)]);
    t!(ago, "launched just over two years ago", [("just over two years ago", Date)]);
    t!(a_unit, "within about a week of it", [("about a week", Date)]);
    t!(
        durations_with_halves_and_parts,
        "jailed for three and a half years after two hours and 41 minutes, a year and a half later",
        [("three and a half years", Date), ("two hours and 41 minutes", Date), ("a year and a half later", Date)]
    );
    t!(ago_with_thousands, "a wolf that died about 44,000 years ago", [("about 44,000 years ago", Date)]);
    t!(
        bare_period,
        "After weeks of talks, and for years, it closed within hours; in two days; the days after; café days",
        [("weeks", Date), ("years", Date), ("hours", Date), ("two days", Date)]
    );
    t!(age_in_words, "He was 65 years old.", [("65 years old", Quantity)]);
    t!(million_with_noun, "the 44.39 million eligible voters", [("44.39 million eligible voters", Quantity)]);
    t!(hyphenated_adjective, "its 230 full-line stores", [("230 full-line stores", Quantity)]);
    t!(hyphenated_money, "a $17-billion budget", [("$17-billion", Quantity)]);
    t!(percent_hyphen, "a 9.5-per-cent rise", [("9.5-per-cent", Quantity)]);
    t!(percent_range, "by between 20-30% from", [("between 20-30%", Quantity)]);
    t!(
        ordinal_count,
        "a fourth round and a third straight title",
        [("fourth round", Quantity), ("third straight title", Quantity)]
    );
    t!(
        compound_number_word,
        "a four-game run and two-thirds of them",
        [("four-game", Quantity), ("two-thirds", Quantity)]
    );
    t!(bare_number_word, "each side won four, and eleven were hurt", [("four", Quantity), ("eleven", Quantity)]);
    t!(
        number_word_with_its_modifier,
        "at least seven U.S. warships, nearly eighteen of them",
        [("at least seven", Quantity), ("nearly eighteen", Quantity)]
    );
    t!(indefinite_one_is_not_a_count, "No one in this town was one of them", []);
    t!(one_and_a_noun, "lacks one vote for", [("one vote", Quantity)]);
    t!(one_before_a_preposition, "hoped to appoint one within a week", [("a week", Date)]);
    t!(
        one_as_a_certain_one,
        "At one point she left; in one scene he sings; one last chance; one voter and one town",
        [("one voter", Quantity), ("one town", Quantity)]
    );
    t!(number_in_a_name, "the F-35 jets and Section 114 notice", []);
    t!(stop_word_ends_a_count, "with 196 but falls short", [("196", Quantity)]);
    t!(degrees, "the 1.5°C target", [("1.5°C", Quantity)]);
    t!(range_with_or, "requires 85 or 86 votes", [("85 or 86 votes", Quantity)]);
    t!(money_range, "a profit of ($268-293 million) is due", [("$268-293 million", Quantity)]);
    t!(approximate_fraction, "about three-quarters of them", [("about three-quarters", Quantity)]);
    t!(money_range_with_to, "charges of $700 million to $800 million", [("$700 million to $800 million", Quantity)]);
    t!(
        a_wire_date_and_a_fiscal_year,
        "SAN FRANCISCO, Jan 22 (Reuters) - costs fall mostly in the first quarter of fiscal 2026.",
        [("Jan 22", Date), ("the first quarter of fiscal 2026", Date)]
    );
    t!(a_score_before_a_duration, "She won 6-2, 6-1 in 68 minutes.", [("6-2, 6-1", Quantity), ("68 minutes", Date)]);
    t!(irregular_plurals, "30 aircraft took off at 412 pence", [("30 aircraft", Quantity), ("412 pence", Quantity)]);
}
