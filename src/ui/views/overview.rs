//! View 1, the overview: overall progress, pillars, targets against their pace, what is overdue
//! and next, and the agreements with their objectives.

use crate::i18n::format::date;
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use crate::app::keymap::Section;
use crate::app::panes::{AgreementsItem, agreements_items, agreements_lines, objective_lines};
use crate::app::{Action, App, Pane, View};
use crate::model::Model;
use crate::model::money::percent;
use crate::ui::panel;
use crate::ui::scroll::{Window, list_pane, text_pane};
use crate::ui::targets::target_lines;
use crate::ui::theme::Theme;
use crate::ui::widgets::{self, fit};

struct Areas {
    overall: Rect,
    pillars: Rect,
    targets: Rect,
    due: Rect,
    agreements: Rect,
}

fn areas(model: &Model, body: Rect) -> Areas {
    let pillar_rows =
        model.pillars.len().max(1) as u16 + 2 + u16::from(model.pillars_missing().is_some());
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

/// The agreements pane's inside on the body `body`.
pub fn agreements_area(model: &Model, body: Rect) -> Rect {
    crate::ui::Panel::inner(areas(model, body).agreements)
}

/// Draws the overview.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let a = areas(&app.doc.model, area);
    overall(app, theme, a.overall, buf);
    pillars(app, theme, a.pillars, buf);
    targets(app, theme, a.targets, buf);
    due(app, theme, a.due, buf);
    agreements(app, theme, a.agreements, buf);
}

/// The pillar row under a click, if any.
pub fn row_at(app: &App, body: Rect, x: u16, y: u16) -> Option<usize> {
    let inner = areas(&app.doc.model, body)
        .pillars
        .inner(ratatui::layout::Margin::new(1, 1));
    if !inner.contains((x, y).into()) {
        return None;
    }
    let offset = app
        .dash
        .pillars
        .cursor
        .visible_offset(list_rows(app, inner));
    let row = offset + usize::from(y - inner.y);
    (row < app.dash.pillars.rows.len()).then_some(row)
}

fn overall(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let o = &app.doc.figures.overall;
    let bar_width = usize::from(area.width / 4).clamp(10, 40);
    let lang = app.dash.langs.main;
    let mut spans = vec![Span::styled(
        format!(" {} ", tr!(lang, "overview-progress")),
        theme.title,
    )];
    spans.extend(widgets::bar(theme, o.progress(), bar_width));
    spans.push(Span::styled(
        format!(" {} ", percent(o.progress())),
        theme.title,
    ));
    let overdue_style = if o.overdue > 0 {
        theme.bad
    } else {
        theme.muted
    };
    // The longest wording that fits: the counts in words, then in figures.
    let room = usize::from(area.width).saturating_sub(Line::from(spans.clone()).width());
    let blocked = if o.blocked > 0 {
        format!(" · {}", tr!(lang, "count-blocked", count = o.blocked))
    } else {
        String::new()
    };
    let wordings = [
        (
            format!(
                " {}",
                tr!(
                    lang,
                    "count-done-of",
                    done = o.done,
                    milestones = o.milestones
                )
            ),
            format!(" · {}", tr!(lang, "count-overdue", count = o.overdue)),
            blocked.clone(),
        ),
        (
            format!(
                " {}",
                tr!(
                    lang,
                    "count-done-short",
                    done = o.done,
                    milestones = o.milestones
                )
            ),
            format!(" · {}", tr!(lang, "count-overdue", count = o.overdue)),
            blocked,
        ),
        (
            format!(
                " {}",
                tr!(
                    lang,
                    "count-done-short",
                    done = o.done,
                    milestones = o.milestones
                )
            ),
            format!(" · {}⚠", o.overdue),
            String::new(),
        ),
    ];
    let fits = |(a, b, c): &(String, String, String)| a.width() + b.width() + c.width() <= room;
    let (done, overdue, blocked) = wordings
        .iter()
        .find(|w| fits(w))
        .unwrap_or(&wordings[2])
        .clone();
    spans.push(Span::styled(done, theme.text));
    spans.push(Span::styled(overdue, overdue_style));
    if !blocked.is_empty() {
        spans.push(Span::styled(blocked, theme.bad));
    }
    Line::from(spans).render(area, buf);
}

/// Row `row` of a pillars list, pillar `p`, `width` columns wide (see [`widgets::pillar_row`]).
pub(in crate::ui) fn pillar_line<'a>(
    app: &App,
    theme: &Theme,
    row: usize,
    p: usize,
    count_width: usize,
    width: usize,
) -> Line<'a> {
    widgets::pillar_row(
        app.dash.langs.main,
        theme,
        &app.doc.model.pillar_title(app.dash.langs.main, p),
        &app.doc.figures.pillars[p],
        count_width,
        width,
        row == app.dash.pillars.cursor.selected,
    )
}

/// Columns of the widest done/total of the pillars, so the numbers line up.
pub(in crate::ui) fn count_width(app: &App) -> usize {
    app.doc
        .figures
        .pillars
        .iter()
        .map(|f| format!("{}/{}", f.done, f.milestones).len())
        .max()
        .unwrap_or(3)
}

/// Rows of the pillars pane's inside `inner` that list pillars (the last one says how many
/// the source declares, when it names fewer).
fn list_rows(app: &App, inner: Rect) -> usize {
    usize::from(inner.height).saturating_sub(usize::from(app.doc.model.pillars_missing().is_some()))
}

fn pillars(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.dash.langs.main;
    let title = match app.doc.model.pillars_missing() {
        Some((named, declared)) => format!(
            " {} ",
            tr!(lang, "pillars-named", named = named, declared = declared)
        ),
        None => format!(" {} ", tr!(lang, "view-pillars")),
    };
    let rows = list_rows(app, crate::ui::Panel::inner(area));
    let offset = app.dash.pillars.cursor.visible_offset(rows);
    let window = Window::new(app.dash.pillars.rows.len(), offset, rows);
    let focused = app.dash.overview.focus == Pane::List;
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
    let count_width = count_width(app);
    let mut lines: Vec<Line> = app
        .dash
        .pillars
        .rows
        .iter()
        .enumerate()
        .skip(window.offset)
        .take(rows)
        .map(|(row, &p)| pillar_line(app, theme, row, p, count_width, width))
        .collect();
    if let Some((named, declared)) = app.doc.model.pillars_missing() {
        lines.push(Line::styled(
            fit(
                &tr!(lang, "pillars-declared", declared = declared, named = named),
                width,
            ),
            theme.muted,
        ));
    }
    if app.doc.model.pillars.is_empty() {
        lines.push(Line::styled(tr!(lang, "no-pillars"), theme.muted));
    }
    widgets::draw_lines(&lines, inner, buf);
}

/// "↓ N more (KEY View)" on a pane cut short whose whole content is in another view.
fn more_in(app: &App, theme: &Theme, window: Window, view: View) -> Option<Line<'static>> {
    let more = window.more_in(app.dash.langs.main)?;
    let action = match view {
        View::Milestones => Action::ShowMilestones,
        View::Targets => Action::ShowTargets,
        _ => return Some(Line::styled(format!(" {more} "), theme.muted)),
    };
    let key = app
        .dash
        .keymap
        .label(&[Section::In(app.dash.view), Section::Global], action)
        .map(|k| format!(": {k} {}", view.title_in(app.dash.langs.main)))
        .unwrap_or_default();
    Some(Line::styled(format!(" {more}{key} "), theme.muted))
}

fn targets(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.dash.langs.main;
    let inner = crate::ui::Panel::inner(area);
    let width = usize::from(inner.width);
    let mut lines = Vec::new();
    for (t, f) in app.doc.model.targets.iter().zip(&app.doc.figures.targets) {
        lines.extend(target_lines(app, theme, t, f, width));
    }
    if lines.is_empty() {
        lines.push(Line::styled(tr!(lang, "no-targets"), theme.muted));
    }
    let window = Window::new(lines.len(), 0, inner.height.into());
    let title = format!(" {} ", tr!(lang, "view-targets"));
    let mut block = panel(theme, title);
    if let Some(line) = more_in(app, theme, window, View::Targets) {
        block = block.title_bottom(line);
    }
    block.draw(area, buf);
    widgets::draw_lines(&lines, inner, buf);
}

fn due(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let inner = crate::ui::Panel::inner(area);
    let width = usize::from(inner.width);
    let ms = &app.doc.model.milestones;
    let (overdue, next) = (&app.doc.figures.overdue, &app.doc.figures.next_due);
    let window = Window::new(overdue.len() + next.len(), 0, inner.height.into());
    let lang = app.dash.langs.main;
    let title = format!(" {} ", tr!(lang, "overview-due"));
    let mut block = panel(theme, title);
    if let Some(line) = more_in(app, theme, window, View::Milestones) {
        block = block.title_bottom(line);
    }
    block.draw(area, buf);
    let row = |i: usize, mark: &str, style| {
        let m = &ms[i];
        let due = m.due.map(|d| date(lang, d)).unwrap_or_default();
        let head = format!("{mark} {due} ");
        let used = head.width();
        Line::from(vec![
            Span::styled(head, style),
            Span::styled(fit(&m.title, width.saturating_sub(used)), theme.text),
        ])
    };
    let mut lines: Vec<Line> = overdue
        .iter()
        .map(|&i| row(i, "⚠", theme.bad))
        .chain(next.iter().map(|&i| row(i, "→", theme.accent)))
        .take(window.visible)
        .collect();
    if lines.is_empty() {
        lines.push(Line::styled(tr!(lang, "nothing-overdue"), theme.good));
        lines.push(Line::styled(
            fit(&tr!(lang, "nothing-due"), width),
            theme.muted,
        ));
    }
    widgets::draw_lines(&lines, inner, buf);
}

fn agreements(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let inner = crate::ui::Panel::inner(area);
    let width = usize::from(inner.width);
    let model = &app.doc.model;
    let window = Window::new(
        agreements_lines(model, inner.width),
        app.dash.overview.scroll,
        inner.height.into(),
    );
    let focused = app.dash.overview.focus == Pane::Text;
    let lang = app.dash.langs.main;
    let title = format!(" {} ", tr!(lang, "overview-agreements"));
    text_pane(app, theme, title, focused, window, area, buf);
    if model.agreements.is_empty() && model.objectives.is_empty() {
        let none = Line::styled(tr!(lang, "no-agreements"), theme.muted);
        widgets::draw_lines(&[none], inner, buf);
        return;
    }
    // The lines in the order `agreements_lines` counts them, objectives wrapped under their
    // bullet; only those shown are kept, for a programme can have thousands of objectives.
    let lines: Vec<Line> = agreements_items(model)
        .flat_map(|item| -> Vec<Line> {
            match item {
                AgreementsItem::Agreement(label) => {
                    vec![Line::styled(fit(&label, width), theme.accent)]
                }
                AgreementsItem::Other => {
                    vec![Line::styled(tr!(lang, "other-objectives"), theme.accent)]
                }
                AgreementsItem::Objective(title) => bullet_lines(theme, title, inner.width),
            }
        })
        .skip(window.offset)
        .take(window.visible)
        .collect();
    widgets::draw_lines(&lines, inner, buf);
}

/// An objective's title wrapped under a bullet (as `panes::objective_lines` counts it).
pub(in crate::ui) fn bullet_lines<'a>(theme: &Theme, title: &str, width: u16) -> Vec<Line<'a>> {
    let mut lines: Vec<Line> = objective_lines(title, width)
        .into_iter()
        .enumerate()
        .map(|(n, part)| {
            let lead = if n == 0 { "  • " } else { "    " };
            Line::styled(format!("{lead}{part}"), theme.text)
        })
        .collect();
    if lines.is_empty() {
        lines.push(Line::styled("  •", theme.text));
    }
    lines
}
