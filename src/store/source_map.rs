//! Where each milestone, source, pillar and target was written in the file, kept from the one parse so that an edit can be
//! spliced into the text without parsing it again.

use std::ops::Range;

pub use super::fields::KeyValue;

/// The places of every milestone, in model order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SourceMap {
    pub sources: Vec<TableSpans>,
    pub pillars: Vec<TableSpans>,
    pub targets: Vec<TargetSpans>,
    pub milestones: Vec<MilestoneSpans>,
    /// `sources = [...]`, `pillars = [...]`, `milestones = [...]` when written as inline arrays
    /// (an addition to an emptied one goes inside it).
    pub inline_sources: Option<KeyValue>,
    pub inline_pillars: Option<KeyValue>,
    pub inline_milestones: Option<KeyValue>,
}

/// Where a table of an array was written (a source, a pillar, a target's own keys).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TableSpans {
    /// The `[[name]]` header, or the whole `{ ... }` of an inline table.
    pub table: Range<usize>,
    /// The end of the last key or value of the table's own (before any nested tables).
    pub own_end: usize,
}

/// Where a target and its entries were written.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TargetSpans {
    pub table: TableSpans,
    pub entries: HistorySpans,
}

impl TableSpans {
    pub(super) fn of(f: &super::fields::Fields<'_>) -> Self {
        TableSpans {
            table: f.span.clone(),
            own_end: f.end,
        }
    }

    /// Whether the table is a `[[name]]` section (rather than an inline table).
    pub fn is_section(&self, text: &str) -> bool {
        text.get(self.table.clone())
            .is_some_and(|h| h.starts_with("[["))
    }

    fn shift(&mut self, from: usize, delta: isize) {
        shift_range(&mut self.table, from, delta);
        shift_at(&mut self.own_end, from, delta);
    }
}

impl TargetSpans {
    /// The end of everything that belongs to the target, its entries included.
    pub fn end(&self) -> usize {
        self.entries.end().max(self.table.own_end)
    }
}

impl SourceMap {
    /// Moves every offset at or after `from` by `delta` bytes.
    pub fn shift(&mut self, from: usize, delta: isize) {
        for t in self.sources.iter_mut().chain(&mut self.pillars) {
            t.shift(from, delta);
        }
        for t in &mut self.targets {
            t.table.shift(from, delta);
            t.entries.shift(from, delta);
        }
        for m in &mut self.milestones {
            m.shift(from, delta);
        }
        for kv in [
            &mut self.inline_sources,
            &mut self.inline_pillars,
            &mut self.inline_milestones,
        ]
        .into_iter()
        .flatten()
        {
            shift_range(&mut kv.key, from, delta);
            shift_range(&mut kv.value, from, delta);
        }
    }
}

fn shift_at(p: &mut usize, from: usize, delta: isize) {
    if *p >= from {
        *p = p.saturating_add_signed(delta);
    }
}

fn shift_range(r: &mut Range<usize>, from: usize, delta: isize) {
    shift_at(&mut r.start, from, delta);
    shift_at(&mut r.end, from, delta);
}

impl HistorySpans {
    /// The end of the last nested table (0 when there is none or they are inline).
    fn end(&self) -> usize {
        match self {
            HistorySpans::Tables(entries) => entries.iter().map(|e| e.1).max().unwrap_or(0),
            _ => 0,
        }
    }

    fn shift(&mut self, from: usize, delta: isize) {
        match self {
            HistorySpans::None => {}
            HistorySpans::Tables(entries) => {
                for (header, end) in entries {
                    shift_range(header, from, delta);
                    shift_at(end, from, delta);
                }
            }
            HistorySpans::Inline(kv, items) => {
                shift_range(&mut kv.key, from, delta);
                shift_range(&mut kv.value, from, delta);
                for r in items {
                    shift_range(r, from, delta);
                }
            }
        }
    }
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
    /// Where the other keys are: read only when a milestone is read alone (to edit its details),
    /// so that a file of 100,000 milestones does not keep them all.
    pub details: Option<Box<DetailSpans>>,
    pub history: HistorySpans,
}

/// Where the keys of a milestone's details are (see [`MilestoneSpans::details`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DetailSpans {
    pub title: Option<KeyValue>,
    pub pillar: Option<KeyValue>,
    pub objective: Option<KeyValue>,
    pub weight: Option<KeyValue>,
    pub owner: Option<KeyValue>,
    pub source: Option<KeyValue>,
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
            HistorySpans::Tables(_) => self.history.end().max(self.own_end),
            _ => self.own_end,
        }
    }

    /// Moves every offset at or after `from` by `delta` bytes.
    pub fn shift(&mut self, from: usize, delta: isize) {
        shift_range(&mut self.table, from, delta);
        shift_at(&mut self.own_end, from, delta);
        for kv in [
            &mut self.status,
            &mut self.done_on,
            &mut self.notes,
            &mut self.due,
        ]
        .into_iter()
        .flatten()
        {
            shift_range(&mut kv.key, from, delta);
            shift_range(&mut kv.value, from, delta);
        }
        if let Some(d) = &mut self.details {
            for kv in [
                &mut d.title,
                &mut d.pillar,
                &mut d.objective,
                &mut d.weight,
                &mut d.owner,
                &mut d.source,
            ]
            .into_iter()
            .flatten()
            {
                shift_range(&mut kv.key, from, delta);
                shift_range(&mut kv.value, from, delta);
            }
        }
        self.history.shift(from, delta);
    }
}
