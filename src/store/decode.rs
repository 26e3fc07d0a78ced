//! Turns the parsed TOML tree of a file into a [`Model`], checking it against docs/format.md and
//! reporting every problem with its place. The tree is consumed as it is read, so the file's
//! structure is never held twice.
//!
//! Longer than 400 lines on purpose: it is the format's one reader, table by table in the order
//! docs/format.md describes them, with the id checks between tables beside the tables they join.

use crate::model::names::Table;
use std::collections::HashMap;
use std::ops::Range;

use toml::Spanned;
use toml::de::DeTable;

use super::diagnostic::Diagnostic;
use super::fields::KeyValue;
use super::fields::{Fields, Problems, Value};
use super::source_map::{
    DetailSpans, HistorySpans, MilestoneSpans, SourceMap, TableSpans, TargetSpans,
};
use crate::model::{
    Agreement, EntryKind, HistoryEntry, Milestone, Model, Objective, Partnership, Pillar, Rate,
    SCHEMA_VERSION, Source, Status, Target, TargetEntry,
};

const TOP: &[&str] = &[
    "schema",
    "partnership",
    "sources",
    "pillars",
    "agreements",
    "objectives",
    "targets",
    "milestones",
    "rates",
    "deck",
    "translations",
];
const PARTNERSHIP: &[&str] = &[
    "title",
    "parties",
    "summary",
    "as_of",
    "pillars_declared",
    "fiscal_year_starts",
];
pub(super) const SOURCE: &[&str] = &["id", "title", "published", "publisher", "url", "note"];
pub(super) const PILLAR: &[&str] = &["id", "title", "summary", "source"];
const AGREEMENT: &[&str] = &[
    "id", "title", "kind", "signed", "place", "occasion", "summary", "source",
];
const OBJECTIVE: &[&str] = &["id", "title", "agreement", "pillar", "summary", "source"];
const TARGET: &[&str] = &[
    "id", "title", "unit", "amount", "start", "end", "pillar", "summary", "source", "entries",
];
pub(super) const ENTRY: &[&str] = &["date", "amount", "kind", "note", "source"];
pub(super) const MILESTONE: &[&str] = &[
    "id",
    "title",
    "pillar",
    "status",
    "objective",
    "due",
    "done_on",
    "weight",
    "owner",
    "notes",
    "source",
    "history",
];
const HISTORY: &[&str] = &["at", "to", "from", "note"];
const RATE: &[&str] = &["from", "to", "rate", "as_of", "source"];

/// The milestones of a file read in parts (`parts.rs`): for each batch, where its text starts
/// and its tree, or `None` when the batch did not parse (the whole file is then read whole).
pub(super) type Batches<'b, 'i> =
    &'b mut dyn Iterator<Item = Option<(usize, Spanned<DeTable<'i>>)>>;

/// Decodes a parsed file. The model is `None` when any error was found; warnings come either way.
/// After a syntax error the tree is what the parser recovered: missing keys are then left
/// unreported, as the syntax error may have eaten them. With `batches`, the milestones are read
/// from them rather than from `root`, and the answer is `None` when one of them did not parse;
/// `count` is how many milestones there are, when known (room is made for them at once). The
/// milestones' places are kept only when `places` (the others' are few).
pub(super) fn decode<'i>(
    root: Spanned<DeTable<'i>>,
    after_syntax_error: bool,
    batches: Option<Batches<'_, 'i>>,
    count: usize,
    places: bool,
) -> Option<(Option<Model>, Vec<Diagnostic>, SourceMap)> {
    let mut p = Problems::default();
    let span = root.span();
    let mut top = p.fields_of("the file", span.start..span.start, root.into_inner(), TOP);
    if let Some(schema) = p.required(&mut top, "schema", |p, v| {
        let span = v.span();
        p.integer(v).map(|n| (n, span))
    }) && schema.0 != SCHEMA_VERSION
    {
        p.push(
            Diagnostic::error(schema.1, format!("unsupported schema {}", schema.0)).with_help(
                format!("this version of pactboard reads schema = {SCHEMA_VERSION}"),
            ),
        );
    }
    let partnership = p.required(&mut top, "partnership", partnership);

    let mut spans = SourceMap::default();
    // An inline array's value starts before its first table (an array of tables' is that table).
    let inline =
        |kv: Option<KeyValue>, first: Option<usize>| kv.filter(|kv| first != Some(kv.value.start));
    let sources_kv = top.key_value("sources");
    let pillars_kv = top.key_value("pillars");
    let milestones_kv = top.key_value("milestones");
    let sources = list(&mut p, &mut top, "sources", SOURCE, "source", |p, f| {
        spans.sources.push(TableSpans::of(f));
        source(p, f)
    });
    spans.inline_sources = inline(sources_kv, spans.sources.first().map(|t| t.table.start));
    let sources = register(&mut p, "source", sources, |s| &s.id, |s, id| s.id = id);
    let source_ids = index(&sources, |s| &s.id);

    let pillars = list(&mut p, &mut top, "pillars", PILLAR, "pillar", |p, f| {
        spans.pillars.push(TableSpans::of(f));
        pillar(p, f, &source_ids)
    });
    spans.inline_pillars = inline(pillars_kv, spans.pillars.first().map(|t| t.table.start));
    let pillars = register(&mut p, "pillar", pillars, |x| &x.id, |x, id| x.id = id);
    let pillar_ids = index(&pillars, |x| &x.id);

    let agreements = list(
        &mut p,
        &mut top,
        "agreements",
        AGREEMENT,
        "agreement",
        |p, f| {
            let id = p.required(f, "id", Problems::id);
            let agreement = Agreement {
                id: String::new(),
                title: p.required(f, "title", Problems::text).unwrap_or_default(),
                kind: p.optional(f, "kind", Problems::string),
                signed: p.optional(f, "signed", Problems::date),
                place: p.optional(f, "place", Problems::string),
                occasion: p.optional(f, "occasion", Problems::string),
                summary: p.optional(f, "summary", Problems::string),
                source: p.optional(f, "source", |p, v| p.reference(v, "source", &source_ids)),
            };
            (id, agreement)
        },
    );
    let agreements = register(
        &mut p,
        "agreement",
        agreements,
        |x| &x.id,
        |x, id| x.id = id,
    );
    let agreement_ids = index(&agreements, |x| &x.id);

    let objectives = list(
        &mut p,
        &mut top,
        "objectives",
        OBJECTIVE,
        "objective",
        |p, f| {
            let id = p.required(f, "id", Problems::id);
            let objective = Objective {
                id: String::new(),
                title: p.required(f, "title", Problems::text).unwrap_or_default(),
                agreement: p.optional(f, "agreement", |p, v| {
                    p.reference(v, "agreement", &agreement_ids)
                }),
                pillar: p.optional(f, "pillar", |p, v| p.reference(v, "pillar", &pillar_ids)),
                summary: p.optional(f, "summary", Problems::string),
                source: p.optional(f, "source", |p, v| p.reference(v, "source", &source_ids)),
            };
            (id, objective)
        },
    );
    let objectives = register(
        &mut p,
        "objective",
        objectives,
        |x| &x.id,
        |x, id| x.id = id,
    );
    let objective_ids = index(&objectives, |x| &x.id);

    let refs = Refs {
        sources: &source_ids,
        pillars: &pillar_ids,
        objectives: &objective_ids,
    };
    let targets = list(&mut p, &mut top, "targets", TARGET, "target", |p, f| {
        let (id, target, at) = target(p, f, &refs);
        spans.targets.push(at);
        (id, target)
    });
    let targets = register(&mut p, "target", targets, |x| &x.id, |x, id| x.id = id);
    // The milestones are most of a large file: each is moved once into its place, and where
    // the file was read in parts their number is known before the first is read.
    let mut milestones = Vec::with_capacity(count);
    let mut ids = Vec::with_capacity(count);
    if places {
        spans.milestones.reserve_exact(count);
    }
    let mut read = |p: &mut Problems, f: &mut Fields<'i>, by: usize| {
        let (id, mut milestone, mut at) = milestone(p, f, &refs, false);
        if places {
            at.shift(0, by as isize);
            spans.milestones.push(at);
        }
        ids.push(id.map(|id| {
            let id = super::parts::moved(id, by);
            let span = id.span();
            milestone.id = id.into_inner();
            span
        }));
        milestones.push(milestone);
    };
    match batches {
        None => each(
            &mut p,
            &mut top,
            "milestones",
            MILESTONE,
            "milestone",
            |p, f| read(p, f, 0),
        ),
        Some(batches) => {
            for batch in batches {
                let (by, root) = batch?;
                let (said, missing) = (p.list.len(), p.missing.len());
                let start = root.span().start;
                let mut part = p.fields_of("the file", start..start, root.into_inner(), TOP);
                each(
                    &mut p,
                    &mut part,
                    "milestones",
                    MILESTONE,
                    "milestone",
                    |p, f| read(p, f, by),
                );
                for d in p.list[said..].iter_mut().chain(&mut p.missing[missing..]) {
                    d.shift(by);
                }
            }
        }
    }
    spans.inline_milestones = inline(
        milestones_kv,
        spans.milestones.first().map(|m| m.table.start),
    );
    duplicates(&mut p, "milestone", &milestones, &ids, |x| &x.id);
    drop(ids);
    let rates = list(&mut p, &mut top, "rates", RATE, "rate", |p, f| {
        let rate = Rate {
            from: p.required(f, "from", Problems::text).unwrap_or_default(),
            to: p.required(f, "to", Problems::text).unwrap_or_default(),
            rate: p.required(f, "rate", Problems::rate).unwrap_or(1.0),
            as_of: p.required(f, "as_of", Problems::date).unwrap_or_default(),
            source: p.optional(f, "source", |p, v| p.reference(v, "source", &source_ids)),
        };
        (None, rate)
    });
    let rates = rates.into_iter().map(|(_, r)| r).collect();
    let deck = p
        .optional(&mut top, "deck", |p, v| {
            super::deck::deck(p, v, &pillar_ids)
        })
        .unwrap_or_default();
    let target_ids = index(&targets, |x| &x.id);
    let milestone_ids = index(&milestones, |x| &x.id);
    let pillar_has_summary = |i: usize| pillars.get(i).is_some_and(|p| p.summary.is_some());
    let named = super::translations::Named {
        ids: [
            (Table::Pillar, &pillar_ids),
            (Table::Agreement, &agreement_ids),
            (Table::Objective, &objective_ids),
            (Table::Target, &target_ids),
            (Table::Milestone, &milestone_ids),
        ],
        sources: &source_ids,
        pillar_has_summary: &pillar_has_summary,
    };
    let translations = p
        .optional(&mut top, "translations", |p, v| {
            Some(super::translations::translations(p, v, &named))
        })
        .unwrap_or_default();

    let mut diagnostics = p.list;
    if !after_syntax_error {
        diagnostics.append(&mut p.missing);
    }
    diagnostics.sort_by_key(|d| (d.span.start, d.severity));
    let has_errors = diagnostics.iter().any(Diagnostic::is_error);
    let model = match partnership {
        Some(partnership) if !has_errors => Some(Model {
            partnership,
            sources,
            pillars,
            agreements,
            objectives,
            targets,
            milestones,
            rates,
            deck,
            translations,
        }),
        _ => None,
    };
    Some((model, diagnostics, spans))
}

/// The id indexes references are resolved against.
pub(super) struct Refs<'a> {
    pub(super) sources: &'a HashMap<&'a str, usize>,
    pub(super) pillars: &'a HashMap<&'a str, usize>,
    pub(super) objectives: &'a HashMap<&'a str, usize>,
}

fn partnership(p: &mut Problems, v: Value<'_>) -> Option<Partnership> {
    let mut f = p.fields("[partnership]", v, PARTNERSHIP)?;
    let title = p.required(&mut f, "title", Problems::text);
    let parties = p.required(&mut f, "parties", |p, v| {
        let span = v.span();
        let parties = p.strings(v)?;
        if parties.len() < 2 {
            p.push(
                Diagnostic::error(
                    span,
                    format!(
                        "a partnership needs at least two parties, found {}",
                        parties.len()
                    ),
                )
                .with_help("such as parties = [\"India\", \"Japan\"]"),
            );
        }
        Some(parties)
    });
    let summary = p.optional(&mut f, "summary", Problems::string);
    let as_of = p.optional(&mut f, "as_of", Problems::date);
    let pillars_declared = p.optional(&mut f, "pillars_declared", |p, v| {
        let span = v.span();
        let n = p.integer(v)?;
        let fits = u32::try_from(n).ok();
        if fits.is_none() {
            p.push(Diagnostic::error(
                span,
                format!("must be a count of pillars, found {n}"),
            ));
        }
        fits
    });
    let fiscal_year_starts = p.optional(&mut f, "fiscal_year_starts", |p, v| {
        let span = v.span();
        let n = p.integer(v)?;
        let month = u32::try_from(n).ok().filter(|m| (1..=12).contains(m));
        if month.is_none() {
            p.push(
                Diagnostic::error(
                    span,
                    format!("must be the month the fiscal year starts in, 1 to 12, found {n}"),
                )
                .with_help("India's and Japan's start in April: fiscal_year_starts = 4"),
            );
        }
        month
    });
    Some(Partnership {
        title: title?,
        parties: parties?,
        summary,
        as_of,
        pillars_declared,
        fiscal_year_starts,
    })
}

/// Decodes one source.
pub(super) fn source(p: &mut Problems, f: &mut Fields<'_>) -> (Option<Spanned<String>>, Source) {
    let id = p.required(f, "id", Problems::id);
    let source = Source {
        id: String::new(),
        title: p.required(f, "title", Problems::text).unwrap_or_default(),
        published: p.optional(f, "published", Problems::date),
        publisher: p.optional(f, "publisher", Problems::string),
        url: p.optional(f, "url", Problems::string),
        note: p.optional(f, "note", Problems::string),
    };
    (id, source)
}

/// Decodes one pillar.
pub(super) fn pillar(
    p: &mut Problems,
    f: &mut Fields<'_>,
    source_ids: &HashMap<&str, usize>,
) -> (Option<Spanned<String>>, Pillar) {
    let id = p.required(f, "id", Problems::id);
    let pillar = Pillar {
        id: String::new(),
        title: p.required(f, "title", Problems::text).unwrap_or_default(),
        summary: p.optional(f, "summary", Problems::string),
        source: p.optional(f, "source", |p, v| p.reference(v, "source", source_ids)),
    };
    (id, pillar)
}

/// Decodes one entry of a target.
pub(super) fn entry(p: &mut Problems, mut f: Fields<'_>, refs: &Refs<'_>) -> TargetEntry {
    TargetEntry {
        date: p
            .required(&mut f, "date", Problems::date)
            .unwrap_or_default(),
        amount: p
            .required(&mut f, "amount", Problems::positive)
            .unwrap_or(1.0),
        kind: p
            .required(&mut f, "kind", entry_kind)
            .unwrap_or(EntryKind::Announced),
        note: p.optional(&mut f, "note", Problems::string),
        source: p.optional(&mut f, "source", |p, v| {
            p.reference(v, "source", refs.sources)
        }),
    }
}

/// Decodes one target, and where it and its entries were written.
fn target(
    p: &mut Problems,
    f: &mut Fields<'_>,
    refs: &Refs<'_>,
) -> (Option<Spanned<String>>, Target, TargetSpans) {
    let entries_kv = f.key_value("entries");
    let mut at = TargetSpans {
        table: TableSpans::of(f),
        entries: HistorySpans::None,
    };
    let own_end_without_entries = f.end_without("entries");
    let id = p.required(f, "id", Problems::id);
    let title = p.required(f, "title", Problems::text).unwrap_or_default();
    let unit = p.required(f, "unit", Problems::text).unwrap_or_default();
    let amount = p.required(f, "amount", Problems::positive).unwrap_or(1.0);
    let start = p.required(f, "start", Problems::date);
    let end = p.required(f, "end", |p, v| {
        let span = v.span();
        p.date(v).map(|d| (d, span))
    });
    if let (Some(start), Some((end, span))) = (start, &end)
        && *end <= start
    {
        p.push(Diagnostic::error(
            span.clone(),
            format!("`end` ({end}) must be after `start` ({start})"),
        ));
    }
    let pillar = p.optional(f, "pillar", |p, v| p.reference(v, "pillar", refs.pillars));
    let summary = p.optional(f, "summary", Problems::string);
    let source = p.optional(f, "source", |p, v| p.reference(v, "source", refs.sources));
    let entry_tables = p
        .optional(f, "entries", |p, v| Some(p.tables(v, "targets.entries")))
        .unwrap_or_default();
    let mut entries = Vec::with_capacity(entry_tables.len());
    let mut tables = Vec::with_capacity(entry_tables.len());
    for v in entry_tables {
        if let Some(f) = p.fields("target entry", v, ENTRY) {
            tables.push((f.span.clone(), f.end));
            entries.push(entry(p, f, refs));
        }
    }
    if let Some(kv) = entries_kv {
        at.entries = nested(kv, tables);
        if matches!(at.entries, HistorySpans::Tables(_)) {
            at.table.own_end = own_end_without_entries;
        }
    }
    let target = Target {
        id: String::new(),
        title,
        unit,
        amount,
        start: start.unwrap_or_default(),
        end: end.map(|(d, _)| d).unwrap_or_default(),
        pillar,
        summary,
        source,
        entries,
    };
    (id, target, at)
}

/// How an array of tables inside a table was written: as `[[a.b]]` tables when the first one's
/// header is where the array's value starts, else inline.
fn nested(kv: KeyValue, tables: Vec<(Range<usize>, usize)>) -> HistorySpans {
    let is_tables = tables
        .first()
        .is_some_and(|(header, _)| header.start == kv.value.start);
    if is_tables {
        HistorySpans::Tables(tables)
    } else {
        HistorySpans::Inline(kv, tables.into_iter().map(|(span, _)| span).collect())
    }
}

/// Decodes one milestone, and where its parts were written (every key's place when it is read
/// `alone`, to be edited).
pub(super) fn milestone(
    p: &mut Problems,
    f: &mut Fields<'_>,
    refs: &Refs<'_>,
    alone: bool,
) -> (Option<Spanned<String>>, Milestone, MilestoneSpans) {
    let mut at = MilestoneSpans {
        table: f.span.clone(),
        own_end: f.end,
        status: f.key_value("status"),
        done_on: f.key_value("done_on"),
        notes: f.key_value("notes"),
        due: f.key_value("due"),
        details: alone.then(|| {
            Box::new(DetailSpans {
                title: f.key_value("title"),
                pillar: f.key_value("pillar"),
                objective: f.key_value("objective"),
                weight: f.key_value("weight"),
                owner: f.key_value("owner"),
                source: f.key_value("source"),
            })
        }),
        history: HistorySpans::None,
    };
    let history_kv = f.key_value("history");
    let own_end_without_history = f.end_without("history");
    let id = p.required(f, "id", Problems::id);
    let title = p.required(f, "title", Problems::text).unwrap_or_default();
    let pillar = p.required(f, "pillar", |p, v| p.reference(v, "pillar", refs.pillars));
    let status = p.required(f, "status", |p, v| {
        let span = v.span();
        p.status(v).map(|s| (s, span))
    });
    let objective = p.optional(f, "objective", |p, v| {
        p.reference(v, "objective", refs.objectives)
    });
    let due = p.optional(f, "due", Problems::date);
    let done_on = p.optional(f, "done_on", |p, v| {
        let span = v.span();
        p.date(v).map(|d| (d, span))
    });
    let weight = p.optional(f, "weight", Problems::positive).unwrap_or(1.0);
    let owner = p.optional(f, "owner", Problems::string);
    let notes = p.optional(f, "notes", Problems::string);
    let source = p.optional(f, "source", |p, v| p.reference(v, "source", refs.sources));
    let history = p
        .optional(f, "history", |p, v| Some(p.tables(v, "milestones.history")))
        .unwrap_or_default();
    let mut entries = Vec::with_capacity(history.len());
    let mut last_span = None;
    let mut tables = Vec::new();
    for v in history {
        let Some(mut h) = p.fields("history entry", v, HISTORY) else {
            continue;
        };
        tables.push((h.span.clone(), h.end));
        let at = p.required(&mut h, "at", Problems::history_at);
        let to = p.required(&mut h, "to", |p, v| {
            let span = v.span();
            p.status(v).map(|s| (s, span))
        });
        let from = p.optional(&mut h, "from", Problems::status);
        let note = p.optional(&mut h, "note", Problems::string);
        if let (Some((at, day_only)), Some((to, span))) = (at, to) {
            // A day-only entry follows the timed entries of its own day (their order is unknown).
            if entries.last().is_some_and(|prev: &HistoryEntry| {
                prev.at > at && !(day_only && prev.at.date_naive() <= at.date_naive())
            }) {
                p.push(Diagnostic::warning(
                    h.span.clone(),
                    "this history entry is older than the one before it",
                ));
            }
            if let (Some(prev), Some(from)) = (entries.last(), from)
                && prev.to != from
            {
                p.push(Diagnostic::warning(
                    h.span.clone(),
                    format!(
                        "this history entry moves from `{from}`, but the entry before it moved to `{}`: the chain of changes is broken",
                        prev.to
                    ),
                ));
            }
            last_span = Some(span);
            entries.push(HistoryEntry {
                at,
                from,
                to,
                note,
                day_only,
            });
        }
    }
    if let (Some((status, status_span)), Some(last), Some(last_span)) =
        (&status, entries.last(), last_span)
        && last.to != *status
    {
        p.push(
            Diagnostic::warning(
                status_span.clone(),
                format!(
                    "status is `{status}` but the last history entry moves it to `{}`",
                    last.to
                ),
            )
            .with_related(last_span, "the last history entry"),
        );
    }
    if let (Some((status, _)), Some((_, span))) = (&status, &done_on)
        && *status != Status::Done
    {
        p.push(Diagnostic::warning(
            span.clone(),
            format!("`done_on` is set but the status is `{status}`"),
        ));
    }
    if let Some(kv) = history_kv {
        at.history = nested(kv, tables);
        if matches!(at.history, HistorySpans::Tables(_)) {
            at.own_end = own_end_without_history;
        }
    }
    let milestone = Milestone {
        id: String::new(),
        title,
        pillar: pillar.unwrap_or(usize::MAX),
        status: status.map_or(Status::Planned, |(s, _)| s),
        objective,
        due,
        done_on: done_on.map(|(d, _)| d),
        weight,
        owner,
        notes,
        source,
        history: entries,
    };
    (id, milestone, at)
}

fn entry_kind(p: &mut Problems, v: Value<'_>) -> Option<EntryKind> {
    let span = v.span();
    let name = p.string(v)?;
    let kind = EntryKind::parse(&name);
    if kind.is_none() {
        let names: Vec<&str> = EntryKind::ALL.iter().map(|k| k.as_str()).collect();
        p.push(unknown_name(span, "entry kind", &name, &names));
    }
    kind
}

impl Problems {
    fn status(&mut self, v: Value<'_>) -> Option<Status> {
        let span = v.span();
        let name = self.string(v)?;
        let status = Status::parse(&name);
        if status.is_none() {
            let names: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
            self.push(unknown_name(span, "status", &name, &names));
        }
        status
    }
}

fn unknown_name(span: Range<usize>, what: &str, name: &str, names: &[&str]) -> Diagnostic {
    let d = Diagnostic::error(
        span,
        format!(
            "unknown {what} `{}`; expected one of: {}",
            crate::text::quote(name),
            names.join(", ")
        ),
    );
    match super::suggest::closest(name, names) {
        Some(close) => d.with_help(format!("did you mean `{close}`?")),
        None => d,
    }
}

/// Reads every table of the array `name`, each through `read`.
fn list<'i, T>(
    p: &mut Problems,
    top: &mut Fields<'i>,
    name: &'static str,
    keys: &'static [&'static str],
    what: &'static str,
    mut read: impl FnMut(&mut Problems, &mut Fields<'i>) -> (Option<Spanned<String>>, T),
) -> Vec<(Option<Spanned<String>>, T)> {
    let mut out = Vec::new();
    each(p, top, name, keys, what, |p, f| out.push(read(p, f)));
    out
}

/// Opens every table of the array `name` and hands it to `read`.
fn each<'i>(
    p: &mut Problems,
    top: &mut Fields<'i>,
    name: &'static str,
    keys: &'static [&'static str],
    what: &'static str,
    mut read: impl FnMut(&mut Problems, &mut Fields<'i>),
) {
    let Some(v) = top.take(name) else {
        return;
    };
    for table in p.tables(v, name) {
        if let Some(mut fields) = p.fields(what, table, keys) {
            read(p, &mut fields);
        }
    }
}

/// Moves each id into its item and reports the second of any two equal ids of one kind.
fn register<T>(
    p: &mut Problems,
    kind: &str,
    items: Vec<(Option<Spanned<String>>, T)>,
    id_of: impl Fn(&T) -> &String,
    mut set: impl FnMut(&mut T, String),
) -> Vec<T> {
    let mut spans = Vec::with_capacity(items.len());
    let mut out = Vec::with_capacity(items.len());
    for (id, mut item) in items {
        spans.push(id.as_ref().map(Spanned::span));
        if let Some(id) = id {
            set(&mut item, id.into_inner());
        }
        out.push(item);
    }
    duplicates(p, kind, &out, &spans, id_of);
    out
}

/// Reports the second of any two equal ids of one kind (`spans`: where each id was written).
fn duplicates<T>(
    p: &mut Problems,
    kind: &str,
    out: &[T],
    spans: &[Option<Range<usize>>],
    id_of: impl Fn(&T) -> &String,
) {
    let mut first: HashMap<&str, usize> = HashMap::with_capacity(out.len());
    for (i, item) in out.iter().enumerate() {
        let Some(span) = &spans[i] else { continue };
        let id = id_of(item).as_str();
        if let Some(&earlier) = first.get(id) {
            let earlier = spans[earlier].clone().unwrap_or_default();
            p.push(
                Diagnostic::error(
                    span.clone(),
                    format!("duplicate {kind} id `{}`", crate::text::quote(id)),
                )
                .with_related(earlier, "first defined here"),
            );
        } else {
            first.insert(id, i);
        }
    }
}

/// Id → index, for resolving references.
fn index<T>(items: &[T], id: impl Fn(&T) -> &String) -> HashMap<&str, usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, x)| (id(x).as_str(), i))
        .collect()
}
