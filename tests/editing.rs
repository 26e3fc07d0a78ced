//! Editing in the dashboard, driven by keys: the status picker, notes, due dates, undo and redo,
//! quitting with unsaved changes, read-only models; and sessions on real files: saving, following
//! a colleague's change, and merging when both changed the file.

use crate::common;

use common::{code, ctrl, keys, select, session};
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use pactboard::app::{Action, App, Effect, Keymap, Modal, Origin, View};
use pactboard::model::Status;
use pactboard::runtime::session::Session;
use pactboard::store;
use pactboard::ui::snapshot::{render, to_text};
use pactboard::ui::theme::{Theme, ThemeName};
use ratatui::crossterm::event::KeyCode;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

fn temp_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("model.toml");
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/india-japan.toml"),
        &file,
    )
    .unwrap();
    (dir, file)
}

fn status_of(app: &App, id: &str) -> Status {
    app.doc.model.milestones[app.doc.model.milestone_index(id).unwrap()].status
}

#[test]
fn the_picker_changes_a_status_with_a_note_and_undo_redo_walk_it_back_and_forth() {
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    let app = &mut s.app;
    select(app, "stockpiling-strategy");
    keys(app, "s");
    assert!(matches!(
        app.modal(),
        Some(Modal::Picker { note: None, .. })
    ));
    keys(app, "r");
    keys(app, "supply risk");
    code(app, KeyCode::Enter);
    assert!(app.modal().is_none());
    assert_eq!(status_of(app, "stockpiling-strategy"), Status::AtRisk);
    let m = &app.doc.model.milestones[app
        .doc
        .model
        .milestone_index("stockpiling-strategy")
        .unwrap()];
    assert_eq!(
        m.history.last().unwrap().note.as_deref(),
        Some("supply risk")
    );
    assert_eq!(app.doc.unsaved(), 1);
    assert_eq!(app.doc.figures.pillars[1].health().as_str(), "at_risk");
    keys(app, "u");
    assert_eq!(status_of(app, "stockpiling-strategy"), Status::Planned);
    assert_eq!(app.doc.unsaved(), 0);
    ctrl(app, 'r');
    assert_eq!(status_of(app, "stockpiling-strategy"), Status::AtRisk);
    assert_eq!(app.doc.unsaved(), 1);
}

#[test]
fn arrows_and_enter_choose_too_and_esc_cancels() {
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    let app = &mut s.app;
    select(app, "future-phases");
    keys(app, "s");
    code(app, KeyCode::Down);
    code(app, KeyCode::Enter);
    code(app, KeyCode::Esc);
    assert_eq!(status_of(app, "future-phases"), Status::Planned);
    keys(app, "s");
    code(app, KeyCode::Down);
    code(app, KeyCode::Enter);
    code(app, KeyCode::Enter);
    assert_eq!(status_of(app, "future-phases"), Status::InProgress);
}

#[test]
fn notes_and_due_dates_are_edited_and_a_bad_date_is_not_accepted() {
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    let app = &mut s.app;
    select(app, "deep-sea-practices");
    keys(app, "n");
    app.paste("Talks with JOGMEC — 第2回");
    code(app, KeyCode::Enter);
    let i = app.doc.model.milestone_index("deep-sea-practices").unwrap();
    assert_eq!(
        app.doc.model.milestones[i].notes.as_deref(),
        Some("Talks with JOGMEC — 第2回")
    );
    keys(app, "e");
    keys(app, "2026-02-30");
    code(app, KeyCode::Enter);
    assert!(matches!(
        app.modal(),
        Some(Modal::Due { error: Some(_), .. })
    ));
    for _ in 0..10 {
        code(app, KeyCode::Backspace);
    }
    keys(app, "2026-06-30");
    code(app, KeyCode::Enter);
    assert!(app.modal().is_none());
    assert_eq!(
        app.doc.model.milestones[i].due,
        NaiveDate::from_ymd_opt(2026, 6, 30)
    );
    s.app.update(Action::Save);
    s.run_effects();
    let reloaded = store::load(&file).unwrap().model;
    assert_eq!(
        reloaded.milestones[i].due,
        NaiveDate::from_ymd_opt(2026, 6, 30)
    );
    assert_eq!(
        reloaded.milestones[i].notes.as_deref(),
        Some("Talks with JOGMEC — 第2回")
    );
}

#[test]
fn quitting_with_unsaved_changes_asks_first() {
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    select(&mut s.app, "future-phases");
    keys(&mut s.app, "sd");
    code(&mut s.app, KeyCode::Enter);
    keys(&mut s.app, "q");
    assert_eq!(s.app.modal(), Some(&Modal::ConfirmQuit));
    assert!(!s.app.quitting());
    code(&mut s.app, KeyCode::Esc);
    assert!(!s.app.quitting());
    keys(&mut s.app, "q");
    keys(&mut s.app, "s");
    assert_eq!(s.app.dash.effect, Some(Effect::Save));
    s.run_effects();
    assert!(s.app.quitting());
    assert_eq!(store::load(&file).unwrap().model, s.app.doc.model);
}

#[test]
fn the_bundled_model_is_read_only() {
    let loaded =
        store::load_source(store::SourceText::new("b", pactboard::bundled::INDIA_JAPAN)).unwrap();
    let origin = Origin {
        name: "bundled".into(),
        read_only: true,
    };
    let mut app = App::new(loaded.model, today(), origin, Keymap::defaults());
    app.update(Action::Go(View::Milestones));
    keys(&mut app, "s");
    assert!(app.modal().is_none());
    assert!(
        app.dash
            .message
            .as_ref()
            .unwrap()
            .text
            .contains("pactboard init")
    );
}

#[test]
fn autosave_saves_after_every_change() {
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    s.app.doc.autosave = true;
    select(&mut s.app, "future-phases");
    keys(&mut s.app, "sb");
    code(&mut s.app, KeyCode::Enter);
    s.run_effects();
    assert!(
        fs::read_to_string(&file)
            .unwrap()
            .contains("to = \"blocked\"")
    );
    let shown = to_text(&render(&s.app, &Theme::named(ThemeName::Mono), 120, 30));
    assert!(shown.contains("autosave · "), "the header says so: {shown}");
    assert!(shown.contains(" autosaved: future-phases"), "{shown}");
    keys(&mut s.app, "u");
    s.run_effects();
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/india-japan.toml"))
            .unwrap()
    );
}

#[test]
fn a_colleague_change_is_followed_when_nothing_is_unsaved() {
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    select(&mut s.app, "moc-signed");
    let text = fs::read_to_string(&file).unwrap().replace(
        "id = \"future-phases\"\ntitle = \"Agree forms of cooperation for future phases\"\npillar = \"economic-energy-security\"\nobjective = \"future-cooperation\"\nstatus = \"planned\"",
        "id = \"future-phases\"\ntitle = \"Agree forms of cooperation for future phases\"\npillar = \"economic-energy-security\"\nobjective = \"future-cooperation\"\nstatus = \"blocked\"",
    );
    fs::write(&file, &text).unwrap();
    s.file_changed();
    assert_eq!(status_of(&s.app, "future-phases"), Status::Blocked);
    assert_eq!(
        s.app.selected_milestone(),
        s.app.doc.model.milestone_index("moc-signed"),
        "selection kept"
    );
    fs::write(&file, "schema = 1\n[partnership]\n").unwrap();
    s.file_changed();
    assert!(
        s.app
            .doc
            .banner
            .as_ref()
            .unwrap()
            .contains("showing the last good version")
    );
    assert_eq!(status_of(&s.app, "future-phases"), Status::Blocked);
}

#[test]
fn saving_over_a_colleague_change_merges_both_and_asks_when_the_same_milestone_changed() {
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    select(&mut s.app, "future-phases");
    keys(&mut s.app, "sd");
    code(&mut s.app, KeyCode::Enter);
    select(&mut s.app, "stockpiling-strategy");
    keys(&mut s.app, "sr");
    code(&mut s.app, KeyCode::Enter);
    // A colleague changes two milestones: one of them is one of ours.
    let mut colleague = session(&file);
    for (id, to) in [("deep-sea-practices", 'b'), ("stockpiling-strategy", 'i')] {
        select(&mut colleague.app, id);
        keys(&mut colleague.app, &format!("s{to}"));
        code(&mut colleague.app, KeyCode::Enter);
    }
    colleague.app.update(Action::Save);
    colleague.run_effects();
    s.file_changed();
    let banner = s.app.doc.banner.clone().unwrap();
    assert!(
        banner.contains("changed on disk")
            && banner.contains("your 2 unsaved changes")
            && banner.contains("Ctrl-s merges")
            && banner.contains("1 conflict to settle"),
        "{banner}"
    );
    // At once the view shows the disk's version of what this session did not touch.
    assert_eq!(status_of(&s.app, "deep-sea-practices"), Status::Blocked);
    assert_eq!(
        status_of(&s.app, "future-phases"),
        Status::Done,
        "mine, on top"
    );
    let shown = to_text(&render(&s.app, &Theme::named(ThemeName::Mono), 160, 30));
    assert!(shown.contains("changed on disk: showing it"), "{shown}");
    // The watcher often reports one change more than once: the banner stays.
    s.file_changed();
    assert_eq!(s.app.doc.banner.as_deref(), Some(banner.as_str()));
    ctrl(&mut s.app, 's');
    s.run_effects();
    assert!(
        matches!(s.app.modal(), Some(Modal::Conflict { theirs_kept, .. }) if theirs_kept.len() == 1)
    );
    // Esc leaves the question without saving, and keeps the edits.
    let before = fs::read(&file).unwrap();
    code(&mut s.app, KeyCode::Esc);
    s.run_effects();
    assert!(s.app.modal().is_none());
    assert_eq!(fs::read(&file).unwrap(), before);
    assert_eq!(s.app.doc.unsaved(), 2);
    ctrl(&mut s.app, 's');
    s.run_effects();
    assert!(matches!(s.app.modal(), Some(Modal::Conflict { .. })));
    keys(&mut s.app, "m");
    s.run_effects();
    let checked = store::load(&file).unwrap();
    assert_eq!(checked.warnings, [], "a merged file checks clean");
    let on_disk = checked.model;
    let status = |id: &str| on_disk.milestones[on_disk.milestone_index(id).unwrap()].status;
    assert_eq!(status("future-phases"), Status::Done, "mine");
    assert_eq!(status("deep-sea-practices"), Status::Blocked, "theirs");
    assert_eq!(
        status("stockpiling-strategy"),
        Status::AtRisk,
        "mine, chosen"
    );
    let stock = &on_disk.milestones[on_disk.milestone_index("stockpiling-strategy").unwrap()];
    let tos: Vec<Status> = stock.history.iter().map(|h| h.to).collect();
    assert_eq!(
        tos,
        [Status::InProgress, Status::AtRisk],
        "both histories kept"
    );
    assert_eq!(
        stock.history[1].from,
        Some(Status::InProgress),
        "the from chain holds"
    );
    assert_eq!(s.app.doc.unsaved(), 0);
}

#[test]
fn a_failed_save_says_why_and_keeps_the_edits() {
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    select(&mut s.app, "future-phases");
    keys(&mut s.app, "sd");
    code(&mut s.app, KeyCode::Enter);
    // Something that cannot be written takes the file's place.
    fs::remove_file(&file).unwrap();
    fs::create_dir(&file).unwrap();
    ctrl(&mut s.app, 's');
    s.run_effects();
    let message = s.app.dash.message.clone().unwrap();
    assert!(
        message.error && message.text.starts_with("not saved: cannot write"),
        "{message:?}"
    );
    assert_eq!(s.app.doc.unsaved(), 1);
    assert!(file.is_dir());
    // The failed rename left no temporary file behind.
    let left: Vec<String> = fs::read_dir(file.parent().unwrap())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pactboard-tmp"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn a_deleted_file_is_written_again_only_when_asked_or_saved_as_another() {
    let (dir, file) = temp_copy();
    let mut s = session(&file);
    select(&mut s.app, "future-phases");
    keys(&mut s.app, "sd");
    code(&mut s.app, KeyCode::Enter);
    fs::remove_file(&file).unwrap();
    ctrl(&mut s.app, 's');
    s.run_effects();
    assert_eq!(s.app.modal(), Some(&Modal::FileMissing));
    let shown = to_text(&render(&s.app, &Theme::named(ThemeName::Mono), 80, 24));
    assert!(shown.contains("write it again there"), "{shown}");
    code(&mut s.app, KeyCode::Esc);
    s.run_effects();
    assert!(!file.exists(), "nothing is written without asking");
    assert_eq!(s.app.doc.unsaved(), 1);
    ctrl(&mut s.app, 's');
    s.run_effects();
    keys(&mut s.app, "r");
    s.run_effects();
    let written = store::load(&file).unwrap().model;
    assert_eq!(
        written.milestones[written.milestone_index("future-phases").unwrap()].status,
        Status::Done
    );
    assert_eq!(s.app.doc.unsaved(), 0);

    // Deleted again, after another edit: saved as another file, which becomes the one edited.
    select(&mut s.app, "deep-sea-practices");
    keys(&mut s.app, "sb");
    code(&mut s.app, KeyCode::Enter);
    fs::remove_file(&file).unwrap();
    ctrl(&mut s.app, 's');
    s.run_effects();
    keys(&mut s.app, "a");
    let taken = dir.path().join("taken.toml");
    fs::write(&taken, "someone's file").unwrap();
    let answer = |s: &mut Session, path: &Path| {
        for _ in 0..200 {
            code(&mut s.app, KeyCode::Backspace);
        }
        keys(&mut s.app, path.to_str().unwrap());
        code(&mut s.app, KeyCode::Enter);
        s.run_effects();
    };
    answer(&mut s, &taken);
    assert_eq!(fs::read_to_string(&taken).unwrap(), "someone's file");
    let message = s.app.dash.message.clone().unwrap();
    assert!(message.text.contains("exists"), "{message:?}");
    ctrl(&mut s.app, 's');
    s.run_effects();
    keys(&mut s.app, "a");
    let elsewhere = dir.path().join("elsewhere.toml");
    answer(&mut s, &elsewhere);
    assert_eq!(s.app.doc.unsaved(), 0);
    assert!(!file.exists());
    let written = store::load(&elsewhere).unwrap().model;
    assert_eq!(
        written.milestones[written.milestone_index("deep-sea-practices").unwrap()].status,
        Status::Blocked
    );
    assert_eq!(s.app.doc.origin.name, elsewhere.display().to_string());
    assert_eq!(s.document.as_ref().unwrap().path, elsewhere);
}

#[test]
fn the_watcher_reports_a_change_to_the_file() {
    let (_dir, file) = temp_copy();
    let (_watcher, changes) = pactboard::runtime::session::watch(&file).unwrap();
    pactboard::store::atomic::write(&file, b"schema = 1\n").unwrap();
    let got = changes.recv_timeout(std::time::Duration::from_secs(10));
    assert!(got.is_ok(), "no change reported");
}

/// Reading the file is not a change: the dashboard reads it when told it changed, so a read
/// reported as a change made it read again and again (any `cat` of the file started it).
#[test]
fn the_watcher_does_not_report_reads() {
    let (_dir, file) = temp_copy();
    let (_watcher, changes) = pactboard::runtime::session::watch(&file).unwrap();
    for _ in 0..5 {
        let _ = fs::read(&file).unwrap();
        let _ = store::load(&file).unwrap();
    }
    let got = changes.recv_timeout(std::time::Duration::from_millis(500));
    assert!(got.is_err(), "a read was reported as a change");
    // A write still is.
    pactboard::store::atomic::write(&file, b"schema = 1\n").unwrap();
    let got = changes.recv_timeout(std::time::Duration::from_secs(10));
    assert!(got.is_ok(), "no change reported");
}

#[test]
fn unsaved_counts_each_change_not_each_milestone() {
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    let app = &mut s.app;
    select(app, "stockpiling-strategy");
    keys(app, "sb");
    code(app, KeyCode::Enter);
    keys(app, "nmore");
    code(app, KeyCode::Enter);
    keys(app, "e");
    for _ in 0..20 {
        code(app, KeyCode::Backspace);
    }
    keys(app, "2027-03-31");
    code(app, KeyCode::Enter);
    assert_eq!(
        app.doc.unsaved(),
        3,
        "status, notes and due of one milestone"
    );
    let shown = to_text(&render(app, &Theme::named(ThemeName::Mono), 120, 30));
    assert!(shown.contains("● 3 unsaved"), "{shown}");
    keys(app, "u");
    assert_eq!(app.doc.unsaved(), 2);
    keys(app, "uu");
    assert_eq!(app.doc.unsaved(), 0);
}

/// The bundled model with its milestones rearranged by `f` (given them in file order).
fn with_milestones(f: impl Fn(Vec<&str>) -> Vec<&str>) -> String {
    let text = pactboard::bundled::INDIA_JAPAN;
    let mut parts: Vec<&str> = text.split("[[milestones]]\n").collect();
    let head = parts.remove(0);
    let blocks: Vec<String> = f(parts)
        .into_iter()
        .map(|b| format!("[[milestones]]\n{}\n", b.trim_end()))
        .collect();
    format!("{head}{}", blocks.join("\n"))
}

/// Opens each popup on `future-phases`, types into it, lets the file change on disk, and hands
/// back the session.
fn popup_then_change_on_disk(popup: &str, on_disk: &str) -> (tempfile::TempDir, Session) {
    let (dir, file) = temp_copy();
    let mut s = session(&file);
    select(&mut s.app, "future-phases");
    match popup {
        "picker" => keys(&mut s.app, "sbtyped note"),
        "notes" => keys(&mut s.app, "n typed note"),
        _ => {
            keys(&mut s.app, "e");
            keys(&mut s.app, "2031-01-01");
        }
    }
    assert!(s.app.modal().is_some(), "{popup}");
    fs::write(&file, on_disk).unwrap();
    s.file_changed();
    (dir, s)
}

#[test]
fn a_popup_open_while_the_file_is_reordered_on_disk_edits_the_same_milestone() {
    let reordered = with_milestones(|mut blocks| {
        let last = blocks.pop().unwrap();
        blocks.insert(0, last);
        blocks
    });
    for popup in ["picker", "notes", "due"] {
        let (_dir, mut s) = popup_then_change_on_disk(popup, &reordered);
        assert_eq!(
            s.app.doc.model.milestones[0].id, "future-phases",
            "reloaded"
        );
        let before: Vec<_> = s.app.doc.model.milestones.clone();
        if popup == "due" {
            // The typed date was appended to the old one; replace it.
            for _ in 0..30 {
                code(&mut s.app, KeyCode::Backspace);
            }
            keys(&mut s.app, "2031-01-01");
        }
        code(&mut s.app, KeyCode::Enter);
        assert!(s.app.modal().is_none(), "{popup}");
        let changed: Vec<&str> = s
            .app
            .doc
            .model
            .milestones
            .iter()
            .zip(&before)
            .filter(|(a, b)| a != b)
            .map(|(a, _)| a.id.as_str())
            .collect();
        assert_eq!(changed, ["future-phases"], "{popup}");
    }
}

#[test]
fn a_popup_whose_milestone_is_removed_or_cut_off_on_disk_closes_and_keeps_the_typed_text() {
    let removed = with_milestones(|mut blocks| {
        blocks.pop();
        blocks
    });
    let shortened = with_milestones(|blocks| blocks.into_iter().take(2).collect());
    for on_disk in [&removed, &shortened] {
        for popup in ["picker", "notes", "due"] {
            let (_dir, mut s) = popup_then_change_on_disk(popup, on_disk);
            assert!(s.app.modal().is_none(), "{popup}: the popup closed");
            let said = s.app.dash.message.clone().unwrap();
            assert!(
                said.error && said.text.contains("`future-phases`"),
                "{said:?}"
            );
            let typed = if popup == "due" {
                "2031-01-01"
            } else {
                "typed note"
            };
            assert!(said.text.contains(typed), "{said:?}");
            let before = s.app.doc.model.clone();
            code(&mut s.app, KeyCode::Enter);
            keys(&mut s.app, "x");
            to_text(&render(&s.app, &Theme::named(ThemeName::Mono), 80, 24));
            assert_eq!(s.app.doc.unsaved(), 0, "nothing was applied elsewhere");
            assert_eq!(s.app.doc.model, before);
        }
    }
}

#[cfg(unix)]
#[test]
fn a_file_marked_read_only_is_saved_only_on_a_second_ctrl_s_and_only_if_permitted() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, file) = temp_copy();
    fs::set_permissions(&file, fs::Permissions::from_mode(0o444)).unwrap();
    let before = fs::read(&file).unwrap();
    let mut s = session(&file);
    select(&mut s.app, "future-phases");
    keys(&mut s.app, "sd");
    code(&mut s.app, KeyCode::Enter);
    ctrl(&mut s.app, 's');
    s.run_effects();
    let message = s.app.dash.message.clone().unwrap();
    assert!(
        message.error
            && message.text.contains("marked read-only")
            && message.text.contains("Ctrl-s again"),
        "{message:?}"
    );
    assert_eq!(fs::read(&file).unwrap(), before);
    ctrl(&mut s.app, 's');
    s.run_effects();
    // Root may write it once asked twice; anyone else still may not.
    let root = fs::metadata(&file)
        .map(|m| std::os::unix::fs::MetadataExt::uid(&m))
        .unwrap()
        == 0
        && pactboard::store::atomic::check_writable(&file, true).is_ok();
    if root {
        assert_eq!(s.app.doc.unsaved(), 0);
        assert_ne!(fs::read(&file).unwrap(), before);
        assert_eq!(
            fs::metadata(&file).unwrap().permissions().mode() & 0o777,
            0o444
        );
    } else {
        assert_eq!(s.app.doc.unsaved(), 1);
        assert_eq!(fs::read(&file).unwrap(), before);
    }
}

/// The conflict dialog's choices, checked in the file: `m` makes my status the current one and
/// `t` theirs, whether their change came before or after mine; the history keeps both changes
/// in the order they were made, chained, and the choice is an entry at its moment when the
/// later change was the other one.
#[test]
fn the_conflict_choices_write_what_they_say_whichever_change_came_later() {
    use chrono::Duration;
    for (theirs_later, key) in [(true, 'm'), (false, 'm'), (true, 't'), (false, 't')] {
        let (_dir, file) = temp_copy();
        let mut s = session(&file);
        let start = s.app.doc.now;
        s.app.doc.now = start + Duration::minutes(if theirs_later { 10 } else { 30 });
        select(&mut s.app, "stockpiling-strategy");
        keys(&mut s.app, "sr");
        code(&mut s.app, KeyCode::Enter);
        let mut colleague = session(&file);
        colleague.app.doc.now = start + Duration::minutes(20);
        select(&mut colleague.app, "stockpiling-strategy");
        keys(&mut colleague.app, "sb");
        code(&mut colleague.app, KeyCode::Enter);
        colleague.app.update(Action::Save);
        colleague.run_effects();
        s.file_changed();
        s.app.doc.now = start + Duration::minutes(40);
        ctrl(&mut s.app, 's');
        s.run_effects();
        assert!(matches!(s.app.modal(), Some(Modal::Conflict { .. })));
        keys(&mut s.app, &key.to_string());
        s.run_effects();
        let checked = store::load(&file).unwrap();
        assert_eq!(checked.warnings, [], "{key}: a merged file checks clean");
        let m = &checked.model.milestones[checked
            .model
            .milestone_index("stockpiling-strategy")
            .unwrap()];
        let want = if key == 'm' {
            Status::AtRisk
        } else {
            Status::Blocked
        };
        assert_eq!(m.status, want, "{key}, theirs later: {theirs_later}");
        let chain: Vec<(Option<Status>, Status)> =
            m.history.iter().map(|h| (h.from, h.to)).collect();
        let (first, second) = if theirs_later {
            (Status::AtRisk, Status::Blocked)
        } else {
            (Status::Blocked, Status::AtRisk)
        };
        let mut expected = vec![(Some(Status::Planned), first), (Some(first), second)];
        if second != want {
            expected.push((Some(second), want));
        }
        assert_eq!(chain, expected, "{key}, theirs later: {theirs_later}");
        if second != want {
            assert_eq!(
                m.history[2].at,
                start + Duration::minutes(40),
                "at the choice"
            );
        }
        assert_eq!(s.app.doc.unsaved(), 0);
    }
}

/// A milestone removed on disk while this session had an unsaved edit to it is a conflict the
/// person settles: `m` keeps it with the edit (written again), `t` lets it go.
#[test]
fn a_milestone_removed_on_disk_under_an_edit_is_asked_about_never_dropped() {
    for key in ['m', 't'] {
        let (_dir, file) = temp_copy();
        let mut s = session(&file);
        select(&mut s.app, "stockpiling-strategy");
        keys(&mut s.app, "sr");
        code(&mut s.app, KeyCode::Enter);
        let mut colleague = session(&file);
        let i = colleague
            .app
            .doc
            .model
            .milestone_index("stockpiling-strategy")
            .unwrap();
        colleague.app.remove_milestone(i);
        colleague.app.update(Action::Save);
        colleague.run_effects();
        s.file_changed();
        assert!(
            s.app
                .doc
                .banner
                .as_deref()
                .is_some_and(|b| b.contains("1 conflict to settle")),
            "{:?}",
            s.app.doc.banner
        );
        ctrl(&mut s.app, 's');
        s.run_effects();
        assert!(matches!(s.app.modal(), Some(Modal::Conflict { .. })));
        let shown = to_text(&render(&s.app, &Theme::named(ThemeName::Mono), 100, 30));
        assert!(
            shown.contains("stockpiling-strategy · ")
                && shown.contains("removed in the file; you changed it"),
            "{shown}"
        );
        keys(&mut s.app, &key.to_string());
        s.run_effects();
        let checked = store::load(&file).unwrap();
        assert_eq!(checked.warnings, [], "{key}");
        let kept = checked.model.milestone_index("stockpiling-strategy");
        if key == 'm' {
            let m = &checked.model.milestones[kept.expect("kept with my edit")];
            assert_eq!(m.status, Status::AtRisk);
        } else {
            assert!(kept.is_none(), "let go");
        }
        assert_eq!(s.app.doc.unsaved(), 0, "{key}");
    }
}

/// Quitting with unsaved edits offers save-as (never only "discard"): `a`, a path, Enter writes
/// the edits to the new file and quits; a file that cannot be saved where it is says so in the
/// header and in the quit dialog from the start.
#[test]
fn quitting_offers_save_as_and_an_unwritable_file_says_so_from_the_start() {
    let (dir, file) = temp_copy();
    let mut s = session(&file);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&file, fs::Permissions::from_mode(0o444)).unwrap();
    }
    s.app.doc.not_writable = store::atomic::check_writable(&file, false)
        .err()
        .map(|why| why.to_string());
    #[cfg(unix)]
    assert!(s.app.doc.not_writable.is_some());
    select(&mut s.app, "future-phases");
    keys(&mut s.app, "sd");
    code(&mut s.app, KeyCode::Enter);
    let shown = to_text(&render(&s.app, &Theme::named(ThemeName::Mono), 120, 30));
    #[cfg(unix)]
    assert!(shown.contains("marked read-only"), "{shown}");
    keys(&mut s.app, "q");
    let shown = to_text(&render(&s.app, &Theme::named(ThemeName::Mono), 120, 30));
    assert!(shown.contains("save as another file"), "{shown}");
    #[cfg(unix)]
    assert!(shown.contains("This file cannot be saved"), "{shown}");
    keys(&mut s.app, "a");
    assert!(matches!(s.app.modal(), Some(Modal::SaveAs { .. })));
    // Replace the offered name with a new path.
    let elsewhere = dir.path().join("elsewhere.toml");
    for _ in 0..200 {
        code(&mut s.app, KeyCode::Backspace);
    }
    keys(&mut s.app, &elsewhere.display().to_string());
    code(&mut s.app, KeyCode::Enter);
    s.run_effects();
    let saved = store::load(&elsewhere).unwrap().model;
    let i = saved.milestone_index("future-phases").unwrap();
    assert_eq!(saved.milestones[i].status, Status::Done);
    assert!(s.app.quitting(), "saved elsewhere, then quit");
}

/// The status picker takes the day the news is from: after the note, Tab, the day (or a day
/// and a time); recorded as a day with no invented time. A day in the future is refused with
/// the reason and the popup stays.
#[test]
fn the_picker_records_the_day_the_news_is_from() {
    let (_dir, file) = temp_copy();
    let mut s = session(&file);
    select(&mut s.app, "future-phases");
    keys(&mut s.app, "sb");
    keys(&mut s.app, "no ship");
    code(&mut s.app, KeyCode::Tab);
    assert!(matches!(s.app.modal(), Some(Modal::When { .. })));
    keys(&mut s.app, "2099-01-01");
    code(&mut s.app, KeyCode::Enter);
    assert!(
        matches!(s.app.modal(), Some(Modal::When { error: Some(e), .. }) if e.contains("in the future")),
        "{:?}",
        s.app.modal()
    );
    for _ in 0..10 {
        code(&mut s.app, KeyCode::Backspace);
    }
    keys(&mut s.app, "2026-11-20");
    code(&mut s.app, KeyCode::Enter);
    assert!(s.app.modal().is_none());
    ctrl(&mut s.app, 's');
    s.run_effects();
    let text = fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("at = 2026-11-20\n"),
        "a day, no invented time"
    );
    let saved = store::load(&file).unwrap();
    assert_eq!(saved.warnings, []);
    let m = &saved.model.milestones[saved.model.milestone_index("future-phases").unwrap()];
    assert_eq!(m.status, Status::Blocked);
    let last = m.history.last().unwrap();
    assert!(last.day_only);
    assert_eq!(last.note.as_deref(), Some("no ship"));
}

/// Twenty conflicts: the dialog shows what the screen holds, each with both values, says where
/// in the list it is and how many there are, scrolls with ↓, and `m` settles all twenty (each
/// checked in the file).
#[test]
fn twenty_conflicts_are_counted_scrolled_and_all_settled() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("model.toml");
    let mut text = fs::read_to_string(common::repo_file(common::BUNDLED)).unwrap();
    for k in 0..20 {
        text.push_str(&format!(
            "\n[[milestones]]\nid = \"c-{k:02}\"\ntitle = \"Conflict {k}\"\npillar = \"people-to-people\"\nstatus = \"planned\"\n"
        ));
    }
    fs::write(&file, &text).unwrap();
    let mut s = session(&file);
    let mut colleague = session(&file);
    for k in 0..20 {
        let id = format!("c-{k:02}");
        select(&mut s.app, &id);
        keys(&mut s.app, "sr");
        code(&mut s.app, KeyCode::Enter);
        select(&mut colleague.app, &id);
        keys(&mut colleague.app, "sb");
        code(&mut colleague.app, KeyCode::Enter);
    }
    colleague.app.update(Action::Save);
    colleague.run_effects();
    s.file_changed();
    ctrl(&mut s.app, 's');
    s.run_effects();
    let shown = to_text(&render(&s.app, &Theme::named(ThemeName::Mono), 100, 24));
    assert!(
        shown.contains("of 40") && shown.contains("20 conflicts"),
        "{shown}"
    );
    assert!(shown.contains("c-00 · Conflict 0"), "{shown}");
    assert!(
        shown.contains("status: file blocked · yours at risk"),
        "{shown}"
    );
    assert!(!shown.contains("c-19 ·"), "{shown}");
    for _ in 0..60 {
        code(&mut s.app, KeyCode::Down);
    }
    let shown = to_text(&render(&s.app, &Theme::named(ThemeName::Mono), 100, 24));
    assert!(
        shown.contains("c-19 · Conflict 19") && !shown.contains("c-00 ·"),
        "{shown}"
    );
    assert!(shown.contains("lines 30–40 of 40"), "{shown}");
    assert!(
        shown.contains("The file changed on disk while you edited."),
        "{shown}"
    );
    // Up comes back at once: the scroll stopped at the last page.
    code(&mut s.app, KeyCode::Up);
    let shown = to_text(&render(&s.app, &Theme::named(ThemeName::Mono), 100, 24));
    assert!(shown.contains("lines 29–39 of 40"), "{shown}");
    keys(&mut s.app, "m");
    s.run_effects();
    let saved = store::load(&file).unwrap();
    assert_eq!(saved.warnings, []);
    for k in 0..20 {
        let i = saved.model.milestone_index(&format!("c-{k:02}")).unwrap();
        assert_eq!(saved.model.milestones[i].status, Status::AtRisk, "c-{k:02}");
    }
}
