//! Everything a person can ask the dashboard to do. Keys are bound to these by name in
//! `assets/keymap.toml`, per section (see [`crate::app::keymap::Section`]); the mode on top decides
//! what an action means there.

use serde::Deserialize;

use crate::app::View;
use crate::model::Status;

/// One thing to do, from a key, a click or the wheel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Help,
    Quit,
    NextView,
    PreviousView,
    ShowOverview,
    ShowPillars,
    ShowMilestones,
    ShowTimeline,
    ShowTargets,
    ShowChanges,
    Up,
    Down,
    PageUp,
    PageDown,
    First,
    Last,
    Open,
    Back,
    Search,
    CycleSort,
    CycleStatusFilter,
    CyclePillarFilter,
    CycleAuthorFilter,
    ZoomIn,
    ZoomOut,
    ScrollLeft,
    ScrollRight,
    StatusPicker,
    EditNotes,
    EditDue,
    Undo,
    Redo,
    Save,
    Present,
    ShowProblems,
    SwitchPane,
    ToggleMark,
    OpenInEditor,
    AddItem,
    EditMilestone,
    RemoveMilestone,
    AddPillar,
    AddSource,
    // Popups, the help, the detail and the search box.
    Accept,
    Cancel,
    Close,
    // The status picker.
    MarkPlanned,
    MarkInProgress,
    MarkAtRisk,
    MarkBlocked,
    MarkDone,
    MarkCancelled,
    // The question before quitting, the file gone, the conflict.
    SaveAndQuit,
    DiscardAndQuit,
    WriteAgain,
    SaveAs,
    MergeMine,
    KeepTheirs,
    // Forms.
    NextField,
    PreviousField,
    // The question before removing a milestone.
    RemoveIt,
    CancelInstead,
    // Text fields.
    CursorLeft,
    CursorRight,
    WordLeft,
    WordRight,
    LineStart,
    LineEnd,
    DeleteBack,
    DeleteForward,
    DeleteWordBack,
    DeleteToStart,
    DeleteToEnd,
    PutBack,
    // The presentation.
    NextSlide,
    PreviousSlide,
    ToggleFooter,
    SwitchLanguage,
    JumpDigit,
    Leave,
    /// Go to one view (a click on its tab)
    #[serde(skip)]
    Go(View),
    /// Select a row of the current list (a click)
    #[serde(skip)]
    Select(usize),
    /// Scroll the current list by some rows (the wheel)
    #[serde(skip)]
    Scroll(isize),
}

impl Action {
    /// What the action does in `lang` (the catalogs' `action-NAME`), for the help screen and
    /// the popups' lists of choices.
    pub fn description_in(self, lang: crate::i18n::Lang) -> String {
        let id = format!(
            "action-{}",
            crate::app::keymap::action_name(self).replace('_', "-")
        );
        let said = crate::i18n::message(lang, &id, &[]);
        if said == id {
            self.description().to_string()
        } else {
            said
        }
    }

    /// What the action does, in English (the catalogs' reference, and the keymap's errors).
    pub fn description(self) -> &'static str {
        match self {
            Action::Help => "help for what is on screen",
            Action::Quit => "quit",
            Action::NextView => "next view",
            Action::PreviousView => "previous view",
            Action::ShowOverview => "overview",
            Action::ShowPillars => "pillars",
            Action::ShowMilestones => "milestones",
            Action::ShowTimeline => "timeline",
            Action::ShowTargets => "targets",
            Action::ShowChanges => "changes",
            Action::Up => "move up",
            Action::Down => "move down",
            Action::PageUp => "page up",
            Action::PageDown => "page down",
            Action::First => "first",
            Action::Last => "last",
            Action::Open => "open the selected item",
            Action::Back => "back / clear search and filters",
            Action::Search => "search ids and titles",
            Action::CycleSort => "sort by due date, status, pillar",
            Action::CycleStatusFilter => "filter by status",
            Action::CyclePillarFilter => "filter by pillar",
            Action::CycleAuthorFilter => "filter by author",
            Action::ZoomIn => "zoom in (years → quarters → months)",
            Action::ZoomOut => "zoom out",
            Action::ScrollLeft => "earlier in time",
            Action::ScrollRight => "later in time",
            Action::StatusPicker => "change the status of the selected milestone",
            Action::EditNotes => "edit the notes of the selected milestone",
            Action::EditDue => "edit the due date of the selected milestone",
            Action::Undo => "undo",
            Action::Redo => "redo",
            Action::Save => "save the file",
            Action::Present => "presentation mode (slides)",
            Action::OpenInEditor => "the file in your editor, at this milestone",
            Action::ToggleMark => "mark for one status change to several",
            Action::SwitchPane => "move between the list and the text beside it",
            Action::ShowProblems => "why the file on disk cannot be used",
            Action::AddItem => "add a milestone (in targets, an amount)",
            Action::EditMilestone => "edit the selected milestone, pillar or entry",
            Action::RemoveMilestone => "remove the selected milestone, pillar, entry",
            Action::AddPillar => "add a pillar",
            Action::AddSource => "add a source",
            Action::NextField => "next field",
            Action::PreviousField => "previous field",
            Action::RemoveIt => "remove it, with its history",
            Action::CancelInstead => "cancel it instead, keeping its record",
            Action::Accept => "keep",
            Action::Cancel => "cancel",
            Action::Close => "close",
            Action::MarkPlanned => "planned",
            Action::MarkInProgress => "in progress",
            Action::MarkAtRisk => "at risk",
            Action::MarkBlocked => "blocked",
            Action::MarkDone => "done",
            Action::MarkCancelled => "cancelled",
            Action::SaveAndQuit => "save and quit",
            Action::DiscardAndQuit => "discard them and quit",
            Action::WriteAgain => "write it again there, with your edits",
            Action::SaveAs => "save as another file",
            Action::MergeMine => "put my changes on top of theirs, and save",
            Action::KeepTheirs => {
                "keep the file's for these (my changes stay in their history), and save"
            }
            Action::CursorLeft => "cursor left",
            Action::CursorRight => "cursor right",
            Action::WordLeft => "a word left",
            Action::WordRight => "a word right",
            Action::LineStart => "start of the text",
            Action::LineEnd => "end of the text",
            Action::DeleteBack => "delete before the cursor",
            Action::DeleteForward => "delete under the cursor",
            Action::DeleteWordBack => "delete the word before",
            Action::DeleteToStart => "delete to the start",
            Action::DeleteToEnd => "delete to the end",
            Action::PutBack => "put back what was deleted last",
            Action::NextSlide => "next slide (after digits: go to that slide)",
            Action::PreviousSlide => "previous slide",
            Action::ToggleFooter => "show or hide the footer",
            Action::SwitchLanguage => "switch the language: English, 日本語, हिन्दी",
            Action::JumpDigit => "type a slide number (then the next-slide key)",
            Action::Leave => "leave the presentation",
            Action::Go(_) => "go to a view",
            Action::Select(_) => "select a row",
            Action::Scroll(_) => "scroll",
        }
    }

    /// The status a picker action chooses.
    pub fn status(self) -> Option<Status> {
        Some(match self {
            Action::MarkPlanned => Status::Planned,
            Action::MarkInProgress => Status::InProgress,
            Action::MarkAtRisk => Status::AtRisk,
            Action::MarkBlocked => Status::Blocked,
            Action::MarkDone => Status::Done,
            Action::MarkCancelled => Status::Cancelled,
            _ => return None,
        })
    }

    /// The picker action that chooses `status`.
    pub fn mark(status: Status) -> Action {
        match status {
            Status::Planned => Action::MarkPlanned,
            Status::InProgress => Action::MarkInProgress,
            Status::AtRisk => Action::MarkAtRisk,
            Status::Blocked => Action::MarkBlocked,
            Status::Done => Action::MarkDone,
            Status::Cancelled => Action::MarkCancelled,
        }
    }
}
