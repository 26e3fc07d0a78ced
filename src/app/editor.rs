//! A one-line text editor for notes, notes of status changes, dates and search: the cursor moves
//! by grapheme (so "é" or "日" is one step), words jump with Ctrl, pasted text goes in whole.

use ratatui::crossterm::event::KeyCode;
use unicode_segmentation::UnicodeSegmentation;

use super::{Action, Key};

/// Text being edited and where the cursor is (a byte offset on a grapheme boundary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineEditor {
    text: String,
    cursor: usize,
}

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
            text: text.to_string(),
            cursor: text.len(),
        }
    }

    /// The text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The text before and after the cursor.
    pub fn split(&self) -> (&str, &str) {
        self.text.split_at(self.cursor)
    }

    /// Inserts text at the cursor (typed or pasted).
    pub fn insert(&mut self, text: &str) {
        let clean: String = text
            .chars()
            .filter(|c| !c.is_control() || *c == '\n')
            .collect();
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
    }

    /// Applies a text action (from the keymap's `[text]` section), or types the character of a
    /// key no binding takes.
    pub fn act(&mut self, action: Option<Action>, key: Option<Key>) -> EditorKey {
        match action {
            Some(Action::Accept) => return EditorKey::Accept,
            Some(Action::Cancel) => return EditorKey::Cancel,
            Some(Action::WordLeft) => self.cursor = self.word_left(),
            Some(Action::WordRight) => self.cursor = self.word_right(),
            Some(Action::CursorLeft) => self.cursor = self.grapheme_left(),
            Some(Action::CursorRight) => self.cursor = self.grapheme_right(),
            Some(Action::LineStart) => self.cursor = 0,
            Some(Action::LineEnd) => self.cursor = self.text.len(),
            Some(Action::DeleteWordBack) => {
                let from = self.word_left();
                self.text.replace_range(from..self.cursor, "");
                self.cursor = from;
            }
            Some(Action::DeleteBack) => {
                let from = self.grapheme_left();
                self.text.replace_range(from..self.cursor, "");
                self.cursor = from;
            }
            Some(Action::DeleteForward) => {
                let to = self.grapheme_right();
                self.text.replace_range(self.cursor..to, "");
            }
            Some(Action::DeleteToStart) => {
                self.text.replace_range(..self.cursor, "");
                self.cursor = 0;
            }
            Some(Action::DeleteToEnd) => self.text.truncate(self.cursor),
            Some(_) => {}
            None => {
                if let Some(Key {
                    code: KeyCode::Char(c),
                    ctrl: false,
                    alt: false,
                }) = key
                {
                    self.insert(c.encode_utf8(&mut [0; 4]));
                }
            }
        }
        EditorKey::Edited
    }

    fn grapheme_left(&self) -> usize {
        self.text[..self.cursor]
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn grapheme_right(&self) -> usize {
        self.text[self.cursor..]
            .graphemes(true)
            .next()
            .map_or(self.cursor, |g| self.cursor + g.len())
    }

    fn word_left(&self) -> usize {
        let before = self.text[..self.cursor].trim_end();
        before
            .unicode_word_indices()
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn word_right(&self) -> usize {
        let after = &self.text[self.cursor..];
        after
            .unicode_word_indices()
            .next()
            .map_or(self.text.len(), |(i, w)| self.cursor + i + w.len())
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
