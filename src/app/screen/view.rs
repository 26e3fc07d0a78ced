//! The six views, each view's own state (as ratatui's demo2 keeps one per tab), how the
//! milestones table is sorted and the timeline zoomed.

use chrono::NaiveDate;

use crate::app::{Cursor, Panes, TimelineRow};
use crate::model::Status;

/// The six views, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum View {
    Overview,
    Pillars,
    Milestones,
    Timeline,
    Targets,
    /// The model's changes from the file's git history.
    Changes,
}

impl View {
    /// Every view, in tab order.
    pub const ALL: [View; 6] = [
        View::Overview,
        View::Pillars,
        View::Milestones,
        View::Timeline,
        View::Targets,
        View::Changes,
    ];

    /// The name used on the command line and in the keymap.
    pub fn name(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Pillars => "pillars",
            View::Milestones => "milestones",
            View::Timeline => "timeline",
            View::Targets => "targets",
            View::Changes => "changes",
        }
    }

    /// The tab's title.
    pub fn title(self) -> &'static str {
        match self {
            View::Overview => "Overview",
            View::Pillars => "Pillars",
            View::Milestones => "Milestones",
            View::Timeline => "Timeline",
            View::Targets => "Targets",
            View::Changes => "Changes",
        }
    }

    /// The tab's title in `lang`.
    pub fn title_in(self, lang: crate::i18n::Lang) -> String {
        let id = match self {
            View::Overview => "view-overview",
            View::Pillars => "view-pillars",
            View::Milestones => "view-milestones",
            View::Timeline => "view-timeline",
            View::Targets => "view-targets",
            View::Changes => "view-changes",
        };
        crate::tr!(lang, id)
    }

    /// Parses a view's name.
    pub fn parse(name: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.name() == name)
    }

    pub(in crate::app) fn index(self) -> usize {
        View::ALL.iter().position(|v| *v == self).unwrap_or(0)
    }

    pub(in crate::app) fn step(self, by: isize) -> View {
        let n = View::ALL.len() as isize;
        View::ALL[(self.index() as isize + by).rem_euclid(n) as usize]
    }
}

/// How the milestones table is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Due,
    Status,
    Pillar,
}

impl SortKey {
    /// The words shown in the table's title, in `lang`.
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        let id = match self {
            SortKey::Due => "sort-due",
            SortKey::Status => "sort-status",
            SortKey::Pillar => "sort-pillar",
        };
        crate::tr!(lang, id)
    }

    /// The words shown in the table's title.
    pub fn label(self) -> &'static str {
        match self {
            SortKey::Due => "due date",
            SortKey::Status => "status",
            SortKey::Pillar => "pillar",
        }
    }
}

/// How much time the timeline shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zoom {
    Years,
    Quarters,
    Months,
}

impl Zoom {
    /// The words shown in the timeline's title, in `lang`.
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        let id = match self {
            Zoom::Years => "zoom-years",
            Zoom::Quarters => "zoom-quarters",
            Zoom::Months => "zoom-months",
        };
        crate::tr!(lang, id)
    }

    /// The words shown in the timeline's title.
    pub fn label(self) -> &'static str {
        match self {
            Zoom::Years => "years",
            Zoom::Quarters => "quarters",
            Zoom::Months => "months",
        }
    }
}

/// The pillars view's list (the overview's too): the pillars shown and the selection.
#[derive(Debug, Clone, Default)]
pub struct PillarsState {
    /// Indexes of the pillars shown (search applied).
    pub rows: Vec<usize>,
    pub cursor: Cursor,
    /// The list or the selected pillar's detail, and the detail's scroll.
    pub panes: Panes,
}

/// The milestones table: its rows, selection, order and filters.
#[derive(Debug, Clone)]
pub struct MilestonesState {
    /// Indexes of the milestones shown (search, filters and sort applied).
    pub rows: Vec<usize>,
    pub cursor: Cursor,
    pub sort: SortKey,
    pub status_filter: Option<Status>,
    pub pillar_filter: Option<usize>,
    /// The table before the search: sorted once per change.
    pub(in crate::app) order: Vec<usize>,
}

impl Default for MilestonesState {
    fn default() -> Self {
        MilestonesState {
            rows: Vec::new(),
            cursor: Cursor::default(),
            sort: SortKey::Due,
            status_filter: None,
            pillar_filter: None,
            order: Vec::new(),
        }
    }
}

/// The timeline: its rows, selection, zoom and the first day shown.
#[derive(Debug, Clone)]
pub struct TimelineState {
    pub rows: Vec<TimelineRow>,
    pub cursor: Cursor,
    pub zoom: Zoom,
    /// The first day the timeline shows.
    pub window_start: NaiveDate,
    /// The rows before the search: sorted once per change.
    pub(in crate::app) order: Vec<TimelineRow>,
    /// Whether `rows` waits for the timeline to be shown to be filtered again.
    pub(in crate::app) stale: bool,
}

impl TimelineState {
    /// The timeline in years, from `start`.
    pub fn new(start: NaiveDate) -> Self {
        TimelineState {
            rows: Vec::new(),
            cursor: Cursor::default(),
            zoom: Zoom::Years,
            window_start: start,
            order: Vec::new(),
            stale: false,
        }
    }
}

/// The targets view: which target is selected, the list or its entries in focus, and which
/// entry is selected (its row, the entries in date order; `E` and `D` act on it).
#[derive(Debug, Clone, Default)]
pub struct TargetsState {
    pub cursor: Cursor,
    pub panes: Panes,
    pub entry: usize,
}
