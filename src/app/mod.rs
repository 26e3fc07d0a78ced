//! The dashboard's state: the model and its figures, the view, selections, search and filters.
//! Everything here is pure: events come in as [`Action`]s through [`App::update`], nothing is
//! drawn and nothing is read from disk.

mod action;
mod authoring;
pub mod changes;
pub mod conflict_lines;
mod cursor;
pub mod deck;
pub mod disk;
pub mod editing;
pub mod editor;
pub mod form;
mod form_keys;
mod key;
pub mod keymap;
pub mod modal;
pub mod mode;
pub mod panes;
mod popup_keys;
mod rows;
pub use crate::model::shape;
pub mod update;
mod view;

use chrono::{DateTime, FixedOffset, NaiveDate};

pub use action::Action;
pub use cursor::{Cursor, Viewport};
pub use disk::Conflict;
pub use editing::{Edits, Effect, Message};
pub use editor::LineEditor;
pub use keymap::{Key, Keymap};
pub use modal::{MilestoneRef, Modal};
pub use mode::{Closing, Overlay, Problems};
pub use panes::{Pane, PaneSize, Panes};
pub use rows::TimelineRow;
pub use view::{MilestonesState, PillarsState, SortKey, TargetsState, TimelineState, View, Zoom};

use crate::model::{Figures, Model, Since};

/// The search: what filters the lists (typed in [`Overlay::Search`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    pub query: String,
}

/// Where the model came from, for the header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub name: String,
    pub read_only: bool,
}

/// The whole state of the dashboard.
#[derive(Debug, Clone)]
pub struct App {
    pub model: Model,
    pub figures: Figures,
    pub origin: Origin,
    pub keymap: Keymap,
    pub view: View,
    /// What is open over the dashboard, bottom to top (see `mode.rs`).
    overlays: Vec<Overlay>,
    pub search: Search,
    /// Each view's own state (the overview shares the pillars' list).
    /// The overview's focus and the scroll of its agreements.
    pub overview: Panes,
    pub pillars: PillarsState,
    pub milestones: MilestonesState,
    pub timeline: TimelineState,
    pub targets: TargetsState,
    pub changes: changes::ChangesState,
    /// The ids of the milestones marked for a change to several at once.
    pub marked: std::collections::BTreeSet<String>,
    /// Milestone indexes of each pillar, in file order.
    pub by_pillar: Vec<Vec<usize>>,
    search_index: rows::SearchIndex,
    /// The first and last day of the data.
    span: (NaiveDate, NaiveDate),
    /// What the screen holds, for page sizes and scrolling.
    pub viewport: Viewport,
    closing: Closing,
    pub edits: Edits,
    /// Conflicting edits set aside with `Esc` in the conflict question: asked again on save.
    pub unresolved: Vec<Conflict>,
    pub message: Option<Message>,
    /// A warning about the file on disk (changed, invalid), shown until it is resolved.
    pub banner: Option<String>,
    /// The banner tells of a change on disk taken in while edits were unsaved (until the save).
    pub absorbed: bool,
    /// Save after every change.
    pub autosave: bool,
    /// Why this file cannot be saved where it is (this user may not write it, or it is marked
    /// read-only), known from the start; the header says so and quitting offers save-as.
    pub not_writable: Option<String>,
    /// What the runner should do next.
    pub effect: Option<Effect>,
    /// The problems of the file on disk, while it cannot be used.
    pub problems: Option<Problems>,
    /// No model yet: the file could not be opened (see `waiting_for_file`).
    waiting: bool,
    /// The time a status change records: set by the runner before each event.
    pub now: DateTime<FixedOffset>,
}

impl App {
    /// The dashboard on `model` at `today`.
    pub fn new(model: Model, today: NaiveDate, origin: Origin, keymap: Keymap) -> Self {
        let figures = Figures::compute(&model, today);
        let edits = Edits::of(&model);
        let mut app = App {
            model,
            figures,
            origin,
            keymap,
            view: View::Overview,
            overlays: Vec::new(),
            search: Search::default(),
            overview: Panes::default(),
            pillars: PillarsState::default(),
            milestones: MilestonesState::default(),
            timeline: TimelineState::new(today),
            targets: TargetsState::default(),
            changes: changes::ChangesState::default(),
            marked: std::collections::BTreeSet::new(),
            by_pillar: Vec::new(),
            search_index: rows::SearchIndex::default(),
            span: (today, today),
            viewport: Viewport::default(),
            closing: Closing::No,
            edits,
            unresolved: Vec::new(),
            message: None,
            banner: None,
            absorbed: false,
            autosave: false,
            not_writable: None,
            effect: None,
            problems: None,
            waiting: false,
            now: today
                .and_hms_opt(12, 0, 0)
                .unwrap_or_default()
                .and_utc()
                .fixed_offset(),
        };
        app.after_new_model();
        app.timeline.window_start = app.span.0;
        app
    }

    /// The dashboard waiting for a file that cannot be opened yet: nothing to show but its
    /// `problems`, until the runner loads the fixed file (`reload`).
    pub fn waiting(problems: Problems, today: NaiveDate, origin: Origin, keymap: Keymap) -> Self {
        let mut app = App::new(Model::empty(), today, origin, keymap);
        app.waiting = true;
        app.file_broken(problems);
        app
    }

    /// Today, as the figures were computed.
    pub fn today(&self) -> NaiveDate {
        self.figures.today
    }

    /// The milestone under the selection in the current view, if any.
    pub fn selected_milestone(&self) -> Option<usize> {
        match self.view {
            View::Milestones => self
                .milestones
                .rows
                .get(self.milestones.cursor.selected)
                .copied(),
            View::Timeline => match self.timeline.rows.get(self.timeline.cursor.selected) {
                Some(TimelineRow::Milestone(i)) => Some(*i),
                _ => None,
            },
            _ => None,
        }
    }

    /// The pillar under the selection of the pillars view (or the overview's list).
    pub fn selected_pillar(&self) -> Option<usize> {
        self.pillars.rows.get(self.pillars.cursor.selected).copied()
    }

    /// Rows in a page of the current list.
    pub fn page(&self) -> usize {
        self.viewport.list_rows.max(1)
    }

    /// The first and last day of the data, computed when the model changes.
    pub fn time_span(&self) -> (NaiveDate, NaiveDate) {
        self.span
    }

    /// The first and last day of the data: target periods, due and done dates, signatures, today.
    fn compute_span(&self) -> (NaiveDate, NaiveDate) {
        let today = self.today();
        let dates = self
            .model
            .milestones
            .iter()
            .flat_map(|m| [m.due, m.done_on])
            .chain(
                self.model
                    .targets
                    .iter()
                    .flat_map(|t| [Some(t.start), Some(t.end)]),
            )
            .chain(self.model.agreements.iter().map(|a| a.signed))
            .flatten()
            .chain([today]);
        let (mut first, mut last) = (today, today);
        for d in dates {
            first = first.min(d);
            last = last.max(d);
        }
        (first, last.max(first + chrono::Duration::days(30)))
    }

    /// Starts the presentation; `since` adds the slide of changes since that date.
    pub fn start_presentation(&mut self, since: Option<Since>, from_dashboard: bool) {
        let slides = deck::build(&self.model, &self.figures, since.as_ref());
        let presenter = deck::Presenter::new(slides, self.now, since, from_dashboard);
        // Under the problems of a file being waited for, which stay on top until it is fixed.
        let at = self
            .overlays
            .iter()
            .position(|o| matches!(o, Overlay::Problems { .. }))
            .unwrap_or(self.overlays.len());
        self.overlays.insert(at, Overlay::Presenting(presenter));
    }

    /// Builds the deck again after the model changed, staying on the same slide.
    pub(crate) fn rebuild_deck(&mut self) {
        let (model, figures) = (&self.model, &self.figures);
        if let Some(p) = self.overlays.iter_mut().find_map(|o| match o {
            Overlay::Presenting(p) => Some(p),
            _ => None,
        }) {
            p.rebuild(deck::build(model, figures, p.since.as_ref()));
        }
    }

    /// Rebuilds the lists shown after the model, filters or sort changed, keeping the selected
    /// items selected where they are still shown.
    pub fn refresh(&mut self) {
        self.milestones.order = rows::milestone_order(self);
        self.timeline.order = rows::timeline_order(self);
        self.refresh_search();
    }

    /// Applies the search to the lists, without sorting again.
    pub fn refresh_search(&mut self) {
        let page = self.page();
        let keep_pillar = self.selected_pillar();
        let keep_milestone = self
            .milestones
            .rows
            .get(self.milestones.cursor.selected)
            .copied();
        let keep_row = self
            .timeline
            .rows
            .get(self.timeline.cursor.selected)
            .copied();
        self.pillars.rows = rows::pillar_rows(&self.model, &self.search.query);
        let hits = self.search_index.matching(&self.search.query);
        self.milestones.rows = rows::search_milestones(&self.milestones.order, hits.as_deref());
        // The timeline's rows are filtered when it is on screen: a keystroke pays for one list.
        self.timeline.stale = self.view != View::Timeline;
        if !self.timeline.stale {
            self.timeline.rows = rows::search_timeline(&self.timeline.order, hits.as_deref());
        }
        let find = |rows: &[usize], keep: Option<usize>| {
            keep.and_then(|k| rows.iter().position(|&r| r == k))
        };
        let p = find(&self.pillars.rows, keep_pillar).unwrap_or(self.pillars.cursor.selected);
        self.pillars.cursor.set(p, self.pillars.rows.len(), page);
        let m =
            find(&self.milestones.rows, keep_milestone).unwrap_or(self.milestones.cursor.selected);
        self.milestones
            .cursor
            .set(m, self.milestones.rows.len(), page);
        if !self.timeline.stale {
            let t = keep_row
                .and_then(|k| self.timeline.rows.iter().position(|r| *r == k))
                .unwrap_or(self.timeline.cursor.selected);
            self.timeline.cursor.set(t, self.timeline.rows.len(), page);
        }
        let targets = self.model.targets.len();
        self.targets
            .cursor
            .set(self.targets.cursor.selected, targets, targets.max(1));
    }
}
