//! The help popup, generated from the keymap in force so it can never go out of date.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::theme::Theme;
use super::widgets::{fit_pad, safe_line};
use super::{panel, popup};
use crate::app::keymap::Section;
use crate::app::{Action, App};

/// Draws the help for what is under it (the first `depth` overlays), scrolled by `scroll` rows.
pub fn render(app: &App, depth: usize, scroll: usize, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let sections = app.keymap.help(&app.sections_at(depth));
    let key_width = sections
        .iter()
        .flat_map(|(_, list)| list)
        .map(|(keys, _)| keys.chars().count())
        .max()
        .unwrap_or(0)
        .clamp(6, 24);
    let mut lines = Vec::new();
    let mut section = |title: String, keys: &[(String, Action)]| {
        if keys.is_empty() {
            return;
        }
        lines.push(Line::styled(title, theme.accent));
        for (keys, action) in keys {
            lines.push(Line::from(vec![
                Span::styled(format!("  {}", fit_pad(keys, key_width)), theme.title),
                Span::styled(format!("  {}", action.description()), theme.text),
            ]));
        }
        lines.push(Line::raw(""));
    };
    for (heading, list) in &sections {
        section(heading.heading(), list);
    }
    lines.push(Line::styled(
        format!("File: {}", safe_line(&app.origin.name)),
        theme.muted,
    ));
    let keymap = app.keymap.overrides_path.as_deref();
    lines.push(Line::styled(
        format!(
            "Keys can be changed in {}",
            safe_line(keymap.unwrap_or("keymap.toml in pactboard's config folder"))
        ),
        theme.muted,
    ));
    let height = (lines.len() as u16 + 2).min(area.height);
    let rect = popup(area, (key_width as u16 + 48).min(area.width), height, buf);
    let overflow = lines.len() + 2 > usize::from(rect.height);
    let key = |action| app.key_in(Section::Help, action);
    let mut hint = Vec::new();
    if overflow && let (Some(up), Some(down)) = (key(Action::Up), key(Action::Down)) {
        hint.push(format!("{up}{down} scroll"));
    }
    if let Some(close) = key(Action::Close) {
        hint.push(format!("{close} closes"));
    }
    let mut block = panel(theme, " Help ");
    if !hint.is_empty() {
        block = block.title_bottom(Line::styled(format!(" {} ", hint.join(" · ")), theme.muted));
    }
    let inner = block.draw(rect, buf);
    let scroll = scroll.min(lines.len().saturating_sub(inner.height.into()));
    Paragraph::new(lines)
        .scroll((scroll as u16, 0))
        .render(inner, buf);
}
