//! Criterion benchmarks at 50, 10k and 100k milestones (docs/performance.md). Every group of
//! load and save work also measures the floor, a bare `toml::from_str` of the same text into the
//! model's shape, so the ratio can be read next to the time.

use std::hint::black_box;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use pactboard::app::{Action, App, Key, Keymap, Origin, View};
use pactboard::model::edit::Edit;
use pactboard::model::{EntryKind, Figures, Status, TargetEntry};
use pactboard::store::author::Authored;
#[path = "../tests/support/sample.rs"]
#[allow(dead_code)]
mod sample;
use pactboard::store::{self, Document, SourceText};
use pactboard::ui::Dashboard;
use pactboard::ui::theme::{Theme, ThemeName};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::KeyCode;

const SIZES: [usize; 3] = [50, 10_000, 100_000];

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn config<'c>(
    c: &'c mut Criterion,
    name: &str,
    size: usize,
) -> criterion::BenchmarkGroup<'c, criterion::measurement::WallTime> {
    let mut group = c.benchmark_group(name);
    if size >= 100_000 {
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(12));
    } else if size >= 10_000 {
        group.sample_size(20);
    }
    group
}

fn app_of(text: &str) -> App {
    let loaded = store::load_source(SourceText::new("bench.toml", text)).unwrap();
    let origin = Origin {
        name: "bench.toml".into(),
        read_only: false,
    };
    let mut app = App::new(loaded.model, today(), origin, Keymap::defaults());
    app.resize(pactboard::ui::viewport(200, 60, &app.model));
    app
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App, theme: &Theme) {
    terminal
        .draw(|frame| frame.render_widget(&Dashboard { app, theme }, frame.area()))
        .unwrap();
}

fn load(c: &mut Criterion) {
    for size in SIZES {
        let text = sample::generate(size);
        let mut group = config(c, "load", size);
        group.bench_function(BenchmarkId::new("floor", size), |b| {
            b.iter(|| black_box(sample::floor::parse(&text).unwrap()));
        });
        group.bench_function(BenchmarkId::new("check", size), |b| {
            b.iter(|| black_box(store::check(&SourceText::new("bench.toml", text.as_str()))));
        });
        group.finish();
    }
}

fn figures(c: &mut Criterion) {
    for size in SIZES {
        let app = app_of(&sample::generate(size));
        let mut group = config(c, "figures", size);
        group.bench_function(BenchmarkId::from_parameter(size), |b| {
            b.iter(|| black_box(Figures::compute(&app.model, today())));
        });
        group.finish();
    }
}

fn render(c: &mut Criterion) {
    let theme = Theme::named(ThemeName::Dark);
    for size in SIZES {
        let app = app_of(&sample::generate(size));
        let mut group = config(c, "render_200x60", size);
        for view in View::ALL {
            let mut app = app.clone();
            app.update(Action::Go(view));
            let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
            group.bench_function(BenchmarkId::new(view.name(), size), |b| {
                b.iter(|| draw(&mut terminal, &app, &theme));
            });
        }
        group.finish();
    }
}

/// Hostile sizes: a slide and every view of a model whose titles are 10 MB each. Drawing
/// should cost what it costs with short titles (compare with `render_200x60/*/50`).
fn huge_titles(c: &mut Criterion) {
    let theme = Theme::named(ThemeName::Dark);
    let huge = "T".repeat(10_000_000);
    let text = format!(
        "schema = 1\n[partnership]\ntitle = \"{huge}\"\nparties = [\"A\", \"B\"]\n\
         [[pillars]]\nid = \"p\"\ntitle = \"{huge}\"\n\
         [[milestones]]\nid = \"m\"\ntitle = \"{huge}\"\npillar = \"p\"\nstatus = \"planned\"\n"
    );
    let app = app_of(&text);
    let mut group = c.benchmark_group("huge_titles_200x60");
    group.sample_size(20);
    for view in View::ALL {
        let mut app = app.clone();
        app.update(Action::Go(view));
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
        group.bench_function(view.name(), |b| {
            b.iter(|| draw(&mut terminal, &app, &theme));
        });
    }
    for slide in [0, 3] {
        let mut app = app.clone();
        app.start_presentation(None, false);
        if let Some(p) = app.presenter_mut() {
            p.current = slide;
        }
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
        group.bench_function(format!("slide_{}", slide + 1), |b| {
            b.iter(|| draw(&mut terminal, &app, &theme));
        });
    }
    group.finish();
}

fn keypress(c: &mut Criterion) {
    let theme = Theme::named(ThemeName::Dark);
    for size in SIZES {
        let mut app = app_of(&sample::generate(size));
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
        let mut group = config(c, "keypress", size);
        // Moving the selection in each view: ↓ then ↑, so every frame differs from the last.
        for view in View::ALL {
            app.update(Action::Go(view));
            let mut down = true;
            let name = format!("{}_down_up", view.name());
            group.bench_function(BenchmarkId::new(name, size), |b| {
                b.iter(|| {
                    let code = if down { KeyCode::Down } else { KeyCode::Up };
                    down = !down;
                    app.handle_key(Key::plain(code));
                    draw(&mut terminal, &app, &theme);
                });
            });
        }
        app.update(Action::Go(View::Milestones));
        app.handle_key(Key::plain(KeyCode::Char('/')));
        app.handle_key(Key::plain(KeyCode::Char('4')));
        let mut typed = false;
        group.bench_function(BenchmarkId::new("search_type_or_erase", size), |b| {
            b.iter(|| {
                let code = if typed {
                    KeyCode::Backspace
                } else {
                    KeyCode::Char('2')
                };
                typed = !typed;
                app.handle_key(Key::plain(code));
                draw(&mut terminal, &app, &theme);
            });
        });
        group.finish();
    }
}

fn save(c: &mut Criterion) {
    for size in SIZES {
        let text = sample::generate(size);
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bench.toml");
        let mut group = config(c, "save_one_field", size);
        group.bench_function(BenchmarkId::new("floor", size), |b| {
            b.iter(|| black_box(sample::floor::parse(&text).unwrap()));
        });
        // What `pactboard set` does: read, check, splice one status change, verify, write.
        let mut flip = false;
        group.bench_function(BenchmarkId::new("set", size), |b| {
            b.iter(|| {
                std::fs::write(&path, &text).unwrap();
                let loaded = store::load(&path).unwrap();
                let mut model = loaded.model.clone();
                flip = !flip;
                let to = if flip {
                    Status::Blocked
                } else {
                    Status::AtRisk
                };
                let at = chrono::DateTime::parse_from_rfc3339("2026-11-25T10:00:00+05:30").unwrap();
                let index = 7;
                if let Ok(applied) = model.apply(index, Edit::Status { to, note: None, at }) {
                    Document::new(&loaded)
                        .save(&model, &[(index, &applied.before)])
                        .unwrap();
                }
            });
        });
        // What `pactboard add milestone` does: read, check, add, write it after the last one,
        // read it back, write.
        group.bench_function(BenchmarkId::new("add_milestone", size), |b| {
            b.iter(|| {
                std::fs::write(&path, &text).unwrap();
                let (mut model, mut document) = Document::split(store::load(&path).unwrap());
                let mut m = model.milestones[0].clone();
                m.id = "added-by-the-bench".into();
                m.history.clear();
                let index = model.add_milestone(m).unwrap();
                let lock = store::lock(&path).unwrap();
                document
                    .save_authored_holding(&lock, &model, Authored::Milestone { index })
                    .unwrap();
            });
        });
        // What `pactboard add entry` does.
        group.bench_function(BenchmarkId::new("add_entry", size), |b| {
            b.iter(|| {
                std::fs::write(&path, &text).unwrap();
                let (mut model, mut document) = Document::split(store::load(&path).unwrap());
                let entry = TargetEntry {
                    date: today(),
                    amount: 500_000_000_000.0,
                    kind: EntryKind::Committed,
                    note: None,
                    source: None,
                };
                model.add_entry(0, entry).unwrap();
                let index = model.targets[0].entries.len() - 1;
                let lock = store::lock(&path).unwrap();
                document
                    .save_authored_holding(&lock, &model, Authored::Entry { target: 0, index })
                    .unwrap();
            });
        });
        group.finish();
    }
}

criterion_group!(benches, load, figures, render, huge_titles, keypress, save);
criterion_main!(benches);
