//! Edits a person makes to a model: a status change (with its history entry and `done_on`),
//! the notes, the due date. Each records the milestone before and after, for undo and redo.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate};

use super::dates::When;
use super::history::merge_histories;
use super::merge::start_status;
use super::{HistoryEntry, Milestone, Model, Status};

/// One change to one milestone.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// A new status, recorded in the history at `at` with an optional note.
    Status {
        to: Status,
        note: Option<String>,
        at: DateTime<FixedOffset>,
    },
    /// A new status as of when the news happened (a day, or a moment): recorded in time order
    /// among the entries, the `from` chain kept true ([`super::history::merge_histories`]); the
    /// status is where the history ends.
    StatusOn {
        to: Status,
        note: Option<String>,
        when: When,
    },
    /// New notes (`None` removes them).
    Notes(Option<String>),
    /// A new due date (`None` removes it).
    Due(Option<NaiveDate>),
    /// New values for every field a form edits: all but the id, the status and its history.
    Details(Box<Details>),
}

/// The fields of a milestone a form edits, as one value.
#[derive(Debug, Clone, PartialEq)]
pub struct Details {
    pub title: String,
    pub pillar: usize,
    pub objective: Option<usize>,
    pub due: Option<NaiveDate>,
    pub weight: f64,
    pub owner: Option<String>,
    pub notes: Option<String>,
    pub source: Option<usize>,
}

impl Details {
    /// The details of `m` as they are.
    pub fn of(m: &Milestone) -> Self {
        Details {
            title: m.title.clone(),
            pillar: m.pillar,
            objective: m.objective,
            due: m.due,
            weight: m.weight,
            owner: m.owner.clone(),
            notes: m.notes.clone(),
            source: m.source,
        }
    }

    /// Puts these details on `m`.
    pub fn put_on(self, m: &mut Milestone) {
        m.title = self.title;
        m.pillar = self.pillar;
        m.objective = self.objective;
        m.due = self.due;
        m.weight = self.weight;
        m.owner = self.owner.filter(|o| !o.is_empty());
        m.notes = self.notes.filter(|n| !n.is_empty());
        m.source = self.source;
    }
}

/// How many fields a person can edit: the status (with its history and `done_on`), the notes,
/// the due date, the title, the pillar, the objective, the weight, the owner and the source.
pub const EDITED_FIELDS: usize = 9;

/// Which of the fields a person edits differ between two versions of a milestone (see
/// [`EDITED_FIELDS`]): the one list of those fields for the app's counts and merges. Everything
/// but the id.
pub fn edited_fields(a: &Milestone, b: &Milestone) -> [bool; EDITED_FIELDS] {
    [
        a.status != b.status || a.history != b.history || a.done_on != b.done_on,
        a.notes != b.notes,
        a.due != b.due,
        a.title != b.title,
        a.pillar != b.pillar,
        a.objective != b.objective,
        a.weight.to_bits() != b.weight.to_bits(),
        a.owner != b.owner,
        a.source != b.source,
    ]
}

/// Copies the fields a person edits (see [`edited_fields`]) from one version of a milestone to
/// another: everything but the id.
pub fn copy_edited(to: &mut Milestone, from: &Milestone) {
    let id = std::mem::take(&mut to.id);
    *to = Milestone { id, ..from.clone() };
}

/// Why news cannot be recorded at the moment given (see [`check_news_date`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NewsDateError {
    #[error("{when} is in the future: a change is recorded when it happened (today is {today})")]
    Future { when: String, today: NaiveDate },
    #[error("{when} is before 1970: not a date a change of this file can have")]
    Before1970 { when: String },
    /// Before the milestone's last recorded change, without `force` (the command line's
    /// `--force` records it there, in time order).
    #[error(
        "{when} is before `{id}`'s last recorded change ({last}, to {}); --force records it there, in time order",
        .to.as_str()
    )]
    BeforeLast {
        when: String,
        id: String,
        last: String,
        to: Status,
    },
}

/// Whether news of `m` dated `when` may be recorded at `now`: never in the future or before
/// 1970; before the milestone's last recorded change only when `force` is given (it is then
/// placed in time order). The error says why and what to do.
pub fn check_news_date(
    m: &Milestone,
    when: When,
    now: DateTime<FixedOffset>,
    force: bool,
) -> Result<(), NewsDateError> {
    let date = when.date();
    let future = match when {
        When::Day(d) => d > now.date_naive(),
        When::At(t) => t > now,
    };
    if future {
        return Err(NewsDateError::Future {
            when: shown_when(when),
            today: now.date_naive(),
        });
    }
    if date.year() < 1970 {
        return Err(NewsDateError::Before1970 {
            when: shown_when(when),
        });
    }
    if let Some(last) = m.history.last() {
        let before = match when {
            When::Day(d) => d < last.at.date_naive(),
            When::At(t) => t < last.at,
        };
        if before && !force {
            return Err(NewsDateError::BeforeLast {
                when: shown_when(when),
                id: m.id.clone(),
                last: last.at_shown(),
                to: last.to,
            });
        }
    }
    Ok(())
}

fn shown_when(when: When) -> String {
    match when {
        When::Day(d) => d.to_string(),
        When::At(t) => t.format("%Y-%m-%d %H:%M %:z").to_string(),
    }
}

/// An edit as applied: the milestone before and after, enough to undo and redo it.
#[derive(Debug, Clone, PartialEq)]
pub struct Applied {
    pub milestone: usize,
    pub before: Milestone,
    pub after: Milestone,
}

/// Why an edit cannot be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    #[error("there is no milestone number {0}")]
    NoSuchMilestone(usize),
    #[error("`{id}` is already {status}")]
    SameStatus { id: String, status: &'static str },
}

impl Model {
    /// Applies `edit` to milestone `index`.
    pub fn apply(&mut self, index: usize, edit: Edit) -> Result<Applied, EditError> {
        let m = self
            .milestones
            .get_mut(index)
            .ok_or(EditError::NoSuchMilestone(index))?;
        let before = m.clone();
        match edit {
            Edit::Status { to, note, at } => {
                if m.status == to {
                    return Err(EditError::SameStatus {
                        id: m.id.clone(),
                        status: to.label(),
                    });
                }
                m.history.push(HistoryEntry {
                    at,
                    from: Some(m.status),
                    to,
                    note: note.filter(|n| !n.trim().is_empty()),
                    day_only: false,
                });
                if to == Status::Done {
                    m.done_on = Some(at.date_naive());
                } else if m.status == Status::Done {
                    m.done_on = None;
                }
                m.status = to;
            }
            Edit::StatusOn { to, note, when } => {
                let (at, day_only) = match when {
                    When::Day(d) => (HistoryEntry::day_start(d), true),
                    When::At(t) => (t, false),
                };
                let date = at.date_naive();
                // A day-only entry goes after the entries of its own day: their order is unknown.
                let k = m
                    .history
                    .partition_point(|e| e.at <= at || (day_only && e.at.date_naive() <= date));
                let start = start_status(m);
                let status_then = k.checked_sub(1).map_or(start, |j| m.history[j].to);
                if status_then == to {
                    return Err(EditError::SameStatus {
                        id: m.id.clone(),
                        status: to.label(),
                    });
                }
                let mut mine = m.history[..k].to_vec();
                mine.push(HistoryEntry {
                    at,
                    from: Some(status_then),
                    to,
                    note: note.filter(|n| !n.trim().is_empty()),
                    day_only,
                });
                let merged = merge_histories(start, &mine, &m.history);
                m.history = merged.entries;
                let was_done = m.status == Status::Done;
                m.status = m.history.last().map_or(to, |e| e.to);
                if m.status == Status::Done {
                    let done_at = m.history.iter().rev().find(|e| e.to == Status::Done);
                    m.done_on = done_at.map(|e| e.at.date_naive()).or(m.done_on);
                } else if was_done || m.done_on.is_some() {
                    m.done_on = None;
                }
            }
            Edit::Notes(notes) => m.notes = notes.filter(|n| !n.is_empty()),
            Edit::Due(due) => m.due = due,
            Edit::Details(details) => details.put_on(m),
        }
        Ok(Applied {
            milestone: index,
            before,
            after: m.clone(),
        })
    }

    /// Puts the milestone of `applied` back as it was before.
    pub fn undo(&mut self, applied: &Applied) {
        if let Some(m) = self.milestones.get_mut(applied.milestone) {
            *m = applied.before.clone();
        }
    }

    /// Makes the edit of `applied` again.
    pub fn redo(&mut self, applied: &Applied) {
        if let Some(m) = self.milestones.get_mut(applied.milestone) {
            *m = applied.after.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> Model {
        crate::bundled::model()
    }

    fn at() -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-25T10:00:00+05:30").unwrap()
    }

    #[test]
    fn a_status_change_records_history_and_done_on_and_undoes_exactly() {
        let mut m = model();
        let i = m.milestone_index("stockpiling-strategy").unwrap();
        let original = m.clone();
        let done = m
            .apply(
                i,
                Edit::Status {
                    to: Status::Done,
                    note: Some("agreed".into()),
                    at: at(),
                },
            )
            .unwrap();
        let ms = &m.milestones[i];
        assert_eq!(ms.status, Status::Done);
        assert_eq!(ms.done_on, NaiveDate::from_ymd_opt(2026, 11, 25));
        assert_eq!(ms.history.len(), 1);
        assert_eq!(ms.history[0].from, Some(Status::Planned));
        let reopened = m
            .apply(
                i,
                Edit::Status {
                    to: Status::AtRisk,
                    note: None,
                    at: at(),
                },
            )
            .unwrap();
        assert_eq!(m.milestones[i].done_on, None);
        assert_eq!(m.milestones[i].history.len(), 2);
        m.undo(&reopened);
        m.undo(&done);
        assert_eq!(m, original);
        m.redo(&done);
        assert_eq!(m.milestones[i], done.after);
    }

    #[test]
    fn the_same_status_again_is_refused() {
        let mut m = model();
        let e = m.apply(
            0,
            Edit::Status {
                to: Status::Done,
                note: None,
                at: at(),
            },
        );
        assert!(matches!(e, Err(EditError::SameStatus { .. })));
    }
}
