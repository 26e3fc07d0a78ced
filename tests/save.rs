//! Saving: byte preservation, every layout, CRLF, symlinks, conflicts, undo after a save (every
//! layout, milestone and change), refusals, and random edit sequences. Permissions, locking and
//! killed saves are in `save_safety.rs`.

use crate::common;

use common::pactboard;

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use pactboard::model::edit::{Applied, Edit};
use pactboard::model::{Model, Status};
use pactboard::store::{self, Document, SaveError};
use proptest::prelude::*;

fn copy_to_temp(fixture: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let from = Path::new(env!("CARGO_MANIFEST_DIR")).join(fixture);
    let to = dir.path().join(from.file_name().unwrap());
    fs::copy(&from, &to).unwrap();
    (dir, to)
}

fn at() -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339("2026-11-25T10:30:00+05:30").unwrap()
}

/// The lines of `new` that differ from `old`, after the common first and last lines.
fn changed_lines<'a>(old: &'a str, new: &'a str) -> (Vec<&'a str>, Vec<&'a str>) {
    let (a, b): (Vec<&str>, Vec<&str>) = (
        old.split_inclusive('\n').collect(),
        new.split_inclusive('\n').collect(),
    );
    let prefix = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    (
        a[prefix..a.len() - suffix].to_vec(),
        b[prefix..b.len() - suffix].to_vec(),
    )
}

fn load(path: &Path) -> store::Loaded {
    store::load(path).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn set_changes_only_the_status_line_and_appends_one_history_entry() {
    let (_dir, file) = copy_to_temp("assets/india-japan.toml");
    let before = fs::read_to_string(&file).unwrap();
    pactboard()
        .arg("set")
        .arg(&file)
        .args([
            "stockpiling-strategy",
            "in_progress",
            "--note",
            "Working group formed",
        ])
        .assert()
        .code(0);
    let after = fs::read_to_string(&file).unwrap();
    let (removed, added) = changed_lines(&before, &after);
    let source = "source = \"moc-article\"\n";
    assert_eq!(removed, ["status = \"planned\"\n", source]);
    assert!(added[4].starts_with("at = 2"), "{added:?}");
    let expected = [
        "status = \"in_progress\"\n",
        source,
        "\n",
        "[[milestones.history]]\n",
        added[4],
        "from = \"planned\"\n",
        "to = \"in_progress\"\n",
        "note = \"Working group formed\"\n",
    ];
    assert_eq!(added, expected);
    let model = load(&file).model;
    let m = &model.milestones[model.milestone_index("stockpiling-strategy").unwrap()];
    assert_eq!(m.status, Status::InProgress);
    assert_eq!(m.history.len(), 1);
    assert_eq!(m.history[0].note.as_deref(), Some("Working group formed"));
}

#[test]
fn entering_and_leaving_done_sets_and_removes_done_on() {
    let (_dir, file) = copy_to_temp("assets/india-japan.toml");
    let original = fs::read_to_string(&file).unwrap();
    pactboard()
        .arg("set")
        .arg(&file)
        .args(["future-phases", "done"])
        .assert()
        .code(0);
    let model = load(&file).model;
    let m = &model.milestones[model.milestone_index("future-phases").unwrap()];
    assert!(m.done_on.is_some());
    pactboard()
        .arg("set")
        .arg(&file)
        .args(["summit-15", "at_risk"])
        .assert()
        .code(0);
    let text = fs::read_to_string(&file).unwrap();
    let (removed, _) = changed_lines(&original, &text);
    assert!(removed.contains(&"done_on = 2025-08-29\n"), "{removed:?}");
    let model = load(&file).model;
    assert_eq!(model.milestones[0].done_on, None);
}

#[test]
fn unknown_ids_and_statuses_exit_1_and_write_nothing() {
    let (_dir, file) = copy_to_temp("assets/india-japan.toml");
    let before = fs::read(&file).unwrap();
    pactboard()
        .arg("set")
        .arg(&file)
        .args(["stockpiling", "done"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "did you mean `stockpiling-strategy`?",
        ));
    pactboard()
        .arg("set")
        .arg(&file)
        .args(["stockpiling-strategy", "finished"])
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "planned, in_progress, at_risk, blocked, done, cancelled",
        ));
    pactboard()
        .arg("set")
        .arg(&file)
        .args(["summit-15", "done"])
        .assert()
        .code(1);
    pactboard()
        .args(["set", "/no/such.toml", "m", "done"])
        .assert()
        .code(2);
    assert_eq!(fs::read(&file).unwrap(), before);
}

#[test]
fn every_layout_takes_every_kind_of_change() {
    for fixture in [
        "assets/india-japan.toml",
        "tests/fixtures/valid/full.toml",
        "tests/fixtures/valid/crlf.toml",
        "tests/fixtures/valid/hostile.toml",
        "tests/fixtures/layouts/inline.toml",
        "tests/fixtures/layouts/indented.toml",
        "tests/fixtures/layouts/no-final-newline.toml",
    ] {
        let (_dir, file) = copy_to_temp(fixture);
        let loaded = load(&file);
        let mut document = Document::new(&loaded);
        let mut model = loaded.model.clone();
        for i in 0..model.milestones.len() {
            let next = if model.milestones[i].status == Status::Done {
                Status::Blocked
            } else {
                Status::Done
            };
            let edits = [
                Edit::Status {
                    to: next,
                    note: Some("a \"quoted\"\nnote".into()),
                    at: at(),
                },
                Edit::Notes(Some("new notes ✓".into())),
                Edit::Due(Some("2027-03-31".parse().unwrap())),
                Edit::Status {
                    to: Status::Cancelled,
                    note: None,
                    at: at(),
                },
                Edit::Notes(None),
                Edit::Due(None),
            ];
            for edit in edits {
                let applied = model.apply(i, edit.clone()).unwrap();
                document
                    .save(&model, &[(i, &applied.before)])
                    .unwrap_or_else(|e| panic!("{fixture}, {edit:?}: {e}"));
                let reloaded = load(&file);
                assert_eq!(reloaded.model, model, "{fixture}, {edit:?}");
                assert_eq!(
                    reloaded.spans, document.spans,
                    "{fixture}, {edit:?}: spans drifted"
                );
            }
        }
        let text = fs::read_to_string(&file).unwrap();
        assert!(
            !text.contains("\n\n\n"),
            "{fixture}: a run of blank lines appeared:\n{text}"
        );
        if fixture.contains("crlf") {
            assert!(
                !text.replace("\r\n", "").contains('\n'),
                "a bare LF in a CRLF file"
            );
        }
    }
}

/// Every file a save may meet: each layout fixture, each valid fixture and the bundled model.
fn every_layout() -> Vec<String> {
    let mut files = vec!["assets/india-japan.toml".to_string()];
    for folder in ["tests/fixtures/layouts", "tests/fixtures/valid"] {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
        let mut names: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| Path::new(n).extension().is_some_and(|e| e == "toml"))
            .collect();
        names.sort();
        files.extend(names.into_iter().map(|n| format!("{folder}/{n}")));
    }
    files
}

/// Every kind of change a person can make to milestone `i` of `model`.
fn every_change(model: &Model, i: usize) -> Vec<Edit> {
    let m = &model.milestones[i];
    let mut edits: Vec<Edit> = Status::ALL
        .into_iter()
        .filter(|&s| s != m.status)
        .flat_map(|to| {
            [None, Some("a note".to_string())]
                .into_iter()
                .map(move |note| Edit::Status { to, note, at: at() })
        })
        .collect();
    edits.push(Edit::Notes(Some("new notes, with \"quotes\" and ü".into())));
    if m.notes.is_some() {
        edits.push(Edit::Notes(None));
    }
    edits.push(Edit::Due(chrono::NaiveDate::from_ymd_opt(2030, 3, 31)));
    if m.due.is_some() {
        edits.push(Edit::Due(None));
    }
    edits
}

#[test]
fn undo_after_a_save_gives_back_the_original_bytes_for_every_layout_milestone_and_change() {
    let mut tried = 0;
    let mut failures = Vec::new();
    for fixture in every_layout() {
        let (_dir, file) = copy_to_temp(&fixture);
        let original = fs::read_to_string(&file).unwrap();
        let loaded = load(&file);
        for i in 0..loaded.model.milestones.len() {
            for edit in every_change(&loaded.model, i) {
                let what = format!("{fixture}, milestone {i}, {edit:?}");
                fs::write(&file, &original).unwrap();
                let loaded = load(&file);
                let mut document = Document::new(&loaded);
                let mut model = loaded.model.clone();
                let applied = model.apply(i, edit).unwrap();
                if let Err(e) = document.save(&model, &[(i, &applied.before)]) {
                    failures.push(format!("{what}: save: {e}"));
                    continue;
                }
                model.undo(&applied);
                if let Err(e) = document.save(&model, &[(i, &applied.after)]) {
                    failures.push(format!("{what}: undo: {e}"));
                    continue;
                }
                let now = fs::read_to_string(&file).unwrap();
                if now != original {
                    failures.push(format!(
                        "{what}: differs:\n{:?}",
                        changed_lines(&original, &now)
                    ));
                }
                tried += 1;
            }
        }
    }
    assert!(tried > 200, "only {tried} tried");
    assert!(
        failures.is_empty(),
        "{} of {}:\n{}",
        failures.len(),
        tried + failures.len(),
        failures.join("\n")
    );
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten() {
    let (_dir, file) = copy_to_temp("assets/india-japan.toml");
    let loaded = load(&file);
    let mut document = Document::new(&loaded);
    let mut model = loaded.model.clone();
    let colleague = fs::read_to_string(&file)
        .unwrap()
        .replace("as_of = 2025-08-30", "as_of = 2025-09-01");
    fs::write(&file, &colleague).unwrap();
    let applied = model
        .apply(
            3,
            Edit::Status {
                to: Status::Done,
                note: None,
                at: at(),
            },
        )
        .unwrap();
    match document.save(&model, &[(3, &applied.before)]) {
        Err(SaveError::Conflict { on_disk, .. }) => assert_eq!(on_disk, colleague),
        other => panic!("{other:?}"),
    }
    assert_eq!(fs::read_to_string(&file).unwrap(), colleague);
}

#[test]
fn a_removed_file_is_an_error_and_is_not_recreated() {
    let (_dir, file) = copy_to_temp("assets/india-japan.toml");
    let loaded = load(&file);
    let mut document = Document::new(&loaded);
    let mut model = loaded.model.clone();
    fs::remove_file(&file).unwrap();
    let applied = model
        .apply(
            3,
            Edit::Status {
                to: Status::Done,
                note: None,
                at: at(),
            },
        )
        .unwrap();
    assert!(matches!(
        document.save(&model, &[(3, &applied.before)]),
        Err(SaveError::Missing { .. })
    ));
    assert!(!file.exists());
    // Only when asked is it written anew, once.
    document.recreate = true;
    document.save(&model, &[(3, &applied.before)]).unwrap();
    assert!(store::load(&file).is_ok());
    assert!(!document.recreate);
}

#[cfg(unix)]
#[test]
fn saving_keeps_permissions_and_writes_through_symlinks() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, file) = copy_to_temp("assets/india-japan.toml");
    fs::set_permissions(&file, fs::Permissions::from_mode(0o640)).unwrap();
    let link = dir.path().join("link.toml");
    std::os::unix::fs::symlink(&file, &link).unwrap();
    pactboard()
        .arg("set")
        .arg(&link)
        .args(["future-phases", "at_risk"])
        .assert()
        .code(0);
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o640
    );
    assert!(
        fs::read_to_string(&file)
            .unwrap()
            .contains("to = \"at_risk\"")
    );
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .filter_map(std::result::Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains("pactboard-tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

fn edit_strategy() -> impl Strategy<Value = (usize, u8, u8)> {
    (0usize..9, 0u8..6, 0u8..4)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// Random edits, undos and redos, saved now and then: the file always reloads as the model,
    /// and the milestones never touched keep their exact text.
    #[test]
    fn random_edits_undos_and_saves_reload_as_the_model(steps in prop::collection::vec(edit_strategy(), 1..25)) {
        let (_dir, file) = copy_to_temp("assets/india-japan.toml");
        let original = fs::read_to_string(&file).unwrap();
        let loaded = load(&file);
        let mut document = Document::new(&loaded);
        let mut model: Model = loaded.model.clone();
        let mut saved = model.clone();
        let (mut undo, mut redo): (Vec<Applied>, Vec<Applied>) = (vec![], vec![]);
        let mut touched = std::collections::BTreeSet::new();
        for (milestone, kind, action) in steps {
            match action {
                0 | 1 => {
                    let edit = match kind {
                        0..=2 => Edit::Status { to: Status::ALL[(kind as usize * 2 + milestone) % 6], note: (kind == 1).then(|| "n".into()), at: at() },
                        3 => Edit::Notes(Some(format!("notes {milestone}"))),
                        4 => Edit::Notes(None),
                        _ => Edit::Due(Some("2026-06-30".parse().unwrap())),
                    };
                    if let Ok(applied) = model.apply(milestone, edit) {
                        touched.insert(milestone);
                        undo.push(applied);
                        redo.clear();
                    }
                }
                2 => if let Some(a) = undo.pop() { model.undo(&a); redo.push(a); },
                _ => {
                    if let Some(a) = redo.pop() { model.redo(&a); undo.push(a); }
                    let changes: Vec<(usize, &pactboard::model::Milestone)> = (0..model.milestones.len())
                        .filter(|&i| model.milestones[i] != saved.milestones[i])
                        .map(|i| (i, &saved.milestones[i]))
                        .collect();
                    document.save(&model, &changes).unwrap();
                    saved = model.clone();
                    prop_assert_eq!(&load(&file).model, &model);
                }
            }
        }
        let text = fs::read_to_string(&file).unwrap();
        for (i, m) in loaded.model.milestones.iter().enumerate() {
            if !touched.contains(&i) {
                let span = &loaded.spans.milestones[i];
                let old = &original[span.table.start..span.end()];
                prop_assert!(text.contains(old), "untouched milestone {} changed", m.id);
            }
        }
    }
}

#[test]
fn a_change_that_does_not_read_back_as_intended_is_refused_and_nothing_is_written() {
    let (_dir, file) = copy_to_temp("assets/india-japan.toml");
    let original = fs::read(&file).unwrap();
    let loaded = load(&file);
    let i = loaded.model.milestone_index("future-phases").unwrap();
    let other = loaded.model.milestone_index("summit-15").unwrap();
    // The document's idea of where the milestone is goes wrong, as if the splicer had
    // miscounted: off by a few bytes (the result does not parse), or pointing at another
    // milestone (it parses, as the wrong milestone). Reading the change back catches both.
    let wrong: [&dyn Fn(&mut Document); 2] = [&|d| d.spans.milestones[i].shift(0, 4), &|d| {
        d.spans.milestones[i] = d.spans.milestones[other].clone();
    }];
    for (case, mislead) in wrong.iter().enumerate() {
        let mut document = Document::new(&loaded);
        mislead(&mut document);
        let mut model = loaded.model.clone();
        let applied = model
            .apply(i, Edit::Notes(Some("placed wrongly".into())))
            .unwrap();
        let result = document.save(&model, &[(i, &applied.before)]);
        assert!(
            matches!(&result, Err(SaveError::Unverified { id }) if id == "future-phases"),
            "case {case}: {result:?}"
        );
        assert_eq!(fs::read(&file).unwrap(), original);
    }
}

#[test]
fn a_change_to_what_a_save_cannot_edit_is_refused_and_nothing_is_written() {
    let (_dir, file) = copy_to_temp("tests/fixtures/layouts/inline.toml");
    let original = fs::read(&file).unwrap();
    let loaded = load(&file);
    let mut document = Document::new(&loaded);
    let mut model = loaded.model.clone();
    let before = model.milestones[0].clone();
    // Nothing refers to a milestone by id, but undo and merges find it by it: it stays.
    model.milestones[0].id = "renamed".into();
    let result = document.save(&model, &[(0, &before)]);
    assert!(
        matches!(result, Err(SaveError::CannotPlace(_))),
        "{result:?}"
    );
    assert_eq!(fs::read(&file).unwrap(), original);
}

fn status_strategy() -> impl Strategy<Value = Status> {
    prop::sample::select(Status::ALL.to_vec())
}

/// Applies status changes, a minute apart from `start` minutes past `at()`.
fn change_statuses(model: &mut Model, i: usize, start: i64, to: &[Status]) {
    for (k, &status) in to.iter().enumerate() {
        let when = at() + chrono::Duration::minutes(start + 2 * k as i64);
        let _ = model.apply(
            i,
            Edit::Status {
                to: status,
                note: None,
                at: when,
            },
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    /// Two sessions change one milestone's status; the second merges its changes into the
    /// first's saved file: the result checks clean, in time order, with nothing lost.
    #[test]
    fn a_merged_milestone_is_saved_and_checks_clean(
        i in 0usize..9,
        mine in prop::collection::vec(status_strategy(), 1..4),
        theirs in prop::collection::vec(status_strategy(), 1..4),
        offset in 0i64..8,
    ) {
        let (_dir, file) = copy_to_temp("assets/india-japan.toml");
        let base = load(&file);
        // They save first.
        let mut their_model = base.model.clone();
        change_statuses(&mut their_model, i, offset, &theirs);
        Document::new(&base).save(&their_model, &[(i, &base.model.milestones[i])]).unwrap();
        // My edits, made on the old version, merged into theirs and saved.
        let mut my_model = base.model.clone();
        change_statuses(&mut my_model, i, 1, &mine);
        let on_disk = load(&file);
        let merged = pactboard::model::merge::merge_milestone(
            &on_disk.model.milestones[i],
            &base.model.milestones[i],
            &my_model.milestones[i],
            pactboard::model::merge::Keep::Mine,
            at() + chrono::Duration::days(1),
        );
        let mut model = on_disk.model.clone();
        model.milestones[i] = merged;
        Document::new(&on_disk).save(&model, &[(i, &on_disk.model.milestones[i])]).unwrap();
        let saved = load(&file);
        prop_assert_eq!(saved.warnings.len(), 0, "{:?}", saved.warnings.first().map(|d| &d.message));
        let history = &saved.model.milestones[i].history;
        // Nothing lost: every entry of both sides stands, or (the same change recorded twice)
        // is told in the note of the one that stands; and mine is the status.
        let n = base.model.milestones[i].history.len();
        for e in their_model.milestones[i].history[n..].iter().chain(&my_model.milestones[i].history[n..]) {
            let stamp = e.at.to_rfc3339();
            prop_assert!(history.iter().any(|h| h.at == e.at
                || h.note.as_deref().is_some_and(|note| note.contains(&stamp))));
        }
        if my_model.milestones[i].history.len() > n {
            prop_assert_eq!(saved.model.milestones[i].status, my_model.milestones[i].status);
        }
    }
}

/// On a file over 1 MiB the whole-file read-back is skipped, so the read-back of each changed
/// milestone is what catches a write that is not the model: here the "before" given says the
/// notes were already the model's, so no splice writes them, and the read-back refuses.
#[test]
fn on_a_large_file_each_change_is_read_back() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("big.toml");
    let mut text = std::fs::read_to_string(pactboard_repo_file("assets/india-japan.toml")).unwrap();
    let mut k = 0;
    while text.len() <= 1 << 20 {
        text.push_str(&format!(
            "\n[[milestones]]\nid = \"extra-{k}\"\ntitle = \"An extra milestone number {k} of a large file\"\npillar = \"economic-energy-security\"\nstatus = \"planned\"\n"
        ));
        k += 1;
    }
    std::fs::write(&file, &text).unwrap();
    let loaded = load(&file);
    let i = loaded.model.milestone_index("future-phases").unwrap();
    let mut model = loaded.model.clone();
    model.milestones[i].status = Status::Done;
    model.milestones[i].notes = Some("the model's notes".into());
    let mut before = loaded.model.milestones[i].clone();
    before.notes = Some("the model's notes".into());
    let result = Document::new(&loaded).save(&model, &[(i, &before)]);
    assert!(
        matches!(result, Err(pactboard::store::SaveError::Unverified { .. })),
        "{result:?}"
    );
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        text,
        "nothing written"
    );
}

fn pactboard_repo_file(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// Every write flushes the new file and its folder before it is done (a save, an export, a
/// folder of exports): counted in debug builds.
#[cfg(debug_assertions)]
#[test]
fn every_write_is_flushed_file_and_folder() {
    use pactboard::store::atomic;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("f.toml");
    std::fs::write(&file, "old").unwrap();
    let before = atomic::syncs();
    atomic::write(&file, b"new").unwrap();
    assert_eq!(atomic::syncs() - before, 2, "the file and its folder");
    let before = atomic::syncs();
    atomic::write_export(&dir.path().join("page.html"), b"page", false).unwrap();
    assert_eq!(atomic::syncs() - before, 2, "the export and its folder");
    let before = atomic::syncs();
    let files = vec![
        ("a.svg".to_string(), b"a".to_vec()),
        ("b.svg".to_string(), b"b".to_vec()),
    ];
    atomic::write_export_folder(&dir.path().join("svg"), &files, false).unwrap();
    assert_eq!(
        atomic::syncs() - before,
        4,
        "two files, the new folder and its parent"
    );
}
