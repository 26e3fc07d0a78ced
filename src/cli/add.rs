//! `pactboard add milestone|entry|source|pillar`: additions from scripts, through the same model
//! checks and the same save as the dashboard ([`super::write::change_file`]). References are
//! checked by id, values read as the dashboard's forms read them; on any error nothing is written.

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::Subcommand;

use super::author::{MilestoneFields, WriteOptions, details, reference};
use super::write::{Change, change_file, refuse, unknown};
use crate::model::amount::parse_amount;
use crate::model::dates::parse_date;
use crate::model::ids::id_for;
use crate::model::money::{Style, format};
use crate::model::{EntryKind, Milestone, Model, Pillar, Source, Status, TargetEntry};
use crate::store::author::Authored;
use crate::text;

/// What `add` adds.
#[derive(Debug, Subcommand)]
pub enum Addition {
    /// A milestone, after the file's last one
    #[command(
        after_help = "Example:\n  pactboard add milestone my.toml --title \"Agree the stockpiling framework\" --pillar economic-security --due 2026-03-31"
    )]
    Milestone {
        /// The partnership file
        file: std::path::PathBuf,
        #[command(flatten)]
        fields: MilestoneFields,
        /// The id [default: made from the title, unique in the file]
        #[arg(long)]
        id: Option<String>,
        /// The status it starts with
        #[arg(long, default_value = "planned")]
        status: String,
        #[command(flatten)]
        write: WriteOptions,
    },
    /// A reported amount of a target (announced, committed or realized)
    #[command(
        after_help = "AMOUNT is read as officials write it: 500000000000, 500_000_000_000, ¥500B, 500 billion yen, 0.5 trillion, 5000億円, 0.5兆円; for INR ₹2 lakh crore, 20 thousand crore.\n\nExample:\n  pactboard add entry my.toml japan-investment --kind committed --amount \"¥500 billion\" --on 2026-11-20 --note \"Gujarat plant\""
    )]
    Entry {
        /// The partnership file
        file: std::path::PathBuf,
        /// The target's id
        target: String,
        /// announced, committed or realized
        #[arg(long)]
        kind: String,
        /// The amount, in the target's unit
        #[arg(long, allow_hyphen_values = true)]
        amount: String,
        /// The date it was reported (YYYY-MM-DD, today, +2w...) [default: --today, else today]
        #[arg(long, value_name = "DATE")]
        on: Option<String>,
        /// The source's id
        #[arg(long)]
        source: Option<String>,
        /// A note
        #[arg(long)]
        note: Option<String>,
        #[command(flatten)]
        write: WriteOptions,
    },
    /// A source (an article, a joint statement), after the file's last one
    Source {
        /// The partnership file
        file: std::path::PathBuf,
        /// The title
        #[arg(long)]
        title: String,
        /// The id [default: made from the title, unique in the file]
        #[arg(long)]
        id: Option<String>,
        /// Where it can be read
        #[arg(long)]
        url: Option<String>,
        /// Who published it
        #[arg(long)]
        publisher: Option<String>,
        /// When it was published
        #[arg(long, value_name = "DATE")]
        published: Option<String>,
        /// A note
        #[arg(long)]
        note: Option<String>,
        #[command(flatten)]
        write: WriteOptions,
    },
    /// A pillar, after the file's last one
    Pillar {
        /// The partnership file
        file: std::path::PathBuf,
        /// The title
        #[arg(long)]
        title: String,
        /// The id [default: made from the title, unique in the file]
        #[arg(long)]
        id: Option<String>,
        /// A summary
        #[arg(long)]
        summary: Option<String>,
        /// The source's id
        #[arg(long)]
        source: Option<String>,
        #[command(flatten)]
        write: WriteOptions,
    },
}

/// `add`.
pub(super) fn add(what: Addition, today: NaiveDate) -> ExitCode {
    match what {
        Addition::Milestone {
            file,
            fields,
            id,
            status,
            write,
        } => change_file("add", &file, write.force, |model| {
            add_milestone(&file, model, &fields, id.as_deref(), &status, today)
        }),
        Addition::Entry {
            file,
            target,
            kind,
            amount,
            on,
            source,
            note,
            write,
        } => change_file("add", &file, write.force, |model| {
            let Some(t) = model.targets.iter().position(|t| t.id == target) else {
                let ids: Vec<&str> = model.targets.iter().map(|t| t.id.as_str()).collect();
                return Err(unknown(&file, "target", &target, &ids));
            };
            let unit = model.targets[t].unit.clone();
            let kind = entry_kind(&kind)?;
            let amount =
                parse_amount(&amount, &unit).map_err(|e| refuse(format!("--amount: {e}")))?;
            let date = match &on {
                Some(on) => parse_date(on, today, model.partnership.fiscal_start())
                    .map_err(|e| refuse(format!("--on: {e}")))?,
                None => today,
            };
            let source = reference(&file, model, "source", source.as_deref())?;
            let entry = TargetEntry {
                date,
                amount,
                kind,
                note: note.clone().filter(|n| !n.is_empty()),
                source,
            };
            if model.has_entry_like(t, &entry) && !write.force {
                return Err(refuse(format!(
                    "target `{}` already has {} {} on {date}: recorded twice, it would be counted twice; --force records it again",
                    text::quote(&target),
                    kind.as_str(),
                    format(amount, &unit, Style::Long)
                )));
            }
            model.add_entry(t, entry).map_err(refuse)?;
            let index = model.targets[t].entries.len() - 1;
            let said = format!(
                "recorded {} {} on {date} for target `{}`",
                kind.as_str(),
                format(amount, &unit, Style::Long),
                target
            );
            Ok((Change::Authored(Authored::Entry { target: t, index }), said))
        }),
        Addition::Source {
            file,
            title,
            id,
            url,
            publisher,
            published,
            note,
            write,
        } => change_file("add", &file, write.force, |model| {
            let id = new_id(id.as_deref(), &title, "source", |x| {
                model.sources.iter().any(|s| s.id == x)
            });
            let published = match &published {
                Some(d) => Some(
                    parse_date(d, today, model.partnership.fiscal_start())
                        .map_err(|e| refuse(format!("--published: {e}")))?,
                ),
                None => None,
            };
            let source = Source {
                id: id.clone(),
                title: title.clone(),
                published,
                publisher: publisher.clone().filter(|s| !s.is_empty()),
                url: url.clone().filter(|s| !s.is_empty()),
                note: note.clone().filter(|s| !s.is_empty()),
            };
            let index = model.add_source(source).map_err(refuse)?;
            Ok((
                Change::Authored(Authored::Source { index }),
                format!("added source `{id}`"),
            ))
        }),
        Addition::Pillar {
            file,
            title,
            id,
            summary,
            source,
            write,
        } => change_file("add", &file, write.force, |model| {
            let id = new_id(id.as_deref(), &title, "pillar", |x| {
                model.pillars.iter().any(|p| p.id == x)
            });
            let source = reference(&file, model, "source", source.as_deref())?;
            let pillar = Pillar {
                id: id.clone(),
                title: title.clone(),
                summary: summary.clone().filter(|s| !s.is_empty()),
                source,
            };
            let index = model.add_pillar(pillar).map_err(refuse)?;
            let named = match model.pillars_missing() {
                Some((named, declared)) => format!(" ({named} of {declared} named)"),
                None => String::new(),
            };
            Ok((
                Change::Authored(Authored::Pillar { index }),
                format!("added pillar `{id}`{named}"),
            ))
        }),
    }
}

fn add_milestone(
    file: &Path,
    model: &mut Model,
    fields: &MilestoneFields,
    id: Option<&str>,
    status: &str,
    today: NaiveDate,
) -> Result<(Change, String), ExitCode> {
    let Some(title) = fields.title.clone() else {
        return Err(refuse("a milestone needs --title"));
    };
    let Some(pillar) = fields.pillar.as_deref() else {
        let ids: Vec<&str> = model.pillars.iter().map(|p| p.id.as_str()).collect();
        return Err(refuse(format!(
            "a milestone needs --pillar, one of: {}",
            ids.join(", ")
        )));
    };
    let pillar = reference(file, model, "pillar", Some(pillar))?.unwrap_or_default();
    let status = Status::parse_loose(status).ok_or_else(|| {
        let names: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
        refuse(format!(
            "unknown status `{}`; the statuses are {}",
            text::quote(status),
            names.join(", ")
        ))
    })?;
    let id = new_id(id, &title, "milestone", |x| {
        model.milestone_index(x).is_some()
    });
    let mut m = Milestone::new(id.clone(), title.clone(), pillar);
    m.status = status;
    m.done_on = (status == Status::Done).then_some(today);
    let details = details(file, model, &m, fields, today)?;
    details.put_on(&mut m);
    let same_title: Vec<String> = model
        .milestones
        .iter()
        .filter(|x| x.title.trim().eq_ignore_ascii_case(title.trim()))
        .map(|x| format!("`{}`", text::quote(&x.id)))
        .collect();
    let index = model.add_milestone(m).map_err(refuse)?;
    let pillar_id = &model.pillars[pillar].id;
    let also = if same_title.is_empty() {
        String::new()
    } else {
        format!(
            " (note: {} has the same title: two milestones, or one added twice?)",
            same_title.join(", ")
        )
    };
    Ok((
        Change::Authored(Authored::Milestone { index }),
        format!("added milestone `{id}` to pillar `{pillar_id}`{also}"),
    ))
}

fn entry_kind(kind: &str) -> Result<EntryKind, ExitCode> {
    let normal = kind.trim().to_lowercase();
    EntryKind::parse(&normal).ok_or_else(|| {
        let names: Vec<&str> = EntryKind::ALL.iter().map(|k| k.as_str()).collect();
        let hint = crate::store::closest(&normal, &names)
            .map(|c| format!(" (did you mean `{c}`?)"))
            .unwrap_or_default();
        refuse(format!(
            "--kind: unknown kind `{}`{hint}; the kinds are {}",
            text::quote(kind),
            names.join(", ")
        ))
    })
}

/// The id given, or one made from the title that `taken` says is free.
fn new_id(given: Option<&str>, title: &str, kind: &str, taken: impl Fn(&str) -> bool) -> String {
    match given {
        Some(id) => id.to_string(),
        None => id_for(title, kind, taken),
    }
}
