//! The command line: clap definitions and one function per command. See docs/cli.md.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::{DateTime, FixedOffset, NaiveDate};
use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::app::keymap::KeymapError;
use crate::app::{Action, App, Keymap, Origin, View};
use crate::bundled;
use crate::clock;
use crate::model::Status;
use crate::model::edit::Edit;
use crate::model::{Figures, Model};
use crate::places::{self, WorkingCopy};
use crate::report::{self, Report};
use crate::store::atomic::ReadOnly;
use crate::store::{self, Diagnostic, Document, SaveError, SourceText, StoreError};
use crate::text;
use crate::ui::theme::ThemeName;
use crate::ui::{self, theme::Theme};

/// Exit status: the data has errors.
const EXIT_DATA: u8 = 1;
/// Exit status: a file cannot be read or written, or the command line is wrong.
const EXIT_USAGE: u8 = 2;

/// Track a bilateral partnership (pillars, agreements, targets, milestones) kept in a TOML file.
#[derive(Debug, Parser)]
#[command(
    name = "pactboard",
    version,
    args_conflicts_with_subcommands = true,
    after_help = "Examples:\n  pactboard                                  your working copy of the India–Japan model\n  pactboard init my.toml && pactboard my.toml a copy of your own, anywhere\n  pactboard check my.toml                    validate a file\n  pactboard report my.toml --format json     figures for a script"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The partnership file to show and edit [default: your working copy of the bundled model]
    pub file: Option<PathBuf>,
    /// Save after every change (for meetings)
    #[arg(long)]
    pub autosave: bool,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Global {
    /// What "today" is for overdue and pace figures [default: the local date]
    #[arg(
        long,
        global = true,
        value_name = "YYYY-MM-DD",
        env = "PACTBOARD_TODAY"
    )]
    pub today: Option<NaiveDate>,
    /// Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)
    #[arg(long, global = true, value_name = "FILE", env = "PACTBOARD_LOG")]
    pub log: Option<PathBuf>,
    /// Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]
    #[arg(long, global = true, value_enum)]
    pub theme: Option<ThemeName>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate files and print every problem with its line, column and a caret
    #[command(
        after_help = "Exit status: 0 valid (warnings allowed), 1 errors in the data, 2 a file cannot be read.\n\nExample:\n  pactboard check my-partnership.toml"
    )]
    Check {
        /// Files to check
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The most problems printed for one file (the rest are counted)
        #[arg(long, default_value_t = 100, value_name = "N")]
        max_errors: usize,
        /// Text for people, JSON for editors and scripts
        #[arg(long, value_enum, default_value_t = CheckFormat::Text)]
        format: CheckFormat,
    },
    /// Summarise progress, pillars, targets, overdue and upcoming milestones for meeting minutes
    #[command(
        after_help = "Examples:\n  pactboard report my-partnership.toml\n  pactboard report my-partnership.toml --format json --since 2025-09-01"
    )]
    Report {
        /// The partnership file
        file: PathBuf,
        /// Markdown for people, JSON for scripts
        #[arg(long, value_enum, default_value_t = Format::Markdown)]
        format: Format,
        /// Also list the status changes recorded on or after this date
        #[arg(long, value_name = "YYYY-MM-DD")]
        since: Option<NaiveDate>,
    },
    /// Present the model full-screen as slides, for meetings
    #[command(
        after_help = "Keys: → Space PgDn next, ← PgUp previous, Home/End, a number then Enter jumps, t hides the footer, q or Esc leaves.\n\nExamples:\n  pactboard present\n  pactboard present my-partnership.toml --theme high-contrast --since 2025-09-01"
    )]
    Present {
        /// The partnership file [default: your working copy of the bundled model]
        file: Option<PathBuf>,
        /// Add a slide of the status changes recorded since this date
        #[arg(long, value_name = "YYYY-MM-DD")]
        since: Option<NaiveDate>,
    },
    /// Change one milestone's status, with a history entry, and save the file safely
    #[command(
        after_help = "STATUS is planned, in_progress, at_risk, blocked, done or cancelled (any case; `in progress`, `at-risk` and the like are understood).\nIf another save changed the file meanwhile, the change is made on top of that version.\nExit status: 0 saved, 1 bad data or unknown id/status (nothing written), 2 the file cannot be read or written.\n\nExample:\n  pactboard set my-partnership.toml stockpiling-strategy in_progress --note \"Working group formed\""
    )]
    Set {
        /// The partnership file
        file: PathBuf,
        /// The milestone's id
        milestone: String,
        /// The new status
        status: String,
        /// Why, recorded in the history entry
        #[arg(long)]
        note: Option<String>,
        /// The date of the change, for `done_on` and the history entry [default: --today, else
        /// the local date]
        #[arg(long, value_name = "YYYY-MM-DD")]
        on: Option<NaiveDate>,
        /// Write the file even if it is marked read-only (never one you may not write)
        #[arg(long)]
        force: bool,
    },
    /// Print one screen of the dashboard as plain text, without a terminal
    #[command(
        after_help = "Examples:\n  pactboard snapshot my-partnership.toml\n  pactboard snapshot my-partnership.toml --view milestones --width 120 --height 40"
    )]
    Snapshot {
        /// The partnership file [default: your working copy of the bundled model]
        file: Option<PathBuf>,
        /// overview, pillars, milestones, timeline, targets, or slide:N for slide N of the presentation
        #[arg(long, default_value = "overview", value_parser = parse_screen)]
        view: Screen,
        /// With slide:N, the presentation's "since" slide from this date
        #[arg(long, value_name = "YYYY-MM-DD")]
        since: Option<NaiveDate>,
        /// Columns of the screen
        #[arg(long, default_value_t = 80, value_parser = clap::value_parser!(u16).range(1..=1000))]
        width: u16,
        /// Rows of the screen
        #[arg(long, default_value_t = 24, value_parser = clap::value_parser!(u16).range(1..=1000))]
        height: u16,
    },
    /// Write the bundled India–Japan model to FILE as a starting point (never overwrites)
    #[command(
        after_help = "Example:\n  pactboard init my-partnership.toml && pactboard my-partnership.toml"
    )]
    Init {
        /// Where to write the model
        file: PathBuf,
    },
    /// Print a completion script for a shell
    #[command(
        after_help = "Examples:\n  pactboard completions bash > ~/.local/share/bash-completion/completions/pactboard\n  pactboard completions zsh > ~/.zfunc/_pactboard\n  pactboard completions fish > ~/.config/fish/completions/pactboard.fish"
    )]
    Completions {
        /// bash, zsh, fish, powershell or elvish
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), for `man -l -` or a man folder
    #[command(after_help = "Example:\n  pactboard man > ~/.local/share/man/man1/pactboard.1")]
    Man,
}

/// `check` formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Text,
    Json,
}

/// What the interactive command starts with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    Dashboard,
    /// `present`, with the "since" slide from this date.
    Presenting {
        since: Option<NaiveDate>,
    },
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Markdown,
    Json,
}

/// Parses the command line and runs the command.
pub fn main() -> ExitCode {
    let cli = match Cli::from_arg_matches(&command().get_matches()) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    if let Some(path) = &cli.global.log {
        crate::log::start(path);
    }
    let today = cli.global.today.unwrap_or_else(clock::today);
    let theme = theme_for(cli.global.theme, colourless());
    match cli.command {
        Some(Command::Check {
            files,
            max_errors,
            format,
        }) => check(&files, max_errors, format),
        Some(Command::Report {
            file,
            format,
            since,
        }) => report(&file, format, since, today),
        Some(Command::Init { file }) => init(&file),
        Some(Command::Completions { shell }) => {
            clap_complete::generate(shell, &mut command(), "pactboard", &mut std::io::stdout());
            ExitCode::SUCCESS
        }
        Some(Command::Man) => man(),
        Some(Command::Set {
            file,
            milestone,
            status,
            note,
            on,
            force,
        }) => {
            let at = on.or(cli.global.today).map_or_else(clock::now, clock::on);
            set(&file, &milestone, &status, note, at, force)
        }
        Some(Command::Snapshot {
            file,
            view,
            since,
            width,
            height,
        }) => snapshot(file, view, since, (width, height), today, theme),
        Some(Command::Present { file, since }) => dashboard(
            file,
            today,
            theme,
            cli.autosave,
            Start::Presenting { since },
        ),
        None => dashboard(cli.file, today, theme, cli.autosave, Start::Dashboard),
    }
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
}

/// The manual page of pactboard and of every command, one roff document.
fn man() -> ExitCode {
    let command = command();
    let mut out = Vec::new();
    let mut pages = vec![command.clone()];
    pages.extend(
        command
            .get_subcommands()
            .filter(|c| c.get_name() != "help")
            .map(|c| c.clone().name(format!("pactboard-{}", c.get_name()))),
    );
    for page in pages {
        if let Err(e) = clap_mangen::Man::new(page).render(&mut out) {
            eprintln!("error: {e}");
            return ExitCode::from(EXIT_USAGE);
        }
    }
    match std::io::stdout().write_all(&out) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::from(EXIT_USAGE),
    }
}

/// Whether the environment asks for no colour: `NO_COLOR` set, or a terminal that has none.
fn colourless() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
        || std::env::var_os("TERM").is_some_and(|t| t == "dumb")
}

/// The theme: the one asked for with `--theme`, else mono where colour is not wanted, else dark.
pub fn theme_for(asked: Option<ThemeName>, colourless: bool) -> ThemeName {
    match asked {
        Some(name) => name,
        None if colourless => ThemeName::Mono,
        None => ThemeName::Dark,
    }
}

/// A path as a terminal may be shown it: a file name can hold escape sequences too.
fn shown(path: &Path) -> String {
    text::sanitize(&path.display().to_string())
}

fn styled(stream: &impl IsTerminal) -> bool {
    stream.is_terminal() && !colourless()
}

fn check(files: &[PathBuf], max_errors: usize, format: CheckFormat) -> ExitCode {
    if format == CheckFormat::Json {
        return check_json(files, max_errors);
    }
    let mut worst = 0;
    let mut stdout = std::io::stdout().lock();
    let color = styled(&stdout);
    for path in files {
        let source = match SourceText::read(path) {
            Ok(source) => source,
            Err(e) => {
                eprintln!("{}: error: {}", shown(path), text::sanitize(&e.to_string()));
                worst = worst.max(EXIT_USAGE);
                continue;
            }
        };
        let checked = store::check(&source);
        let listed = &checked.diagnostics[..checked.diagnostics.len().min(max_errors)];
        let _ = write!(stdout, "{}", render(&source, listed, color));
        if checked.diagnostics.len() > listed.len() {
            let _ = writeln!(
                stdout,
                "{}: {} more problems not shown (`--max-errors` shows more); mend the ones above first",
                shown(path),
                checked.diagnostics.len() - listed.len()
            );
        }
        let errors = checked.diagnostics.iter().filter(|d| d.is_error()).count();
        let warnings = checked.diagnostics.len() - errors;
        let summary = if let Some(model) = &checked.model {
            format!(
                "ok: {}, {}, {}{}",
                plural(model.pillars.len(), "pillar", ""),
                plural(model.milestones.len(), "milestone", ""),
                plural(model.targets.len(), "target", ""),
                plural(warnings, "warning", ", ")
            )
        } else {
            worst = worst.max(EXIT_DATA);
            format!(
                "{}{}",
                plural(errors, "error", ""),
                plural(warnings, "warning", ", ")
            )
        };
        let _ = writeln!(stdout, "{}: {summary}", shown(path));
    }
    ExitCode::from(worst)
}

/// `check --format json`: one object, `{"version": 1, "files": [...]}`, documented in
/// docs/format.md ("check --format json").
fn check_json(files: &[PathBuf], max_errors: usize) -> ExitCode {
    let mut worst = 0;
    let mut out = Vec::new();
    for path in files {
        let file = path.display().to_string();
        let source = match SourceText::read(path) {
            Ok(source) => source,
            Err(e) => {
                worst = worst.max(EXIT_USAGE);
                out.push(
                    serde_json::json!({ "file": file, "readable": false, "error": e.to_string() }),
                );
                continue;
            }
        };
        let checked = store::check(&source);
        let index = store::LineIndex::new(&source.text);
        let listed = &checked.diagnostics[..checked.diagnostics.len().min(max_errors)];
        let diagnostics: Vec<serde_json::Value> = listed
            .iter()
            .map(|d| {
                let (line, column) = index.locate(d.span.start);
                let (end_line, end_column) = index.locate(d.span.end);
                serde_json::json!({
                    "line": line,
                    "column": column,
                    "end_line": end_line,
                    "end_column": end_column,
                    "severity": if d.is_error() { "error" } else { "warning" },
                    "message": d.message,
                    "help": d.help,
                })
            })
            .collect();
        let errors = checked.diagnostics.iter().filter(|d| d.is_error()).count();
        if checked.model.is_none() {
            worst = worst.max(EXIT_DATA);
        }
        out.push(serde_json::json!({
            "file": file,
            "readable": true,
            "valid": checked.model.is_some(),
            "errors": errors,
            "warnings": checked.diagnostics.len() - errors,
            "not_shown": checked.diagnostics.len() - listed.len(),
            "diagnostics": diagnostics,
        }));
    }
    println!("{}", serde_json::json!({ "version": 1, "files": out }));
    ExitCode::from(worst)
}

fn plural(n: usize, word: &str, lead: &str) -> String {
    match n {
        0 if lead.is_empty() => format!("no {word}s"),
        0 => String::new(),
        1 => format!("{lead}1 {word}"),
        n => format!("{lead}{n} {word}s"),
    }
}

/// Every diagnostic of one file, rendered.
fn render(source: &SourceText, diagnostics: &[Diagnostic], color: bool) -> String {
    let path = shown(&source.path).clone();
    let renderer = store::Report::new(&path, &source.text, color);
    diagnostics.iter().map(|d| renderer.render(d)).collect()
}

/// Loads a file for a command that needs a valid model, printing why not on stderr.
fn load_or_explain(path: &Path) -> Result<store::Loaded, ExitCode> {
    explain(store::load(path))
}

/// Loads a file the dashboard keeps open (see [`store::load_source_to_keep`]).
fn load_to_keep(path: &Path) -> Result<store::Loaded, ExitCode> {
    explain(SourceText::read(path).and_then(store::load_source_to_keep))
}

/// Prints the warnings of a loaded file, or why it could not be loaded.
fn explain(result: Result<store::Loaded, StoreError>) -> Result<store::Loaded, ExitCode> {
    match result {
        Ok(loaded) => {
            let color = styled(&std::io::stderr());
            eprint!("{}", render(&loaded.source, &loaded.warnings, color));
            Ok(loaded)
        }
        Err(e @ StoreError::Read { .. }) => Err(fail(EXIT_USAGE, Some(e))),
        Err(StoreError::Invalid {
            path,
            text,
            diagnostics,
        }) => {
            let source = SourceText::new(path, text);
            eprint!(
                "{}",
                render(&source, &diagnostics, styled(&std::io::stderr()))
            );
            eprintln!(
                "{}: not loaded; `pactboard check {}` lists the same problems",
                shown(&source.path),
                shown(&source.path)
            );
            Err(ExitCode::from(EXIT_DATA))
        }
    }
}

fn fail(code: u8, error: Option<StoreError>) -> ExitCode {
    if let Some(e) = error {
        eprintln!("error: {}", text::sanitize(&e.to_string()));
    }
    ExitCode::from(code)
}

fn report(path: &Path, format: Format, since: Option<NaiveDate>, today: NaiveDate) -> ExitCode {
    let loaded = match load_or_explain(path) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    print_report(&loaded.model, format, since, today);
    ExitCode::SUCCESS
}

fn print_report(model: &Model, format: Format, since: Option<NaiveDate>, today: NaiveDate) {
    let figures = Figures::compute(model, today);
    let report = Report::build(model, &figures, since);
    match format {
        Format::Json => println!("{}", report.to_json()),
        Format::Markdown => print!("{}", report::markdown(model, &report)),
    }
}

fn init(path: &Path) -> ExitCode {
    match places::write_new(path, bundled::INDIA_JAPAN) {
        Ok(()) => {
            println!(
                "wrote the India–Japan model to {0}; open it with `pactboard {0}`",
                shown(path)
            );
            ExitCode::SUCCESS
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!(
                "error: {} already exists; init never overwrites a file (choose another name)",
                shown(path)
            );
            ExitCode::from(EXIT_USAGE)
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", shown(path));
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// How often `set` starts again when another save changed the file between its read and its write.
const SET_ATTEMPTS: usize = 20;

fn set(
    path: &Path,
    id: &str,
    status: &str,
    note: Option<String>,
    at: DateTime<FixedOffset>,
    force: bool,
) -> ExitCode {
    let Some(to) = Status::parse_loose(status) else {
        let names: Vec<&str> = Status::ALL.iter().map(|s| s.as_str()).collect();
        let hint = store::closest(status, &names)
            .map(|c| format!(" (did you mean `{c}`?)"))
            .unwrap_or_default();
        eprintln!(
            "error: unknown status `{}`{hint}; the statuses are {}",
            text::quote(status),
            names.join(", ")
        );
        return ExitCode::from(EXIT_DATA);
    };
    for _ in 0..SET_ATTEMPTS {
        // Read, change and write under the file's lock, so no other pactboard saves in between.
        let lock = match store::lock(path) {
            Ok(lock) => lock,
            Err(e) => {
                // A file that cannot be read is best explained as that.
                if let Err(code) = load_or_explain(path) {
                    return code;
                }
                eprintln!("error: {}; nothing written", text::sanitize(&e.to_string()));
                return ExitCode::from(EXIT_USAGE);
            }
        };
        let loaded = match load_or_explain(path) {
            Ok(loaded) => loaded,
            Err(code) => return code,
        };
        let mut model = loaded.model.clone();
        let Some(index) = model.milestone_index(id) else {
            return unknown_milestone(path, &model, id);
        };
        let edit = Edit::Status {
            to,
            note: note.clone(),
            at,
        };
        let applied = match model.apply(index, edit) {
            Ok(applied) => applied,
            Err(e) => {
                eprintln!("error: {}; nothing written", text::sanitize(&e.to_string()));
                return ExitCode::from(EXIT_DATA);
            }
        };
        let mut document = Document::new(&loaded);
        document.allow_read_only = force;
        let result = document.save_holding(&lock, &model, &[(index, &applied.before)]);
        match &result {
            Ok(_) => {
                tracing::info!(file = %path.display(), milestone = id, to = to.as_str(), "set: saved");
            }
            Err(e) => tracing::warn!(file = %path.display(), milestone = id, "set: not saved: {e}"),
        }
        match result {
            Ok(written) => {
                println!(
                    "{id}: {} → {}, recorded in its history; {} saved",
                    applied.before.status.as_str(),
                    to.as_str(),
                    shown(path)
                );
                if let Some(lost) = written.ownership_lost {
                    eprintln!("warning: {lost}");
                }
                return ExitCode::SUCCESS;
            }
            // Something other than pactboard wrote the file meanwhile: do it again on that.
            Err(SaveError::Conflict { .. }) => {}
            Err(e @ (SaveError::CannotPlace(_) | SaveError::Unverified { .. })) => {
                eprintln!("error: {}", text::sanitize(&e.to_string()));
                return ExitCode::from(EXIT_DATA);
            }
            Err(
                e @ SaveError::ReadOnly {
                    why: ReadOnly::NoWriteBit,
                    ..
                },
            ) => {
                eprintln!(
                    "error: {}; `--force` writes it anyway",
                    text::sanitize(&e.to_string())
                );
                return ExitCode::from(EXIT_USAGE);
            }
            Err(e) => {
                eprintln!("error: {}; nothing written", text::sanitize(&e.to_string()));
                return ExitCode::from(EXIT_USAGE);
            }
        }
    }
    eprintln!(
        "error: {} kept changing while it was being saved ({SET_ATTEMPTS} tries); nothing written",
        shown(path)
    );
    ExitCode::from(EXIT_USAGE)
}

fn unknown_milestone(path: &Path, model: &Model, id: &str) -> ExitCode {
    let ids: Vec<&str> = model.milestones.iter().map(|m| m.id.as_str()).collect();
    let hint = store::closest(id, &ids)
        .map(|c| format!("; did you mean `{}`?", text::quote(c)))
        .unwrap_or_default();
    let first: Vec<String> = ids.iter().take(5).map(|id| text::quote(id)).collect();
    let more = match ids.len() - first.len() {
        0 => String::new(),
        n => format!(" … and {n} more"),
    };
    eprintln!(
        "error: {} has no milestone `{}`{hint}\nthe milestones are: {}{more}",
        shown(path),
        text::quote(id),
        first.join(", ")
    );
    ExitCode::from(EXIT_DATA)
}

/// What `snapshot` draws: a view of the dashboard or a slide (numbered from 1).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    View(View),
    Slide(usize),
}

fn parse_screen(name: &str) -> Result<Screen, String> {
    if let Some(n) = name.strip_prefix("slide:") {
        return match n.parse::<usize>() {
            Ok(n) if n >= 1 => Ok(Screen::Slide(n)),
            _ => Err(format!("`{n}` is not a slide number (slides count from 1)")),
        };
    }
    View::parse(name).map(Screen::View).ok_or_else(|| {
        format!(
            "unknown view `{name}`; the views are {}, or slide:N",
            View::ALL.map(View::name).join(", ")
        )
    })
}

fn snapshot(
    file: Option<PathBuf>,
    screen: Screen,
    since: Option<NaiveDate>,
    (width, height): (u16, u16),
    today: NaiveDate,
    theme: ThemeName,
) -> ExitCode {
    let chosen = model_file(file);
    if chosen.created || chosen.path.is_none() {
        eprintln!("{}", chosen.note());
    }
    let loaded = match &chosen.path {
        Some(path) => load_or_explain(path),
        None => bundled_model(),
    };
    let loaded = match loaded {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let origin = Origin {
        name: shown(&loaded.source.path).clone(),
        read_only: chosen.path.is_none(),
    };
    let mut app = App::new(loaded.model, today, origin, Keymap::defaults());
    match screen {
        Screen::View(view) => app.update(Action::Go(view)),
        Screen::Slide(n) => {
            app.start_presentation(since, false);
            if let Some(p) = &mut app.present {
                if n > p.slides.len() {
                    eprintln!(
                        "error: there is no slide {n}: the deck has {} slides",
                        p.slides.len()
                    );
                    return ExitCode::from(EXIT_USAGE);
                }
                p.current = n - 1;
            }
        }
    }
    let buffer = ui::snapshot::render(&app, &Theme::named(theme), width, height);
    print!("{}", ui::snapshot::to_text(&buffer));
    ExitCode::SUCCESS
}

/// The file a command that shows the model opens: FILE when one is named, else the user's
/// working copy (made from the bundled model on first use), else, when there is no place for
/// one, none: the bundled model, read-only.
struct ModelFile {
    path: Option<PathBuf>,
    /// The working copy was made by this run.
    created: bool,
    /// Why there is no file, when there is none.
    why_none: Option<String>,
    /// The file is the working copy.
    working_copy: bool,
}

impl ModelFile {
    /// One line for the status line (or stderr) about which file this is.
    fn note(&self) -> String {
        match (&self.path, &self.why_none) {
            (Some(path), _) if self.created => {
                format!("new working copy of the bundled model: {}", shown(path))
            }
            (Some(path), _) if self.working_copy => format!("your working copy: {}", shown(path)),
            (Some(path), _) => shown(path),
            (None, why) => format!(
                "{}; showing the bundled model, read-only",
                text::sanitize(why.as_deref().unwrap_or("no working copy"))
            ),
        }
    }
}

fn model_file(file: Option<PathBuf>) -> ModelFile {
    let named = |path| ModelFile {
        path: Some(path),
        created: false,
        why_none: None,
        working_copy: false,
    };
    if let Some(path) = file {
        return named(path);
    }
    match places::working_copy() {
        Ok(WorkingCopy { path, created }) => ModelFile {
            created,
            working_copy: true,
            ..named(path)
        },
        Err(e) => ModelFile {
            path: None,
            created: false,
            why_none: Some(e.to_string()),
            working_copy: false,
        },
    }
}

/// The model embedded in the binary (it is valid: a test says so).
fn bundled_model() -> Result<store::Loaded, ExitCode> {
    let source = SourceText::new("bundled India–Japan model", bundled::INDIA_JAPAN);
    store::load_source(source).map_err(|e| fail(EXIT_DATA, Some(e)))
}

/// `pactboard [FILE]`: the dashboard on FILE, the working copy, or the bundled model read-only;
/// with `present` (`Some(since)`), the presentation.
fn dashboard(
    file: Option<PathBuf>,
    today: NaiveDate,
    theme: ThemeName,
    autosave: bool,
    present: Start,
) -> ExitCode {
    let keymap = match user_keymap() {
        Ok(keymap) => keymap,
        Err(e) => {
            eprintln!("error: {}", text::sanitize(&e.to_string()));
            return ExitCode::from(EXIT_USAGE);
        }
    };
    if !std::io::stdout().is_terminal() {
        let shown = file
            .clone()
            .or_else(places::working_copy_path)
            .map_or_else(|| "FILE".into(), |p| shown(&p));
        eprintln!(
            "error: the dashboard needs a terminal; for text, try `pactboard report {shown}` or `pactboard snapshot {shown}`"
        );
        return ExitCode::from(EXIT_USAGE);
    }
    let chosen = model_file(file);
    let loaded = match &chosen.path {
        Some(path) => load_to_keep(path),
        None => bundled_model(),
    };
    let loaded = match loaded {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let read_only = chosen.path.is_none();
    let origin = Origin {
        name: shown(&loaded.source.path).clone(),
        read_only,
    };
    let (model, document) = Document::split(loaded);
    let document = (!read_only).then_some(document);
    let mut app = App::new(model, today, origin, keymap);
    app.autosave = autosave;
    if chosen.working_copy || read_only {
        app.say(chosen.note(), read_only);
    }
    if let Start::Presenting { since } = present {
        app.now = clock::now();
        app.start_presentation(since, false);
    }
    let session = crate::session::Session { app, document };
    match crate::tui::run(session, Theme::named(theme)) {
        Ok(()) => {
            if read_only {
                println!(
                    "That was the bundled model, read-only. `pactboard init FILE` writes an editable copy."
                );
            } else if chosen.created {
                println!("{}.", chosen.note());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!(
                "error: the terminal failed: {}",
                text::sanitize(&e.to_string())
            );
            ExitCode::from(EXIT_USAGE)
        }
    }
}

/// The default keymap with the person's overrides from the config folder, if there are any.
fn user_keymap() -> Result<Keymap, KeymapError> {
    let Some(path) = places::keymap_path() else {
        return Ok(Keymap::defaults());
    };
    let name = shown(&path);
    let mut keymap = match std::fs::read_to_string(&path) {
        Ok(text) => Keymap::with_overrides(&text, &name)?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Keymap::defaults(),
        Err(e) => {
            return Err(KeymapError {
                origin: name,
                message: e.to_string(),
            });
        }
    };
    keymap.overrides_path = Some(name);
    Ok(keymap)
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
