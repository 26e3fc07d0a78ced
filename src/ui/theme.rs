//! Colour themes, kept in `assets/themes/*.toml` and embedded in the binary, and the user's own
//! in the same format (`themes/NAME.toml` in the config folder), which the command line reads
//! and hands here as text before it reads its arguments ([`register_user_themes`]).

use std::str::FromStr;
use std::sync::OnceLock;

use clap::builder::PossibleValue;
use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;
use toml::Spanned;

use crate::model::{Health, Status};

/// The names of the themes: the four built in, then the user's ([`user_themes`], by index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeName {
    Dark,
    Light,
    HighContrast,
    Mono,
    User(u16),
}

const BUILT_IN: [ThemeName; 4] = [
    ThemeName::Dark,
    ThemeName::Light,
    ThemeName::HighContrast,
    ThemeName::Mono,
];

/// A theme kept as a file: its name (the file's, without `.toml`), where it is, and the theme,
/// or what is wrong with the file.
#[derive(Debug, Clone)]
pub struct UserTheme {
    pub name: String,
    pub file: String,
    pub theme: Result<Theme, String>,
}

static USER_THEMES: OnceLock<Vec<UserTheme>> = OnceLock::new();
static VARIANTS: OnceLock<Vec<ThemeName>> = OnceLock::new();

/// Makes the user's themes known, once, before the command line is read (so `--theme`, the
/// config file and the completions offer them). `files` are names and texts; a name that is
/// not a plain lowercase word or that a built-in theme has is left out and said in the result.
pub fn register_user_themes(files: Vec<(String, String, String)>) -> Vec<String> {
    let mut ignored = Vec::new();
    let mut themes = Vec::new();
    for (name, file, text) in files {
        let plain = !name.is_empty()
            && name.len() <= 40
            && name
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        if !plain {
            ignored.push(format!(
                "{file}: not a theme's name (lowercase letters, digits and -)"
            ));
        } else if BUILT_IN
            .iter()
            .any(|b| b.built_in_name() == Some(name.as_str()))
        {
            ignored.push(format!("{file}: `{name}` is a built-in theme's name"));
        } else if themes.len() < usize::from(u16::MAX) {
            let theme = Theme::parse_located(&text, &file);
            themes.push(UserTheme { name, file, theme });
        }
    }
    let _ = USER_THEMES.set(themes);
    ignored
}

/// The user's themes known to this run ([`register_user_themes`]).
pub fn user_themes() -> &'static [UserTheme] {
    USER_THEMES.get().map_or(&[], Vec::as_slice)
}

impl clap::ValueEnum for ThemeName {
    fn value_variants<'a>() -> &'a [Self] {
        VARIANTS.get_or_init(|| {
            let users = (0..user_themes().len()).filter_map(|i| u16::try_from(i).ok());
            BUILT_IN
                .into_iter()
                .chain(users.map(ThemeName::User))
                .collect()
        })
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        match self {
            ThemeName::User(i) => {
                let user = user_themes().get(usize::from(*i))?;
                Some(PossibleValue::new(user.name.clone()).help(format!("yours: {}", user.file)))
            }
            _ => self.built_in_name().map(PossibleValue::new),
        }
    }
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

/// The colours a theme may name, for the message that refuses another.
const COLOURS: &str = "black, red, green, yellow, blue, magenta, cyan, gray, darkgray, lightred, lightgreen, lightyellow, lightblue, lightmagenta, lightcyan, white, reset, a number 0-255, or #rrggbb";

/// A user's theme: any of the styles, each a table as in `assets/themes` (another key is refused
/// with the styles' names, by serde).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UserSpec {
    text: Option<UserStyle>,
    muted: Option<UserStyle>,
    title: Option<UserStyle>,
    accent: Option<UserStyle>,
    border: Option<UserStyle>,
    selected: Option<UserStyle>,
    tab: Option<UserStyle>,
    tab_active: Option<UserStyle>,
    good: Option<UserStyle>,
    warn: Option<UserStyle>,
    bad: Option<UserStyle>,
    info: Option<UserStyle>,
    bar_done: Option<UserStyle>,
    bar_todo: Option<UserStyle>,
    pace: Option<UserStyle>,
    today: Option<UserStyle>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct UserStyle {
    fg: Option<Spanned<String>>,
    bg: Option<Spanned<String>>,
    #[serde(default)]
    bold: bool,
    #[serde(default)]
    italic: bool,
    #[serde(default)]
    reversed: bool,
}

impl UserStyle {
    fn resolve(self, at: &dyn Fn(usize) -> String) -> Result<Style, String> {
        let color = |c: Option<Spanned<String>>| -> Result<Option<Color>, String> {
            let Some(c) = c else { return Ok(None) };
            Color::from_str(c.get_ref()).map(Some).map_err(|_| {
                format!(
                    "{}: `{}` is not a colour; the colours are {COLOURS}",
                    at(c.span().start),
                    crate::text::quote(c.get_ref())
                )
            })
        };
        let mut style = Style::default();
        if let Some(fg) = color(self.fg)? {
            style = style.fg(fg);
        }
        if let Some(bg) = color(self.bg)? {
            style = style.bg(bg);
        }
        for (on, m) in [
            (self.bold, Modifier::BOLD),
            (self.italic, Modifier::ITALIC),
            (self.reversed, Modifier::REVERSED),
        ] {
            if on {
                style = style.add_modifier(m);
            }
        }
        Ok(style)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeSpec {
    text: UserStyle,
    muted: UserStyle,
    title: UserStyle,
    accent: UserStyle,
    border: UserStyle,
    selected: UserStyle,
    tab: UserStyle,
    tab_active: UserStyle,
    good: UserStyle,
    warn: UserStyle,
    bad: UserStyle,
    info: UserStyle,
    bar_done: UserStyle,
    bar_todo: UserStyle,
    pace: UserStyle,
    today: UserStyle,
}

impl ThemeName {
    fn source(self) -> &'static str {
        match self {
            ThemeName::Dark | ThemeName::User(_) => include_str!("../../assets/themes/dark.toml"),
            ThemeName::Light => include_str!("../../assets/themes/light.toml"),
            ThemeName::HighContrast => include_str!("../../assets/themes/high-contrast.toml"),
            ThemeName::Mono => include_str!("../../assets/themes/mono.toml"),
        }
    }

    fn built_in_name(self) -> Option<&'static str> {
        match self {
            ThemeName::Dark => Some("dark"),
            ThemeName::Light => Some("light"),
            ThemeName::HighContrast => Some("high-contrast"),
            ThemeName::Mono => Some("mono"),
            ThemeName::User(_) => None,
        }
    }

    /// The name `--theme` and the config file take.
    pub fn name(self) -> String {
        match self {
            ThemeName::User(i) => user_themes()
                .get(usize::from(i))
                .map_or_else(String::new, |u| u.name.clone()),
            _ => self.built_in_name().unwrap_or_default().to_string(),
        }
    }

    /// What is wrong with the user's theme file of this name, if anything (it is then drawn in
    /// the dark theme).
    pub fn problem(self) -> Option<String> {
        match self {
            ThemeName::User(i) => user_themes()
                .get(usize::from(i))
                .and_then(|u| u.theme.as_ref().err().cloned()),
            _ => None,
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
        if let ThemeName::User(i) = name
            && let Some(Ok(theme)) = user_themes().get(usize::from(i)).map(|u| &u.theme)
        {
            return theme.clone();
        }
        // The embedded themes are checked by a test; should one fail, plain text is still readable.
        Theme::parse(name.source()).unwrap_or_default()
    }

    /// A user's theme file: the styles it sets over the dark theme's, or what is wrong, with the
    /// line and column in `file` and the choices (the styles' names, the colours).
    pub fn parse_located(text: &str, file: &str) -> Result<Self, String> {
        let at = |offset: usize| {
            let before = &text[..offset.min(text.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            format!("{file}:{line}:{column}")
        };
        let spec: UserSpec = toml::from_str(text).map_err(|e| {
            let place = e
                .span()
                .map_or_else(|| format!("{file}:1:1"), |s| at(s.start));
            let message = crate::text::sanitize(e.message().trim());
            format!("{place}: {message}")
        })?;
        let mut theme = Theme::named(ThemeName::Dark);
        for (slot, style) in [
            (&mut theme.text, spec.text),
            (&mut theme.muted, spec.muted),
            (&mut theme.title, spec.title),
            (&mut theme.accent, spec.accent),
            (&mut theme.border, spec.border),
            (&mut theme.selected, spec.selected),
            (&mut theme.tab, spec.tab),
            (&mut theme.tab_active, spec.tab_active),
            (&mut theme.good, spec.good),
            (&mut theme.warn, spec.warn),
            (&mut theme.bad, spec.bad),
            (&mut theme.info, spec.info),
            (&mut theme.bar_done, spec.bar_done),
            (&mut theme.bar_todo, spec.bar_todo),
            (&mut theme.pace, spec.pace),
            (&mut theme.today, spec.today),
        ] {
            if let Some(style) = style {
                *slot = style.resolve(&at)?;
            }
        }
        Ok(theme)
    }

    /// This theme drawn with `symbols`.
    #[must_use]
    pub fn with_symbols(mut self, symbols: Symbols) -> Self {
        self.ascii = symbols == Symbols::Ascii;
        self
    }

    fn parse(text: &str) -> Result<Self, String> {
        let spec: ThemeSpec = toml::from_str(text).map_err(|e| e.to_string())?;
        // Each style as a user's theme's is read (one place says what a colour may be).
        let s = |style: UserStyle| style.resolve(&|_| "an embedded theme".to_string());
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
