//! Summaries for meeting minutes: the figures of a model at one date, as JSON (the shape in
//! docs/cli.md) or as Markdown to paste into minutes.

mod markdown;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use crate::model::{Figures, Health, Model, Status, recorded_since};

pub use markdown::markdown;

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
    #[serde(skip_serializing_if = "Option::is_none")]
    pub changes: Option<Vec<Change>>,
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
    pub at: String,
    pub from: Option<Status>,
    pub to: Status,
    pub note: Option<String>,
}

impl Report {
    /// Builds the report of `model` at `today`; with `since`, the status changes from that date on.
    pub fn build(model: &Model, figures: &Figures, since: Option<NaiveDate>) -> Self {
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
            changes: since.map(|since| changes_since(model, since)),
        }
    }

    /// The report as pretty-printed JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    }
}

/// Every history entry at or after the start of `since`, oldest first.
fn changes_since(model: &Model, since: NaiveDate) -> Vec<Change> {
    recorded_since(model, since)
        .into_iter()
        .map(|(h, m)| Change {
            milestone: m.id.clone(),
            at: h.at.to_rfc3339(),
            from: h.from,
            to: h.to,
            note: h.note.clone(),
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
