//! Profiling aid: draws a view of a generated model 200 times, moving the selection between
//! frames; with `search`, typing and erasing a character of a search in the milestones; with
//! `present`, going from the first slide to the second and back. A second argument sets the
//! number of milestones (10,000 by default). (`valgrind --tool=callgrind ./target/release/examples/prof_render search`).

#[path = "../tests/support/sample.rs"]
#[allow(dead_code)]
mod sample;
use pactboard::app::{Action, App, Key, Keymap, Origin, View};
use pactboard::ui::{
    Screen,
    theme::{Theme, ThemeName},
};
use ratatui::crossterm::event::KeyCode;
use ratatui::{Terminal, backend::TestBackend};
use std::time::{Duration, Instant};
fn main() {
    let arg = std::env::args().nth(1).unwrap_or_default();
    let search = arg == "search";
    let present = arg == "present";
    let view = if search {
        View::Milestones
    } else {
        View::parse(&arg).unwrap_or(View::Overview)
    };
    let size = std::env::args()
        .nth(2)
        .and_then(|n| n.parse().ok())
        .unwrap_or(10_000);
    let text = sample::generate(size);
    let loaded =
        pactboard::store::load_source(pactboard::store::SourceText::new("b", text)).unwrap();
    let mut app = App::new(
        loaded.model,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 25).unwrap(),
        Origin {
            name: "b".into(),
            read_only: false,
        },
        Keymap::defaults(),
    );
    app.resize(pactboard::ui::viewport(
        200,
        60,
        &app.doc.model,
        app.dash.langs,
    ));
    app.update(Action::Go(view));
    if present {
        app.update(Action::Present);
    }
    if search {
        app.handle_key(Key::plain(KeyCode::Char('/')));
        app.handle_key(Key::plain(KeyCode::Char('4')));
    }
    let theme = Theme::named(ThemeName::Dark);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let (mut updating, mut drawing) = (Duration::ZERO, Duration::ZERO);
    for i in 0..200 {
        let t = Instant::now();
        if search {
            let code = if i % 2 == 0 {
                KeyCode::Char('2')
            } else {
                KeyCode::Backspace
            };
            app.handle_key(Key::plain(code));
        } else if present {
            let code = if i % 2 == 0 {
                KeyCode::Right
            } else {
                KeyCode::Left
            };
            app.handle_key(Key::plain(code));
        } else {
            app.update(if i % 2 == 0 { Action::Down } else { Action::Up });
        }
        updating += t.elapsed();
        let t = Instant::now();
        terminal
            .draw(|f| {
                f.render_widget(
                    &Screen {
                        app: &app,
                        theme: &theme,
                    },
                    f.area(),
                );
            })
            .unwrap();
        drawing += t.elapsed();
    }
    println!(
        "per frame: {:?} updating, {:?} drawing",
        updating / 200,
        drawing / 200
    );
}
