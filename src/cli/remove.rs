//! `pactboard remove entry|source|pillar`: taking out what was added, without a text editor. A
//! source or pillar something refers to is refused with the list of what refers to it; an
//! entry is named by its number in its target's list (shown when it is not given). Each goes through the one read-change-save loop ([`super::write::change_file`]).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Subcommand;

use super::EXIT_DATA;
use super::author::WriteOptions;
use super::edit::{described, entry_of, existing};
use super::write::{Change, change_file};
use crate::store::author::Authored;
use crate::text;

/// What `remove` takes out besides a milestone.
#[derive(Debug, Subcommand)]
pub enum Removal {
    /// One entry of a target (without NUMBER, the target's entries are listed with theirs)
    #[command(after_help = "Example:\n  pactboard remove entry my.toml japan-investment 2")]
    Entry {
        /// The partnership file
        file: PathBuf,
        /// The target's id
        target: String,
        /// The entry's number in the target's list, from 1
        number: Option<usize>,
        #[command(flatten)]
        write: WriteOptions,
    },
    /// A source nothing refers to (else what refers to it is listed)
    Source {
        /// The partnership file
        file: PathBuf,
        /// The source's id
        id: String,
        #[command(flatten)]
        write: WriteOptions,
    },
    /// A pillar nothing refers to (else its milestones, objectives and targets are listed)
    Pillar {
        /// The partnership file
        file: PathBuf,
        /// The pillar's id
        id: String,
        #[command(flatten)]
        write: WriteOptions,
    },
}

pub(super) fn remove(what: Removal) -> ExitCode {
    match what {
        Removal::Entry {
            file,
            target,
            number,
            write,
        } => change_file("remove", &file, write.force, |model| {
            let (t, index) = entry_of(&file, model, &target, number)?;
            let gone = model
                .remove_entry(t, index)
                .ok_or(ExitCode::from(EXIT_DATA))?;
            let said = format!(
                "removed entry {} of target `{}` ({})",
                index + 1,
                text::quote(&target),
                described(&gone, &model.targets[t].unit)
            );
            Ok((
                Change::Authored(Authored::RemovedEntry { target: t, index }),
                said,
            ))
        }),
        Removal::Source { file, id, write } => change_file("remove", &file, write.force, |model| {
            let index = existing(&file, model, "source", &id)?;
            model
                .remove_source(index)
                .map_err(|users| referred(&id, "source", &users))?;
            Ok((
                Change::Authored(Authored::RemovedSource { index }),
                format!("removed source `{}`", text::quote(&id)),
            ))
        }),
        Removal::Pillar { file, id, write } => change_file("remove", &file, write.force, |model| {
            let index = existing(&file, model, "pillar", &id)?;
            model
                .remove_pillar(index)
                .map_err(|users| referred(&id, "pillar", &users))?;
            Ok((
                Change::Authored(Authored::RemovedPillar { index }),
                format!("removed pillar `{}`", text::quote(&id)),
            ))
        }),
    }
}

fn referred(id: &str, kind: &str, users: &[String]) -> ExitCode {
    let shown: Vec<String> = users.iter().take(12).map(|u| text::quote(u)).collect();
    let more = users.len().saturating_sub(shown.len());
    eprintln!(
        "error: {kind} `{}` is referred to by {}{}; change or remove those first; nothing written",
        text::quote(id),
        shown.join(", "),
        if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        }
    );
    ExitCode::from(EXIT_DATA)
}
