//! The model's names in other languages: `[translations.ja]`, `[translations.hi]` in the file
//! (docs/format.md), a glossary per language of the titles of pillars, agreements, objectives,
//! targets and milestones, and of pillars' summaries. The names the file's tables write are the
//! originals (in English); a name shown in another language that has no translation there is the
//! original, marked `[en]`, so that nobody takes it for a translation.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::i18n::Lang;

/// The tables whose names may be translated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Table {
    Pillar,
    Agreement,
    Objective,
    Target,
    Milestone,
}

impl Table {
    pub const ALL: [Table; 5] = [
        Table::Pillar,
        Table::Agreement,
        Table::Objective,
        Table::Target,
        Table::Milestone,
    ];

    /// How a translation's key names the table: `pillar:ID`.
    pub fn name(self) -> &'static str {
        match self {
            Table::Pillar => "pillar",
            Table::Agreement => "agreement",
            Table::Objective => "objective",
            Table::Target => "target",
            Table::Milestone => "milestone",
        }
    }
}

/// The field a translation is of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    Title,
    /// A pillar's summary (`pillar:ID:summary`).
    Summary,
}

/// The translations of the model's names, by language, table and field, then by id.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Translations {
    names: HashMap<(Lang, Table, Field), HashMap<String, String>>,
    /// The source each language's names come from (`source = "ID"` in `[translations.LANG]`).
    pub sources: Vec<(Lang, usize)>,
    /// The language the model's names are in: English as read, another in a copy made by
    /// [`super::Model::in_lang`].
    pub shown_in: Lang,
}

impl Translations {
    /// Records `text` as the `field` of `table` `id` in `lang`.
    pub fn insert(&mut self, lang: Lang, table: Table, id: &str, field: Field, text: String) {
        self.names
            .entry((lang, table, field))
            .or_default()
            .insert(id.to_string(), text);
    }

    /// The `field` of `table` `id` in `lang`, if translated.
    pub fn get(&self, lang: Lang, table: Table, id: &str, field: Field) -> Option<&str> {
        self.names
            .get(&(lang, table, field))?
            .get(id)
            .map(String::as_str)
    }

    /// Whether there is no translation at all.
    pub fn is_empty(&self) -> bool {
        self.names.values().all(HashMap::is_empty)
    }

    /// Whether `self` and `other` name anything differently in `lang`.
    pub fn differ(&self, other: &Translations, lang: Lang) -> bool {
        self.in_lang(lang) != other.in_lang(lang)
    }

    /// Every name in `lang`, in order.
    fn in_lang(&self, lang: Lang) -> Vec<(Table, Field, &str, &str)> {
        let mut all: Vec<(Table, Field, &str, &str)> = self
            .names
            .iter()
            .filter(|((l, ..), _)| *l == lang)
            .flat_map(|((_, table, field), names)| {
                names
                    .iter()
                    .map(move |(id, text)| (*table, *field, id.as_str(), text.as_str()))
            })
            .collect();
        all.sort_unstable();
        all
    }

    /// How many names are translated into `lang`.
    pub fn count(&self, lang: Lang) -> usize {
        self.names
            .iter()
            .filter(|((l, ..), _)| *l == lang)
            .map(|(_, names)| names.len())
            .sum()
    }

    /// `original` (the `field` of `table` `id`) as shown in `lang`: the translation, else the
    /// original, marked `[en]` when `lang` is not English.
    pub fn shown<'a>(
        &'a self,
        lang: Lang,
        (table, id, field): (Table, &str, Field),
        original: &'a str,
    ) -> Cow<'a, str> {
        if lang == Lang::En {
            return Cow::Borrowed(original);
        }
        match self.get(lang, table, id, field) {
            Some(text) => Cow::Borrowed(text),
            None => Cow::Owned(format!("{original} {ORIGINAL_MARK}")),
        }
    }
}

/// What follows a name shown in the original because the shown language has no translation.
pub const ORIGINAL_MARK: &str = "[en]";

impl super::Model {
    /// A copy whose names are as shown in `lang` (see [`Translations::shown`]): what the deck
    /// and the files are made from, so that every name on a slide is said the one way.
    #[must_use]
    pub fn in_lang(&self, lang: Lang) -> super::Model {
        let mut m = self.clone();
        if lang == Lang::En || self.translations.shown_in != Lang::En {
            return m;
        }
        m.translations.shown_in = lang;
        let t = &self.translations;
        for p in &mut m.pillars {
            p.title = t
                .shown(lang, (Table::Pillar, &p.id, Field::Title), &p.title)
                .into_owned();
            if let Some(summary) = &p.summary {
                p.summary = Some(
                    t.shown(lang, (Table::Pillar, &p.id, Field::Summary), summary)
                        .into_owned(),
                );
            }
        }
        for a in &mut m.agreements {
            a.title = t
                .shown(lang, (Table::Agreement, &a.id, Field::Title), &a.title)
                .into_owned();
        }
        for o in &mut m.objectives {
            o.title = t
                .shown(lang, (Table::Objective, &o.id, Field::Title), &o.title)
                .into_owned();
        }
        for x in &mut m.targets {
            x.title = t
                .shown(lang, (Table::Target, &x.id, Field::Title), &x.title)
                .into_owned();
        }
        for x in &mut m.milestones {
            x.title = t
                .shown(lang, (Table::Milestone, &x.id, Field::Title), &x.title)
                .into_owned();
        }
        m
    }

    /// Pillar `i`'s title in `lang`.
    pub fn pillar_title(&self, lang: Lang, i: usize) -> Cow<'_, str> {
        let p = &self.pillars[i];
        self.translations
            .shown(lang, (Table::Pillar, &p.id, Field::Title), &p.title)
    }

    /// Pillar `i`'s summary in `lang`, if it has one.
    pub fn pillar_summary(&self, lang: Lang, i: usize) -> Option<Cow<'_, str>> {
        let p = &self.pillars[i];
        let summary = p.summary.as_deref()?;
        Some(
            self.translations
                .shown(lang, (Table::Pillar, &p.id, Field::Summary), summary),
        )
    }

    /// Milestone `i`'s title in `lang`.
    pub fn milestone_title(&self, lang: Lang, i: usize) -> Cow<'_, str> {
        let m = &self.milestones[i];
        self.translations
            .shown(lang, (Table::Milestone, &m.id, Field::Title), &m.title)
    }

    /// Target `i`'s title in `lang`.
    pub fn target_title(&self, lang: Lang, i: usize) -> Cow<'_, str> {
        let t = &self.targets[i];
        self.translations
            .shown(lang, (Table::Target, &t.id, Field::Title), &t.title)
    }

    /// Objective `i`'s title in `lang`.
    pub fn objective_title(&self, lang: Lang, i: usize) -> Cow<'_, str> {
        let o = &self.objectives[i];
        self.translations
            .shown(lang, (Table::Objective, &o.id, Field::Title), &o.title)
    }

    /// Agreement `i`'s title in `lang`.
    pub fn agreement_title(&self, lang: Lang, i: usize) -> Cow<'_, str> {
        let a = &self.agreements[i];
        self.translations
            .shown(lang, (Table::Agreement, &a.id, Field::Title), &a.title)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_translated_or_marked_as_the_original() {
        let mut t = Translations::default();
        t.insert(Lang::Ja, Table::Pillar, "p", Field::Title, "柱".into());
        let key = (Table::Pillar, "p", Field::Title);
        assert_eq!(t.shown(Lang::Ja, key, "Pillar"), "柱");
        assert_eq!(t.shown(Lang::En, key, "Pillar"), "Pillar");
        assert_eq!(t.shown(Lang::Hi, key, "Pillar"), "Pillar [en]");
        assert_eq!(t.count(Lang::Ja), 1);
        assert!(!t.is_empty());
    }
}
