//! Where an added table goes and the text that puts it there: a section after its neighbour's
//! part of the file or at the end of the file, an inline table after its neighbour, into an
//! empty array, or as a new `entries = [...]` key of an inline table.

use super::line_start;
use super::style::Style;
use super::table::NewTable;
use crate::store::fields::KeyValue;
use crate::store::source_map::TableSpans;
use crate::store::splice::{Splice, line_end};

/// Where the item's text starts: the splice's place (in the old text) and the offset in its text.
pub(super) type ItemAt = (usize, usize);

/// A section after the neighbour's part of the file, which ends at `end`.
pub(super) fn section_after(
    text: &str,
    table: &NewTable,
    neighbour: &TableSpans,
    end: usize,
) -> (Vec<Splice>, ItemAt, bool) {
    let style = Style::of(text, neighbour, &table.keys);
    let pos = line_end(text, end);
    let header = header_of(text, neighbour, table.name);
    let mut lead = String::new();
    if pos == text.len() && !text.is_empty() && !text.ends_with('\n') {
        lead.push_str(style.nl);
    }
    if style.blank_before {
        lead.push_str(style.nl);
    }
    let body = style.section(&header, table);
    let k = lead.len();
    (
        vec![Splice {
            range: pos..pos,
            text: lead + &body,
        }],
        (pos, k),
        false,
    )
}

/// The header of the new table: the neighbour's own for a table of its kind (`[[milestones]]`),
/// `[[targets.entries]]` for an entry.
fn header_of(text: &str, neighbour: &TableSpans, name: &str) -> String {
    let header = text
        .get(neighbour.table.clone())
        .unwrap_or_default()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .trim();
    if name == "entries" && !header.ends_with("entries") {
        "targets.entries".into()
    } else {
        header.to_string()
    }
}

/// A section at the end of the file (the file has no table of the kind).
pub(super) fn at_end(text: &str, table: &NewTable) -> (Vec<Splice>, ItemAt, bool) {
    let style = Style::plain(text);
    let mut lead = String::new();
    if !text.is_empty() && !text.ends_with('\n') {
        lead.push_str(style.nl);
    }
    let last_line = text.trim_end_matches(['\n', '\r']);
    if !text.is_empty() && !last_line.is_empty() {
        lead.push_str(style.nl);
    }
    let body = style.section(table.name, table);
    let k = lead.len();
    let pos = text.len();
    (
        vec![Splice {
            range: pos..pos,
            text: lead + &body,
        }],
        (pos, k),
        false,
    )
}

/// An inline table after the neighbour `{ ... }` in its array: on a line of its own when the
/// neighbour has one, else after it on its line.
pub(super) fn inline_after(
    text: &str,
    table: &NewTable,
    neighbour: &TableSpans,
) -> (Vec<Splice>, ItemAt, bool) {
    let style = Style::of(text, neighbour, &table.keys);
    let item = style.inline(table);
    let end = neighbour.table.end;
    let line = line_start(text, neighbour.table.start);
    let own_line = text[line..neighbour.table.start].trim().is_empty();
    if !own_line {
        let pos = end;
        return (
            vec![Splice {
                range: pos..pos,
                text: format!(", {item}"),
            }],
            (pos, 2),
            true,
        );
    }
    let indent = &text[line..neighbour.table.start];
    let rest = text[end..].trim_start_matches([' ', '\t']);
    let comma = rest.starts_with(',');
    let pos = line_end(text, end);
    let mut splices = Vec::new();
    if !comma {
        splices.push(Splice {
            range: end..end,
            text: ",".into(),
        });
    }
    let lead = if pos == text.len() && !text.ends_with('\n') {
        style.nl
    } else {
        ""
    };
    let trailing = if comma { "," } else { "" };
    let k = lead.len() + indent.len();
    splices.push(Splice {
        range: pos..pos,
        text: format!("{lead}{indent}{item}{trailing}{}", style.nl),
    });
    (splices, (pos, k), true)
}

/// The first item of an empty inline array (`entries = []`).
pub(super) fn inline_into_empty(
    text: &str,
    table: &NewTable,
    kv: &KeyValue,
) -> (Vec<Splice>, ItemAt, bool) {
    let style = Style::plain(text);
    let item = style.inline(table);
    let pos = kv.value.start + 1;
    (
        vec![Splice {
            range: pos..pos,
            text: item,
        }],
        (pos, 0),
        true,
    )
}

/// `, entries = [{ ... }]` at the end of an inline table's keys.
pub(super) fn inline_key(
    text: &str,
    table: &NewTable,
    parent: &TableSpans,
) -> (Vec<Splice>, ItemAt, bool) {
    let style = Style::of(text, parent, &table.keys);
    let item = style.inline(table);
    let pos = parent.own_end;
    let head = format!(", {}{}[", table.name, style.eq);
    let k = head.len();
    (
        vec![Splice {
            range: pos..pos,
            text: format!("{head}{item}]"),
        }],
        (pos, k),
        true,
    )
}
