//! The bordered, titled box every view and popup is drawn in.
//!
//! It draws exactly what a ratatui `Block` with rounded borders and left-aligned titles draws
//! (a test compares the two cell by cell), but touches only the border cells: `Block` first sets
//! a style on every cell of its area, which was a tenth of the cost of drawing a 200×60 screen.
//! Widgets that take a `Block` (the chart) are drawn inside a panel instead.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::symbols::border;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use crate::ui::theme::Theme;

/// A box with rounded borders, a title on the top border and maybe one on the bottom border.
pub(crate) struct Panel<'a> {
    title: Line<'a>,
    bottom: Option<Line<'a>>,
    border: Style,
    set: border::Set<'static>,
}

/// A panel in the theme, its title in the title style.
pub(crate) fn panel<'a>(theme: &Theme, title: impl Into<Line<'a>>) -> Panel<'a> {
    Panel {
        title: title.into().style(theme.title),
        bottom: None,
        border: theme.border,
        set: border::ROUNDED,
    }
}

impl<'a> Panel<'a> {
    /// Adds a title on the bottom border (hints such as "Esc close").
    pub fn title_bottom(mut self, line: impl Into<Line<'a>>) -> Self {
        self.bottom = Some(line.into());
        self
    }

    /// Marks the panel that takes the arrow keys: a thick border in the accent colour, which
    /// reads without colour too.
    pub fn focused(mut self, theme: &Theme, focused: bool) -> Self {
        if focused {
            self.border = theme.accent;
            self.set = border::THICK;
        }
        self
    }

    /// Draws the panel over `area` and returns the area inside its borders.
    pub fn draw(&self, area: Rect, buf: &mut Buffer) -> Rect {
        Widget::render(self, area, buf);
        Self::inner(area)
    }

    /// The area inside a panel's borders (every panel has a one-cell border).
    pub fn inner(area: Rect) -> Rect {
        let x = area.x.saturating_add(1).min(area.right());
        let y = area.y.saturating_add(1).min(area.bottom());
        Rect::new(
            x,
            y,
            area.width.saturating_sub(2),
            area.height.saturating_sub(2),
        )
    }
}

impl Widget for Panel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        Widget::render(&self, area, buf);
    }
}

impl Widget for &Panel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let set = self.set;
        let (left, top) = (area.left(), area.top());
        let (right, bottom) = (area.right() - 1, area.bottom() - 1);
        let mut put = |x: u16, y: u16, symbol: &str| {
            buf[(x, y)].set_symbol(symbol).set_style(self.border);
        };
        // Sides first, then the corners over them, in the order `Block` uses.
        for y in top..=bottom {
            put(left, y, set.vertical_left);
        }
        for x in left..=right {
            put(x, top, set.horizontal_top);
        }
        for y in top..=bottom {
            put(right, y, set.vertical_right);
        }
        for x in left..=right {
            put(x, bottom, set.horizontal_bottom);
        }
        put(right, bottom, set.bottom_right);
        put(right, top, set.top_right);
        put(left, bottom, set.bottom_left);
        put(left, top, set.top_left);
        let titles = [(top, Some(&self.title)), (bottom, self.bottom.as_ref())];
        for (y, title) in titles {
            let Some(title) = title else { continue };
            let width = area.width.saturating_sub(2);
            if width == 0 {
                continue;
            }
            let title_width = u16::try_from(title.width()).unwrap_or(u16::MAX);
            title.render(Rect::new(left + 1, y, title_width.min(width), 1), buf);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;
    use ratatui::widgets::{Block, BorderType, Borders};

    /// What the panel must look like: ratatui's own rounded block with the same titles.
    fn block<'a>(theme: &Theme, title: Line<'a>, bottom: Option<Line<'a>>) -> Block<'a> {
        let block = Block::default()
            .borders(Borders::ALL)
            .border_type(BorderType::Rounded)
            .border_style(theme.border)
            .title(title.style(theme.title));
        match bottom {
            Some(line) => block.title_bottom(line),
            None => block,
        }
    }

    fn theme() -> Theme {
        Theme::named(crate::ui::theme::ThemeName::Dark)
    }

    #[test]
    fn a_panel_draws_what_a_rounded_block_draws_at_every_size() {
        let theme = theme();
        let titles: [Line; 4] = [
            Line::from(" Pillars · 7 of 8 named "),
            Line::from(" 日本語のタイトル "),
            Line::from(""),
            Line::from(vec![
                Span::styled(" a", Style::new().fg(Color::Red)),
                Span::raw("b "),
            ]),
        ];
        for title in titles {
            for bottom in [None, Some(Line::styled(" Esc close ", theme.muted))] {
                for (w, h) in (0..=30).flat_map(|w| (0..=4).map(move |h| (w, h))) {
                    let make = || {
                        let p = panel(&theme, title.clone());
                        match bottom.clone() {
                            Some(line) => p.title_bottom(line),
                            None => p,
                        }
                    };
                    let area = Rect::new(1, 1, w, h);
                    let mut ours = Buffer::empty(Rect::new(0, 0, 32, 6));
                    ours.set_string(0, 2, "x".repeat(32), Modifier::BOLD);
                    let mut theirs = ours.clone();
                    make().render(area, &mut ours);
                    let reference = block(&theme, title.clone(), bottom.clone());
                    assert_eq!(Panel::inner(area), reference.inner(area), "{w}x{h}");
                    reference.render(area, &mut theirs);
                    assert_eq!(ours, theirs, "{w}x{h} {title:?}");
                }
            }
        }
    }

    #[test]
    fn a_panel_clipped_by_the_buffer_draws_what_a_block_draws() {
        let theme = theme();
        let area = Rect::new(3, 2, 20, 10);
        let mut ours = Buffer::empty(Rect::new(0, 0, 10, 6));
        let mut theirs = ours.clone();
        panel(&theme, " Title ").render(area, &mut ours);
        block(&theme, " Title ".into(), None).render(area, &mut theirs);
        assert_eq!(ours, theirs);
    }
}
