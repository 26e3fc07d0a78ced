//! View 2, the pillars: the list beside the selected pillar's summary, objectives, milestones,
//! progress and health.

use crate::i18n::word;
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Margin, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use crate::app::panes::pillar_detail_lines;
use crate::app::{App, Pane};
use crate::model::money::percent;
use crate::ui::scroll::{Window, list_pane, text_pane};
use crate::ui::theme::Theme;
use crate::ui::widgets::{self, fit, fit_pad};
use crate::ui::{Panel, panel};

fn split(body: Rect) -> [Rect; 2] {
    Layout::horizontal([Constraint::Percentage(38), Constraint::Percentage(62)]).areas(body)
}

/// The detail pane's inside on the body `body`.
pub fn detail_area(body: Rect) -> Rect {
    crate::ui::Panel::inner(split(body)[1])
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
    let offset = app.dash.pillars.cursor.visible_offset(inner.height.into());
    let row = offset + usize::from(y - inner.y);
    (row < app.dash.pillars.rows.len()).then_some(row)
}

fn render_list(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.dash.langs.main;
    let title = match app.doc.model.pillars_missing() {
        Some((named, declared)) => format!(
            " {} ",
            tr!(lang, "pillars-named", named = named, declared = declared)
        ),
        None => format!(
            " {} · {} ",
            word(lang, "view-pillars"),
            app.doc.model.pillars.len()
        ),
    };
    let focused = app.dash.pillars.panes.focus == Pane::List;
    let height = usize::from(area.height.saturating_sub(2));
    let offset = app.dash.pillars.cursor.visible_offset(height);
    let window = Window::new(app.dash.pillars.rows.len(), offset, height);
    let inner = list_pane(
        app.dash.langs.main,
        theme,
        title,
        focused,
        window,
        0,
        area,
        buf,
    );
    let width = usize::from(inner.width);
    let count_width = crate::ui::overview::count_width(app);
    let lines: Vec<Line> = app
        .dash
        .pillars
        .rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(inner.height.into())
        .map(|(row, &p)| crate::ui::overview::pillar_line(app, theme, row, p, count_width, width))
        .collect();
    if lines.is_empty() {
        Paragraph::new(Line::styled(word(lang, "no-pillar-matches"), theme.muted))
            .render(inner, buf);
    } else {
        Paragraph::new(lines).render(inner, buf);
    }
}

fn render_detail(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(p) = app.selected_pillar() else {
        let title = format!(" {} ", word(app.dash.langs.main, "pillar"));
        panel(theme, title).render(area, buf);
        return;
    };
    let pillar = &app.doc.model.pillars[p];
    let inner = Panel::inner(area);
    let width = usize::from(inner.width);
    let milestones = &app.doc.by_pillar[p];
    let total = pillar_detail_lines(&app.doc.model, milestones.len(), p, inner.width);
    let window = Window::new(total, app.dash.pillars.panes.scroll, inner.height.into());
    let focused = app.dash.pillars.panes.focus == Pane::Text;
    let title = format!(" {} ", widgets::safe_line(&pillar.id));
    text_pane(app, theme, title, focused, window, area, buf);
    let head = detail_head(app, theme, p, width);
    // Only the lines shown are built: a pillar can have thousands of milestones.
    let lines: Vec<Line> = (window.offset..window.offset + window.visible)
        .map_while(|i| match i.checked_sub(head.len()) {
            None => head.get(i).cloned(),
            Some(k) => milestone_line(app, theme, milestones, k, width),
        })
        .collect();
    widgets::draw_lines(&lines, inner, buf);
}

/// The detail's lines above its milestones (as many as `panes::pillar_detail_lines` counts).
fn detail_head<'a>(app: &App, theme: &Theme, p: usize, width: usize) -> Vec<Line<'a>> {
    let f = &app.doc.figures.pillars[p];
    let lang = app.dash.langs.main;
    // The two labels in one column, as wide as the wider.
    let (progress_label, health_label) = (word(lang, "label-progress"), word(lang, "label-health"));
    let label_width = progress_label.width().max(health_label.width()) + 1;
    let mut lines = vec![Line::styled(
        fit(&app.doc.model.pillar_title(lang, p), width),
        theme.title,
    )];
    if let Some(summary) = &app.doc.model.pillar_summary(lang, p) {
        lines.extend(
            widgets::wrap_words(&widgets::safe_line(summary), width)
                .into_iter()
                .map(|l| Line::styled(l, theme.text)),
        );
    }
    lines.push(Line::raw(""));
    let mut progress = vec![Span::styled(
        fit_pad(progress_label, label_width),
        theme.muted,
    )];
    match f.progress() {
        Some(fraction) => {
            let figures = format!(
                " {}  {}",
                percent(Some(fraction)),
                tr!(lang, "count-done", done = f.done, milestones = f.milestones)
            );
            // The bar gives way to the figures.
            let room = width.saturating_sub(label_width + figures.width());
            progress.extend(widgets::bar(
                theme,
                Some(fraction),
                (width / 3).clamp(5, 30).min(room),
            ));
            progress.push(Span::styled(figures, theme.text));
        }
        None => progress.push(Span::styled(word(lang, "no-milestones"), theme.muted)),
    }
    lines.push(Line::from(progress));
    let mut health = vec![
        Span::styled(fit_pad(health_label, label_width), theme.muted),
        widgets::health(app.dash.langs.main, theme, f.health()),
    ];
    if f.overdue > 0 {
        health.push(Span::styled(
            format!("  {}", tr!(lang, "count-overdue", count = f.overdue)),
            theme.bad,
        ));
    }
    if f.blocked > 0 {
        health.push(Span::styled(
            format!("  {}", tr!(lang, "count-blocked", count = f.blocked)),
            theme.bad,
        ));
    }
    lines.push(Line::from(health));
    let objectives: Vec<_> = app
        .doc
        .model
        .objectives
        .iter()
        .filter(|o| o.pillar == Some(p))
        .collect();
    if !objectives.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled(
            tr!(lang, "objectives-count", count = objectives.len()),
            theme.accent,
        ));
        for o in objectives {
            lines.extend(crate::ui::overview::bullet_lines(
                theme,
                &o.title,
                u16::try_from(width).unwrap_or(u16::MAX),
            ));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        tr!(lang, "milestones-count", count = app.doc.by_pillar[p].len()),
        theme.accent,
    ));
    lines
}

/// The `k`th line of the detail's milestones ("no milestones" when it has none).
fn milestone_line<'a>(
    app: &App,
    theme: &Theme,
    milestones: &[usize],
    k: usize,
    width: usize,
) -> Option<Line<'a>> {
    if milestones.is_empty() {
        return (k == 0).then(|| {
            Line::styled(
                format!("  {}", word(app.dash.langs.main, "no-milestones")),
                theme.muted,
            )
        });
    }
    let m = &app.doc.model.milestones[*milestones.get(k)?];
    let lang = app.dash.langs.main;
    let due = m
        .due
        .map(|d| format!(" {}", tr!(lang, "deck-due", date = d.to_string())))
        .unwrap_or_default();
    let overdue = crate::model::is_overdue(m, app.today());
    let mut status = widgets::status(app.dash.langs.main, theme, m.status);
    // The status in words where there is room for titles beside it, else its symbol alone.
    let status_width = if width >= 48 {
        status_column(app, milestones)
    } else {
        status.content = m.status.symbol().into();
        2
    };
    Some(Line::from(vec![
        Span::raw("  "),
        Span::styled(fit_pad(&status.content, status_width), status.style),
        Span::styled(
            fit(
                &m.title,
                width.saturating_sub(status_width + 2 + due.width()),
            ),
            theme.text,
        ),
        Span::styled(due, if overdue { theme.bad } else { theme.muted }),
    ]))
}

/// The width of the status column of a pillar's milestones: its widest status, and a space.
fn status_column(app: &App, milestones: &[usize]) -> usize {
    milestones
        .iter()
        .map(|&i| {
            widgets::status_width(app.dash.langs.main, app.doc.model.milestones[i].status) + 1
        })
        .max()
        .unwrap_or(2)
}
