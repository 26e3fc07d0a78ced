//! Where each milestone was written in the file, kept from the one parse so that an edit can be
//! spliced into the text without parsing it again.

use std::ops::Range;

pub use super::fields::KeyValue;

/// The places of every milestone, in model order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    pub milestones: Vec<MilestoneSpans>,
}

/// Where one milestone's parts are.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MilestoneSpans {
    /// The `[[milestones]]` header, or the whole `{ ... }` of an inline table.
    pub table: Range<usize>,
    /// The end of the last key or value of the milestone's own table (before any history table).
    pub own_end: usize,
    pub status: Option<KeyValue>,
    pub done_on: Option<KeyValue>,
    pub notes: Option<KeyValue>,
    pub due: Option<KeyValue>,
    pub history: HistorySpans,
}

/// How a milestone's history is written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum HistorySpans {
    /// No history yet.
    #[default]
    None,
    /// `[[milestones.history]]` tables: each entry's header and the end of its last value.
    Tables(Vec<(Range<usize>, usize)>),
    /// `history = [ ... ]`: the key and the array value, and each entry's `{ ... }`.
    Inline(KeyValue, Vec<Range<usize>>),
}

impl MilestoneSpans {
    /// Whether the milestone is a `[[milestones]]` table (rather than an inline table).
    pub fn is_section(&self, text: &str) -> bool {
        text.get(self.table.clone())
            .is_some_and(|h| h.starts_with("[["))
    }

    /// The end of everything that belongs to the milestone, history included.
    pub fn end(&self) -> usize {
        match &self.history {
            HistorySpans::Tables(entries) => entries
                .last()
                .map_or(self.own_end, |e| e.1.max(self.own_end)),
            _ => self.own_end,
        }
    }

    /// Moves every offset at or after `from` by `delta` bytes.
    pub fn shift(&mut self, from: usize, delta: isize) {
        let at = |p: &mut usize| {
            if *p >= from {
                *p = p.saturating_add_signed(delta);
            }
        };
        let range = |r: &mut Range<usize>| {
            at(&mut r.start);
            at(&mut r.end);
        };
        range(&mut self.table);
        at(&mut self.own_end);
        for kv in [
            &mut self.status,
            &mut self.done_on,
            &mut self.notes,
            &mut self.due,
        ]
        .into_iter()
        .flatten()
        {
            range(&mut kv.key);
            range(&mut kv.value);
        }
        match &mut self.history {
            HistorySpans::None => {}
            HistorySpans::Tables(entries) => {
                for (header, end) in entries {
                    range(header);
                    at(end);
                }
            }
            HistorySpans::Inline(kv, items) => {
                range(&mut kv.key);
                range(&mut kv.value);
                items.iter_mut().for_each(range);
            }
        }
    }
}
