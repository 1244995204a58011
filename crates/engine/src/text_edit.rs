//! An edit of a text seen from outside: the stretch that changed between
//! two versions (what lies before it and after it is the same), so that a
//! position in the old text can be carried to the new one. Corrections and
//! the user's work use it to follow their text when the article is edited.

/// The difference between an old and a new text, as one changed stretch.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TextEdit {
    /// Bytes both texts start with.
    same_start: usize,
    /// Bytes both texts end with (not overlapping `same_start`).
    same_end: usize,
    old_len: usize,
    new_len: usize,
}

impl TextEdit {
    /// The edit that turns `old` into `new`.
    pub fn between(old: &str, new: &str) -> TextEdit {
        let mut same_start = old.bytes().zip(new.bytes()).take_while(|(a, b)| a == b).count();
        while !old.is_char_boundary(same_start) || !new.is_char_boundary(same_start) {
            same_start -= 1;
        }
        let room = old.len().min(new.len()) - same_start;
        let mut same_end = old.bytes().rev().zip(new.bytes().rev()).take(room).take_while(|(a, b)| a == b).count();
        while !old.is_char_boundary(old.len() - same_end) || !new.is_char_boundary(new.len() - same_end) {
            same_end -= 1;
        }
        TextEdit { same_start, same_end, old_len: old.len(), new_len: new.len() }
    }

    /// Where byte `at` of the old text is in the new one: unchanged before
    /// the edited stretch, moved with the end of the text after it, and at
    /// the start of the new stretch inside it.
    pub fn carry(&self, at: usize) -> usize {
        if at <= self.same_start {
            at
        } else if at >= self.old_len - self.same_end {
            at + self.new_len - self.old_len
        } else {
            self.same_start
        }
    }

    /// `span` of the old text moved to the new one, when the edit left it
    /// whole (it lies before or after the changed stretch); `None` when the
    /// edit touched it.
    pub fn carry_span(&self, span: crate::Span) -> Option<crate::Span> {
        let clear = span.end <= self.same_start || span.start >= self.old_len - self.same_end;
        clear.then(|| crate::Span::new(self.carry(span.start), self.carry(span.end)))
    }

    /// The byte of `new` where `needle` occurs nearest to where byte `at`
    /// of the old text went; `None` when it no longer occurs.
    pub fn find_near(&self, new: &str, needle: &str, at: usize) -> Option<usize> {
        if needle.is_empty() {
            return None;
        }
        let expected = self.carry(at);
        new.match_indices(needle).map(|(i, _)| i).min_by_key(|&i| i.abs_diff(expected))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_follow_the_text_around_an_edit() {
        let cases: &[(&str, &str, usize, usize)] = &[
            // (old, new, old byte, new byte)
            ("Ruiz met Ruiz.", "Today, Ruiz met Ruiz.", 9, 16),
            ("Ruiz met Ruiz.", "Ruiz met Ruiz.", 9, 9),
            ("Ruiz met Ruiz.", "Ruiz then met Ruiz.", 0, 0),
            ("Ruiz met Ruiz.", "Ruiz then met Ruiz.", 9, 14),
            ("Łódź, Ruiz.", "Kraków, Łódź, Ruiz.", 8, 17),
            ("a🌊b", "a🌍b", 5, 5),
        ];
        for &(old, new, at, want) in cases {
            assert_eq!(TextEdit::between(old, new).carry(at), want, "{old:?} → {new:?} at {at}");
        }
    }

    #[test]
    fn the_nearest_occurrence_to_where_the_text_went_is_found() {
        // A paragraph added above: the second "Ruiz" moves down past
        // where the first one now is.
        let old = "Ruiz spoke. Ruiz left.";
        let new = "Ruiz and the mayor of a town spoke. Ruiz spoke. Ruiz left.";
        let edit = TextEdit::between(old, new);
        assert_eq!(edit.find_near(new, "Ruiz", 12), Some(48));
        assert_eq!(edit.find_near(new, "Nowak", 12), None);
    }
}
