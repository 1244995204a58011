//! Speakers: who a cue's subject names. A named entity (person first, then
//! organisation or place, the head of the phrase), a pronoun (`he` / `she`
//! → the last person who spoke, `it` → the last organisation), a relative
//! (`Donald Trump, who said`), a coordinated verb or participle sharing the
//! main clause's subject, a role (`the president` → the person titled so,
//! `the regional governor` → the person named just after), a document (`the
//! decree` → its quoted title) or an institution (`Ukraine’s air force` →
//! `Ukrainian Air Force`).

use crate::context::{inside_quote, window_after, window_before, Context, Recent};
use crate::cue::{cue_at, is_indefinite};
use crate::entity::Label;
use crate::gazetteer::{country_adjective, ORG_KIND_NOUNS, OUTLET_HEADS, ROLE_NOUNS};
use crate::token::TokenKind;
use crate::Span;

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
    "would",
    "on",
];

/// Resolves the speaker of the cue at token `cue_index`, looking at the
/// subject before it (back to token `from`) or the one right after it.
pub(crate) fn speaker_near(cx: &Context, cue_index: usize, from: usize, cue: &str, recent: Recent) -> Option<String> {
    let cue_len = cue.split(' ').count();
    if cue == "according to" {
        return according_to(cx, cue_index + cue_len, recent);
    }
    // `Channel 12 quoted the premier as saying`: the one quoted speaks.
    if let Some((as_at, _)) = crate::cue::quoted_object(cx, cue_index) {
        return resolve_phrase(cx, cue_index + 1, as_at, recent);
    }
    // Subject before the cue, skipping adverbs and auxiliaries.
    let mut end = cue_index;
    while end > from && ADVERBS.contains(&cx.word(end - 1)) {
        end -= 1;
    }
    // Back to a mark or a full stop that ends a sentence (not an initial's:
    // `S. Jaishankar said`).
    let stops = |k: usize| {
        matches!(cx.word(k), "”" | "\"" | "»" | "“" | ";" | ":") || cx.word(k) == "." && cx.tokens[k + 1].sentence_start
    };
    let mut start = end;
    while start > from && (!stops(start - 1) || cx.is_title_mark(start - 1)) {
        start -= 1;
    }
    // `Ashworth resigned after a newspaper reported`: a subordinate
    // clause's own subject, when no comma comes between it and the cue.
    let subordinate = (start + 1..end)
        .rev()
        .take_while(|&k| cx.word(k) != ",")
        .find(|&k| matches!(cx.word(k), "after" | "because" | "when" | "while" | "since" | "before" | "until" | "as"));
    if let Some(k) = subordinate.filter(|&k| k + 1 < end) {
        start = k + 1;
    }
    // `a decree which states`: the relative pronoun's antecedent speaks.
    if end >= from + 2 && matches!(cx.word(end - 1), "which" | "that") {
        let antecedent = cx.word(end - 2).to_lowercase();
        if DOCUMENT_NOUNS.contains(&antecedent.as_str()) {
            return document_speaker(cx, cx.tokens[end - 2].span.start);
        }
    }
    // `While saying …, he noted`, `Speaking to reporters, Ana Ruiz said`:
    // a participle opening its sentence shares the main clause's subject,
    // the pronoun or person right after a comma.
    if cue.ends_with("ing") {
        let (a, b) = cx.sentence_of(cue_index);
        let opens = cue_index == a
            || cue_index == a + 1 && matches!(cx.word(a), "While" | "After" | "Before" | "When" | "Since" | "By");
        if opens {
            let subject = (cue_index + 1..b)
                .filter(|&k| cx.word(k - 1) == ",")
                .find_map(|k| person_in(cx, k, k + 1, recent).or_else(|| person_in(cx, k, k + 2, recent)));
            if subject.is_some() {
                return subject;
            }
        }
    }
    // `X insisted that …, claiming …`, `X called it “…” while cautioning
    // …`: a participle after a comma or `while` shares the main clause's
    // subject: the speaker just resolved, else the sentence's first person.
    if cue.ends_with("ing") && cue_index > from && matches!(cx.word(cue_index - 1), "," | "while") {
        if unnamed_group_subject(cx, cue_index) {
            return None;
        }
        return sentence_subject(cx, cue_index, recent).or_else(|| recent.speaker.map(str::to_string));
    }
    // `The Prime Minister has rallied … against what he described as`: a
    // pronoun right before the cue names the sentence's subject, else the
    // person it refers to.
    if end > start && end - start > 2 && matches!(cx.word(end - 1), "he" | "she") {
        return sentence_subject(cx, cue_index, recent)
            .filter(|s| cx.is_person(s))
            .or_else(|| pronoun_referent(cx, cx.tokens[end - 1].span.start, recent));
    }
    let is_word = |i: &usize| cx.tokens[*i].kind == TokenKind::Word;
    // `The minister noted the “…” of the deal but said …`: a conjunction
    // right before the cue joins it to the clause's verb; the words before
    // are that verb's object, and the clause's subject speaks.
    if end > start + 1 && matches!(cx.word(end - 1), "but" | "and" | "yet") && cx.word(end - 2) != "," {
        if let Some(subject) = sentence_subject(cx, cue_index, recent) {
            return Some(subject);
        }
    }
    if (start..end).any(|i| is_word(&i)) {
        // `…, but added that …`: a coordinated verb shares its subject.
        if (start..end).filter(is_word).all(|i| matches!(cx.word(i), "but" | "and" | "also" | "then" | "yet" | "so")) {
            return sentence_subject(cx, cue_index, recent).or_else(|| recent.speaker.map(str::to_string));
        }
        // `… used the results to assure investors that`: an infinitive cue
        // with no subject of its own shares the sentence's.
        // (Not a passive's: `he was heard to say`.)
        let passive = cue_index >= 3 && matches!(cx.word(cue_index - 3), "was" | "were" | "is" | "are" | "been");
        let infinitive = cx.word(cue_index - 1) == "to" && !passive;
        return subject_speaker(cx, start, end, recent)
            .or_else(|| infinitive.then(|| sentence_subject(cx, cue_index, recent)).flatten());
    }
    // `“…,” said X`: the subject right after the cue; `“…,” stated during
    // his speech`: none, the last speaker goes on; `“…,” said one nurse`:
    // someone new and unnamed, no one.
    let unnamed = cue_index + cue_len < cx.tokens.len() && is_indefinite(cx.word(cue_index + cue_len));
    phrase_after(cx, cue_index + cue_len, recent).or_else(|| {
        (cue_index == from && from > 0 && matches!(cx.word(from - 1), "”" | "\"") && !unnamed)
            .then_some(recent.speaker?.to_string())
    })
}

/// `Khan's party, Pakistan Tehreek-e-Insaf (PTI), said`: in the subject
/// `[a, b)`, a person's body named in the apposition after it.
fn possessive_body(cx: &Context, a: usize, b: usize) -> Option<String> {
    let comma = (a..b).find(|&k| cx.word(k) == ",")?;
    let owner = phrase_span(cx, a, comma);
    let owned = comma > a
        && BODY_NOUNS.contains(&cx.word(comma - 1))
        && cx.named_in(owner).any(|e| e.label == Label::Person && cx.text[e.span.end..].starts_with(['’', '\'']));
    let apposition = Span::new(cx.tokens[comma].span.end, cx.tokens[b - 1].span.end);
    owned.then(|| cx.named_in(apposition).find(|e| e.label == Label::Org)?.canonical.clone()).flatten()
}

/// True when the sentence holding token `at` opens on a count or a group
/// (`Two justices dissented, arguing …`, `Opposition councillors voted
/// against it, arguing …`): its subject is a group no name holds.
fn unnamed_group_subject(cx: &Context, at: usize) -> bool {
    let (a, _) = cx.sentence_of(at);
    let a = cx.after_dateline(a, at);
    if a >= at {
        return false;
    }
    let group = (a..at.min(a + 4)).find(|&k| cx.word(k).bytes().all(|b| b.is_ascii_lowercase())).is_some_and(|k| {
        let w = cx.word(k);
        let before = phrase_span(cx, a, k);
        w.strip_suffix('s').is_some_and(|one| ROLE_NOUNS.contains(one))
            && cx.named_in(before).all(|e| e.label != Label::Person)
    });
    group || cx.entity_at(cx.tokens[a].span.start, Label::Quantity).is_some()
}

/// The subject of the sentence holding token `at`, for a verb that shares
/// it (`Maduro described the strike as … and said …`, `Apple reacted,
/// saying …`): a pronoun opening the sentence, or the first person or
/// organisation named before `at` in the sentence's first clause.
fn sentence_subject(cx: &Context, at: usize, recent: Recent) -> Option<String> {
    let (a, _) = cx.sentence_of(at);
    let a = cx.after_dateline(a, at);
    if a >= at {
        return None;
    }
    // (`He` after a person brought in since the last speaker: that person.)
    if matches!(cx.word(a), "He" | "She") {
        return pronoun_referent(cx, cx.tokens[a].span.start, recent);
    }
    if PRONOUNS.contains(&cx.word(a)) {
        return recent.speaker.map(str::to_string);
    }
    // `It apologised … and said`: the body `It` stands for.
    if cx.word(a) == "It" {
        return person_in(cx, a, a + 1, recent);
    }
    // The subject comes before the first verb; a name deep in the
    // sentence is an object. Skip an opening adjunct (`On Monday, …`).
    let mut from = a;
    if let Some(comma) = (a..at.min(a + 6)).find(|&i| cx.word(i) == ",") {
        if !(a..comma).any(|i| cx.entity_at(cx.tokens[i].span.start, Label::Person).is_some()) {
            from = comma + 1;
        }
    }
    // `In a statement, the club thanked Doyle … and said`: a body's noun
    // opening the clause is its subject, not a person in its object.
    if matches!(cx.word(from), "the" | "The") && from + 1 < at {
        if let Some(body) = body_in(cx, from, from + 2) {
            return Some(body);
        }
    }
    // The words before the sentence's first verb name the subject (`The US
    // president insisted …, claiming`), a person, pronoun or role.
    let verb = (from..at).find(|&k| {
        cue_at(cx, k).is_some() || matches!(cx.word(k), "has" | "had" | "have" | "was" | "is" | "will" | "would")
    });
    if let Some(body) = verb.and_then(|k| possessive_body(cx, from, k)) {
        return Some(body);
    }
    if let Some(subject) = verb.filter(|&k| k > from).and_then(|k| person_in(cx, from, k, recent)) {
        return Some(subject);
    }
    // `The Polish minister noted …`: a role in the sentence's first words,
    // before any verb this engine knows; used as a title, the person after
    // it (`Opposition leader Maja Holt accused …`).
    let role = (from..at.min(from + 5)).find(|&k| ROLE_NOUNS.contains(&cx.word(k).to_lowercase()));
    let titled = role.and_then(|k| cx.tokens.get(k + 1)).and_then(|t| cx.entity_at(t.span.start, Label::Person));
    if let Some(subject) = titled.and_then(|e| e.canonical.clone()) {
        return Some(subject);
    }
    if let Some(subject) = role.and_then(|k| person_in(cx, from, k + 1, recent)) {
        return Some(subject);
    }
    // Else a person in apposition (`The Mayor of the West Midlands, Andy
    // Street, …`), a person or organisation opening the sentence.
    let opening = phrase_span(cx, from, at.min(from + 6));
    let apposition = (from + 1..at.min(from + 12)).filter(|&k| cx.word(k - 1) == ",").find_map(|k| {
        cx.entity_at(cx.tokens[k].span.start, Label::Person).filter(|e| cx.text[e.span.end..].starts_with(','))
    });
    cx.named_in(opening)
        .find(|e| e.label == Label::Person)
        .or(apposition)
        .or_else(|| cx.named_in(opening).find(|e| e.label == Label::Org))
        .and_then(|e| e.canonical.clone())
}

/// The speaker of a quotation with no cue in its sentence (tokens `open`
/// and `after` are its opening mark and the token after its closing one):
/// a headline's subject named right after it on its line (`‘…’: Alcaraz
/// praises …`), else the sentence's subject (`He branded them “…”`, `with
/// Lee terming the polls “…”`).
pub(crate) fn speaker_without_cue(cx: &Context, open: usize, after: usize, recent: Recent) -> Option<String> {
    let mut k = after;
    while k < cx.tokens.len() && k < after + 3 && matches!(cx.word(k), ":" | "," | "-" | "–" | "—") {
        k += 1;
    }
    if k < cx.tokens.len() && !cx.tokens[k].line_start {
        if let Some(e) = cx.entity_at(cx.tokens[k].span.start, Label::Person) {
            return e.canonical.clone();
        }
    }
    if open == 0 || cx.tokens[open].line_start {
        return None;
    }
    let (a, _) = cx.sentence_of(open);
    // `with Lee terming`: a person just before a participle.
    if let Some(e) = (a..open)
        .rev()
        .find(|&i| cx.word(i).ends_with("ing") && i > a)
        .and_then(|i| cx.named_in(phrase_span(cx, i - 1, i)).find(|e| e.label == Label::Person))
    {
        return e.canonical.clone();
    }
    sentence_subject(cx, open, recent)
}

/// The source named from token `start`, after `according to`: not the one
/// that passes its words on (`maps cited by Reuters`: the maps' makers,
/// unnamed).
pub(crate) fn according_to(cx: &Context, start: usize, recent: Recent) -> Option<String> {
    // `according to results of a trial published in the New England
    // Journal of Medicine`: a finding goes to its publisher (also past a
    // date: `a study published on Wednesday in the X Journal`).
    let published = (start..cx.tokens.len().min(start + 8)).find(|&i| cx.word(i) == "published").and_then(|i| {
        (i + 1..cx.tokens.len().min(i + 6))
            .take_while(|&k| cx.tokens[k].kind != TokenKind::Punct)
            .find(|&k| matches!(cx.word(k), "in" | "by"))
            .map(|k| k - 1)
    });
    if let Some(at) = published {
        let from = if cx.tokens.get(at + 2).is_some_and(|t| t.span.text(cx.text) == "the") { at + 3 } else { at + 2 };
        if let Some(body) = cx.tokens.get(from).and_then(|t| cx.entity_at(t.span.start, Label::Org)) {
            return body.canonical.clone();
        }
    }
    let passed_on = (start..cx.tokens.len().min(start + 8)).find(|&i| matches!(cx.word(i), "cited" | "quoted"));
    match passed_on {
        Some(end) => resolve_phrase(cx, start, end, recent),
        // (`according to the Russian foreign ministry`: an institution
        // the lists name by its country.)
        None => phrase_after(cx, start, recent).or_else(|| {
            let end =
                (start..cx.tokens.len().min(start + 6)).find(|&k| matches!(cx.word(k), "," | ".")).unwrap_or(start);
            institution_in(cx, start, end)
        }),
    }
}

pub(crate) fn phrase_after(cx: &Context, start: usize, recent: Recent) -> Option<String> {
    let phrase_end = |start: usize| {
        let mut end = start;
        // (An abbreviation's dot ends nothing: `said Dr. Ronald Petersen`.)
        let abbreviation_dot = |k: usize| cx.word(k) == "." && cx.tokens.get(k + 1).is_some_and(|t| !t.sentence_start);
        while end < cx.tokens.len()
            && end < start + 8
            && (abbreviation_dot(end)
                || !matches!(
                    cx.word(end),
                    "," | "." | ";" | ":" | "“" | "”" | "!" | "?" | "in" | "on" | "at" | "after" | "when" | "that"
                ))
        {
            end += 1;
        }
        end
    };
    let end = phrase_end(start);
    // `said its founder, retired nurse Joan Price`: a role, then the person
    // who holds it in apposition.
    // (Not when the phrase names its person: `said Chief Executive Pascal
    // Soriot, who appeared with Trump`.)
    let role = (start..end).any(|k| ROLE_NOUNS.contains_lowercased(cx.word(k)))
        && !cx.named_in(phrase_span(cx, start, end)).any(|e| e.label == Label::Person);
    if role && end + 1 < cx.tokens.len() && cx.word(end) == "," && !matches!(cx.word(end + 1), "who" | "which") {
        let apposition = phrase_span(cx, end + 1, phrase_end(end + 1));
        if let Some(person) = cx.named_in(apposition).find(|e| e.label == Label::Person) {
            return person.canonical.clone();
        }
    }
    resolve_phrase(cx, start, end, recent)
}

/// The speaker of the subject `[a, b)` before a cue. The subject may carry
/// an appositive or an adjunct (`Ivan Fedorov, posting on Telegram, said`;
/// `Speaking in Dublin, he said`), so the comma-separated pieces are tried:
/// a person, pronoun or role in the last piece, then a person in the first,
/// then an organisation or place in the last, then in the first.
fn subject_speaker(cx: &Context, a: usize, b: usize, recent: Recent) -> Option<String> {
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
            .or_else(|| recent.speaker.map(str::to_string));
    }
    // `Donald Trump, who indicated …`: the person just before the `who`;
    // `The Teamsters union, which represents workers at Brightwell, said`:
    // the body before the `which`, not one the relative clause names.
    // `Cosla, the body that represents the councils, said`: an apposition
    // with its own relative clause, likewise.
    let relative_apposition = matches!(cx.word(last.0), "the" | "a" | "an")
        && (last.0 + 1..last.1.min(last.0 + 5)).any(|k| matches!(cx.word(k), "that" | "which" | "who"));
    if (matches!(cx.word(last.0), "who" | "which" | "whose") || relative_apposition) && pieces.len() > 1 {
        let previous = pieces[pieces.len() - 2];
        let span = phrase_span(cx, previous.0, previous.1);
        // `… sought by Zipto Inc., which had argued`: the relative is the
        // name right before its comma, whatever the clause named earlier.
        let wanted = if cx.word(last.0) == "which" { Label::Org } else { Label::Person };
        let just_before = cx.named_in(span).last().filter(|e| e.span.end == span.end && e.label == wanted);
        if let Some(e) = just_before {
            return e.canonical.clone();
        }
        if let Some(p) = cx.named_in(span).filter(|e| e.label == Label::Person).last() {
            return p.canonical.clone();
        }
        if cx.word(last.0) != "who" {
            let body = named_in(cx, previous.0, previous.1).or_else(|| body_in(cx, previous.0, previous.1));
            // An unnamed subject before its apposition: no one the clause names.
            if body.is_some() || relative_apposition {
                return body;
            }
        }
    }
    // A person in the last piece, then in the others (`On Friday, Alejandro
    // Moreno, president of the PRI party, stated`), then a body.
    // `council leader John Cotton and his deputy, Sharon Thompson, said`: a
    // joint source speaks by its first-named person.
    let whole = phrase_span(cx, first.0, last.1);
    if (first.0..last.1).any(|i| cx.word(i) == "and") {
        let mut people = cx.named_in(whole).filter(|e| e.label == Label::Person);
        if let (Some(p), Some(_)) = (people.next(), people.next()) {
            return p.canonical.clone();
        }
    }
    // `A spokeswoman for the mayor said`: the one spoken for (unless the
    // spokeswoman is named: `A spokesman for it, Omid Karimi, said`).
    let named_person_after =
        || pieces[1..].iter().any(|p| cx.named_in(phrase_span(cx, p.0, p.1)).any(|e| e.label == Label::Person));
    let spoken_for = (first.0 + 1..first.1.saturating_sub(1))
        .find(|&k| cx.word(k) == "for" && (is_spokesperson(cx.word(k - 1)) || cx.word(k - 1) == "representative"));
    let spoken_for = spoken_for.filter(|_| !named_person_after());
    if let Some(k) = spoken_for {
        return resolve_phrase(cx, k + 1, first.1, recent);
    }
    // `A senior official in Vogt's team, speaking on condition of
    // anonymity, said`, `a newspaper reported`: someone unnamed speaks, not
    // the person the phrase mentions, nor the place (`a senior figure in
    // Kyiv told`); with a body named (`a Kremlin spokesman`), the body's
    // spokesman or the body speaks, as below.
    if is_indefinite(cx.word(first.0)) {
        if let Some(body) = body_in(cx, first.0, first.1) {
            return Some(body);
        }
    }
    let first_span = phrase_span(cx, first.0, first.1);
    let unnamed = is_indefinite(cx.word(first.0))
        && (first.0 + 1..first.1)
            .any(|k| ROLE_NOUNS.contains_lowercased(cx.word(k)) || ORG_KIND_NOUNS.contains(cx.word(k)))
        && cx.named_in(first_span).all(|e| e.label != Label::Org)
        && !named_person_after();
    if unnamed {
        return None;
    }
    // `Raila Odinga's Orange Democratic Movement said`: the body a person's
    // possessive opens speaks, not the person.
    let last_span = phrase_span(cx, last.0, last.1);
    let owner =
        cx.named_in(last_span).find(|e| e.label == Label::Person && cx.text[e.span.end..].starts_with(['’', '\'']));
    // (The body right after the possessive, ending the subject.)
    let owned_body = owner.and_then(|p| {
        cx.named_in(last_span).last().filter(|e| {
            e.label == Label::Org && e.span.end == last_span.end && e.span.start <= p.span.end + "’s ".len()
        })
    });
    if let Some(body) = owned_body {
        return body.canonical.clone();
    }
    if let Some(body) = possessive_body(cx, a, b) {
        return Some(body);
    }
    // `Professor Sofia Lind of the University of Uppsala, a planetary
    // scientist, said`: an indefinite apposition describes the person
    // named before it.
    if pieces.len() > 1 && is_indefinite(cx.word(last.0)) {
        let named = pieces[..pieces.len() - 1].iter().rev().find_map(|p| {
            cx.named_in(phrase_span(cx, p.0, p.1)).find(|e| e.label == Label::Person).and_then(|e| e.canonical.clone())
        });
        if named.is_some() {
            return named;
        }
    }
    // `Brightwater, a charity based in Leeds, said`, `The Tresk Pilots
    // Association, the pilots' union, said`: an apposition that names no
    // person describes the body named before it, which speaks (not the
    // place or the body the apposition mentions).
    if pieces.len() > 1
        && matches!(cx.word(last.0), "a" | "an" | "the")
        && !cx.named_in(last_span).any(|e| e.label == Label::Person)
    {
        // The name is the whole first piece (`In a statement to the Tresk
        // Herald, the Harbour Board said` is no apposition).
        let name_start = if cx.word(first.0).eq_ignore_ascii_case("the") { first.0 + 1 } else { first.0 };
        let (start, end) = (cx.tokens[name_start.min(first.1 - 1)].span.start, cx.tokens[first.1 - 1].span.end);
        let body =
            cx.named_in(first_span).find(|e| e.label == Label::Org && e.span.start == start && e.span.end == end);
        if let Some(body) = body {
            return body.canonical.clone();
        }
    }
    // `Kestrel Rovers have signed …, the Premier League side announced`:
    // a name before a kind noun is a modifier; the body the sentence opened
    // with (else the last body that spoke) is the one described.
    let kind = cx.word(last.1 - 1);
    if last.1 - last.0 >= 3 && cx.word(last.0).eq_ignore_ascii_case("the") && ORG_KIND_NOUNS.contains(kind) {
        let noun_start = cx.tokens[last.1 - 1].span.start;
        let modifier =
            cx.named_in(last_span).find(|e| e.label == Label::Org && cx.text[e.span.end..noun_start].trim().is_empty());
        if let Some(modifier) = modifier {
            let (a, _) = cx.sentence_of(first.0);
            let opening = phrase_span(cx, a, first.0);
            let described = cx.named_in(opening).find(|e| e.label == Label::Org && e.canonical != modifier.canonical);
            return described.and_then(|e| e.canonical.clone()).or_else(|| recent.body.map(str::to_string));
        }
    }
    // `The Labour-run authority said`: a name glued to a modifier is no
    // subject; the body the head noun names speaks.
    let mut named = cx.named_in(last_span).peekable();
    let glued = named.peek().is_some() && named.all(|e| cx.text[e.span.end..].starts_with('-'));
    let head_body = || glued.then(|| body_in(cx, last.0, last.1)).flatten();
    person_in(cx, last.0, last.1, recent)
        .or_else(|| pieces.iter().rev().skip(1).find_map(|p| person_in(cx, p.0, p.1, recent)))
        .or_else(head_body)
        .or_else(|| institution_in(cx, last.0, last.1))
        .or_else(|| named_in(cx, last.0, last.1))
        .or_else(|| body_in(cx, last.0, last.1))
        .or_else(|| named_in(cx, first.0, first.1))
}

/// True when `word` names one who speaks for a body or a person
/// (`spokesman`, `spokeswoman`, `spokesperson`).
fn is_spokesperson(word: &str) -> bool {
    matches!(word, "spokesman" | "spokeswoman" | "spokesperson")
}

/// Common nouns for an organisation the article has named (`the company`,
/// `the Japanese carmaker`, `the paper`).
const BODY_NOUNS: &[&str] = &[
    "company",
    "firm",
    "group",
    "carmaker",
    "automaker",
    "drugmaker",
    "retailer",
    "lender",
    "insurer",
    "airline",
    "bank",
    "broadcaster",
    "newspaper",
    "paper",
    "outlet",
    "network",
    "movement",
    "party",
    "ministry",
    "department",
    "agency",
    "council",
    "authority",
    "regulator",
    "watchdog",
    "commission",
    "committee",
    "union",
    "club",
    "charity",
    "organisation",
    "organization",
    "court",
    "startup",
    "giant",
    "conglomerate",
    "manufacturer",
    "operator",
    "platform",
    "band",
    "alliance",
    "association",
    "federation",
    "coalition",
    "foundation",
    "institute",
    "university",
    "hospital",
    "force",
    "college",
    "school",
    "board",
    "trust",
    "society",
    "utility",
    "museum",
    "gallery",
];

/// `the company`, `the Japanese carmaker`: the organisation named last
/// before the phrase (one that carries the noun itself, `the ministry` →
/// `Foreign Ministry`, when there is one within reach).
fn body_in(cx: &Context, a: usize, b: usize) -> Option<String> {
    let words: Vec<&str> = (a..b).filter(|&i| cx.tokens[i].kind == TokenKind::Word).map(|i| cx.word(i)).collect();
    let (first, mut noun) = (words.first()?, words.last()?);
    // `The Japanese auto giants said`: a joint source, spoken for by the
    // first named of the last two bodies.
    let plural = noun.strip_suffix('s').is_some_and(|one| BODY_NOUNS.contains(&one));
    if plural && first.eq_ignore_ascii_case("the") && words.len() <= 4 {
        let at = cx.tokens[a].span.start;
        let before = cx.entities.partition_point(|e| e.span.start < at);
        let mut names: Vec<&str> = Vec::new();
        for e in cx.entities[..before].iter().rev().filter(|e| e.label == Label::Org).take(12) {
            match e.canonical.as_deref() {
                Some(name) if !names.contains(&name) && names.len() < 2 => names.push(name),
                _ => {}
            }
        }
        return names.last().map(|n| n.to_string());
    }
    // `a company spokesperson said`: the body the spokesperson speaks for.
    let spokesperson = match words.as_slice() {
        [article, body, role] if matches!(*article, "a" | "A" | "an" | "An") => is_spokesperson(role).then_some(body),
        _ => None,
    };
    if let Some(body) = spokesperson {
        noun = body;
    }
    // `The bank's statement said`: the body whose document it is.
    let documents = ["statement", "report", "filing", "forecast", "website", "announcement"];
    let owner = match words.as_slice() {
        [_, owner, document] | [_, owner, _, document] if documents.contains(document) => {
            owner.strip_suffix("’s").or_else(|| owner.strip_suffix("'s"))
        }
        _ => None,
    };
    if let Some(owner) = &owner {
        noun = owner;
    }
    let at = cx.tokens[a].span.start;
    let before = cx.entities.partition_point(|e| e.span.start < at);
    let orgs = || cx.entities[..before].iter().rev().filter(|e| e.label == Label::Org).take(12);
    // `Police say`: the police force the article has named.
    if words.len() == 1 && first.eq_ignore_ascii_case("police") {
        return orgs().find(|e| e.span.text(cx.text).contains("Police")).and_then(|e| e.canonical.clone());
    }
    if !(first.eq_ignore_ascii_case("the") || spokesperson.is_some()) || words.len() > 4 || !BODY_NOUNS.contains(noun) {
        return None;
    }
    // `the paper said`: an outlet, by the head of its name.
    let outlet = matches!(*noun, "paper" | "newspaper" | "broadcaster" | "outlet" | "network");
    let carrying = orgs().find(|e| {
        let name = e.span.text(cx.text);
        if outlet {
            name.rsplit(' ').next().is_some_and(|w| OUTLET_HEADS.contains(w))
        } else if *noun == "force" {
            // `the force said`: a police force.
            ["Police", "Constabulary", "Force"].iter().any(|head| name.contains(head))
        } else {
            // A word of the name (`the museum`: not `Museums and Monuments`).
            name.split(' ').any(|w| w.eq_ignore_ascii_case(noun))
        }
    });
    // `the commission said` with no commission named: an unnamed body, not
    // the last organisation (such bodies carry their noun in their names).
    let named_by_noun = matches!(
        *noun,
        "ministry"
            | "department"
            | "council"
            | "commission"
            | "committee"
            | "court"
            | "force"
            | "college"
            | "school"
            | "board"
            | "trust"
            | "society"
    );
    // Else the organisation named most often among the last few (ties: the
    // latest): `the company` is the article's company, not the broker
    // quoted on it just before.
    let most_named = || {
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for name in orgs().filter_map(|e| e.canonical.as_deref()) {
            match counts.iter_mut().find(|(n, _)| *n == name) {
                Some((_, c)) => *c += 1,
                None => counts.push((name, 1)),
            }
        }
        // `max_by_key` keeps the last of equals: the list runs latest first.
        counts.iter().rev().max_by_key(|(_, c)| *c).map(|(n, _)| n.to_string())
    };
    // `Meridale Biologics, a small company based in Oxford`, `engineering
    // firm Halvern Group`: the body the article described by that noun.
    let described = || orgs().find(|e| described_as(cx, e.span, noun)).and_then(|e| e.canonical.clone());
    match carrying {
        Some(e) => e.canonical.clone(),
        None if named_by_noun => None,
        None => described().or_else(most_named),
    }
}

/// True when the name at `span` is described by `noun` in an apposition
/// after it (`, a small company based in`) or right before it (`firm
/// Halvern`); a company and a firm are one kind.
fn described_as(cx: &Context, span: Span, noun: &str) -> bool {
    let kind = |w: &str| w == noun || matches!((w, noun), ("company" | "firm", "company" | "firm"));
    let after = window_after(cx.text, span.end, 48);
    let apposition = after
        .strip_prefix(", a ")
        .or_else(|| after.strip_prefix(", an "))
        .or_else(|| after.strip_prefix(", the "))
        .is_some_and(|rest| rest.split(',').next().unwrap_or("").split(' ').take(4).any(kind));
    apposition || window_before(cx.text, span.start, 24).split(' ').rev().nth(1).is_some_and(kind)
}

/// The speaker named by tokens `[a, b)`: a person, pronoun or role first,
/// else an organisation or place.
fn resolve_phrase(cx: &Context, a: usize, b: usize, recent: Recent) -> Option<String> {
    person_in(cx, a, b, recent).or_else(|| named_in(cx, a, b))
}

fn phrase_span(cx: &Context, a: usize, b: usize) -> Span {
    Span::new(cx.tokens[a].span.start, cx.tokens[b - 1].span.end)
}

/// A person named in `[a, b)`, a pronoun, or a role phrase (`the president`,
/// `Kremlin spokesman`, `the 73-year-old`).
// Called from six places: inlined, each would carry a copy.
#[inline(never)]
fn person_in(cx: &Context, a: usize, b: usize, recent: Recent) -> Option<String> {
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
            ["where", "when", "as", "after", "before", "because", "while", "but", "and", "so", "then"]
                .iter()
                .any(|r| rel.eq_ignore_ascii_case(r))
                && PRONOUNS.contains(p)
        }
        _ => false,
    };
    // `it`: the body that spoke last, else one just named (`The Port
    // Authority denied that. In a statement, it said`; not `It is
    // estimated`, which names no one).
    let body_it = |expletive: bool| {
        let just_named = || {
            if expletive {
                return None;
            }
            let before = cx.entities.partition_point(|e| e.span.start < span.start);
            cx.entities[..before]
                .iter()
                .rev()
                .take_while(|e| e.span.end + 300 > span.start)
                .find(|e| e.label == Label::Org)
                .and_then(|e| e.canonical.clone())
        };
        // `Veltron, based in Santa Clara, competes with Nvidia. It said`: a
        // sentence's `It` is the body that opened the sentence before.
        let previous_subject = || {
            let at = cx.token_at(span.start);
            let (a, _) = cx.sentence_of(at);
            if a != at || a == 0 || expletive {
                return None;
            }
            let (previous, _) = cx.sentence_of(a - 1);
            let opening = if cx.word(previous) == "The" { previous + 1 } else { previous };
            cx.entity_at(cx.tokens.get(opening)?.span.start, Label::Org).and_then(|e| e.canonical.clone())
        };
        previous_subject().or_else(|| recent.body.map(str::to_string)).or_else(just_named)
    };
    // (`by which time it projects`: `it` after the words of a relative.)
    let relative_it = matches!(words.as_slice(), [.., "it"])
        && words.len() <= 4
        && words.iter().all(|w| w.bytes().all(|b| b.is_ascii_lowercase()));
    if matches!(words.as_slice(), ["it"] | ["It"]) || relative_it {
        let expletive = b < cx.tokens.len() && matches!(cx.word(b), "is" | "was" | "has" | "had" | "would" | "will");
        return body_it(expletive);
    }
    // `Its secretary-general said` with none named: the body speaks; `Her
    // office said`: the person it is hers.
    if let [owner, .., noun] = words.as_slice() {
        let unnamed = words.len() <= 3 && !noun.chars().next().is_some_and(char::is_uppercase);
        if unnamed && owner.eq_ignore_ascii_case("its") && ROLE_NOUNS.contains_lowercased(noun) {
            return body_it(false);
        }
        let speaks_for = matches!(*noun, "office" | "campaign") || is_spokesperson(noun);
        if unnamed && ["his", "her"].iter().any(|p| owner.eq_ignore_ascii_case(p)) && speaks_for {
            return pronoun_referent(cx, span.start, recent);
        }
    }
    if pronoun {
        return pronoun_referent(cx, span.start, recent);
    }
    let last = words.last()?;
    let last_lower = last.to_lowercase();
    if DOCUMENT_NOUNS.contains(&last_lower.as_str()) {
        return document_speaker(cx, span.start);
    }
    // `The boss of Marks & Spencer`: a role of a body, the body's name
    // telling which of its kind.
    if let Some(of) = words.iter().position(|w| *w == "of").filter(|&k| k > 0 && k + 1 < words.len()) {
        let role = words[of - 1];
        if ROLE_NOUNS.contains(&role.to_lowercase()) && !role.chars().next().is_some_and(char::is_uppercase) {
            let body: Vec<&str> =
                words[of + 1..].iter().copied().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).collect();
            return resolve_role(cx, role, &body, span, recent);
        }
    }
    let described = words.first().is_some_and(|w| w.eq_ignore_ascii_case("the")) && words.len() <= 6;
    // `the minister`, and a title used as a noun: `The Prime Minister has`.
    let is_role =
        ROLE_NOUNS.contains(&last_lower) && (described || !last.chars().next().is_some_and(char::is_uppercase));
    if is_role || (described && *last == "old") {
        let modifiers: Vec<&str> = words[..words.len() - 1]
            .iter()
            .copied()
            .filter(|w| w.chars().next().is_some_and(char::is_uppercase) && !w.eq_ignore_ascii_case("the"))
            .filter(|w| !is_indefinite(w))
            .collect();
        return resolve_role(cx, last, &modifiers, span, recent);
    }
    None
}

/// Who `he` / `she` at byte `at` names: the last speaker, unless a person
/// was brought in as a sentence's subject since that speaker was last
/// named (`Jaishankar also spoke … “…,” he said` after a quote of Qureshi).
fn pronoun_referent(cx: &Context, at: usize, recent: Recent) -> Option<String> {
    if recent.unnamed {
        return None;
    }
    let before = cx.entities.partition_point(|e| e.span.start < at);
    let people = cx.entities[..before].iter().rev().filter(|e| e.label == Label::Person && e.span.end <= at);
    let Some(speaker) = recent.speaker else {
        return cx.last_person_before(at).and_then(|e| e.canonical.clone());
    };
    // Names inside quotations are the speakers' words, not the article's subjects.
    for e in people.filter(|e| !inside_quote(&cx.quotations, e.span.start)).take(6) {
        if e.canonical.as_deref() == Some(speaker) {
            break;
        }
        if is_sentence_subject(cx, e) {
            return e.canonical.clone();
        }
    }
    Some(speaker.to_string())
}

/// True when `e` opens its sentence (after at most a title or two, an
/// opening adjunct such as `After the vote,`), and is no possessive.
fn is_sentence_subject(cx: &Context, e: &crate::entity::Entity) -> bool {
    let first = cx.token_at(e.span.start);
    let (a, _) = cx.sentence_of(first);
    let after = cx.text[e.span.end..].chars().next();
    if matches!(after, Some('’' | '\'')) {
        return false;
    }
    let lead = &cx.tokens[a..first];
    let lead_is_adjunct = lead.len() <= 8 && lead.iter().any(|t| t.span.text(cx.text) == ",");
    // Titles and roles before the name (`Opposition leader Maja Holt`,
    // `Outgoing prime minister Ingrid Solberg`).
    const ROLE_MODIFIERS: &[&str] = &["prime", "foreign", "deputy", "former", "outgoing", "acting", "interim", "vice"];
    let titled = |t: &crate::token::Token| {
        let w = t.span.text(cx.text);
        w.chars().next().is_some_and(char::is_uppercase) || ROLE_NOUNS.contains(w) || ROLE_MODIFIERS.contains(&w)
    };
    lead.len() <= 4 && lead.iter().all(titled) || lead_is_adjunct && cx.word(first - 1) == ","
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
    if a >= b {
        return None;
    }
    let phrase = phrase_span(cx, a, b).text(cx.text);
    // `the Russian foreign ministry`: the adjective written already.
    if let Some((adjective, rest)) = phrase.trim_start_matches("the ").split_once(' ') {
        // (The table of adjectives is read only for an institution's words.)
        if INSTITUTIONS.contains(&rest) && crate::gazetteer::country_adjectives().any(|a| a == adjective) {
            return Some(format!("{adjective} {}", title_case(rest)));
        }
    }
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
    Some(format!("{adjective} {}", title_case(institution)))
}

/// `foreign ministry` → `Foreign Ministry`.
fn title_case(words: &str) -> String {
    let title: Vec<String> = words
        .split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
        })
        .collect();
    title.join(" ")
}

/// An organisation or place named in `[a, b)`.
fn named_in(cx: &Context, a: usize, b: usize) -> Option<String> {
    if a >= b {
        return None;
    }
    // The head of a noun phrase comes last (`Germany’s Der Spiegel`); of a
    // joint source, the first-named party speaks (`Iran and the United
    // States said`).
    let span = phrase_span(cx, a, b);
    let joint = (a..b).any(|i| cx.word(i) == "and");
    let mut named = cx.named_in(span);
    if joint { named.next() } else { named.last() }.and_then(|e| e.canonical.clone())
}

/// `the president`, `the regional governor`, `the 73-year-old`: the person
/// the article describes so, before (by title) or just after.
fn resolve_role(cx: &Context, role: &str, modifiers: &[&str], phrase: Span, recent: Recent) -> Option<String> {
    let at = phrase.start;
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
    let after = described.partition_point(|(i, _)| cx.entities[*i].span.start <= at);
    let nearest_before = |need_fit: bool| {
        described[..before]
            .iter()
            .rev()
            .map(|(i, ctx)| (&cx.entities[*i], ctx))
            .find(|(e, ctx)| e.span.end <= at && (!need_fit || fits(ctx)))
            .map(|(e, _)| e)
    };
    let just_after = || described[after..].first().map(|(i, _)| &cx.entities[*i]).filter(|e| e.span.start < at + 600);
    if let Some(e) = nearest_before(true) {
        return e.canonical.clone();
    }
    // `A Harbour Board spokeswoman` with no such spokeswoman named, before
    // or just after (`Harbour Board spokeswoman Lena Vogt`): the body speaks
    // (the caller's fallback), not the last speaker nor another person named
    // after (who is meant by `BP's chief executive`).
    let spokesperson = is_spokesperson(&role) || role == "representative";
    if spokesperson && !modifiers.is_empty() && cx.named_in(phrase).any(|e| e.label == Label::Org) {
        let named_after = described[after..]
            .iter()
            .take_while(|(i, _)| cx.entities[*i].span.start < at + 600)
            .find(|(_, ctx)| fits(ctx));
        return named_after.and_then(|(i, _)| cx.entities[*i].canonical.clone());
    }
    // `the US president` when no US president was named: the last speaker
    // (if a person) is likelier than another country's president.
    if !modifiers.is_empty() {
        if let Some(s) = recent.speaker.filter(|s| cx.is_person(s)) {
            return Some(s.to_string());
        }
    }
    if let Some(e) = nearest_before(false).or_else(just_after) {
        return e.canonical.clone();
    }
    if role != "old" {
        // Named just after (`… the regional governor said. Ivan Fedorov, …`),
        // past the sentence: a person after the cue in it is what is said
        // (`M&S boss says Reeves made …`).
        let (_, sentence_end) = cx.sentence_of(cx.token_at(at));
        let past = cx.tokens.get(sentence_end).map_or(cx.text.len(), |t| t.span.start);
        let from = cx.entities.partition_point(|e| e.span.start < past);
        let next =
            cx.entities[from..].iter().take_while(|e| e.span.start < at + 400).find(|e| e.label == Label::Person);
        if let Some(e) = next {
            return e.canonical.clone();
        }
    }
    // `Pop star Mara Lune … The 29-year-old said`, no age given before and
    // no one quoted yet: the person named last.
    if role == "old" && recent.speaker.is_none() {
        return cx.last_person_before(at).and_then(|e| e.canonical.clone());
    }
    recent.speaker.map(str::to_string)
}
