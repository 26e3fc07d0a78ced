//! What a key does in each popup: choosing a status (and its note), keeping a note or a due
//! date, answering the question before quitting, the file gone and the conflict.

use crate::app::editing::Effect;
use crate::app::editor::{EditorKey, LineEditor};
use crate::app::modal::{MilestoneRef, Modal};
use crate::app::{Action, App, Closing, Key, Overlay};
use crate::model::dates::parse_due;
use crate::model::edit::Edit;
use crate::model::merge::{Keep, merge_milestone};
use crate::model::{Figures, Status};

impl App {
    /// Handles a key (its action in the popup's section, if any) while a popup is on top.
    pub(in crate::app) fn modal_key(&mut self, action: Option<Action>, key: Option<Key>) {
        self.close_orphan_popup();
        let Some(Overlay::Popup(modal)) = self
            .dash
            .overlays
            .pop_if(|o| matches!(o, Overlay::Popup(_)))
        else {
            return;
        };
        let next = match modal {
            Modal::Picker {
                milestone,
                also,
                choice,
                note: None,
            } => self.picker_key(milestone, also, choice, action),
            Modal::Picker {
                milestone,
                also,
                choice,
                note: Some(editor),
            } if action == Some(Action::NextField) => Some(Modal::When {
                milestone,
                also,
                choice,
                note: editor.text().to_string(),
                editor: LineEditor::default(),
                error: None,
            }),
            Modal::Picker {
                milestone,
                also,
                choice,
                note: Some(mut editor),
            } => match editor.act(action, key) {
                EditorKey::Accept => {
                    let note = Some(editor.text().to_string());
                    let at = self.doc.now;
                    let to = Status::ALL[choice];
                    if also.is_empty() {
                        self.edit_ref(&milestone, Edit::Status { to, note, at });
                    } else {
                        self.edit_marked(&milestone, &also, to, note, at);
                    }
                    None
                }
                EditorKey::Cancel => None,
                EditorKey::Edited => Some(Modal::Picker {
                    milestone,
                    also,
                    choice,
                    note: Some(editor),
                }),
            },
            Modal::When {
                milestone,
                also,
                choice,
                note,
                mut editor,
                ..
            } => match editor.act(action, key) {
                EditorKey::Accept => {
                    match self.record_news(&milestone, &also, choice, &note, editor.text()) {
                        Ok(()) => None,
                        Err(error) => Some(Modal::When {
                            milestone,
                            also,
                            choice,
                            note,
                            editor,
                            error: Some(error),
                        }),
                    }
                }
                EditorKey::Cancel => None,
                EditorKey::Edited => Some(Modal::When {
                    milestone,
                    also,
                    choice,
                    note,
                    editor,
                    error: None,
                }),
            },
            Modal::Notes {
                milestone,
                mut editor,
            } => match editor.act(action, key) {
                EditorKey::Accept => {
                    let notes = Some(editor.text().to_string()).filter(|n| !n.is_empty());
                    let index = milestone.find(&self.doc.model);
                    if index.is_some_and(|i| notes != self.doc.model.milestones[i].notes) {
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
                    match parse_due(
                        &text,
                        self.today(),
                        self.doc.model.partnership.fiscal_start(),
                    ) {
                        Ok(due) => {
                            let index = milestone.find(&self.doc.model);
                            if index.is_some_and(|i| due != self.doc.model.milestones[i].due) {
                                self.edit_ref(&milestone, Edit::Due(due));
                            }
                            None
                        }
                        Err(error) => Some(Modal::Due {
                            milestone,
                            editor,
                            error: Some(error.message_in(self.dash.langs.main)),
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
                    self.dash.closing = Closing::AfterSave;
                    self.ask_unresolved().or_else(|| {
                        self.dash.effect = Some(Effect::Save);
                        None
                    })
                }
                Some(Action::SaveAs) => {
                    // Saved elsewhere, then quit: the edits are never only droppable.
                    self.dash.closing = Closing::AfterSave;
                    Some(Modal::SaveAs {
                        editor: LineEditor::new(&self.doc.origin.name),
                    })
                }
                Some(Action::DiscardAndQuit) => {
                    self.dash.closing = Closing::Now;
                    None
                }
                Some(Action::Cancel) => None,
                _ => Some(Modal::ConfirmQuit),
            },
            Modal::FileMissing => match action {
                Some(Action::WriteAgain) => {
                    self.dash.effect = Some(Effect::Recreate);
                    None
                }
                Some(Action::SaveAs) => Some(Modal::SaveAs {
                    editor: LineEditor::new(&self.doc.origin.name),
                }),
                Some(Action::Cancel) => {
                    self.dash.closing = Closing::No;
                    self.say(
                        crate::tr!(self.dash.langs.main, "said-not-saved-edits-kept"),
                        false,
                    );
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
                        self.dash.effect = Some(Effect::SaveAs(path));
                        None
                    }
                }
                EditorKey::Cancel => {
                    self.dash.closing = Closing::No;
                    None
                }
                EditorKey::Edited => Some(Modal::SaveAs { editor }),
            },
            Modal::Conflict {
                theirs_kept,
                offset,
            } => match action {
                Some(Action::Up) => Some(Modal::Conflict {
                    theirs_kept,
                    offset: offset.saturating_sub(1),
                }),
                Some(Action::Down) => {
                    let size = self.dash.viewport.conflicts;
                    let key = self
                        .key_in(crate::app::keymap::Section::Conflict, Action::MergeMine)
                        .unwrap_or_default();
                    let lines = crate::app::conflict_lines::conflict_lines(
                        self.dash.langs.main,
                        &self.doc.model,
                        &theirs_kept,
                        size.width.into(),
                        &key,
                    )
                    .len();
                    let (last, _) =
                        crate::app::conflict_lines::window(lines, size.rows, usize::MAX);
                    Some(Modal::Conflict {
                        theirs_kept,
                        offset: (offset + 1).min(last),
                    })
                }
                Some(action @ (Action::MergeMine | Action::KeepTheirs)) => {
                    let keep = if action == Action::MergeMine {
                        Keep::Mine
                    } else {
                        Keep::Theirs
                    };
                    let mut kept_again = Vec::new();
                    for c in &theirs_kept {
                        if c.gone {
                            // Removed on disk: "mine" keeps it with my edits, "theirs" lets it go.
                            if keep == Keep::Mine {
                                kept_again.push(c.mine.clone());
                            }
                            continue;
                        }
                        let Some(theirs) = self.doc.model.milestones.get(c.index).cloned() else {
                            continue;
                        };
                        let merged = merge_milestone(&theirs, &c.base, &c.mine, keep, self.doc.now);
                        if merged != theirs {
                            self.doc.edits.saved.entry(c.index).or_insert(theirs);
                            self.doc.model.milestones[c.index] = merged;
                        }
                    }
                    self.doc.figures = Figures::compute(&self.doc.model, self.today());
                    self.refresh();
                    for m in kept_again {
                        let id = m.id.clone();
                        if let Err(e) = self.add_milestone(m) {
                            let lang = self.dash.langs.main;
                            let why = e.message_in(lang);
                            self.say(
                                crate::tr!(lang, "said-cannot-keep", id = id, why = why),
                                true,
                            );
                        }
                    }
                    if keep == Keep::Theirs {
                        self.say(crate::tr!(self.dash.langs.main, "said-kept-theirs"), false);
                    }
                    self.dash.effect =
                        (keep == Keep::Mine || self.doc.unsaved() > 0).then_some(Effect::Save);
                    None
                }
                Some(Action::Cancel) => {
                    self.doc.unresolved = theirs_kept;
                    self.dash.closing = Closing::No;
                    let lang = self.dash.langs.main;
                    let again = self.save_key_says(&crate::tr!(lang, "said-asks-again"));
                    self.say(
                        crate::tr!(lang, "said-not-saved-kept-again", again = again),
                        false,
                    );
                    None
                }
                _ => Some(Modal::Conflict {
                    theirs_kept,
                    offset,
                }),
            },
            Modal::Form(form) => self
                .form_key(*form, action, key)
                .map(|f| Modal::Form(Box::new(f))),
            Modal::ConfirmRemove { milestone, history } => match action {
                Some(Action::RemoveIt) => {
                    if let Some(i) = milestone.find(&self.doc.model) {
                        self.remove_milestone(i);
                    } else {
                        let lang = self.dash.langs.main;
                        let id = milestone.id.as_str();
                        self.say(crate::tr!(lang, "said-milestone-gone", id = id), true);
                    }
                    None
                }
                Some(Action::CancelInstead) if history > 0 => {
                    let at = self.doc.now;
                    self.edit_ref(
                        &milestone,
                        Edit::Status {
                            to: Status::Cancelled,
                            note: None,
                            at,
                        },
                    );
                    None
                }
                Some(Action::Cancel) => None,
                _ => Some(Modal::ConfirmRemove { milestone, history }),
            },
            Modal::ConfirmRemoveTable(removal) => match action {
                Some(Action::RemoveIt) => {
                    self.remove_table(&removal);
                    None
                }
                Some(Action::Cancel) => None,
                _ => Some(Modal::ConfirmRemoveTable(removal)),
            },
        };
        if let Some(modal) = next {
            self.open_popup(modal);
        }
    }

    fn picker_key(
        &mut self,
        milestone: MilestoneRef,
        also: Vec<MilestoneRef>,
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
                    also,
                    choice: (choice + n - 1) % n,
                    note: None,
                });
            }
            Some(Action::Down) => {
                return Some(Modal::Picker {
                    milestone,
                    also,
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
                also,
                choice,
                note: None,
            });
        };
        let index = milestone.find(&self.doc.model)?;
        if also.is_empty() && status == self.doc.model.milestones[index].status {
            self.say_already("said-already", status);
            return None;
        }
        let choice = Status::ALL
            .iter()
            .position(|s| *s == status)
            .unwrap_or(choice);
        Some(Modal::Picker {
            milestone,
            also,
            choice,
            note: Some(LineEditor::default()),
        })
    }
}
