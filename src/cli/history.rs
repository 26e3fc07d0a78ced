//! `pactboard log`: the changes to the model in the file's git history (see `crate::history`).

use std::fmt::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::dashboard::model_file;
use super::since::SinceArg;
use super::{EXIT_USAGE, LogFormat, shown};
use crate::history::{self, Entry, Range};
use crate::model::diff::contents;
use crate::text;

pub(super) fn log(
    file: Option<PathBuf>,
    since: Option<SinceArg>,
    until: Option<String>,
    format: LogFormat,
) -> ExitCode {
    let chosen = model_file(file);
    let Some(path) = chosen.path() else {
        eprintln!("error: the bundled model has no history; name a file in a git repository");
        return ExitCode::from(EXIT_USAGE);
    };
    let (since_date, since_revision) = match since {
        Some(SinceArg::Date(date)) => (Some(date), None),
        Some(SinceArg::Revision(r)) => (None, Some(r)),
        None => (None, None),
    };
    let range = Range {
        since: since_revision,
        until,
    };
    let entries = match history::log(path, &range) {
        Ok(entries) => entries,
        Err(e) => {
            eprintln!("error: {}", text::sanitize(&e.to_string()));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    let entries: Vec<Entry> = entries
        .into_iter()
        .filter(|e| match (&e.commit, since_date) {
            (Some(c), Some(since)) => c.date.date_naive() >= since,
            _ => true,
        })
        .collect();
    match format {
        LogFormat::Json => match serde_json::to_string_pretty(&entries) {
            Ok(json) => println!("{}", text::json_safe(json)),
            Err(e) => {
                eprintln!("error: {e}");
                return ExitCode::from(EXIT_USAGE);
            }
        },
        LogFormat::Text | LogFormat::Markdown => {
            print!("{}", words(&entries, format == LogFormat::Markdown));
            if entries.is_empty() {
                eprintln!("{}: no change to the model in its history", shown(path));
            }
        }
    }
    ExitCode::SUCCESS
}

/// The entries as text or Markdown.
fn words(entries: &[Entry], markdown: bool) -> String {
    let mut out = String::new();
    for e in entries {
        let heading = match &e.commit {
            None => "uncommitted changes".to_string(),
            Some(c) => format!(
                "{} {} {}: {}",
                c.id,
                c.date.format("%Y-%m-%d %H:%M"),
                text::sanitize(&c.author),
                text::sanitize(&c.subject)
            ),
        };
        let heading = match &e.path {
            Some(path) => format!("{heading} (the file was {})", text::sanitize(path)),
            None => heading,
        };
        if markdown {
            let _ = writeln!(out, "### {heading}\n");
        } else {
            let _ = writeln!(out, "{heading}");
        }
        if e.invalid {
            let _ = writeln!(
                out,
                "{}the file did not load at this version: {} (the next version that loads is compared with the last one before it)",
                if markdown { "- " } else { "  • " },
                text::sanitize(e.problem.as_deref().unwrap_or("`pactboard check` says why"))
            );
        }
        let bullet = if markdown { "- " } else { "  • " };
        if e.shallow_start {
            let _ = writeln!(
                out,
                "{bullet}the history of this shallow clone starts here (`git fetch --unshallow` reads the rest); the file then held: {}",
                contents(&e.changes)
            );
        } else if e.created {
            // Every table of the file, added: said in one line (the JSON lists them).
            let _ = writeln!(out, "{bullet}created the file: {}", contents(&e.changes));
        } else {
            for c in &e.changes {
                let _ = writeln!(out, "{bullet}{}", c.describe());
            }
        }
        out.push('\n');
    }
    out
}
