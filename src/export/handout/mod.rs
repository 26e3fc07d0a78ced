//! The deck as a handout (`export --format pdf`): 16:9 pages laid out as a document, not a
//! picture of the terminal. Proportional fonts chosen per script ([`fonts`]), text set as
//! shaped runs by krilla (so a Devanagari cluster and Japanese are drawn, and extract, exactly as
//! the model writes them), the big figures big, a light page unless another theme is asked for.
//! The PDF is tagged (headings, paragraphs, lists in reading order; decorations as artifacts;
//! Japanese and Devanagari runs say their language) and says its own language and title.
//!
//! What each slide says is the model's (`model::slide_text`); which slides, and how a list is cut
//! into pages, is the deck's (`model::deck`), built for [`ROOM`].

pub mod fonts;
mod look;
mod pages;

use crate::i18n::Langs;
pub use look::Look;
use look::{Colours, Rgb};

use std::num::NonZeroU16;
use std::path::Path;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::tagging::{ArtifactType, ContentTag, Node, SpanTag, Tag, TagGroup, TagKind, TagTree};
use krilla::text::TextDirection;

use self::fonts::{Fonts, Script};
use crate::model::deck::{Deck, Room};
use crate::model::{Figures, Model, Since};

/// The room a list slide has on a handout page, in the terminal's columns and rows: lists are
/// cut into pages of this size, which proportional type at the handout's size fits with room to
/// spare (a line that wraps once more than counted still fits).
pub const ROOM: Room = Room {
    width: 100,
    rows: 17,
};

const W: f32 = 960.0;
const H: f32 = 540.0;
const LEFT: f32 = 56.0;
const TOP: f32 = 44.0;
const BOTTOM: f32 = 500.0;
const WIDTH: f32 = W - 2.0 * LEFT;

/// A handout and what could not be drawn as asked.
pub struct Handout {
    pub bytes: Vec<u8>,
    pub warnings: Vec<String>,
}

/// What a handout is made of.
pub struct Source<'a> {
    pub model: &'a Model,
    pub figures: &'a Figures,
    pub deck: &'a Deck,
    pub since: Option<&'a Since>,
    /// The languages: the text in the main one, headings in the second beside it.
    pub langs: Langs,
}

/// The most characters of the partnership's title the document's metadata holds.
const TITLE_CHARS: usize = 200;

/// The deck as a handout, in `look`, with the fonts at `given` tried first.
pub fn handout(src: &Source<'_>, look: Look, given: &[&Path]) -> Result<Handout, String> {
    let mut fonts = Fonts::new(given)?;
    let colours = Colours::of(look);
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            // A reader shows it in a window's title bar: cut like a quote, so the PDF's size
            // does not grow with a title's (the pages cut it where it is drawn).
            .title(crate::text::quote_at(
                &src.model.partnership.title,
                TITLE_CHARS,
            ))
            .language(src.langs.main.code().into())
            .creator("pactboard".into()),
    );
    let mut tree = TagTree::new().with_lang(Some(src.langs.main.code().into()));
    let count = src.deck.slides.len();
    let by_pillar = src.model.by_pillar();
    for (n, slide) in src.deck.slides.iter().enumerate() {
        let settings = PageSettings::from_wh(W, H).ok_or("a page of no size")?;
        let mut page = document.start_page_with(settings);
        let mut surface = page.surface();
        let mut sheet = Sheet {
            surface: &mut surface,
            fonts: &mut fonts,
            colours: &colours,
            y: TOP,
            section: TagGroup::new(Tag::Section),
            cut: false,
        };
        sheet.background();
        pages::draw_slide(&mut sheet, src, &by_pillar, *slide);
        sheet.footer(&format!(
            "{} · {} / {count}",
            crate::text::sanitize(&src.model.partnership.title),
            n + 1
        ));
        let section = std::mem::replace(&mut sheet.section, TagGroup::new(Tag::Section));
        tree.push(section);
        surface.finish();
        page.finish();
    }
    document.set_tag_tree(tree);
    let bytes = document
        .finish()
        .map_err(|e| format!("the PDF could not be made: {e:?}"))?;
    Ok(Handout {
        bytes,
        warnings: fonts.warnings(),
    })
}

/// The kinds of block a page is made of, as the tag tree names them.
#[derive(Clone, Copy)]
enum Block {
    H1,
    H2,
    P,
    Li,
}

/// Where a line of text stands in its column.
#[derive(Clone, Copy)]
enum Align {
    Left,
    Centre,
    Right,
}

/// One page being written top to bottom.
struct Sheet<'s, 'p> {
    surface: &'s mut Surface<'p>,
    fonts: &'s mut Fonts,
    colours: &'s Colours,
    y: f32,
    section: TagGroup,
    /// Something did not fit: said once at the bottom.
    cut: bool,
}

impl Sheet<'_, '_> {
    fn fill(&mut self, colour: Rgb) {
        let (r, g, b) = colour;
        self.surface.set_fill(Some(Fill {
            paint: rgb::Color::new(r, g, b).into(),
            opacity: NormalizedF32::ONE,
            rule: krilla::paint::FillRule::default(),
        }));
    }

    fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, colour: Rgb) {
        let mut path = PathBuilder::new();
        if let Some(rect) = Rect::from_xywh(x, y, w.max(0.0), h) {
            path.push_rect(rect);
        }
        if let Some(path) = path.finish() {
            self.surface
                .start_tagged(ContentTag::Artifact(ArtifactType::Other));
            self.fill(colour);
            self.surface.draw_path(&path);
            self.surface.end_tagged();
        }
    }

    fn background(&mut self) {
        let bg = self.colours.bg;
        self.rect(0.0, 0.0, W, H, bg);
    }

    fn gap(&mut self, points: f32) {
        self.y += points;
    }

    /// Runs of text (each with its colour) wrapped to the page's width at `size`, as one block
    /// of the tag tree; centred or from the left margin.
    fn text(&mut self, runs: &[(&str, Rgb)], size: f32, bold: bool, block: Block, centre: bool) {
        let align = if centre { Align::Centre } else { Align::Left };
        self.text_in(runs, (size, bold), block, (LEFT, WIDTH), align);
    }

    /// Two texts side by side, for a room of two languages: `main` on the left, `second` (its
    /// translation) on the right, set to the right margin, their first lines on one baseline;
    /// what follows starts under the longer of the two.
    fn beside(&mut self, main: (&str, Rgb, f32), second: (&str, Rgb, f32), block: Block) {
        const GAP: f32 = 24.0;
        let left = WIDTH * 0.58;
        let top = self.y;
        let bold = !matches!(block, Block::P);
        self.text_in(
            &[(main.0, main.1)],
            (main.2, bold),
            block,
            (LEFT, left),
            Align::Left,
        );
        let after_main = self.y;
        self.y = top + (main.2 - second.2).max(0.0);
        self.text_in(
            &[(second.0, second.1)],
            (second.2, false),
            Block::P,
            (LEFT + left + GAP, WIDTH - left - GAP),
            Align::Right,
        );
        self.y = self.y.max(after_main);
    }

    /// [`Sheet::text`] in the column that starts at `x` and is `width` wide.
    fn text_in(
        &mut self,
        runs: &[(&str, Rgb)],
        (size, bold): (f32, bool),
        block: Block,
        (from, width): (f32, f32),
        align: Align,
    ) {
        let line_height = size * 1.3;
        let lines = self.wrap(runs, size, bold, width);
        let mut group = TagGroup::new(match block {
            Block::H1 => TagKind::from(Tag::Hn(NonZeroU16::MIN, None)),
            Block::H2 => TagKind::from(Tag::Hn(NonZeroU16::MIN.saturating_add(1), None)),
            Block::P => TagKind::from(Tag::P),
            Block::Li => TagKind::from(Tag::LI),
        });
        for line in lines {
            if self.y + line_height > BOTTOM {
                self.cut = true;
                break;
            }
            let baseline = self.y + size;
            let total: f32 = line.iter().map(|s| s.width).sum();
            let x = match align {
                Align::Left => from,
                Align::Centre => from + (width - total).max(0.0) / 2.0,
                Align::Right => from + (width - total).max(0.0),
            };
            for id in self.draw(line, x, baseline, size, true) {
                group.push(Node::Leaf(id));
            }
            self.y += line_height;
        }
        self.section.push(group);
    }

    /// The pieces of each line: text of one face and colour, with its measured width.
    fn wrap(&mut self, runs: &[(&str, Rgb)], size: f32, bold: bool, width: f32) -> Vec<Vec<Piece>> {
        // Words: what whitespace separates, and each Japanese character on its own (Japanese
        // breaks between characters).
        // No more than a page could show is looked at: a huge value costs what a short one
        // does, and what is left out is marked.
        let most = (WIDTH / (size * 0.25)) as usize * ((BOTTOM - TOP) / size) as usize;
        let mut taken = 0;
        let mut words: Vec<(Vec<(String, Rgb)>, bool)> = Vec::new();
        let mut space = false;
        for &(text, colour) in runs {
            let text = crate::text::safe_line(text);
            for c in text.chars() {
                taken += 1;
                if taken > most {
                    if taken == most + 1 {
                        words.push((vec![("…".to_string(), colour)], false));
                    }
                    break;
                }
                if c.is_whitespace() {
                    space = true;
                    continue;
                }
                // A word longer than a line is cut into pieces a line can hold.
                let long = words
                    .last()
                    .is_some_and(|(w, _)| w.iter().map(|(t, _)| t.len()).sum::<usize>() > 64);
                let alone = Script::of(c) == Script::Japanese || long;
                let glue = !space
                    && !alone
                    && words
                        .last()
                        .and_then(|(w, _)| w.last())
                        .and_then(|(t, _)| t.chars().last())
                        .is_some_and(|last| Script::of(last) != Script::Japanese);
                match words.last_mut() {
                    Some((word, _)) if glue => match word.last_mut() {
                        Some((t, col)) if *col == colour => t.push(c),
                        _ => word.push((c.to_string(), colour)),
                    },
                    _ => words.push((vec![(c.to_string(), colour)], space)),
                }
                space = false;
            }
        }
        let space_width = self
            .fonts
            .face_for(' ', bold)
            .map_or(size * 0.3, |f| f.width(" ", size));
        let mut lines: Vec<Vec<Piece>> = vec![Vec::new()];
        let mut used = 0.0;
        for (word, spaced) in words {
            let pieces = self.pieces(&word, size, bold);
            let w: f32 = pieces.iter().map(|p| p.width).sum();
            let lead = if spaced && used > 0.0 {
                space_width
            } else {
                0.0
            };
            if used > 0.0 && used + lead + w > width {
                lines.push(Vec::new());
                used = 0.0;
            } else if lead > 0.0
                && let Some(last) = lines.last_mut().and_then(|l| l.last_mut())
            {
                last.width += lead;
            }
            used += w + if used > 0.0 { lead } else { 0.0 };
            if let Some(line) = lines.last_mut() {
                line.extend(pieces);
            }
        }
        lines.retain(|l| !l.is_empty());
        lines
    }

    /// A word's pieces: runs of one face and one colour.
    fn pieces(&mut self, word: &[(String, Rgb)], size: f32, bold: bool) -> Vec<Piece> {
        let mut out: Vec<Piece> = Vec::new();
        for (text, colour) in word {
            for c in text.chars() {
                let Some(face) = self.fonts.face_for(c, bold) else {
                    continue;
                };
                match out.last_mut() {
                    Some(p) if p.face.id == face.id && p.colour == *colour => p.text.push(c),
                    _ => out.push(Piece {
                        text: c.to_string(),
                        colour: *colour,
                        script: Script::of(c),
                        face,
                        width: 0.0,
                    }),
                }
            }
        }
        for p in &mut out {
            p.width = p.face.width(&p.text, size);
        }
        out
    }

    fn heading(&mut self, text: &str) {
        let accent = self.colours.accent;
        self.text(&[(text, accent)], 30.0, true, Block::H1, false);
        self.gap(10.0);
    }

    fn para(&mut self, text: &str, size: f32, colour: Rgb) {
        self.text(&[(text, colour)], size, false, Block::P, false);
    }

    fn big(&mut self, text: &str, size: f32) {
        let fg = self.colours.fg;
        self.text(&[(text, fg)], size, true, Block::P, false);
    }

    /// A bar of `fraction` and its words after it.
    fn bar(&mut self, fraction: Option<f64>, label: &str) {
        let (w, h) = (280.0, 14.0);
        let y = self.y + 5.0;
        let (track, done) = (self.colours.bar, self.colours.good);
        self.rect(LEFT, y, w, h, track);
        if let Some(f) = fraction {
            self.rect(LEFT, y, w * f.clamp(0.0, 1.0) as f32, h, done);
        }
        let fg = self.colours.fg;
        let lines = self.wrap(&[(label, fg)], 17.0, false, WIDTH - w - 16.0);
        let mut group = TagGroup::new(Tag::P);
        for line in lines {
            if self.y + 22.0 > BOTTOM {
                self.cut = true;
                break;
            }
            let baseline = self.y + 17.0;
            for id in self.draw(line, LEFT + w + 16.0, baseline, 17.0, true) {
                group.push(Node::Leaf(id));
            }
            self.y += 22.0;
        }
        self.section.push(group);
        self.gap(4.0);
    }

    /// The page's footer (an artifact: not read as the page's content), and the sign that
    /// something did not fit.
    fn footer(&mut self, text: &str) {
        let muted = self.colours.muted;
        let said = if self.cut {
            format!("{text} · continued in the HTML pack and the report")
        } else {
            text.to_string()
        };
        let lines = self.wrap(&[(&said, muted)], 10.0, false, WIDTH);
        if let Some(line) = lines.into_iter().next() {
            self.surface
                .start_tagged(ContentTag::Artifact(ArtifactType::Other));
            self.draw(line, LEFT, H - 18.0, 10.0, false);
            self.surface.end_tagged();
        }
    }

    /// One line's pieces from `x` on `baseline`; tagged, each piece is a span (in its
    /// script's language) whose identifiers are given back for the block's tag.
    fn draw(
        &mut self,
        line: Vec<Piece>,
        mut x: f32,
        baseline: f32,
        size: f32,
        tagged: bool,
    ) -> Vec<krilla::tagging::Identifier> {
        let mut ids = Vec::new();
        for piece in line {
            if !piece.text.trim().is_empty() {
                if tagged {
                    let tag = SpanTag::empty().with_lang(piece.script.lang());
                    ids.push(self.surface.start_tagged(ContentTag::Span(tag)));
                }
                self.fill(piece.colour);
                self.surface.draw_text(
                    Point::from_xy(x, baseline),
                    piece.face.font.clone(),
                    size,
                    &piece.text,
                    false,
                    TextDirection::Auto,
                );
                if tagged {
                    self.surface.end_tagged();
                }
            }
            x += piece.width;
        }
        ids
    }
}

/// Text of one face and colour, measured.
struct Piece {
    text: String,
    colour: Rgb,
    script: Script,
    face: fonts::Face,
    width: f32,
}
