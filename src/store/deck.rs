//! Reads the model's own deck, `[deck]`: which slides a meeting shows, in which order, and the
//! presenter's notes (see docs/format.md). Every name is checked where it is written: an unknown
//! slide, a pillar that does not exist, an empty note are located errors.

use std::collections::HashMap;

use toml::de::DeValue;

use super::diagnostic::Diagnostic;
use super::fields::{Problems, Value};
use crate::model::deck::{Chosen, Part};
use crate::text::quote;

pub(super) const DECK: &[&str] = &["slides", "notes"];

/// `[deck]`, its pillars named by `pillar:ID` checked against `pillars`.
pub(super) fn deck(
    p: &mut Problems,
    v: Value<'_>,
    pillars: &HashMap<&str, usize>,
) -> Option<Chosen> {
    let mut f = p.fields("[deck]", v, DECK)?;
    let slides = p.optional(&mut f, "slides", |p, v| {
        let span = v.span();
        let DeValue::Array(items) = v.into_inner() else {
            p.push(
                Diagnostic::error(span, "`slides` must be an array of slide names")
                    .with_help("such as slides = [\"overview\", \"money\", \"since\"]"),
            );
            return None;
        };
        // Every name is checked, so that each wrong one is said at once.
        let mut parts = Vec::with_capacity(items.len());
        let mut wrong = false;
        for item in items {
            let at = item.span();
            match p.string(item).and_then(|name| part(p, &name, at, pillars)) {
                Some(part) => parts.push(part),
                None => wrong = true,
            }
        }
        if wrong {
            return None;
        }
        if parts.is_empty() {
            p.push(
                Diagnostic::error(span, "`slides` names no slide")
                    .with_help("leave `slides` out for the default deck"),
            );
            return None;
        }
        Some(parts)
    });
    let notes = p
        .optional(&mut f, "notes", |p, v| {
            let span = v.span();
            let DeValue::Table(table) = v.into_inner() else {
                p.push(
                    Diagnostic::error(span, "`notes` must be a table of notes by slide")
                        .with_help("such as [deck.notes] overview = \"Open with the money.\""),
                );
                return None;
            };
            let mut notes = Vec::new();
            for (key, value) in table {
                let name = key.get_ref().to_string();
                let at = value.span();
                let named = part(p, &name, key.span(), pillars);
                let Some(note) = p.string(value) else {
                    continue;
                };
                if named.is_none() {
                    continue;
                }
                if note.trim().is_empty() {
                    p.push(Diagnostic::error(
                        at,
                        format!("the note of `{}` is empty", quote(&name)),
                    ));
                    continue;
                }
                notes.push((name, note));
            }
            Some(notes)
        })
        .unwrap_or_default();
    Some(Chosen { slides, notes })
}

/// A slide's name, written at `at`; a `pillar:ID` must name a pillar of the file.
fn part(
    p: &mut Problems,
    name: &str,
    at: std::ops::Range<usize>,
    pillars: &HashMap<&str, usize>,
) -> Option<Part> {
    match Part::parse(name) {
        Ok(Part::Pillar(id)) if !pillars.contains_key(id.as_str()) => {
            let mut ids: Vec<&str> = pillars.keys().copied().collect();
            ids.sort_unstable();
            ids.truncate(8);
            p.push(
                Diagnostic::error(at, format!("no pillar has the id `{}`", quote(&id)))
                    .with_help(format!("the pillars include {}", ids.join(", "))),
            );
            None
        }
        Ok(part) => Some(part),
        Err(e) => {
            p.push(Diagnostic::error(at, e));
            None
        }
    }
}
