//! The key map: one table, [`BINDINGS`], of every key of the workspace and
//! the command it gives. The app's keyboard handler looks a key press up
//! here ([`command_for`]), the help overlay lists the table, and the keys a
//! label of the user's may not take are the table's ([`is_reserved`]), so
//! what is listed is what is handled, and nothing is reserved that nothing
//! handles.

/// What a key asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    /// Close the open dialog, or drop the selection.
    Close,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Extend the selection from the caret by a character (or a line).
    ExtendSelection,
    /// Extend the selection from the caret by a word.
    ExtendByWord,
    /// Move the caret in the article.
    MoveCaret,
    /// Show or hide the key list.
    ToggleHelp,
    /// Select the next highlight.
    Next,
    /// Select the previous highlight.
    Previous,
    /// Open the selected highlight's editor.
    Open,
    /// Accept the selected suggestion.
    Accept,
    /// Reject the selected suggestion, or delete an own highlight.
    Delete,
    /// Accept every suggestion with the selected highlight's label.
    AcceptAll,
    /// Reject every suggestion with the selected highlight's label.
    RejectAll,
    /// Check the selected claim: start its check, or show it.
    Check,
    /// Tag the selected text with the label of this key, or relabel the
    /// selected highlight.
    Label(char),
}

/// Which key presses a binding takes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chord {
    /// The key's name as the browser gives it (`a`, `?`, `Enter`,
    /// `ArrowLeft`); `None` for any one-character key (the label keys).
    pub key: Option<&'static str>,
    /// Ctrl (or Cmd) held.
    pub ctrl: bool,
    /// Shift held (not looked at for one-character keys, whose character
    /// says it already).
    pub shift: bool,
    /// Only while the article has the keyboard focus.
    pub in_article: bool,
}

/// One line of the key map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Binding {
    /// The keys as the help lists them.
    pub shown: &'static str,
    /// What they do, as the help says it.
    pub does: &'static str,
    /// The command (for [`Command::Label`], the key pressed is filled in).
    pub command: Command,
    /// The key presses.
    pub chords: &'static [Chord],
    /// Also while typing in a form field (every other key belongs to it).
    pub in_fields: bool,
}

const fn key(name: &'static str) -> Chord {
    Chord { key: Some(name), ctrl: false, shift: false, in_article: false }
}

const fn ctrl(name: &'static str, shift: bool) -> Chord {
    Chord { key: Some(name), ctrl: true, shift, in_article: false }
}

const fn arrow(name: &'static str, ctrl: bool, shift: bool) -> Chord {
    Chord { key: Some(name), ctrl, shift, in_article: true }
}

const fn arrows(ctrl: bool, shift: bool) -> [Chord; 4] {
    [
        arrow("ArrowLeft", ctrl, shift),
        arrow("ArrowRight", ctrl, shift),
        arrow("ArrowUp", ctrl, shift),
        arrow("ArrowDown", ctrl, shift),
    ]
}

const fn binding(shown: &'static str, does: &'static str, command: Command, chords: &'static [Chord]) -> Binding {
    Binding { shown, does, command, chords, in_fields: false }
}

/// Every key of the workspace, in the order the help lists them.
pub const BINDINGS: &[Binding] = &[
    Binding {
        shown: "Escape",
        does: "close the dialog, or drop the selection",
        command: Command::Close,
        chords: &[key("Escape")],
        in_fields: true,
    },
    binding("Ctrl + Z", "undo", Command::Undo, &[ctrl("z", false), ctrl("Z", false)]),
    binding(
        "Ctrl + Shift + Z or Ctrl + Y",
        "redo",
        Command::Redo,
        &[ctrl("z", true), ctrl("Z", true), ctrl("y", false)],
    ),
    binding("Shift + ← → ↑ ↓", "select text from the caret", Command::ExtendSelection, &arrows(false, true)),
    binding("Ctrl + Shift + ← →", "select text from the caret, by word", Command::ExtendByWord, &arrows(true, true)),
    binding("← → ↑ ↓", "move the caret in the article", Command::MoveCaret, &arrows(false, false)),
    binding(
        "1 – 9",
        "tag the selected text with that label, or relabel the selected highlight",
        Command::Label(' '),
        &[Chord { key: None, ctrl: false, shift: false, in_article: false }],
    ),
    binding("j", "next highlight", Command::Next, &[key("j")]),
    binding("k", "previous highlight", Command::Previous, &[key("k")]),
    binding(
        "Enter or e",
        "open the selected highlight (label, note, tags, extent)",
        Command::Open,
        &[Chord { key: Some("Enter"), ctrl: false, shift: false, in_article: true }, key("e")],
    ),
    binding("a", "accept the selected suggestion", Command::Accept, &[key("a")]),
    binding(
        "x or Delete",
        "reject the selected suggestion (or delete your own highlight)",
        Command::Delete,
        &[key("x"), key("Delete")],
    ),
    binding(
        "Shift + A",
        "accept every suggestion with the selected highlight's label",
        Command::AcceptAll,
        &[key("A")],
    ),
    binding(
        "Shift + X",
        "reject every suggestion with the selected highlight's label",
        Command::RejectAll,
        &[key("X")],
    ),
    binding("c", "check the selected claim (its check in the Checks tab)", Command::Check, &[key("c")]),
    binding("?", "show or hide this list", Command::ToggleHelp, &[key("?")]),
];

/// A key press, as the handler sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeyPress<'a> {
    /// The key's name (`KeyboardEvent.key`).
    pub key: &'a str,
    /// Ctrl or Cmd held.
    pub ctrl: bool,
    /// Shift held.
    pub shift: bool,
    /// Alt held (no binding uses it: it belongs to the browser).
    pub alt: bool,
    /// The article has the keyboard focus.
    pub in_article: bool,
    /// A form field has the keyboard focus.
    pub in_field: bool,
}

impl Chord {
    fn takes(&self, press: &KeyPress) -> bool {
        let one_char = press.key.chars().count() == 1;
        let key_matches = match self.key {
            Some(name) => name == press.key,
            None => one_char,
        };
        key_matches
            && self.ctrl == press.ctrl
            && (one_char && !self.ctrl || self.shift == press.shift)
            && (!self.in_article || press.in_article)
    }
}

/// The binding `press` hits, if any, with the command it gives: a line
/// naming the key, else the label keys' line.
pub fn command_for(press: &KeyPress) -> Option<(&'static Binding, Command)> {
    if press.alt {
        return None;
    }
    // A named key before the catch-all of the label keys.
    let hit = |named: bool| {
        BINDINGS.iter().find(|b| {
            (b.in_fields || !press.in_field) && b.chords.iter().any(|c| c.key.is_some() == named && c.takes(press))
        })
    };
    let binding = hit(true).or_else(|| hit(false))?;
    let command = match binding.command {
        Command::Label(_) => Command::Label(press.key.chars().next()?),
        other => other,
    };
    Some((binding, command))
}

/// True for the keys a label may not take: the one-character keys of the
/// table (any case).
pub fn is_reserved(key: char) -> bool {
    let lower = key.to_lowercase().collect::<String>();
    BINDINGS
        .iter()
        .flat_map(|b| b.chords)
        .filter_map(|c| c.key.filter(|k| k.chars().count() == 1 && !c.ctrl))
        .any(|k| k.to_lowercase() == lower)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::builtin_labels;

    fn press(key: &str) -> KeyPress<'_> {
        KeyPress { key, ctrl: false, shift: false, alt: false, in_article: false, in_field: false }
    }

    #[test]
    fn each_key_gives_its_command() {
        let command = |p: KeyPress| command_for(&p).map(|(_, c)| c);
        let cases: &[(KeyPress, Option<Command>)] = &[
            (press("a"), Some(Command::Accept)),
            (press("A"), Some(Command::AcceptAll)),
            (KeyPress { shift: true, ..press("A") }, Some(Command::AcceptAll)),
            (press("x"), Some(Command::Delete)),
            (press("Delete"), Some(Command::Delete)),
            (press("j"), Some(Command::Next)),
            (press("k"), Some(Command::Previous)),
            (press("e"), Some(Command::Open)),
            (press("Enter"), None),
            (KeyPress { in_article: true, ..press("Enter") }, Some(Command::Open)),
            (press("3"), Some(Command::Label('3'))),
            (press("q"), Some(Command::Label('q'))),
            (KeyPress { ctrl: true, ..press("z") }, Some(Command::Undo)),
            (KeyPress { ctrl: true, shift: true, ..press("Z") }, Some(Command::Redo)),
            (KeyPress { ctrl: true, ..press("y") }, Some(Command::Redo)),
            (KeyPress { ctrl: true, ..press("c") }, None),
            (KeyPress { alt: true, ..press("a") }, None),
            (KeyPress { in_field: true, ..press("a") }, None),
            (KeyPress { in_field: true, ..press("Escape") }, Some(Command::Close)),
            (press("ArrowLeft"), None),
            (KeyPress { in_article: true, ..press("ArrowLeft") }, Some(Command::MoveCaret)),
            (KeyPress { in_article: true, shift: true, ..press("ArrowDown") }, Some(Command::ExtendSelection)),
            (
                KeyPress { in_article: true, shift: true, ctrl: true, ..press("ArrowRight") },
                Some(Command::ExtendByWord),
            ),
            (press("?"), Some(Command::ToggleHelp)),
            (press("c"), Some(Command::Check)),
        ];
        for (p, want) in cases {
            assert_eq!(command(*p), *want, "{p:?}");
        }
    }

    #[test]
    fn the_reserved_keys_are_the_tables_and_no_label_key_is_one() {
        for k in ['a', 'A', 'x', 'j', 'k', 'e', 'c', '?'] {
            assert!(is_reserved(k), "{k}");
        }
        for k in ['n', 'p', 'q', '1', 'z'] {
            assert!(!is_reserved(k), "{k} is handled by nothing but labels");
        }
        assert!(builtin_labels().iter().filter_map(|l| l.key).all(|k| !is_reserved(k)));
    }
}
