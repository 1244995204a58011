//! Claims: who said what. Direct quotations and reported speech, each with
//! its speaker, its cue and whether the article distances itself (hedging).
//!
//! A quotation's attribution is looked for in its sentence, after the
//! closing mark first (`“…,” X said`, `“…,” said X`) and then before the
//! opening one (`X said: “…”`, `X claimed that … “…”`); a quotation with
//! none continues the previous one when it follows it in the same or the
//! next paragraph (`“…,” he added. “…”`). Reported speech is a content
//! clause after a cue (`X said (that) CLAUSE`), before one (`CLAUSE, X
//! said`) or around `according to X` ([`crate::reported`]). The speaker
//! phrase resolves to a canonical name ([`crate::speaker`]).
//!
//! This module holds the claim types, the reading-order sweep over the
//! sentences, quotation attribution, and the [`Context`] the three share.

use std::cell::{OnceCell, RefCell};

use serde::Serialize;

use crate::entity::is_common_word;
use crate::entity::{Entity, Label};
use crate::gazetteer::{FastMap, FastSet, CUE_VERBS, ROLE_NOUNS};
use crate::quote::find_quotations;
use crate::reported::reported_in_sentence;
use crate::span::overlaps_any;
use crate::speaker::{speaker_near, speaker_without_cue};
use crate::token::Token;
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
pub(crate) const QUOTE_ONLY_CUES: &[&str] = &["described", "called", "asked", "continued", "posted"];

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

pub(crate) struct Context<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: &'a [Token],
    pub(crate) entities: &'a [Entity],
    /// Quoted titles (`titled “…”`), the names of documents that speak.
    pub(crate) titles: Vec<Span>,
    /// The last organisation or institution that spoke, for `it said`.
    pub(crate) last_body: RefCell<Option<String>>,
    /// The canonical names of the document's people.
    pub(crate) people: FastSet<&'a str>,
    /// Role word → the people described so (built on first use).
    pub(crate) roles: OnceCell<FastMap<String, Vec<(usize, String)>>>,
}

impl Context<'_> {
    pub(crate) fn word(&self, i: usize) -> &str {
        self.tokens[i].span.text(self.text)
    }

    /// Index of the first token starting at or after byte `at`.
    pub(crate) fn token_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.span.start < at)
    }

    /// Token range `[a, b)` of the sentence holding token `i`.
    pub(crate) fn sentence_of(&self, i: usize) -> (usize, usize) {
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
    pub(crate) fn named_in(&self, span: Span) -> impl Iterator<Item = &Entity> {
        let from = self.entities.partition_point(|e| e.span.start < span.start);
        self.entities[from..]
            .iter()
            .take_while(move |e| e.span.start < span.end)
            .filter(move |e| e.label.is_named() && span.contains(e.span))
    }

    /// Notes the speaker of `claim`: a person for `he` / `she`, anything
    /// else for `it`.
    pub(crate) fn remember(&self, claim: &Claim, last_person: &mut Option<String>) {
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
    pub(crate) fn roles(&self) -> &FastMap<String, Vec<(usize, String)>> {
        self.roles.get_or_init(|| {
            let mut roles: FastMap<String, Vec<(usize, String)>> = FastMap::default();
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
                // Only role nouns (and `old`, for `the 73-year-old`) are
                // ever looked up.
                words.retain(|w| w == "old" || ROLE_NOUNS.contains(w));
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
    pub(crate) fn is_title_mark(&self, k: usize) -> bool {
        let at = self.tokens[k].span;
        let i = self.titles.partition_point(|t| t.end + 4 < at.end);
        self.titles.get(i).is_some_and(|t| {
            let around = Span::new(t.start.saturating_sub(4), (t.end + 4).min(self.text.len()));
            around.contains(at)
        })
    }

    /// True when `name` is the canonical name of a person of the document.
    pub(crate) fn is_person(&self, name: &str) -> bool {
        self.people.contains(name)
    }

    /// The entity with `label` that starts at byte `at`, if any (a binary
    /// search: entities are sorted by span).
    pub(crate) fn entity_at(&self, at: usize, label: Label) -> Option<&Entity> {
        let from = self.entities.partition_point(|e| e.span.start < at);
        self.entities[from..].iter().take_while(|e| e.span.start == at).find(|e| e.label == label)
    }

    pub(crate) fn last_person_before(&self, at: usize) -> Option<&Entity> {
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
            // `in “Top Gun”`, `“Superman” director`: a quoted name is a title.
            if claim.cue.is_none()
                && is_quoted_name(q.inner.text(text))
                && !text[..q.open.start].trim_end().ends_with(':')
            {
                continue;
            }
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

/// True when quoted words read as a name (a film, a slogan, a brand): one
/// to six words, every word of four letters or more capitalised, and not a
/// single common word (`“Aggression”` is someone's word).
fn is_quoted_name(inner: &str) -> bool {
    // Six words are at most ~80 bytes: longer quotations are never split.
    if inner.len() > 80 || !inner.chars().next().is_some_and(char::is_uppercase) {
        return false;
    }
    let words: Vec<&str> = inner.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    let capitalised = |w: &&str| w.chars().next().is_some_and(char::is_uppercase);
    if words.is_empty() || words.len() > 6 || !capitalised(&words[0]) {
        return false;
    }
    if words.len() == 1 {
        return !is_common_word(words[0]);
    }
    words.iter().all(|w| w.chars().count() < 4 || capitalised(w))
}

pub(crate) fn is_title(text: &str, open: usize) -> bool {
    // The markers are lower-case ASCII: compare the bytes before the mark.
    let before = window_before(text, open, 40).trim_end().as_bytes();
    TITLE_MARKERS
        .iter()
        .any(|m| before.len() >= m.len() && before[before.len() - m.len()..].eq_ignore_ascii_case(m.as_bytes()))
}

/// At most `bytes` bytes of `text` before `at`, cut on a character boundary.
pub(crate) fn window_before(text: &str, at: usize, bytes: usize) -> &str {
    let mut start = at.saturating_sub(bytes);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..at]
}

/// At most `bytes` bytes of `text` after `at`, cut on a character boundary.
pub(crate) fn window_after(text: &str, at: usize, bytes: usize) -> &str {
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
    // `“… rules.” She added: …`: a quotation that ends its sentence is not
    // attributed by the next one.
    let ends_sentence = inner.text(cx.text).trim_end().ends_with('.');
    let new_sentence = cx.tokens.get(after).is_some_and(|t| t.sentence_start && is_capital_word(cx, after));
    // A quoted name takes only a cue right after it (`“Grey Tide,” she said`).
    let after_colon = before > 0 && cx.word(before - 1) == ":";
    let quoted_name = is_quoted_name(inner.text(cx.text)) && !after_colon;
    let window = if quoted_name { 2 } else { 12 };
    while !(ends_sentence && new_sentence) && i < cx.tokens.len() && i < after + window {
        let w = cx.word(i);
        if cx.tokens[i].line_start || matches!(w, "“" | "\"" | "«" | "." | "!" | "?") {
            break;
        }
        // `”, but stressed that …` opens a new clause: not this quote's cue.
        if i <= after + 1 && matches!(w, "but" | "and" | "while" | "which" | "who" | "as") {
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
    if found.is_none() && before > sentence_start && !quoted_name {
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
    // `While it was “possible” for Iran to …, he said,`: the cue further on
    // in the same sentence, past other quotations.
    if found.is_none() && !(ends_sentence && new_sentence) && !quoted_name {
        let (_, sentence_end) = cx.sentence_of(after.min(cx.tokens.len().saturating_sub(1)));
        let mut depth_free = true;
        for i in after..sentence_end.min(after + 60) {
            match cx.word(i) {
                "“" | "«" => depth_free = false,
                "”" | "»" => depth_free = true,
                _ if depth_free && !cx.tokens[i].line_start => {
                    if let Some(cue) = cue_at(cx, i).filter(|c| !c.ends_with("ing") && cx.word(i - 1) != "to") {
                        found = Some((i, cue, after));
                        break;
                    }
                }
                _ => {}
            }
        }
    }
    let Some((cue_index, cue, from)) = found else {
        claim.speaker = speaker_without_cue(cx, before, after, last_speaker);
        return claim;
    };
    claim.hedged = hedged_around(cx, from, cue_index, &cue);
    claim.speaker = speaker_near(cx, cue_index, from, &cue, last_speaker);
    claim.cue = Some(cue);
    claim
}

fn is_capital_word(cx: &Context, i: usize) -> bool {
    cx.word(i).chars().next().is_some_and(char::is_uppercase)
}

/// The cue phrase starting at token `i`, if any.
pub(crate) fn cue_at(cx: &Context, i: usize) -> Option<String> {
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
    // Cue verbs are lower-case words: skip the hash for anything else.
    if !w.as_bytes().first().is_some_and(u8::is_ascii_lowercase) || !CUE_VERBS.contains(w) {
        return None;
    }
    if matches!(w, "told" | "tells") {
        if let Some(obj @ ("reporters" | "journalists" | "parliament" | "lawmakers" | "students")) = next(1) {
            return Some(format!("{w} {obj}"));
        }
    }
    Some(w.to_string())
}

pub(crate) fn hedged_around(cx: &Context, from: usize, to: usize, cue: &str) -> bool {
    if cue.starts_with("quoted as") || cue.starts_with("was quoted as") {
        return true;
    }
    let (a, b) = cx.sentence_of(to);
    (a.min(from)..b).any(|i| is_hedge(cx.word(i))) || (cue == "according to" && !is_person_after(cx, to + 2))
}

/// The adverbs by which an article distances itself from what it reports.
pub(crate) fn is_hedge(word: &str) -> bool {
    matches!(word, "reportedly" | "allegedly" | "purportedly" | "supposedly")
}

pub(crate) fn is_person_after(cx: &Context, i: usize) -> bool {
    cx.tokens.get(i).is_some_and(|t| cx.entity_at(t.span.start, Label::Person).is_some())
}

/// True when byte `at` lies inside one of `quotes` (sorted, disjoint).
pub(crate) fn inside_quote(quotes: &[Span], at: usize) -> bool {
    let i = quotes.partition_point(|q| q.end <= at);
    quotes.get(i).is_some_and(|q| q.start <= at)
}
