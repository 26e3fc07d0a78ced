//! The three-way merge of one milestone that both this session and another save changed: my
//! changes since the version we both started from (`base`), made on top of theirs.
//!
//! - notes, due date, title, pillar, objective, weight, owner and source: mine where I changed
//!   them, else theirs;
//! - history: every entry of theirs and every entry I added, in time order (theirs first at the
//!   same instant); an entry whose `from` no longer is the status before it in that order gets
//!   the real one, and its note says what it was recorded as;
//! - status: where the last entry of that history moves it, so the file never says one thing in
//!   `status` and another in its history; `done_on` follows (the date of the change to done).

use super::{HistoryEntry, Milestone, Status};

/// My changes since `base` put on top of `theirs` (see the module's documentation).
pub fn merge_milestone(theirs: &Milestone, base: &Milestone, mine: &Milestone) -> Milestone {
    let mut out = theirs.clone();
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
    let kept = base
        .history
        .iter()
        .zip(&mine.history)
        .take_while(|(a, b)| a == b)
        .count();
    let added = &mine.history[kept..];
    if added.is_empty() {
        // No status change of mine is recorded (at most an undone one): theirs stands.
        return out;
    }
    let mut entries: Vec<(HistoryEntry, bool)> = theirs
        .history
        .iter()
        .map(|e| (e.clone(), false))
        .chain(added.iter().map(|e| (e.clone(), true)))
        .collect();
    // Stable: at the same instant, theirs (saved first) comes first.
    entries.sort_by_key(|(e, _)| e.at);
    for k in 1..entries.len() {
        let before = entries[k - 1].0.to;
        let entry = &mut entries[k].0;
        if let Some(recorded) = entry.from.filter(|&f| f != before) {
            entry.from = Some(before);
            let said = format!(
                "recorded as from {}; merged after a change to {before}",
                recorded.as_str()
            );
            entry.note = Some(match entry.note.take() {
                Some(note) => format!("{note} ({said})"),
                None => said,
            });
        }
    }
    let Some((last, last_is_mine)) = entries.last().cloned() else {
        return out;
    };
    out.status = last.to;
    out.done_on = match (last.to, last_is_mine) {
        (Status::Done, true) => mine.done_on.or(Some(last.at.date_naive())),
        (Status::Done, false) => theirs.done_on.or(Some(last.at.date_naive())),
        _ => None,
    };
    out.history = entries.into_iter().map(|(e, _)| e).collect();
    out
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
            });
            m.status = to;
        }
        m.done_on = (m.status == Status::Done).then(|| at(0).date_naive());
        m
    }

    #[test]
    fn a_later_change_of_theirs_wins_and_its_from_becomes_mine() {
        let base = milestone(Status::Planned, vec![]);
        let mine = changed(&base, &[(10, Status::Blocked)]);
        let theirs = changed(&base, &[(20, Status::Done)]);
        let merged = merge_milestone(&theirs, &base, &mine);
        assert_eq!(merged.status, Status::Done);
        let h = &merged.history;
        assert_eq!(
            (h[0].from, h[0].to),
            (Some(Status::Planned), Status::Blocked)
        );
        assert_eq!((h[1].from, h[1].to), (Some(Status::Blocked), Status::Done));
        assert!(
            h[1].note
                .as_deref()
                .unwrap()
                .contains("recorded as from planned")
        );
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
        /// Random histories on both sides: the merged history is in time order, its `from`
        /// chain holds, it loses no entry, and status and `done_on` agree with its last entry.
        #[test]
        fn merged_histories_are_ordered_chained_and_complete(
            start in status(),
            common in steps(),
            my_steps in steps(),
            their_steps in steps(),
        ) {
            let base = changed(&milestone(start, vec![]), &common.iter().map(|(m, s)| (m - 100, *s)).collect::<Vec<_>>());
            let mine = changed(&base, &my_steps);
            let theirs = changed(&base, &their_steps);
            let merged = merge_milestone(&theirs, &base, &mine);
            let h = &merged.history;
            let mine_added = mine.history.len() - base.history.len();
            prop_assert_eq!(h.len(), theirs.history.len() + mine_added);
            for pair in h.windows(2) {
                prop_assert!(pair[0].at <= pair[1].at);
                prop_assert_eq!(pair[1].from, Some(pair[0].to));
            }
            for e in theirs.history.iter().chain(&mine.history) {
                prop_assert!(h.iter().any(|m| m.at == e.at && m.to == e.to));
            }
            if let Some(last) = h.last() {
                prop_assert_eq!(merged.status, last.to);
            }
            prop_assert_eq!(merged.done_on.is_some(), merged.status == Status::Done);
        }
    }
}
