//! A screen as an SVG image, drawn from the same ratatui buffer the terminal shows: each cell's
//! symbol, colours and modifiers, in a monospace font stack, a wide character over two cells.
//! The text stays text (selectable, searchable); every symbol is escaped for XML.

use std::fmt::Write;

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

/// A cell's width and height in the image, in pixels (a 14 px monospace font).
const CELL_W: f64 = 8.4;
const CELL_H: f64 = 17.0;
const FONT_SIZE: f64 = 14.0;
const FONTS: &str = "'DejaVu Sans Mono', 'Cascadia Mono', Menlo, Consolas, 'Noto Sans Mono', 'Noto Sans Mono CJK JP', monospace";

/// What the terminal's own colours are in the image (`Color::Reset`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    pub fg: &'static str,
    pub bg: &'static str,
}

impl Palette {
    /// A dark terminal.
    pub const DARK: Palette = Palette {
        fg: "#e6e6e6",
        bg: "#1b1d23",
    };
    /// A light terminal.
    pub const LIGHT: Palette = Palette {
        fg: "#1f2328",
        bg: "#ffffff",
    };
}

/// The buffer as an SVG document.
pub fn to_svg(buffer: &Buffer, palette: Palette) -> String {
    let area = buffer.area;
    let (width, height) = (
        f64::from(area.width) * CELL_W,
        f64::from(area.height) * CELL_H,
    );
    let mut out = String::with_capacity(usize::from(area.width) * usize::from(area.height) * 8);
    let _ = writeln!(
        out,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.1}" height="{height:.1}" viewBox="0 0 {width:.1} {height:.1}" role="img" xml:space="preserve" font-family="{FONTS}" font-size="{FONT_SIZE}">"#
    );
    let _ = writeln!(
        out,
        r#"<rect width="100%" height="100%" fill="{}"/>"#,
        palette.bg
    );
    for y in area.top()..area.bottom() {
        let row = f64::from(y - area.top());
        // Backgrounds: one rectangle per run of cells of the same colour.
        let mut x = area.left();
        while x < area.right() {
            let fill = colours(&buffer[(x, y)], palette).1;
            let start = x;
            while x < area.right() && colours(&buffer[(x, y)], palette).1 == fill {
                x += 1;
            }
            if fill != palette.bg {
                let _ = writeln!(
                    out,
                    r#"<rect x="{:.1}" y="{:.1}" width="{:.1}" height="{CELL_H}" fill="{fill}"/>"#,
                    f64::from(start - area.left()) * CELL_W,
                    row * CELL_H,
                    f64::from(x - start) * CELL_W,
                );
            }
        }
        // Text: one element per run of cells of the same style, each glyph at its cell.
        let mut x = area.left();
        while x < area.right() {
            let cell = &buffer[(x, y)];
            let style = text_style(cell, palette);
            let mut glyphs = String::new();
            let mut places = Vec::new();
            while x < area.right() {
                let cell = &buffer[(x, y)];
                if text_style(cell, palette) != style {
                    break;
                }
                let symbol = cell.symbol();
                let width = symbol.width();
                // Spaces between words stay, so the text reads and searches as on screen; a
                // run neither starts nor ends with them.
                if width > 0 && (symbol != " " || !glyphs.is_empty()) {
                    for (i, c) in symbol.chars().enumerate() {
                        if c.is_control() {
                            continue;
                        }
                        crate::text::push_markup(&mut glyphs, c);
                        // A combining mark rides on its base: only the first gets a place.
                        if i == 0 {
                            places.push(format!("{:.1}", f64::from(x - area.left()) * CELL_W));
                        }
                    }
                }
                x += u16::try_from(width.max(1)).unwrap_or(1);
            }
            while glyphs.ends_with(' ') {
                glyphs.pop();
                places.pop();
            }
            if !glyphs.is_empty() {
                let _ = writeln!(
                    out,
                    r#"<text x="{}" y="{:.1}"{style}>{glyphs}</text>"#,
                    places.join(" "),
                    row * CELL_H + CELL_H * 0.78,
                );
            }
        }
    }
    out.push_str("</svg>\n");
    out
}

/// A cell's foreground and background as hex colours (reversed when asked).
fn colours(cell: &Cell, palette: Palette) -> (String, String) {
    let fg = hex(cell.fg).unwrap_or_else(|| palette.fg.to_string());
    let bg = hex(cell.bg).unwrap_or_else(|| palette.bg.to_string());
    if cell.modifier.contains(Modifier::REVERSED) {
        (bg, fg)
    } else {
        (fg, bg)
    }
}

/// The SVG attributes of a cell's text.
fn text_style(cell: &Cell, palette: Palette) -> String {
    let mut out = format!(r#" fill="{}""#, colours(cell, palette).0);
    let m = cell.modifier;
    if m.contains(Modifier::BOLD) {
        out.push_str(r#" font-weight="bold""#);
    }
    if m.contains(Modifier::ITALIC) {
        out.push_str(r#" font-style="italic""#);
    }
    if m.contains(Modifier::DIM) {
        out.push_str(r#" opacity="0.6""#);
    }
    match (
        m.contains(Modifier::UNDERLINED),
        m.contains(Modifier::CROSSED_OUT),
    ) {
        (true, true) => out.push_str(r#" text-decoration="underline line-through""#),
        (true, false) => out.push_str(r#" text-decoration="underline""#),
        (false, true) => out.push_str(r#" text-decoration="line-through""#),
        (false, false) => {}
    }
    out
}

/// A colour as `#rrggbb` (the xterm palette for named and indexed colours); `None` for the
/// terminal's own.
fn hex(color: Color) -> Option<String> {
    rgb(color).map(|(r, g, b)| format!("#{r:02x}{g:02x}{b:02x}"))
}

/// A colour's red, green and blue (see [`hex`]).
pub(crate) fn rgb(color: Color) -> Option<(u8, u8, u8)> {
    Some(match color {
        Color::Reset => return None,
        Color::Rgb(r, g, b) => (r, g, b),
        Color::Black => (0, 0, 0),
        Color::Red => (205, 49, 49),
        Color::Green => (13, 188, 121),
        Color::Yellow => (229, 229, 16),
        Color::Blue => (36, 114, 200),
        Color::Magenta => (188, 63, 188),
        Color::Cyan => (17, 168, 205),
        Color::Gray => (204, 204, 204),
        Color::DarkGray => (118, 118, 118),
        Color::LightRed => (241, 76, 76),
        Color::LightGreen => (35, 209, 139),
        Color::LightYellow => (245, 245, 67),
        Color::LightBlue => (59, 142, 234),
        Color::LightMagenta => (214, 112, 214),
        Color::LightCyan => (41, 184, 219),
        Color::White => (255, 255, 255),
        Color::Indexed(i) => indexed(i),
    })
}

/// The xterm 256-colour palette.
fn indexed(i: u8) -> (u8, u8, u8) {
    const BASE: [(u8, u8, u8); 16] = [
        (0, 0, 0),
        (205, 0, 0),
        (0, 205, 0),
        (205, 205, 0),
        (0, 0, 238),
        (205, 0, 205),
        (0, 205, 205),
        (229, 229, 229),
        (127, 127, 127),
        (255, 0, 0),
        (0, 255, 0),
        (255, 255, 0),
        (92, 92, 255),
        (255, 0, 255),
        (0, 255, 255),
        (255, 255, 255),
    ];
    match i {
        0..=15 => BASE[usize::from(i)],
        16..=231 => {
            let n = i - 16;
            let level = |v: u8| if v == 0 { 0 } else { 55 + v * 40 };
            (level(n / 36), level((n / 6) % 6), level(n % 6))
        }
        _ => {
            let v = 8 + (i - 232) * 10;
            (v, v, v)
        }
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    use super::*;

    #[test]
    fn each_glyph_sits_at_its_cell_and_a_wide_one_takes_two() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        buf.set_string(0, 0, "a日b", Style::default());
        let svg = to_svg(&buf, Palette::DARK);
        assert!(svg.contains(r#"<text x="0.0 8.4 25.2""#), "{svg}");
        assert!(svg.contains(">a日b</text>"), "{svg}");
        buf.set_string(0, 0, "a b   ", Style::default());
        let svg = to_svg(&buf, Palette::DARK);
        assert!(
            svg.contains(r##"<text x="0.0 8.4 16.8" y="13.3" fill="#e6e6e6">a b</text>"##),
            "{svg}"
        );
    }

    #[test]
    fn markup_in_a_cell_is_text() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 30, 1));
        buf.set_string(0, 0, "<script>&'\"</svg>", Style::default());
        let svg = to_svg(&buf, Palette::DARK);
        assert!(
            svg.contains("&lt;script&gt;&amp;&#39;&quot;&lt;/svg&gt;"),
            "{svg}"
        );
        assert_eq!(svg.matches("</svg>").count(), 1);
    }

    /// What reaches a cell raw (a bidi override, a line separator, a C1 control) is not drawn:
    /// the SVG's own filter, whatever the cell's writer did.
    #[test]
    fn unsafe_characters_in_a_cell_are_left_out() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        for (x, c) in ['a', '\u{202e}', '\u{2028}', '\u{9b}', 'b']
            .iter()
            .enumerate()
        {
            if let Some(cell) = buf.cell_mut((u16::try_from(x).unwrap(), 0)) {
                cell.set_symbol(&c.to_string());
            }
        }
        let svg = to_svg(&buf, Palette::DARK);
        for c in ['\u{202e}', '\u{2028}', '\u{9b}'] {
            assert!(!svg.contains(c), "{:x} in the SVG", c as u32);
        }
        assert!(svg.contains('a') && svg.contains('b'));
    }

    #[test]
    fn colours_and_modifiers_are_drawn() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 4, 1));
        buf.set_string(
            0,
            0,
            "ok",
            Style::default()
                .fg(Color::Rgb(1, 2, 3))
                .bg(Color::Indexed(196))
                .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
        );
        let svg = to_svg(&buf, Palette::LIGHT);
        assert!(svg.contains(r##"fill="#ff0000""##), "{svg}");
        assert!(
            svg.contains(r##"fill="#010203" font-weight="bold" text-decoration="underline""##),
            "{svg}"
        );
        assert!(svg.contains(r##"fill="#ffffff""##), "{svg}");
    }
}
