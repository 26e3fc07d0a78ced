//! `pactboard check`: every problem of each file, as text or JSON.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use super::{CheckFormat, EXIT_DATA, EXIT_USAGE, plural, render, shown, styled};
use crate::store::{self, SourceText};
use crate::text;

pub(super) fn check(files: &[PathBuf], max_errors: usize, format: CheckFormat) -> ExitCode {
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
pub(super) fn check_json(files: &[PathBuf], max_errors: usize) -> ExitCode {
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
