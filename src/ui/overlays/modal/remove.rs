//! The questions before removing: a milestone (with its history, or cancelled instead), an
//! entry of a target, a pillar nothing refers to.

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
    let mut lines = vec![
        Line::styled(fit(title, 60), theme.title),
        Line::raw(""),
        Line::styled(
            match history {
                0 => "Remove it from the file?".to_string(),
                1 => "Remove it from the file, with its history entry?".to_string(),
                n => format!("Remove it from the file, with its {n} history entries?"),
            },
            theme.warn,
        ),
        Line::raw(""),
        choice(
            app,
            theme,
            Section::ConfirmRemove,
            Action::RemoveIt,
            (history == 0).then_some("remove it"),
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
        Some("keep it"),
    ));
    show(theme, area, buf, " Remove? ", lines, "", 60);
}

/// Removing an entry of a target, or a pillar.
pub(super) fn table(app: &App, removal: &Removal, theme: &Theme, area: Rect, buf: &mut Buffer) {
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
                format!(
                    "Remove this entry of {} from the file?",
                    t.map_or("", |t| t.id.as_str())
                ),
            )
        }
        Removal::Pillar { id, title } => (
            format!("{title} ({id})"),
            "Remove this pillar from the file? Nothing refers to it.".to_string(),
        ),
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
            Some("remove it"),
        ),
        choice(
            app,
            theme,
            Section::ConfirmRemove,
            Action::Cancel,
            Some("keep it"),
        ),
    ];
    show(theme, area, buf, " Remove? ", lines, "", 60);
}
