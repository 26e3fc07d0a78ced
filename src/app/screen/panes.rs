//! The panes of a view that hold text rather than a list (the overview's agreements, the selected
//! pillar's detail, the selected target's entries): which pane the arrow keys move, how far each is scrolled, and how many lines
//! each holds, so that scrolling stops at the last line. The UI draws the same lines.

use crate::app::{Action, App, View};
use crate::model::Model;
use crate::text::{safe_line, wrap_words};

/// Which pane of a view takes the arrow keys.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Pane {
    /// The list (the pillars).
    #[default]
    List,
    /// The text beside it, scrolled.
    Text,
}

/// The size of a text pane inside its borders, as the UI lays it out.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PaneSize {
    pub width: u16,
    pub rows: usize,
}

/// A view's focus and the scroll of its text pane.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Panes {
    pub focus: Pane,
    pub scroll: usize,
}

/// One entry of the overview's agreements pane.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AgreementsItem<'m> {
    /// An agreement's label.
    Agreement(String),
    /// The heading over the objectives of no agreement.
    Other,
    /// An objective, under its agreement or the heading.
    Objective(&'m str),
}

/// The entries of the agreements pane in order: each agreement with its objectives under it, then
/// "Other objectives" and those of no agreement.
pub fn agreements_items(model: &Model) -> impl Iterator<Item = AgreementsItem<'_>> {
    let by_agreement = model
        .agreements
        .iter()
        .enumerate()
        .flat_map(|(a, agreement)| {
            std::iter::once(AgreementsItem::Agreement(agreement.label())).chain(
                model
                    .objectives_of(Some(a))
                    .map(|o| AgreementsItem::Objective(o.title.as_str())),
            )
        });
    let loose = model.objectives.iter().any(|o| o.agreement.is_none());
    by_agreement
        .chain(loose.then_some(AgreementsItem::Other))
        .chain(
            model
                .objectives_of(None)
                .map(|o| AgreementsItem::Objective(o.title.as_str())),
        )
}

/// The lines an objective's title wraps to under a bullet, in a pane `width` wide.
pub fn objective_lines(title: &str, width: u16) -> Vec<String> {
    wrap_words(&safe_line(title), usize::from(width).saturating_sub(4))
}

/// The lines of the overview's agreements pane at `width`: agreement labels on a line each
/// (cut), objectives wrapped (one line, "No agreements", when there are none).
pub fn agreements_lines(model: &Model, width: u16) -> usize {
    agreements_items(model)
        .map(|item| match item {
            AgreementsItem::Objective(title) => objective_lines(title, width).len().max(1),
            _ => 1,
        })
        .sum::<usize>()
        .max(1)
}

/// The lines of pillar `p`'s detail at `width`: its title, summary (wrapped), a gap, progress,
/// health, its objectives under a heading, a gap, and its milestones under a heading.
pub fn pillar_detail_lines(model: &Model, milestones: usize, p: usize, width: u16) -> usize {
    let Some(pillar) = model.pillars.get(p) else {
        return 0;
    };
    let summary = pillar
        .summary
        .as_deref()
        .map_or(0, |s| wrap_words(&safe_line(s), usize::from(width)).len());
    let mut objectives = model
        .objectives
        .iter()
        .filter(|o| o.pillar == Some(p))
        .peekable();
    let objective_lines = if objectives.peek().is_none() {
        0
    } else {
        2 + objectives
            .map(|o| objective_lines(&o.title, width).len().max(1))
            .sum::<usize>()
    };
    1 + summary + 3 + objective_lines + 2 + milestones.max(1)
}

impl App {
    /// The focus and scroll of the current view's panes, if it has a text pane.
    pub fn panes(&self) -> Option<&Panes> {
        match self.dash.view {
            View::Overview => Some(&self.dash.overview),
            View::Pillars => Some(&self.dash.pillars.panes),
            View::Targets => Some(&self.dash.targets.panes),
            _ => None,
        }
    }

    fn panes_mut(&mut self) -> Option<&mut Panes> {
        match self.dash.view {
            View::Overview => Some(&mut self.dash.overview),
            View::Pillars => Some(&mut self.dash.pillars.panes),
            View::Targets => Some(&mut self.dash.targets.panes),
            _ => None,
        }
    }

    /// How many lines the current view's text pane holds, and how many it shows.
    fn text_pane(&self) -> (usize, usize) {
        match self.dash.view {
            View::Overview => {
                let size = self.dash.viewport.overview_text;
                (agreements_lines(&self.doc.model, size.width), size.rows)
            }
            View::Pillars => {
                let size = self.dash.viewport.pillar_detail;
                let lines = self.selected_pillar().map_or(0, |p| {
                    pillar_detail_lines(&self.doc.model, self.doc.by_pillar[p].len(), p, size.width)
                });
                (lines, size.rows)
            }
            View::Targets => {
                let entries = self
                    .doc
                    .model
                    .targets
                    .get(self.dash.targets.cursor.selected)
                    .map_or(0, |t| t.entries.len().max(1));
                (entries, self.dash.viewport.target_entries.rows)
            }
            _ => (0, 0),
        }
    }

    /// Moves the focus to the other pane of the view.
    /// The mouse wheel over `pane` (when the view has two and nothing is open over it): that
    /// pane scrolls, and gets the keys; elsewhere, what has the keys scrolls.
    pub fn wheel(&mut self, pane: Option<Pane>, rows: isize) {
        if self.overlay().is_none()
            && let (Some(pane), Some(panes)) = (pane, self.panes_mut())
        {
            panes.focus = pane;
        }
        self.update(Action::Scroll(rows));
    }

    pub(in crate::app) fn switch_pane(&mut self) {
        if let Some(panes) = self.panes_mut() {
            panes.focus = match panes.focus {
                Pane::List => Pane::Text,
                Pane::Text => Pane::List,
            };
        }
    }

    /// The entries of target `target` in the order the targets view lists them (by date, then
    /// as the file has them): indices in its list.
    pub fn entry_order(&self, target: usize) -> Vec<usize> {
        let Some(t) = self.doc.model.targets.get(target) else {
            return Vec::new();
        };
        let mut order: Vec<usize> = (0..t.entries.len()).collect();
        order.sort_by_key(|&i| t.entries[i].date);
        order
    }

    /// The selected entry of the targets view: (target, index in its list).
    pub fn selected_entry(&self) -> Option<(usize, usize)> {
        let target = self.dash.targets.cursor.selected;
        let order = self.entry_order(target);
        let row = self.dash.targets.entry.min(order.len().checked_sub(1)?);
        Some((target, order[row]))
    }

    /// Moves the selected entry as `action` asks, the entries pane scrolled to show it.
    pub(in crate::app) fn move_entry(&mut self, action: Action) {
        let count = self.entry_order(self.dash.targets.cursor.selected).len();
        let rows = self.dash.viewport.target_entries.rows.max(1);
        let last = count.saturating_sub(1);
        let now = self.dash.targets.entry.min(last);
        let next = match action {
            Action::Up => now.saturating_sub(1),
            Action::Down => now + 1,
            Action::PageUp => now.saturating_sub(rows),
            Action::PageDown => now + rows,
            Action::First => 0,
            Action::Last => last,
            Action::Scroll(n) => now.saturating_add_signed(n),
            Action::Select(row) => row,
            _ => now,
        }
        .min(last);
        self.dash.targets.entry = next;
        let scroll = &mut self.dash.targets.panes.scroll;
        if next < *scroll {
            *scroll = next;
        } else if next >= *scroll + rows {
            *scroll = next + 1 - rows;
        }
    }

    /// Whether the arrow keys scroll a text pane (rather than move a list's selection).
    pub(in crate::app) fn text_focused(&self) -> bool {
        self.panes().is_some_and(|p| p.focus == Pane::Text)
    }

    /// Scrolls the focused text pane as `action` asks, never past its last page.
    pub(in crate::app) fn scroll_text_pane(&mut self, action: Action) {
        let (lines, rows) = self.text_pane();
        let page = rows.max(1);
        let last = lines.saturating_sub(rows);
        if let Some(panes) = self.panes_mut() {
            scroll_text(&mut panes.scroll, action, page, last);
        }
    }
}

/// The last scroll of a text whose length the app does not know (the help, the problems, a
/// milestone's detail): the text clamps it to what it holds when it is drawn.
pub const UNKNOWN_END: usize = usize::MAX / 2;

/// Moves the scroll of a text as `action` asks (by a line, a `page`, to an end), never past
/// `last`, the scroll that shows its last page.
pub fn scroll_text(scroll: &mut usize, action: Action, page: usize, last: usize) {
    *scroll = match action {
        Action::Up => scroll.saturating_sub(1),
        Action::Down => scroll.saturating_add(1),
        Action::PageUp => scroll.saturating_sub(page),
        Action::PageDown => scroll.saturating_add(page),
        Action::Scroll(n) => scroll.saturating_add_signed(n),
        Action::First => 0,
        Action::Last => last,
        _ => *scroll,
    }
    .min(last);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Model {
        crate::bundled::model()
    }

    #[test]
    fn a_pillars_detail_counts_each_of_its_lines() {
        let model = bundled();
        // Investment and innovation: title, a one-line summary at this width, a gap, progress,
        // health; a gap, "Objectives (1)" and its one objective; a gap, "Milestones (2)", two.
        assert_eq!(
            pillar_detail_lines(&model, 2, 0, 1000),
            1 + 1 + 3 + 3 + 2 + 2
        );
        // The summary on more lines when narrow; "no milestones" is a line too.
        let summary = model.pillars[0].summary.as_deref().unwrap();
        let wrapped = wrap_words(summary, 20).len();
        assert!(wrapped > 1);
        let objective = model
            .objectives
            .iter()
            .find(|o| o.pillar == Some(0))
            .unwrap();
        let bullet = objective_lines(&objective.title, 20).len();
        assert!(bullet > 1, "the objective wraps too");
        assert_eq!(
            pillar_detail_lines(&model, 0, 0, 20),
            1 + wrapped + 3 + 2 + bullet + 2 + 1
        );
        assert_eq!(pillar_detail_lines(&model, 0, 99, 20), 0, "no such pillar");
    }

    #[test]
    fn the_agreements_pane_counts_agreements_objectives_and_the_other_heading() {
        let model = bundled();
        let loose = usize::from(model.objectives.iter().any(|o| o.agreement.is_none()));
        // Wide enough for every objective on one line.
        assert_eq!(
            agreements_lines(&model, 1000),
            model.agreements.len() + model.objectives.len() + loose
        );
        assert!(agreements_lines(&model, 24) > agreements_lines(&model, 1000));
        assert_eq!(agreements_lines(&Model::empty(), 40), 1);
    }
}
