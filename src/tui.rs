//! The terminal: set it up, turn its events into actions, draw after each, and always put it back
//! (on quit, on panic, on SIGTERM and SIGHUP).

use std::io::{self, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyEventKind, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::layout::Rect;

use crate::app::{Action, App, Key};
use crate::ui::{self, Dashboard, theme::Theme};

/// How often the loop looks at the signal flag while no event comes; nothing is drawn then.
const SIGNAL_CHECK: Duration = Duration::from_millis(250);

/// Runs the dashboard until the person quits or a signal asks it to stop.
pub fn run(mut app: App, theme: Theme) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [signal_hook::consts::SIGTERM, signal_hook::consts::SIGHUP] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    let mut terminal = ratatui::try_init()?;
    install_panic_hook();
    let _ = execute!(stdout(), EnableMouseCapture);
    let result = event_loop(&mut terminal, &mut app, &theme, &stop);
    let _ = execute!(stdout(), DisableMouseCapture);
    ratatui::restore();
    result
}

/// Mouse capture must be switched off before ratatui's own hook restores the rest.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture);
        previous(info);
    }));
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    theme: &Theme,
    stop: &AtomicBool,
) -> io::Result<()> {
    let size = terminal.size()?;
    app.update(Action::Resize(size.width, size.height));
    let mut dirty = true;
    while !app.quit && !stop.load(Ordering::Relaxed) {
        if dirty {
            terminal.draw(|frame| frame.render_widget(&Dashboard { app, theme }, frame.area()))?;
            dirty = false;
        }
        if !event::poll(SIGNAL_CHECK)? {
            continue;
        }
        dirty = match event::read()? {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                app.handle_key(Key::from_event(&key));
                true
            }
            Event::Resize(width, height) => {
                app.update(Action::Resize(width, height));
                true
            }
            Event::Mouse(mouse) => {
                let area = Rect::new(0, 0, app.size.0, app.size.1);
                let action = match mouse.kind {
                    MouseEventKind::Down(MouseButton::Left) => {
                        ui::hit_test(app, area, mouse.column, mouse.row)
                    }
                    MouseEventKind::ScrollDown => Some(Action::Scroll(3)),
                    MouseEventKind::ScrollUp => Some(Action::Scroll(-3)),
                    _ => None,
                };
                action.map(|a| app.update(a)).is_some()
            }
            _ => false,
        };
    }
    Ok(())
}
