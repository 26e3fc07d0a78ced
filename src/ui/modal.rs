//! The popups that take the keys: the status picker, the notes and due-date prompts, the question
//! before quitting with unsaved changes, and the choice after a conflicting change on disk.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use super::theme::Theme;
use super::widgets::{fit, safe_line};
use super::{panel, popup};
use crate::app::{App, LineEditor, Modal};
use crate::model::Status;

/// Draws the open popup, if any.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(modal) = &app.modal else {
        return;
    };
    let model = &app.model;
    // A popup outlives a reload only until its next key (see `close_orphan_popup`).
    let found = |r: &crate::app::MilestoneRef| r.find(model).map(|i| &model.milestones[i]);
    let title = |r: &crate::app::MilestoneRef| {
        found(r).map_or_else(String::new, |m| safe_line(&m.title).into_owned())
    };
    match modal {
        Modal::Picker {
            milestone,
            choice,
            note,
        } => {
            let current = found(milestone).map(|m| m.status);
            let mut lines = vec![
                Line::styled(fit(&title(milestone), 50), theme.title),
                Line::raw(""),
            ];
            for (i, status) in Status::ALL.iter().enumerate() {
                let key = status_key(*status);
                let selected = i == *choice;
                let marker = if selected { "▶ " } else { "  " };
                let now = if Some(*status) == current {
                    "  (now)"
                } else {
                    ""
                };
                let style = if selected {
                    theme.selected
                } else {
                    theme.status(*status)
                };
                lines.push(Line::from(vec![
                    Span::styled(marker, theme.accent),
                    Span::styled(format!("{key}  "), theme.title),
                    Span::styled(
                        format!("{} {}{now}", status.symbol(), status.label()),
                        style,
                    ),
                ]));
            }
            lines.push(Line::raw(""));
            let hint = match note {
                None => "p i r b d c or ↑↓ Enter choose · Esc cancel",
                Some(_) => "Enter records the change · Esc cancels",
            };
            if let Some(editor) = note {
                lines.push(Line::styled(
                    "Note for the history (optional):",
                    theme.muted,
                ));
                lines.push(editor_line(theme, editor));
            }
            show(theme, area, buf, " Status ", lines, hint, 58);
        }
        Modal::Notes { milestone, editor } => {
            let lines = vec![
                Line::styled(fit(&title(milestone), 70), theme.title),
                Line::raw(""),
                editor_line(theme, editor),
            ];
            show(
                theme,
                area,
                buf,
                " Notes ",
                lines,
                "Enter keeps · Esc cancels · ←→ Home End move",
                78,
            );
        }
        Modal::Due {
            milestone,
            editor,
            error,
        } => {
            let mut lines = vec![
                Line::styled(fit(&title(milestone), 50), theme.title),
                Line::raw(""),
                Line::styled("Due date (YYYY-MM-DD, empty for none):", theme.muted),
                editor_line(theme, editor),
            ];
            if let Some(error) = error {
                lines.push(Line::styled(error.clone(), theme.bad));
            }
            show(
                theme,
                area,
                buf,
                " Due date ",
                lines,
                "Enter keeps · Esc cancels",
                58,
            );
        }
        Modal::ConfirmQuit => {
            let lines = vec![
                Line::styled(format!("{} unsaved changes.", app.unsaved()), theme.warn),
                Line::raw(""),
                choice(theme, "s", "save and quit"),
                choice(theme, "d", "discard them and quit"),
                choice(theme, "Esc", "stay"),
            ];
            show(theme, area, buf, " Quit? ", lines, "", 40);
        }
        Modal::FileMissing => {
            let lines = vec![
                Line::styled("The file is gone from where it was:", theme.warn),
                Line::styled(fit(&safe_line(&app.origin.name), 56), theme.title),
                Line::styled("(deleted or moved since it was read)", theme.muted),
                Line::raw(""),
                choice(theme, "r", "write it again there, with your edits"),
                choice(theme, "a", "save as another file"),
                choice(theme, "Esc", "not now (your edits are kept)"),
            ];
            show(theme, area, buf, " Not saved ", lines, "", 60);
        }
        Modal::SaveAs { editor } => {
            let lines = vec![
                Line::styled("Save as (a file that does not exist yet):", theme.muted),
                editor_line(theme, editor),
            ];
            show(
                theme,
                area,
                buf,
                " Save as ",
                lines,
                "Enter saves · Esc cancels",
                78,
            );
        }
        Modal::Conflict { theirs_kept } => {
            let mut lines = vec![
                Line::styled("The file changed on disk while you edited.", theme.warn),
                Line::styled(
                    "Your other edits were put on top of the new version.",
                    theme.text,
                ),
                Line::styled("These milestones changed there too:", theme.text),
                Line::raw(""),
            ];
            for c in theirs_kept.iter().take(8) {
                let (theirs, mine) = (&model.milestones[c.index], &c.mine);
                lines.push(Line::styled(
                    fit(
                        &format!(
                            "{}: file says {}, you said {}",
                            theirs.id,
                            theirs.status.label(),
                            mine.status.label()
                        ),
                        66,
                    ),
                    theme.text,
                ));
            }
            lines.push(Line::raw(""));
            lines.push(choice(
                theme,
                "m",
                "put my changes on top of theirs, and save",
            ));
            lines.push(choice(theme, "t", "keep the file's for these"));
            lines.push(choice(
                theme,
                "Esc",
                "decide later (nothing saved, your edits kept)",
            ));
            show(theme, area, buf, " Changed on disk ", lines, "", 72);
        }
    }
}

fn status_key(status: Status) -> char {
    match status {
        Status::Planned => 'p',
        Status::InProgress => 'i',
        Status::AtRisk => 'r',
        Status::Blocked => 'b',
        Status::Done => 'd',
        Status::Cancelled => 'c',
    }
}

/// The editor's text with a cursor.
fn editor_line<'a>(theme: &Theme, editor: &LineEditor) -> Line<'a> {
    let (before, after) = editor.split();
    let shown = |s: &str| crate::text::sanitize(&s.replace('\n', "⏎"));
    Line::from(vec![
        Span::styled(shown(before), theme.text),
        Span::styled("▏", theme.accent),
        Span::styled(shown(after), theme.text),
    ])
}

fn show(
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
    title: &str,
    lines: Vec<Line<'_>>,
    hint: &str,
    width: u16,
) {
    let height = lines.len() as u16 + 2;
    let rect = popup(area, width, height, buf);
    let mut block = panel(theme, title.to_string());
    if !hint.is_empty() {
        block = block.title_bottom(Line::styled(format!(" {hint} "), theme.muted));
    }
    let inner = block.draw(rect, buf);
    Paragraph::new(lines)
        .wrap(Wrap { trim: false })
        .render(inner, buf);
}

/// A key and what it does, as a popup lists its choices.
fn choice<'a>(theme: &Theme, key: &'a str, what: &'a str) -> Line<'a> {
    Line::from(vec![
        Span::styled(format!("{key} "), theme.title),
        Span::raw(what),
    ])
}
