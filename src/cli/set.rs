//! `pactboard set`: one status change from a script, read, made and written under the file's lock.

use std::path::Path;
use std::process::ExitCode;

use chrono::{DateTime, FixedOffset};

use super::EXIT_DATA;
use super::write::{Change, change_file, refuse, unknown};
use crate::model::Status;
use crate::model::dates::{When, parse_when};
use crate::model::edit::{Edit, check_news_date};
use crate::store;
use crate::text;

pub(super) fn set(
    path: &Path,
    id: &str,
    status: &str,
    note: Option<String>,
    on: Option<&str>,
    now: DateTime<FixedOffset>,
    force: bool,
) -> ExitCode {
    let when = match on.map(|text| parse_when(text, now)) {
        None => None,
        // Today's date is the present: recorded at this moment, a real time.
        Some(Ok(When::Day(d))) if d == now.date_naive() => Some(When::At(now)),
        Some(Ok(when)) => Some(when),
        Some(Err(e)) => {
            eprintln!("error: --on: {}", text::sanitize(&e.to_string()));
            return ExitCode::from(EXIT_DATA);
        }
    };
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
        let edit = match when {
            None => Edit::Status {
                to,
                note: note.clone(),
                at: now,
            },
            Some(when) => {
                check_news_date(&model.milestones[index], when, now, force).map_err(refuse)?;
                Edit::StatusOn {
                    to,
                    note: note.clone(),
                    when,
                }
            }
        };
        let applied = model.apply(index, edit).map_err(refuse)?;
        let after = &applied.after;
        let said = if after.status == to {
            format!(
                "{id}: {} → {}, recorded in its history",
                applied.before.status.as_str(),
                to.as_str(),
            )
        } else {
            format!(
                "{id}: the change to {} is recorded in its history in time order; a later change keeps it {}",
                to.as_str(),
                after.status.as_str()
            )
        };
        Ok((
            Change::Edited {
                index,
                before: applied.before,
            },
            said,
        ))
    })
}
