//! Adding and removing whole tables in the file's text: a milestone, a source, a pillar, an entry
//! of a target; removing a milestone. An added table is written in the style of its neighbour
//! (the last table of its kind: section or inline, indentation, key order, `=` spacing, quotes,
//! line endings, a blank line before it or not) right after it, or at the end of the file when
//! the file has none of its kind. A removal takes out the milestone's lines (its history with
//! it) and a comment written directly above it. Everything else stays byte for byte.
//!
//! Each addition is read back alone from the text written and compared with the model's item,
//! so a layout pactboard cannot extend is refused rather than saved wrong.

mod place;
mod read_back;
mod style;
mod table;

use super::fields::KeyValue;
use super::source_map::{HistorySpans, SourceMap, TableSpans};
use super::splice::{self, line_end};
use crate::model::Model;
use place::{at_end, inline_after, inline_into_empty, inline_key, section_after};
use read_back::{RefIds, read_back};
use table::new_table;

pub use crate::model::plan::Authored;

/// Why a table could not be added or removed. The file is untouched.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot write {what} into this file's layout: {why}; nothing was saved")]
pub struct CannotAuthor {
    pub what: String,
    pub why: &'static str,
}

/// The text and source map after `change`, checked by reading the added table back.
pub fn author(
    text: &str,
    spans: &SourceMap,
    model: &Model,
    change: Authored,
) -> Result<(String, SourceMap), CannotAuthor> {
    if change.is_removal() {
        remove(text, spans, change)
    } else {
        add(text, spans, model, change)
    }
}

fn add(
    text: &str,
    spans: &SourceMap,
    model: &Model,
    change: Authored,
) -> Result<(String, SourceMap), CannotAuthor> {
    let table = new_table(model, change).ok_or(CannotAuthor {
        what: "the addition".into(),
        why: "the model does not hold it",
    })?;
    let refuse = |why| CannotAuthor {
        what: table.what.clone(),
        why,
    };
    let nested = match change {
        Authored::Entry { target, .. } => {
            Some(spans.targets.get(target).ok_or(refuse("no such target"))?)
        }
        _ => None,
    };
    // The neighbour: the last table of the kind, and where its part of the file ends.
    let last: Option<(TableSpans, usize)> = match change {
        Authored::Milestone { .. } => spans.milestones.last().map(|m| {
            (
                TableSpans {
                    table: m.table.clone(),
                    own_end: m.own_end,
                },
                m.end(),
            )
        }),
        Authored::Source { .. } => spans.sources.last().map(|t| (t.clone(), t.own_end)),
        Authored::Pillar { .. } => spans.pillars.last().map(|t| (t.clone(), t.own_end)),
        Authored::Entry { .. } => nested.and_then(|t| match &t.entries {
            HistorySpans::Tables(entries) => entries.last().map(|(header, end)| {
                (
                    TableSpans {
                        table: header.clone(),
                        own_end: *end,
                    },
                    *end,
                )
            }),
            HistorySpans::Inline(_, items) => items.last().map(|r| {
                (
                    TableSpans {
                        table: r.clone(),
                        own_end: r.end,
                    },
                    r.end,
                )
            }),
            HistorySpans::None => None,
        }),
        _ => None,
    };
    let placed = match (&last, nested) {
        (Some((neighbour, end)), _) if neighbour.is_section(text) => {
            section_after(text, &table, neighbour, *end)
        }
        (Some((neighbour, _)), _) => inline_after(text, &table, neighbour),
        (None, Some(target)) => match &target.entries {
            HistorySpans::Inline(kv, _) => inline_into_empty(text, &table, kv),
            _ if target.table.is_section(text) => {
                section_after(text, &table, &target.table, target.table.own_end)
            }
            _ => inline_key(text, &table, &target.table),
        },
        (None, None) => match change {
            Authored::Source { .. } => spans.inline_sources.as_ref(),
            Authored::Pillar { .. } => spans.inline_pillars.as_ref(),
            Authored::Milestone { .. } => spans.inline_milestones.as_ref(),
            _ => None,
        }
        .map_or_else(
            || at_end(text, &table),
            |kv| inline_into_empty(text, &table, kv),
        ),
    };
    let (splices, item_at, inline) = placed;
    let new_text = splice::apply(text, &splices);
    // Where the new item starts in the new text: its splice's place, moved by those before it.
    let mut moved = 0isize;
    for s in &splices {
        if s.range.start < item_at.0 {
            moved += s.text.len() as isize - s.range.len() as isize;
        }
    }
    let start = item_at.0.saturating_add_signed(moved) + item_at.1;
    let mut new_spans = spans.clone();
    for s in splices.iter().rev() {
        // An insertion at the end of a table's last value (inline, or a file without a final
        // line break) leaves that table's end where it is.
        let from = if inline || s.range.end == text.len() {
            s.range.end + 1
        } else {
            s.range.end
        };
        new_spans.shift(from, s.text.len() as isize - s.range.len() as isize);
    }
    let refs = RefIds::new(model);
    read_back(
        &new_text,
        start,
        inline,
        change,
        model,
        &refs,
        &mut new_spans,
    )
    .ok_or_else(|| refuse("it did not read back as written"))?;
    Ok((new_text, new_spans))
}

/// Removes a table: its lines (a milestone's history with it) and comment lines directly above
/// it, or an inline table and one comma.
fn remove(
    text: &str,
    spans: &SourceMap,
    change: Authored,
) -> Result<(String, SourceMap), CannotAuthor> {
    let gone = || CannotAuthor {
        what: "the removal".into(),
        why: "the table is not in the file",
    };
    // The table's header (or inline table) and the end of all that belongs to it.
    let (table, end) = match change {
        Authored::Removed { milestone } => {
            let m = spans.milestones.get(milestone).ok_or_else(gone)?;
            (m.table.clone(), m.end())
        }
        Authored::RemovedSource { index } => {
            let t = spans.sources.get(index).ok_or_else(gone)?;
            (t.table.clone(), t.own_end)
        }
        Authored::RemovedPillar { index } => {
            let t = spans.pillars.get(index).ok_or_else(gone)?;
            (t.table.clone(), t.own_end)
        }
        Authored::RemovedEntry { target, index } => {
            match spans.targets.get(target).map(|t| &t.entries) {
                Some(HistorySpans::Tables(entries)) => {
                    let (header, end) = entries.get(index).ok_or_else(gone)?;
                    (header.clone(), *end)
                }
                Some(HistorySpans::Inline(_, items)) => {
                    let item = items.get(index).ok_or_else(gone)?;
                    (item.clone(), item.end)
                }
                _ => return Err(gone()),
            }
        }
        _ => return Err(gone()),
    };
    let range = removal(text, table, end);
    let mut out = String::with_capacity(text.len() - range.len());
    out.push_str(&text[..range.start]);
    out.push_str(&text[range.end..]);
    let mut new_spans = spans.clone();
    match change {
        Authored::Removed { milestone } => {
            new_spans.milestones.remove(milestone);
        }
        Authored::RemovedSource { index } => {
            new_spans.sources.remove(index);
        }
        Authored::RemovedPillar { index } => {
            new_spans.pillars.remove(index);
        }
        Authored::RemovedEntry { target, index } => {
            let nested = &mut new_spans.targets[target].entries;
            match nested {
                HistorySpans::Tables(entries) => {
                    entries.remove(index);
                    if entries.is_empty() {
                        *nested = HistorySpans::None;
                    }
                }
                HistorySpans::Inline(_, items) => {
                    items.remove(index);
                }
                HistorySpans::None => {}
            }
        }
        _ => {}
    }
    new_spans.shift(range.end, -(range.len() as isize));
    Ok((out, new_spans))
}

/// What removing the table at `table` (a header, or an inline table) whose part of the file
/// ends at `end` takes out of `text`.
fn removal(text: &str, table: std::ops::Range<usize>, end: usize) -> std::ops::Range<usize> {
    if text[table.clone()].starts_with("[[") {
        let mut start = line_start(text, table.start);
        // Comment lines directly above go with it.
        while start > 0 {
            let previous = line_start(text, start - 1);
            if text[previous..start].trim_start().starts_with('#') {
                start = previous;
            } else {
                break;
            }
        }
        let end = line_end(text, end);
        // One blank line before it goes too, so the blank lines between tables stay as they were.
        if start > 0 {
            let previous = line_start(text, start - 1);
            if text[previous..start].trim().is_empty() {
                start = previous;
            }
        }
        start..end
    } else {
        let line = line_start(text, table.start);
        let line_end = line_end(text, table.end);
        let rest = text[table.end..line_end].trim();
        let rest = rest.strip_prefix(',').unwrap_or(rest).trim();
        if text[line..table.start].trim().is_empty() && (rest.is_empty() || rest.starts_with('#')) {
            line..line_end
        } else {
            splice::inline_removal(
                text,
                &KeyValue {
                    key: table.clone(),
                    value: table,
                },
            )
        }
    }
}

pub(super) fn line_start(text: &str, pos: usize) -> usize {
    text[..pos].rfind('\n').map_or(0, |i| i + 1)
}
