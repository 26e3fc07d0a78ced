//! The problems of a file that cannot be opened, as `pactboard check` shows them, over the whole
//! screen: what is wrong, where, and what to do (fix the file and save it; pactboard follows it).

use crate::i18n::word;
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::app::keymap::Section;
use crate::app::{Action, App};
use crate::ui::hints::{key_hints, scrolled_panel};
use crate::ui::popup;
use crate::ui::theme::Theme;
use crate::ui::widgets::{safe_line, wrap_words};

/// Draws the problems of the file on disk, scrolled by `scroll` rows.
pub fn render(app: &App, scroll: usize, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(problems) = &app.doc.problems else {
        return;
    };
    let rect = popup(area, area.width, area.height, buf);
    let width = usize::from(rect.width.saturating_sub(2)).max(1);
    let lang = app.dash.langs.main;
    let file = safe_line(&problems.file).into_owned();
    let (what, next) = if app.waiting_for_file() {
        (
            tr!(
                lang,
                "problems-cannot-open",
                file = file.as_str(),
                count = problems.errors
            ),
            tr!(lang, "problems-fix"),
        )
    } else {
        (
            tr!(
                lang,
                "problems-changed",
                file = file.as_str(),
                count = problems.errors
            ),
            tr!(lang, "problems-last-good"),
        )
    };
    let mut lines: Vec<Line> = Vec::new();
    for (text, style) in [(what.as_str(), theme.bad), (next.as_str(), theme.text)] {
        lines.extend(
            wrap_words(text, width)
                .into_iter()
                .map(|l| Line::styled(l, style)),
        );
    }
    lines.push(Line::raw(""));
    // The problems as `check` prints them: a message wraps; a line of the file with its caret
    // is cut instead, so that the caret stays under what it points at.
    for line in &problems.lines {
        let line = safe_line(line);
        if is_excerpt(&line) {
            lines.push(Line::styled(line.into_owned(), theme.muted));
        } else {
            lines.extend(
                wrap_words(&line, width)
                    .into_iter()
                    .map(|l| Line::styled(l, theme.text)),
            );
        }
    }
    let here = [Section::Problems];
    let mut hints = Vec::new();
    if !app.waiting_for_file() {
        hints = key_hints(app, &here, &[(Action::Close, word(lang, "problems-back"))]);
    }
    hints.extend(key_hints(
        app,
        &here,
        &[
            (Action::OpenInEditor, word(lang, "problems-editor")),
            (Action::Quit, word(lang, "hint-quit")),
        ],
    ));
    scrolled_panel(
        app,
        &here,
        theme,
        &format!(" {} ", word(lang, "problems-title")),
        hints,
        lines,
        scroll,
        rect,
        buf,
    );
}

/// Whether a line of a rendered problem is part of its excerpt of the file (`  12 | text`,
/// `     |   ^^^`), which must keep its columns.
fn is_excerpt(line: &str) -> bool {
    let trimmed = line.trim_start();
    let after_number = trimmed.trim_start_matches(|c: char| c.is_ascii_digit());
    after_number.trim_start().starts_with('|')
}

#[cfg(test)]
mod tests {
    use super::is_excerpt;

    #[test]
    fn excerpt_lines_are_told_from_messages() {
        assert!(is_excerpt("188 | status = \"finished\""));
        assert!(is_excerpt("    |          ^^^^^^^^^^"));
        assert!(!is_excerpt(
            "m.toml:188:10: error: unknown status `finished` | x"
        ));
        assert!(!is_excerpt(""));
    }
}
