//! The command line: the dispatch from what clap read (`args.rs`) to the command, and the exit
//! codes; what every command shares is in `shared.rs`. Each command lives in a file of its
//! own: `check`, `set`, `add`/`edit`/`remove` (`author`, saving through `write`), `report`
//! (and `snapshot`), `init`, `man` (and `completions`), and `dashboard` (the dashboard and
//! `present`).

mod add;
mod args;
mod author;
mod check;
mod config;
mod dashboard;
mod edit;
mod export;
mod git;
mod history;
mod init;
mod man;
mod remove;
mod report;
mod set;
mod shared;
mod since;
mod write;

use std::path::Path;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use crate::clock;
use crate::places;
use crate::text;
use crate::ui::theme::ThemeName;
pub use args::*;
/// The symbols chosen for this run (`--symbols`, the config file, the terminal), for every
/// screen a command draws.
static SYMBOLS: std::sync::OnceLock<crate::ui::theme::Symbols> = std::sync::OnceLock::new();

/// The theme `name` drawn with the symbols chosen for this run.
pub(crate) fn drawn(name: ThemeName) -> crate::ui::theme::Theme {
    crate::ui::theme::Theme::named(name).with_symbols(SYMBOLS.get().copied().unwrap_or_default())
}

pub use shared::theme_for;
pub(crate) use shared::*;

/// Exit status: the data has errors.
const EXIT_DATA: u8 = 1;
/// Exit status: a file cannot be read or written, or the command line is wrong.
const EXIT_USAGE: u8 = 2;

/// Parses the command line and runs the command.
/// Whether a panic is `print!` meeting a reader that went away (`pactboard report F | head`).
fn closed_pipe(message: &str) -> bool {
    message.starts_with("failed printing to std")
        && (message.contains("Broken pipe")
            // Windows: "The pipe is being closed" and "The pipe has been ended".
            || message.contains("os error 232")
            || message.contains("os error 109"))
}

/// Every command ends quietly when the reader of its output goes away, as other tools do: no
/// panic message, exit 0.
fn quiet_on_closed_pipe() {
    let default = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let payload = info.payload();
        let message = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("");
        if closed_pipe(message) {
            std::process::exit(0);
        }
        default(info);
    }));
}

pub fn main() -> ExitCode {
    quiet_on_closed_pipe();
    // The user's theme files, before the arguments: `--theme` and the completions offer them.
    let ignored_themes = config::register_user_themes();
    let cli = match command()
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(e) if e.use_stderr() => {
            // clap repeats a bad value whole: cut what is long, so 100,000 typed characters
            // cost a short message.
            eprint!("{}", text::cut_long_words(&e.to_string()));
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(EXIT_USAGE));
        }
        Err(e) => e.exit(),
    };
    // Global options go before or after a command; the dashboard's own do not go with one.
    if cli.command.is_some() && (cli.file.is_some() || cli.autosave) {
        let mut cmd = command();
        cmd.error(
            clap::error::ErrorKind::ArgumentConflict,
            "a FILE or --autosave before a command belongs to the dashboard; put the file after the command (`pactboard check FILE`)",
        )
        .exit();
    }
    // The environment's stand-ins for `--today` and `--log`, read here rather than by clap, which
    // would show them in every usage line as if they were required.
    let given_today = match (cli.global.today, std::env::var("PACTBOARD_TODAY")) {
        (Some(d), _) => Some(d),
        (None, Ok(v)) if !v.trim().is_empty() => {
            if let Ok(d) = chrono::NaiveDate::parse_from_str(v.trim(), "%Y-%m-%d") {
                Some(d)
            } else {
                eprintln!(
                    "error: PACTBOARD_TODAY=`{}` is not a date; write it YYYY-MM-DD",
                    text::quote(&v)
                );
                return ExitCode::from(EXIT_USAGE);
            }
        }
        _ => None,
    };
    let log_file = cli.global.log.clone().or_else(|| {
        std::env::var_os("PACTBOARD_LOG")
            .filter(|v| !v.is_empty())
            .map(std::path::PathBuf::from)
    });
    if let Some(path) = &log_file {
        crate::log::start(path);
    }
    let today = given_today.unwrap_or_else(clock::today);
    if let Some(Command::Config { what }) = cli.command {
        return config::run(
            what,
            (cli.global.theme, cli.global.lang, cli.global.symbols),
            cli.autosave,
            &ignored_themes,
        );
    }
    // The person's settings: a file with a problem is said, and everything runs on the defaults.
    let (settings, config_problem) = match config::load() {
        Ok(c) => (c, None),
        Err(e) => {
            let said = format!(
                "{}; running on the defaults (`pactboard config show`)",
                text::sanitize(&e.to_string())
            );
            if cli.command.is_some() && !matches!(cli.command, Some(Command::Present { .. })) {
                eprintln!("warning: {said}");
            }
            (config::Config::default(), Some(said))
        }
    };
    if let Some(editor) = &settings.editor {
        crate::runtime::editor::configure(editor.value.clone());
    }
    let default_file = settings.file.as_ref().map(|f| f.value.clone());
    let autosave = cli.autosave || settings.autosave.as_ref().is_some_and(|a| a.value);
    let (theme, _) = config::theme(cli.global.theme, &settings, colourless());
    // A theme file with a problem: said, and the dark theme drawn instead.
    let config_problem = match (theme.problem(), config_problem) {
        (None, problem) => problem,
        (Some(theme_problem), problem) => {
            let said = format!("{theme_problem}; drawn in the dark theme");
            if cli.command.is_some() && !matches!(cli.command, Some(Command::Present { .. })) {
                eprintln!("warning: {said}");
            }
            Some(problem.map_or(said.clone(), |p| format!("{p}; {said}")))
        }
    };
    let (langs, _) = config::langs(cli.global.lang, &settings);
    let term = std::env::var("TERM").ok();
    let (symbols, _) = config::symbols(cli.global.symbols, &settings, term.as_deref());
    let _ = SYMBOLS.set(symbols);
    if cli.global.theme.is_some_and(|t| t != ThemeName::Mono)
        || (cli.global.theme.is_none()
            && settings
                .theme
                .as_ref()
                .is_some_and(|t| t.value != ThemeName::Mono))
    {
        // Asked for by name: crossterm would drop every colour under NO_COLOR on its own.
        ratatui::crossterm::style::force_color_output(true);
    }
    match cli.command {
        Some(Command::Check {
            files,
            max_errors,
            format,
        }) => check::check(&files, max_errors, format),
        Some(Command::Report {
            file,
            format,
            since,
        }) => report::report(file.or(default_file), format, since, (today, langs)),
        Some(Command::Init { file }) => init::init(&file),
        Some(Command::GitSetup { files }) => git::git_setup(&files),
        Some(Command::MergeDriver {
            base,
            ours,
            theirs,
            name,
        }) => git::merge_driver(&base, &ours, &theirs, &name),
        Some(Command::Resolve { file }) => git::resolve(&file),
        Some(Command::Completions { shell }) => man::completions(shell),
        Some(Command::Man) => man::man(),
        Some(Command::Config { .. }) => unreachable_config(),
        Some(Command::Set {
            file,
            milestone,
            status,
            note,
            on,
            force,
        }) => {
            let now = given_today.map_or_else(clock::now, clock::on);
            set::set(&file, &milestone, &status, note, on.as_deref(), now, force)
        }
        Some(Command::Add { what }) => add::add(what, today),
        Some(Command::Edit {
            what:
                Some(edit::Editing::Entry {
                    file,
                    target,
                    number,
                    fields,
                    write,
                }),
            ..
        }) => edit::edit_entry(&file, &target, number, &fields, today, write.force),
        Some(Command::Edit {
            what:
                Some(edit::Editing::Pillar {
                    file,
                    id,
                    fields,
                    write,
                }),
            ..
        }) => edit::edit_pillar(&file, &id, &fields, write.force),
        Some(Command::Edit {
            what:
                Some(edit::Editing::Source {
                    file,
                    id,
                    fields,
                    write,
                }),
            ..
        }) => edit::edit_source(&file, &id, &fields, today, write.force),
        Some(Command::Edit {
            file: Some(file),
            milestone: Some(milestone),
            fields,
            write,
            ..
        }) => author::edit(&file, &milestone, &fields, today, write.force),
        Some(Command::Edit { .. }) => {
            eprintln!("error: `pactboard edit FILE MILESTONE --field value…`, or `edit entry`");
            ExitCode::from(EXIT_USAGE)
        }
        Some(Command::Remove {
            what: Some(what), ..
        }) => remove::remove(what),
        Some(Command::Remove {
            file: Some(file),
            milestone: Some(milestone),
            write,
            ..
        }) => author::remove(&file, &milestone, write.force),
        Some(Command::Remove { .. }) => {
            eprintln!("error: `pactboard remove FILE MILESTONE`, or `remove entry|source|pillar`");
            ExitCode::from(EXIT_USAGE)
        }
        Some(Command::Snapshot {
            file,
            view,
            since,
            slides,
            width,
            height,
            format,
        }) => report::snapshot(
            file.or(default_file),
            view,
            (since, slides),
            (width, height),
            today,
            (theme, format, langs),
        ),
        Some(Command::Log {
            file,
            since,
            until,
            format,
        }) => history::log(file.or(default_file), since, until, format),
        Some(Command::Export {
            file,
            format,
            out,
            since,
            slides,
            width,
            height,
            force,
            fonts,
        }) => export::export(export::Export {
            file: file.or(default_file),
            format,
            out,
            since,
            slides,
            size: (width, height),
            today,
            asked: cli.global.theme,
            theme,
            langs,
            force,
            fonts,
        }),
        Some(Command::Present {
            file,
            since,
            slides,
            speaker,
            follow,
        }) => dashboard::dashboard(
            file.or(default_file),
            today,
            (theme, autosave, langs),
            Start::Presenting {
                since,
                slides,
                role: if speaker {
                    crate::app::deck::Role::Speaker
                } else if follow {
                    crate::app::deck::Role::Follower
                } else {
                    crate::app::deck::Role::Presenter
                },
            },
            config_problem,
        ),
        None => {
            if let Some(code) = cli.file.as_deref().and_then(mistyped_command) {
                return code;
            }
            dashboard::dashboard(
                cli.file.or(default_file),
                today,
                (theme, autosave, langs),
                Start::Dashboard,
                config_problem,
            )
        }
    }
}

/// `config` is run before the settings are read (it shows them, problems and all).
fn unreachable_config() -> ExitCode {
    ExitCode::from(EXIT_USAGE)
}

/// A FILE that is no file but looks like a command name mistyped (`pactboard exprot`): said,
/// with the command meant, instead of trying to open it.
fn mistyped_command(file: &Path) -> Option<ExitCode> {
    if file.exists() {
        return None;
    }
    let word = file.to_str()?;
    if word.contains(['/', '\\', '.']) || word.chars().count() > 40 {
        return None;
    }
    let command = command();
    let names: Vec<&str> = command
        .get_subcommands()
        .filter(|c| !c.is_hide_set())
        .map(clap::Command::get_name)
        .collect();
    let lower = word.to_lowercase();
    let near = names
        .iter()
        .map(|n| (strsim::damerau_levenshtein(&lower, n), *n))
        .filter(|(d, n)| *d <= 2 && *d < n.len())
        .min_by_key(|(d, _)| *d)?;
    eprintln!(
        "error: `{}` is neither a command nor a file; did you mean `pactboard {}`? (`pactboard --help` lists the commands)",
        text::quote(word),
        near.1
    );
    Some(ExitCode::from(EXIT_USAGE))
}

/// The clap command, with the working copy's path (which depends on the platform and the
/// environment) in the help of every FILE that defaults to it.
pub fn command() -> clap::Command {
    let default = match places::working_copy_path() {
        Some(path) => format!(
            "[default: your working copy of the bundled model, {}]",
            shown(&path)
        ),
        None => {
            "[default: the bundled model, read-only (no home folder for a working copy)]".into()
        }
    };
    command_with(&default)
}

/// The clap command with `default` said of every FILE that defaults to the working copy.
pub(crate) fn command_with(default: &str) -> clap::Command {
    let help = |what: &str| format!("{what} {default}");
    Cli::command()
        .mut_arg("file", |a| {
            a.help(help("The partnership file to show and edit"))
        })
        .mut_subcommand("present", |c| {
            c.mut_arg("file", |a| a.help(help("The partnership file")))
        })
        .mut_subcommand("snapshot", |c| {
            c.mut_arg("file", |a| a.help(help("The partnership file")))
        })
        .mut_subcommand("report", |c| {
            c.mut_arg("file", |a| a.help(help("The partnership file")))
        })
        .mut_subcommand("log", |c| {
            c.mut_arg("file", |a| a.help(help("The partnership file")))
        })
        .mut_subcommand("export", |c| {
            c.mut_arg("file", |a| a.help(help("The partnership file")))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_explicit_theme_wins_over_no_color_which_only_changes_the_default() {
        assert_eq!(theme_for(None, false), ThemeName::Dark);
        assert_eq!(theme_for(None, true), ThemeName::Mono);
        assert_eq!(theme_for(Some(ThemeName::Light), true), ThemeName::Light);
        assert_eq!(
            theme_for(Some(ThemeName::HighContrast), false),
            ThemeName::HighContrast
        );
    }
}
