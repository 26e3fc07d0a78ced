//! The file changed on disk: reloading it when nothing is unsaved, showing it with the unsaved
//! edits on top when something is, and merging those edits into it on save.

use crate::tr;
use std::collections::BTreeMap;

use crate::app::App;
use crate::app::editing::{Edits, Effect};
use crate::app::modal::Modal;
use crate::app::shape::Structure;
use crate::model::edit::{copy_edited, edited_fields};
use crate::model::{Figures, Milestone, Model};

/// A milestone both this session and someone else changed.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// Its index in the file's new version (meaningless when [`Conflict::gone`]).
    pub index: usize,
    /// Removed there: the person keeps it with the edits (it is added again) or lets it go.
    pub gone: bool,
    /// As it was when this session last read or saved the file.
    pub base: Milestone,
    /// As this session has it.
    pub mine: Milestone,
}

impl App {
    /// Replaces the model with the file's newer version (nothing unsaved), keeping the selection.
    pub fn reload(&mut self, model: Model) {
        self.history_stale();
        let was_waiting = self.waiting_for_file();
        self.replace_model(|app| {
            app.doc.model = model;
            app.doc.edits = Edits::of(&app.doc.model);
            app.doc.absorbed = false;
            // Said first, so that a popup closed for a milestone gone says so instead.
            let said = crate::i18n::word(
                app.dash.langs.main,
                if was_waiting {
                    "said-opened"
                } else {
                    "said-reloaded"
                },
            );
            app.say(said, false);
        });
        self.file_fixed();
        if was_waiting {
            let span = self.time_span();
            self.dash.timeline.window_start = span.0;
        }
    }

    /// Runs `change`, which gives the app another version of the model, then brings the derived
    /// state up to date, keeps the selected milestone selected (by id) and closes a popup whose
    /// milestone is gone.
    fn replace_model(&mut self, change: impl FnOnce(&mut Self)) {
        let keep = self
            .selected_milestone()
            .map(|i| self.doc.model.milestones[i].id.clone());
        change(self);
        self.after_new_model();
        if let Some(id) = keep
            && let Some(i) = self.doc.model.milestone_index(&id)
        {
            self.select_milestone(i);
        }
        self.close_orphan_popup();
    }

    /// Puts this session's edits on top of the file's newer version and saves. Edits to
    /// milestones that changed on disk too are not applied: the person is asked whose version
    /// stands.
    pub fn merge(&mut self, theirs: Model) {
        self.file_fixed();
        let conflicts = self.rebase_edits(theirs);
        if conflicts.is_empty() {
            self.dash.effect = Some(Effect::Save);
        } else {
            self.open_popup(Modal::Conflict {
                theirs_kept: conflicts,
                offset: 0,
            });
        }
    }

    /// The file changed on disk while edits are unsaved: the view shows the new version with
    /// the edits on top, and a banner says so; edits that conflict wait for the save's question.
    pub fn absorb(&mut self, theirs: Model) {
        self.history_stale();
        self.file_fixed();
        // The banner is the news now, unless the rebase has something worse to say.
        self.dash.message = None;
        let conflicts = self.rebase_edits(theirs);
        let n = conflicts.len();
        self.doc.unresolved = conflicts;
        let unsaved = self.doc.unsaved();
        let lang = self.dash.langs.main;
        let merges = self.global_key(crate::app::Action::Save, &tr!(lang, "said-merges"));
        let mut banner = tr!(
            lang,
            "said-changed-on-disk",
            count = unsaved,
            merges = merges
        );
        if n > 0 {
            banner.push_str(" · ");
            banner.push_str(&tr!(lang, "said-conflicts-to-settle", count = n));
        }
        self.doc.banner = Some(banner);
        self.doc.absorbed = true;
    }

    /// Replaces the model with `theirs` and re-applies this session's edits to it, by id; gives
    /// back the edits that meet a change made there too.
    fn rebase_edits(&mut self, theirs: Model) -> Vec<Conflict> {
        let mut conflicts = Vec::new();
        let mut lost = Vec::new();
        self.replace_model(|app| app.put_edits_on(theirs, &mut conflicts, &mut lost));
        if !lost.is_empty() {
            let what = lost.join(", ");
            self.say(
                tr!(self.dash.langs.main, "said-not-made-again", what = what),
                true,
            );
        }
        conflicts
    }

    /// Makes `theirs` the model, with this session's edits on it where they do not meet a
    /// change made there; the others are `conflicts`, or `lost` when the milestone is gone.
    fn put_edits_on(
        &mut self,
        theirs: Model,
        conflicts: &mut Vec<Conflict>,
        lost: &mut Vec<String>,
    ) {
        let mine = std::mem::replace(&mut self.doc.model, theirs);
        let structure = self.doc.edits.shape.structure(&mine);
        let mut edits = Edits::of(&self.doc.model);
        let mut saved = BTreeMap::new();
        for (i, before) in std::mem::take(&mut self.doc.edits.saved) {
            let current = &mine.milestones[i];
            if *current == before || self.doc.edits.shape.place(i).is_none() {
                continue;
            }
            let j = self.doc.model.milestone_index(&before.id);
            // My version and the base with their references in this version's numbering.
            let adopted = j.and_then(|j| {
                let base = self.doc.model.adopt(&before, &mine)?;
                let current = self.doc.model.adopt(current, &mine)?;
                Some((j, base, current))
            });
            match adopted {
                // Untouched there: my edits go on top as they are.
                Some((j, base, current))
                    if !edited_fields(&self.doc.model.milestones[j], &base).contains(&true) =>
                {
                    saved.insert(j, self.doc.model.milestones[j].clone());
                    copy_edited(&mut self.doc.model.milestones[j], &current);
                }
                Some((j, base, current)) => conflicts.push(Conflict {
                    index: j,
                    gone: false,
                    base,
                    mine: current,
                }),
                // Removed there under my edit: the person settles it, never a silent drop.
                None if j.is_none() => match self.doc.model.adopt(current, &mine) {
                    Some(current) => conflicts.push(Conflict {
                        index: usize::MAX,
                        gone: true,
                        base: before.clone(),
                        mine: current,
                    }),
                    None => lost.push(before.id.clone()),
                },
                None => lost.push(before.id.clone()),
            }
        }
        edits.saved = saved;
        self.doc.edits = edits;
        self.put_structure_on(&mine, structure, lost);
        // Conflicts set aside earlier: where their milestones are in this version.
        for mut c in std::mem::take(&mut self.doc.unresolved) {
            let here = self.doc.model.milestone_index(&c.base.id);
            c.gone = here.is_none();
            c.index = here.unwrap_or(usize::MAX);
            conflicts.push(c);
        }
    }

    /// Makes this session's additions and removals again on the new version of the file, by id:
    /// what was removed there too is gone; an addition whose id is taken there, or that refers
    /// to something gone there, is `lost`.
    fn put_structure_on(&mut self, mine: &Model, s: Structure, lost: &mut Vec<String>) {
        for id in &s.removed_milestones {
            if let Some(j) = self.doc.model.milestone_index(id) {
                self.doc.model.milestones.remove(j);
                self.doc.edits.shape.taken_out(j, id);
                // Edits of theirs set aside for it no longer matter.
                let later = self.doc.edits.saved.split_off(&j);
                self.doc.edits.saved.extend(
                    later
                        .into_iter()
                        .filter(|(i, _)| *i != j)
                        .map(|(i, m)| (i - 1, m)),
                );
            }
        }
        for id in &s.removed_sources {
            if let Some(i) = self.doc.model.sources.iter().position(|x| x.id == *id)
                && self.doc.model.remove_source(i).is_err()
            {
                lost.push(tr!(self.dash.langs.main, "lost-source-removal", id = id));
            }
        }
        for id in &s.removed_pillars {
            if let Some(i) = self.doc.model.pillars.iter().position(|x| x.id == *id)
                && self.doc.model.remove_pillar(i).is_err()
            {
                lost.push(tr!(self.dash.langs.main, "lost-pillar-removal", id = id));
            }
        }
        for (table, id, values) in &s.revalued {
            if !self.doc.model.set_values(*table, id, values) {
                let said = match table {
                    crate::model::plan::Table::Pillar => "lost-pillar-change",
                    crate::model::plan::Table::Source => "lost-source-change",
                };
                lost.push(tr!(self.dash.langs.main, said, id = id));
            }
        }
        for source in s.added_sources {
            if self.doc.model.add_source(source.clone()).is_err() {
                lost.push(source.id);
            }
        }
        for mut pillar in s.added_pillars {
            let Some(adopted) = self.doc.model.adopt_source(pillar.source, mine) else {
                lost.push(pillar.id);
                continue;
            };
            pillar.source = adopted;
            if self.doc.model.add_pillar(pillar.clone()).is_err() {
                lost.push(pillar.id);
            }
        }
        for i in s.added_milestones {
            let m = &mine.milestones[i];
            match self.doc.model.adopt(m, mine) {
                Some(m) if self.doc.model.milestone_index(&m.id).is_none() => {
                    self.doc.model.milestones.push(m);
                    self.doc
                        .edits
                        .shape
                        .inserted(self.doc.model.milestones.len() - 1, None);
                }
                _ => lost.push(m.id.clone()),
            }
        }
        for (n, was) in s.named {
            let t = &mut self.doc.model.translations;
            let now = t.get(n.lang, n.table, &n.id, n.field).map(str::to_string);
            if now == was || now == n.text {
                t.set(n.lang, (n.table, &n.id, n.field), n.text);
            } else {
                let said = tr!(
                    self.dash.langs.main,
                    "lost-name",
                    id = &n.id,
                    language = n.lang.own_name()
                );
                lost.push(said);
            }
        }
        for (target, removed, added) in s.entries {
            let Some(t) = self.doc.model.targets.iter().position(|x| x.id == target) else {
                lost.push(tr!(self.dash.langs.main, "lost-entries", id = &target));
                continue;
            };
            for e in removed {
                let entries = &mut self.doc.model.targets[t].entries;
                if let Some(k) = entries.iter().position(|x| *x == e) {
                    entries.remove(k);
                }
            }
            for mut e in added {
                let Some(adopted) = self.doc.model.adopt_source(e.source, mine) else {
                    lost.push(tr!(self.dash.langs.main, "lost-entry", id = &target));
                    continue;
                };
                e.source = adopted;
                self.doc.model.targets[t].entries.push(e);
            }
        }
    }

    /// Brings everything derived from the model up to date with it.
    pub(in crate::app) fn after_new_model(&mut self) {
        self.doc.figures = Figures::compute(&self.doc.model, self.today());
        self.doc.span = self.compute_span();
        self.doc.by_pillar = self.doc.model.by_pillar();
        self.doc.search_index = crate::app::rows::SearchIndex::new(&self.doc.model);
        self.refresh();
        self.rebuild_deck();
    }

    fn select_milestone(&mut self, index: usize) {
        let page = self.page();
        if let Some(row) = self.dash.milestones.rows.iter().position(|&r| r == index) {
            self.dash
                .milestones
                .cursor
                .set(row, self.dash.milestones.rows.len(), page);
        }
        if let Some(row) = self
            .dash
            .timeline
            .rows
            .iter()
            .position(|r| *r == crate::app::TimelineRow::Milestone(index))
        {
            self.dash
                .timeline
                .cursor
                .set(row, self.dash.timeline.rows.len(), page);
        }
    }
}
