//! The text of a field being edited (notes, the note of a status change, a date, a path, the
//! search), on `tui-input`: the cursor moves by grapheme (so "é" or "日" is one step) and by
//! word, what is cut can be put back, pasted text goes in whole. Keys reach it as actions of the
//! keymap's `[text]` section, so every one can be rebound.

use ratatui::crossterm::event::KeyCode;
use tui_input::{Input, InputRequest};

use crate::app::{Action, Key};

/// Text being edited and where the cursor is.
#[derive(Debug, Clone, Default)]
pub struct LineEditor {
    input: Input,
}

impl PartialEq for LineEditor {
    fn eq(&self, other: &Self) -> bool {
        self.input.value() == other.input.value() && self.input.cursor() == other.input.cursor()
    }
}

impl Eq for LineEditor {}

/// What a key did to the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorKey {
    /// The text or cursor changed (or the key was ignored).
    Edited,
    /// Enter: accept.
    Accept,
    /// Esc: cancel.
    Cancel,
}

impl LineEditor {
    /// An editor holding `text`, the cursor at its end.
    pub fn new(text: &str) -> Self {
        LineEditor {
            input: Input::new(text.to_string()),
        }
    }

    /// The text.
    pub fn text(&self) -> &str {
        self.input.value()
    }

    /// The text before and after the cursor.
    pub fn split(&self) -> (&str, &str) {
        let text = self.input.value();
        let at = text
            .char_indices()
            .nth(self.input.cursor())
            .map_or(text.len(), |(i, _)| i);
        text.split_at(at)
    }

    /// Inserts text at the cursor (typed or pasted), all at once however long it is; control
    /// characters other than line breaks are dropped.
    pub fn insert(&mut self, text: &str) {
        let clean: String = text
            .chars()
            .filter(|c| !c.is_control() || *c == '\n')
            .collect();
        let (before, after) = self.split();
        let cursor = self.input.cursor() + clean.chars().count();
        let value = format!("{before}{clean}{after}");
        self.input = Input::new(value).with_cursor(cursor);
    }

    /// Applies a text action (from the keymap's `[text]` section), or types the character of a
    /// key no binding takes.
    pub fn act(&mut self, action: Option<Action>, key: Option<Key>) -> EditorKey {
        let request = match action {
            Some(Action::Accept) => return EditorKey::Accept,
            Some(Action::Cancel) => return EditorKey::Cancel,
            Some(Action::CursorLeft) => Some(InputRequest::GoToPrevChar),
            Some(Action::CursorRight) => Some(InputRequest::GoToNextChar),
            Some(Action::WordLeft) => Some(InputRequest::GoToPrevWord),
            Some(Action::WordRight) => Some(InputRequest::GoToNextWord),
            Some(Action::LineStart) => Some(InputRequest::GoToStart),
            Some(Action::LineEnd) => Some(InputRequest::GoToEnd),
            Some(Action::DeleteBack) => Some(InputRequest::DeletePrevChar),
            Some(Action::DeleteForward) => Some(InputRequest::DeleteNextChar),
            Some(Action::DeleteWordBack) => Some(InputRequest::DeletePrevWord),
            Some(Action::DeleteToStart) => Some(InputRequest::DeleteFromStart),
            Some(Action::DeleteToEnd) => Some(InputRequest::DeleteTillEnd),
            Some(Action::PutBack) => Some(InputRequest::Yank),
            Some(_) => None,
            None => match key {
                Some(Key {
                    code: KeyCode::Char(c),
                    ctrl: false,
                    alt: false,
                }) if !c.is_control() => Some(InputRequest::InsertChar(c)),
                _ => None,
            },
        };
        if let Some(request) = request {
            self.input.handle(request);
        }
        EditorKey::Edited
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::keymap::{Keymap, Section};

    /// Presses `key` (as the keymap file names it) in a text field with the default keys.
    fn press(e: &mut LineEditor, key: &str) -> EditorKey {
        let key = Key::parse(key).unwrap();
        let action = Keymap::defaults().lookup(&[Section::Text], key);
        e.act(action, Some(key))
    }

    #[test]
    fn the_cursor_moves_by_grapheme_and_edits_there() {
        let mut e = LineEditor::new("日本e\u{301}");
        press(&mut e, "left");
        assert_eq!(e.split(), ("日本", "e\u{301}"));
        press(&mut e, "backspace");
        assert_eq!(e.text(), "日e\u{301}");
        press(&mut e, "x");
        press(&mut e, "home");
        press(&mut e, "delete");
        assert_eq!(e.text(), "xe\u{301}");
        press(&mut e, "end");
        e.insert("pasted\ttext\nline");
        assert_eq!(e.text(), "xe\u{301}pastedtext\nline");
        assert_eq!(press(&mut e, "enter"), EditorKey::Accept);
        assert_eq!(press(&mut e, "esc"), EditorKey::Cancel);
    }

    #[test]
    fn words_jump_and_line_keys_cut() {
        let mut e = LineEditor::new("working group formed");
        press(&mut e, "ctrl-left");
        assert_eq!(e.split().1, "formed");
        press(&mut e, "ctrl-w");
        assert_eq!(e.text(), "working formed");
        press(&mut e, "ctrl-k");
        assert_eq!(e.text(), "working ");
        press(&mut e, "ctrl-u");
        assert_eq!(e.text(), "");
        press(&mut e, "ctrl-x");
        assert_eq!(
            e.text(),
            "",
            "a key with Ctrl that nothing binds types nothing"
        );
    }
}
