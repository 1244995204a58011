//! Dates and quantities: the entities with a shape rather than a name.
//!
//! Both are found with ASCII regular expressions over the whole text (the
//! `regex` crate without its Unicode tables, which keeps the WASM bundle
//! small). Durations (`24 hours`, `nearly four-year`) are dates, as the
//! guideline asks; where a date and a quantity overlap, the date wins.

use std::sync::OnceLock;

use regex::Regex;

use crate::entity::{Entity, Label};
use crate::span::overlaps_any;
use crate::Span;

const MONTH: &str = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
const WEEKDAY: &str = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
const NUMBER_WORD: &str = "(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|[Hh]undreds|[Tt]housands|[Mm]illions|[Dd]ozens|[Tt]ens of thousands|[Hh]undreds of thousands|[Aa] dozen|[Aa] hundred|[Aa] thousand)";
const MODIFIER: &str = "(?:[Aa]t least|[Mm]ore than|[Ll]ess than|[Ff]ewer than|[Uu]p to|[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Aa]pproximately|[Rr]oughly|[Oo]ver|[Ss]ome|[Aa]n estimated|[Aa]t most)";
const TIME_UNIT: &str = "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)";

fn date_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let pattern = [
            // October 14, 2025 / October 14 / April 30th / February 2022
            format!(r"{MONTH}\s+[0-9]{{1,2}}(?:st|nd|rd|th)?(?:,?\s+[0-9]{{4}})?"),
            format!(r"[0-9]{{1,2}}(?:st|nd|rd|th)?\s+{MONTH}(?:\s+[0-9]{{4}})?"),
            format!(r"{MONTH}\s+[0-9]{{4}}"),
            format!(r"(?:{MONTH}|Christmas|Easter|Thanksgiving|Ramadan|New Year's Day|New Year)"),
            format!(r"{WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"),
            // Relative expressions.
            r"(?:[Tt]his|[Nn]ext|[Ll]ast|[Pp]ast|[Rr]ecent|[Cc]oming|[Pp]revious|[Ff]ollowing)\s+(?:few\s+)?(?:days|weeks?|months?|years?|weekend|night|morning|decade)".to_string(),
            r"[Tt]he\s+(?:coming|past|next|last|following|previous|same)\s+(?:few\s+)?(?:day|days|weeks?|months?|years?|weekend|night|morning|decade)".to_string(),
            r"[Tt]he\s+(?:winter|summer|spring|autumn)".to_string(),
            r"(?:[Ee]arlier|[Ll]ater)\s+(?:this|that|in\s+the)\s+(?:day|week|month|year)".to_string(),
            r"(?:[Ee]ach|[Ee]very)\s+(?:day|week|month|year|night)".to_string(),
            r"(?:[Oo]vernight|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight|[Mm]idnight|[Ll]ast night|[Tt]his morning|[Tt]his week|[Tt]his year)".to_string(),
            // Durations: `24 hours`, `almost five hours`, `nearly four-year`, `a day`.
            format!(r"(?:{MODIFIER}\s+)?(?:[0-9]+|{NUMBER_WORD})(?:\s+|-){TIME_UNIT}(?:-long)?"),
            r"(?:after|for|in|within)\s+a\s+(?:day|week|month|year)".to_string(),
            // An ordinal day: `100th day`.
            r"[0-9]+(?:st|nd|rd|th)\s+(?:day|anniversary)".to_string(),
            // A bare year.
            r"(?:1[89][0-9]{2}|20[0-9]{2})".to_string(),
        ]
        .iter()
        .map(|p| format!(r"\b{p}\b"))
        .collect::<Vec<_>>()
        .join("|");
        Regex::new(&format!("(?-u:{pattern})")).expect("date pattern is valid")
    })
}

fn quantity_regex() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        let number = r"(?:[0-9]+(?:[,.][0-9]+)*(?:bn|m|k|tn)?)";
        let pattern = [
            // 73-year-old, 28-point
            format!(r"\b(?:{MODIFIER}\s+)?[0-9]+-(?:year-old|point|storey|story|member|seat|mile|kilometre|kilometer|km|metre|meter|page)s?\b"),
            // $1.2bn, 85%, 19 percent, 3.5 million
            format!(r"(?:\b{MODIFIER}\s+)?(?:(?:\$|€|£)\s?{number}(?:\s+(?:million|billion|trillion))?|\b{number}\s?%|\b{number}\s+(?:per\s?cent|percent|percentage points?)|\b{number}\s+(?:million|billion|trillion)(?:\s+(?:dollars|euros|pounds|roubles|rubles|hryvnias|people|barrels|tonnes|tons))?)"),
            format!(r"\b(?:{MODIFIER}\s+)?{NUMBER_WORD}\s+(?:per\s?cent|percent|percentage points?)\b"),
            // A number and what it counts: `19 people`, `31 apartment blocks`.
            format!(r"\b(?:{MODIFIER}\s+)?(?:{number}|{NUMBER_WORD}(?:\s+(?:thousand|hundred|million))?)(?:\s+[A-Za-z]+){{0,2}}?\s+(?:[a-z]{{2,}}[a-rt-z]s|people|men|women|children|police|personnel|staff|troops|casualties|civilians|residents|soldiers|deaths|dead|injured|wounded)\b"),
            format!(r"\b(?:{MODIFIER}\s+)?[0-9]+(?:[,.][0-9]+)*\b"),
        ]
        .join("|");
        Regex::new(&format!("(?-u:{pattern})")).expect("quantity pattern is valid")
    })
}

/// Finds dates and quantities in `text`, outside the `skip` spans (sorted).
pub(crate) fn find_dates_and_quantities(text: &str, skip: &[Span]) -> Vec<Entity> {
    let mut found: Vec<Entity> = Vec::new();
    for m in date_regex().find_iter(text) {
        let span = Span::new(m.start(), m.end());
        // `73-year-old` is an age (a quantity), not a duration.
        if !inside_any(span, skip) && !text[span.end..].starts_with("-old") {
            found.push(Entity::new(span, Label::Date));
        }
    }
    let date_spans: Vec<Span> = found.iter().map(|d| d.span).collect();
    for m in quantity_regex().find_iter(text) {
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
