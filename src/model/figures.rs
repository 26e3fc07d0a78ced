//! The derived figures of docs/format.md, computed in this one place for every view, the report
//! and the tests: progress, overdue, pillar health and target pace. "Today" is always passed in.

use chrono::NaiveDate;

use super::{EntryKind, HistoryEntry, Milestone, Model, Status, Target};

/// Days in a year on average, for the yearly run-rate.
const DAYS_PER_YEAR: f64 = 365.25;

/// A milestone is overdue when it is due before today and neither done nor cancelled.
pub fn is_overdue(milestone: &Milestone, today: NaiveDate) -> bool {
    milestone.status.is_open() && milestone.due.is_some_and(|due| due < today)
}

/// Σ weight of `done` ÷ Σ weight of all not `cancelled`; `None` when nothing is left.
pub fn milestone_progress<'a>(milestones: impl IntoIterator<Item = &'a Milestone>) -> Option<f64> {
    let mut counts = MilestoneCounts::default();
    for m in milestones {
        counts.add(m, NaiveDate::MIN);
    }
    counts.progress()
}

/// Counts and weights of a set of milestones.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct MilestoneCounts {
    /// Milestones that are not cancelled.
    pub milestones: usize,
    pub done: usize,
    pub overdue: usize,
    pub blocked: usize,
    pub at_risk: usize,
    pub cancelled: usize,
    done_weight: f64,
    weight: f64,
}

impl MilestoneCounts {
    fn add(&mut self, m: &Milestone, today: NaiveDate) {
        match m.status {
            Status::Cancelled => {
                self.cancelled += 1;
                return;
            }
            Status::Done => {
                self.done += 1;
                self.done_weight += m.weight;
            }
            Status::Blocked => self.blocked += 1,
            Status::AtRisk => self.at_risk += 1,
            Status::Planned | Status::InProgress => {}
        }
        self.milestones += 1;
        self.weight += m.weight;
        if is_overdue(m, today) {
            self.overdue += 1;
        }
    }

    /// Weighted progress in [0, 1], or `None` when no milestone is left after removing cancelled ones.
    pub fn progress(&self) -> Option<f64> {
        (self.milestones > 0).then(|| (self.done_weight / self.weight).clamp(0.0, 1.0))
    }

    /// Pillar health from these counts.
    pub fn health(&self) -> Health {
        if self.milestones == 0 {
            Health::NoData
        } else if self.blocked > 0 || self.overdue > 0 {
            Health::OffTrack
        } else if self.at_risk > 0 {
            Health::AtRisk
        } else {
            Health::OnTrack
        }
    }
}

/// How a pillar is doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Health {
    OnTrack,
    AtRisk,
    OffTrack,
    NoData,
}

impl Health {
    /// The name used in the JSON report.
    pub fn as_str(self) -> &'static str {
        match self {
            Health::OnTrack => "on_track",
            Health::AtRisk => "at_risk",
            Health::OffTrack => "off_track",
            Health::NoData => "no_data",
        }
    }

    /// The words shown to people, in `lang`.
    pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
        let id = match self {
            Health::OnTrack => "health-on-track",
            Health::AtRisk => "health-at-risk",
            Health::OffTrack => "health-off-track",
            Health::NoData => "health-no-data",
        };
        crate::i18n::word(lang, id)
    }

    /// The words shown to people (in English; [`Health::label_in`] for another language).
    pub fn label(self) -> &'static str {
        match self {
            Health::OnTrack => "on track",
            Health::AtRisk => "at risk",
            Health::OffTrack => "off track",
            Health::NoData => "no data",
        }
    }

    /// A symbol that tells the health apart without colour.
    pub fn symbol(self) -> &'static str {
        match self {
            Health::OnTrack => "✔",
            Health::AtRisk => "▲",
            Health::OffTrack => "✖",
            Health::NoData => "·",
        }
    }
}

/// The figures of one target at today.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TargetFigures {
    pub announced: f64,
    pub committed: f64,
    pub realized: f64,
    /// `amount` × the elapsed fraction of [start, end] at today, clamped to [0, 1].
    pub expected_by_today: f64,
    /// The elapsed fraction of [start, end] at today, in [0, 1].
    pub elapsed: f64,
    /// `realized` ÷ `amount`, at most 1 (the realized sum tells of any excess).
    pub progress: f64,
    /// What is still to be realized each year from today (or from `start`, if later) to reach the
    /// amount by `end`; `Some(0.0)` once reached, `None` when `end` has passed short of it.
    pub needed_per_year: Option<f64>,
}

impl TargetFigures {
    /// Behind the straight pace: less realized than the pace expects by today, and the amount
    /// not reached.
    pub fn behind_pace(&self) -> bool {
        self.realized + 1e-9 < self.expected_by_today && self.needed_per_year != Some(0.0)
    }

    /// Computes the figures of `target` at `today`.
    pub fn compute(target: &Target, today: NaiveDate) -> Self {
        let sum = |kind| {
            running_total(target, kind, today)
                .last()
                .map_or(0.0, |&(_, total)| total)
        };
        let announced = sum(EntryKind::Announced);
        let committed = sum(EntryKind::Committed);
        let realized = sum(EntryKind::Realized);
        let elapsed = elapsed_at(target, today);
        let remaining = (target.amount - realized).max(0.0);
        let needed_per_year = if remaining == 0.0 {
            Some(0.0)
        } else if today >= target.end {
            None
        } else {
            let from = today.max(target.start);
            Some(remaining / ((target.end - from).num_days() as f64 / DAYS_PER_YEAR))
        };
        TargetFigures {
            announced,
            committed,
            realized,
            expected_by_today: pace_by(target, today),
            elapsed,
            progress: (realized / target.amount).clamp(0.0, 1.0),
            needed_per_year,
        }
    }
}

/// The elapsed fraction of a target's [start, end] at `day`, in [0, 1].
fn elapsed_at(target: &Target, day: NaiveDate) -> f64 {
    let span = (target.end - target.start).num_days() as f64;
    if span > 0.0 {
        ((day - target.start).num_days() as f64 / span).clamp(0.0, 1.0)
    } else {
        1.0
    }
}

/// Where a target's straight pace is at `day`: its amount × the elapsed fraction of [start,
/// end] then (what `expected_by_today` is at today; the end of a fiscal year on the slides).
pub fn pace_by(target: &Target, day: NaiveDate) -> f64 {
    target.amount * elapsed_at(target, day)
}

/// The running total of one kind of a target's entries up to `today` (later entries do not count
/// yet): the date of each entry, in date order, with the total once it is added. The last total
/// is the sum the target's figures report; the targets chart draws the steps.
pub fn running_total(target: &Target, kind: EntryKind, today: NaiveDate) -> Vec<(NaiveDate, f64)> {
    let mut entries: Vec<_> = target
        .entries
        .iter()
        .filter(|e| e.kind == kind && e.date <= today)
        .collect();
    entries.sort_by_key(|e| e.date);
    let mut total = 0.0;
    entries
        .into_iter()
        .map(|e| {
            total += e.amount;
            (e.date, total)
        })
        .collect()
}

/// The status changes recorded on or after `date` (from the start of that day), oldest first,
/// each with its milestone: the "since" of the report, the presentation and the exports.
pub fn recorded_since(model: &Model, date: NaiveDate) -> Vec<(&HistoryEntry, &Milestone)> {
    let mut changes: Vec<_> = model
        .milestones
        .iter()
        .flat_map(|m| m.history.iter().map(move |h| (h, m)))
        .filter(|(h, _)| h.at.date_naive() >= date)
        .collect();
    changes.sort_by_key(|(h, _)| h.at);
    changes
}

/// A pillar's milestones as a slide shows them: the overdue ones, the open ones by due date
/// (those without one last), and the done ones, each in file order otherwise.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PillarGroups {
    pub overdue: Vec<usize>,
    pub next: Vec<usize>,
    pub done: Vec<usize>,
}

impl PillarGroups {
    /// The groups of the milestones `of_pillar` (indices into `model.milestones`) at `today`.
    pub fn of(model: &Model, of_pillar: &[usize], today: NaiveDate) -> Self {
        let pick = |keep: &dyn Fn(&Milestone) -> bool| -> Vec<usize> {
            of_pillar
                .iter()
                .copied()
                .filter(|&m| model.milestones.get(m).is_some_and(keep))
                .collect()
        };
        let mut next = pick(&|m| m.status.is_open() && !is_overdue(m, today));
        next.sort_by_key(|&m| (model.milestones[m].due.is_none(), model.milestones[m].due));
        PillarGroups {
            overdue: pick(&|m| is_overdue(m, today)),
            next,
            done: pick(&|m| m.status == Status::Done),
        }
    }
}

/// Every derived figure of a model at one date, computed once per change and read by every view.
#[derive(Debug, Clone, PartialEq)]
pub struct Figures {
    pub today: NaiveDate,
    pub overall: MilestoneCounts,
    /// One per pillar, in file order.
    pub pillars: Vec<MilestoneCounts>,
    /// One per target, in file order.
    pub targets: Vec<TargetFigures>,
    /// Indexes of overdue milestones, earliest due first.
    pub overdue: Vec<usize>,
    /// Open milestones due from today up to [`UPCOMING_DAYS`] ahead, soonest first: what the
    /// report and the deck call "coming up".
    pub upcoming: Vec<usize>,
    /// The next [`NEXT_DUE_SHOWN`] open milestones due from today on, however far, soonest
    /// first: the overview's "next due".
    pub next_due: Vec<usize>,
}

/// How far ahead "coming up" looks, in days.
pub const UPCOMING_DAYS: i64 = 90;
/// How many of the next milestones due the overview keeps.
pub const NEXT_DUE_SHOWN: usize = 50;

impl Figures {
    /// Computes every figure of `model` at `today` in one pass over the milestones.
    pub fn compute(model: &Model, today: NaiveDate) -> Self {
        let mut overall = MilestoneCounts::default();
        let mut pillars = vec![MilestoneCounts::default(); model.pillars.len()];
        let mut overdue = Vec::new();
        let mut ahead = Vec::new();
        for (index, m) in model.milestones.iter().enumerate() {
            overall.add(m, today);
            if let Some(pillar) = pillars.get_mut(m.pillar) {
                pillar.add(m, today);
            }
            if is_overdue(m, today) {
                overdue.push(index);
            } else if m.status.is_open() && m.due.is_some_and(|d| d >= today) {
                ahead.push(index);
            }
        }
        let due = |i: usize| (model.milestones[i].due, i);
        overdue.sort_by_key(|&i| due(i));
        let last = today + chrono::Duration::days(UPCOMING_DAYS);
        let mut upcoming: Vec<usize> = ahead
            .iter()
            .copied()
            .filter(|&i| model.milestones[i].due.is_some_and(|d| d <= last))
            .collect();
        upcoming.sort_by_key(|&i| due(i));
        // The first few of many, without sorting them all.
        if ahead.len() > NEXT_DUE_SHOWN {
            ahead.select_nth_unstable_by_key(NEXT_DUE_SHOWN - 1, |&i| due(i));
            ahead.truncate(NEXT_DUE_SHOWN);
        }
        ahead.sort_by_key(|&i| due(i));
        let targets = model
            .targets
            .iter()
            .map(|t| TargetFigures::compute(t, today))
            .collect();
        Figures {
            today,
            overall,
            pillars,
            targets,
            overdue,
            upcoming,
            next_due: ahead,
        }
    }
}

#[cfg(test)]
// The figures of these small cases are exact in binary floating point.
#[allow(clippy::float_cmp)]
mod tests {
    use super::*;
    use crate::model::{Partnership, Pillar, TargetEntry};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn milestone(pillar: usize, status: Status, weight: f64, due: Option<&str>) -> Milestone {
        Milestone {
            id: format!("m{pillar}-{status}-{weight}"),
            title: "M".into(),
            pillar,
            status,
            objective: None,
            due: due.map(day),
            done_on: None,
            weight,
            owner: None,
            notes: None,
            source: None,
            history: Vec::new(),
        }
    }

    fn model(pillars: usize, milestones: Vec<Milestone>) -> Model {
        Model {
            partnership: Partnership {
                title: "T".into(),
                parties: vec!["A".into(), "B".into()],
                summary: None,
                as_of: None,
                pillars_declared: None,
                fiscal_year_starts: None,
            },
            sources: vec![],
            pillars: (0..pillars)
                .map(|i| Pillar {
                    id: format!("p{i}"),
                    title: format!("P{i}"),
                    summary: None,
                    source: None,
                })
                .collect(),
            agreements: vec![],
            objectives: vec![],
            targets: vec![],
            milestones,
            rates: vec![],
            deck: crate::model::deck::Chosen::default(),
            translations: crate::model::names::Translations::default(),
        }
    }

    #[test]
    fn progress_is_weighted_and_ignores_cancelled() {
        let ms = [
            milestone(0, Status::Done, 3.0, None),
            milestone(0, Status::Planned, 1.0, None),
            milestone(0, Status::Cancelled, 100.0, None),
        ];
        assert_eq!(milestone_progress(&ms), Some(0.75));
    }

    #[test]
    fn nothing_left_after_cancelled_has_no_progress_not_zero() {
        assert_eq!(milestone_progress(&[]), None);
        let ms = [milestone(0, Status::Cancelled, 1.0, None)];
        assert_eq!(milestone_progress(&ms), None);
        let m = model(2, ms.to_vec());
        let f = Figures::compute(&m, day("2026-01-01"));
        assert_eq!(f.pillars[0].progress(), None);
        assert_eq!(f.pillars[0].health(), Health::NoData);
        assert_eq!(f.pillars[1].health(), Health::NoData);
        assert_eq!(f.overall.progress(), None);
    }

    #[test]
    fn overdue_is_strictly_before_today_and_only_for_open_milestones() {
        let today = day("2026-03-01");
        assert!(!is_overdue(
            &milestone(0, Status::Planned, 1.0, Some("2026-03-01")),
            today
        ));
        assert!(is_overdue(
            &milestone(0, Status::Planned, 1.0, Some("2026-02-28")),
            today
        ));
        assert!(is_overdue(
            &milestone(0, Status::AtRisk, 1.0, Some("2026-02-28")),
            today
        ));
        assert!(!is_overdue(
            &milestone(0, Status::Done, 1.0, Some("2020-01-01")),
            today
        ));
        assert!(!is_overdue(
            &milestone(0, Status::Cancelled, 1.0, Some("2020-01-01")),
            today
        ));
        assert!(!is_overdue(
            &milestone(0, Status::Planned, 1.0, None),
            today
        ));
    }

    #[test]
    fn overall_progress_is_weighted_across_the_file_not_an_average_of_pillars() {
        let m = model(
            2,
            vec![
                milestone(0, Status::Done, 1.0, None),
                milestone(1, Status::Done, 1.0, None),
                milestone(1, Status::Planned, 1.0, None),
                milestone(1, Status::Planned, 1.0, None),
            ],
        );
        let f = Figures::compute(&m, day("2026-01-01"));
        assert_eq!(f.pillars[0].progress(), Some(1.0));
        assert_eq!(f.pillars[1].progress(), Some(1.0 / 3.0));
        assert_eq!(f.overall.progress(), Some(0.5));
        assert_eq!((f.overall.milestones, f.overall.done), (4, 2));
    }

    #[test]
    fn health_goes_off_track_on_blocked_or_overdue_then_at_risk() {
        let today = day("2026-01-01");
        let health =
            |ms: Vec<Milestone>| Figures::compute(&model(1, ms), today).pillars[0].health();
        assert_eq!(
            health(vec![milestone(0, Status::Planned, 1.0, None)]),
            Health::OnTrack
        );
        assert_eq!(
            health(vec![milestone(0, Status::AtRisk, 1.0, None)]),
            Health::AtRisk
        );
        assert_eq!(
            health(vec![
                milestone(0, Status::AtRisk, 1.0, None),
                milestone(0, Status::Blocked, 1.0, None)
            ]),
            Health::OffTrack
        );
        assert_eq!(
            health(vec![milestone(
                0,
                Status::InProgress,
                1.0,
                Some("2025-12-31")
            )]),
            Health::OffTrack
        );
        assert_eq!(
            health(vec![milestone(0, Status::Done, 1.0, Some("2025-12-31"))]),
            Health::OnTrack
        );
    }

    fn target(entries: Vec<(&str, f64, EntryKind)>) -> Target {
        Target {
            id: "t".into(),
            title: "T".into(),
            unit: "JPY".into(),
            amount: 1000.0,
            start: day("2025-01-01"),
            end: day("2035-01-01"),
            pillar: None,
            summary: None,
            source: None,
            entries: entries
                .into_iter()
                .map(|(date, amount, kind)| TargetEntry {
                    date: day(date),
                    amount,
                    kind,
                    note: None,
                    source: None,
                })
                .collect(),
        }
    }

    #[test]
    fn target_sums_each_kind_on_its_own_and_skips_future_entries() {
        let t = target(vec![
            ("2025-06-01", 100.0, EntryKind::Announced),
            ("2025-07-01", 100.0, EntryKind::Committed),
            ("2025-08-01", 50.0, EntryKind::Realized),
            ("2026-01-01", 25.0, EntryKind::Realized),
            ("2026-01-02", 999.0, EntryKind::Realized),
        ]);
        let f = TargetFigures::compute(&t, day("2026-01-01"));
        assert_eq!((f.announced, f.committed, f.realized), (100.0, 100.0, 75.0));
        assert_eq!(f.progress, 0.075);
    }

    #[test]
    fn running_total_steps_in_date_order_up_to_today() {
        let t = target(vec![
            ("2026-01-01", 25.0, EntryKind::Realized),
            ("2025-06-01", 100.0, EntryKind::Announced),
            ("2025-08-01", 50.0, EntryKind::Realized),
            ("2026-01-02", 999.0, EntryKind::Realized),
        ]);
        assert_eq!(
            running_total(&t, EntryKind::Realized, day("2026-01-01")),
            [(day("2025-08-01"), 50.0), (day("2026-01-01"), 75.0)]
        );
        assert_eq!(
            running_total(&t, EntryKind::Committed, day("2026-01-01")),
            []
        );
    }

    #[test]
    fn expected_pace_is_clamped_to_the_period() {
        let t = target(vec![]);
        let at = |d: &str| TargetFigures::compute(&t, day(d));
        assert_eq!(at("2024-01-01").expected_by_today, 0.0);
        assert_eq!(at("2025-01-01").expected_by_today, 0.0);
        assert_eq!(at("2035-01-01").expected_by_today, 1000.0);
        assert_eq!(at("2040-01-01").expected_by_today, 1000.0);
        let mid = at("2030-01-01");
        assert!((mid.expected_by_today - 1000.0 * 1826.0 / 3652.0).abs() < 1e-9);
    }

    #[test]
    fn run_rate_needed_spreads_what_is_left_over_the_years_left() {
        let t = target(vec![("2025-01-01", 500.0, EntryKind::Realized)]);
        let before = TargetFigures::compute(&t, day("2024-01-01"));
        assert!((before.needed_per_year.unwrap() - 1000.0 / (3652.0 / 365.25)).abs() < 1e-9);
        let now = TargetFigures::compute(&t, day("2030-01-01"));
        let years_left = (day("2035-01-01") - day("2030-01-01")).num_days() as f64 / 365.25;
        assert!((now.needed_per_year.unwrap() - 500.0 / years_left).abs() < 1e-9);
        assert_eq!(
            TargetFigures::compute(&t, day("2035-01-01")).needed_per_year,
            None
        );
        let reached = target(vec![("2025-01-01", 1500.0, EntryKind::Realized)]);
        let f = TargetFigures::compute(&reached, day("2026-01-01"));
        assert_eq!((f.needed_per_year, f.progress), (Some(0.0), 1.0));
    }
}
