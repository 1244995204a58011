//! Page furniture: the parts of a pasted web page that are not the article.
//!
//! A copy-paste from a news site brings cookie notices, "Recommended
//! stories" lists, "READ MORE" teasers, photo credits (`NAME/AP`,
//! `GETTY`), a second copy of each photo caption, "Source link" and the
//! like. They are found line by line from their shape and their wording,
//! and returned as byte spans; nothing inside them is annotated.

use crate::gazetteer::FastSet;
use crate::Span;

/// Phrases that mark a whole line as furniture (compared case-insensitively
/// against the start of the line).
const FURNITURE_STARTS: &[&str] = &[
    "please enable cookies",
    "enable cookies",
    "we use cookies",
    "this website uses cookies",
    "accept cookies",
    "allow cookies",
    "manage cookies",
    "cookie settings",
    "cookie policy",
    "recommended stories",
    "read more",
    "read next",
    "related:",
    "related stories",
    "related articles",
    "more on this story",
    "source link",
    "exit mobile version",
    "comments are closed",
    "sign up",
    "subscribe",
    "advertisement",
    "skip to content",
    "share this",
    "share on",
    "follow us",
    "list of ",
    "end of list",
    "click here",
    "you can update your cookies",
    "image source",
    "image caption",
    "photo:",
    "video:",
    "watch:",
    "listen:",
    "copyright ©",
    "© ",
    "all rights reserved",
    "more from",
    "most read",
    "most popular",
    "top stories",
    "trending",
    "continue reading",
    "this article was",
    "– agencies",
    "- agencies",
    "— agencies",
];

/// Photo and wire agencies that appear in credits (`NAME/AP`, `via AFP`).
const CREDIT_AGENCIES: &[&str] = &[
    "AP",
    "AFP",
    "GETTY",
    "Getty",
    "Getty Images",
    "REUTERS",
    "Reuters",
    "EPA",
    "SPUTNIK",
    "Sputnik",
    "SHUTTERSTOCK",
    "Shutterstock",
    "ALAMY",
    "Alamy",
    "PA",
    "ANADOLU",
    "Anadolu",
    "XINHUA",
    "Xinhua",
    "TASS",
    "BLOOMBERG",
    "Bloomberg",
    "NURPHOTO",
    "NurPhoto",
    "ABACA",
    "POOL",
    "Pool",
    "KREMLIN",
    "SIPA",
    "ZUMA",
    "WIREIMAGE",
    "dpa",
    "DPA",
    "UPI",
    "UNIAN",
];

/// Finds furniture ranges in `text`, sorted and disjoint.
pub fn find_boilerplate(text: &str) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    let mut seen_lines: FastSet<&str> = FastSet::with_capacity_and_hasher(text.len() / 100, Default::default());
    let mut offset = 0;
    for raw in text.split_inclusive('\n') {
        let line_start = offset;
        offset += raw.len();
        let line = raw.trim_end_matches(['\n', '\r']);
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let span = Span::new(line_start + lead, line_start + lead + trimmed.len());
        let seen_before = !seen_lines.insert(trimmed);
        let furniture = is_furniture_line(trimmed)
            // The second copy of a short line (a repeated photo caption).
            || (seen_before && is_caption_sized(trimmed) && !trimmed.starts_with(['“', '"']));
        if furniture {
            spans.push(span);
        } else if let Some(credit) = inline_credit(trimmed) {
            spans.push(Span::new(span.start + credit.start, span.start + credit.end));
        }
    }
    merge_across_blank_lines(text, spans)
}

/// A line short enough to be a photo caption (3 to 30 words): the second
/// copy of such a line is furniture; a repeated paragraph is not.
fn is_caption_sized(line: &str) -> bool {
    // Words are what the spaces separate: 3 to 30 words, 2 to 29 spaces.
    let spaces = line.bytes().filter(|&b| b == b' ').take(30).count();
    (2..=29).contains(&spaces)
}

fn is_furniture_line(line: &str) -> bool {
    // The phrases are ASCII where case matters: compare only their length
    // of the line's start, not a lower-cased copy of a whole paragraph.
    let first = line.as_bytes().first().map(u8::to_ascii_lowercase);
    let starts_with_phrase = |p: &&str| {
        p.as_bytes().first() == first.as_ref()
            && line.as_bytes().get(..p.len()).is_some_and(|start| start.eq_ignore_ascii_case(p.as_bytes()))
    };
    if FURNITURE_STARTS.iter().any(starts_with_phrase) && line.split(' ').nth(40).is_none() {
        return true;
    }
    is_photo_credit(line)
}

/// `KATERYNA KLOCHKO/AP`, `GETTY`, `EPA/NAME/POOL`, `Photo: Reuters`.
fn is_photo_credit(line: &str) -> bool {
    if line.ends_with(['.', '?', '!', '”', '"']) || line.split(' ').nth(8).is_some() {
        return false;
    }
    let parts: Vec<&str> = line.split(['/', '|']).map(str::trim).collect();
    let agency = parts
        .iter()
        .any(|p| CREDIT_AGENCIES.contains(p) || p.ends_with(" via AFP") || p.ends_with(" via Getty Images"));
    let shouting = line.chars().any(char::is_alphabetic) && !line.chars().any(char::is_lowercase);
    (agency && (parts.len() > 1 || shouting)) || (shouting && CREDIT_AGENCIES.contains(&line))
}

/// A bracketed credit inside a caption line: `[Name/Sputnik via AFP]`.
fn inline_credit(line: &str) -> Option<Span> {
    let open = line.rfind('[')?;
    let close = open + line[open..].find(']')? + 1;
    let inner = &line[open + 1..close - 1];
    let credit = inner.contains('/') && (inner.contains(" via ") || CREDIT_AGENCIES.iter().any(|a| inner.ends_with(a)));
    credit.then(|| Span::new(open, close))
}

/// Joins furniture lines separated only by blank lines into one range.
fn merge_across_blank_lines(text: &str, spans: Vec<Span>) -> Vec<Span> {
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans {
        match merged.last_mut() {
            Some(last) if text[last.end..span.start].trim().is_empty() => last.end = span.end,
            _ => merged.push(span),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    fn furniture(text: &str) -> Vec<&str> {
        find_boilerplate(text).into_iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn cookie_notice_and_read_more() {
        let text = "Body one.\n\nPlease enable cookies to view this.\n\nEnable cookiesAllow cookies once\n\nBody two.\nREAD MORE: Other story\n";
        assert_eq!(
            furniture(text),
            ["Please enable cookies to view this.\n\nEnable cookiesAllow cookies once", "READ MORE: Other story"]
        );
    }

    #[test]
    fn photo_credit_and_repeated_caption() {
        let text = "A crowd in the square on Friday\n\nA crowd in the square on Friday\n\nJANE DOE/AP\n\nText.";
        assert_eq!(furniture(text), ["A crowd in the square on Friday\n\nJANE DOE/AP"]);
    }

    #[test]
    fn inline_bracketed_credit() {
        let text = "Leaders meet in Minsk [Jane Doe/Sputnik via AFP]\n";
        assert_eq!(furniture(text), ["[Jane Doe/Sputnik via AFP]"]);
    }

    #[test]
    fn article_lines_are_kept() {
        let text = "The AP reported that talks stalled.\nHe said: “Read more books.”\n";
        assert!(furniture(text).is_empty());
    }
}
