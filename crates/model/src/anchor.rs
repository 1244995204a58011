//! Finding a quoted passage in a text again: by its position when that
//! still holds, else by the quote with its prefix and suffix (the W3C
//! `TextQuoteSelector`). A quote found in several places equally well is
//! not guessed at: the caller reports it.

/// Where a quote is, in code points of the text (`start..end`).
pub type CharRange = (usize, usize);

/// Finds `exact` in `chars` (the text as code points): at `hint` when it is
/// there, else at the occurrence whose surroundings best match `prefix` and
/// `suffix`. `None` when it is absent, or when two occurrences match
/// equally well and the hint does not settle it.
pub fn anchor(chars: &[char], exact: &str, prefix: &str, suffix: &str, hint: Option<usize>) -> Option<CharRange> {
    let exact: Vec<char> = exact.chars().collect();
    if exact.is_empty() || exact.len() > chars.len() {
        return None;
    }
    if let Some(at) = hint {
        if chars.get(at..at + exact.len()) == Some(&exact[..]) {
            return Some((at, at + exact.len()));
        }
    }
    let prefix: Vec<char> = prefix.chars().collect();
    let suffix: Vec<char> = suffix.chars().collect();
    let mut best: Option<(usize, usize)> = None; // (score, start)
    let mut tied = false;
    for at in occurrences(chars, &exact) {
        let before = prefix.iter().rev().zip(chars[..at].iter().rev()).take_while(|(a, b)| a == b).count();
        let after = suffix.iter().zip(chars[at + exact.len()..].iter()).take_while(|(a, b)| a == b).count();
        let score = before + after;
        match best {
            Some((s, start)) if score == s => {
                // A tie: the hint may still pick the nearer one.
                match hint {
                    Some(h) if h.abs_diff(at) < h.abs_diff(start) => {
                        best = Some((score, at));
                        tied = false;
                    }
                    Some(h) if h.abs_diff(at) > h.abs_diff(start) => {}
                    _ => tied = true,
                }
            }
            Some((s, _)) if score < s => {}
            _ => {
                best = Some((score, at));
                tied = false;
            }
        }
    }
    let (_, start) = best?;
    (!tied).then_some((start, start + exact.len()))
}

fn occurrences<'a>(chars: &'a [char], exact: &'a [char]) -> impl Iterator<Item = usize> + 'a {
    (0..=chars.len() - exact.len()).filter(move |&at| chars[at] == exact[0] && &chars[at..at + exact.len()] == exact)
}

/// Up to `n` code points before `start` and after `end`, for a
/// `TextQuoteSelector`.
pub fn context(chars: &[char], start: usize, end: usize, n: usize) -> (String, String) {
    let prefix = chars[start.saturating_sub(n)..start].iter().collect();
    let suffix = chars[end..(end + n).min(chars.len())].iter().collect();
    (prefix, suffix)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    /// The code-point index of the `n`th occurrence of `needle`.
    fn nth(text: &str, needle: &str, n: usize) -> usize {
        let byte = text.match_indices(needle).nth(n).unwrap().0;
        text[..byte].chars().count()
    }

    #[test]
    fn position_first_then_context_and_ties_are_refused() {
        let s = "Porto 🌊 said yes. Later Porto said no. Porto said yes again.";
        let text = chars(s);
        let (first, second, third) = (nth(s, "Porto", 0), nth(s, "Porto", 1), nth(s, "Porto", 2));
        // The position holds.
        assert_eq!(anchor(&text, "Porto", "", "", Some(second)), Some((second, second + 5)));
        // A wrong position: the context decides.
        assert_eq!(anchor(&text, "Porto", "Later ", " said no", Some(first + 1)), Some((second, second + 5)));
        // No context, three places, no hint: refused rather than guessed.
        assert_eq!(anchor(&text, "Porto", "", "", None), None);
        // Equal context, but the hint is nearer one of them.
        assert_eq!(anchor(&text, "Porto", "", "", Some(third - 2)), Some((third, third + 5)));
        assert_eq!(anchor(&text, "Lisbon", "", "", None), None);
        assert_eq!(anchor(&text, "", "", "", Some(0)), None);
        let (p, x) = context(&text, second, second + 5, 6);
        assert_eq!((p.as_str(), x.as_str()), ("Later ", " said "));
        assert_eq!(context(&text, 0, 5, 32).0, "");
    }
}
