//! The rows each list view shows, rebuilt only when the model, search, filters or sort change.

use crate::app::{App, SortKey};
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
        Query(lower(query))
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
    lower(text).contains(lower_query)
}

pub(in crate::app) fn pillar_rows(model: &Model, query: &str) -> Vec<usize> {
    let query = Query::new(query);
    (0..model.pillars.len())
        .filter(|&i| query.matches(&model.pillars[i].id, &model.pillars[i].title))
        .collect()
}

/// The milestones table's order with the status and pillar filters, before any search.
pub(in crate::app) fn milestone_order(app: &App) -> Vec<usize> {
    let ms = &app.doc.model.milestones;
    let mut rows: Vec<usize> = (0..ms.len())
        .filter(|&i| {
            let m = &ms[i];
            app.dash
                .milestones
                .status_filter
                .is_none_or(|s| m.status == s)
                && app
                    .dash
                    .milestones
                    .pillar_filter
                    .is_none_or(|p| m.pillar == p)
        })
        .collect();
    // Undated milestones sort after dated ones; ties keep file order.
    let due = |i: usize| (ms[i].due.is_none(), ms[i].due);
    match app.dash.milestones.sort {
        SortKey::Due => rows.sort_by_key(|&i| (due(i), i)),
        SortKey::Status => rows.sort_by_key(|&i| (ms[i].status, due(i), i)),
        SortKey::Pillar => rows.sort_by_key(|&i| (ms[i].pillar, due(i), i)),
    }
    rows
}

/// Every milestone's id and title, lower-cased, one per line: searched with SIMD in one pass.
///
/// It remembers the hits of the queries typed so far, each a prefix of the next: typing a
/// character only looks again at the previous hits, and erasing one finds its hits remembered.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    text: String,
    starts: Vec<usize>,
    typed: Vec<(String, Vec<bool>)>,
}

/// Lower-cased a character at a time, the same way for the index and the query.
fn lower(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).collect()
}

impl SearchIndex {
    pub(in crate::app) fn new(model: &Model) -> Self {
        let rows = model.milestones.iter().map(|m| (&*m.id, &*m.title));
        Self::of(rows, model.milestones.len())
    }

    /// The index of `count` (id, title) pairs.
    fn of<'a>(rows: impl Iterator<Item = (&'a str, &'a str)>, count: usize) -> Self {
        let mut text = String::new();
        let mut starts = Vec::with_capacity(count);
        for (id, title) in rows {
            starts.push(text.len());
            text.push_str(&lower(id));
            text.push('\t');
            text.extend(
                title
                    .chars()
                    .flat_map(char::to_lowercase)
                    .map(|c| if c == '\n' { ' ' } else { c }),
            );
            text.push('\n');
        }
        SearchIndex {
            text,
            starts,
            typed: Vec::new(),
        }
    }

    /// Which milestones contain `query` in their id or title, ignoring case; `None` for an
    /// empty query (every milestone), which also forgets the hits kept so far.
    pub(in crate::app) fn matching(&mut self, query: &str) -> Option<Vec<bool>> {
        if query.is_empty() {
            self.typed = Vec::new();
            return None;
        }
        let needle = lower(query);
        // Forget what the new query does not extend (it was erased or changed).
        while let Some((last, _)) = self.typed.last() {
            if needle.starts_with(last.as_str()) {
                break;
            }
            self.typed.pop();
        }
        let hits = match self.typed.last() {
            Some((last, hits)) if *last == needle => return Some(hits.clone()),
            // A line that holds the new query holds the shorter one it extends.
            Some((_, hits)) => self.narrow(&needle, hits),
            None => self.scan(&needle),
        };
        self.typed.push((needle, hits.clone()));
        Some(hits)
    }

    /// Every line, in one pass over the whole text.
    fn scan(&self, needle: &str) -> Vec<bool> {
        let mut hit = vec![false; self.starts.len()];
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
            at = self.line_end(line);
            if at >= haystack.len() {
                break;
            }
        }
        hit
    }

    /// Only the lines that were hits of a query this one extends.
    fn narrow(&self, needle: &str, previous: &[bool]) -> Vec<bool> {
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        let haystack = self.text.as_bytes();
        previous
            .iter()
            .enumerate()
            .map(|(line, &was)| {
                was && finder
                    .find(&haystack[self.starts[line]..self.line_end(line)])
                    .is_some()
            })
            .collect()
    }

    /// Where the line after `line` starts (or the end of the text).
    fn line_end(&self, line: usize) -> usize {
        self.starts
            .get(line + 1)
            .copied()
            .unwrap_or(self.text.len())
    }
}

/// The milestones of `order` that match the search, in the same order.
pub(in crate::app) fn search_milestones(order: &[usize], hits: Option<&[bool]>) -> Vec<usize> {
    match hits {
        None => order.to_vec(),
        Some(hits) => order.iter().copied().filter(|&i| hits[i]).collect(),
    }
}

/// The timeline's rows before any search: each pillar, then its milestones by date.
pub(in crate::app) fn timeline_order(app: &App) -> Vec<TimelineRow> {
    let ms = &app.doc.model.milestones;
    let mut rows = Vec::with_capacity(ms.len() + app.doc.model.pillars.len());
    for (p, list) in app.doc.by_pillar.iter().enumerate() {
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
pub(in crate::app) fn search_timeline(
    order: &[TimelineRow],
    hits: Option<&[bool]>,
) -> Vec<TimelineRow> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const ROWS: [(&str, &str); 6] = [
        ("moc-signed", "MoC on critical minerals signed"),
        ("m-42", "Joint exploration 共同探査 step"),
        ("m-420", "ΟΔΟΣ map of Critical supply chains"),
        ("m-7", "Stockpiling strategy"),
        ("roadmap", "Decade roadmap set out\nsecond line"),
        ("m-4", "Recycling pilot"),
    ];

    fn index() -> SearchIndex {
        SearchIndex::of(ROWS.iter().copied(), ROWS.len())
    }

    /// What a search must find: the rows whose id or title holds the query, ignoring case.
    fn expected(query: &str) -> Vec<bool> {
        let query = Query::new(query);
        ROWS.iter()
            .map(|(id, title)| query.matches(id, &title.replace('\n', " ")))
            .collect()
    }

    #[test]
    fn searching_ignores_case_in_any_script() {
        let mut index = index();
        let mut hits = |query| index.matching(query).unwrap_or_default();
        assert_eq!(hits("CRITICAL"), expected("critical"));
        assert_eq!(hits("CRITICAL"), [true, false, true, false, false, false]);
        assert_eq!(hits("οδοσ"), [false, false, true, false, false, false]);
        // A final capital sigma lower-cases like any other, as it does in the index.
        assert_eq!(hits("ΟΔΟΣ"), [false, false, true, false, false, false]);
        assert_eq!(hits("共同"), [false, true, false, false, false, false]);
        assert_eq!(
            hits("set out second"),
            [false, false, false, false, true, false]
        );
        assert_eq!(index.matching(""), None);
        assert!(
            index.typed.is_empty(),
            "an empty query forgets the kept hits"
        );
    }

    proptest! {
        /// Typing, erasing and replacing the query in any order finds what a fresh search finds.
        #[test]
        fn remembered_and_narrowed_hits_are_a_fresh_search(
            steps in proptest::collection::vec(
                prop_oneof![
                    4 => proptest::sample::select(vec!['m', '-', '4', '2', '0', 'c', 'R', 'I', 'Σ', 'ο', '共', ' ']).prop_map(Some),
                    2 => Just(None),
                ],
                1..30,
            ),
        ) {
            let mut index = index();
            let mut query = String::new();
            for step in steps {
                match step {
                    Some(c) => query.push(c),
                    None => {
                        query.pop();
                    }
                }
                let hits = index.matching(&query);
                if query.is_empty() {
                    prop_assert_eq!(hits, None);
                } else {
                    prop_assert_eq!(hits, Some(expected(&query)), "{}", query);
                }
            }
        }
    }
}
