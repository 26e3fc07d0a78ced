//! Profiling aid: draws a view of a generated model 200 times (`valgrind --tool=callgrind`).
use pactboard::app::{Action, App, Keymap, Origin, View};
use pactboard::ui::{
    Dashboard,
    theme::{Theme, ThemeName},
};
use ratatui::{Terminal, backend::TestBackend};
fn main() {
    let view = std::env::args()
        .nth(1)
        .and_then(|v| View::parse(&v))
        .unwrap_or(View::Overview);
    let text = pactboard::sample::generate(10_000);
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
    app.update(Action::Resize(200, 60));
    app.update(Action::Go(view));
    let theme = Theme::named(ThemeName::Dark);
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    let t = std::time::Instant::now();
    for i in 0..200 {
        app.update(if i % 2 == 0 { Action::Down } else { Action::Up });
        terminal
            .draw(|f| {
                f.render_widget(
                    &Dashboard {
                        app: &app,
                        theme: &theme,
                    },
                    f.area(),
                )
            })
            .unwrap();
    }
    println!("{:?} per frame", t.elapsed() / 200);
}
