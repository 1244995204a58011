//! Conversions between the three offset units a text is measured in.
//!
//! The engine counts UTF-8 bytes (what indexes a Rust `&str`); exports, the
//! gold files and the W3C `TextPositionSelector` count Unicode code points;
//! the DOM and JavaScript strings count UTF-16 code units. An [`OffsetMap`]
//! is built once per text and answers each conversion with a binary search
//! over the text's non-ASCII characters only, so a mostly-ASCII article
//! costs next to nothing to index.

/// A code-point offset (the unit of exports and W3C selectors).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CharPos(pub usize);

/// A UTF-16 code-unit offset (the unit of the DOM and JavaScript strings).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Utf16Pos(pub usize);

/// One non-ASCII character: where it starts in each unit, and its widths.
#[derive(Clone, Copy, Debug)]
struct Wide {
    byte: usize,
    char: usize,
    utf16: usize,
    byte_len: usize,
    utf16_len: usize,
}

/// Converts offsets of one text between bytes, code points and UTF-16.
#[derive(Clone, Debug)]
pub struct OffsetMap {
    wide: Vec<Wide>,
    byte_len: usize,
    char_len: usize,
    utf16_len: usize,
}

impl OffsetMap {
    /// Index `text`. Linear in its length; allocates only for non-ASCII text.
    pub fn new(text: &str) -> OffsetMap {
        let mut wide = Vec::new();
        let (mut chars, mut utf16) = (0, 0);
        for (byte, c) in text.char_indices() {
            if !c.is_ascii() {
                wide.push(Wide { byte, char: chars, utf16, byte_len: c.len_utf8(), utf16_len: c.len_utf16() });
            }
            chars += 1;
            utf16 += c.len_utf16();
        }
        OffsetMap { wide, byte_len: text.len(), char_len: chars, utf16_len: utf16 }
    }

    /// Length of the text in code points.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// Length of the text in UTF-16 code units.
    pub fn utf16_len(&self) -> usize {
        self.utf16_len
    }

    /// The code-point offset of byte offset `byte`.
    ///
    /// A byte inside a multi-byte character maps to that character's start;
    /// a byte past the end maps to the end.
    pub fn byte_to_char(&self, byte: usize) -> CharPos {
        let byte = byte.min(self.byte_len);
        // Characters wholly before `byte`, each 1 byte = 1 char if ASCII.
        let i = self.wide.partition_point(|w| w.byte < byte);
        match i.checked_sub(1).map(|j| self.wide[j]) {
            None => CharPos(byte),
            Some(w) if byte < w.byte + w.byte_len => CharPos(w.char),
            Some(w) => CharPos(w.char + 1 + (byte - w.byte - w.byte_len)),
        }
    }

    /// The UTF-16 offset of byte offset `byte` (same rounding as
    /// [`OffsetMap::byte_to_char`]).
    pub fn byte_to_utf16(&self, byte: usize) -> Utf16Pos {
        let byte = byte.min(self.byte_len);
        let i = self.wide.partition_point(|w| w.byte < byte);
        match i.checked_sub(1).map(|j| self.wide[j]) {
            None => Utf16Pos(byte),
            Some(w) if byte < w.byte + w.byte_len => Utf16Pos(w.utf16),
            Some(w) => Utf16Pos(w.utf16 + w.utf16_len + (byte - w.byte - w.byte_len)),
        }
    }

    /// The byte offset of code-point offset `pos`, or `None` past the end.
    pub fn char_to_byte(&self, pos: CharPos) -> Option<usize> {
        if pos.0 > self.char_len {
            return None;
        }
        let i = self.wide.partition_point(|w| w.char < pos.0);
        Some(match i.checked_sub(1).map(|j| self.wide[j]) {
            None => pos.0,
            Some(w) => w.byte + w.byte_len + (pos.0 - w.char - 1),
        })
    }

    /// The byte offset of UTF-16 offset `pos`, or `None` past the end or
    /// between the two halves of a surrogate pair.
    pub fn utf16_to_byte(&self, pos: Utf16Pos) -> Option<usize> {
        if pos.0 > self.utf16_len {
            return None;
        }
        let i = self.wide.partition_point(|w| w.utf16 < pos.0);
        Some(match i.checked_sub(1).map(|j| self.wide[j]) {
            None => pos.0,
            Some(w) if pos.0 < w.utf16 + w.utf16_len => return None,
            Some(w) => w.byte + w.byte_len + (pos.0 - w.utf16 - w.utf16_len),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks every character boundary of `text` against a naive count.
    fn check_all_boundaries(text: &str) {
        let map = OffsetMap::new(text);
        let mut boundaries: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        boundaries.push(text.len());
        for &byte in &boundaries {
            let chars = text[..byte].chars().count();
            let utf16 = text[..byte].encode_utf16().count();
            assert_eq!(map.byte_to_char(byte), CharPos(chars), "{text:?} byte {byte}");
            assert_eq!(map.byte_to_utf16(byte), Utf16Pos(utf16), "{text:?} byte {byte}");
            assert_eq!(map.char_to_byte(CharPos(chars)), Some(byte), "{text:?} char {chars}");
            assert_eq!(map.utf16_to_byte(Utf16Pos(utf16)), Some(byte), "{text:?} u16 {utf16}");
        }
        assert_eq!(map.char_len(), text.chars().count());
        assert_eq!(map.utf16_len(), text.encode_utf16().count());
    }

    #[test]
    fn boundaries_round_trip() {
        for text in [
            "",
            "plain ASCII only",
            "Zelenskiy met Macron",
            "café in Kraków, São Paulo",
            "👍 Trump said “yes”.",
            "emoji 🇺🇦 flag then Kyiv",
            "Đorđe and 😀😀 twice, then Ōsaka",
            "日本語のテキスト and Tokyo",
            "\u{1F600}",
        ] {
            check_all_boundaries(text);
        }
    }

    #[test]
    fn inside_a_character_rounds_down() {
        let map = OffsetMap::new("a😀b");
        assert_eq!(map.byte_to_char(2), CharPos(1));
        assert_eq!(map.byte_to_utf16(3), Utf16Pos(1));
        // UTF-16 offset 2 is between the two surrogates of the emoji.
        assert_eq!(map.utf16_to_byte(Utf16Pos(2)), None);
    }

    #[test]
    fn past_the_end() {
        let map = OffsetMap::new("né");
        assert_eq!(map.char_to_byte(CharPos(3)), None);
        assert_eq!(map.utf16_to_byte(Utf16Pos(3)), None);
        assert_eq!(map.byte_to_char(99), CharPos(2));
    }
}
