//! What a key does in a form: move between fields, choose in a list, type in a text field;
//! Enter makes what a valid form describes (or shows the first field that is not), Esc cancels.
//! Opening the forms from the dashboard's keys is here too.

use crate::app::editor::EditorKey;
use crate::app::form::{Field, Form, FormKind, Input};
use crate::app::modal::{MilestoneRef, Modal, Removal};
use crate::app::{Action, App, Key, View};
use crate::model::edit::{Details, Edit};

impl App {
    /// `a`: a milestone of the pillar in focus, or in the targets view an amount of the target.
    pub(in crate::app) fn open_add(&mut self) {
        if self.refuse_read_only() {
            return;
        }
        if self.dash.view == View::Targets {
            let target = self.dash.targets.cursor.selected;
            if target < self.doc.model.targets.len() {
                let form = Form::entry(&self.doc.model, target, None, self.form_at());
                self.open_popup(Modal::Form(Box::new(form)));
            } else {
                self.say(crate::tr!(self.dash.langs.main, "said-no-targets"), true);
            }
            return;
        }
        if self.doc.model.pillars.is_empty() {
            self.say(crate::tr!(self.dash.langs.main, "said-pillar-first"), true);
            return;
        }
        let pillar = match self.dash.view {
            View::Overview | View::Pillars => self.selected_pillar(),
            View::Timeline => match self
                .dash
                .timeline
                .rows
                .get(self.dash.timeline.cursor.selected)
            {
                Some(crate::app::TimelineRow::Pillar(p)) => Some(*p),
                Some(crate::app::TimelineRow::Milestone(i)) => {
                    Some(self.doc.model.milestones[*i].pillar)
                }
                None => None,
            },
            _ => self
                .selected_milestone()
                .map(|i| self.doc.model.milestones[i].pillar),
        };
        let form = Form::milestone(&self.doc.model, pillar, None, self.form_at());
        self.open_popup(Modal::Form(Box::new(form)));
    }

    /// `E`: every field of the selected milestone; in the pillars view the selected pillar's,
    /// in the targets view the selected entry's.
    pub(in crate::app) fn open_edit_form(&mut self) {
        match self.dash.view {
            View::Pillars => {
                if self.refuse_read_only() {
                    return;
                }
                match self.selected_pillar() {
                    Some(p) => {
                        let form = Form::pillar(&self.doc.model, Some(p), self.form_at());
                        self.open_popup(Modal::Form(Box::new(form)));
                    }
                    None => self.say(crate::tr!(self.dash.langs.main, "said-no-pillars"), true),
                }
                return;
            }
            View::Targets => {
                if self.refuse_read_only() {
                    return;
                }
                match self.selected_entry() {
                    Some((t, e)) => {
                        let form = Form::entry(&self.doc.model, t, Some(e), self.form_at());
                        self.open_popup(Modal::Form(Box::new(form)));
                    }
                    None => self.say(
                        crate::tr!(self.dash.langs.main, "said-no-entries-change"),
                        true,
                    ),
                }
                return;
            }
            _ => {}
        }
        if let Some(i) = self.editable_milestone() {
            let r = MilestoneRef::new(&self.doc.model, i);
            let form = Form::milestone(
                &self.doc.model,
                None,
                Some((r, &self.doc.model.milestones[i])),
                self.form_at(),
            );
            self.open_popup(Modal::Form(Box::new(form)));
        }
    }

    /// `D`: asks before removing the selected milestone; in the pillars view the selected
    /// pillar (refused with what refers to it), in the targets view the selected entry.
    pub(in crate::app) fn ask_remove(&mut self) {
        match self.dash.view {
            View::Pillars => {
                if self.refuse_read_only() {
                    return;
                }
                let Some(p) = self.selected_pillar() else {
                    self.say(crate::tr!(self.dash.langs.main, "said-no-pillars"), true);
                    return;
                };
                let users = self.doc.model.pillar_users(p);
                if users.is_empty() {
                    let pillar = &self.doc.model.pillars[p];
                    self.open_popup(Modal::ConfirmRemoveTable(Removal::Pillar {
                        id: pillar.id.clone(),
                        title: pillar.title.clone(),
                    }));
                } else {
                    let said = crate::app::document::step_words::pillar_in_use(
                        self.dash.langs.main,
                        &self.doc.model.pillars[p].id,
                        &users,
                    );
                    self.say(said, true);
                }
                return;
            }
            View::Targets => {
                if self.refuse_read_only() {
                    return;
                }
                match self.selected_entry() {
                    Some((target, index)) => {
                        let entry = self.doc.model.targets[target].entries[index].clone();
                        self.open_popup(Modal::ConfirmRemoveTable(Removal::Entry {
                            target,
                            index,
                            entry,
                        }));
                    }
                    None => self.say(
                        crate::tr!(self.dash.langs.main, "said-no-entries-remove"),
                        true,
                    ),
                }
                return;
            }
            _ => {}
        }
        if let Some(i) = self.editable_milestone() {
            let history = self.doc.model.milestones[i].history.len();
            self.open_popup(Modal::ConfirmRemove {
                milestone: MilestoneRef::new(&self.doc.model, i),
                history,
            });
        }
    }

    /// `A` and `S`: a pillar or a source.
    pub(in crate::app) fn open_add_other(&mut self, pillar: bool) {
        if self.refuse_read_only() {
            return;
        }
        let form = if pillar {
            Form::pillar(&self.doc.model, None, self.form_at())
        } else {
            Form::source(&self.doc.model, self.form_at())
        };
        self.open_popup(Modal::Form(Box::new(form)));
    }

    /// A key in a form; the form if it stays open.
    pub(in crate::app) fn form_key(
        &mut self,
        mut form: Form,
        action: Option<Action>,
        key: Option<Key>,
    ) -> Option<Form> {
        let choosing = matches!(
            form.fields.get(form.focus),
            Some(Field {
                input: Input::Choice { .. },
                ..
            })
        );
        match action {
            Some(Action::NextField) => form.move_focus(1),
            Some(Action::PreviousField) => form.move_focus(-1),
            Some(Action::CursorRight) if choosing => form.cycle(1, &self.doc.model),
            Some(Action::CursorLeft) if choosing => form.cycle(-1, &self.doc.model),
            Some(Action::Cancel) => return None,
            Some(Action::Accept) => return self.accept_form(form),
            _ if choosing => {
                // A letter jumps to the next choice that starts with it.
                if let Some(c) = key.and_then(Key::character) {
                    form.jump_to(c, &self.doc.model);
                }
            }
            _ => {
                if let Some(Field {
                    input: Input::Text(editor),
                    ..
                }) = form.focused()
                {
                    match editor.act(action, key) {
                        EditorKey::Accept => return self.accept_form(form),
                        EditorKey::Cancel => return None,
                        EditorKey::Edited => {}
                    }
                }
                form.typed(&self.doc.model);
            }
        }
        Some(form)
    }

    /// Makes what a valid form describes; an invalid one stays open on its first bad field.
    fn accept_form(&mut self, mut form: Form) -> Option<Form> {
        form.check(&self.doc.model);
        form.tried = true;
        if let Some(bad) = form.first_invalid() {
            form.focus = bad;
            let field = &form.fields[bad];
            self.say(
                format!(
                    "{}: {}",
                    field.name.label_in(self.dash.langs.main),
                    field.error.as_deref().unwrap_or("")
                ),
                true,
            );
            return Some(form);
        }
        let result = match &form.kind {
            FormKind::Milestone(None) => form
                .new_milestone(&self.doc.model)
                .map(|m| self.add_milestone(m).map(|i| self.select_new(i))),
            FormKind::Milestone(Some(r)) => {
                let (Some(i), Some(mut details)) =
                    (r.find(&self.doc.model), form.details(&self.doc.model))
                else {
                    self.say(
                        crate::tr!(
                            self.dash.langs.main,
                            "said-milestone-gone",
                            id = r.id.as_str()
                        ),
                        true,
                    );
                    return None;
                };
                let m = &self.doc.model.milestones[i];
                let names = form.take_names(
                    (crate::model::names::Table::Milestone, &m.id),
                    (&mut details.title, &m.title),
                    None,
                );
                let changed = details != Details::of(m);
                if !changed && names.is_empty() {
                    self.say(
                        crate::tr!(self.dash.langs.main, "said-nothing-changed"),
                        false,
                    );
                }
                if changed {
                    self.edit(i, Edit::Details(Box::new(details)));
                }
                self.rename(names);
                Some(Ok(()))
            }
            FormKind::Entry {
                target,
                editing: Some((index, was)),
            } => {
                let (target, index) = (*target, *index);
                let unit = self.doc.model.targets.get(target).map(|t| t.unit.clone());
                let still = self
                    .doc
                    .model
                    .targets
                    .get(target)
                    .and_then(|t| t.entries.get(index))
                    == Some(was);
                if !still {
                    self.say(
                        crate::tr!(self.dash.langs.main, "said-entry-gone-changed"),
                        true,
                    );
                    return None;
                }
                let entry = unit
                    .as_deref()
                    .and_then(|unit| form.new_entry(unit, &self.doc.model));
                match entry {
                    Some(e) if e == *was => {
                        self.say(
                            crate::tr!(self.dash.langs.main, "said-nothing-changed"),
                            false,
                        );
                        Some(Ok(()))
                    }
                    Some(e) => {
                        self.edit_entry(target, index, e);
                        Some(Ok(()))
                    }
                    None => None,
                }
            }
            FormKind::Entry {
                target,
                editing: None,
            } => {
                let target = *target;
                let unit = self.doc.model.targets.get(target).map(|t| t.unit.clone());
                let entry = unit
                    .as_deref()
                    .and_then(|unit| form.new_entry(unit, &self.doc.model));
                if let Some(e) = &entry
                    && self.doc.model.has_entry_like(target, e)
                {
                    // Asked once: the same money recorded twice is counted twice.
                    let alike = format!("{:?}{}{}", e.kind, e.date, e.amount);
                    if form.twice.as_deref() != Some(alike.as_str()) {
                        let lang = self.dash.langs.main;
                        let amount = crate::model::money::format_in(
                            lang,
                            e.amount,
                            unit.as_deref().unwrap_or(""),
                            crate::model::money::Style::Long,
                        );
                        self.say(
                            crate::tr!(
                                lang,
                                "said-entry-twice",
                                kind = e.kind.label_in(lang),
                                amount = amount,
                                date = crate::i18n::format::date(lang, e.date)
                            ),
                            true,
                        );
                        form.twice = Some(alike);
                        return Some(form);
                    }
                }
                entry.map(|e| self.add_entry(target, e))
            }
            FormKind::Source => form.new_source().map(|s| self.add_source(s).map(|_| ())),
            FormKind::Pillar(None) => form
                .new_pillar(&self.doc.model)
                .map(|p| self.add_pillar(p).map(|_| ())),
            FormKind::Pillar(Some(id)) => {
                let Some(index) = self.doc.model.pillars.iter().position(|p| p.id == *id) else {
                    self.say(
                        crate::tr!(self.dash.langs.main, "said-pillar-gone", id = id.as_str()),
                        true,
                    );
                    return None;
                };
                match form.new_pillar(&self.doc.model) {
                    Some(mut p) => {
                        let was = &self.doc.model.pillars[index];
                        let names = form.take_names(
                            (crate::model::names::Table::Pillar, &was.id),
                            (&mut p.title, &was.title),
                            Some((&mut p.summary, was.summary.as_deref())),
                        );
                        let changed = p != *was;
                        if !changed && names.is_empty() {
                            self.say(
                                crate::tr!(self.dash.langs.main, "said-nothing-changed"),
                                false,
                            );
                        }
                        let edited = if changed {
                            self.edit_pillar(index, p)
                        } else {
                            Ok(())
                        };
                        if edited.is_ok() {
                            self.rename(names);
                        }
                        Some(edited)
                    }
                    None => None,
                }
            }
        };
        match result {
            Some(Ok(())) => None,
            Some(Err(e)) => {
                self.say(e.message_in(self.dash.langs.main), true);
                Some(form)
            }
            None => {
                self.say(crate::tr!(self.dash.langs.main, "said-form-unread"), true);
                Some(form)
            }
        }
    }

    /// Shows a milestone just added in the list.
    fn select_new(&mut self, index: usize) {
        if let Some(row) = self.dash.milestones.rows.iter().position(|&r| r == index) {
            let page = self.page();
            self.dash
                .milestones
                .cursor
                .set(row, self.dash.milestones.rows.len(), page);
        }
    }
}
