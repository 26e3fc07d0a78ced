//! What a save writes, in model terms: the milestones edited in place ([`Edited`]) and the
//! tables added or removed ([`Authored`]). The app and the merge driver make these; the store
//! writes them into the file's text.

use super::Milestone;

/// A milestone edited in place: its place among the file's milestones and in the model, and its
/// version in the file.
#[derive(Debug, Clone, Copy)]
pub struct Edited<'a> {
    pub file: usize,
    pub model: usize,
    pub before: &'a Milestone,
}

/// A change that adds or removes a whole table. An addition names its item in the model after
/// the change (written after the last of its kind in the file); a removal names the table's
/// place among its kind in the file as it is when the change is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Authored {
    /// Milestone `index` of the model is new.
    Milestone { index: usize },
    /// Source `index` of the model is new.
    Source { index: usize },
    /// Pillar `index` of the model is new.
    Pillar { index: usize },
    /// Entry `index` of target `target` is new.
    Entry { target: usize, index: usize },
    /// The file's milestone `milestone` goes, with its history.
    Removed { milestone: usize },
    /// The file's source `index` goes.
    RemovedSource { index: usize },
    /// The file's pillar `index` goes.
    RemovedPillar { index: usize },
    /// Entry `index` of the file's target `target` goes.
    RemovedEntry { target: usize, index: usize },
}

impl Authored {
    /// Whether it takes a table out (else it adds one).
    pub fn is_removal(self) -> bool {
        matches!(
            self,
            Authored::Removed { .. }
                | Authored::RemovedSource { .. }
                | Authored::RemovedPillar { .. }
                | Authored::RemovedEntry { .. }
        )
    }
}

/// A value of a pillar's or a source's key, in model terms (a reference by id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Text(String),
    Date(chrono::NaiveDate),
}

/// Keys of a table with their new values (`None`: the key goes).
pub type Values = Vec<(&'static str, Option<Value>)>;

/// Which list a table changed in place belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Pillar,
    Source,
}

impl Table {
    /// The name of its array in the file.
    pub fn array(self) -> &'static str {
        match self {
            Table::Pillar => "pillars",
            Table::Source => "sources",
        }
    }
}

/// A pillar's or a source's keys set in place: its place among its kind in the file as it is
/// before the save, and each key that changed with its new value (`None`: the key goes).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revalued {
    pub table: Table,
    pub file: usize,
    pub values: Values,
}

/// The keys of a pillar that differ between `before` (its sources `bs`) and `after` (its
/// sources `afs`), with their new values; a reference compared by the id it names.
pub fn pillar_values(
    before: &super::Pillar,
    bs: &[super::Source],
    after: &super::Pillar,
    afs: &[super::Source],
) -> Values {
    let source = |s: Option<usize>, list: &[super::Source]| {
        s.and_then(|i| list.get(i))
            .map(|x| Value::Text(x.id.clone()))
    };
    let text = |s: &Option<String>| s.clone().map(Value::Text);
    let mut out = Vec::new();
    if before.id != after.id {
        out.push(("id", Some(Value::Text(after.id.clone()))));
    }
    if before.title != after.title {
        out.push(("title", Some(Value::Text(after.title.clone()))));
    }
    if before.summary != after.summary {
        out.push(("summary", text(&after.summary)));
    }
    let (was, is) = (source(before.source, bs), source(after.source, afs));
    if was != is {
        out.push(("source", is));
    }
    out
}

/// The keys of a source that differ between `before` and `after`, with their new values.
pub fn source_values(before: &super::Source, after: &super::Source) -> Values {
    let text = |s: &Option<String>| s.clone().map(Value::Text);
    let mut out = Vec::new();
    if before.id != after.id {
        out.push(("id", Some(Value::Text(after.id.clone()))));
    }
    if before.title != after.title {
        out.push(("title", Some(Value::Text(after.title.clone()))));
    }
    for (key, b, a) in [
        ("publisher", &before.publisher, &after.publisher),
        ("url", &before.url, &after.url),
        ("note", &before.note, &after.note),
    ] {
        if b != a {
            out.push((key, text(a)));
        }
    }
    if before.published != after.published {
        out.push(("published", after.published.map(Value::Date)));
    }
    out
}

/// Everything one save writes, in the order it is written: pillars' and sources' keys set in
/// place, milestones edited in place, then tables removed and added.
#[derive(Debug, Clone, Default)]
pub struct Plan<'a> {
    pub revalued: Vec<Revalued>,
    pub edited: Vec<Edited<'a>>,
    pub authored: Vec<Authored>,
    /// Names set or taken out in `[translations.LANG]`, written last.
    pub named: Vec<super::names::Named>,
}

impl Plan<'_> {
    /// How many changes it writes.
    pub fn len(&self) -> usize {
        self.revalued.len() + self.edited.len() + self.authored.len() + self.named.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}
