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

/// One name set in a language, or taken out (`text: None`): what a save writes into
/// `[translations.LANG]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub lang: Lang,
    pub table: Table,
    pub id: String,
    pub field: Field,
    pub text: Option<String>,
}

impl Named {
    /// Its key in `[translations.LANG]`: `TABLE:ID`, or `pillar:ID:summary`.
    pub fn key(&self) -> String {
        match self.field {
            Field::Title => format!("{}:{}", self.table.name(), self.id),
            Field::Summary => format!("{}:{}:summary", self.table.name(), self.id),
        }
    }
}

impl Translations {
    /// Sets (or, with `None`, takes out) the `field` of `table` `id` in `lang`; what it was.
    pub fn set(
        &mut self,
        lang: Lang,
        (table, id, field): (Table, &str, Field),
        text: Option<String>,
    ) -> Option<String> {
        match text {
            Some(text) => self
                .names
                .entry((lang, table, field))
                .or_default()
                .insert(id.to_string(), text),
            None => self
                .names
                .get_mut(&(lang, table, field))
                .and_then(|names| names.remove(id)),
        }
    }

    /// The names that differ from `base` (each as `self` has it), in order.
    pub fn changes_from(&self, base: &Translations) -> Vec<Named> {
        let mut out = Vec::new();
        let mut add = |(lang, table, field): (Lang, Table, Field), id: &str, text: Option<&str>| {
            out.push(Named {
                lang,
                table,
                id: id.to_string(),
                field,
                text: text.map(str::to_string),
            });
        };
        for (&key, names) in &self.names {
            for (id, text) in names {
                if base.names.get(&key).and_then(|b| b.get(id)) != Some(text) {
                    add(key, id, Some(text));
                }
            }
        }
        for (&key, names) in &base.names {
            for id in names.keys() {
                if self.names.get(&key).is_none_or(|n| !n.contains_key(id)) {
                    add(key, id, None);
                }
            }
        }
        out.sort_by(|a, b| {
            (a.lang, a.table, &a.id, a.field).cmp(&(b.lang, b.table, &b.id, b.field))
        });
        out
    }

    /// `ours` with the names `theirs` changed from `base` (a git merge, name by name); `None`
    /// when both changed a name differently, or theirs changed which source the names come
    /// from (the save does not write that key).
    pub fn merge3(base: &Self, ours: &Self, theirs: &Self) -> Option<Translations> {
        if theirs.sources != base.sources && theirs.sources != ours.sources {
            return None;
        }
        let mut out = ours.clone();
        for n in theirs.changes_from(base) {
            let mine = ours.get(n.lang, n.table, &n.id, n.field);
            if mine == base.get(n.lang, n.table, &n.id, n.field) {
                out.set(n.lang, (n.table, &n.id, n.field), n.text);
            } else if mine != n.text.as_deref() {
                return None;
            }
        }
        Some(out)
    }

    /// Whether the names (not the sources) are the same as `other`'s.
    pub fn same_names(&self, other: &Translations) -> bool {
        self.changes_from(other).is_empty()
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
        // The pillars' original titles stay at hand, for a room of two languages.
        for p in &self.pillars {
            m.translations.insert(
                Lang::En,
                Table::Pillar,
                &p.id,
                Field::Title,
                p.title.clone(),
            );
        }
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

    /// Pillar `i`'s title in `lang` when there is one (the original in English, else a
    /// translation): what a room of two languages shows beneath the title, never a name marked
    /// as untranslated.
    pub fn pillar_title_known(&self, lang: Lang, i: usize) -> Option<&str> {
        let p = self.pillars.get(i)?;
        let known = self
            .translations
            .get(lang, Table::Pillar, &p.id, Field::Title);
        match lang {
            // In a copy made by `in_lang`, the original is kept aside.
            Lang::En => known.or(Some(&p.title)),
            _ => known,
        }
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

    #[test]
    fn changes_are_the_names_set_and_taken_out() {
        let mut base = Translations::default();
        base.insert(Lang::Ja, Table::Pillar, "p", Field::Title, "柱".into());
        base.insert(Lang::Hi, Table::Milestone, "m", Field::Title, "पड़ाव".into());
        let mut now = base.clone();
        assert!(now.changes_from(&base).is_empty());
        assert_eq!(
            now.set(
                Lang::Ja,
                (Table::Pillar, "p", Field::Title),
                Some("新".into())
            ),
            Some("柱".into())
        );
        now.set(Lang::Hi, (Table::Milestone, "m", Field::Title), None);
        now.set(
            Lang::Ja,
            (Table::Pillar, "p", Field::Summary),
            Some("要約".into()),
        );
        let changes = now.changes_from(&base);
        let keys: Vec<(String, Option<&str>)> = changes
            .iter()
            .map(|n| (format!("{}/{}", n.lang, n.key()), n.text.as_deref()))
            .collect();
        assert_eq!(
            keys,
            [
                ("ja/pillar:p".to_string(), Some("新")),
                ("ja/pillar:p:summary".to_string(), Some("要約")),
                ("hi/milestone:m".to_string(), None),
            ]
        );
        assert!(!now.same_names(&base));
    }
}
