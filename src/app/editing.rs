//! Editing in the dashboard: the status picker, the notes and due-date prompts, undo and redo,
//! what is unsaved, and merging a file that changed on disk. Saving itself is IO: `update` only
//! asks for it through [`Effect::Save`].

use std::collections::BTreeMap;

use chrono::NaiveDate;
use ratatui::crossterm::event::KeyCode;

use super::editor::{EditorKey, LineEditor};
use super::{App, Key};
use crate::model::edit::{Applied, Edit};
use crate::model::merge::merge_milestone;
use crate::model::{Figures, Milestone, Model, Status};

/// Something the app asks its runner to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    Save,
    /// Save, writing the file anew where it was though it is gone from there.
    Recreate,
    /// Save to another file, which must not exist yet; it becomes the file edited.
    SaveAs(String),
}

/// A milestone a popup or an edit is about, by id: a reload or a merge may reorder the file, so a
/// row number could point at another milestone. The index is only a hint, checked against the id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MilestoneRef {
    pub id: String,
    hint: usize,
}

impl MilestoneRef {
    /// The milestone at `index` of `model`.
    pub fn new(model: &Model, index: usize) -> Self {
        MilestoneRef {
            id: model.milestones[index].id.clone(),
            hint: index,
        }
    }

    /// Where the milestone is in `model` now, if it is still there.
    pub fn find(&self, model: &Model) -> Option<usize> {
        match model.milestones.get(self.hint) {
            Some(m) if m.id == self.id => Some(self.hint),
            _ => model.milestone_index(&self.id),
        }
    }
}

/// A popup that takes the keys until it closes.
#[derive(Debug, Clone, PartialEq)]
pub enum Modal {
    /// Choosing a status (`note` is `Some` once one is chosen and a note may be typed).
    Picker {
        milestone: MilestoneRef,
        choice: usize,
        note: Option<LineEditor>,
    },
    /// Editing the notes of a milestone.
    Notes {
        milestone: MilestoneRef,
        editor: LineEditor,
    },
    /// Editing the due date of a milestone.
    Due {
        milestone: MilestoneRef,
        editor: LineEditor,
        error: Option<String>,
    },
    /// Quitting with unsaved changes.
    ConfirmQuit,
    /// Saving, but the file is gone from where it was (deleted or moved).
    FileMissing,
    /// Saving to another file: its path.
    SaveAs { editor: LineEditor },
    /// The file changed on disk and some of this session's edits touch milestones that changed
    /// there too: the person chooses whose version stands.
    Conflict { theirs_kept: Vec<Conflict> },
}

/// A milestone both this session and someone else changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// Its index in the file's new version.
    pub index: usize,
    /// As it was when this session last read or saved the file.
    pub base: Milestone,
    /// As this session has it.
    pub mine: Milestone,
}

/// A line for the footer: what just happened.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// The undo and redo stacks, and each edited milestone as the file has it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Edits {
    pub undo: Vec<Applied>,
    pub redo: Vec<Applied>,
    /// Milestone index → the milestone as last saved, for every milestone touched since.
    pub saved: BTreeMap<usize, Milestone>,
}

impl App {
    /// How many changes differ from the file: a milestone's status, notes and due date count
    /// one each (an edit undone is no longer a change).
    pub fn unsaved(&self) -> usize {
        let changed: usize = self
            .changes()
            .into_iter()
            .map(|(i, saved)| changed_fields(saved, &self.model.milestones[i]))
            .sum();
        changed
            + self
                .unresolved
                .iter()
                .map(|c| changed_fields(&c.base, &c.mine))
                .sum::<usize>()
    }

    /// The changes to save: (index, the milestone as the file has it).
    pub fn changes(&self) -> Vec<(usize, &Milestone)> {
        self.edits
            .saved
            .iter()
            .filter(|(i, m)| self.model.milestones.get(**i) != Some(m))
            .map(|(i, m)| (*i, m))
            .collect()
    }

    /// Shows a message in the footer.
    pub fn say(&mut self, text: impl Into<String>, error: bool) {
        self.message = Some(Message {
            text: text.into(),
            error,
        });
    }

    fn editable_milestone(&mut self) -> Option<usize> {
        if self.origin.read_only {
            self.say(
                "read-only: this is the bundled model; `pactboard init FILE` writes a copy you can edit",
                true,
            );
            return None;
        }
        let selected = self.selected_milestone();
        if selected.is_none() {
            self.say("select a milestone first (views 3 and 4)", true);
        }
        selected
    }

    pub(super) fn open_picker(&mut self) {
        if let Some(milestone) = self.editable_milestone() {
            let current = self.model.milestones[milestone].status;
            let choice = Status::ALL.iter().position(|s| *s == current).unwrap_or(0);
            self.modal = Some(Modal::Picker {
                milestone: MilestoneRef::new(&self.model, milestone),
                choice,
                note: None,
            });
        }
    }

    pub(super) fn open_notes(&mut self) {
        if let Some(milestone) = self.editable_milestone() {
            let notes = self.model.milestones[milestone]
                .notes
                .clone()
                .unwrap_or_default();
            self.modal = Some(Modal::Notes {
                milestone: MilestoneRef::new(&self.model, milestone),
                editor: LineEditor::new(&notes),
            });
        }
    }

    pub(super) fn open_due(&mut self) {
        if let Some(milestone) = self.editable_milestone() {
            let due = self.model.milestones[milestone]
                .due
                .map(|d| d.to_string())
                .unwrap_or_default();
            self.modal = Some(Modal::Due {
                milestone: MilestoneRef::new(&self.model, milestone),
                editor: LineEditor::new(&due),
                error: None,
            });
        }
    }

    /// Pasted text goes to whatever edits text.
    pub fn paste(&mut self, text: &str) {
        match &mut self.modal {
            Some(
                Modal::Notes { editor, .. }
                | Modal::Due { editor, .. }
                | Modal::SaveAs { editor }
                | Modal::Picker {
                    note: Some(editor), ..
                },
            ) => editor.insert(text),
            _ if self.search.editing => {
                self.search.query.push_str(&text.replace(['\n', '\r'], " "));
                self.refresh_search();
            }
            _ => {}
        }
    }

    /// Handles a key while a popup is open.
    pub(super) fn modal_key(&mut self, key: Key) {
        self.close_orphan_popup();
        let Some(modal) = self.modal.take() else {
            return;
        };
        self.modal = match modal {
            Modal::Picker {
                milestone,
                choice,
                note: None,
            } => self.picker_key(milestone, choice, key),
            Modal::Picker {
                milestone,
                choice,
                note: Some(mut editor),
            } => match editor.key(key) {
                EditorKey::Accept => {
                    let note = Some(editor.text().to_string());
                    let at = self.now;
                    self.edit_ref(
                        &milestone,
                        Edit::Status {
                            to: Status::ALL[choice],
                            note,
                            at,
                        },
                    );
                    None
                }
                EditorKey::Cancel => None,
                EditorKey::Edited => Some(Modal::Picker {
                    milestone,
                    choice,
                    note: Some(editor),
                }),
            },
            Modal::Notes {
                milestone,
                mut editor,
            } => match editor.key(key) {
                EditorKey::Accept => {
                    let notes = Some(editor.text().to_string()).filter(|n| !n.is_empty());
                    let index = milestone.find(&self.model);
                    if index.is_some_and(|i| notes != self.model.milestones[i].notes) {
                        self.edit_ref(&milestone, Edit::Notes(notes));
                    }
                    None
                }
                EditorKey::Cancel => None,
                EditorKey::Edited => Some(Modal::Notes { milestone, editor }),
            },
            Modal::Due {
                milestone,
                mut editor,
                ..
            } => match editor.key(key) {
                EditorKey::Accept => {
                    let text = editor.text().trim().to_string();
                    match parse_due(&text) {
                        Ok(due) => {
                            let index = milestone.find(&self.model);
                            if index.is_some_and(|i| due != self.model.milestones[i].due) {
                                self.edit_ref(&milestone, Edit::Due(due));
                            }
                            None
                        }
                        Err(error) => Some(Modal::Due {
                            milestone,
                            editor,
                            error: Some(error),
                        }),
                    }
                }
                EditorKey::Cancel => None,
                EditorKey::Edited => Some(Modal::Due {
                    milestone,
                    editor,
                    error: None,
                }),
            },
            Modal::ConfirmQuit => match key.code {
                KeyCode::Char('s') => {
                    self.quit_after_save = true;
                    self.ask_unresolved().or_else(|| {
                        self.effect = Some(Effect::Save);
                        None
                    })
                }
                KeyCode::Char('d') => {
                    self.quit = true;
                    None
                }
                KeyCode::Esc | KeyCode::Char('c') => None,
                _ => Some(Modal::ConfirmQuit),
            },
            Modal::FileMissing => match key.code {
                KeyCode::Char('r') => {
                    self.effect = Some(Effect::Recreate);
                    None
                }
                KeyCode::Char('a') => Some(Modal::SaveAs {
                    editor: LineEditor::new(&self.origin.name),
                }),
                KeyCode::Esc | KeyCode::Char('c') => {
                    self.quit_after_save = false;
                    self.say("not saved: your edits are kept", false);
                    None
                }
                _ => Some(Modal::FileMissing),
            },
            Modal::SaveAs { mut editor } => match editor.key(key) {
                EditorKey::Accept => {
                    let path = editor.text().trim().to_string();
                    if path.is_empty() {
                        Some(Modal::SaveAs { editor })
                    } else {
                        self.effect = Some(Effect::SaveAs(path));
                        None
                    }
                }
                EditorKey::Cancel => {
                    self.quit_after_save = false;
                    None
                }
                EditorKey::Edited => Some(Modal::SaveAs { editor }),
            },
            Modal::Conflict { theirs_kept } => match key.code {
                KeyCode::Char('m') => {
                    for c in &theirs_kept {
                        let theirs = self.model.milestones[c.index].clone();
                        let merged = merge_milestone(&theirs, &c.base, &c.mine);
                        self.edits.saved.entry(c.index).or_insert(theirs);
                        self.model.milestones[c.index] = merged;
                    }
                    self.figures = Figures::compute(&self.model, self.today());
                    self.refresh();
                    self.effect = Some(Effect::Save);
                    None
                }
                KeyCode::Esc => {
                    self.unresolved = theirs_kept;
                    self.quit_after_save = false;
                    self.say("not saved: your edits are kept; Ctrl-s asks again", false);
                    None
                }
                KeyCode::Char('t') => {
                    self.say("kept the file's version of those milestones", false);
                    self.effect = (self.unsaved() > 0).then_some(Effect::Save);
                    None
                }
                _ => Some(Modal::Conflict { theirs_kept }),
            },
        };
    }

    fn picker_key(&mut self, milestone: MilestoneRef, choice: usize, key: Key) -> Option<Modal> {
        let n = Status::ALL.len();
        let chosen = match key.code {
            KeyCode::Char('p') => Some(Status::Planned),
            KeyCode::Char('i') => Some(Status::InProgress),
            KeyCode::Char('r') => Some(Status::AtRisk),
            KeyCode::Char('b') => Some(Status::Blocked),
            KeyCode::Char('d') => Some(Status::Done),
            KeyCode::Char('c') => Some(Status::Cancelled),
            KeyCode::Enter => Some(Status::ALL[choice]),
            KeyCode::Esc => return None,
            KeyCode::Up | KeyCode::Char('k') => {
                return Some(Modal::Picker {
                    milestone,
                    choice: (choice + n - 1) % n,
                    note: None,
                });
            }
            KeyCode::Down | KeyCode::Char('j') => {
                return Some(Modal::Picker {
                    milestone,
                    choice: (choice + 1) % n,
                    note: None,
                });
            }
            _ => None,
        };
        let Some(status) = chosen else {
            return Some(Modal::Picker {
                milestone,
                choice,
                note: None,
            });
        };
        let index = milestone.find(&self.model)?;
        if status == self.model.milestones[index].status {
            self.say(format!("it is already {}", status.label()), true);
            return None;
        }
        let choice = Status::ALL
            .iter()
            .position(|s| *s == status)
            .unwrap_or(choice);
        Some(Modal::Picker {
            milestone,
            choice,
            note: Some(LineEditor::default()),
        })
    }

    /// Applies an edit to the milestone `milestone` names, wherever it is now.
    fn edit_ref(&mut self, milestone: &MilestoneRef, edit: Edit) {
        match milestone.find(&self.model) {
            Some(index) => self.edit(index, edit),
            None => self.say(
                format!(
                    "`{}` is no longer in the file; nothing was changed",
                    milestone.id
                ),
                true,
            ),
        }
    }

    /// A popup about a milestone that a reload or a merge removed closes, saying what was
    /// typed in it, so that nothing is applied to another milestone.
    pub(super) fn close_orphan_popup(&mut self) {
        let (milestone, typed) = match &self.modal {
            Some(Modal::Picker {
                milestone, note, ..
            }) => (
                milestone,
                note.as_ref().map(super::editor::LineEditor::text),
            ),
            Some(
                Modal::Notes { milestone, editor }
                | Modal::Due {
                    milestone, editor, ..
                },
            ) => (milestone, Some(editor.text())),
            _ => return,
        };
        if milestone.find(&self.model).is_some() {
            return;
        }
        let kept = typed
            .filter(|t| !t.is_empty())
            .map(|t| format!("; what you typed: {t}"))
            .unwrap_or_default();
        let text = format!(
            "`{}` was removed from the file on disk, so its popup closed{kept}",
            milestone.id
        );
        self.modal = None;
        self.say(text, true);
    }

    /// Applies an edit, remembering it for undo and for the save.
    pub fn edit(&mut self, milestone: usize, edit: Edit) {
        let Some(current) = self.model.milestones.get(milestone).cloned() else {
            return;
        };
        match self.model.apply(milestone, edit) {
            Ok(applied) => {
                self.edits.saved.entry(milestone).or_insert(current);
                let text = describe(&applied);
                self.edits.undo.push(applied);
                self.edits.redo.clear();
                self.changed();
                self.say(format!("{text} · u undoes · Ctrl-s saves"), false);
            }
            Err(e) => self.say(e.to_string(), true),
        }
    }

    pub(super) fn undo(&mut self) {
        self.step_history(true);
    }

    pub(super) fn redo(&mut self) {
        self.step_history(false);
    }

    /// Takes the last edit off the undo stack onto the redo stack (or back).
    fn step_history(&mut self, undo: bool) {
        let (from, word) = if undo {
            (&mut self.edits.undo, "undo")
        } else {
            (&mut self.edits.redo, "redo")
        };
        let Some(applied) = from.pop() else {
            self.say(format!("nothing to {word}"), true);
            return;
        };
        let current = self.model.milestones[applied.milestone].clone();
        self.edits.saved.entry(applied.milestone).or_insert(current);
        if undo {
            self.model.undo(&applied);
            self.say(format!("undone: {}", describe(&applied)), false);
            self.edits.redo.push(applied);
        } else {
            self.model.redo(&applied);
            self.say(format!("redone: {}", describe(&applied)), false);
            self.edits.undo.push(applied);
        }
        self.changed();
    }

    pub(super) fn request_save(&mut self) {
        if self.origin.read_only {
            self.say(
                "read-only: `pactboard init FILE` writes a copy you can edit and save",
                true,
            );
        } else if self.unsaved() == 0 {
            self.say("nothing to save", false);
        } else if let Some(question) = self.ask_unresolved() {
            self.modal = Some(question);
        } else {
            self.effect = Some(Effect::Save);
        }
    }

    /// The conflict question again, for edits set aside with `Esc`.
    fn ask_unresolved(&mut self) -> Option<Modal> {
        (!self.unresolved.is_empty()).then(|| Modal::Conflict {
            theirs_kept: std::mem::take(&mut self.unresolved),
        })
    }

    pub(super) fn request_quit(&mut self) {
        if self.unsaved() > 0 {
            self.modal = Some(Modal::ConfirmQuit);
        } else {
            self.quit = true;
        }
    }

    /// After any change to the model: figures and lists again, and a save if autosaving.
    fn changed(&mut self) {
        self.figures = Figures::compute(&self.model, self.today());
        self.refresh();
        self.rebuild_deck();
        if self.autosave && !self.origin.read_only {
            match self.ask_unresolved() {
                Some(question) => self.modal = Some(question),
                None => self.effect = Some(Effect::Save),
            }
        }
    }

    /// The save asked for went through.
    pub fn saved(&mut self) {
        let ids: Vec<String> = self
            .changes()
            .iter()
            .map(|(i, _)| self.model.milestones[*i].id.clone())
            .collect();
        let what = match ids.len() {
            0 => String::new(),
            1..=3 => format!(": {}", ids.join(", ")),
            n => format!(": {} and {} more", ids[..2].join(", "), n - 2),
        };
        let how = if self.autosave { "autosaved" } else { "saved" };
        self.edits.saved.clear();
        self.absorbed = false;
        self.say(format!("{how}{what}"), false);
        if self.quit_after_save {
            self.quit = true;
        }
    }

    /// The save asked for failed; the edits stay in memory.
    pub fn save_failed(&mut self, why: &str) {
        self.quit_after_save = false;
        self.say(
            format!("not saved: {why} (your edits are kept; Ctrl-s tries again)"),
            true,
        );
    }

    /// The save found the file gone: ask whether to write it again there or elsewhere.
    pub fn file_missing(&mut self) {
        self.modal = Some(Modal::FileMissing);
    }

    /// The file now being edited is `name` (after a "save as").
    pub fn renamed(&mut self, name: String) {
        self.origin.name = name;
    }

    /// The save was refused until the person confirms by saving again; the edits stay.
    pub fn save_refused(&mut self, why: &str) {
        self.quit_after_save = false;
        self.say(format!("not saved: {why}"), true);
    }

    /// Replaces the model with the file's newer version (nothing unsaved), keeping the selection.
    pub fn reload(&mut self, model: Model) {
        let keep = self
            .selected_milestone()
            .map(|i| self.model.milestones[i].id.clone());
        self.model = model;
        self.edits = Edits::default();
        self.absorbed = false;
        self.after_new_model();
        if let Some(id) = keep
            && let Some(i) = self.model.milestone_index(&id)
        {
            self.select_milestone(i);
        }
        self.say("reloaded: the file changed on disk", false);
        self.close_orphan_popup();
    }

    /// Puts this session's edits on top of the file's newer version and saves. Edits to
    /// milestones that changed on disk too are not applied: the person is asked whose version
    /// stands.
    pub fn merge(&mut self, theirs: Model) {
        let conflicts = self.rebase_edits(theirs);
        if conflicts.is_empty() {
            self.effect = Some(Effect::Save);
        } else {
            self.modal = Some(Modal::Conflict {
                theirs_kept: conflicts,
            });
        }
    }

    /// The file changed on disk while edits are unsaved: the view shows the new version with
    /// the edits on top, and a banner says so; edits that conflict wait for the save's question.
    pub fn absorb(&mut self, theirs: Model) {
        // The banner is the news now, unless the rebase has something worse to say.
        self.message = None;
        let conflicts = self.rebase_edits(theirs);
        let n = conflicts.len();
        self.unresolved = conflicts;
        let unsaved = self.unsaved();
        let mut banner = format!(
            "changed on disk: showing it with your {unsaved} unsaved change{} on top · Ctrl-s merges",
            if unsaved == 1 { "" } else { "s" }
        );
        if n > 0 {
            banner.push_str(&format!(
                " · {n} conflict{} to settle",
                if n == 1 { "" } else { "s" }
            ));
        }
        self.banner = Some(banner);
        self.absorbed = true;
    }

    /// Replaces the model with `theirs` and re-applies this session's edits to it, by id; gives
    /// back the edits that meet a change made there too.
    fn rebase_edits(&mut self, theirs: Model) -> Vec<Conflict> {
        let keep = self
            .selected_milestone()
            .map(|i| self.model.milestones[i].id.clone());
        let mine = std::mem::replace(&mut self.model, theirs);
        let mut saved = BTreeMap::new();
        let mut conflicts = Vec::new();
        let mut lost = Vec::new();
        for (i, before) in std::mem::take(&mut self.edits.saved) {
            let current = &mine.milestones[i];
            if *current == before {
                continue;
            }
            match self.model.milestone_index(&before.id) {
                Some(j) if same_editable(&self.model.milestones[j], &before) => {
                    saved.insert(j, self.model.milestones[j].clone());
                    copy_editable(&mut self.model.milestones[j], current);
                }
                Some(j) => conflicts.push(Conflict {
                    index: j,
                    base: before.clone(),
                    mine: current.clone(),
                }),
                None => lost.push(before.id.clone()),
            }
        }
        self.edits = Edits {
            saved,
            ..Edits::default()
        };
        // Conflicts set aside earlier: where their milestones are in this version.
        for mut c in std::mem::take(&mut self.unresolved) {
            match self.model.milestone_index(&c.base.id) {
                Some(j) => {
                    c.index = j;
                    conflicts.push(c);
                }
                None => lost.push(c.base.id.clone()),
            }
        }
        self.after_new_model();
        if let Some(id) = keep
            && let Some(i) = self.model.milestone_index(&id)
        {
            self.select_milestone(i);
        }
        self.close_orphan_popup();
        if !lost.is_empty() {
            self.say(
                format!(
                    "removed on disk, so your edits to them were dropped: {}",
                    lost.join(", ")
                ),
                true,
            );
        }
        conflicts
    }

    fn after_new_model(&mut self) {
        self.figures = Figures::compute(&self.model, self.today());
        self.span = self.compute_span();
        self.by_pillar = super::rows::by_pillar(&self.model);
        self.search_index = super::rows::SearchIndex::new(&self.model);
        self.upcoming = Figures::upcoming(&self.model, self.today(), super::UPCOMING_HORIZON_DAYS);
        self.upcoming.truncate(super::UPCOMING_SHOWN);
        self.refresh();
        self.rebuild_deck();
    }

    fn select_milestone(&mut self, index: usize) {
        let page = self.page();
        if let Some(row) = self.milestone_rows.iter().position(|&r| r == index) {
            self.milestones.set(row, self.milestone_rows.len(), page);
        }
        if let Some(row) = self
            .timeline_rows
            .iter()
            .position(|r| *r == super::TimelineRow::Milestone(index))
        {
            self.timeline.set(row, self.timeline_rows.len(), page);
        }
    }
}

/// How many of the fields a person edits differ between two versions of a milestone (at least
/// one when they differ at all).
fn changed_fields(a: &Milestone, b: &Milestone) -> usize {
    let status = a.status != b.status || a.history != b.history || a.done_on != b.done_on;
    let fields = [status, a.notes != b.notes, a.due != b.due];
    fields.into_iter().filter(|&f| f).count().max(1)
}

/// Whether two versions of a milestone agree on what the dashboard edits.
fn same_editable(a: &Milestone, b: &Milestone) -> bool {
    a.status == b.status
        && a.done_on == b.done_on
        && a.notes == b.notes
        && a.due == b.due
        && a.history == b.history
}

fn copy_editable(to: &mut Milestone, from: &Milestone) {
    to.status = from.status;
    to.done_on = from.done_on;
    to.notes.clone_from(&from.notes);
    to.due = from.due;
    to.history.clone_from(&from.history);
}

fn parse_due(text: &str) -> Result<Option<NaiveDate>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| format!("`{text}` is not a date: write YYYY-MM-DD, such as 2026-06-30, or nothing to remove it"))
}

fn describe(applied: &Applied) -> String {
    let (b, a) = (&applied.before, &applied.after);
    if b.status != a.status {
        format!("{}: {} → {}", a.id, b.status.label(), a.status.label())
    } else if b.notes != a.notes {
        format!("{}: notes changed", a.id)
    } else {
        let due = a
            .due
            .map_or("no due date".to_string(), |d| format!("due {d}"));
        format!("{}: {due}", a.id)
    }
}
