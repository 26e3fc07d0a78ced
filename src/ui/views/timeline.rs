//! View 4, the timeline: milestones on a date axis, grouped by pillar, with a line at today.
//! Zoom between years, quarters and months; scroll in time.

use crate::i18n::word;
use crate::tr;
use chrono::{Datelike, Duration, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};

use crate::app::keymap::Section;
use crate::app::{Action, App, TimelineRow, View, Zoom};
use crate::ui::scroll::{Window, list_pane};
use crate::ui::theme::Theme;
use crate::ui::widgets::{fit, fit_pad, selectable};

/// Columns the timeline gives to its labels, left of the axis, on a screen `width` wide: 30, and
/// more on a wide screen (three tenths of it, up to 60), so long titles are cut less.
pub fn label_width(width: u16) -> u16 {
    (u32::from(width) * 3 / 10).clamp(30, 60) as u16
}

/// Columns of the date axis on a screen `width` wide (the body's borders, the labels and the
/// gap between them taken off).
pub fn chart_columns(width: u16) -> u16 {
    width.saturating_sub(label_width(width) + 3)
}

/// Draws the timeline.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let label_columns = label_width(area.width);
    let inner_width = area.width.saturating_sub(2);
    let chart_width = inner_width.saturating_sub(label_columns + 1);
    let dpc = app.days_per_column_of(chart_width);
    let start = app.dash.timeline.window_start;
    let end = start + Duration::days(dpc * i64::from(chart_width));
    let view = [Section::In(View::Timeline), Section::Global];
    let key = |action| app.dash.keymap.label(&view, action).unwrap_or_default();
    let lang = app.dash.langs.main;
    let mut title = format!(
        " {} · {} · {} → {} ",
        word(lang, "view-timeline"),
        app.dash.timeline.zoom.label_in(lang),
        start.format("%Y-%m"),
        end.format("%Y-%m")
    );
    let (left, right) = (key(Action::ScrollLeft), key(Action::ScrollRight));
    if !left.is_empty() && !right.is_empty() {
        title.push_str(&format!(
            "· {} ",
            tr!(lang, "timeline-scroll", keys = format!("{left}{right}"))
        ));
    }
    let (zoom_in, zoom_out) = (key(Action::ZoomIn), key(Action::ZoomOut));
    if !zoom_in.is_empty() && !zoom_out.is_empty() {
        title.push_str(&format!(
            "· {} ",
            tr!(
                lang,
                "timeline-zoom",
                keys = format!("{zoom_in}/{zoom_out}")
            )
        ));
    }
    let rows = usize::from(area.height.saturating_sub(3));
    let window = Window::new(
        app.dash.timeline.rows.len(),
        app.dash.timeline.cursor.visible_offset(rows),
        rows,
    );
    // The scrollbar runs beside the rows, below the date axis.
    let inner = list_pane(
        app.dash.langs.main,
        theme,
        title,
        false,
        window,
        1,
        area,
        buf,
    );
    if inner.height < 2 || chart_width < 4 {
        return;
    }
    let chart_x = inner.x + label_columns + 1;
    let column = |day: NaiveDate| -> Option<u16> {
        let days = (day - start).num_days();
        (days >= 0)
            .then(|| days / dpc)
            .filter(|c| *c < i64::from(chart_width))
            .map(|c| chart_x + c as u16)
    };
    axis(
        lang,
        app.dash.timeline.zoom,
        start,
        end,
        inner.y,
        chart_x,
        chart_width,
        &column,
        theme,
        buf,
    );
    let today_col = column(app.today());
    if let Some(x) = today_col.filter(|x| buf[(*x, inner.y)].symbol() == "─") {
        buf.set_string(x, inner.y, "▼", theme.today);
    }
    let rows = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    let offset = app.dash.timeline.cursor.visible_offset(rows.height.into());
    let label_width = usize::from(label_columns);
    for (n, (row, item)) in app
        .dash
        .timeline
        .rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(rows.height.into())
        .enumerate()
    {
        let y = rows.y + n as u16;
        let selected = row == app.dash.timeline.cursor.selected;
        if let Some(x) = today_col {
            buf.set_string(x, y, "│", theme.today);
        }
        match *item {
            TimelineRow::Pillar(p) => {
                let label = fit_pad(&app.doc.model.pillar_title(lang, p), label_width);
                buf.set_string(inner.x, y, label, selectable(theme, theme.accent, selected));
            }
            TimelineRow::Milestone(i) => {
                let m = &app.doc.model.milestones[i];
                let mark = if app.dash.marked.contains(&m.id) {
                    "✓ "
                } else {
                    "  "
                };
                let label = fit_pad(
                    &format!("{mark}{}", fit(&m.title, label_width - 2)),
                    label_width,
                );
                buf.set_string(inner.x, y, label, selectable(theme, theme.text, selected));
                let style = theme.status(m.status);
                match m.due.or(m.done_on) {
                    Some(day) => {
                        if let Some(x) = column(day) {
                            buf.set_string(x, y, m.status.symbol(), style);
                        } else {
                            let (x, arrow) = if day < start {
                                (chart_x, "◂")
                            } else {
                                (chart_x + chart_width - 1, "▸")
                            };
                            buf.set_string(x, y, arrow, theme.muted);
                        }
                    }
                    None => {
                        buf.set_string(chart_x, y, word(lang, "no-date"), theme.muted);
                    }
                }
            }
        }
    }
    if app.dash.timeline.rows.is_empty() {
        buf.set_string(rows.x, rows.y, word(lang, "nothing-to-show"), theme.muted);
    }
}

/// The date axis: a label at each year, quarter or month that has room.
#[allow(clippy::too_many_arguments)]
fn axis(
    lang: crate::i18n::Lang,
    zoom: Zoom,
    start: NaiveDate,
    end: NaiveDate,
    y: u16,
    chart_x: u16,
    chart_width: u16,
    column: &dyn Fn(NaiveDate) -> Option<u16>,
    theme: &Theme,
    buf: &mut Buffer,
) {
    buf.set_string(chart_x, y, "─".repeat(chart_width.into()), theme.border);
    let mut tick = NaiveDate::from_ymd_opt(start.year(), 1, 1).unwrap_or(start);
    let mut free_from = chart_x;
    while tick <= end {
        if let Some(x) = column(tick).filter(|x| *x >= free_from) {
            let label = match zoom {
                Zoom::Years => tick.format("%Y").to_string(),
                Zoom::Quarters => format!("Q{} {}", tick.month0() / 3 + 1, tick.format("%Y")),
                Zoom::Months => crate::i18n::format::month_year(lang, tick),
            };
            let room = usize::from(chart_x + chart_width - x);
            let width = unicode_width::UnicodeWidthStr::width(label.as_str());
            if width < room {
                buf.set_string(x, y, format!("┬{label}"), theme.muted);
                free_from = x + width as u16 + 2;
            }
        }
        let months = match zoom {
            Zoom::Years => 12,
            Zoom::Quarters => 3,
            Zoom::Months => 1,
        };
        match tick.checked_add_months(chrono::Months::new(months)) {
            Some(next) => tick = next,
            None => break,
        }
    }
}

/// The timeline row under a click, if any.
pub fn row_at(app: &App, body: Rect, x: u16, y: u16) -> Option<usize> {
    let inner = body.inner(Margin::new(1, 1));
    if !inner.contains((x, y).into()) || y == inner.y {
        return None;
    }
    let offset = app
        .dash
        .timeline
        .cursor
        .visible_offset(usize::from(inner.height) - 1);
    let row = offset + usize::from(y - inner.y - 1);
    (row < app.dash.timeline.rows.len()).then_some(row)
}
