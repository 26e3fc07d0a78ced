//! Recording the status chosen in the picker: as of when the news happened, on the milestone
//! and every marked one, each refusal said in the language shown.

use crate::app::App;
use crate::app::modal::MilestoneRef;
use crate::model::Status;
use crate::model::dates::{When, parse_when};
use crate::model::edit::{Edit, check_news_date};

impl App {
    /// The chosen status recorded as of `when` (a day, a day and a time, or empty for now) on
    /// the milestone and the marked ones; the reason when the date cannot be (in the future,
    /// before a milestone's last recorded change, not a date).
    pub(super) fn record_news(
        &mut self,
        first: &MilestoneRef,
        also: &[MilestoneRef],
        choice: usize,
        note: &str,
        when: &str,
    ) -> Result<(), String> {
        let to = Status::ALL[choice];
        let note = Some(note.to_string()).filter(|n| !n.trim().is_empty());
        let when = if when.trim().is_empty() {
            When::At(self.doc.now)
        } else {
            match parse_when(when, self.doc.now).map_err(|e| e.message_in(self.dash.langs.main))? {
                // Today's date is the present: recorded at this moment.
                When::Day(d) if d == self.doc.now.date_naive() => When::At(self.doc.now),
                other => other,
            }
        };
        let targets: Vec<usize> = std::iter::once(first)
            .chain(also)
            .filter_map(|r| r.find(&self.doc.model))
            .filter(|&i| self.doc.model.milestones[i].status != to)
            .collect();
        for &i in &targets {
            check_news_date(&self.doc.model.milestones[i], when, self.doc.now, false)
                .map_err(|e| e.message_in(self.dash.langs.main))?;
        }
        let edits: Vec<(usize, Edit)> = targets
            .into_iter()
            .map(|i| {
                (
                    i,
                    Edit::StatusOn {
                        to,
                        note: note.clone(),
                        when,
                    },
                )
            })
            .collect();
        self.dash.marked.clear();
        if edits.is_empty() {
            self.say_already("said-already", to);
        } else {
            self.edit_all(edits);
        }
        Ok(())
    }

    /// The chosen status to every marked milestone still in the file that is not at it yet, one
    /// history entry each and one undo step for all; the marks are cleared.
    pub(super) fn edit_marked(
        &mut self,
        first: &MilestoneRef,
        also: &[MilestoneRef],
        to: Status,
        note: Option<String>,
        at: chrono::DateTime<chrono::FixedOffset>,
    ) {
        let edits: Vec<(usize, Edit)> = std::iter::once(first)
            .chain(also)
            .filter_map(|r| r.find(&self.doc.model))
            .filter(|&i| self.doc.model.milestones[i].status != to)
            .map(|i| {
                let edit = Edit::Status {
                    to,
                    note: note.clone(),
                    at,
                };
                (i, edit)
            })
            .collect();
        self.dash.marked.clear();
        if edits.is_empty() {
            self.say_already("said-all-already", to);
        } else {
            self.edit_all(edits);
        }
    }
}
