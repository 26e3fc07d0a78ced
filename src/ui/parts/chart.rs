//! A line chart in braille dots: axes, three labels on each, and lines drawn in order, a later
//! line taking the cells it crosses. Labels sit at the height of the value they name.
//!
//! ratatui's `Chart` walks its whole plot once per line (five lines, a 200×60 screen: a third
//! of a frame); this writes only the cells the lines cross.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::ui::cells;

/// One line: its style and its points, `x` from 0 to the chart's `x_max`, `y` from 0 to `y_max`;
/// drawn in braille dots, or with `glyph` in every cell it crosses (lines told apart without
/// colour).
pub struct Series<'a> {
    pub style: Style,
    pub points: &'a [(f64, f64)],
    pub glyph: Option<char>,
}

/// The chart: its lines, its ranges and its labels (start, middle, end of each axis).
pub struct LineChart<'a> {
    pub series: Vec<Series<'a>>,
    pub x_max: f64,
    pub y_max: f64,
    pub x_labels: [String; 3],
    /// The values named on the y axis, with their labels.
    pub y_labels: Vec<(f64, String)>,
    pub axis: Style,
    pub label: Style,
}

/// Which bit of a braille character each of its 2×4 dots is: `DOTS[row][column]`.
const DOTS: [[u8; 2]; 4] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]];

/// A grid of braille dots over `width`×`height` cells.
struct Dots {
    width: usize,
    height: usize,
    cells: Vec<u8>,
}

impl Dots {
    fn new(width: usize, height: usize) -> Self {
        Dots {
            width,
            height,
            cells: vec![0; width * height],
        }
    }

    fn set(&mut self, x: i64, y: i64) {
        let (Ok(x), Ok(y)) = (usize::try_from(x), usize::try_from(y)) else {
            return;
        };
        if x < self.width * 2 && y < self.height * 4 {
            self.cells[(y / 4) * self.width + x / 2] |= DOTS[y % 4][x % 2];
        }
    }

    /// A straight line of dots from one dot to another (Bresenham).
    fn line(&mut self, (x0, y0): (i64, i64), (x1, y1): (i64, i64)) {
        let (dx, dy) = ((x1 - x0).abs(), -(y1 - y0).abs());
        let (sx, sy) = (if x0 < x1 { 1 } else { -1 }, if y0 < y1 { 1 } else { -1 });
        let (mut x, mut y, mut err) = (x0, y0, dx + dy);
        loop {
            self.set(x, y);
            if x == x1 && y == y1 {
                break;
            }
            let e2 = 2 * err;
            if e2 >= dy {
                err += dy;
                x += sx;
            }
            if e2 <= dx {
                err += dx;
                y += sy;
            }
        }
    }
}

impl LineChart<'_> {
    /// The dot a data point falls on, in a grid of `width`×`height` cells.
    fn dot(&self, (x, y): (f64, f64), width: u16, height: u16) -> (i64, i64) {
        let scale = |v: f64, max: f64, dots: u16| {
            let last = f64::from(dots.saturating_sub(1));
            let f = if max > 0.0 { v / max } else { 0.0 };
            (f.clamp(0.0, 1.0) * last).round() as i64
        };
        let (columns, rows) = (width.saturating_mul(2), height.saturating_mul(4));
        let dx = scale(x, self.x_max, columns);
        let dy = scale(y, self.y_max, rows);
        (dx, i64::from(rows) - 1 - dy)
    }
}

impl Widget for &LineChart<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        let label_width = self
            .y_labels
            .iter()
            .map(|(_, l)| l.width())
            .chain([self.x_labels[0].width().saturating_sub(1)])
            .max()
            .unwrap_or(0) as u16;
        // Room for the y labels, the axis and a plot at least 2×2, over the x axis and labels.
        if area.width < label_width.saturating_add(3) || area.height < 4 {
            return;
        }
        let axis_x = area.x + label_width;
        let axis_y = area.bottom() - 2;
        let plot = Rect::new(
            axis_x + 1,
            area.y,
            area.right() - axis_x - 1,
            axis_y - area.y,
        );
        for y in plot.top()..plot.bottom() {
            buf[(axis_x, y)].set_symbol("│").set_style(self.axis);
        }
        buf[(axis_x, axis_y)].set_symbol("└").set_style(self.axis);
        for x in plot.left()..plot.right() {
            buf[(x, axis_y)].set_symbol("─").set_style(self.axis);
        }
        for (value, label) in &self.y_labels {
            let (_, dot) = self.dot((0.0, *value), plot.width, plot.height);
            let y = plot.y + (dot / 4) as u16;
            cells::put(buf, area.x, y, label, label_width.into(), self.label);
        }
        let [first, middle, last] = &self.x_labels;
        let bottom = area.bottom() - 1;
        let end = cells::put(buf, area.x, bottom, first, area.width.into(), self.label);
        let last_x = area.right().saturating_sub(last.width() as u16);
        let middle_x = (plot.x + plot.width / 2).saturating_sub(middle.width() as u16 / 2);
        if middle_x > end && middle_x + (middle.width() as u16) < last_x {
            cells::put(buf, middle_x, bottom, middle, middle.width(), self.label);
        }
        if last_x >= end {
            cells::put(buf, last_x, bottom, last, last.width(), self.label);
        }
        let (width, height) = (usize::from(plot.width), usize::from(plot.height));
        for series in &self.series {
            let mut dots = Dots::new(width, height);
            let points = series
                .points
                .iter()
                .map(|&p| self.dot(p, plot.width, plot.height));
            let mut previous = None;
            for point in points {
                dots.line(previous.unwrap_or(point), point);
                previous = Some(point);
            }
            for (i, &bits) in dots.cells.iter().enumerate() {
                if bits != 0 {
                    let (x, y) = ((i % width) as u16, (i / width) as u16);
                    let symbol = series
                        .glyph
                        .unwrap_or_else(|| char::from_u32(0x2800 + u32::from(bits)).unwrap_or(' '));
                    buf[(plot.x + x, plot.y + y)]
                        .set_char(symbol)
                        .set_style(series.style);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn text(buf: &Buffer) -> Vec<String> {
        (0..buf.area.height)
            .map(|y| {
                (0..buf.area.width)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
            })
            .collect()
    }

    fn chart(series: Vec<Series<'_>>) -> LineChart<'_> {
        LineChart {
            series,
            x_max: 10.0,
            y_max: 10.0,
            x_labels: ["2025".into(), "2030".into(), "2035".into()],
            y_labels: vec![(0.0, "0".into()), (10.0, "10".into())],
            axis: Style::new(),
            label: Style::new(),
        }
    }

    #[test]
    fn a_diagonal_rises_from_the_origin_to_the_top_right_corner() {
        let line = [(0.0, 0.0), (10.0, 10.0)];
        let mut buf = Buffer::empty(Rect::new(0, 0, 14, 6));
        chart(vec![Series {
            style: Style::new(),
            points: &line,
            glyph: None,
        }])
        .render(buf.area, &mut buf);
        assert_eq!(
            text(&buf),
            [
                "10 │       ⢀⠤⠊",
                "   │     ⡠⠔⠁  ",
                "   │  ⢀⠔⠊     ",
                "0  │⡠⠒⠁       ",
                "   └──────────",
                "2025      2035",
            ]
        );
    }

    #[test]
    fn a_later_line_takes_the_cells_it_crosses() {
        let flat = [(0.0, 0.0), (10.0, 0.0)];
        let rising = [(0.0, 0.0), (10.0, 10.0)];
        let (a, b) = (
            Style::new().fg(ratatui::style::Color::Red),
            Style::new().fg(ratatui::style::Color::Green),
        );
        let mut buf = Buffer::empty(Rect::new(0, 0, 14, 6));
        let series = vec![
            Series {
                style: a,
                points: &flat,
                glyph: None,
            },
            Series {
                style: b,
                points: &rising,
                glyph: None,
            },
        ];
        chart(series).render(buf.area, &mut buf);
        assert_eq!(buf[(4, 3)].fg, ratatui::style::Color::Green);
        assert_eq!(buf[(13, 3)].fg, ratatui::style::Color::Red);
        assert_eq!(buf[(13, 3)].symbol(), "⣀");
    }

    proptest! {
        #[test]
        fn any_size_and_any_values_draw_inside_the_area(
            w in 0u16..40,
            h in 0u16..12,
            points in proptest::collection::vec((-5.0f64..20.0, -5.0f64..20.0), 0..6),
            x_max in 0.0f64..20.0,
            y_max in 0.0f64..20.0,
        ) {
            let mut chart = chart(vec![Series {
                style: Style::new(),
                points: &points,
                glyph: None,
            }]);
            chart.x_max = x_max;
            chart.y_max = y_max;
            let mut buf = Buffer::empty(Rect::new(0, 0, 40, 12));
            chart.render(Rect::new(1, 1, w, h), &mut buf);
            for y in 0..12 {
                for x in 0..40 {
                    let inside = x >= 1 && x < 1 + w && y >= 1 && y < 1 + h;
                    prop_assert!(inside || buf[(x, y)].symbol() == " ", "{x},{y}");
                }
            }
        }
    }

    #[test]
    fn a_line_with_a_glyph_is_drawn_with_it_in_every_cell_it_crosses() {
        let flat = [(0.0, 0.0), (10.0, 0.0)];
        let mut buf = Buffer::empty(Rect::new(0, 0, 14, 6));
        chart(vec![Series {
            style: Style::new(),
            points: &flat,
            glyph: Some('+'),
        }])
        .render(buf.area, &mut buf);
        assert_eq!(text(&buf)[3], "0  │++++++++++");
    }
}
