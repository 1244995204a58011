//! Quotation marks: which marks open and close a quotation, and which are
//! apostrophes.
//!
//! Handles curly `“ ”` and `‘ ’`, straight `"` and `'`, guillemets `« »`,
//! nesting (only the outermost quotation is returned), apostrophes that are
//! not marks (`Russia’s`, `’90s`, `Russians’ `), unbalanced marks (an opener
//! never closed is dropped at the end of its paragraph, so it never swallows
//! the rest of the article) and quotations that run over paragraph breaks
//! (an opener left open at the end of a paragraph continues when the next
//! paragraph opens with a mark, as news style writes them).

use crate::Span;

/// One quotation: the text between its marks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// The words inside the marks (marks excluded), in bytes.
    pub inner: Span,
    /// The opening mark.
    pub open: Span,
    /// The closing mark, or `None` for a paragraph that a multi-paragraph
    /// quotation leaves open.
    pub close: Option<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Family {
    Double,
    Single,
    Guillemet,
}

#[derive(Clone, Copy, Debug)]
enum Mark {
    Open(Family),
    Close(Family),
    /// A straight mark whose direction depends on what is open.
    Either(Family),
}

fn classify_mark(prev: Option<char>, c: char, next: Option<char>) -> Option<Mark> {
    let space_before = prev.is_none_or(|p| p.is_whitespace() || "([{—–-/".contains(p));
    let letter_after = next.is_some_and(char::is_alphanumeric);
    let letter_before = prev.is_some_and(char::is_alphanumeric);
    match c {
        '“' | '„' => Some(Mark::Open(Family::Double)),
        '”' => Some(Mark::Close(Family::Double)),
        '«' => Some(Mark::Open(Family::Guillemet)),
        '»' => Some(Mark::Close(Family::Guillemet)),
        '"' if space_before => Some(Mark::Open(Family::Double)),
        '"' if next.is_none_or(|n| n.is_whitespace() || n.is_ascii_punctuation()) => Some(Mark::Close(Family::Double)),
        '"' => Some(Mark::Either(Family::Double)),
        '‘' if !letter_before => Some(Mark::Open(Family::Single)),
        // `’90s`: an elision before digits, not a mark.
        '’' | '\'' if space_before && next.is_some_and(|n| n.is_ascii_digit()) => None,
        // `Russia’s`, `don't`: an apostrophe between letters.
        '’' | '\'' if letter_before && letter_after => None,
        '\'' if space_before && letter_after => Some(Mark::Open(Family::Single)),
        '’' | '\'' if !space_before => Some(Mark::Close(Family::Single)),
        _ => None,
    }
}

/// Finds the outermost quotations of `text`.
pub fn find_quotations(text: &str) -> Vec<Quotation> {
    let mut found = Vec::new();
    let mut offset = 0;
    let paragraphs: Vec<&str> = text.split_inclusive('\n').collect();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let start = offset;
        offset += paragraph.len();
        let body = paragraph.trim_end();
        if body.trim().is_empty() {
            continue;
        }
        let next_opens_with_mark = paragraphs[index + 1..]
            .iter()
            .map(|p| p.trim())
            .find(|p| !p.is_empty())
            .is_some_and(|p| p.starts_with(['“', '"', '«', '‘', '\'']));
        scan_paragraph(body, start, next_opens_with_mark, &mut found);
    }
    found
}

/// Every quotation mark or apostrophe of `text`, with its byte offset. The
/// bytes are scanned for the first byte a mark can have (`"`, `'`, or the
/// lead byte of `“ ” „ ‘ ’` and of `« »`), and only there decoded.
fn candidate_marks(text: &str) -> impl Iterator<Item = (usize, char)> + '_ {
    text.bytes().enumerate().filter(|&(_, b)| matches!(b, b'"' | b'\'' | 0xE2 | 0xC2)).filter_map(|(at, _)| {
        // The bytes matched are ASCII or lead bytes: `at` is a char boundary.
        let c = text[at..].chars().next()?;
        matches!(c, '“' | '”' | '„' | '«' | '»' | '"' | '‘' | '’' | '\'').then_some((at, c))
    })
}

/// Scans one paragraph for its outermost quotations.
fn scan_paragraph(body: &str, base: usize, may_continue: bool, found: &mut Vec<Quotation>) {
    // Stack of open marks: (family, byte offset, mark length).
    let mut stack: Vec<(Family, usize, usize)> = Vec::new();
    // Only the candidate marks are visited, with their neighbours.
    for (at, c) in candidate_marks(body) {
        let prev = body[..at].chars().next_back();
        let next = body[at + c.len_utf8()..].chars().next();
        let Some(mark) = classify_mark(prev, c, next) else {
            continue;
        };
        let len = c.len_utf8();
        let closes =
            |family: Family, stack: &Vec<(Family, usize, usize)>| stack.iter().rposition(|(f, _, _)| *f == family);
        let mark = match mark {
            Mark::Either(f) if closes(f, &stack).is_some() => Mark::Close(f),
            Mark::Either(f) => Mark::Open(f),
            // A closing single mark with no open single is an apostrophe
            // (`Russians’ homes`).
            Mark::Close(Family::Single) if closes(Family::Single, &stack).is_none() => continue,
            m => m,
        };
        match mark {
            Mark::Open(f) => stack.push((f, at, len)),
            Mark::Close(f) => {
                let Some(pos) = closes(f, &stack) else {
                    continue;
                };
                let (_, open_at, open_len) = stack[pos];
                // Marks opened inside and never closed are dropped with it.
                stack.truncate(pos);
                if stack.is_empty() {
                    push_quotation(found, body, base, open_at, open_len, Some((at, len)));
                }
            }
            Mark::Either(_) => unreachable!("resolved above"),
        }
    }
    // An outer mark left open: a quotation continued in the next
    // paragraph, when that paragraph opens with a mark; otherwise dropped.
    // A single mark (often an apostrophe) only when it opens the paragraph
    // (`'I'm proud … I could.` then `'I played …'`, as British news writes).
    match stack.first() {
        Some(&(Family::Double | Family::Guillemet, open_at, open_len)) if may_continue => {
            push_quotation(found, body, base, open_at, open_len, None)
        }
        Some(&(Family::Single, 0, open_len)) if may_continue => push_quotation(found, body, base, 0, open_len, None),
        _ => {}
    }
}

fn push_quotation(
    found: &mut Vec<Quotation>,
    body: &str,
    base: usize,
    open_at: usize,
    open_len: usize,
    close: Option<(usize, usize)>,
) {
    let inner_start = open_at + open_len;
    let inner_end = close.map_or(body.len(), |(at, _)| at);
    let inner = &body[inner_start..inner_end];
    let lead = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim();
    if trimmed.is_empty() {
        return;
    }
    found.push(Quotation {
        inner: Span::new(base + inner_start + lead, base + inner_start + lead + trimmed.len()),
        open: Span::new(base + open_at, base + inner_start),
        close: close.map(|(at, len)| Span::new(base + at, base + at + len)),
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        find_quotations(text).into_iter().map(|q| q.inner.text(text)).collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, $want:expr) => {
            #[test]
            fn $name() {
                let want: Vec<&str> = $want;
                assert_eq!(quotes($text), want);
            }
        };
    }

    t!(curly_double, "He said “we will win,” and left.", vec!["we will win,"]);
    t!(straight_double, "He said \"we will win\" and left.", vec!["we will win"]);
    t!(guillemets, "Il a dit «non» hier.", vec!["non"]);
    t!(curly_single_headline, "Ukraine accepts ‘core terms’ of plan", vec!["core terms"]);
    t!(straight_single, "a 'real peace man' indeed", vec!["real peace man"]);
    t!(apostrophes_are_not_marks, "Russia’s army and the ’90s and Russians’ homes", vec![]);
    t!(apostrophe_inside_quote, "“It’s over,” he said.", vec!["It’s over,"]);
    t!(nested, "She said: “He told me ‘no’ twice.”", vec!["He told me ‘no’ twice."]);
    t!(unclosed_is_dropped, "He said “this never ends.\n\nNext paragraph “with a quote”.", vec!["with a quote"]);
    t!(
        single_marks_over_paragraphs,
        "'I'm proud of what we've done.\n'We lost to a better side.'\nShe left.",
        vec!["I'm proud of what we've done.", "We lost to a better side."]
    );
    t!(apostrophe_opening_a_paragraph_is_no_quote, "'Tis the season, she said.\nHe left.", vec![]);
    t!(two_in_a_row, "“A,” he said. “B.”", vec!["A,", "B."]);
    t!(emoji_inside, "She wrote “👍 done” today.", vec!["👍 done"]);

    #[test]
    fn runs_over_paragraphs() {
        let text = "He said: “First part of it.\n\n“Second part,” he added.";
        assert_eq!(quotes(text), vec!["First part of it.", "Second part,"]);
        let q = find_quotations(text);
        assert!(q[0].close.is_none());
    }

    #[test]
    fn mismatched_marks_do_not_swallow() {
        let text = "A ” stray closer, then “a real one” and a ‘ stray opener.\nNext line “ok”.";
        assert_eq!(quotes(text), vec!["a real one", "ok"]);
    }
}
