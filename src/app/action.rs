//! Everything a person can ask the dashboard to do. Keys are bound to these by name in
//! `assets/keymap.toml`; `update` applies them to the state.

use serde::Deserialize;

use super::View;

/// One thing to do, from a key, a click or the wheel.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Show or hide the help for the current view
    Help,
    /// Quit pactboard
    Quit,
    /// Next view
    NextView,
    /// Previous view
    PreviousView,
    /// Go to the overview
    ShowOverview,
    /// Go to the pillars
    ShowPillars,
    /// Go to the milestones table
    ShowMilestones,
    /// Go to the timeline
    ShowTimeline,
    /// Go to the targets
    ShowTargets,
    /// Move the selection up
    Up,
    /// Move the selection down
    Down,
    /// Move the selection up a page
    PageUp,
    /// Move the selection down a page
    PageDown,
    /// Select the first item
    First,
    /// Select the last item
    Last,
    /// Open the selected item
    Open,
    /// Close what is open, or clear the search
    Back,
    /// Search ids and titles
    Search,
    /// Sort the milestones by due date, status or pillar
    CycleSort,
    /// Show only milestones of one status, in turn
    CycleStatusFilter,
    /// Show only milestones of one pillar, in turn
    CyclePillarFilter,
    /// Zoom the timeline in (years, quarters, months)
    ZoomIn,
    /// Zoom the timeline out
    ZoomOut,
    /// Scroll back in time
    ScrollLeft,
    /// Scroll forward in time
    ScrollRight,
    /// Change the selected milestone's status
    StatusPicker,
    /// Edit the selected milestone's notes
    EditNotes,
    /// Edit the selected milestone's due date
    EditDue,
    /// Undo the last edit
    Undo,
    /// Redo the last edit undone
    Redo,
    /// Save the file
    Save,
    /// Present the model as slides
    Present,
    /// Go to one view (a click on its tab)
    #[serde(skip)]
    Go(View),
    /// Select a row of the current list (a click)
    #[serde(skip)]
    Select(usize),
    /// Scroll the current list by some rows (the wheel)
    #[serde(skip)]
    Scroll(isize),
    /// The terminal changed size (columns, rows)
    #[serde(skip)]
    Resize(u16, u16),
}

impl Action {
    /// What the action does, for the help screen.
    pub fn description(self) -> &'static str {
        match self {
            Action::Help => "help for this view",
            Action::Quit => "quit",
            Action::NextView => "next view",
            Action::PreviousView => "previous view",
            Action::ShowOverview => "overview",
            Action::ShowPillars => "pillars",
            Action::ShowMilestones => "milestones",
            Action::ShowTimeline => "timeline",
            Action::ShowTargets => "targets",
            Action::Up => "move up",
            Action::Down => "move down",
            Action::PageUp => "page up",
            Action::PageDown => "page down",
            Action::First => "first",
            Action::Last => "last",
            Action::Open => "open the selected item",
            Action::Back => "back / close / clear search",
            Action::Search => "search ids and titles",
            Action::CycleSort => "sort by due date, status, pillar",
            Action::CycleStatusFilter => "filter by status",
            Action::CyclePillarFilter => "filter by pillar",
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
            Action::Go(_) => "go to a view",
            Action::Select(_) => "select a row",
            Action::Scroll(_) => "scroll",
            Action::Resize(..) => "resize",
        }
    }
}
