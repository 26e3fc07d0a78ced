//! Showing where a pane is cut: a scrollbar on its right border and "↓ N more" on its bottom
//! border, so nothing a pane holds is hidden without a sign.

use crate::i18n::Lang;
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::widgets::{Scrollbar, ScrollbarOrientation, ScrollbarState, StatefulWidget};

use crate::app::keymap::Section;
use crate::app::{Action, App};
use crate::ui::theme::Theme;
use crate::ui::{Panel, panel};

/// What a pane shows of what it holds: `total` lines from `offset`, `visible` at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub total: usize,
    pub offset: usize,
    pub visible: usize,
}

impl Window {
    /// The window of `visible` lines over `total`, from `offset` clamped to the last page.
    pub fn new(total: usize, offset: usize, visible: usize) -> Self {
        Window {
            total,
            offset: offset.min(total.saturating_sub(visible)),
            visible,
        }
    }

    /// Whether the pane holds more than it shows.
    pub fn cut(&self) -> bool {
        self.total > self.visible
    }

    /// How many lines are below what is shown.
    pub fn below(&self) -> usize {
        self.total.saturating_sub(self.offset + self.visible)
    }

    /// "↓ N more" while lines are below, "↑ N above" at the end of a scrolled pane.
    pub fn more(&self) -> Option<String> {
        self.more_in(Lang::En)
    }

    /// [`Window::more`] in `lang`.
    pub fn more_in(&self, lang: Lang) -> Option<String> {
        match (self.below(), self.offset) {
            (0, 0) => None,
            (0, above) => Some(format!("↑ {}", tr!(lang, "scroll-above", count = above))),
            (below, _) => Some(format!("↓ {}", tr!(lang, "scroll-more", count = below))),
        }
    }
}

/// A scrollbar over the right border of the panel at `panel`, when the pane is cut.
pub fn scrollbar(theme: &Theme, panel: Rect, window: Window, buf: &mut Buffer) {
    let track = panel.inner(Margin::new(0, 1));
    if !window.cut() || track.height == 0 || track.width == 0 {
        return;
    }
    // ratatui puts the thumb at the end once the position is `content_length - 1`.
    let positions = window.total - window.visible + 1;
    let mut state = ScrollbarState::new(positions).position(window.offset);
    Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None)
        .track_style(theme.border)
        .thumb_style(theme.accent)
        .render(track, buf, &mut state);
}

/// Draws a pane's frame (`block`) over `area` and gives back its inside, with `more` (what is
/// below) on its bottom edge and a scrollbar beside its rows when it is cut (`header_rows` rows
/// at the top, column titles or an axis, are not rows).
fn pane(
    theme: &Theme,
    mut block: Panel<'_>,
    window: Window,
    more: Option<String>,
    header_rows: u16,
    area: Rect,
    buf: &mut Buffer,
) -> Rect {
    if let Some(more) = more.filter(|m| !m.is_empty()) {
        block = block.title_bottom(ratatui::text::Line::styled(
            format!(" {more} "),
            theme.muted,
        ));
    }
    let inner = block.draw(area, buf);
    let track = Rect {
        y: area.y.saturating_add(header_rows),
        height: area.height.saturating_sub(header_rows),
        ..area
    };
    scrollbar(theme, track, window, buf);
    inner
}

/// A list's frame: its title, a thick border when it has the arrow keys, what is below said on
/// its border, a scrollbar; gives back its inside.
#[allow(clippy::too_many_arguments)] // a frame's parts, each needed; the language says "↓ N more"
pub fn list_pane(
    lang: Lang,
    theme: &Theme,
    title: String,
    focused: bool,
    window: Window,
    header_rows: u16,
    area: Rect,
    buf: &mut Buffer,
) -> Rect {
    let block = panel(theme, title).focused(theme, focused);
    pane(
        theme,
        block,
        window,
        window.more_in(lang),
        header_rows,
        area,
        buf,
    )
}

/// A view's text pane's frame, as [`list_pane`]'s, and while it has not the arrow keys, the key
/// that gives them to it.
pub fn text_pane(
    app: &App,
    theme: &Theme,
    title: String,
    focused: bool,
    window: Window,
    area: Rect,
    buf: &mut Buffer,
) {
    let lang = app.dash.langs.main;
    let mut more = window.more_in(lang).unwrap_or_default();
    if window.cut() && !focused {
        let here = [Section::In(app.dash.view), Section::Global];
        if let Some(key) = app.dash.keymap.label(&here, Action::SwitchPane) {
            more.push_str(&format!(" {}", tr!(lang, "scroll-key", key = key)));
        }
    }
    let block = panel(theme, title).focused(theme, focused);
    pane(theme, block, window, Some(more), 0, area, buf);
}

#[cfg(test)]
mod tests {
    use super::Window;

    #[test]
    fn a_window_says_what_is_below_and_clamps_to_the_last_page() {
        let w = Window::new(10, 0, 4);
        assert_eq!(w.more().as_deref(), Some("↓ 6 more"));
        let w = Window::new(10, 99, 4);
        assert_eq!((w.offset, w.below()), (6, 0));
        assert_eq!(w.more().as_deref(), Some("↑ 6 above"));
        assert_eq!(Window::new(3, 0, 4).more(), None);
    }
}
