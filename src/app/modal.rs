//! The popups that take the keys: the status picker, the notes and due-date prompts, the
//! question before quitting, the conflict question, and the file gone from its place. Each
//! refers to its milestone by id.

use chrono::NaiveDate;

use super::disk::Conflict;
use super::editing::Effect;
use super::editor::{EditorKey, LineEditor};
use super::keymap::Section;
use super::{Action, App, Closing, Key, Overlay};
use crate::model::edit::Edit;
use crate::model::merge::merge_milestone;
use crate::model::{Figures, Model, Status};

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

impl Modal {
    /// The keymap section of the popup's keys.
    pub fn section(&self) -> Section {
        match self {
            Modal::Picker { note: None, .. } => Section::Picker,
            Modal::Picker { note: Some(_), .. }
            | Modal::Notes { .. }
            | Modal::Due { .. }
            | Modal::SaveAs { .. } => Section::Text,
            Modal::ConfirmQuit => Section::ConfirmQuit,
            Modal::FileMissing => Section::FileMissing,
            Modal::Conflict { .. } => Section::Conflict,
        }
    }
}

fn parse_due(text: &str) -> Result<Option<NaiveDate>, String> {
    if text.is_empty() {
        return Ok(None);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map(Some)
        .map_err(|_| format!("`{text}` is not a date: write YYYY-MM-DD, such as 2026-06-30, or nothing to remove it"))
}

impl App {
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
            self.open_popup(Modal::Picker {
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
            self.open_popup(Modal::Notes {
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
            self.open_popup(Modal::Due {
                milestone: MilestoneRef::new(&self.model, milestone),
                editor: LineEditor::new(&due),
                error: None,
            });
        }
    }

    /// Pasted text goes to whatever edits text.
    pub fn paste(&mut self, text: &str) {
        match self.overlays.last_mut() {
            Some(Overlay::Popup(
                Modal::Notes { editor, .. }
                | Modal::Due { editor, .. }
                | Modal::SaveAs { editor }
                | Modal::Picker {
                    note: Some(editor), ..
                },
            )) => editor.insert(text),
            Some(Overlay::Search(editor)) => {
                editor.insert(&text.replace(['\n', '\r'], " "));
                self.search.query = editor.text().to_string();
                self.refresh_search();
            }
            _ => {}
        }
    }

    /// Handles a key (its action in the popup's section, if any) while a popup is on top.
    pub(super) fn modal_key(&mut self, action: Option<Action>, key: Option<Key>) {
        self.close_orphan_popup();
        let Some(Overlay::Popup(modal)) = self.overlays.pop_if(|o| matches!(o, Overlay::Popup(_)))
        else {
            return;
        };
        let next = match modal {
            Modal::Picker {
                milestone,
                choice,
                note: None,
            } => self.picker_key(milestone, choice, action),
            Modal::Picker {
                milestone,
                choice,
                note: Some(mut editor),
            } => match editor.act(action, key) {
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
            } => match editor.act(action, key) {
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
            } => match editor.act(action, key) {
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
            Modal::ConfirmQuit => match action {
                Some(Action::SaveAndQuit) => {
                    self.closing = Closing::AfterSave;
                    self.ask_unresolved().or_else(|| {
                        self.effect = Some(Effect::Save);
                        None
                    })
                }
                Some(Action::DiscardAndQuit) => {
                    self.closing = Closing::Now;
                    None
                }
                Some(Action::Cancel) => None,
                _ => Some(Modal::ConfirmQuit),
            },
            Modal::FileMissing => match action {
                Some(Action::WriteAgain) => {
                    self.effect = Some(Effect::Recreate);
                    None
                }
                Some(Action::SaveAs) => Some(Modal::SaveAs {
                    editor: LineEditor::new(&self.origin.name),
                }),
                Some(Action::Cancel) => {
                    self.closing = Closing::No;
                    self.say("not saved: your edits are kept", false);
                    None
                }
                _ => Some(Modal::FileMissing),
            },
            Modal::SaveAs { mut editor } => match editor.act(action, key) {
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
                    self.closing = Closing::No;
                    None
                }
                EditorKey::Edited => Some(Modal::SaveAs { editor }),
            },
            Modal::Conflict { theirs_kept } => match action {
                Some(Action::MergeMine) => {
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
                Some(Action::Cancel) => {
                    self.unresolved = theirs_kept;
                    self.closing = Closing::No;
                    let again = self.save_key_says("asks again");
                    self.say(format!("not saved: your edits are kept{again}"), false);
                    None
                }
                Some(Action::KeepTheirs) => {
                    self.say("kept the file's version of those milestones", false);
                    self.effect = (self.unsaved() > 0).then_some(Effect::Save);
                    None
                }
                _ => Some(Modal::Conflict { theirs_kept }),
            },
        };
        if let Some(modal) = next {
            self.open_popup(modal);
        }
    }

    fn picker_key(
        &mut self,
        milestone: MilestoneRef,
        choice: usize,
        action: Option<Action>,
    ) -> Option<Modal> {
        let n = Status::ALL.len();
        let chosen = match action {
            Some(Action::Accept) => Some(Status::ALL[choice]),
            Some(Action::Cancel) => return None,
            Some(Action::Up) => {
                return Some(Modal::Picker {
                    milestone,
                    choice: (choice + n - 1) % n,
                    note: None,
                });
            }
            Some(Action::Down) => {
                return Some(Modal::Picker {
                    milestone,
                    choice: (choice + 1) % n,
                    note: None,
                });
            }
            Some(other) => other.status(),
            None => None,
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
        let (milestone, typed) = match self.modal() {
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
        self.overlays.retain(|o| !matches!(o, Overlay::Popup(_)));
        self.say(text, true);
    }
}
