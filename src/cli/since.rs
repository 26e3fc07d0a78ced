//! `--since DATE|REV`: a date (`2025-09-01`) or a git revision of the file (`meeting-2025-09`,
//! a commit, `HEAD~3`). A text that reads as a date is a date; anything else is a revision,
//! read from the file's repository (see `crate::history`).

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;

use super::EXIT_USAGE;
use crate::history::Repository;
use crate::model::Since;
use crate::text;

/// What `--since` was given, before a revision is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SinceArg {
    Date(NaiveDate),
    Revision(String),
}

/// The text that named it, as `--since` took it.
pub fn text(arg: &SinceArg) -> String {
    match arg {
        SinceArg::Date(date) => date.to_string(),
        SinceArg::Revision(r) => r.clone(),
    }
}

/// Clap's parser: a date, or else a revision.
pub fn parse_since(text: &str) -> Result<SinceArg, String> {
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(SinceArg::Date(date));
    }
    if looks_like_a_date(text) {
        return Err(format!(
            "{} is not a date (YYYY-MM-DD) of the calendar",
            text::sanitize(text)
        ));
    }
    if text.trim().is_empty() {
        return Err("give a date (YYYY-MM-DD) or a git revision (a tag, a commit, HEAD~3)".into());
    }
    Ok(SinceArg::Revision(text.to_string()))
}

/// `2025-02-30` and the like: meant as a date, so not tried as a revision.
fn looks_like_a_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    parts.len() == 3
        && parts
            .iter()
            .zip([4, 2, 2])
            .all(|(p, n)| p.len() == n && p.bytes().all(|b| b.is_ascii_digit()))
}

/// The "since" of `arg` for the file at `file` (`None` for the bundled model): a revision is
/// read from the file's repository. Says what is wrong and gives the exit status otherwise.
pub fn resolve(arg: Option<SinceArg>, file: Option<&Path>) -> Result<Option<Since>, ExitCode> {
    let revision = match arg {
        None => return Ok(None),
        Some(SinceArg::Date(date)) => return Ok(Some(Since::Date(date))),
        Some(SinceArg::Revision(r)) => r,
    };
    let Some(file) = file else {
        eprintln!(
            "error: the bundled model has no history, so --since takes a date here; name a file in a git repository for a revision"
        );
        return Err(ExitCode::from(EXIT_USAGE));
    };
    let version = Repository::open(file).and_then(|repo| repo.version_at(&revision));
    match version {
        Ok(v) => Ok(Some(Since::Version {
            revision,
            commit: v.commit.id,
            date: v.commit.date.date_naive(),
            model: Box::new(v.model),
        })),
        Err(e) => {
            eprintln!("error: --since: {}", text::sanitize(&e.to_string()));
            Err(ExitCode::from(EXIT_USAGE))
        }
    }
}

/// The "since" of the deck (`present`, `export`, `snapshot`): as [`resolve`], but a date, for
/// a file in a git repository, is the version the file had on the eve of that day, so that the
/// slides list every change the log knows (milestones added, removed, re-dated; amounts; tables;
/// hand edits), not only the recorded status changes. Without a commit before that day, or
/// outside a repository, it stays a date.
pub fn resolve_deck(arg: Option<SinceArg>, file: Option<&Path>) -> Result<Option<Since>, ExitCode> {
    let (Some(SinceArg::Date(date)), Some(path)) = (&arg, file) else {
        return resolve(arg, file);
    };
    let version = Repository::open(path).and_then(|repo| {
        let Some(commit) = repo.last_commit_before(*date)? else {
            return Ok(None);
        };
        repo.version_at(&commit).map(Some)
    });
    match version {
        Ok(Some(v)) => Ok(Some(Since::Version {
            revision: date.to_string(),
            commit: v.commit.id,
            date: v.commit.date.date_naive(),
            model: Box::new(v.model),
        })),
        Ok(None) => Ok(Some(Since::Date(*date))),
        Err(e) => {
            if matches!(
                e,
                crate::history::HistoryError::Git(_)
                    | crate::history::HistoryError::InvalidAtRevision { .. }
            ) {
                eprintln!(
                    "warning: --since {date}: {}; the slides list the status changes and amounts recorded from that day",
                    text::sanitize(&e.to_string())
                );
            }
            Ok(Some(Since::Date(*date)))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_dates_and_the_rest_revisions() {
        assert_eq!(
            parse_since("2025-09-01"),
            Ok(SinceArg::Date(NaiveDate::from_ymd_opt(2025, 9, 1).unwrap()))
        );
        assert!(
            parse_since("2025-02-30")
                .unwrap_err()
                .contains("not a date")
        );
        for r in ["meeting-2025-09", "HEAD~3", "a1b2c3d", "v1.0"] {
            assert_eq!(parse_since(r), Ok(SinceArg::Revision(r.into())));
        }
        assert!(parse_since(" ").is_err());
    }
}
