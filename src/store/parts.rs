//! Reading a file in parts: the tables before the milestones, the milestones a batch at a time,
//! the tables after them. The `toml` crate turns a whole text into tokens and then events before
//! it builds its tree, some 18 times the text at the peak (docs/performance.md); read a batch at a
//! time, that peak is one batch's, and the batch's tree is dropped once its milestones are read.
//!
//! A file is read in parts only when its shape lets the parts mean what the whole means: the
//! milestones written as `[[milestones]]` tables (with their `[[milestones.history]]`) one after
//! another, and no other table named `milestones…` anywhere. Whatever goes wrong in any part (a
//! syntax error, a key both before and after the milestones) sends the whole file to the one
//! whole-file reading, so a broken file is told exactly as before. That also covers a split in the
//! middle of a multi-line string or array (a line inside it that looks like a header): the part
//! before the split then ends inside it, which is a syntax error.

use std::ops::Range;

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

/// Milestones are parsed in batches of about this many bytes of text.
const BATCH: usize = 64 * 1024;

/// Where the parts of a file are.
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Parts {
    /// Everything before the first `[[milestones]]`.
    pub(super) head: Range<usize>,
    /// Whole `[[milestones]]` tables, a batch each, one after another.
    pub(super) batches: Vec<Range<usize>>,
    /// Everything after the last milestone, from the first other table on (maybe nothing).
    pub(super) tail: Range<usize>,
    /// How many `[[milestones]]` there are.
    pub(super) milestones: usize,
}

/// Finds the parts of `text`, or `None` when it must be read whole.
pub(super) fn split(text: &str) -> Option<Parts> {
    split_every(text, BATCH)
}

/// [`split`], with batches of at least `batch` bytes (a milestone each for `1`).
fn split_every(text: &str, batch_size: usize) -> Option<Parts> {
    let bytes = text.as_bytes();
    let mut first = None;
    let mut tail = None;
    let mut batches = Vec::new();
    let mut batch = 0;
    let mut line = 0;
    let mut milestones = 0;
    loop {
        let indent = bytes[line..]
            .iter()
            .take_while(|b| matches!(b, b' ' | b'\t'))
            .count();
        if bytes.get(line + indent) == Some(&b'[') {
            let end = memchr::memchr(b'\n', &bytes[line..]).map_or(bytes.len(), |n| line + n);
            let header = Header::read(&text[line + indent..end])?;
            match (first, tail) {
                (None, _) if header.is_milestone() => {
                    first = Some(line);
                    batch = line;
                    milestones = 1;
                }
                // Another table named `milestones…` before the first milestone.
                (None, _) if header.names_milestones() => return None,
                (None, _) => {}
                (Some(_), None) if header.is_milestone() => {
                    milestones += 1;
                    if line - batch >= batch_size {
                        batches.push(batch..line);
                        batch = line;
                    }
                }
                (Some(_), None) if header.is_history() => {}
                (Some(_), None) if !header.names_milestones() => tail = Some(line),
                (Some(_), Some(_)) if !header.names_milestones() => {}
                _ => return None,
            }
        }
        match memchr::memchr(b'\n', &bytes[line..]) {
            Some(n) => line += n + 1,
            None => break,
        }
    }
    let first = first?;
    let end = tail.unwrap_or(bytes.len());
    batches.push(batch..end);
    Some(Parts {
        head: 0..first,
        batches,
        tail: end..bytes.len(),
        milestones,
    })
}

/// Checks a file read in these parts, or `None` when it must be read whole: a part did
/// not parse, or a key is both before and after the milestones.
pub(super) fn check(text: &str, parts: &Parts, places: bool) -> Option<super::Checked> {
    let mut root = DeTable::parse(text.get(parts.head.clone())?).ok()?;
    if !parts.tail.is_empty() {
        let tail = DeTable::parse(text.get(parts.tail.clone())?).ok()?;
        let table = root.get_mut();
        for (key, value) in shifted(tail.into_inner(), parts.tail.start) {
            if table.contains_key::<str>(key.get_ref()) {
                return None;
            }
            table.insert(key, value);
        }
    }
    if root.get_ref().contains_key::<str>("milestones") {
        return None;
    }
    let mut batches = parts.batches.iter().map(|b| {
        let tree = DeTable::parse(text.get(b.clone())?).ok()?;
        Some((b.start, tree))
    });
    let (model, rest, spans) =
        super::decode::decode(root, false, Some(&mut batches), parts.milestones, places)?;
    Some(super::Checked {
        model,
        diagnostics: super::syntax::dedupe(rest),
        spans,
    })
}

/// A table header: `[a.b]` or `[[a.b]]`.
struct Header<'t> {
    array: bool,
    name: &'t str,
}

impl<'t> Header<'t> {
    /// `None` for a quoted name (read whole: it may name the milestones) or no closing bracket.
    fn read(line: &'t str) -> Option<Self> {
        let rest = line.strip_prefix('[')?;
        let (array, rest) = match rest.strip_prefix('[') {
            Some(rest) => (true, rest),
            None => (false, rest),
        };
        let name = &rest[..rest.find(']')?];
        (!name.contains(['"', '\''])).then_some(Header { array, name })
    }

    fn parts(&self) -> impl Iterator<Item = &'t str> {
        self.name.split('.').map(|p| p.trim_matches([' ', '\t']))
    }

    fn names_milestones(&self) -> bool {
        self.parts().next() == Some("milestones")
    }

    fn is_milestone(&self) -> bool {
        self.array && self.parts().eq(["milestones"])
    }

    fn is_history(&self) -> bool {
        self.array && self.parts().eq(["milestones", "history"])
    }
}

/// The tree of a part read on its own, with every place moved `by` bytes, as if read in the
/// whole file.
pub(super) fn shifted(table: DeTable<'_>, by: usize) -> DeTable<'_> {
    table
        .into_iter()
        .map(|(key, value)| (moved(key, by), shifted_value(value, by)))
        .collect()
}

fn shifted_value(value: Spanned<DeValue<'_>>, by: usize) -> Spanned<DeValue<'_>> {
    let value = moved(value, by);
    let span = value.span();
    let inner = match value.into_inner() {
        DeValue::Table(table) => DeValue::Table(shifted(table, by)),
        DeValue::Array(items) => DeValue::Array(
            items
                .into_iter()
                .map(|item| shifted_value(item, by))
                .collect::<DeArray<'_>>(),
        ),
        other => other,
    };
    Spanned::new(span, inner)
}

/// `spanned` with its place moved `by` bytes.
pub(super) fn moved<T>(spanned: Spanned<T>, by: usize) -> Spanned<T> {
    let span = spanned.span();
    Spanned::new(span.start + by..span.end + by, spanned.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str) -> Option<(usize, usize, usize, usize)> {
        split(text).map(|p| (p.head.end, p.batches.len(), p.tail.start, p.milestones))
    }

    #[test]
    fn a_file_splits_at_its_first_milestone_and_its_first_table_after_them() {
        let text = "schema = 1\n[partnership]\n\n[[milestones]]\nid = \"a\"\n[[milestones.history]]\nto = \"done\"\n  [[ milestones ]]\nid = \"b\"\n[translations.ja]\nx = 1\n[[rates]]\n";
        let head = text.find("[[milestones]]").unwrap();
        let tail = text.find("[translations").unwrap();
        assert_eq!(parts(text), Some((head, 1, tail, 2)));
        let none = "schema = 1\n[[milestones]]\nid = \"a\"\n";
        assert_eq!(parts(none), Some((11, 1, none.len(), 1)));
    }

    #[test]
    fn shapes_the_parts_could_misread_are_read_whole() {
        for text in [
            "schema = 1\n",
            "[milestones]\n[[milestones]]\n",
            "[[milestones]]\n[milestones.history]\n",
            "[[milestones]]\n[deck]\n[[milestones]]\n",
            "[[milestones]]\n[deck]\n[milestones.x]\n",
            "[[\"milestones\"]]\n",
            "[[milestones]]\n['milestones'.history]\n",
            "[[milestones]]\n[deck\n",
        ] {
            assert_eq!(parts(text), None, "{text:?}");
        }
    }

    /// What the file says read in parts, a milestone a batch, and read whole: the same model,
    /// the same problems at the same places, the same places of every milestone.
    fn same_read(text: &str) {
        let whole = super::super::check_whole(text, true);
        // Read for its model alone (no places kept), the same model.
        assert_eq!(super::super::model_of(text), whole.model);
        for batch in [1, 300, BATCH] {
            let parts = split_every(text, batch).expect("the bundled shape is read in parts");
            if let Some(read) = check(text, &parts, true) {
                assert_eq!(read.model, whole.model, "batch {batch}");
                assert_eq!(read.diagnostics, whole.diagnostics, "batch {batch}");
                assert_eq!(read.spans, whole.spans, "batch {batch}");
            } else {
                // Only a file with a syntax error, or a key before and after the milestones,
                // is read whole.
                assert!(whole.model.is_none(), "batch {batch}: {text}");
            }
        }
    }

    /// What `check` says of `text`: the same as the whole reading, whichever way it went.
    fn same_check(text: &str) {
        let whole = super::super::check_whole(text, true);
        let checked = super::super::check(&super::super::SourceText::new("m.toml", text));
        assert_eq!(checked.model, whole.model);
        assert_eq!(checked.diagnostics, whole.diagnostics);
        assert_eq!(checked.spans, whole.spans);
    }

    #[test]
    fn a_header_inside_a_string_or_an_array_is_not_taken_for_one() {
        let summary = "around eight pillars.\"\"\"";
        assert!(BUNDLED.contains(summary));
        for inside in [
            "\n[[milestones]]\nid = \"x\"\n",
            "\n  [translations.ja]\n",
            "\n[[milestones.history]]\n",
        ] {
            // In the partnership's multi-line summary, before the milestones.
            let text =
                BUNDLED.replacen(summary, &format!("around eight pillars.{inside}\"\"\""), 1);
            same_check(&text);
            assert!(
                super::super::check(&super::super::SourceText::new("m.toml", text.as_str()))
                    .model
                    .is_some(),
                "{inside:?}"
            );
            // In a milestone's notes, among the milestones.
            let notes = "notes = \"Outlined by";
            assert!(BUNDLED.contains(notes));
            let text = BUNDLED.replacen(
                notes,
                &format!("notes = \"\"\"{inside}\"\"\"\nxnotes = \"Outlined by"),
                1,
            );
            same_check(&text);
        }
        // A multi-line array whose line starts with `[`, among the milestones.
        let text = BUNDLED.replacen(
            "source = \"moc-article\"\n\n[[milestones]]",
            "source = \"moc-article\"\nweight = [\n[1],\n]\n\n[[milestones]]",
            1,
        );
        same_check(&text);
    }

    const BUNDLED: &str = crate::bundled::INDIA_JAPAN;

    #[test]
    fn the_bundled_file_reads_the_same_in_parts() {
        same_read(BUNDLED);
        same_read(&BUNDLED.replace('\n', "\r\n"));
    }

    #[test]
    fn problems_in_any_part_are_said_at_the_same_places() {
        let edits: &[(&str, &str)] = &[
            // an error and its help in a later milestone
            ("status = \"planned\"", "status = \"plannd\""),
            // a duplicate id in another batch, pointing back at the first
            ("id = \"roadmap-set-out\"", "id = \"summit-15\""),
            // an unknown key, a missing key, a wrong type
            (
                "source = \"moc-article\"\n\n[[milestones]]",
                "sourse = 1\n\n[[milestones]]",
            ),
            ("pillar = \"economic-energy-security\"\nstatus", "status"),
            // warnings: done_on on a milestone not done, a history out of order
            (
                "status = \"done\"\ndone_on",
                "status = \"planned\"\ndone_on",
            ),
            (
                "# Exchange rates",
                "[[milestones.history]]\nat = 2025-09-01\nto = \"done\"\n[[milestones.history]]\nat = 2025-08-01\nto = \"planned\"\n# Exchange rates",
            ),
            // after the milestones: a translation of a milestone that is not there
            (
                "source = \"pactboard-translation\"\n",
                "source = \"pactboard-translation\"\n\"milestone:nowhere\" = \"x\"\n",
            ),
            // a syntax error in a milestone, and a table before and after the milestones
            ("status = \"done\"\n", "status = done\n"),
            (
                "[translations.hi]",
                "[partnership]\nx = 1\n[translations.hi]",
            ),
        ];
        for (from, to) in edits {
            assert!(BUNDLED.contains(from), "{from}");
            same_read(&BUNDLED.replacen(from, to, 1));
        }
    }

    #[test]
    fn batches_hold_whole_milestones() {
        let one = format!("[[milestones]]\nnotes = \"{}\"\n", "x".repeat(40_000));
        let text = one.repeat(5);
        let p = split(&text).unwrap();
        assert_eq!(p.batches.len(), 3);
        for b in &p.batches {
            assert!(text[b.clone()].starts_with("[[milestones]]"));
        }
        assert_eq!(p.batches.last().unwrap().end, text.len());
    }
}
