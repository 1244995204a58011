//! Named entities: people, organisations and places, plus the dates and
//! quantities of [`crate::when`], each with a label and a canonical name.
//!
//! Names are found in two passes. The first reads runs of capitalised words
//! and classifies each from general evidence: a title before it (`President
//! Trump`), a role noun (`envoy Steve Witkoff`), a given name, a gazetteer
//! entry, an organisation word (`… Ministry`, `Ministry of …`), an acronym, or
//! a cue verb after it (`Peskov said`). The second pass propagates: a word
//! left unclassified that repeats a name found with evidence elsewhere in the
//! document (`Witkoff` after `Steve Witkoff`) takes that name's label.
//! Sentence starts and title-case headlines prove nothing by their capitals.

use std::borrow::Cow;

use serde::Serialize;

use crate::gazetteer::{
    FastMap, FastSet, COMMON_WORDS, COMPANIES, COUNTRIES, CUE_VERBS, DEMONYMS, GEONAMES_PLACES, GIVEN_NAMES,
    LEXICON_PLACES, NON_ENTITY_HEADS, NON_ENTITY_STARTS, NOT_NAMES, ORGANISATIONS, ORG_HEADS, ORG_KIND_NOUNS,
    ORG_ROLE_NOUNS, ORG_STARTS, OUTLET_HEADS, PLACES, PLACE_HEADS, PLACE_HEADS_WEAK, PLACE_STARTS, QUOTE_ONLY_CUES,
    ROLE_NOUNS, SPORTS_TEAMS, TITLES,
};
use crate::span::overlaps_any;
use crate::token::{Token, TokenKind};
use crate::Span;

/// The kind of thing an entity names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    /// A named person.
    Person,
    /// An organisation, institution, company, agency or outlet.
    Org,
    /// A named place.
    Loc,
    /// A date, time or duration.
    Date,
    /// A number with what it counts, a percentage, money.
    Quantity,
}

impl Label {
    /// Every label, in legend order.
    pub const ALL: [Label; 5] = [Label::Person, Label::Org, Label::Loc, Label::Date, Label::Quantity];

    /// The label's name in the gold files (`PERSON`, `ORG`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::Loc => "LOC",
            Label::Date => "DATE",
            Label::Quantity => "QUANTITY",
        }
    }

    /// Parses a gold label name.
    pub fn parse(name: &str) -> Option<Label> {
        Label::ALL.into_iter().find(|l| l.as_str() == name)
    }

    /// True for the labels whose spellings are grouped under a canonical name.
    pub fn is_named(self) -> bool {
        matches!(self, Label::Person | Label::Org | Label::Loc)
    }
}

/// One entity mention.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// Where it is (bytes).
    pub span: Span,
    /// What it names.
    pub label: Label,
    /// The name that groups its spellings (named labels only).
    pub canonical: Option<String>,
}

impl Entity {
    pub(crate) fn new(span: Span, label: Label) -> Entity {
        Entity { span, label, canonical: None }
    }
}

/// Evidence-free verdict on a run, to be settled by propagation.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Verdict {
    Sure(Label),
    Unsure,
}

/// A cue verb of speech in the past or present tense (`said`, `says`,
/// `warned`): what follows a speaker's name, unlike `saying` or `called`.
fn speech_verb(word: &str) -> bool {
    !word.ends_with("ing") && !QUOTE_ONLY_CUES.contains(&word) && CUE_VERBS.contains(word)
}

fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

fn is_acronym(word: &str) -> bool {
    let letters: String = word.chars().filter(|c| *c != '.').collect();
    (2..=6).contains(&letters.chars().count())
        && letters.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && letters.chars().next().is_some_and(|c| c.is_ascii_uppercase())
}

/// Removes a possessive `’s` / `'s` (or a bare trailing apostrophe).
fn strip_possessive(text: &str, span: Span) -> Span {
    let s = span.text(text);
    for suffix in ["’s", "'s", "’", "'"] {
        if s.len() > suffix.len() + 1 && s.ends_with(suffix) {
            return Span::new(span.start, span.end - suffix.len());
        }
    }
    span
}

/// True when a line is written in title case (a headline): then capitals
/// prove nothing and only names known from elsewhere are taken.
fn title_case_lines(text: &str, tokens: &[Token]) -> Vec<bool> {
    let mut flags = Vec::with_capacity(tokens.len());
    let mut line_begin = 0;
    while line_begin < tokens.len() {
        let mut line_end = line_begin + 1;
        while line_end < tokens.len() && !tokens[line_end].line_start {
            line_end += 1;
        }
        let last = tokens[line_end - 1].span.text(text);
        let unfinished = !matches!(last, "." | "!" | "?" | "”" | "\"" | ":");
        // Words of four letters or more, and how many of them are capitalised.
        let (mut words, mut caps) = (0, 0);
        if unfinished {
            for token in &tokens[line_begin..line_end] {
                let word = token.span.text(text);
                if token.kind == TokenKind::Word && word.len() > 3 && word.chars().nth(3).is_some() {
                    words += 1;
                    caps += usize::from(is_capitalised(word));
                }
            }
        }
        let title_case = unfinished && words >= 3 && caps * 10 >= words * 8;
        flags.extend(std::iter::repeat_n(title_case, line_end - line_begin));
        line_begin = line_end;
    }
    flags
}

/// A run of capitalised words, with the connectors allowed inside an
/// organisation name (`of`, `of the`, `for`, `for a`).
struct Run {
    first: usize,
    last: usize,
    has_connector: bool,
}

fn name_runs(text: &str, tokens: &[Token]) -> Vec<Run> {
    let word = |i: usize| tokens[i].span.text(text);
    let is_name_word = |i: usize| tokens[i].kind == TokenKind::Word && is_capitalised(word(i));
    let mut runs = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !is_name_word(i) {
            i += 1;
            continue;
        }
        let (first, mut last, mut has_connector) = (i, i, false);
        let mut j = i + 1;
        // A possessive ends a name (`France’s Élysée Palace`).
        let possessive = |k: usize| word(k).ends_with("’s") || word(k).ends_with("'s");
        // … unless an organisation's or place's head follows a word that is
        // no place or body of its own: `St Mary's Hospital`, `King's Fund`
        // (not `Britain's Parliament`).
        let is_head = |k: usize| {
            k < tokens.len()
                && is_name_word(k)
                && (ORG_HEADS.contains(word(k)) || PLACE_HEADS.contains(word(k)) || word(k) == "Park")
        };
        // `and` inside a body's name: the words after it run, capitalised, to
        // an organisation's head, and those before are no place or body of
        // their own (not `Ukraine and the Red Cross`, `Oxfam and Save the
        // Children Fund`).
        let and_joins = |j: usize| {
            let mut k = j + 1;
            while k < tokens.len() && is_name_word(k) && !tokens[k].line_start {
                k += 1;
            }
            let before = without_possessive(word(j - 1));
            // Two bodies (`Ministry of X and Ministry of Y`, `the Daily
            // Courier and Kestrel Securities`) are two; one head word
            // (`heads of State and Government`) names no body.
            // (`Securities and Exchange Commission`: one head word alone
            // before the `and` opens the name.)
            k > j + 2
                && ORG_HEADS.contains(word(k - 1))
                && !ORG_STARTS.contains(word(j + 1))
                && (!ORG_HEADS.contains(before) || j == first + 1 || j == first + 2 && word(first) == "The")
                && !is_place(before)
                && !known_org(before)
                && !is_acronym(before)
        };
        // `Academy of Motion Picture Arts and Sciences`, `Ministry of
        // Agriculture and Forestry`, `Department of Health and Social Care`:
        // after `of` in a body's name, one or two more words that are no body
        // or place of their own.
        let last_part = |j: usize, has_connector: bool| {
            let next = j + 1;
            has_connector
                && (first..j).any(|k| {
                    // (`Centres for Disease Control and Prevention`: a plural head.)
                    (ORG_STARTS.contains(word(k)) || is_head_or_plural(word(k))) && matches!(word(k + 1), "of" | "for")
                })
                // One or two words (`and Social Care`), then the run ends.
                && [next, next + 1].iter().any(|&end| {
                    (next..=end).all(|k| {
                        k < tokens.len()
                            && is_name_word(k)
                            && !tokens[k].line_start
                            && !ORG_STARTS.contains(word(k))
                            && !is_place(without_possessive(word(k)))
                            && !known_org(word(k))
                            && !is_acronym(word(k))
                            && !is_given_name(word(k))
                    }) && !(end + 1 < tokens.len() && is_name_word(end + 1))
                })
        };
        // `People's Progress Party`, `Workers' Solidarity Union`: a common
        // word's possessive, then up to three names ending in a body's head.
        let body_from = |from: usize| {
            (from..=from + 3).any(|h| {
                h < tokens.len()
                    && (from..=h).all(|m| is_name_word(m) && !tokens[m].line_start)
                    && ORG_HEADS.contains(word(h))
            })
        };
        let named_for = |k: usize| {
            let owner = without_possessive(word(k));
            // (`King's Royal Hospital`, `Queen's University`: a title's too.)
            let common = is_common_word(owner) || TITLES.contains(owner);
            (is_head(k + 1) || common && body_from(k + 1)) && !is_place(owner) && !known_org(owner)
        };
        while j < tokens.len() && !tokens[j].line_start && (!possessive(last) || named_for(last)) {
            if is_name_word(j) && !tokens[j].sentence_start {
                last = j;
                j += 1;
            } else if j == last + 1 && numbered_head(word(last)) && tokens[j].kind == TokenKind::Number {
                // `Channel 12`, `District 751`: a number names one of a series.
                last = j;
                break;
            } else if j == last + 1
                && matches!(word(j), "'" | "’")
                && word(last).ends_with('s')
                && tokens[j].span.start == tokens[last].span.end
                && (is_head(j + 1) || is_common_word(word(last)) && body_from(j + 1))
            {
                // `National Teachers' Union`: a plural's possessive before its head.
                last = j + 1;
                j += 2;
            } else if word(j) == "and" && (and_joins(j) || last_part(j, has_connector)) {
                // `Food and Drink Federation`, `Food and Drug
                // Administration`: one body's name.
                has_connector = true;
                j += 1;
            } else if word(j) == "&" && j + 1 < tokens.len() && is_name_word(j + 1) && !tokens[j + 1].line_start {
                // `Marks & Spencer`, `M&S`, `AT&T`.
                last = j + 1;
                j += 2;
            } else if j == last + 1 && j + 1 < tokens.len() && continues_name(text, tokens, first, last, j) {
                // `S. Jaishankar`, `Lee Jae-myung`, `Jean-Luc Godard`.
                last = j + 1;
                j += 2;
            } else if word(j) == "]"
                && j + 1 < tokens.len()
                && is_name_word(j + 1)
                && first > 0
                && word(first - 1) == "["
            {
                // `[Marco] Rubio`: an editor's insertion inside a name.
                last = j + 1;
                j += 2;
            } else if j == last + 1
                && matches!(word(j), "al" | "el")
                && j + 2 < tokens.len()
                && word(j + 1) == "-"
                && is_name_word(j + 2)
                && tokens[j].span.start == tokens[last].span.end + 1
                && tokens[j + 2].span.start == tokens[j].span.end + 1
            {
                // `Abdel Fattah al-Burhan`, `Mohamed el-Sisi`: a particle
                // hyphened to the surname.
                last = j + 2;
                j += 3;
            } else if matches!(word(j), "of" | "for" | "de" | "al")
                || is_particle(word(j))
                || word(j) == "on"
                    && matches!(word(last), "Commission" | "Committee" | "Council" | "Forum")
                    && tokens.get(j + 1).is_some_and(|t| {
                        let next = t.span.text(text);
                        !is_month_or_weekday(next) && !is_place(next)
                    })
            {
                // (`Commission on Human Rights`: `on` after a body that has
                // a subject; not `the Commission on Monday`, `on Mars`.)
                let mut k = j + 1;
                // `Ursula von der Leyen`, `Ministry of the Interior`.
                if k < tokens.len() && (matches!(word(k), "the" | "a") || is_particle(word(k))) {
                    k += 1;
                }
                if k < tokens.len() && is_name_word(k) && !tokens[k].line_start {
                    has_connector = true;
                    j = k;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        runs.push(Run { first, last, has_connector });
        i = last + 1;
    }
    runs
}

/// True when the punctuation token `dot_or_hyphen` joins the name word
/// `before` to the word after it: the dot of an initial (`S. Jaishankar`),
/// or a hyphen with no space around it inside a person's name (`Jae-myung`,
/// `Jean-Luc`, a double-barrelled surname after a first name: `Mirela
/// Vasquez-Ortan`), not between two names (`India-Pakistan`) nor before a
/// common word (`US-backed`). The run began at token `first`.
fn continues_name(text: &str, tokens: &[Token], first: usize, before: usize, dot_or_hyphen: usize) -> bool {
    let (mark, after) = (&tokens[dot_or_hyphen], &tokens[dot_or_hyphen + 1]);
    let left = tokens[before].span.text(text);
    let right = after.span.text(text);
    if after.kind != TokenKind::Word || after.line_start {
        return false;
    }
    match mark.span.text(text) {
        "." => left.chars().count() == 1 && is_capitalised(right) && left.chars().all(char::is_uppercase),
        "-" | "‐" => {
            let attached = tokens[before].span.end == mark.span.start && mark.span.end == after.span.start;
            let is_name_part = |w: &str| !is_place(w) && !known(&[w]) && !DEMONYMS.contains(w) && !is_acronym(w);
            // `the North-Eastern Federal University`, `South-West Water`.
            let compass_pair =
                matches!(left, "North" | "South") && matches!(right, "East" | "West" | "Eastern" | "Western");
            // Two names joined before a body's or place's head are one name
            // (`Dyfed-Powys Police`, `Bergen-Halden Council`).
            let head_follows = tokens.get(dot_or_hyphen + 2).is_some_and(|next| {
                let next = next.span.text(text);
                ORG_HEADS.contains(next) || PLACE_HEADS.contains(next)
            });
            let joined_before_head = head_follows
                && is_capitalised(right)
                && !is_acronym(left)
                && !is_acronym(right)
                && !DEMONYMS.contains(left);
            attached && (compass_pair || joined_before_head)
                || attached
                    && is_name_part(left)
                    && !is_common_word(right)
                    && (is_capitalised(right)
                        && is_name_part(right)
                        && (is_given_name(left) || is_given_name(right) || before > first)
                        || right.chars().all(char::is_lowercase) && right.len() <= 6)
        }
        _ => false,
    }
}

/// What the text around a run of capitalised words says of it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Around {
    /// A title came before it (`Mayor`, `Dr`).
    had_title: bool,
    /// A role noun came before it (`spokesman`, `the minister`).
    role_before: bool,
    /// A speech verb follows it (`Peskov said`).
    speech_after: bool,
}

/// Classifies the words `words` (already stripped of titles) seen with
/// what is `around` them.
fn classify(words: &[&str], around: Around) -> Verdict {
    // `Channel 12`, `Channel A` (broadcasters); `Machinists District 751`:
    // the name is classified without its number or letter.
    if let [.., head, one] = words {
        let designator = one.bytes().all(|b| b.is_ascii_digit()) || one.len() == 1 && is_capitalised(one);
        if designator && numbered_head(head) {
            return match words.len() {
                // (`No 10`: Downing Street, as the lists know.)
                2 if matches!(*head, "Channel" | "Radio") || known_org(&joined(words)) => Verdict::Sure(Label::Org),
                2 => Verdict::Unsure,
                n => classify(&words[..n - 1], around),
            };
        }
    }
    let Around { had_title, role_before, speech_after } = around;
    let joined = joined(words);
    if known_org(&joined) {
        return Verdict::Sure(Label::Org);
    }
    if COUNTRIES.contains(&joined) || PLACES.contains(&joined) {
        return Verdict::Sure(Label::Loc);
    }
    // `Tennis Australia`, `Cycling Canada`: a common word before a country
    // names its national body.
    if let [sport, country] = words {
        let region =
            is_compass(sport) || sport.ends_with("ern") || PLACE_HEADS.contains(sport) || ORG_HEADS.contains(sport);
        let a_place = GEONAMES_PLACES.contains(&joined) || is_place(sport);
        if COUNTRIES.contains(country) && !is_given_name(sport) && !a_place && !region {
            return Verdict::Sure(Label::Org);
        }
    }
    let first = words[0];
    let last = words[words.len() - 1];
    // `Imperial College London`, `Tresk Institute Berlin`: a body's head
    // before the city it is in.
    let head_before_place = words.len() > 2 && ORG_HEADS.contains(words[words.len() - 2]) && is_place(last);
    if words.len() > 1
        && (ORG_HEADS.contains(last) || head_before_place || ORG_STARTS.contains(first) && words.contains(&"of"))
    {
        return Verdict::Sure(Label::Org);
    }
    // `Kestrel Homes' director, Lionel Ward,`: a role proves a person even
    // when the surname is also a place's last word.
    if (had_title || role_before) && words.len() <= 3 && !PLACE_STARTS.contains(first) && is_capitalised(first) {
        return Verdict::Sure(Label::Person);
    }
    // `Rogers Stadium`, `Puget Sound`, `Don Valley Parkway`, `Soldier Field`;
    // `Lake Orin`, `Estadio Norte`; `West Vale`, `North Coast` (a compass
    // word opens no person's name).
    if words.len() > 1
        && (PLACE_STARTS.contains(first)
            || is_compass(first) && !GIVEN_NAMES.contains(words[1])
            || PLACE_HEADS.contains(last)
            || PLACE_HEADS_WEAK.contains(last) && (is_common_word(first) || is_place(first) || is_compass(first)))
    {
        return Verdict::Sure(Label::Loc);
    }
    // `The Daily Mail`, `Daily Courier`: a paper.
    if words.len() > 1 && first == "Daily" {
        return Verdict::Sure(Label::Org);
    }
    if words.len() == 1 && is_acronym(first) && !NOT_NAMES.contains(first) {
        return Verdict::Sure(Label::Org);
    }
    if had_title || role_before || is_given_name(first) {
        return Verdict::Sure(Label::Person);
    }
    // `JPMorgan`, `ChatGPT`, `YouTube`: a capital inside one word names a
    // company, a product or a website, never a person (but `McKenna`,
    // `DeSantis`); one that speaks is a company (`BlackRock said`), and
    // the words around it may still say organisation (`BlackRock shares`).
    if let [one] = words {
        if camel_case(one) {
            return if speech_after { Verdict::Sure(Label::Org) } else { Verdict::Unsure };
        }
    }
    // `NSW Ambulance`, `BBC Radio`: a run opened by an acronym of three
    // letters or more (not initials: `JD Vance`), in a run not all in
    // capitals (a dateline: `MEXICO CITY`), names a body.
    if words.len() >= 2
        && first.chars().filter(char::is_ascii_uppercase).count() >= 3
        && is_acronym(first)
        && words[1..].iter().any(|w| w.chars().any(|c| c.is_lowercase()))
    {
        return Verdict::Sure(Label::Org);
    }
    // `Peskov said`; not `Analysts said`, `Lawmakers said` (a role noun's
    // plural names a group, not a person).
    let group = || first.strip_suffix('s').is_some_and(|one| ROLE_NOUNS.contains_lowercased(one));
    if speech_after && words.len() <= 3 && !(words.len() == 1 && (is_common_word(first) || group())) {
        return Verdict::Sure(Label::Person);
    }
    // The generated GeoNames list comes after the evidence for a person:
    // `Hamilton said` is a person, `in Hamilton` a place.
    if GEONAMES_PLACES.contains(&joined) || LEXICON_PLACES.contains(&joined) {
        return Verdict::Sure(Label::Loc);
    }
    // `Manchester United`, `Kyiv Independent`: a place followed by a word
    // that is no given name names a team, an outlet or a company.
    // (`Leicester City`, `Quezon City`: a team or a city, as the words
    // around it say.)
    if words.len() >= 2 && is_place(words[0]) && !GIVEN_NAMES.contains(words[1]) && !matches!(last, "City" | "Town") {
        return Verdict::Sure(Label::Org);
    }
    // `Artemis II`: a roman numeral after a word that is no given name is a
    // mission, a ship or a sequel, not a person.
    if words.len() >= 2 && is_roman_numeral(last) && !GIVEN_NAMES.contains(first) {
        return Verdict::Unsure;
    }
    // A particle or a hyphenated tail inside the run is a person's name's
    // (`Marta da Cunha`, `Park Ji-hwan`).
    if words.len() >= 2 && words[1..].iter().any(|w| w.bytes().all(|b| b.is_ascii_lowercase())) {
        return Verdict::Sure(Label::Person);
    }
    // An unknown run of two to four words is a person's name, unless a
    // word of it is a common English word (`Climate Change`, `Top Gun`).
    if words.len() >= 2
        && words.len() <= 4
        && words.iter().all(|w| !w.contains('.') || w.len() <= 3)
        && !words.iter().any(|w| is_common_word(w))
    {
        return Verdict::Sure(Label::Person);
    }
    Verdict::Unsure
}

/// True when `word` is a name that a number or a letter completes
/// (`Channel 4`, `District 751`, `Local 1199`).
fn numbered_head(word: &str) -> bool {
    matches!(word, "Channel" | "District" | "Local" | "Radio" | "No")
}

/// True when `word` has a capital after a lower-case letter, past a
/// surname's prefix (`Mc`, `Mac`, `De`, `Di`, `Le`, `La`, `Du`, `O'`).
fn camel_case(word: &str) -> bool {
    const PREFIXES: &[&str] = &["Mc", "Mac", "De", "Di", "Le", "La", "Du", "Da", "Van", "Von", "O'", "O’"];
    let bytes = word.as_bytes();
    word.len() > 3
        && bytes.iter().all(u8::is_ascii_alphanumeric)
        && bytes.iter().any(u8::is_ascii_lowercase)
        // `BlackRock` (lower then upper), `JPMorgan` (an inner capital
        // opening a lower-case stretch).
        && (bytes.windows(2).any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase())
            || bytes.windows(2).skip(1).any(|w| w[0].is_ascii_uppercase() && w[1].is_ascii_lowercase()))
        && !PREFIXES.iter().any(|p| word.starts_with(p))
}

/// True when `word` opens a person's name.
fn is_given_name(word: &str) -> bool {
    GIVEN_NAMES.contains(word)
}

/// True when `word`, lower-cased, is a frequent English word that is no name
/// (the list is ASCII: other words are in it by no spelling).
pub(crate) fn is_common_word(word: &str) -> bool {
    COMMON_WORDS.contains_lowercased(word)
}

/// Finds PERSON / ORG / LOC mentions (canonical names are set later).
pub(crate) fn find_names(text: &str, tokens: &[Token], skip: &[Span]) -> Vec<Entity> {
    let headline = title_case_lines(text, tokens);
    let word = |i: usize| tokens[i].span.text(text);
    let mut found = Found::default();
    for run in name_runs(text, tokens) {
        let last = run.last;
        // `A Ministry of Health spokeswoman`: the article opening a sentence
        // (a capitalised `The` may be a paper's: `The Times`).
        let first = if run.first < last && matches!(word(run.first), "A" | "An") { run.first + 1 } else { run.first };
        let span_of = |a: usize, b: usize| {
            let bracketed = a > 0 && word(a - 1) == "[" && (a..=b).any(|k| word(k) == "]");
            let start = if bracketed { tokens[a - 1].span.start } else { tokens[a].span.start };
            strip_possessive(text, Span::new(start, tokens[b].span.end))
        };
        if overlaps_any(skip, span_of(first, last)) {
            continue;
        }
        // `Paris Agreement`, `Nobel Peace Prize`: no entity, nor any inside.
        if last > first && (NON_ENTITY_HEADS.contains(word(last)) || NON_ENTITY_STARTS.contains(word(first))) {
            continue;
        }
        // `in “Top Gun”`, `the documentary "Val"`: a run that fills a
        // quotation is a title (a work), unless the lists know it.
        if (fills_quotation(text, tokens, first, last) || names_a_work(text, tokens, first))
            && !known(&piece_words(text, tokens, first, last))
        {
            continue;
        }
        // `Marks & Spencer`, `M&S`: an ampersand joins the names of a company.
        if (first..=last).any(|k| word(k) == "&") {
            found.push(span_of(first, last), Label::Org, Basis::Evidence);
            continue;
        }
        // An organisation name with connectors is taken whole.
        if run.has_connector {
            let all: Vec<&str> = (first..=last)
                .map(word)
                .filter(|w| is_capitalised(w) || w.chars().all(|c| c.is_ascii_digit()))
                .collect();
            let with_connectors: Vec<&str> = (first..=last).map(word).collect();
            // `Ministry of Defence`, `General Staff of the Armed Forces`,
            // `Center for a Fair Economy`: taken whole when
            // the part before the first connector is itself an organisation
            // name; `Professor Maria Chen of Georgetown University` is split.
            let before: Vec<&str> = with_connectors
                .iter()
                .take_while(|w| !matches!(**w, "of" | "for" | "on" | "de" | "al"))
                .copied()
                .collect();
            let head = before.last().copied().unwrap_or("");
            // `The Royal College of Nursing said`: the sentence's `The`, not
            // a paper's (`The Times of India`).
            let first =
                if word(first) == "The" && first < last && !OUTLET_HEADS.contains(head) { first + 1 } else { first };
            // (`Centers for Disease Control`: a head in the plural too.)
            if ORG_STARTS.contains(all[0])
                || is_head_or_plural(head)
                || (DEMONYMS.contains(all[0]) && all.len() > 1 && ORG_STARTS.contains(all[1]))
            {
                found.push(span_of(first, last), Label::Org, Basis::Evidence);
                continue;
            }
        }
        // `Professor Gunter Kuhnle of the University of Reading`: a body's
        // name with its own connector after the first one is taken whole.
        let body_after = (first + 1..last).find_map(|i| {
            let k = if word(i + 1) == "the" { i + 2 } else { i + 1 };
            (word(i) == "of" && k < last && ORG_STARTS.contains(word(k)) && (k + 1..=last).any(|j| word(j) == "of"))
                .then_some((i, k))
        });
        let last = match body_after {
            Some((of, body)) => {
                found.push(span_of(body, last), Label::Org, Basis::Evidence);
                of - 1
            }
            None => last,
        };
        // Otherwise split at connectors and treat each piece as a run.
        let mut pieces: Vec<(usize, usize)> = Vec::new();
        let mut start = first;
        for (i, token) in tokens.iter().enumerate().take(last + 1).skip(first) {
            let joined_by_hyphen = i > first && tokens[i - 1].kind == TokenKind::Punct;
            // `Hendrik van der Berg`: one particle or two before the name.
            let particle = i > first
                && i < last
                && is_particle(word(i))
                && (is_capitalised(word(i + 1))
                    || i + 2 <= last && is_particle(word(i + 1)) && is_capitalised(word(i + 2))
                    || i + 2 <= last && word(i + 1) == "-" && is_capitalised(word(i + 2)));
            if !is_capitalised(word(i)) && token.kind == TokenKind::Word && !joined_by_hyphen && !particle {
                if start < i {
                    pieces.push((start, i - 1));
                }
                start = i + 1;
            }
        }
        if start <= last {
            pieces.push((start, last));
        }
        for (a, b) in pieces {
            if headline[a] {
                known_pieces(text, tokens, a, b, &mut found);
            } else {
                classify_piece(text, tokens, a, b, false, &mut found);
            }
        }
    }
    let mut names = propagate(text, found);
    // `Veltron Inc. reported`: a company's abbreviated suffix keeps its dot.
    for e in names.iter_mut().filter(|e| e.label == Label::Org) {
        let name = e.span.text(text);
        let abbreviated = ["Inc", "Corp", "Ltd", "Co", "Bros"]
            .iter()
            .any(|a| name.strip_suffix(a).is_some_and(|rest| rest.ends_with(' ')));
        if abbreviated && text[e.span.end..].starts_with('.') {
            e.span = Span::new(e.span.start, e.span.end + 1);
        }
    }
    names
}

/// What the runs of a text were found to be, before propagation.
#[derive(Default)]
struct Found {
    /// Runs with a label, each with what its label rests on.
    sure: Vec<(Entity, Basis)>,
    /// Runs left to what the rest of the text proves.
    unsure: Vec<Span>,
    /// Runs left unsure, capitalised by their place (a headline, a
    /// sentence's start), with the label their own words leaned to, if any:
    /// taken when the name is also written inside a sentence and nothing else
    /// settles it.
    leaning: Vec<(Span, Option<Label>)>,
    /// Runs a plural verb proved a team (`Arsenal were`): the article's
    /// other mentions of a place of that name are the team too.
    teams: Vec<Span>,
}

/// What a found label rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Basis {
    /// A list, a title, a role, a given name, a place's context.
    Evidence,
    /// An organisation by the words around it (`Komeito leader`): a person
    /// the evidence proves under the same name wins (`Ada Moor … Moor’s
    /// spokesman`).
    Context,
    /// A person on no evidence of a person (no title, role or given name:
    /// an unknown run of words, or one a speech verb follows): the
    /// organisation another mention of the same name proves wins.
    Guess,
}

impl Found {
    fn push(&mut self, span: Span, label: Label, basis: Basis) {
        self.sure.push((Entity::new(span, label), basis));
    }

    /// Takes what `part` found but its people: the words before a title or
    /// a given name inside a run name a title, place or body, not a person.
    fn take_all_but_people(&mut self, part: Found) {
        self.sure.extend(part.sure.into_iter().filter(|(e, _)| e.label != Label::Person));
        self.unsure.extend(part.unsure);
        self.leaning.extend(part.leaning);
        self.teams.extend(part.teams);
    }

    /// Leaves `span` unsure, capitalised by its place, leaning to `label`.
    fn lean(&mut self, span: Span, label: Option<Label>) {
        self.leaning.push((span, label));
    }
}

/// In a title-case headline, takes the longest known names among the words
/// `[a, b]` and leaves every other word to propagation.
fn known_pieces(text: &str, tokens: &[Token], a: usize, b: usize, found: &mut Found) {
    let word = |i: usize| tokens[i].span.text(text);
    let mut i = a;
    while i <= b {
        let longest = (i..=b.min(i + 3)).rev().find(|&j| known(&(i..=j).map(word).collect::<Vec<_>>()));
        match longest {
            Some(j) => {
                let words: Vec<&str> = (i..=j).map(word).collect();
                if let Verdict::Sure(label) = classify(&words, Around::default()) {
                    let span = strip_possessive(text, Span::new(tokens[i].span.start, tokens[j].span.end));
                    found.push(span, label, Basis::Evidence);
                }
                i = j + 1;
            }
            None => {
                if !NOT_NAMES.contains(word(i)) && !DEMONYMS.contains(word(i)) {
                    found.lean(strip_possessive(text, tokens[i].span), None);
                }
                i += 1;
            }
        }
    }
}

fn classify_piece(text: &str, tokens: &[Token], mut first: usize, last: usize, headline: bool, found: &mut Found) {
    let word = |i: usize| tokens[i].span.text(text);
    let span_of = |a: usize, b: usize| {
        let bracketed = a > 0 && word(a - 1) == "[" && (a..=b).any(|k| word(k) == "]");
        let start = if bracketed { tokens[a - 1].span.start } else { tokens[a].span.start };
        strip_possessive(text, Span::new(start, tokens[b].span.end))
    };
    let role_before = first > 0
        && tokens[first - 1].kind == TokenKind::Word
        && !is_capitalised(word(first - 1))
        && ROLE_NOUNS.contains(&word(first - 1).to_lowercase())
        || role_in_apposition(text, tokens, first)
        || age_in_apposition(text, tokens, last);
    // `Finance Minister Lena Vogt`: a title inside the run ends what comes
    // before it (a title, place or body, never a person) and starts the name.
    let org_head = first < last && ORG_HEADS.contains(word(last));
    let inner_title = (first + 1..last).rev().find(|&k| TITLES.contains(word(k).trim_end_matches('.')));
    if let Some(k) = inner_title.filter(|_| !org_head) {
        if !TITLES.contains(word(k + 1)) {
            // `U.S. District Judge`, `Federal Circuit Judge`: the court's
            // level belongs to the title, not to a body before it.
            let court_level = k - 1 > first && matches!(word(k - 1), "District" | "Circuit");
            let before_end = if court_level { k - 2 } else { k };
            let mut before = Found::default();
            classify_piece(text, tokens, first, before_end, headline, &mut before);
            found.take_all_but_people(before);
            classify_piece(text, tokens, k, last, headline, found);
            return;
        }
    }
    // `US President Donald Trump`, `Foreign Affairs Andrii Sybiha`: a given
    // name inside the run starts the person; what precedes is its own piece.
    // (Not after one word no list knows: `Mahmoud Ali Youssouf` is one
    // person whose first name the list lacks.)
    let unknown_first_name = |k: usize| {
        let w = word(k);
        k == first
            && !TITLES.contains(w)
            && !is_place(w)
            && !known_org(w)
            && !is_acronym(w)
            && !is_common_word(w)
            && !DEMONYMS.contains(w)
            && !is_month_or_weekday(w)
    };
    let opens_person = |k: usize| {
        GIVEN_NAMES.contains(word(k))
            && !GIVEN_NAMES.contains(word(k - 1))
            && tokens[k - 1].kind != TokenKind::Punct
            && !(k < last && unknown_first_name(k - 1))
    };
    if let Some(k) = (first + 1..last).find(|&k| opens_person(k)) {
        if !TITLES.contains(word(k - 1)) || k - 1 > first {
            // The words before are a title or a place or body (`US`), never
            // a person of their own (`Foreign Affairs`).
            let mut before = Found::default();
            classify_piece(text, tokens, first, k - 1, headline, &mut before);
            found.take_all_but_people(before);
            classify_piece(text, tokens, k, last, headline, found);
            return;
        }
    }
    // `Boeing Machinists`, `Nissan Board`: a known organisation's name
    // before words that name no person is the organisation alone.
    // (`BBC Radio 4`: the head before a number.)
    let head_at = if tokens[last].kind == TokenKind::Number && last > first { last - 1 } else { last };
    let head_noun = ORG_HEADS.contains(word(head_at)) || PLACE_HEADS.contains(word(head_at));
    // (`BBC Radio Kestrel`, `CBC Radio One`: a station of the network.)
    let station = first < last && word(first + 1) == "Radio";
    if first < last
        && known_org(word(first))
        && !head_noun
        && !station
        && !is_given_name(word(first + 1))
        && !known(&piece_words(text, tokens, first, last))
    {
        found.push(span_of(first, first), Label::Org, Basis::Evidence);
        return;
    }
    let mut had_title = false;
    let mut kind_opened = false;
    // Drop sentence-initial function words, demonyms and titles (not from a
    // known name: `New Jersey`, `Mexico City`).
    let known_piece = |first: usize, last: usize| first < last && known(&piece_words(text, tokens, first, last));
    while first <= last {
        let w = word(first);
        let bare = w.trim_end_matches('.');
        let strippable = TITLES.contains(bare) || NOT_NAMES.contains(w) || is_demonym(w) || is_month_or_weekday(w);
        if strippable && known_piece(first, last) {
            break;
        }
        // `Prosecutor Lydia Strand said`: a role noun capitalised by the
        // sentence it opens, before a full name, is a title.
        let role_opening = tokens[first].sentence_start
            && first + 1 < last
            && ROLE_NOUNS.contains_lowercased(w)
            && is_capitalised(word(first + 1));
        // `Neighbouring Zimbabwe`, `Landlocked Malawi`: an unknown word opening
        // a sentence before a country is an adjective (inside a sentence,
        // `Tennis Australia` is a national body: see `classify`).
        let adjective_opening = tokens[first].sentence_start
            && first + 1 == last
            && COUNTRIES.contains(word(last))
            && !is_given_name(w)
            && !known_piece(first, last);
        if adjective_opening {
            first += 1;
            continue;
        }
        // `Retailer Hallbrook to close`: likewise a kind of organisation
        // (not one that opens names: `Network Rail`).
        let kind_opening = tokens[first].sentence_start
            && first < last
            && ORG_KIND_NOUNS.contains_lowercased(w)
            && !ORG_HEADS.contains(w)
            && !ORG_STARTS.contains(w)
            && is_capitalised(word(first + 1));
        if (TITLES.contains(bare) || role_opening) && first < last && !org_head {
            had_title = true;
            first += 1;
        } else if kind_opening {
            kind_opened = true;
            first += 1;
        } else if first < last && ORG_HEADS.contains(word(last)) && !is_function_word(w) {
            // `State Emergency Services`: a capitalised word before an
            // organisation head belongs to the name.
            break;
        } else if NOT_NAMES.contains(w) || is_demonym(w) || is_month_or_weekday(w) {
            // A given name that is also a demonym opens a name (`Christian Slater`).
            if first < last && GIVEN_NAMES.contains(w) && !NOT_NAMES.contains(w) {
                break;
            }
            // A demonym before an organisation word or a place's last word
            // stays (`Russian Ministry`, `English Channel`, `Indian Ocean`).
            if is_demonym(w)
                && first < last
                && (ORG_HEADS.contains(word(last))
                    || ORG_STARTS.contains(word(first + 1))
                    || first + 1 == last && PLACE_HEADS.contains(word(last)))
            {
                break;
            }
            first += 1;
        } else {
            break;
        }
    }
    if first > last {
        return;
    }
    // `Former Redfield striker Lee Grant`: before an organisation's role
    // noun and a name, the run is the organisation, and `Former` was no title.
    let role_follows = tokens.get(last + 1).is_some_and(|t| ORG_ROLE_NOUNS.contains(t.span.text(text)))
        && tokens.get(last + 2).is_some_and(|t| is_capitalised(t.span.text(text)));
    if role_follows {
        had_title = false;
    }
    // A trailing title, month, weekday or function word is not part of a
    // name (`US President`, `Moscow Monday`).
    // Titles alone name nobody (`Director General`).
    if had_title && first == last && TITLES.contains(word(first).trim_end_matches('.')) {
        return;
    }
    let mut last = last;
    // (`Kestrel City`, `Millbrook Town`: a town's word ending a name is
    // the team's or the city's, not a trailing common word.)
    while last > first
        && !ORG_HEADS.contains(word(last))
        && !matches!(word(last), "City" | "Town")
        && (TITLES.contains(word(last).trim_end_matches('.'))
            || is_month_or_weekday(word(last))
            || NOT_NAMES.contains(word(last))
            || is_demonym(word(last)))
        && !known(&piece_words(text, tokens, first, last))
    {
        last -= 1;
    }
    let words: Vec<&str> = (first..=last)
        .filter(|&i| tokens[i].kind != TokenKind::Punct)
        .map(word)
        .map(|w| strip_all(strip_all(w.trim_end_matches(['’', '\'']), "’s"), "'s"))
        .collect();
    if words.iter().any(|w| NOT_NAMES.contains(w) && words.len() == 1) {
        return;
    }
    let span = span_of(first, last);
    // A cue verb right after the run makes it a speaker (`Peskov said`),
    // not right after `in` (`police in Carrow said`: a place's people) or
    // `of` (`the government of Kaldoria said`: the run is not the subject).
    // Nor after a place it is coordinated with (`residents of Santa Lucia
    // and Borgo Alto said`).
    let not_the_subject = first > 0 && matches!(word(first - 1), "in" | "near" | "outside" | "of")
        || coordinated_with(text, tokens, first, found, Label::Loc, &["and", "or"]);
    let speech_after = !not_the_subject && tokens.get(last + 1).is_some_and(|t| speech_verb(t.span.text(text)));
    let at_start = tokens[first].sentence_start;
    let mut verdict = classify(&words, Around { had_title, role_before, speech_after });
    // `ARBOSA, Valdoria (Reuters) –`: a dateline names its place in
    // capitals at a line's start, then maybe its country, before the agency
    // in brackets or a dash.
    if in_dateline(text, tokens, first, last) {
        verdict = Verdict::Sure(Label::Loc);
    }
    // `WASHINGTON –`, `MEXICO CITY (Reuters)`: a dateline's place in capitals.
    if verdict == Verdict::Unsure && words.iter().all(|w| w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase())) {
        let title: Vec<String> = words.iter().map(|w| w[..1].to_string() + &w[1..].to_ascii_lowercase()).collect();
        let title: Vec<&str> = title.iter().map(String::as_str).collect();
        if title.len() == 1 && is_place(title[0]) || title.len() > 1 && known(&title) && is_place(&title.join(" ")) {
            verdict = Verdict::Sure(Label::Loc);
        }
    }
    // `in Southport`, `Wilmington, Delaware`, `the coast of Dover`: where
    // the run stands says place, when nothing in the run says person.
    let no_person_evidence = !had_title && !role_before && !speech_after && !GIVEN_NAMES.contains(words[0]);
    // `Komeito leader`, `Nissan shares`, `rock group Oasis`: the words
    // around a run say organisation.
    // A kind right before the run outweighs a speech verb after it
    // (`industry newspaper Screen Daily reported`).
    let kind_before = first > 0 && ORG_KIND_NOUNS.contains(word(first - 1)) || employer_before(text, tokens, first);
    // (`a band D property`, `Plan B`: one letter is no name.)
    let one_letter = words.len() == 1 && words[0].len() == 1;
    let by_context = !one_letter
        && matches!(verdict, Verdict::Unsure | Verdict::Sure(Label::Person))
        && (no_person_evidence || kind_before && !had_title && !role_before && !GIVEN_NAMES.contains(words[0]))
        && (kind_opened || org_context(text, tokens, first, last));
    if by_context {
        verdict = Verdict::Sure(Label::Org);
    }
    // `Arsenal were seven points ahead`, `Kestrel are unbeaten`: a name
    // with no person's evidence as the subject of a plural verb is a team
    // or a body (a person, or a place, takes the singular).
    if team_subject(text, tokens, first, last) && no_person_evidence && words.len() <= 3 {
        verdict = Verdict::Sure(Label::Org);
        found.teams.push(span);
    }
    // `Liberal Democrat councillors`, `Green Party senators`: a name no
    // evidence makes a person, before the plural of a role, is a party's
    // or a body's adjective (not annotated, like a nationality's).
    let group_after = tokens.get(last + 1).is_some_and(|t| {
        let w = t.span.text(text);
        w == "MPs"
            || w.bytes().all(|b| b.is_ascii_lowercase())
                && w.strip_suffix('s').is_some_and(|one| ROLE_NOUNS.contains(one))
    });
    if group_after && no_person_evidence && verdict == Verdict::Sure(Label::Person) {
        return;
    }
    // `in Vancouver and Halifax`: a run coordinated with the place before it.
    let after_a_place = coordinated_with(text, tokens, first, found, Label::Loc, &["and", "or"]);
    // `Unite and the GMB`: a run coordinated with the organisation before
    // it (not after a comma: `the UN, António Guterres` is an apposition).
    if matches!(verdict, Verdict::Unsure | Verdict::Sure(Label::Person))
        && no_person_evidence
        && coordinated_with(text, tokens, first, found, Label::Org, &["and", "or"])
    {
        verdict = Verdict::Sure(Label::Org);
    }
    // `at Fenwick Park`: a place's last word after `at`.
    let at_a_place =
        first > 0 && word(first - 1) == "at" && words.len() > 1 && PLACE_HEADS_WEAK.contains(words[words.len() - 1]);
    if matches!(verdict, Verdict::Unsure | Verdict::Sure(Label::Person))
        && no_person_evidence
        && !possessive_at(text, span)
        && (after_a_place || at_a_place || place_context(text, tokens, first, last))
    {
        verdict = Verdict::Sure(Label::Loc);
    }
    match verdict {
        // Headlines and sentence starts only keep what a list or a title proves.
        Verdict::Sure(label) if headline && !had_title && !known(&words) => found.lean(span, Some(label)),
        // One word opening a sentence is as likely a common noun as a name
        // (`Nobody`, or before a speech verb a plural: `Opponents said`);
        // another mention settles it. (`Fedorov said` is a person.)
        Verdict::Sure(Label::Person)
            if at_start
                && words.len() == 1
                && !had_title
                && !role_before
                && !GIVEN_NAMES.contains(words[0])
                && (!speech_after || words[0].ends_with('s')) =>
        {
            found.lean(span, Some(Label::Person))
        }
        // `Opposition leader …` opening a sentence: a common noun as likely
        // as a name; another mention settles it.
        // (An apposition that names its kind settles it: `Cosla, the body
        // that represents the councils,`.)
        Verdict::Sure(Label::Org)
            if by_context && at_start && words.len() == 1 && !kind_in_apposition(text, tokens, last) =>
        {
            found.lean(span, Some(Label::Org))
        }
        // `The Red Crescent said`, `told the Harrowgate Advertiser`: an
        // article before a name with no sign of a person says it is none;
        // one that speaks is a body.
        Verdict::Sure(Label::Person)
            if !had_title
                && !role_before
                && !GIVEN_NAMES.contains(words[0])
                && first > 0
                && word(first - 1).eq_ignore_ascii_case("the") =>
        {
            if speech_after {
                found.push(span, Label::Org, Basis::Context);
            } else {
                found.unsure.push(span);
            }
        }
        Verdict::Sure(label) => {
            let guess = label == Label::Person && !had_title && !role_before && !GIVEN_NAMES.contains(words[0]);
            let basis = match () {
                _ if guess => Basis::Guess,
                _ if by_context && label == Label::Org => Basis::Context,
                _ => Basis::Evidence,
            };
            found.push(span, label, basis)
        }
        Verdict::Unsure => found.unsure.push(span),
    }
}

/// True when the run at tokens `[first, last]` is the subject of a plural
/// verb (`were`, `are`, a verb before `their`): opening a sentence or a
/// clause, and coordinated with nothing (`Britain and France are` is two
/// places).
fn team_subject(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let word = |i: usize| tokens[i].span.text(text);
    let opens = tokens[first].sentence_start
        || first > 0
            && matches!(
                word(first - 1),
                "," | "that" | "but" | "because" | "while" | "when" | "as" | "after" | "since"
            );
    // (`Liverpool rediscovered their rhythm`: a verb, then the plural's
    // possessive.)
    let their = tokens.get(last + 1).is_some_and(|t| t.span.text(text).bytes().all(|b| b.is_ascii_lowercase()))
        && tokens.get(last + 2).is_some_and(|t| t.span.text(text) == "their");
    let plural = their || tokens.get(last + 1).is_some_and(|t| matches!(t.span.text(text), "were" | "are"));
    let coordinated = tokens[first..=last].iter().any(|t| t.span.text(text) == "and");
    // (`Children are dying`: a common plural is no team.)
    let common = first == last && is_common_word(word(first));
    opens && plural && !coordinated && !common && !tokens[last].span.text(text).ends_with('s')
}

/// True when the run at tokens `[first, last]` is a dateline's place: in
/// capitals at a line's start (four letters or more), or after the comma of
/// such a word, and before a bracket or a dash.
fn in_dateline(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.span.text(text));
    let capitals = |i: usize| word(i).len() > 1 && word(i).bytes().all(|b| b.is_ascii_uppercase());
    let agency_or_dash = |i: usize| matches!(word(i), "(" | "-" | "–" | "—");
    let in_capitals = (first..=last).all(capitals) && (first..=last).map(|k| word(k).len()).sum::<usize>() >= 4;
    if tokens[first].line_start && in_capitals {
        // `ARBOSA, Valdoria (`, `MOSCOW, March 4 (`: a country or a date
        // may stand between the place and the agency.
        let between = |k: usize| is_capitalised(word(k)) || word(k).bytes().all(|b| b.is_ascii_digit());
        return agency_or_dash(last + 1)
            || word(last + 1) == ","
                && (last + 2..last + 5).take_while(|&k| between(k)).count() > 0
                && (last + 3..last + 6).any(|k| agency_or_dash(k) && (last + 2..k).all(between));
    }
    // `ARBOSA, Valdoria (`: the country after the place in capitals.
    if first < 2 || word(first - 1) != "," || !agency_or_dash(last + 1) {
        return false;
    }
    let mut k = first - 2;
    while k > 0 && !tokens[k].line_start && capitals(k - 1) {
        k -= 1;
    }
    capitals(k) && tokens[k].line_start
}

/// True when the run opening at token `first` stands in apposition to a
/// role: after a comma that ends `the chairman of the Harbour Board,` or
/// `the company's chief executive,` (`…, Lena Vogt, said`).
fn role_in_apposition(text: &str, tokens: &[Token], first: usize) -> bool {
    let word = |i: usize| tokens[i].span.text(text);
    let is_role = |w: &str| ROLE_NOUNS.contains(&w.to_lowercase()) || TITLES.contains(w);
    if first < 2 || word(first - 1) != "," {
        return false;
    }
    if tokens[first - 2].kind == TokenKind::Word && !is_capitalised(word(first - 2)) && is_role(word(first - 2)) {
        return true;
    }
    // `A spokesman for the organisation, Omid Karimi,`: back over a
    // lower-case phrase to a role before its preposition.
    let lower_word = |i: usize| tokens[i].kind == TokenKind::Word && !is_capitalised(word(i));
    let mut i = first - 2;
    for _ in 0..5 {
        if i == 0 || !lower_word(i) {
            break;
        }
        if matches!(word(i), "for" | "of" | "at" | "with") {
            return lower_word(i - 1) && is_role(word(i - 1));
        }
        i -= 1;
    }
    // Back over the body's name (capitalised words, `the`, `and`) to `of`.
    let mut i = first - 2;
    for _ in 0..8 {
        let w = word(i);
        if w == "of" {
            return i > 0 && is_role(word(i - 1));
        }
        if i == 0 || !(is_capitalised(w) || matches!(w, "the" | "and" | "&")) {
            return false;
        }
        i -= 1;
    }
    false
}

/// True when the run ending at token `last` is followed by an age between
/// commas (`Sofia Brandt, 27, and …`, `Tom Keller, 58, a driver`): only a
/// person's name takes one.
fn age_in_apposition(text: &str, tokens: &[Token], last: usize) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.span.text(text));
    let age = word(last + 2);
    word(last + 1) == ","
        && (1..=3).contains(&age.len())
        && age.bytes().all(|b| b.is_ascii_digit())
        && age.parse::<u32>().is_ok_and(|n| (1..120).contains(&n))
        && matches!(word(last + 3), "," | ")" | "." | ";")
}

/// True when the run opening at token `first` follows one of `links` (and
/// `the`, if any) right after a sure entity of `label`: the run is coordinated
/// with it (`Vancouver and Halifax`, `Unite and the GMB`).
fn coordinated_with(text: &str, tokens: &[Token], first: usize, found: &Found, label: Label, links: &[&str]) -> bool {
    let word = |i: usize| tokens[i].span.text(text);
    let mut link = first;
    if link >= 1 && word(link - 1).eq_ignore_ascii_case("the") {
        link -= 1;
    }
    link >= 2
        && links.contains(&word(link - 1))
        && found.sure.last().is_some_and(|(e, _)| e.label == label && e.span.end == tokens[link - 2].span.end)
}

/// True when the run at tokens `[first, last]` stands where a place does:
/// after `in` / `near` / `outside` (not `shares in`), after `the coast of`
/// or `the capital,` (a place noun and `of` or a comma), after `the
/// government of`, or before a comma and a known place (`Wilmington,
/// Delaware`).
fn place_context(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    const PLACE_NOUNS: &[&str] = &[
        "coast",
        "city",
        "town",
        "village",
        "port",
        "region",
        "province",
        "state",
        "county",
        "suburb",
        "capital",
        "island",
        "district",
        "outskirts",
        "edge",
        "centre",
        "center",
        "streets",
    ];
    // `the government of Kaldoria`, `a former mayor of Castelmar`,
    // `residents of Santa Lucia`, `the north of Tresk`: nouns whose `of`
    // names a place (not after a comma: `the mayor, Hugo Bastide`).
    const PLACE_OF_NOUNS: &[&str] = &[
        "government",
        "people",
        "parliament",
        "mayor",
        "governor",
        "residents",
        "inhabitants",
        "citizens",
        "north",
        "south",
        "east",
        "west",
    ];
    let word = |i: usize| tokens[i].span.text(text);
    let before = first.checked_sub(1).map(word);
    let after_place = last + 2 < tokens.len()
        && word(last + 1) == ","
        && !tokens[last + 2].line_start
        && (is_place(word(last + 2))
            || last + 3 < tokens.len()
                && is_place(&format!("{} {}", word(last + 2), without_possessive(word(last + 3)))));
    // `the southern Veltra region`, `struck eastern Tarvistan`,
    // `north-eastern Siberia`.
    let compass = |w: &str| {
        matches!(w, "southern" | "northern" | "eastern" | "western" | "central" | "neighbouring" | "neighboring")
            || w.ends_with("-eastern")
            || w.ends_with("-western")
    };
    // `shares in Veltrona`, `a stake in Orvix`: a company, not a place.
    let held = first >= 2
        && ["shares", "stake", "stakes", "investment", "investments"]
            .iter()
            .any(|w| word(first - 2).eq_ignore_ascii_case(w));
    // `Sofala province`, `Sofala and Manica provinces`: a place noun after.
    let noun_after = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            let w = t.span.text(text);
            PLACE_NOUNS.contains(&w) || w.strip_suffix('s').is_some_and(|one| PLACE_NOUNS.contains(&one))
        })
    };
    let coordinated_after = tokens.get(last + 1).is_some_and(|t| t.span.text(text) == "and")
        && tokens.get(last + 2).is_some_and(|t| is_capitalised(t.span.text(text)))
        && noun_after(last + 3);
    let known_place_at = |k: usize| tokens.get(k).is_some_and(|t| !t.line_start && is_place(t.span.text(text)));
    // `recorded at Capel Tor in Snowdonia`: a spot inside a known place.
    let word_at = |k: usize, w: &str| tokens.get(k).is_some_and(|t| t.span.text(text) == w);
    let spot_in_place = before == Some("at")
        && word_at(last + 1, "in")
        && tokens.get(last + 2).is_some_and(|t| !t.line_start && is_capitalised(t.span.text(text)));
    // `between Holbeck and Dublin`, `between Dublin and Holbeck`.
    let between_places = before == Some("between") && word_at(last + 1, "and") && known_place_at(last + 2)
        || before == Some("and") && first >= 3 && word(first - 3) == "between" && known_place_at(first - 2);
    matches!(before, Some("in" | "near" | "outside" | "across" | "throughout")) && !held
        || spot_in_place
        || between_places
        || noun_after(last + 1)
        || coordinated_after
        || before.is_some_and(compass)
        // (`the villages of Kfar Tal and Khiam`: the plural too.)
        || matches!(before, Some("of" | ",")) && first >= 2 && noun_after(first - 2)
        || before == Some("of") && first >= 2 && PLACE_OF_NOUNS.iter().any(|n| word(first - 2).eq_ignore_ascii_case(n))
        || after_place
}

/// True when the run at tokens `[first, last]` stands where an
/// organisation does: before one of its people or parts (`Komeito leader`,
/// `Nissan shares`) or its kind (`the Renewal party`), or right after a kind
/// of organisation (`rock group Oasis`, `the platform Truth Social`, `the
/// ruling party, Morena`).
fn org_context(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let word = |i: usize| tokens[i].span.text(text);
    let after = tokens.get(last + 1).filter(|t| !t.line_start).map(|t| t.span.text(text));
    let kind_before = |k: usize| ORG_KIND_NOUNS.contains(word(k));
    // `the ruling party, Morena,`: the kind, a comma, the name.
    let kind_then_comma = first >= 2 && word(first - 1) == "," && kind_before(first - 2);
    // Not after a possessive: `Arne Slot’s team` is a person's.
    let possessive = word(last).ends_with("’s") || word(last).ends_with("'s");
    // Not one common word: `Health officials`, `Health Secretary` name a
    // portfolio.
    let common = first == last && is_common_word(word(first));
    after.is_some_and(|w| ORG_ROLE_NOUNS.contains(w) || ORG_KIND_NOUNS.contains(w) && !possessive) && !common
        || first >= 1 && kind_before(first - 1)
        || kind_then_comma
        || kind_in_apposition(text, tokens, last)
        // `an analyst at Peel Hunt`: someone's employer.
        || employer_before(text, tokens, first)
        // `wrote in Le Monde`, `told Der Spiegel`: a paper by its article
        // (a place of that form is in the gazetteer, looked up first).
        || first >= 1
            && first < last
            && matches!(word(first), "Le" | "La" | "Les" | "El" | "Il" | "Der" | "Die")
            && matches!(word(first - 1), "in" | "told" | "with" | "to")
        // `published in The Lancet`: a journal.
        || {
            let f = if first >= 1 && word(first - 1) == "The" { first - 1 } else { first };
            f >= 2 && word(f - 1) == "in" && word(f - 2) == "published"
        }
}

/// True when the run at token `first` follows a role and `at`: someone's
/// employer (`an analyst at Peel Hunt`, `Economists at Westpac said`).
fn employer_before(text: &str, tokens: &[Token], first: usize) -> bool {
    first >= 2 && tokens[first - 1].span.text(text) == "at" && {
        let role = tokens[first - 2].span.text(text);
        ROLE_NOUNS.contains_lowercased(role)
            || role.strip_suffix('s').is_some_and(|one| ROLE_NOUNS.contains_lowercased(one))
    }
}

/// True when the run ending at token `last` is followed by an apposition
/// that names a kind of organisation: `Meridian Health, a hospital chain,`,
/// `Tallow, an Oslo-based startup that`, `Hallbrook, the department store
/// chain,`; not `Ada Moor, a party official`.
fn kind_in_apposition(text: &str, tokens: &[Token], last: usize) -> bool {
    let word = |i: usize| tokens.get(i).map_or("", |t| t.span.text(text));
    if word(last + 1) != "," || !matches!(word(last + 2), "a" | "an" | "the") {
        return false;
    }
    // The apposition's own noun, before any phrase hung on it (`Lena Ruiz,
    // an analyst at the firm,` is a person).
    let preposition = |w: &str| matches!(w, "at" | "of" | "for" | "with" | "in" | "from" | "on" | "by");
    (last + 3..last + 7)
        .take_while(|&k| word(k).chars().next().is_some_and(|c| !c.is_uppercase() || word(k).contains('-')))
        .take_while(|&k| !preposition(word(k)))
        .find(|&k| ORG_KIND_NOUNS.contains(word(k)))
        .is_some_and(|k| {
            let next = word(k + 1);
            tokens.get(k + 1).is_none_or(|t| t.kind == TokenKind::Punct)
                || matches!(next, "that" | "which" | "based" | "founded" | "in" | "with" | "from" | "of" | "owned")
        })
}

/// True when the run at tokens `[first, last]` is all a quotation holds:
/// an opening mark right before it, a closing one right after (past a
/// comma, full stop or `!`).
/// True when the run opening at token `first` follows a noun for a work,
/// itself or in apposition (`the album Glass Houses`, `her third album,
/// Glass Houses,`): a title, not an entity.
fn names_a_work(text: &str, tokens: &[Token], first: usize) -> bool {
    const WORKS: &[&str] = &[
        "album",
        "film",
        "movie",
        "book",
        "novel",
        "song",
        "series",
        "show",
        "documentary",
        "opera",
        "memoir",
        "musical",
        "podcast",
        "painting",
    ];
    let word = |i: usize| tokens[i].span.text(text);
    let noun_at = if first > 0 && word(first - 1) == "," { first.checked_sub(2) } else { first.checked_sub(1) };
    noun_at.is_some_and(|k| WORKS.contains(&word(k)))
}

fn fills_quotation(text: &str, tokens: &[Token], first: usize, last: usize) -> bool {
    let word = |i: usize| tokens[i].span.text(text);
    let opens = first > 0 && matches!(word(first - 1), "“" | "\"" | "‘");
    let mut k = last + 1;
    while k < tokens.len() && k <= last + 2 && matches!(word(k), "," | "." | "!" | "?") {
        k += 1;
    }
    opens && k < tokens.len() && matches!(word(k), "”" | "\"" | "’")
}

/// True when the text right after `span` is a possessive `’s` / `'s`.
fn possessive_at(text: &str, span: Span) -> bool {
    let rest = &text[span.end..];
    rest.starts_with("’s") || rest.starts_with("'s")
}

/// The words of tokens `[a, b]`, punctuation left out.
fn piece_words<'t>(text: &'t str, tokens: &[Token], a: usize, b: usize) -> Vec<&'t str> {
    (a..=b)
        .filter(|&i| tokens[i].kind != TokenKind::Punct)
        .map(|i| without_possessive(tokens[i].span.text(text)))
        .collect()
}

/// `word` without a possessive `’s` / `'s`.
fn without_possessive(word: &str) -> &str {
    word.strip_suffix("’s").or_else(|| word.strip_suffix("'s")).unwrap_or(word)
}

/// True for a one-word organisation of the lists (`Boeing`, `NATO`).
fn known_org(word: &str) -> bool {
    ORGANISATIONS.contains(word) || COMPANIES.contains(word) || SPORTS_TEAMS.contains(word)
}

/// `word` without every trailing copy of `suffix` (`trim_end_matches` with a
/// string pattern, without building a substring searcher).
fn strip_all<'w>(mut word: &'w str, suffix: &str) -> &'w str {
    while let Some(rest) = word.strip_suffix(suffix) {
        word = rest;
    }
    word
}

fn is_place(word: &str) -> bool {
    COUNTRIES.contains(word) || PLACES.contains(word) || GEONAMES_PLACES.contains(word) || LEXICON_PLACES.contains(word)
}

/// True when `word` is a nationality or place adjective: one of the list
/// (`Russian`, `Ukrainian`), or a known place's name with an adjective's
/// ending (`Siberian`, `Venezuelan`, `Brazilian`, `Taiwanese`), which the
/// guideline does not annotate.
fn is_demonym(word: &str) -> bool {
    // (`Lebanese`, `Israeli`, `Somali`.)
    const ENDINGS: &[(&str, &str)] = &[
        ("n", ""),
        ("ian", ""),
        ("ian", "a"),
        ("ian", "y"),
        ("an", ""),
        ("an", "a"),
        ("ese", ""),
        ("ese", "a"),
        ("ese", "on"),
        ("i", ""),
        ("i", "a"),
    ];
    DEMONYMS.contains(word)
        || is_capitalised(word)
            && !is_place(word)
            && ENDINGS.iter().any(|(ending, restored)| {
                word.strip_suffix(ending).is_some_and(|stem| stem.len() >= 3 && is_place(&format!("{stem}{restored}")))
            })
}

/// A lower-case particle inside a person's name (`Lula da Silva`, `Virgil
/// van Dijk`, `Ursula von der Leyen`).
fn is_particle(word: &str) -> bool {
    matches!(
        word,
        "da" | "das"
            | "de"
            | "del"
            | "della"
            | "der"
            | "di"
            | "do"
            | "dos"
            | "du"
            | "la"
            | "le"
            | "van"
            | "von"
            | "bin"
            | "ibn"
            | "al"
            | "el"
            | "ter"
            | "den"
            | "zu"
    )
}

/// `North`, `South`, … `Central`: the compass words of place names.
fn is_compass(word: &str) -> bool {
    matches!(word, "North" | "South" | "East" | "West" | "Central" | "Upper" | "Lower" | "Greater")
}

fn is_roman_numeral(word: &str) -> bool {
    word.len() <= 5 && word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

fn is_function_word(word: &str) -> bool {
    const FUNCTION_WORDS: &[&str] = &[
        "a", "an", "the", "this", "that", "these", "those", "in", "on", "at", "by", "for", "from", "to", "of", "with",
        "as", "and", "but", "or", "if", "when", "while", "after", "before", "since", "it", "he", "she", "they", "we",
        "i", "his", "her", "their", "our", "its", "some", "several", "many", "most", "both",
    ];
    FUNCTION_WORDS.contains(&word.to_lowercase().as_str())
}

/// The words with a space between them (borrowed when there is one word).
fn joined<'w>(words: &[&'w str]) -> Cow<'w, str> {
    match words {
        [one] => Cow::Borrowed(one),
        _ => Cow::Owned(words.join(" ")),
    }
}

fn known(words: &[&str]) -> bool {
    let joined = joined(words);
    known_org(&joined) || is_place(&joined) || (words.len() == 1 && is_acronym(words[0]))
}

fn is_month_or_weekday(word: &str) -> bool {
    // A `match` on the word, which compiles to a test of its length first:
    // it runs for most capitalised words of a text.
    matches!(
        word,
        "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "Thanksgiving"
            | "Christmas"
            | "Easter"
            | "Today"
            | "Yesterday"
            | "Tomorrow"
    )
}

/// Settles the unsure runs from what the document proved elsewhere, and
/// makes a guessed person the organisation another mention of the same
/// name proves (`Sinn Fein said` after `Sinn Fein leader`, `Oasis
/// announced` after `rock group Oasis`): in one article, one name has one
/// label.
fn propagate(text: &str, found: Found) -> Vec<Entity> {
    let Found { mut sure, unsure, leaning, teams } = found;
    // `Liverpool were …`, then `a goal for Liverpool`: the team (not `in
    // Liverpool`).
    let team_names: Vec<&str> = teams.iter().map(|t| t.text(text)).collect();
    for (e, _) in sure.iter_mut().filter(|(e, _)| e.label == Label::Loc) {
        let located = text[..e.span.start].trim_end_matches(' ').ends_with(" in");
        if team_names.contains(&e.span.text(text)) && !located {
            e.label = Label::Org;
        }
    }
    let mut by_text: FastMap<&str, Label> = FastMap::with_capacity_and_hasher(sure.len() * 2, Default::default());
    // What evidence proves first, then the guesses, each taking the
    // organisation a proven mention of its name is.
    for pass in [Basis::Evidence, Basis::Context, Basis::Guess] {
        for (e, _) in sure.iter_mut().filter(|(_, basis)| *basis == pass) {
            let s = e.span.text(text);
            // A place proven elsewhere does not take over (`in Hamilton`,
            // then `Hamilton said`: the speech verb says person).
            if pass == Basis::Guess && by_text.get(s) == Some(&Label::Org) {
                e.label = Label::Org;
            }

            if pass == Basis::Context && by_text.get(s) == Some(&Label::Person) {
                e.label = Label::Person;
            }
            learn_name(&mut by_text, s, e.label);
        }
    }
    let mut sure: Vec<Entity> = sure.into_iter().map(|(e, _)| e).collect();
    let (leans, written) = leanings(text, &unsure, &leaning);
    let leaning_spans = leaning.iter().map(|&(span, _)| span);
    for span in unsure.iter().copied().chain(leaning_spans) {
        let s = span.text(text);
        // `Museum returns bronzes`: a head word opening a headline or a
        // sentence is the common noun, whatever body's head it was.
        let opening = text[..span.start].trim_end_matches(' ').ends_with(['\n', '.', '!', '?']) || span.start == 0;
        if opening && ORG_HEADS.contains(s) {
            continue;
        }
        let label = by_text.get(s).copied().or_else(|| {
            // A multi-word run whose words are all known persons' parts.
            let parts: Vec<&str> = s.split(' ').collect();
            (parts.len() > 1 && parts.iter().all(|p| by_text.get(p) == Some(&Label::Person))).then_some(Label::Person)
        });
        if let Some(label) = label {
            sure.push(Entity::new(span, label));
        } else if let Some(&label) = leans.get(s).filter(|_| written.contains(s)) {
            sure.push(Entity::new(span, label));
        } else if let Verdict::Sure(label) = classify(&[s], Around::default()) {
            if label != Label::Person {
                sure.push(Entity::new(span, label));
            }
        }
    }
    sure.sort_by_key(|e| e.span);
    sure
}

/// The label each name capitalised by its place leans to (an
/// organisation if any mention leans so: the words around it said so; else
/// the first lean), and the unsure names also written inside a sentence (so
/// names, not words capitalised by their place). A name written so takes its
/// lean (`Oasis announced …`, later `tickets to Oasis concerts`); a lone
/// `Opponents said`, or `Opposition senators` that only ever opens
/// sentences and headlines, does not.
fn leanings<'t>(
    text: &'t str,
    unsure: &[Span],
    leaning: &[(Span, Option<Label>)],
) -> (FastMap<&'t str, Label>, FastSet<&'t str>) {
    let inside_a_sentence = |span: &&Span| {
        text[..span.start].trim_end().chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == ',')
    };
    let written: FastSet<&str> = unsure.iter().filter(inside_a_sentence).map(|s| s.text(text)).collect();
    let mut leans: FastMap<&str, Label> = FastMap::default();
    for (span, label) in leaning.iter().filter_map(|&(s, l)| l.map(|l| (s, l))) {
        let name = span.text(text);
        if label == Label::Org || !leans.contains_key(name) {
            leans.insert(name, label);
        }
    }
    (leans, written)
}

/// Records what a labelled mention teaches of its name: the name itself,
/// a person's parts (`Witkoff` after `Steve Witkoff`), an organisation's
/// head (`the Commission` after `the European Commission`). The first
/// mention to teach a name keeps it.
/// True when `word` is an organisation's head, or its plural (`Centers`,
/// `Centres` before `for …`).
fn is_head_or_plural(word: &str) -> bool {
    ORG_HEADS.contains(word) || word.strip_suffix('s').is_some_and(|one| ORG_HEADS.contains(one))
}

/// True when `last`, the last word of a place's name, names the place
/// alone (`the Channel` for `the English Channel`): a common noun
/// capitalised, and no body's head (`the Bank` after `the West Bank` is a
/// bank).
pub(crate) fn place_short_form(last: &str) -> bool {
    is_common_word(last) && !ORG_HEADS.contains(last) && is_capitalised(last)
}

fn learn_name<'t>(by_text: &mut FastMap<&'t str, Label>, name: &'t str, label: Label) {
    by_text.entry(name).or_insert(label);
    if label == Label::Person {
        for part in name.split(' ').filter(|p| p.chars().count() > 2) {
            by_text.entry(part).or_insert(Label::Person);
        }
    }
    // `the English Channel`, then `the Channel`: a place's last word, a common noun, names it alone (not a
    // body's head: `the West Bank`, then `the Bank` of a finance story).
    if label == Label::Loc {
        if let Some((_, last)) = name.rsplit_once(' ').filter(|(_, last)| place_short_form(last)) {
            by_text.entry(last).or_insert(Label::Loc);
        }
    }
    if label == Label::Org {
        // Not the last word after a connector: `the Ministry of Health` teaches
        // nothing of `Health`.
        let head = name.rsplit_once(' ').filter(|(rest, h)| {
            ORG_HEADS.contains(h) && !matches!(rest.rsplit(' ').next(), Some("of" | "for" | "and" | "the"))
        });
        if let Some((rest, head)) = head {
            by_text.entry(head).or_insert(Label::Org);
            // `Harlan Capital`, then `Harlan will pay`: a two-word body's own
            // name alone (not a place's, nor a common word: `Castelmar
            // Council`, `National Agency`).
            let own = !rest.contains(' ')
                && !is_common_word(rest)
                && !is_place(rest)
                && !is_demonym(rest)
                && !is_given_name(rest)
                && !is_acronym(rest);
            if own {
                by_text.entry(rest).or_insert(Label::Org);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn names(text: &str) -> Vec<(String, Label)> {
        let tokens = tokenize(text);
        find_names(text, &tokens, &[]).into_iter().map(|e| (e.span.text(text).to_string(), e.label)).collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, [$(($want:expr, $label:ident)),*]) => {
            #[test]
            fn $name() {
                let want: Vec<(String, Label)> = vec![$(($want.to_string(), Label::$label)),*];
                assert_eq!(names($text), want);
            }
        };
    }

    t!(title_person, "Talks began when President Trump arrived.", [("Trump", Person)]);
    t!(
        coordinated_with_an_organisation,
        "The deal between UNESCO and Tarvaso Holm was signed in Oslo and Tarvik.",
        [("UNESCO", Org), ("Tarvaso Holm", Org), ("Oslo", Loc), ("Tarvik", Loc)]
    );
    t!(
        person_in_apposition_to_a_role,
        "The chairman of the Harbour Board, Tarvo Street, spoke. The firm's chief executive, Maren Hope, left.",
        [("Harbour Board", Org), ("Tarvo Street", Person), ("Maren Hope", Person)]
    );
    t!(
        apposition_is_no_coordination,
        "The head of UNESCO, Tarvaso Holm, said it.",
        [("UNESCO", Org), ("Tarvaso Holm", Person)]
    );
    t!(
        a_court_level_belongs_to_the_title,
        "U.S. District Judge Helen Marsh ruled, and the U.S. District Court in Tresk agreed.",
        [("U.S.", Loc), ("Helen Marsh", Person), ("U.S. District Court", Org), ("Tresk", Loc)]
    );
    t!(
        a_head_before_its_city,
        "She taught at Northvale College Leeds and at King's College London.",
        [("Northvale College Leeds", Org), ("King's College London", Org)]
    );
    t!(co_ends_a_company, "Veltra Motor Co said so.", [("Veltra Motor Co", Org)]);
    t!(
        a_party_by_its_members_plural,
        "Jonas Brenner would seek talks with the Social Democrats and the Tresk Republicans.",
        [("Jonas Brenner", Person), ("Social Democrats", Org), ("Tresk Republicans", Org)]
    );
    t!(
        full_name,
        "The envoy Steve Witkoff met Kirill Dmitriev in Moscow.",
        [("Steve Witkoff", Person), ("Kirill Dmitriev", Person), ("Moscow", Loc)]
    );
    t!(
        numbered_names,
        "Channel 9 said so, and Channel B agreed; Riverside Workers District 12 President Ada Moor spoke.",
        [("Channel 9", Org), ("Channel B", Org), ("Riverside Workers District 12", Org), ("Ada Moor", Person)]
    );
    t!(
        kind_comma_name,
        "The ruling party, Verdania, has 85 seats. It is said that Verdania has refused.",
        [("Verdania", Org), ("Verdania", Org)]
    );
    t!(
        club_and_company_heads,
        "Harwick Rovers beat Brightwater United; Livewire Events said so.",
        [("Harwick Rovers", Org), ("Brightwater United", Org), ("Livewire Events", Org)]
    );
    t!(
        places_by_where_they_stand,
        "Police in Carrow said a man was held at Fenwick Park near Kirrin House.",
        [("Carrow", Loc), ("Fenwick Park", Loc), ("Kirrin House", Loc)]
    );
    t!(
        kind_in_apposition,
        "Meridian Health, a hospital chain, cut jobs. Ada Moor, a party official, said no.",
        [("Meridian Health", Org), ("Ada Moor", Person)]
    );
    t!(
        role_noun_opening_a_sentence,
        "Prosecutor Lydia Strand spoke. Actor Tom Vale Jr left.",
        [("Lydia Strand", Person), ("Tom Vale Jr", Person)]
    );
    t!(
        proven_person_before_a_role,
        "Mayor Ada Moor spoke. Moor’s spokesman said no. Opposition leader Ben Ruel agreed.",
        [("Ada Moor", Person), ("Moor", Person), ("Ben Ruel", Person)]
    );
    t!(
        demonym_before_a_place_head,
        "Boats crossed the English Channel and the Indian Ocean.",
        [("English Channel", Loc), ("Indian Ocean", Loc)]
    );
    t!(
        an_article_opening_a_sentence,
        "A Ministry of Health spokeswoman spoke. An Orvik Capital analyst agreed.",
        [("Ministry of Health", Org), ("Orvik Capital", Org)]
    );
    t!(role_plural_is_no_person, "Lawmakers said the bill would pass. Investors said nothing.", []);
    t!(sentence_start_function_word, "The Kremlin said no.", [("Kremlin", Org)]);
    t!(possessive, "It was Russia’s idea.", [("Russia", Loc)]);
    t!(hyphenated, "a US-backed and Kremlin-backed plan", [("US", Loc), ("Kremlin", Org)]);
    t!(org_with_of, "said the Ministry of Defence in London.", [("Ministry of Defence", Org), ("London", Loc)]);
    t!(org_head, "the State Emergency Services said", [("State Emergency Services", Org)]);
    t!(demonym_not_entity, "Russian forces and Ukrainian drones", []);
    t!(demonym_org, "the Russian Ministry of Defense said", [("Russian Ministry of Defense", Org)]);
    t!(acronym, "a NATO summit and the BBC", [("NATO", Org), ("BBC", Org)]);
    t!(
        propagation,
        "Steve Witkoff flew in. Later, Witkoff said little.",
        [("Steve Witkoff", Person), ("Witkoff", Person)]
    );
    t!(speaker_cue, "The plan, Peskov said, is good.", [("Peskov", Person)]);
    t!(emoji_before_name, "🇺🇦 Volodymyr Zelensky spoke.", [("Volodymyr Zelensky", Person)]);
    t!(accented_place, "She flew from Kraków to Kyiv.", [("Kraków", Loc), ("Kyiv", Loc)]);
    t!(headline_unknown_dropped, "Big Storm Hits Coastal Towns Hard\nBody text.", []);
    t!(headline_known_kept, "Putin Orders Troops Into Ukraine Again\nBody.", [("Ukraine", Loc)]);
    t!(org_for, "economists at the Center for a Fair Economy warned", [("Center for a Fair Economy", Org)]);
    t!(acronym_that_is_no_org, "The GDP grew while the CEO left.", []);
    t!(org_head_not_stripped, "20 people died, the Interior Ministry said.", [("Interior Ministry", Org)]);
    t!(place_led_team, "Manchester United beat a rival.", [("Manchester United", Org)]);
    t!(roman_numeral_mission, "The Artemis II crew trained.", []);
    t!(roman_numeral_king, "King Charles III spoke.", [("Charles III", Person)]);
    t!(org_for_plain, "said the Institute for Fiscal Studies on Monday.", [("Institute for Fiscal Studies", Org)]);
    t!(
        person_of_org_is_split,
        "said Professor Maria Chen of Georgetown University.",
        [("Maria Chen", Person), ("Georgetown University", Org)]
    );
    t!(title_inside_run, "Finance Minister Lena Vogt spoke.", [("Lena Vogt", Person)]);
    t!(place_and_title_before_name, "US President Donald Trump left.", [("US", Loc), ("Donald Trump", Person)]);
    t!(org_head_beats_title, "the US Supreme Court ruled", [("US Supreme Court", Org)]);
    t!(possessive_ends_a_name, "France’s Élysée Palace said", [("France", Loc), ("Élysée Palace", Org)]);
    t!(geonames_place, "Floods hit Curitiba and Guadalajara.", [("Curitiba", Loc), ("Guadalajara", Loc)]);
    t!(geonames_yields_to_speech, "Later, Hamilton said no.", [("Hamilton", Person)]);
    t!(
        place_words_open_places,
        "Crews came from Lake Orin and Estadio Norte to the West Vale hills.",
        [("Lake Orin", Loc), ("Estadio Norte", Loc), ("West Vale", Loc)]
    );
    t!(acronym_opens_a_body, "Crews from QLD Ambulance said one man was hurt.", [("QLD Ambulance", Org)]);
    t!(
        kind_of_organisation_as_last_word,
        "The film came from Vantor Studios and the Kell Memorial Hospital.",
        [("Vantor Studios", Org), ("Kell Memorial Hospital", Org)]
    );
    t!(initials_open_a_person, "Later, JT Marlow said one man was hurt.", [("JT Marlow", Person)]);
    // One name, one label: a guess from a speech verb yields to what another
    // mention proves (an organisation), not to a place.
    t!(
        guessed_speaker_is_the_organisation_proven_elsewhere,
        "Fans of the rock group Velmora cheered. On Monday Velmora said the tour would go on.",
        [("Velmora", Org), ("Velmora", Org)]
    );
    t!(
        guessed_speaker_keeps_person_against_a_place,
        "Crews worked in Tarrowby overnight. On Monday Tarrowby said the road was open.",
        [("Tarrowby", Loc), ("Tarrowby", Person)]
    );
    t!(sentence_initial_speaker, "Dmitriev said the call was fake.", [("Dmitriev", Person)]);
    t!(sentence_initial_common_word, "Nobody said a word.", []);
    t!(bracketed_name, "Secretary [Marco] Rubio arrived.", [("[Marco] Rubio", Person)]);
    t!(listed_company, "Shares of AstraZeneca rose.", [("AstraZeneca", Org)]);
    t!(company_before_plural, "the Boeing Machinists voted", [("Boeing", Org)]);
    t!(
        place_head,
        "a concert at Brindle Stadium and on Marrow Sound.",
        [("Brindle Stadium", Loc), ("Marrow Sound", Loc)]
    );
    t!(common_words_name_nobody, "the Climate Change talks and the Top Secret files", []);
    t!(initial_in_name, "Minister R. Talvendra spoke.", [("R. Talvendra", Person)]);
    t!(
        hyphenated_given_name,
        "the candidate Park Ji-hwan and Jean-Marc Dorlet left.",
        [("Park Ji-hwan", Person), ("Jean-Marc Dorlet", Person)]
    );
    t!(
        hyphen_between_places,
        "the India-Pakistan border and US-backed plans",
        [("India", Loc), ("Pakistan", Loc), ("US", Loc)]
    );
    t!(
        particle_in_name,
        "said Marta da Cunha and Pieter van Roon.",
        [("Marta da Cunha", Person), ("Pieter van Roon", Person)]
    );
    t!(
        known_place_keeps_its_first_word,
        "They flew to New Jersey and Mexico City.",
        [("New Jersey", Loc), ("Mexico City", Loc)]
    );
    t!(title_after_company, "said Orlex CEO Dana Whitcombe.", [("Dana Whitcombe", Person)]);
    t!(place_after_in, "The trial was held in Wexcombe on Monday.", [("Wexcombe", Loc)]);
    t!(
        place_before_known_place,
        "a rally in East Barrowby, Texas, drew crowds.",
        [("East Barrowby", Loc), ("Texas", Loc)]
    );
    t!(place_after_place_noun, "off the coast of Harnwick the ship sank.", [("Harnwick", Loc)]);
    t!(
        strong_place_head_beats_given_name,
        "They played at the Rose Bowl with David Field.",
        [("Rose Bowl", Loc), ("David Field", Person)]
    );
    t!(
        org_before_its_people,
        "Talks stalled, and Verdana leader Ola Brenn left.",
        [("Verdana", Org), ("Ola Brenn", Person)]
    );
    t!(org_after_its_kind, "a show by the rock group Quillfeather in May.", [("Quillfeather", Org)]);
    t!(ampersand_company, "Shares in Dorn & Pike and M&S fell.", [("Dorn & Pike", Org), ("M&S", Org)]);
    t!(no_entity_inside_an_award, "She won the Kessler Peace Prize and the Paris Agreement held.", []);
    t!(
        org_head_alone,
        "The Ostland Trade Commission met. Later the Commission ruled.",
        [("Ostland Trade Commission", Org), ("Commission", Org)]
    );
    t!(
        place_after_place_and,
        "Prices rose in Vancouver and Ellerby last year.",
        [("Vancouver", Loc), ("Ellerby", Loc)]
    );
    t!(
        dateline_in_capitals,
        "WASHINGTON – Talks resumed.\nMEXICO CITY (Reuters) – Votes.",
        [("WASHINGTON", Loc), ("MEXICO CITY", Loc), ("Reuters", Org)]
    );
    t!(given_name_that_is_a_demonym, "It was played by Christian Aldo in 1999.", [("Christian Aldo", Person)]);
    t!(
        possessive_known_place,
        "Crowds at Nutley, New Jersey's stadium cheered.",
        [("Nutley", Loc), ("New Jersey", Loc)]
    );
    t!(
        quoted_title_is_no_entity,
        "He starred in “Harbour Nights” and met Ana Ruiz in Paris.",
        [("Ana Ruiz", Person), ("Paris", Loc)]
    );
    t!(quoted_known_name_stays, "The band played “London” at the show.", [("London", Loc)]);
    t!(titles_alone, "the Director General of Kenya said", [("Kenya", Loc)]);
    t!(
        age_in_apposition_is_a_person,
        "The victims, Sofia Brandt, 27, and Kwame Asante, 45, died.",
        [("Sofia Brandt", Person), ("Kwame Asante", Person)]
    );
    t!(
        role_before_a_phrase_in_apposition,
        "Lena Hoffmann, an analyst at the firm, said so.",
        [("Lena Hoffmann", Person)]
    );
    t!(
        kind_before_outweighs_speech,
        "industry newspaper Screen Daily reported it, and the journal Zoological Letters said so.",
        [("Screen Daily", Org), ("Zoological Letters", Org)]
    );
    t!(kind_after_the_name, "The opposition Renewal Forward party won.", [("Renewal Forward", Org)]);
    t!(no_place_after_shares_in, "He bought a stake in Orvane last year.", []);
    t!(
        place_after_its_noun_and_comma,
        "Speaking in the capital, Tresk, she said the government of Kaldoria would act.",
        [("Tresk", Loc), ("Kaldoria", Loc)]
    );
    t!(double_barrelled_surname, "Mirela Vasquez-Ortan spoke.", [("Mirela Vasquez-Ortan", Person)]);
    t!(plural_noun_opening_a_sentence, "Opponents said it was wrong.", []);
    t!(
        plural_possessive_before_a_head,
        "Members of the National Teachers' Union met the Parents' Forum.",
        [("National Teachers' Union", Org), ("Parents' Forum", Org)]
    );
    t!(
        and_inside_a_body_name,
        "The Food and Drink Federation met the Ministry of Trade and Ministry of Defence and heads of State and Government.",
        [("Food and Drink Federation", Org), ("Ministry of Trade", Org), ("Ministry of Defence", Org)]
    );
    t!(two_particles, "a retired teacher, Hendrik van der Berg, 72, said so.", [("Hendrik van der Berg", Person)]);
    t!(
        an_article_before_a_name_says_no_person,
        "The Red Crescent said so, and he told the Harrowgate Wanderer so.",
        [("Red Crescent", Org)]
    );
    t!(
        a_sentence_the_before_a_body_with_a_connector,
        "The Royal College of Nursing met. The Times of India wrote.",
        [("Royal College of Nursing", Org), ("The Times of India", Org)]
    );
    t!(
        role_before_a_phrase_then_a_name,
        "A spokesman for the organisation, Omid Karimi, said so.",
        [("Omid Karimi", Person)]
    );
    t!(
        named_for_someone,
        "She joined St Mary's Hospital, and the King's Fund said so in Britain's Parliament.",
        [("St Mary's Hospital", Org), ("King's Fund", Org), ("Britain", Loc), ("Parliament", Org)]
    );
    t!(
        kind_opening_a_sentence_and_in_definite_apposition,
        "Retailer Hallbrook cut jobs.\nHallbrook, the department store chain, said so. Shares in Hallbrook fell.",
        [("Hallbrook", Org), ("Hallbrook", Org), ("Hallbrook", Org)]
    );
    t!(
        a_role_outweighs_a_place_head,
        "Kestrel Homes' former director, Lionel Ward, was jailed. Ridgeway Developments closed.",
        [("Kestrel Homes", Org), ("Lionel Ward", Person), ("Ridgeway Developments", Org)]
    );
    t!(
        a_national_body,
        "Fans thanked Tennis Australia, in South Australia and New Mexico.",
        [("Tennis Australia", Org), ("South Australia", Loc), ("New Mexico", Loc)]
    );
    t!(
        a_portfolio_is_no_body,
        "Health officials met. Health Secretary Paulo Andrade spoke.",
        [("Paulo Andrade", Person)]
    );
    t!(
        nouns_whose_of_names_a_place,
        "A former mayor of Castelmar met residents of Santa Lucia and Borgo Alto, who said so.",
        [("Castelmar", Loc), ("Santa Lucia", Loc), ("Borgo Alto", Loc)]
    );
    t!(place_adjectives_are_no_entities, "Siberian permafrost and Venezuelan oil, in Siberia.", [("Siberia", Loc)]);
    t!(
        compass_compound,
        "She works at the North-Eastern Federal University.",
        [("North-Eastern Federal University", Org)]
    );
    t!(
        dateline_with_its_country,
        "ARBOSA, Valdoria (Reuters) - Floods came.\nTRESK, March 4 (Reuters) - Rain.",
        [("ARBOSA", Loc), ("Valdoria", Loc), ("Reuters", Org), ("TRESK", Loc), ("Reuters", Org)]
    );
    t!(
        a_body_named_by_its_own_name_alone,
        "Harlan Capital bought it. Harlan will pay cash, and the Ministry of Health said Health was fine.",
        [("Harlan Capital", Org), ("Harlan", Org), ("Ministry of Health", Org)]
    );
    t!(
        one_last_word_after_and_in_a_body_name,
        "The Academy of Motion Picture Arts and Sciences met the Ministry of Defence and Russia.",
        [("Academy of Motion Picture Arts and Sciences", Org), ("Ministry of Defence", Org), ("Russia", Loc)]
    );
    t!(
        after_a_compass_adjective,
        "A quake struck eastern Tarvistan, near north-eastern Velmoria.",
        [("Tarvistan", Loc), ("Velmoria", Loc)]
    );
    t!(
        generated_regions_and_teams,
        "Floods hit Karnataka and Cumbria before Aston Villa played.",
        [("Karnataka", Loc), ("Cumbria", Loc), ("Aston Villa", Org)]
    );
    t!(
        a_person_of_a_body_with_a_connector,
        "Professor Gunter Kuhnle of the University of Reading said so.",
        [("Gunter Kuhnle", Person), ("University of Reading", Org)]
    );
    t!(
        storms_and_provinces,
        "Cyclone Amara hit Sofala and Manica provinces and the Tresk region.\nNeighbouring Zimbabwe braced.",
        [("Sofala", Loc), ("Manica", Loc), ("Tresk", Loc), ("Zimbabwe", Loc)]
    );
    t!(
        one_last_word_after_a_head_and_connector,
        "The National Institute for Disaster Risk Management and Reduction said so.",
        [("National Institute for Disaster Risk Management and Reduction", Org)]
    );
    t!(
        a_plural_head_before_a_connector,
        "The Centers for Medicare and Medicaid Services said so.",
        [("Centers for Medicare and Medicaid Services", Org)]
    );
    t!(
        numbered_stations_and_chambers,
        "He told BBC Radio 4 and the Portbury Chamber of Commerce, on the edge of Tresk.",
        [("BBC Radio 4", Org), ("Portbury Chamber of Commerce", Org), ("Tresk", Loc)]
    );
    t!(
        a_station_a_title_possessive_and_an_industry_head,
        "She told BBC Radio Tresk that King's Royal Hospital and Ostmark Automotive would help.",
        [("BBC Radio Tresk", Org), ("King's Royal Hospital", Org), ("Ostmark Automotive", Org)]
    );
    t!(
        plural_heads_guilds_planets_and_regulations,
        "Museum returns bronzes\n\nThe Tresk Museum, the Africa Centres for Disease Control and Prevention and the Airline Pilots Guild met Hollis Digital on Mars under the General Data Protection Regulation.",
        [
            ("Tresk Museum", Org),
            ("Africa Centres for Disease Control and Prevention", Org),
            ("Airline Pilots Guild", Org),
            ("Hollis Digital", Org),
            ("Mars", Loc)
        ]
    );
    t!(
        a_plural_verb_makes_a_team,
        "After a bad run, Glasgow rediscovered their form. Norvik were two points ahead, and a goal for Glasgow sealed it. Britain and France are allies; Lena Moss lives in Glasgow.",
        [
            ("Glasgow", Org),
            ("Norvik", Org),
            ("Glasgow", Org),
            ("Britain", Loc),
            ("France", Loc),
            ("Lena Moss", Person),
            ("Glasgow", Loc)
        ]
    );
    t!(
        a_place_by_its_last_word,
        "Boats crossed the English Channel. Crossing the Channel is a danger, the Bank said. Israel struck the Gaza Strip.",
        [("English Channel", Loc), ("Channel", Loc), ("Israel", Loc), ("Gaza Strip", Loc)]
    );
    t!(
        one_head_before_and_suffixes_letters_and_party_adjectives,
        "The Securities and Exchange Commission sued Veltron Inc. on Wall Street. A band D home pays more. Opposition Liberal Democrat councillors objected. Chief Financial Officer Anita Rao left.",
        [
            ("Securities and Exchange Commission", Org),
            ("Veltron Inc.", Org),
            ("Wall Street", Loc),
            ("Anita Rao", Person)
        ]
    );
    t!(
        a_particle_hyphened_to_a_surname,
        "General Abdel Fattah al-Burhan met Ali Kamal, who said al-Qaeda was weak. The Evening Ledger said so.",
        [("Abdel Fattah al-Burhan", Person), ("Ali Kamal", Person), ("Evening Ledger", Org)]
    );
    t!(
        a_town_word_ends_a_team,
        "Kestrel City were held to a draw. The result leaves Kestrel City fourth; she lives in Quezon City.",
        [("Kestrel City", Org), ("Kestrel City", Org), ("Quezon City", Loc)]
    );
    t!(
        number_ten,
        "A No 10 spokeswoman said so, and Downing Street agreed.",
        [("No 10", Org), ("Downing Street", Org)]
    );
    t!(
        works_and_services,
        "Her third album, Glass Houses, topped charts, as did the film Night Train. The messaging service Chatterly went down.",
        [("Chatterly", Org)]
    );
    t!(
        a_capital_inside_a_word,
        "Economists at JPMorgan said so, as did Ann McKenna, and BlackRock shares fell. He used ChatGPT.",
        [("JPMorgan", Org), ("Ann McKenna", Person), ("BlackRock", Org)]
    );
    t!(
        new_heads_and_kinds,
        "Hampshire Constabulary said he told the Lyndhurst Echo so. Chipmaker Orbitra rose.",
        [("Hampshire Constabulary", Org), ("Lyndhurst Echo", Org), ("Orbitra", Org)]
    );
    t!(
        a_body_before_its_role_and_a_name,
        "Redfield United lost. Former Redfield striker Lee Grant left.",
        [("Redfield United", Org), ("Redfield", Org), ("Lee Grant", Person)]
    );
    t!(
        outlet_and_broker_heads,
        "He told the Arkton Daily Courier and Kestrel Securities that.",
        [("Arkton Daily Courier", Org), ("Kestrel Securities", Org)]
    );
    t!(
        sentence_start_settled_inside_a_sentence,
        "Marlows said it was wrong. Later Marlows left.",
        [("Marlows", Person), ("Marlows", Person)]
    );
    t!(
        names_joined_by_a_hyphen_before_a_head,
        "Officers of Bergen-Halden Police and Southmoor Power Networks helped.",
        [("Bergen-Halden Police", Org), ("Southmoor Power Networks", Org)]
    );
    t!(
        spots_rivers_and_neighbours,
        "Gusts were recorded at Pen Tarrow in Kelvale. Ferries between Holmport and Dublin stopped after the River Ostra rose. Volunteers from neighbouring Brennmark came.",
        [("Pen Tarrow", Loc), ("Kelvale", Loc), ("Holmport", Loc), ("Dublin", Loc), ("River Ostra", Loc), ("Brennmark", Loc)]
    );
    t!(
        a_common_word_owning_a_body,
        "The ruling People's Progress Party won, and Workers' Unity Union members cheered Tom Hale's Liberal Party.",
        [("People's Progress Party", Org), ("Workers' Unity Union", Org), ("Tom Hale", Person), ("Liberal Party", Org)]
    );
    t!(
        two_last_words_a_museum_and_a_side,
        "The Department of Health and Social Care and the Natural History Museum of Tresk said he left Swedish side Malmvik for the Premier Division.",
        [
            ("Department of Health and Social Care", Org),
            ("Natural History Museum of Tresk", Org),
            ("Malmvik", Org),
            ("Premier Division", Org)
        ]
    );
    t!(
        a_first_name_no_list_knows,
        "He met Mahmoud Ali Youssouf and US President Ann Vale.",
        [("Mahmoud Ali Youssouf", Person), ("US", Loc), ("Ann Vale", Person)]
    );
    t!(
        a_commission_on_a_subject,
        "The National Commission on Human Rights met on Monday. The Tresk Commission on Monday said no.",
        [("National Commission on Human Rights", Org), ("Tresk Commission", Org)]
    );
    t!(
        a_school_of_two_subjects,
        "Dr Lena Moss, an epidemiologist at the London School of Hygiene and Tropical Medicine, agreed.",
        [("Lena Moss", Person), ("London School of Hygiene and Tropical Medicine", Org)]
    );
    t!(
        an_employer_and_a_journal,
        "Rachel Dunmore, an analyst at Peel Hunt, agreed. The study, published in The Lancet, followed 900 children.",
        [("Rachel Dunmore", Person), ("Peel Hunt", Org), ("Lancet", Org)]
    );
    t!(
        a_paper_by_its_article,
        "The critic Ada Vell wrote in Le Monde. Marine Le Pen said yes. Le Pen agreed. The van hit an SUV.",
        [("Ada Vell", Person), ("Le Monde", Org), ("Marine Le Pen", Person), ("Le Pen", Person)]
    );
    t!(
        a_quantifier_before_a_party,
        "Some Republicans were still open to a deal. Several Democrats agreed.",
        [("Republicans", Org), ("Democrats", Org)]
    );
    t!(
        demonyms_of_more_forms_and_plural_place_nouns,
        "Lebanese officials said the villages of Kfar Tal and Khiam were hit. Israeli and Somali envoys met.",
        [("Kfar Tal", Loc), ("Khiam", Loc)]
    );
    t!(
        a_team_of_a_force,
        "Inspector Mark Ellison, of the force's Homicide and Major Enquiry Team, spoke on Tresk Boulevard.",
        [("Mark Ellison", Person), ("Homicide and Major Enquiry Team", Org), ("Tresk Boulevard", Loc)]
    );
    t!(
        a_common_plural_is_no_team,
        "“Children are dying,” she said. Médecins Sans Frontières said its hospital was full.",
        [("Médecins Sans Frontières", Org)]
    );
    t!(
        a_federation_then_its_name,
        "The national farmers' federation, Agrocal, said so, and the coalition Tresk Forward agreed.",
        [("Agrocal", Org), ("Tresk Forward", Org)]
    );
}
