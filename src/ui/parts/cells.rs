//! Writing text into the buffer's cells: what `Buffer::set_stringn` and `Buffer::set_line` do,
//! without their per-character grapheme segmentation when the text cannot need it.
//!
//! Segmenting every string into grapheme clusters is the largest single cost of drawing a
//! 200×60 screen. Most text here is ASCII, box drawing, CJK and common punctuation, where every
//! character is a cluster of its own; such text is written a character at a time. Anything else
//! (combining marks, emoji sequences, jamo, variation selectors, …) goes through ratatui's own
//! path, so the result is always the same as `set_stringn` (a property test checks that).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use unicode_width::UnicodeWidthChar;

/// The width of `c` when it is always a grapheme cluster of its own and never combines with its
/// neighbours; `None` for everything else (including control characters).
fn simple_width(c: char) -> Option<u16> {
    if c.is_ascii() {
        return (' '..='~').contains(&c).then_some(1);
    }
    let narrow = matches!(c,
        '\u{a0}'..='\u{ac}'
        | '\u{ae}'..='\u{2ff}'
        | '\u{2010}'..='\u{2027}'
        | '\u{2030}'..='\u{205e}'
        | '\u{2070}'..='\u{20cf}'
        | '\u{2100}'..='\u{2bff}'
    );
    let wide = matches!(c,
        '\u{3000}'..='\u{3029}'
        | '\u{3030}'..='\u{3098}'
        | '\u{309b}'..='\u{30ff}'
        | '\u{3400}'..='\u{4dbf}'
        | '\u{4e00}'..='\u{9fff}'
        | '\u{ac00}'..='\u{d7a3}'
        | '\u{ff01}'..='\u{ff60}'
        | '\u{ffe0}'..='\u{ffe6}'
    );
    if !(narrow || wide) {
        return None;
    }
    // Zero-width characters in these blocks (there are a few) take the general path.
    c.width()
        .and_then(|w| u16::try_from(w).ok())
        .filter(|w| *w > 0)
}

/// Writes `text` at (`x`, `y`) in at most `max_width` columns, like `Buffer::set_stringn`, and
/// returns the column after the last character written.
pub fn put(buf: &mut Buffer, x: u16, y: u16, text: &str, max_width: usize, style: Style) -> u16 {
    let area = buf.area;
    if y < area.top() || y >= area.bottom() || x < area.left() || x >= area.right() {
        return buf.set_stringn(x, y, text, max_width, style).0;
    }
    let max_width = u16::try_from(max_width).unwrap_or(u16::MAX);
    let mut remaining = area.right().saturating_sub(x).min(max_width);
    let row = buf.index_of(area.left(), y);
    let start = row + usize::from(x - area.left());
    // Printable ASCII, most of what is drawn: one byte, one cell.
    if text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        let n = text.len().min(usize::from(remaining));
        for (cell, b) in buf.content[start..start + n].iter_mut().zip(text.bytes()) {
            cell.set_char(char::from(b)).set_style(style);
        }
        return x + n as u16;
    }
    // Check first, write second: a text that needs segmenting is handed over untouched.
    if !text.chars().all(|c| simple_width(c).is_some()) {
        return buf.set_stringn(x, y, text, max_width.into(), style).0;
    }
    let mut x = x;
    for c in text.chars() {
        let Some(width) = simple_width(c) else { break };
        let Some(left) = remaining.checked_sub(width) else {
            break;
        };
        remaining = left;
        let at = row + usize::from(x - area.left());
        buf.content[at].set_char(c).set_style(style);
        for cell in &mut buf.content[at + 1..at + usize::from(width)] {
            cell.reset();
        }
        x += width;
    }
    x
}

/// Writes `line` at (`x`, `y`) in at most `max_width` columns, like `Buffer::set_line`.
pub fn put_line(buf: &mut Buffer, x: u16, y: u16, line: &Line<'_>, max_width: u16) -> u16 {
    let mut remaining = max_width;
    let mut x = x;
    for span in line {
        if remaining == 0 {
            break;
        }
        let style = line.style.patch(span.style);
        let end = put(buf, x, y, &span.content, remaining.into(), style);
        remaining = remaining.saturating_sub(end.saturating_sub(x));
        x = end;
    }
    x
}

/// One row of a table over `row` (one line high): the cells in turn, each cut to its width
/// (text from the file made safe) and a column apart; a cell of width 0 is left out. A
/// selected row is styled whole first.
pub fn table_row<T: AsRef<str>>(
    buf: &mut Buffer,
    row: Rect,
    selected: Option<Style>,
    cells: &[(T, usize, Style)],
) {
    if let Some(style) = selected {
        restyle(buf, row, style);
    }
    let mut x = row.x;
    for (text, width, style) in cells {
        if *width == 0 || x >= row.right() {
            continue;
        }
        put(
            buf,
            x,
            row.y,
            &crate::text::fit(text.as_ref(), *width),
            *width,
            *style,
        );
        x = x.saturating_add(*width as u16 + 1);
    }
}

/// Sets `style` on every cell of `area`, like `Buffer::set_style`, a row at a time.
pub fn restyle(buf: &mut Buffer, area: Rect, style: Style) {
    let area = buf.area.intersection(area);
    if area.is_empty() {
        return;
    }
    for y in area.top()..area.bottom() {
        let start = buf.index_of(area.x, y);
        for cell in &mut buf.content[start..start + usize::from(area.width)] {
            cell.set_style(style);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;

    /// Characters the fast path takes.
    fn plain_char() -> impl Strategy<Value = char> {
        prop_oneof![
            6 => proptest::char::range(' ', '~'),
            2 => proptest::char::range('\u{4e00}', '\u{4e40}'),
            1 => proptest::char::range('\u{3040}', '\u{30ff}'),
            1 => proptest::char::range('\u{2000}', '\u{2100}'),
            1 => proptest::char::range('\u{2500}', '\u{2800}'),
            1 => proptest::char::range('\u{ac00}', '\u{ac20}'),
            1 => proptest::char::range('\u{ff00}', '\u{ffef}'),
        ]
    }

    /// Runs of characters that combine with their neighbours (jamo, marks, selectors, flags,
    /// skin tones, joiners), controls, or anything at all.
    fn awkward_run() -> impl Strategy<Value = Vec<char>> {
        let run = |lo, hi| proptest::collection::vec(proptest::char::range(lo, hi), 1..4);
        prop_oneof![
            run('\u{300}', '\u{36f}'),
            run('\u{1100}', '\u{11ff}'),
            run('\u{fe00}', '\u{fe0f}'),
            run('\u{1f1e6}', '\u{1f1ff}'),
            run('\u{1f3f0}', '\u{1f3ff}'),
            run('\u{0}', '\u{a0}'),
            run('\u{200b}', '\u{200f}'),
            Just(vec!['\u{ad}']),
            proptest::collection::vec(any::<char>(), 1..3),
        ]
    }

    /// Mostly plain text, sometimes with one awkward run somewhere, so that both paths and the
    /// edge between them are exercised.
    fn text() -> impl Strategy<Value = String> {
        (
            proptest::collection::vec(plain_char(), 0..16),
            proptest::option::of((awkward_run(), any::<prop::sample::Index>())),
        )
            .prop_map(|(mut chars, awkward)| {
                if let Some((run, at)) = awkward {
                    let at = at.index(chars.len() + 1);
                    chars.splice(at..at, run);
                }
                chars.into_iter().collect()
            })
    }

    fn canvas() -> Buffer {
        let mut buf = Buffer::empty(Rect::new(2, 1, 30, 3));
        buf.set_string(
            2,
            2,
            "0123456789abcdefghijklmnopqrst",
            Style::new().fg(Color::Red),
        );
        buf
    }

    #[test]
    fn restyle_styles_what_set_style_styles_clipped_to_the_buffer() {
        let style = Style::new()
            .fg(Color::Black)
            .bg(Color::White)
            .add_modifier(Modifier::BOLD);
        for area in [
            Rect::new(2, 1, 30, 3),
            Rect::new(5, 2, 4, 1),
            Rect::new(0, 0, 40, 10),
            Rect::new(20, 2, 0, 1),
            Rect::new(31, 3, 5, 5),
            Rect::new(40, 2, 0, 1),
            Rect::new(40, 20, 3, 3),
        ] {
            let (mut theirs, mut ours) = (canvas(), canvas());
            theirs.set_style(area, style);
            restyle(&mut ours, area, style);
            assert_eq!(ours, theirs, "{area:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn put_writes_what_set_stringn_writes(
            text in text(),
            x in 2u16..32,
            y in 1u16..4,
            max_width in 0usize..40,
        ) {
            let style = Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD);
            let (mut theirs, mut ours) = (canvas(), canvas());
            let end = theirs.set_stringn(x, y, &text, max_width, style).0;
            prop_assert_eq!(put(&mut ours, x, y, &text, max_width, style), end);
            prop_assert_eq!(ours, theirs);
        }

        #[test]
        fn put_line_writes_what_set_line_writes(
            a in text(),
            b in text(),
            x in 2u16..32,
            max_width in 0u16..40,
        ) {
            let line = Line::from(vec![
                Span::styled(a, Style::new().fg(Color::Green)),
                Span::styled(b, Style::new().bg(Color::Blue)),
            ])
            .style(Style::new().add_modifier(Modifier::ITALIC));
            let (mut theirs, mut ours) = (canvas(), canvas());
            let end = theirs.set_line(x, 2, &line, max_width).0;
            prop_assert_eq!(put_line(&mut ours, x, 2, &line, max_width), end);
            prop_assert_eq!(ours, theirs);
        }
    }
}
