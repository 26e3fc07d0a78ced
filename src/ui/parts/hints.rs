//! Hints that name keys, always the key bound now: a rebinding shows in every one of them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget};

use crate::app::keymap::Section;
use crate::app::{Action, App};
use crate::ui::panel;
use crate::ui::theme::Theme;

/// "KEY what" for each of `items` that some key does where `sections` apply, in order.
pub fn key_hints(app: &App, sections: &[Section], items: &[(Action, &str)]) -> Vec<String> {
    items
        .iter()
        .filter_map(|(action, what)| {
            let key = app.dash.keymap.label(sections, *action)?;
            Some(format!("{key} {what}"))
        })
        .collect()
}

/// "↑↓ scroll" (or the keys bound instead), when both are bound where `sections` apply.
pub fn scroll_hint(app: &App, sections: &[Section]) -> Option<String> {
    let up = app.dash.keymap.label(sections, Action::Up)?;
    let down = app.dash.keymap.label(sections, Action::Down)?;
    Some(crate::tr!(
        app.dash.langs.main,
        "hint-scroll",
        keys = format!("{up}{down}")
    ))
}

/// The hints as a panel's bottom title, or nothing when there are none.
pub fn bottom_line(theme: &Theme, hints: &[String]) -> Option<Line<'static>> {
    (!hints.is_empty()).then(|| Line::styled(format!(" {} ", hints.join(" · ")), theme.muted))
}

/// `lines` in a panel titled `title` over `rect`, scrolled by `scroll` rows (at most to the last
/// page), with `hints` on its bottom edge, and "scroll" among them when the text is longer than
/// the panel and `sections` bind the keys.
#[allow(clippy::too_many_arguments)]
pub fn scrolled_panel(
    app: &App,
    sections: &[Section],
    theme: &Theme,
    title: &str,
    mut hints: Vec<String>,
    lines: Vec<Line<'_>>,
    scroll: usize,
    rect: Rect,
    buf: &mut Buffer,
) {
    if lines.len() + 2 > usize::from(rect.height)
        && let Some(scroll) = scroll_hint(app, sections)
    {
        hints.insert(0, scroll);
    }
    let mut block = panel(theme, title.to_string());
    if let Some(line) = bottom_line(theme, &hints) {
        block = block.title_bottom(line);
    }
    let inner = block.draw(rect, buf);
    let scroll = scroll.min(lines.len().saturating_sub(inner.height.into()));
    Paragraph::new(lines)
        .scroll((scroll.min(usize::from(u16::MAX)) as u16, 0))
        .render(inner, buf);
}
