//! What the commands share: exit codes' helpers, colour and theme choice, loading a file with
//! its diagnostics printed, showing paths and counts safely.

use std::io::IsTerminal;
use std::path::Path;
use std::process::ExitCode;

use super::{EXIT_DATA, EXIT_USAGE};
use crate::store::{self, Diagnostic, SourceText, StoreError};
use crate::text;
use crate::ui::theme::ThemeName;

/// Whether the environment asks for no colour: `NO_COLOR` set, or a terminal that has none.
pub(super) fn colourless() -> bool {
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
/// A path as messages show it ([`text::shown_path`]).
pub(super) fn shown(path: &Path) -> String {
    text::shown_path(path)
}

pub(super) fn styled(stream: &impl IsTerminal) -> bool {
    stream.is_terminal() && !colourless()
}

pub(super) fn plural(n: usize, word: &str, lead: &str) -> String {
    match n {
        0 if lead.is_empty() => format!("no {word}s"),
        0 => String::new(),
        1 => format!("{lead}1 {word}"),
        n => format!("{lead}{n} {word}s"),
    }
}

/// Every diagnostic of one file, rendered.
pub(super) fn render(source: &SourceText, diagnostics: &[Diagnostic], color: bool) -> String {
    let path = shown(&source.path).clone();
    let renderer = store::Report::new(&path, &source.text, color);
    diagnostics.iter().map(|d| renderer.render(d)).collect()
}

/// Loads a file for a command that needs a valid model, printing why not on stderr.
pub(super) fn load_or_explain(path: &Path) -> Result<store::Loaded, ExitCode> {
    explain(store::load(path))
}

/// Prints the warnings of a loaded file, or why it could not be loaded.
pub(super) fn explain(
    result: Result<store::Loaded, StoreError>,
) -> Result<store::Loaded, ExitCode> {
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

pub(super) fn fail(code: u8, error: Option<StoreError>) -> ExitCode {
    if let Some(e) = error {
        eprintln!("error: {}", text::sanitize(&e.to_string()));
    }
    ExitCode::from(code)
}
