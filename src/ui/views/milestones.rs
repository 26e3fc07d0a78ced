//! View 3, the milestones table: sortable, filterable by status and pillar, overdue rows marked.
//! Only the rows on screen are drawn, so it stays instant at any size.

use crate::i18n::word;
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use crate::app::keymap::Section;
use crate::app::{Action, App, View};
use crate::model::is_overdue;
use crate::ui::cells;
use crate::ui::scroll::{Window, list_pane};
use crate::ui::theme::Theme;
use crate::ui::widgets::{self, fit_pad};

/// Column widths: id, title, pillar, due, status, owner (also the headings' widths).
struct Columns {
    id: usize,
    title: usize,
    pillar: usize,
    due: usize,
    status: usize,
    owner: usize,
}

/// The widest cell of each column among the rows shown (in columns of the terminal).
#[derive(Default)]
struct Widest {
    id: usize,
    title: usize,
    pillar: usize,
    status: usize,
    owner: usize,
    /// Whether a row has a due date.
    due: bool,
}

impl Widest {
    fn of(app: &App, rows: &[usize]) -> Self {
        let lang = app.dash.langs.main;
        let mut w = Widest::default();
        for &i in rows {
            let m = &app.doc.model.milestones[i];
            // A marked row's id is "✓ id".
            w.id =
                w.id.max(m.id.width() + 2 * usize::from(app.dash.marked.contains(&m.id)));
            let title = app.doc.model.milestone_title(lang, i);
            w.title = w.title.max(crate::text::head(&title, 400).width());
            w.pillar = w
                .pillar
                .max(app.doc.model.pillar_title(lang, m.pillar).width());
            w.status = w.status.max(widgets::status_width(lang, m.status));
            w.owner = w.owner.max(m.owner.as_deref().map_or(0, str::width));
            w.due |= m.due.is_some();
        }
        w
    }
}

/// Column widths by need: each column as wide as its widest cell among the rows shown (at
/// least its heading), the owner only when some row has one, and the title the rest. When that
/// leaves the title less than a third of the row, the others give way in turn, the status word
/// last (a status is a symbol and a word): the id, pillar and owner are capped, the owner goes,
/// the pillar and the id narrow twice, and only then does the status keep its symbol alone.
fn columns(width: usize, widest: &Widest, headings: &Columns) -> Columns {
    // "⚠2026-06-30", or the heading over rows of " —".
    let due = if widest.due { 11 } else { 3 }.max(headings.due);
    let mut id = widest.id.max(headings.id).max(2);
    let mut pillar = widest.pillar.max(headings.pillar);
    let mut status = widest.status.max(headings.status);
    let mut owner = if widest.owner > 0 {
        widest.owner.max(headings.owner)
    } else {
        0
    };
    let gaps = |owner: usize| 4 + usize::from(owner > 0);
    let title = |id: usize, pillar: usize, status: usize, owner: usize| {
        width.saturating_sub(id + pillar + due + status + owner + gaps(owner))
    };
    // The title's need is all of the widest title shown: while it is short of that, the id,
    // pillar and owner are capped; past that, they give way only while the title has less
    // than a third of the row.
    let need = widest.title.max(headings.title);
    let third = need.min((width / 3).max(12));
    for step in 0..5 {
        let wanted = if step == 0 { need } else { third };
        if title(id, pillar, status, owner) >= wanted {
            break;
        }
        match step {
            0 => {
                id = id.min(26);
                pillar = pillar.min(22);
                owner = owner.min(16);
            }
            1 => owner = 0,
            2 => {
                pillar = pillar.min(12);
                id = id.min(14);
            }
            3 => {
                pillar = pillar.min(8);
                id = id.min(10);
            }
            _ => status = 2,
        }
    }
    Columns {
        id,
        title: title(id, pillar, status, owner),
        pillar,
        due,
        status,
        owner,
    }
}

/// Draws the milestones view.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.dash.langs.main;
    let mut title = format!(
        " {} ",
        tr!(
            lang,
            "milestones-title",
            shown = app.dash.milestones.rows.len(),
            all = app.doc.model.milestones.len(),
            sort = app.dash.milestones.sort.label_in(lang)
        )
    );
    if let Some(s) = app.dash.milestones.status_filter {
        title.push_str(&format!(
            "· {} ",
            tr!(lang, "milestones-status", status = s.label_in(lang))
        ));
    }
    if !app.dash.marked.is_empty() {
        title.push_str(&format!(
            "· {} ",
            tr!(lang, "milestones-marked", count = app.dash.marked.len())
        ));
    }
    if let Some(p) = app.dash.milestones.pillar_filter {
        title.push_str(&format!(
            "· {} ",
            tr!(
                lang,
                "milestones-pillar",
                pillar = widgets::safe_line(&app.doc.model.pillars[p].id).into_owned()
            )
        ));
    }
    let rows = usize::from(area.height.saturating_sub(3));
    let window = Window::new(
        app.dash.milestones.rows.len(),
        app.dash.milestones.cursor.visible_offset(rows),
        rows,
    );
    // The scrollbar runs beside the rows, below the column titles.
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
    if inner.height < 2 {
        return;
    }
    let width = usize::from(inner.width);
    let offset = app
        .dash
        .milestones
        .cursor
        .visible_offset(usize::from(inner.height - 1));
    let end = (offset + usize::from(inner.height - 1)).min(app.dash.milestones.rows.len());
    let heading = |id: &'static str| word(lang, id);
    let headings = Columns {
        id: heading("column-id").width(),
        title: heading("column-title").width(),
        pillar: heading("column-pillar").width(),
        due: heading("column-due").width(),
        status: heading("column-status").width(),
        owner: heading("column-owner").width(),
    };
    let c = columns(
        width,
        &Widest::of(app, &app.dash.milestones.rows[offset.min(end)..end]),
        &headings,
    );
    let header = format!(
        "{} {} {} {} {}{}",
        fit_pad(heading("column-id"), c.id),
        fit_pad(heading("column-title"), c.title),
        fit_pad(heading("column-pillar"), c.pillar),
        fit_pad(heading("column-due"), c.due),
        fit_pad(
            if c.status > 2 {
                heading("column-status")
            } else {
                ""
            },
            c.status
        ),
        if c.owner > 0 {
            format!(" {}", fit_pad(heading("column-owner"), c.owner))
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
    let today = app.today();
    // Cells are written column by column, unpadded, and the selected row is styled as a whole:
    // this is the hot path of the biggest view.
    let mut shown = 0;
    for (n, (row, &i)) in app
        .dash
        .milestones
        .rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(rows_area.height.into())
        .enumerate()
    {
        shown += 1;
        let m = &app.doc.model.milestones[i];
        let selected = row == app.dash.milestones.cursor.selected;
        let overdue = is_overdue(m, today);
        let style = |s| widgets::selectable(theme, s, selected);
        let due = match (m.due, overdue) {
            (Some(d), true) => format!("⚠{d}"),
            (Some(d), false) => format!(" {d}"),
            (None, _) => " —".to_string(),
        };
        let mut status = widgets::status(app.dash.langs.main, theme, m.status);
        if c.status <= 2 {
            status.content = m.status.symbol().into();
        }
        let pillar = &app.doc.model.pillar_title(lang, m.pillar);
        let title = app.doc.model.milestone_title(lang, i);
        let owner = m.owner.as_deref().unwrap_or("");
        // A marked row says so before its id.
        let id: std::borrow::Cow<str> = if app.dash.marked.contains(&m.id) {
            format!("✓ {}", m.id).into()
        } else {
            m.id.as_str().into()
        };
        let cells: [(&str, usize, Style); 6] = [
            (&id, c.id, style(theme.muted)),
            (&title, c.title, style(theme.text)),
            (pillar, c.pillar, style(theme.muted)),
            (
                &due,
                c.due,
                style(if overdue { theme.bad } else { theme.text }),
            ),
            (&status.content, c.status, style(status.style)),
            (owner, c.owner, style(theme.muted)),
        ];
        let line = Rect {
            y: rows_area.y + n as u16,
            height: 1,
            ..rows_area
        };
        cells::table_row(buf, line, selected.then_some(theme.selected), &cells);
    }
    if shown == 0 {
        let text = if app.doc.model.milestones.is_empty() {
            tr!(lang, "no-milestones-file")
        } else {
            let clears = app
                .dash
                .keymap
                .label(
                    &[Section::In(View::Milestones), Section::Global],
                    Action::Back,
                )
                .map(|key| format!(" {}", tr!(lang, "filters-clear", key = key)))
                .unwrap_or_default();
            tr!(lang, "no-milestone-matches", clears = clears)
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
        .dash
        .milestones
        .cursor
        .visible_offset(usize::from(inner.height) - 1);
    let row = offset + usize::from(y - inner.y - 1);
    (row < app.dash.milestones.rows.len()).then_some(row)
}
