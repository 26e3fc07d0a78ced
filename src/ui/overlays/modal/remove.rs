//! The questions before removing: a milestone (with its history, or cancelled instead), an
//! entry of a target, a pillar nothing refers to.

use crate::i18n::word;
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use super::{choice, show};
use crate::app::keymap::Section;
use crate::app::modal::Removal;
use crate::app::{Action, App};
use crate::ui::theme::Theme;
use crate::ui::widgets::fit;

/// Removing the milestone titled `title`, which has `history` entries.
pub(super) fn milestone(
    app: &App,
    title: &str,
    history: usize,
    theme: &Theme,
    area: Rect,
    buf: &mut Buffer,
) {
    let lang = app.dash.langs.main;
    let mut lines = vec![
        Line::styled(fit(title, 60), theme.title),
        Line::raw(""),
        Line::styled(
            tr!(lang, "remove-milestone-asked", count = history),
            theme.warn,
        ),
        Line::raw(""),
        choice(
            app,
            theme,
            Section::ConfirmRemove,
            Action::RemoveIt,
            (history == 0).then_some(word(lang, "remove-it")),
        ),
    ];
    if history > 0 {
        lines.push(choice(
            app,
            theme,
            Section::ConfirmRemove,
            Action::CancelInstead,
            None,
        ));
    }
    lines.push(choice(
        app,
        theme,
        Section::ConfirmRemove,
        Action::Cancel,
        Some(word(lang, "keep-it")),
    ));
    let title = format!(" {} ", word(lang, "remove-title"));
    show(theme, area, buf, &title, lines, "", 60);
}

/// Removing an entry of a target, or a pillar.
pub(super) fn table(app: &App, removal: &Removal, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.dash.langs.main;
    let (what, question) = match removal {
        Removal::Entry { target, entry, .. } => {
            let t = app.doc.model.targets.get(*target);
            let unit = t.map_or("", |t| t.unit.as_str());
            let note = entry
                .note
                .as_deref()
                .map(|n| format!(" ({n})"))
                .unwrap_or_default();
            (
                format!("{}{note}", entry.describe(unit)),
                tr!(
                    lang,
                    "remove-entry-asked",
                    target = t.map_or("", |t| t.id.as_str())
                ),
            )
        }
        Removal::Pillar { id, title } => {
            (format!("{title} ({id})"), tr!(lang, "remove-pillar-asked"))
        }
    };
    let lines = vec![
        Line::styled(fit(&what, 60), theme.title),
        Line::raw(""),
        Line::styled(question, theme.warn),
        Line::raw(""),
        choice(
            app,
            theme,
            Section::ConfirmRemove,
            Action::RemoveIt,
            Some(word(lang, "remove-it")),
        ),
        choice(
            app,
            theme,
            Section::ConfirmRemove,
            Action::Cancel,
            Some(word(lang, "keep-it")),
        ),
    ];
    let title = format!(" {} ", word(lang, "remove-title"));
    show(theme, area, buf, &title, lines, "", 60);
}
