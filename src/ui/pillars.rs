//! View 2, the pillars: the list beside the selected pillar's summary, objectives, milestones,
//! progress and health.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::panel;
use super::theme::Theme;
use super::widgets::{self, fit, fit_pad};
use crate::app::keymap::Section;
use crate::app::{Action, App, View};
use crate::model::money::percent;

fn split(body: Rect) -> [Rect; 2] {
    Layout::horizontal([Constraint::Percentage(38), Constraint::Percentage(62)]).areas(body)
}

/// Draws the pillars view.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let [list, detail] = split(area);
    render_list(app, theme, list, buf);
    render_detail(app, theme, detail, buf);
}

/// The pillar row under a click, if any.
pub fn row_at(app: &App, body: Rect, x: u16, y: u16) -> Option<usize> {
    let inner = split(body)[0].inner(Margin::new(1, 1));
    if !inner.contains((x, y).into()) {
        return None;
    }
    let offset = app.pillars.cursor.visible_offset(inner.height.into());
    let row = offset + usize::from(y - inner.y);
    (row < app.pillars.rows.len()).then_some(row)
}

fn render_list(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let title = match app.model.pillars_missing() {
        Some((named, declared)) => format!(" Pillars · {named} of {declared} named "),
        None => format!(" Pillars · {} ", app.model.pillars.len()),
    };
    let inner = panel(theme, title).draw(area, buf);
    let width = usize::from(inner.width);
    let offset = app.pillars.cursor.visible_offset(inner.height.into());
    let count_width = super::overview::count_width(app);
    let lines: Vec<Line> = app
        .pillars
        .rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(inner.height.into())
        .map(|(row, &p)| super::overview::pillar_line(app, theme, row, p, count_width, width))
        .collect();
    if lines.is_empty() {
        Paragraph::new(Line::styled("No pillar matches the search.", theme.muted))
            .render(inner, buf);
    } else {
        Paragraph::new(lines).render(inner, buf);
    }
}

fn render_detail(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(p) = app.selected_pillar() else {
        panel(theme, " Pillar ").render(area, buf);
        return;
    };
    let pillar = &app.model.pillars[p];
    let f = &app.figures.pillars[p];
    let inner = panel(theme, format!(" {} ", widgets::safe_line(&pillar.id))).draw(area, buf);
    let width = usize::from(inner.width);
    let mut lines = vec![Line::styled(fit(&pillar.title, width), theme.title)];
    if let Some(summary) = &pillar.summary {
        lines.push(Line::styled(
            widgets::safe_line(summary).into_owned(),
            theme.text,
        ));
    }
    lines.push(Line::raw(""));
    let mut progress = vec![Span::styled("Progress ", theme.muted)];
    match f.progress() {
        Some(fraction) => {
            progress.extend(widgets::bar(
                theme,
                Some(fraction),
                (width / 3).clamp(5, 30),
            ));
            progress.push(Span::styled(
                format!(
                    " {}  {} of {} done",
                    percent(Some(fraction)),
                    f.done,
                    f.milestones
                ),
                theme.text,
            ));
        }
        None => progress.push(Span::styled("no milestones", theme.muted)),
    }
    lines.push(Line::from(progress));
    let mut health = vec![
        Span::styled("Health   ", theme.muted),
        widgets::health(theme, f.health()),
    ];
    if f.overdue > 0 {
        health.push(Span::styled(format!("  {} overdue", f.overdue), theme.bad));
    }
    if f.blocked > 0 {
        health.push(Span::styled(format!("  {} blocked", f.blocked), theme.bad));
    }
    lines.push(Line::from(health));

    let objectives: Vec<_> = app
        .model
        .objectives
        .iter()
        .filter(|o| o.pillar == Some(p))
        .collect();
    if !objectives.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            format!("Objectives ({})", objectives.len()),
            theme.accent,
        ));
        for o in objectives {
            lines.push(Line::styled(
                fit(&format!("  • {}", o.title), width),
                theme.text,
            ));
        }
    }
    lines.push(Line::raw(""));
    let milestones = &app.by_pillar[p];
    lines.push(Line::styled(
        format!("Milestones ({})", milestones.len()),
        theme.accent,
    ));
    if milestones.is_empty() {
        lines.push(Line::styled("  no milestones", theme.muted));
    }
    let room = usize::from(inner.height).saturating_sub(lines.len()).max(1);
    for &i in milestones.iter().take(room) {
        let m = &app.model.milestones[i];
        let due = m.due.map(|d| format!(" due {d}")).unwrap_or_default();
        let overdue = crate::model::is_overdue(m, app.today());
        let status = widgets::status(theme, m.status);
        let status_width = 15;
        lines.push(Line::from(vec![
            Span::raw("  "),
            Span::styled(fit_pad(&status.content, status_width), status.style),
            Span::styled(
                fit(&m.title, width.saturating_sub(status_width + 2 + due.len())),
                theme.text,
            ),
            Span::styled(due, if overdue { theme.bad } else { theme.muted }),
        ]));
    }
    if milestones.len() > room {
        lines.pop();
        let opens = app
            .keymap
            .label(&[Section::In(View::Pillars), Section::Global], Action::Open)
            .map(|key| format!(" ({key})"))
            .unwrap_or_default();
        lines.push(Line::styled(
            format!(
                "  … {} more in the milestones view{opens}",
                milestones.len() - room + 1
            ),
            theme.muted,
        ));
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(inner, buf);
}
