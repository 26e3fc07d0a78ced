//! Text from a data file is untrusted: these helpers make it safe to show in a terminal.

use std::borrow::Cow;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Replaces what a terminal would act on instead of show: C0 and C1 control characters (so no
/// escape sequence gets through), DEL, and bidirectional overrides. Each becomes one visible
/// character, so columns stay where they were.
pub fn sanitize(text: &str) -> String {
    text.chars().map(safe_char).collect()
}

/// The most characters of untrusted text a message quotes.
pub const QUOTE_CHARS: usize = 60;

/// Untrusted text as a message quotes it: made safe like [`sanitize`] and cut to
/// [`QUOTE_CHARS`] characters with `…`, so a message costs the same whatever the text's size.
pub fn quote(text: &str) -> String {
    let shown = head(text, QUOTE_CHARS);
    let mut out = sanitize(shown);
    if shown.len() < text.len() {
        out.push('…');
    }
    out
}

/// The first `max` characters of `text` (all of it when shorter), found without reading past
/// them: how untrusted text of any size is cut before anything else is done with it.
pub fn head(text: &str, max: usize) -> &str {
    text.char_indices()
        .nth(max)
        .map_or(text, |(end, _)| &text[..end])
}

/// Whether `text` needs [`sanitize`] at all.
pub fn is_clean(text: &str) -> bool {
    text.chars().all(|c| safe_char(c) == c)
}

/// The visible stand-in of one character (itself when it is harmless). Tabs become a space.
pub fn safe_char(c: char) -> char {
    match c {
        '\t' => ' ',
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        '\u{80}'..='\u{9f}'
        | '\u{200e}'
        | '\u{200f}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}' => '\u{fffd}',
        _ => c,
    }
}

/// No screen shows more of one text than this many characters (1000 by 1000 cells at most, and
/// wrapped text stops at the bottom), so the rest is never looked at: a 100 MB title costs what
/// a short one does.
pub const MAX_SHOWN_CHARS: usize = 1 << 16;

/// One line of untrusted text: line breaks become spaces, control characters visible symbols;
/// at most [`MAX_SHOWN_CHARS`] of it.
pub fn safe_line(text: &str) -> Cow<'_, str> {
    let text = head(text, MAX_SHOWN_CHARS);
    if is_clean(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(sanitize(&text.replace(['\r', '\n'], " ")))
    }
}

/// Words in lines of at most `width` columns; a word longer than a line is cut across lines.
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = if line.is_empty() {
            word.width()
        } else {
            line.width() + 1 + word.width()
        };
        if needed <= width {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for g in word.graphemes(true) {
            if line.width() + g.width() > width {
                lines.push(std::mem::take(&mut line));
            }
            line.push_str(g);
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_become_visible_characters() {
        let hostile = "title\u{1b}]0;pwned\u{7}\r\n\u{9b}31m\u{202e}";
        let safe = sanitize(hostile);
        assert!(safe.chars().all(|c| !c.is_control()));
        assert_eq!(safe, "title␛]0;pwned␇␍␊\u{fffd}31m\u{fffd}");
        assert!(is_clean("India–Japan 日本"));
        assert!(!is_clean(hostile));
    }

    #[test]
    fn quotes_are_short_and_safe() {
        assert_eq!(quote("short\u{1b}"), "short␛");
        let long = "x".repeat(10_000);
        assert_eq!(quote(&long), format!("{}…", "x".repeat(QUOTE_CHARS)));
        assert_eq!(quote(&"y".repeat(QUOTE_CHARS)), "y".repeat(QUOTE_CHARS));
    }
}
