//! Summaries for meeting minutes: the figures of a model at one date, as JSON (the shape in
//! docs/cli.md) or as Markdown to paste into minutes.

mod markdown;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::model::diff;
use crate::model::{Figures, Health, Model, Since, Status};

pub use markdown::{markdown, markdown_in};

pub use crate::model::UPCOMING_DAYS;

/// The JSON report.
#[derive(Debug, Serialize)]
pub struct Report {
    pub today: NaiveDate,
    pub title: String,
    pub as_of: Option<NaiveDate>,
    pub overall: Overall,
    pub pillars: Vec<PillarRow>,
    pub targets: Vec<TargetRow>,
    pub overdue: Vec<MilestoneRow>,
    pub upcoming: Vec<MilestoneRow>,
    /// What `--since` named: a date, or a revision with its commit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<String>,
    /// The status changes since then, oldest first.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<Vec<Change>>,
    /// Since a revision: the model's other changes (milestones added, retitled, re-dated…),
    /// each tagged with its kind as in `pactboard log --format json`.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub other_changes: Vec<diff::Change>,
}

#[derive(Debug, Serialize)]
pub struct Overall {
    pub progress: Option<f64>,
    pub milestones: usize,
    pub done: usize,
    pub overdue: usize,
}

#[derive(Debug, Serialize)]
pub struct PillarRow {
    pub id: String,
    pub title: String,
    pub progress: Option<f64>,
    pub health: Health,
    pub milestones: usize,
    pub done: usize,
    pub overdue: usize,
}

#[derive(Debug, Serialize)]
pub struct TargetRow {
    pub id: String,
    pub title: String,
    pub unit: String,
    pub amount: f64,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub announced: f64,
    pub committed: f64,
    pub realized: f64,
    pub expected_by_today: f64,
    pub progress: f64,
    /// What must still be realized per year to reach the amount by `end`.
    pub needed_per_year: Option<f64>,
}

#[derive(Debug, Serialize)]
pub struct MilestoneRow {
    pub id: String,
    pub title: String,
    pub pillar: String,
    pub status: Status,
    pub due: Option<NaiveDate>,
}

#[derive(Debug, Serialize)]
pub struct Change {
    pub milestone: String,
    /// When the history entry says it happened; `null` for a change made by hand.
    pub at: Option<String>,
    pub from: Option<Status>,
    pub to: Status,
    pub note: Option<String>,
    /// No history entry records it (only since a revision).
    pub by_hand: bool,
}

impl Report {
    /// Builds the report of `model` at `today`; with `since`, the status changes from that date on.
    pub fn build(model: &Model, figures: &Figures, since: Option<&Since>) -> Self {
        let milestone_row = |i: usize| {
            let m = &model.milestones[i];
            MilestoneRow {
                id: m.id.clone(),
                title: m.title.clone(),
                pillar: model.pillars[m.pillar].id.clone(),
                status: m.status,
                due: m.due,
            }
        };
        let (changes, other_changes) = match since.map(|s| s.changes(model)) {
            Some(all) => {
                let (statuses, others): (Vec<_>, Vec<_>) = all
                    .into_iter()
                    .partition(|c| matches!(c, diff::Change::Status { .. }));
                (Some(status_rows(statuses)), others)
            }
            None => (None, Vec::new()),
        };
        Report {
            today: figures.today,
            title: model.partnership.title.clone(),
            as_of: model.partnership.as_of,
            overall: Overall {
                progress: figures.overall.progress(),
                milestones: figures.overall.milestones,
                done: figures.overall.done,
                overdue: figures.overall.overdue,
            },
            pillars: model
                .pillars
                .iter()
                .zip(&figures.pillars)
                .map(|(p, f)| PillarRow {
                    id: p.id.clone(),
                    title: p.title.clone(),
                    progress: f.progress(),
                    health: f.health(),
                    milestones: f.milestones,
                    done: f.done,
                    overdue: f.overdue,
                })
                .collect(),
            targets: model
                .targets
                .iter()
                .zip(&figures.targets)
                .map(|(t, f)| TargetRow {
                    id: t.id.clone(),
                    title: t.title.clone(),
                    unit: t.unit.clone(),
                    amount: t.amount,
                    start: t.start,
                    end: t.end,
                    announced: f.announced,
                    committed: f.committed,
                    realized: f.realized,
                    expected_by_today: f.expected_by_today,
                    progress: f.progress,
                    needed_per_year: f.needed_per_year,
                })
                .collect(),
            overdue: figures.overdue.iter().map(|&i| milestone_row(i)).collect(),
            upcoming: figures
                .upcoming
                .iter()
                .copied()
                .map(milestone_row)
                .collect(),
            since: since.map(Since::label),
            changes,
            other_changes,
        }
    }

    /// The report as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        crate::text::json_safe(
            serde_json::to_string_pretty(self)
                .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}")),
        )
    }
}

/// The status changes as the report's rows.
fn status_rows(changes: Vec<diff::Change>) -> Vec<Change> {
    changes
        .into_iter()
        .filter_map(|c| match c {
            diff::Change::Status {
                milestone,
                from,
                to,
                at,
                note,
                by_hand,
                day_only,
                ..
            } => Some(Change {
                milestone,
                // A change known only by its day is said as that day, never with a time.
                at: at.map(|at| {
                    if day_only {
                        at.date_naive().to_string()
                    } else {
                        at.to_rfc3339()
                    }
                }),
                from,
                to,
                note,
                by_hand,
            }),
            _ => None,
        })
        .collect()
}

impl Serialize for Health {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl Serialize for Status {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
