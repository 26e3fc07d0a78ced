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

/// A change that adds or removes a whole table; the model given with it is the model after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Authored {
    /// The model's last milestone is new.
    Milestone,
    /// The model's last source is new.
    Source,
    /// The model's last pillar is new.
    Pillar,
    /// The last entry of this target is new.
    Entry { target: usize },
    /// The milestone at this index of the file (before the change) is gone.
    Removed { milestone: usize },
}

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
    match change {
        Authored::Removed { milestone } => remove_milestone(text, spans, milestone),
        _ => add(text, spans, model, change),
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
        Authored::Entry { target } => {
            Some(spans.targets.get(target).ok_or(refuse("no such target"))?)
        }
        _ => None,
    };
    // The neighbour: the last table of the kind, and where its part of the file ends.
    let last: Option<(TableSpans, usize)> = match change {
        Authored::Milestone => spans.milestones.last().map(|m| {
            (
                TableSpans {
                    table: m.table.clone(),
                    own_end: m.own_end,
                },
                m.end(),
            )
        }),
        Authored::Source => spans.sources.last().map(|t| (t.clone(), t.own_end)),
        Authored::Pillar => spans.pillars.last().map(|t| (t.clone(), t.own_end)),
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
        Authored::Removed { .. } => None,
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
        (None, None) => at_end(text, &table),
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

/// Removes milestone `i`: its lines (history included) and a comment directly above it, or its
/// inline table and one comma.
fn remove_milestone(
    text: &str,
    spans: &SourceMap,
    i: usize,
) -> Result<(String, SourceMap), CannotAuthor> {
    let m = spans.milestones.get(i).ok_or(CannotAuthor {
        what: "the milestone".into(),
        why: "it is not in the file",
    })?;
    let range = if m.is_section(text) {
        let mut start = line_start(text, m.table.start);
        // Comment lines directly above go with it.
        while start > 0 {
            let previous = line_start(text, start - 1);
            if text[previous..start].trim_start().starts_with('#') {
                start = previous;
            } else {
                break;
            }
        }
        let end = line_end(text, m.end());
        // One blank line before it goes too, so the blank lines between tables stay as they were.
        if start > 0 {
            let previous = line_start(text, start - 1);
            if text[previous..start].trim().is_empty() {
                start = previous;
            }
        }
        start..end
    } else {
        let line = line_start(text, m.table.start);
        let end = line_end(text, m.table.end);
        let rest = text[m.table.end..end].trim();
        let rest = rest.strip_prefix(',').unwrap_or(rest).trim();
        if text[line..m.table.start].trim().is_empty() && (rest.is_empty() || rest.starts_with('#'))
        {
            line..end
        } else {
            splice::inline_removal(
                text,
                &KeyValue {
                    key: m.table.clone(),
                    value: m.table.clone(),
                },
            )
        }
    };
    let mut out = String::with_capacity(text.len() - range.len());
    out.push_str(&text[..range.start]);
    out.push_str(&text[range.end..]);
    let mut new_spans = spans.clone();
    new_spans.milestones.remove(i);
    new_spans.shift(range.end, -(range.len() as isize));
    Ok((out, new_spans))
}

pub(super) fn line_start(text: &str, pos: usize) -> usize {
    text[..pos].rfind('\n').map_or(0, |i| i + 1)
}
