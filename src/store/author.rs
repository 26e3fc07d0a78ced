//! Adding and removing whole tables in the file's text: a milestone, a source, a pillar, an entry
//! of a target; removing a milestone. An added table is written in the style of its neighbour
//! (the last table of its kind: section or inline, indentation, key order, `=` spacing, quotes,
//! line endings, a blank line before it or not) right after it, or at the end of the file when
//! the file has none of its kind. A removal takes out the milestone's lines (its history with
//! it) and a comment written directly above it. Everything else stays byte for byte.
//!
//! Each addition is read back alone from the text written and compared with the model's item,
//! so a layout pactboard cannot extend is refused rather than saved wrong.

use toml::de::{DeTable, DeValue};

use super::decode::{self, Refs};
use super::fields::{KeyValue, Problems};
use super::source_map::{HistorySpans, SourceMap, TableSpans};
use super::splice::{self, Splice, line_end, number, toml_string};
use crate::model::{Milestone, Model, Pillar, Source, TargetEntry};

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

/// What the new table is: its array's name, its key-value pairs in the format's order, and
/// where it goes.
struct NewTable {
    name: &'static str,
    what: String,
    keys: Vec<(&'static str, Value)>,
}

/// A value to write: a string (quoted in the neighbour's style) or a literal TOML value.
enum Value {
    Str(String),
    Raw(String),
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

/// The table `change` adds, from the model after it.
fn new_table(model: &Model, change: Authored) -> Option<NewTable> {
    let opt = |v: &Option<String>| v.as_ref().map(|s| Value::Str(s.clone()));
    let id_of = |ids: Vec<&str>, i: Option<usize>| -> Option<Option<Value>> {
        match i {
            None => Some(None),
            Some(i) => Some(Some(Value::Str(ids.get(i)?.to_string()))),
        }
    };
    let source_ids = || model.sources.iter().map(|s| s.id.as_str()).collect();
    let mut keys: Vec<(&'static str, Option<Value>)>;
    let (name, what) = match change {
        Authored::Milestone => {
            let m: &Milestone = model.milestones.last()?;
            let pillars = model.pillars.iter().map(|p| p.id.as_str()).collect();
            let objectives = model.objectives.iter().map(|o| o.id.as_str()).collect();
            if !m.history.is_empty() {
                return None;
            }
            keys = vec![
                ("id", Some(Value::Str(m.id.clone()))),
                ("title", Some(Value::Str(m.title.clone()))),
                ("pillar", id_of(pillars, Some(m.pillar))?),
                ("status", Some(Value::Str(m.status.as_str().into()))),
                ("objective", id_of(objectives, m.objective)?),
                ("due", m.due.map(|d| Value::Raw(d.to_string()))),
                ("done_on", m.done_on.map(|d| Value::Raw(d.to_string()))),
                (
                    "weight",
                    (m.weight.to_bits() != 1f64.to_bits()).then(|| Value::Raw(number(m.weight))),
                ),
                ("owner", opt(&m.owner)),
                ("notes", opt(&m.notes)),
                ("source", id_of(source_ids(), m.source)?),
            ];
            ("milestones", format!("milestone `{}`", m.id))
        }
        Authored::Source => {
            let s: &Source = model.sources.last()?;
            keys = vec![
                ("id", Some(Value::Str(s.id.clone()))),
                ("title", Some(Value::Str(s.title.clone()))),
                ("published", s.published.map(|d| Value::Raw(d.to_string()))),
                ("publisher", opt(&s.publisher)),
                ("url", opt(&s.url)),
                ("note", opt(&s.note)),
            ];
            ("sources", format!("source `{}`", s.id))
        }
        Authored::Pillar => {
            let p: &Pillar = model.pillars.last()?;
            keys = vec![
                ("id", Some(Value::Str(p.id.clone()))),
                ("title", Some(Value::Str(p.title.clone()))),
                ("summary", opt(&p.summary)),
                ("source", id_of(source_ids(), p.source)?),
            ];
            ("pillars", format!("pillar `{}`", p.id))
        }
        Authored::Entry { target } => {
            let t = model.targets.get(target)?;
            let e: &TargetEntry = t.entries.last()?;
            keys = vec![
                ("date", Some(Value::Raw(e.date.to_string()))),
                ("amount", Some(Value::Raw(number(e.amount)))),
                ("kind", Some(Value::Str(e.kind.as_str().into()))),
                ("note", opt(&e.note)),
                ("source", id_of(source_ids(), e.source)?),
            ];
            ("entries", format!("an entry of target `{}`", t.id))
        }
        Authored::Removed { .. } => return None,
    };
    Some(NewTable {
        name,
        what,
        keys: keys
            .drain(..)
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect(),
    })
}

/// How the neighbour is written.
struct Style {
    nl: &'static str,
    header_indent: String,
    indent: String,
    eq: &'static str,
    literal: bool,
    blank_before: bool,
    /// The keys in the order the neighbour writes them.
    order: Vec<usize>,
}

impl Style {
    /// The style of the file where it has no neighbour.
    fn plain(text: &str) -> Self {
        Style {
            nl: newline_of(text, 0),
            header_indent: String::new(),
            indent: String::new(),
            eq: " = ",
            literal: false,
            blank_before: true,
            order: Vec::new(),
        }
    }

    fn of(text: &str, neighbour: &TableSpans, keys: &[(&'static str, Value)]) -> Self {
        let region = &text[neighbour.table.start..neighbour.own_end.max(neighbour.table.end)];
        let header_line = line_start(text, neighbour.table.start);
        let header_indent = leading(&text[header_line..neighbour.table.start]);
        let section = neighbour.is_section(text);
        // The first key's line gives the indentation and the `=` spacing.
        let first_key = keys
            .iter()
            .filter_map(|(k, _)| key_at(region, k).map(|at| (at, *k)))
            .min();
        let (indent, eq) = match first_key {
            Some((at, key)) => {
                let abs = neighbour.table.start + at;
                let indent = if section {
                    leading(&text[line_start(text, abs)..abs])
                } else {
                    String::new()
                };
                let after = &region[at + key.len()..];
                let eq = if after.starts_with('=') { "=" } else { " = " };
                (indent, eq)
            }
            None => (String::new(), " = "),
        };
        let literal = key_at(region, "title").is_some_and(|at| {
            region[at + "title".len()..]
                .trim_start()
                .trim_start_matches('=')
                .trim_start()
                .starts_with('\'')
        });
        let blank_before = section && {
            header_line == 0 || {
                let previous = line_start(text, header_line - 1);
                text[previous..header_line].trim().is_empty()
            }
        };
        // Each key's rank: its place in the neighbour, or just after the key before it.
        let mut ranked: Vec<(usize, usize, usize)> = Vec::new();
        let mut last = 0;
        for (i, (k, _)) in keys.iter().enumerate() {
            match key_at(region, k) {
                Some(at) => {
                    last = at;
                    ranked.push((at, 0, i));
                }
                None => ranked.push((last, 1 + i, i)),
            }
        }
        ranked.sort_unstable();
        Style {
            nl: newline_of(text, neighbour.table.start),
            header_indent,
            indent,
            eq,
            literal,
            blank_before,
            order: ranked.into_iter().map(|(_, _, i)| i).collect(),
        }
    }

    fn ordered<'k>(&self, keys: &'k [(&'static str, Value)]) -> Vec<&'k (&'static str, Value)> {
        if self.order.len() == keys.len() {
            self.order.iter().map(|&i| &keys[i]).collect()
        } else {
            keys.iter().collect()
        }
    }

    fn value(&self, v: &Value) -> String {
        match v {
            Value::Raw(raw) => raw.clone(),
            Value::Str(s) if self.literal && literal_ok(s) => format!("'{s}'"),
            Value::Str(s) => toml_string(s),
        }
    }

    /// `[[header]]` and a line for each key.
    fn section(&self, header: &str, table: &NewTable) -> String {
        let mut out = format!("{}[[{header}]]{}", self.header_indent, self.nl);
        for (k, v) in self.ordered(&table.keys) {
            out.push_str(&format!(
                "{}{k}{}{}{}",
                self.indent,
                self.eq,
                self.value(v),
                self.nl
            ));
        }
        out
    }

    /// `{ key = value, ... }`.
    fn inline(&self, table: &NewTable) -> String {
        let parts: Vec<String> = self
            .ordered(&table.keys)
            .into_iter()
            .map(|(k, v)| format!("{k}{}{}", self.eq, self.value(v)))
            .collect();
        format!("{{ {} }}", parts.join(", "))
    }
}

/// Where the item's text starts: the splice's place (in the old text) and the offset in its text.
type ItemAt = (usize, usize);

/// A section after the neighbour's part of the file, which ends at `end`.
fn section_after(
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
fn at_end(text: &str, table: &NewTable) -> (Vec<Splice>, ItemAt, bool) {
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
fn inline_after(
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
fn inline_into_empty(text: &str, table: &NewTable, kv: &KeyValue) -> (Vec<Splice>, ItemAt, bool) {
    let mut style = Style::plain(text);
    style.literal = false;
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
fn inline_key(text: &str, table: &NewTable, parent: &TableSpans) -> (Vec<Splice>, ItemAt, bool) {
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

/// The ids of a model's lists, for reading a table back.
struct RefIds<'m> {
    sources: std::collections::HashMap<&'m str, usize>,
    pillars: std::collections::HashMap<&'m str, usize>,
    objectives: std::collections::HashMap<&'m str, usize>,
}

impl<'m> RefIds<'m> {
    fn new(model: &'m Model) -> Self {
        RefIds {
            sources: ids(&model.sources, |x| &x.id),
            pillars: ids(&model.pillars, |x| &x.id),
            objectives: ids(&model.objectives, |x| &x.id),
        }
    }
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> std::collections::HashMap<&str, usize> {
    items.iter().enumerate().map(|(i, x)| (id(x), i)).collect()
}

/// Reads the added item at `start` of `text` alone, checks it is the model's, and records its
/// place in `spans`.
fn read_back(
    text: &str,
    start: usize,
    inline: bool,
    change: Authored,
    model: &Model,
    refs: &RefIds<'_>,
    spans: &mut SourceMap,
) -> Option<()> {
    let part = &text[start..];
    // The item's text alone: an inline table up to its closing brace, or a section up to the
    // next header.
    let (doc, prefix, path): (String, usize, &[&str]) = if inline {
        let len = inline_len(part)?;
        (format!("x = [{}]", &part[..len]), 5, &["x"])
    } else {
        let mut len = line_end(part, 0);
        while len < part.len() && !part[len..].trim_start().starts_with('[') {
            len = line_end(part, len);
        }
        let path: &[&str] = match change {
            Authored::Entry { .. } => &["targets", "entries"],
            Authored::Milestone => &["milestones"],
            Authored::Source => &["sources"],
            _ => &["pillars"],
        };
        (part[..len].to_string(), 0, path)
    };
    let root = DeTable::parse(&doc).ok()?.into_inner();
    let item = single(root, path)?;
    let shift = start as isize - prefix as isize;
    let r = Refs {
        sources: &refs.sources,
        pillars: &refs.pillars,
        objectives: &refs.objectives,
    };
    let mut p = Problems::default();
    let ok = |p: &Problems| {
        !p.list.iter().any(super::diagnostic::Diagnostic::is_error) && p.missing.is_empty()
    };
    match change {
        Authored::Milestone => {
            let mut f = p.fields("milestone", item, decode::MILESTONE)?;
            let (id, mut m, mut at) = decode::milestone(&mut p, &mut f, &r);
            m.id = id?.into_inner();
            (ok(&p) && Some(&m) == model.milestones.last()).then_some(())?;
            at.shift(0, shift);
            spans.milestones.push(at);
        }
        Authored::Source => {
            let mut f = p.fields("source", item, decode::SOURCE)?;
            let mut at = TableSpans::of(&f);
            let (id, mut s) = decode::source(&mut p, &mut f);
            s.id = id?.into_inner();
            (ok(&p) && Some(&s) == model.sources.last()).then_some(())?;
            shift_table(&mut at, shift);
            spans.sources.push(at);
        }
        Authored::Pillar => {
            let mut f = p.fields("pillar", item, decode::PILLAR)?;
            let mut at = TableSpans::of(&f);
            let (id, mut x) = decode::pillar(&mut p, &mut f, &refs.sources);
            x.id = id?.into_inner();
            (ok(&p) && Some(&x) == model.pillars.last()).then_some(())?;
            shift_table(&mut at, shift);
            spans.pillars.push(at);
        }
        Authored::Entry { target } => {
            let f = p.fields("target entry", item, decode::ENTRY)?;
            let mut at = TableSpans::of(&f);
            let e = decode::entry(&mut p, f, &r);
            let expected = model.targets.get(target)?.entries.last()?;
            (ok(&p) && e == *expected).then_some(())?;
            shift_table(&mut at, shift);
            let target = spans.targets.get_mut(target)?;
            match &mut target.entries {
                HistorySpans::Tables(entries) => entries.push((at.table, at.own_end)),
                HistorySpans::Inline(_, items) => items.push(at.table),
                none @ HistorySpans::None if !inline => {
                    *none = HistorySpans::Tables(vec![(at.table, at.own_end)]);
                }
                none @ HistorySpans::None => {
                    // `, entries = [{ ... }]`: the key is before the item.
                    let key_start = text[..at.table.start].rfind("entries")?;
                    let value_start = text[..at.table.start].rfind('[')?;
                    let kv = KeyValue {
                        key: key_start..key_start + "entries".len(),
                        value: value_start..at.table.end + 1,
                    };
                    target.table.own_end = kv.value.end;
                    *none = HistorySpans::Inline(kv, vec![at.table]);
                }
            }
        }
        Authored::Removed { .. } => return None,
    }
    Some(())
}

fn shift_table(t: &mut TableSpans, by: isize) {
    t.table = t.table.start.saturating_add_signed(by)..t.table.end.saturating_add_signed(by);
    t.own_end = t.own_end.saturating_add_signed(by);
}

/// The one table at `path` (arrays of one table each) of a parsed text.
fn single<'i>(root: DeTable<'i>, path: &[&str]) -> Option<toml::Spanned<DeValue<'i>>> {
    let (first, rest) = path.split_first()?;
    let (_, value) = root.into_iter().find(|(k, _)| k.get_ref() == first)?;
    let items = match value.into_inner() {
        DeValue::Array(items) => items,
        // `[[targets.entries]]` alone makes `targets` a table.
        DeValue::Table(table) if !rest.is_empty() => return single(table, rest),
        _ => return None,
    };
    let mut items = items.into_iter();
    let (item, None) = (items.next()?, items.next()) else {
        return None;
    };
    if rest.is_empty() {
        return Some(item);
    }
    let DeValue::Table(table) = item.into_inner() else {
        return None;
    };
    single(table, rest)
}

/// The length of the inline table at the start of `text`, up to its closing brace.
fn inline_len(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' && q == '"' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '"' | '\'' => quote = Some(c),
                '{' | '[' => depth += 1,
                '}' | ']' => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return Some(i + 1);
                    }
                }
                _ => {}
            },
        }
    }
    None
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

fn line_start(text: &str, pos: usize) -> usize {
    text[..pos].rfind('\n').map_or(0, |i| i + 1)
}

fn leading(s: &str) -> String {
    s.chars().take_while(|c| *c == ' ' || *c == '\t').collect()
}

fn newline_of(text: &str, pos: usize) -> &'static str {
    let end = line_end(text, pos);
    let line = &text[..end];
    if line.ends_with("\r\n") || (!line.ends_with('\n') && text.contains("\r\n")) {
        "\r\n"
    } else {
        "\n"
    }
}

/// Where `key` is written as a key in `region`: after a line start, `{` or `,`, followed by `=`.
fn key_at(region: &str, key: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = region[from..].find(key) {
        let at = from + found;
        let before = region[..at].trim_end_matches([' ', '\t']);
        let after = region[at + key.len()..].trim_start_matches([' ', '\t']);
        let starts = before.is_empty() || before.ends_with(['\n', '{', ',']);
        if starts && after.starts_with('=') {
            return Some(at);
        }
        from = at + key.len();
    }
    None
}

/// Whether `s` can be written as a TOML literal string.
fn literal_ok(s: &str) -> bool {
    !s.contains('\'') && !s.chars().any(char::is_control)
}
