//! The text as the claim finders see it: an immutable view of the tokens,
//! sentences, entities, quoted titles and roles of one document, and what
//! the reading-order sweep remembers of the speakers so far ([`Recent`]).
//! [`crate::speaker`], [`crate::cue`], [`crate::reported`] and the sweep
//! ([`crate::sweep`]) read it; none of them writes it.

use std::cell::OnceCell;

use crate::entity::{Entity, Label};
use crate::gazetteer::{FastMap, FastSet, ROLE_NOUNS};
use crate::token::Token;
use crate::Span;

/// An immutable view of the analysed text that the claim finders share:
/// words, sentences, entities, quoted titles and the people's roles.
pub(crate) struct Context<'a> {
    pub(crate) text: &'a str,
    pub(crate) tokens: &'a [Token],
    /// Each token's text, sliced once (the finders ask for words millions
    /// of times in a long text).
    pub(crate) words: Vec<&'a str>,
    pub(crate) entities: &'a [Entity],
    /// Quoted titles (`titled “…”`), the names of documents that speak.
    pub(crate) titles: Vec<Span>,
    /// Every quotation, marks included (sorted, disjoint).
    pub(crate) quotations: Vec<Span>,
    /// The canonical names of the document's people.
    pub(crate) people: FastSet<&'a str>,
    /// Role word → the people described so (built on first use).
    pub(crate) roles: OnceCell<FastMap<String, Vec<(usize, String)>>>,
}

impl Context<'_> {
    #[inline(always)]
    pub(crate) fn word(&self, i: usize) -> &str {
        self.words[i]
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

    /// The first token after a dateline that opens the sentence at token `a`
    /// (`ARBOSA, Valdoria (Reuters) – `, `MOSCOW, March 4 (Reuters) -`,
    /// `LONDON — `): capitalised words, numbers, commas
    /// and brackets up to a dash, the first of them in capitals at a line's
    /// start; else `a`.
    pub(crate) fn after_dateline(&self, a: usize, end_token: usize) -> usize {
        let capitals = |w: &str| w.chars().nth(1).is_some() && w.chars().all(char::is_uppercase);
        if !self.tokens[a].line_start || !capitals(self.word(a)) {
            return a;
        }
        let dash = (a + 1..end_token.min(a + 12)).find(|&k| matches!(self.word(k), "-" | "–" | "—"));
        let dateline = |k: usize| {
            let w = self.word(k);
            matches!(w, "," | "(" | ")" | "/" | ".")
                || w.starts_with(|c: char| c.is_uppercase())
                || w.bytes().all(|b| b.is_ascii_digit())
        };
        match dash {
            Some(d) if (a + 1..d).all(dateline) => d + 1,
            _ => a,
        }
    }

    /// The named entities inside `span` (entities are sorted by span).
    pub(crate) fn named_in(&self, span: Span) -> impl Iterator<Item = &Entity> {
        let from = self.entities.partition_point(|e| e.span.start < span.start);
        self.entities[from..]
            .iter()
            .take_while(move |e| e.span.start < span.end)
            .filter(move |e| e.label.is_named() && span.contains(e.span))
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
                let mut context = before.join(" ").to_lowercase();
                let mut words: Vec<String> =
                    before.first().map(|t| t.trim_end_matches('.').to_lowercase()).into_iter().collect();
                let after = window_after(self.text, e.span.end, 120);
                if after.starts_with(',') {
                    let appositive = after.trim_start_matches([',', ' ']).to_lowercase();
                    let appositive = appositive.split([',', '.', ';']).next().unwrap_or("");
                    words.extend(appositive.split(' ').take(6).map(str::to_string));
                    // `Krzysztof Paszyk, Polish development minister`: the
                    // appositive's words describe the person too.
                    context.push(' ');
                    context.push_str(appositive);
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

    /// True when a quantity ends at byte `end` (`2.1 million reports`):
    /// the word there is the counted noun.
    pub(crate) fn quantity_ends_at(&self, end: usize) -> bool {
        let i = self.entities.partition_point(|e| e.span.start < end);
        self.entities[..i].iter().rev().take(4).any(|e| e.label == Label::Quantity && e.span.end == end)
    }

    /// The first named entity (person, organisation, place) that starts at
    /// byte `at`, if any.
    pub(crate) fn named_at(&self, at: usize) -> Option<&Entity> {
        let from = self.entities.partition_point(|e| e.span.start < at);
        self.entities[from..].iter().take_while(|e| e.span.start == at).find(|e| e.label.is_named())
    }

    pub(crate) fn last_person_before(&self, at: usize) -> Option<&Entity> {
        let before = self.entities.partition_point(|e| e.span.start < at);
        self.entities[..before].iter().rev().find(|e| e.label == Label::Person && e.span.end <= at)
    }
}

/// What the sweep remembers when it asks for a speaker: the last person
/// who spoke (for `he` / `she`) and the last organisation (for `it`).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Recent<'a> {
    /// The canonical name of the last person who spoke.
    pub(crate) speaker: Option<&'a str>,
    /// The last organisation or institution that spoke.
    pub(crate) body: Option<&'a str>,
    /// The last one to speak was someone unnamed (`A neighbour told …`):
    /// `she said` after it names no one.
    pub(crate) unnamed: bool,
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

/// True when byte `at` lies inside one of `quotes` (sorted, disjoint).
pub(crate) fn inside_quote(quotes: &[Span], at: usize) -> bool {
    let i = quotes.partition_point(|q| q.end <= at);
    quotes.get(i).is_some_and(|q| q.start <= at)
}
