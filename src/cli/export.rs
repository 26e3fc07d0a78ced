//! `pactboard export`: the views and slides as files for the people who were not at the
//! terminal. `--format html` writes one self-contained page (the deck, then the report);
//! `--format svg` draws each view and slide from the same ratatui buffer the terminal shows.

use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;

use super::dashboard::model_file;
use super::report::palette;
use super::{EXIT_USAGE, load_or_explain, shown};
use crate::app::deck::Slide;
use crate::app::{Action, App, Keymap, Origin, View};
use crate::model::Figures;
use crate::ui;
use crate::ui::theme::{Theme, ThemeName};

/// Writes an SVG of every view and every slide into the folder `out`.
pub(super) fn svg(
    file: Option<PathBuf>,
    out: Option<PathBuf>,
    since: Option<NaiveDate>,
    (width, height): (u16, u16),
    today: NaiveDate,
    theme: ThemeName,
    force: bool,
) -> ExitCode {
    let chosen = model_file(file);
    let loaded = match chosen.load(load_or_explain) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let out = out.unwrap_or_else(|| {
        let stem = loaded
            .source
            .path
            .file_stem()
            .map_or_else(|| "pactboard".into(), |s| s.to_string_lossy().into_owned());
        PathBuf::from(format!("{stem}-svg"))
    });
    if out.exists() && !force {
        eprintln!(
            "error: {} exists; `--force` writes into it; nothing written",
            shown(&out)
        );
        return ExitCode::from(EXIT_USAGE);
    }
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("error: cannot make {}: {e}", shown(&out));
        return ExitCode::from(EXIT_USAGE);
    }
    let origin = Origin {
        name: shown(&loaded.source.path),
        read_only: true,
    };
    let styles = Theme::named(theme);
    let colours = palette(theme);
    let mut app = App::new(loaded.model, today, origin, Keymap::defaults());
    app.resize(ui::viewport(width, height, &app.model));
    let mut images: Vec<(String, String)> = Vec::new();
    for view in View::ALL {
        app.update(Action::Go(view));
        let buffer = ui::snapshot::render(&app, &styles, width, height);
        images.push((
            format!("{}.svg", view.name()),
            ui::svg::to_svg(&buffer, colours),
        ));
    }
    let slides = slide_screens(&mut app, since, &styles, (width, height));
    let count = slides.len();
    for (n, buffer) in slides.iter().enumerate() {
        images.push((
            format!("slide-{:02}.svg", n + 1),
            ui::svg::to_svg(buffer, colours),
        ));
    }
    for (name, image) in &images {
        let path = out.join(name);
        if let Err(e) = std::fs::write(&path, image) {
            eprintln!("error: cannot write {}: {e}", shown(&path));
            return ExitCode::from(EXIT_USAGE);
        }
    }
    println!(
        "{}: {} views and {count} slides as SVG, {width}x{height}",
        shown(&out),
        View::ALL.len()
    );
    ExitCode::SUCCESS
}

/// Writes the meeting pack as one HTML page to `out` (`-`: standard output).
pub(super) fn html(
    file: Option<PathBuf>,
    out: Option<PathBuf>,
    since: Option<NaiveDate>,
    today: NaiveDate,
    theme: Option<ThemeName>,
    force: bool,
) -> ExitCode {
    let chosen = model_file(file);
    let loaded = match chosen.load(load_or_explain) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let figures = Figures::compute(&loaded.model, today);
    let page = crate::export::html(&loaded.model, &figures, since, theme);
    let out = out.unwrap_or_else(|| {
        let stem = loaded
            .source
            .path
            .file_stem()
            .map_or_else(|| "pactboard".into(), |s| s.to_string_lossy().into_owned());
        PathBuf::from(format!("{stem}.html"))
    });
    if out.as_os_str() == "-" {
        print!("{page}");
        return ExitCode::SUCCESS;
    }
    if out.exists() && !force {
        eprintln!(
            "error: {} exists; `--force` replaces it; nothing written",
            shown(&out)
        );
        return ExitCode::from(EXIT_USAGE);
    }
    if let Err(e) = std::fs::write(&out, &page) {
        eprintln!("error: cannot write {}: {e}", shown(&out));
        return ExitCode::from(EXIT_USAGE);
    }
    println!(
        "{}: the slides and the report, {} kB",
        shown(&out),
        page.len().div_ceil(1024)
    );
    ExitCode::SUCCESS
}

/// Every slide of the deck as the terminal draws it at `width`×`height`.
fn slide_screens(
    app: &mut App,
    since: Option<NaiveDate>,
    styles: &Theme,
    (width, height): (u16, u16),
) -> Vec<ratatui::buffer::Buffer> {
    app.start_presentation(since, false);
    let count = app.presenter().map_or(0, |p| p.slides.len());
    (0..count)
        .map(|n| {
            if let Some(p) = app.presenter_mut() {
                p.current = n;
                // The clock and the keys are for the room, not for a file.
                p.footer = false;
            }
            ui::snapshot::render(app, styles, width, height)
        })
        .collect()
}

/// Writes the deck as a PDF, a page per slide.
pub(super) fn pdf(
    file: Option<PathBuf>,
    out: Option<PathBuf>,
    since: Option<NaiveDate>,
    (width, height): (u16, u16),
    today: NaiveDate,
    theme: ThemeName,
    force: bool,
) -> ExitCode {
    let chosen = model_file(file);
    let loaded = match chosen.load(load_or_explain) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let out = out.unwrap_or_else(|| {
        let stem = loaded
            .source
            .path
            .file_stem()
            .map_or_else(|| "pactboard".into(), |s| s.to_string_lossy().into_owned());
        PathBuf::from(format!("{stem}.pdf"))
    });
    if out.exists() && !force {
        eprintln!(
            "error: {} exists; `--force` replaces it; nothing written",
            shown(&out)
        );
        return ExitCode::from(EXIT_USAGE);
    }
    let origin = Origin {
        name: shown(&loaded.source.path),
        read_only: true,
    };
    let styles = Theme::named(theme);
    let mut app = App::new(loaded.model, today, origin, Keymap::defaults());
    app.resize(ui::viewport(width, height, &app.model));
    let slides = slide_screens(&mut app, since, &styles, (width, height));
    // The titles the slides draw in big block letters, as text on their pages.
    let deck = app
        .presenter()
        .map(|p| p.slides.clone())
        .unwrap_or_default();
    let pages: Vec<ui::pdf::Page<'_>> = slides
        .iter()
        .zip(&deck)
        .map(|(screen, slide)| ui::pdf::Page {
            screen,
            hidden: match slide {
                Slide::Title => Some(app.model.partnership.title.clone()),
                Slide::Pillar(i) => app.model.pillars.get(*i).map(|p| p.title.clone()),
                _ => None,
            },
        })
        .collect();
    let pdf = match ui::pdf::to_pdf(&pages, palette(theme)) {
        Ok(pdf) => pdf,
        Err(e) => {
            eprintln!("error: {e}; nothing written");
            return ExitCode::from(EXIT_USAGE);
        }
    };
    if !pdf.missing.is_empty() {
        let mut by_font: Vec<(&str, String)> = Vec::new();
        for (c, font) in &pdf.missing {
            match by_font.iter_mut().find(|(f, _)| f == font) {
                Some((_, chars)) => chars.push(*c),
                None => by_font.push((font, c.to_string())),
            }
        }
        for (font, chars) in by_font {
            eprintln!(
                "warning: no font here has {}; they are drawn as boxes (installing {font} would draw them)",
                crate::text::sanitize(&chars)
            );
        }
    }
    if let Err(e) = std::fs::write(&out, &pdf.bytes) {
        eprintln!("error: cannot write {}: {e}", shown(&out));
        return ExitCode::from(EXIT_USAGE);
    }
    println!(
        "{}: {} slides, a page each, {} kB",
        shown(&out),
        slides.len(),
        pdf.bytes.len().div_ceil(1024)
    );
    ExitCode::SUCCESS
}
