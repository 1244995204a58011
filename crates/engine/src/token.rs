//! Words, numbers and punctuation, with byte spans and sentence starts.
//!
//! News text is full of traps for a naive splitter: `U.S.` is one word and
//! does not end a sentence, `Mr.` does not either, `Russia’s` is one word
//! with a curly apostrophe, `US-backed` is two words joined by a hyphen (so
//! that `US` can be found inside it), and `1,000` / `3.5m` / `19.5` are one
//! number each. A headline line without final punctuation still ends its
//! sentence at the line break.

use crate::Span;

/// What a token is made of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, with inner apostrophes and abbreviation dots (`U.S.`).
    Word,
    /// Digits, with inner `,`/`.` and a letter suffix (`1,000`, `3.5m`, `30th`).
    Number,
    /// Any other visible character, one per token.
    Punct,
}

/// One token of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where it is, in bytes.
    pub span: Span,
    /// What it is made of.
    pub kind: TokenKind,
    /// True when it opens a sentence (or a line), where capitals prove little.
    pub sentence_start: bool,
    /// True when a line break (or the text start) precedes it.
    pub line_start: bool,
}

/// Abbreviations whose final dot does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Gen", "Lt", "Col", "Sgt", "Capt", "Sen", "Rep", "Gov", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "No", "vs", "etc", "Jr", "Sr", "Inc", "Ltd", "Co",
    "Corp",
];

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Splits `text` into tokens. Whitespace is skipped.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let char_at = |at: usize| text[at..].chars().next();
    let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 5);
    let mut line_start = true;
    let mut sentence_start = true;
    let mut at = 0;
    while let Some(c) = char_at(at) {
        let start = at;
        let mut end = start + c.len_utf8();
        if c == '\n' {
            line_start = true;
            sentence_start = true;
            at = end;
            continue;
        }
        if c.is_whitespace() {
            at = end;
            continue;
        }
        let kind = if c.is_alphabetic() {
            loop {
                // ASCII letters and digits byte by byte; anything else decoded.
                while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
                    end += 1;
                }
                let Some(d) = char_at(end) else { break };
                // Only an apostrophe or a dot asks what follows it.
                let next_is_letter = || char_at(end + d.len_utf8()).is_some_and(char::is_alphabetic);
                if d.is_alphanumeric() || (is_apostrophe(d) && next_is_letter()) {
                    end += d.len_utf8();
                } else if d == '.' && next_is_letter() && is_initialism(&text[start..end]) {
                    // `U.S`: take the dot and keep going; the final dot below.
                    end += 1;
                } else {
                    break;
                }
            }
            // `U.S.`, `D.C.`: single letters with dots keep their final dot.
            if bytes.get(end) == Some(&b'.') && text[start..end].contains('.') {
                end += 1;
            }
            TokenKind::Word
        } else if c.is_ascii_digit() {
            while let Some(&b) = bytes.get(end) {
                let next_is_digit = bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
                if b.is_ascii_alphanumeric() || ((b == b',' || b == b'.') && next_is_digit) {
                    end += 1;
                } else {
                    break;
                }
            }
            TokenKind::Number
        } else {
            TokenKind::Punct
        };
        tokens.push(Token { span: Span::new(start, end), kind, sentence_start, line_start });
        line_start = false;
        // Opening marks, bullets and emoji before a sentence leave the word
        // after them at the sentence start.
        sentence_start = ends_sentence(text, kind, Span::new(start, end), sentence_start)
            || (sentence_start && kind == TokenKind::Punct && (is_opening_mark(c) || !c.is_ascii()));
        at = end;
    }
    tokens
}

/// True for a run of single letters separated by dots: `U`, `U.S`, `D.C`.
fn is_initialism(word: &str) -> bool {
    word.split('.').all(|part| part.chars().count() == 1)
}

fn is_opening_mark(c: char) -> bool {
    matches!(c, '“' | '"' | '‘' | '\'' | '«' | '(' | '[' | '—' | '-' | '–' | '•' | '*')
}

/// Whether the token just read ends its sentence (so the next one opens one).
fn ends_sentence(text: &str, kind: TokenKind, span: Span, was_start: bool) -> bool {
    let s = span.text(text);
    match kind {
        TokenKind::Punct => match s {
            // (Not before a comma or a lower-case word: `Sen. Ada Voss,
            // D-Minn., said`.)
            "." => {
                let next = text[span.end..].trim_start_matches(' ').chars().next();
                !previous_word_is_abbreviation(text, span.start)
                    && !next.is_some_and(|c| matches!(c, ',' | ';') || c.is_lowercase())
            }
            "!" | "?" | ":" => true,
            // A closing mark after a sentence end keeps the sentence ended.
            "”" | "\"" | "’" | "'" | ")" => {
                let before = text[..span.start].trim_end();
                before.ends_with(['.', '!', '?']) && !was_start
            }
            _ => false,
        },
        // `U.S.` at the end of a sentence is ambiguous; assume it does not end it.
        _ => false,
    }
}

fn previous_word_is_abbreviation(text: &str, dot: usize) -> bool {
    let before = &text[..dot];
    let word_start =
        before.char_indices().rev().find(|&(_, c)| !c.is_alphabetic()).map_or(0, |(i, c)| i + c.len_utf8());
    let word = &before[word_start..];
    // A lone capital is an initial (`George W. Bush`).
    ABBREVIATIONS.contains(&word) || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.span.text(text)).collect()
    }

    fn starts(text: &str) -> Vec<&str> {
        tokenize(text).iter().filter(|t| t.sentence_start).map(|t| t.span.text(text)).collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, $want:expr) => {
            #[test]
            fn $name() {
                assert_eq!(words($text), $want);
            }
        };
    }

    t!(abbreviation_with_dots, "the U.S. said", vec!["the", "U.S.", "said"]);
    t!(curly_possessive, "Russia’s army", vec!["Russia’s", "army"]);
    t!(straight_possessive, "Russia's army", vec!["Russia's", "army"]);
    t!(hyphen_splits, "US-backed plan", vec!["US", "-", "backed", "plan"]);
    t!(thousands, "1,000 drones", vec!["1,000", "drones"]);
    t!(decimal_suffix, "$3.5m and 19.5%", vec!["$", "3.5m", "and", "19.5", "%"]);
    t!(ordinal, "the 30th day", vec!["the", "30th", "day"]);
    t!(trailing_comma_number, "19, and", vec!["19", ",", "and"]);
    t!(accents, "Zelenskyy in Kraków", vec!["Zelenskyy", "in", "Kraków"]);
    t!(emoji_is_punct, "🇺🇦 Kyiv", vec!["🇺", "🇦", "Kyiv"]);
    t!(brackets, "[Marco] Rubio", vec!["[", "Marco", "]", "Rubio"]);

    #[test]
    fn sentence_starts() {
        assert_eq!(starts("He left. Mr. Smith came! “Yes,” she said."), vec!["He", "Mr", "“", "Yes"]);
        assert_eq!(starts("Headline without dot\nBody text here."), vec!["Headline", "Body"]);
        assert_eq!(starts("In the U.S. Trump said so."), vec!["In"]);
        assert_eq!(starts("He said: Putin will come."), vec!["He", "Putin"]);
        assert_eq!(starts("It rained. 🌊 She left."), vec!["It", "🌊", "She"]);
        assert_eq!(starts("Sen. Ada Voss, D-Minn., said no. Gen. and Mrs. Lee left."), vec!["Sen", "Gen"]);
    }
}
