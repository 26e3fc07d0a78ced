//! Fixing what was added, in the dashboard: in the targets view `E` changes the selected entry
//! and `D` removes it (after asking); in the pillars view `E` changes the selected pillar's
//! title, summary or source and `D` removes a pillar nothing refers to (else says what does).
//! Each is one undo step and unsaved until Ctrl-s; the file gets exactly the change: checked in
//! its text, line by line, not only in the model.

use crate::common;

use common::{code, ctrl, keys, session, tab_to};
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use pactboard::app::form::FieldName;
use pactboard::app::{Action, App, Modal, View};
use pactboard::model::{EntryKind, TargetEntry};
use pactboard::runtime::session::Session;
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

fn screen(app: &App) -> String {
    to_text(&render(app, &Theme::named(ThemeName::Mono), 110, 34))
}

fn save(s: &mut Session) {
    ctrl(&mut s.app, 's');
    s.run_effects();
    assert_eq!(s.app.doc.unsaved(), 0, "{:?}", s.app.dash.message);
}

fn clean(file: &Path) -> pactboard::model::Model {
    let loaded = store::load(file).unwrap();
    assert_eq!(loaded.warnings, [], "a saved file checks clean");
    loaded.model
}

/// The lines of `before` that `after` lacks, and those `after` has that `before` lacks (as a
/// multiset: a line moved counts as both).
fn line_changes(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    let mut gone: Vec<String> = before.lines().map(String::from).collect();
    let mut new = Vec::new();
    for line in after.lines() {
        if let Some(k) = gone.iter().position(|l| l == line) {
            gone.remove(k);
        } else {
            new.push(line.to_string());
        }
    }
    (gone, new)
}

fn entry(day: u32, amount: f64, note: &str) -> TargetEntry {
    TargetEntry {
        date: NaiveDate::from_ymd_opt(2026, 1, day).unwrap(),
        amount,
        kind: EntryKind::Announced,
        note: Some(note.into()),
        source: None,
    }
}

/// A copy of the bundled model whose first target has three entries, saved.
fn with_three_entries() -> (tempfile::TempDir, PathBuf, Session) {
    let (dir, file) = temp_copy();
    let mut s = session(&file);
    for (day, amount, note) in [
        (5, 1e12, "first"),
        (10, 2e12, "second"),
        (15, 3e12, "third"),
    ] {
        s.app.add_entry(0, entry(day, amount, note)).unwrap();
    }
    save(&mut s);
    (dir, file, s)
}

#[test]
fn d_in_targets_removes_the_selected_entry_and_nothing_else() {
    let (_dir, file, mut s) = with_three_entries();
    let before = fs::read_to_string(&file).unwrap();
    s.app.update(Action::Go(View::Targets));
    code(&mut s.app, KeyCode::Right);
    code(&mut s.app, KeyCode::Down);
    let shown = screen(&s.app);
    assert!(shown.contains("2026-01-10"), "{shown}");
    keys(&mut s.app, "D");
    assert!(matches!(s.app.modal(), Some(Modal::ConfirmRemoveTable(_))));
    let asked = screen(&s.app);
    assert!(asked.contains("Remove this entry of"), "{asked}");
    assert!(asked.contains("2026-01-10 announced"), "{asked}");
    keys(&mut s.app, "y");
    let notes: Vec<_> = s.app.doc.model.targets[0]
        .entries
        .iter()
        .map(|e| e.note.clone().unwrap())
        .collect();
    assert_eq!(notes, ["first", "third"]);
    assert_eq!(s.app.doc.unsaved(), 1);
    save(&mut s);
    assert_eq!(
        s.app.dash.message.as_ref().unwrap().text,
        "saved: 1 table removed"
    );
    let after = fs::read_to_string(&file).unwrap();
    let (gone, new) = line_changes(&before, &after);
    assert!(new.is_empty(), "nothing is written again: {new:?}");
    assert!(gone.iter().any(|l| l.contains("second")), "{gone:?}");
    assert!(
        !gone
            .iter()
            .any(|l| l.contains("first") || l.contains("third"))
    );
    assert_eq!(clean(&file), s.app.doc.model);
    // Undone: it is back in its place, and the save writes it back.
    keys(&mut s.app, "u");
    assert_eq!(
        s.app.doc.model.targets[0].entries[1].note.as_deref(),
        Some("second")
    );
    save(&mut s);
    assert_eq!(clean(&file).targets[0].entries.len(), 3);
    assert_eq!(clean(&file), s.app.doc.model);
}

#[test]
fn e_in_targets_changes_the_selected_entry_and_undo_takes_it_back() {
    let (_dir, file, mut s) = with_three_entries();
    let before = fs::read_to_string(&file).unwrap();
    s.app.update(Action::Go(View::Targets));
    code(&mut s.app, KeyCode::Right);
    keys(&mut s.app, "E");
    let Some(Modal::Form(form)) = s.app.modal() else {
        panic!("no form");
    };
    assert!(
        form.title(&s.app.doc.model)
            .starts_with("Change entry 1 of")
    );
    tab_to(&mut s.app, FieldName::Amount);
    ctrl(&mut s.app, 'u');
    keys(&mut s.app, "¥1.25 trillion");
    code(&mut s.app, KeyCode::Enter);
    assert!(s.app.modal().is_none(), "{:?}", s.app.dash.message);
    let entries = &s.app.doc.model.targets[0].entries;
    assert_eq!(entries.len(), 3);
    let changed = entries.last().unwrap();
    assert_eq!(changed.note.as_deref(), Some("first"));
    assert_eq!(changed.amount.to_bits(), 1.25e12f64.to_bits());
    assert_eq!(changed.date, NaiveDate::from_ymd_opt(2026, 1, 5).unwrap());
    save(&mut s);
    let after = fs::read_to_string(&file).unwrap();
    let (gone, new) = line_changes(&before, &after);
    assert!(
        gone.iter()
            .any(|l| l.contains("1000000000000") || l.contains("1_000_000_000_000")),
        "{gone:?}"
    );
    assert!(
        new.iter()
            .any(|l| l.contains("1250000000000") || l.contains("1_250_000_000_000")),
        "{new:?}"
    );
    assert!(
        !gone
            .iter()
            .any(|l| l.contains("second") || l.contains("third")),
        "{gone:?}"
    );
    assert_eq!(clean(&file), s.app.doc.model);
    keys(&mut s.app, "u");
    assert_eq!(
        s.app.doc.model.targets[0].entries[0].amount.to_bits(),
        1e12f64.to_bits()
    );
    save(&mut s);
    assert_eq!(clean(&file), s.app.doc.model);
}

#[test]
fn e_in_pillars_changes_the_title_in_place_and_undo_writes_the_old_bytes_back() {
    let (_dir, file) = temp_copy();
    let original = fs::read_to_string(&file).unwrap();
    let mut s = session(&file);
    s.app.update(Action::Go(View::Pillars));
    let p = s.app.selected_pillar().unwrap();
    let id = s.app.doc.model.pillars[p].id.clone();
    let old_title = s.app.doc.model.pillars[p].title.clone();
    keys(&mut s.app, "E");
    let Some(Modal::Form(form)) = s.app.modal() else {
        panic!("no form");
    };
    assert_eq!(form.title(&s.app.doc.model), format!("Edit pillar {id}"));
    ctrl(&mut s.app, 'u');
    keys(&mut s.app, "Economic security and \"critical\" minerals");
    code(&mut s.app, KeyCode::Enter);
    assert!(s.app.modal().is_none(), "{:?}", s.app.dash.message);
    assert_eq!(s.app.doc.model.pillars[p].id, id, "the id stays");
    assert_eq!(s.app.doc.unsaved(), 1);
    save(&mut s);
    assert_eq!(
        s.app.dash.message.as_ref().unwrap().text,
        "saved: 1 table changed in place"
    );
    let after = fs::read_to_string(&file).unwrap();
    let (gone, new) = line_changes(&original, &after);
    assert_eq!(gone.len(), 1, "{gone:?}");
    assert!(gone[0].contains(&old_title), "{gone:?}");
    assert_eq!(
        new,
        [r#"title = "Economic security and \"critical\" minerals""#]
    );
    let model = clean(&file);
    assert_eq!(
        model.pillars[p].title,
        "Economic security and \"critical\" minerals"
    );
    // The pillars keep their order (the deck and the overview follow it).
    let ids =
        |m: &pactboard::model::Model| m.pillars.iter().map(|x| x.id.clone()).collect::<Vec<_>>();
    assert_eq!(
        ids(&model),
        ids(&store::load(&common::repo_file(common::BUNDLED))
            .unwrap()
            .model)
    );
    keys(&mut s.app, "u");
    save(&mut s);
    assert_eq!(fs::read_to_string(&file).unwrap(), original);
}

#[test]
fn d_in_pillars_refuses_a_pillar_in_use_and_removes_one_nothing_refers_to() {
    let (_dir, file) = temp_copy();
    let original = fs::read_to_string(&file).unwrap();
    let mut s = session(&file);
    s.app.update(Action::Go(View::Pillars));
    let p = s.app.selected_pillar().unwrap();
    keys(&mut s.app, "D");
    assert!(s.app.modal().is_none());
    let said = s.app.dash.message.clone().unwrap();
    assert!(
        said.error && said.text.contains("is not removed"),
        "{said:?}"
    );
    assert!(
        said.text.contains("milestone ") || said.text.contains("objective "),
        "{said:?}"
    );
    assert_eq!(s.app.doc.model.pillars.len(), 7);
    let _ = p;
    // A pillar of its own, saved, then removed: the file is as it was.
    keys(&mut s.app, "A");
    keys(&mut s.app, "Space and science");
    code(&mut s.app, KeyCode::Enter);
    save(&mut s);
    assert_ne!(fs::read_to_string(&file).unwrap(), original);
    keys(&mut s.app, "G");
    assert_eq!(
        s.app.doc.model.pillars[s.app.selected_pillar().unwrap()].id,
        "space-and-science"
    );
    keys(&mut s.app, "D");
    assert!(screen(&s.app).contains("Nothing refers to it"));
    keys(&mut s.app, "y");
    assert_eq!(s.app.doc.model.pillars.len(), 7);
    save(&mut s);
    assert_eq!(fs::read_to_string(&file).unwrap(), original);
    // Undo puts it back; redo takes it out again.
    keys(&mut s.app, "u");
    assert_eq!(s.app.doc.model.pillars.len(), 8);
    ctrl(&mut s.app, 'r');
    assert_eq!(s.app.doc.model.pillars.len(), 7);
    assert_eq!(s.app.doc.unsaved(), 0);
}

#[test]
fn a_pillar_removed_before_others_keeps_every_milestone_on_its_pillar() {
    // Two pillars added and saved; the first removed: the milestones of the second (added
    // after) stay on it in the model, in the save, and after undo.
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    for title in ["Space and science", "Ocean economy"] {
        keys(&mut s.app, "A");
        keys(&mut s.app, title);
        code(&mut s.app, KeyCode::Enter);
    }
    save(&mut s);
    let ocean = s.app.doc.model.pillars.len() - 1;
    s.app.update(Action::Go(View::Pillars));
    keys(&mut s.app, "G");
    keys(&mut s.app, "a");
    keys(&mut s.app, "Blue economy dialogue");
    code(&mut s.app, KeyCode::Enter);
    let m = s.app.doc.model.milestones.len() - 1;
    assert_eq!(s.app.doc.model.milestones[m].pillar, ocean);
    save(&mut s);
    // An unsaved edit of the milestone: the save compares it with the file's version, which
    // names its pillar by number too.
    s.app.edit(
        m,
        pactboard::model::edit::Edit::Notes(Some("agreed in principle".into())),
    );
    code(&mut s.app, KeyCode::Up);
    assert_eq!(
        s.app.doc.model.pillars[s.app.selected_pillar().unwrap()].id,
        "space-and-science"
    );
    keys(&mut s.app, "D y");
    // The notes and the removal; the milestone's pillar is not a change of its own.
    assert_eq!(s.app.doc.unsaved(), 2);
    let pillar_of = |s: &Session| {
        s.app.doc.model.pillars[s.app.doc.model.milestones[m].pillar]
            .id
            .clone()
    };
    assert_eq!(pillar_of(&s), "ocean-economy");
    save(&mut s);
    let model = clean(&file);
    assert_eq!(
        model.pillars[model.milestones[m].pillar].id,
        "ocean-economy"
    );
    keys(&mut s.app, "u");
    assert_eq!(pillar_of(&s), "ocean-economy");
    save(&mut s);
    assert_eq!(clean(&file), s.app.doc.model);
}

#[test]
fn a_pillar_changed_and_an_entry_removed_are_made_again_on_a_colleagues_version() {
    let (_dir, file, mut s) = with_three_entries();
    // Mine: the first pillar retitled, the second entry removed.
    s.app.update(Action::Go(View::Pillars));
    let p = s.app.selected_pillar().unwrap();
    let id = s.app.doc.model.pillars[p].id.clone();
    keys(&mut s.app, "E");
    ctrl(&mut s.app, 'u');
    keys(&mut s.app, "Retitled here");
    code(&mut s.app, KeyCode::Enter);
    s.app.update(Action::Go(View::Targets));
    code(&mut s.app, KeyCode::Right);
    code(&mut s.app, KeyCode::Down);
    keys(&mut s.app, "D y");
    // A colleague's: another pillar retitled and a summary added to mine, saved first.
    let mut colleague = session(&file);
    let other = (p + 1) % colleague.app.doc.model.pillars.len();
    let mut theirs = colleague.app.doc.model.pillars[other].clone();
    theirs.title = "Retitled there".into();
    colleague.app.edit_pillar(other, theirs).unwrap();
    let mut mine_there = colleague.app.doc.model.pillars[p].clone();
    mine_there.summary = Some("A summary written there".into());
    colleague.app.edit_pillar(p, mine_there).unwrap();
    save(&mut colleague);
    s.file_changed();
    save(&mut s);
    let model = clean(&file);
    assert_eq!(model.pillars[p].id, id);
    assert_eq!(model.pillars[p].title, "Retitled here");
    assert_eq!(
        model.pillars[p].summary.as_deref(),
        Some("A summary written there")
    );
    assert_eq!(model.pillars[other].title, "Retitled there");
    let notes: Vec<_> = model.targets[0]
        .entries
        .iter()
        .map(|e| e.note.clone().unwrap())
        .collect();
    assert_eq!(notes, ["first", "third"]);
    assert_eq!(model, s.app.doc.model);
}
