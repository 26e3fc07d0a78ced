//! The table an addition writes: its array's name and its key-value pairs in the format's
//! order, from the model after the change.

use super::Authored;
use crate::model::{Milestone, Model, Pillar, Source, TargetEntry};
use crate::store::splice::number;

/// What the new table is: its array's name, its key-value pairs in the format's order, and
/// where it goes.
pub(super) struct NewTable {
    pub(super) name: &'static str,
    pub(super) what: String,
    pub(super) keys: Vec<(&'static str, Value)>,
    /// A milestone's history entries, each its keys: `[[milestones.history]]` tables after a
    /// section, `history = [...]` in an inline table.
    pub(super) history: Vec<Vec<(&'static str, Value)>>,
}

/// A value to write: a string (quoted in the neighbour's style) or a literal TOML value.
pub(super) enum Value {
    Str(String),
    Raw(String),
}

/// The table `change` adds, from the model after it.
pub(super) fn new_table(model: &Model, change: Authored) -> Option<NewTable> {
    let opt = |v: &Option<String>| v.as_ref().map(|s| Value::Str(s.clone()));
    let id_of = |ids: Vec<&str>, i: Option<usize>| -> Option<Option<Value>> {
        match i {
            None => Some(None),
            Some(i) => Some(Some(Value::Str(ids.get(i)?.to_string()))),
        }
    };
    let source_ids = || model.sources.iter().map(|s| s.id.as_str()).collect();
    let mut keys: Vec<(&'static str, Option<Value>)>;
    let mut history = Vec::new();
    let (name, what) = match change {
        Authored::Milestone { index } => {
            let m: &Milestone = model.milestones.get(index)?;
            let pillars = model.pillars.iter().map(|p| p.id.as_str()).collect();
            let objectives = model.objectives.iter().map(|o| o.id.as_str()).collect();
            history = m
                .history
                .iter()
                .map(|e| {
                    let mut keys = vec![("at", Value::Raw(e.at_toml()))];
                    if let Some(from) = e.from {
                        keys.push(("from", Value::Str(from.as_str().into())));
                    }
                    keys.push(("to", Value::Str(e.to.as_str().into())));
                    if let Some(note) = &e.note {
                        keys.push(("note", Value::Str(note.clone())));
                    }
                    keys
                })
                .collect();
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
        Authored::Source { index } => {
            let s: &Source = model.sources.get(index)?;
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
        Authored::Pillar { index } => {
            let p: &Pillar = model.pillars.get(index)?;
            keys = vec![
                ("id", Some(Value::Str(p.id.clone()))),
                ("title", Some(Value::Str(p.title.clone()))),
                ("summary", opt(&p.summary)),
                ("source", id_of(source_ids(), p.source)?),
            ];
            ("pillars", format!("pillar `{}`", p.id))
        }
        Authored::Entry { target, index } => {
            let t = model.targets.get(target)?;
            let e: &TargetEntry = t.entries.get(index)?;
            keys = vec![
                ("date", Some(Value::Raw(e.date.to_string()))),
                ("amount", Some(Value::Raw(number(e.amount)))),
                ("kind", Some(Value::Str(e.kind.as_str().into()))),
                ("note", opt(&e.note)),
                ("source", id_of(source_ids(), e.source)?),
            ];
            ("entries", format!("an entry of target `{}`", t.id))
        }
        _ => return None,
    };
    Some(NewTable {
        name,
        what,
        keys: keys
            .drain(..)
            .filter_map(|(k, v)| v.map(|v| (k, v)))
            .collect(),
        history,
    })
}
