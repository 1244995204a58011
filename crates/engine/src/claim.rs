//! Claims: who said what. Direct quotations and reported speech, each with
//! its speaker, its cue and whether the article distances itself (hedging).
//!
//! A quotation's attribution is looked for in its sentence, after the
//! closing mark first (`“…,” X said`, `“…,” said X`) and then before the
//! opening one (`X said: “…”`, `X claimed that … “…”`); a quotation with
//! none continues the previous one when it follows it in the same or the
//! next paragraph (`“…,” he added. “…”`). Reported speech is a content
//! clause after a cue (`X said (that) CLAUSE`), before one (`CLAUSE, X
//! said`) or around `according to X`. The speaker phrase resolves to a
//! named entity's canonical name, through pronouns (the most recent
//! speaker) and role nouns (`the president` → the person titled so).

use std::cell::{OnceCell, RefCell};
use std::collections::{HashMap, HashSet};

use serde::Serialize;

use crate::entity::{Entity, Label};
use crate::gazetteer::{country_adjective, CUE_VERBS, ROLE_NOUNS};
use crate::quote::find_quotations;
use crate::span::overlaps_any;
use crate::token::{Token, TokenKind};
use crate::Span;

/// Whether a claim is quoted verbatim or reported.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Words inside quotation marks.
    Quote,
    /// A reported content clause.
    Reported,
}

impl ClaimKind {
    /// The kind's name in the gold files.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Quote => "quote",
            ClaimKind::Reported => "reported",
        }
    }
}

/// One claim.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// The claim's words (bytes): inside the marks, or the content clause.
    pub span: Span,
    /// Quoted or reported.
    pub kind: ClaimKind,
    /// Canonical name of the source, `None` when the article gives none.
    pub speaker: Option<String>,
    /// The attribution word or phrase (`said`, `according to`).
    pub cue: Option<String>,
    /// True when the article distances itself (`reportedly`, `according to`
    /// an intermediary).
    pub hedged: bool,
}

/// Cues that only introduce a quotation, never a reported clause.
const QUOTE_ONLY_CUES: &[&str] = &["described", "called", "asked", "continued", "posted"];

const PRONOUNS: &[&str] = &["he", "she", "He", "She", "I", "we", "We"];

/// Words between a subject and its cue that do not break the pair.
const ADVERBS: &[&str] = &[
    "also",
    "later",
    "then",
    "previously",
    "earlier",
    "reportedly",
    "allegedly",
    "has",
    "had",
    "have",
    "was",
    "is",
    "once",
    "again",
    "repeatedly",
    "separately",
    "further",
    "publicly",
    "privately",
    "simply",
    "recently",
    "has",
    "would",
    "had",
    "also",
    "on",
    "has",
];

/// Words after the quote mark that make it a title, not speech.
const TITLE_MARKERS: &[&str] = &[
    "titled",
    "entitled",
    "called",
    "named",
    "dubbed",
    "headlined",
    "known as",
    "so-called",
    "the term",
    "the word",
    "the phrase",
    "the slogan",
    "hashtag",
];

struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    entities: &'a [Entity],
    /// Quoted titles (`titled “…”`), the names of documents that speak.
    titles: Vec<Span>,
    /// The last organisation or institution that spoke, for `it said`.
    last_body: RefCell<Option<String>>,
    /// The canonical names of the document's people.
    people: HashSet<&'a str>,
    /// Role word → the people described so (built on first use).
    roles: OnceCell<HashMap<String, Vec<(usize, String)>>>,
}

impl Context<'_> {
    fn word(&self, i: usize) -> &str {
        self.tokens[i].span.text(self.text)
    }

    /// Index of the first token starting at or after byte `at`.
    fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < at)
    }

    /// Token range `[a, b)` of the sentence holding token `i`.
    fn sentence_of(&self, i: usize) -> (usize, usize) {
        let mut a = i.min(self.tokens.len().saturating_sub(1));
        while a > 0 && !self.tokens[a].sentence_start {
            a -= 1;
        }
        let mut b = i + 1;
        while b < self.tokens.len() && !self.tokens[b].sentence_start {
            b += 1;
        }
        (a, b)
    }

    /// The named entities inside `span` (entities are sorted by span).
    fn named_in(&self, span: Span) -> impl Iterator<Item = &Entity> {
        let from = self.entities.partition_point(|e| e.span.start < span.start);
        self.entities[from..]
            .iter()
            .take_while(move |e| e.span.start < span.end)
            .filter(move |e| e.label.is_named() && span.contains(e.span))
    }

    /// Notes the speaker of `claim`: a person for `he` / `she`, anything
    /// else for `it`.
    fn remember(&self, claim: &Claim, last_person: &mut Option<String>) {
        if let Some(s) = &claim.speaker {
            if self.is_person(s) {
                *last_person = Some(s.clone());
            } else {
                *self.last_body.borrow_mut() = Some(s.clone());
            }
        }
    }

    /// The people the article describes with each role word, in reading
    /// order: by a title right before the name (`President Trump`), or an
    /// appositive right after it (`Ivan Fedorov, the regional governor`).
    /// Each comes with the words before the name, to match modifiers (`the
    /// US president` → `US President Donald Trump`).
    fn roles(&self) -> &HashMap<String, Vec<(usize, String)>> {
        self.roles.get_or_init(|| {
            let mut roles: HashMap<String, Vec<(usize, String)>> = HashMap::new();
            for (i, e) in self.entities.iter().enumerate().filter(|(_, e)| e.label == Label::Person) {
                let before: Vec<&str> =
                    window_before(self.text, e.span.start, 80).split_whitespace().rev().take(4).collect();
                let context = before.join(" ").to_lowercase();
                let mut words: Vec<String> =
                    before.first().map(|t| t.trim_end_matches('.').to_lowercase()).into_iter().collect();
                let after = window_after(self.text, e.span.end, 120);
                if after.starts_with(',') {
                    let appositive = after.trim_start_matches([',', ' ']).to_lowercase();
                    let appositive = appositive.split([',', '.', ';']).next().unwrap_or("");
                    words.extend(appositive.split(' ').take(6).map(str::to_string));
                }
                words.sort();
                words.dedup();
                for w in words {
                    roles.entry(w).or_default().push((i, context.clone()));
                }
            }
            roles
        })
    }

    /// True when token `k` is a mark around a quoted title (or inside one).
    fn is_title_mark(&self, k: usize) -> bool {
        let at = self.tokens[k].span;
        let i = self.titles.partition_point(|t| t.end + 4 < at.end);
        self.titles.get(i).is_some_and(|t| {
            let around = Span::new(t.start.saturating_sub(4), (t.end + 4).min(self.text.len()));
            around.contains(at)
        })
    }

    /// True when `name` is the canonical name of a person of the document.
    fn is_person(&self, name: &str) -> bool {
        self.people.contains(name)
    }

    fn last_person_before(&self, at: usize) -> Option<&Entity> {
        let before = self.entities.partition_point(|e| e.span.start < at);
        self.entities[..before].iter().rev().find(|e| e.label == Label::Person && e.span.end <= at)
    }
}

/// Finds the claims of `text`, given its tokens, its entities (with
/// canonical names) and its furniture (where nothing is claimed).
///
/// One sweep in reading order, sentence by sentence, so that a pronoun
/// (`she added`) resolves to the most recent speaker of either kind.
pub(crate) fn find_claims(text: &str, tokens: &[Token], entities: &[Entity], skip: &[Span]) -> Vec<Claim> {
    let quotations: Vec<_> = find_quotations(text).into_iter().filter(|q| !overlaps_any(skip, q.inner)).collect();
    let titles = quotations.iter().filter(|q| is_title(text, q.open.start)).map(|q| q.inner).collect();
    let people = entities.iter().filter(|e| e.label == Label::Person).filter_map(|e| e.canonical.as_deref()).collect();
    let cx = Context { text, tokens, entities, titles, last_body: RefCell::new(None), people, roles: OnceCell::new() };
    let quote_spans: Vec<Span> =
        quotations.iter().map(|q| Span::new(q.open.start, q.close.map_or(q.inner.end, |c| c.end))).collect();
    let mut claims: Vec<Claim> = Vec::new();
    let mut last_speaker: Option<String> = None;
    let mut next_quote = 0;
    let mut i = 0;
    while i < tokens.len() {
        let (a, b) = cx.sentence_of(i);
        i = b;
        let sentence = Span::new(tokens[a].span.start, tokens[b - 1].span.end);
        // Reported speech first: in `X insisted that …, claiming … “…”`
        // the quotation's speaker comes from the clause before it.
        let in_furniture = overlaps_any(skip, sentence);
        let inside_quotation = {
            let q = quote_spans.partition_point(|q| q.end < sentence.end);
            quote_spans.get(q).is_some_and(|q| q.contains(sentence))
        };
        if !in_furniture && !inside_quotation {
            for claim in reported_in_sentence(&cx, a, b, &quote_spans, last_speaker.as_deref()).unwrap_or_default() {
                cx.remember(&claim, &mut last_speaker);
                claims.push(claim);
            }
        }
        // The quotations that open in this sentence.
        while next_quote < quotations.len() && quotations[next_quote].open.start < sentence.end {
            let q = quotations[next_quote];
            next_quote += 1;
            if is_title(text, q.open.start) {
                continue;
            }
            let mut claim = attribute_quote(&cx, q.open, q.close.unwrap_or(q.inner), q.inner, last_speaker.as_deref());
            if claim.cue.is_none() {
                continue_previous_quote(text, &claims, q.open.start, &mut claim);
            }
            cx.remember(&claim, &mut last_speaker);
            claims.push(claim);
        }
    }
    claims.sort_by_key(|c| c.span);
    claims.dedup_by(|b, a| a.span.overlaps(b.span));
    claims
}

/// A quotation with no cue of its own continues the previous quotation
/// when it follows it closely (`“…,” he added. “…”`).
fn continue_previous_quote(text: &str, claims: &[Claim], open: usize, claim: &mut Claim) {
    // Claims are pushed in reading order, sentence by sentence (reported
    // before quoted), so the previous one is among the last few.
    let Some(prev) = claims.iter().rev().take(8).filter(|c| c.span.end <= open).max_by_key(|c| c.span.end) else {
        return;
    };
    let gap = &text[prev.span.end..open];
    if prev.kind == ClaimKind::Quote && gap.matches('\n').count() <= 2 && gap.len() < 200 {
        claim.speaker = prev.speaker.clone();
        claim.cue = prev.cue.clone();
        claim.hedged = prev.hedged;
    }
}

fn is_title(text: &str, open: usize) -> bool {
    let before = window_before(text, open, 40).trim_end().to_lowercase();
    TITLE_MARKERS.iter().any(|m| before.ends_with(m))
}

/// At most `bytes` bytes of `text` before `at`, cut on a character boundary.
fn window_before(text: &str, at: usize, bytes: usize) -> &str {
    let mut start = at.saturating_sub(bytes);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..at]
}

/// At most `bytes` bytes of `text` after `at`, cut on a character boundary.
fn window_after(text: &str, at: usize, bytes: usize) -> &str {
    let mut end = (at + bytes).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[at..end]
}

/// Finds the cue and speaker of one quotation.
fn attribute_quote(cx: &Context, open: Span, close: Span, inner: Span, last_speaker: Option<&str>) -> Claim {
    let mut claim = Claim { span: inner, kind: ClaimKind::Quote, speaker: None, cue: None, hedged: false };
    let after = cx.token_at(close.end);
    let before = cx.token_at(open.start);
    // `X told reporters: “…”`: a colon ends no sentence for its quotation.
    let anchor = if before > 0 && cx.word(before - 1) == ":" { before - 1 } else { before };
    let (sentence_start, _) = cx.sentence_of(anchor);
    // After the closing mark, up to the end of the sentence or the next mark.
    let mut found = None;
    let mut i = after;
    while i < cx.tokens.len() && i < after + 12 {
        let w = cx.word(i);
        if cx.tokens[i].line_start || matches!(w, "“" | "\"" | "«" | "." | "!" | "?") {
            break;
        }
        // `”, but stressed that …` opens a new clause: not this quote's cue.
        if matches!(w, "but" | "and" | "while" | "which" | "who" | "as") {
            break;
        }
        if let Some(cue) = cue_at(cx, i) {
            if cx.tokens.get(i + cue.split(' ').count()).is_some_and(|t| t.span.text(cx.text) == "that") {
                break;
            }
            found = Some((i, cue, after));
            break;
        }
        i += 1;
    }
    // Before the opening mark, back to the sentence start.
    if found.is_none() && before > sentence_start {
        for i in (sentence_start..before).rev() {
            if matches!(cx.word(i), "”" | "»") {
                break;
            }
            if let Some(cue) = cue_at(cx, i) {
                found = Some((i, cue, sentence_start));
                break;
            }
        }
    }
    let Some((cue_index, cue, from)) = found else {
        return claim;
    };
    claim.hedged = hedged_around(cx, from, cue_index, &cue);
    claim.speaker = speaker_near(cx, cue_index, from, &cue, last_speaker);
    claim.cue = Some(cue);
    claim
}

/// The cue phrase starting at token `i`, if any.
fn cue_at(cx: &Context, i: usize) -> Option<String> {
    let w = cx.word(i);
    let next = |k: usize| (i + k < cx.tokens.len()).then(|| cx.word(i + k));
    if w.eq_ignore_ascii_case("according") && next(1) == Some("to") {
        return Some("according to".into());
    }
    if w == "quoted" && next(1) == Some("as") && next(2).is_some_and(|v| v.ends_with("ing")) {
        let verb = next(2).unwrap_or("saying");
        let was = i.checked_sub(1).map(|j| cx.word(j)) == Some("was");
        return Some(if was { format!("was quoted as {verb}") } else { format!("quoted as {verb}") });
    }
    if !CUE_VERBS.contains(w) {
        return None;
    }
    if matches!(w, "told" | "tells") {
        if let Some(obj @ ("reporters" | "journalists" | "parliament" | "lawmakers" | "students")) = next(1) {
            return Some(format!("{w} {obj}"));
        }
    }
    Some(w.to_string())
}

fn hedged_around(cx: &Context, from: usize, to: usize, cue: &str) -> bool {
    if cue.contains("quoted as") {
        return true;
    }
    let (a, b) = cx.sentence_of(to);
    (a.min(from)..b).any(|i| matches!(cx.word(i), "reportedly" | "allegedly" | "purportedly" | "supposedly"))
        || (cue == "according to" && !is_person_after(cx, to + 2))
}

fn is_person_after(cx: &Context, i: usize) -> bool {
    cx.tokens.get(i).is_some_and(|t| {
        let at = cx.entities.partition_point(|e| e.span.start < t.span.start);
        cx.entities.get(at).is_some_and(|e| e.span.start == t.span.start && e.label == Label::Person)
    })
}

/// Resolves the speaker of the cue at token `cue_index`, looking at the
/// subject before it (back to token `from`) or the one right after it.
fn speaker_near(cx: &Context, cue_index: usize, from: usize, cue: &str, last_speaker: Option<&str>) -> Option<String> {
    let cue_len = cue.split(' ').count();
    if cue == "according to" {
        return phrase_after(cx, cue_index + cue_len, last_speaker);
    }
    // Subject before the cue, skipping adverbs and auxiliaries.
    let mut end = cue_index;
    while end > from && ADVERBS.contains(&cx.word(end - 1)) {
        end -= 1;
    }
    let mut start = end;
    while start > from
        && (!matches!(cx.word(start - 1), "”" | "\"" | "»" | "“" | "." | ";" | ":") || cx.is_title_mark(start - 1))
    {
        start -= 1;
    }
    // `a decree which states`: the relative pronoun's antecedent speaks.
    if end >= from + 2 && matches!(cx.word(end - 1), "which" | "that") {
        let antecedent = cx.word(end - 2).to_lowercase();
        if DOCUMENT_NOUNS.contains(&antecedent.as_str()) {
            return document_speaker(cx, cx.tokens[end - 2].span.start);
        }
    }
    // `X insisted that …, claiming …`: a participle after a comma shares
    // the main clause's subject, the speaker just resolved.
    if cue.ends_with("ing") && cue_index > from && cx.word(cue_index - 1) == "," {
        if let Some(s) = last_speaker {
            return Some(s.to_string());
        }
    }
    let is_word = |i: &usize| cx.tokens[*i].kind == TokenKind::Word;
    if (start..end).any(|i| is_word(&i)) {
        // `…, but added that …`: a coordinated verb shares its subject.
        if (start..end).filter(is_word).all(|i| matches!(cx.word(i), "but" | "and" | "also" | "then" | "yet" | "so")) {
            return last_speaker.map(str::to_string);
        }
        return subject_speaker(cx, start, end, last_speaker);
    }
    // `“…,” said X`: the subject right after the cue.
    phrase_after(cx, cue_index + cue_len, last_speaker)
}

fn phrase_after(cx: &Context, start: usize, last_speaker: Option<&str>) -> Option<String> {
    let mut end = start;
    while end < cx.tokens.len()
        && end < start + 8
        && !matches!(
            cx.word(end),
            "," | "." | ";" | ":" | "“" | "”" | "!" | "?" | "in" | "on" | "at" | "after" | "when" | "that"
        )
    {
        end += 1;
    }
    resolve_phrase(cx, start, end, last_speaker)
}

/// The speaker of the subject `[a, b)` before a cue. The subject may carry
/// an appositive or an adjunct (`Ivan Fedorov, posting on Telegram, said`;
/// `Speaking in Dublin, he said`), so the comma-separated pieces are tried:
/// a person, pronoun or role in the last piece, then a person in the first,
/// then an organisation or place in the last, then in the first.
fn subject_speaker(cx: &Context, a: usize, b: usize, last_speaker: Option<&str>) -> Option<String> {
    let mut pieces: Vec<(usize, usize)> = Vec::new();
    let mut start = a;
    for k in a..=b {
        if k == b || matches!(cx.word(k), "," | "—" | "–") {
            if (start..k).any(|i| cx.tokens[i].kind == TokenKind::Word) {
                pieces.push((start, k));
            }
            start = k + 1;
        }
    }
    let (&first, &last) = (pieces.first()?, pieces.last()?);
    // `…, and posted`: a coordinated verb; its subject is the last person
    // named before it.
    let conjunction_only = (last.0..last.1)
        .filter(|&i| cx.tokens[i].kind == TokenKind::Word)
        .all(|i| matches!(cx.word(i), "and" | "but" | "then" | "also" | "yet"));
    if conjunction_only && pieces.len() > 1 {
        let span = phrase_span(cx, first.0, last.0);
        return cx
            .named_in(span)
            .filter(|e| e.label == Label::Person)
            .last()
            .and_then(|e| e.canonical.clone())
            .or_else(|| last_speaker.map(str::to_string));
    }
    // `Donald Trump, who indicated …`: the person just before the `who`.
    if cx.word(last.0) == "who" && pieces.len() > 1 {
        let previous = pieces[pieces.len() - 2];
        let span = phrase_span(cx, previous.0, previous.1);
        if let Some(p) = cx.named_in(span).filter(|e| e.label == Label::Person).last() {
            return p.canonical.clone();
        }
    }
    person_in(cx, last.0, last.1, last_speaker)
        .or_else(|| person_in(cx, first.0, first.1, last_speaker))
        .or_else(|| institution_in(cx, last.0, last.1))
        .or_else(|| named_in(cx, last.0, last.1))
        .or_else(|| named_in(cx, first.0, first.1))
}

/// The speaker named by tokens `[a, b)`: a person, pronoun or role first,
/// else an organisation or place.
fn resolve_phrase(cx: &Context, a: usize, b: usize, last_speaker: Option<&str>) -> Option<String> {
    person_in(cx, a, b, last_speaker).or_else(|| named_in(cx, a, b))
}

fn phrase_span(cx: &Context, a: usize, b: usize) -> Span {
    Span::new(cx.tokens[a].span.start, cx.tokens[b - 1].span.end)
}

/// A person named in `[a, b)`, a pronoun, or a role phrase (`the president`,
/// `Kremlin spokesman`, `the 73-year-old`).
fn person_in(cx: &Context, a: usize, b: usize, last_speaker: Option<&str>) -> Option<String> {
    if a >= b {
        return None;
    }
    let span = phrase_span(cx, a, b);
    if let Some(p) = cx.named_in(span).find(|e| e.label == Label::Person) {
        return p.canonical.clone();
    }
    let words: Vec<&str> = (a..b).filter(|&i| cx.tokens[i].kind != TokenKind::Punct).map(|i| cx.word(i)).collect();
    // A pronoun subject, alone or after a relative word (`where he`).
    let pronoun = match words.as_slice() {
        [p] => PRONOUNS.contains(p),
        [rel, p] => {
            matches!(*rel, "where" | "when" | "as" | "after" | "before" | "because" | "while") && PRONOUNS.contains(p)
        }
        _ => false,
    };
    if matches!(words.as_slice(), ["it"] | ["It"]) {
        return self_body(cx);
    }
    if pronoun {
        return last_speaker
            .map(str::to_string)
            .or_else(|| cx.last_person_before(span.start).and_then(|e| e.canonical.clone()));
    }
    let last = words.last()?;
    if DOCUMENT_NOUNS.contains(&last.to_lowercase().as_str()) {
        return document_speaker(cx, span.start);
    }
    let is_role = ROLE_NOUNS.contains(&last.to_lowercase()) && !last.chars().next().is_some_and(char::is_uppercase);
    let described = words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) && words.len() <= 6;
    if is_role || (described && *last == "old") {
        let modifiers: Vec<&str> = words[..words.len() - 1]
            .iter()
            .copied()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.eq_ignore_ascii_case("the"))
            .collect();
        return resolve_role(cx, last, &modifiers, span.start, last_speaker);
    }
    None
}

/// Nouns for documents that can be the source of a claim.
const DOCUMENT_NOUNS: &[&str] = &[
    "decree",
    "document",
    "report",
    "statement",
    "law",
    "bill",
    "resolution",
    "strategy",
    "memo",
    "letter",
    "transcript",
    "study",
    "survey",
    "assessment",
    "order",
    "directive",
    "communique",
    "declaration",
];

/// The speaker for a document named `the decree` / `the document` at byte
/// `at`: the title the article gives a document nearby, if any.
fn document_speaker(cx: &Context, at: usize) -> Option<String> {
    let i = cx.titles.partition_point(|t| t.start < at);
    cx.titles[i.saturating_sub(1)..(i + 1).min(cx.titles.len())]
        .iter()
        .min_by_key(|t| t.start.abs_diff(at))
        .filter(|t| t.start.abs_diff(at) < 2_000)
        .map(|t| t.text(cx.text).trim_end_matches([',', '.']).to_string())
}

fn self_body(cx: &Context) -> Option<String> {
    cx.last_body.borrow().clone()
}

/// Institutions named by their country and a common noun:
/// `Ukraine’s air force` → `Ukrainian Air Force`.
const INSTITUTIONS: &[&str] = &[
    "air force",
    "army",
    "navy",
    "military",
    "foreign ministry",
    "defence ministry",
    "defense ministry",
    "general staff",
    "border guard service",
    "border guard",
    "emergency service",
    "emergency services",
    "interior ministry",
    "health ministry",
    "central bank",
    "security service",
    "national guard",
];

fn institution_in(cx: &Context, a: usize, b: usize) -> Option<String> {
    let phrase = phrase_span(cx, a, b).text(cx.text);
    let (country, rest) = phrase.split_once("’s ").or_else(|| phrase.split_once("'s "))?;
    let country = country.rsplit(' ').next()?;
    let rest = rest.trim();
    let institution = INSTITUTIONS.iter().find(|i| rest == **i || rest.ends_with(&format!(" {i}")))?;
    let canonical = cx
        .entities
        .iter()
        .find(|e| e.span.text(cx.text) == country)
        .and_then(|e| e.canonical.as_deref())
        .unwrap_or(country);
    let adjective = country_adjective(canonical).or_else(|| country_adjective(country))?;
    let title: Vec<String> = institution
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
        })
        .collect();
    Some(format!("{adjective} {}", title.join(" ")))
}

/// An organisation or place named in `[a, b)`.
fn named_in(cx: &Context, a: usize, b: usize) -> Option<String> {
    if a >= b {
        return None;
    }
    // The head of a noun phrase comes last (`Germany’s Der Spiegel`).
    cx.named_in(phrase_span(cx, a, b)).last().and_then(|e| e.canonical.clone())
}

/// `the president`, `the regional governor`, `the 73-year-old`: the person
/// the article describes so, before (by title) or just after.
fn resolve_role(cx: &Context, role: &str, modifiers: &[&str], at: usize, last_speaker: Option<&str>) -> Option<String> {
    let role = role.to_lowercase();
    let empty = Vec::new();
    let described = cx.roles().get(role.as_str()).unwrap_or(&empty);
    let fits = |context: &str| {
        modifiers
            .iter()
            .all(|m| context.split([' ', '.', ',']).any(|w| w.eq_ignore_ascii_case(m.trim_end_matches('.'))))
    };
    // `described` is in reading order: search from the last one before `at`.
    let before = described.partition_point(|(i, _)| cx.entities[*i].span.end <= at);
    let nearest_before = |need_fit: bool| {
        described[..before]
            .iter()
            .rev()
            .map(|(i, ctx)| (&cx.entities[*i], ctx))
            .find(|(e, ctx)| e.span.end <= at && (!need_fit || fits(ctx)))
            .map(|(e, _)| e)
    };
    let after = described.partition_point(|(i, _)| cx.entities[*i].span.start <= at);
    let just_after = || described[after..].first().map(|(i, _)| &cx.entities[*i]).filter(|e| e.span.start < at + 600);
    if let Some(e) = nearest_before(true) {
        return e.canonical.clone();
    }
    // `the US president` when no US president was named: the last speaker
    // (if a person) is likelier than another country's president.
    if !modifiers.is_empty() {
        if let Some(s) = last_speaker.filter(|s| cx.is_person(s)) {
            return Some(s.to_string());
        }
    }
    if let Some(e) = nearest_before(false).or_else(just_after) {
        return e.canonical.clone();
    }
    if role != "old" {
        // Named just after (`… the regional governor said. Ivan Fedorov, …`).
        let from = cx.entities.partition_point(|e| e.span.start <= at);
        let next =
            cx.entities[from..].iter().take_while(|e| e.span.start < at + 400).find(|e| e.label == Label::Person);
        if let Some(e) = next {
            return e.canonical.clone();
        }
    }
    last_speaker.map(str::to_string)
}

/// True when byte `at` lies inside one of `quotes` (sorted, disjoint).
fn inside_quote(quotes: &[Span], at: usize) -> bool {
    let i = quotes.partition_point(|q| q.end <= at);
    quotes.get(i).is_some_and(|q| q.start <= at)
}

fn reported_in_sentence(
    cx: &Context,
    a: usize,
    b: usize,
    quotes: &[Span],
    last_speaker: Option<&str>,
) -> Option<Vec<Claim>> {
    let end_token = if matches!(cx.word(b - 1), "." | "!" | "?") { b - 1 } else { b };
    let mut claims: Vec<Claim> = Vec::new();
    let mut i = a;
    while i < end_token {
        let found =
            reported_at(cx, a, i, end_token, quotes, claims.last().and_then(|c| c.speaker.as_deref()).or(last_speaker));
        match found {
            Some((resume, mut more)) => {
                claims.append(&mut more);
                i = resume.max(i + 1);
            }
            None => i += 1,
        }
    }
    if !claims.is_empty() {
        return Some(claims);
    }
    // A sentence hedged with an adverb and no source.
    let adverb = (a..end_token).find(|&k| matches!(cx.word(k), "reportedly" | "allegedly"))?;
    if inside_quote(quotes, cx.tokens[adverb].span.start) {
        return None;
    }
    let cue = cx.word(adverb).to_string();
    clause_claims(cx, adverb + 1, end_token, quotes, None, Some(cue), true)
}

/// The reported claims introduced by a cue at token `i` of the sentence
/// starting at `a`, and the token to resume the search from.
fn reported_at(
    cx: &Context,
    a: usize,
    i: usize,
    end_token: usize,
    quotes: &[Span],
    last_speaker: Option<&str>,
) -> Option<(usize, Vec<Claim>)> {
    if inside_quote(quotes, cx.tokens[i].span.start) {
        return None;
    }
    let cue = cue_at(cx, i)?;
    if QUOTE_ONLY_CUES.contains(&cue.as_str()) {
        return None;
    }
    // `“…,” said X, …` / `“…,” X said`: the cue attributes the quotation
    // (unless that quotation is a title: `The report, titled “…”, said`).
    let closes_speech = |k: usize| {
        let closing = matches!(cx.word(k), "”" | "»")
            || (cx.word(k) == "\""
                && inside_quote(quotes, cx.tokens[k].span.start)
                && k < i
                && !inside_quote(quotes, cx.tokens[k + 1].span.start));
        let title = || {
            let at = cx.tokens[k].span.start;
            let i = cx.titles.partition_point(|t| t.end <= at);
            i > 0 && cx.text[cx.titles[i - 1].end..at].trim().is_empty()
        };
        closing && !title()
    };
    if (a..i).any(closes_speech) {
        return None;
    }
    let cue_len = cue.split(' ').count();
    // `according to X, CLAUSE` / `CLAUSE, according to X`.
    if cue == "according to" {
        let comma = (i + 2..end_token).find(|&k| cx.word(k) == ",");
        let speaker = phrase_after(cx, i + 2, last_speaker);
        let hedged = !is_person_after(cx, i + 2);
        let (s, e) = if i == a {
            comma.map(|c| (c + 1, end_token))?
        } else if i > a + 2 && cx.word(i - 1) == "," {
            (a, i - 1)
        } else {
            return None;
        };
        return Some((e, clause_claims(cx, s, e, quotes, speaker, Some(cue), hedged)?));
    }
    // `CLAUSE, X said.` / `CLAUSE, X said in an interview.`: a cue near the
    // end of the sentence, after a comma and a short subject.
    let tail_start = (a..i).rev().find(|&k| cx.word(k) == ",");
    if let Some(comma) = tail_start {
        let rest = i + cue_len;
        let short_tail = rest >= end_token
            || (matches!(
                cx.word(rest.min(end_token - 1)),
                "in" | "on"
                    | "at"
                    | "during"
                    | "after"
                    | "to"
                    | "when"
                    | "while"
                    | "late"
                    | "earlier"
                    | "last"
                    | "this"
                    | "via"
                    | "through"
                    | "from"
            ) && !(rest..end_token).any(|k| cx.word(k) == "that"));
        if short_tail && comma > a + 2 && i - comma <= 8 {
            let speaker = speaker_near(cx, i, comma + 1, &cue, last_speaker);
            let hedged = hedged_around(cx, a, i, &cue);
            return Some((end_token, clause_claims(cx, a, comma, quotes, speaker, Some(cue), hedged)?));
        }
    }
    // `X said (that) CLAUSE`: skip an object (`told reporters`), an adjunct
    // (`on Tuesday`, `in a statement`) up to `that`.
    let mut s = i + cue_len;
    if cue.starts_with("told") && cue_len == 1 {
        // `told NAME that`
        while s < end_token && s < i + 5 && cx.word(s) != "that" {
            s += 1;
        }
    }
    if let Some(that) = (s..end_token.min(s + 8)).find(|&k| cx.word(k) == "that") {
        if (s..that).all(|k| !matches!(cx.word(k), "," | "“" | "”")) {
            s = that + 1;
        }
    } else if s < end_token && !starts_clause(cx, s) {
        return None;
    }
    if s >= end_token || matches!(cx.word(s), "“" | "\"" | ":" | "«") {
        return None;
    }
    // The clause ends where a coordinated cue starts a second claim
    // (`…, and insisted that …`, `…, adding that …`).
    let e = (s + 1..end_token)
        .find(|&k| matches!(cx.word(k - 1), "," | "and" | "but") && cue_at(cx, k).is_some_and(|c| c != "according to"))
        .map_or(end_token, |k| k - 1);
    let speaker = speaker_near(cx, i, a, &cue, last_speaker);
    let hedged = hedged_around(cx, a, i, &cue);
    Some((e, clause_claims(cx, s, e, quotes, speaker, Some(cue), hedged).unwrap_or_default()))
}

/// True when token `s` can open a content clause without `that`: a word
/// that is not a preposition or adverb (`said in a statement`, `said so`).
fn starts_clause(cx: &Context, s: usize) -> bool {
    const NOT_CLAUSE: &[&str] = &[
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "after",
        "during",
        "by",
        "of",
        "from",
        "about",
        "as",
        "and",
        "but",
        "so",
        "then",
        "later",
        "earlier",
        "recently",
        "previously",
        "yesterday",
        "today",
        "afterwards",
        "late",
        "early",
        "last",
        "this",
        "while",
        "when",
        "before",
        "without",
        "through",
        "via",
        "nothing",
        "something",
        "anything",
        "goodbye",
        "hello",
        "yes",
        "no",
        "sorry",
        "thanks",
        "repeatedly",
        "publicly",
        "privately",
    ];
    cx.tokens[s].kind != TokenKind::Punct && !NOT_CLAUSE.contains(&cx.word(s))
}

/// The claims of the clause `[s, e)`: split at `and that`, cut before a
/// quotation (the quotation is its own claim), kept when long enough.
fn clause_claims(
    cx: &Context,
    s: usize,
    e: usize,
    quotes: &[Span],
    speaker: Option<String>,
    cue: Option<String>,
    hedged: bool,
) -> Option<Vec<Claim>> {
    let mut parts: Vec<(usize, usize)> = Vec::new();
    let mut start = s;
    let mut k = s;
    while k < e {
        if cx.word(k) == "and" && k + 1 < e && cx.word(k + 1) == "that" {
            parts.push((start, k));
            start = k + 2;
            k += 2;
            continue;
        }
        k += 1;
    }
    parts.push((start, e));
    let mut claims = Vec::new();
    for (mut ps, mut pe) in parts {
        // Stop at the first quotation inside the clause. What precedes it is
        // a claim of its own only when a conjunction separates the two
        // (`negotiations were ongoing and “the process is serious.”`), not
        // when the quotation completes it (`Moscow would refer to him “as …”`).
        let mut cut_by_quote = false;
        if let Some(q) = (ps..pe).find(|&k| inside_quote(quotes, cx.tokens[k].span.start)) {
            pe = q;
            cut_by_quote = true;
        }
        let mut conjunction = false;
        while pe > ps && matches!(cx.word(pe - 1), "," | "—" | "–" | "-" | ";" | ":" | "and" | "but" | "as") {
            conjunction |= matches!(cx.word(pe - 1), "and" | "but" | ";");
            pe -= 1;
        }
        if cut_by_quote && !conjunction {
            continue;
        }
        while ps < pe && matches!(cx.word(ps), "," | "—" | "–") {
            ps += 1;
        }
        let words = (ps..pe).filter(|&k| cx.tokens[k].kind != TokenKind::Punct).count();
        if words < 3 {
            continue;
        }
        claims.push(Claim {
            span: Span::new(cx.tokens[ps].span.start, cx.tokens[pe - 1].span.end),
            kind: ClaimKind::Reported,
            speaker: speaker.clone(),
            cue: cue.clone(),
            hedged,
        });
    }
    (!claims.is_empty()).then_some(claims)
}
