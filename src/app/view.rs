//! The five views, and how the milestones table is sorted and the timeline zoomed.

/// The five views, in tab order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum View {
    Overview,
    Pillars,
    Milestones,
    Timeline,
    Targets,
}

impl View {
    /// Every view, in tab order.
    pub const ALL: [View; 5] = [
        View::Overview,
        View::Pillars,
        View::Milestones,
        View::Timeline,
        View::Targets,
    ];

    /// The name used on the command line and in the keymap.
    pub fn name(self) -> &'static str {
        match self {
            View::Overview => "overview",
            View::Pillars => "pillars",
            View::Milestones => "milestones",
            View::Timeline => "timeline",
            View::Targets => "targets",
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
        }
    }

    /// Parses a view's name.
    pub fn parse(name: &str) -> Option<View> {
        View::ALL.into_iter().find(|v| v.name() == name)
    }

    pub(super) fn index(self) -> usize {
        View::ALL.iter().position(|v| *v == self).unwrap_or(0)
    }

    pub(super) fn step(self, by: isize) -> View {
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
    /// The words shown in the timeline's title.
    pub fn label(self) -> &'static str {
        match self {
            Zoom::Years => "years",
            Zoom::Quarters => "quarters",
            Zoom::Months => "months",
        }
    }
}
