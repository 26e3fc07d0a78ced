//! The question when the file changed on disk where this session changed it too: every
//! milestone in conflict with each field's two values whole, scrolled by line.

use crate::i18n::word;
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{choice, show};
use crate::app::conflict_lines::{LineKind, conflict_lines, window};
use crate::app::keymap::Section;
use crate::app::{Action, App, Conflict, PaneSize};
use crate::ui::theme::Theme;

/// Draws the conflict dialog of `theirs_kept`, its list scrolled to `offset`.
pub(super) fn render(
    app: &App,
    theirs_kept: &[Conflict],
    offset: usize,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let model = &app.doc.model;
    let lang = app.dash.langs.main;
    let mut lines = vec![
        Line::styled(word(lang, "conflict-changed"), theme.warn),
        Line::styled(word(lang, "conflict-on-top"), theme.text),
        Line::styled(word(lang, "conflict-these"), theme.text),
        Line::raw(""),
    ];
    // Every conflict is listed, each field in conflict with both values whole: as many
    // rows as the screen leaves, the rest scrolled to with ↑↓.
    let size = conflict_list_size(area.width, area.height);
    let key = app
        .key_in(Section::Conflict, Action::MergeMine)
        .unwrap_or_default();
    let list = conflict_lines(lang, model, theirs_kept, size.width.into(), &key);
    let (start, shown) = window(list.len(), size.rows, offset);
    for (text, kind) in list.iter().skip(start).take(shown) {
        let style = match kind {
            LineKind::Heading => theme.title,
            LineKind::Value => theme.text,
            LineKind::Note => theme.muted,
        };
        lines.push(Line::styled(text.clone(), style));
    }
    if list.len() > shown {
        let keys = [Action::Up, Action::Down]
            .map(|a| app.key_in(Section::Conflict, a).unwrap_or_default());
        lines.push(Line::styled(
            tr!(
                lang,
                "conflict-lines",
                from = start + 1,
                to = start + shown,
                all = list.len(),
                keys = format!("{}{}", keys[0], keys[1]),
                count = theirs_kept.len()
            ),
            theme.muted,
        ));
    }
    lines.push(Line::raw(""));
    for (action, what) in [
        (Action::MergeMine, None),
        (Action::KeepTheirs, None),
        (Action::Cancel, Some(word(lang, "conflict-later"))),
    ] {
        lines.push(choice(app, theme, Section::Conflict, action, what));
    }
    let title = format!(" {} ", word(lang, "section-conflict"));
    show(theme, area, buf, &title, lines, "", 72);
}

/// The conflict dialog's list on a `width`×`height` screen: the dialog is at most 72 columns
/// wide (less its borders); its intro (4 rows), the blank row and the three choices (one of
/// which wraps below 74 columns) and the borders take 12 rows.
pub(in crate::ui) fn conflict_list_size(width: u16, height: u16) -> PaneSize {
    PaneSize {
        width: width.min(72).saturating_sub(2),
        rows: usize::from(height.saturating_sub(12)).max(1),
    }
}
