//! Reading partnership files: one parse of the text, kept with its spans, into a checked
//! [`Model`] and a located [`Diagnostic`] for every problem.

pub mod atomic;
pub mod author;
mod deck;
mod decode;
pub mod diagnostic;
mod document;
mod fields;
mod names_edit;
mod parts;
pub mod source_map;
pub mod splice;
mod suggest;
mod syntax;
pub mod table_edit;
mod translations;

use std::path::{Path, PathBuf};

pub use diagnostic::{Diagnostic, LineIndex, Report, Severity};
pub use document::{Document, Edited, SaveError, lock};
pub use source_map::SourceMap;
pub use suggest::{MAX_KNOWN, MAX_NAME, closest};
pub use syntax::merge_markers;

use crate::model::Model;

/// What can keep a file from being used.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file could not be read at all (missing, a folder, no permission).
    #[error("cannot read {}: {source}", crate::text::shown_path(.path))]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The file was read but its content is not a valid partnership model.
    #[error("{} is not a valid partnership file ({} errors)", crate::text::shown_path(.path), .diagnostics.iter().filter(|d| d.is_error()).count())]
    Invalid {
        path: PathBuf,
        /// The text as read (lossily decoded), for rendering the diagnostics.
        text: String,
        diagnostics: Vec<Diagnostic>,
    },
}

impl StoreError {
    /// The first error, located and cut short (`line 12: unknown key ...`): what a message
    /// about a version that does not load says of it.
    pub fn first_problem(&self) -> String {
        match self {
            StoreError::Invalid {
                text, diagnostics, ..
            } => diagnostics
                .iter()
                .find(|d| d.is_error())
                .or(diagnostics.first())
                .map_or_else(
                    || "it does not load".to_string(),
                    |d| {
                        let (line, _) = LineIndex::new(text).locate(d.span.start);
                        format!("line {line}: {}", crate::text::quote(&d.message))
                    },
                ),
            other @ StoreError::Read { .. } => crate::text::quote(&other.to_string()),
        }
    }
}

/// The text of a file, decoded as UTF-8; an invalid byte is replaced and remembered.
#[derive(Debug, Clone)]
pub struct SourceText {
    pub path: PathBuf,
    pub text: String,
    /// Byte offset of the first byte that is not valid UTF-8.
    pub invalid_utf8_at: Option<usize>,
}

impl SourceText {
    /// Text given in memory, such as the bundled model.
    pub fn new(path: impl Into<PathBuf>, text: impl Into<String>) -> Self {
        SourceText {
            path: path.into(),
            text: text.into(),
            invalid_utf8_at: None,
        }
    }

    /// Reads a file from disk.
    pub fn read(path: &Path) -> Result<Self, StoreError> {
        let bytes = std::fs::read(path).map_err(|source| StoreError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Ok(match String::from_utf8(bytes) {
            Ok(text) => SourceText::new(path, text),
            Err(e) => {
                let at = e.utf8_error().valid_up_to();
                SourceText {
                    path: path.to_path_buf(),
                    text: String::from_utf8_lossy(e.as_bytes()).into_owned(),
                    invalid_utf8_at: Some(at),
                }
            }
        })
    }
}

/// The result of checking one text: the model when it has no errors, and every problem found.
#[derive(Debug)]
pub struct Checked {
    pub model: Option<Model>,
    pub diagnostics: Vec<Diagnostic>,
    /// Where each milestone was written (complete only when there is a model).
    pub spans: SourceMap,
}

/// Parses and checks `source` in one pass over its text.
pub fn check(source: &SourceText) -> Checked {
    check_text(&source.text, source.invalid_utf8_at, true)
}

/// The model of a text, when it has no errors, without the places an edit needs: for a version
/// read only to be compared or merged (the history's versions, a merge's common version), where
/// the places of 100,000 milestones would cost some 25 MB and their time.
pub fn model_of(text: &str) -> Option<Model> {
    check_text(text, None, false).model
}

/// [`check`]; the milestones' places are kept when `places`.
fn check_text(text: &str, invalid_utf8_at: Option<usize>, places: bool) -> Checked {
    if let Some(at) = invalid_utf8_at {
        return Checked {
            model: None,
            diagnostics: vec![
                Diagnostic::error(at..at + 1, "the file is not valid UTF-8 text")
                    .with_help("save it as UTF-8; partnership files are TOML, which is UTF-8"),
            ],
            spans: SourceMap::default(),
        };
    }
    let markers = syntax::merge_markers(text);
    if !markers.is_empty() {
        // The parse errors of the two versions side by side would only hide what happened.
        return Checked {
            model: None,
            diagnostics: markers,
            spans: SourceMap::default(),
        };
    }
    parts::split(text)
        .and_then(|p| parts::check(text, &p, places))
        .unwrap_or_else(|| check_whole(text, places))
}

/// Parses and checks a text as one tree: every file with a syntax error, and those whose shape
/// is not read in parts.
fn check_whole(text: &str, places: bool) -> Checked {
    let (root, errors) = toml::de::DeTable::parse_recoverable(text);
    let mut diagnostics: Vec<Diagnostic> = errors
        .iter()
        .map(|e| syntax::diagnostic(text, e.span().unwrap_or(0..0), e.message()))
        .collect();
    // Read whole, decoding is never interrupted (only a batch that does not parse stops it).
    let Some((model, rest, spans)) = decode::decode(root, !diagnostics.is_empty(), None, 0, places)
    else {
        return Checked {
            model: None,
            diagnostics,
            spans: SourceMap::default(),
        };
    };
    if diagnostics.is_empty() {
        return Checked {
            model,
            diagnostics: syntax::dedupe(rest),
            spans,
        };
    }
    // A value the parser could not read has its error already; what decoding then says of the
    // placeholder it left is noise.
    let refused: std::collections::HashSet<_> =
        diagnostics.iter().map(|d| d.span.clone()).collect();
    diagnostics.extend(rest.into_iter().filter(|d| !refused.contains(&d.span)));
    Checked {
        model: None,
        diagnostics: syntax::dedupe(diagnostics),
        spans: SourceMap::default(),
    }
}

/// A model loaded from a file without errors, with the file's warnings.
#[derive(Debug)]
pub struct Loaded {
    pub model: Model,
    pub warnings: Vec<Diagnostic>,
    pub source: SourceText,
    pub spans: SourceMap,
}

/// Reads and checks a file; any error in it makes the whole file unusable.
pub fn load(path: &Path) -> Result<Loaded, StoreError> {
    load_source(SourceText::read(path)?)
}

/// Checks text already read.
pub fn load_source(source: SourceText) -> Result<Loaded, StoreError> {
    let Checked {
        model,
        diagnostics,
        spans,
    } = check(&source);
    match model {
        Some(model) => Ok(Loaded {
            model,
            warnings: diagnostics,
            source,
            spans,
        }),
        None => Err(StoreError::Invalid {
            path: source.path,
            text: source.text,
            diagnostics,
        }),
    }
}
