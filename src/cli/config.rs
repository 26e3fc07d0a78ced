//! The person's settings: `config.toml` in the platform's config folder (beside `keymap.toml`),
//! or the file `PACTBOARD_CONFIG` names. Command-line flags beat it; it beats the environment's
//! defaults (`NO_COLOR`, `TERM=dumb`, `$VISUAL`/`$EDITOR`). A file with a problem is said with
//! its line and column and the valid choices, and everything runs on the defaults.
//!
//! ```toml
//! theme = "light"            # dark, light, high-contrast, mono, or a file themes/NAME.toml here
//! symbols = "ascii"          # unicode, ascii (borders, bars and marks in ASCII only)
//! autosave = true            # save after every change
//! file = "~/partnership.toml"  # the file opened when none is given (relative: to this folder)
//! editor = "code --wait"     # what `O` opens the file in
//! lang = "ja"                # en, ja, hi, or two for a room of two delegations: "en+ja"
//! ```

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};
use toml::de::{DeTable, DeValue};

use super::shared::colourless;
use crate::i18n::Langs;
use crate::places;
use crate::text;
use crate::ui::theme::{Symbols, ThemeName};

/// The keys a config file may have, in the order `config show` lists them.
pub const KEYS: [&str; 6] = ["theme", "autosave", "file", "editor", "lang", "symbols"];

/// `pactboard config …`.
#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print where the config file is read from (whether or not it exists)
    Path,
    /// Print each setting in force and where it came from
    Show,
}

/// A setting and the line of the config file it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Set<T> {
    pub value: T,
    pub line: usize,
}

/// The settings of a config file; `None` for those it does not set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    pub theme: Option<Set<ThemeName>>,
    pub autosave: Option<Set<bool>>,
    pub file: Option<Set<PathBuf>>,
    pub editor: Option<Set<String>>,
    pub lang: Option<Set<Langs>>,
    pub symbols: Option<Set<Symbols>>,
    /// The file read, for `config show` and the messages.
    pub path: Option<PathBuf>,
}

/// What is wrong with a config file, where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}:{column}: {message}")]
pub struct ConfigError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// Where the config file is read from: `PACTBOARD_CONFIG`, else the platform's config folder.
pub fn path() -> Option<PathBuf> {
    match std::env::var_os("PACTBOARD_CONFIG") {
        Some(p) if !p.is_empty() => Some(PathBuf::from(p)),
        _ => places::config_path(),
    }
}

/// The config file's settings (none when it does not exist), or what is wrong with it.
pub fn load() -> Result<Config, ConfigError> {
    let Some(path) = path() else {
        return Ok(Config::default());
    };
    let shown = text::shown_path(&path);
    match std::fs::read_to_string(&path) {
        Ok(text) => {
            let mut config = parse(&text, &shown)?;
            if let Some(file) = &mut config.file {
                // A relative path is read from the config file's folder, not wherever the
                // command runs.
                if file.value.is_relative() {
                    let base = path.parent().unwrap_or(Path::new("."));
                    file.value = base.join(&file.value);
                }
            }
            config.path = Some(path);
            Ok(config)
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
        Err(e) => Err(ConfigError {
            file: shown,
            line: 1,
            column: 1,
            message: format!("cannot be read: {e}"),
        }),
    }
}

/// The settings in `text` (the file shown as `file` in messages).
pub fn parse(text: &str, file: &str) -> Result<Config, ConfigError> {
    let at = |offset: usize, message: String| {
        let before = &text[..offset.min(text.len())];
        ConfigError {
            file: file.to_string(),
            line: before.matches('\n').count() + 1,
            column: before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1,
            message,
        }
    };
    let line_of = |offset: usize| text[..offset.min(text.len())].matches('\n').count() + 1;
    let root = DeTable::parse(text)
        .map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            at(offset, text::cut_long_words(e.message()))
        })?
        .into_inner();
    let mut config = Config::default();
    for (key, value) in &root {
        let name = key.get_ref().as_ref();
        let offset = value.span().start;
        let line = line_of(key.span().start);
        let string = |what: &str| match value.get_ref() {
            DeValue::String(s) => Ok(s.to_string()),
            _ => Err(at(offset, format!("`{name}` is {what}, written in quotes"))),
        };
        match name {
            "theme" => {
                let s = string("the name of a theme")?;
                let theme = ThemeName::from_str(&s, true).map_err(|_| {
                    at(
                        offset,
                        format!(
                            "`{}` is not a theme; the themes are {}",
                            text::quote(&s),
                            theme_names().join(", ")
                        ),
                    )
                })?;
                config.theme = Some(Set { value: theme, line });
            }
            "symbols" => {
                let s = string("a set of symbols")?;
                let symbols = Symbols::from_str(&s, true).map_err(|_| {
                    at(
                        offset,
                        format!(
                            "`{}` is not a set of symbols; the sets are unicode, ascii",
                            text::quote(&s)
                        ),
                    )
                })?;
                config.symbols = Some(Set {
                    value: symbols,
                    line,
                });
            }
            "lang" => {
                let s = string("a language")?;
                let langs: Langs = s.parse().map_err(|e: String| at(offset, e))?;
                config.lang = Some(Set { value: langs, line });
            }
            "autosave" => match value.get_ref() {
                DeValue::Boolean(b) => config.autosave = Some(Set { value: *b, line }),
                _ => return Err(at(offset, "`autosave` is true or false".to_string())),
            },
            "file" => {
                let s = string("a path")?;
                if s.trim().is_empty() {
                    return Err(at(
                        offset,
                        "`file` is empty; give a path or leave it out".into(),
                    ));
                }
                config.file = Some(Set {
                    value: expand_home(&s),
                    line,
                });
            }
            "editor" => {
                let s = string("a command")?;
                if s.trim().is_empty() {
                    return Err(at(
                        offset,
                        "`editor` is empty; give a command or leave it out".into(),
                    ));
                }
                config.editor = Some(Set { value: s, line });
            }
            other => {
                return Err(at(
                    key.span().start,
                    format!(
                        "`{}` is not a setting; the settings are {}",
                        text::quote(other),
                        KEYS.join(", ")
                    ),
                ));
            }
        }
    }
    Ok(config)
}

/// `~/…` as a path in the home folder.
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), directories::BaseDirs::new()) {
        (Some(rest), Some(dirs)) => dirs.home_dir().join(rest),
        _ => PathBuf::from(path),
    }
}

/// The folder of the user's themes: `themes` beside the config file in force.
pub fn themes_dir() -> Option<PathBuf> {
    path().and_then(|p| p.parent().map(|d| d.join("themes")))
}

/// A theme file larger than this is not read (a theme is sixteen short lines).
const THEME_FILE_LIMIT: u64 = 64 * 1024;

/// Reads the user's theme files (`themes/*.toml` in the config folder, in name order) and makes
/// them known to `--theme`, the config file and the completions; gives what was left out, and
/// why, for `config show`. Run once, before the command line is read.
pub fn register_user_themes() -> Vec<String> {
    let mut files = Vec::new();
    let mut left = Vec::new();
    if let Some(dir) = themes_dir()
        && let Ok(entries) = std::fs::read_dir(&dir)
    {
        let mut paths: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        paths.sort();
        for p in paths {
            let shown = text::shown_path(&p);
            let Some(name) = p.file_stem().and_then(|n| n.to_str()) else {
                left.push(format!(
                    "{shown}: not a theme's name (lowercase letters, digits and -)"
                ));
                continue;
            };
            let read = std::fs::metadata(&p).and_then(|m| {
                if m.len() > THEME_FILE_LIMIT {
                    Err(std::io::Error::other(format!(
                        "larger than {} KB; a theme is sixteen short lines",
                        THEME_FILE_LIMIT / 1024
                    )))
                } else {
                    std::fs::read_to_string(&p)
                }
            });
            match read {
                Ok(t) => files.push((name.to_string(), shown, t)),
                Err(e) => left.push(format!("{shown}: {e}")),
            }
        }
    }
    left.extend(crate::ui::theme::register_user_themes(files));
    left
}

/// The themes' names as the command line and the config file write them.
pub fn theme_names() -> Vec<String> {
    ThemeName::value_variants()
        .iter()
        .filter_map(clap::ValueEnum::to_possible_value)
        .map(|v| v.get_name().to_string())
        .collect()
}

/// The theme in force: `--theme`, else the config file's, else mono where colour is not wanted,
/// else dark; and where it came from.
pub fn theme(asked: Option<ThemeName>, config: &Config, colourless: bool) -> (ThemeName, String) {
    match (asked, &config.theme) {
        (Some(t), _) => (t, "--theme".into()),
        (None, Some(set)) => (set.value, from_file(config, set.line)),
        (None, None) if colourless => (ThemeName::Mono, "NO_COLOR or TERM=dumb".into()),
        (None, None) => (ThemeName::Dark, "default".into()),
    }
}

/// The symbols in force: `--symbols`, else the config file's, else ASCII on the Linux console
/// (`TERM=linux`), else Unicode; and where they came from.
pub fn symbols(asked: Option<Symbols>, config: &Config, term: Option<&str>) -> (Symbols, String) {
    match (asked, &config.symbols) {
        (Some(s), _) => (s, "--symbols".into()),
        (None, Some(set)) => (set.value, from_file(config, set.line)),
        (None, None) => match Symbols::for_terminal(term) {
            Symbols::Ascii => (Symbols::Ascii, "TERM=linux".into()),
            Symbols::Unicode => (Symbols::Unicode, "default".into()),
        },
    }
}

/// The languages in force: `--lang`, else the config file's, else what the environment asks
/// for (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English; and where they came from.
pub fn langs(asked: Option<Langs>, config: &Config) -> (Langs, String) {
    match (asked, &config.lang) {
        (Some(l), _) => (l, "--lang".into()),
        (None, Some(set)) => (set.value, from_file(config, set.line)),
        (None, None) => match crate::i18n::from_environment(|k| std::env::var(k).ok()) {
            Some(l) => (Langs::one(l), "LC_ALL, LC_MESSAGES or LANG".into()),
            None => (Langs::default(), "default".into()),
        },
    }
}

fn from_file(config: &Config, line: usize) -> String {
    let file = config
        .path
        .as_ref()
        .map_or_else(|| "the config file".to_string(), text::shown_path);
    format!("{file}:{line}")
}

/// `pactboard config path|show`.
pub fn run(
    what: ConfigCommand,
    (asked_theme, asked_lang, asked_symbols): (Option<ThemeName>, Option<Langs>, Option<Symbols>),
    autosave_flag: bool,
    ignored_themes: &[String],
) -> ExitCode {
    match what {
        ConfigCommand::Path => {
            if let Some(p) = path() {
                println!("{}", text::shown_path(&p));
                ExitCode::SUCCESS
            } else {
                eprintln!(
                    "error: there is no home folder for a config file; set PACTBOARD_CONFIG=FILE"
                );
                ExitCode::from(super::EXIT_USAGE)
            }
        }
        ConfigCommand::Show => {
            let (config, problem) = match load() {
                Ok(c) => (c, None),
                Err(e) => (Config::default(), Some(e)),
            };
            let file =
                path().map_or_else(|| "(no home folder)".to_string(), |p| text::shown_path(&p));
            let state = match (&problem, &config.path) {
                (Some(_), _) => "has a problem, so nothing in it is used",
                (None, Some(_)) => "read",
                (None, None) => "not there: everything is a default",
            };
            println!("config file: {file} ({state})");
            if let Some(e) = &problem {
                println!("  {}", text::sanitize(&e.to_string()));
            }
            let (theme, from) = theme(asked_theme, &config, colourless());
            let theme_name = theme
                .to_possible_value()
                .map_or_else(String::new, |v| v.get_name().to_string());
            println!("theme = {theme_name}    ({from})");
            if let Some(problem) = theme.problem() {
                println!("  {problem}; drawn in the dark theme");
            }
            let term = std::env::var("TERM").ok();
            let (symbols, from) = symbols(asked_symbols, &config, term.as_deref());
            println!("symbols = {}    ({from})", symbols.name());
            let (autosave, from) = match (autosave_flag, &config.autosave) {
                (true, _) => (true, "--autosave".to_string()),
                (false, Some(set)) => (set.value, from_file(&config, set.line)),
                (false, None) => (false, "default".to_string()),
            };
            println!("autosave = {autosave}    ({from})");
            match &config.file {
                Some(set) => println!(
                    "file = {}    ({})",
                    text::shown_path(&set.value),
                    from_file(&config, set.line)
                ),
                None => println!(
                    "file = {}    (default: the working copy of the bundled model)",
                    places::working_copy_path()
                        .map_or_else(|| "(no home folder)".to_string(), |p| text::shown_path(&p))
                ),
            }
            let (editor, from) = match &config.editor {
                Some(set) => (set.value.clone(), from_file(&config, set.line)),
                None => crate::runtime::editor::from_environment(),
            };
            println!("editor = {}    ({from})", text::sanitize(&editor));
            let (langs, from) = langs(asked_lang, &config);
            println!("lang = {langs}    ({from})");
            let dir = themes_dir()
                .map_or_else(|| "(no home folder)".to_string(), |d| text::shown_path(&d));
            let users = crate::ui::theme::user_themes();
            if users.is_empty() {
                println!(
                    "your themes: none in {dir} (a NAME.toml there, in the format of the built-in themes, adds --theme NAME)"
                );
            } else {
                println!("your themes, in {dir}:");
                for user in users {
                    match &user.theme {
                        Ok(_) => println!("  {}", user.name),
                        Err(e) => println!("  {}: {e}", user.name),
                    }
                }
            }
            for left in ignored_themes {
                println!("  left out: {left}");
            }
            if problem.is_some() {
                ExitCode::from(super::EXIT_DATA)
            } else {
                ExitCode::SUCCESS
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_setting_is_read_with_its_line() {
        let c = parse(
            "# mine\ntheme = \"light\"\nautosave = true\nfile = \"/p/m.toml\"\neditor = \"code --wait\"\n",
            "c.toml",
        )
        .unwrap();
        assert_eq!(
            c.theme,
            Some(Set {
                value: ThemeName::Light,
                line: 2
            })
        );
        assert_eq!(
            c.autosave,
            Some(Set {
                value: true,
                line: 3
            })
        );
        assert_eq!(c.file.unwrap().value, PathBuf::from("/p/m.toml"));
        assert_eq!(c.editor.unwrap().value, "code --wait");
    }

    #[test]
    fn a_problem_is_located_and_names_the_choices() {
        let e = parse("theme = \"blue\"\n", "c.toml").unwrap_err();
        assert_eq!((e.line, e.column), (1, 9));
        assert!(
            e.message.contains("dark, light, high-contrast, mono"),
            "{e}"
        );
        let e = parse("\n\ncolour = \"x\"\n", "c.toml").unwrap_err();
        assert_eq!((e.line, e.column), (3, 1));
        assert!(e.message.contains("theme, autosave, file, editor"), "{e}");
        let e = parse("autosave = \"yes\"\n", "c.toml").unwrap_err();
        assert!(e.message.contains("true or false"), "{e}");
        let e = parse("theme = \n", "c.toml").unwrap_err();
        assert_eq!(e.line, 1);
    }

    #[test]
    fn flags_beat_the_file_which_beats_the_environment() {
        let c = parse("theme = \"light\"\n", "c.toml").unwrap();
        assert_eq!(theme(Some(ThemeName::Dark), &c, true).0, ThemeName::Dark);
        assert_eq!(theme(None, &c, true).0, ThemeName::Light);
        assert_eq!(theme(None, &Config::default(), true).0, ThemeName::Mono);
        assert_eq!(theme(None, &Config::default(), false).0, ThemeName::Dark);
    }
}
