//! "Since the last meeting": the changes to show from a date (the status changes the history
//! records from that day on, and the amounts recorded with a date from that day on) or from a version of the file (everything that differs between the
//! model then and now, hand edits included). The report, the presentation's slide and the
//! exports all take their list from here.

use chrono::NaiveDate;

use super::Model;
use super::diff::{Change, diff};
use super::figures::recorded_since;

/// Where "since" starts.
#[derive(Debug, Clone, PartialEq)]
pub enum Since {
    /// The start of a day: the history entries recorded from then on.
    Date(NaiveDate),
    /// A version of the file (read from git by the caller): the model then, compared with now.
    Version {
        /// What the person named (`meeting-2025-09`, `HEAD~3`).
        revision: String,
        /// The commit's short id and date.
        commit: String,
        date: NaiveDate,
        model: Box<Model>,
    },
}

impl Since {
    /// The changes from this point to `now`: the recorded status changes oldest first, then
    /// the rest (changes by hand, additions, other fields) in the file's order.
    pub fn changes(&self, now: &Model) -> Vec<Change> {
        match self {
            Since::Date(date) => {
                let mut changes: Vec<Change> = recorded_since(now, *date)
                    .into_iter()
                    .map(|(h, m)| Change::recorded(m, h))
                    .collect();
                // The amounts recorded with a date from then on: an entry says its own date.
                let mut entries: Vec<_> = now
                    .targets
                    .iter()
                    .flat_map(|t| t.entries.iter().map(move |e| (t, e)))
                    .filter(|(_, e)| e.date >= *date)
                    .collect();
                entries.sort_by_key(|(_, e)| e.date);
                changes.extend(entries.into_iter().map(|(t, e)| Change::entry(t, e)));
                changes
            }
            Since::Version { model, .. } => {
                // A deck in another language compares names as that language shows them, so
                // that a translated name is not taken for a retitled one.
                let shown;
                let then = if now.translations.shown_in == crate::i18n::Lang::En {
                    model.as_ref()
                } else {
                    shown = model.in_lang(now.translations.shown_in);
                    &shown
                };
                let mut changes = diff(then, now);
                // The recorded status changes in time order, before what has no time.
                changes.sort_by_key(|c| match c {
                    Change::Status { at: Some(at), .. } => (0, Some(*at)),
                    _ => (1, None),
                });
                changes
            }
        }
    }

    /// The model at the version named, when "since" is a version.
    pub fn then(&self) -> Option<&Model> {
        match self {
            Since::Date(_) => None,
            Since::Version { model, .. } => Some(model),
        }
    }

    /// How a heading names it: `2025-09-01`, or `meeting-2025-09 (a1b2c3d, 2025-09-12)`.
    pub fn label(&self) -> String {
        match self {
            Since::Date(date) => date.to_string(),
            Since::Version {
                revision,
                commit,
                date,
                ..
            } => format!("{} ({commit}, {date})", crate::text::sanitize(revision)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;

    fn bundled() -> Model {
        crate::bundled::model()
    }

    #[test]
    fn a_version_counts_a_hand_edit_that_a_date_cannot_see() {
        let then = bundled();
        let mut now = then.clone();
        let i = now
            .milestones
            .iter()
            .position(|m| m.status == Status::Planned)
            .unwrap();
        now.milestones[i].status = Status::Blocked;
        let since_date = Since::Date(NaiveDate::from_ymd_opt(2000, 1, 1).unwrap());
        let recorded = since_date.changes(&now);
        assert!(
            recorded
                .iter()
                .all(|c| c.milestone() != Some(&now.milestones[i].id))
        );
        let since_version = Since::Version {
            revision: "HEAD~1".into(),
            commit: "abc1234".into(),
            date: NaiveDate::from_ymd_opt(2025, 9, 1).unwrap(),
            model: Box::new(then),
        };
        let changes = since_version.changes(&now);
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert!(matches!(
            &changes[0],
            Change::Status {
                to: Status::Blocked,
                by_hand: true,
                ..
            }
        ));
        assert_eq!(since_version.label(), "HEAD~1 (abc1234, 2025-09-01)");
    }

    #[test]
    fn since_a_version_the_recorded_changes_come_in_time_order() {
        use crate::model::edit::Edit;
        let then = bundled();
        let mut now = then.clone();
        let at = |m: i64| {
            chrono::DateTime::parse_from_rfc3339("2026-11-25T09:00:00+09:00").unwrap()
                + chrono::Duration::minutes(m)
        };
        // The later milestone in the file changed first.
        for (i, minute) in [(now.milestones.len() - 1, 1), (3, 2)] {
            let to = if now.milestones[i].status == Status::Blocked {
                Status::AtRisk
            } else {
                Status::Blocked
            };
            now.apply(
                i,
                Edit::Status {
                    to,
                    note: None,
                    at: at(minute),
                },
            )
            .unwrap();
        }
        let since = Since::Version {
            revision: "v".into(),
            commit: "abc1234".into(),
            date: NaiveDate::from_ymd_opt(2025, 9, 1).unwrap(),
            model: Box::new(then),
        };
        let times: Vec<_> = since
            .changes(&now)
            .iter()
            .map(|c| match c {
                Change::Status { at, .. } => *at,
                _ => None,
            })
            .collect();
        assert_eq!(times, [Some(at(1)), Some(at(2))]);
    }
}
