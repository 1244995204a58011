//! Cues: the attribution words of claims (`said`, `told reporters`,
//! `according to`, `was quoted as saying`), and the hedges around them
//! (`reportedly`, `according to` an intermediary).

use crate::context::Context;
use crate::gazetteer::CUE_VERBS;

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
    if let Some((_, verb)) = quoted_object(cx, i) {
        // `Channel 12 quoted the premier as saying`: the phrase as written.
        return Some(cx.text[cx.tokens[i].span.start..cx.tokens[verb].span.end].to_string());
    }
    // Cue verbs are lower-case words: skip the hash for anything else.
    if !w.as_bytes().first().is_some_and(u8::is_ascii_lowercase) || !CUE_VERBS.contains(w) {
        return None;
    }
    // `EU states would support`, `the claims were`: a plural noun before a
    // modal or an auxiliary, not a verb of speech. `states` is a noun
    // (`member states`, `Gulf states`) unless `that` or a colon follows.
    // (`a weather warning remains in place`, `the warning was`: the noun.)
    if w.ends_with('s') && next(1).is_some_and(|n| AUXILIARIES.contains(&n))
        || w.ends_with("ing")
            && next(1).is_some_and(|n| AUXILIARIES.contains(&n) || matches!(n, "is" | "was" | "has" | "remains"))
        || w == "states" && !matches!(next(1), Some("that" | ":"))
    {
        return None;
    }
    // `received more than 2.1 million reports`: the noun a count ends on.
    if cx.quantity_ends_at(cx.tokens[i].span.end) {
        return None;
    }
    let before = |k: usize| i.checked_sub(k).map(|j| cx.word(j));
    // `after reports that`, `media claims`, `amid warnings`: the noun, not
    // the verb (a noun's complement is no claim).
    if w.ends_with('s')
        && w != "says"
        && before(1).is_some_and(|b| NOUN_BEFORE.iter().any(|n| b.eq_ignore_ascii_case(n)))
    {
        return None;
    }
    // `declined to say whether`, `did not say`: nothing was said.
    if matches!(before(1), Some("not" | "never" | "n't"))
        || before(1) == Some("to") && before(2).is_some_and(|b| b.starts_with("declin") || b.starts_with("refus"))
    {
        return None;
    }
    if matches!(w, "told" | "tells") {
        if let Some(obj @ ("reporters" | "journalists" | "parliament" | "lawmakers" | "students")) = next(1) {
            return Some(format!("{w} {obj}"));
        }
    }
    Some(w.to_string())
}

/// For `quoted` at token `i` in `quoted the premier as saying`: the end of
/// the object (the `as`) and the participle's token. The one quoted is the
/// speaker, through the one who quotes (a hedge).
pub(crate) fn quoted_object(cx: &Context, i: usize) -> Option<(usize, usize)> {
    // `was quoted by the BBC as saying`: the subject is the one quoted.
    if cx.word(i) != "quoted" || cx.tokens.get(i + 1).is_some_and(|t| t.span.text(cx.text) == "by") {
        return None;
    }
    let as_at = (i + 2..(i + 7).min(cx.tokens.len())).find(|&k| cx.word(k) == "as")?;
    let clean = (i + 1..as_at).all(|k| !matches!(cx.word(k), "." | "," | ";" | ":" | "“" | "”" | "\""));
    let verb = as_at + 1;
    (clean && verb < cx.tokens.len() && cx.word(verb).ends_with("ing")).then_some((as_at, verb))
}

/// Words after which a cue ending in `s` is a plural noun: determiners,
/// prepositions, possessives (`the reports`, `after reports that`, `their
/// claims`, `media reports`).
const NOUN_BEFORE: &[&str] = &[
    "the",
    "a",
    "an",
    "after",
    "amid",
    "following",
    "despite",
    "of",
    "by",
    "with",
    "to",
    "his",
    "her",
    "their",
    "its",
    "our",
    "media",
    "news",
    "press",
    "several",
    "many",
    "some",
    "these",
    "those",
    "such",
    "unconfirmed",
    "recent",
    "earlier",
    "initial",
    "first",
    "local",
];

/// Modals and auxiliaries: a word right before one is its subject, not a
/// verb. Not `reported`'s wider list: its contractions (`he's`, `it's`)
/// open the content clause after a cue (`says he's ready`).
const AUXILIARIES: &[&str] =
    &["would", "will", "could", "should", "can", "may", "might", "must", "are", "were", "have", "had"];

pub(crate) fn hedged_around(cx: &Context, from: usize, to: usize, cue: &str) -> bool {
    if cue.starts_with("quoted ") || cue.starts_with("was quoted as") {
        return true;
    }
    let (a, b) = cx.sentence_of(to);
    // `was quoted by the BBC as saying`: the words come through the BBC.
    let quoted_by = |i: usize| cx.word(i) == "quoted" && i + 1 < cx.tokens.len() && cx.word(i + 1) == "by";
    (a.min(from)..b).any(|i| is_hedge(cx.word(i)) || quoted_by(i))
        || (cue == "according to" && through_someone_else(cx, to + 2))
}

/// True when the source named from token `at` passes on what others have
/// (`according to maps cited by Reuters`, `according to media reports`);
/// not a source in its own right (`according to the ministry`, `according
/// to two sources`).
fn through_someone_else(cx: &Context, at: usize) -> bool {
    (at..cx.tokens.len().min(at + 8))
        .take_while(|&i| !matches!(cx.word(i), "," | "." | ";" | ":"))
        .any(|i| passes_on(cx.word(i)))
}

/// Words by which a source hands on what others said or found (`maps
/// cited by Reuters`, `media reports`).
fn passes_on(word: &str) -> bool {
    matches!(word, "cited" | "quoted" | "reports" | "reported")
}

/// True for a word that brings in someone unnamed (`one resident`, `A
/// senior official`, `another witness`).
pub(crate) fn is_indefinite(word: &str) -> bool {
    ["a", "an", "one", "another", "some", "two", "three"].iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// The adverbs by which an article distances itself from what it reports.
pub(crate) fn is_hedge(word: &str) -> bool {
    matches!(word, "reportedly" | "allegedly" | "purportedly" | "supposedly")
}
