//! The problems of a file that cannot be opened, as `pactboard check` shows them, over the whole
//! screen: what is wrong, where, and what to do (fix the file and save it; pactboard follows it).

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
    let errors = match problems.errors {
        1 => "1 error".to_string(),
        n => format!("{n} errors"),
    };
    let (what, next) = if app.waiting_for_file() {
        (
            format!("{} cannot be opened: {errors}.", safe_line(&problems.file)),
            "Fix it in your editor and save: pactboard opens it by itself.",
        )
    } else {
        (
            format!(
                "{} changed on disk and has {errors}.",
                safe_line(&problems.file)
            ),
            "The dashboard shows the last good version until the file is fixed.",
        )
    };
    let mut lines: Vec<Line> = Vec::new();
    for (text, style) in [(what.as_str(), theme.bad), (next, theme.text)] {
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
        hints = key_hints(
            app,
            &here,
            &[(Action::Close, "back to the last good version")],
        );
    }
    hints.extend(key_hints(
        app,
        &here,
        &[
            (Action::OpenInEditor, "opens your editor"),
            (Action::Quit, "quit"),
        ],
    ));
    scrolled_panel(
        app,
        &here,
        theme,
        " Problems ",
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
