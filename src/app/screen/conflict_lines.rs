//! What the conflict dialog lists: for each milestone both sides changed, its id and title, then
//! every field whose value differs, with the file's value and mine, whole (wrapped, never cut).
//! Built here, at the dialog's width, so that the scrolling keys and the drawing count the same
//! lines.

use crate::app::disk::Conflict;
use crate::i18n::Lang;
use crate::model::{Milestone, Model};
use crate::tr;
use unicode_width::UnicodeWidthStr;

use crate::text::{safe_line, wrap_words};

/// How a line of the list is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// The milestone's id and title.
    Heading,
    /// A field and its two values.
    Value,
    /// Said of it (removed in the file; the same value on both sides).
    Note,
}

/// The list of `conflicts` against `model` (the file's version) at `width` columns.
pub fn conflict_lines(
    lang: Lang,
    model: &Model,
    conflicts: &[Conflict],
    width: usize,
    keep_key: &str,
) -> Vec<(String, LineKind)> {
    let width = width.max(20);
    let mut out = Vec::new();
    for c in conflicts {
        let mine = &c.mine;
        let theirs = model.milestones.get(c.index).filter(|_| !c.gone);
        let title = match theirs {
            Some(_) => model.milestone_title(lang, c.index),
            None => std::borrow::Cow::Borrowed(mine.title.as_str()),
        };
        let heading = format!("{} · {title}", mine.id);
        push_wrapped(&mut out, &heading, width, "", LineKind::Heading);
        let Some(theirs) = theirs else {
            let said = tr!(lang, "conflict-removed", key = keep_key);
            push_wrapped(&mut out, &said, width, "  ", LineKind::Note);
            continue;
        };
        let mut any = false;
        for (field, file, yours) in differing(lang, model, theirs, mine) {
            any = true;
            let field = tr!(lang, field);
            let one = tr!(
                lang,
                "conflict-one",
                field = &field,
                file = &file,
                yours = &yours
            );
            if one.width() + 2 <= width {
                push_wrapped(&mut out, &one, width, "  ", LineKind::Value);
            } else {
                push_wrapped(
                    &mut out,
                    &tr!(lang, "conflict-file", field = &field, file = &file),
                    width,
                    "  ",
                    LineKind::Value,
                );
                push_wrapped(
                    &mut out,
                    &tr!(lang, "conflict-yours", field = &field, yours = &yours),
                    width,
                    "  ",
                    LineKind::Value,
                );
            }
        }
        if theirs.history != mine.history && theirs.status == mine.status {
            push_wrapped(
                &mut out,
                &tr!(
                    lang,
                    "conflict-both-status",
                    status = theirs.status.label_in(lang)
                ),
                width,
                "  ",
                LineKind::Note,
            );
        } else if !any {
            push_wrapped(
                &mut out,
                &tr!(lang, "conflict-same"),
                width,
                "  ",
                LineKind::Note,
            );
        }
    }
    out
}

/// The lines of a list of `total` shown in `rows` from `offset`: (first, how many). When they
/// do not all fit, a row goes to saying where the list is.
pub fn window(total: usize, rows: usize, offset: usize) -> (usize, usize) {
    if total > rows {
        let shown = rows.saturating_sub(1).max(1);
        (offset.min(total - shown), shown)
    } else {
        (0, total)
    }
}

/// `text` made safe and wrapped at `width` with `indent` before each line.
fn push_wrapped(
    out: &mut Vec<(String, LineKind)>,
    text: &str,
    width: usize,
    indent: &str,
    kind: LineKind,
) {
    let room = width.saturating_sub(indent.len()).max(1);
    for line in wrap_words(&safe_line(text), room) {
        out.push((format!("{indent}{line}"), kind));
    }
}

/// The fields a person edits whose values differ between the file's version and mine: (name,
/// the file's value, mine), each as shown.
fn differing(
    lang: Lang,
    model: &Model,
    theirs: &Milestone,
    mine: &Milestone,
) -> Vec<(&'static str, String, String)> {
    let none = || crate::i18n::word(lang, "changes-none-status").to_string();
    let text = |s: &Option<String>| s.as_ref().map_or_else(none, |s| format!("“{s}”"));
    let date = |d: Option<chrono::NaiveDate>| d.map_or_else(none, |d| d.to_string());
    let pillar = |p: usize| model.pillars.get(p).map_or_else(none, |p| p.id.clone());
    let objective = |o: Option<usize>| {
        o.and_then(|o| model.objectives.get(o))
            .map_or_else(none, |o| o.id.clone())
    };
    let source = |s: Option<usize>| {
        s.and_then(|s| model.sources.get(s))
            .map_or_else(none, |s| s.id.clone())
    };
    let mut out = Vec::new();
    let mut add = |name, a: String, b: String| {
        if a != b {
            out.push((name, a, b));
        }
    };
    add(
        "conflict-field-status",
        theirs.status.label_in(lang).to_string(),
        mine.status.label_in(lang).to_string(),
    );
    add(
        "conflict-field-title",
        format!("“{}”", theirs.title),
        format!("“{}”", mine.title),
    );
    add("conflict-field-due", date(theirs.due), date(mine.due));
    add(
        "conflict-field-done-on",
        date(theirs.done_on),
        date(mine.done_on),
    );
    add(
        "conflict-field-notes",
        text(&theirs.notes),
        text(&mine.notes),
    );
    add(
        "conflict-field-pillar",
        pillar(theirs.pillar),
        pillar(mine.pillar),
    );
    add(
        "conflict-field-objective",
        objective(theirs.objective),
        objective(mine.objective),
    );
    add(
        "conflict-field-owner",
        text(&theirs.owner),
        text(&mine.owner),
    );
    add(
        "conflict-field-weight",
        theirs.weight.to_string(),
        mine.weight.to_string(),
    );
    add(
        "conflict-field-source",
        source(theirs.source),
        source(mine.source),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_in_conflict_is_listed_with_both_values_whole() {
        let model = crate::bundled::model();
        let theirs = &model.milestones[0];
        let mut mine = theirs.clone();
        let long_theirs = (0..60)
            .map(|k| format!("there{k}"))
            .collect::<Vec<_>>()
            .join(" ");
        let long_mine = (0..60)
            .map(|k| format!("here{k}"))
            .collect::<Vec<_>>()
            .join(" ");
        let mut theirs_model = model.clone();
        theirs_model.milestones[0].notes = Some(long_theirs.clone());
        mine.notes = Some(long_mine.clone());
        mine.due = chrono::NaiveDate::from_ymd_opt(2030, 1, 2);
        let conflict = Conflict {
            index: 0,
            gone: false,
            base: theirs.clone(),
            mine,
        };
        let lines = conflict_lines(Lang::En, &theirs_model, &[conflict], 40, "m");
        assert!(lines.iter().all(|(l, _)| l.width() <= 40), "{lines:?}");
        let all = lines
            .iter()
            .map(|(l, _)| l.as_str())
            .collect::<Vec<_>>()
            .join(" ")
            + " ";
        for word in long_theirs.split(' ').chain(long_mine.split(' ')) {
            assert!(
                all.contains(&format!("{word} ")) || all.contains(&format!("{word}” ")),
                "{word} missing: {all}"
            );
        }
        assert!(all.contains("2030-01-02"), "{all}");
        assert!(
            all.contains("notes in the file:") && all.contains("notes, yours:"),
            "{all}"
        );
        assert_eq!(lines[0].1, LineKind::Heading);
        // The scrolling keys and the drawing share one window.
        assert_eq!(window(lines.len(), 10, usize::MAX).0 + 9, lines.len());
        assert_eq!(window(5, 10, 3), (0, 5));
    }
}
