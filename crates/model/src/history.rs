//! Undo and redo: snapshots of the user's work, taken before each edit.
//!
//! The work (decisions, own annotations, labels, corrections) is small next
//! to the article, so a snapshot is a plain clone of it; the article text is
//! never part of one. The depth is bounded.

/// Past and undone states of some value.
#[derive(Clone, Debug)]
pub struct History<T> {
    undo: Vec<T>,
    redo: Vec<T>,
    limit: usize,
}

impl<T> Default for History<T> {
    fn default() -> Self {
        History::new(200)
    }
}

impl<T> History<T> {
    /// An empty history keeping at most `limit` steps.
    pub fn new(limit: usize) -> History<T> {
        History { undo: Vec::new(), redo: Vec::new(), limit: limit.max(1) }
    }

    /// Records `before`, the state an edit is about to change; a new edit
    /// forgets what was undone.
    pub fn record(&mut self, before: T) {
        if self.undo.len() == self.limit {
            self.undo.remove(0);
        }
        self.undo.push(before);
        self.redo.clear();
    }

    /// The state to go back to from `current`, which is kept for redo.
    pub fn undo(&mut self, current: T) -> Option<T> {
        let previous = self.undo.pop()?;
        self.redo.push(current);
        Some(previous)
    }

    /// The state to go forward to from `current`, which is kept for undo.
    pub fn redo(&mut self, current: T) -> Option<T> {
        let next = self.redo.pop()?;
        self.undo.push(current);
        Some(next)
    }

    /// True when there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Forgets everything (a new article).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undo_redo_and_a_new_edit_forgets_the_redo() {
        let mut h = History::new(3);
        let mut state = 0;
        for next in 1..=4 {
            h.record(state);
            state = next;
        }
        // Only three steps kept.
        state = h.undo(state).unwrap();
        state = h.undo(state).unwrap();
        state = h.undo(state).unwrap();
        assert_eq!(state, 1);
        assert_eq!(h.undo(state), None);
        state = h.redo(state).unwrap();
        assert_eq!(state, 2);
        h.record(state);
        state = 9;
        assert!(!h.can_redo());
        assert_eq!(h.undo(state), Some(2));
    }
}
