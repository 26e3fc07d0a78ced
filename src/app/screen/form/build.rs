//! The forms' fields for each kind, filled with what is edited (a milestone, an entry, a
//! pillar) or with defaults.

use chrono::NaiveDate;

use super::{Field, FieldName, Form, FormKind, Input};
use crate::app::editor::LineEditor;
use crate::app::modal::MilestoneRef;
use crate::i18n::Lang;
use crate::model::amount::parse_amount;
use crate::model::money::{Style, format};
use crate::model::names::{Field as NameField, Table};
use crate::model::{EntryKind, Milestone, Model};

fn text(name: FieldName, value: &str) -> Field {
    Field {
        name,
        input: Input::Text(LineEditor::new(value)),
        error: None,
        reads_as: None,
    }
}

fn choice(
    name: FieldName,
    options: Vec<(String, String)>,
    selected: Option<&str>,
    optional: bool,
) -> Field {
    let selected = selected.and_then(|s| options.iter().position(|(_, id)| id == s));
    Field {
        name,
        input: Input::Choice {
            options,
            selected,
            optional,
        },
        error: None,
        reads_as: None,
    }
}

/// The objectives a milestone of `pillar` may serve: the pillar's and those of no pillar.
pub(super) fn objectives(
    model: &Model,
    pillar: Option<usize>,
    lang: Lang,
) -> Vec<(String, String)> {
    model
        .objectives
        .iter()
        .enumerate()
        .filter(|(_, o)| o.pillar.is_none_or(|p| Some(p) == pillar))
        .map(|(i, o)| (model.objective_title(lang, i).into_owned(), o.id.clone()))
        .collect()
}

fn sources(model: &Model) -> Vec<(String, String)> {
    model
        .sources
        .iter()
        .map(|s| (s.title.clone(), s.id.clone()))
        .collect()
}

/// `amount` as officials write it when that reads back as exactly it, else its digits (a form
/// that shows a rounded amount would save the rounding).
fn exact_amount(amount: f64, unit: &str) -> String {
    let long = format(amount, unit, Style::Long);
    if parse_amount(&long, unit).is_ok_and(|a| a.to_bits() == amount.to_bits()) {
        long
    } else {
        amount.to_string()
    }
}

impl Form {
    /// A form of `kind` with `fields`, checked once.
    fn new(kind: FormKind, fields: Vec<Field>, model: &Model, at: At) -> Self {
        let mut form = Form {
            kind,
            fields,
            focus: 0,
            id_typed: false,
            tried: false,
            twice: None,
            today: at.today,
            lang: at.lang,
            names: None,
        };
        form.check(model);
        form
    }

    /// A form to add a milestone to pillar `pillar` (the one in focus), or to edit `editing`.
    pub fn milestone(
        model: &Model,
        pillar: Option<usize>,
        editing: Option<(MilestoneRef, &Milestone)>,
        at: At,
    ) -> Self {
        let m = editing.as_ref().map(|(_, m)| *m);
        let pillars = model
            .pillars
            .iter()
            .enumerate()
            .map(|(i, p)| (model.pillar_title(at.lang, i).into_owned(), p.id.clone()))
            .collect();
        let pillar = m.map(|m| m.pillar).or(pillar).or(Some(0));
        let id = |list: &[String], i: Option<usize>| i.and_then(|i| list.get(i).cloned());
        let pillar_ids: Vec<String> = model.pillars.iter().map(|p| p.id.clone()).collect();
        let objective_ids: Vec<String> = model.objectives.iter().map(|o| o.id.clone()).collect();
        let source_ids: Vec<String> = model.sources.iter().map(|s| s.id.clone()).collect();
        // Edited in another language than English, the title is that language's name.
        let names = m.filter(|_| at.lang != Lang::En).map(|m| {
            let t = &model.translations;
            let title = t.get(at.lang, Table::Milestone, &m.id, NameField::Title);
            (title.unwrap_or(&m.title).to_string(), None)
        });
        let title = names
            .as_ref()
            .map_or_else(|| m.map_or("", |m| &m.title), |(t, _)| t);
        let mut fields = vec![text(FieldName::Title, title)];
        if m.is_none() {
            fields.push(text(FieldName::Id, ""));
        }
        fields.extend([
            choice(
                FieldName::Pillar,
                pillars,
                id(&pillar_ids, pillar).as_deref(),
                false,
            ),
            choice(
                FieldName::Objective,
                objectives(model, pillar, at.lang),
                id(&objective_ids, m.and_then(|m| m.objective)).as_deref(),
                true,
            ),
            text(
                FieldName::Due,
                &m.and_then(|m| m.due)
                    .map(|d| d.to_string())
                    .unwrap_or_default(),
            ),
            text(
                FieldName::Owner,
                m.and_then(|m| m.owner.as_deref()).unwrap_or(""),
            ),
            text(
                FieldName::Weight,
                &m.map_or_else(|| "1".to_string(), |m| m.weight.to_string()),
            ),
            text(
                FieldName::Notes,
                m.and_then(|m| m.notes.as_deref()).unwrap_or(""),
            ),
            choice(
                FieldName::Source,
                sources(model),
                id(&source_ids, m.and_then(|m| m.source)).as_deref(),
                true,
            ),
        ]);
        let mut form = Form::new(
            FormKind::Milestone(editing.map(|(r, _)| r)),
            fields,
            model,
            at,
        );
        form.names = names;
        form
    }

    /// A form to record an entry of target `target`, or to change its entry `editing` (its
    /// number in the target's list).
    pub fn entry(model: &Model, target: usize, editing: Option<usize>, at: At) -> Self {
        let kinds = EntryKind::ALL
            .iter()
            .map(|k| (k.label_in(at.lang).to_string(), k.as_str().to_string()))
            .collect();
        let editing = editing.and_then(|i| {
            let e = model.targets.get(target)?.entries.get(i)?;
            Some((i, e.clone()))
        });
        let e = editing.as_ref().map(|(_, e)| e);
        let unit = model.targets.get(target).map_or("", |t| t.unit.as_str());
        let source_id = e
            .and_then(|e| e.source)
            .and_then(|s| model.sources.get(s))
            .map(|s| s.id.clone());
        let fields = vec![
            choice(
                FieldName::Kind,
                kinds,
                Some(e.map_or(EntryKind::ALL[0], |e| e.kind).as_str()),
                false,
            ),
            text(
                FieldName::Amount,
                &e.map(|e| exact_amount(e.amount, unit)).unwrap_or_default(),
            ),
            text(
                FieldName::Date,
                // `today` is a word of the English date syntax: other languages see the date.
                &e.map_or_else(
                    || match at.lang {
                        Lang::En => "today".to_string(),
                        _ => at.today.to_string(),
                    },
                    |e| e.date.to_string(),
                ),
            ),
            choice(
                FieldName::Source,
                sources(model),
                source_id.as_deref(),
                true,
            ),
            text(
                FieldName::Notes,
                e.and_then(|e| e.note.as_deref()).unwrap_or(""),
            ),
        ];
        Form::new(FormKind::Entry { target, editing }, fields, model, at)
    }

    /// A form to add a source.
    pub fn source(model: &Model, at: At) -> Self {
        let fields = vec![
            text(FieldName::Title, ""),
            text(FieldName::Id, ""),
            text(FieldName::Url, ""),
            text(FieldName::Notes, ""),
        ];
        Form::new(FormKind::Source, fields, model, at)
    }

    /// A form to add a pillar, or to change pillar `editing` (its title, summary and source;
    /// its id stays, since the milestones name it).
    pub fn pillar(model: &Model, editing: Option<usize>, at: At) -> Self {
        let p = editing.and_then(|i| model.pillars.get(i));
        let source_id = p
            .and_then(|p| p.source)
            .and_then(|s| model.sources.get(s))
            .map(|s| s.id.clone());
        // Edited in another language than English, the title and summary are that language's.
        let names = p.filter(|_| at.lang != Lang::En).map(|p| {
            let t = &model.translations;
            let name = |field, original: Option<&str>| {
                t.get(at.lang, Table::Pillar, &p.id, field)
                    .or(original)
                    .map(str::to_string)
            };
            (
                name(NameField::Title, Some(&p.title)).unwrap_or_default(),
                name(NameField::Summary, p.summary.as_deref()),
            )
        });
        let (title, summary) = match &names {
            Some((t, s)) => (t.as_str(), s.as_deref()),
            None => (
                p.map_or("", |p| p.title.as_str()),
                p.and_then(|p| p.summary.as_deref()),
            ),
        };
        let mut fields = vec![text(FieldName::Title, title)];
        if p.is_none() {
            fields.push(text(FieldName::Id, ""));
        }
        fields.extend([
            text(FieldName::Summary, summary.unwrap_or("")),
            choice(
                FieldName::Source,
                sources(model),
                source_id.as_deref(),
                true,
            ),
        ]);
        let mut form = Form::new(FormKind::Pillar(p.map(|p| p.id.clone())), fields, model, at);
        form.names = names;
        form
    }
}

/// When and in what language a form is opened: today (for relative dates) and the language
/// it speaks.
#[derive(Debug, Clone, Copy)]
pub struct At {
    pub today: NaiveDate,
    pub lang: Lang,
}
