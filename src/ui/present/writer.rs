//! Writing a slide top to bottom: big text where it fits, wrapped lines, bars, each cut first to
//! what the area can show so that a huge value costs what a short one does.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use tui_big_text::{BigText, PixelSize};

use crate::i18n::{Lang, Langs};
use crate::ui::theme::Theme;
use crate::ui::widgets::{self, safe_line};

/// The rows a heading takes in block letters on a large screen.
pub(super) const BIG_HEADING: u16 = 4;

/// Whether a slide body of `height` rows has its headings in block letters: from the body of a
/// 160x45 screen up, where plain text would leave most of a slide empty.
pub(super) fn big_headings(height: u16) -> bool {
    height >= 40
}

/// Writes a slide top to bottom.
pub(super) struct SlideWriter<'a> {
    pub(super) theme: &'a Theme,
    pub(super) buf: &'a mut Buffer,
    pub(super) area: Rect,
    pub(super) y: u16,
    /// Something did not fit and was cut: the screen says so.
    pub(super) cut: bool,
    /// The languages: headings in the main one, the second's beneath them.
    pub(super) langs: Langs,
}

impl SlideWriter<'_> {
    pub(super) fn left(&self) -> Rect {
        Rect::new(
            self.area.x,
            self.y,
            self.area.width,
            self.area.bottom().saturating_sub(self.y),
        )
    }

    pub(super) fn room(&self) -> u16 {
        self.area.bottom().saturating_sub(self.y)
    }

    /// `text` in the biggest letters that fit in `max_rows`; bold text when none do.
    pub(super) fn big(&mut self, text: &str, style: Style, max_rows: u16, align: Alignment) {
        let max_rows = max_rows.min(self.room());
        // No more than the area can show is looked at: a 100 MB title costs what a short one does.
        let text = cut_chars(
            text,
            usize::from(self.area.width) * usize::from(max_rows.max(1)),
        );
        let text = text.as_ref();
        if let Some(letters) = big_letters(text) {
            // In ASCII only the full size, whose pixels are whole cells (`#`), reads as letters.
            let sizes = [
                (PixelSize::Full, 8, 8),
                (PixelSize::HalfHeight, 8, 4),
                (PixelSize::Quadrant, 4, 4),
            ];
            let sizes = if self.theme.ascii {
                &sizes[..1]
            } else {
                &sizes[..]
            };
            for &(size, w, h) in sizes {
                let per_line = usize::from(self.area.width / w);
                let Some(lines) = wrap(&letters, per_line) else {
                    continue;
                };
                let rows = lines.len() as u16 * h;
                if rows <= max_rows {
                    let lines: Vec<Line> = lines.into_iter().map(Line::from).collect();
                    let big = BigText::builder()
                        .pixel_size(size)
                        .style(style)
                        .alignment(align)
                        .lines(lines)
                        .build();
                    big.render(
                        Rect {
                            height: rows,
                            ..self.left()
                        },
                        self.buf,
                    );
                    self.y += rows;
                    return;
                }
            }
        }
        let style = style.add_modifier(Modifier::BOLD);
        self.para(
            vec![Line::styled(safe_line(text).into_owned(), style)],
            align,
        );
    }

    /// Wrapped lines, each cut first to what the area could show.
    pub(super) fn para(&mut self, lines: Vec<Line<'_>>, align: Alignment) {
        // Characters, not columns: a Devanagari or combining cluster is several characters in
        // one or two columns, so the cap allows four a column.
        let room = 4 * usize::from(self.area.width) * usize::from(self.room().max(1));
        let lines: Vec<Line<'_>> = lines.into_iter().map(|l| cut_line(l, room)).collect();
        let paragraph = Paragraph::new(lines)
            .alignment(align)
            .wrap(Wrap { trim: true });
        let needed = paragraph.line_count(self.area.width);
        if needed > usize::from(self.room()) {
            self.cut = true;
        }
        let rows = (needed as u16).min(self.room());
        paragraph.render(
            Rect {
                height: rows,
                ..self.left()
            },
            self.buf,
        );
        self.y += rows;
    }

    pub(super) fn line(&mut self, line: Line<'_>) {
        self.para(vec![line], Alignment::Left);
    }

    pub(super) fn gap(&mut self) {
        self.y = (self.y + 1).min(self.area.bottom());
    }

    /// A slide's heading, `text` in the main language: in block letters of up to
    /// [`BIG_HEADING`] rows on a large screen (bold text where its letters are not in the block
    /// font), a bold line otherwise; then, for a room of two languages, the heading in the
    /// second beneath it; then a gap.
    pub(super) fn heading(&mut self, text: impl Fn(Lang) -> String) {
        let theme = self.theme;
        let style = theme.accent.add_modifier(Modifier::BOLD);
        let main = text(self.langs.main);
        if big_headings(self.area.height) {
            let top = self.y;
            self.big(&main, style, BIG_HEADING, Alignment::Left);
            // As many rows as the list slides count, whatever the letters took.
            self.y = (top + BIG_HEADING).min(self.area.bottom());
        } else {
            self.line(Line::styled(main, style));
        }
        self.second(&text);
        self.gap();
    }

    /// `text` in the second language, under what it translates, when the room has two.
    pub(super) fn second(&mut self, text: &impl Fn(Lang) -> String) {
        if let Some(second) = self.langs.second {
            let style = second_style(self.theme, second);
            self.line(Line::styled(text(second), style));
        }
    }

    pub(super) fn bar(&mut self, fraction: Option<f64>, label: String) {
        let width = usize::from(self.area.width)
            .saturating_sub(unicode_width::UnicodeWidthStr::width(label.as_str()) + 2)
            .min(60);
        let mut spans = widgets::bar(self.theme, fraction, width);
        spans.push(Span::styled(format!("  {label}"), self.theme.text));
        self.line(Line::from(spans));
    }
}

/// At most `max` characters of `text`, found without reading past them.
pub(super) fn cut_chars(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    let shown = crate::text::head(text, max);
    if shown.len() < text.len() {
        std::borrow::Cow::Owned(format!("{shown}…"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// A line cut to at most `max` characters over all its spans.
pub(super) fn cut_line(line: Line<'_>, max: usize) -> Line<'_> {
    let mut left = max;
    let mut out = Line {
        spans: Vec::new(),
        ..Line::default()
    }
    .style(line.style);
    out.alignment = line.alignment;
    for span in line.spans {
        if left == 0 {
            break;
        }
        let content = match cut_chars(&span.content, left) {
            std::borrow::Cow::Borrowed(_) => span.content,
            std::borrow::Cow::Owned(cut) => cut.into(),
        };
        left = left.saturating_sub(content.chars().count());
        out.spans.push(Span::styled(content, span.style));
    }
    out
}

/// The text in letters the big font has, or `None` when it needs others (CJK, for instance).
pub(super) fn big_letters(text: &str) -> Option<String> {
    let out: String = text
        .chars()
        .map(|c| match c {
            '–' | '—' => '-',
            '’' => '\'',
            c => c,
        })
        .collect();
    out.chars()
        .all(|c| c.is_ascii_graphic() || c == ' ' || c == '¥')
        .then_some(out)
}

/// Words in lines of at most `width` characters; `None` when a word is longer.
pub(super) fn wrap(text: &str, width: usize) -> Option<Vec<String>> {
    text.split_whitespace()
        .all(|word| word.chars().count() <= width)
        .then(|| widgets::wrap_words(text, width))
}

/// Rows the big text of `text` takes at `width` in at most `max_rows` (for centring).
pub(super) fn big_height(width: u16, text: &str, max_rows: u16) -> u16 {
    let text = cut_chars(text, usize::from(width) * usize::from(max_rows.max(1)));
    let Some(letters) = big_letters(&text) else {
        return 1;
    };
    for (w, h) in [(8, 8), (8, 4), (4, 4)] {
        if let Some(lines) = wrap(&letters, usize::from(width / w)) {
            let rows = lines.len() as u16 * h;
            if rows <= max_rows {
                return rows;
            }
        }
    }
    1
}

/// How the second language of a room of two is drawn: muted, and in italics only in English
/// (slanted Japanese or Devanagari reads as a fault, not as a translation).
pub(super) fn second_style(theme: &Theme, lang: Lang) -> ratatui::style::Style {
    if lang == Lang::En {
        theme.muted.add_modifier(Modifier::ITALIC)
    } else {
        theme.muted
    }
}
