//! View 6, the changes: the model's changes from the file's git history (read by the runner
//! from git; the app only holds them), newest first, one row per change,
//! filterable by pillar and by author; `Enter` shows one change in full.

use crate::app::{App, Cursor, View};
use crate::model::Model;
use crate::model::diff::Change;
use crate::model::log::Entry;

/// The history as the view has it.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum History {
    /// Not read yet: the runner reads it when the view is shown.
    #[default]
    Unread,
    Reading,
    /// It cannot be read (not in a repository, the bundled model): why.
    Unavailable(crate::model::log::Unavailable),
    /// The newest entries, shown while the older ones are read.
    Newest(Vec<Entry>),
    Read(Vec<Entry>),
}

/// One row: an entry of the log and one of its changes (`None`: the entry as a whole, a version
/// that did not load or the one that made the file).
pub type ChangeRow = (usize, Option<usize>);

/// The view's state.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ChangesState {
    pub history: History,
    /// The file changed since the history was read: read it again when the view is shown.
    pub stale: bool,
    pub rows: Vec<ChangeRow>,
    pub cursor: Cursor,
    /// Only the changes to this pillar's milestones (its id), or by this author.
    pub pillar: Option<String>,
    pub author: Option<String>,
    /// The selected change is shown in full.
    pub detail: bool,
}

impl ChangesState {
    /// The entries read, if they are.
    pub fn entries(&self) -> &[Entry] {
        match &self.history {
            History::Read(entries) | History::Newest(entries) => entries,
            _ => &[],
        }
    }

    /// The selected row's entry and change.
    pub fn selected(&self) -> Option<(&Entry, Option<&Change>)> {
        let &(e, c) = self.rows.get(self.cursor.selected)?;
        let entry = self.entries().get(e)?;
        Some((entry, c.and_then(|c| entry.changes.get(c))))
    }

    /// The authors of the history, in the order of their latest change, the uncommitted first
    /// (as "you").
    pub fn authors(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for e in self.entries() {
            let who = author_of(e);
            if !out.contains(&who) {
                out.push(who);
            }
        }
        out
    }
}

/// Who made an entry: its commit's author, or "you" for the uncommitted changes.
pub fn author_of(entry: &Entry) -> String {
    entry
        .commit
        .as_ref()
        .map_or_else(|| "you".to_string(), |c| c.author.clone())
}

/// The pillar (its id in `model`) a change is about, when it is about a milestone the model has
/// or names a pillar of it.
pub fn pillar_of<'m>(change: &Change, model: &'m Model) -> Option<&'m str> {
    let by_title = |title: &str| {
        model
            .pillars
            .iter()
            .find(|p| p.title == title)
            .map(|p| p.id.as_str())
    };
    if let Some(id) = change.milestone()
        && let Some(i) = model.milestone_index(id)
    {
        return model
            .pillars
            .get(model.milestones[i].pillar)
            .map(|p| p.id.as_str());
    }
    match change {
        Change::MilestoneAdded { pillar, .. } => by_title(pillar),
        Change::Moved { to, .. } => by_title(to),
        _ => None,
    }
}

impl App {
    /// Whether the runner should read the history now: the view is shown and it is unread or
    /// out of date.
    pub fn wants_history(&self) -> bool {
        self.dash.view == View::Changes
            && (self.dash.changes.history == History::Unread
                || (self.dash.changes.stale
                    && !matches!(
                        self.dash.changes.history,
                        History::Reading | History::Newest(_)
                    )))
    }

    /// The runner started reading the history.
    pub fn history_reading(&mut self) {
        self.dash.changes.stale = false;
        if !matches!(self.dash.changes.history, History::Read(_)) {
            self.dash.changes.history = History::Reading;
        }
    }

    /// The newest part of the history, while the rest is read: shown at once, unless a
    /// whole history (read before the file changed) is already on screen.
    pub fn history_newest(&mut self, entries: Vec<Entry>) {
        if matches!(
            self.dash.changes.history,
            History::Unread | History::Reading | History::Newest(_)
        ) {
            self.dash.changes.history = History::Newest(entries);
            self.refresh_changes();
        }
    }

    /// The history read (or why it cannot be).
    pub fn history_read(&mut self, history: Result<Vec<Entry>, crate::model::log::Unavailable>) {
        self.dash.changes.history = match history {
            Ok(entries) => History::Read(entries),
            Err(why) => History::Unavailable(why),
        };
        self.refresh_changes();
    }

    /// The file changed (saved, or on disk): the history shown may miss it.
    pub fn history_stale(&mut self) {
        if self.dash.changes.history != History::Unread {
            self.dash.changes.stale = true;
        }
    }

    /// The rows after a new history or filter, keeping the cursor in range.
    pub fn refresh_changes(&mut self) {
        let state = &self.dash.changes;
        let mut rows = Vec::new();
        for (e, entry) in state.entries().iter().enumerate() {
            if state
                .author
                .as_ref()
                .is_some_and(|a| *a != author_of(entry))
            {
                continue;
            }
            let whole =
                (entry.invalid && entry.changes.is_empty()) || entry.created || entry.shallow_start;
            if whole && state.pillar.is_none() {
                // The version that made the file is one row (its additions are the file).
                rows.push((e, None));
                continue;
            }
            for (c, change) in entry.changes.iter().enumerate() {
                if state
                    .pillar
                    .as_deref()
                    .is_some_and(|p| pillar_of(change, &self.doc.model) != Some(p))
                {
                    continue;
                }
                rows.push((e, Some(c)));
            }
        }
        let page = self.page();
        self.dash.changes.rows = rows;
        let len = self.dash.changes.rows.len();
        let selected = self.dash.changes.cursor.selected;
        self.dash.changes.cursor.set(selected, len, page);
        if len == 0 {
            self.dash.changes.detail = false;
        }
    }

    /// The next pillar filter: none, then each pillar in file order.
    pub(in crate::app) fn cycle_changes_pillar(&mut self) {
        let ids: Vec<&str> = self
            .doc
            .model
            .pillars
            .iter()
            .map(|p| p.id.as_str())
            .collect();
        self.dash.changes.pillar = next_of(&ids, self.dash.changes.pillar.as_deref());
        self.dash.changes.cursor = Cursor::default();
        self.refresh_changes();
    }

    /// The next author filter: none, then each author, the latest first.
    pub(in crate::app) fn cycle_changes_author(&mut self) {
        let authors = self.dash.changes.authors();
        let names: Vec<&str> = authors.iter().map(String::as_str).collect();
        self.dash.changes.author = next_of(&names, self.dash.changes.author.as_deref());
        self.dash.changes.cursor = Cursor::default();
        self.refresh_changes();
    }
}

/// After `now` in `all` (from none to the first, from the last to none).
fn next_of(all: &[&str], now: Option<&str>) -> Option<String> {
    let next = match now.and_then(|n| all.iter().position(|x| *x == n)) {
        None if now.is_none() => all.first(),
        None => None,
        Some(i) => all.get(i + 1),
    };
    next.map(|s| (*s).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filters_cycle_through_every_choice_and_back_to_none() {
        let all = ["a", "b"];
        assert_eq!(next_of(&all, None).as_deref(), Some("a"));
        assert_eq!(next_of(&all, Some("a")).as_deref(), Some("b"));
        assert_eq!(next_of(&all, Some("b")), None);
        assert_eq!(next_of(&all, Some("gone")), None);
        assert_eq!(next_of(&[], None), None);
    }
}
