//! The rows each list view shows, rebuilt only when the model, search, filters or sort change.

use super::{App, SortKey};
use crate::model::Model;

/// A row of the timeline: a pillar's heading, or one of its milestones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineRow {
    Pillar(usize),
    Milestone(usize),
}

/// A search query, lower-cased once.
pub struct Query(String);

impl Query {
    pub fn new(query: &str) -> Self {
        Query(query.to_lowercase())
    }

    /// Whether `id` or `title` contains the query, ignoring case.
    pub fn matches(&self, id: &str, title: &str) -> bool {
        self.0.is_empty() || id.contains(&self.0) || contains_ignoring_case(title, &self.0)
    }
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
    let query = Query::new(query);
    (0..model.pillars.len())
        .filter(|&i| query.matches(&model.pillars[i].id, &model.pillars[i].title))
        .collect()
}

/// The milestones table's order with the status and pillar filters, before any search.
pub(super) fn milestone_order(app: &App) -> Vec<usize> {
    let ms = &app.model.milestones;
    let mut rows: Vec<usize> = (0..ms.len())
        .filter(|&i| {
            let m = &ms[i];
            app.status_filter.is_none_or(|s| m.status == s)
                && app.pillar_filter.is_none_or(|p| m.pillar == p)
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

/// Every milestone's id and title, lower-cased, one per line: searched with SIMD in one pass.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    text: String,
    starts: Vec<usize>,
}

impl SearchIndex {
    pub(super) fn new(model: &Model) -> Self {
        let mut text = String::new();
        let mut starts = Vec::with_capacity(model.milestones.len());
        for m in &model.milestones {
            starts.push(text.len());
            text.push_str(&m.id.to_lowercase());
            text.push('\t');
            text.extend(
                m.title
                    .chars()
                    .flat_map(char::to_lowercase)
                    .map(|c| if c == '\n' { ' ' } else { c }),
            );
            text.push('\n');
        }
        SearchIndex { text, starts }
    }

    /// Which milestones contain `query` in their id or title, ignoring case.
    pub(super) fn matching(&self, query: &str) -> Vec<bool> {
        let mut hit = vec![false; self.starts.len()];
        let needle = query.to_lowercase();
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        let haystack = self.text.as_bytes();
        let mut at = 0;
        while let Some(found) = finder.find(&haystack[at..]) {
            let offset = at + found;
            let line = self
                .starts
                .partition_point(|&s| s <= offset)
                .saturating_sub(1);
            hit[line] = true;
            // One hit per milestone is enough: go on from the next line.
            at = self.starts.get(line + 1).copied().unwrap_or(haystack.len());
            if at >= haystack.len() {
                break;
            }
        }
        hit
    }
}

/// The milestones of `order` that match the search, in the same order.
pub(super) fn search_milestones(order: &[usize], hits: Option<&[bool]>) -> Vec<usize> {
    match hits {
        None => order.to_vec(),
        Some(hits) => order.iter().copied().filter(|&i| hits[i]).collect(),
    }
}

/// The timeline's rows before any search: each pillar, then its milestones by date.
pub(super) fn timeline_order(app: &App) -> Vec<TimelineRow> {
    let ms = &app.model.milestones;
    let mut rows = Vec::with_capacity(ms.len() + app.model.pillars.len());
    for (p, list) in app.by_pillar.iter().enumerate() {
        let mut shown = list.clone();
        shown.sort_by_key(|&i| {
            let date = ms[i].due.or(ms[i].done_on);
            (date.is_none(), date, i)
        });
        rows.push(TimelineRow::Pillar(p));
        rows.extend(shown.into_iter().map(TimelineRow::Milestone));
    }
    rows
}

/// The rows of `order` that match the search; a pillar stays when any of its milestones does.
pub(super) fn search_timeline(order: &[TimelineRow], hits: Option<&[bool]>) -> Vec<TimelineRow> {
    let Some(hits) = hits else {
        return order.to_vec();
    };
    let mut rows = Vec::new();
    let mut heading = None;
    for row in order {
        match *row {
            TimelineRow::Pillar(_) => heading = Some(*row),
            TimelineRow::Milestone(i) => {
                if hits[i] {
                    rows.extend(heading.take());
                    rows.push(*row);
                }
            }
        }
    }
    rows
}
