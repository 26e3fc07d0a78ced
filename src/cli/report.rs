//! `pactboard report` (Markdown or JSON for minutes) and `pactboard snapshot` (one screen as text
//! or an SVG image).

use crate::i18n::Langs;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use super::dashboard::model_file;
use super::since::{self, SinceArg};
use super::{EXIT_USAGE, Format, Screen, SnapshotFormat, load_or_explain, shown};
use crate::app::{Action, App, Keymap, Origin};
use crate::model::{Figures, Model, Since};
use crate::report::{self, Report};
use crate::ui;
use crate::ui::theme::ThemeName;

pub(super) fn report(
    file: Option<PathBuf>,
    format: Format,
    since: Option<SinceArg>,
    (today, langs): (NaiveDate, Langs),
) -> ExitCode {
    let chosen = model_file(file);
    if chosen.news() {
        eprintln!("{}", chosen.note());
    }
    let loaded = match chosen.load(load_or_explain) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let since = match since::resolve(since, chosen.path()) {
        Ok(since) => since,
        Err(code) => return code,
    };
    print_report(&loaded.model, format, since.as_ref(), (today, langs));
    ExitCode::SUCCESS
}

/// The report of `model`: JSON is language-neutral (the names as the file writes them, ISO
/// dates); Markdown is in `langs.main`, with the model's names as that language shows them.
pub(super) fn print_report(
    model: &Model,
    format: Format,
    since: Option<&Since>,
    (today, langs): (NaiveDate, Langs),
) {
    let figures = Figures::compute(model, today);
    match format {
        Format::Json => println!("{}", Report::build(model, &figures, since).to_json()),
        Format::Markdown => {
            let shown = model.in_lang(langs.main);
            let report = Report::build(&shown, &figures, since);
            print!("{}", report::markdown_in(langs.main, &shown, &report));
        }
    }
}

pub(super) fn snapshot(
    file: Option<PathBuf>,
    screen: Screen,
    (since, slides): (Option<SinceArg>, Option<super::Slides>),
    (width, height): (u16, u16),
    today: NaiveDate,
    (theme, format, langs): (ThemeName, SnapshotFormat, Langs),
) -> ExitCode {
    let chosen = model_file(file);
    if chosen.news() {
        eprintln!("{}", chosen.note());
    }
    let loaded = match chosen.load(load_or_explain) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let since = match since::resolve_deck(since, chosen.path()) {
        Ok(since) => since,
        Err(code) => return code,
    };
    let origin = Origin {
        name: shown(&loaded.source.path),
        read_only: chosen.path().is_none(),
    };
    let mut app = App::new(loaded.model, today, origin, Keymap::defaults());
    app.dash.langs = langs;
    app.resize(ui::viewport(width, height, &app.doc.model, app.dash.langs));
    match screen {
        Screen::View(view) => {
            if view == crate::app::View::Changes {
                app.history_read(crate::runtime::read_history(chosen.path()));
            }
            app.update(Action::Go(view));
        }
        Screen::Slide(n) => {
            app.start_deck(since, slides.map(|s| s.0), false);
            if let Some(p) = app.presenter_mut() {
                if n > p.slides.len() {
                    eprintln!(
                        "error: there is no slide {n}: the deck has {} slides",
                        p.slides.len()
                    );
                    return ExitCode::from(EXIT_USAGE);
                }
                p.current = n - 1;
            }
        }
    }
    let buffer = ui::snapshot::render(&app, &super::drawn(theme), width, height);
    match format {
        SnapshotFormat::Text => print!("{}", ui::snapshot::to_text(&buffer)),
        SnapshotFormat::Svg => print!("{}", crate::export::svg::to_svg(&buffer, palette(theme))),
    }
    ExitCode::SUCCESS
}

/// The terminal colours an image of `theme` is drawn on.
pub(super) fn palette(theme: ThemeName) -> crate::export::svg::Palette {
    match theme {
        ThemeName::Light => crate::export::svg::Palette::LIGHT,
        _ => crate::export::svg::Palette::DARK,
    }
}
