//! A one-line text editor for notes, notes of status changes, dates and search: the cursor moves
//! by grapheme (so "é" or "日" is one step), words jump with Ctrl, pasted text goes in whole.

use ratatui::crossterm::event::KeyCode;
use unicode_segmentation::UnicodeSegmentation;

use super::Key;

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

    /// Handles one key.
    pub fn key(&mut self, key: Key) -> EditorKey {
        let word = key.ctrl || key.alt;
        match key.code {
            KeyCode::Enter => return EditorKey::Accept,
            KeyCode::Esc => return EditorKey::Cancel,
            KeyCode::Left if word => self.cursor = self.word_left(),
            KeyCode::Right if word => self.cursor = self.word_right(),
            KeyCode::Left => self.cursor = self.grapheme_left(),
            KeyCode::Right => self.cursor = self.grapheme_right(),
            KeyCode::Home => self.cursor = 0,
            KeyCode::End => self.cursor = self.text.len(),
            KeyCode::Backspace if word => {
                let from = self.word_left();
                self.text.replace_range(from..self.cursor, "");
                self.cursor = from;
            }
            KeyCode::Backspace => {
                let from = self.grapheme_left();
                self.text.replace_range(from..self.cursor, "");
                self.cursor = from;
            }
            KeyCode::Delete => {
                let to = self.grapheme_right();
                self.text.replace_range(self.cursor..to, "");
            }
            KeyCode::Char('a') if key.ctrl => self.cursor = 0,
            KeyCode::Char('e') if key.ctrl => self.cursor = self.text.len(),
            KeyCode::Char('u') if key.ctrl => {
                self.text.replace_range(..self.cursor, "");
                self.cursor = 0;
            }
            KeyCode::Char('k') if key.ctrl => self.text.truncate(self.cursor),
            KeyCode::Char('w') if key.ctrl => {
                let from = self.word_left();
                self.text.replace_range(from..self.cursor, "");
                self.cursor = from;
            }
            KeyCode::Char(c) if !key.ctrl && !key.alt => self.insert(c.encode_utf8(&mut [0; 4])),
            _ => {}
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

    fn key(code: KeyCode) -> Key {
        Key::plain(code)
    }

    fn ctrl(c: char) -> Key {
        Key {
            code: KeyCode::Char(c),
            ctrl: true,
            alt: false,
        }
    }

    #[test]
    fn the_cursor_moves_by_grapheme_and_edits_there() {
        let mut e = LineEditor::new("日本e\u{301}");
        e.key(key(KeyCode::Left));
        assert_eq!(e.split(), ("日本", "e\u{301}"));
        e.key(key(KeyCode::Backspace));
        assert_eq!(e.text(), "日e\u{301}");
        e.key(key(KeyCode::Char('x')));
        e.key(key(KeyCode::Home));
        e.key(key(KeyCode::Delete));
        assert_eq!(e.text(), "xe\u{301}");
        e.key(key(KeyCode::End));
        e.insert("pasted\ttext\nline");
        assert_eq!(e.text(), "xe\u{301}pastedtext\nline");
        assert_eq!(e.key(key(KeyCode::Enter)), EditorKey::Accept);
        assert_eq!(e.key(key(KeyCode::Esc)), EditorKey::Cancel);
    }

    #[test]
    fn words_jump_and_line_keys_cut() {
        let mut e = LineEditor::new("working group formed");
        e.key(Key {
            code: KeyCode::Left,
            ctrl: true,
            alt: false,
        });
        assert_eq!(e.split().1, "formed");
        e.key(ctrl('w'));
        assert_eq!(e.text(), "working formed");
        e.key(ctrl('k'));
        assert_eq!(e.text(), "working ");
        e.key(ctrl('u'));
        assert_eq!(e.text(), "");
    }
}
