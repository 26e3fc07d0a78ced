//! A bounded fuzz run in every `cargo test`: mutations of the bundled model (hostile characters,
//! huge runs, cut and repeated lines) through `check`, the report and every view. No input
//! panics, and the diagnostics cost at most a fixed size per distinct problem, whatever the size
//! of the values in them.

use chrono::NaiveDate;
use pactboard::app::{Action, App, Keymap, Origin, View};
use pactboard::model::{Figures, Since};
use pactboard::report::{self, Report};
use pactboard::store::{self, SourceText};
use pactboard::ui::snapshot;
use pactboard::ui::theme::{Theme, ThemeName};
use proptest::prelude::*;

/// The most bytes one rendered diagnostic may take: its header, a window of its line, a caret
/// and a help line, with every quote cut short.
const PER_PROBLEM: usize = 2_000;

#[derive(Debug, Clone)]
enum Mutation {
    Insert(usize, String),
    Repeat(usize, String, usize),
    Cut(usize, usize),
    DuplicateLine(usize),
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("\u{1b}]0;pwn\u{7}\u{1b}[2J".to_string()),
        Just("\"".to_string()),
        Just("[[milestones]]\n".to_string()),
        Just("[".to_string()),
        Just("\n".to_string()),
        Just("= ".to_string()),
        Just("1e400".to_string()),
        Just("2025-02-30".to_string()),
        Just("प्र👨\u{200d}👩\u{200d}👧🇮🇳".to_string()),
        Just("\u{202e}".to_string()),
        "[a-z0-9 =\"\\[\\]\n.-]{1,12}",
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), piece()).prop_map(|(at, s)| Mutation::Insert(at, s)),
        (any::<usize>(), piece(), 1usize..20_000).prop_map(|(at, s, n)| Mutation::Repeat(at, s, n)),
        (any::<usize>(), 1usize..400).prop_map(|(at, n)| Mutation::Cut(at, n)),
        any::<usize>().prop_map(Mutation::DuplicateLine),
    ]
}

fn apply(text: &mut String, m: &Mutation) {
    let floor = |text: &String, at: usize| {
        let mut at = at % (text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    match m {
        Mutation::Insert(at, s) => {
            let at = floor(text, *at);
            text.insert_str(at, s);
        }
        Mutation::Repeat(at, s, n) => {
            let at = floor(text, *at);
            text.insert_str(at, &s.repeat(*n));
        }
        Mutation::Cut(at, n) => {
            let at = floor(text, *at);
            let end = floor(text, at + n).max(at);
            text.replace_range(at..end, "");
        }
        Mutation::DuplicateLine(at) => {
            let at = floor(text, *at);
            let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
            let line = text[start..end].to_string();
            text.insert_str(end, &line);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        // `PACTBOARD_FUZZ_CASES=5000 cargo test --release --test all fuzz::` for a longer run.
        cases: std::env::var("PACTBOARD_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(96),
        // A failure is printed with its input; nothing is written into the repository.
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn mutated_models_never_panic_and_diagnostics_stay_small(mutations in prop::collection::vec(mutation(), 1..6)) {
        let mut text = pactboard::bundled::INDIA_JAPAN.to_string();
        for m in &mutations {
            apply(&mut text, m);
        }
        let source = SourceText::new("fuzz.toml", text.clone());
        let checked = store::check(&source);
        let rendered = store::Report::new("fuzz.toml", &text, false);
        let mut size = 0;
        for d in &checked.diagnostics {
            let out = rendered.render(d);
            prop_assert!(out.len() <= PER_PROBLEM, "{} bytes for one problem:\n{}", out.len(), &out[..out.len().min(500)]);
            prop_assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
            size += out.len();
        }
        prop_assert!(size <= PER_PROBLEM * checked.diagnostics.len());
        if let Some(model) = checked.model {
            let today = NaiveDate::from_ymd_opt(2026, 11, 25).unwrap();
            let figures = Figures::compute(&model, today);
            let since = NaiveDate::from_ymd_opt(2025, 1, 1).map(Since::Date);
            let report = Report::build(&model, &figures, since.as_ref());
            let _ = report::markdown(&model, &report);
            let _ = report.to_json();
            let origin = Origin { name: "fuzz.toml".into(), read_only: false };
            let mut app = App::new(model, today, origin, Keymap::defaults());
            let theme = Theme::named(ThemeName::Dark);
            for view in View::ALL {
                app.update(Action::Go(view));
                snapshot::render(&app, &theme, 80, 24);
            }
            app.start_presentation(None, false);
            let slides = app.presenter().map_or(0, |p| p.slides.len());
            for n in 0..slides {
                if let Some(p) = app.presenter_mut() {
                    p.current = n;
                }
                snapshot::render(&app, &theme, 60, 20);
            }
        }
    }
}
