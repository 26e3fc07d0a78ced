//! A model change in words, in each language: the Changes view, the "since" slide and `log`
//! (in English) say a change with these.

use chrono::NaiveDate;

use super::Status;
use super::diff::Change;
use crate::i18n::Lang;
use crate::tr;

impl Change {
    /// The change in words.
    pub fn describe(&self) -> String {
        self.describe_in(Lang::En)
    }

    /// The change in words, in `lang`.
    pub fn describe_in(&self, lang: Lang) -> String {
        let quote = |s: &str| crate::text::sanitize(s);
        match self {
            Change::Status {
                title,
                from,
                to,
                note,
                by_hand,
                ..
            } => {
                let mut out = format!(
                    "{}: {}",
                    quote(title),
                    Status::transition_in(lang, *from, *to)
                );
                if let Some(note) = note {
                    out.push_str(&format!(" “{}”", quote(note)));
                }
                if *by_hand {
                    out.push_str(&format!(" {}", tr!(lang, "change-by-hand")));
                }
                out
            }
            Change::MilestoneAdded { title, pillar, .. } => {
                tr!(
                    lang,
                    "change-added",
                    title = quote(title),
                    pillar = quote(pillar)
                )
            }
            Change::MilestoneRemoved { title, .. } => {
                tr!(lang, "change-removed", title = quote(title))
            }
            Change::Retitled { from, to, .. } => {
                tr!(lang, "change-retitled", from = quote(from), to = quote(to))
            }
            Change::Moved {
                title, from, to, ..
            } => tr!(
                lang,
                "change-moved",
                title = quote(title),
                from = quote(from),
                to = quote(to)
            ),
            Change::Redated {
                title, from, to, ..
            } => tr!(
                lang,
                "change-redated",
                title = quote(title),
                from = due(lang, *from),
                to = due(lang, *to)
            ),
            Change::MilestoneChanged { title, fields, .. } => tr!(
                lang,
                "change-fields",
                title = quote(title),
                fields = fields.join(", ")
            ),
            Change::EntryRecorded {
                target,
                kind,
                amount,
                unit,
                date,
                note,
            } => {
                let amount =
                    super::money::format_in(lang, *amount, unit, super::money::Style::Long);
                let note = note
                    .as_ref()
                    .map(|n| format!(" “{}”", quote(n)))
                    .unwrap_or_default();
                let kind = super::EntryKind::parse(kind).map_or(*kind, |k| k.label_in(lang));
                tr!(
                    lang,
                    "change-entry",
                    target = target.as_str(),
                    kind = kind,
                    amount = amount,
                    date = crate::i18n::format::date(lang, *date),
                    note = note
                )
            }
            Change::Table { table, id, what } => {
                let said = crate::i18n::message(
                    lang,
                    &format!("change-{table}-{what}"),
                    &[("id", crate::i18n::Arg::from(quote(id)))],
                );
                if said.starts_with("change-") {
                    format!("{table} {} {what}", quote(id))
                } else {
                    said
                }
            }
        }
    }

    /// The change in words for a row of a list, what changed first (a title can be long and is
    /// cut at the row's end): `planned → blocked · Title`, `due 2026-03-31 → none · Title`.
    pub fn short(&self) -> String {
        self.short_in(Lang::En)
    }

    /// [`Change::short`] in `lang`.
    pub fn short_in(&self, lang: Lang) -> String {
        let quote = |s: &str| crate::text::sanitize(s);
        match self {
            Change::Status {
                title,
                from,
                to,
                by_hand,
                ..
            } => {
                let hand = if *by_hand {
                    format!("{} ", tr!(lang, "change-by-hand-short"))
                } else {
                    String::new()
                };
                format!(
                    "{hand}{} · {}",
                    Status::transition_in(lang, *from, *to),
                    quote(title)
                )
            }
            Change::Redated {
                title, from, to, ..
            } => {
                format!(
                    "{} · {}",
                    tr!(
                        lang,
                        "change-redated-short",
                        from = due(lang, *from),
                        to = due(lang, *to)
                    ),
                    quote(title)
                )
            }
            Change::MilestoneChanged { title, fields, .. } => {
                format!(
                    "{} · {}",
                    tr!(lang, "change-fields-short", fields = fields.join(", ")),
                    quote(title)
                )
            }
            _ => self.describe_in(lang),
        }
    }
}

/// What a file made anew holds, from its changes (all additions): `7 pillars, 9 milestones, …`.
pub fn contents(changes: &[Change]) -> String {
    contents_in(Lang::En, changes)
}

/// [`contents`] in `lang`.
pub fn contents_in(lang: Lang, changes: &[Change]) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    let mut count = |what: &'static str| match counts.iter_mut().find(|(w, _)| *w == what) {
        Some((_, n)) => *n += 1,
        None => counts.push((what, 1)),
    };
    for c in changes {
        match c {
            Change::Table { table, .. } => count(table),
            Change::MilestoneAdded { .. } => count("milestone"),
            Change::EntryRecorded { .. } => count("entry"),
            Change::Status { .. } => count("status"),
            _ => count("other"),
        }
    }
    counts
        .into_iter()
        .map(|(what, n)| {
            let id = format!("contents-{what}");
            let said = crate::i18n::message(lang, &id, &[("count", crate::i18n::Arg::from(n))]);
            if said == id {
                format!("{n} {what}")
            } else {
                said
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A due date in words.
fn due(lang: Lang, date: Option<NaiveDate>) -> String {
    date.map_or_else(
        || tr!(lang, "no-date"),
        |d| crate::i18n::format::date(lang, d),
    )
}
