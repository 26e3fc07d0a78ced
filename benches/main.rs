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
use pactboard::ui::Screen;
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
    app.resize(pactboard::ui::viewport(
        200,
        60,
        &app.doc.model,
        app.dash.langs,
    ));
    app
}

fn draw(terminal: &mut Terminal<TestBackend>, app: &App, theme: &Theme) {
    terminal
        .draw(|frame| frame.render_widget(&Screen { app, theme }, frame.area()))
        .unwrap();
}

/// The sizes `load` measures: with `PACTBOARD_BENCH_1M=1` also 1M milestones (#26: some 240 MB
/// of text generated in memory and several GB of peak; left out unless asked).
fn load_sizes() -> Vec<usize> {
    let mut sizes = SIZES.to_vec();
    if std::env::var_os("PACTBOARD_BENCH_1M").is_some() {
        sizes.push(1_000_000);
    }
    sizes
}

fn load(c: &mut Criterion) {
    for size in load_sizes() {
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
            b.iter(|| black_box(Figures::compute(&app.doc.model, today())));
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

/// Moving the selection in `view`: ↓ then ↑, so every frame differs from the last.
fn down_up(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    (app, terminal, theme): (&mut App, &mut Terminal<TestBackend>, &Theme),
    view: View,
    name: String,
    size: usize,
) {
    app.update(Action::Go(view));
    let mut down = true;
    group.bench_function(BenchmarkId::new(name, size), |b| {
        b.iter(|| {
            let code = if down { KeyCode::Down } else { KeyCode::Up };
            down = !down;
            app.handle_key(Key::plain(code));
            draw(terminal, app, theme);
        });
    });
}

fn keypress(c: &mut Criterion) {
    let theme = Theme::named(ThemeName::Dark);
    for size in SIZES {
        let mut app = app_of(&sample::generate(size));
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
        let mut group = config(c, "keypress", size);
        // Moving the selection in each view: ↓ then ↑, so every frame differs from the last.
        for view in View::ALL {
            let name = format!("{}_down_up", view.name());
            down_up(
                &mut group,
                (&mut app, &mut terminal, &theme),
                view,
                name,
                size,
            );
        }
        // The same moves in Japanese, with the catalog in use: compare with the English above
        // (docs/performance.md, "Languages").
        {
            let mut app = app.clone();
            app.dash.langs = pactboard::i18n::Langs::one(pactboard::i18n::Lang::Ja);
            for view in [View::Overview, View::Milestones] {
                let name = format!("ja_{}_down_up", view.name());
                down_up(
                    &mut group,
                    (&mut app, &mut terminal, &theme),
                    view,
                    name,
                    size,
                );
            }
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

/// The versions of `text` after each of `commits` status changes, made as `set` makes them
/// (a history entry each, spliced into the text).
fn versions(text: &str, commits: usize) -> Vec<String> {
    let loaded = store::load_source(SourceText::new("model.toml", text)).unwrap();
    let (mut model, mut document) = Document::split(loaded);
    let at = chrono::DateTime::parse_from_rfc3339("2026-11-25T10:00:00+05:30").unwrap();
    (0..commits)
        .map(|n| {
            let index = n % model.milestones.len();
            let to = if model.milestones[index].status == Status::Blocked {
                Status::AtRisk
            } else {
                Status::Blocked
            };
            let at = at + chrono::Duration::minutes(n as i64);
            let applied = model
                .apply(index, Edit::Status { to, note: None, at })
                .unwrap();
            let (text, spans) = document
                .updated(&model, &[(index, &applied.before)])
                .unwrap();
            document.text = text;
            document.spans = spans;
            document.text.clone()
        })
        .collect()
}

/// A repository in `dir` whose `model.toml` has `first` then each of `versions` committed, one
/// commit each by one of three authors, made in one `git fast-import` (a packed repository).
fn repository(dir: &std::path::Path, first: &str, versions: &[String]) {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let git = |args: &[&str]| {
        Command::new("git")
            .current_dir(dir)
            .args(args)
            .output()
            .unwrap()
    };
    assert!(git(&["init", "-q", "-b", "main"]).status.success());
    let mut stream = Vec::new();
    for (n, text) in std::iter::once(first)
        .chain(versions.iter().map(String::as_str))
        .enumerate()
    {
        let who = ["Asha", "Kenji", "Priya"][n % 3];
        let message = format!("Commit {n}");
        let _ = write!(stream, "blob\nmark :{}\ndata {}\n", n + 1, text.len());
        stream.extend_from_slice(text.as_bytes());
        let _ = write!(
            stream,
            "\ncommit refs/heads/main\nmark :{}\nauthor {who} <{who}@example.org> {} +0900\ncommitter {who} <{who}@example.org> {} +0900\ndata {}\n{message}\n",
            1_000_000 + n,
            1_760_000_000 + n * 60,
            1_760_000_000 + n * 60,
            message.len()
        );
        if n > 0 {
            let _ = writeln!(stream, "from :{}", 1_000_000 + n - 1);
        }
        let _ = write!(stream, "M 100644 :{} model.toml\n\n", n + 1);
    }
    let mut child = Command::new("git")
        .current_dir(dir)
        .args(["fast-import", "--quiet"])
        .stdin(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(&stream).unwrap();
    assert!(child.wait().unwrap().success());
    std::fs::write(
        dir.join("model.toml"),
        versions.last().map_or(first, String::as_str),
    )
    .unwrap();
}

/// `pactboard log` over 1,000 and 3,000 commits of the bundled model and 100 of a 10k-milestone
/// one: cold (no cache: every version read) and warm (the cache of an earlier log, #26), the
/// Changes view's first rows, and as floor `git rev-list` listing the commits that touch the
/// file (what any log has to walk), in the same run.
fn history(c: &mut Criterion) {
    if std::process::Command::new("git")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("git is not installed: the history benchmarks are skipped");
        return;
    }
    let cases = [
        (
            "bundled",
            pactboard::bundled::INDIA_JAPAN.to_string(),
            1_000,
        ),
        ("10k", sample::generate(10_000), 100),
        (
            "bundled",
            pactboard::bundled::INDIA_JAPAN.to_string(),
            3_000,
        ),
    ];
    let mut group = c.benchmark_group("log");
    group.sample_size(10);
    for (name, text, commits) in cases {
        let dir = tempfile::tempdir().unwrap();
        repository(dir.path(), &text, &versions(&text, commits));
        let file = dir.path().join("model.toml");
        let cache = dir.path().join(".git/pactboard");
        let range = pactboard::history::Range::default();
        group.bench_function(BenchmarkId::new(format!("{name}_cold"), commits), |b| {
            b.iter_batched(
                || {
                    let _ = std::fs::remove_dir_all(&cache);
                },
                |()| black_box(pactboard::history::log(&file, &range).unwrap().len()),
                criterion::BatchSize::PerIteration,
            );
        });
        pactboard::history::log(&file, &range).unwrap();
        group.bench_function(BenchmarkId::new(format!("{name}_warm"), commits), |b| {
            b.iter(|| black_box(pactboard::history::log(&file, &range).unwrap().len()));
        });
        // What the Changes view shows first (#26): the newest commits, before the rest.
        let first = pactboard::runtime::NEWEST_FIRST;
        group.bench_function(
            BenchmarkId::new(format!("{name}_first_rows"), commits),
            |b| {
                b.iter(|| {
                    black_box(
                        pactboard::history::log_newest(&file, &range, first)
                            .unwrap()
                            .len(),
                    )
                });
            },
        );
        group.bench_function(BenchmarkId::new(format!("{name}_floor"), commits), |b| {
            b.iter(|| {
                let out = std::process::Command::new("git")
                    .current_dir(dir.path())
                    .args(["rev-list", "--count", "HEAD", "--", "model.toml"])
                    .output()
                    .unwrap();
                black_box(out.stdout.len())
            });
        });
    }
    group.finish();
}

/// The deck (#27): a slide change at 200x60 (the presenter's → or ←, then the frame), the deck
/// built with a "since" of 1,000 changes (listed, grouped and cut into pages), and the bundled
/// deck exported to PDF by the binary, beside the binary doing nothing (`--version`) as floor.
fn deck(c: &mut Criterion) {
    use pactboard::model::Since;
    use pactboard::model::deck::{self, Room};
    let theme = Theme::named(ThemeName::Dark);
    for size in SIZES {
        let mut app = app_of(&sample::generate(size));
        app.start_presentation(None, false);
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
        let mut group = config(c, "deck", size);
        let mut forward = true;
        group.bench_function(BenchmarkId::new("slide_change", size), |b| {
            b.iter(|| {
                let code = if forward {
                    KeyCode::Right
                } else {
                    KeyCode::Left
                };
                forward = !forward;
                app.handle_key(Key::plain(code));
                draw(&mut terminal, &app, &theme);
            });
        });
        group.finish();
    }
    // 1,000 changes: statuses changed by hand, re-dated and retitled milestones.
    let app = app_of(&sample::generate(10_000));
    let then = app.doc.model.clone();
    let mut now = then.clone();
    for (n, m) in now.milestones.iter_mut().take(1_000).enumerate() {
        match n % 3 {
            0 => {
                m.status = if m.status == Status::Blocked {
                    Status::Done
                } else {
                    Status::Blocked
                }
            }
            1 => m.due = Some(today() + chrono::Duration::days(n as i64)),
            _ => m.title.push_str(" (revised)"),
        }
    }
    let figures = Figures::compute(&now, today());
    let since = Since::Version {
        revision: "meeting".into(),
        commit: "abc1234".into(),
        date: today(),
        model: Box::new(then),
    };
    assert!(since.changes(&now).len() >= 1_000);
    let mut group = c.benchmark_group("deck_since_1000");
    // The floor: the changes themselves, the two versions compared as models.
    group.bench_function("changes", |b| {
        b.iter(|| black_box(since.changes(&now).len()));
    });
    let room = Room {
        width: 196,
        rows: 51,
    };
    // The "since" slides alone (listed, grouped, cut into pages), then the whole default deck
    // (with what needs a decision and what is coming up on 10k milestones).
    let since_only = [deck::Part::Since];
    group.bench_function("since_slides", |b| {
        b.iter(|| {
            black_box(deck::build(
                pactboard::i18n::Langs::one(pactboard::i18n::Lang::En),
                &now,
                &figures,
                Some(&since),
                Some(&since_only),
                room,
            ))
        });
    });
    group.bench_function("whole_deck", |b| {
        b.iter(|| {
            black_box(deck::build(
                pactboard::i18n::Langs::one(pactboard::i18n::Lang::En),
                &now,
                &figures,
                Some(&since),
                None,
                room,
            ))
        });
    });
    group.finish();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("deck.pdf");
    let bin = env!("CARGO_BIN_EXE_pactboard");
    let bundled = concat!(env!("CARGO_MANIFEST_DIR"), "/assets/india-japan.toml");
    let mut group = c.benchmark_group("deck_export_pdf");
    group.sample_size(10);
    group.bench_function("floor", |b| {
        b.iter(|| {
            let status = std::process::Command::new(bin)
                .arg("--version")
                .output()
                .unwrap();
            assert!(status.status.success());
        });
    });
    group.bench_function("bundled", |b| {
        b.iter(|| {
            let status = std::process::Command::new(bin)
                .args(["export", bundled, "--format", "pdf", "--force", "--out"])
                .arg(&out)
                .env("PACTBOARD_TODAY", "2026-11-25")
                .output()
                .unwrap();
            assert!(status.status.success(), "{status:?}");
        });
    });
    group.finish();
}

/// The merge driver's model merge (#26) at 10k and 100k milestones: the three versions parsed,
/// merged and written onto ours (each side a status change of its own), beside `check` of the
/// same file, its floor, in the same run.
fn merge_driver(c: &mut Criterion) {
    for size in [10_000, 100_000] {
        let base = sample::generate(size);
        let side = |id: &str, to: &str| {
            let mut loaded = store::load_source(SourceText::new("m.toml", base.as_str())).unwrap();
            let i = loaded.model.milestone_index(id).unwrap();
            let before = loaded.model.milestones[i].clone();
            loaded.model.milestones[i].status = pactboard::model::Status::parse(to).unwrap();
            let document = store::Document::new(&loaded);
            document.updated(&loaded.model, &[(i, &before)]).unwrap().0
        };
        let ours = side("m-10", "blocked");
        let theirs = side(&format!("m-{}", size - 10), "done");
        let mut group = config(c, "merge_driver", size);
        group.bench_function(BenchmarkId::new("check_floor", size), |b| {
            b.iter(|| black_box(store::check(&SourceText::new("m.toml", ours.as_str()))));
        });
        group.bench_function(BenchmarkId::new("merge", size), |b| {
            b.iter(|| {
                let prepared = pactboard::git_merge::prepare(
                    std::path::Path::new("m.toml"),
                    Some(&base),
                    &ours,
                    &theirs,
                    chrono::DateTime::parse_from_rfc3339("2026-11-25T12:00:00+09:00").unwrap(),
                )
                .unwrap();
                black_box(
                    prepared
                        .with_markers(|| Some(theirs.clone()))
                        .unwrap()
                        .len(),
                )
            });
        });
        group.finish();
    }
}

criterion_group!(
    benches,
    merge_driver,
    load,
    figures,
    render,
    huge_titles,
    keypress,
    save,
    history,
    deck
);
criterion_main!(benches);
