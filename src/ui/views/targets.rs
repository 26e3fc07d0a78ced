//! View 5, the targets: cumulative announced, committed and realized amounts against the straight
//! pace from `start` to `end`, the figures, and the table of entries.

use crate::i18n::format::date;
use crate::i18n::word;
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::app::keymap::Section;
use crate::app::{Action, App, Pane, View};
use crate::model::money::{self, Style as MoneyStyle, percent};
use crate::model::{EntryKind, Model, Target, TargetFigures, running_total};
use crate::ui::chart::{LineChart, Series};
use crate::ui::panel;
use crate::ui::scroll::{Window, text_pane};
use crate::ui::theme::Theme;
use crate::ui::widgets::{self, fit, fit_pad, selectable};

/// The view's panes: the list of targets, the chart, the figures and the entries.
struct Areas {
    list: Rect,
    chart: Rect,
    figures: Rect,
    entries: Rect,
}

fn areas(model: &Model, body: Rect) -> Areas {
    let count = model.targets.len();
    let [list, main] = Layout::vertical([
        Constraint::Length(count.min(4) as u16 + 2),
        Constraint::Min(0),
    ])
    .areas(body);
    let [chart, side] =
        Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(main);
    let [figures, entries] =
        Layout::vertical([Constraint::Length(9), Constraint::Min(3)]).areas(side);
    Areas {
        list,
        chart,
        figures,
        entries,
    }
}

/// The entries pane's inside on the body `body`.
pub fn entries_area(model: &Model, body: Rect) -> Rect {
    crate::ui::Panel::inner(areas(model, body).entries)
}

/// Draws the targets view.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(t) = app.doc.model.targets.get(app.dash.targets.cursor.selected) else {
        let lang = app.dash.langs.main;
        let inner = panel(theme, format!(" {} ", word(lang, "view-targets"))).draw(area, buf);
        let none = Line::styled(word(lang, "no-targets"), theme.muted);
        widgets::draw_lines(&[none], inner, buf);
        return;
    };
    let Areas {
        list,
        chart: chart_area,
        figures,
        entries,
    } = areas(&app.doc.model, area);
    target_list(app, theme, list, buf);
    chart(app, theme, t, chart_area, buf);
    let figures_title = format!(" {} ", word(app.dash.langs.main, "target-figures"));
    let inner = panel(theme, figures_title).draw(figures, buf);
    let f = &app.doc.figures.targets[app.dash.targets.cursor.selected];
    let lines = target_lines(app, theme, t, f, inner.width.into());
    widgets::draw_lines(&lines, inner, buf);
    entry_table(app, theme, t, entries, buf);
}

fn target_list(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.dash.langs.main;
    let here = [Section::In(View::Targets), Section::Global];
    let choose = match (
        app.dash.keymap.label(&here, Action::Up),
        app.dash.keymap.label(&here, Action::Down),
    ) {
        (Some(up), Some(down)) if app.doc.model.targets.len() > 1 => {
            format!(
                " {}",
                tr!(lang, "targets-choose", keys = format!("{up}{down}"))
            )
        }
        _ => String::new(),
    };
    let focused = app.dash.targets.panes.focus == Pane::List;
    let inner = panel(
        theme,
        format!(
            " {} · {}{choose} ",
            word(lang, "view-targets"),
            app.doc.model.targets.len()
        ),
    )
    .focused(theme, focused && app.doc.model.targets.len() > 1)
    .draw(area, buf);
    let offset = app.dash.targets.cursor.visible_offset(inner.height.into());
    let width = usize::from(inner.width);
    for (n, (i, t)) in app
        .doc
        .model
        .targets
        .iter()
        .enumerate()
        .skip(offset)
        .take(inner.height.into())
        .enumerate()
    {
        let amount = money::format_in(lang, t.amount, &t.unit, MoneyStyle::Long);
        let text = format!(
            "{}  {amount} · {} → {}",
            shown_title(app, t),
            date(lang, t.start),
            date(lang, t.end)
        );
        let style = selectable(theme, theme.text, i == app.dash.targets.cursor.selected);
        buf.set_string(inner.x, inner.y + n as u16, fit_pad(&text, width), style);
    }
}

fn days(t: &Target, day: chrono::NaiveDate) -> f64 {
    (day - t.start).num_days() as f64
}

/// A line of the chart: its name in the legend, its style, its points, and the glyph it is
/// drawn with when the theme has no colour to tell it apart (braille dots otherwise).
type ChartLine<'a> = (&'a str, Style, &'a [(f64, f64)], Option<char>);

pub(crate) fn chart(app: &App, theme: &Theme, t: &Target, area: Rect, buf: &mut Buffer) {
    let lang = app.dash.langs.main;
    let today = app.today();
    let span = days(t, t.end);
    let pace = [(0.0, 0.0), (span, t.amount)];
    let today_x = days(t, today).clamp(0.0, span);
    // Each kind's running total as steps: flat until an entry, then up by its amount.
    let mut series: Vec<(EntryKind, Vec<(f64, f64)>)> = Vec::new();
    let mut top = t.amount;
    for kind in EntryKind::ALL {
        let mut points = vec![(0.0, 0.0)];
        let mut total = 0.0;
        for (date, after) in running_total(t, kind, today) {
            let x = days(t, date).clamp(0.0, span);
            points.push((x, total));
            points.push((x, after));
            total = after;
        }
        points.push((today_x, total));
        top = top.max(total);
        series.push((kind, points));
    }
    let today_line = [(today_x, 0.0), (today_x, top)];
    let style_of = |kind| match kind {
        EntryKind::Announced => theme.muted,
        EntryKind::Committed => theme.info,
        EntryKind::Realized => theme.good,
    };
    // Without colour the lines differ by their glyphs: the pace stays in dots (the one
    // diagonal), today is a rule, and each running total has a mark of its own.
    let patterns = !theme.has_colour();
    let glyph = |c: char| patterns.then_some(c);
    let glyph_of = |kind| match kind {
        EntryKind::Announced => glyph('·'),
        EntryKind::Committed => glyph('+'),
        EntryKind::Realized => glyph('#'),
    };
    let mut lines: Vec<ChartLine> = vec![
        (word(lang, "chart-pace"), theme.pace, &pace, None),
        (
            word(lang, "chart-today"),
            theme.today,
            &today_line,
            glyph('│'),
        ),
    ];
    for (kind, points) in &series {
        lines.push((
            kind.label_in(lang),
            style_of(*kind),
            points,
            glyph_of(*kind),
        ));
    }
    let short = |a: f64| money::format_in(lang, a, &t.unit, MoneyStyle::Short);
    let mid = t.start + chrono::Duration::days((span / 2.0) as i64);
    let month = |d: chrono::NaiveDate| d.format("%Y-%m").to_string();
    let chart = LineChart {
        series: lines
            .iter()
            .map(|&(_, style, points, glyph)| Series {
                style,
                points,
                glyph,
            })
            .collect(),
        x_max: span.max(1.0),
        y_max: top * 1.05,
        x_labels: [month(t.start), month(mid), month(t.end)],
        y_labels: [0.0, top / 2.0, top]
            .into_iter()
            .map(|v| (v, short(v)))
            .collect(),
        axis: theme.border,
        label: theme.muted,
    };
    let title = format!(
        " {} ",
        fit(
            &shown_title(app, t),
            usize::from(area.width).saturating_sub(4)
        )
    );
    let inner = panel(theme, title).draw(area, buf);
    // The legend: a key for each line, in rows above the plot, as many as the width needs.
    let mut legend: Vec<Line> = vec![Line::default()];
    for &(name, style, _, glyph) in &lines {
        let mark = glyph.map_or_else(|| "━".to_string(), |g| g.to_string().repeat(2));
        let key = Span::styled(format!("{mark} {name} "), style);
        let row = legend.last_mut().filter(|row| {
            row.width() + key.width() <= usize::from(inner.width) || row.spans.is_empty()
        });
        match row {
            Some(row) => row.push_span(key),
            None => legend.push(Line::from(key)),
        }
    }
    let [keys, plot] =
        Layout::vertical([Constraint::Length(legend.len() as u16), Constraint::Min(0)])
            .areas(inner);
    widgets::draw_lines(&legend, keys, buf);
    chart.render(plot, buf);
}

fn entry_table(app: &App, theme: &Theme, t: &Target, area: Rect, buf: &mut Buffer) {
    let inner = crate::ui::Panel::inner(area);
    let window = Window::new(
        t.entries.len().max(1),
        app.dash.targets.panes.scroll,
        inner.height.into(),
    );
    let focused = app.dash.targets.panes.focus == Pane::Text;
    let lang = app.dash.langs.main;
    let title = format!(" {} · {} ", word(lang, "target-entries"), t.entries.len());
    text_pane(app, theme, title, focused, window, area, buf);
    let width = usize::from(inner.width);
    let mut lines = Vec::new();
    if t.entries.is_empty() {
        lines.push(Line::styled(word(lang, "no-entries"), theme.muted));
    }
    let order = app.entry_order(app.dash.targets.cursor.selected);
    let kind_width = crate::model::EntryKind::ALL
        .iter()
        .map(|k| unicode_width::UnicodeWidthStr::width(k.label_in(lang)))
        .max()
        .unwrap_or(9);
    let selected = app.dash.targets.entry.min(order.len().saturating_sub(1));
    for (row, &i) in order
        .iter()
        .enumerate()
        .skip(window.offset)
        .take(window.visible)
    {
        let e = &t.entries[i];
        let future = e.date > app.today();
        let amount = money::format_in(lang, e.amount, &t.unit, MoneyStyle::Short);
        let note = e.note.as_deref().unwrap_or("");
        let text = format!(
            "{} {} {:>9} {note}",
            e.date,
            fit_pad(e.kind.label_in(lang), kind_width),
            amount
        );
        let style = if future { theme.muted } else { theme.text };
        // The entry `E` and `D` act on, marked while the pane has the keys.
        let style = selectable(theme, style, focused && row == selected);
        lines.push(Line::styled(fit_pad(&text, width), style));
    }
    widgets::draw_lines(&lines, inner, buf);
}

/// The target row under a click, if any.
pub fn row_at(app: &App, body: Rect, x: u16, y: u16) -> Option<usize> {
    let count = app.doc.model.targets.len();
    let list = Rect {
        height: count.min(4) as u16 + 2,
        ..body
    }
    .inner(Margin::new(1, 1));
    if !list.contains((x, y).into()) {
        return None;
    }
    let row = app.dash.targets.cursor.visible_offset(list.height.into()) + usize::from(y - list.y);
    (row < count).then_some(row)
}

/// The lines of one target: realized against the amount, the pace marker, what is still needed.
pub(in crate::ui) fn target_lines<'a>(
    app: &App,
    theme: &Theme,
    t: &Target,
    f: &TargetFigures,
    width: usize,
) -> Vec<Line<'a>> {
    let style = if width < 44 {
        MoneyStyle::Short
    } else {
        MoneyStyle::Long
    };
    let lang = app.dash.langs.main;
    let m = |a: f64| money::format_in(lang, a, &t.unit, style);
    let mut lines = vec![
        Line::styled(fit(&shown_title(app, t), width), theme.accent),
        Line::from(vec![
            Span::styled(
                tr!(lang, "target-realized", realized = m(f.realized)),
                theme.text,
            ),
            Span::styled(
                fit(
                    &format!(
                        " {}",
                        tr!(
                            lang,
                            "target-of",
                            amount = m(t.amount),
                            percent = percent(Some(f.progress))
                        )
                    ),
                    width,
                ),
                theme.muted,
            ),
        ]),
        Line::from(widgets::pace_bar(
            theme,
            f.progress,
            f.elapsed,
            width.min(40),
        )),
        Line::from(vec![
            Span::styled("┃ ", theme.pace),
            Span::styled(
                fit(
                    &tr!(
                        lang,
                        "target-pace",
                        amount = m(f.expected_by_today),
                        time = format!("{:.0}%", f.elapsed * 100.0)
                    ),
                    width.saturating_sub(2),
                ),
                theme.text,
            ),
        ]),
        Line::styled(
            fit(
                &tr!(
                    lang,
                    "deck-target-money",
                    committed = m(f.committed),
                    announced = m(f.announced)
                ),
                width,
            ),
            theme.muted,
        ),
    ];
    let needed = match f.needed_per_year {
        Some(0.0) => tr!(lang, "deck-reached"),
        Some(n) => tr!(
            lang,
            "target-needed",
            amount = m(n),
            end = date(lang, t.end)
        ),
        None => tr!(lang, "deck-ended-short", end = date(lang, t.end)),
    };
    lines.push(Line::styled(fit(&needed, width), theme.text));
    lines.push(Line::styled(
        fit(
            &crate::model::slide_text::target_fiscal_pace(lang, &app.doc.model, t, app.today()),
            width,
        ),
        theme.muted,
    ));
    if let Some(c) = money::conversion_for(t.amount, &t.unit, &app.doc.model.rates) {
        lines.push(Line::styled(fit(&c.describe(style), width), theme.muted));
    }
    lines
}

/// A target's title as the language shown says it.
fn shown_title<'a>(app: &'a App, t: &'a Target) -> std::borrow::Cow<'a, str> {
    use crate::model::names::{Field, Table};
    app.doc.model.translations.shown(
        app.dash.langs.main,
        (Table::Target, &t.id, Field::Title),
        &t.title,
    )
}
