//! What is open over the dashboard, and so which keys apply and what is drawn on top. The app
//! keeps a stack of [`Overlay`]s: the last one gets the keys, and they are drawn bottom to top
//! (a status picker opened from a milestone's detail sits on the detail; a question before
//! quitting sits on the presentation).

use crate::app::deck::Presenter;
use crate::app::editor::LineEditor;
use crate::app::keymap::Section;
use crate::app::modal::Modal;
use crate::app::{Action, App, View};

/// One thing open over the dashboard.
#[derive(Debug, Clone, PartialEq)]
pub enum Overlay {
    /// Typing into the search box; the query filters the lists as it is typed.
    Search(LineEditor),
    /// The selected milestone's detail, scrolled by some rows.
    Detail { scroll: usize },
    /// The help for what is under it, scrolled by some rows.
    Help { scroll: usize },
    /// A popup that asks something (a status, a note, a date, a question).
    Popup(Modal),
    /// The presentation, on the whole screen.
    Presenting(Presenter),
    /// Why the file on disk cannot be opened (see [`Problems`]), scrolled by some rows.
    Problems { scroll: usize },
}

/// Why the file on disk cannot be used: each problem located, as `pactboard check` shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problems {
    /// The file, as shown.
    pub file: String,
    /// How many errors it has.
    pub errors: usize,
    /// The problems as lines of text (location, message, the line and a caret).
    pub lines: Vec<String>,
    /// The line of the file the first problem is on, to open an editor at.
    pub first_line: usize,
}

/// Whether the dashboard is ending.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Closing {
    #[default]
    No,
    /// Quit once the save asked for has gone through.
    AfterSave,
    /// Quit now.
    Now,
}

impl Overlay {
    /// The keymap sections that apply while this overlay is on top, first match wins.
    pub fn sections(&self, view: View) -> Vec<Section> {
        match self {
            Overlay::Search(_) => vec![Section::Search, Section::Text],
            Overlay::Detail { .. } => vec![Section::Detail, Section::In(view), Section::Global],
            Overlay::Help { .. } => vec![Section::Help],
            Overlay::Popup(modal) => modal.sections(),
            Overlay::Presenting(_) => vec![Section::Presenting],
            Overlay::Problems { .. } => vec![Section::Problems],
        }
    }
}

impl App {
    /// What is open over the dashboard, bottom to top.
    pub fn overlays(&self) -> &[Overlay] {
        &self.dash.overlays
    }

    /// What gets the keys, if anything is open over the dashboard.
    pub fn overlay(&self) -> Option<&Overlay> {
        self.dash.overlays.last()
    }

    /// The keymap sections that apply to the next key.
    pub fn sections(&self) -> Vec<Section> {
        self.sections_at(self.dash.overlays.len())
    }

    /// The sections that apply with only the first `depth` overlays open.
    pub(crate) fn sections_at(&self, depth: usize) -> Vec<Section> {
        match depth.checked_sub(1).and_then(|i| self.dash.overlays.get(i)) {
            Some(overlay) => overlay.sections(self.dash.view),
            None => vec![Section::In(self.dash.view), Section::Global],
        }
    }

    /// The name of the key that does `action` in `section`, for a hint.
    pub fn key_in(&self, section: Section, action: Action) -> Option<String> {
        self.dash.keymap.label(&[section], action)
    }

    /// The popup open, if one is.
    pub fn modal(&self) -> Option<&Modal> {
        self.dash.overlays.iter().rev().find_map(|o| match o {
            Overlay::Popup(m) => Some(m),
            _ => None,
        })
    }

    /// The presentation, while it is on.
    pub fn presenter(&self) -> Option<&Presenter> {
        self.dash.overlays.iter().find_map(|o| match o {
            Overlay::Presenting(p) => Some(p),
            _ => None,
        })
    }

    /// The presentation, to move in it.
    pub fn presenter_mut(&mut self) -> Option<&mut Presenter> {
        self.dash.overlays.iter_mut().find_map(|o| match o {
            Overlay::Presenting(p) => Some(p),
            _ => None,
        })
    }

    /// The search box's text, while it is being typed.
    pub fn search_editor(&self) -> Option<&LineEditor> {
        match self.overlay() {
            Some(Overlay::Search(editor)) => Some(editor),
            _ => None,
        }
    }

    /// Whether a milestone's detail is open.
    pub fn showing_detail(&self) -> bool {
        self.dash
            .overlays
            .iter()
            .any(|o| matches!(o, Overlay::Detail { .. }))
    }

    /// Whether the help is open.
    pub fn showing_help(&self) -> bool {
        matches!(self.overlay(), Some(Overlay::Help { .. }))
    }

    /// Whether there is no model to show yet: the file could not be opened, and the problems
    /// stay on screen until it is fixed.
    pub fn waiting_for_file(&self) -> bool {
        self.doc.waiting
    }

    /// The file on disk cannot be used: its problems can be shown (`!`), and are at once while
    /// there is nothing else to show.
    pub fn file_broken(&mut self, problems: Problems) {
        self.doc.problems = Some(problems);
        if self.doc.waiting
            && !self
                .dash
                .overlays
                .iter()
                .any(|o| matches!(o, Overlay::Problems { .. }))
        {
            self.push_overlay(Overlay::Problems { scroll: 0 });
        }
    }

    /// The file on disk can be used again: its problems are gone from the screen.
    pub(crate) fn file_fixed(&mut self) {
        self.doc.problems = None;
        self.doc.waiting = false;
        self.dash
            .overlays
            .retain(|o| !matches!(o, Overlay::Problems { .. }));
    }

    /// The name of the key that shows the file's problems on the dashboard, for a hint.
    pub fn problems_key(&self) -> Option<String> {
        self.dash.keymap.label(
            &[Section::In(self.dash.view), Section::Global],
            Action::ShowProblems,
        )
    }

    /// The name of the key that saves, for a message.
    pub fn save_key(&self) -> Option<String> {
        self.dash.keymap.label(
            &[Section::In(self.dash.view), Section::Global],
            Action::Save,
        )
    }

    /// Whether the dashboard should end now.
    pub fn quitting(&self) -> bool {
        self.dash.closing == Closing::Now
    }

    /// Opens `overlay` on top.
    pub(crate) fn push_overlay(&mut self, overlay: Overlay) {
        self.dash.overlays.push(overlay);
    }

    /// Opens a popup on top, in place of one already on top.
    pub(crate) fn open_popup(&mut self, modal: Modal) {
        if matches!(self.overlay(), Some(Overlay::Popup(_))) {
            self.dash.overlays.pop();
        }
        self.dash.overlays.push(Overlay::Popup(modal));
    }

    /// Closes what is on top.
    pub(crate) fn close_top(&mut self) {
        self.dash.overlays.pop();
    }
}
