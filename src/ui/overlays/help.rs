//! The help popup, generated from the keymap in force so it can never go out of date.

use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::ui::hints::{key_hints, scrolled_panel};
use crate::ui::theme::Theme;
use unicode_width::UnicodeWidthStr;

use crate::app::keymap::Section;
use crate::app::{Action, App};
use crate::ui::popup;
use crate::ui::widgets::{fit_pad, safe_line, wrap_words};

/// Draws the help for what is under it (the first `depth` overlays), scrolled by `scroll` rows.
pub fn render(app: &App, depth: usize, scroll: usize, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let lang = app.dash.langs.main;
    let sections = app.dash.keymap.help(&app.sections_at(depth));
    let key_width = sections
        .iter()
        .flat_map(|(_, list)| list)
        .map(|(keys, _)| keys.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(6, 24);
    let widest = sections
        .iter()
        .flat_map(|(_, list)| list)
        .map(|(_, action)| action.description_in(lang).width())
        .max()
        .unwrap_or(0);
    let file = tr!(
        lang,
        "help-file",
        file = safe_line(&app.doc.origin.name).into_owned()
    );
    let keymap = match app.dash.keymap.overrides_path.as_deref() {
        Some(path) => tr!(lang, "help-keymap", path = safe_line(path).into_owned()),
        None => tr!(lang, "help-keymap-default"),
    };
    // As wide as its longest line needs, within the screen; what is wider wraps.
    let wanted = (key_width + widest + 4)
        .max(file.width())
        .max(keymap.width())
        .max(40)
        + 2;
    let width = (wanted as u16).min(area.width);
    let inner_width = usize::from(width.saturating_sub(2));
    let text_width = inner_width.saturating_sub(key_width + 4).max(10);
    let mut lines = Vec::new();
    for (heading, list) in &sections {
        lines.push(Line::styled(heading.heading_in(lang), theme.accent));
        for (keys, action) in list {
            lines.extend(row(
                keys,
                &action.description_in(lang),
                (key_width, text_width),
                theme,
            ));
        }
        lines.push(Line::raw(""));
    }
    // Over the presentation: the slides a deck can be made of, as `--slides` names them.
    if app.sections_at(depth).contains(&Section::Presenting) {
        lines.push(Line::styled(tr!(lang, "help-slides"), theme.accent));
        for (name, what) in crate::model::deck::PARTS {
            let id = format!("part-{}", name.replace(':', "-"));
            let said = crate::i18n::message(lang, &id, &[]);
            let what = if said == id { what.to_string() } else { said };
            lines.extend(row(name, &what, (key_width, text_width), theme));
        }
        lines.push(Line::raw(""));
    }
    for text in [file, keymap] {
        for part in wrap_words(&text, inner_width) {
            lines.push(Line::styled(part, theme.muted));
        }
    }
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = popup(area, width, height, buf);
    let here = [Section::Help];
    let closes = tr!(lang, "hint-closes");
    let hints = key_hints(app, &here, &[(Action::Close, &closes)]);
    let title = format!(" {} ", tr!(lang, "help-title"));
    scrolled_panel(app, &here, theme, &title, hints, lines, scroll, rect, buf);
}

/// A row of the help: what is pressed (or named) in its column, and what it does, wrapped
/// beside it.
fn row(
    lead: &str,
    text: &str,
    (lead_width, text_width): (usize, usize),
    theme: &Theme,
) -> Vec<Line<'static>> {
    let first = format!("  {}  ", fit_pad(lead, lead_width));
    wrap_words(text, text_width)
        .into_iter()
        .enumerate()
        .map(|(n, part)| {
            let lead = if n == 0 {
                first.clone()
            } else {
                " ".repeat(lead_width + 4)
            };
            Line::from(vec![
                Span::styled(lead, theme.title),
                Span::styled(part, theme.text),
            ])
        })
        .collect()
}
