//! The popups that take the keys: the status picker, the notes and due-date prompts, the question
//! before quitting with unsaved changes, and the choice after a conflicting change on disk.

mod conflict;
mod form;
pub(in crate::ui) use conflict::conflict_list_size;
mod remove;

use crate::i18n::word;
use crate::tr;
use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::app::keymap::Section;
use crate::app::{Action, App, LineEditor, Modal};
use crate::model::Status;
use crate::ui::hints::key_hints;
use crate::ui::theme::Theme;
use crate::ui::widgets::{fit, safe_line};
use crate::ui::{panel, popup};

/// Draws a popup over `area`.
pub fn render(app: &App, modal: &Modal, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let model = &app.doc.model;
    // A popup outlives a reload only until its next key (see `close_orphan_popup`).
    let found = |r: &crate::app::MilestoneRef| r.find(model).map(|i| &model.milestones[i]);
    let title = |r: &crate::app::MilestoneRef| {
        found(r).map_or_else(String::new, |m| safe_line(&m.title).into_owned())
    };
    let lang = app.dash.langs.main;
    let marked = |n: usize| tr!(lang, "modal-marked", count = n);
    match modal {
        Modal::Picker {
            milestone,
            also,
            choice,
            note,
        } => {
            let current = found(milestone)
                .map(|m| m.status)
                .filter(|_| also.is_empty());
            let heading = if also.is_empty() {
                title(milestone)
            } else {
                marked(also.len() + 1)
            };
            let mut lines = vec![Line::styled(fit(&heading, 50), theme.title), Line::raw("")];
            for (i, status) in Status::ALL.iter().enumerate() {
                let key = app
                    .key_in(Section::Picker, Action::mark(*status))
                    .unwrap_or_default();
                let selected = i == *choice;
                let marker = if selected { "▶ " } else { "  " };
                let now = if Some(*status) == current {
                    format!("  {}", word(lang, "modal-now"))
                } else {
                    String::new()
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
                        format!("{} {}{now}", status.symbol(), status.label_in(lang)),
                        style,
                    ),
                ]));
            }
            lines.push(Line::raw(""));
            let hint = match note {
                None => {
                    let moves = [Action::Up, Action::Down, Action::Accept]
                        .map(|a| app.key_in(Section::Picker, a).unwrap_or_default());
                    hints(
                        app,
                        Section::Picker,
                        &[(Action::Cancel, word(lang, "hint-cancel"))],
                        Some(tr!(
                            lang,
                            "hint-choose",
                            keys = format!("{}{} {}", moves[0], moves[1], moves[2])
                        )),
                    )
                }
                Some(_) => text_hint(app, word(lang, "hint-records"), false),
            };
            if let Some(editor) = note {
                lines.push(Line::styled(word(lang, "modal-note"), theme.muted));
                lines.push(editor_line(theme, editor));
                let tab = app
                    .key_in(Section::Form, Action::NextField)
                    .unwrap_or_default();
                lines.push(Line::styled(
                    tr!(lang, "modal-when-now", key = tab),
                    theme.muted,
                ));
            }
            let title = format!(" {} ", word(lang, "modal-status"));
            show(theme, area, buf, &title, lines, &hint, 58);
        }
        Modal::When {
            milestone,
            also,
            choice,
            note,
            editor,
            error,
        } => {
            let heading = if also.is_empty() {
                title(milestone)
            } else {
                marked(also.len() + 1)
            };
            let status = Status::ALL[*choice];
            let mut lines = vec![
                Line::styled(fit(&heading, 56), theme.title),
                Line::styled(
                    format!("{} {}", status.symbol(), status.label_in(lang)),
                    theme.status(status),
                ),
            ];
            if !note.is_empty() {
                lines.push(Line::styled(
                    fit(
                        &tr!(
                            lang,
                            "modal-note-shown",
                            note = safe_line(note).into_owned()
                        ),
                        56,
                    ),
                    theme.muted,
                ));
            }
            lines.extend([
                Line::raw(""),
                Line::styled(word(lang, "modal-when-asked"), theme.muted),
            ]);
            editor_and_error(&mut lines, theme, editor, error.as_deref());
            show(
                theme,
                area,
                buf,
                &format!(" {} ", word(lang, "modal-when")),
                lines,
                &text_hint(app, word(lang, "hint-records"), false),
                78,
            );
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
                &format!(" {} ", word(lang, "detail-notes")),
                lines,
                &text_hint(app, word(lang, "hint-keeps"), true),
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
                Line::styled(word(lang, "modal-due-asked"), theme.muted),
            ];
            editor_and_error(&mut lines, theme, editor, error.as_deref());
            show(
                theme,
                area,
                buf,
                &format!(" {} ", word(lang, "modal-due")),
                lines,
                &text_hint(app, word(lang, "hint-keeps"), false),
                58,
            );
        }
        Modal::ConfirmQuit => {
            let mut lines = vec![Line::styled(
                tr!(lang, "modal-unsaved", count = app.doc.unsaved()),
                theme.warn,
            )];
            if let Some(why) = &app.doc.not_writable {
                lines.push(Line::styled(
                    fit(&tr!(lang, "modal-cannot-save", why = why.as_str()), 56),
                    theme.warn,
                ));
            }
            lines.extend([
                Line::raw(""),
                choice(app, theme, Section::ConfirmQuit, Action::SaveAndQuit, None),
                choice(app, theme, Section::ConfirmQuit, Action::SaveAs, None),
                choice(
                    app,
                    theme,
                    Section::ConfirmQuit,
                    Action::DiscardAndQuit,
                    None,
                ),
                choice(
                    app,
                    theme,
                    Section::ConfirmQuit,
                    Action::Cancel,
                    Some(word(lang, "modal-stay")),
                ),
            ]);
            let title = format!(" {} ", word(lang, "modal-quit"));
            show(theme, area, buf, &title, lines, "", 60);
        }
        Modal::FileMissing => {
            let lines = vec![
                Line::styled(word(lang, "modal-gone"), theme.warn),
                Line::styled(fit(&safe_line(&app.doc.origin.name), 56), theme.title),
                Line::styled(word(lang, "modal-gone-why"), theme.muted),
                Line::raw(""),
                choice(app, theme, Section::FileMissing, Action::WriteAgain, None),
                choice(app, theme, Section::FileMissing, Action::SaveAs, None),
                choice(
                    app,
                    theme,
                    Section::FileMissing,
                    Action::Cancel,
                    Some(word(lang, "modal-not-now")),
                ),
            ];
            let title = format!(" {} ", word(lang, "modal-not-saved"));
            show(theme, area, buf, &title, lines, "", 60);
        }
        Modal::SaveAs { editor } => {
            let lines = vec![
                Line::styled(word(lang, "modal-save-as-asked"), theme.muted),
                editor_line(theme, editor),
            ];
            show(
                theme,
                area,
                buf,
                &format!(" {} ", word(lang, "modal-save-as")),
                lines,
                &text_hint(app, word(lang, "hint-saves"), false),
                78,
            );
        }
        Modal::Conflict {
            theirs_kept,
            offset,
        } => conflict::render(app, theirs_kept, *offset, theme, area, buf),
        Modal::Form(form) => form::render(app, form, theme, area, buf),
        Modal::ConfirmRemove { milestone, history } => {
            remove::milestone(app, &title(milestone), *history, theme, area, buf);
        }
        Modal::ConfirmRemoveTable(removal) => remove::table(app, removal, theme, area, buf),
    }
}

/// "KEY what · KEY what" for the bound ones of `parts` in `section`, after `first`.
fn hints(app: &App, section: Section, parts: &[(Action, &str)], first: Option<String>) -> String {
    first
        .into_iter()
        .chain(key_hints(app, &[section], parts))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The hint of a text field: its accept key doing `accepts`, cancel, and the moves if asked.
fn text_hint(app: &App, accepts: &str, moves: bool) -> String {
    let lang = app.dash.langs.main;
    let parts = [
        (Action::Accept, accepts),
        (Action::Cancel, word(lang, "hint-cancels")),
    ];
    let key = |a| app.key_in(Section::Text, a).unwrap_or_default();
    let movement = moves.then(|| {
        tr!(
            lang,
            "hint-move",
            keys = format!(
                "{}{} {} {}",
                key(Action::CursorLeft),
                key(Action::CursorRight),
                key(Action::LineStart),
                key(Action::LineEnd)
            )
        )
    });
    let mut text = hints(app, Section::Text, &parts, None);
    if let Some(m) = movement {
        text.push_str(&format!(" · {m}"));
    }
    text
}

/// How many characters on each side of the cursor a text field draws at most (more than any
/// popup holds).
const EDIT_WINDOW: usize = 4096;

/// The mark of a text field's cursor.
const CURSOR: &str = "▏";

/// The editor's text with a cursor.
pub(in crate::ui) fn editor_line<'a>(theme: &Theme, editor: &LineEditor) -> Line<'a> {
    let (before, after) = editor.split();
    // Only the text around the cursor can be on screen: a pasted 10 MB value is drawn as fast
    // as a short one.
    let before = match before.char_indices().rev().nth(EDIT_WINDOW) {
        Some((at, _)) => Cow::Owned(format!("…{}", &before[at..])),
        None => Cow::Borrowed(before),
    };
    let after = match after.char_indices().nth(EDIT_WINDOW) {
        Some((at, _)) => Cow::Owned(format!("{}…", &after[..at])),
        None => Cow::Borrowed(after),
    };
    let shown = |s: &str| crate::text::sanitize(&s.replace('\n', "⏎"));
    Line::from(vec![
        Span::styled(shown(&before), theme.text),
        Span::styled(CURSOR, theme.accent),
        Span::styled(shown(&after), theme.text),
    ])
}

/// Draws a popup of at least `width` columns (wider for its hint, narrower on a narrow screen)
/// and as tall as its lines wrap to, within the screen; when they do not all fit, the rows
/// A popup's line editor, and under it why what was typed cannot be used, if it cannot.
fn editor_and_error(
    lines: &mut Vec<Line<'_>>,
    theme: &Theme,
    editor: &LineEditor,
    error: Option<&str>,
) {
    lines.push(editor_line(theme, editor));
    if let Some(error) = error {
        lines.push(Line::styled(error.to_string(), theme.bad));
    }
}

/// around the cursor of a text field are shown.
pub(in crate::ui) fn show(
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
    title: &str,
    lines: Vec<Line<'_>>,
    hint: &str,
    width: u16,
) {
    let hint_width = u16::try_from(hint.width()).unwrap_or(u16::MAX);
    let width = width.max(hint_width.saturating_add(4)).min(area.width);
    let inner_width = width.saturating_sub(2);
    let cursor_row = lines
        .iter()
        .position(|l| l.spans.iter().any(|s| s.content == CURSOR))
        .map(|i| {
            let mut upto: Vec<Line> = lines[..i].to_vec();
            let spans = lines[i]
                .spans
                .iter()
                .take_while(|s| s.content != CURSOR)
                .cloned()
                .chain([Span::raw(CURSOR)]);
            upto.push(Line::from(spans.collect::<Vec<_>>()));
            Paragraph::new(upto)
                .wrap(Wrap { trim: false })
                .line_count(inner_width)
        });
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let needed = paragraph.line_count(inner_width);
    let height = u16::try_from(needed + 2)
        .unwrap_or(u16::MAX)
        .min(area.height);
    let rect = popup(area, width, height, buf);
    let mut block = panel(theme, title.to_string());
    if !hint.is_empty() {
        block = block.title_bottom(Line::styled(format!(" {hint} "), theme.muted));
    }
    let inner = block.draw(rect, buf);
    let rows = usize::from(inner.height);
    let last = needed.saturating_sub(rows);
    let scroll = cursor_row.map_or(last, |row| row.saturating_sub(rows).min(last));
    paragraph
        .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0))
        .render(inner, buf);
}

/// A key of `section` and what its `action` does (`what`, else the action's description), as a
/// popup lists its choices; an action no key does says so.
fn choice<'a>(
    app: &App,
    theme: &Theme,
    section: Section,
    action: Action,
    what: Option<&'a str>,
) -> Line<'a> {
    let key = app
        .key_in(section, action)
        .unwrap_or_else(|| crate::tr!(app.dash.langs.main, "no-key"));
    Line::from(vec![
        Span::styled(format!("{key} "), theme.title),
        Span::raw(what.map_or_else(
            || action.description_in(app.dash.langs.main),
            str::to_string,
        )),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_field_draws_only_the_text_around_its_cursor() {
        let theme = Theme::named(crate::ui::theme::ThemeName::Dark);
        let mut editor = LineEditor::new("");
        editor.insert(&"x".repeat(100_000));
        let line = editor_line(&theme, &editor);
        let drawn: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
        assert!(drawn.starts_with('…'), "more came before it");
        assert!(
            drawn.chars().count() <= 2 * EDIT_WINDOW + 3,
            "{}",
            drawn.len()
        );
        assert!(drawn.ends_with(CURSOR));
    }
}
