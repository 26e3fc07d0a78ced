//! The rows each list view shows, rebuilt only when the model, search, filters or sort change.

use super::{App, SortKey};
use crate::model::Model;

/// A row of the timeline: a pillar's heading, or one of its milestones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineRow {
    Pillar(usize),
    Milestone(usize),
}

/// Whether `id` or `title` contains `query`, ignoring case.
pub fn matches(query: &str, id: &str, title: &str) -> bool {
    if query.is_empty() {
        return true;
    }
    let q = query.to_lowercase();
    id.contains(&q) || contains_ignoring_case(title, &q)
}

fn contains_ignoring_case(text: &str, lower_query: &str) -> bool {
    // An ASCII query cannot match inside a multi-byte character, so bytes compare safely.
    if lower_query.is_ascii() {
        let (t, q) = (text.as_bytes(), lower_query.as_bytes());
        return q.len() <= t.len() && t.windows(q.len()).any(|w| w.eq_ignore_ascii_case(q));
    }
    text.to_lowercase().contains(lower_query)
}

pub(super) fn by_pillar(model: &Model) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); model.pillars.len()];
    for (i, m) in model.milestones.iter().enumerate() {
        if let Some(list) = out.get_mut(m.pillar) {
            list.push(i);
        }
    }
    out
}

pub(super) fn pillar_rows(model: &Model, query: &str) -> Vec<usize> {
    (0..model.pillars.len())
        .filter(|&i| matches(query, &model.pillars[i].id, &model.pillars[i].title))
        .collect()
}

pub(super) fn milestone_rows(app: &App) -> Vec<usize> {
    let ms = &app.model.milestones;
    let query = app.search.query.as_str();
    let mut rows: Vec<usize> = (0..ms.len())
        .filter(|&i| {
            let m = &ms[i];
            app.status_filter.is_none_or(|s| m.status == s)
                && app.pillar_filter.is_none_or(|p| m.pillar == p)
                && matches(query, &m.id, &m.title)
        })
        .collect();
    // Undated milestones sort after dated ones; ties keep file order.
    let due = |i: usize| (ms[i].due.is_none(), ms[i].due);
    match app.sort {
        SortKey::Due => rows.sort_by_key(|&i| (due(i), i)),
        SortKey::Status => rows.sort_by_key(|&i| (ms[i].status, due(i), i)),
        SortKey::Pillar => rows.sort_by_key(|&i| (ms[i].pillar, due(i), i)),
    }
    rows
}

pub(super) fn timeline_rows(app: &App) -> Vec<TimelineRow> {
    let ms = &app.model.milestones;
    let query = app.search.query.as_str();
    let mut rows = Vec::with_capacity(ms.len() + app.model.pillars.len());
    for (p, list) in app.by_pillar.iter().enumerate() {
        let mut shown: Vec<usize> = list
            .iter()
            .copied()
            .filter(|&i| matches(query, &ms[i].id, &ms[i].title))
            .collect();
        if shown.is_empty() && !query.is_empty() {
            continue;
        }
        shown.sort_by_key(|&i| {
            let date = ms[i].due.or(ms[i].done_on);
            (date.is_none(), date, i)
        });
        rows.push(TimelineRow::Pillar(p));
        rows.extend(shown.into_iter().map(TimelineRow::Milestone));
    }
    rows
}
