//! Colour themes, kept in `assets/themes/*.toml` and embedded in the binary.

use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

use crate::model::{Health, Status};

/// The names of the themes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ThemeName {
    Dark,
    Light,
    HighContrast,
    Mono,
}

/// Every style the dashboard uses, from one theme.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Theme {
    pub text: Style,
    pub muted: Style,
    pub title: Style,
    pub accent: Style,
    pub border: Style,
    pub selected: Style,
    pub tab: Style,
    pub tab_active: Style,
    pub good: Style,
    pub warn: Style,
    pub bad: Style,
    pub info: Style,
    pub bar_done: Style,
    pub bar_todo: Style,
    pub pace: Style,
    pub today: Style,
    /// Draw with ASCII symbols only (`--symbols ascii`, see [`crate::ui::ascii`]).
    pub ascii: bool,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct StyleSpec {
    fg: Option<String>,
    bg: Option<String>,
    #[serde(default)]
    bold: bool,
    #[serde(default)]
    italic: bool,
    #[serde(default)]
    reversed: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeSpec {
    text: StyleSpec,
    muted: StyleSpec,
    title: StyleSpec,
    accent: StyleSpec,
    border: StyleSpec,
    selected: StyleSpec,
    tab: StyleSpec,
    tab_active: StyleSpec,
    good: StyleSpec,
    warn: StyleSpec,
    bad: StyleSpec,
    info: StyleSpec,
    bar_done: StyleSpec,
    bar_todo: StyleSpec,
    pace: StyleSpec,
    today: StyleSpec,
}

impl ThemeName {
    fn source(self) -> &'static str {
        match self {
            ThemeName::Dark => include_str!("../../assets/themes/dark.toml"),
            ThemeName::Light => include_str!("../../assets/themes/light.toml"),
            ThemeName::HighContrast => include_str!("../../assets/themes/high-contrast.toml"),
            ThemeName::Mono => include_str!("../../assets/themes/mono.toml"),
        }
    }
}

impl Theme {
    /// Whether the theme tells things apart by colour (the mono theme does not).
    pub fn has_colour(&self) -> bool {
        [self.good, self.bad, self.info, self.pace, self.muted]
            .iter()
            .any(|s| s.fg.is_some())
    }

    /// The named theme; `NO_COLOR` callers pass [`ThemeName::Mono`].
    pub fn named(name: ThemeName) -> Self {
        // The embedded themes are checked by a test; should one fail, plain text is still readable.
        Theme::parse(name.source()).unwrap_or_default()
    }

    /// This theme drawn with `symbols`.
    #[must_use]
    pub fn with_symbols(mut self, symbols: Symbols) -> Self {
        self.ascii = symbols == Symbols::Ascii;
        self
    }

    fn parse(text: &str) -> Result<Self, String> {
        let spec: ThemeSpec = toml::from_str(text).map_err(|e| e.to_string())?;
        let s = |spec: StyleSpec| -> Result<Style, String> {
            let color = |c: Option<String>| -> Result<Option<Color>, String> {
                c.map(|c| Color::from_str(&c).map_err(|_| format!("unknown colour `{c}`")))
                    .transpose()
            };
            let mut style = Style::default();
            if let Some(fg) = color(spec.fg)? {
                style = style.fg(fg);
            }
            if let Some(bg) = color(spec.bg)? {
                style = style.bg(bg);
            }
            for (on, m) in [
                (spec.bold, Modifier::BOLD),
                (spec.italic, Modifier::ITALIC),
                (spec.reversed, Modifier::REVERSED),
            ] {
                if on {
                    style = style.add_modifier(m);
                }
            }
            Ok(style)
        };
        Ok(Theme {
            text: s(spec.text)?,
            muted: s(spec.muted)?,
            title: s(spec.title)?,
            accent: s(spec.accent)?,
            border: s(spec.border)?,
            selected: s(spec.selected)?,
            tab: s(spec.tab)?,
            tab_active: s(spec.tab_active)?,
            good: s(spec.good)?,
            warn: s(spec.warn)?,
            bad: s(spec.bad)?,
            info: s(spec.info)?,
            bar_done: s(spec.bar_done)?,
            bar_todo: s(spec.bar_todo)?,
            pace: s(spec.pace)?,
            today: s(spec.today)?,
            ascii: false,
        })
    }

    /// The style of a milestone status.
    pub fn status(&self, status: Status) -> Style {
        match status {
            Status::Planned | Status::Cancelled => self.muted,
            Status::InProgress => self.info,
            Status::AtRisk => self.warn,
            Status::Blocked => self.bad,
            Status::Done => self.good,
        }
    }

    /// The style of a pillar health.
    pub fn health(&self, health: Health) -> Style {
        match health {
            Health::OnTrack => self.good,
            Health::AtRisk => self.warn,
            Health::OffTrack => self.bad,
            Health::NoData => self.muted,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::ValueEnum;

    #[test]
    fn every_embedded_theme_parses() {
        for name in ThemeName::value_variants() {
            Theme::parse(name.source()).unwrap_or_else(|e| panic!("{name:?}: {e}"));
        }
        assert_eq!(Theme::named(ThemeName::Mono).good, Style::default());
        assert_ne!(Theme::named(ThemeName::Dark).good, Style::default());
    }
}

/// The symbols the screen is drawn with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Symbols {
    /// Box drawing, block elements, braille and the status marks.
    #[default]
    Unicode,
    /// ASCII only, for terminals whose fonts lack those (the Linux console).
    Ascii,
}

impl Symbols {
    /// The set a terminal of type `term` (`$TERM`) can show when none is asked: ASCII on the
    /// Linux console, whose fonts lack most of them.
    pub fn for_terminal(term: Option<&str>) -> Symbols {
        match term {
            Some("linux") => Symbols::Ascii,
            _ => Symbols::Unicode,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Symbols::Unicode => "unicode",
            Symbols::Ascii => "ascii",
        }
    }
}
