//! `pactboard [FILE]` and `pactboard present [FILE]`: which file (named, the working copy, or the
//! bundled model read-only), the keymap, and the terminal session.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;

use super::{EXIT_DATA, EXIT_USAGE, Start, explain, fail, shown};
use crate::app::keymap::KeymapError;
use crate::app::{App, Keymap, Origin};
use crate::places::{self, WorkingCopy};
use crate::store::{self, Document, SourceText};
use crate::text;
use crate::ui::theme::{Theme, ThemeName};
use crate::{bundled, clock};

/// Loads a file the dashboard keeps open (see [`crate::session::load_to_keep`]).
pub(super) fn load_to_keep(path: &Path) -> Result<store::Loaded, ExitCode> {
    explain(SourceText::read(path).and_then(crate::session::load_to_keep))
}

/// The file a command that shows the model opens: FILE when one is named, else the user's
/// working copy (made from the bundled model on first use), else, when there is no place for
/// one, none: the bundled model, read-only.
pub(super) struct ModelFile {
    pub(super) path: Option<PathBuf>,
    /// The working copy was made by this run.
    pub(super) created: bool,
    /// Why there is no file, when there is none.
    why_none: Option<String>,
    /// The file is the working copy.
    working_copy: bool,
}

impl ModelFile {
    /// One line for the status line (or stderr) about which file this is.
    /// The model: the file loaded with `load`, or the bundled one when there is no file.
    pub(super) fn load(
        &self,
        load: impl Fn(&Path) -> Result<store::Loaded, ExitCode>,
    ) -> Result<store::Loaded, ExitCode> {
        match &self.path {
            Some(path) => load(path),
            None => bundled_model(),
        }
    }

    pub(super) fn note(&self) -> String {
        match (&self.path, &self.why_none) {
            (Some(path), _) if self.created => {
                format!("new working copy of the bundled model: {}", shown(path))
            }
            (Some(path), _) if self.working_copy => format!("your working copy: {}", shown(path)),
            (Some(path), _) => shown(path),
            (None, why) => format!(
                "{}; showing the bundled model, read-only",
                text::sanitize(why.as_deref().unwrap_or("no working copy"))
            ),
        }
    }
}

pub(super) fn model_file(file: Option<PathBuf>) -> ModelFile {
    let named = |path| ModelFile {
        path: Some(path),
        created: false,
        why_none: None,
        working_copy: false,
    };
    if let Some(path) = file {
        return named(path);
    }
    match places::working_copy() {
        Ok(WorkingCopy { path, created }) => ModelFile {
            created,
            working_copy: true,
            ..named(path)
        },
        Err(e) => ModelFile {
            path: None,
            created: false,
            why_none: Some(e.to_string()),
            working_copy: false,
        },
    }
}

/// The model embedded in the binary (it is valid: a test says so).
pub(super) fn bundled_model() -> Result<store::Loaded, ExitCode> {
    let source = SourceText::new("bundled India–Japan model", bundled::INDIA_JAPAN);
    store::load_source(source).map_err(|e| fail(EXIT_DATA, Some(e)))
}

/// `pactboard [FILE]`: the dashboard on FILE, the working copy, or the bundled model read-only;
/// with `present` (`Some(since)`), the presentation.
pub(super) fn dashboard(
    file: Option<PathBuf>,
    today: NaiveDate,
    theme: ThemeName,
    autosave: bool,
    present: Start,
) -> ExitCode {
    let keymap = match user_keymap() {
        Ok(keymap) => keymap,
        Err(e) => {
            eprintln!("error: {}", text::sanitize(&e.to_string()));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    if !std::io::stdout().is_terminal() {
        let shown = file
            .clone()
            .or_else(places::working_copy_path)
            .map_or_else(|| "FILE".into(), |p| shown(&p));
        eprintln!(
            "error: the dashboard needs a terminal; for text, try `pactboard report {shown}` or `pactboard snapshot {shown}`"
        );
        return ExitCode::from(EXIT_USAGE);
    }
    let chosen = model_file(file);
    let loaded = match chosen.load(load_to_keep) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let read_only = chosen.path.is_none();
    let origin = Origin {
        name: shown(&loaded.source.path),
        read_only,
    };
    let (model, document) = Document::split(loaded);
    let document = (!read_only).then_some(document);
    let mut app = App::new(model, today, origin, keymap);
    app.autosave = autosave;
    if chosen.working_copy || read_only {
        app.say(chosen.note(), read_only);
    }
    if let Start::Presenting { since } = present {
        app.now = clock::now();
        app.start_presentation(since, false);
    }
    let session = crate::session::Session { app, document };
    match crate::tui::run(session, Theme::named(theme)) {
        Ok(()) => {
            if read_only {
                println!(
                    "That was the bundled model, read-only. `pactboard init FILE` writes an editable copy."
                );
            } else if chosen.created {
                println!("{}.", chosen.note());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!(
                "error: the terminal failed: {}",
                text::sanitize(&e.to_string())
            );
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// The default keymap with the person's overrides from the config folder, if there are any.
pub(super) fn user_keymap() -> Result<Keymap, KeymapError> {
    let Some(path) = places::keymap_path() else {
        return Ok(Keymap::defaults());
    };
    let name = shown(&path);
    let mut keymap = match std::fs::read_to_string(&path) {
        Ok(text) => Keymap::with_overrides(&text, &name)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Keymap::defaults(),
        Err(e) => {
            return Err(KeymapError {
                origin: name,
                message: e.to_string(),
            });
        }
    };
    keymap.overrides_path = Some(name);
    Ok(keymap)
}
