//! The derived figures of docs/format.md, computed in this one place for every view, the report
//! and the tests: progress, overdue, pillar health and target pace. "Today" is always passed in.

use chrono::NaiveDate;

use super::{EntryKind, Milestone, Model, Status, Target};

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

    /// The words shown to people.
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
    /// Computes the figures of `target` at `today`.
    pub fn compute(target: &Target, today: NaiveDate) -> Self {
        let (mut announced, mut committed, mut realized) = (0.0, 0.0, 0.0);
        for entry in target.entries.iter().filter(|e| e.date <= today) {
            match entry.kind {
                EntryKind::Announced => announced += entry.amount,
                EntryKind::Committed => committed += entry.amount,
                EntryKind::Realized => realized += entry.amount,
            }
        }
        let span = (target.end - target.start).num_days() as f64;
        let elapsed = if span > 0.0 {
            ((today - target.start).num_days() as f64 / span).clamp(0.0, 1.0)
        } else {
            1.0
        };
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
            expected_by_today: target.amount * elapsed,
            elapsed,
            progress: (realized / target.amount).clamp(0.0, 1.0),
            needed_per_year,
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
}

impl Figures {
    /// Computes every figure of `model` at `today` in one pass over the milestones.
    pub fn compute(model: &Model, today: NaiveDate) -> Self {
        let mut overall = MilestoneCounts::default();
        let mut pillars = vec![MilestoneCounts::default(); model.pillars.len()];
        let mut overdue = Vec::new();
        for (index, m) in model.milestones.iter().enumerate() {
            overall.add(m, today);
            if let Some(pillar) = pillars.get_mut(m.pillar) {
                pillar.add(m, today);
            }
            if is_overdue(m, today) {
                overdue.push(index);
            }
        }
        overdue.sort_by_key(|&i| (model.milestones[i].due, i));
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
        }
    }

    /// Indexes of open milestones due from today up to `days` ahead, soonest first.
    pub fn upcoming(model: &Model, today: NaiveDate, days: i64) -> Vec<usize> {
        let last = today + chrono::Duration::days(days);
        let mut due: Vec<usize> = (0..model.milestones.len())
            .filter(|&i| {
                let m = &model.milestones[i];
                m.status.is_open() && m.due.is_some_and(|d| d >= today && d <= last)
            })
            .collect();
        due.sort_by_key(|&i| (model.milestones[i].due, i));
        due
    }
}
