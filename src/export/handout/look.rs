//! The handout's colours, per theme: a light page unless another theme is asked for.

use crate::model::slide_text::lists::Tone;

/// The page's colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Look {
    Light,
    Dark,
    HighContrast,
    Mono,
}

pub(super) type Rgb = (u8, u8, u8);

#[derive(Clone, Copy)]
pub(super) struct Colours {
    pub(super) bg: Rgb,
    pub(super) fg: Rgb,
    pub(super) muted: Rgb,
    pub(super) accent: Rgb,
    pub(super) good: Rgb,
    pub(super) warn: Rgb,
    pub(super) bad: Rgb,
    pub(super) info: Rgb,
    pub(super) bar: Rgb,
}

impl Colours {
    pub(super) fn of(look: Look) -> Colours {
        match look {
            Look::Light => Colours {
                bg: (255, 255, 255),
                fg: (31, 35, 40),
                muted: (95, 99, 104),
                accent: (26, 86, 160),
                good: (30, 123, 52),
                warn: (154, 103, 0),
                bad: (179, 38, 30),
                info: (8, 102, 138),
                bar: (221, 225, 230),
            },
            Look::Dark => Colours {
                bg: (27, 29, 35),
                fg: (230, 230, 230),
                muted: (160, 166, 175),
                accent: (121, 184, 255),
                good: (86, 211, 100),
                warn: (227, 179, 65),
                bad: (248, 81, 73),
                info: (88, 196, 220),
                bar: (60, 64, 72),
            },
            Look::HighContrast => Colours {
                bg: (0, 0, 0),
                fg: (255, 255, 255),
                muted: (255, 255, 255),
                accent: (255, 255, 0),
                good: (0, 255, 0),
                warn: (255, 255, 0),
                bad: (255, 64, 64),
                info: (0, 255, 255),
                bar: (90, 90, 90),
            },
            Look::Mono => Colours {
                bg: (255, 255, 255),
                fg: (0, 0, 0),
                muted: (68, 68, 68),
                accent: (0, 0, 0),
                good: (0, 0, 0),
                warn: (0, 0, 0),
                bad: (0, 0, 0),
                info: (0, 0, 0),
                bar: (187, 187, 187),
            },
        }
    }

    pub(super) fn tone(&self, tone: Tone) -> Rgb {
        match tone {
            Tone::Text => self.fg,
            Tone::Muted => self.muted,
            Tone::Accent => self.accent,
            Tone::Bad => self.bad,
            Tone::Warn => self.warn,
            Tone::Good => self.good,
            Tone::Status(s) => match s {
                crate::model::Status::Done => self.good,
                crate::model::Status::AtRisk => self.warn,
                crate::model::Status::Blocked => self.bad,
                crate::model::Status::InProgress => self.info,
                _ => self.muted,
            },
        }
    }
}
