//! `pactboard set`: one status change from a script, read, made and written under the file's lock.

use std::path::Path;
use std::process::ExitCode;

use chrono::{DateTime, FixedOffset};

use super::{EXIT_DATA, EXIT_USAGE, load_or_explain, shown};
use crate::model::edit::Edit;
use crate::model::{Model, Status};
use crate::store::atomic::ReadOnly;
use crate::store::{self, Document, SaveError};
use crate::text;

/// How often `set` starts again when another save changed the file between its read and its write.
const SET_ATTEMPTS: usize = 20;

pub(super) fn set(
    path: &Path,
    id: &str,
    status: &str,
    note: Option<String>,
    at: DateTime<FixedOffset>,
    force: bool,
) -> ExitCode {
    let Some(to) = Status::parse_loose(status) else {
        let names: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
        let hint = store::closest(status, &names)
            .map(|c| format!(" (did you mean `{c}`?)"))
            .unwrap_or_default();
        eprintln!(
            "error: unknown status `{}`{hint}; the statuses are {}",
            text::quote(status),
            names.join(", ")
        );
        return ExitCode::from(EXIT_DATA);
    };
    for _ in 0..SET_ATTEMPTS {
        // Read, change and write under the file's lock, so no other pactboard saves in between.
        let lock = match store::lock(path) {
            Ok(lock) => lock,
            Err(e) => {
                // A file that cannot be read is best explained as that.
                if let Err(code) = load_or_explain(path) {
                    return code;
                }
                eprintln!("error: {}; nothing written", text::sanitize(&e.to_string()));
                return ExitCode::from(EXIT_USAGE);
            }
        };
        let loaded = match load_or_explain(path) {
            Ok(loaded) => loaded,
            Err(code) => return code,
        };
        let mut model = loaded.model.clone();
        let Some(index) = model.milestone_index(id) else {
            return unknown_milestone(path, &model, id);
        };
        let edit = Edit::Status {
            to,
            note: note.clone(),
            at,
        };
        let applied = match model.apply(index, edit) {
            Ok(applied) => applied,
            Err(e) => {
                eprintln!("error: {}; nothing written", text::sanitize(&e.to_string()));
                return ExitCode::from(EXIT_DATA);
            }
        };
        let mut document = Document::new(&loaded);
        document.allow_read_only = force;
        let result = document.save_holding(&lock, &model, &[(index, &applied.before)]);
        match &result {
            Ok(_) => {
                tracing::info!(file = %path.display(), milestone = id, to = to.as_str(), "set: saved");
            }
            Err(e) => tracing::warn!(file = %path.display(), milestone = id, "set: not saved: {e}"),
        }
        match result {
            Ok(written) => {
                println!(
                    "{id}: {} → {}, recorded in its history; {} saved",
                    applied.before.status.as_str(),
                    to.as_str(),
                    shown(path)
                );
                if let Some(lost) = written.ownership_lost {
                    eprintln!("warning: {lost}");
                }
                return ExitCode::SUCCESS;
            }
            // Something other than pactboard wrote the file meanwhile: do it again on that.
            Err(SaveError::Conflict { .. }) => {}
            Err(e @ (SaveError::CannotPlace(_) | SaveError::Unverified { .. })) => {
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
        "error: {} kept changing while it was being saved ({SET_ATTEMPTS} tries); nothing written",
        shown(path)
    );
    ExitCode::from(EXIT_USAGE)
}

pub(super) fn unknown_milestone(path: &Path, model: &Model, id: &str) -> ExitCode {
    let ids: Vec<&str> = model.milestones.iter().map(|m| m.id.as_str()).collect();
    let hint = store::closest(id, &ids)
        .map(|c| format!("; did you mean `{}`?", text::quote(c)))
        .unwrap_or_default();
    let first: Vec<String> = ids.iter().take(5).map(|id| text::quote(id)).collect();
    let more = match ids.len() - first.len() {
        0 => String::new(),
        n => format!(" … and {n} more"),
    };
    eprintln!(
        "error: {} has no milestone `{}`{hint}\nthe milestones are: {}{more}",
        shown(path),
        text::quote(id),
        first.join(", ")
    );
    ExitCode::from(EXIT_DATA)
}
