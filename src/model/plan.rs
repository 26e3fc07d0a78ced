//! What a save writes, in model terms: the milestones edited in place ([`Edited`]) and the
//! tables added or removed ([`Authored`]). The app and the merge driver make these; the store
//! writes them into the file's text.

use super::Milestone;

/// A milestone edited in place: its place among the file's milestones and in the model, and its
/// version in the file.
#[derive(Debug, Clone, Copy)]
pub struct Edited<'a> {
    pub file: usize,
    pub model: usize,
    pub before: &'a Milestone,
}

/// A change that adds or removes a whole table. An addition names its item in the model after
/// the change (written after the last of its kind in the file); a removal names the table's
/// place among its kind in the file as it is when the change is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Authored {
    /// Milestone `index` of the model is new.
    Milestone { index: usize },
    /// Source `index` of the model is new.
    Source { index: usize },
    /// Pillar `index` of the model is new.
    Pillar { index: usize },
    /// Entry `index` of target `target` is new.
    Entry { target: usize, index: usize },
    /// The file's milestone `milestone` goes, with its history.
    Removed { milestone: usize },
    /// The file's source `index` goes.
    RemovedSource { index: usize },
    /// The file's pillar `index` goes.
    RemovedPillar { index: usize },
    /// Entry `index` of the file's target `target` goes.
    RemovedEntry { target: usize, index: usize },
}

impl Authored {
    /// Whether it takes a table out (else it adds one).
    pub fn is_removal(self) -> bool {
        matches!(
            self,
            Authored::Removed { .. }
                | Authored::RemovedSource { .. }
                | Authored::RemovedPillar { .. }
                | Authored::RemovedEntry { .. }
        )
    }
}
