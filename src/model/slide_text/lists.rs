//! What the deck's list slides list, in words: the pillars with nothing recorded, what is
//! coming up, everything since the last meeting, and what needs a decision. Each list is a
//! sequence of group headings and items; an item is runs of text with a tone (the terminal
//! gives each tone its theme's colour, the page its class). The deck cuts a list into pages
//! ([`crate::model::deck`]) by counting the rows each line wraps to with [`crate::text::wrap_runs`],
//! the same rule the terminal draws with, so that a page is never cut and nothing is lost between
//! pages.
//!
//! Every text here is made safe for a terminal (`text::safe_line`) where it is built, so that the
//! rows counted are the rows drawn; the page escapes it for HTML as it writes it.

use std::collections::HashMap;

use crate::i18n::format::date;
use crate::i18n::{Lang, Langs};
use crate::model::diff::Change;
use crate::model::money::{self, Style};
use crate::model::{EntryKind, Figures, Model, Since, Status};
use crate::text::safe_line;
use crate::tr;

/// How a run of a list is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Text,
    Muted,
    Accent,
    Bad,
    Warn,
    Good,
    Status(Status),
}

/// One line of a list slide, before it is wrapped.
#[derive(Debug, Clone, PartialEq)]
pub enum ListLine {
    /// A group's heading: a pillar's title, "Blocked (3)".
    Group(String),
    /// A group's heading of pactboard's own words in the deck's second language, right under
    /// it (`--lang en+ja`); it goes with its group onto a page.
    Beneath(String),
    /// One item: runs of text, each with its tone, wrapped as one text.
    Item(Vec<(String, Tone)>),
}

impl ListLine {
    /// The line's text, as a reader gets it.
    pub fn text(&self) -> String {
        match self {
            ListLine::Group(g) | ListLine::Beneath(g) => g.clone(),
            ListLine::Item(runs) => runs.iter().map(|(t, _)| t.as_str()).collect(),
        }
    }

    /// The line as runs (a group's heading is one run in the accent).
    pub fn runs(&self) -> Vec<(&str, Tone)> {
        match self {
            ListLine::Group(g) => vec![(g.as_str(), Tone::Accent)],
            ListLine::Beneath(g) => vec![(g.as_str(), Tone::Muted)],
            ListLine::Item(runs) => runs.iter().map(|(t, tone)| (t.as_str(), *tone)).collect(),
        }
    }

    /// The rows the line takes at `width` columns.
    pub fn rows(&self, width: usize) -> usize {
        crate::text::wrap_runs(&self.runs(), width).len().max(1)
    }
}

/// What a list slide lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListKind {
    /// The pillars with no milestone recorded.
    Quiet,
    /// Overdue milestones, then those due in the next days.
    ComingUp,
    /// Everything since the last meeting.
    Since,
    /// What needs a decision.
    Decisions,
}

/// The heading a page of a group that began on an earlier page starts with.
pub fn continued(lang: Lang, group: &str) -> String {
    tr!(lang, "deck-continued", group = group)
}

/// A page's place after a list slide's heading ("· 2 of 3"); nothing for a one-page list.
pub fn page_of(lang: Lang, n: usize, of: usize) -> String {
    if of > 1 {
        format!(" {}", tr!(lang, "deck-page-of", n = n, of = of))
    } else {
        String::new()
    }
}

/// The heading of a list slide (before its page).
pub fn heading(lang: Lang, kind: ListKind, since: Option<&Since>) -> String {
    match kind {
        ListKind::Quiet => tr!(lang, "deck-quiet"),
        ListKind::ComingUp => super::coming_up_heading(lang),
        ListKind::Since => super::since_heading(lang, &since.map(Since::label).unwrap_or_default()),
        ListKind::Decisions => tr!(lang, "deck-decisions"),
    }
}

fn run(text: impl AsRef<str>, tone: Tone) -> (String, Tone) {
    (safe_line(text.as_ref()).into_owned(), tone)
}

/// The pillars with no milestone, each named.
pub fn quiet(model: &Model, figures: &Figures) -> Vec<ListLine> {
    model
        .pillars
        .iter()
        .zip(&figures.pillars)
        .filter(|(_, f)| f.milestones == 0)
        .map(|(p, _)| {
            ListLine::Item(vec![
                run("•", Tone::Muted),
                run(format!(" {}", p.title), Tone::Text),
            ])
        })
        .collect()
}

/// Overdue milestones first (marked), then those coming up, each with its due date and status.
pub fn coming_up(lang: Lang, model: &Model, figures: &Figures) -> Vec<ListLine> {
    let mut lines = Vec::new();
    for (list, overdue) in [(&figures.overdue, true), (&figures.upcoming, false)] {
        for &i in list {
            let m = &model.milestones[i];
            let due = m.due.map(|d| date(lang, d)).unwrap_or_default();
            let mut runs = vec![run(format!("{due} "), Tone::Accent)];
            if overdue {
                runs.push(run(format!(" {}", super::overdue_mark(lang)), Tone::Bad));
            }
            runs.push(run(
                format!(" {}", m.title),
                if overdue { Tone::Bad } else { Tone::Text },
            ));
            runs.push(run(
                format!("  {} {}", m.status.symbol(), m.status.label_in(lang)),
                Tone::Status(m.status),
            ));
            lines.push(ListLine::Item(runs));
        }
    }
    lines
}

/// Everything since `since`, grouped so that a room can follow it: the money first (what both
/// delegations ask about first, and what the slides before it show), then each pillar's
/// milestones in the pillars' order (status changes in time order, then what was added,
/// removed, re-dated or retitled), then the pillars, objectives, agreements and sources
/// changed. A milestone removed since is grouped under the pillar it had.
pub fn since(langs: Langs, model: &Model, since: &Since) -> Vec<ListLine> {
    let lang = langs.main;
    let changes = since.changes(model);
    if changes.is_empty() {
        return vec![ListLine::Item(vec![run(
            tr!(lang, "deck-no-changes"),
            Tone::Muted,
        )])];
    }
    let pillar_now: HashMap<&str, usize> = model
        .milestones
        .iter()
        .map(|m| (m.id.as_str(), m.pillar))
        .collect();
    // A removed milestone's pillar, by title, from the version it was in.
    let pillar_then: HashMap<&str, &str> = since
        .then()
        .map(|then| {
            then.milestones
                .iter()
                .filter_map(|m| Some((m.id.as_str(), then.pillars.get(m.pillar)?.title.as_str())))
                .collect()
        })
        .unwrap_or_default();
    let pillar_by_title: HashMap<&str, usize> = model
        .pillars
        .iter()
        .enumerate()
        .map(|(i, p)| (p.title.as_str(), i))
        .collect();
    // Groups: 0 the money, 1 + i pillar i, then the tables, then elsewhere.
    let pillars = model.pillars.len();
    let (tables, elsewhere) = (1 + pillars, 2 + pillars);
    let mut groups: Vec<Vec<ListLine>> = vec![Vec::new(); 3 + pillars];
    for change in &changes {
        let group = match change {
            Change::EntryRecorded { .. }
            | Change::Table {
                table: "target", ..
            } => 0,
            Change::Table { .. } => tables,
            other => other
                .milestone()
                .and_then(|id| {
                    pillar_now.get(id).copied().or_else(|| {
                        pillar_then
                            .get(id)
                            .and_then(|title| pillar_by_title.get(title).copied())
                    })
                })
                .map_or(elsewhere, |p| 1 + p),
        };
        groups[group].push(ListLine::Item(item(lang, model, change)));
    }
    let mut lines = Vec::new();
    for (g, items) in groups.into_iter().enumerate() {
        if items.is_empty() {
            continue;
        }
        // A pillar's group is its name (data); the others are pactboard's words, said in
        // the second language too.
        let words = match g {
            0 => Some("deck-group-money"),
            g if g == tables => Some("deck-group-tables"),
            g if g == elsewhere => Some("deck-group-elsewhere"),
            _ => None,
        };
        let name = words.map_or_else(|| model.pillars[g - 1].title.clone(), |id| tr!(lang, id));
        lines.push(ListLine::Group(
            safe_line(&super::group_heading(lang, &name, items.len())).into_owned(),
        ));
        if let (Some(id), Some(second)) = (words, langs.second) {
            let name = tr!(second, id);
            lines.push(ListLine::Beneath(super::group_heading(
                second,
                &name,
                items.len(),
            )));
        }
        lines.extend(items);
    }
    lines
}

/// One change as an item of the "since" slide.
fn item(lang: Lang, model: &Model, change: &Change) -> Vec<(String, Tone)> {
    match change {
        Change::Status {
            title,
            from,
            to,
            at,
            note,
            by_hand,
            ..
        } => {
            let mut runs = vec![
                run(format!("{} ", super::change_when(lang, *at)), Tone::Accent),
                run(format!(" {title}  "), Tone::Text),
            ];
            if let Some(from) = from {
                runs.push(run(
                    format!("{} {}", from.symbol(), from.label_in(lang)),
                    Tone::Status(*from),
                ));
                runs.push(run(" → ", Tone::Muted));
            }
            runs.push(run(
                format!("{} {}", to.symbol(), to.label_in(lang)),
                Tone::Status(*to),
            ));
            if let Some(note) = note {
                runs.push(run(format!("  “{note}”"), Tone::Muted));
            }
            if *by_hand && at.is_some() {
                runs.push(run(format!("  {}", super::by_hand(lang)), Tone::Muted));
            }
            runs
        }
        Change::EntryRecorded {
            target,
            kind,
            amount,
            unit,
            date: when,
            note,
        } => {
            let title = model
                .targets
                .iter()
                .find(|t| &t.id == target)
                .map_or(target.as_str(), |t| t.title.as_str());
            let mut runs = vec![
                run(format!("{} ", date(lang, *when)), Tone::Accent),
                run(format!(" {title}: "), Tone::Text),
                run(
                    format!(
                        "{} {}",
                        EntryKind::parse(kind).map_or(*kind, |k| k.label_in(lang)),
                        money::format_in(lang, *amount, unit, Style::Long)
                    ),
                    Tone::Good,
                ),
            ];
            if let Some(note) = note {
                runs.push(run(format!("  “{note}”"), Tone::Muted));
            }
            runs
        }
        other => vec![run(other.describe_in(lang), Tone::Text)],
    }
}

/// What needs a decision, most urgent first: blocked milestones, then those at risk (each with
/// its owner and its last note), then the other overdue ones, then the targets behind their
/// straight pace. One line says so when nothing does.
pub fn decisions(langs: Langs, model: &Model, figures: &Figures) -> Vec<ListLine> {
    let lang = langs.main;
    let beneath = |lines: &mut Vec<ListLine>, k: usize, count: usize| {
        if let Some(second) = langs.second {
            let label = &decision_groups(second)[k];
            lines.push(ListLine::Beneath(super::group_heading(
                second, label, count,
            )));
        }
    };
    let today = figures.today;
    let overdue_ids: std::collections::HashSet<usize> = figures.overdue.iter().copied().collect();
    let by_due = |status: Status| {
        let mut list: Vec<usize> = (0..model.milestones.len())
            .filter(|&i| model.milestones[i].status == status)
            .collect();
        list.sort_by_key(|&i| (model.milestones[i].due.is_none(), model.milestones[i].due));
        list
    };
    let blocked = by_due(Status::Blocked);
    let at_risk = by_due(Status::AtRisk);
    let overdue: Vec<usize> = figures
        .overdue
        .iter()
        .copied()
        .filter(|&i| !matches!(model.milestones[i].status, Status::Blocked | Status::AtRisk))
        .collect();
    let behind: Vec<usize> = (0..model.targets.len())
        .filter(|&t| figures.targets[t].behind_pace())
        .collect();
    let mut lines = Vec::new();
    let groups = decision_groups(lang);
    for (k, (label, list)) in [
        (&groups[0], &blocked),
        (&groups[1], &at_risk),
        (&groups[2], &overdue),
    ]
    .into_iter()
    .enumerate()
    {
        if list.is_empty() {
            continue;
        }
        lines.push(ListLine::Group(super::group_heading(
            lang,
            label,
            list.len(),
        )));
        beneath(&mut lines, k, list.len());
        for &i in list {
            let m = &model.milestones[i];
            let mut runs = vec![
                run(format!("{} ", m.status.symbol()), Tone::Status(m.status)),
                run(format!(" {}", m.title), Tone::Text),
            ];
            if let Some(due) = m.due {
                let late = overdue_ids.contains(&i) || due < today;
                runs.push(run(
                    format!("  {}", super::due(lang, Some(due))),
                    if late { Tone::Bad } else { Tone::Muted },
                ));
            }
            runs.push(run(
                format!(
                    "  · {}",
                    m.owner.as_deref().map_or_else(
                        || tr!(lang, "deck-no-owner"),
                        |o| tr!(lang, "deck-owner", owner = o)
                    )
                ),
                Tone::Muted,
            ));
            if let Some(note) = m.history.iter().rev().find_map(|h| h.note.as_deref()) {
                runs.push(run(format!("  “{note}”"), Tone::Muted));
            }
            lines.push(ListLine::Item(runs));
        }
    }
    if !behind.is_empty() {
        lines.push(ListLine::Group(super::group_heading(
            lang,
            &groups[3],
            behind.len(),
        )));
        beneath(&mut lines, 3, behind.len());
        for t in behind {
            let (target, f) = (&model.targets[t], &figures.targets[t]);
            let long = |a: f64| super::amount(lang, target, a, Style::Long);
            let mut runs = vec![
                run("◆ ", Tone::Warn),
                run(format!(" {}: ", target.title), Tone::Text),
                run(
                    tr!(
                        lang,
                        "deck-behind-by",
                        realized = long(f.realized),
                        pace = long(f.expected_by_today)
                    ),
                    Tone::Warn,
                ),
            ];
            runs.push(run(
                format!("  · {}", super::target_needed_lower(lang, target, f)),
                Tone::Muted,
            ));
            lines.push(ListLine::Item(runs));
        }
    }
    if lines.is_empty() {
        lines.push(ListLine::Item(vec![run(
            tr!(lang, "deck-nothing-to-decide"),
            Tone::Good,
        )]));
    }
    lines
}

/// The groups of the decisions slide, most urgent first: blocked, at risk, overdue, behind
/// their pace.
pub fn decision_groups(lang: Lang) -> [String; 4] {
    [
        tr!(lang, "deck-decision-blocked"),
        tr!(lang, "deck-decision-at-risk"),
        tr!(lang, "deck-decision-overdue"),
        tr!(lang, "deck-decision-behind"),
    ]
}
