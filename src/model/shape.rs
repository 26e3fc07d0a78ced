//! How the model's lists stand against the file's: which milestones were added or removed since
//! the last save, and the file's sources, pillars and target entries as last saved. From it a
//! save knows which tables to add and remove ([`Shape::plan`]); edits in place are tracked
//! apart, by milestone (`Edits::saved`).

use std::collections::BTreeMap;

use super::names::{Named, Translations};
use super::plan::{Authored, Revalued, Table, pillar_values, source_values};
use super::{Milestone, Model, Pillar, Source, TargetEntry};

/// The file's shape against the model's.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Shape {
    /// For each milestone of the model, its place among the file's milestones; `None` for one
    /// added since the last save.
    places: Vec<Option<usize>>,
    /// The places (and ids) of the file's milestones that are no longer in the model.
    removed: BTreeMap<usize, String>,
    /// How many milestones of the model the file does not have.
    added: usize,
    /// The file's sources, pillars and each target's entries as last saved (short lists).
    sources: Vec<Source>,
    pillars: Vec<Pillar>,
    entries: Vec<Vec<TargetEntry>>,
    /// The file's names in other languages as last saved.
    names: Translations,
}

/// What a session added and removed since its last save, by id (see [`Shape::structure`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Structure {
    pub removed_milestones: Vec<String>,
    /// Indices in the session's model.
    pub added_milestones: Vec<usize>,
    pub removed_sources: Vec<String>,
    pub added_sources: Vec<Source>,
    pub removed_pillars: Vec<String>,
    pub added_pillars: Vec<Pillar>,
    /// Per target (by id): entries removed and added.
    pub entries: Vec<(String, Vec<TargetEntry>, Vec<TargetEntry>)>,
    /// Pillars and sources (by id, as the file had it) whose keys changed: the new values.
    pub revalued: Vec<(Table, String, super::plan::Values)>,
    /// Names set or taken out, each with what the file had.
    pub named: Vec<(Named, Option<String>)>,
}

/// A milestone taken out of the model (removed, or an addition undone), with what it takes to
/// put it back as it was: its place in the model and the file, and its version in the file when
/// it had unsaved edits.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub index: usize,
    pub milestone: Milestone,
    pub place: Option<usize>,
    pub saved: Option<Milestone>,
}

impl Shape {
    /// The shape of a model that is the file as it is.
    pub fn of(model: &Model) -> Self {
        Shape {
            places: (0..model.milestones.len()).map(Some).collect(),
            removed: BTreeMap::new(),
            added: 0,
            sources: model.sources.clone(),
            pillars: model.pillars.clone(),
            entries: model.targets.iter().map(|t| t.entries.clone()).collect(),
            names: model.translations.clone(),
        }
    }

    /// Where milestone `index` of the model is among the file's, if the file has it.
    pub fn place(&self, index: usize) -> Option<usize> {
        self.places.get(index).copied().flatten()
    }

    /// A milestone put in the model at `index`, at `place` in the file (`None`: not in it).
    pub fn inserted(&mut self, index: usize, place: Option<usize>) {
        let index = index.min(self.places.len());
        self.places.insert(index, place);
        match place {
            Some(f) => {
                self.removed.remove(&f);
            }
            None => self.added += 1,
        }
    }

    /// Milestone `index` (with the id `id`) taken out of the model; its place in the file.
    pub fn taken_out(&mut self, index: usize, id: &str) -> Option<usize> {
        if index >= self.places.len() {
            return None;
        }
        let place = self.places.remove(index);
        match place {
            Some(f) => {
                self.removed.insert(f, id.to_string());
            }
            None => self.added = self.added.saturating_sub(1),
        }
        place
    }

    /// How many tables a save adds or removes.
    pub fn changes(&self, model: &Model) -> usize {
        let lists = self.lists(model);
        self.added
            + self.removed.len()
            + lists.sources.len()
            + lists.pillars.len()
            + lists.entries.iter().map(|(_, d)| d.len()).sum::<usize>()
            + lists.revalued.len()
            + self.named(model).len()
    }

    /// The names a save sets or takes out in `[translations.LANG]`.
    pub fn named(&self, model: &Model) -> Vec<Named> {
        model.translations.changes_from(&self.names)
    }

    /// The tables a save adds and removes, in the order they are written: removals first (from
    /// the last, so the places of those before stay true; milestones before the entries, pillars
    /// and sources they may refer to), then additions (sources and pillars before what refers
    /// to them).
    pub fn plan(&self, model: &Model) -> Vec<Authored> {
        let lists = self.lists(model);
        let mut out: Vec<Authored> = self
            .removed
            .keys()
            .rev()
            .map(|&milestone| Authored::Removed { milestone })
            .collect();
        for (target, d) in &lists.entries {
            out.extend(d.removed.iter().rev().map(|&index| Authored::RemovedEntry {
                target: *target,
                index,
            }));
        }
        out.extend(
            lists
                .pillars
                .removed
                .iter()
                .rev()
                .map(|&index| Authored::RemovedPillar { index }),
        );
        out.extend(
            lists
                .sources
                .removed
                .iter()
                .rev()
                .map(|&index| Authored::RemovedSource { index }),
        );
        out.extend(
            lists
                .sources
                .added
                .iter()
                .map(|&index| Authored::Source { index }),
        );
        out.extend(
            lists
                .pillars
                .added
                .iter()
                .map(|&index| Authored::Pillar { index }),
        );
        out.extend(
            self.places
                .iter()
                .enumerate()
                .filter(|(_, p)| p.is_none())
                .map(|(index, _)| Authored::Milestone { index }),
        );
        for (target, d) in &lists.entries {
            out.extend(d.added.iter().map(|&index| Authored::Entry {
                target: *target,
                index,
            }));
        }
        out
    }

    /// The file now is the model (a save went through): the milestones keep their order, the
    /// added ones after the others as the save wrote them.
    pub fn saved(&mut self, model: &Model) {
        let removed: Vec<usize> = self.removed.keys().copied().collect();
        let kept = self.places.iter().filter(|p| p.is_some()).count();
        let mut next = kept;
        for place in &mut self.places {
            let f = if let Some(f) = *place {
                f - removed.partition_point(|&r| r < f)
            } else {
                next += 1;
                next - 1
            };
            *place = Some(f);
        }
        self.removed.clear();
        self.added = 0;
        self.sources.clone_from(&model.sources);
        self.pillars.clone_from(&model.pillars);
        self.entries = model.targets.iter().map(|t| t.entries.clone()).collect();
        self.names.clone_from(&model.translations);
    }

    /// What this session added and removed, by id, to make again on another version of the
    /// file (a merge): see [`Structure`].
    pub fn structure(&self, model: &Model) -> Structure {
        let lists = self.lists(model);
        let revalued = lists
            .revalued
            .iter()
            .map(|r| {
                let id = match r.table {
                    Table::Pillar => &self.pillars[r.file].id,
                    Table::Source => &self.sources[r.file].id,
                };
                (r.table, id.clone(), r.values.clone())
            })
            .collect();
        let named = self
            .named(model)
            .into_iter()
            .map(|n| {
                let was = self
                    .names
                    .get(n.lang, n.table, &n.id, n.field)
                    .map(str::to_string);
                (n, was)
            })
            .collect();
        Structure {
            revalued,
            named,
            removed_milestones: self.removed.values().cloned().collect(),
            added_milestones: (0..self.places.len())
                .filter(|&i| self.places[i].is_none())
                .collect(),
            removed_sources: ids(&lists.sources.removed, &self.sources, |s| &s.id),
            added_sources: items(&lists.sources.added, &model.sources),
            removed_pillars: ids(&lists.pillars.removed, &self.pillars, |p| &p.id),
            added_pillars: items(&lists.pillars.added, &model.pillars),
            entries: lists
                .entries
                .into_iter()
                .map(|(t, d)| {
                    (
                        model.targets[t].id.clone(),
                        items(&d.removed, &self.entries[t]),
                        items(&d.added, &model.targets[t].entries),
                    )
                })
                .collect(),
        }
    }

    /// For sources, pillars and each target's entries: the file's places to remove and the
    /// model's to add; for sources and pillars, those kept whose keys changed.
    fn lists(&self, model: &Model) -> Lists {
        let entries = model
            .targets
            .iter()
            .enumerate()
            .map(|(t, target)| {
                let file = self.entries.get(t).map_or(&[][..], Vec::as_slice);
                (t, Diff::of(file, &target.entries, |a, b| a == b).0)
            })
            .collect();
        let (sources, kept) = Diff::of(&self.sources, &model.sources, |a, b| a.id == b.id);
        let mut revalued: Vec<Revalued> = kept
            .into_iter()
            .filter_map(|(f, m)| {
                let values = source_values(&self.sources[f], &model.sources[m]);
                (!values.is_empty()).then_some(Revalued {
                    table: Table::Source,
                    file: f,
                    values,
                })
            })
            .collect();
        let (pillars, kept) = Diff::of(&self.pillars, &model.pillars, |a, b| a.id == b.id);
        revalued.extend(kept.into_iter().filter_map(|(f, m)| {
            let values = pillar_values(
                &self.pillars[f],
                &self.sources,
                &model.pillars[m],
                &model.sources,
            );
            (!values.is_empty()).then_some(Revalued {
                table: Table::Pillar,
                file: f,
                values,
            })
        }));
        Lists {
            sources,
            pillars,
            entries,
            revalued,
        }
    }

    /// The pillars and sources whose keys a save sets in place (written before the tables
    /// added and removed, at their places in the file as it is).
    pub fn revalued(&self, model: &Model) -> Vec<Revalued> {
        self.lists(model).revalued
    }
}

/// What differs between the file's list and the model's. The model's list is the file's with
/// items taken out anywhere and others added at its end (an edited entry is taken out and
/// added again), so the file's items are matched in order, from the first: those passed over
/// are removed, and from the first item of the model's with no match on, the model's are added.
#[derive(Debug, Default, PartialEq)]
struct Diff {
    /// Places in the file's list to remove.
    removed: Vec<usize>,
    /// Places in the model's list to add.
    added: Vec<usize>,
}

impl Diff {
    /// The difference, and the pairs matched (place in the file, place in the model).
    fn of<T>(
        file: &[T],
        model: &[T],
        same: impl Fn(&T, &T) -> bool,
    ) -> (Self, Vec<(usize, usize)>) {
        let mut removed = Vec::new();
        let mut matched = Vec::new();
        let mut f = 0;
        let mut m = 0;
        while let Some(item) = model.get(m) {
            let Some(k) = file[f..].iter().position(|x| same(x, item)) else {
                break;
            };
            removed.extend(f..f + k);
            matched.push((f + k, m));
            f += k + 1;
            m += 1;
        }
        removed.extend(f..file.len());
        (
            Diff {
                removed,
                added: (m..model.len()).collect(),
            },
            matched,
        )
    }

    fn len(&self) -> usize {
        self.removed.len() + self.added.len()
    }
}

/// The differences of the short lists (see [`Shape::lists`]).
struct Lists {
    sources: Diff,
    pillars: Diff,
    /// Per target (its index).
    entries: Vec<(usize, Diff)>,
    revalued: Vec<Revalued>,
}

/// The items at `places` of `list`.
fn items<T: Clone>(places: &[usize], list: &[T]) -> Vec<T> {
    places.iter().map(|&i| list[i].clone()).collect()
}

/// The ids of the items at `places` of `list`.
fn ids<T>(places: &[usize], list: &[T], id: impl Fn(&T) -> &String) -> Vec<String> {
    places.iter().map(|&i| id(&list[i]).clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> Model {
        crate::bundled::model()
    }

    #[test]
    fn a_removal_and_an_addition_are_planned_and_renumbered_after_the_save() {
        let mut m = model();
        let mut shape = Shape::of(&m);
        assert!(shape.plan(&m).is_empty());
        let gone = m.milestones.remove(2);
        assert_eq!(shape.taken_out(2, &gone.id), Some(2));
        let mut new = gone.clone();
        new.id = "new".into();
        m.milestones.push(new);
        shape.inserted(m.milestones.len() - 1, None);
        assert_eq!(shape.changes(&m), 2);
        assert_eq!(
            shape.plan(&m),
            vec![
                Authored::Removed { milestone: 2 },
                Authored::Milestone {
                    index: m.milestones.len() - 1
                }
            ]
        );
        shape.saved(&m);
        assert_eq!(shape, Shape::of(&m));
        // Putting back what was taken out where it was is no change.
        let mut shape = Shape::of(&m);
        let place = shape.taken_out(4, "x");
        shape.inserted(4, place);
        assert_eq!(shape, Shape::of(&m));
    }

    #[test]
    fn sources_pillars_and_entries_are_compared_with_the_files() {
        let mut m = model();
        let shape = Shape::of(&m);
        let mut source = m.sources[0].clone();
        source.id = "another".into();
        m.sources.push(source);
        m.pillars.pop();
        let entry = TargetEntry {
            date: chrono::NaiveDate::default(),
            amount: 1.0,
            kind: crate::model::EntryKind::Announced,
            note: None,
            source: None,
        };
        m.targets[0].entries.push(entry);
        let last_pillar = shape.pillars.len() - 1;
        assert_eq!(
            shape.plan(&m),
            vec![
                Authored::RemovedPillar { index: last_pillar },
                Authored::Source {
                    index: m.sources.len() - 1
                },
                Authored::Entry {
                    target: 0,
                    index: 0
                }
            ]
        );
        assert_eq!(shape.changes(&m), 3);
        // What a merge makes again on another version of the file, by id.
        let structure = shape.structure(&m);
        assert_eq!(
            structure.added_sources,
            [m.sources[m.sources.len() - 1].clone()]
        );
        assert_eq!(
            structure.removed_pillars,
            [shape.pillars[last_pillar].id.clone()]
        );
        assert_eq!(structure.removed_sources, Vec::<String>::new());
        let (target, removed, added) = &structure.entries[0];
        assert_eq!(target, &m.targets[0].id);
        assert!(removed.is_empty());
        assert_eq!(added, &m.targets[0].entries);
    }
}
