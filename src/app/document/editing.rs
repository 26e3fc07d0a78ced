//! Editing in the dashboard: each change recorded for undo and for the save, what is unsaved,
//! and what a save asks for. Saving itself is IO: `update` only asks for it through
//! [`Effect::Save`]. The popups are in `modal.rs`, changes made on disk in `disk.rs`.

use super::said::describe_step;
use crate::tr;
use std::collections::BTreeMap;

use crate::app::keymap::Section;
use crate::app::modal::Modal;
use crate::app::shape::{Placed, Shape};
use crate::app::{Action, App, Closing};
use crate::model::edit::{Applied, Edit, edited_fields};
use crate::model::{Figures, Milestone, Pillar, Source, TargetEntry};

/// Something the app asks its runner to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Save,
    /// Save, writing the file anew where it was though it is gone from there.
    Recreate,
    /// Save to another file, which must not exist yet; it becomes the file edited.
    SaveAs(String),
    /// Open the file in the person's editor, at the selected milestone (its index) if any.
    OpenEditor(Option<usize>),
}

/// A line for the footer: what just happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// The undo and redo stacks, each edited milestone as the file has it, and the tables added and
/// removed since the last save.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Edits {
    /// Each step is undone at once: one edit, one change to every marked milestone, or one
    /// table added or removed.
    pub undo: Vec<Step>,
    pub redo: Vec<Step>,
    /// Milestone index → the milestone as last saved, for every milestone touched since.
    pub saved: BTreeMap<usize, Milestone>,
    /// What the file has against the model: milestones added and removed, its sources,
    /// pillars and entries.
    pub shape: Shape,
}

impl Edits {
    /// No edits yet on `model`, which is the file as it is.
    pub fn of(model: &crate::model::Model) -> Self {
        Edits {
            shape: Shape::of(model),
            ..Edits::default()
        }
    }
}

/// One step of the undo and redo stacks.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    /// Edits in place, to one milestone or to every marked one.
    Edits(Vec<Applied>),
    /// A milestone added (undone by taking it out).
    AddedMilestone(Placed),
    /// A milestone removed (undone by putting it back where it was).
    RemovedMilestone(Placed),
    AddedSource(Source),
    AddedPillar(Pillar),
    AddedEntry {
        target: usize,
        entry: TargetEntry,
    },
    /// Entry `index` of target `target` taken out (undone by putting it back there).
    RemovedEntry {
        target: usize,
        index: usize,
        entry: TargetEntry,
    },
    /// Entry `index` of target `target` changed: taken out, and `after` recorded after the
    /// target's others (where the save writes it).
    EditedEntry {
        target: usize,
        index: usize,
        before: TargetEntry,
        after: TargetEntry,
    },
    /// Pillar `index`, which nothing referred to, taken out.
    RemovedPillar {
        index: usize,
        pillar: Pillar,
    },
    /// Pillar `index`'s title, summary or source changed.
    EditedPillar {
        index: usize,
        before: Pillar,
        after: Pillar,
    },
    /// Names set in another language (each as set, with what it was): a title or a pillar's
    /// summary edited in Japanese or Hindi.
    Renamed(Vec<(crate::model::names::Named, Option<String>)>),
}

/// How many of the fields a person edits differ between two versions of a milestone (at least
/// one when they differ at all).
fn changed_fields(a: &Milestone, b: &Milestone) -> usize {
    edited_fields(a, b)
        .into_iter()
        .filter(|&f| f)
        .count()
        .max(1)
}

impl crate::app::Document {
    /// How many changes differ from the file: each field of a milestone edited counts one, each
    /// table added or removed one (an edit undone is no longer a change).
    pub fn unsaved(&self) -> usize {
        let changed: usize = self
            .changes()
            .into_iter()
            .map(|(i, saved)| changed_fields(saved, &self.model.milestones[i]))
            .sum();
        changed
            + self.edits.shape.changes(&self.model)
            + self
                .unresolved
                .iter()
                .map(|c| changed_fields(&c.base, &c.mine))
                .sum::<usize>()
    }

    /// The milestones edited in place to save: (index, the milestone as the file has it). A
    /// milestone the file does not have yet is written whole by the save instead.
    pub fn changes(&self) -> Vec<(usize, &Milestone)> {
        self.edits
            .saved
            .iter()
            .filter(|(i, m)| {
                self.model.milestones.get(**i) != Some(m) && self.edits.shape.place(**i).is_some()
            })
            .map(|(i, m)| (*i, m))
            .collect()
    }

    /// What a save writes: pillars' and sources' keys set in place, each milestone edited in
    /// place (its place in the file and the model, its version in the file), then the tables to
    /// add and remove.
    pub fn save_plan(&self) -> crate::model::plan::Plan<'_> {
        let edited = self
            .changes()
            .into_iter()
            .filter_map(|(i, before)| {
                Some(crate::model::plan::Edited {
                    file: self.edits.shape.place(i)?,
                    model: i,
                    before,
                })
            })
            .collect();
        crate::model::plan::Plan {
            revalued: self.edits.shape.revalued(&self.model),
            edited,
            authored: self.edits.shape.plan(&self.model),
            named: self.edits.shape.named(&self.model),
        }
    }
}

impl App {
    /// " · KEY does" for the key that does `action` on the dashboard, or nothing when no key
    /// does it: how a message names a key, so that it stays true after a rebinding.
    pub(in crate::app) fn global_key(&self, action: Action, does: &str) -> String {
        self.dash
            .keymap
            .label(&[Section::In(self.dash.view), Section::Global], action)
            .map(|key| format!(" · {key} {does}"))
            .unwrap_or_default()
    }

    /// "; KEY does" for the save key, or nothing when no key saves.
    pub(in crate::app) fn save_key_says(&self, does: &str) -> String {
        self.dash
            .keymap
            .label(
                &[Section::In(self.dash.view), Section::Global],
                Action::Save,
            )
            .map(|key| format!("; {key} {does}"))
            .unwrap_or_default()
    }

    /// Shows a message in the footer.
    pub fn say(&mut self, text: impl Into<String>, error: bool) {
        self.dash.message = Some(Message {
            text: text.into(),
            error,
        });
    }

    /// Applies an edit, remembering it for undo and for the save.
    pub fn edit(&mut self, milestone: usize, edit: Edit) {
        self.edit_all(vec![(milestone, edit)]);
    }

    /// Applies edits to several milestones as one step: one undo takes them all back.
    pub fn edit_all(&mut self, edits: Vec<(usize, Edit)>) {
        let mut step = Vec::new();
        let mut refused = None;
        for (milestone, edit) in edits {
            let Some(current) = self.doc.model.milestones.get(milestone).cloned() else {
                continue;
            };
            match self.doc.model.apply(milestone, edit) {
                Ok(applied) => {
                    self.doc.edits.saved.entry(milestone).or_insert(current);
                    step.push(applied);
                }
                Err(e) => refused = Some(e.to_string()),
            }
        }
        if !step.is_empty() {
            let text = describe_step(self.dash.langs.main, &step);
            self.doc.edits.undo.push(Step::Edits(step));
            self.doc.edits.redo.clear();
            self.changed();
            let lang = self.dash.langs.main;
            let undo = self.global_key(Action::Undo, &tr!(lang, "said-undoes"));
            let save = self.global_key(Action::Save, &tr!(lang, "said-saves"));
            self.say(format!("{text}{undo}{save}"), false);
        }
        if let Some(why) = refused {
            self.say(why, true);
        }
    }

    pub(in crate::app) fn undo(&mut self) {
        self.step_history(true);
    }

    pub(in crate::app) fn redo(&mut self) {
        self.step_history(false);
    }

    /// Takes the last edit off the undo stack onto the redo stack (or back).
    fn step_history(&mut self, undo: bool) {
        let lang = self.dash.langs.main;
        let (from, nothing) = if undo {
            (&mut self.doc.edits.undo, "said-nothing-to-undo")
        } else {
            (&mut self.doc.edits.redo, "said-nothing-to-redo")
        };
        let Some(step) = from.pop() else {
            self.say(tr!(lang, nothing), true);
            return;
        };
        let step = match step {
            Step::Edits(step) => {
                self.step_edits(&step, undo);
                let done = tr!(lang, if undo { "said-undone" } else { "said-redone" });
                self.say(format!("{done}: {}", describe_step(lang, &step)), false);
                self.changed();
                Step::Edits(step)
            }
            structural => self.step_structure(structural, undo),
        };
        if undo {
            self.doc.edits.redo.push(step);
        } else {
            self.doc.edits.undo.push(step);
        }
    }

    /// Undoes or redoes edits in place.
    fn step_edits(&mut self, step: &[Applied], undo: bool) {
        for applied in step {
            let current = self.doc.model.milestones[applied.milestone].clone();
            self.doc
                .edits
                .saved
                .entry(applied.milestone)
                .or_insert(current);
        }
        if undo {
            for applied in step.iter().rev() {
                self.doc.model.undo(applied);
            }
        } else {
            for applied in step {
                self.doc.model.redo(applied);
            }
        }
    }

    pub(in crate::app) fn request_save(&mut self) {
        if self.doc.origin.read_only {
            self.say(tr!(self.dash.langs.main, "said-read-only"), true);
        } else if self.doc.unsaved() == 0 {
            self.say(tr!(self.dash.langs.main, "said-nothing-to-save"), false);
        } else if let Some(question) = self.ask_unresolved() {
            self.open_popup(question);
        } else {
            self.dash.effect = Some(Effect::Save);
        }
    }

    /// The conflict question again, for edits set aside with `Esc`.
    pub(in crate::app) fn ask_unresolved(&mut self) -> Option<Modal> {
        (!self.doc.unresolved.is_empty()).then(|| Modal::Conflict {
            theirs_kept: std::mem::take(&mut self.doc.unresolved),
            offset: 0,
        })
    }

    pub(in crate::app) fn request_quit(&mut self) {
        if self.doc.unsaved() > 0 {
            self.open_popup(Modal::ConfirmQuit);
        } else {
            self.dash.closing = Closing::Now;
        }
    }

    /// After any change to the model: figures and lists again, and a save if autosaving.
    fn changed(&mut self) {
        self.doc.figures = Figures::compute(&self.doc.model, self.today());
        self.refresh();
        self.rebuild_deck();
        self.autosave_if_on();
    }

    /// Asks for a save when autosaving (or the conflict question first).
    pub(in crate::app) fn autosave_if_on(&mut self) {
        if self.doc.autosave && !self.doc.origin.read_only {
            match self.ask_unresolved() {
                Some(question) => self.open_popup(question),
                None => self.dash.effect = Some(Effect::Save),
            }
        }
    }

    /// The save asked for went through.
    pub fn saved(&mut self) {
        self.history_stale();
        let ids: Vec<String> = self
            .doc
            .changes()
            .iter()
            .map(|(i, _)| self.doc.model.milestones[*i].id.clone())
            .collect();
        // The tables as the save wrote them: pillars and sources changed in place, tables
        // added, tables removed (an entry changed is one of each: it is written again).
        let revalued = self.doc.edits.shape.revalued(&self.doc.model);
        let authored = self.doc.edits.shape.plan(&self.doc.model);
        let removed = authored.iter().filter(|a| a.is_removal()).count();
        let lang = self.dash.langs.main;
        let tables: Vec<String> = [
            (revalued.len(), "said-tables-changed"),
            (authored.len() - removed, "said-tables-added"),
            (removed, "said-tables-removed"),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, what)| tr!(lang, what, count = n))
        .collect();
        let mut what = match ids.len() {
            0 => String::new(),
            1..=3 => format!(": {}", ids.join(", ")),
            n => format!(
                ": {}",
                tr!(
                    lang,
                    "said-and-more",
                    ids = ids[..2].join(", "),
                    count = n - 2
                )
            ),
        };
        if !tables.is_empty() {
            let sep = if what.is_empty() { ": " } else { "; " };
            what.push_str(&format!("{sep}{}", tables.join(", ")));
        }
        let how = tr!(
            lang,
            if self.doc.autosave {
                "said-autosaved"
            } else {
                "said-saved"
            }
        );
        self.doc.edits.saved.clear();
        self.doc.edits.shape.saved(&self.doc.model);
        // What the stacks hold of milestones taken out is no longer in the file.
        for step in self
            .doc
            .edits
            .undo
            .iter_mut()
            .chain(&mut self.doc.edits.redo)
        {
            if let Step::AddedMilestone(p) | Step::RemovedMilestone(p) = step {
                p.place = None;
                p.saved = None;
            }
        }
        self.doc.absorbed = false;
        self.say(format!("{how}{what}"), false);
        if self.dash.closing == Closing::AfterSave {
            self.dash.closing = Closing::Now;
        }
    }

    /// The save asked for failed; the edits stay in memory.
    pub fn save_failed(&mut self, why: &str) {
        self.dash.closing = Closing::No;
        let again = self.save_key_says(&tr!(self.dash.langs.main, "said-tries-again"));
        let said = tr!(
            self.dash.langs.main,
            "said-not-saved-kept",
            why = why,
            again = again
        );
        self.say(said, true);
    }

    /// The save found the file gone: ask whether to write it again there or elsewhere.
    pub fn file_missing(&mut self) {
        self.open_popup(Modal::FileMissing);
    }

    /// The file now being edited is `name` (after a "save as").
    pub fn renamed(&mut self, name: String) {
        self.doc.origin.name = name;
        self.doc.not_writable = None;
    }

    /// The save was refused until the person confirms by saving again; the edits stay.
    /// The file may not be written by this user: say so, and offer to save the edits as
    /// another file (Esc keeps them unsaved here).
    pub fn cannot_write_here(&mut self, why: &str) {
        self.doc.not_writable = Some(why.to_string());
        self.say(
            tr!(self.dash.langs.main, "said-save-elsewhere", why = why),
            true,
        );
        let name = self.doc.origin.name.clone();
        self.open_popup(crate::app::modal::Modal::SaveAs {
            editor: crate::app::editor::LineEditor::new(&name),
        });
    }

    pub fn save_refused(&mut self, why: &str) {
        self.dash.closing = Closing::No;
        self.say(tr!(self.dash.langs.main, "said-not-saved", why = why), true);
    }
}
