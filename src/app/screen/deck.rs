//! The presentation: a deck of slides built from the model, and where the presenter is in it.
//! Built again whenever the model changes, so the deck in a meeting is always the live file.

use chrono::{DateTime, FixedOffset};
use ratatui::crossterm::event::KeyCode;

use crate::app::{Action, Key};
use crate::model::Since;

pub use crate::model::deck::{Slide, build};

/// Where the presenter is.
#[derive(Debug, Clone, PartialEq)]
pub struct Presenter {
    pub slides: Vec<Slide>,
    pub current: usize,
    /// Digits typed before Enter, to jump to a slide.
    pub jump: String,
    pub footer: bool,
    pub started: DateTime<FixedOffset>,
    pub since: Option<Since>,
    /// Leaving goes back to the dashboard (else it quits).
    pub from_dashboard: bool,
}

impl Presenter {
    /// A presenter on `slides`, at the first.
    pub fn new(
        slides: Vec<Slide>,
        started: DateTime<FixedOffset>,
        since: Option<Since>,
        from_dashboard: bool,
    ) -> Self {
        Presenter {
            slides,
            current: 0,
            jump: String::new(),
            footer: true,
            started,
            since,
            from_dashboard,
        }
    }

    /// The slide shown.
    pub fn slide(&self) -> Slide {
        self.slides
            .get(self.current)
            .copied()
            .unwrap_or(Slide::Title)
    }

    /// New slides after the model changed, staying on the same slide where it still exists.
    pub fn rebuild(&mut self, slides: Vec<Slide>) {
        let here = self.slide();
        self.current = slides
            .iter()
            .position(|s| *s == here)
            .unwrap_or(self.current.min(slides.len().saturating_sub(1)));
        self.slides = slides;
    }

    /// Applies one action of the `[presenting]` keys (leaving and the help are the app's).
    pub fn act(&mut self, action: Action, key: Option<Key>) {
        let last = self.slides.len().saturating_sub(1);
        match action {
            Action::JumpDigit => {
                if let Some(Key {
                    code: KeyCode::Char(c @ '0'..='9'),
                    ..
                }) = key
                    && self.jump.len() < 6
                {
                    self.jump.push(c);
                }
                return;
            }
            Action::NextSlide if !self.jump.is_empty() => {
                if let Ok(n) = self.jump.parse::<usize>() {
                    self.current = n.clamp(1, last + 1) - 1;
                }
            }
            Action::NextSlide => self.current = (self.current + 1).min(last),
            Action::PreviousSlide => self.current = self.current.saturating_sub(1),
            Action::First => self.current = 0,
            Action::Last => self.current = last,
            Action::ToggleFooter => self.footer = !self.footer,
            _ => {}
        }
        self.jump.clear();
    }
}
