//! The claim sweep: one pass over the sentences in reading order that
//! finds every claim of a document and its speaker.
//!
//! A quotation's attribution is looked for in its sentence, after the
//! closing mark first (`“…,” X said`, `“…,” said X`) and then before the
//! opening one (`X said: “…”`, `X claimed that … “…”`); a quotation with
//! none continues the previous one when it follows it in the same or the
//! next paragraph (`“…,” he added. “…”`). Reported speech is a content
//! clause after a cue (`X said (that) CLAUSE`), before one (`CLAUSE, X
//! said`) or around `according to X` ([`crate::reported`]). The speaker
//! phrase resolves to a canonical name ([`crate::speaker`]). The sweep owns
//! what it remembers of the speakers so far ([`Memory`]), so that a pronoun
//! (`she added`) resolves to the most recent speaker.

use std::cell::OnceCell;

use crate::claim::{Claim, ClaimKind};
use crate::context::{window_before, Context, Recent};
use crate::cue::{cue_at, hedged_around, is_indefinite};
use crate::entity::{is_common_word, Entity, Label};
use crate::quote::find_quotations;
use crate::reported::reported_in_sentence;
use crate::span::overlaps_any;
use crate::speaker::{speaker_near, speaker_without_cue};
use crate::token::Token;
use crate::Span;

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

/// The speakers the sweep has met so far.
#[derive(Default)]
struct Memory {
    /// The last person who spoke, for `he` / `she`.
    person: Option<String>,
    /// The last organisation or institution that spoke, for `it`.
    body: Option<String>,
    /// The last claim was someone unnamed's (`A neighbour told …`).
    unnamed: bool,
}

impl Memory {
    fn recent(&self) -> Recent<'_> {
        Recent { speaker: self.person.as_deref(), body: self.body.as_deref(), unnamed: self.unnamed }
    }

    /// Notes the speaker of `claim`: a person for `he` / `she`, anything
    /// else for `it`; or that someone unnamed spoke (a claim with a cue
    /// and no speaker, its sentence opening on `A` / `One` and a common
    /// noun: `A neighbour told …`).
    fn remember(&mut self, cx: &Context, claim: &Claim) {
        let (a, b) = cx.sentence_of(cx.token_at(claim.span.start));
        self.unnamed = claim.speaker.is_none()
            && claim.cue.is_some()
            && a + 1 < b
            && is_indefinite(cx.word(a))
            && cx.word(a + 1).bytes().all(|c| c.is_ascii_lowercase());
        if let Some(s) = &claim.speaker {
            if cx.is_person(s) {
                self.person = Some(s.clone());
            } else {
                self.body = Some(s.clone());
            }
        }
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
    let quote_spans: Vec<Span> =
        quotations.iter().map(|q| Span::new(q.open.start, q.close.map_or(q.inner.end, |c| c.end))).collect();
    let cx = Context {
        text,
        tokens,
        words: tokens.iter().map(|t| t.span.text(text)).collect(),
        entities,
        titles,
        quotations: quote_spans.clone(),
        people,
        roles: OnceCell::new(),
    };
    let mut claims: Vec<Claim> = Vec::new();
    let mut memory = Memory::default();
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
            for claim in reported_in_sentence(&cx, a, b, &quote_spans, memory.recent()).unwrap_or_default() {
                memory.remember(&cx, &claim);
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
            // `in “Top Gun”`, `“Superman” director`: quoted words that read as
            // a name (not after a colon, where speech opens) are a title
            // unless a cue follows right after them.
            let quoted_name = is_quoted_name(q.inner.text(text)) && !text[..q.open.start].trim_end().ends_with(':');
            let close = q.close.unwrap_or(q.inner);
            let mut claim = attribute_quote(&cx, q.open, close, q.inner, quoted_name, memory.recent());
            if claim.cue.is_none() && quoted_name {
                continue;
            }
            if claim.cue.is_none() {
                continue_previous_quote(text, &claims, q.open.start, &mut claim);
            }
            memory.remember(&cx, &claim);
            claims.push(claim);
        }
    }
    claims.sort_by_key(|c| c.span);
    claims.dedup_by(|b, a| a.span.overlaps(b.span));
    attribute_fragments(text, &mut claims);
    claims
}

/// A quotation with no cue that repeats words of a longer attributed one
/// (a headline's `EU states ‘determined to protect’ steel`, then the
/// minister's `“… determined to protect the sector,” X said`) is that
/// speaker's. Only the claims within a few screens of the fragment are
/// looked at (claims are in reading order), so a book costs no more per
/// claim than an article. (Not inlined into the sweep: 0.4 KB of bundle.)
#[inline(never)]
fn attribute_fragments(text: &str, claims: &mut [Claim]) {
    const REACH: usize = 4000;
    for i in 0..claims.len() {
        let fragment = &claims[i];
        if fragment.kind != ClaimKind::Quote || fragment.cue.is_some() {
            continue;
        }
        let words = fragment.span.text(text).trim_matches(|c: char| !c.is_alphanumeric());
        if words.split_whitespace().count() < 2 {
            continue;
        }
        let near = claims.partition_point(|c| c.span.end + REACH < fragment.span.start);
        let far = claims.partition_point(|c| c.span.start < fragment.span.end + REACH);
        let source = claims[near..far].iter().find(|c| {
            c.kind == ClaimKind::Quote
                && c.cue.is_some()
                && c.speaker.is_some()
                && c.span.len() > fragment.span.len()
                && c.span.text(text).contains(words)
        });
        if let Some(speaker) = source.map(|c| c.speaker.clone()) {
            claims[i].speaker = speaker;
        }
    }
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
    // `… Vestby said. Opposition leader Maja Holt accused them of “…”`:
    // someone else named in between, whose sentence this is.
    let someone_else = claim.speaker.as_deref().is_some_and(|s| {
        prev.speaker.as_deref() != Some(s) && s.rsplit(' ').next().is_some_and(|last| gap.contains(last))
    });
    if prev.kind == ClaimKind::Quote && gap.matches('\n').count() <= 2 && gap.len() < 200 && !someone_else {
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

/// Finds the cue and speaker of one quotation.
fn attribute_quote(cx: &Context, open: Span, close: Span, inner: Span, quoted_name: bool, recent: Recent) -> Claim {
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
        claim.speaker = speaker_without_cue(cx, before, after, recent);
        return claim;
    };
    claim.hedged = hedged_around(cx, from, cue_index, &cue);
    claim.speaker = speaker_near(cx, cue_index, from, &cue, recent);
    claim.cue = Some(cue);
    claim
}

fn is_capital_word(cx: &Context, i: usize) -> bool {
    cx.word(i).chars().next().is_some_and(char::is_uppercase)
}
