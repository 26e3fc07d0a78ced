//! The sections of the keymap: where each set of bindings applies (everywhere on the dashboard,
//! in one view, or in one mode over it), and the actions a key may be bound to in each.

use crate::app::{Action, View};

/// Which bindings apply: everywhere on the dashboard, in one view, or in one mode over it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Section {
    Global,
    In(View),
    /// The popup with one milestone's detail.
    Detail,
    /// The help screen.
    Help,
    /// Typing in the search box (falls back to [`Section::Text`]).
    Search,
    /// Every text field: notes, due date, the note of a status change, save as.
    Text,
    /// The status picker.
    Picker,
    /// The question before quitting with unsaved changes.
    ConfirmQuit,
    /// Saving, but the file is gone.
    FileMissing,
    /// The file changed on disk where this session changed it too.
    Conflict,
    /// The presentation.
    Presenting,
    /// A form (falls back to [`Section::Text`] in its text fields).
    Form,
    /// The question before removing a milestone.
    ConfirmRemove,
    /// The problems of a file that cannot be opened.
    Problems,
}

/// The actions of the dashboard's views.
pub(in crate::app) const DASHBOARD: &[Action] = &[
    Action::Help,
    Action::Quit,
    Action::NextView,
    Action::PreviousView,
    Action::ShowOverview,
    Action::ShowPillars,
    Action::ShowMilestones,
    Action::ShowTimeline,
    Action::ShowTargets,
    Action::ShowChanges,
    Action::Up,
    Action::Down,
    Action::PageUp,
    Action::PageDown,
    Action::First,
    Action::Last,
    Action::Open,
    Action::Back,
    Action::Search,
    Action::CycleSort,
    Action::CycleStatusFilter,
    Action::CyclePillarFilter,
    Action::CycleAuthorFilter,
    Action::ZoomIn,
    Action::ZoomOut,
    Action::ScrollLeft,
    Action::ScrollRight,
    Action::StatusPicker,
    Action::EditNotes,
    Action::EditDue,
    Action::Undo,
    Action::Redo,
    Action::Save,
    Action::Present,
    Action::SwitchLanguage,
    Action::ShowProblems,
    Action::SwitchPane,
    Action::ToggleMark,
    Action::OpenInEditor,
    Action::AddItem,
    Action::EditMilestone,
    Action::RemoveMilestone,
    Action::AddPillar,
    Action::AddSource,
];

/// What a key can do in a text that scrolls (the help, the problems of a file).
const SCROLL: &[Action] = &[
    Action::Up,
    Action::Down,
    Action::PageUp,
    Action::PageDown,
    Action::First,
    Action::Last,
];

/// What a key can do in a text field.
const TEXT: &[Action] = &[
    Action::Accept,
    Action::Cancel,
    Action::CursorLeft,
    Action::CursorRight,
    Action::WordLeft,
    Action::WordRight,
    Action::LineStart,
    Action::LineEnd,
    Action::DeleteBack,
    Action::DeleteForward,
    Action::DeleteWordBack,
    Action::DeleteToStart,
    Action::DeleteToEnd,
    Action::PutBack,
];

impl Section {
    /// Every section, as the keymap file names them in order.
    pub fn all() -> impl Iterator<Item = Section> {
        [Section::Global]
            .into_iter()
            .chain(View::ALL.map(Section::In))
            .chain([
                Section::Detail,
                Section::Help,
                Section::Search,
                Section::Text,
                Section::Picker,
                Section::ConfirmQuit,
                Section::FileMissing,
                Section::Conflict,
                Section::Presenting,
                Section::Problems,
                Section::Form,
                Section::ConfirmRemove,
            ])
    }

    /// The section's name in a keymap file.
    pub fn name(self) -> &'static str {
        match self {
            Section::Global => "global",
            Section::In(view) => view.name(),
            Section::Detail => "detail",
            Section::Help => "help",
            Section::Search => "search",
            Section::Text => "text",
            Section::Picker => "picker",
            Section::ConfirmQuit => "confirm_quit",
            Section::FileMissing => "file_missing",
            Section::Conflict => "conflict",
            Section::Presenting => "presenting",
            Section::Problems => "problems",
            Section::Form => "form",
            Section::ConfirmRemove => "confirm_remove",
        }
    }

    /// How the help screen heads the section, in `lang`.
    pub fn heading_in(self, lang: crate::i18n::Lang) -> String {
        match self {
            Section::In(view) => {
                crate::tr!(
                    lang,
                    "section-view",
                    view = view.title_in(lang).to_lowercase()
                )
            }
            other => crate::i18n::message(
                lang,
                &format!("section-{}", other.name().replace('_', "-")),
                &[],
            ),
        }
    }

    pub(in crate::app) fn parse(name: &str) -> Option<Self> {
        Section::all().find(|s| s.name() == name)
    }

    /// The actions a key can be bound to in this section.
    pub fn actions(self) -> Vec<Action> {
        let mut actions = match self {
            Section::Global | Section::In(_) => DASHBOARD.to_vec(),
            Section::Detail => [Action::Close].iter().chain(DASHBOARD).copied().collect(),
            Section::Help => [Action::Close].iter().chain(SCROLL).copied().collect(),
            Section::Search => [Action::Up, Action::Down]
                .iter()
                .chain(TEXT)
                .copied()
                .collect(),
            Section::Text => TEXT.to_vec(),
            Section::Picker => vec![
                Action::Up,
                Action::Down,
                Action::Accept,
                Action::Cancel,
                Action::MarkPlanned,
                Action::MarkInProgress,
                Action::MarkAtRisk,
                Action::MarkBlocked,
                Action::MarkDone,
                Action::MarkCancelled,
            ],
            Section::ConfirmQuit => vec![
                Action::SaveAndQuit,
                Action::SaveAs,
                Action::DiscardAndQuit,
                Action::Cancel,
            ],
            Section::FileMissing => vec![Action::WriteAgain, Action::SaveAs, Action::Cancel],
            Section::Conflict => vec![
                Action::MergeMine,
                Action::KeepTheirs,
                Action::Up,
                Action::Down,
                Action::Cancel,
            ],
            Section::Presenting => vec![
                Action::NextSlide,
                Action::PreviousSlide,
                Action::First,
                Action::Last,
                Action::JumpDigit,
                Action::ToggleFooter,
                Action::SwitchLanguage,
                Action::Help,
                Action::Leave,
            ],
            Section::Form => [Action::NextField, Action::PreviousField]
                .iter()
                .chain(TEXT)
                .copied()
                .collect(),
            Section::ConfirmRemove => vec![Action::RemoveIt, Action::CancelInstead, Action::Cancel],
            Section::Problems => [Action::Close, Action::Quit, Action::OpenInEditor]
                .iter()
                .chain(SCROLL)
                .copied()
                .collect(),
        };
        actions.sort();
        actions
    }
}
