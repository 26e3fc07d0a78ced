//! `pactboard edit entry|pillar|source`: fixing what was added without a text editor. An entry
//! is written again after its target's others (in one write); a pillar's or a source's keys
//! are set in place. Each goes through the one read-change-save loop
//! ([`super::write::change_file`]); a reference is found as `add` finds it.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Subcommand;

use super::EXIT_USAGE;
use super::author::{WriteOptions, reference};
use super::write::{Change, change_file, refuse, unknown};
use crate::model::amount::parse_amount;
use crate::model::dates::parse_date;
use crate::model::plan::{Revalued, Table, Value, pillar_values, source_values};
use crate::model::{EntryKind, Model, TargetEntry};
use crate::store::author::Authored;
use crate::text;

/// What `edit` changes besides a milestone.
#[derive(Debug, Subcommand)]
pub enum Editing {
    /// A pillar's title, summary or source, in place (its id stays)
    #[command(
        after_help = "Example:\n  pactboard edit pillar my.toml digital --title \"Digital partnership\""
    )]
    Pillar {
        /// The partnership file
        file: PathBuf,
        /// The pillar's id
        id: String,
        #[command(flatten)]
        fields: PillarFields,
        #[command(flatten)]
        write: WriteOptions,
    },
    /// A source's title, address, publisher, date or note, in place (its id stays)
    Source {
        /// The partnership file
        file: PathBuf,
        /// The source's id
        id: String,
        #[command(flatten)]
        fields: SourceFields,
        #[command(flatten)]
        write: WriteOptions,
    },
    /// One entry of a target: its amount, kind, date or note (a wrong amount fixed)
    #[command(
        after_help = "Example:\n  pactboard edit entry my.toml japan-investment 2 --amount \"¥1.5 trillion\""
    )]
    Entry {
        /// The partnership file
        file: PathBuf,
        /// The target's id
        target: String,
        /// The entry's number in the target's list, from 1 (without it they are listed)
        number: Option<usize>,
        #[command(flatten)]
        fields: EntryFields,
        #[command(flatten)]
        write: WriteOptions,
    },
}

/// The fields of a pillar `edit pillar` changes; those not given stay, "" removes an optional one.
#[derive(Debug, clap::Args)]
pub struct PillarFields {
    /// The pillar's title (another pillar may not have it)
    #[arg(long)]
    title: Option<String>,
    /// Its summary
    #[arg(long)]
    summary: Option<String>,
    /// The id of the source it comes from
    #[arg(long)]
    source: Option<String>,
}

impl PillarFields {
    fn given(&self) -> bool {
        self.title.is_some() || self.summary.is_some() || self.source.is_some()
    }
}

impl SourceFields {
    fn given(&self) -> bool {
        [
            &self.title,
            &self.url,
            &self.publisher,
            &self.published,
            &self.note,
        ]
        .iter()
        .any(|f| f.is_some())
    }
}

/// The fields of a source `edit source` changes; those not given stay, "" removes an optional one.
#[derive(Debug, clap::Args)]
pub struct SourceFields {
    /// The source's title
    #[arg(long)]
    title: Option<String>,
    /// Its address
    #[arg(long)]
    url: Option<String>,
    /// Who published it
    #[arg(long)]
    publisher: Option<String>,
    /// When it was published (YYYY-MM-DD)
    #[arg(long, value_name = "DATE")]
    published: Option<String>,
    /// A note
    #[arg(long)]
    note: Option<String>,
}

/// The fields of an entry `edit entry` changes; those not given stay.
#[derive(Debug, clap::Args)]
pub struct EntryFields {
    /// The amount, as officials write it (`¥500 billion`, `5000億円`, `₹2 lakh crore`)
    #[arg(long)]
    amount: Option<String>,
    /// announced, committed or realized
    #[arg(long)]
    kind: Option<String>,
    /// The entry's date (YYYY-MM-DD, today, +2w…)
    #[arg(long, value_name = "DATE")]
    on: Option<String>,
    /// A note ("" removes it)
    #[arg(long)]
    note: Option<String>,
}

/// `edit entry FILE TARGET NUMBER --amount … --kind … --on … --note …`: the entry written again
/// with its new values, after the target's other entries (each kind is summed on its own, so
/// its place in the list changes no figure).
pub(super) fn edit_entry(
    file: &Path,
    target: &str,
    number: Option<usize>,
    fields: &EntryFields,
    today: NaiveDate,
    force: bool,
) -> ExitCode {
    if fields.amount.is_none()
        && fields.kind.is_none()
        && fields.on.is_none()
        && fields.note.is_none()
    {
        eprintln!("error: nothing to change: give --amount, --kind, --on or --note");
        return ExitCode::from(EXIT_USAGE);
    }
    // One write: the old entry out, the new one in after the target's others.
    change_file("edit", file, force, |model| {
        let (t, index) = entry_of(file, model, target, number)?;
        let unit = model.targets[t].unit.clone();
        let mut entry = model.targets[t].entries[index].clone();
        if let Some(amount) = &fields.amount {
            entry.amount =
                parse_amount(amount, &unit).map_err(|e| refuse(format!("--amount: {e}")))?;
        }
        if let Some(kind) = &fields.kind {
            entry.kind = EntryKind::parse(&kind.trim().to_lowercase()).ok_or_else(|| {
                refuse(format!(
                    "--kind: `{}` is not a kind; the kinds are announced, committed, realized",
                    text::quote(kind)
                ))
            })?;
        }
        if let Some(on) = &fields.on {
            entry.date = parse_date(on, today, model.partnership.fiscal_start())
                .map_err(|e| refuse(format!("--on: {e}")))?;
        }
        if let Some(note) = &fields.note {
            entry.note = Some(note.clone()).filter(|n| !n.is_empty());
        }
        let old = model.targets[t].entries[index].clone();
        if entry == old {
            return Err(refuse("nothing changed"));
        }
        model.remove_entry(t, index);
        model.add_entry(t, entry.clone()).map_err(refuse)?;
        let new_index = model.targets[t].entries.len() - 1;
        let said = format!(
            "entry {} of target `{}`: {} is now {} (written after its other entries)",
            index + 1,
            text::quote(target),
            described(&old, &unit),
            described(&entry, &unit)
        );
        Ok((
            Change::Tables(vec![
                Authored::RemovedEntry { target: t, index },
                Authored::Entry {
                    target: t,
                    index: new_index,
                },
            ]),
            said,
        ))
    })
}

/// Target `target`'s entry `number` (from 1), or the list of its entries when it is not given or
/// not there.
pub(super) fn entry_of(
    file: &Path,
    model: &Model,
    target: &str,
    number: Option<usize>,
) -> Result<(usize, usize), ExitCode> {
    let Some(t) = model.targets.iter().position(|x| x.id == target) else {
        let ids: Vec<&str> = model.targets.iter().map(|x| x.id.as_str()).collect();
        return Err(unknown(file, "target", target, &ids));
    };
    let entries = &model.targets[t].entries;
    match number {
        Some(n) if (1..=entries.len()).contains(&n) => Ok((t, n - 1)),
        _ => {
            let unit = &model.targets[t].unit;
            if entries.is_empty() {
                eprintln!(
                    "error: target `{}` has no entries; nothing written",
                    text::quote(target)
                );
            } else {
                eprintln!(
                    "error: {}; the entries of target `{}` are:",
                    number.map_or_else(
                        || "which entry? give its number".to_string(),
                        |n| format!("there is no entry {n}")
                    ),
                    text::quote(target)
                );
                for (k, e) in entries.iter().enumerate() {
                    eprintln!("  {}. {}", k + 1, described(e, unit));
                }
            }
            Err(ExitCode::from(EXIT_USAGE))
        }
    }
}

pub(super) fn described(e: &TargetEntry, unit: &str) -> String {
    let note = e
        .note
        .as_deref()
        .map(|n| format!(" ({})", text::quote(n)))
        .unwrap_or_default();
    format!("{}{note}", e.describe(unit))
}

/// `edit pillar FILE ID --title --summary --source`: the values set in place.
pub(super) fn edit_pillar(file: &Path, id: &str, fields: &PillarFields, force: bool) -> ExitCode {
    change_file("edit", file, force, |model| {
        let index = existing(file, model, "pillar", id)?;
        let before = model.pillars[index].clone();
        let mut after = before.clone();
        if let Some(title) = &fields.title {
            after.title.clone_from(title);
        }
        if let Some(summary) = &fields.summary {
            after.summary = Some(summary.clone()).filter(|s| !s.is_empty());
        }
        if let Some(source) = &fields.source {
            after.source = if source.is_empty() {
                None
            } else {
                Some(existing(file, model, "source", source)?)
            };
        }
        let values = pillar_values(&before, &model.sources, &after, &model.sources);
        model.set_pillar(index, after).map_err(refuse)?;
        revalued(
            Table::Pillar,
            id,
            index,
            values,
            fields.given(),
            "--title, --summary or --source",
        )
    })
}

/// `edit source FILE ID --title --url --publisher --published --note`: the values set in place.
pub(super) fn edit_source(
    file: &Path,
    id: &str,
    fields: &SourceFields,
    today: NaiveDate,
    force: bool,
) -> ExitCode {
    change_file("edit", file, force, |model| {
        let index = existing(file, model, "source", id)?;
        let before = model.sources[index].clone();
        let mut after = before.clone();
        if let Some(title) = &fields.title {
            if title.trim().is_empty() {
                return Err(refuse("a source needs a title"));
            }
            after.title.clone_from(title);
        }
        for (given, field) in [
            (&fields.url, &mut after.url),
            (&fields.publisher, &mut after.publisher),
            (&fields.note, &mut after.note),
        ] {
            if let Some(value) = given {
                *field = Some(value.clone()).filter(|v| !v.is_empty());
            }
        }
        if let Some(published) = &fields.published {
            after.published = if published.is_empty() {
                None
            } else {
                Some(
                    parse_date(published, today, model.partnership.fiscal_start())
                        .map_err(|e| refuse(format!("--published: {e}")))?,
                )
            };
        }
        let values = source_values(&before, &after);
        model.sources[index] = after;
        revalued(
            Table::Source,
            id,
            index,
            values,
            fields.given(),
            "--title, --url, --publisher, --published or --note",
        )
    })
}

/// The change of a pillar's or a source's values in place, and what to say of it; refused when
/// no value was given (`options` names the ones there are) or none changed.
fn revalued(
    table: Table,
    id: &str,
    index: usize,
    values: Vec<(&'static str, Option<Value>)>,
    given: bool,
    options: &str,
) -> Result<(Change, String), ExitCode> {
    if !given {
        return Err(refuse(format!("nothing to change: give {options}")));
    }
    if values.is_empty() {
        return Err(refuse(
            "nothing changed: the values given are the ones it has",
        ));
    }
    let names: Vec<&str> = values.iter().map(|(k, _)| *k).collect();
    let kind = match table {
        Table::Pillar => "pillar",
        Table::Source => "source",
    };
    let said = format!("{kind} `{}`: {} changed", text::quote(id), names.join(", "));
    Ok((
        Change::Revalued(Revalued {
            table,
            file: index,
            values,
        }),
        said,
    ))
}

/// The index of the `kind` (pillar, source) with id `id`; an unknown or empty id is refused with
/// the nearest and the choices ([`reference`]).
pub(super) fn existing(
    file: &Path,
    model: &Model,
    kind: &str,
    id: &str,
) -> Result<usize, ExitCode> {
    reference(file, model, kind, Some(id))?.ok_or_else(|| {
        let ids: Vec<&str> = if kind == "pillar" {
            model.pillars.iter().map(|x| x.id.as_str()).collect()
        } else {
            model.sources.iter().map(|x| x.id.as_str()).collect()
        };
        unknown(file, kind, id, &ids)
    })
}
