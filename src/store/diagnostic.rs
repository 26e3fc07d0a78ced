//! Problems found in a file, located by byte span, and their rendering as
//! `FILE:LINE:COL: error: MESSAGE` followed by the offending line and a caret.

use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use crate::text::safe_char;

/// How bad a problem is: errors make the file unusable, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem at one place in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Byte range in the file's text.
    pub span: Range<usize>,
    pub message: String,
    /// A hint shown under the caret, such as "did you mean `status`?".
    pub help: Option<String>,
    /// Another place that explains this one, such as the first of two duplicate ids.
    pub related: Option<(Range<usize>, String)>,
}

impl Diagnostic {
    /// An error at `span`.
    pub fn error(span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            span,
            message: message.into(),
            help: None,
            related: None,
        }
    }

    /// A warning at `span`.
    pub fn warning(span: Range<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(span, message)
        }
    }

    /// Adds a hint.
    #[must_use]
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Moves every place it points at `by` bytes on (a part of a file read alone).
    pub(crate) fn shift(&mut self, by: usize) {
        self.span = self.span.start + by..self.span.end + by;
        if let Some((span, _)) = &mut self.related {
            *span = span.start + by..span.end + by;
        }
    }

    /// Points at a second place.
    #[must_use]
    pub fn with_related(mut self, span: Range<usize>, label: impl Into<String>) -> Self {
        self.related = Some((span, label.into()));
        self
    }

    /// Whether this is an error rather than a warning.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Line and column (both from 1; the column counts characters) of byte offsets in one text.
pub struct LineIndex<'t> {
    text: &'t str,
    starts: Vec<usize>,
}

impl<'t> LineIndex<'t> {
    /// Indexes the line starts of `text`.
    pub fn new(text: &'t str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { text, starts }
    }

    /// The 1-based line and column of `offset` (clamped to the text, moved back to a char boundary).
    pub fn locate(&self, offset: usize) -> (usize, usize) {
        let offset = self.floor(offset);
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let column = self.text[self.starts[line]..offset].chars().count() + 1;
        (line + 1, column)
    }

    /// The byte range of the line holding `offset`, without its line ending.
    fn line_range(&self, offset: usize) -> Range<usize> {
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let end = self
            .starts
            .get(line + 1)
            .map_or(self.text.len(), |&s| s - 1);
        let end = if self.text[start..end].ends_with('\r') {
            end - 1
        } else {
            end
        };
        start..end.max(start)
    }

    fn floor(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
}

/// Renders diagnostics of one file for a terminal or a log.
pub struct Report<'t> {
    path: &'t str,
    index: LineIndex<'t>,
    renderer: Renderer,
}

impl<'t> Report<'t> {
    /// Prepares to render problems of `text`, read from `path`; `styled` adds colour.
    pub fn new(path: &'t str, text: &'t str, styled: bool) -> Self {
        let renderer = if styled {
            Renderer::styled()
        } else {
            Renderer::plain()
        };
        Report {
            path,
            index: LineIndex::new(text),
            renderer,
        }
    }

    /// `FILE:LINE:COL: error: MESSAGE`, then the line with a caret under the span.
    pub fn render(&self, d: &Diagnostic) -> String {
        let (line, column) = self.index.locate(d.span.start);
        let severity = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let message = crate::text::sanitize(&d.message);
        let mut out = format!("{}:{line}:{column}: {severity}: {message}\n", self.path);
        let level = match d.severity {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        };
        let (source, start, annotation) = self.excerpt(&d.span);
        let label = d.help.as_deref().map(crate::text::sanitize);
        let mut primary = AnnotationKind::Primary.span(annotation);
        if let Some(label) = &label {
            primary = primary.label(label.as_str());
        }
        let mut group = Group::with_level(level.clone()).element(
            Snippet::source(source.as_str())
                .line_start(start)
                .annotation(primary),
        );
        let related;
        if let Some((span, text)) = &d.related {
            related = self.excerpt(span);
            let (source, start, annotation) = &related;
            group = group.element(
                Snippet::source(source.as_str())
                    .line_start(*start)
                    .path(self.path)
                    .annotation(
                        AnnotationKind::Context
                            .span(annotation.clone())
                            .label(text.as_str()),
                    ),
            );
        }
        out.push_str(&self.renderer.render(&[group]));
        out.push('\n');
        out
    }

    /// The sanitized line holding the start of `span`, its number, and the span within it. A
    /// long line is shown as a window around the span (`…` where it is cut), so one problem
    /// costs the same on a 10 MB line as on a short one.
    fn excerpt(&self, span: &Range<usize>) -> (String, usize, Range<usize>) {
        let start = self.index.floor(span.start);
        let line_range = self.index.line_range(start);
        let (line, _) = self.index.locate(start);
        let text = self.index.text;
        let start = start.clamp(line_range.start, line_range.end);
        let end = self
            .index
            .floor(span.end.clamp(start, line_range.end.max(start)));
        // At most CONTEXT characters before the span: look back at most 4 bytes a character.
        let mut from = self
            .index
            .floor(start.saturating_sub(CONTEXT * 4).max(line_range.start));
        let before = text[from..start].chars().count();
        if before > CONTEXT {
            from = text[from..start]
                .char_indices()
                .nth(before - CONTEXT)
                .map_or(start, |(i, _)| from + i);
        }
        let mut out = String::new();
        if from > line_range.start {
            out.push('…');
        }
        let (mut caret_from, mut caret_to) = (None, None);
        let mut shown = 0;
        let mut cut = false;
        for (i, c) in text[from..line_range.end].char_indices() {
            let at = from + i;
            if shown >= WINDOW && at >= end {
                cut = true;
                break;
            }
            if at == start {
                caret_from = Some(out.len());
            }
            if at == end {
                caret_to = Some(out.len());
            }
            out.push(safe_char(c));
            shown += 1;
            if shown >= WINDOW * 2 {
                // A span longer than the window is underlined up to where the line is cut.
                cut = at + c.len_utf8() < line_range.end;
                break;
            }
        }
        let caret_from = caret_from.unwrap_or(out.len());
        let caret_to = caret_to.unwrap_or(out.len());
        if cut {
            out.push('…');
        }
        (out, line, caret_from..caret_to.max(caret_from))
    }
}

/// Characters of a long line shown before a problem's place.
const CONTEXT: usize = 40;
/// Characters of a long line shown from its start of the window.
const WINDOW: usize = 120;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_lines_and_character_columns() {
        let text = "a = 1\r\nタイトル = \"x\"\nz";
        let index = LineIndex::new(text);
        assert_eq!(index.locate(0), (1, 1));
        assert_eq!(index.locate(7), (2, 1));
        assert_eq!(index.locate(7 + "タイトル ".len()), (2, 6));
        assert_eq!(index.locate(text.len()), (3, 2));
        assert_eq!(index.locate(usize::MAX), (3, 2));
    }

    #[test]
    fn renders_the_header_the_line_and_a_caret() {
        let text = "schema = 1\nstaus = \"done\"\n";
        let d =
            Diagnostic::error(11..16, "unknown key `staus`").with_help("did you mean `status`?");
        let out = Report::new("f.toml", text, false).render(&d);
        assert!(
            out.starts_with("f.toml:2:1: error: unknown key `staus`\n"),
            "{out}"
        );
        assert!(out.contains("2 | staus = \"done\""), "{out}");
        assert!(out.contains("^^^^^ did you mean `status`?"), "{out}");
    }

    #[test]
    fn control_characters_never_reach_the_output() {
        let text = "title = \"\u{1b}]0;x\u{7}\"\n";
        let d = Diagnostic::error(9..15, "bad \u{1b}[31m");
        let out = Report::new("f.toml", text, false).render(&d);
        assert!(!out.chars().any(|c| c.is_control() && c != '\n'), "{out:?}");
    }
}
