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
    /// Whether this screen leads the room, leads it from the speaker view, or follows.
    pub role: Role,
    /// A follower's word on whom it follows ("waiting for the presenter…"), in its footer.
    pub following: Option<String>,
    /// The model with its names as the deck's language shows them (`None`: the model as it
    /// is, in English or without translations): what the slides are drawn from.
    pub shown: Option<std::sync::Arc<crate::model::Model>>,
}

/// What a presentation's screen is to the others showing the same file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Role {
    /// Leads: its keys move the deck, and its place is published for followers.
    #[default]
    Presenter,
    /// Leads from the speaker view (`present --speaker`): the current slide small, the next
    /// one, the clock and the notes.
    Speaker,
    /// Follows the presenter of the same file (`present --follow`): read-only.
    Follower,
}

/// Where a presentation is, as its followers read it: the slide by name (and, on a list
/// slide, the first line of its page, since a follower's screen may cut the list into other
/// pages), its number as a last resort, and when it started. Written as a few `key = value`
/// lines; the deck asked for (`--slides`, `--since`) travels with it, so a follower started
/// without them shows the same deck.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Position {
    pub slide: String,
    pub line: usize,
    pub index: usize,
    pub started: String,
    pub slides: String,
    pub since: String,
}

impl Position {
    /// The lines a follower reads (one value per line; a value never holds a line break).
    pub fn to_text(&self) -> String {
        let one_line = |s: &str| s.replace(['\r', '\n'], " ");
        format!(
            "slide = {}\nline = {}\nindex = {}\nstarted = {}\nslides = {}\nsince = {}\n",
            one_line(&self.slide),
            self.line,
            self.index,
            one_line(&self.started),
            one_line(&self.slides),
            one_line(&self.since)
        )
    }

    /// Reads what [`Position::to_text`] wrote; `None` for anything else (a half-written or
    /// foreign file is never trusted).
    pub fn parse(text: &str) -> Option<Position> {
        let mut pos = Position::default();
        let mut seen = 0;
        for line in text.lines() {
            let (key, value) = line
                .split_once(" = ")
                .or_else(|| line.strip_suffix(" =").map(|k| (k, "")))?;
            match key {
                "slide" => pos.slide = value.to_string(),
                "line" => pos.line = value.parse().ok()?,
                "index" => pos.index = value.parse().ok()?,
                "started" => pos.started = value.to_string(),
                "slides" => pos.slides = value.to_string(),
                "since" => pos.since = value.to_string(),
                _ => return None,
            }
            seen += 1;
        }
        (seen == 6 && !pos.slide.is_empty()).then_some(pos)
    }
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
            role: Role::Presenter,
            following: None,
            shown: None,
        }
    }

    /// Where this presentation is, for its followers; `slides` and `since` as they were asked.
    pub fn position(&self, model: &crate::model::Model, slides: &str, since: &str) -> Position {
        let slide = self.slide();
        Position {
            slide: crate::model::deck::slide_name(model, slide),
            line: match slide {
                Slide::List(_, page) => page.start,
                _ => 0,
            },
            index: self.current,
            started: self.started.to_rfc3339(),
            slides: slides.to_string(),
            since: since.to_string(),
        }
    }

    /// Goes where the presenter is: the slide of that name (on a list slide, the page holding
    /// the presenter's first line), else the same number, else the last; and its clock.
    pub fn follow(&mut self, model: &crate::model::Model, at: &Position) {
        let found = self.slides.iter().position(|s| {
            crate::model::deck::slide_name(model, *s) == at.slide
                && match s {
                    Slide::List(_, page) => {
                        (page.start..page.end.max(page.start + 1)).contains(&at.line)
                            || (page.n == page.of && at.line >= page.end)
                    }
                    _ => true,
                }
        });
        self.current = found.unwrap_or(at.index.min(self.slides.len().saturating_sub(1)));
        if let Ok(started) = DateTime::parse_from_rfc3339(&at.started) {
            self.started = started;
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
        // A follower's place is the presenter's: its keys only hide the footer.
        if self.role == Role::Follower && action != Action::ToggleFooter {
            return;
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::slide_text::lists::ListKind;

    #[test]
    fn a_position_reads_back_and_anything_else_is_not_trusted() {
        let at = Position {
            slide: "since".into(),
            line: 12,
            index: 4,
            started: "2026-11-25T10:00:00+09:00".into(),
            slides: "overview,since".into(),
            since: "meeting\nhalf".into(),
        };
        let read = Position::parse(&at.to_text()).unwrap();
        assert_eq!(read.line, 12);
        assert_eq!(
            read.since, "meeting half",
            "a line break never splits a value"
        );
        for bad in [
            "",
            "slide = since\n",
            "garbage",
            &at.to_text().replace("line = 12", "line = x"),
        ] {
            assert_eq!(Position::parse(bad), None, "{bad:?}");
        }
    }

    /// A follower whose screen cuts the "since" list into other pages goes to the page that
    /// holds the presenter's first line.
    #[test]
    fn a_follower_goes_to_the_page_holding_the_presenters_line() {
        let model = crate::bundled::model();
        let page = |n, of, start, end| {
            Slide::List(
                ListKind::Since,
                Page {
                    n,
                    of,
                    start,
                    end,
                    second: end,
                },
            )
        };
        let deck = Deck {
            slides: vec![
                Slide::Title,
                page(1, 3, 0, 10),
                page(2, 3, 10, 20),
                page(3, 3, 20, 25),
            ],
            lists: Lists::default(),
        };
        let started = DateTime::parse_from_rfc3339("2026-11-25T10:00:00+09:00").unwrap();
        let mut follower = Presenter::new(deck, None, started, None, false);
        follower.role = Role::Follower;
        for (line, want) in [(0, 1), (12, 2), (19, 2), (20, 3), (24, 3), (99, 3)] {
            let at = Position {
                slide: "since".into(),
                line,
                index: 0,
                started: "2026-11-25T11:00:00+09:00".into(),
                ..Position::default()
            };
            follower.follow(&model, &at);
            assert_eq!(follower.current, want, "line {line}");
            assert_eq!(follower.started.to_rfc3339(), "2026-11-25T11:00:00+09:00");
        }
        // Its own keys move nothing.
        follower.act(Action::NextSlide, None);
        assert_eq!(follower.current, 3);
    }
}
