//! The three-way merge of one milestone that both this session and another save changed: my
//! changes since the version we both started from (`base`) and theirs, settled for the side the
//! person keeps ([`Keep`]).
//!
//! - notes, due date, title, pillar, objective, weight, owner and source: with [`Keep::Mine`],
//!   mine where I changed them, else theirs; with [`Keep::Theirs`], theirs;
//! - history: both stories, merged by [`super::history::merge_histories`] (every entry kept,
//!   in time order, the `from` chain true, no no-op);
//! - status: the kept side's (mine only where I changed it, else theirs); when the merged
//!   history ends elsewhere, an entry at the moment of the choice makes it current, from the
//!   status it replaces. `done_on` follows (the kept side's, or the date of the change to done).

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::history::{merge_histories, settle};
use super::{HistoryEntry, Milestone, Status};

/// Whose version a milestone both sides changed keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// My changes on top of theirs: my value is the current one wherever I changed it.
    Mine,
    /// The other save's version: theirs wherever it differs, my status changes kept in history.
    Theirs,
}

/// The status a milestone had before the first entry of its history (its status when it has none).
pub fn start_status(m: &Milestone) -> Status {
    m.history.first().and_then(|e| e.from).unwrap_or(m.status)
}

/// `mine` and `theirs` merged from `base` for `keep`, the choice made at `now` (see the
/// module's documentation).
pub fn merge_milestone(
    theirs: &Milestone,
    base: &Milestone,
    mine: &Milestone,
    keep: Keep,
    now: DateTime<FixedOffset>,
) -> Milestone {
    let mut out = theirs.clone();
    if keep == Keep::Mine {
        if mine.notes != base.notes {
            out.notes.clone_from(&mine.notes);
        }
        if mine.due != base.due {
            out.due = mine.due;
        }
        if mine.title != base.title {
            out.title.clone_from(&mine.title);
        }
        if mine.pillar != base.pillar {
            out.pillar = mine.pillar;
        }
        if mine.objective != base.objective {
            out.objective = mine.objective;
        }
        if mine.weight.to_bits() != base.weight.to_bits() {
            out.weight = mine.weight;
        }
        if mine.owner != base.owner {
            out.owner.clone_from(&mine.owner);
        }
        if mine.source != base.source {
            out.source = mine.source;
        }
    }
    let (status, history, done_on) = settle_status(base, mine, theirs, keep, now);
    out.status = status;
    out.history = history;
    out.done_on = done_on;
    out
}

/// The status, history and `done_on` of a milestone both sides changed, settled for `keep` at
/// `now` (see the module's documentation): what the dashboard, the merge driver and `resolve`
/// write.
pub fn settle_status(
    base: &Milestone,
    mine: &Milestone,
    theirs: &Milestone,
    keep: Keep,
    now: DateTime<FixedOffset>,
) -> (Status, Vec<HistoryEntry>, Option<NaiveDate>) {
    let start = start_status(base);
    let merged = merge_histories(start, &mine.history, &theirs.history);
    let i_changed = mine.status != base.status || mine.history != base.history;
    let mine_kept = keep == Keep::Mine && i_changed;
    let (target, other) = if mine_kept {
        (mine, theirs)
    } else {
        (theirs, mine)
    };
    let mut history = merged.entries;
    let before = history.last().map_or(start, |e| e.to);
    if target.status != before && !history.is_empty() {
        let (kept, over) = if mine_kept {
            ("mine", "theirs")
        } else {
            ("theirs", "mine")
        };
        settle(
            &mut history,
            start,
            target.status,
            now,
            &format!(
                "merge: kept {kept} ({}) over {over} ({})",
                target.status.as_str(),
                other.status.as_str()
            ),
        );
    }
    let done_on = (target.status == Status::Done).then(|| {
        target
            .done_on
            .or_else(|| history.last().map(|e| e.at.date_naive()))
            .unwrap_or_else(|| now.date_naive())
    });
    (target.status, history, done_on)
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Duration, FixedOffset};
    use proptest::prelude::*;

    use super::*;

    fn at(minutes: i64) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-25T09:00:00+09:00").unwrap()
            + Duration::minutes(minutes)
    }

    fn milestone(status: Status, history: Vec<HistoryEntry>) -> Milestone {
        Milestone {
            id: "m".into(),
            title: "M".into(),
            pillar: 0,
            status,
            objective: None,
            due: None,
            done_on: (status == Status::Done).then(|| at(0).date_naive()),
            weight: 1.0,
            owner: None,
            notes: None,
            source: None,
            history,
        }
    }

    /// `base` with status changes at the given minutes appended, each from the status before.
    fn changed(base: &Milestone, steps: &[(i64, Status)]) -> Milestone {
        let mut m = base.clone();
        for &(minute, to) in steps {
            if to == m.status {
                continue;
            }
            m.history.push(HistoryEntry {
                at: at(minute),
                from: Some(m.status),
                to,
                note: None,
                day_only: false,
            });
            m.status = to;
        }
        m.done_on = (m.status == Status::Done).then(|| at(0).date_naive());
        m
    }

    fn now() -> DateTime<FixedOffset> {
        at(1000)
    }

    fn pairs(m: &Milestone) -> Vec<(Option<Status>, Status)> {
        m.history.iter().map(|e| (e.from, e.to)).collect()
    }

    /// The case found: mine at risk, theirs blocked later. "Mine on top" makes at risk
    /// current, with both changes in the order they were made and the choice at its moment.
    #[test]
    fn mine_on_top_makes_my_status_current_when_theirs_came_later() {
        let base = milestone(Status::Planned, vec![]);
        let mine = changed(&base, &[(10, Status::AtRisk)]);
        let theirs = changed(&base, &[(20, Status::Blocked)]);
        let merged = merge_milestone(&theirs, &base, &mine, Keep::Mine, now());
        assert_eq!(merged.status, Status::AtRisk);
        assert_eq!(
            pairs(&merged),
            vec![
                (Some(Status::Planned), Status::AtRisk),
                (Some(Status::AtRisk), Status::Blocked),
                (Some(Status::Blocked), Status::AtRisk),
            ]
        );
        assert_eq!(merged.history[2].at, now());
        let kept = merge_milestone(&theirs, &base, &mine, Keep::Theirs, now());
        assert_eq!(kept.status, Status::Blocked);
        assert_eq!(kept.history.len(), 2, "theirs is the later already");
    }

    #[test]
    fn mine_on_top_makes_my_status_current_when_theirs_came_earlier() {
        let base = milestone(Status::Planned, vec![]);
        let mine = changed(&base, &[(20, Status::AtRisk)]);
        let theirs = changed(&base, &[(10, Status::Blocked)]);
        let merged = merge_milestone(&theirs, &base, &mine, Keep::Mine, now());
        assert_eq!(merged.status, Status::AtRisk);
        assert_eq!(merged.history.len(), 2, "mine is the later already");
        let kept = merge_milestone(&theirs, &base, &mine, Keep::Theirs, now());
        assert_eq!(kept.status, Status::Blocked);
        assert_eq!(
            pairs(&kept),
            vec![
                (Some(Status::Planned), Status::Blocked),
                (Some(Status::Blocked), Status::AtRisk),
                (Some(Status::AtRisk), Status::Blocked),
            ]
        );
    }

    #[test]
    fn mine_on_top_keeps_their_status_when_i_changed_only_notes() {
        let base = milestone(Status::Planned, vec![]);
        let mut mine = base.clone();
        mine.notes = Some("mine".into());
        let theirs = changed(&base, &[(10, Status::Done)]);
        let merged = merge_milestone(&theirs, &base, &mine, Keep::Mine, now());
        assert_eq!(merged.status, Status::Done);
        assert_eq!(merged.notes.as_deref(), Some("mine"));
        assert_eq!(merged.history, theirs.history);
        assert!(merged.done_on.is_some());
    }

    fn status() -> impl Strategy<Value = Status> {
        prop::sample::select(Status::ALL.to_vec())
    }

    fn steps() -> impl Strategy<Value = Vec<(i64, Status)>> {
        prop::collection::vec((0i64..60, status()), 0..6).prop_map(|mut v| {
            v.sort_by_key(|(m, _)| *m);
            v
        })
    }

    proptest! {
        /// Random histories on both sides, each choice: the merged history is in time order,
        /// its `from` chain holds, it has no no-op, and the status is the kept side's.
        #[test]
        fn merged_histories_are_ordered_chained_and_the_choice_holds(
            start in status(),
            common in steps(),
            my_steps in steps(),
            their_steps in steps(),
            keep_mine in any::<bool>(),
        ) {
            let base = changed(&milestone(start, vec![]), &common.iter().map(|(m, s)| (m - 100, *s)).collect::<Vec<_>>());
            let mine = changed(&base, &my_steps);
            let theirs = changed(&base, &their_steps);
            let keep = if keep_mine { Keep::Mine } else { Keep::Theirs };
            let merged = merge_milestone(&theirs, &base, &mine, keep, now());
            let h = &merged.history;
            for pair in h.windows(2) {
                prop_assert!(pair[0].at <= pair[1].at);
                prop_assert_eq!(pair[1].from, Some(pair[0].to));
            }
            for e in h {
                prop_assert!(e.from != Some(e.to));
            }
            if let Some(last) = h.last() {
                prop_assert_eq!(merged.status, last.to);
            }
            let expected = match keep {
                Keep::Mine if mine.history != base.history => mine.status,
                Keep::Mine | Keep::Theirs => theirs.status,
            };
            prop_assert_eq!(merged.status, expected);
            prop_assert_eq!(merged.done_on.is_some(), merged.status == Status::Done);
        }
    }
}
