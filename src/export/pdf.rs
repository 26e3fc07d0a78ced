//! Screens as the pages of a PDF (with `krilla`), drawn from the same ratatui buffers as the
//! terminal and the SVG images: each cell's background and glyph at its cell, in the colours of
//! the theme, as real text (copyable, searchable; fonts embedded, not outlines).
//!
//! Fonts: the bundled `DejaVu Sans Mono` (its advance is the cells' width; licence in
//! `assets/fonts/`) for every character it has, bold where the screen is bold; a character it
//! lacks (CJK, Devanagari...) from the first font of the system that has it (`fontdb`). A
//! character no font has is drawn as a box and reported once, with the name of a font that
//! would have it.

use std::collections::{BTreeSet, HashMap};
use std::sync::Arc;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::{Font, TextDirection};
use ratatui::buffer::{Buffer, Cell};
use ratatui::style::Modifier;
use unicode_width::UnicodeWidthStr;

use super::svg::{Palette, rgb as cell_rgb};

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSansMono.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSansMono-Bold.ttf");

/// A cell in points, and the font size (the bundled font's advance is 0.602 em: 8.43 pt).
const CELL_W: f32 = 8.43;
const CELL_H: f32 = 17.0;
const FONT_SIZE: f32 = 14.0;

/// A PDF and what could not be drawn.
pub struct Pdf {
    pub bytes: Vec<u8>,
    /// Characters no font has, each with the name of a font that would have it.
    pub missing: Vec<(char, &'static str)>,
}

/// A screen to make a page of, and the words it draws in big block letters (a slide's title),
/// which the page carries as invisible text so that they can be found and copied.
pub struct Page<'a> {
    pub screen: &'a Buffer,
    pub hidden: Option<String>,
}

/// Every screen as one page of a PDF.
pub fn to_pdf(pages: &[Page<'_>], palette: Palette) -> Result<Pdf, String> {
    let mut fonts = Fonts::new()?;
    let mut document = Document::new();
    for Page {
        screen: buffer,
        hidden,
    } in pages
    {
        let area = buffer.area;
        let (width, height) = (
            f32::from(area.width) * CELL_W,
            f32::from(area.height) * CELL_H,
        );
        let settings = PageSettings::from_wh(width, height).ok_or("a page of no size")?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        fill_rect(&mut surface, 0.0, 0.0, width, height, hex_rgb(palette.bg));
        for y in area.top()..area.bottom() {
            let top = f32::from(y - area.top()) * CELL_H;
            // Backgrounds, a rectangle per run of one colour.
            let mut x = area.left();
            while x < area.right() {
                let bg = colours(&buffer[(x, y)], palette).1;
                let start = x;
                while x < area.right() && colours(&buffer[(x, y)], palette).1 == bg {
                    x += 1;
                }
                if bg != hex_rgb(palette.bg) {
                    let left = f32::from(start - area.left()) * CELL_W;
                    let w = f32::from(x - start) * CELL_W;
                    fill_rect(&mut surface, left, top, w, CELL_H, bg);
                }
            }
            // Text: runs of cells of one colour, weight and font, each run from its first cell.
            let baseline = top + CELL_H * 0.78;
            let mut x = area.left();
            while x < area.right() {
                let cell = &buffer[(x, y)];
                let symbol = cell.symbol();
                let width = symbol.width();
                let step = u16::try_from(width.max(1)).unwrap_or(1);
                let Some(first) = symbol
                    .chars()
                    .next()
                    .filter(|c| !crate::text::is_unsafe(*c) && *c != ' ')
                else {
                    x += step;
                    continue;
                };
                let bold = cell.modifier.contains(Modifier::BOLD);
                let fg = colours(cell, palette).0;
                let font = fonts.font_for(first, bold);
                let start = x;
                let mut text = String::from(symbol);
                x += step;
                // A wide character is drawn alone, at its cell: its font's advance is its own.
                if width == 1 {
                    while x < area.right() {
                        let next = &buffer[(x, y)];
                        let s = next.symbol();
                        let Some(c) = s.chars().next() else { break };
                        if s.width() != 1
                            || crate::text::is_unsafe(c)
                            || colours(next, palette).0 != fg
                            || next.modifier.contains(Modifier::BOLD) != bold
                            || (c != ' ' && fonts.font_for(c, bold).1 != font.1)
                        {
                            break;
                        }
                        text.push_str(s);
                        x += 1;
                    }
                }
                let text = text.trim_end();
                surface.set_fill(Some(solid(fg)));
                surface.draw_text(
                    Point::from_xy(f32::from(start - area.left()) * CELL_W, baseline),
                    font.0.clone(),
                    FONT_SIZE,
                    text,
                    false,
                    TextDirection::Auto,
                );
            }
        }
        if let Some(words) = hidden {
            // Drawn fully transparent over the top of the page: found and copied, not seen.
            let words = crate::text::sanitize(words);
            if let Some(c) = words.chars().find(|c| *c != ' ') {
                let font = fonts.font_for(c, false);
                surface.set_fill(Some(Fill {
                    opacity: NormalizedF32::ZERO,
                    ..solid((0, 0, 0))
                }));
                surface.draw_text(
                    Point::from_xy(CELL_W, CELL_H),
                    font.0,
                    FONT_SIZE,
                    &words,
                    false,
                    TextDirection::Auto,
                );
            }
        }
        surface.finish();
        page.finish();
    }
    let bytes = document
        .finish()
        .map_err(|e| format!("the PDF could not be made: {e:?}"))?;
    let missing = fonts
        .missing
        .iter()
        .map(|&c| (c, font_that_has(c)))
        .collect();
    Ok(Pdf { bytes, missing })
}

/// The fonts of the document: the bundled ones, and the system's for what they lack.
struct Fonts {
    regular: (Font, usize),
    bold: (Font, usize),
    regular_face: ttf_parser::Face<'static>,
    db: fontdb::Database,
    /// Per character, the system font that has it (`None`: no font has it).
    by_char: HashMap<char, Option<(Font, usize)>>,
    loaded: HashMap<fontdb::ID, (Font, usize)>,
    missing: BTreeSet<char>,
}

impl Fonts {
    fn new() -> Result<Self, String> {
        let font = |data: &'static [u8]| {
            Font::new(krilla::Data::from(data), 0).ok_or("the bundled font could not be read")
        };
        let mut db = fontdb::Database::new();
        db.load_system_fonts();
        Ok(Fonts {
            regular: (font(REGULAR)?, 0),
            bold: (font(BOLD)?, 1),
            regular_face: ttf_parser::Face::parse(REGULAR, 0)
                .map_err(|_| "the bundled font could not be read")?,
            db,
            by_char: HashMap::new(),
            loaded: HashMap::new(),
            missing: BTreeSet::new(),
        })
    }

    /// The font that draws `c` (its number tells fonts apart).
    fn font_for(&mut self, c: char, bold: bool) -> (Font, usize) {
        if c == ' ' || self.regular_face.glyph_index(c).is_some() {
            return if bold {
                self.bold.clone()
            } else {
                self.regular.clone()
            };
        }
        if let Some(found) = self.by_char.get(&c) {
            return found.clone().unwrap_or_else(|| self.regular.clone());
        }
        let id = self.db.faces().map(|f| f.id).find(|&id| {
            self.db
                .with_face_data(id, |data, index| {
                    ttf_parser::Face::parse(data, index)
                        .ok()
                        .and_then(|face| face.glyph_index(c))
                        .is_some()
                })
                .unwrap_or(false)
        });
        let found = id.and_then(|id| {
            if let Some(font) = self.loaded.get(&id) {
                return Some(font.clone());
            }
            let number = 2 + self.loaded.len();
            let font = self.db.with_face_data(id, |data, index| {
                Font::new(krilla::Data::from(Arc::new(data.to_vec())), index)
            })??;
            self.loaded.insert(id, (font.clone(), number));
            Some((font, number))
        });
        if found.is_none() {
            self.missing.insert(c);
        }
        self.by_char.insert(c, found.clone());
        found.unwrap_or_else(|| self.regular.clone())
    }
}

/// A free font that has `c`, to name in the warning about it.
fn font_that_has(c: char) -> &'static str {
    match c as u32 {
        0x3000..=0x30ff | 0x31f0..=0x31ff | 0x3400..=0x4dbf | 0x4e00..=0x9fff | 0xff00..=0xff9f => {
            "Noto Sans CJK JP"
        }
        0xac00..=0xd7af | 0x1100..=0x11ff => "Noto Sans CJK KR",
        0x0900..=0x097f | 0xa8e0..=0xa8ff => "Noto Sans Devanagari",
        0x0600..=0x06ff => "Noto Sans Arabic",
        0x1f1e6..=0x1f1ff | 0x1f300..=0x1faff | 0x2600..=0x27bf | 0x200d => "Noto Color Emoji",
        _ => "Noto Sans Symbols 2",
    }
}

fn colours(cell: &Cell, palette: Palette) -> ((u8, u8, u8), (u8, u8, u8)) {
    let fg = cell_rgb(cell.fg).unwrap_or_else(|| hex_rgb(palette.fg));
    let bg = cell_rgb(cell.bg).unwrap_or_else(|| hex_rgb(palette.bg));
    if cell.modifier.contains(Modifier::REVERSED) {
        (bg, fg)
    } else {
        (fg, bg)
    }
}

/// `#rrggbb` as its three parts.
fn hex_rgb(hex: &str) -> (u8, u8, u8) {
    let part = |i: usize| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0);
    (part(1), part(3), part(5))
}

fn solid((r, g, b): (u8, u8, u8)) -> Fill {
    Fill {
        paint: rgb::Color::new(r, g, b).into(),
        opacity: NormalizedF32::ONE,
        rule: krilla::paint::FillRule::default(),
    }
}

fn fill_rect(
    surface: &mut krilla::surface::Surface<'_>,
    x: f32,
    y: f32,
    w: f32,
    h: f32,
    colour: (u8, u8, u8),
) {
    let mut path = PathBuilder::new();
    if let Some(rect) = Rect::from_xywh(x, y, w, h) {
        path.push_rect(rect);
    }
    if let Some(path) = path.finish() {
        surface.set_fill(Some(solid(colour)));
        surface.draw_path(&path);
    }
}

#[cfg(test)]
mod tests {
    use ratatui::layout::Rect as Area;
    use ratatui::style::Style;

    use super::*;

    #[test]
    fn a_page_per_buffer_with_its_text() {
        let mut buf = Buffer::empty(Area::new(0, 0, 20, 2));
        buf.set_string(0, 0, "Where we stand", Style::default());
        let page = |hidden: Option<&str>| Page {
            screen: &buf,
            hidden: hidden.map(String::from),
        };
        let pdf = to_pdf(&[page(None), page(Some("Big title"))], Palette::LIGHT).unwrap();
        assert!(pdf.bytes.starts_with(b"%PDF-"));
        assert!(pdf.missing.is_empty());
    }

    #[test]
    fn a_character_no_font_has_is_reported_with_a_font_that_would() {
        assert_eq!(font_that_has('日'), "Noto Sans CJK JP");
        assert_eq!(font_that_has('भ'), "Noto Sans Devanagari");
    }
}
