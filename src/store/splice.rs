//! Writing milestone changes into the file's text in place: each change becomes a few splices
//! at the spans kept from loading, in the file's own style (line endings, indentation, layout).
//! Everything the change does not touch stays byte for byte as it was.
//!
//! Longer than 400 lines on purpose: each kind of splice sits beside the layout rules it follows
//! (own line, inline table, array of tables), which read best together.

use std::ops::Range;

use super::source_map::{DetailSpans, HistorySpans, KeyValue, MilestoneSpans};
use crate::model::edit::copy_edited;
use crate::model::{HistoryEntry, Milestone, Model};

/// Replace `range` of the text with `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Splice {
    pub range: Range<usize>,
    pub text: String,
}

/// A change that cannot be written into the file as it is laid out.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cannot write the change to `{id}` into the file: {why}")]
pub struct CannotPlace {
    pub id: String,
    pub why: String,
}

/// The splices that turn milestone `before`, written at `spans` in `text`, into `after`; its
/// references are ids of `model`.
pub fn plan(
    text: &str,
    spans: &MilestoneSpans,
    before: &Milestone,
    after: &Milestone,
    model: &Model,
) -> Result<Vec<Splice>, CannotPlace> {
    let refuse = |why: &str| CannotPlace {
        id: before.id.clone(),
        why: why.to_string(),
    };
    // Every field a person edits (the one list, in `model::edit`) may differ: all but the id.
    let mut unchanged = before.clone();
    copy_edited(&mut unchanged, after);
    if unchanged != *after {
        return Err(refuse("its id cannot be changed"));
    }
    let w = Writer::new(text, spans);
    let mut out = Vec::new();
    let no_details = DetailSpans::default();
    let details = spans.details.as_deref().unwrap_or(&no_details);
    if before.status != after.status {
        let kv = spans
            .status
            .as_ref()
            .ok_or_else(|| refuse("its status was not found"))?;
        out.push(Splice {
            range: kv.value.clone(),
            text: toml_string(after.status.as_str()),
        });
    }
    if before.title != after.title {
        let kv = details
            .title
            .as_ref()
            .ok_or_else(|| refuse("its title was not found"))?;
        out.push(Splice {
            range: kv.value.clone(),
            text: toml_string(&after.title),
        });
    }
    let id_of = |items: &[&str], i: usize| items.get(i).map(|id| toml_string(id));
    let pillars: Vec<&str> = model.pillars.iter().map(|p| p.id.as_str()).collect();
    if before.pillar != after.pillar {
        let kv = details
            .pillar
            .as_ref()
            .ok_or_else(|| refuse("its pillar was not found"))?;
        out.push(Splice {
            range: kv.value.clone(),
            text: id_of(&pillars, after.pillar).ok_or_else(|| refuse("no such pillar"))?,
        });
    }
    let after_status = spans
        .status
        .as_ref()
        .map_or(spans.own_end, |kv| kv.value.end);
    let after_pillar = details
        .pillar
        .as_ref()
        .map_or(spans.own_end, |kv| kv.value.end);
    let objectives: Vec<&str> = model.objectives.iter().map(|o| o.id.as_str()).collect();
    let sources: Vec<&str> = model.sources.iter().map(|s| s.id.as_str()).collect();
    let reference = |items: &[&str], i: Option<usize>| match i {
        None => Ok(None),
        Some(i) => id_of(items, i)
            .map(Some)
            .ok_or_else(|| refuse("it names something the file does not have")),
    };
    let fields = [
        (
            "objective",
            details.objective.as_ref(),
            reference(&objectives, before.objective)?,
            reference(&objectives, after.objective)?,
            after_pillar,
        ),
        (
            "done_on",
            spans.done_on.as_ref(),
            before.done_on.map(|d| d.to_string()),
            after.done_on.map(|d| d.to_string()),
            after_status,
        ),
        (
            "due",
            spans.due.as_ref(),
            before.due.map(|d| d.to_string()),
            after.due.map(|d| d.to_string()),
            spans.own_end,
        ),
        (
            "weight",
            details.weight.as_ref(),
            weight(before.weight),
            weight(after.weight),
            spans.own_end,
        ),
        (
            "owner",
            details.owner.as_ref(),
            before.owner.as_deref().map(toml_string),
            after.owner.as_deref().map(toml_string),
            spans.own_end,
        ),
        (
            "notes",
            spans.notes.as_ref(),
            before.notes.as_deref().map(toml_string),
            after.notes.as_deref().map(toml_string),
            spans.own_end,
        ),
        (
            "source",
            details.source.as_ref(),
            reference(&sources, before.source)?,
            reference(&sources, after.source)?,
            spans.own_end,
        ),
    ];
    for (key, at, before, after, insert_after) in fields {
        w.field(&mut out, key, at, before, after, insert_after)
            .map_err(&refuse)?;
    }
    w.history(&mut out, &before.history, &after.history)
        .map_err(&refuse)?;
    out.sort_by_key(|s| s.range.start);
    Ok(out)
}

/// A milestone's weight as the file has it: none for the default of 1.
fn weight(w: f64) -> Option<String> {
    (w.to_bits() != 1f64.to_bits()).then(|| number(w))
}

/// A number as TOML writes it: an integer when it is whole (pactboard's amounts are at most 2^53,
/// so it fits), else a float that reads back as the same value.
pub fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 9_007_199_254_740_992.0 {
        format!("{}", x as i64)
    } else {
        format!("{x:?}")
    }
}

/// Applies splices sorted by position to `text`.
pub fn apply(text: &str, splices: &[Splice]) -> String {
    let grow: isize = splices
        .iter()
        .map(|s| s.text.len() as isize - s.range.len() as isize)
        .sum();
    let mut out = String::with_capacity(text.len().saturating_add_signed(grow));
    let mut at = 0;
    for s in splices {
        out.push_str(&text[at..s.range.start]);
        out.push_str(&s.text);
        at = s.range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// A TOML basic string.
pub fn toml_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What it takes to write in the style of the milestone's part of the file.
struct Writer<'t> {
    text: &'t str,
    spans: &'t MilestoneSpans,
    section: bool,
    nl: &'static str,
    indent: &'t str,
    header_indent: &'t str,
    /// Whether the text as spliced so far ends with a line break (a file may lack the last one).
    ends_with_newline: std::cell::Cell<bool>,
}

impl<'t> Writer<'t> {
    fn new(text: &'t str, spans: &'t MilestoneSpans) -> Self {
        let section = spans.is_section(text);
        let nl = if text[..line_end(text, spans.table.end)].ends_with("\r\n") {
            "\r\n"
        } else {
            "\n"
        };
        let indent_of = |pos: usize| {
            let start = line_start(text, pos);
            let lead = &text[start..pos];
            if lead.trim().is_empty() { lead } else { "" }
        };
        let indent = spans
            .status
            .as_ref()
            .map_or("", |kv| indent_of(kv.key.start));
        Writer {
            text,
            spans,
            section,
            nl,
            indent,
            header_indent: indent_of(spans.table.start),
            ends_with_newline: std::cell::Cell::new(text.is_empty() || text.ends_with('\n')),
        }
    }

    /// What must come before text inserted at `pos`: a line break when `pos` is the end of a
    /// file whose last line has none (only once: the inserted text ends with one).
    fn lead(&self, pos: usize) -> &'static str {
        if pos < self.text.len() || self.ends_with_newline.replace(true) {
            ""
        } else {
            self.nl
        }
    }

    /// Sets, replaces or removes `key`; a new key goes after the line holding `insert_after`.
    fn field(
        &self,
        out: &mut Vec<Splice>,
        key: &str,
        at: Option<&KeyValue>,
        before: Option<String>,
        after: Option<String>,
        insert_after: usize,
    ) -> Result<(), &'static str> {
        if before == after {
            return Ok(());
        }
        match (at, after) {
            (Some(kv), Some(value)) => out.push(Splice {
                range: kv.value.clone(),
                text: value,
            }),
            (None, Some(value)) if self.section => {
                let pos = line_end(self.text, insert_after);
                let lead = self.lead(pos);
                out.push(Splice {
                    range: pos..pos,
                    text: format!("{lead}{}{key} = {value}{}", self.indent, self.nl),
                });
            }
            (None, Some(value)) => {
                let pos = self.spans.own_end;
                out.push(Splice {
                    range: pos..pos,
                    text: format!(", {key} = {value}"),
                });
            }
            (Some(kv), None) if self.section => {
                let line = own_line(self.text, kv)
                    .ok_or("a key to remove shares its line with another")?;
                if line.end == self.text.len() && line.start > 0 {
                    // The line before now ends the file, with its line break.
                    self.ends_with_newline.set(true);
                }
                out.push(Splice {
                    range: line,
                    text: String::new(),
                });
            }
            (Some(kv), None) => out.push(Splice {
                range: inline_removal(self.text, kv),
                text: String::new(),
            }),
            (None, None) => {}
        }
        Ok(())
    }

    /// Keeps the entries both have in common, takes back the rest of `before`, adds the rest of
    /// `after` (an undo of a saved change followed by a new one does both).
    fn history(
        &self,
        out: &mut Vec<Splice>,
        before: &[HistoryEntry],
        after: &[HistoryEntry],
    ) -> Result<(), &'static str> {
        let keep = before.iter().zip(after).take_while(|(a, b)| a == b).count();
        let added = &after[keep..];
        match (&self.spans.history, before.len() > keep, added.is_empty()) {
            (_, false, true) => Ok(()),
            (_, false, false) => self.append(out, added),
            (_, true, true) => self.remove_last(out, keep),
            (HistorySpans::Inline(kv, items), true, false) => {
                let start = match keep {
                    0 => kv.value.start + 1,
                    k => {
                        items
                            .get(k - 1)
                            .ok_or("its history does not match the file")?
                            .end
                    }
                };
                let end = items
                    .last()
                    .ok_or("its history does not match the file")?
                    .end;
                let lead = if keep == 0 { "" } else { ", " };
                let entries: Vec<String> = added.iter().map(inline_entry).collect();
                out.push(Splice {
                    range: start..end,
                    text: format!("{lead}{}", entries.join(", ")),
                });
                Ok(())
            }
            (_, true, false) => {
                self.remove_last(out, keep)?;
                self.append(out, added)
            }
        }
    }

    fn append(&self, out: &mut Vec<Splice>, added: &[HistoryEntry]) -> Result<(), &'static str> {
        match &self.spans.history {
            HistorySpans::Inline(kv, _) => {
                let close = kv
                    .value
                    .end
                    .checked_sub(1)
                    .filter(|&c| self.text[c..].starts_with(']'));
                let close = close.ok_or("its history array could not be read")?;
                let last = self.text[kv.value.start..close].trim_end();
                let sep = if last.ends_with('[') || last.ends_with(',') {
                    " "
                } else {
                    ", "
                };
                let items: Vec<String> = added.iter().map(inline_entry).collect();
                let pos = kv.value.start + last.len();
                out.push(Splice {
                    range: pos..pos,
                    text: format!("{sep}{}", items.join(", ")),
                });
            }
            _ if self.section => {
                let pos = line_end(self.text, self.spans.end());
                let lead = self.lead(pos);
                let blank = if self.blank_before_tables() {
                    self.nl
                } else {
                    ""
                };
                let mut text = lead.to_string();
                for e in added {
                    text.push_str(blank);
                    text.push_str(&format!(
                        "{}[[milestones.history]]{}",
                        self.header_indent, self.nl
                    ));
                    let mut line = |k: &str, v: String| {
                        text.push_str(&format!("{}{k} = {v}{}", self.indent, self.nl));
                    };
                    line("at", e.at_toml());
                    if let Some(from) = e.from {
                        line("from", toml_string(from.as_str()));
                    }
                    line("to", toml_string(e.to.as_str()));
                    if let Some(note) = &e.note {
                        line("note", toml_string(note));
                    }
                }
                out.push(Splice {
                    range: pos..pos,
                    text,
                });
            }
            _ => {
                let items: Vec<String> = added.iter().map(inline_entry).collect();
                let pos = self.spans.own_end;
                out.push(Splice {
                    range: pos..pos,
                    text: format!(", history = [{}]", items.join(", ")),
                });
            }
        }
        Ok(())
    }

    /// Removes the history tables after the first `keep` (an undo of saved status changes).
    fn remove_last(&self, out: &mut Vec<Splice>, keep: usize) -> Result<(), &'static str> {
        let entries = match &self.spans.history {
            HistorySpans::Tables(entries) => entries,
            HistorySpans::Inline(kv, items) => {
                let range = match (keep, items.last()) {
                    (_, None) => return Err("its history does not match the file"),
                    (0, Some(_)) if self.section => own_line(self.text, kv)
                        .ok_or("its history shares a line with another key")?,
                    (0, Some(_)) => inline_removal(self.text, kv),
                    (k, Some(last)) => {
                        items
                            .get(k - 1)
                            .ok_or("its history does not match the file")?
                            .end..last.end
                    }
                };
                out.push(Splice {
                    range,
                    text: String::new(),
                });
                return Ok(());
            }
            HistorySpans::None => return Err("its history does not match the file"),
        };
        let first = entries
            .get(keep)
            .ok_or("its history does not match the file")?;
        let mut start = line_start(self.text, first.0.start);
        let previous = line_start(self.text, start.saturating_sub(1));
        if start > 0 && self.text[previous..start].trim().is_empty() {
            start = previous;
        }
        let end = line_end(self.text, self.spans.end());
        out.push(Splice {
            range: start..end,
            text: String::new(),
        });
        Ok(())
    }

    /// Whether history tables follow a blank line: as the milestone's first one does, else yes.
    fn blank_before_tables(&self) -> bool {
        let HistorySpans::Tables(entries) = &self.spans.history else {
            return true;
        };
        let Some(first) = entries.first() else {
            return true;
        };
        let start = line_start(self.text, first.0.start);
        start == 0 || {
            let previous = line_start(self.text, start - 1);
            self.text[previous..start].trim().is_empty()
        }
    }
}

fn inline_entry(e: &HistoryEntry) -> String {
    let mut parts = vec![format!("at = {}", e.at_toml())];
    if let Some(from) = e.from {
        parts.push(format!("from = {}", toml_string(from.as_str())));
    }
    parts.push(format!("to = {}", toml_string(e.to.as_str())));
    if let Some(note) = &e.note {
        parts.push(format!("note = {}", toml_string(note)));
    }
    format!("{{ {} }}", parts.join(", "))
}

/// The start of the line holding `pos`.
pub fn line_start(text: &str, pos: usize) -> usize {
    text[..pos].rfind('\n').map_or(0, |i| i + 1)
}

/// The start of the line after the one holding `pos` (the text's end on the last line).
pub fn line_end(text: &str, pos: usize) -> usize {
    text[pos..].find('\n').map_or(text.len(), |i| pos + i + 1)
}

/// The whole line of a key-value that is alone on its line (a comment after it may go with it).
fn own_line(text: &str, kv: &KeyValue) -> Option<Range<usize>> {
    let start = line_start(text, kv.key.start);
    let end = line_end(text, kv.value.end);
    let before = &text[start..kv.key.start];
    let after = text[kv.value.end..end].trim();
    (before.trim().is_empty() && (after.is_empty() || after.starts_with('#'))).then_some(start..end)
}

/// The text to remove for a key of an inline table, with one of its separating commas.
pub(super) fn inline_removal(text: &str, kv: &KeyValue) -> Range<usize> {
    let lead = text[..kv.key.start].trim_end();
    if lead.ends_with(',') {
        return lead.len() - 1..kv.value.end;
    }
    let rest = &text[kv.value.end..];
    let trimmed = rest.trim_start();
    if let Some(after_comma) = trimmed.strip_prefix(',') {
        let end = text.len() - after_comma.trim_start().len();
        return kv.key.start..end;
    }
    kv.key.start..kv.value.end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_for_toml() {
        assert_eq!(
            toml_string("a \"b\" \\ c\nd\u{1b}"),
            "\"a \\\"b\\\" \\\\ c\\nd\\u001B\""
        );
        assert_eq!(toml_string("日本"), "\"日本\"");
    }

    #[test]
    fn splices_apply_in_order() {
        let s = [
            Splice {
                range: 0..1,
                text: "A".into(),
            },
            Splice {
                range: 3..3,
                text: "-".into(),
            },
            Splice {
                range: 4..6,
                text: String::new(),
            },
        ];
        assert_eq!(apply("abcdefg", &s), "Abc-dg");
    }

    #[test]
    fn a_change_of_id_is_refused_and_every_other_field_is_planned() {
        let text = "[[milestones]]\nid = \"a\"\ntitle = \"A\"\n";
        let model = crate::bundled::model();
        let before = Milestone::new("a", "A", 0);
        let spans = MilestoneSpans {
            table: 0..14,
            own_end: text.len() - 1,
            details: Some(Box::new(DetailSpans {
                title: Some(KeyValue {
                    key: 24..29,
                    value: 32..35,
                }),
                ..DetailSpans::default()
            })),
            ..MilestoneSpans::default()
        };
        let renamed = Milestone {
            id: "b".into(),
            ..before.clone()
        };
        let err = plan(text, &spans, &before, &renamed, &model).unwrap_err();
        assert!(err.why.contains("id cannot be changed"), "{err}");
        let changed = Milestone {
            title: "B".into(),
            notes: Some("n".into()),
            weight: 2.5,
            owner: Some("METI".into()),
            source: Some(0),
            ..before.clone()
        };
        let splices = plan(text, &spans, &before, &changed, &model).unwrap();
        let out = apply(text, &splices);
        assert!(out.contains("title = \"B\""), "{out}");
        assert!(out.contains("notes = \"n\""), "{out}");
        assert!(out.contains("weight = 2.5"), "{out}");
        assert!(out.contains("owner = \"METI\""), "{out}");
        assert!(
            out.contains(&format!("source = \"{}\"", model.sources[0].id)),
            "{out}"
        );
    }

    #[test]
    fn numbers_are_written_as_toml_reads_them() {
        assert_eq!(number(2.0), "2");
        assert_eq!(number(500_000_000_000.0), "500000000000");
        assert_eq!(number(1.5), "1.5");
        assert_eq!(number(0.1), "0.1");
    }
}
