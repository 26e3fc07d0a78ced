//! A dashboard session on a file: the app's state, the file as on disk, and the IO between them:
//! saving what the app asks to save, merging when the file changed meanwhile, and following
//! changes made on disk by someone else.

use crate::i18n::Lang;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, channel};

use notify::{RecursiveMode, Watcher};

pub use super::said::problems_of;
use super::said::{describe_invalid, save_error_in};
use crate::app::{App, Effect};
use crate::store::atomic::ReadOnly;
use crate::store::{self, Document, SaveError, SourceText, StoreError};

/// The app and, unless it shows the bundled model, its file.
pub struct Session {
    pub app: App,
    pub document: Option<Document>,
    /// The file to open once it is valid, while the app waits for it (see [`Session::waiting`]).
    pub waiting_for: Option<PathBuf>,
    /// Where a presentation of the file says where it is, or reads where its presenter is.
    pub beacon: Option<super::beacon::Beacon>,
}

impl Session {
    /// A session on an opened file (`None`: the bundled model, read-only).
    pub fn new(app: App, document: Option<Document>) -> Self {
        Session {
            app,
            document,
            waiting_for: None,
            beacon: None,
        }
    }

    /// A session on a file that cannot be opened yet: `app` shows its problems
    /// ([`App::waiting`]) until the file on disk is fixed.
    pub fn waiting(app: App, path: PathBuf) -> Self {
        Session {
            app,
            document: None,
            waiting_for: Some(path),
            beacon: None,
        }
    }

    /// The unsaved edits as a save would write them, with the text they were made on: what is
    /// kept when the dashboard is stopped by a signal. `None` when nothing is unsaved (or the
    /// model is the bundled one, or the edits cannot be written into the file's layout).
    pub fn recovery(&self) -> Option<super::recovery::Recovery> {
        let document = self.document.as_ref()?;
        if self.app.doc.unsaved() == 0 {
            return None;
        }
        let plan = self.app.doc.save_plan();
        let (edits, _) = document.planned(&self.app.doc.model, &plan).ok()?;
        Some(super::recovery::Recovery {
            file: document.path.clone(),
            base: document.text.clone(),
            edits,
        })
    }

    /// Saves now, as `Ctrl-s` does (for `--autosave` when a signal stops the dashboard);
    /// whether it saved.
    pub fn save_now(&mut self) -> bool {
        self.save()
    }

    /// The file to open in an editor and the line to open it at (that of milestone `index`).
    pub fn editor_target(&self, index: Option<usize>) -> Option<(PathBuf, usize)> {
        // A file with problems opens where the first one is.
        let problem = self.app.doc.problems.as_ref().map(|p| p.first_line);
        if let (Some(line), Some(path)) = (problem, self.watched()) {
            return Some((path, line));
        }
        if let Some(document) = &self.document {
            let line = index
                .and_then(|i| document.spans.milestones.get(i))
                .map_or(1, |s| super::editor::line_of(&document.text, s.table.start));
            return Some((document.path.clone(), line));
        }
        self.waiting_for.clone().map(|path| (path, 1))
    }

    /// The file followed on disk.
    pub fn watched(&self) -> Option<PathBuf> {
        self.document
            .as_ref()
            .map(|d| d.path.clone())
            .or_else(|| self.waiting_for.clone())
    }
    /// Carries out what the app asked for.
    pub fn run_effects(&mut self) {
        // A merge may ask for a save, which may find another change on disk; a few rounds at most.
        for _ in 0..4 {
            match self.app.dash.effect.take() {
                Some(Effect::Save) => {
                    self.save();
                }
                Some(Effect::Recreate) => {
                    if let Some(document) = &mut self.document {
                        document.recreate = true;
                    }
                    self.save();
                }
                Some(Effect::SaveAs(path)) => self.save_as(PathBuf::from(path)),
                // The terminal loop hands the terminal to the editor (see `tui.rs`).
                Some(effect @ Effect::OpenEditor(_)) => {
                    self.app.dash.effect = Some(effect);
                    return;
                }
                None => return,
            }
        }
    }

    /// Saves the app's changes; whether they were written.
    fn save(&mut self) -> bool {
        let Some(document) = &mut self.document else {
            let said = crate::tr!(self.app.dash.langs.main, "said-bundled-no-save");
            self.app.save_failed(&said);
            return false;
        };
        let plan = self.app.doc.save_plan();
        let file = document.path.display().to_string();
        let changed = plan.len();
        match document.save_all(&self.app.doc.model, &plan) {
            Ok(written) => {
                tracing::info!(file, changed, "saved");
                self.app.doc.banner = None;
                self.app.saved();
                if let Some(lost) = written.ownership_lost {
                    tracing::warn!(file, "{lost}");
                    let said = crate::tr!(self.app.dash.langs.main, "said-saved-but", why = lost);
                    self.app.say(said, true);
                }
                return true;
            }
            Err(SaveError::Conflict { path, on_disk }) => {
                tracing::info!(file, "changed on disk since read: merging");
                self.merge(&path, on_disk);
            }
            Err(SaveError::ReadOnly {
                why: ReadOnly::NoWriteBit,
                ..
            }) if !document.allow_read_only => {
                tracing::info!(file, "marked read-only: asking before writing it");
                // Asked once, like an editor's read-only warning: the next save writes it.
                document.allow_read_only = true;
                let lang = self.app.dash.langs.main;
                let again = self.app.save_key().map_or_else(
                    || crate::tr!(lang, "said-saving-again"),
                    |key| crate::tr!(lang, "said-key-again", key = key),
                );
                self.app
                    .save_refused(&crate::tr!(lang, "said-read-only-again", again = again));
            }
            Err(SaveError::ReadOnly {
                why: ReadOnly::NotPermitted,
                ..
            }) => {
                tracing::info!(file, "not permitted: offering to save elsewhere");
                let said = crate::tr!(self.app.dash.langs.main, "said-no-permission");
                self.app.cannot_write_here(&said);
            }
            Err(SaveError::Missing { .. }) => {
                tracing::info!(file, "gone from its place: asking where to write it");
                self.app.file_missing();
            }
            Err(e) => {
                tracing::warn!(file, "save failed: {e}");
                self.app
                    .save_failed(&save_error_in(self.app.dash.langs.main, &e));
            }
        }
        false
    }

    /// Saves to a new file, which then is the file edited; the old one is left as it is.
    fn save_as(&mut self, path: PathBuf) {
        let Some(document) = &mut self.document else {
            return;
        };
        let old = std::mem::replace(&mut document.path, path.clone());
        document.recreate = true;
        let saved = self.save();
        if let Some(document) = &mut self.document {
            if saved {
                self.app.renamed(path.display().to_string());
            } else {
                document.path = old;
            }
        }
    }

    /// Loads what is on disk now and puts this session's edits on top of it.
    fn merge(&mut self, path: &Path, on_disk: String) {
        match load_to_keep(SourceText::new(path, on_disk)) {
            Ok(loaded) => {
                let (model, document) = Document::split(loaded);
                self.document = Some(document);
                self.app.doc.banner = None;
                self.app.merge(model);
                tracing::info!(
                    file = %path.display(),
                    conflicts = self.app.dash.effect.is_none(),
                    "merged this session's edits into the version on disk"
                );
                if self.app.dash.effect.is_some() {
                    let said = crate::tr!(self.app.dash.langs.main, "said-merged");
                    self.app.say(said, false);
                }
            }
            Err(e) => {
                tracing::warn!(file = %path.display(), "cannot merge: {}", describe_invalid(Lang::En, &e));
                self.app
                    .save_failed(&describe_invalid(self.app.dash.langs.main, &e));
            }
        }
    }

    /// The file changed on disk: follow it; with unsaved edits, show it with the edits on top and
    /// say so until the save (see [`App::absorb`]).
    pub fn file_changed(&mut self) {
        if let Some(path) = self.waiting_for.clone() {
            self.open_when_valid(&path);
            return;
        }
        let Some(document) = &self.document else {
            return;
        };
        let bytes = match std::fs::read(&document.path) {
            Ok(bytes) => bytes,
            Err(e) => {
                tracing::warn!(file = %document.path.display(), "cannot read the file now: {e}");
                let file = crate::text::shown_path(&document.path);
                self.app.doc.banner = Some(crate::tr!(
                    self.app.dash.langs.main,
                    "banner-cannot-read",
                    file = file
                ));
                return;
            }
        };
        if bytes == document.text.as_bytes() {
            // Readable again, and what this session last saw; the banner of a change taken in
            // while edits are unsaved stays until they are saved.
            if !self.app.doc.absorbed {
                self.app.doc.banner = None;
            }
            self.app.file_fixed();
            return;
        }
        let path = document.path.clone();
        let source = if let Ok(text) = String::from_utf8(bytes) {
            SourceText::new(&path, text)
        } else {
            self.app.doc.banner = Some(crate::tr!(self.app.dash.langs.main, "banner-not-utf8"));
            return;
        };
        match load_to_keep(source) {
            Ok(loaded) => {
                let (model, mut document) = Document::split(loaded);
                if let Some(old) = &self.document {
                    document.allow_read_only = old.allow_read_only;
                }
                self.document = Some(document);
                if self.app.doc.unsaved() > 0 {
                    tracing::info!(file = %path.display(), unsaved = self.app.doc.unsaved(), "changed on disk: shown with the unsaved edits on top");
                    self.app.absorb(model);
                } else {
                    tracing::info!(file = %path.display(), "changed on disk: reloaded");
                    self.app.doc.banner = None;
                    self.app.reload(model);
                }
            }
            Err(e) => {
                tracing::warn!(file = %path.display(), "changed on disk, not usable: {}", describe_invalid(Lang::En, &e));
                let lang = self.app.dash.langs.main;
                let shows = self
                    .app
                    .problems_key()
                    .map(|key| {
                        format!(
                            " · {}",
                            crate::tr!(lang, "banner-shows-problems", key = key)
                        )
                    })
                    .unwrap_or_default();
                if let Some(problems) = problems_of(self.app.dash.langs.main, &e) {
                    self.app.file_broken(problems);
                }
                self.app.doc.banner = Some(crate::tr!(
                    lang,
                    "banner-invalid",
                    why = describe_invalid(lang, &e),
                    shows = shows
                ));
            }
        }
    }

    /// The file the app waits for changed: open it if it is valid now, else show its problems
    /// as they are now.
    fn open_when_valid(&mut self, path: &Path) {
        let result = SourceText::read(path).and_then(load_to_keep);
        match result {
            Ok(loaded) => {
                tracing::info!(file = %path.display(), "valid now: opened");
                let (model, document) = Document::split(loaded);
                self.document = Some(document);
                self.waiting_for = None;
                self.app.reload(model);
            }
            Err(e) => {
                tracing::info!(file = %path.display(), "still not usable: {}", describe_invalid(Lang::En, &e));
                match problems_of(self.app.dash.langs.main, &e) {
                    Some(problems) => self.app.file_broken(problems),
                    None => self.app.doc.banner = Some(crate::text::sanitize(&e.to_string())),
                }
            }
        }
    }
}

/// Watches the folder of `path` (so a file replaced by a rename is still followed); a message
/// arrives on the receiver after each change to that file.
pub fn watch(path: &Path) -> notify::Result<(notify::RecommendedWatcher, Receiver<()>)> {
    let target = store::atomic::resolve(path).unwrap_or_else(|_| path.to_path_buf());
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target.file_name().map(std::ffi::OsStr::to_os_string);
    let (tx, rx) = channel();
    let mut watcher = notify::recommended_watcher(move |event: notify::Result<notify::Event>| {
        // A read (an open, a close after reading) changes nothing; and since the dashboard reads
        // the file when told it changed, passing reads on would make it chase its own reads
        // (any `cat` or `pactboard check` of the file would start it).
        if let Ok(event) = event
            && !is_read(event.kind)
            && event
                .paths
                .iter()
                .any(|p| p.file_name().map(std::ffi::OsStr::to_os_string) == name)
        {
            let _ = tx.send(());
        }
    })?;
    watcher.watch(&dir, RecursiveMode::NonRecursive)?;
    Ok((watcher, rx))
}

/// Whether a file event is only a read: an open, an access, or a close without writing.
fn is_read(kind: notify::EventKind) -> bool {
    use notify::event::{AccessKind, AccessMode, EventKind};
    matches!(kind, EventKind::Access(a) if a != AccessKind::Close(AccessMode::Write))
}

/// Like [`store::load_source`], for a process that keeps the model for long (the dashboard): the parse
/// runs on a thread of its own, and what is kept is copied out of its memory, which is then given
/// back. Without this a 24 MB file leaves some 150 MB of the parse's peak scattered and held.
pub fn load_to_keep(source: SourceText) -> Result<store::Loaded, StoreError> {
    let loaded = std::thread::spawn(move || store::load_source(source))
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
    let kept = store::Loaded {
        model: loaded.model.clone(),
        warnings: loaded.warnings.clone(),
        spans: loaded.spans.clone(),
        source: loaded.source.clone(),
    };
    drop(loaded);
    release_free_memory();
    Ok(kept)
}

/// Gives freed heap memory back to the system (glibc keeps it otherwise).
fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        unsafe extern "C" {
            fn malloc_trim(pad: usize) -> i32;
        }
        // SAFETY: malloc_trim only returns free heap pages to the system; no live data moves.
        unsafe {
            malloc_trim(0);
        }
    }
}
