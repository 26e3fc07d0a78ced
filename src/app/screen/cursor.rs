//! Where a list's selection is, and what the screen holds that moving in a list needs.

use crate::app::PaneSize;

/// A selection in a list and the first row shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    /// Moves to `index` (clamped to `len`) and scrolls so it shows in a page of `page` rows.
    pub(in crate::app) fn set(&mut self, index: usize, len: usize, page: usize) {
        self.selected = index.min(len.saturating_sub(1));
        let page = page.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + page {
            self.offset = self.selected + 1 - page;
        }
        self.offset = self.offset.min(len.saturating_sub(page));
    }

    pub(in crate::app) fn move_by(&mut self, delta: isize, len: usize, page: usize) {
        let index = self.selected.saturating_add_signed(delta);
        self.set(index, len, page);
    }

    /// The first row to show in `height` rows so that the selection is visible.
    pub fn visible_offset(&self, height: usize) -> usize {
        let height = height.max(1);
        self.offset
            .min(self.selected)
            .max((self.selected + 1).saturating_sub(height))
    }
}

/// The sizes of what the screen shows that moving in it needs: how many rows a page of a list
/// holds, how many columns the timeline's date axis has, how many rows the help shows. The UI
/// computes them from the terminal's size (`ui::viewport`); the app only uses them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Viewport {
    pub list_rows: usize,
    pub timeline_columns: u16,
    pub help_rows: usize,
    /// The overview's agreements pane.
    pub overview_text: PaneSize,
    /// The pillars view's detail of the selected pillar.
    pub pillar_detail: PaneSize,
    /// The targets view's entries of the selected target.
    pub target_entries: PaneSize,
    /// The conflict dialog's list of conflicts.
    pub conflicts: PaneSize,
    /// A list slide's room for its lines, below its heading.
    pub slide: PaneSize,
    /// The same in the speaker view's smaller slide.
    pub speaker_slide: PaneSize,
}

impl Default for Viewport {
    /// An 80x24 screen's.
    fn default() -> Self {
        Viewport {
            list_rows: 16,
            timeline_columns: 47,
            help_rows: 20,
            overview_text: PaneSize { width: 38, rows: 4 },
            pillar_detail: PaneSize {
                width: 48,
                rows: 17,
            },
            target_entries: PaneSize { width: 29, rows: 4 },
            conflicts: PaneSize {
                width: 70,
                rows: 12,
            },
            slide: PaneSize {
                width: 76,
                rows: 19,
            },
            speaker_slide: PaneSize { width: 44, rows: 9 },
        }
    }
}
