//! The help popup, generated from the keymap in force so it can never go out of date.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::theme::Theme;
use super::widgets::{fit_pad, safe_line};
use super::{panel, popup};
use crate::app::{Action, App};

/// Draws the help for the current view.
pub fn render(app: &App, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let (own, global) = app.keymap.help(app.view);
    let key_width = own
        .iter()
        .chain(&global)
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
    section(
        format!("In the {} view", app.view.title().to_lowercase()),
        &own,
    );
    section("Everywhere".to_string(), &global);
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
    let hint = if overflow {
        " ↑↓ scroll · ? or Esc closes "
    } else {
        " ? or Esc closes "
    };
    let inner = panel(theme, " Help ")
        .title_bottom(Line::styled(hint, theme.muted))
        .draw(rect, buf);
    let scroll = app
        .help_scroll
        .min(lines.len().saturating_sub(inner.height.into()));
    Paragraph::new(lines)
        .scroll((scroll as u16, 0))
        .render(inner, buf);
}
