//! The merge of two histories of one milestone's status that grew apart from a common one: the
//! one rule the dashboard's save, git's merge driver and `pactboard resolve` all follow, so that a
//! merged history is true the same way everywhere.
//!
//! - Entries both sides have (their common start) are kept once.
//! - The same change recorded on both sides from the same status (same `from` and `to`, as the
//!   next change after the common start) is one change: kept once, at the earlier time, with both
//!   notes, and the later recording's time in its note.
//! - Every other entry of both sides is kept, in time order (theirs first at the same instant),
//!   its `from` the status before it; an entry recorded with another `from` says so in its note.
//!   An entry that would then change nothing (its `to` already is the status) is not written as a
//!   no-op: its time and note go into the note of the entry that made the status so.
//! - When both sides went on changing the status and ended at different statuses, that is a
//!   conflict ([`HistoryMerge::conflict`]): the history holds both stories in time order (so its
//!   last `to` is the later change) and [`settle`] records the person's choice at the moment it
//!   is made.

use chrono::{DateTime, FixedOffset};

use super::{HistoryEntry, Status};

/// Two histories merged.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryMerge {
    /// Every entry of both sides, in time order, each `from` the `to` before it.
    pub entries: Vec<HistoryEntry>,
    /// The statuses ours and theirs ended at, when both changed on and they differ.
    pub conflict: Option<(Status, Status)>,
}

impl HistoryMerge {
    /// The status the merged history ends at (`start` when it is empty).
    pub fn status(&self, start: Status) -> Status {
        self.entries.last().map_or(start, |e| e.to)
    }
}

/// Merges `ours` and `theirs`, two histories of one milestone; `start` is its status before
/// the first entry either has (see the module's documentation).
pub fn merge_histories(
    start: Status,
    ours: &[HistoryEntry],
    theirs: &[HistoryEntry],
) -> HistoryMerge {
    let common = ours.iter().zip(theirs).take_while(|(a, b)| a == b).count();
    let mut out: Vec<HistoryEntry> = ours[..common].to_vec();
    let (mut mine, mut other) = (&ours[common..], &theirs[common..]);
    while let (Some(a), Some(b)) = (mine.first(), other.first()) {
        if a.from != b.from || a.to != b.to {
            break;
        }
        out.push(same_change(a, b));
        mine = &mine[1..];
        other = &other[1..];
    }
    let conflict = match (mine.last(), other.last()) {
        (Some(a), Some(b)) if a.to != b.to => Some((a.to, b.to)),
        _ => None,
    };
    // Stable merge by time: theirs first at the same instant.
    let mut rest: Vec<&HistoryEntry> = Vec::with_capacity(mine.len() + other.len());
    let (mut next_mine, mut next_other) = (0, 0);
    while next_mine < mine.len() || next_other < other.len() {
        let take_theirs = match (mine.get(next_mine), other.get(next_other)) {
            (Some(a), Some(b)) => b.at <= a.at,
            (None, _) => true,
            (_, None) => false,
        };
        if take_theirs {
            rest.push(&other[next_other]);
            next_other += 1;
        } else {
            rest.push(&mine[next_mine]);
            next_mine += 1;
        }
    }
    let mut status = out.last().map_or(start, |e| e.to);
    for e in rest {
        let recorded = e.from.map_or("", |f| f.as_str());
        if e.to == status
            && let Some(last) = out.last_mut()
        {
            let said = format!(
                "also recorded {} as from {recorded} to {}{}",
                e.at.to_rfc3339(),
                e.to.as_str(),
                e.note
                    .as_deref()
                    .map(|n| format!(": {n}"))
                    .unwrap_or_default()
            );
            append_note(&mut last.note, &said);
            continue;
        }
        let mut e = e.clone();
        if let Some(from) = e.from.filter(|&f| f != status) {
            e.from = Some(status);
            let said = format!(
                "recorded as from {}; merged after a change to {}",
                from.as_str(),
                status.as_str()
            );
            append_note(&mut e.note, &format!("({said})"));
        }
        status = e.to;
        out.push(e);
    }
    HistoryMerge {
        entries: out,
        conflict,
    }
}

/// The person chose `to` at `now`: an entry that makes it the status, from the one it replaces,
/// unless it already is (never a no-op). Placed after the last entry in time.
pub fn settle(
    entries: &mut Vec<HistoryEntry>,
    start: Status,
    to: Status,
    now: DateTime<FixedOffset>,
    note: &str,
) {
    let before = entries.last().map_or(start, |e| e.to);
    if before == to {
        return;
    }
    let at = entries.last().map_or(now, |e| e.at.max(now));
    entries.push(HistoryEntry {
        at,
        from: Some(before),
        to,
        note: Some(note.to_string()),
        day_only: false,
    });
}

/// The same change, recorded on both sides: once, at the earlier time, with both notes.
fn same_change(a: &HistoryEntry, b: &HistoryEntry) -> HistoryEntry {
    let (first, second) = if b.at <= a.at { (b, a) } else { (a, b) };
    let mut out = first.clone();
    if let Some(note) = &second.note
        && out.note.as_deref() != Some(note)
    {
        append_note(&mut out.note, note);
    }
    if second.at != first.at {
        append_note(
            &mut out.note,
            &format!("(also recorded {})", second.at.to_rfc3339()),
        );
    }
    out
}

fn append_note(note: &mut Option<String>, more: &str) {
    *note = Some(match note.take() {
        Some(n) if more.starts_with('(') => format!("{n} {more}"),
        Some(n) => format!("{n}; {more}"),
        None => more.to_string(),
    });
}

/// Whether every entry's `from` is the `to` before it (`start` before the first), as a merged
/// or saved history must be; the index of the first entry that breaks the chain.
pub fn broken_link(start: Option<Status>, entries: &[HistoryEntry]) -> Option<usize> {
    let mut before = start;
    for (k, e) in entries.iter().enumerate() {
        if let (Some(from), Some(b)) = (e.from, before)
            && from != b
        {
            return Some(k);
        }
        before = Some(e.to);
    }
    None
}

#[cfg(test)]
mod tests {
    use chrono::Duration;
    use proptest::prelude::*;

    use super::*;
    use Status::*;

    fn at(day: i64) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-01-01T09:00:00+09:00").unwrap() + Duration::days(day)
    }

    fn entries(start: Status, steps: &[(i64, Status)]) -> Vec<HistoryEntry> {
        let mut from = start;
        steps
            .iter()
            .map(|&(day, to)| {
                let e = HistoryEntry {
                    at: at(day),
                    from: Some(from),
                    to,
                    note: None,
                    day_only: false,
                };
                from = to;
                e
            })
            .collect()
    }

    fn pairs(h: &[HistoryEntry]) -> Vec<(Option<Status>, Status)> {
        h.iter().map(|e| (e.from, e.to)).collect()
    }

    /// The case found: ours planned → in progress (Jan 10) → at risk → in progress, theirs
    /// planned → in progress (Feb 1). The shared change is kept once at Jan 10, nothing is lost,
    /// and no entry changes nothing.
    #[test]
    fn the_same_first_change_is_one_and_ours_goes_on_from_it() {
        let ours = entries(Planned, &[(9, InProgress), (14, AtRisk), (20, InProgress)]);
        let theirs = entries(Planned, &[(31, InProgress)]);
        let m = merge_histories(Planned, &ours, &theirs);
        assert_eq!(m.conflict, None);
        assert_eq!(
            pairs(&m.entries),
            vec![
                (Some(Planned), InProgress),
                (Some(InProgress), AtRisk),
                (Some(AtRisk), InProgress),
            ]
        );
        assert_eq!(m.entries[0].at, at(9));
        assert!(
            m.entries[0]
                .note
                .as_deref()
                .unwrap()
                .contains("also recorded")
        );
    }

    #[test]
    fn different_ends_are_a_conflict_with_both_stories_in_time_order() {
        let ours = entries(Planned, &[(1, AtRisk)]);
        let theirs = entries(Planned, &[(2, Blocked)]);
        let mut m = merge_histories(Planned, &ours, &theirs);
        assert_eq!(m.conflict, Some((AtRisk, Blocked)));
        assert_eq!(
            pairs(&m.entries),
            vec![(Some(Planned), AtRisk), (Some(AtRisk), Blocked)]
        );
        settle(&mut m.entries, Planned, AtRisk, at(3), "chose ours");
        assert_eq!(m.entries.len(), 3);
        assert_eq!(pairs(&m.entries)[2], (Some(Blocked), AtRisk));
        assert_eq!(m.entries[2].at, at(3));
        // Theirs is the later one already: nothing to add.
        let mut again = merge_histories(Planned, &ours, &theirs);
        settle(&mut again.entries, Planned, Blocked, at(3), "chose theirs");
        assert_eq!(again.entries.len(), 2);
    }

    #[test]
    fn a_change_to_what_already_is_goes_into_a_note_not_a_no_op() {
        // theirs: planned → blocked (day 1) → at risk (day 5); ours: planned → at risk (day 3).
        let ours = entries(Planned, &[(3, AtRisk)]);
        let theirs = entries(Planned, &[(1, Blocked), (5, AtRisk)]);
        let m = merge_histories(Planned, &ours, &theirs);
        assert_eq!(m.conflict, None);
        assert_eq!(
            pairs(&m.entries),
            vec![(Some(Planned), Blocked), (Some(Blocked), AtRisk)]
        );
        let note = m.entries[1].note.as_deref().unwrap();
        assert!(note.contains("recorded as from planned"), "{note}");
        assert!(note.contains("also recorded"), "{note}");
    }

    fn status() -> impl Strategy<Value = Status> {
        prop::sample::select(Status::ALL.to_vec())
    }

    fn steps() -> impl Strategy<Value = Vec<(i64, Status)>> {
        prop::collection::vec((0i64..60, status()), 0..6).prop_map(|mut v| {
            v.sort_by_key(|(d, _)| *d);
            v.dedup_by_key(|(_, s)| *s);
            v
        })
    }

    fn chain(start: Status, steps: &[(i64, Status)]) -> Vec<HistoryEntry> {
        let mut kept = Vec::new();
        let mut s = start;
        for &(d, to) in steps {
            if to != s {
                kept.push((d, to));
                s = to;
            }
        }
        entries(start, &kept)
    }

    proptest! {
        /// Random histories on both sides: the result is in time order, chained from the start,
        /// has no no-op entry, keeps every entry's time (as an entry or in a note), and ends at
        /// each side's status unless that is a conflict.
        #[test]
        fn merged_histories_are_true(
            start in status(),
            common in steps(),
            mine in steps(),
            their in steps(),
        ) {
            let base = chain(start, &common.iter().map(|(d, s)| (d - 100, *s)).collect::<Vec<_>>());
            let after = base.last().map_or(start, |e| e.to);
            let mut ours = base.clone();
            ours.extend(chain(after, &mine));
            let mut theirs = base.clone();
            theirs.extend(chain(after, &their));
            let m = merge_histories(start, &ours, &theirs);
            prop_assert_eq!(broken_link(Some(start), &m.entries), None);
            for pair in m.entries.windows(2) {
                prop_assert!(pair[0].at <= pair[1].at);
            }
            for e in &m.entries {
                prop_assert!(e.from != Some(e.to));
            }
            for e in ours.iter().chain(&theirs) {
                let stamp = e.at.to_rfc3339();
                prop_assert!(m.entries.iter().any(|x| x.at == e.at
                    || x.note.as_deref().is_some_and(|n| n.contains(&stamp))));
            }
            let end = |h: &[HistoryEntry]| h.last().map_or(start, |e| e.to);
            match m.conflict {
                None if ours.len() == base.len() => prop_assert_eq!(m.status(start), end(&theirs)),
                None if theirs.len() == base.len() => prop_assert_eq!(m.status(start), end(&ours)),
                None => prop_assert!(m.status(start) == end(&ours) || m.status(start) == end(&theirs)),
                Some((a, b)) => {
                    prop_assert_eq!((a, b), (end(&ours), end(&theirs)));
                    let mut settled = m.entries.clone();
                    settle(&mut settled, start, a, at(200), "ours");
                    prop_assert_eq!(broken_link(Some(start), &settled), None);
                    prop_assert_eq!(settled.last().map(|e| e.to), Some(a));
                }
            }
        }
    }
}
