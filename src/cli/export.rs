//! `pactboard export`: the views and slides as files for the people who were not at the
//! terminal. `--format html` writes one self-contained page (the deck, then the report);
//! `--format svg` draws each view and slide from the same ratatui buffer the terminal shows;
//! `--format pdf` the slides, a page each.

use crate::i18n::Langs;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use ratatui::buffer::Buffer;

use super::dashboard::model_file;
use super::report::palette;
use super::since::{self, SinceArg};
use super::{EXIT_USAGE, ExportFormat, load_or_explain, shown};
use crate::app::{Action, App, Keymap, Origin, View};
use crate::model::{Figures, Model, Since};
use crate::store::atomic;
use crate::ui;
use crate::ui::theme::{Theme, ThemeName};

/// What `export` is asked for.
pub(super) struct Export {
    pub file: Option<PathBuf>,
    pub format: ExportFormat,
    pub out: Option<PathBuf>,
    pub since: Option<SinceArg>,
    pub slides: Option<super::args::Slides>,
    pub size: (u16, u16),
    pub today: NaiveDate,
    /// The theme asked for (the page follows the reader's light or dark preference without one).
    pub asked: Option<ThemeName>,
    /// The languages of the slides and the handout.
    pub langs: Langs,
    /// The theme of the screens drawn (`asked`, or the default).
    pub theme: ThemeName,
    pub force: bool,
    /// `--font`: fonts tried before the system's in the PDF.
    pub fonts: Vec<PathBuf>,
}

/// Loads the file, decides where to write (never over something that is there unless
/// `--force`), and writes the format asked for.
pub(super) fn export(e: Export) -> ExitCode {
    let chosen = model_file(e.file.clone());
    let loaded = match chosen.load(load_or_explain) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let since = match since::resolve_deck(e.since.clone(), chosen.path()) {
        Ok(since) => since,
        Err(code) => return code,
    };
    let out = e.out.clone().unwrap_or_else(|| {
        let stem = loaded
            .source
            .path
            .file_stem()
            .map_or_else(|| "pactboard".into(), |s| s.to_string_lossy().into_owned());
        PathBuf::from(match e.format {
            ExportFormat::Html => format!("{stem}.html"),
            ExportFormat::Pdf => format!("{stem}.pdf"),
            ExportFormat::Svg => format!("{stem}-svg"),
        })
    });
    let to_stdout = e.format == ExportFormat::Html && out.as_os_str() == "-";
    // Asked before the work: a path that exists, or is a link, is refused unless --force.
    if !to_stdout && std::fs::symlink_metadata(&out).is_ok() && !e.force {
        let why = if std::fs::symlink_metadata(&out).is_ok_and(|m| m.file_type().is_symlink()) {
            atomic::ExportError::Link
        } else {
            atomic::ExportError::Exists
        };
        eprintln!("error: {}: {why}; nothing written", shown(&out));
        return ExitCode::from(EXIT_USAGE);
    }
    let name = shown(&loaded.source.path);
    let written = match e.format {
        ExportFormat::Html => {
            let figures = Figures::compute(&loaded.model, e.today);
            // The names as the page's language shows them.
            let model = loaded.model.in_lang(e.langs.main);
            let page = crate::export::html(
                &model,
                &figures,
                (since.as_ref(), e.slides.as_ref().map(|s| s.0.as_slice())),
                e.asked,
                e.langs,
            );
            if to_stdout {
                print!("{page}");
                return ExitCode::SUCCESS;
            }
            write(&out, page.as_bytes(), e.force).map(|()| {
                format!(
                    "the slides and the report, {} kB",
                    page.len().div_ceil(1024)
                )
            })
        }
        ExportFormat::Svg => {
            let mut app = screens(&e, loaded.model, name);
            app.history_read(crate::runtime::read_history(chosen.path()));
            svg(&e, app, since, &out)
        }
        ExportFormat::Pdf => handout(&e, &loaded.model, since.as_ref(), &out),
    };
    match written {
        Ok(what) => {
            println!("{}: {what}", shown(&out));
            ExitCode::SUCCESS
        }
        Err(why) => {
            eprintln!("error: {why}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// An export written whole or not at all, never through a link ([`atomic::write_export`]).
fn write(path: &std::path::Path, bytes: &[u8], replace: bool) -> Result<(), String> {
    atomic::write_export(path, bytes, replace)
        .map_err(|e| format!("cannot write {}: {e}; nothing written", shown(path)))
}

/// The dashboard of `model` on a screen of the export's size, as the terminal would have it.
fn screens(e: &Export, model: Model, name: String) -> App {
    let origin = Origin {
        name,
        read_only: true,
    };
    let mut app = App::new(model, e.today, origin, Keymap::defaults());
    app.dash.langs = e.langs;
    app.resize(ui::viewport(
        e.size.0,
        e.size.1,
        &app.doc.model,
        app.dash.langs,
    ));
    app
}

/// Every slide of the deck as the terminal draws it (without the footer: the clock and the
/// keys are for the room, not for a file), with its "since" slide when asked for.
fn slide_screens(app: &mut App, e: &Export, styles: &Theme, since: Option<Since>) -> Vec<Buffer> {
    app.start_deck(since, e.slides.clone().map(|s| s.0), false);
    let count = app.presenter().map_or(0, |p| p.slides.len());
    (0..count)
        .map(|n| {
            if let Some(p) = app.presenter_mut() {
                p.current = n;
                p.footer = false;
            }
            ui::snapshot::render(app, styles, e.size.0, e.size.1)
        })
        .collect()
}

/// An SVG of every view and every slide into the folder `out`.
fn svg(
    e: &Export,
    mut app: App,
    since: Option<Since>,
    out: &std::path::Path,
) -> Result<String, String> {
    let styles = Theme::named(e.theme);
    let colours = palette(e.theme);
    let mut images: Vec<(String, String)> = Vec::new();
    for view in View::ALL {
        app.update(Action::Go(view));
        let buffer = ui::snapshot::render(&app, &styles, e.size.0, e.size.1);
        images.push((
            format!("{}.svg", view.name()),
            crate::export::svg::to_svg(&buffer, colours),
        ));
    }
    let slides = slide_screens(&mut app, e, &styles, since);
    for (n, buffer) in slides.iter().enumerate() {
        images.push((
            format!("slide-{:02}.svg", n + 1),
            crate::export::svg::to_svg(buffer, colours),
        ));
    }
    let files: Vec<(String, Vec<u8>)> = images
        .into_iter()
        .map(|(name, image)| (name, image.into_bytes()))
        .collect();
    atomic::write_export_folder(out, &files, e.force)
        .map_err(|err| format!("cannot write {}: {err}; nothing written", shown(out)))?;
    Ok(format!(
        "{} views and {} slides as SVG, {}x{}",
        View::ALL.len(),
        slides.len(),
        e.size.0,
        e.size.1
    ))
}

/// The deck as a handout PDF at `out`: a 16:9 page per slide, laid out as a document
/// (`export::handout`), light unless `--theme` asks otherwise.
fn handout(
    e: &Export,
    model: &Model,
    since: Option<&Since>,
    out: &std::path::Path,
) -> Result<String, String> {
    use crate::export::handout::{self, Look, Source};
    let figures = Figures::compute(model, e.today);
    // The names as the handout's language shows them.
    let model = &model.in_lang(e.langs.main);
    let deck = crate::model::deck::build(
        e.langs,
        model,
        &figures,
        since,
        e.slides.as_ref().map(|s| s.0.as_slice()),
        handout::ROOM,
    );
    let look = match e.asked {
        // A user's theme colours the terminal's drawings; the handout keeps its printed look.
        None | Some(ThemeName::Light | ThemeName::User(_)) => Look::Light,
        Some(ThemeName::Dark) => Look::Dark,
        Some(ThemeName::HighContrast) => Look::HighContrast,
        Some(ThemeName::Mono) => Look::Mono,
    };
    let fonts: Vec<&std::path::Path> = e.fonts.iter().map(PathBuf::as_path).collect();
    let made = handout::handout(
        &Source {
            model,
            figures: &figures,
            deck: &deck,
            since,
            langs: e.langs,
        },
        look,
        &fonts,
    )
    .map_err(|why| format!("{}; nothing written", crate::text::sanitize(&why)))?;
    for warning in &made.warnings {
        eprintln!("warning: {warning}");
    }
    write(out, &made.bytes, e.force)?;
    Ok(format!(
        "{} slides as a handout PDF, {} kB",
        deck.slides.len(),
        made.bytes.len().div_ceil(1024)
    ))
}
