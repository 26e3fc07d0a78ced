//! Checking a form as it is typed: each field's reason or what it was read as, the objectives
//! that follow the pillar, the id that follows the title.

use super::build::objectives;
use super::{Field, FieldName, Form, FormKind, Input};
use crate::app::editor::LineEditor;
use crate::i18n::Lang;
use crate::model::Model;
use crate::model::amount::parse_amount;
use crate::model::dates::parse_date;
use crate::model::ids::id_for;
use crate::model::money::{Style, format_in};
use crate::tr;

impl Form {
    /// Checks every field, keeping each one's reason or reading; the objectives follow the
    /// pillar chosen and the id follows the title until it is typed.
    pub fn check(&mut self, model: &Model) {
        let today = self.today;
        let lang = self.lang;
        // The objectives of the pillar chosen (and those of no pillar).
        if let Ok(Some(pillar)) = self.picked(FieldName::Pillar, model) {
            let keep = self.choice_of(FieldName::Objective).map(String::from);
            let options = objectives(model, Some(pillar), self.lang);
            if let Some(Field {
                input:
                    Input::Choice {
                        options: o,
                        selected,
                        ..
                    },
                ..
            }) = self.field_mut(FieldName::Objective)
            {
                *selected = keep.and_then(|k| options.iter().position(|(_, id)| *id == k));
                *o = options;
            }
        }
        let title = self.text_of(FieldName::Title).unwrap_or("").to_string();
        let kind = self.kind.clone();
        if !self.id_typed
            && let Some(Field {
                input: Input::Text(editor),
                ..
            }) = self.field_mut(FieldName::Id)
        {
            let made = match kind {
                FormKind::Source => id_for(&title, "source", |id| {
                    model.sources.iter().any(|s| s.id == id)
                }),
                FormKind::Pillar(_) => id_for(&title, "pillar", |id| {
                    model.pillars.iter().any(|p| p.id == id)
                }),
                _ => id_for(&title, "milestone", |id| {
                    model.milestone_index(id).is_some()
                }),
            };
            if title.trim().is_empty() {
                *editor = LineEditor::new("");
            } else if editor.text() != made {
                *editor = LineEditor::new(&made);
            }
        }
        let unit = match &self.kind {
            FormKind::Entry { target, .. } => model.targets.get(*target).map(|t| t.unit.clone()),
            _ => None,
        };
        let editing = match &self.kind {
            FormKind::Milestone(Some(r)) => Some(r.id.clone()),
            _ => None,
        };
        // A pick the file no longer has (it changed on disk while the form was open).
        let gone: Vec<FieldName> = [FieldName::Pillar, FieldName::Objective, FieldName::Source]
            .into_iter()
            .filter(|&name| self.picked(name, model).is_err())
            .collect();
        for field in &mut self.fields {
            let Input::Text(editor) = &field.input else {
                field.error = gone.contains(&field.name).then(|| tr!(lang, "form-gone"));
                continue;
            };
            let value = editor.text().trim();
            let (error, reads_as) = match field.name {
                FieldName::Title if value.is_empty() => (Some(tr!(lang, "form-required")), None),
                FieldName::Id => check_id(lang, value, &kind, model, editing.as_deref()),
                FieldName::Due if !value.is_empty() => {
                    match parse_date(value, today, model.partnership.fiscal_start()) {
                        Ok(d) if d.to_string() != value => (None, Some(format!("= {d}"))),
                        Ok(_) => (None, None),
                        Err(e) => (Some(e.message_in(lang)), None),
                    }
                }
                FieldName::Date => match parse_date(value, today, model.partnership.fiscal_start())
                {
                    Ok(d) if d.to_string() != value => (None, Some(format!("= {d}"))),
                    Ok(_) => (None, None),
                    Err(e) => (Some(e.message_in(lang)), None),
                },
                FieldName::Weight => match value.parse::<f64>() {
                    Ok(w) if w > 0.0 && w.is_finite() => (None, None),
                    _ => (Some(tr!(lang, "form-weight")), None),
                },
                FieldName::Amount => match parse_amount(value, unit.as_deref().unwrap_or("")) {
                    Ok(a) => (
                        None,
                        Some(format!(
                            "= {}",
                            format_in(lang, a, unit.as_deref().unwrap_or(""), Style::Long)
                        )),
                    ),
                    Err(e) => (Some(e.message_in(lang)), None),
                },
                _ => (None, None),
            };
            field.error = error;
            field.reads_as = reads_as;
        }
    }
}

/// Whether `id` can be the id of what the form adds.
fn check_id(
    lang: Lang,
    id: &str,
    kind: &FormKind,
    model: &Model,
    editing: Option<&str>,
) -> (Option<String>, Option<String>) {
    if id.is_empty() {
        return (Some(tr!(lang, "form-id-required")), None);
    }
    if !crate::model::add::is_id(id) {
        return (Some(tr!(lang, "form-id-shape")), None);
    }
    let taken = match kind {
        FormKind::Source => model.sources.iter().any(|s| s.id == id),
        FormKind::Pillar(_) => model.pillars.iter().any(|p| p.id == id),
        _ => model.milestone_index(id).is_some() && editing != Some(id),
    };
    if taken {
        return (Some(tr!(lang, "form-id-taken", id = id)), None);
    }
    (None, None)
}
