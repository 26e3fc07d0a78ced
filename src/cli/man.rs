//! `pactboard man`: the manual page, from the clap definitions.

use std::io::Write;
use std::process::ExitCode;

use super::{EXIT_USAGE, command_with};

/// The command as the files made once for every user describe it (the manual page, the
/// completions: the release archives carry them): the working copy is said, not its path.
pub(super) fn for_everyone() -> clap::Command {
    command_with(
        "[default: your working copy of the bundled model, made in your data folder on the first run; `pactboard --help` names it]",
    )
}

/// The manual page of pactboard and of every command, one roff document.
pub(super) fn man() -> ExitCode {
    let command = for_everyone();
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
    printed(&out)
}

/// `pactboard completions SHELL`: the script, made whole before it is printed.
pub(super) fn completions(shell: clap_complete::Shell) -> ExitCode {
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut for_everyone(), "pactboard", &mut out);
    printed(&out)
}

/// Prints `out` whole. A reader that went away (`pactboard man | head`) ends it quietly, as
/// every printing command does (exit 0); any other failure to write is said (exit 2).
fn printed(out: &[u8]) -> ExitCode {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(out).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: could not print: {e}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}
