//! View 1, the overview: overall progress, pillars, targets against their pace, what is overdue
//! and next, and the agreements with their objectives.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::panel;
use super::theme::Theme;
use super::widgets::{self, fit};
use crate::app::App;
use crate::model::money::{self, Style as MoneyStyle, percent};
use crate::model::{Target, TargetFigures};

struct Areas {
    overall: Rect,
    pillars: Rect,
    targets: Rect,
    due: Rect,
    agreements: Rect,
}

fn areas(app: &App, body: Rect) -> Areas {
    let pillar_rows = app.model.pillars.len().max(1) as u16
        + 2
        + u16::from(app.model.pillars_missing().is_some());
    let [overall, middle, bottom] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(pillar_rows.max(8)),
        Constraint::Min(4),
    ])
    .areas(body);
    let [pillars, targets] =
        Layout::horizontal([Constraint::Percentage(56), Constraint::Percentage(44)]).areas(middle);
    let [due, agreements] =
        Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)]).areas(bottom);
    Areas {
        overall,
        pillars,
        targets,
        due,
        agreements,
    }
}

/// Draws the overview.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let a = areas(app, area);
    overall(app, theme, a.overall, buf);
    pillars(app, theme, a.pillars, buf);
    targets(app, theme, a.targets, buf);
    due(app, theme, a.due, buf);
    agreements(app, theme, a.agreements, buf);
}

/// The pillar row under a click, if any.
pub fn row_at(app: &App, body: Rect, x: u16, y: u16) -> Option<usize> {
    let inner = areas(app, body)
        .pillars
        .inner(ratatui::layout::Margin::new(1, 1));
    (inner.contains((x, y).into()) && usize::from(y - inner.y) < app.pillars.rows.len())
        .then(|| usize::from(y - inner.y))
}

fn overall(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let o = &app.figures.overall;
    let bar_width = usize::from(area.width / 4).clamp(10, 40);
    let mut spans = vec![Span::styled(" Overall progress ", theme.title)];
    spans.extend(widgets::bar(theme, o.progress(), bar_width));
    spans.push(Span::styled(
        format!(" {} ", percent(o.progress())),
        theme.title,
    ));
    spans.push(Span::styled(
        format!(" {} of {} milestones done", o.done, o.milestones),
        theme.text,
    ));
    let overdue_style = if o.overdue > 0 {
        theme.bad
    } else {
        theme.muted
    };
    spans.push(Span::styled(
        format!(" · {} overdue", o.overdue),
        overdue_style,
    ));
    if o.blocked > 0 {
        spans.push(Span::styled(format!(" · {} blocked", o.blocked), theme.bad));
    }
    Line::from(spans).render(area, buf);
}

/// Row `row` of a pillars list, pillar `p`, `width` columns wide (see [`widgets::pillar_row`]).
pub(super) fn pillar_line<'a>(
    app: &App,
    theme: &Theme,
    row: usize,
    p: usize,
    count_width: usize,
    width: usize,
) -> Line<'a> {
    widgets::pillar_row(
        theme,
        &app.model.pillars[p].title,
        &app.figures.pillars[p],
        count_width,
        width,
        row == app.pillars.cursor.selected,
    )
}

/// Columns of the widest done/total of the pillars, so the numbers line up.
pub(super) fn count_width(app: &App) -> usize {
    app.figures
        .pillars
        .iter()
        .map(|f| format!("{}/{}", f.done, f.milestones).len())
        .max()
        .unwrap_or(3)
}

fn pillars(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let title = match app.model.pillars_missing() {
        Some((named, declared)) => format!(" Pillars · {named} of {declared} named "),
        None => " Pillars ".to_string(),
    };
    let inner = panel(theme, title).draw(area, buf);
    let width = usize::from(inner.width);
    let count_width = count_width(app);
    let mut lines = Vec::new();
    for (row, &p) in app.pillars.rows.iter().enumerate() {
        lines.push(pillar_line(app, theme, row, p, count_width, width));
    }
    if let Some((named, declared)) = app.model.pillars_missing() {
        lines.push(Line::styled(
            fit(
                &format!("The source declares {declared} pillars and names {named}."),
                width,
            ),
            theme.muted,
        ));
    }
    if app.model.pillars.is_empty() {
        lines.push(Line::styled("No pillars in the file.", theme.muted));
    }
    widgets::draw_lines(&lines, inner, buf);
}

fn targets(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let inner = panel(theme, " Targets ").draw(area, buf);
    let width = usize::from(inner.width);
    let mut lines = Vec::new();
    for (t, f) in app.model.targets.iter().zip(&app.figures.targets) {
        lines.extend(target_lines(app, theme, t, f, width));
    }
    if lines.is_empty() {
        lines.push(Line::styled("No targets in the file.", theme.muted));
    }
    widgets::draw_lines(&lines, inner, buf);
}

/// The lines of one target: realized against the amount, the pace marker, what is still needed.
pub(super) fn target_lines<'a>(
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
    let m = |a: f64| money::format(a, &t.unit, style);
    let mut lines = vec![
        Line::styled(fit(&t.title, width), theme.accent),
        Line::from(vec![
            Span::styled(format!("Realized {}", m(f.realized)), theme.text),
            Span::styled(
                fit(
                    &format!(" of {} ({})", m(t.amount), percent(Some(f.progress))),
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
                    &format!(
                        "pace {} by today ({:.0}% of the time)",
                        m(f.expected_by_today),
                        f.elapsed * 100.0
                    ),
                    width.saturating_sub(2),
                ),
                theme.text,
            ),
        ]),
        Line::styled(
            fit(
                &format!(
                    "Committed {} · announced {}",
                    m(f.committed),
                    m(f.announced)
                ),
                width,
            ),
            theme.muted,
        ),
    ];
    let needed = match f.needed_per_year {
        Some(0.0) => "Reached".to_string(),
        Some(n) => format!("Needed {} a year to {}", m(n), t.end),
        None => format!("Ended {} short of the amount", t.end),
    };
    lines.push(Line::styled(fit(&needed, width), theme.text));
    if let Some(c) = money::conversion_for(t.amount, &t.unit, &app.model.rates) {
        lines.push(Line::styled(fit(&c.describe(style), width), theme.muted));
    }
    lines
}

fn due(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let inner = panel(theme, " Overdue and next due ").draw(area, buf);
    let width = usize::from(inner.width);
    let ms = &app.model.milestones;
    let mut lines = Vec::new();
    for &i in app.figures.overdue.iter().take(usize::from(inner.height)) {
        let m = &ms[i];
        let due = m.due.map(|d| d.to_string()).unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled(format!("⚠ {due} "), theme.bad),
            Span::styled(fit(&m.title, width.saturating_sub(13)), theme.text),
        ]));
    }
    for &i in &app.figures.next_due {
        if lines.len() >= usize::from(inner.height) {
            break;
        }
        let m = &ms[i];
        let due = m.due.map(|d| d.to_string()).unwrap_or_default();
        lines.push(Line::from(vec![
            Span::styled(format!("→ {due} "), theme.accent),
            Span::styled(fit(&m.title, width.saturating_sub(13)), theme.text),
        ]));
    }
    if lines.is_empty() {
        lines.push(Line::styled("Nothing overdue.", theme.good));
        lines.push(Line::styled(
            fit("No open milestone has a due date ahead.", width),
            theme.muted,
        ));
    }
    widgets::draw_lines(&lines, inner, buf);
}

fn agreements(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let inner = panel(theme, " Agreements and objectives ").draw(area, buf);
    let width = usize::from(inner.width);
    let model = &app.model;
    let objective = |o: &crate::model::Objective| {
        Line::styled(fit(&format!("  • {}", o.title), width), theme.text)
    };
    // Only the lines that fit are built: a programme can have thousands of objectives.
    let room = usize::from(inner.height);
    let mut lines = Vec::with_capacity(room);
    for (a, agreement) in model.agreements.iter().enumerate() {
        if lines.len() >= room {
            break;
        }
        lines.push(Line::styled(fit(&agreement.label(), width), theme.accent));
        let left = room.saturating_sub(lines.len());
        lines.extend(model.objectives_of(Some(a)).take(left).map(objective));
    }
    let mut loose = model.objectives_of(None).peekable();
    if lines.len() < room && loose.peek().is_some() {
        lines.push(Line::styled("Other objectives", theme.accent));
        let left = room.saturating_sub(lines.len());
        lines.extend(loose.take(left).map(objective));
    }
    if model.agreements.is_empty() && model.objectives.is_empty() {
        lines.push(Line::styled("No agreements in the file.", theme.muted));
    }
    widgets::draw_lines(&lines, inner, buf);
}
