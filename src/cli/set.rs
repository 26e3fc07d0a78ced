//! `pactboard set`: one status change from a script, read, made and written under the file's lock.

use std::path::Path;
use std::process::ExitCode;

use chrono::{DateTime, FixedOffset};

use super::EXIT_DATA;
use super::write::{Change, change_file, refuse, unknown};
use crate::model::Status;
use crate::model::edit::Edit;
use crate::store;
use crate::text;

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
    change_file("set", path, force, |model| {
        let Some(index) = model.milestone_index(id) else {
            let ids: Vec<&str> = model.milestones.iter().map(|m| m.id.as_str()).collect();
            return Err(unknown(path, "milestone", id, &ids));
        };
        let edit = Edit::Status {
            to,
            note: note.clone(),
            at,
        };
        let applied = model.apply(index, edit).map_err(refuse)?;
        let said = format!(
            "{id}: {} → {}, recorded in its history",
            applied.before.status.as_str(),
            to.as_str(),
        );
        Ok((
            Change::Edited {
                index,
                before: applied.before,
            },
            said,
        ))
    })
}
