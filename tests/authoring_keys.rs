//! The authoring forms through the key handling: `a` adds a milestone (or in the targets view an
//! amount), `E` edits every field, `D` removes after asking (or cancels instead), `A` and `S`
//! add a pillar and a source; each field is checked as it is typed, Enter takes only a valid
//! form, Esc cancels, and every change is one undo step and unsaved until Ctrl-s.

use crate::common;

use common::{code, ctrl, keys, select, session, tab_to};
use std::fs;
use std::path::PathBuf;

use pactboard::app::form::{FieldName, Input};
use pactboard::app::{Action, App, Modal, View};
use pactboard::model::Status;
use pactboard::store;
use pactboard::ui::snapshot::{render, to_text};
use pactboard::ui::theme::{Theme, ThemeName};
use ratatui::crossterm::event::KeyCode;

fn temp_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("model.toml");
    fs::copy(common::repo_file(common::BUNDLED), &file).unwrap();
    (dir, file)
}

fn screen(app: &App, width: u16, height: u16) -> String {
    to_text(&render(app, &Theme::named(ThemeName::Mono), width, height))
}

#[test]
fn a_adds_a_milestone_of_the_pillar_in_focus_and_undo_redo_and_save_follow() {
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    select(&mut s.app, "stockpiling-strategy");
    keys(&mut s.app, "a");
    // Enter on an empty form: it stays, on the title, saying why.
    code(&mut s.app, KeyCode::Enter);
    assert!(matches!(s.app.modal(), Some(Modal::Form(_))));
    let said = s.app.dash.message.clone().unwrap();
    assert!(
        said.error && said.text.contains("Title: required"),
        "{said:?}"
    );
    let shown = screen(&s.app, 100, 32);
    assert!(shown.contains("Add a milestone"), "{shown}");
    assert!(
        shown.contains("✗ required"),
        "after Enter it says so\n{shown}"
    );
    keys(&mut s.app, "Agree the stockpiling framework");
    tab_to(&mut s.app, FieldName::Objective);
    code(&mut s.app, KeyCode::Right);
    tab_to(&mut s.app, FieldName::Due);
    keys(&mut s.app, "end of quarter");
    let shown = screen(&s.app, 100, 32);
    assert!(shown.contains("agree-the-stockpiling-framework"), "{shown}");
    assert!(shown.contains("= 2026-12-31"), "{shown}");
    code(&mut s.app, KeyCode::Enter);
    assert!(s.app.modal().is_none());
    let i = s
        .app
        .doc
        .model
        .milestone_index("agree-the-stockpiling-framework")
        .unwrap();
    let m = &s.app.doc.model.milestones[i];
    assert_eq!(
        s.app.doc.model.pillars[m.pillar].id, "economic-energy-security",
        "the pillar in focus"
    );
    assert!(m.objective.is_some());
    assert_eq!(m.due.unwrap().to_string(), "2026-12-31");
    assert_eq!(s.app.doc.unsaved(), 1);
    keys(&mut s.app, "u");
    assert!(
        s.app
            .doc
            .model
            .milestone_index("agree-the-stockpiling-framework")
            .is_none()
    );
    assert_eq!(s.app.doc.unsaved(), 0);
    ctrl(&mut s.app, 'r');
    assert_eq!(s.app.doc.unsaved(), 1);
    ctrl(&mut s.app, 's');
    s.run_effects();
    assert_eq!(s.app.doc.unsaved(), 0);
    let disk = store::load(&file).unwrap().model;
    assert_eq!(disk, s.app.doc.model);
}

#[test]
fn e_edits_every_field_and_esc_cancels() {
    let (_dir, file) = temp_copy();
    let original = fs::read_to_string(&file).unwrap();
    let mut s = session(&file);
    select(&mut s.app, "future-phases");
    keys(&mut s.app, "E");
    ctrl(&mut s.app, 'u');
    keys(&mut s.app, "Agree the next phases");
    code(&mut s.app, KeyCode::Esc);
    assert!(s.app.modal().is_none());
    assert_eq!(s.app.doc.unsaved(), 0, "Esc changed nothing");
    keys(&mut s.app, "E");
    ctrl(&mut s.app, 'u');
    keys(&mut s.app, "Agree the next phases");
    tab_to(&mut s.app, FieldName::Pillar);
    code(&mut s.app, KeyCode::Left);
    tab_to(&mut s.app, FieldName::Weight);
    ctrl(&mut s.app, 'u');
    keys(&mut s.app, "0");
    code(&mut s.app, KeyCode::Enter);
    assert!(
        matches!(s.app.modal(), Some(Modal::Form(_))),
        "a weight of 0 is refused"
    );
    code(&mut s.app, KeyCode::Backspace);
    keys(&mut s.app, "3");
    tab_to(&mut s.app, FieldName::Owner);
    keys(&mut s.app, "MoM");
    code(&mut s.app, KeyCode::Enter);
    assert!(s.app.modal().is_none());
    let i = s.app.doc.model.milestone_index("future-phases").unwrap();
    let m = s.app.doc.model.milestones[i].clone();
    assert_eq!(m.title, "Agree the next phases");
    assert_eq!(
        s.app.doc.model.pillars[m.pillar].id,
        "investment-innovation"
    );
    assert_eq!(m.owner.as_deref(), Some("MoM"));
    assert_eq!(m.objective, None, "its objective was the old pillar's");
    assert_eq!(
        s.app.doc.unsaved(),
        5,
        "title, pillar, objective, weight and owner"
    );
    ctrl(&mut s.app, 's');
    s.run_effects();
    let after = fs::read_to_string(&file).unwrap();
    let added: Vec<&str> = after.lines().filter(|l| !original.contains(*l)).collect();
    assert_eq!(
        added,
        [
            "title = \"Agree the next phases\"",
            "weight = 3",
            "owner = \"MoM\""
        ]
    );
    assert!(!after.contains("objective = \"future-cooperation\""));
    let disk = store::load(&file).unwrap().model;
    let i = disk.milestone_index("future-phases").unwrap();
    assert_eq!(
        disk.pillars[disk.milestones[i].pillar].id,
        "investment-innovation"
    );
    assert_eq!(after.lines().count(), original.lines().count() + 1);
}

#[test]
fn d_asks_first_and_offers_to_cancel_instead_when_there_is_history() {
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    select(&mut s.app, "deep-sea-practices");
    keys(&mut s.app, "D");
    assert!(screen(&s.app, 100, 32).contains("Remove it from the file?"));
    keys(&mut s.app, "n");
    assert!(
        s.app
            .doc
            .model
            .milestone_index("deep-sea-practices")
            .is_some()
    );
    keys(&mut s.app, "D");
    keys(&mut s.app, "y");
    assert!(
        s.app
            .doc
            .model
            .milestone_index("deep-sea-practices")
            .is_none()
    );
    assert_eq!(s.app.doc.unsaved(), 1);
    // With history, `c` cancels it instead and keeps its record.
    select(&mut s.app, "future-phases");
    keys(&mut s.app, "sd");
    code(&mut s.app, KeyCode::Enter);
    keys(&mut s.app, "D");
    let shown = screen(&s.app, 100, 32);
    assert!(shown.contains("with its history entry?"), "{shown}");
    assert!(shown.contains("cancel it instead"), "{shown}");
    keys(&mut s.app, "c");
    let i = s.app.doc.model.milestone_index("future-phases").unwrap();
    assert_eq!(s.app.doc.model.milestones[i].status, Status::Cancelled);
    assert_eq!(s.app.doc.model.milestones[i].history.len(), 2);
}

#[test]
fn a_in_targets_records_an_amount_read_as_officials_write_it() {
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    s.app.update(Action::Go(View::Targets));
    keys(&mut s.app, "a");
    code(&mut s.app, KeyCode::Right);
    tab_to(&mut s.app, FieldName::Amount);
    keys(&mut s.app, "₹2 lakh crore");
    let shown = screen(&s.app, 100, 32);
    assert!(shown.contains("the target counts JPY"), "{shown}");
    code(&mut s.app, KeyCode::Enter);
    assert!(matches!(s.app.modal(), Some(Modal::Form(_))));
    ctrl(&mut s.app, 'u');
    keys(&mut s.app, "5000億円");
    assert!(screen(&s.app, 100, 32).contains("= ¥500 billion"));
    code(&mut s.app, KeyCode::Enter);
    assert!(s.app.modal().is_none());
    let e = s.app.doc.model.targets[0].entries.last().unwrap();
    assert_eq!(e.amount.to_bits(), 500_000_000_000f64.to_bits());
    assert_eq!(e.kind.as_str(), "committed");
    assert_eq!(e.date, common::today());
    assert!(s.app.doc.figures.targets[0].committed > 0.0);
}

#[test]
fn a_pillar_and_a_source_are_added_and_the_named_count_follows() {
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    assert_eq!(s.app.doc.model.pillars_missing(), Some((7, 8)));
    keys(&mut s.app, "S");
    keys(&mut s.app, "Joint statement on the eighth pillar");
    code(&mut s.app, KeyCode::Enter);
    keys(&mut s.app, "A");
    keys(&mut s.app, "Space and science");
    tab_to(&mut s.app, FieldName::Source);
    // A letter jumps to the source whose title starts with it.
    keys(&mut s.app, "j");
    code(&mut s.app, KeyCode::Enter);
    assert_eq!(s.app.doc.model.pillars_missing(), None);
    let p = s.app.doc.model.pillars.last().unwrap();
    assert_eq!(p.id, "space-and-science");
    assert_eq!(
        s.app.doc.model.sources[p.source.unwrap()].id,
        "joint-statement-on-the-eighth-pillar"
    );
    assert_eq!(s.app.doc.unsaved(), 2);
    ctrl(&mut s.app, 's');
    s.run_effects();
    assert_eq!(store::load(&file).unwrap().model, s.app.doc.model);
}

#[test]
fn the_bundled_model_refuses_every_authoring_key() {
    let mut app = common::app_of(common::BUNDLED);
    app.doc.origin.read_only = true;
    app.update(Action::Go(View::Milestones));
    for key in ["a", "E", "D", "A", "S"] {
        keys(&mut app, key);
        assert!(app.modal().is_none(), "{key}");
        assert!(
            app.dash
                .message
                .as_ref()
                .unwrap()
                .text
                .contains("read-only"),
            "{key}"
        );
    }
}

#[test]
fn the_form_at_every_size_and_in_snapshots() {
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    select(&mut s.app, "stockpiling-strategy");
    keys(&mut s.app, "a");
    keys(&mut s.app, "重要鉱物の備蓄 — भंडारण");
    tab_to(&mut s.app, FieldName::Due);
    keys(&mut s.app, "+3m");
    for (w, h) in [(60, 20), (80, 24), (120, 40)] {
        let shown = screen(&s.app, w, h);
        assert!(
            shown.contains("▏"),
            "the cursor is in sight at {w}x{h}\n{shown}"
        );
        insta::assert_snapshot!(format!("form_add_milestone_{w}x{h}"), shown);
    }
    code(&mut s.app, KeyCode::Esc);
    s.app.update(Action::Go(View::Targets));
    keys(&mut s.app, "a");
    tab_to(&mut s.app, FieldName::Amount);
    keys(&mut s.app, "¥500B");
    insta::assert_snapshot!("form_add_entry_80x24", screen(&s.app, 80, 24));
}

#[test]
fn the_new_milestone_goes_to_the_pillar_in_focus_in_the_pillars_view_and_the_timeline() {
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    s.app.update(Action::Go(View::Pillars));
    keys(&mut s.app, "jj");
    let focused = s.app.selected_pillar().unwrap();
    keys(&mut s.app, "a");
    keys(&mut s.app, "From the pillars view");
    code(&mut s.app, KeyCode::Enter);
    let m = s.app.doc.model.milestones.last().unwrap();
    assert_eq!(m.pillar, focused);
    s.app.update(Action::Go(View::Timeline));
    // On a pillar's heading (not the first pillar's), the form takes that pillar.
    let row = s
        .app
        .dash
        .timeline
        .rows
        .iter()
        .position(|r| matches!(r, pactboard::app::TimelineRow::Pillar(p) if *p != 0))
        .unwrap();
    s.app.update(Action::Select(row));
    keys(&mut s.app, "a");
    let Some(Modal::Form(form)) = s.app.modal() else {
        panic!("no form");
    };
    let pillar = form.fields.iter().find_map(|f| match (&f.name, &f.input) {
        (
            FieldName::Pillar,
            Input::Choice {
                options, selected, ..
            },
        ) => selected.map(|s| options[s].1.clone()),
        _ => None,
    });
    let heading = match s.app.dash.timeline.rows[row] {
        pactboard::app::TimelineRow::Pillar(p) => p,
        pactboard::app::TimelineRow::Milestone(i) => s.app.doc.model.milestones[i].pillar,
    };
    assert_eq!(pillar, Some(s.app.doc.model.pillars[heading].id.clone()));
}

#[test]
fn a_huge_pasted_title_keeps_the_cursor_in_sight() {
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    keys(&mut s.app, "a");
    s.app.paste(&"x".repeat(100_000));
    let shown = screen(&s.app, 80, 24);
    assert!(shown.contains('▏'), "the cursor is in sight: {shown}");
    let Some(Modal::Form(form)) = s.app.modal() else {
        panic!("no form");
    };
    let FieldName::Title = form.fields[form.focus].name else {
        panic!("focus moved");
    };
}
