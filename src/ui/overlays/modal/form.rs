//! A form: one row per field (its label, its text with the cursor or its choice between ‹ ›),
//! under it why the value cannot be used or what it was read as; the keys at the bottom.

use crate::i18n::word;
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use super::{editor_line, show};
use crate::app::form::{Form, FormKind, Input};
use crate::app::keymap::Section;
use crate::app::{Action, App};
use crate::ui::theme::Theme;
use crate::ui::widgets::safe_line;

/// How wide a form is, when the screen has the room.
const FORM_WIDTH: u16 = 76;

/// Draws `form` as a popup over `area`.
pub fn render(app: &App, form: &Form, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.dash.langs.main;
    let label_width = form
        .fields
        .iter()
        .map(|f| f.name.label_in(lang).width())
        .max()
        .unwrap_or(0)
        + 3;
    let accepts = match form.kind {
        FormKind::Milestone(Some(_))
        | FormKind::Pillar(Some(_))
        | FormKind::Entry {
            editing: Some(_), ..
        } => word(lang, "hint-keeps"),
        FormKind::Entry { .. } => word(lang, "hint-records-entry"),
        _ => word(lang, "hint-adds"),
    };
    let key = |section, action| app.key_in(section, action).unwrap_or_default();
    let cancels = word(lang, "hint-cancels");
    let mut hint = format!(
        "{} · {} · {} {accepts} · {} {cancels}",
        tr!(
            lang,
            "hint-fields",
            keys = format!(
                "{}/{}",
                key(Section::Form, Action::NextField),
                key(Section::Form, Action::PreviousField)
            )
        ),
        tr!(
            lang,
            "hint-choose",
            keys = format!(
                "{}{}",
                key(Section::Text, Action::CursorLeft),
                key(Section::Text, Action::CursorRight)
            )
        ),
        key(Section::Text, Action::Accept),
        key(Section::Text, Action::Cancel),
    );
    if hint.width() + 4 > usize::from(area.width) {
        hint = format!(
            "{} {} · {} {accepts} · {} {cancels}",
            key(Section::Form, Action::NextField),
            word(lang, "hint-next"),
            key(Section::Text, Action::Accept),
            key(Section::Text, Action::Cancel),
        );
    }
    // The popup's inner width, as `show` makes it: a reason too long for a row wraps under
    // the field's value, never under its label.
    let inner = usize::from(FORM_WIDTH.max(u16::try_from(hint.width() + 4).unwrap_or(u16::MAX)))
        .min(usize::from(area.width))
        .saturating_sub(2);
    let mut lines = Vec::new();
    for (i, field) in form.fields.iter().enumerate() {
        let focused = i == form.focus;
        let marker = if focused { "▶ " } else { "  " };
        let label = format!(
            "{marker}{}",
            crate::text::fit_pad(field.name.label_in(lang), label_width - 2)
        );
        let label_style = if focused { theme.accent } else { theme.muted };
        let mut spans = vec![Span::styled(label, label_style)];
        match &field.input {
            Input::Text(editor) if focused => spans.extend(editor_line(theme, editor).spans),
            Input::Text(editor) => spans.push(Span::styled(
                safe_line(editor.text()).into_owned(),
                theme.text,
            )),
            Input::Choice {
                options, selected, ..
            } => {
                let shown = selected.and_then(|s| options.get(s)).map_or_else(
                    || word(lang, "changes-none-status").to_string(),
                    |(label, _)| safe_line(label).into_owned(),
                );
                let style = if focused { theme.selected } else { theme.text };
                if focused {
                    spans.push(Span::styled("‹ ", theme.accent));
                    spans.push(Span::styled(shown, style));
                    spans.push(Span::styled(" ›", theme.accent));
                } else {
                    spans.push(Span::styled(shown, style));
                }
            }
        }
        lines.push(Line::from(spans));
        let pad = " ".repeat(label_width);
        let empty = matches!(&field.input, Input::Text(e) if e.text().trim().is_empty());
        if let Some(error) = field.error.as_ref().filter(|_| form.tried || !empty) {
            let room = inner.saturating_sub(label_width).max(10);
            for line in crate::text::wrap_words(&format!("✗ {}", safe_line(error)), room) {
                lines.push(Line::from(vec![
                    Span::raw(pad.clone()),
                    Span::styled(line, theme.bad),
                ]));
            }
        } else if let Some(reads) = &field.reads_as {
            lines.push(Line::from(vec![
                Span::raw(pad),
                Span::styled(safe_line(reads).into_owned(), theme.good),
            ]));
        }
    }
    let mut title = form.title_in(lang, &app.doc.model);
    if form.names.is_some() {
        // Its title edits the names of the language shown: the box says which.
        title = format!(
            "{title} · {}",
            tr!(lang, "form-names-in", language = form.lang.own_name())
        );
    }
    let title = format!(" {} ", safe_line(&title));
    show(theme, area, buf, &title, lines, &hint, FORM_WIDTH);
}
