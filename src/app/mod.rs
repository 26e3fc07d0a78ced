//! The dashboard's state: the model and its figures, the view, selections, search and filters.
//! Everything here is pure: events come in as [`Action`]s through [`App::update`], nothing is
//! drawn and nothing is read from disk.

pub mod document;
pub mod input;
pub mod screen;
pub use crate::model::shape;

use crate::i18n::Langs;
pub use document::{disk, editing};
use input::{action, key};
pub use input::{editor, keymap, update};
pub use screen::{changes, conflict_lines, deck, form, modal, mode, panes};
use screen::{cursor, rows, view};

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

/// The whole state of the dashboard: the file's ([`Document`]) and the screen's
/// ([`Dashboard`]), side by side; what the runner should do next.
#[derive(Debug, Clone)]
pub struct App {
    pub doc: Document,
    pub dash: Dashboard,
}

/// Everything about the file, in model terms: the model and what is derived from it, the edits
/// and their undo, what a save must write, the conflicts set aside, and the file's status. No
/// screen state and no IO.
#[derive(Debug, Clone)]
pub struct Document {
    pub model: Model,
    pub figures: Figures,
    pub origin: Origin,
    pub edits: Edits,
    /// Conflicting edits set aside with `Esc` in the conflict question: asked again on save.
    pub unresolved: Vec<Conflict>,
    /// A warning about the file on disk (changed, invalid), shown until it is resolved.
    pub banner: Option<String>,
    /// The banner tells of a change on disk taken in while edits were unsaved (until the save).
    pub absorbed: bool,
    /// Save after every change.
    pub autosave: bool,
    /// Why this file cannot be saved where it is (this user may not write it, or it is marked
    /// read-only), known from the start; the header says so and quitting offers save-as.
    pub not_writable: Option<String>,
    /// The problems of the file on disk, while it cannot be used.
    pub problems: Option<Problems>,
    /// No model yet: the file could not be opened (see `waiting_for_file`).
    waiting: bool,
    /// Milestone indexes of each pillar, in file order.
    pub by_pillar: Vec<Vec<usize>>,
    search_index: rows::SearchIndex,
    /// The first and last day of the data.
    span: (NaiveDate, NaiveDate),
    /// The time a status change records: set by the runner before each event.
    pub now: DateTime<FixedOffset>,
}

/// Everything about the screen: the view and each view's own state, what is open over it, the
/// search, the marks, what the screen holds, the message and the keys.
#[derive(Debug, Clone)]
pub struct Dashboard {
    pub keymap: Keymap,
    /// The languages shown: the views use the main one; slides carry the second beneath their
    /// titles and labels (`--lang en+ja`).
    pub langs: Langs,
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
    /// What the screen holds, for page sizes and scrolling.
    pub viewport: Viewport,
    closing: Closing,
    pub message: Option<Message>,
    /// What the runner should do next.
    pub effect: Option<Effect>,
}

impl App {
    /// The dashboard on `model` at `today`.
    pub fn new(model: Model, today: NaiveDate, origin: Origin, keymap: Keymap) -> Self {
        let figures = Figures::compute(&model, today);
        let edits = Edits::of(&model);
        let doc = Document {
            model,
            figures,
            origin,
            edits,
            unresolved: Vec::new(),
            banner: None,
            absorbed: false,
            autosave: false,
            not_writable: None,
            problems: None,
            waiting: false,
            by_pillar: Vec::new(),
            search_index: rows::SearchIndex::default(),
            span: (today, today),
            now: today
                .and_hms_opt(12, 0, 0)
                .unwrap_or_default()
                .and_utc()
                .fixed_offset(),
        };
        let dash = Dashboard {
            keymap,
            langs: Langs::default(),
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
            viewport: Viewport::default(),
            closing: Closing::No,
            message: None,
            effect: None,
        };
        let mut app = App { doc, dash };
        app.after_new_model();
        app.dash.timeline.window_start = app.doc.span.0;
        app
    }

    /// The dashboard waiting for a file that cannot be opened yet: nothing to show but its
    /// `problems`, until the runner loads the fixed file (`reload`).
    pub fn waiting(problems: Problems, today: NaiveDate, origin: Origin, keymap: Keymap) -> Self {
        let mut app = App::new(Model::empty(), today, origin, keymap);
        app.doc.waiting = true;
        app.file_broken(problems);
        app
    }

    /// Today, as the figures were computed.
    /// When and in what language a form opens now.
    pub fn form_at(&self) -> crate::app::form::At {
        crate::app::form::At {
            today: self.today(),
            lang: self.dash.langs.main,
        }
    }

    pub fn today(&self) -> NaiveDate {
        self.doc.figures.today
    }

    /// The milestone under the selection in the current view, if any.
    pub fn selected_milestone(&self) -> Option<usize> {
        match self.dash.view {
            View::Milestones => self
                .dash
                .milestones
                .rows
                .get(self.dash.milestones.cursor.selected)
                .copied(),
            View::Timeline => match self
                .dash
                .timeline
                .rows
                .get(self.dash.timeline.cursor.selected)
            {
                Some(TimelineRow::Milestone(i)) => Some(*i),
                _ => None,
            },
            _ => None,
        }
    }

    /// The pillar under the selection of the pillars view (or the overview's list).
    pub fn selected_pillar(&self) -> Option<usize> {
        self.dash
            .pillars
            .rows
            .get(self.dash.pillars.cursor.selected)
            .copied()
    }

    /// Rows in a page of the current list.
    pub fn page(&self) -> usize {
        self.dash.viewport.list_rows.max(1)
    }

    /// The first and last day of the data, computed when the model changes.
    pub fn time_span(&self) -> (NaiveDate, NaiveDate) {
        self.doc.span
    }

    /// The first and last day of the data: target periods, due and done dates, signatures, today.
    fn compute_span(&self) -> (NaiveDate, NaiveDate) {
        let today = self.today();
        let dates = self
            .doc
            .model
            .milestones
            .iter()
            .flat_map(|m| [m.due, m.done_on])
            .chain(
                self.doc
                    .model
                    .targets
                    .iter()
                    .flat_map(|t| [Some(t.start), Some(t.end)]),
            )
            .chain(self.doc.model.agreements.iter().map(|a| a.signed))
            .flatten()
            .chain([today]);
        let (mut first, mut last) = (today, today);
        for d in dates {
            first = first.min(d);
            last = last.max(d);
        }
        (first, last.max(first + chrono::Duration::days(30)))
    }

    /// Starts the presentation of the model's deck (or the default); `since` adds the slides
    /// of changes since that date or version.
    pub fn start_presentation(&mut self, since: Option<Since>, from_dashboard: bool) {
        self.start_deck(since, None, from_dashboard);
    }

    /// The deck of `parts` (`None`: the model's own, or the default), its list slides cut to
    /// the room the screen gives a slide shown as `role` (the speaker view's is smaller).
    pub fn deck_of(
        &self,
        since: Option<&Since>,
        parts: Option<&[deck::Part]>,
        role: deck::Role,
    ) -> (deck::Deck, Option<std::sync::Arc<crate::model::Model>>) {
        let lang = self.dash.langs.main;
        // The names as the deck's language says them, when the file translates any.
        let shown = (lang != crate::i18n::Lang::En && !self.doc.model.translations.is_empty())
            .then(|| std::sync::Arc::new(self.doc.model.in_lang(lang)));
        let model = shown.as_deref().unwrap_or(&self.doc.model);
        let room = if role == deck::Role::Speaker {
            self.dash.viewport.speaker_slide
        } else {
            self.dash.viewport.slide
        };
        let deck = deck::build(
            self.dash.langs,
            model,
            &self.doc.figures,
            since,
            parts,
            deck::Room {
                width: usize::from(room.width),
                rows: room.rows,
            },
        );
        (deck, shown)
    }

    /// Starts the presentation of `parts` (see [`App::deck_of`]).
    pub fn start_deck(
        &mut self,
        since: Option<Since>,
        parts: Option<Vec<deck::Part>>,
        from_dashboard: bool,
    ) {
        self.start_deck_as(since, parts, from_dashboard, deck::Role::Presenter);
    }

    /// Starts the presentation of `parts` as `role` (the speaker view's slide is smaller, so
    /// its list slides are cut to the speaker view's room).
    pub fn start_deck_as(
        &mut self,
        since: Option<Since>,
        parts: Option<Vec<deck::Part>>,
        from_dashboard: bool,
        role: deck::Role,
    ) {
        // One presentation at a time: a new one takes the place of any before it.
        self.dash
            .overlays
            .retain(|o| !matches!(o, Overlay::Presenting(_)));
        let (deck, shown) = self.deck_of(since.as_ref(), parts.as_deref(), role);
        let mut presenter = deck::Presenter::new(deck, parts, self.doc.now, since, from_dashboard);
        presenter.role = role;
        presenter.shown = shown;
        // Under the problems of a file being waited for, which stay on top until it is fixed.
        let at = self
            .dash
            .overlays
            .iter()
            .position(|o| matches!(o, Overlay::Problems { .. }))
            .unwrap_or(self.dash.overlays.len());
        self.dash
            .overlays
            .insert(at, Overlay::Presenting(presenter));
    }

    /// The presentation shows `parts` from now on (a follower taking its presenter's deck).
    pub fn choose_slides(&mut self, parts: Vec<deck::Part>) {
        if let Some(p) = self.presenter_mut()
            && p.parts.as_ref() != Some(&parts)
        {
            p.parts = Some(parts);
            self.rebuild_deck();
        }
    }

    /// A follower's step: goes where the presenter is (when `at` says), and says whom it
    /// follows in its footer.
    pub fn follow_presenter(&mut self, at: Option<&deck::Position>, note: String) {
        let model = &self.doc.model;
        if let Some(p) = self.dash.overlays.iter_mut().find_map(|o| match o {
            Overlay::Presenting(p) => Some(p),
            _ => None,
        }) {
            if let Some(at) = at {
                p.follow(model, at);
            }
            p.following = Some(note);
        }
    }

    /// Builds the deck again after the model changed, staying on the same slide.
    /// The next language as the main one, live: the deck is built again in it (a second
    /// language the room asked for stays, and trades places when the main one reaches it).
    pub fn switch_language(&mut self) {
        let langs = &mut self.dash.langs;
        let next = langs.main.next();
        if langs.second == Some(next) {
            langs.second = Some(langs.main);
        }
        langs.main = next;
        self.rebuild_deck();
        let key = self
            .dash
            .keymap
            .label(&[keymap::Section::Global], Action::SwitchLanguage)
            .unwrap_or_default();
        self.say(
            crate::tr!(next, "language-now", name = next.own_name(), key = key),
            false,
        );
    }

    pub(crate) fn rebuild_deck(&mut self) {
        let Some(deck) = self
            .presenter()
            .map(|p| self.deck_of(p.since.as_ref(), p.parts.as_deref(), p.role))
        else {
            return;
        };
        if let Some(p) = self.presenter_mut() {
            p.rebuild(deck.0);
            p.shown = deck.1;
        }
    }

    /// Rebuilds the lists shown after the model, filters or sort changed, keeping the selected
    /// items selected where they are still shown.
    pub fn refresh(&mut self) {
        self.dash.milestones.order = rows::milestone_order(self);
        self.dash.timeline.order = rows::timeline_order(self);
        self.refresh_search();
    }

    /// Applies the search to the lists, without sorting again.
    pub fn refresh_search(&mut self) {
        let page = self.page();
        let keep_pillar = self.selected_pillar();
        let keep_milestone = self
            .dash
            .milestones
            .rows
            .get(self.dash.milestones.cursor.selected)
            .copied();
        let keep_row = self
            .dash
            .timeline
            .rows
            .get(self.dash.timeline.cursor.selected)
            .copied();
        self.dash.pillars.rows = rows::pillar_rows(&self.doc.model, &self.dash.search.query);
        let hits = self.doc.search_index.matching(&self.dash.search.query);
        self.dash.milestones.rows =
            rows::search_milestones(&self.dash.milestones.order, hits.as_deref());
        // The timeline's rows are filtered when it is on screen: a keystroke pays for one list.
        self.dash.timeline.stale = self.dash.view != View::Timeline;
        if !self.dash.timeline.stale {
            self.dash.timeline.rows =
                rows::search_timeline(&self.dash.timeline.order, hits.as_deref());
        }
        let find = |rows: &[usize], keep: Option<usize>| {
            keep.and_then(|k| rows.iter().position(|&r| r == k))
        };
        let p =
            find(&self.dash.pillars.rows, keep_pillar).unwrap_or(self.dash.pillars.cursor.selected);
        self.dash
            .pillars
            .cursor
            .set(p, self.dash.pillars.rows.len(), page);
        let m = find(&self.dash.milestones.rows, keep_milestone)
            .unwrap_or(self.dash.milestones.cursor.selected);
        self.dash
            .milestones
            .cursor
            .set(m, self.dash.milestones.rows.len(), page);
        if !self.dash.timeline.stale {
            let t = keep_row
                .and_then(|k| self.dash.timeline.rows.iter().position(|r| *r == k))
                .unwrap_or(self.dash.timeline.cursor.selected);
            self.dash
                .timeline
                .cursor
                .set(t, self.dash.timeline.rows.len(), page);
        }
        let targets = self.doc.model.targets.len();
        self.dash
            .targets
            .cursor
            .set(self.dash.targets.cursor.selected, targets, targets.max(1));
    }
}
