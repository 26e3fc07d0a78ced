//! The command line as clap reads it: the commands, their options and the formats they take.
//! What each command does is in its own file; the dispatch is in `mod.rs`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use chrono::NaiveDate;

use super::since::{self, SinceArg};
use super::{add, author, edit, remove};
use crate::app::View;
use crate::i18n::Langs;
use crate::ui::theme::ThemeName;

/// Track a bilateral partnership (pillars, agreements, targets, milestones) kept in a TOML file.
#[derive(Debug, Parser)]
#[command(
    name = "pactboard",
    version,
    subcommand_precedence_over_arg = true,
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
    /// What "today" is for overdue and pace figures (also `PACTBOARD_TODAY=YYYY-MM-DD`) [default:
    /// the local date]
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    pub today: Option<NaiveDate>,
    /// Append a log to FILE (also `PACTBOARD_LOG=FILE`; the level from `RUST_LOG`, default info)
    #[arg(long, global = true, value_name = "FILE")]
    pub log: Option<PathBuf>,
    /// Colours of the dashboard [default: dark; mono when `NO_COLOR` is set or TERM=dumb]
    #[arg(long, global = true, value_enum)]
    pub theme: Option<ThemeName>,
    /// The language of the dashboard, the deck and the files: en, ja, hi, or two for a room of
    /// two delegations (en+ja: the second beneath the slides' headings) [default: the config
    /// file's `lang`, else `LC_ALL`, `LC_MESSAGES` or `LANG`, else en]
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_langs)]
    pub lang: Option<Langs>,
    /// The symbols the screen is drawn with: ascii draws borders, bars and status marks in
    /// ASCII only [default: the config file's `symbols`, else ascii on the Linux console
    /// (TERM=linux), else unicode]
    #[arg(long, global = true, value_enum)]
    pub symbols: Option<crate::ui::theme::Symbols>,
}

fn parse_langs(s: &str) -> Result<Langs, String> {
    s.parse()
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
        /// The partnership file [default: your working copy of the bundled model]
        file: Option<PathBuf>,
        /// Markdown for people, JSON for scripts
        #[arg(long, value_enum, default_value_t = Format::Markdown)]
        format: Format,
        /// Also list the changes since this date (the status changes recorded from then on) or
        /// this git revision of the file (a tag, a commit, HEAD~3: the model then compared with
        /// now, hand edits included)
        #[arg(long, value_name = "DATE|REV", value_parser = since::parse_since)]
        since: Option<SinceArg>,
    },
    /// Present the model full-screen as slides, for meetings
    #[command(
        after_help = present_help()
    )]
    Present {
        /// The partnership file [default: your working copy of the bundled model]
        file: Option<PathBuf>,
        /// Add a slide of the changes since this date or git revision (see `report --help`)
        #[arg(long, value_name = "DATE|REV", value_parser = since::parse_since)]
        since: Option<SinceArg>,
        /// The slides, in order: names separated by commas (see `present --help`) [default: the
        /// model's [deck], or title,overview,money,since,decisions,agreements,pillars,quiet,coming-up,summary]
        #[arg(long, value_name = "NAMES", value_parser = parse_slides)]
        slides: Option<Slides>,
        /// Show the speaker view: the current slide small, the next one, the clock, the notes;
        /// its keys move every screen that follows the same file
        #[arg(long, conflicts_with = "follow")]
        speaker: bool,
        /// Follow the presenter of the same file (a second screen in the room): read-only, on
        /// the presenter's slide; without --slides and --since, the presenter's
        #[arg(long)]
        follow: bool,
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
        /// When the change happened: a day (2026-01-10, yesterday, -3d, -2w) or a day and a
        /// time (2026-01-10 14:30, 2026-01-10T14:30+09:00); a past day is recorded as a day, with
        /// no invented time [default: now]
        #[arg(long, value_name = "WHEN", allow_hyphen_values = true)]
        on: Option<String>,
        /// Record a date before the last recorded change (in time order), and write the file
        /// even if it is marked read-only (never one you may not write)
        #[arg(long)]
        force: bool,
    },
    /// Add a milestone, an entry of a target, a source or a pillar, and save the file safely
    #[command(
        after_help = "The addition is written after the last of its kind, in the file's own style; nothing else changes.\nExit status: 0 saved, 1 bad data, an unknown reference or a refused value (nothing written), 2 the file cannot be read or written."
    )]
    Add {
        #[command(subcommand)]
        what: add::Addition,
    },
    /// Change fields of one milestone (title, pillar, objective, due, owner, weight, notes, source)
    #[command(
        after_help = "A field given as \"\" is removed (not the title or pillar). Only the values change; the rest of the file stays byte for byte.\nExit status: 0 saved, 1 bad data, an unknown id or reference or a refused value (nothing written), 2 the file cannot be read or written.\n\nExample:\n  pactboard edit my.toml stockpiling-strategy --due \"end of quarter\" --owner METI"
    )]
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Edit {
        #[command(subcommand)]
        what: Option<edit::Editing>,
        /// The partnership file
        #[arg(required = true)]
        file: Option<PathBuf>,
        /// The milestone's id
        #[arg(required = true)]
        milestone: Option<String>,
        #[command(flatten)]
        fields: author::MilestoneFields,
        #[command(flatten)]
        write: author::WriteOptions,
    },
    /// Remove one milestone: its table, its history, and a comment directly above it
    #[command(
        after_help = "To keep the record of a milestone that will not happen, `pactboard set FILE ID cancelled` instead.\nExit status: 0 saved, 1 bad data or an unknown id (nothing written), 2 the file cannot be read or written.\n\nExample:\n  pactboard remove my.toml duplicate-item"
    )]
    #[command(args_conflicts_with_subcommands = true, subcommand_negates_reqs = true)]
    Remove {
        #[command(subcommand)]
        what: Option<remove::Removal>,
        /// The partnership file
        #[arg(required = true)]
        file: Option<PathBuf>,
        /// The milestone's id
        #[arg(required = true)]
        milestone: Option<String>,
        #[command(flatten)]
        write: author::WriteOptions,
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
        /// With slide:N, the presentation's "since" slide from this date or git revision
        #[arg(long, value_name = "DATE|REV", value_parser = since::parse_since)]
        since: Option<SinceArg>,
        /// The slides, in order: names separated by commas (see `present --help`) [default: the
        /// model's [deck], or title,overview,money,since,decisions,agreements,pillars,quiet,coming-up,summary]
        #[arg(long, value_name = "NAMES", value_parser = parse_slides)]
        slides: Option<Slides>,
        /// Columns of the screen
        #[arg(long, default_value_t = 80, value_parser = clap::value_parser!(u16).range(1..=1000))]
        width: u16,
        /// Rows of the screen
        #[arg(long, default_value_t = 24, value_parser = clap::value_parser!(u16).range(1..=1000))]
        height: u16,
        /// Plain text, or an SVG image drawn from the same screen (colours in the --theme)
        #[arg(long, value_enum, default_value_t = SnapshotFormat::Text)]
        format: SnapshotFormat,
    },
    /// Every change to the model in the file's git history, with authors, newest first
    #[command(
        after_help = "Each commit that changed the file is compared with the one before it as models, not lines: status changes (with the history note, or \"changed by hand\" when no history entry records it), milestones added, removed, retitled, moved, re-dated; entries recorded; pillars, objectives, sources and targets added or changed. Uncommitted changes of the working file come first. A file renamed or moved is followed to where it was; a merge commit is listed only for what it changed itself. The repository is read directly; git need not be installed.\nExit status: 0, or 2 when the file is not in a git repository or a revision is unknown.\n\nExamples:\n  pactboard log my.toml --since 2025-09-01\n  pactboard log my.toml --since meeting-2025-09 --format markdown"
    )]
    Log {
        /// The partnership file [default: your working copy of the bundled model]
        file: Option<PathBuf>,
        /// Only commits made on or after this date, or after this revision (a tag such as
        /// meeting-2025-09, a commit, HEAD~3)
        #[arg(long, value_name = "DATE|REV", value_parser = since::parse_since)]
        since: Option<SinceArg>,
        /// Only commits up to this revision (and not the uncommitted changes)
        #[arg(long, value_name = "REV")]
        until: Option<String>,
        /// Text for people, Markdown for minutes, JSON for scripts
        #[arg(long, value_enum, default_value_t = LogFormat::Text)]
        format: LogFormat,
    },
    /// Write the views and slides as files for people who were not at the terminal
    #[command(
        after_help = "html: one page that loads nothing from anywhere: the slides of `present` (← → Space Home End move between them; printing gives a page per slide), then the report with charts and the sources' links. --out - prints it.\npdf: the slides, a page each, drawn as the terminal draws them, text as text in the system's fonts, chosen per script (--font first; DejaVu Sans Mono, bundled, draws the Latin text and the marks where the system has no font; a script or character no font has is named once).\nsvg: one image per view and per slide (overview.svg … slide-01.svg …) into the folder --out, drawn from the same screens as the terminal at --width x --height, in the --theme's colours.\nAn existing --out is written into only with --force.\n\nExample:\n  pactboard export my.toml --format svg --out minutes-2026-11-25 --since 2026-09-01"
    )]
    Export {
        /// The partnership file [default: your working copy of the bundled model]
        file: Option<PathBuf>,
        /// What to write
        #[arg(long, value_enum)]
        format: ExportFormat,
        /// Where to write [default: the file's name with .html or .pdf, or with -svg for a folder,
        /// in the current folder]
        #[arg(long, value_name = "PATH")]
        out: Option<PathBuf>,
        /// Add the presentation's slide of the changes since this date or git revision (see
        /// `report --help`)
        #[arg(long, value_name = "DATE|REV", value_parser = since::parse_since)]
        since: Option<SinceArg>,
        /// The slides, in order: names separated by commas (see `present --help`) [default: the
        /// model's [deck], or title,overview,money,since,decisions,agreements,pillars,quiet,coming-up,summary]
        #[arg(long, value_name = "NAMES", value_parser = parse_slides)]
        slides: Option<Slides>,
        /// Columns of each screen
        #[arg(long, default_value_t = 120, value_parser = clap::value_parser!(u16).range(20..=1000))]
        width: u16,
        /// Rows of each screen
        #[arg(long, default_value_t = 40, value_parser = clap::value_parser!(u16).range(10..=1000))]
        height: u16,
        /// Write into an --out that exists (its files of the same names are replaced)
        #[arg(long)]
        force: bool,
        /// pdf: a font file, or a folder of fonts, tried before the system's for every script
        /// (may be given more than once)
        #[arg(long = "font", value_name = "FILE|DIR")]
        fonts: Vec<PathBuf>,
    },
    /// Write the bundled India–Japan model to FILE as a starting point (never overwrites)
    #[command(
        after_help = "Example:\n  pactboard init my-partnership.toml && pactboard my-partnership.toml"
    )]
    Init {
        /// Where to write the model
        file: PathBuf,
    },
    /// Mark partnership files for pactboard's merge in .gitattributes and configure the driver
    #[command(
        name = "git-setup",
        after_help = "Adds `/PATH merge=pactboard` to the repository's .gitattributes for each FILE (commit it, so that every clone merges the same way) and the [merge \"pactboard\"] driver to .git/config (each clone runs git-setup once). Without FILE, the partnership files under this folder.\nThen `git merge` merges those files as models: independent changes merge, both sides' history entries are kept in time order, and a field set differently on both sides is left between conflict markers around just that milestone, for `pactboard resolve FILE`.\n\nExample:\n  pactboard git-setup data/india-japan.toml"
    )]
    GitSetup {
        /// The partnership files [default: those under this folder]
        files: Vec<PathBuf>,
    },
    /// The merge driver git runs for a file marked merge=pactboard (see git-setup)
    #[command(
        name = "merge-driver",
        after_help = "git runs it as `pactboard merge-driver %O %A %B %P`: the common version, ours (where the result is written), theirs, and the file's path. A three-way merge of models written in our file's style: untouched lines stay byte for byte. What it cannot merge as models (a version that is not a valid model, or a change of theirs to a table pactboard does not write) is merged as lines by `git merge-file`, as git would.\nExit status: 0 merged cleanly, 1 conflicts left between markers, 2 the result could not be written."
    )]
    MergeDriver {
        /// %O: the common version
        base: PathBuf,
        /// %A: our version; the result is written here
        ours: PathBuf,
        /// %B: their version
        theirs: PathBuf,
        /// %P: the file's path in the repository
        #[arg(default_value = "the file")]
        name: String,
    },
    /// Settle a merge that left a partnership file in conflict, asking which side stands
    #[command(
        after_help = "Reads the common version, ours and theirs from git's index, merges them as models, and asks for each conflict which side stands: o (ours) or t (theirs), or b (both) for notes. Then writes a valid model; `git add FILE` marks it resolved. Answers may be piped in, one per line.\nExit status: 0 written, 1 no answer or a merge it cannot make (nothing written), 2 not in a merge or the file cannot be written.\n\nExample:\n  pactboard resolve data/india-japan.toml"
    )]
    Resolve {
        /// The partnership file in conflict
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
    /// Where the config file is, and the settings in force with where each came from
    #[command(
        after_help = "The config file (config.toml in the platform's config folder, or PACTBOARD_CONFIG=FILE) may set:\n  theme = \"light\"          dark, light, high-contrast, mono, or NAME for themes/NAME.toml beside this file\n  symbols = \"ascii\"        unicode, ascii (borders, bars, marks in ASCII only)\n  autosave = true\n  file = \"~/partnership.toml\"   opened when no FILE is given (relative: to the config file's folder)\n  editor = \"code --wait\"   what O opens the file in\nCommand-line flags beat the file, which beats NO_COLOR, TERM and $VISUAL/$EDITOR. A file with a problem is said with its line and column, and everything runs on the defaults.\n\nExamples:\n  pactboard config path\n  pactboard config show"
    )]
    Config {
        #[command(subcommand)]
        what: super::config::ConfigCommand,
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Start {
    Dashboard,
    /// `present`, with the "since" slide from this date or revision.
    Presenting {
        since: Option<SinceArg>,
        slides: Option<Slides>,
        role: crate::app::deck::Role,
    },
}

/// `log` formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LogFormat {
    Text,
    Markdown,
    Json,
}

/// `snapshot` formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SnapshotFormat {
    Text,
    Svg,
}

/// `export` formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// One self-contained page: the slides, then the report (`--out -` prints it)
    Html,
    /// An SVG image of every view and slide, into a folder
    Svg,
    /// The slides, a page each, with their text as text
    Pdf,
}

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Markdown,
    Json,
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

/// The slides `--slides` names, in order, and the text that named them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Slides(pub Vec<crate::model::deck::Part>, pub String);

/// Clap's parser of `--slides`.
pub fn parse_slides(text: &str) -> Result<Slides, String> {
    crate::model::deck::Part::parse_list(text).map(|parts| Slides(parts, text.to_string()))
}

/// `present --help`'s text after the options: the keys, the slides' names, examples.
fn present_help() -> String {
    let mut out = String::from(
        "Keys: → Space PgDn next, ← PgUp previous, Home/End, a number then Enter jumps (by the deck's own numbering), t hides the footer, q or Esc leaves.\n\nSlides (--slides, or the model's [deck]; a list too long for the screen continues on the next slide):\n",
    );
    for (name, what) in crate::model::deck::PARTS {
        out.push_str(&format!("  {name:<12} {what}\n"));
    }
    out.push_str("\nTwo screens: the speaker view in your terminal (--speaker: this slide small, the next one, the clock, the notes from the file's [deck.notes] and what the model says), and --follow on the room's screen or anyone's laptop. Followers find the presenter by the file they show (a small file in pactboard's runtime folder says where the presenter is), start at its slide however late they start, and never slow it down; any number may follow.\n");
    out.push_str("\nExamples:\n  pactboard present\n  pactboard present my-partnership.toml --theme high-contrast --since 2025-09-01\n  pactboard present my-partnership.toml --slides overview,money,since,decisions --since meeting-2025-09\n  pactboard present my-partnership.toml --speaker --since meeting-2025-09    (your terminal)\n  pactboard present my-partnership.toml --follow                             (the room's screen)");
    out
}
