//! What the running dashboard says of the file on disk, in the language shown: its problems,
//! why it cannot be used now, why a save did not happen.

use std::path::Path;

use crate::app::Problems;
use crate::i18n::Lang;
use crate::store::{self, SaveError, StoreError};

/// How many problems the dashboard lists for a file it cannot open (`check` lists them all).
pub const PROBLEMS_SHOWN: usize = 100;

/// The problems of a file that is not a valid model, as lines for the problems screen; `None`
/// when it could not be read at all.
pub fn problems_of(lang: Lang, e: &StoreError) -> Option<Problems> {
    let StoreError::Invalid {
        path,
        text,
        diagnostics,
    } = e
    else {
        return None;
    };
    let file = path.display().to_string();
    let report = store::Report::new(&file, text, false);
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let mut lines: Vec<String> = diagnostics
        .iter()
        .take(PROBLEMS_SHOWN)
        .flat_map(|d| {
            let mut block: Vec<String> = report.render(d).lines().map(str::to_string).collect();
            block.push(String::new());
            block
        })
        .collect();
    if diagnostics.len() > PROBLEMS_SHOWN {
        lines.push(crate::tr!(
            lang,
            "problems-more",
            count = diagnostics.len() - PROBLEMS_SHOWN,
            file = &file
        ));
    }
    let first_line = diagnostics
        .iter()
        .find(|d| d.is_error())
        .map_or(1, |d| store::LineIndex::new(text).locate(d.span.start).0);
    Some(Problems {
        file,
        errors,
        lines,
        first_line,
    })
}

/// One line about why the file on disk cannot be used, in `lang` (the diagnostic it quotes is
/// `check`'s, in English).
pub(super) fn describe_invalid(lang: Lang, e: &StoreError) -> String {
    match e {
        StoreError::Invalid {
            text, diagnostics, ..
        } => {
            let errors: Vec<_> = diagnostics.iter().filter(|d| d.is_error()).collect();
            let first = errors.first().map(|d| {
                let (line, col) = store::LineIndex::new(text).locate(d.span.start);
                crate::tr!(
                    lang,
                    "file-first-error",
                    line = line,
                    col = col,
                    message = &d.message
                )
            });
            crate::tr!(
                lang,
                "file-has-errors",
                count = errors.len(),
                first = first.unwrap_or_default()
            )
        }
        StoreError::Read { .. } => e.to_string(),
    }
}

/// Why a save did not happen, in `lang`: the store's reason for a layout it cannot edit, and
/// the system's for a failed write, stay as they are (English, or the system's language).
pub fn save_error_in(lang: Lang, e: &SaveError) -> String {
    use crate::tr;
    let file = |p: &Path| crate::text::shown_path(p);
    match e {
        SaveError::Conflict { path, .. } => tr!(lang, "save-conflict", file = file(path)),
        SaveError::CannotPlace(c) => {
            tr!(lang, "save-cannot-place", id = &c.id, why = &c.why)
        }
        SaveError::CannotAuthor(c) => tr!(lang, "save-cannot-change", why = c.to_string()),
        SaveError::CannotEdit(c) => tr!(lang, "save-cannot-change", why = c.to_string()),
        SaveError::Unverified { id } => tr!(lang, "save-unverified", id = id),
        SaveError::ReadOnly { path, why } => tr!(
            lang,
            "save-not-written",
            file = file(path),
            why = why.to_string()
        ),
        SaveError::Missing { path } => tr!(lang, "save-missing", file = file(path)),
        SaveError::Exists { path } => tr!(lang, "save-exists", file = file(path)),
        SaveError::Busy { path, source } => tr!(
            lang,
            "save-not-written",
            file = file(path),
            why = source.to_string()
        ),
        SaveError::Io { path, source } => {
            tr!(lang, "save-io", file = file(path), why = source.to_string())
        }
    }
}
