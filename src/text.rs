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
    quote_at(text, QUOTE_CHARS)
}

/// [`quote`], cut at `max` characters.
pub fn quote_at(text: &str, max: usize) -> String {
    let shown = head(text, max);
    let mut out = sanitize(shown);
    if shown.len() < text.len() {
        out.push('…');
    }
    out
}

/// A path as messages show it: made safe, and cut to 200 characters (with its length) so that
/// a message costs the same whatever was typed.
pub fn shown_path(path: impl AsRef<std::path::Path>) -> String {
    let whole = path.as_ref().display().to_string();
    let head = head(&whole, 200);
    if head.len() < whole.len() {
        format!("{}… ({} characters)", sanitize(head), whole.chars().count())
    } else {
        sanitize(&whole)
    }
}

/// `text` with every run of more than [`QUOTE_CHARS`] characters without a space cut to that
/// many, with `…` and its length: how a message that repeats what was typed stays short.
pub fn cut_long_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(4096));
    let mut word = String::new();
    let mut count = 0usize;
    let flush = |out: &mut String, word: &mut String, count: &mut usize| {
        out.push_str(word);
        if *count > QUOTE_CHARS {
            out.push_str(&format!("… ({count} characters)"));
        }
        word.clear();
        *count = 0;
    };
    for c in text.chars() {
        if c.is_whitespace() {
            flush(&mut out, &mut word, &mut count);
            out.push(c);
        } else {
            count += 1;
            if count <= QUOTE_CHARS {
                word.push(c);
            }
        }
    }
    flush(&mut out, &mut word, &mut count);
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

/// The one list of characters untrusted text may not carry raw to any destination (a terminal,
/// an HTML page, an SVG, a PDF, the JSON report): C0 and C1 control characters and DEL (escape
/// sequences), the bidirectional controls (they reorder what is around them), the line and
/// paragraph separators (a terminal or a page breaks lines at them), and the noncharacters.
pub fn is_unsafe(c: char) -> bool {
    matches!(
        c,
        '\0'..='\u{1f}'
            | '\u{7f}'..='\u{9f}'
            | '\u{61c}'
            | '\u{200e}'
            | '\u{200f}'
            | '\u{2028}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{fdd0}'..='\u{fdef}'
    ) || ((c as u32) & 0xfffe) == 0xfffe
}

/// The visible stand-in of one character (itself when it is harmless). Tabs and the line and
/// paragraph separators become a space, C0 controls their control pictures, the rest of
/// [`is_unsafe`] U+FFFD.
pub fn safe_char(c: char) -> char {
    match c {
        '\t' | '\u{2028}' | '\u{2029}' => ' ',
        '\0'..='\u{1f}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'),
        '\u{7f}' => '\u{2421}',
        c if is_unsafe(c) => '\u{fffd}',
        _ => c,
    }
}

/// JSON text (as `serde_json` writes it, C0 already escaped) with every other character of
/// [`is_unsafe`] escaped as `\uXXXX` too: nothing is lost, and a terminal that shows the JSON
/// is not steered by it. Outside strings JSON is ASCII, so only strings are touched.
pub fn json_safe(json: String) -> String {
    // C0 (and so the layout's line breaks) is serde_json's already.
    let escaped = |c: char| c > '\u{7e}' && is_unsafe(c);
    if !json.chars().any(escaped) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if escaped(c) {
            let mut units = [0u16; 2];
            for unit in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{unit:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// No screen shows more of one text than this many characters (1000 by 1000 cells at most, and
/// wrapped text stops at the bottom), so the rest is never looked at: a 100 MB title costs what
/// a short one does.
pub const MAX_SHOWN_CHARS: usize = 1 << 16;

/// `s` as HTML or XML text (a page, an SVG): markup characters escaped; line breaks and tabs
/// as spaces; what [`is_unsafe`] lists (control characters, which XML does not allow, and the
/// bidirectional controls, which would reorder what is around them) left out.
pub fn markup(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_markup(&mut out, c);
    }
    out
}

/// `c` as HTML or XML text (see [`markup`]).
pub fn push_markup(out: &mut String, c: char) {
    match c {
        '&' => out.push_str("&amp;"),
        '<' => out.push_str("&lt;"),
        '>' => out.push_str("&gt;"),
        '"' => out.push_str("&quot;"),
        '\'' => out.push_str("&#39;"),
        '\n' | '\t' => out.push(' '),
        c if is_unsafe(c) => {}
        c => out.push(c),
    }
}

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
    wrap_runs(&[(text, ())], width)
        .into_iter()
        .map(|line| line.into_iter().map(|(t, ())| t).collect())
        .collect()
}

/// Runs of text, each with its own style `S`, in lines of at most `width` columns: the one
/// wrapping rule of the terminal's slides, so that the rows a list needs can be counted before
/// it is drawn (the deck's pages) and drawn exactly as counted. Words are what whitespace
/// separates; where one run ends and the next begins with no whitespace between them, the two
/// pieces are one word. Runs of whitespace become one space; a word longer than a line is cut
/// between grapheme clusters.
pub fn wrap_runs<S: Copy + PartialEq>(runs: &[(&str, S)], width: usize) -> Vec<Vec<(String, S)>> {
    let width = width.max(1);
    // The words, each made of pieces of one style.
    let mut words: Vec<Vec<(&str, S)>> = Vec::new();
    let mut glue = false;
    for &(text, style) in runs {
        let mut rest = text;
        while !rest.is_empty() {
            let start = rest.len() - rest.trim_start().len();
            if start > 0 {
                glue = false;
                rest = &rest[start..];
                continue;
            }
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            match words.last_mut() {
                Some(word) if glue => word.push((&rest[..end], style)),
                _ => words.push(vec![(&rest[..end], style)]),
            }
            glue = true;
            rest = &rest[end..];
        }
    }
    let mut lines: Vec<Vec<(String, S)>> = Vec::new();
    let mut line: Vec<(String, S)> = Vec::new();
    let mut used = 0;
    let push = |line: &mut Vec<(String, S)>, text: &str, style: S| match line.last_mut() {
        Some((last, s)) if *s == style => last.push_str(text),
        _ => line.push((text.to_string(), style)),
    };
    for word in words {
        let word_width: usize = word.iter().map(|(t, _)| t.width()).sum();
        let needed = if used == 0 {
            word_width
        } else {
            used + 1 + word_width
        };
        if needed <= width {
            if used > 0 {
                let style = word[0].1;
                push(&mut line, " ", style);
                used += 1;
            }
            for (text, style) in word {
                push(&mut line, text, style);
            }
            used += word_width;
            continue;
        }
        if used > 0 {
            lines.push(std::mem::take(&mut line));
            used = 0;
        }
        for (text, style) in word {
            for g in text.graphemes(true) {
                if used + g.width() > width && used > 0 {
                    lines.push(std::mem::take(&mut line));
                    used = 0;
                }
                push(&mut line, g, style);
                used += g.width();
            }
        }
    }
    if used > 0 || !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Text from the file, made safe for the terminal (no control characters, one line) and cut to
/// `width` columns with an ellipsis, never inside a wide character.
pub fn fit(text: &str, width: usize) -> String {
    let safe = safe_line(text);
    if safe.width() <= width {
        return safe.into_owned();
    }
    if width == 0 {
        return String::new();
    }
    // Cut between grapheme clusters, each as wide as the buffer counts it (a ZWJ family is 2
    // columns, not the 6 its characters add up to), so layout and drawing agree.
    let mut out = String::new();
    let mut used = 0;
    for g in safe.graphemes(true) {
        let w = g.width();
        if used + w > width - 1 {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// `fit`, padded with spaces to exactly `width` columns.
pub fn fit_pad(text: &str, width: usize) -> String {
    let mut out = fit(text, width);
    let w = out.width();
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(w)));
    out
}

#[cfg(test)]
mod tests {
    use super::wrap_runs;

    /// Styled runs wrap as one text: a run boundary inside a word keeps the word whole, every
    /// line fits, nothing is lost, and a style stays on its own characters.
    #[test]
    fn runs_wrap_as_one_text_and_keep_their_styles() {
        let runs = [
            ("2026-11-02  ", 1),
            ("Mining", 2),
            ("—cooperation", 3),
            (" “a note”", 4),
        ];
        for width in 1..40 {
            let lines = wrap_runs(&runs, width);
            let joined: String = lines
                .iter()
                .map(|l| l.iter().map(|(t, _)| t.as_str()).collect::<String>())
                .collect::<Vec<_>>()
                .join(" ");
            let squeeze = |s: &str| s.split_whitespace().collect::<String>();
            assert_eq!(
                squeeze(&joined),
                squeeze("2026-11-02 Mining—cooperation “a note”")
            );
            for line in &lines {
                let w: usize = line
                    .iter()
                    .map(|(t, _)| unicode_width::UnicodeWidthStr::width(t.as_str()))
                    .sum();
                assert!(w <= width.max(1) || w == 2, "{line:?} at {width}");
            }
        }
        let lines = wrap_runs(&runs, 40);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0][1], (" Mining".to_string(), 2));
        // The word made of two runs goes to the next line whole.
        let lines = wrap_runs(&runs, 20);
        assert_eq!(lines[1][0], ("Mining".to_string(), 2));
        assert_eq!(lines[1][1], ("—cooperation".to_string(), 3));
    }

    /// The sanitiser over every class of code point: each unsafe one (C0, DEL, C1, bidi,
    /// separators, noncharacters) becomes a harmless single character; the rest pass whole.
    #[test]
    fn every_unsafe_class_is_replaced_and_nothing_else() {
        let unsafe_ones = [
            '\0',
            '\u{1b}',
            '\u{7f}',
            '\u{85}',
            '\u{9b}',
            '\u{61c}',
            '\u{200e}',
            '\u{200f}',
            '\u{2028}',
            '\u{2029}',
            '\u{202a}',
            '\u{202e}',
            '\u{2066}',
            '\u{2069}',
            '\u{fdd0}',
            '\u{fdef}',
            '\u{fffe}',
            '\u{ffff}',
            '\u{1fffe}',
            '\u{10ffff}',
        ];
        for c in unsafe_ones {
            assert!(is_unsafe(c), "{:x}", c as u32);
            let shown = safe_char(c);
            assert!(!is_unsafe(shown), "{:x}", c as u32);
            assert_eq!(sanitize(&c.to_string()).chars().count(), 1);
            let json = json_safe(serde_json::to_string(&c.to_string()).unwrap());
            assert!(json.is_ascii(), "{json}");
            assert_eq!(
                serde_json::from_str::<String>(&json).unwrap(),
                c.to_string()
            );
        }
        for c in [
            'a', 'é', '日', 'क', '\u{94d}', '\u{200d}', '\u{fffd}', '😀', '\u{e000}',
        ] {
            assert!(!is_unsafe(c), "{:x}", c as u32);
            assert_eq!(safe_char(c), c);
        }
        // Every code point: the stand-in is never unsafe.
        for c in (0..=0x0010_ffff_u32).filter_map(char::from_u32) {
            assert!(!is_unsafe(safe_char(c)), "{:x}", c as u32);
        }
    }

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
