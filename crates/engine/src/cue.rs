//! Cues: the attribution words of claims (`said`, `told reporters`,
//! `according to`, `was quoted as saying`), and the hedges around them
//! (`reportedly`, `according to` an intermediary).

use crate::context::Context;
use crate::entity::Label;
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
    // Cue verbs are lower-case words: skip the hash for anything else.
    if !w.as_bytes().first().is_some_and(u8::is_ascii_lowercase) || !CUE_VERBS.contains(w) {
        return None;
    }
    // `EU states would support`, `the claims were`: a plural noun before a
    // modal or an auxiliary, not a verb of speech. `states` is a noun
    // (`member states`, `Gulf states`) unless `that` or a colon follows.
    if w.ends_with('s') && next(1).is_some_and(|n| AUXILIARIES.contains(&n))
        || w == "states" && !matches!(next(1), Some("that" | ":"))
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

/// Modals and auxiliaries: a word right before one is its subject, not a
/// verb. Not `reported`'s wider list: its contractions (`he's`, `it's`)
/// open the content clause after a cue (`says he's ready`).
const AUXILIARIES: &[&str] =
    &["would", "will", "could", "should", "can", "may", "might", "must", "are", "were", "have", "had"];

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
