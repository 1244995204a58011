//! Reported speech: the content clause of a cue outside quotation marks.
//! `X said (that) CLAUSE` (adjuncts skipped up to `that`), `CLAUSE, X said`
//! (also with a trailing adjunct), `according to X, CLAUSE` and `CLAUSE,
//! according to X`; coordinated clauses (`and that …`, `…, adding that …`)
//! become claims of their own; a sentence hedged by `reportedly` with no
//! source is a claim with no speaker.

use crate::claim::{Claim, ClaimKind};
use crate::context::{inside_quote, Context, Recent};
use crate::cue::{cue_at, hedged_around, is_hedge};
use crate::entity::Label;
use crate::gazetteer::QUOTE_ONLY_CUES;
use crate::speaker::{according_to, speaker_near};

/// Cues that introduce reported speech only before `that`.
const THAT_ONLY_CUES: &[&str] = &[
    "repeated",
    "reiterated",
    "found",
    "finds",
    "showed",
    "shows",
    "estimated",
    "estimates",
    "proposed",
    "projected",
    "ruled",
];
use crate::token::TokenKind;
use crate::Span;

pub(crate) fn reported_in_sentence(
    cx: &Context,
    a: usize,
    b: usize,
    quotes: &[Span],
    recent: Recent,
) -> Option<Vec<Claim>> {
    let end_token = if matches!(cx.word(b - 1), "." | "!" | "?") { b - 1 } else { b };
    let a = cx.after_dateline(a, end_token);
    let mut claims: Vec<Claim> = Vec::new();
    let mut i = a;
    while i < end_token {
        let found = reported_at(
            cx,
            a,
            i,
            end_token,
            quotes,
            Recent { speaker: claims.last().and_then(|c| c.speaker.as_deref()).or(recent.speaker), ..recent },
        );
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
    let adverb = (a..end_token).find(|&k| is_hedge(cx.word(k)))?;
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
    recent: Recent,
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
            || (matches!(cx.word(k), "\"" | "'" | "’")
                && inside_quote(quotes, cx.tokens[k].span.start)
                && k < i
                && !inside_quote(quotes, cx.tokens[k + 1].span.start));
        let title = || {
            let at = cx.tokens[k].span.start;
            let i = cx.titles.partition_point(|t| t.end <= at);
            i > 0 && cx.text[cx.titles[i - 1].end..at].trim().is_empty()
        };
        // Between the mark and the cue only a subject may stand (`”, X
        // said`); `” while cautioning that` opens a clause of its own.
        let new_clause = || {
            (k + 1..i).any(|g| matches!(cx.word(g), "while" | "but" | "and" | "although" | "though" | "as" | "which"))
        };
        closing && i - k <= 6 && !title() && !new_clause()
    };
    if (a..i).any(closes_speech) {
        return None;
    }
    let cue_len = cue.split(' ').count();
    // `according to X, CLAUSE` / `CLAUSE, according to X`.
    if cue == "according to" {
        // `According to the King's Fund, a health think tank, CLAUSE`: past
        // an apposition to the source.
        let comma = (i + 2..end_token).find(|&k| cx.word(k) == ",").map(|c| {
            let apposition_end = (c + 2..end_token.min(c + 9)).find(|&k| cx.word(k) == ",");
            match apposition_end {
                Some(e) if matches!(cx.word(c + 1), "a" | "an" | "the") && !has_finite_verb(cx, c + 1, e) => e,
                _ => c,
            }
        });
        let speaker = according_to(cx, i + 2, recent);
        let hedged = hedged_around(cx, i, i, &cue);
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
        // `…, the ministry said, and rescuers …`: a coordinated clause follows.
        let coordinated = rest + 1 < end_token
            && cx.word(rest) == ","
            && matches!(cx.word(rest + 1), "and" | "but" | "while" | "as" | "adding" | "saying");
        // `…, the company said, above the $3 billion expected`: a phrase that
        // qualifies the clause follows.
        let qualified = rest + 1 < end_token
            && cx.word(rest) == ","
            && matches!(
                cx.word(rest + 1),
                "above"
                    | "below"
                    | "up"
                    | "down"
                    | "compared"
                    | "against"
                    | "ahead"
                    | "despite"
                    | "amid"
                    | "after"
                    | "with"
                    | "the"
            );
        // `…, fire brigade spokesman Yiannis Artopios told state broadcaster
        // ERT.`: the one told ends the sentence.
        let listener_only = matches!(cue.as_str(), "told" | "tells")
            && end_token - rest <= 5
            && (rest..end_token).all(|k| !matches!(cx.word(k), "that" | "," | ";" | ":"));
        let short_tail = rest >= end_token
            || coordinated
            || qualified
            || listener_only
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
            ) && !(rest..end_token).take_while(|&k| cx.word(k) != ",").any(|k| cx.word(k) == "that"));
        // `CLAUSE, said Dr Alisa Kuznetsova of the university, who led it.`:
        // the cue opens the tail and its subject follows it.
        // The subject ends the sentence or takes a phrase of its own (`of
        // …`, `, who …`); not `…, said BP would …` (a clause follows) nor
        // `…, saying the Commission …` (a participle).
        let inverted = i == comma + 1 && rest < end_token && !cue.ends_with("ing") && {
            let near = Span::new(cx.tokens[rest].span.start, cx.tokens[(rest + 3).min(end_token - 1)].span.end);
            cx.named_in(near).next().is_some_and(|e| {
                let after = cx.tokens.partition_point(|t| t.span.start < e.span.end);
                after >= end_token || matches!(cx.word(after), "," | "of" | "at" | "from" | "in")
            })
        };
        if (short_tail || inverted) && comma > a + 2 && i - comma <= 8 {
            let speaker = speaker_near(cx, i, comma + 1, &cue, recent);
            let hedged = hedged_around(cx, a, i, &cue);
            return Some((end_token, clause_claims(cx, a, comma, quotes, speaker, Some(cue), hedged)?));
        }
    }
    // `X said (that) CLAUSE`: skip an object (`told reporters`), an adjunct
    // (`on Tuesday`, `in a statement`) up to `that`.
    let mut s = i + cue_len;
    // `repeated`, `reiterated` are cues only before `that`.
    if THAT_ONLY_CUES.contains(&cue.as_str()) && cx.tokens.get(s).is_none_or(|_| cx.word(s) != "that") {
        return None;
    }
    // `said on Tuesday he …`: a date right after the cue is an adjunct.
    // (`said last week they had …`: the date opens at the word itself.)
    if s < end_token && matches!(cx.word(s), "on" | "late" | "early" | "last" | "this") {
        let date = cx
            .entity_at(cx.tokens[s].span.start, Label::Date)
            .or_else(|| cx.tokens.get(s + 1).and_then(|t| cx.entity_at(t.span.start, Label::Date)));
        if let Some(date) = date {
            s = cx.tokens.partition_point(|t| t.span.start < date.span.end);
        }
    }
    if cue.starts_with("told") && cue_len == 1 {
        // `told NAME that`
        let object = s;
        while s < end_token && s < i + 5 && cx.word(s) != "that" {
            s += 1;
        }
        // `told the Tresk Herald she backed it`, `told him it was over`: no
        // `that`, so the clause starts after the object.
        if s >= end_token || cx.word(s) != "that" {
            s = after_an_object(cx, object, end_token).unwrap_or(s);
        }
    }
    if let Some(that) = (s..end_token.min(s + 8)).find(|&k| cx.word(k) == "that") {
        // Commas only in pairs, around an apposition (`told reporters in
        // the capital, Velmont, that …`).
        let commas = (s..that).filter(|&k| cx.word(k) == ",").count();
        // Not over a clause of its own (`said the price was fair but warned
        // that …`).
        // (Nor over a finite verb: `said the offer was the best that could
        // be afforded`.)
        // (One word is an object, not a clause: `assure investors that`.)
        let own_cue = (s..that).any(|k| cue_at(cx, k).is_some()) || that > s + 1 && has_finite_verb(cx, s, that);
        if (s..that).all(|k| !matches!(cx.word(k), "“" | "”")) && commas % 2 == 0 && !own_cue {
            s = that + 1;
        }
    } else if s < end_token && !starts_clause(cx, s) {
        return None;
    }
    if s >= end_token || matches!(cx.word(s), "“" | "\"" | ":" | "«") {
        return None;
    }
    // `urged rich countries to cut faster`: an object and an infinitive
    // ask for an act; they report no claim.
    if asks_for_an_act(cx, &cue, s, end_token) {
        return None;
    }
    // The clause ends where a coordinated cue starts a second claim
    // (`…, and insisted that …`, `…, adding that …`).
    let e = (s + 1..end_token)
        .find(|&k| {
            matches!(cx.word(k - 1), "," | "and" | "but") && cue_at(cx, k).is_some_and(|c| c != "according to")
                || cx.word(k - 1) == "," && matches!(cx.word(k), "while" | "whereas") && main_clause_after(cx, k)
        })
        .map_or(end_token, |k| k - 1);
    let speaker = speaker_near(cx, i, a, &cue, recent);
    let hedged = hedged_around(cx, a, i, &cue);
    Some((e, clause_claims(cx, s, e, quotes, speaker, Some(cue), hedged).unwrap_or_default()))
}

/// True when cue `cue` (`urged`, `asked`, `told`) is followed from token
/// `s` by an object of up to four words and `to` before a verb, with no
/// finite verb between: a request, not a report.
fn asks_for_an_act(cx: &Context, cue: &str, s: usize, end_token: usize) -> bool {
    const ASKING: &[&str] =
        &["urged", "urges", "urge", "urging", "asked", "asks", "told", "tells", "called", "pressed", "encouraged"];
    // (Not after `that`: `told the Guardian that BP's plan to …`.)
    if !ASKING.contains(&cue) || s > 0 && cx.word(s - 1) == "that" {
        return false;
    }
    let to = (s + 1..end_token.min(s + 6)).find(|&k| cx.word(k) == "to");
    to.is_some_and(|to| {
        to + 1 < end_token
            && cx.word(to + 1).bytes().all(|b| b.is_ascii_lowercase())
            // (An object's plural is no present tense: `urged rich
            // countries to`; an auxiliary or a past tense is a clause's.)
            && (s..to).all(|k| {
                let w = cx.word(k);
                !(is_auxiliary(w) || is_irregular_past(w) || w.len() > 3 && w.ends_with("ed"))
            })
            && (s..to).all(|k| cx.word(k) != ",")
    })
}

/// The token after the object of `told` that starts at token `s`: a
/// name (after `the`), or an object pronoun; then a subject must follow.
fn after_an_object(cx: &Context, s: usize, end_token: usize) -> Option<usize> {
    let mut k = s;
    if k >= end_token {
        return None;
    }
    if matches!(cx.word(k), "him" | "her" | "them" | "us" | "me") {
        k += 1;
    } else {
        if cx.word(k).eq_ignore_ascii_case("the") {
            k += 1;
        }
        if k >= end_token {
            return None;
        }
        let name = cx.named_at(cx.tokens[k].span.start).filter(|e| e.span.end <= cx.tokens[end_token - 1].span.end)?;
        k = cx.tokens.partition_point(|t| t.span.start < name.span.end);
    }
    let subject = cx.tokens.get(k).filter(|_| k < end_token)?.span.text(cx.text);
    let pronoun = matches!(subject, "he" | "she" | "they" | "it" | "we" | "I" | "the" | "there");
    (pronoun || cx.named_at(cx.tokens[k].span.start).is_some()).then_some(k)
}

/// True when token `s` can open a content clause without `that`: a word
/// that is not a preposition or adverb (`said in a statement`, `said so`).
fn starts_clause(cx: &Context, s: usize) -> bool {
    // `said at least 19 people …`, `said about 20 …`: a quantity opens it.
    let next = cx.tokens.get(s + 1);
    if (cx.word(s) == "at" && next.is_some_and(|t| t.span.text(cx.text) == "least"))
        || (matches!(cx.word(s), "about" | "around" | "over") && next.is_some_and(|t| t.kind == TokenKind::Number))
    {
        return true;
    }
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
        // What one claims that is no clause: `claimed victory`,
        // `claimed responsibility for`, `claims credit`.
        "victory",
        "responsibility",
        "credit",
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
        // (`talks went on and “the mood is good.”`), not when the quotation
        // completes it (`the mayor would call it “a disaster”`).
        // `While saying fans stopped him, he noted, “…”`: a main clause's
        // subject and cue after a comma end the reported one.
        if let Some(comma) = (ps..pe).find(|&k| cx.word(k) == "," && main_clause_after(cx, k + 1)) {
            pe = comma;
        }
        // `…, dealing a blow to …`, `…, sending its shares up 4%`: what it
        // led to is the article's account, not what was said.
        if let Some(comma) =
            (ps + 2..pe.saturating_sub(1)).find(|&k| cx.word(k) == "," && is_consequence(cx.word(k + 1)))
        {
            pe = comma;
        }
        let mut cut_by_quote = false;
        if let Some(q) = (ps..pe).find(|&k| inside_quote(quotes, cx.tokens[k].span.start)) {
            pe = q;
            cut_by_quote = true;
        }
        let mut conjunction = false;
        while pe > ps && matches!(cx.word(pe - 1), "," | "—" | "–" | "-" | ";" | ":" | "and" | "but" | "as") {
            // A conjunction or a comma before the quotation ends a clause.
            conjunction |= matches!(cx.word(pe - 1), "and" | "but" | ";" | ",");
            pe -= 1;
        }
        if cut_by_quote && !conjunction {
            // `such reports risked damaging ties, which “…”`, `it had seized
            // Pokrovsk, a city of “…”`: what stands before the first comma is
            // a complete clause (before it, an appositive would open: `his
            // aides, meeting on Monday, said “…”` gives `his aides`, too short
            // to keep); without a comma the quotation completes the clause.
            match (ps..pe).find(|&k| cx.word(k) == ",") {
                Some(comma) => pe = comma,
                None => continue,
            }
        }
        // `that while he welcomed the effort, “…”`: the subordinate clause is
        // the claim, without its `while`.
        if cut_by_quote && matches!(cx.word(ps), "while" | "although" | "though") {
            ps += 1;
        }
        // (`But seed costs twice as much …, says X`: the sentence's
        // connective is not what was said.)
        while ps < pe && matches!(cx.word(ps), "," | "—" | "–" | "But" | "And" | "Yet") {
            ps += 1;
        }
        let words = (ps..pe).filter(|&k| cx.tokens[k].kind != TokenKind::Punct).count();
        // Two words make a clause when it is whole (`said profits fell`);
        // two before a quotation are an appositive's stub.
        if words < 2 || words == 2 && cut_by_quote || !has_finite_verb(cx, ps, pe) {
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

/// True when token `k` opens a main clause of speech: a pronoun or a
/// person, then a cue (`he noted`, `Ana Ruiz said`).
fn main_clause_after(cx: &Context, k: usize) -> bool {
    if k + 1 >= cx.tokens.len() {
        return false;
    }
    // `…, while Westpac economist Gareth Aird said …`: a clause of its own,
    // its subject a person named within a few words.
    if matches!(cx.word(k), "while" | "whereas") {
        return (k + 1..(k + 5).min(cx.tokens.len())).any(|j| main_clause_after(cx, j));
    }
    if matches!(cx.word(k), "he" | "she" | "they" | "we" | "I") {
        return cue_at(cx, k + 1).is_some();
    }
    let Some(person) = cx.entity_at(cx.tokens[k].span.start, Label::Person) else { return false };
    let after = cx.token_at(person.span.end);
    after < cx.tokens.len() && cue_at(cx, after).is_some()
}

/// True when tokens `[a, b)` hold a finite verb, as a content clause must
/// (`a Lee win by similar margins`, `countries to abandon subsidies` hold
/// none): an auxiliary or modal, a past tense (`-ed`, or a common irregular
/// one), or a present tense after a subject (`it wants`, `they want`,
/// `Europe wants`) or opening the clause (`includes …`).
fn has_finite_verb(cx: &Context, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        let w = cx.word(k);
        // Lower case and straight apostrophes, without a copy for the usual word.
        let lower: std::borrow::Cow<str> = if w.bytes().all(|c| c.is_ascii_lowercase()) {
            w.into()
        } else {
            w.to_lowercase().replace('’', "'").into()
        };
        let lower = lower.as_ref();
        (lower.len() > 3 && lower.ends_with("ed") && lower.bytes().all(|c| c.is_ascii_lowercase()))
            || is_auxiliary(lower)
            || is_irregular_past(lower)
            || (k > a
                && matches!(cx.word(k - 1), "they" | "we" | "I" | "you" | "They" | "We" | "You")
                && lower.bytes().all(|c| c.is_ascii_lowercase()))
            || (present_s(lower) && {
                // (`Halvern now expects`: an adverb between the two.)
                let k = if k > a + 1 && is_adverb(cx.word(k - 1)) { k - 1 } else { k };
                k == a
                    || matches!(cx.word(k - 1), "he" | "she" | "it" | "who" | "that" | "which" | "He" | "She" | "It")
                    || cx.word(k - 1).chars().next().is_some_and(char::is_uppercase)
                    || after_a_noun_phrase(cx, a, k)
                    || cx.quantity_ends_at(cx.tokens[k - 1].span.end)
            })
    })
}

/// True when `word` is in `table`, a sorted list (a binary search: a small
/// table and few comparisons).
fn in_sorted(table: &[&str], word: &str) -> bool {
    table.binary_search(&word).is_ok()
}

/// Auxiliaries and modals, and their contractions.
fn is_auxiliary(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "am",
        "are",
        "aren't",
        "can",
        "can't",
        "cannot",
        "could",
        "couldn't",
        "did",
        "didn't",
        "do",
        "does",
        "doesn't",
        "don't",
        "had",
        "has",
        "hasn't",
        "have",
        "haven't",
        "he's",
        "i'm",
        "is",
        "isn't",
        "it'll",
        "it's",
        "may",
        "might",
        "must",
        "shall",
        "she's",
        "should",
        "shouldn't",
        "that's",
        "there's",
        "they'll",
        "they're",
        "was",
        "wasn't",
        "we'll",
        "we're",
        "were",
        "weren't",
        "will",
        "won't",
        "would",
        "wouldn't",
    ];
    in_sorted(WORDS, word)
}

/// The common irregular past tenses.
fn is_irregular_past(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "arose",
        "ate",
        "beat",
        "became",
        "began",
        "bled",
        "bought",
        "broke",
        "brought",
        "built",
        "came",
        "caught",
        "chose",
        "cut",
        "dealt",
        "drew",
        "drove",
        "dug",
        "fell",
        "felt",
        "fled",
        "flew",
        "forgot",
        "fought",
        "found",
        "gave",
        "got",
        "grew",
        "held",
        "hid",
        "hit",
        "hurt",
        "kept",
        "knew",
        "lay",
        "led",
        "left",
        "lost",
        "made",
        "meant",
        "met",
        "overtook",
        "paid",
        "put",
        "ran",
        "rang",
        "rose",
        "said",
        "sang",
        "sank",
        "saw",
        "sent",
        "set",
        "shot",
        "shut",
        "slept",
        "slid",
        "sold",
        "sought",
        "spent",
        "spoke",
        "spread",
        "stole",
        "stood",
        "struck",
        "swore",
        "swung",
        "taught",
        "thought",
        "threw",
        "told",
        "took",
        "understood",
        "went",
        "withdrew",
        "won",
        "wore",
        "wrote",
    ];
    in_sorted(WORDS, word)
}

/// True when the lower-case word at `k` follows a determiner and one or two
/// lower-case words (from token `a` on): a noun phrase and its verb (`the
/// decision belongs`, `its new owner plans`; not `his daughter Mercedes`).
fn after_a_noun_phrase(cx: &Context, a: usize, k: usize) -> bool {
    const DETERMINERS: &[&str] = &["the", "a", "an", "this", "its", "his", "her", "their", "our", "every", "each"];
    let determiner = |i: usize| DETERMINERS.iter().any(|d| cx.word(i).eq_ignore_ascii_case(d));
    let noun = |i: usize| cx.word(i).bytes().all(|c| c.is_ascii_lowercase()) && !determiner(i);
    noun(k) && k >= a + 2 && noun(k - 1) && (determiner(k - 2) || k >= a + 3 && noun(k - 2) && determiner(k - 3))
}

/// A participle that tells what an event led to (`sending`, `prompting`).
fn is_consequence(word: &str) -> bool {
    matches!(
        word,
        "sending"
            | "dealing"
            | "raising"
            | "prompting"
            | "triggering"
            | "sparking"
            | "fuelling"
            | "fueling"
            | "pushing"
            | "marking"
            | "dragging"
            | "lifting"
            | "deepening"
            | "disappointing"
            | "leaving"
    )
}

/// An adverb that may stand between a subject and its verb (`now`,
/// `still`, `largely`).
fn is_adverb(word: &str) -> bool {
    matches!(word, "now" | "still" | "also" | "already" | "only" | "again" | "often" | "never" | "always")
        || word.len() > 4 && word.ends_with("ly") && word.bytes().all(|c| c.is_ascii_lowercase())
}

/// A present tense's `-s` (`wants`, `seeks`), not `-ss` nor a possessive.
fn present_s(word: &str) -> bool {
    word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("'s")
        && word.bytes().all(|c| c.is_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verb_tables_are_sorted() {
        for word in ["is", "won't", "said", "arose", "withdrew"] {
            assert!(is_auxiliary(word) || is_irregular_past(word), "{word}");
        }
        assert!(!is_auxiliary("house") && !is_irregular_past("house"));
    }
}
