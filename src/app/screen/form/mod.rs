//! The forms that add a milestone, an entry of a target, a source or a pillar, and edit every
//! field of a milestone: their fields, each checked as it is typed (the reason shown beside it,
//! or what it was read as: the date of `+2w`, the amount of `¥500B` in the target's unit, the id
//! made from a title), and what a valid form makes.

mod build;
pub use build::At;
mod check;

use chrono::NaiveDate;

use crate::app::editor::LineEditor;
use crate::app::screen::milestone_ref::MilestoneRef;
use crate::model::amount::parse_amount;
use crate::model::dates::parse_date;
use crate::model::edit::Details;
use crate::model::{EntryKind, Milestone, Model, Pillar, Source, TargetEntry};

/// What a form makes.
#[derive(Debug, Clone, PartialEq)]
pub enum FormKind {
    /// A new milestone, or the details of this one.
    Milestone(Option<MilestoneRef>),
    /// An entry of target `target`, or a change to its entry `editing` (its number and
    /// value, so that a form on a list changed meanwhile finds it or says it is gone).
    Entry {
        target: usize,
        editing: Option<(usize, TargetEntry)>,
    },
    Source,
    /// A new pillar, or a change to the pillar with this id.
    Pillar(Option<String>),
}

/// The name of a field, for what the form reads from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldName {
    Title,
    Id,
    Pillar,
    Objective,
    Due,
    Owner,
    Weight,
    Notes,
    Source,
    Kind,
    Amount,
    Date,
    Url,
    Summary,
}

impl FieldName {
    /// The field's label in `lang` (the catalogs' `field-NAME`).
    pub fn label_in(self, lang: crate::i18n::Lang) -> &'static str {
        let id = match self {
            FieldName::Title => "field-title",
            FieldName::Id => "field-id",
            FieldName::Pillar => "field-pillar",
            FieldName::Objective => "field-objective",
            FieldName::Due => "field-due",
            FieldName::Owner => "field-owner",
            FieldName::Weight => "field-weight",
            FieldName::Notes => "field-notes",
            FieldName::Source => "field-source",
            FieldName::Kind => "field-kind",
            FieldName::Amount => "field-amount",
            FieldName::Date => "field-date",
            FieldName::Url => "field-url",
            FieldName::Summary => "field-summary",
        };
        crate::i18n::word(lang, id)
    }

    pub fn label(self) -> &'static str {
        match self {
            FieldName::Title => "Title",
            FieldName::Id => "Id",
            FieldName::Pillar => "Pillar",
            FieldName::Objective => "Objective",
            FieldName::Due => "Due",
            FieldName::Owner => "Owner",
            FieldName::Weight => "Weight",
            FieldName::Notes => "Notes",
            FieldName::Source => "Source",
            FieldName::Kind => "Kind",
            FieldName::Amount => "Amount",
            FieldName::Date => "Date",
            FieldName::Url => "URL",
            FieldName::Summary => "Summary",
        }
    }
}

/// What a field holds: typed text, or one of a list (by index; `None` for "none").
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    Text(LineEditor),
    Choice {
        /// Each choice's label, and the id it stands for (an index would point at another
        /// item after the file is reloaded with its list reordered).
        options: Vec<(String, String)>,
        selected: Option<usize>,
        /// Whether "none" is a choice.
        optional: bool,
    },
}

/// One field of a form.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: FieldName,
    pub input: Input,
    /// Why the field's value cannot be used, as last checked.
    pub error: Option<String>,
    /// What the value was read as, when that says more than the text (`= 2026-12-31`).
    pub reads_as: Option<String>,
}

/// A form on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Form {
    pub kind: FormKind,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// Whether the id was typed (else it follows the title).
    id_typed: bool,
    /// Whether Enter was tried: until then an empty required field does not complain.
    pub tried: bool,
    /// The entry described is one the target already has, and Enter was pressed once: a
    /// second Enter records it again.
    pub twice: Option<String>,
    today: NaiveDate,
    /// The language the form speaks: its choices, its reasons, and the language whose names
    /// its title (and a pillar's summary) edits (see [`Form::names`]).
    pub lang: crate::i18n::Lang,
    /// The names the form opened with, in `lang` (title, summary), when `lang` is not English:
    /// a change to them is a translation, not a change of the original.
    pub names: Option<(String, Option<String>)>,
}

/// What a choice field picked is no longer in the file.
#[derive(Debug)]
struct Gone;

/// The index of the item with `id` in the list a choice field picks from.
fn index_in(model: &Model, name: FieldName, id: &str) -> Option<usize> {
    match name {
        FieldName::Pillar => model.pillars.iter().position(|x| x.id == id),
        FieldName::Objective => model.objectives.iter().position(|x| x.id == id),
        FieldName::Source => model.sources.iter().position(|x| x.id == id),
        _ => None,
    }
}

impl Form {
    /// The title of the form's box.
    pub fn title(&self, model: &Model) -> String {
        self.title_in(crate::i18n::Lang::En, model)
    }

    /// The form's title in `lang`.
    pub fn title_in(&self, lang: crate::i18n::Lang, model: &Model) -> String {
        use crate::tr;
        let target = |t: &usize| model.targets.get(*t).map_or("", |t| t.id.as_str());
        match &self.kind {
            FormKind::Milestone(None) => tr!(lang, "form-add-milestone"),
            FormKind::Milestone(Some(r)) => tr!(lang, "form-edit", id = r.id.as_str()),
            FormKind::Entry {
                target: t,
                editing: None,
            } => tr!(lang, "form-record", target = target(t)),
            FormKind::Entry {
                target: t,
                editing: Some((i, _)),
            } => tr!(lang, "form-change-entry", n = i + 1, target = target(t)),
            FormKind::Source => tr!(lang, "form-add-source"),
            FormKind::Pillar(None) => tr!(lang, "form-add-pillar"),
            FormKind::Pillar(Some(id)) => tr!(lang, "form-edit-pillar", id = id.as_str()),
        }
    }

    /// The field in focus.
    pub fn focused(&mut self) -> Option<&mut Field> {
        self.fields.get_mut(self.focus)
    }

    /// Moves the focus by `by` fields, round.
    pub fn move_focus(&mut self, by: isize) {
        let n = self.fields.len().max(1) as isize;
        self.focus = (self.focus as isize + by).rem_euclid(n) as usize;
    }

    /// The focused field's choice moved by `by` (round, through "none" when optional).
    pub fn cycle(&mut self, by: isize, model: &Model) {
        let Some(Field {
            input:
                Input::Choice {
                    options,
                    selected,
                    optional,
                },
            ..
        }) = self.fields.get_mut(self.focus)
        else {
            return;
        };
        // Positions: "none" (when optional) first, then each option.
        let lead = usize::from(*optional);
        let count = (options.len() + lead) as isize;
        if count == 0 {
            return;
        }
        let now = selected.map_or(0, |s| s + lead) as isize;
        let next = (now + by).rem_euclid(count) as usize;
        *selected = if next < lead { None } else { Some(next - lead) };
        self.check(model);
    }

    /// In a list, the next choice whose label starts with `c` (any case).
    pub fn jump_to(&mut self, c: char, model: &Model) {
        let Some(Field {
            input: Input::Choice {
                options, selected, ..
            },
            ..
        }) = self.fields.get_mut(self.focus)
        else {
            return;
        };
        let lower: String = c.to_lowercase().collect();
        let n = options.len();
        let from = selected.map_or(0, |s| s + 1);
        if let Some(found) = (0..n)
            .map(|k| (from + k) % n)
            .find(|&i| options[i].0.to_lowercase().starts_with(&lower))
        {
            *selected = Some(found);
            self.check(model);
        }
    }

    /// Marks that a text field was typed in, and checks the form again.
    pub fn typed(&mut self, model: &Model) {
        if self.fields.get(self.focus).map(|f| f.name) == Some(FieldName::Id) {
            self.id_typed = true;
        }
        self.check(model);
    }

    fn text_of(&self, name: FieldName) -> Option<&str> {
        self.fields
            .iter()
            .find_map(|f| match (&f.input, f.name == name) {
                (Input::Text(e), true) => Some(e.text()),
                _ => None,
            })
    }

    fn choice_of(&self, name: FieldName) -> Option<&str> {
        self.fields
            .iter()
            .find_map(|f| match (&f.input, f.name == name) {
                (
                    Input::Choice {
                        options, selected, ..
                    },
                    true,
                ) => selected
                    .and_then(|s| options.get(s))
                    .map(|(_, id)| id.as_str()),
                _ => None,
            })
    }

    /// The index in `model` of what the choice field `name` picks (`Ok(None)`: nothing
    /// picked), or [`Gone`] when the file no longer has it.
    fn picked(&self, name: FieldName, model: &Model) -> Result<Option<usize>, Gone> {
        match self.choice_of(name) {
            None => Ok(None),
            Some(id) => index_in(model, name, id).map(Some).ok_or(Gone),
        }
    }

    fn field_mut(&mut self, name: FieldName) -> Option<&mut Field> {
        self.fields.iter_mut().find(|f| f.name == name)
    }

    /// Whether every field can be used.
    pub fn is_valid(&self) -> bool {
        self.fields.iter().all(|f| f.error.is_none())
    }

    /// The first field that cannot be used.
    pub fn first_invalid(&self) -> Option<usize> {
        self.fields.iter().position(|f| f.error.is_some())
    }

    /// The milestone a valid "add a milestone" form makes.
    pub fn new_milestone(&self, model: &Model) -> Option<Milestone> {
        let d = self.details(model)?;
        let mut m = Milestone::new(self.text_of(FieldName::Id)?.trim(), "", 0);
        d.put_on(&mut m);
        Some(m)
    }

    /// The details a valid milestone form gives.
    pub fn details(&self, model: &Model) -> Option<Details> {
        let due = match self.text_of(FieldName::Due)?.trim() {
            "" => None,
            due => Some(parse_date(due, self.today, model.partnership.fiscal_start()).ok()?),
        };
        Some(Details {
            title: self.text_of(FieldName::Title)?.trim().to_string(),
            pillar: self.picked(FieldName::Pillar, model).ok()??,
            objective: self.picked(FieldName::Objective, model).ok()?,
            due,
            weight: self.text_of(FieldName::Weight)?.trim().parse().ok()?,
            owner: Some(self.text_of(FieldName::Owner)?.trim().to_string()),
            notes: Some(self.text_of(FieldName::Notes)?.to_string()),
            source: self.picked(FieldName::Source, model).ok()?,
        })
    }

    /// The entry a valid entry form makes, for a target counting `unit`.
    pub fn new_entry(&self, unit: &str, model: &Model) -> Option<TargetEntry> {
        Some(TargetEntry {
            date: parse_date(
                self.text_of(FieldName::Date)?.trim(),
                self.today,
                model.partnership.fiscal_start(),
            )
            .ok()?,
            amount: parse_amount(self.text_of(FieldName::Amount)?, unit).ok()?,
            kind: EntryKind::parse(self.choice_of(FieldName::Kind)?)?,
            note: Some(self.text_of(FieldName::Notes)?.trim().to_string())
                .filter(|n| !n.is_empty()),
            source: self.picked(FieldName::Source, model).ok()?,
        })
    }

    /// The source a valid source form makes.
    pub fn new_source(&self) -> Option<Source> {
        let opt = |name| {
            self.text_of(name)
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
        };
        Some(Source {
            id: self.text_of(FieldName::Id)?.trim().to_string(),
            title: self.text_of(FieldName::Title)?.trim().to_string(),
            published: None,
            publisher: None,
            url: opt(FieldName::Url),
            note: opt(FieldName::Notes),
        })
    }

    /// The pillar a valid pillar form makes (an edited one keeps its id).
    /// The names a form opened in another language than English sets (see [`Form::names`]):
    /// `title` and `summary` as typed are that language's, and are put back to the originals
    /// (`original_title`, `original_summary`) for the rest of the edit. A name cleared is taken
    /// out (the original shows again, marked); one left as it opened is no change.
    pub fn take_names(
        &self,
        (table, id): (crate::model::names::Table, &str),
        (title, original_title): (&mut String, &str),
        summary: Option<(&mut Option<String>, Option<&str>)>,
    ) -> Vec<crate::model::names::Named> {
        use crate::model::names::{Field, Named};
        let Some((was_title, was_summary)) = &self.names else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let mut name = |field, typed: Option<String>, was: Option<&str>| {
            if typed.as_deref() != was {
                out.push(Named {
                    lang: self.lang,
                    table,
                    id: id.to_string(),
                    field,
                    text: typed.filter(|t| !t.is_empty()),
                });
            }
        };
        name(
            Field::Title,
            Some(std::mem::replace(title, original_title.to_string())),
            Some(was_title),
        );
        if let Some((summary, original)) = summary {
            let typed = std::mem::replace(summary, original.map(str::to_string));
            name(Field::Summary, typed, was_summary.as_deref());
        }
        out
    }

    pub fn new_pillar(&self, model: &Model) -> Option<Pillar> {
        let id = match &self.kind {
            FormKind::Pillar(Some(id)) => id.clone(),
            _ => self.text_of(FieldName::Id)?.trim().to_string(),
        };
        Some(Pillar {
            id,
            title: self.text_of(FieldName::Title)?.trim().to_string(),
            summary: self
                .text_of(FieldName::Summary)
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty()),
            source: self.picked(FieldName::Source, model).ok()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> Model {
        crate::bundled::model()
    }

    fn at() -> At {
        At {
            today: today(),
            lang: crate::i18n::Lang::En,
        }
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
    }

    fn type_into(form: &mut Form, model: &Model, name: FieldName, value: &str) {
        form.focus = form.fields.iter().position(|f| f.name == name).unwrap();
        if let Some(Field {
            input: Input::Text(editor),
            ..
        }) = form.focused()
        {
            *editor = LineEditor::new(value);
        }
        form.typed(model);
    }

    fn field(form: &Form, name: FieldName) -> &Field {
        form.fields.iter().find(|f| f.name == name).unwrap()
    }

    #[test]
    fn the_id_follows_the_title_until_typed_and_a_taken_one_is_refused() {
        let m = model();
        let mut form = Form::milestone(&m, Some(1), None, at());
        assert!(!form.is_valid(), "a title is required");
        type_into(
            &mut form,
            &m,
            FieldName::Title,
            "Agree the stockpiling framework",
        );
        assert_eq!(
            form.text_of(FieldName::Id),
            Some("agree-the-stockpiling-framework")
        );
        assert!(form.is_valid());
        type_into(&mut form, &m, FieldName::Id, "moc-signed");
        assert_eq!(
            field(&form, FieldName::Id).error.as_deref(),
            Some("`moc-signed` is taken")
        );
        type_into(&mut form, &m, FieldName::Title, "Something else");
        assert_eq!(
            form.text_of(FieldName::Id),
            Some("moc-signed"),
            "typed: kept"
        );
    }

    #[test]
    fn dates_weights_and_amounts_are_checked_as_typed_and_say_what_they_read() {
        let m = model();
        let mut form = Form::milestone(&m, None, None, at());
        type_into(&mut form, &m, FieldName::Due, "+2w");
        assert_eq!(
            field(&form, FieldName::Due).reads_as.as_deref(),
            Some("= 2026-12-09")
        );
        type_into(&mut form, &m, FieldName::Due, "soon");
        assert!(field(&form, FieldName::Due).error.is_some());
        type_into(&mut form, &m, FieldName::Weight, "0");
        assert!(field(&form, FieldName::Weight).error.is_some());
        let mut entry = Form::entry(&m, 0, None, at());
        type_into(&mut entry, &m, FieldName::Amount, "0.5兆円");
        assert_eq!(
            field(&entry, FieldName::Amount).reads_as.as_deref(),
            Some("= ¥500 billion")
        );
        type_into(&mut entry, &m, FieldName::Amount, "₹2 lakh crore");
        let error = field(&entry, FieldName::Amount).error.clone().unwrap();
        assert!(error.contains("INR") && error.contains("JPY"), "{error}");
    }

    #[test]
    fn the_objectives_follow_the_pillar_and_none_is_a_choice() {
        let m = model();
        let economic = m
            .pillars
            .iter()
            .position(|p| p.id == "economic-energy-security")
            .unwrap();
        let mut form = Form::milestone(&m, Some(economic), None, at());
        form.focus = form
            .fields
            .iter()
            .position(|f| f.name == FieldName::Objective)
            .unwrap();
        form.cycle(1, &m);
        let chosen = form.picked(FieldName::Objective, &m).unwrap().unwrap();
        assert!(m.objectives[chosen].pillar.is_none_or(|p| p == economic));
        form.cycle(-1, &m);
        assert_eq!(form.choice_of(FieldName::Objective), None);
    }
}
