//! View 3, the milestones table: sortable, filterable by status and pillar, overdue rows marked.
//! Only the rows on screen are drawn, so it stays instant at any size.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use super::theme::Theme;
use super::widgets::{self, fit, fit_pad};
use super::{cells, panel};
use crate::app::keymap::Section;
use crate::app::{Action, App, View};
use crate::model::is_overdue;

/// Column widths: id, title, pillar, due, status, owner.
struct Columns {
    id: usize,
    title: usize,
    pillar: usize,
    due: usize,
    status: usize,
    owner: usize,
}

fn columns(width: usize) -> Columns {
    let (due, status) = (11, 14);
    let owner = if width >= 110 { 16 } else { 0 };
    let pillar = (width / 6).clamp(8, 22);
    let id = (width / 6).clamp(8, 26);
    let title = width.saturating_sub(id + pillar + due + status + owner + 5);
    Columns {
        id,
        title,
        pillar,
        due,
        status,
        owner,
    }
}

/// Draws the milestones view.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let mut title = format!(
        " Milestones · {} of {} · by {} ",
        app.milestones.rows.len(),
        app.model.milestones.len(),
        app.milestones.sort.label()
    );
    if let Some(s) = app.milestones.status_filter {
        title.push_str(&format!("· status {} ", s.label()));
    }
    if let Some(p) = app.milestones.pillar_filter {
        title.push_str(&format!(
            "· pillar {} ",
            widgets::safe_line(&app.model.pillars[p].id)
        ));
    }
    let inner = panel(theme, title).draw(area, buf);
    if inner.height < 2 {
        return;
    }
    let width = usize::from(inner.width);
    let c = columns(width);
    let header = format!(
        "{} {} {} {} {}{}",
        fit_pad("id", c.id),
        fit_pad("title", c.title),
        fit_pad("pillar", c.pillar),
        fit_pad("due", c.due),
        fit_pad("status", c.status),
        if c.owner > 0 {
            format!(" {}", fit_pad("owner", c.owner))
        } else {
            String::new()
        }
    );
    buf.set_string(
        inner.x,
        inner.y,
        fit_pad(&header, width),
        theme.muted.add_modifier(Modifier::UNDERLINED),
    );
    let rows_area = Rect {
        y: inner.y + 1,
        height: inner.height - 1,
        ..inner
    };
    let offset = app
        .milestones
        .cursor
        .visible_offset(rows_area.height.into());
    let today = app.today();
    // Cells are written column by column, unpadded, and the selected row is styled as a whole:
    // this is the hot path of the biggest view.
    let mut shown = 0;
    for (n, (row, &i)) in app
        .milestones
        .rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(rows_area.height.into())
        .enumerate()
    {
        shown += 1;
        let y = rows_area.y + n as u16;
        let m = &app.model.milestones[i];
        let selected = row == app.milestones.cursor.selected;
        let overdue = is_overdue(m, today);
        if selected {
            cells::restyle(
                buf,
                Rect {
                    y,
                    height: 1,
                    ..rows_area
                },
                theme.selected,
            );
        }
        let style = |s| widgets::selectable(theme, s, selected);
        let due = match (m.due, overdue) {
            (Some(d), true) => format!("⚠{d}"),
            (Some(d), false) => format!(" {d}"),
            (None, _) => " —".to_string(),
        };
        let status = widgets::status(theme, m.status);
        let pillar = &app.model.pillars[m.pillar].title;
        let owner = m.owner.as_deref().unwrap_or("");
        let cells: [(&str, usize, Style); 6] = [
            (&m.id, c.id, style(theme.muted)),
            (&m.title, c.title, style(theme.text)),
            (pillar, c.pillar, style(theme.muted)),
            (
                &due,
                c.due,
                style(if overdue { theme.bad } else { theme.text }),
            ),
            (&status.content, c.status, style(status.style)),
            (owner, c.owner, style(theme.muted)),
        ];
        let mut x = rows_area.x;
        for (text, width, style) in cells {
            if width == 0 || x >= rows_area.right() {
                continue;
            }
            cells::put(buf, x, y, &fit(text, width), width, style);
            x = x.saturating_add(width as u16 + 1);
        }
    }
    if shown == 0 {
        let text = if app.model.milestones.is_empty() {
            "No milestones in the file.".to_string()
        } else {
            let clears = app
                .keymap
                .label(
                    &[Section::In(View::Milestones), Section::Global],
                    Action::Back,
                )
                .map(|key| format!(" ({key} clears them)"))
                .unwrap_or_default();
            format!("No milestone matches the search or filters{clears}.")
        };
        Paragraph::new(Line::styled(text, theme.muted)).render(rows_area, buf);
    }
}

/// The table row under a click, if any.
pub fn row_at(app: &App, body: Rect, x: u16, y: u16) -> Option<usize> {
    let inner = body.inner(Margin::new(1, 1));
    if !inner.contains((x, y).into()) || y == inner.y {
        return None;
    }
    let offset = app
        .milestones
        .cursor
        .visible_offset(usize::from(inner.height) - 1);
    let row = offset + usize::from(y - inner.y - 1);
    (row < app.milestones.rows.len()).then_some(row)
}
