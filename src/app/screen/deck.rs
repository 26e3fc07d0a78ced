//! The presentation: a deck of slides built from the model, and where the presenter is in it.
//! Built again whenever the model changes, so the deck in a meeting is always the live file.

use chrono::{DateTime, FixedOffset};
use ratatui::crossterm::event::KeyCode;

use crate::app::{Action, Key};
use crate::model::Since;

pub use crate::model::deck::{Deck, Lists, Page, Part, Room, Slide, build};

/// Where the presenter is.
#[derive(Debug, Clone, PartialEq)]
pub struct Presenter {
    pub slides: Vec<Slide>,
    /// The lists the list slides show a page of.
    pub lists: Lists,
    /// The parts asked for (`--slides`), or `None` for the model's deck or the default.
    pub parts: Option<Vec<Part>>,
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
    /// A presenter on `deck`, at its first slide.
    pub fn new(
        deck: Deck,
        parts: Option<Vec<Part>>,
        started: DateTime<FixedOffset>,
        since: Option<Since>,
        from_dashboard: bool,
    ) -> Self {
        Presenter {
            slides: deck.slides,
            lists: deck.lists,
            parts,
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

    /// The deck again after the model or the room changed, staying on the same slide where it
    /// still exists (a page of a list on the page of the same number, or the last).
    pub fn rebuild(&mut self, deck: Deck) {
        let here = self.slide();
        let same = |s: &Slide| match (s, here) {
            (Slide::List(k, p), Slide::List(k2, p2)) => {
                *k == k2 && (p.n == p2.n || (p.n == p.of && p2.n > p.of))
            }
            (s, here) => *s == here,
        };
        self.current = deck
            .slides
            .iter()
            .position(same)
            .unwrap_or(self.current.min(deck.slides.len().saturating_sub(1)));
        self.slides = deck.slides;
        self.lists = deck.lists;
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
