//! Reading an added table back alone from the text written, to check it is the model's item and
//! to learn where it is.

use toml::de::{DeTable, DeValue};

use super::Authored;
use crate::model::Model;
use crate::store::decode::{self, Refs};
use crate::store::fields::{KeyValue, Problems};
use crate::store::source_map::{HistorySpans, SourceMap, TableSpans};
use crate::store::splice::line_end;

/// The ids of a model's lists, for reading a table back.
pub(super) struct RefIds<'m> {
    sources: std::collections::HashMap<&'m str, usize>,
    pillars: std::collections::HashMap<&'m str, usize>,
    objectives: std::collections::HashMap<&'m str, usize>,
}

impl<'m> RefIds<'m> {
    pub(super) fn new(model: &'m Model) -> Self {
        RefIds {
            sources: ids(&model.sources, |x| &x.id),
            pillars: ids(&model.pillars, |x| &x.id),
            objectives: ids(&model.objectives, |x| &x.id),
        }
    }
}

fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> std::collections::HashMap<&str, usize> {
    items.iter().enumerate().map(|(i, x)| (id(x), i)).collect()
}

/// Reads the added item at `start` of `text` alone, checks it is the model's, and records its
/// place in `spans`.
pub(super) fn read_back(
    text: &str,
    start: usize,
    inline: bool,
    change: Authored,
    model: &Model,
    refs: &RefIds<'_>,
    spans: &mut SourceMap,
) -> Option<()> {
    let part = &text[start..];
    // The item's text alone: an inline table up to its closing brace, or a section up to the
    // next header.
    let (doc, prefix, path): (String, usize, &[&str]) = if inline {
        let len = inline_len(part)?;
        (format!("x = [{}]", &part[..len]), 5, &["x"])
    } else {
        let mut len = line_end(part, 0);
        // A new milestone's history tables are part of it.
        let own = |rest: &str| {
            let rest = rest.trim_start();
            !rest.starts_with('[')
                || rest
                    .trim_start_matches(['[', ' ', '\t'])
                    .starts_with("milestones.history")
        };
        while len < part.len() && own(&part[len..]) {
            len = line_end(part, len);
        }
        let path: &[&str] = match change {
            Authored::Entry { .. } => &["targets", "entries"],
            Authored::Milestone { .. } => &["milestones"],
            Authored::Source { .. } => &["sources"],
            _ => &["pillars"],
        };
        (part[..len].to_string(), 0, path)
    };
    let root = DeTable::parse(&doc).ok()?.into_inner();
    let item = single(root, path)?;
    let shift = start as isize - prefix as isize;
    let r = Refs {
        sources: &refs.sources,
        pillars: &refs.pillars,
        objectives: &refs.objectives,
    };
    let mut p = Problems::default();
    let ok = |p: &Problems| {
        !p.list.iter().any(crate::store::Diagnostic::is_error) && p.missing.is_empty()
    };
    match change {
        Authored::Milestone { index } => {
            let mut f = p.fields("milestone", item, decode::MILESTONE)?;
            let (id, mut m, mut at) = decode::milestone(&mut p, &mut f, &r, false);
            m.id = id?.into_inner();
            (ok(&p) && Some(&m) == model.milestones.get(index)).then_some(())?;
            at.shift(0, shift);
            spans.milestones.push(at);
        }
        Authored::Source { index } => {
            let mut f = p.fields("source", item, decode::SOURCE)?;
            let mut at = TableSpans::of(&f);
            let (id, mut s) = decode::source(&mut p, &mut f);
            s.id = id?.into_inner();
            (ok(&p) && Some(&s) == model.sources.get(index)).then_some(())?;
            shift_table(&mut at, shift);
            spans.sources.push(at);
        }
        Authored::Pillar { index } => {
            let mut f = p.fields("pillar", item, decode::PILLAR)?;
            let mut at = TableSpans::of(&f);
            let (id, mut x) = decode::pillar(&mut p, &mut f, &refs.sources);
            x.id = id?.into_inner();
            (ok(&p) && Some(&x) == model.pillars.get(index)).then_some(())?;
            shift_table(&mut at, shift);
            spans.pillars.push(at);
        }
        Authored::Entry { target, index } => {
            let f = p.fields("target entry", item, decode::ENTRY)?;
            let mut at = TableSpans::of(&f);
            let e = decode::entry(&mut p, f, &r);
            let expected = model.targets.get(target)?.entries.get(index)?;
            (ok(&p) && e == *expected).then_some(())?;
            shift_table(&mut at, shift);
            let target = spans.targets.get_mut(target)?;
            match &mut target.entries {
                HistorySpans::Tables(entries) => entries.push((at.table, at.own_end)),
                HistorySpans::Inline(_, items) => items.push(at.table),
                none @ HistorySpans::None if !inline => {
                    *none = HistorySpans::Tables(vec![(at.table, at.own_end)]);
                }
                none @ HistorySpans::None => {
                    // `, entries = [{ ... }]`: the key is before the item.
                    let key_start = text[..at.table.start].rfind("entries")?;
                    let value_start = text[..at.table.start].rfind('[')?;
                    let kv = KeyValue {
                        key: key_start..key_start + "entries".len(),
                        value: value_start..at.table.end + 1,
                    };
                    target.table.own_end = kv.value.end;
                    *none = HistorySpans::Inline(kv, vec![at.table]);
                }
            }
        }
        _ => return None,
    }
    Some(())
}

fn shift_table(t: &mut TableSpans, by: isize) {
    t.table = t.table.start.saturating_add_signed(by)..t.table.end.saturating_add_signed(by);
    t.own_end = t.own_end.saturating_add_signed(by);
}

/// The one table at `path` (arrays of one table each) of a parsed text.
fn single<'i>(root: DeTable<'i>, path: &[&str]) -> Option<toml::Spanned<DeValue<'i>>> {
    let (first, rest) = path.split_first()?;
    let (_, value) = root.into_iter().find(|(k, _)| k.get_ref() == first)?;
    let items = match value.into_inner() {
        DeValue::Array(items) => items,
        // `[[targets.entries]]` alone makes `targets` a table.
        DeValue::Table(table) if !rest.is_empty() => return single(table, rest),
        _ => return None,
    };
    let mut items = items.into_iter();
    let (item, None) = (items.next()?, items.next()) else {
        return None;
    };
    if rest.is_empty() {
        return Some(item);
    }
    let DeValue::Table(table) = item.into_inner() else {
        return None;
    };
    single(table, rest)
}

/// The length of the inline table at the start of `text`, up to its closing brace.
fn inline_len(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in text.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' && q == '"' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '"' | '\'' => quote = Some(c),
                '{' | '[' => depth += 1,
                '}' | ']' => {
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return Some(i + 1);
                    }
                }
                _ => {}
            },
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Milestone;
    use crate::store::{SourceText, load_source};

    /// The read-back is what stands between a wrong write and the file: an added milestone that
    /// reads back as something else (here its title) is refused, the one written right passes.
    #[test]
    fn an_added_table_that_reads_back_otherwise_is_refused() {
        let loaded = load_source(SourceText::new("m.toml", crate::bundled::INDIA_JAPAN)).unwrap();
        let mut model = loaded.model.clone();
        let index = model
            .add_milestone(Milestone::new("added", "Added", 0))
            .unwrap();
        let change = Authored::Milestone { index };
        let (text, _) =
            super::super::author(&loaded.source.text, &loaded.spans, &model, change).unwrap();
        let start = text.rfind("[[milestones]]").unwrap();
        let refs = RefIds::new(&model);
        let mut spans = loaded.spans.clone();
        assert!(read_back(&text, start, false, change, &model, &refs, &mut spans).is_some());
        let wrong = text.replacen("title = \"Added\"", "title = \"Altered\"", 1);
        assert_ne!(wrong, text);
        let mut spans = loaded.spans.clone();
        assert!(read_back(&wrong, start, false, change, &model, &refs, &mut spans).is_none());
    }
}
