//! What changed between two versions of a model, as a person would say it: status changes (with
//! the history note, or "changed by hand" when no history entry records it), milestones added,
//! removed, retitled, moved to another pillar, re-dated; target entries recorded; pillars,
//! objectives, sources and targets added or changed. Models are compared, not lines, so a
//! reformatted file shows no change and a hand edit shows the change it made.

pub use super::change_words::{contents, contents_in};
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{Milestone, Model, Status};

/// One change between two versions of a model. Read back by the log's cache (a word no
/// version of pactboard writes does not read).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum Change {
    /// A status change; `at` and `note` from its history entry, `by_hand` when none records it.
    Status {
        milestone: String,
        title: String,
        from: Option<Status>,
        to: Status,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        at: Option<DateTime<FixedOffset>>,
        /// Recorded as a day with no time of day (`at` is that day's start in UTC).
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        day_only: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
        by_hand: bool,
    },
    MilestoneAdded {
        milestone: String,
        title: String,
        pillar: String,
    },
    MilestoneRemoved {
        milestone: String,
        title: String,
    },
    Retitled {
        milestone: String,
        from: String,
        to: String,
    },
    Moved {
        milestone: String,
        title: String,
        from: String,
        to: String,
    },
    Redated {
        milestone: String,
        title: String,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    },
    /// Another field of a milestone (objective, owner, weight, notes, source).
    MilestoneChanged {
        milestone: String,
        title: String,
        #[serde(deserialize_with = "words::fields")]
        fields: Vec<&'static str>,
    },
    EntryRecorded {
        target: String,
        #[serde(deserialize_with = "words::kind")]
        kind: &'static str,
        amount: f64,
        unit: String,
        date: NaiveDate,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note: Option<String>,
    },
    /// A pillar, objective, source or target added, removed or changed (`what` says which).
    Table {
        #[serde(deserialize_with = "words::table")]
        table: &'static str,
        id: String,
        #[serde(deserialize_with = "words::what")]
        what: &'static str,
    },
}

/// The fixed words of a change read back: each one of the set pactboard writes, as the same
/// `&'static str`; any other is an error.
mod words {
    use serde::{Deserialize, Deserializer, de::Error};

    fn one<'de, D: Deserializer<'de>>(
        d: D,
        words: &[&'static str],
    ) -> Result<&'static str, D::Error> {
        let text = String::deserialize(d)?;
        words
            .iter()
            .copied()
            .find(|w| *w == text)
            .ok_or_else(|| D::Error::custom(format!("`{text}` is not one of {words:?}")))
    }

    pub(super) const FIELDS: &[&str] = &["objective", "owner", "weight", "notes", "source"];

    pub(super) fn fields<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<&'static str>, D::Error> {
        Vec::<String>::deserialize(d)?
            .into_iter()
            .map(|f| {
                FIELDS
                    .iter()
                    .copied()
                    .find(|w| *w == f)
                    .ok_or_else(|| D::Error::custom(format!("`{f}` is not a field")))
            })
            .collect()
    }

    pub(super) fn kind<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
        let kinds: Vec<&'static str> = crate::model::EntryKind::ALL
            .iter()
            .map(|k| k.as_str())
            .collect();
        one(d, &kinds)
    }

    pub(super) fn table<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
        one(
            d,
            &["source", "pillar", "objective", "target", "translations"],
        )
    }

    pub(super) fn what<'de, D: Deserializer<'de>>(d: D) -> Result<&'static str, D::Error> {
        one(d, &["added", "changed", "removed"])
    }
}

impl Change {
    /// The status change history entry `h` of milestone `m` records.
    pub fn recorded(m: &super::Milestone, h: &super::HistoryEntry) -> Change {
        Change::Status {
            milestone: m.id.clone(),
            title: m.title.clone(),
            from: h.from,
            to: h.to,
            at: Some(h.at),
            day_only: h.day_only,
            note: h.note.clone(),
            by_hand: false,
        }
    }

    /// Entry `e` of target `t`, as an amount recorded.
    pub fn entry(t: &super::Target, e: &super::TargetEntry) -> Change {
        Change::EntryRecorded {
            target: t.id.clone(),
            kind: e.kind.as_str(),
            amount: e.amount,
            unit: t.unit.clone(),
            date: e.date,
            note: e.note.clone(),
        }
    }

    /// The milestone (its id) a change is about, when it is about one, for filters.
    pub fn milestone(&self) -> Option<&str> {
        match self {
            Change::Status { milestone, .. }
            | Change::MilestoneAdded { milestone, .. }
            | Change::MilestoneRemoved { milestone, .. }
            | Change::Retitled { milestone, .. }
            | Change::Moved { milestone, .. }
            | Change::Redated { milestone, .. }
            | Change::MilestoneChanged { milestone, .. } => Some(milestone),
            _ => None,
        }
    }
}

/// What changed from `old` to `new`.
pub fn diff(old: &Model, new: &Model) -> Vec<Change> {
    let mut out = Vec::new();
    tables(&mut out, "source", &old.sources, &new.sources, |s| &s.id);
    tables(&mut out, "pillar", &old.pillars, &new.pillars, |s| &s.id);
    tables(
        &mut out,
        "objective",
        &old.objectives,
        &new.objectives,
        |s| &s.id,
    );
    targets(&mut out, old, new);
    let before: HashMap<&str, &Milestone> =
        old.milestones.iter().map(|m| (m.id.as_str(), m)).collect();
    let pillar = |model: &Model, i: usize| {
        model
            .pillars
            .get(i)
            .map_or_else(String::new, |p| p.title.clone())
    };
    for m in &new.milestones {
        let Some(was) = before.get(m.id.as_str()) else {
            out.push(Change::MilestoneAdded {
                milestone: m.id.clone(),
                title: m.title.clone(),
                pillar: pillar(new, m.pillar),
            });
            continue;
        };
        milestone(&mut out, old, new, was, m);
    }
    let now: HashSet<&str> = new.milestones.iter().map(|m| m.id.as_str()).collect();
    for m in &old.milestones {
        if !now.contains(m.id.as_str()) {
            out.push(Change::MilestoneRemoved {
                milestone: m.id.clone(),
                title: m.title.clone(),
            });
        }
    }
    // Each language's names, added, changed or removed as a whole.
    for lang in crate::i18n::Lang::ALL {
        let (was, now) = (old.translations.count(lang), new.translations.count(lang));
        let what = match (was, now) {
            (0, 0) => continue,
            (0, _) => "added",
            (_, 0) => "removed",
            _ if old.translations.differ(&new.translations, lang) => "changed",
            _ => continue,
        };
        out.push(Change::Table {
            table: "translations",
            id: lang.code().to_string(),
            what,
        });
    }
    out
}

fn milestone(out: &mut Vec<Change>, old: &Model, new: &Model, was: &Milestone, m: &Milestone) {
    let id = || m.id.clone();
    // History entries added: each a status change with its note.
    let kept = was
        .history
        .iter()
        .zip(&m.history)
        .take_while(|(a, b)| a == b)
        .count();
    for h in &m.history[kept..] {
        out.push(Change::recorded(m, h));
    }
    let recorded = m.history[kept..].last().map(|h| h.to);
    if was.status != m.status && recorded != Some(m.status) {
        out.push(Change::Status {
            milestone: id(),
            title: m.title.clone(),
            from: Some(was.status),
            to: m.status,
            at: None,
            day_only: false,
            note: None,
            by_hand: true,
        });
    }
    if was.title != m.title {
        out.push(Change::Retitled {
            milestone: id(),
            from: was.title.clone(),
            to: m.title.clone(),
        });
    }
    if pillar_id(old, was.pillar) != pillar_id(new, m.pillar) {
        let title = |model: &Model, i: usize| {
            model
                .pillars
                .get(i)
                .map_or_else(String::new, |p| p.title.clone())
        };
        out.push(Change::Moved {
            milestone: id(),
            title: m.title.clone(),
            from: title(old, was.pillar),
            to: title(new, m.pillar),
        });
    }
    if was.due != m.due {
        out.push(Change::Redated {
            milestone: id(),
            title: m.title.clone(),
            from: was.due,
            to: m.due,
        });
    }
    let mut fields = Vec::new();
    if objective(old, was.objective) != objective(new, m.objective) {
        fields.push("objective");
    }
    if was.owner != m.owner {
        fields.push("owner");
    }
    if was.weight.to_bits() != m.weight.to_bits() {
        fields.push("weight");
    }
    if was.notes != m.notes {
        fields.push("notes");
    }
    if source(old, was.source) != source(new, m.source) {
        fields.push("source");
    }
    if !fields.is_empty() {
        out.push(Change::MilestoneChanged {
            milestone: id(),
            title: m.title.clone(),
            fields,
        });
    }
}

/// The id of pillar `i` of `model`.
fn pillar_id(model: &Model, i: usize) -> Option<&str> {
    model.pillars.get(i).map(|p| p.id.as_str())
}

/// The id of objective `o` of `model`.
fn objective(model: &Model, o: Option<usize>) -> Option<&str> {
    o.and_then(|o| model.objectives.get(o))
        .map(|o| o.id.as_str())
}

/// The id of source `s` of `model`.
fn source(model: &Model, s: Option<usize>) -> Option<&str> {
    s.and_then(|s| model.sources.get(s)).map(|s| s.id.as_str())
}

/// Tables of a kind added, removed or changed, by id.
fn tables<T: PartialEq>(
    out: &mut Vec<Change>,
    table: &'static str,
    old: &[T],
    new: &[T],
    id: impl Fn(&T) -> &String,
) {
    let before: HashMap<&str, &T> = old.iter().map(|x| (id(x).as_str(), x)).collect();
    for x in new {
        match before.get(id(x).as_str()) {
            None => out.push(Change::Table {
                table,
                id: id(x).clone(),
                what: "added",
            }),
            Some(was) if *was != x => out.push(Change::Table {
                table,
                id: id(x).clone(),
                what: "changed",
            }),
            Some(_) => {}
        }
    }
    let now: HashSet<&str> = new.iter().map(|x| id(x).as_str()).collect();
    for x in old {
        if !now.contains(id(x).as_str()) {
            out.push(Change::Table {
                table,
                id: id(x).clone(),
                what: "removed",
            });
        }
    }
}

/// Targets added, removed or changed, and the entries recorded since.
fn targets(out: &mut Vec<Change>, old: &Model, new: &Model) {
    for t in &new.targets {
        let Some(was) = old.targets.iter().find(|x| x.id == t.id) else {
            out.push(Change::Table {
                table: "target",
                id: t.id.clone(),
                what: "added",
            });
            continue;
        };
        let mut rest = was.entries.clone();
        for e in &t.entries {
            match rest.iter().position(|x| x == e) {
                Some(i) => {
                    rest.remove(i);
                }
                None => out.push(Change::entry(t, e)),
            }
        }
        let mut same = t.clone();
        same.entries.clone_from(&was.entries);
        if same != *was {
            out.push(Change::Table {
                table: "target",
                id: t.id.clone(),
                what: "changed",
            });
        }
    }
    for t in &old.targets {
        if !new.targets.iter().any(|x| x.id == t.id) {
            out.push(Change::Table {
                table: "target",
                id: t.id.clone(),
                what: "removed",
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::edit::{Details, Edit};

    fn at() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-25T10:00:00+09:00").unwrap()
    }

    #[test]
    fn a_recorded_change_a_hand_edit_and_the_tables_are_told_apart() {
        let old = crate::bundled::model();
        let mut new = old.clone();
        let i = new.milestone_index("stockpiling-strategy").unwrap();
        new.apply(
            i,
            Edit::Status {
                to: Status::InProgress,
                note: Some("working group".into()),
                at: at(),
            },
        )
        .unwrap();
        let j = new.milestone_index("future-phases").unwrap();
        new.milestones[j].status = Status::Blocked;
        let mut details = Details::of(&new.milestones[j]);
        details.title = "Agree the next phases".into();
        details.due = NaiveDate::from_ymd_opt(2027, 1, 31);
        details.pillar = 0;
        new.apply(j, Edit::Details(Box::new(details))).unwrap();
        let gone = new.milestones.remove(0);
        let changes = diff(&old, &new);
        let words: Vec<String> = changes.iter().map(Change::describe).collect();
        assert!(
            words.contains(
                &"Set out stockpiling strategies for supply stability: planned → in progress “working group”".to_string()
            ),
            "{words:#?}"
        );
        assert!(
            words
                .iter()
                .any(|w| w.contains("planned → blocked (changed by hand")),
            "{words:#?}"
        );
        assert!(
            words.iter().any(|w| w.starts_with("retitled ")),
            "{words:#?}"
        );
        assert!(words.iter().any(|w| w.starts_with("moved ")), "{words:#?}");
        assert!(
            words.iter().any(|w| w.contains("due no date → 2027-01-31")),
            "{words:#?}"
        );
        assert!(
            changes.contains(&Change::MilestoneRemoved {
                milestone: gone.id.clone(),
                title: gone.title.clone()
            }),
            "{words:#?}"
        );
        assert!(diff(&old, &old).is_empty());
    }
}
