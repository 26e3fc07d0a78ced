//! The popups that take the keys: the status picker, the notes and due-date prompts, the
//! question before quitting, the conflict question, and the file gone from its place. Each
//! refers to its milestone by id.

use crate::app::disk::Conflict;
use crate::app::editor::LineEditor;
use crate::app::form::Form;
use crate::app::keymap::Section;
pub use crate::app::screen::milestone_ref::MilestoneRef;
use crate::app::{App, Overlay};
use crate::model::Status;
use crate::model::edit::Edit;

/// A popup that takes the keys until it closes.
#[derive(Debug, Clone, PartialEq)]
pub enum Modal {
    /// Choosing a status (`note` is `Some` once one is chosen and a note may be typed).
    Picker {
        milestone: MilestoneRef,
        /// The other marked milestones the chosen status goes to as well.
        also: Vec<MilestoneRef>,
        choice: usize,
        note: Option<LineEditor>,
    },
    /// When the news of a status change happened (after the picker's note, with Tab): a day
    /// or a day and a time, recorded as such; empty for now.
    When {
        milestone: MilestoneRef,
        also: Vec<MilestoneRef>,
        choice: usize,
        note: String,
        editor: LineEditor,
        error: Option<String>,
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
    Conflict {
        theirs_kept: Vec<Conflict>,
        /// The first conflict shown (the list scrolls with ↑↓ when the screen cannot hold it).
        offset: usize,
    },
    /// A form adding or editing something.
    Form(Box<Form>),
    /// Removing a milestone, which has `history` entries (cancelling keeps them).
    ConfirmRemove {
        milestone: MilestoneRef,
        history: usize,
    },
    /// Removing an entry of a target, or a pillar nothing refers to.
    ConfirmRemoveTable(Removal),
}

/// What a [`Modal::ConfirmRemoveTable`] takes out, with what finds it again in a list that may
/// have changed meanwhile.
#[derive(Debug, Clone, PartialEq)]
pub enum Removal {
    Entry {
        target: usize,
        index: usize,
        entry: crate::model::TargetEntry,
    },
    Pillar {
        id: String,
        title: String,
    },
}

impl Modal {
    /// The keymap section of the popup's keys.
    pub fn section(&self) -> Section {
        match self {
            Modal::Picker { note: None, .. } => Section::Picker,
            Modal::Picker { note: Some(_), .. }
            | Modal::When { .. }
            | Modal::Notes { .. }
            | Modal::Due { .. }
            | Modal::SaveAs { .. } => Section::Text,
            Modal::ConfirmQuit => Section::ConfirmQuit,
            Modal::FileMissing => Section::FileMissing,
            Modal::Conflict { .. } => Section::Conflict,
            Modal::Form(_) => Section::Form,
            Modal::ConfirmRemove { .. } | Modal::ConfirmRemoveTable(_) => Section::ConfirmRemove,
        }
    }

    /// The keymap sections of the popup's keys, first match wins.
    pub fn sections(&self) -> Vec<Section> {
        match self {
            // Tab (the form's next field) moves from the note to the date of the news.
            Modal::Form(_) | Modal::Picker { note: Some(_), .. } => {
                vec![Section::Form, Section::Text]
            }
            _ => vec![self.section()],
        }
    }
}

impl App {
    /// Says why nothing can be edited, when the model is the bundled one; whether it is.
    pub(in crate::app) fn refuse_read_only(&mut self) -> bool {
        if self.doc.origin.read_only {
            self.say(
                crate::tr!(self.dash.langs.main, "said-bundled-read-only"),
                true,
            );
        }
        self.doc.origin.read_only
    }

    pub(in crate::app) fn editable_milestone(&mut self) -> Option<usize> {
        if self.refuse_read_only() {
            return None;
        }
        let selected = self.selected_milestone();
        if selected.is_none() {
            self.say(crate::tr!(self.dash.langs.main, "said-select-first"), true);
        }
        selected
    }

    pub(in crate::app) fn open_picker(&mut self) {
        let marked = self.marked_milestones();
        if let [first, rest @ ..] = marked.as_slice() {
            if self.refuse_read_only() {
                return;
            }
            let current = self.doc.model.milestones[*first].status;
            let choice = Status::ALL.iter().position(|s| *s == current).unwrap_or(0);
            let also = rest
                .iter()
                .map(|&i| MilestoneRef::new(&self.doc.model, i))
                .collect();
            self.open_popup(Modal::Picker {
                milestone: MilestoneRef::new(&self.doc.model, *first),
                also,
                choice,
                note: None,
            });
            return;
        }
        if let Some(milestone) = self.editable_milestone() {
            let current = self.doc.model.milestones[milestone].status;
            let choice = Status::ALL.iter().position(|s| *s == current).unwrap_or(0);
            self.open_popup(Modal::Picker {
                milestone: MilestoneRef::new(&self.doc.model, milestone),
                also: Vec::new(),
                choice,
                note: None,
            });
        }
    }

    /// The marked milestones still in the file, in file order.
    pub fn marked_milestones(&self) -> Vec<usize> {
        let mut found: Vec<usize> = self
            .dash
            .marked
            .iter()
            .filter_map(|id| self.doc.model.milestone_index(id))
            .collect();
        found.sort_unstable();
        found
    }

    /// Marks the selected milestone, or unmarks it, and moves to the next row.
    pub(in crate::app) fn toggle_mark(&mut self) {
        let Some(i) = self.selected_milestone() else {
            self.say(crate::tr!(self.dash.langs.main, "said-select-first"), true);
            return;
        };
        let id = self.doc.model.milestones[i].id.clone();
        if !self.dash.marked.remove(&id) {
            self.dash.marked.insert(id);
        }
        self.update(crate::app::Action::Down);
    }

    pub(in crate::app) fn open_notes(&mut self) {
        if let Some(milestone) = self.editable_milestone() {
            let notes = self.doc.model.milestones[milestone]
                .notes
                .clone()
                .unwrap_or_default();
            self.open_popup(Modal::Notes {
                milestone: MilestoneRef::new(&self.doc.model, milestone),
                editor: LineEditor::new(&notes),
            });
        }
    }

    pub(in crate::app) fn open_due(&mut self) {
        if let Some(milestone) = self.editable_milestone() {
            let due = self.doc.model.milestones[milestone]
                .due
                .map(|d| d.to_string())
                .unwrap_or_default();
            self.open_popup(Modal::Due {
                milestone: MilestoneRef::new(&self.doc.model, milestone),
                editor: LineEditor::new(&due),
                error: None,
            });
        }
    }

    /// Pasted text goes to whatever edits text.
    pub fn paste(&mut self, text: &str) {
        match self.dash.overlays.last_mut() {
            Some(Overlay::Popup(Modal::Form(form))) => {
                if let Some(crate::app::form::Field {
                    input: crate::app::form::Input::Text(editor),
                    ..
                }) = form.focused()
                {
                    editor.insert(&text.replace(['\n', '\r'], " "));
                }
                form.typed(&self.doc.model);
            }
            Some(Overlay::Popup(
                Modal::Notes { editor, .. }
                | Modal::Due { editor, .. }
                | Modal::SaveAs { editor }
                | Modal::When { editor, .. }
                | Modal::Picker {
                    note: Some(editor), ..
                },
            )) => editor.insert(text),
            Some(Overlay::Search(editor)) => {
                editor.insert(&text.replace(['\n', '\r'], " "));
                self.dash.search.query = editor.text().to_string();
                self.refresh_search();
            }
            _ => {}
        }
    }

    /// Applies an edit to the milestone `milestone` names, wherever it is now.
    pub(in crate::app) fn edit_ref(&mut self, milestone: &MilestoneRef, edit: Edit) {
        match milestone.find(&self.doc.model) {
            Some(index) => self.edit(index, edit),
            None => self.say(
                crate::tr!(
                    self.dash.langs.main,
                    "said-milestone-gone-unchanged",
                    id = milestone.id.as_str()
                ),
                true,
            ),
        }
    }

    /// A popup about a milestone that a reload or a merge removed closes, saying what was
    /// typed in it, so that nothing is applied to another milestone.
    pub(in crate::app) fn close_orphan_popup(&mut self) {
        let (milestone, typed) = match self.modal() {
            Some(Modal::Picker {
                milestone, note, ..
            }) => (
                milestone,
                note.as_ref().map(crate::app::editor::LineEditor::text),
            ),
            Some(
                Modal::Notes { milestone, editor }
                | Modal::Due {
                    milestone, editor, ..
                }
                | Modal::When {
                    milestone, editor, ..
                },
            ) => (milestone, Some(editor.text())),
            _ => return,
        };
        if milestone.find(&self.doc.model).is_some() {
            return;
        }
        let lang = self.dash.langs.main;
        let kept = typed
            .filter(|t| !t.is_empty())
            .map(|t| crate::tr!(lang, "said-what-you-typed", text = t))
            .unwrap_or_default();
        let text = crate::tr!(lang, "said-popup-closed", id = &milestone.id, kept = kept);
        self.dash
            .overlays
            .retain(|o| !matches!(o, Overlay::Popup(_)));
        self.say(text, true);
    }
}
