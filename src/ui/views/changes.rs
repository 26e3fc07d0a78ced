//! View 6, the changes: the model's changes from the file's git history, newest first, one row
//! each (when, who, commit, what), the filters in the title; `Enter` shows the selected change
//! in full with the rest of its commit. Only the rows on screen are drawn.

use crate::i18n::word;
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::app::changes::{History, author_of};
use crate::app::keymap::Section;
use crate::app::{Action, App, View};
use crate::model::diff::{Change, contents_in};
use crate::model::log::Entry;
use crate::ui::cells;
use crate::ui::panel::panel;
use crate::ui::scroll::{Window, list_pane};
use crate::ui::theme::Theme;
use crate::ui::widgets::{self, fit_pad, safe_line};

/// Draws the changes view.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let state = &app.dash.changes;
    let entries = state.entries();
    let lang = app.dash.langs.main;
    let mut title = format!(" {} · {} ", word(lang, "view-changes"), state.rows.len());
    if let Some(p) = &state.pillar {
        title.push_str(&format!(
            "· {} ",
            tr!(
                lang,
                "milestones-pillar",
                pillar = safe_line(p).into_owned()
            )
        ));
    }
    if let Some(a) = &state.author {
        title.push_str(&format!(
            "· {} ",
            tr!(lang, "changes-by", author = safe_line(a).into_owned())
        ));
    }
    if state.stale {
        title.push_str(&format!("· {} ", word(lang, "changes-reading-again")));
    }
    if matches!(state.history, History::Newest(_)) {
        title.push_str(&format!("· {} ", word(lang, "changes-reading-older")));
    }
    if state.detail
        && let Some((entry, change)) = state.selected()
    {
        detail(app, theme, entry, change, area, buf);
        return;
    }
    let rows = usize::from(area.height.saturating_sub(3));
    let window = Window::new(state.rows.len(), state.cursor.visible_offset(rows), rows);
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
    let message = match &state.history {
        History::Unread | History::Reading => Some(tr!(lang, "changes-reading")),
        History::Unavailable(why) => Some(tr!(
            lang,
            "changes-unavailable",
            why = safe_line(&why.message_in(lang)).into_owned()
        )),
        History::Read(_) if state.rows.is_empty() => Some(if entries.is_empty() {
            tr!(lang, "changes-none")
        } else {
            let clears = app
                .dash
                .keymap
                .label(&[Section::In(View::Changes), Section::Global], Action::Back)
                .map(|key| format!(" {}", tr!(lang, "filters-clear", key = key)))
                .unwrap_or_default();
            tr!(lang, "changes-no-match", clears = clears)
        }),
        History::Read(_) | History::Newest(_) => None,
    };
    if let Some(text) = message {
        Paragraph::new(Line::styled(text, theme.muted))
            .wrap(Wrap { trim: true })
            .render(inner, buf);
        return;
    }
    let width = usize::from(inner.width);
    // When (16), who, commit (7), what.
    let who = entries
        .iter()
        .map(|e| widgets::fit(&author_of(e), 18).width())
        .max()
        .unwrap_or(3)
        .clamp(3, 18);
    let (when, id) = (16, 7);
    let show_id = width >= 60;
    let what = width.saturating_sub(when + who + 2 + if show_id { id + 1 } else { 0 });
    let header = format!(
        "{} {} {}{}",
        fit_pad(word(lang, "column-when"), when),
        fit_pad(word(lang, "column-who"), who),
        if show_id {
            format!("{} ", fit_pad(word(lang, "column-commit"), id))
        } else {
            String::new()
        },
        fit_pad(word(lang, "column-change"), what)
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
    let offset = state.cursor.visible_offset(usize::from(rows_area.height));
    for (n, (row, &(e, c))) in state
        .rows
        .iter()
        .enumerate()
        .skip(offset)
        .take(rows_area.height.into())
        .enumerate()
    {
        let selected = row == state.cursor.selected;
        let style = |s| widgets::selectable(theme, s, selected);
        let entry = &entries[e];
        let (when_text, id_text) = match &entry.commit {
            Some(commit) => (
                commit.date.format("%Y-%m-%d %H:%M").to_string(),
                commit.id.clone(),
            ),
            None => (tr!(lang, "uncommitted"), String::new()),
        };
        let change = c.and_then(|c| entry.changes.get(c));
        let what_text = match change {
            Some(change) => change.short_in(lang),
            None if entry.created => tr!(
                lang,
                "changes-created",
                contents = contents_in(lang, &entry.changes)
            ),
            None if entry.shallow_start => tr!(
                lang,
                "changes-shallow",
                contents = contents_in(lang, &entry.changes)
            ),
            None => tr!(lang, "changes-did-not-load"),
        };
        let what_style = match change {
            Some(Change::Status { by_hand: true, .. }) => theme.warn,
            None if !entry.created && !entry.shallow_start => theme.bad,
            _ => theme.text,
        };
        let mut cells_of: Vec<(String, usize, Style)> = vec![
            (when_text, when, style(theme.accent)),
            (author_of(entry), who, style(theme.muted)),
        ];
        if show_id {
            cells_of.push((id_text, id, style(theme.muted)));
        }
        cells_of.push((what_text, what, style(what_style)));
        let line = Rect {
            y: rows_area.y + n as u16,
            height: 1,
            ..rows_area
        };
        cells::table_row(buf, line, selected.then_some(theme.selected), &cells_of);
    }
}

/// The selected change in full, with the commit's other changes.
fn detail(
    app: &App,
    theme: &Theme,
    entry: &Entry,
    change: Option<&Change>,
    area: Rect,
    buf: &mut Buffer,
) {
    let lang = app.dash.langs.main;
    let close = app
        .dash
        .keymap
        .label(&[Section::In(View::Changes), Section::Global], Action::Back)
        .map(|key| format!(" {key} {} ", word(lang, "hint-back")))
        .unwrap_or_default();
    let block = panel(theme, format!(" {} ", word(lang, "change")))
        .title_bottom(Line::styled(close, theme.muted));
    block.render(area, buf);
    let inner = area.inner(Margin::new(2, 1));
    let mut lines: Vec<Line<'_>> = Vec::new();
    match &entry.commit {
        Some(c) => {
            lines.push(Line::styled(
                safe_line(&c.subject).into_owned(),
                theme.title,
            ));
            lines.push(Line::styled(
                format!(
                    "{} · {} · {}",
                    safe_line(&c.author),
                    c.date.format("%Y-%m-%d %H:%M %z"),
                    tr!(lang, "commit-id", id = c.id.as_str())
                ),
                theme.muted,
            ));
        }
        None => lines.push(Line::styled(tr!(lang, "changes-uncommitted"), theme.title)),
    }
    if let Some(path) = &entry.path {
        lines.push(Line::styled(
            tr!(lang, "changes-path", path = safe_line(path).into_owned()),
            theme.muted,
        ));
    }
    lines.push(Line::raw(""));
    match change {
        Some(change) => {
            lines.push(Line::styled(change.describe_in(lang), theme.text));
            if let Change::Status {
                milestone,
                from,
                to,
                at,
                by_hand,
                day_only,
                ..
            } = change
            {
                lines.push(Line::raw(""));
                lines.push(Line::styled(
                    tr!(
                        lang,
                        "changes-milestone",
                        id = safe_line(milestone).into_owned()
                    ),
                    theme.muted,
                ));
                let from = from.map_or(word(lang, "changes-none-status"), |f| f.label_in(lang));
                lines.push(Line::from(vec![
                    ratatui::text::Span::styled(
                        format!("{} ", tr!(lang, "changes-from-to", from = from)),
                        theme.muted,
                    ),
                    widgets::status(app.dash.langs.main, theme, *to),
                ]));
                match (at, by_hand) {
                    (Some(at), _) => lines.push(Line::styled(
                        if *day_only {
                            tr!(
                                lang,
                                "changes-recorded-on",
                                date = at.format("%Y-%m-%d").to_string()
                            )
                        } else {
                            tr!(
                                lang,
                                "changes-recorded-at",
                                at = at.format("%Y-%m-%d %H:%M %z").to_string()
                            )
                        },
                        theme.muted,
                    )),
                    (None, true) => {
                        lines.push(Line::styled(tr!(lang, "changes-by-hand"), theme.warn));
                    }
                    (None, false) => {}
                }
            }
        }
        None if entry.created => lines.push(Line::styled(
            tr!(
                lang,
                "changes-created-long",
                contents = contents_in(lang, &entry.changes)
            ),
            theme.text,
        )),
        None if entry.shallow_start => lines.push(Line::styled(
            tr!(
                lang,
                "changes-shallow-long",
                contents = contents_in(lang, &entry.changes)
            ),
            theme.text,
        )),
        None => lines.push(Line::styled(
            tr!(
                lang,
                "changes-did-not-load-long",
                why = entry.problem.as_deref().map_or_else(
                    || tr!(lang, "changes-check-says"),
                    |p| crate::text::safe_line(p).into_owned()
                )
            ),
            theme.bad,
        )),
    }
    let others: Vec<&Change> = entry
        .changes
        .iter()
        .filter(|c| Some(*c) != change)
        .collect();
    if !others.is_empty() {
        lines.push(Line::raw(""));
        let heading = match (change, &entry.commit) {
            (None, _) => word(lang, "changes-it-added"),
            (Some(_), Some(_)) => word(lang, "changes-commit-also"),
            (Some(_), None) => word(lang, "changes-edit-also"),
        };
        lines.push(Line::styled(heading, theme.muted));
        for c in others.iter().take(usize::from(inner.height)) {
            lines.push(Line::styled(
                format!("• {}", c.describe_in(lang)),
                theme.text,
            ));
        }
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(inner, buf);
}

/// The row under a click, if any.
pub fn row_at(app: &App, body: Rect, x: u16, y: u16) -> Option<usize> {
    let inner = body.inner(Margin::new(1, 1));
    if app.dash.changes.detail || !inner.contains((x, y).into()) || y == inner.y {
        return None;
    }
    let offset = app
        .dash
        .changes
        .cursor
        .visible_offset(usize::from(inner.height) - 1);
    let row = offset + usize::from(y - inner.y - 1);
    (row < app.dash.changes.rows.len()).then_some(row)
}
