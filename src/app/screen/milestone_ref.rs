//! A milestone named by its id, for what outlives a reload (a popup, a form, an undo step).

use crate::model::Model;

/// A milestone a popup or an edit is about, by id: a reload or a merge may reorder the file, so a
/// row number could point at another milestone. The index is only a hint, checked against the id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneRef {
    pub id: String,
    hint: usize,
}

impl MilestoneRef {
    /// The milestone at `index` of `model`.
    pub fn new(model: &Model, index: usize) -> Self {
        MilestoneRef {
            id: model.milestones[index].id.clone(),
            hint: index,
        }
    }

    /// Where the milestone is in `model` now, if it is still there.
    pub fn find(&self, model: &Model) -> Option<usize> {
        match model.milestones.get(self.hint) {
            Some(m) if m.id == self.id => Some(self.hint),
            _ => model.milestone_index(&self.id),
        }
    }
}
