//! Dates and quantities: the entities with a shape rather than a name.
//!
//! Both are found with ASCII regular expressions over the whole text
//! (`src/patterns.rs`). They are compiled at build time (`build.rs`) into
//! sparse DFAs by `regex-automata`, the engine of the `regex` crate, so the
//! app carries ~190 KB of automata (~22 KB brotli) instead of a regex
//! compiler and its Unicode tables, and nothing is compiled at start-up; a
//! test checks the DFAs against `regex` itself on the same texts. Durations (`24 hours`, `nearly four-year`) are dates, as the
//! guideline asks; where a date and a quantity overlap, the date wins.

use std::sync::OnceLock;

use regex_automata::dfa::regex::Regex;
use regex_automata::dfa::sparse::DFA;

use crate::entity::{Entity, Label};
use crate::span::overlaps_any;
use crate::Span;

/// A pattern compiled at build time: forward and reverse sparse DFAs.
type Compiled = Regex<DFA<&'static [u8]>>;

static DATE_FORWARD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/date.forward.dfa"));
static DATE_REVERSE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/date.reverse.dfa"));
static QUANTITY_FORWARD: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/quantity.forward.dfa"));
static QUANTITY_REVERSE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/quantity.reverse.dfa"));

fn load(forward: &'static [u8], reverse: &'static [u8]) -> Compiled {
    // The bytes were written by build.rs for this target's endianness; the
    // checks of `from_bytes` cannot fail on them.
    let forward = DFA::from_bytes(forward).expect("build.rs wrote a valid forward DFA").0;
    let reverse = DFA::from_bytes(reverse).expect("build.rs wrote a valid reverse DFA").0;
    Regex::builder().build_from_dfas(forward, reverse)
}

fn date_regex() -> &'static Compiled {
    static RE: OnceLock<Compiled> = OnceLock::new();
    RE.get_or_init(|| load(DATE_FORWARD, DATE_REVERSE))
}

fn quantity_regex() -> &'static Compiled {
    static RE: OnceLock<Compiled> = OnceLock::new();
    RE.get_or_init(|| load(QUANTITY_FORWARD, QUANTITY_REVERSE))
}

/// Finds dates and quantities in `text`, outside the `skip` spans (sorted).
pub(crate) fn find_dates_and_quantities(text: &str, skip: &[Span]) -> Vec<Entity> {
    let mut found: Vec<Entity> = Vec::new();
    for m in date_regex().find_iter(text.as_bytes()) {
        let span = Span::new(m.start(), m.end());
        // `73-year-old` is an age (a quantity), not a duration.
        if !inside_any(span, skip) && !text[span.end..].starts_with("-old") {
            found.push(Entity::new(span, Label::Date));
        }
    }
    let date_spans: Vec<Span> = found.iter().map(|d| d.span).collect();
    for m in quantity_regex().find_iter(text.as_bytes()) {
        let span = trim_quantity(text, Span::new(m.start(), m.end()));
        if span.is_empty() || inside_any(span, skip) || overlaps_any(&date_spans, span) || is_score(text, span) {
            continue;
        }
        found.push(Entity::new(span, Label::Quantity));
    }
    found
}

/// Drops a trailing function word the noun window took by mistake.
fn trim_quantity(text: &str, span: Span) -> Span {
    const STOP: &[&str] = &["of", "and", "the", "in", "on", "at", "to", "were", "was", "has", "had", "is", "are", "as"];
    let s = span.text(text);
    let words: Vec<&str> = s.split(' ').collect();
    // Cut at the first stop word after the number.
    let mut end = span.start;
    for (i, w) in words.iter().enumerate() {
        if i > 0 && STOP.contains(w) && !s.starts_with("tens of") && !s.starts_with("hundreds of") {
            break;
        }
        end += w.len() + usize::from(i > 0);
    }
    Span::new(span.start, end.min(span.end))
}

/// `2-1`, `6-3`: a score or a vote split, not two quantities.
fn is_score(text: &str, span: Span) -> bool {
    let before = &text.as_bytes()[..span.start];
    let after = &text.as_bytes()[span.end..];
    (before.len() >= 2 && before[before.len() - 1] == b'-' && before[before.len() - 2].is_ascii_digit())
        || (after.len() >= 2 && after[0] == b'-' && after[1].is_ascii_digit())
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

    /// The DFAs built by build.rs find what the `regex` crate finds with the
    /// same patterns, on texts of every kind of date and quantity.
    #[test]
    fn compiled_automata_agree_with_the_regex_crate() {
        let texts = [
            "On Monday night, 120 families left; at least €15,000 and 85% of the month’s rain (73-year-old, 24 hours).",
            "Since February 2022, tens of thousands of casualties; $1.2bn loan; the coming days; 2-1 score; 6-3 vote.",
            "Ünïcödé 🌊 text: Tuesday, 19 percent, almost five hours, 2014, the 100th day, 3.5 million people.",
            include_str!("../../../tests/fixtures/harbour-flood.txt"),
            include_str!("../../../tests/fixtures/court-ruling.txt"),
        ];
        for (pattern, compiled) in
            [(patterns::date_pattern(), date_regex()), (patterns::quantity_pattern(), quantity_regex())]
        {
            let reference = regex::Regex::new(&pattern).unwrap();
            for text in texts {
                let want: Vec<(usize, usize)> = reference.find_iter(text).map(|m| (m.start(), m.end())).collect();
                let got: Vec<(usize, usize)> =
                    compiled.find_iter(text.as_bytes()).map(|m| (m.start(), m.end())).collect();
                assert_eq!(got, want, "{text}");
                assert!(!got.is_empty());
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

    t!(weekday, "late on Tuesday, officials said", [("Tuesday", Date)]);
    t!(weekday_part, "early on Wednesday morning", [("Wednesday morning", Date)]);
    t!(month_day_year, "on December 2, 2025, in court", [("December 2, 2025", Date)]);
    t!(month_year, "since February 2022 the war", [("February 2022", Date)]);
    t!(relative, "talks next week and the coming days", [("next week", Date), ("the coming days", Date)]);
    t!(duration, "after almost five hours of talks", [("almost five hours", Date)]);
    t!(year, "annexed in 2014.", [("2014", Date)]);
    t!(people, "injuring 19 people and", [("19 people", Quantity)]);
    t!(modifier, "at least 12 people died", [("at least 12 people", Quantity)]);
    t!(percent, "approximately 85% of it", [("approximately 85%", Quantity)]);
    t!(percent_word, "more than 19 percent", [("more than 19 percent", Quantity)]);
    t!(compound, "the 28-point plan and a 73-year-old", [("28-point", Quantity), ("73-year-old", Quantity)]);
    t!(written, "eight people were hurt", [("eight people", Quantity)]);
    t!(adjective_noun, "damaged 31 apartment blocks and", [("31 apartment blocks", Quantity)]);
    t!(money, "a $1.2bn loan", [("$1.2bn", Quantity)]);
    t!(score_is_not_a_quantity, "won 2-1 after a 6-3 vote", []);
    t!(money_words, "paid more than $130 billion in duties", [("more than $130 billion", Quantity)]);
    t!(tens_of_thousands, "tens of thousands of casualties", [("tens of thousands of casualties", Quantity)]);
}
