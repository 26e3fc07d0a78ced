//! The one way a command changes a file: read it, make the change on the model, then under the
//! file's write lock compare it with what was read and save it with the same splicing,
//! read-back check and atomic write as the dashboard; start again on the new text when another
//! save wrote the file between the read and the write. `set`, `add`, `edit` and `remove` all go through [`change_file`].

use std::path::Path;
use std::process::ExitCode;

use super::{EXIT_DATA, EXIT_USAGE, load_or_explain, shown};
use crate::model::plan::{Plan, Revalued};
use crate::model::{Milestone, Model};
use crate::store::atomic::ReadOnly;
use crate::store::author::Authored;
use crate::store::{self, Document, SaveError};
use crate::text;

/// How often a command starts again when another save changed the file between its read and
/// its write.
const ATTEMPTS: usize = 20;

/// How many of those read and change the file without holding its lock (so that writers parse
/// a large file side by side); the later ones hold it from the read on, so none is starved.
const OPTIMISTIC: usize = 3;

/// What a command changed in the model, for the save.
pub(super) enum Change {
    /// Milestone `index` was edited; it was `before`.
    Edited { index: usize, before: Milestone },
    /// A table was added or removed.
    Authored(Authored),
    /// Tables removed and added, in that order, as one write (an entry written again).
    Tables(Vec<Authored>),
    /// A pillar's or a source's keys set in place.
    Revalued(Revalued),
}

/// Reads `path` under its lock (`command` names it in the log), lets `make` change the model (it says what it changed and what
/// to print once saved, or prints why not and gives the exit code), and saves.
pub(super) fn change_file(
    command: &str,
    path: &Path,
    force: bool,
    mut make: impl FnMut(&mut Model) -> Result<(Change, String), ExitCode>,
) -> ExitCode {
    let take_lock = || {
        store::lock(path).map_err(|e| {
            eprintln!("error: {}; nothing written", text::sanitize(&e.to_string()));
            ExitCode::from(EXIT_USAGE)
        })
    };
    for attempt in 0..ATTEMPTS {
        // The first times the file is read and changed without the lock (a large file's parse
        // takes long, and other writers parse at the same time): the lock is held only from
        // "compare with what was read" to the rename. When other saves kept coming in between,
        // the later rounds hold the lock from the read on, so a writer is never starved.
        let early = if attempt < OPTIMISTIC {
            None
        } else {
            match take_lock() {
                Ok(lock) => Some(lock),
                Err(code) => return code,
            }
        };
        let loaded = match load_or_explain(path) {
            Ok(loaded) => loaded,
            Err(code) => return code,
        };
        let (mut model, mut document) = Document::split(loaded);
        let (change, said) = match make(&mut model) {
            Ok(done) => done,
            Err(code) => return code,
        };
        let lock = match early {
            Some(lock) => lock,
            None => match take_lock() {
                Ok(lock) => lock,
                Err(code) => return code,
            },
        };
        document.allow_read_only = force;
        let result = match &change {
            Change::Edited { index, before } => {
                document.save_holding(&lock, &model, &[(*index, before)])
            }
            Change::Authored(authored) => document.save_authored_holding(&lock, &model, *authored),
            Change::Tables(tables) => {
                let plan = Plan {
                    authored: tables.clone(),
                    ..Plan::default()
                };
                document.save_all_holding(&lock, &model, &plan)
            }
            Change::Revalued(revalued) => {
                let plan = Plan {
                    revalued: vec![revalued.clone()],
                    ..Plan::default()
                };
                document.save_all_holding(&lock, &model, &plan)
            }
        };
        match &result {
            Ok(_) => tracing::info!(file = %path.display(), "{command}: saved: {said}"),
            Err(e) => tracing::warn!(file = %path.display(), "{command}: not saved ({said}): {e}"),
        }
        match result {
            Ok(written) => {
                println!("{said}; {} saved", shown(path));
                if let Some(lost) = written.ownership_lost {
                    eprintln!("warning: {lost}");
                }
                return ExitCode::SUCCESS;
            }
            // Something other than pactboard wrote the file meanwhile: do it again on that.
            Err(SaveError::Conflict { .. }) => {}
            Err(
                e @ (SaveError::CannotPlace(_)
                | SaveError::CannotAuthor(_)
                | SaveError::CannotEdit(_)
                | SaveError::Unverified { .. }),
            ) => {
                eprintln!("error: {}", text::sanitize(&e.to_string()));
                return ExitCode::from(EXIT_DATA);
            }
            Err(
                e @ SaveError::ReadOnly {
                    why: ReadOnly::NoWriteBit,
                    ..
                },
            ) => {
                eprintln!(
                    "error: {}; `--force` writes it anyway",
                    text::sanitize(&e.to_string())
                );
                return ExitCode::from(EXIT_USAGE);
            }
            Err(e) => {
                eprintln!("error: {}; nothing written", text::sanitize(&e.to_string()));
                return ExitCode::from(EXIT_USAGE);
            }
        }
    }
    eprintln!(
        "error: {} kept changing while it was being saved ({ATTEMPTS} tries); nothing written",
        shown(path)
    );
    ExitCode::from(EXIT_USAGE)
}

/// Prints that the file has no `kind` with the id `id`, the nearest one and the first few, and
/// gives the exit code for bad data.
pub(super) fn unknown(path: &Path, kind: &str, id: &str, ids: &[&str]) -> ExitCode {
    let hint = nearest(id, ids)
        .map(|c| format!("; did you mean `{}`?", text::quote(c)))
        .unwrap_or_default();
    let first: Vec<String> = ids.iter().take(8).map(|id| text::quote(id)).collect();
    let more = match ids.len() - first.len() {
        0 => String::new(),
        n => format!(" … and {n} more"),
    };
    if ids.is_empty() {
        eprintln!(
            "error: {} has no {kind} `{}`; it has none yet; nothing written",
            shown(path),
            text::quote(id)
        );
    } else {
        eprintln!(
            "error: {} has no {kind} `{}`{hint}; nothing written\nthe {kind}s are: {}{more}",
            shown(path),
            text::quote(id),
            first.join(", ")
        );
    }
    ExitCode::from(EXIT_DATA)
}

/// Prints a refusal of bad input and gives the exit code for bad data.
pub(super) fn refuse(why: impl std::fmt::Display) -> ExitCode {
    eprintln!(
        "error: {}; nothing written",
        text::sanitize(&why.to_string())
    );
    ExitCode::from(EXIT_DATA)
}

/// The id nearest to `id`: a likely typo's ([`store::closest`]), else the most alike by
/// Jaro-Winkler (which favours a shared beginning: `economic` finds `economic-energy-security`),
/// among a list short enough to compare with.
fn nearest<'k>(id: &str, ids: &[&'k str]) -> Option<&'k str> {
    store::closest(id, ids).or_else(|| {
        if ids.len() > store::MAX_KNOWN || id.len() > store::MAX_NAME {
            return None;
        }
        ids.iter()
            .map(|k| (strsim::jaro_winkler(id, k), *k))
            .filter(|(score, _)| *score > 0.7)
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, k)| k)
    })
}
