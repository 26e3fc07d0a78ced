//! `pactboard [FILE]` and `pactboard present [FILE]`: which file (named, the working copy, or the
//! bundled model read-only), the keymap, and the terminal session.

use crate::i18n::Langs;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;

use super::since;
use super::{EXIT_DATA, EXIT_USAGE, Start, explain, fail, shown};
use crate::app::keymap::KeymapError;
use crate::app::{App, Keymap, Origin};
use crate::places::{self, WorkingCopy};
use crate::runtime::session::{self, Session};
use crate::runtime::tui;
use crate::runtime::{beacon, recovery};
use crate::store::{self, Document, SourceText, StoreError};
use crate::text;
use crate::ui::theme::ThemeName;
use crate::{bundled, clock};

/// The file a command that shows the model opens.
pub(super) enum ModelFile {
    /// The FILE the command was given.
    Named(PathBuf),
    /// The user's working copy, and whether this run made it from the bundled model.
    WorkingCopy { path: PathBuf, created: bool },
    /// No file: the bundled model, read-only, and why there is no working copy.
    Bundled { why: String },
}

impl ModelFile {
    /// The file, unless it is the bundled model.
    pub(super) fn path(&self) -> Option<&Path> {
        match self {
            ModelFile::Named(path) | ModelFile::WorkingCopy { path, .. } => Some(path),
            ModelFile::Bundled { .. } => None,
        }
    }

    /// Whether the user should be told which file this is before anything else: a working copy
    /// made just now, or none at all.
    pub(super) fn news(&self) -> bool {
        matches!(
            self,
            ModelFile::WorkingCopy { created: true, .. } | ModelFile::Bundled { .. }
        )
    }

    /// The model: the file loaded with `load`, or the bundled one when there is no file.
    pub(super) fn load(
        &self,
        load: impl Fn(&Path) -> Result<store::Loaded, ExitCode>,
    ) -> Result<store::Loaded, ExitCode> {
        match self.path() {
            Some(path) => load(path),
            None => bundled_model(),
        }
    }

    /// One line for the status line (or stderr) about which file this is.
    pub(super) fn note(&self) -> String {
        match self {
            ModelFile::Named(path) => shown(path),
            ModelFile::WorkingCopy {
                path,
                created: true,
            } => format!("new working copy of the bundled model: {}", shown(path)),
            ModelFile::WorkingCopy { path, .. } => format!("your working copy: {}", shown(path)),
            ModelFile::Bundled { why } => format!(
                "{}; showing the bundled model, read-only",
                text::sanitize(why)
            ),
        }
    }
}

/// FILE when one is named, else the user's working copy (made from the bundled model on first
/// use), else, when there is no place for one, the bundled model.
pub(super) fn model_file(file: Option<PathBuf>) -> ModelFile {
    if let Some(path) = file {
        return ModelFile::Named(path);
    }
    match places::working_copy() {
        Ok(WorkingCopy { path, created }) => ModelFile::WorkingCopy { path, created },
        Err(e) => ModelFile::Bundled { why: e.to_string() },
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
    (theme, autosave, langs): (ThemeName, bool, Langs),
    present: Start,
    config_problem: Option<String>,
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
    // Presenting, with the "since" slide's start when asked for.
    let presenting = match present {
        Start::Dashboard => None,
        Start::Presenting {
            since,
            slides,
            role,
        } => {
            let (since, slides) = follow_the_presenter(role, since, slides, chosen.path());
            let asked = (
                slides.as_ref().map(|s| s.1.clone()).unwrap_or_default(),
                since.as_ref().map(since::text).unwrap_or_default(),
            );
            match since::resolve_deck(since, chosen.path()) {
                Ok(since) => Some((since, slides, role, asked)),
                Err(code) => return code,
            }
        }
    };
    if let Some(path) = chosen.path()
        && let Err(code) = offer_recovery(path)
    {
        return code;
    }
    let opened = match chosen.path() {
        Some(path) => match SourceText::read(path).and_then(session::load_to_keep) {
            // A file that is not a valid model still opens: its problems show until it is fixed.
            Err(e @ StoreError::Invalid { .. }) => Err((path.to_path_buf(), e)),
            result => match explain(result) {
                Ok(loaded) => Ok(loaded),
                Err(code) => return code,
            },
        },
        None => match bundled_model() {
            Ok(loaded) => Ok(loaded),
            Err(code) => return code,
        },
    };
    let read_only = chosen.path().is_none();
    let mut session = match opened {
        Ok(loaded) => {
            let origin = Origin {
                name: shown(&loaded.source.path),
                read_only,
            };
            let (model, document) = Document::split(loaded);
            let document = (!read_only).then_some(document);
            Session::new(App::new(model, today, origin, keymap), document)
        }
        Err((path, e)) => {
            let Some(problems) = session::problems_of(langs.main, &e) else {
                return fail(EXIT_DATA, Some(e));
            };
            tracing::info!(file = %path.display(), "not a valid model: showing its problems until it is fixed");
            let origin = Origin {
                name: shown(&path),
                read_only: false,
            };
            Session::waiting(App::waiting(problems, today, origin, keymap), path)
        }
    };
    let app = &mut session.app;
    app.doc.autosave = autosave;
    app.dash.langs = langs;
    if let Some(path) = chosen.path() {
        app.doc.not_writable = store::atomic::check_writable(path, false)
            .err()
            .map(|why| why.to_string());
    }
    if !matches!(chosen, ModelFile::Named(_)) {
        app.say(chosen.note(), read_only);
    }
    if let Some(problem) = config_problem {
        // Said on the dashboard, which runs on the defaults.
        app.say(format!("config: {problem}"), true);
    }
    let mut asked = (String::new(), String::new());
    if let Some((since, slides, role, texts)) = presenting {
        app.doc.now = clock::now();
        app.start_deck_as(since, slides.map(|s| s.0), false, role);
        asked = texts;
    }
    // Every session on a file can be followed while it presents (`present`, or `P` from the
    // dashboard): followers of the file go where it is.
    if let Some(path) = chosen.path()
        && let Some(beacon) = beacon::path(path)
    {
        session.beacon = Some(beacon::Beacon::new(beacon, asked.0, asked.1, shown(path)));
    }
    match tui::run(&mut session, super::drawn(theme)) {
        Ok(tui::Ended::Signal(name, number)) => stopped(&mut session, name, number),
        Ok(tui::Ended::Quit) => {
            if let Some(path) = &session.waiting_for {
                let shown = shown(path);
                println!("{shown} was not opened: `pactboard check {shown}` lists its problems.");
                return ExitCode::from(EXIT_DATA);
            }
            if read_only {
                println!(
                    "That was the bundled model, read-only. `pactboard init FILE` writes an editable copy."
                );
            } else if chosen.news() {
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

/// The dashboard was stopped by a signal: its unsaved edits are saved (with `--autosave`) or kept
/// in a recovery file, and said where; the exit status is 128 + the signal's number, as a shell
/// reports a program a signal ended.
fn stopped(session: &mut Session, name: &str, number: i32) -> ExitCode {
    let code = ExitCode::from(u8::try_from(128 + number).unwrap_or(EXIT_USAGE));
    let unsaved = session.app.doc.unsaved();
    if unsaved == 0 {
        eprintln!("pactboard: stopped by {name}; nothing was unsaved");
        return code;
    }
    if session.app.doc.autosave && session.save_now() {
        eprintln!(
            "pactboard: stopped by {name}; your {unsaved} unsaved change(s) were saved (autosave)"
        );
        return code;
    }
    let Some(recovery) = session.recovery() else {
        eprintln!(
            "pactboard: stopped by {name}; {unsaved} unsaved change(s) could not be written out, and are lost"
        );
        tracing::error!("stopped by {name}: {unsaved} unsaved changes could not be kept");
        return code;
    };
    let when = clock::now().format("%Y-%m-%d %H:%M %:z").to_string();
    match recovery::keep(&recovery, name, &when) {
        Ok(kept) => {
            tracing::warn!(kept = %kept.display(), "stopped by {name}: unsaved changes kept");
            eprintln!(
                "pactboard: stopped by {name}; your {unsaved} unsaved change(s) to {} are kept in {}; the next `pactboard {}` offers to apply them",
                shown(&recovery.file),
                shown(&kept),
                shown(&recovery.file)
            );
        }
        Err(e) => {
            tracing::error!("stopped by {name}: unsaved changes could not be kept: {e}");
            eprintln!(
                "pactboard: stopped by {name}; your unsaved changes could not be kept: {}",
                text::sanitize(&e.to_string())
            );
        }
    }
    code
}

/// Edits kept when the dashboard was stopped by a signal, offered back on the next start on
/// their file: applied (merged with what changed in the file since, the conflicts asked as
/// `resolve` asks them), dropped, or kept for later.
fn offer_recovery(path: &Path) -> Result<(), ExitCode> {
    use std::io::{BufRead, Write};
    let Some((kept, said)) = recovery::find(path) else {
        return Ok(());
    };
    eprintln!(
        "Unsaved edits to {} were kept when pactboard was stopped ({said}).",
        shown(path)
    );
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    loop {
        eprint!(
            "[a]pply them to the file now (merged with what changed there since), [d]rop them, or [l]ater (keep them, open the file as it is)? "
        );
        let _ = std::io::stderr().flush();
        let Some(Ok(answer)) = lines.next() else {
            eprintln!();
            return Ok(());
        };
        match answer.trim() {
            "a" | "apply" => break,
            "d" | "drop" => {
                recovery::drop_kept(path);
                eprintln!("dropped");
                return Ok(());
            }
            "l" | "later" | "" => return Ok(()),
            _ => {}
        }
    }
    drop(lines);
    let lock = store::lock(path).map_err(|e| {
        eprintln!(
            "error: {}; the edits stay kept",
            text::sanitize(&e.to_string())
        );
        ExitCode::from(EXIT_USAGE)
    })?;
    let now = std::fs::read_to_string(path).map_err(|e| {
        eprintln!(
            "error: cannot read {}: {e}; the edits stay kept",
            shown(path)
        );
        ExitCode::from(EXIT_USAGE)
    })?;
    let cannot = |e: &dyn std::fmt::Display| {
        eprintln!(
            "error: the kept edits cannot be merged as models: {}; they stay kept in {} (merge them by hand)",
            text::sanitize(&e.to_string()),
            recovery::stem(path).map_or_else(String::new, |s| shown(&s))
        );
        ExitCode::from(EXIT_DATA)
    };
    let mut prepared =
        crate::git_merge::prepare(path, Some(&kept.base), &kept.edits, &now, clock::now())
            .map_err(|e| cannot(&e))?;
    if !prepared.merged.conflicts.is_empty() {
        println!("In what follows, ours is your kept edits and theirs the file as it is now.");
    }
    super::git::ask_conflicts(&mut prepared)?;
    prepared.merged.conflicts.clear();
    let text = prepared.written().map_err(|e| cannot(&e))?;
    store::atomic::write(path, text.as_bytes()).map_err(|e| {
        eprintln!(
            "error: cannot write {}: {e}; the edits stay kept",
            shown(path)
        );
        ExitCode::from(EXIT_USAGE)
    })?;
    drop(lock);
    recovery::drop_kept(path);
    eprintln!("applied the kept edits to {}", shown(path));
    Ok(())
}

/// A follower started without `--slides` or `--since` shows the deck its presenter shows, read
/// from the presenter's place (see `runtime::beacon`); anything it cannot read is left as asked.
fn follow_the_presenter(
    role: crate::app::deck::Role,
    since: Option<since::SinceArg>,
    slides: Option<super::Slides>,
    file: Option<&std::path::Path>,
) -> (Option<since::SinceArg>, Option<super::Slides>) {
    if role != crate::app::deck::Role::Follower {
        return (since, slides);
    }
    let Some(at) = file.and_then(beacon::path).and_then(|b| beacon::read(&b)) else {
        return (since, slides);
    };
    let since = since.or_else(|| {
        (!at.since.is_empty())
            .then(|| since::parse_since(&at.since).ok())
            .flatten()
    });
    let slides = slides.or_else(|| {
        (!at.slides.is_empty())
            .then(|| super::args::parse_slides(&at.slides).ok())
            .flatten()
    });
    (since, slides)
}
