//! The ASCII symbol set (`--symbols ascii`, `symbols = "ascii"` in the config, chosen by
//! itself on the Linux console): for terminals whose fonts lack box drawing, block elements,
//! braille and the status marks. The screen is drawn as always, then each of those symbols is
//! replaced, in one place, by one ASCII character of the same width: borders become `+ - |`,
//! bars `#` and `.`, the chart's braille `*`, the status marks `o > ! # * x` (each still beside
//! its word), arrows `< > ^ v`. Letters of other scripts (a Japanese name, Devanagari) are
//! data and stay as they are.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

/// Each ASCII stand-in and the symbols it stands for.
const TABLE: &[(char, &str)] = &[
    // Status, health and list marks; arrows.
    ('o', "○◯"),
    ('>', "◐▶►›→⇒▸▹≥"),
    ('<', "‹←⇐◀◁◂↵≤"),
    ('!', "▲△⚠"),
    ('*', "●◆◇•★"),
    ('x', "×✖✗✘"),
    ('+', "✔✓"),
    ('^', "↑▴▵"),
    ('v', "↓▼▽▾▿"),
    // Punctuation of the interface's words.
    ('.', "·∙░▖▗▘▝"),
    ('~', "…≈"),
    ('-', "–—−‐"),
    ('"', "“”„▀▔"),
    ('\'', "‘’"),
    (' ', "\u{a0}"),
    // Currencies, where the terminal has no sign for them.
    ('Y', "¥￥"),
    ('R', "₹"),
    ('E', "€"),
    ('L', "£"),
    // Block elements: full and most-full `#`, a thin bar (the text cursor) `|`.
    ('#', "■◼█▉▊▋▌▐▓▙▛▜▟▚▞▅▆▇"),
    ('|', "▍▎▏▕"),
    (':', "▒"),
    ('_', "▄▁▂▃"),
];

/// The ASCII character that stands for `c`, or `None` to keep it (ASCII, or a letter of a
/// script, which is data).
pub fn replacement(c: char) -> Option<char> {
    if c.is_ascii() {
        return None;
    }
    TABLE
        .iter()
        .find(|(_, symbols)| symbols.contains(c))
        .map(|(ascii, _)| *ascii)
        .or_else(|| range(c))
}

/// Whole blocks of symbols: box drawing and braille.
fn range(c: char) -> Option<char> {
    match u32::from(c) {
        // Box drawing: the horizontal ones `-` (heavy `=`), the vertical ones `|`, corners and
        // crossings `+`.
        0x2500..=0x257F => Some(match c {
            '─' | '╌' | '┄' | '┈' | '╴' | '╶' => '-',
            '━' | '═' | '╍' | '┅' | '┉' => '=',
            '│' | '┃' | '║' | '╎' | '┆' | '┊' | '╏' | '┇' | '┋' | '╵' | '╷' => {
                '|'
            }
            _ => '+',
        }),
        // Braille blank.
        0x2800 => Some(' '),
        // Braille's points (the chart), and any other geometric shape or dingbat: a mark.
        0x2801..=0x28FF | 0x25A0..=0x25FF | 0x2700..=0x27BF => Some('*'),
        // Any other arrow.
        0x2190..=0x21FF => Some('>'),
        _ => None,
    }
}

/// Replaces every symbol of `area` in `buf` by its ASCII stand-in.
pub fn downgrade(area: Rect, buf: &mut Buffer) {
    let area = area.intersection(buf.area);
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &mut buf[(x, y)];
            let symbol = cell.symbol();
            if symbol.is_ascii() {
                continue;
            }
            let mut chars = symbol.chars();
            if let (Some(c), None) = (chars.next(), chars.next())
                && let Some(ascii) = replacement(c)
            {
                let mut s = [0u8; 4];
                cell.set_symbol(ascii.encode_utf8(&mut s));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn symbols_become_ascii_and_letters_stay() {
        for c in ['╭', '─', '│', '┼', '█', '░', '⣿', '●', '…', '→', '¥'] {
            assert!(replacement(c).is_some_and(|r| r.is_ascii()), "{c}");
        }
        for c in ['日', 'ह', 'a', ' '] {
            assert_eq!(replacement(c), None, "{c}");
        }
        let mut buf = Buffer::with_lines(["╭─┐ 日本 ●x"]);
        downgrade(buf.area, &mut buf);
        assert_eq!(buf, Buffer::with_lines(["+-+ 日本 *x"]));
    }
}
