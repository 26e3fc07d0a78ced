//! The state transitions: one key or action in, the new state out. No IO.

use crate::app::editor::{EditorKey, LineEditor};
use crate::app::panes::{UNKNOWN_END, scroll_text};
use crate::app::{Action, App, Key, Overlay, SortKey, TimelineRow, View, Viewport, Zoom};
use crate::model::Status;
use chrono::{Datelike, Duration, NaiveDate};

impl App {
    /// Handles one key: the keymap sections of what is on top turn it into an action, and what
    /// is on top applies it (a text field also takes the characters no binding takes).
    pub fn handle_key(&mut self, key: Key) {
        self.dash.message = None;
        let action = self.dash.keymap.lookup(&self.sections(), key);
        self.dispatch(action, Some(key));
    }

    /// Applies one action to what is on top, as if its key had been pressed.
    pub fn update(&mut self, action: Action) {
        self.dispatch(Some(action), None);
    }

    /// The one place that decides who gets an action: the overlay on top, else the dashboard.
    fn dispatch(&mut self, action: Option<Action>, key: Option<Key>) {
        match self.overlay() {
            None => {
                if let Some(action) = action {
                    self.dashboard(action);
                }
            }
            Some(Overlay::Search(_)) => self.search_key(action, key),
            Some(Overlay::Detail { .. }) => {
                if let Some(action) = action {
                    self.detail_action(action);
                }
            }
            Some(Overlay::Help { .. }) => {
                if let Some(action) = action {
                    self.help_action(action);
                }
            }
            Some(Overlay::Popup(_)) => self.modal_key(action, key),
            Some(Overlay::Presenting(_)) => {
                if let Some(action) = action {
                    self.presenting_action(action, key);
                }
            }
            Some(Overlay::Problems { .. }) => {
                if let Some(action) = action {
                    self.problems_action(action);
                }
            }
        }
    }

    fn problems_action(&mut self, action: Action) {
        let waiting = self.waiting_for_file();
        let page = self.dash.viewport.help_rows.max(1);
        let Some(Overlay::Problems { scroll }) = self.dash.overlays.last_mut() else {
            return;
        };
        match action {
            // Without a last good version there is nothing to go back to.
            Action::Close | Action::Back if !waiting => self.close_top(),
            Action::Quit => self.request_quit(),
            Action::OpenInEditor => self.dash.effect = Some(crate::app::Effect::OpenEditor(None)),
            _ => scroll_text(scroll, action, page, UNKNOWN_END),
        }
    }

    fn search_key(&mut self, action: Option<Action>, key: Option<Key>) {
        let Some(Overlay::Search(editor)) = self.dash.overlays.last_mut() else {
            return;
        };
        match action {
            Some(Action::Up | Action::Down | Action::Scroll(_) | Action::Select(_)) => {
                if let Some(action) = action {
                    self.move_selection(action);
                }
                return;
            }
            Some(Action::Go(view)) => {
                self.close_top();
                self.go(view);
                return;
            }
            _ => {}
        }
        match editor.act(action, key) {
            EditorKey::Accept => self.close_top(),
            EditorKey::Cancel => {
                self.close_top();
                self.dash.search.query.clear();
            }
            EditorKey::Edited => {
                if editor.text() == self.dash.search.query {
                    return;
                }
                self.dash.search.query = editor.text().to_string();
            }
        }
        self.refresh_search();
    }

    fn detail_action(&mut self, action: Action) {
        let page = self.dash.viewport.help_rows.max(1);
        match action {
            Action::Close | Action::Back | Action::Open => self.close_top(),
            Action::Up | Action::Down => {
                self.move_selection(action);
                if let Some(Overlay::Detail { scroll }) = self.dash.overlays.last_mut() {
                    *scroll = 0;
                }
            }
            // The detail of a milestone with a long history scrolls (it is clamped when drawn).
            Action::PageUp
            | Action::PageDown
            | Action::Scroll(_)
            | Action::First
            | Action::Last => {
                if let Some(Overlay::Detail { scroll }) = self.dash.overlays.last_mut() {
                    scroll_text(scroll, action, page, UNKNOWN_END);
                }
            }
            Action::Quit
            | Action::Help
            | Action::StatusPicker
            | Action::EditNotes
            | Action::EditDue
            | Action::Undo
            | Action::Redo
            | Action::Save
            | Action::Present => self.dashboard(action),
            _ => {
                self.close_top();
                self.dashboard(action);
            }
        }
    }

    fn help_action(&mut self, action: Action) {
        let Some(Overlay::Help { scroll }) = self.dash.overlays.last_mut() else {
            return;
        };
        let page = self.dash.viewport.help_rows.max(1);
        match action {
            Action::Close | Action::Help | Action::Back => self.close_top(),
            _ => scroll_text(scroll, action, page, UNKNOWN_END),
        }
    }

    fn presenting_action(&mut self, action: Action, key: Option<Key>) {
        let Some(Overlay::Presenting(presenter)) = self.dash.overlays.last_mut() else {
            return;
        };
        match action {
            Action::Help => self.push_overlay(Overlay::Help { scroll: 0 }),
            Action::SwitchLanguage => self.switch_language(),
            Action::Leave => {
                if presenter.from_dashboard {
                    self.close_top();
                } else {
                    self.request_quit();
                }
            }
            Action::Scroll(rows) => {
                let step = if rows < 0 {
                    Action::PreviousSlide
                } else {
                    Action::NextSlide
                };
                presenter.act(step, None);
            }
            _ => presenter.act(action, key),
        }
    }

    /// Applies one action on the dashboard, with nothing open over it.
    fn dashboard(&mut self, action: Action) {
        match action {
            Action::Help => self.push_overlay(Overlay::Help { scroll: 0 }),
            Action::Quit => self.request_quit(),
            Action::StatusPicker => self.open_picker(),
            Action::EditNotes => self.open_notes(),
            Action::EditDue => self.open_due(),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Save => self.request_save(),
            Action::Present => self.start_presentation(None, true),
            Action::SwitchLanguage => self.switch_language(),
            Action::SwitchPane => self.switch_pane(),
            Action::ToggleMark => self.toggle_mark(),
            Action::AddItem => self.open_add(),
            Action::EditMilestone => self.open_edit_form(),
            Action::RemoveMilestone => self.ask_remove(),
            Action::AddPillar => self.open_add_other(true),
            Action::AddSource => self.open_add_other(false),
            Action::OpenInEditor if !self.refuse_read_only() => {
                self.dash.effect = Some(crate::app::Effect::OpenEditor(self.selected_milestone()));
            }
            Action::ShowProblems => {
                if self.doc.problems.is_some() {
                    self.push_overlay(Overlay::Problems { scroll: 0 });
                } else {
                    self.say(crate::tr!(self.dash.langs.main, "said-no-problems"), false);
                }
            }
            Action::NextView => self.go(self.dash.view.step(1)),
            Action::PreviousView => self.go(self.dash.view.step(-1)),
            Action::ShowOverview => self.go(View::Overview),
            Action::ShowPillars => self.go(View::Pillars),
            Action::ShowMilestones => self.go(View::Milestones),
            Action::ShowTimeline => self.go(View::Timeline),
            Action::ShowTargets => self.go(View::Targets),
            Action::ShowChanges => self.go(View::Changes),
            Action::Go(view) => self.go(view),
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::First
            | Action::Last
            | Action::Select(_)
            | Action::Scroll(_) => self.move_selection(action),
            Action::Open => self.open(),
            Action::Back => self.back(),
            Action::Search => {
                self.push_overlay(Overlay::Search(LineEditor::new(&self.dash.search.query)));
            }
            Action::CycleSort => {
                self.dash.milestones.sort = match self.dash.milestones.sort {
                    SortKey::Due => SortKey::Status,
                    SortKey::Status => SortKey::Pillar,
                    SortKey::Pillar => SortKey::Due,
                };
                self.refresh();
            }
            Action::CycleStatusFilter => {
                self.dash.milestones.status_filter = match self.dash.milestones.status_filter {
                    None => Some(Status::ALL[0]),
                    Some(s) => Status::ALL.iter().skip_while(|x| **x != s).nth(1).copied(),
                };
                self.refresh();
            }
            Action::CyclePillarFilter if self.dash.view == View::Changes => {
                self.cycle_changes_pillar();
            }
            Action::CycleAuthorFilter => self.cycle_changes_author(),
            Action::CyclePillarFilter => {
                let next = self.dash.milestones.pillar_filter.map_or(0, |p| p + 1);
                self.dash.milestones.pillar_filter =
                    (next < self.doc.model.pillars.len()).then_some(next);
                self.refresh();
            }
            Action::ZoomIn | Action::ZoomOut => self.zoom(action == Action::ZoomIn),
            Action::ScrollLeft | Action::ScrollRight => {
                let step = self.days_per_column() * i64::from(self.timeline_columns() / 4).max(1);
                let step = if action == Action::ScrollLeft {
                    -step
                } else {
                    step
                };
                self.dash.timeline.window_start += Duration::days(step);
            }
            // The actions of the modes over the dashboard mean nothing on it.
            _ => {}
        }
    }

    /// The screen changed size: `viewport` is what it now holds (see `ui::viewport`).
    pub fn resize(&mut self, viewport: Viewport) {
        let rooms = (self.dash.viewport.slide, self.dash.viewport.speaker_slide);
        self.dash.viewport = viewport;
        self.refresh();
        if (viewport.slide, viewport.speaker_slide) != rooms {
            self.rebuild_deck();
        }
    }

    fn go(&mut self, view: View) {
        self.dash.view = view;
        if view == View::Timeline && self.dash.timeline.stale {
            self.refresh_search();
        }
    }

    fn move_selection(&mut self, action: Action) {
        if let Action::Select(_) = action
            && self.text_focused()
        {
            // A click on the list gives it the keys.
            self.switch_pane();
        }
        if self.text_focused() && self.dash.view == View::Targets {
            self.move_entry(action);
            return;
        }
        if self.text_focused() {
            self.scroll_text_pane(action);
            return;
        }
        let before = (self.selected_pillar(), self.dash.targets.cursor.selected);
        self.move_cursor(action);
        // Another pillar's detail, another target's entries, start at their top.
        if self.selected_pillar() != before.0 {
            self.dash.pillars.panes.scroll = 0;
        }
        if self.dash.targets.cursor.selected != before.1 {
            self.dash.targets.panes.scroll = 0;
            self.dash.targets.entry = 0;
        }
    }

    fn move_cursor(&mut self, action: Action) {
        let page = self.page();
        let (cursor, len) = match self.dash.view {
            View::Overview | View::Pillars => {
                (&mut self.dash.pillars.cursor, self.dash.pillars.rows.len())
            }
            View::Milestones => (
                &mut self.dash.milestones.cursor,
                self.dash.milestones.rows.len(),
            ),
            View::Timeline => (
                &mut self.dash.timeline.cursor,
                self.dash.timeline.rows.len(),
            ),
            View::Targets => (&mut self.dash.targets.cursor, self.doc.model.targets.len()),
            View::Changes => (&mut self.dash.changes.cursor, self.dash.changes.rows.len()),
        };
        let page_i = page as isize;
        match action {
            Action::Up => cursor.move_by(-1, len, page),
            Action::Down => cursor.move_by(1, len, page),
            Action::PageUp => cursor.move_by(-page_i, len, page),
            Action::PageDown => cursor.move_by(page_i, len, page),
            Action::First => cursor.set(0, len, page),
            Action::Last => cursor.set(len.saturating_sub(1), len, page),
            Action::Select(row) => cursor.set(row, len, page),
            Action::Scroll(rows) => cursor.move_by(rows, len, page),
            _ => {}
        }
    }

    fn open(&mut self) {
        match self.dash.view {
            View::Overview => self.go(View::Pillars),
            View::Pillars => {
                if let Some(p) = self.selected_pillar() {
                    self.dash.milestones.pillar_filter = Some(p);
                    self.dash.milestones.status_filter = None;
                    self.go(View::Milestones);
                    self.refresh();
                    self.dash.milestones.cursor.set(
                        0,
                        self.dash.milestones.rows.len(),
                        self.page(),
                    );
                }
            }
            View::Milestones | View::Timeline => {
                if self.selected_milestone().is_some() {
                    self.push_overlay(Overlay::Detail { scroll: 0 });
                }
            }
            View::Targets => {}
            View::Changes => self.dash.changes.detail = !self.dash.changes.rows.is_empty(),
        }
    }

    fn back(&mut self) {
        if !self.dash.marked.is_empty() {
            self.dash.marked.clear();
            self.say(
                crate::tr!(self.dash.langs.main, "said-marks-cleared"),
                false,
            );
            return;
        }
        if self.dash.view == View::Changes {
            let c = &mut self.dash.changes;
            if c.detail {
                c.detail = false;
            } else if c.pillar.is_some() || c.author.is_some() {
                c.pillar = None;
                c.author = None;
                self.refresh_changes();
            }
            return;
        }
        if !self.dash.search.query.is_empty() {
            self.dash.search.query.clear();
        } else if self.dash.view == View::Milestones
            && (self.dash.milestones.pillar_filter.is_some()
                || self.dash.milestones.status_filter.is_some())
        {
            self.dash.milestones.pillar_filter = None;
            self.dash.milestones.status_filter = None;
        } else {
            return;
        }
        self.refresh();
    }

    fn zoom(&mut self, zoom_in: bool) {
        self.dash.timeline.zoom = match (self.dash.timeline.zoom, zoom_in) {
            (Zoom::Years, true) | (Zoom::Months, false) => Zoom::Quarters,
            (Zoom::Quarters | Zoom::Months, true) => Zoom::Months,
            (Zoom::Quarters | Zoom::Years, false) => Zoom::Years,
        };
        if self.dash.timeline.zoom == Zoom::Years {
            self.dash.timeline.window_start = self.time_span().0;
            return;
        }
        // Centre on the selected milestone's date, or on today.
        let focus = match self
            .dash
            .timeline
            .rows
            .get(self.dash.timeline.cursor.selected)
        {
            Some(TimelineRow::Milestone(i)) => {
                let m = &self.doc.model.milestones[*i];
                m.due.or(m.done_on)
            }
            _ => None,
        }
        .unwrap_or(self.today());
        let half = self.days_per_column() * i64::from(self.timeline_columns() / 2);
        self.dash.timeline.window_start = first_of_month(focus - Duration::days(half));
    }

    /// Columns of the timeline's date axis on the screen.
    pub fn timeline_columns(&self) -> u16 {
        self.dash.viewport.timeline_columns.max(10)
    }

    /// Days per column of the timeline's axis on the screen.
    pub fn days_per_column(&self) -> i64 {
        self.days_per_column_of(self.timeline_columns())
    }

    /// Days per column of a date axis of `columns`: the whole span fits in years, a week per
    /// column in quarters, a day per column in months.
    pub fn days_per_column_of(&self, columns: u16) -> i64 {
        match self.dash.timeline.zoom {
            Zoom::Years => {
                let (first, last) = self.time_span();
                let days = (last - first).num_days() + 1;
                let columns = i64::from(columns.max(1));
                ((days + columns - 1) / columns).max(1)
            }
            Zoom::Quarters => 7,
            Zoom::Months => 1,
        }
    }
}

fn first_of_month(day: NaiveDate) -> NaiveDate {
    day.with_day(1).unwrap_or(day)
}
