//! Adding and removing whole tables in the dashboard: a milestone, a source, a pillar, an entry
//! of a target; removing a milestone, an entry or a pillar; changing an entry or a pillar. Each is one undo step and counts as unsaved until the
//! save writes it (`Shape` says what the file lacks or has too much of).

use crate::app::App;
use crate::app::action::Action;
use crate::app::document::step_words::{describe_structure, pillar_in_use};
use crate::app::editing::Step;
use crate::app::modal::Removal;
use crate::app::shape::Placed;
use crate::model::add::AddError;
use crate::model::{Milestone, Pillar, Source, TargetEntry};
use crate::tr;

impl App {
    /// Adds `m` after the last milestone; its index.
    pub fn add_milestone(&mut self, m: Milestone) -> Result<usize, AddError> {
        let index = self.doc.model.add_milestone(m)?;
        self.doc.edits.shape.inserted(index, None);
        self.record(Step::AddedMilestone(Placed {
            index,
            milestone: self.doc.model.milestones[index].clone(),
            place: None,
            saved: None,
        }));
        Ok(index)
    }

    /// Removes milestone `index`, with its history.
    pub fn remove_milestone(&mut self, index: usize) {
        let Some(placed) = self.take_out(index) else {
            return;
        };
        self.dash.marked.remove(&placed.milestone.id);
        self.record(Step::RemovedMilestone(placed));
    }

    /// Adds a source after the last one.
    pub fn add_source(&mut self, source: Source) -> Result<usize, AddError> {
        let index = self.doc.model.add_source(source)?;
        let s = self.doc.model.sources[index].clone();
        self.record(Step::AddedSource(s));
        Ok(index)
    }

    /// Adds a pillar after the last one.
    pub fn add_pillar(&mut self, pillar: Pillar) -> Result<usize, AddError> {
        let index = self.doc.model.add_pillar(pillar)?;
        let p = self.doc.model.pillars[index].clone();
        self.record(Step::AddedPillar(p));
        Ok(index)
    }

    /// Records an entry of target `target`.
    pub fn add_entry(&mut self, target: usize, entry: TargetEntry) -> Result<(), AddError> {
        self.doc.model.add_entry(target, entry.clone())?;
        self.record(Step::AddedEntry { target, entry });
        Ok(())
    }

    /// Takes entry `index` of target `target` out.
    pub fn remove_entry(&mut self, target: usize, index: usize) {
        let Some(entry) = self.doc.model.remove_entry(target, index) else {
            return;
        };
        self.record(Step::RemovedEntry {
            target,
            index,
            entry,
        });
    }

    /// Replaces entry `index` of target `target` with `after`, recorded after the target's
    /// other entries (where the save writes it).
    pub fn edit_entry(&mut self, target: usize, index: usize, after: TargetEntry) {
        let Some(before) = self.doc.model.remove_entry(target, index) else {
            return;
        };
        self.doc.model.targets[target].entries.push(after.clone());
        self.record(Step::EditedEntry {
            target,
            index,
            before,
            after,
        });
    }

    /// Takes pillar `index` out, unless something refers to it (then the list of what does).
    pub fn remove_pillar(&mut self, index: usize) -> Result<(), Vec<String>> {
        let pillar = self.doc.model.remove_pillar(index)?;
        self.pillar_numbers_moved(index, false);
        self.record(Step::RemovedPillar { index, pillar });
        Ok(())
    }

    /// Sets pillar `index`'s title, summary and source to `after`'s (its id stays).
    pub fn edit_pillar(&mut self, index: usize, after: Pillar) -> Result<(), AddError> {
        if index >= self.doc.model.pillars.len() {
            return Ok(());
        }
        let before = self.doc.model.set_pillar(index, after)?;
        let after = self.doc.model.pillars[index].clone();
        self.record(Step::EditedPillar {
            index,
            before,
            after,
        });
        Ok(())
    }

    /// Sets `names` in the model's translations, as one undo step.
    pub fn rename(&mut self, names: Vec<crate::model::names::Named>) {
        if names.is_empty() {
            return;
        }
        let step = names
            .into_iter()
            .map(|n| {
                let was = self.doc.model.translations.set(
                    n.lang,
                    (n.table, &n.id, n.field),
                    n.text.clone(),
                );
                (n, was)
            })
            .collect();
        self.record(Step::Renamed(step));
    }

    /// The milestones kept for the save and the conflicts set aside refer to pillars by
    /// number: after pillar `index` was taken out (or put back), those after it move.
    fn pillar_numbers_moved(&mut self, index: usize, put_back: bool) {
        let moved = |p: &mut usize| {
            if put_back && *p >= index {
                *p += 1;
            } else if !put_back && *p > index {
                *p -= 1;
            }
        };
        self.doc
            .edits
            .saved
            .values_mut()
            .for_each(|m| moved(&mut m.pillar));
        for c in &mut self.doc.unresolved {
            moved(&mut c.base.pillar);
            moved(&mut c.mine.pillar);
        }
    }

    /// Takes out what a confirmed [`Removal`] names, if it is still there as it was.
    pub(in crate::app) fn remove_table(&mut self, removal: &Removal) {
        match removal {
            Removal::Entry {
                target,
                index,
                entry,
            } => {
                let there = self
                    .doc
                    .model
                    .targets
                    .get(*target)
                    .and_then(|t| t.entries.get(*index))
                    == Some(entry);
                if there {
                    self.remove_entry(*target, *index);
                } else {
                    self.say(
                        crate::tr!(self.dash.langs.main, "said-entry-gone-removed"),
                        true,
                    );
                }
            }
            Removal::Pillar { id, .. } => {
                let Some(index) = self.doc.model.pillars.iter().position(|p| p.id == *id) else {
                    self.say(
                        crate::tr!(self.dash.langs.main, "said-pillar-gone", id = id.as_str()),
                        true,
                    );
                    return;
                };
                if let Err(users) = self.remove_pillar(index) {
                    let said = pillar_in_use(self.dash.langs.main, id, &users);
                    self.say(said, true);
                }
            }
        }
    }

    /// A structural step made: on the undo stack, the views rebuilt, said.
    fn record(&mut self, step: Step) {
        let lang = self.dash.langs.main;
        let text = describe_structure(lang, &self.doc.model, &step);
        self.doc.edits.undo.push(step);
        self.doc.edits.redo.clear();
        self.structure_changed();
        let undo = self.global_key(Action::Undo, &tr!(lang, "said-undoes"));
        let save = self.global_key(Action::Save, &tr!(lang, "said-saves"));
        self.say(format!("{text}{undo}{save}"), false);
    }

    /// Undoes or redoes a structural step; the step to put on the other stack.
    pub(in crate::app) fn step_structure(&mut self, step: Step, undo: bool) -> Step {
        let lang = self.dash.langs.main;
        let done = tr!(lang, if undo { "said-undone" } else { "said-redone" });
        let step = match (step, undo) {
            (Step::AddedMilestone(p), true) => {
                let taken = self.take_out(p.index).unwrap_or(p);
                Step::AddedMilestone(taken)
            }
            (Step::AddedMilestone(p), false) => {
                self.put_in(p.clone());
                Step::AddedMilestone(p)
            }
            (Step::RemovedMilestone(p), true) => {
                self.put_in(p.clone());
                Step::RemovedMilestone(p)
            }
            (Step::RemovedMilestone(p), false) => {
                let taken = self.take_out(p.index).unwrap_or(p);
                Step::RemovedMilestone(taken)
            }
            (Step::AddedSource(s), undo) => {
                if undo {
                    self.doc.model.sources.pop();
                } else {
                    self.doc.model.sources.push(s.clone());
                }
                Step::AddedSource(s)
            }
            (Step::AddedPillar(p), undo) => {
                if undo {
                    self.doc.model.pillars.pop();
                } else {
                    self.doc.model.pillars.push(p.clone());
                }
                Step::AddedPillar(p)
            }
            (Step::AddedEntry { target, entry }, undo) => {
                if let Some(t) = self.doc.model.targets.get_mut(target) {
                    if undo {
                        t.entries.pop();
                    } else {
                        t.entries.push(entry.clone());
                    }
                }
                Step::AddedEntry { target, entry }
            }
            (
                Step::RemovedEntry {
                    target,
                    index,
                    entry,
                },
                undo,
            ) => {
                if let Some(t) = self.doc.model.targets.get_mut(target) {
                    if undo {
                        t.entries.insert(index.min(t.entries.len()), entry.clone());
                    } else if index < t.entries.len() {
                        t.entries.remove(index);
                    }
                }
                Step::RemovedEntry {
                    target,
                    index,
                    entry,
                }
            }
            (
                Step::EditedEntry {
                    target,
                    index,
                    before,
                    after,
                },
                undo,
            ) => {
                if let Some(t) = self.doc.model.targets.get_mut(target) {
                    if undo {
                        t.entries.pop();
                        t.entries.insert(index.min(t.entries.len()), before.clone());
                    } else if index < t.entries.len() {
                        t.entries.remove(index);
                        t.entries.push(after.clone());
                    }
                }
                Step::EditedEntry {
                    target,
                    index,
                    before,
                    after,
                }
            }
            (Step::RemovedPillar { index, pillar }, undo) => {
                if undo {
                    self.doc.model.insert_pillar(index, pillar.clone());
                    self.pillar_numbers_moved(index, true);
                } else if self.doc.model.remove_pillar(index).is_ok() {
                    self.pillar_numbers_moved(index, false);
                }
                Step::RemovedPillar { index, pillar }
            }
            (
                Step::EditedPillar {
                    index,
                    before,
                    after,
                },
                undo,
            ) => {
                if let Some(p) = self.doc.model.pillars.get_mut(index) {
                    *p = if undo { before.clone() } else { after.clone() };
                }
                Step::EditedPillar {
                    index,
                    before,
                    after,
                }
            }
            (Step::Renamed(names), undo) => {
                let t = &mut self.doc.model.translations;
                if undo {
                    for (n, was) in names.iter().rev() {
                        t.set(n.lang, (n.table, &n.id, n.field), was.clone());
                    }
                } else {
                    for (n, _) in &names {
                        t.set(n.lang, (n.table, &n.id, n.field), n.text.clone());
                    }
                }
                Step::Renamed(names)
            }
            (edits @ Step::Edits(_), _) => edits,
        };
        let what = describe_structure(lang, &self.doc.model, &step);
        self.structure_changed();
        self.say(format!("{done}: {what}"), false);
        step
    }

    /// Takes milestone `index` out of the model, with what it takes to put it back.
    fn take_out(&mut self, index: usize) -> Option<Placed> {
        let milestone = self.doc.model.remove_milestone(index)?;
        let place = self.doc.edits.shape.taken_out(index, &milestone.id);
        let saved = self.doc.edits.saved.remove(&index);
        let later = self.doc.edits.saved.split_off(&index);
        self.doc
            .edits
            .saved
            .extend(later.into_iter().map(|(i, m)| (i - 1, m)));
        self.doc.unresolved.retain(|c| c.index != index);
        for c in &mut self.doc.unresolved {
            if c.index > index {
                c.index -= 1;
            }
        }
        Some(Placed {
            index,
            milestone,
            place,
            saved,
        })
    }

    /// Puts a milestone taken out back where it was.
    fn put_in(&mut self, p: Placed) {
        let index = p.index.min(self.doc.model.milestones.len());
        let later = self.doc.edits.saved.split_off(&index);
        self.doc
            .edits
            .saved
            .extend(later.into_iter().map(|(i, m)| (i + 1, m)));
        for c in &mut self.doc.unresolved {
            if c.index >= index {
                c.index += 1;
            }
        }
        if let (Some(saved), Some(_)) = (p.saved, p.place) {
            self.doc.edits.saved.insert(index, saved);
        }
        self.doc.model.milestones.insert(index, p.milestone);
        self.doc.edits.shape.inserted(index, p.place);
    }

    /// After a table was added or removed: everything derived from the model again, and a save
    /// if autosaving.
    fn structure_changed(&mut self) {
        self.after_new_model();
        self.autosave_if_on();
    }
}
