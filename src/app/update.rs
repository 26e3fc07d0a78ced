//! The state transitions: one key or action in, the new state out. No IO.

use chrono::{Datelike, Duration, NaiveDate};
use ratatui::crossterm::event::KeyCode;

use super::{Action, App, Key, SortKey, TimelineRow, View, Zoom};
use crate::model::Status;

/// Columns the timeline gives to its labels, left of the axis.
pub const TIMELINE_LABEL_WIDTH: u16 = 30;

impl App {
    /// Handles one key: typed into the search box while it is open, else through the keymap.
    pub fn handle_key(&mut self, key: Key) {
        self.message = None;
        if let Some(presenter) = &mut self.present
            && self.modal.is_none()
        {
            if presenter.key(key) == super::deck::PresenterKey::Leave {
                if presenter.from_dashboard {
                    self.present = None;
                } else {
                    self.request_quit();
                }
            }
        } else if self.modal.is_some() {
            self.modal_key(key);
        } else if self.search.editing {
            self.type_search(key);
        } else if let Some(action) = self.keymap.action(self.view, key) {
            self.update(action);
        }
    }

    fn type_search(&mut self, key: Key) {
        match key.code {
            KeyCode::Enter => self.search.editing = false,
            KeyCode::Esc => {
                self.search.editing = false;
                self.search.query.clear();
            }
            KeyCode::Backspace => {
                self.search.query.pop();
            }
            KeyCode::Char(c) if !key.ctrl && !key.alt && !c.is_control() => {
                self.search.query.push(c);
            }
            KeyCode::Up | KeyCode::Down => {
                let action = if key.code == KeyCode::Up {
                    Action::Up
                } else {
                    Action::Down
                };
                self.move_selection(action);
                return;
            }
            _ => return,
        }
        self.refresh_search();
    }

    /// Applies one action.
    pub fn update(&mut self, action: Action) {
        if let Action::Resize(w, h) = action {
            self.size = (w, h);
            self.refresh();
            return;
        }
        if self.help {
            match action {
                Action::Help | Action::Back | Action::Quit | Action::Open => self.help = false,
                Action::Up | Action::Scroll(-1) => {
                    self.help_scroll = self.help_scroll.saturating_sub(1);
                }
                Action::Down | Action::Scroll(1) => self.help_scroll += 1,
                Action::First => self.help_scroll = 0,
                _ => {}
            }
            return;
        }
        if self.detail {
            match action {
                Action::Back | Action::Open => {
                    self.detail = false;
                    return;
                }
                Action::Up
                | Action::Down
                | Action::Quit
                | Action::StatusPicker
                | Action::EditNotes
                | Action::EditDue
                | Action::Undo
                | Action::Redo
                | Action::Save
                | Action::Present => {}
                _ => self.detail = false,
            }
        }
        match action {
            Action::Help => {
                self.help = true;
                self.help_scroll = 0;
            }
            Action::Quit => self.request_quit(),
            Action::StatusPicker => self.open_picker(),
            Action::EditNotes => self.open_notes(),
            Action::EditDue => self.open_due(),
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Save => self.request_save(),
            Action::Present => self.start_presentation(None, true),
            Action::NextView => self.go(self.view.step(1)),
            Action::PreviousView => self.go(self.view.step(-1)),
            Action::ShowOverview => self.go(View::Overview),
            Action::ShowPillars => self.go(View::Pillars),
            Action::ShowMilestones => self.go(View::Milestones),
            Action::ShowTimeline => self.go(View::Timeline),
            Action::ShowTargets => self.go(View::Targets),
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
            Action::Search => self.search.editing = true,
            Action::CycleSort => {
                self.sort = match self.sort {
                    SortKey::Due => SortKey::Status,
                    SortKey::Status => SortKey::Pillar,
                    SortKey::Pillar => SortKey::Due,
                };
                self.refresh();
            }
            Action::CycleStatusFilter => {
                self.status_filter = match self.status_filter {
                    None => Some(Status::ALL[0]),
                    Some(s) => Status::ALL.iter().skip_while(|x| **x != s).nth(1).copied(),
                };
                self.refresh();
            }
            Action::CyclePillarFilter => {
                let next = self.pillar_filter.map_or(0, |p| p + 1);
                self.pillar_filter = (next < self.model.pillars.len()).then_some(next);
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
                self.window_start += Duration::days(step);
            }
            Action::Resize(..) => {}
        }
    }

    fn go(&mut self, view: View) {
        self.view = view;
        self.detail = false;
        if view == View::Timeline && self.timeline_stale {
            self.refresh_search();
        }
    }

    fn move_selection(&mut self, action: Action) {
        let page = self.page();
        let (cursor, len) = match self.view {
            View::Overview | View::Pillars => (&mut self.pillars, self.pillar_rows.len()),
            View::Milestones => (&mut self.milestones, self.milestone_rows.len()),
            View::Timeline => (&mut self.timeline, self.timeline_rows.len()),
            View::Targets => (&mut self.targets, self.model.targets.len()),
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
        match self.view {
            View::Overview => self.go(View::Pillars),
            View::Pillars => {
                if let Some(p) = self.selected_pillar() {
                    self.pillar_filter = Some(p);
                    self.status_filter = None;
                    self.go(View::Milestones);
                    self.refresh();
                    self.milestones
                        .set(0, self.milestone_rows.len(), self.page());
                }
            }
            View::Milestones | View::Timeline => self.detail = self.selected_milestone().is_some(),
            View::Targets => {}
        }
    }

    fn back(&mut self) {
        if !self.search.query.is_empty() {
            self.search.query.clear();
        } else if self.view == View::Milestones
            && (self.pillar_filter.is_some() || self.status_filter.is_some())
        {
            self.pillar_filter = None;
            self.status_filter = None;
        } else {
            return;
        }
        self.refresh();
    }

    fn zoom(&mut self, zoom_in: bool) {
        self.zoom = match (self.zoom, zoom_in) {
            (Zoom::Years, true) | (Zoom::Months, false) => Zoom::Quarters,
            (Zoom::Quarters | Zoom::Months, true) => Zoom::Months,
            (Zoom::Quarters | Zoom::Years, false) => Zoom::Years,
        };
        if self.zoom == Zoom::Years {
            self.window_start = self.time_span().0;
            return;
        }
        // Centre on the selected milestone's date, or on today.
        let focus = match self.timeline_rows.get(self.timeline.selected) {
            Some(TimelineRow::Milestone(i)) => {
                let m = &self.model.milestones[*i];
                m.due.or(m.done_on)
            }
            _ => None,
        }
        .unwrap_or(self.today());
        let half = self.days_per_column() * i64::from(self.timeline_columns() / 2);
        self.window_start = first_of_month(focus - Duration::days(half));
    }

    /// Columns of the timeline's date axis at the current terminal width.
    pub fn timeline_columns(&self) -> u16 {
        self.size.0.saturating_sub(TIMELINE_LABEL_WIDTH + 3).max(10)
    }

    /// Days per column of the timeline: the whole span fits in years, a week per column in
    /// quarters, a day per column in months.
    pub fn days_per_column(&self) -> i64 {
        match self.zoom {
            Zoom::Years => {
                let (first, last) = self.time_span();
                let days = (last - first).num_days() + 1;
                let columns = i64::from(self.timeline_columns());
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
