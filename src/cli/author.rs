//! `pactboard edit` and `remove`: changes to one milestone from scripts, through the same model
//! checks and the same save as the dashboard ([`super::write::change_file`]); and what `add
//! milestone` shares with `edit` (its fields, reading them, references by id).

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Args;

use super::write::{Change, change_file, refuse, unknown};
use crate::model::dates::parse_date;
use crate::model::edit::{Details, Edit};
use crate::model::{Milestone, Model};
use crate::store::author::Authored;
use crate::text;

/// The fields of a milestone that `add milestone` and `edit` set.
#[derive(Debug, Args, Default)]
pub struct MilestoneFields {
    /// The title
    #[arg(long)]
    pub title: Option<String>,
    /// The pillar's id
    #[arg(long)]
    pub pillar: Option<String>,
    /// The objective's id (`""` removes it)
    #[arg(long)]
    pub objective: Option<String>,
    /// The due date: YYYY-MM-DD, today, tomorrow, +2w, +3m, end of quarter, FY26 Q3, end of
    /// fiscal year (`""` removes it)
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
    /// Who owns it (`""` removes it)
    #[arg(long)]
    pub owner: Option<String>,
    /// Its weight in progress figures, above zero (1 when not given)
    #[arg(long)]
    pub weight: Option<String>,
    /// Notes (`""` removes them)
    #[arg(long)]
    pub notes: Option<String>,
    /// The source's id (`""` removes it)
    #[arg(long)]
    pub source: Option<String>,
}

/// How a file is written.
#[derive(Debug, Args, Clone, Copy)]
pub struct WriteOptions {
    /// Write the file even if it is marked read-only (never one you may not write); with `add
    /// entry`, record an entry the target already has (same kind, amount and date)
    #[arg(long)]
    pub force: bool,
}

/// `edit FILE ID --field value…`.
pub(super) fn edit(
    file: &Path,
    id: &str,
    fields: &MilestoneFields,
    today: NaiveDate,
    force: bool,
) -> ExitCode {
    change_file("edit", file, force, |model| {
        let Some(index) = model.milestone_index(id) else {
            let ids: Vec<&str> = model.milestones.iter().map(|m| m.id.as_str()).collect();
            return Err(unknown(file, "milestone", id, &ids));
        };
        let current = model.milestones[index].clone();
        let details = details(file, model, &current, fields, today)?;
        if details == Details::of(&current) {
            return Err(refuse(format!(
                "`{id}` already has these values (give a field to change, such as --title or --due)"
            )));
        }
        let applied = model
            .apply(index, Edit::Details(Box::new(details)))
            .map_err(refuse)?;
        let changed = changed_names(&applied.before, &applied.after);
        Ok((
            Change::Edited {
                index,
                before: applied.before,
            },
            format!("{id}: {} changed", changed.join(", ")),
        ))
    })
}

/// `remove FILE ID`.
pub(super) fn remove(file: &Path, id: &str, force: bool) -> ExitCode {
    change_file("remove", file, force, |model| {
        let Some(index) = model.milestone_index(id) else {
            let ids: Vec<&str> = model.milestones.iter().map(|m| m.id.as_str()).collect();
            return Err(unknown(file, "milestone", id, &ids));
        };
        let gone = model.remove_milestone(index).ok_or(ExitCode::FAILURE)?;
        let history = match gone.history.len() {
            0 => String::new(),
            n => format!(
                " with its {n} history entr{} (`pactboard set FILE {id} cancelled` keeps a record instead)",
                if n == 1 { "y" } else { "ies" }
            ),
        };
        Ok((
            Change::Authored(Authored::Removed { milestone: index }),
            format!("removed milestone `{id}`{history}"),
        ))
    })
}

/// The names of the fields that differ, for the message.
fn changed_names(a: &Milestone, b: &Milestone) -> Vec<&'static str> {
    let names = [
        "status",
        "notes",
        "due",
        "title",
        "pillar",
        "objective",
        "weight",
        "owner",
        "source",
    ];
    crate::model::edit::edited_fields(a, b)
        .into_iter()
        .zip(names)
        .filter_map(|(changed, name)| changed.then_some(name))
        .collect()
}

/// The details of `m` with the fields given on the command line put on them.
pub(super) fn details(
    file: &Path,
    model: &Model,
    m: &Milestone,
    fields: &MilestoneFields,
    today: NaiveDate,
) -> Result<Details, ExitCode> {
    let mut d = Details::of(m);
    if let Some(title) = &fields.title {
        if title.trim().is_empty() {
            return Err(refuse("--title: a milestone needs a title"));
        }
        d.title.clone_from(title);
    }
    if let Some(pillar) = &fields.pillar {
        d.pillar = reference(file, model, "pillar", Some(pillar))?.unwrap_or(d.pillar);
    }
    if let Some(objective) = &fields.objective {
        d.objective = reference(file, model, "objective", Some(objective))?;
    }
    if let Some(source) = &fields.source {
        d.source = reference(file, model, "source", Some(source))?;
    }
    if let Some(due) = &fields.due {
        d.due = if due.trim().is_empty() {
            None
        } else {
            Some(
                parse_date(due, today, model.partnership.fiscal_start())
                    .map_err(|e| refuse(format!("--due: {e}")))?,
            )
        };
    }
    if let Some(weight) = &fields.weight {
        d.weight = weight
            .trim()
            .parse::<f64>()
            .ok()
            .filter(|w| *w > 0.0 && w.is_finite())
            .ok_or_else(|| {
                refuse(format!(
                    "--weight: `{}` is not a number above zero",
                    text::quote(weight)
                ))
            })?;
    }
    if let Some(owner) = &fields.owner {
        d.owner = Some(owner.clone()).filter(|o| !o.is_empty());
    }
    if let Some(notes) = &fields.notes {
        d.notes = Some(notes.clone()).filter(|n| !n.is_empty());
    }
    Ok(d)
}

/// The index of the `kind` with id `id` (`None` for no id or `""`), or the refusal naming the
/// nearest id and the choices.
pub(super) fn reference(
    file: &Path,
    model: &Model,
    kind: &str,
    id: Option<&str>,
) -> Result<Option<usize>, ExitCode> {
    let Some(id) = id.filter(|id| !id.is_empty()) else {
        return Ok(None);
    };
    let ids: Vec<&str> = match kind {
        "pillar" => model.pillars.iter().map(|x| x.id.as_str()).collect(),
        "objective" => model.objectives.iter().map(|x| x.id.as_str()).collect(),
        _ => model.sources.iter().map(|x| x.id.as_str()).collect(),
    };
    match ids.iter().position(|x| *x == id) {
        Some(i) => Ok(Some(i)),
        None => Err(unknown(file, kind, id, &ids)),
    }
}
