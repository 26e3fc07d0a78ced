//! The terminal: set it up, turn its events into actions, draw after each, and always put it back
//! (on quit, on panic, on SIGTERM and SIGHUP).

use std::io::{self, stdout};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, RecvTimeoutError, sync_channel};
use std::sync::{Condvar, Mutex};
use std::time::Duration;

use ratatui::DefaultTerminal;
use ratatui::crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event, KeyEventKind, MouseButton, MouseEventKind,
};
use ratatui::crossterm::execute;
use ratatui::layout::Rect;

use super::session::{self, Session};
use crate::app::{App, Key};
use crate::ui::{self, Screen, theme::Theme};

/// How often the loop looks at the signal flag while no event comes; nothing is drawn then,
/// but for the presentation's clock.
const SIGNAL_CHECK: Duration = Duration::from_millis(250);

/// How the dashboard ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    /// The person quit.
    Quit,
    /// A signal stopped it (its name and number); the terminal is restored, and what was
    /// unsaved is for the caller to keep.
    Signal(&'static str, i32),
}

/// The signals that stop the dashboard cleanly: SIGTERM, SIGHUP (its terminal was closed),
/// SIGINT and SIGQUIT sent from outside (the keys do not send them in raw mode).
#[cfg(unix)]
const STOPPING: [(&str, i32); 4] = [
    ("SIGTERM", signal_hook::consts::SIGTERM),
    ("SIGHUP", signal_hook::consts::SIGHUP),
    ("SIGINT", signal_hook::consts::SIGINT),
    ("SIGQUIT", signal_hook::consts::SIGQUIT),
];

/// Runs the dashboard until the person quits or a signal asks it to stop.
pub fn run(session: &mut Session, theme: Theme) -> io::Result<Ended> {
    let stop = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    let flags: Vec<(&'static str, i32, Arc<AtomicBool>)> = STOPPING
        .iter()
        .map(|&(name, number)| {
            let flag = Arc::new(AtomicBool::new(false));
            signal_hook::flag::register(number, Arc::clone(&flag))?;
            signal_hook::flag::register(number, Arc::clone(&stop))?;
            Ok((name, number, flag))
        })
        .collect::<io::Result<_>>()?;
    let mut terminal = ratatui::try_init()?;
    install_panic_hook();
    if let Err(e) = execute!(stdout(), EnableMouseCapture, EnableBracketedPaste) {
        tracing::warn!("no mouse or bracketed paste: {e}");
    }
    let result = event_loop(&mut terminal, session, &theme, &stop);
    if let Some(beacon) = session.beacon.as_mut() {
        beacon.leave();
    }
    if let Err(e) = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste) {
        tracing::warn!("could not switch the mouse off: {e}");
    }
    ratatui::restore();
    if let Err(e) = &result {
        tracing::error!("the terminal failed: {e}");
    }
    result?;
    #[cfg(unix)]
    if let Some((name, number, _)) = flags.iter().find(|(_, _, f)| f.load(Ordering::Relaxed)) {
        tracing::warn!("stopped by {name}");
        return Ok(Ended::Signal(name, *number));
    }
    Ok(Ended::Quit)
}

/// Tells the app what a screen of `screen`'s size holds for its model now, if that changed.
fn fit(app: &mut App, screen: Rect) {
    let viewport = ui::viewport(screen.width, screen.height, &app.doc.model, app.dash.langs);
    if viewport != app.dash.viewport {
        app.resize(viewport);
    }
}

/// Mouse capture must be switched off before ratatui's own hook restores the rest.
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
        previous(info);
    }));
}

fn event_loop(
    terminal: &mut DefaultTerminal,
    session: &mut Session,
    theme: &Theme,
    stop: &AtomicBool,
) -> io::Result<()> {
    let size = terminal.size()?;
    let mut screen = Rect::new(0, 0, size.width, size.height);
    fit(&mut session.app, screen);
    // Without a watcher the dashboard still works; it just does not follow the file.
    let watched = Session::watched;
    let mut watching = watched(session);
    let mut watcher = watching.as_deref().and_then(watch);
    let input = input_events();
    let events = &input.events;
    let mut dirty = true;
    let mut uncertain = false;
    // The history being read for the changes view, off the loop.
    let mut history: Option<Receiver<HistoryPart>> = None;
    while !session.app.quitting() && !stop.load(Ordering::Relaxed) {
        if let Some(read) = history.as_ref().and_then(|h| h.try_recv().ok()) {
            match read {
                HistoryPart::Newest(entries) => session.app.history_newest(entries),
                HistoryPart::All(read) => {
                    session.app.history_read(read);
                    history = None;
                }
            }
            dirty = true;
        }
        if history.is_none() && session.app.wants_history() {
            history = Some(read_history(session.watched()));
            session.app.history_reading();
            dirty = true;
        }
        // A presentation says where it is, or a follower goes where its presenter is.
        if let Some(beacon) = session.beacon.as_mut() {
            dirty |= beacon.tick(&mut session.app);
        }
        if dirty {
            draw(terminal, &session.app, theme, &mut uncertain)?;
            dirty = false;
        }
        if let Some((_, changes)) = &watcher
            && changes.try_recv().is_ok()
        {
            while changes.try_recv().is_ok() {}
            session.file_changed();
            dirty = true;
            continue;
        }
        let following = session
            .app
            .presenter()
            .is_some_and(|p| p.role == crate::app::deck::Role::Follower);
        let wait = if following {
            super::beacon::FOLLOW_EVERY
        } else {
            SIGNAL_CHECK
        };
        let event = match events.recv_timeout(wait) {
            Ok(event) => event,
            Err(RecvTimeoutError::Timeout) => {
                // The presentation's clock is the one thing that changes without an event.
                if session.app.presenter().is_some_and(|p| p.footer) {
                    let now = crate::clock::now();
                    dirty = now != session.app.doc.now;
                    session.app.doc.now = now;
                }
                continue;
            }
            // The terminal is gone.
            Err(RecvTimeoutError::Disconnected) => {
                tracing::info!("the terminal closed");
                break;
            }
        };
        session.app.doc.now = crate::clock::now();
        let app = &mut session.app;
        dirty = match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                app.handle_key(Key::from_event(&key));
                true
            }
            Event::Resize(width, height) => {
                screen = Rect::new(0, 0, width, height);
                true
            }
            Event::Mouse(mouse) => {
                let (x, y) = (mouse.column, mouse.row);
                match mouse.kind {
                    MouseEventKind::Down(MouseButton::Left) => {
                        let action = ui::hit_test(app, screen, x, y);
                        action.map(|a| app.update(a)).is_some()
                    }
                    // The wheel scrolls the pane under the pointer.
                    MouseEventKind::ScrollDown => {
                        app.wheel(ui::pane_at(app, screen, x, y), 3);
                        true
                    }
                    MouseEventKind::ScrollUp => {
                        app.wheel(ui::pane_at(app, screen, x, y), -3);
                        true
                    }
                    _ => false,
                }
            }
            Event::Paste(text) => {
                app.paste(&text);
                true
            }
            _ => false,
        };
        session.run_effects();
        if let Some(crate::app::Effect::OpenEditor(milestone)) = session.app.dash.effect.clone() {
            session.app.dash.effect = None;
            if let Some(target) = session.editor_target(milestone) {
                edit_in_editor(terminal, &input, session, target);
            }
        }
        // After a resize, and after a reload that changed how many pillars the overview lists.
        fit(&mut session.app, screen);
        // After a "save as" the file edited is another one.
        if watched(session) != watching {
            watching = watched(session);
            watcher = watching.as_deref().and_then(watch);
        }
    }
    Ok(())
}

/// Reads the history of the file at `path` on a thread of its own; the answer comes on the
/// channel.
fn read_history(path: Option<std::path::PathBuf>) -> Receiver<HistoryPart> {
    let (send, receive) = sync_channel(2);
    std::thread::spawn(move || {
        // The newest commits first, for the view to show at once; then all of it.
        if let Some(newest) = super::read_newest_history(path.as_deref())
            && send.send(HistoryPart::Newest(newest)).is_err()
        {
            return;
        }
        let _ = send.send(HistoryPart::All(super::read_history(path.as_deref())));
    });
    receive
}

/// What the history's reader sends: the newest part, then all of it (or why there is none).
enum HistoryPart {
    Newest(Vec<crate::history::Entry>),
    All(Result<Vec<crate::history::Entry>, crate::model::log::Unavailable>),
}

/// Follows `path`, or logs why it cannot (the dashboard works on without following).
fn watch(
    path: &std::path::Path,
) -> Option<(notify::RecommendedWatcher, std::sync::mpsc::Receiver<()>)> {
    session::watch(path)
        .inspect_err(|e| tracing::warn!("not following {}: {e}", path.display()))
        .ok()
}

/// Draws the app. Where the screen holds, or held, text whose width terminals count in their
/// own ways (combining marks, Indic conjuncts, flags, emoji sequences), every cell is written
/// again rather than only the changed ones, so no glyph a terminal drew wider than ratatui
/// counted is left behind.
fn draw(
    terminal: &mut DefaultTerminal,
    app: &crate::app::App,
    theme: &Theme,
    uncertain: &mut bool,
) -> io::Result<()> {
    if *uncertain {
        forget_screen(terminal);
    }
    let now = {
        let completed =
            terminal.draw(|frame| frame.render_widget(&Screen { app, theme }, frame.area()))?;
        crate::ui::uncertain_width(completed.buffer)
    };
    if now && !*uncertain {
        forget_screen(terminal);
        terminal.draw(|frame| frame.render_widget(&Screen { app, theme }, frame.area()))?;
    }
    *uncertain = now;
    Ok(())
}

/// Makes the next draw write every cell: what ratatui believes is on the screen becomes a
/// symbol no frame has (no clearing, so nothing flickers).
fn forget_screen(terminal: &mut DefaultTerminal) {
    for cell in &mut terminal.current_buffer_mut().content {
        cell.set_symbol("\u{fffc}");
    }
    terminal.swap_buffers();
}

/// Terminal events, read on their own thread so that the loop keeps its eye on signals and the
/// file even if the terminal stops answering; the channel closes when the terminal is gone.
/// The terminal's events, read on a thread of their own, which can be paused while another
/// program (the editor) has the terminal, so that no key meant for it is read here.
struct Input {
    events: Receiver<Event>,
    /// Whether reading is paused, and whether the reader has stopped for it.
    pause: Arc<(Mutex<(bool, bool)>, Condvar)>,
}

impl Input {
    /// Stops reading, and returns once the reader is waiting.
    fn pause(&self) {
        let (lock, changed) = &*self.pause;
        let Ok(mut state) = lock.lock() else { return };
        state.0 = true;
        changed.notify_all();
        while !state.1 {
            match changed.wait_timeout(state, Duration::from_secs(1)) {
                Ok((next, timeout)) => {
                    state = next;
                    if timeout.timed_out() {
                        // The reader is gone (the terminal closed): nothing reads anyway.
                        break;
                    }
                }
                Err(_) => return,
            }
        }
    }

    /// Reads again.
    fn resume(&self) {
        let (lock, changed) = &*self.pause;
        if let Ok(mut state) = lock.lock() {
            *state = (false, false);
            changed.notify_all();
        }
    }
}

fn input_events() -> Input {
    let (tx, rx) = sync_channel(64);
    let pause = Arc::new((Mutex::new((false, false)), Condvar::new()));
    let shared = Arc::clone(&pause);
    std::thread::spawn(move || {
        let (lock, changed) = &*shared;
        loop {
            if let Ok(mut state) = lock.lock() {
                while state.0 {
                    state.1 = true;
                    changed.notify_all();
                    match changed.wait(state) {
                        Ok(next) => state = next,
                        Err(_) => return,
                    }
                }
            }
            // A short poll, so that a pause is seen within a tenth of a second.
            match event::poll(Duration::from_millis(100)) {
                Ok(false) => continue,
                Ok(true) => {}
                Err(e) => {
                    tracing::info!("reading the terminal ended: {e}");
                    return;
                }
            }
            match event::read() {
                Ok(event) => {
                    if tx.send(event).is_err() {
                        return;
                    }
                }
                Err(e) => {
                    tracing::info!("reading the terminal ended: {e}");
                    return;
                }
            }
        }
    });
    Input { events: rx, pause }
}

/// Gives the terminal to the person's editor on `file` at `line`, then takes it back; says on
/// the status line what went wrong, if anything.
fn edit_in_editor(
    terminal: &mut DefaultTerminal,
    input: &Input,
    session: &mut Session,
    (file, line): (std::path::PathBuf, usize),
) {
    let editor = super::editor::command();
    let Some(mut command) = super::editor::open_at(&editor, &file, line) else {
        return;
    };
    input.pause();
    let _ = execute!(stdout(), DisableMouseCapture, DisableBracketedPaste);
    ratatui::restore();
    tracing::info!(editor = ?editor, file = %file.display(), line, "handing the terminal to the editor");
    let outcome = command.status();
    *terminal = ratatui::init();
    let _ = execute!(stdout(), EnableMouseCapture, EnableBracketedPaste);
    let _ = terminal.clear();
    // Keys typed while the editor closed belong to nobody.
    while input.events.try_recv().is_ok() {}
    input.resume();
    let name = crate::text::quote(&editor.join(" "));
    let lang = session.app.dash.langs.main;
    match outcome {
        Ok(status) if status.success() => {
            session
                .app
                .say(crate::tr!(lang, "said-back-from", name = &name), false);
            session.file_changed();
        }
        Ok(status) => {
            let status = status.to_string();
            session.app.say(
                crate::tr!(lang, "said-editor-ended", name = &name, status = status),
                true,
            );
            session.file_changed();
        }
        Err(e) => {
            tracing::warn!("the editor did not start: {e}");
            let why = e.to_string();
            session.app.say(
                crate::tr!(lang, "said-editor-missing", name = &name, why = why),
                true,
            );
        }
    }
}
