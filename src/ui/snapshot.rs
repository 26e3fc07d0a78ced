//! Rendering a screen without a terminal, as plain text: for `pactboard snapshot`, tests and docs.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

use super::Screen;
use super::theme::Theme;
use crate::app::App;

/// Draws `app` on a `width`×`height` screen and returns the buffer. Call `app.resize` with
/// [`super::viewport`] of the same size first, so that paging moved as it would on that screen.
pub fn render(app: &App, theme: &Theme, width: u16, height: u16) -> Buffer {
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(terminal) => terminal,
        Err(never) => match never {},
    };
    let dashboard = Screen { app, theme };
    let _ = terminal.draw(|frame| frame.render_widget(&dashboard, frame.area()));
    terminal.backend().buffer().clone()
}

/// The buffer as text: exactly one line per row, none wider than the buffer, trailing spaces cut.
pub fn to_text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in area.top()..area.bottom() {
        let mut line = String::new();
        let mut skip = 0;
        for x in area.left()..area.right() {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            let width = symbol.width();
            if width == 0 {
                line.push(' ');
                continue;
            }
            line.push_str(symbol);
            skip = width - 1;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
