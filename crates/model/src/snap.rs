//! Snapping a selection to whole words, as a person means it: a selection
//! that starts or ends inside a word takes the whole word, and space and
//! punctuation at its edges are dropped (a closing quotation mark stays
//! when the selection opened with one).

use marginalia_engine::Span;

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Characters joining two parts of one word: `don't`, `Rivne-based`.
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‑')
}

/// `span` (bytes of `text`) widened to whole words and trimmed of space and
/// punctuation at both ends; `None` when nothing but space is selected.
pub fn snap_to_words(text: &str, span: Span) -> Option<Span> {
    let (mut start, mut end) = (span.start.min(text.len()), span.end.min(text.len()));
    // Trim space and punctuation; keep quotation marks that pair up.
    let keep = |c: char| is_word_char(c);
    while start < end {
        let c = text[start..].chars().next()?;
        if keep(c) || is_quote(c) {
            break;
        }
        start += c.len_utf8();
    }
    while end > start {
        let c = text[..end].chars().next_back()?;
        if keep(c) || is_closing(c) || c == '.' && text[start..end].contains(|c: char| is_quote(c)) {
            break;
        }
        end -= c.len_utf8();
    }
    if start == end {
        return None;
    }
    // Widen to whole words.
    while let Some(c) = text[..start].chars().next_back() {
        let joined = is_joiner(c) && text[..start - c.len_utf8()].chars().next_back().is_some_and(is_word_char);
        if !(is_word_char(c) || joined)
            || !text[start..].chars().next().is_some_and(|n| is_word_char(n) || is_joiner(n))
        {
            break;
        }
        start -= c.len_utf8();
    }
    while let Some(c) = text[end..].chars().next() {
        let joined = is_joiner(c) && text[end + c.len_utf8()..].chars().next().is_some_and(is_word_char);
        if !(is_word_char(c) || joined)
            || !text[..end].chars().next_back().is_some_and(|p| is_word_char(p) || is_joiner(p))
        {
            break;
        }
        end += c.len_utf8();
    }
    Some(Span::new(start, end))
}

/// Which end of a highlight moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    /// Its first word.
    Start,
    /// Its last word.
    End,
}

/// Which way an end moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Outwards: one word more.
    Grow,
    /// Inwards: one word less.
    Shrink,
}

/// `span` with its `edge` moved by one word, as `step` says. `None` when it
/// cannot move (the text's edge, or a one-word span that would vanish).
pub fn step_word(text: &str, span: Span, edge: Edge, step: Step) -> Option<Span> {
    let words: Vec<Span> = words(text).collect();
    let first = words.iter().position(|w| w.end > span.start)?;
    let last = words.iter().rposition(|w| w.start < span.end)?;
    let (first, last) = match (edge, step) {
        (Edge::Start, Step::Grow) => (first.checked_sub(1)?, last),
        (Edge::Start, Step::Shrink) => (first + 1, last),
        (Edge::End, Step::Grow) => (first, last + 1),
        (Edge::End, Step::Shrink) => (first, last.checked_sub(1)?),
    };
    if first > last || last >= words.len() {
        return None;
    }
    let (start, end) = match edge {
        Edge::Start => (words[first].start, span.end),
        Edge::End => (span.start, words[last].end),
    };
    (start < end).then(|| Span::new(start, end))
}

/// The words of `text`: runs of word characters, joined by apostrophes and
/// hyphens.
fn words(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let rest = &text[at..];
        let skip = rest.find(is_word_char)?;
        let start = at + skip;
        let mut end = start;
        let mut chars = text[start..].char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let joined = is_joiner(c) && chars.peek().is_some_and(|&(_, n)| is_word_char(n));
            if is_word_char(c) || joined {
                end = start + i + c.len_utf8();
            } else {
                break;
            }
        }
        at = end;
        Some(Span::new(start, end))
    })
}

fn is_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '‘' | '«' | '»' | '„')
}

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '»')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snap(text: &str, from: &str) -> Option<String> {
        let start = text.find(from).unwrap();
        snap_to_words(text, Span::new(start, start + from.len())).map(|s| s.text(text).to_string())
    }

    #[test]
    fn partial_words_grow_to_whole_words() {
        let text = "Mayor Inês Ruiz visited Kraków 🌊 on Monday.";
        assert_eq!(snap(text, "ês Ru").as_deref(), Some("Inês Ruiz"));
        assert_eq!(snap(text, "rakó").as_deref(), Some("Kraków"));
        assert_eq!(snap(text, " Kraków 🌊 ").as_deref(), Some("Kraków"));
        assert_eq!(snap(text, "Monday.").as_deref(), Some("Monday"));
        assert_eq!(snap(text, " 🌊 "), None);
    }

    #[test]
    fn stepping_by_words() {
        let text = "Mayor Inês Ruiz 🌊 visited Rivne-based Kraków.";
        let at = text.find("Ruiz").unwrap();
        let ruiz = Span::new(at, at + 4);
        let step = |s: Span, edge, step| step_word(text, s, edge, step).map(|s| s.text(text).to_string());
        assert_eq!(step(ruiz, Edge::Start, Step::Grow).as_deref(), Some("Inês Ruiz"));
        assert_eq!(step(ruiz, Edge::End, Step::Grow).as_deref(), Some("Ruiz 🌊 visited"));
        assert_eq!(step(ruiz, Edge::End, Step::Shrink), None, "one word cannot shrink away");
        let two = step_word(text, ruiz, Edge::Start, Step::Grow).unwrap();
        assert_eq!(step(two, Edge::Start, Step::Shrink).as_deref(), Some("Ruiz"));
        assert_eq!(step(two, Edge::End, Step::Shrink).as_deref(), Some("Inês"));
        let last = Span::new(text.find("Rivne").unwrap(), text.len() - 1);
        assert_eq!(step(last, Edge::End, Step::Grow), None, "the text's end");
        assert_eq!(step(last, Edge::Start, Step::Shrink).as_deref(), Some("Kraków"));
    }

    #[test]
    fn joined_words_and_quotes() {
        let text = "The Rivne-based group said “we don’t know.” Then left.";
        assert_eq!(snap(text, "ivne").as_deref(), Some("Rivne-based"));
        assert_eq!(snap(text, "“we don").as_deref(), Some("“we don’t"));
        assert_eq!(snap(text, "“we don’t know.”").as_deref(), Some("“we don’t know.”"));
    }
}
