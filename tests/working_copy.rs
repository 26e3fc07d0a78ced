//! With no FILE, pactboard edits the user's working copy in the platform's data folder, made from
//! the bundled model on first use; the repository's files are never written, and `init` always
//! hands out the pristine bundled model. Through the built binary, with a home of the test's own.
//!
//! On Unix only: Windows finds its `AppData` folder through the system, not the environment, so a
//! test there could not keep off the user's own working copy.
#![cfg(unix)]

use crate::common;

use std::fs;
use std::path::Path;
use std::process::Command;

use common::isolate;

/// The built binary with `home` as its home, config and data folders.
fn pactboard_in(home: &Path) -> assert_cmd::Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pactboard"));
    isolate(&mut command, home);
    assert_cmd::Command::from_std(command)
}

/// Where the working copy is for a home folder (see `isolate` for the environment it gets).
fn working_copy(home: &Path) -> std::path::PathBuf {
    if cfg!(target_os = "macos") {
        home.join("Library/Application Support/pactboard/india-japan.toml")
    } else {
        home.join("data/pactboard/india-japan.toml")
    }
}

fn run(home: &Path, args: &[&str]) -> (i32, String, String) {
    let out = pactboard_in(home).args(args).output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

#[test]
fn the_first_run_makes_the_working_copy_and_says_where_and_the_next_reuses_it() {
    let home = tempfile::tempdir().unwrap();
    let copy = working_copy(home.path());
    let (code, first, said) = run(home.path(), &["snapshot"]);
    assert_eq!(code, 0, "{said}");
    assert!(
        said.contains("new working copy of the bundled model")
            && said.contains(&copy.display().to_string()),
        "{said}"
    );
    assert_eq!(
        fs::read_to_string(&copy).unwrap(),
        pactboard::bundled::INDIA_JAPAN
    );

    // The working copy is the user's: an edit to it shows in the next run, which says nothing.
    let (code, _, said) = run(
        home.path(),
        &["set", copy.to_str().unwrap(), "future-phases", "done"],
    );
    assert_eq!(code, 0, "{said}");
    let (code, second, said) = run(home.path(), &["snapshot"]);
    assert_eq!(code, 0, "{said}");
    assert_eq!(said, "", "a second run only reuses the copy");
    assert!(first.contains("3 of 9 milestones done"), "{first}");
    assert!(second.contains("4 of 9 milestones done"), "{second}");
}

#[test]
fn init_writes_the_pristine_bundled_model_even_after_the_working_copy_was_edited() {
    let home = tempfile::tempdir().unwrap();
    let copy = working_copy(home.path());
    run(home.path(), &["snapshot"]);
    let (code, _, said) = run(
        home.path(),
        &[
            "set",
            copy.to_str().unwrap(),
            "stockpiling-strategy",
            "blocked",
            "--note",
            "my own note",
        ],
    );
    assert_eq!(code, 0, "{said}");
    let fresh = home.path().join("fresh.toml");
    let (code, said, _) = run(home.path(), &["init", fresh.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(said.contains("wrote the India–Japan model"), "{said}");
    let written = fs::read_to_string(&fresh).unwrap();
    assert_eq!(written, pactboard::bundled::INDIA_JAPAN);
    assert!(!written.contains("my own note"));
    // What ships is the file in assets/, which pactboard never writes.
    assert_eq!(
        written,
        fs::read_to_string(common::repo_file("assets/india-japan.toml")).unwrap()
    );
    let (code, _, said) = run(home.path(), &["init", fresh.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(said.contains("already exists"), "{said}");
}

#[cfg(target_os = "linux")]
#[test]
fn without_xdg_data_home_the_working_copy_is_under_the_home_folder() {
    let home = tempfile::tempdir().unwrap();
    let out = pactboard_in(home.path())
        .env_remove("XDG_DATA_HOME")
        .arg("snapshot")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(
        home.path()
            .join(".local/share/pactboard/india-japan.toml")
            .is_file()
    );
}

#[test]
fn the_help_says_where_the_working_copy_is() {
    let home = tempfile::tempdir().unwrap();
    let copy = working_copy(home.path());
    for args in [
        &["--help"][..],
        &["present", "--help"],
        &["snapshot", "--help"],
    ] {
        let (code, help, _) = run(home.path(), args);
        assert_eq!(code, 0);
        assert!(help.contains("your working copy"), "{help}");
        assert!(help.contains(&copy.display().to_string()), "{help}");
    }
    assert!(!copy.exists(), "asking for help makes no file");
}

#[test]
fn with_no_place_for_a_working_copy_the_bundled_model_is_shown_read_only() {
    let home = tempfile::tempdir().unwrap();
    // The working copy's folder is a file: nothing can be made in it.
    let folder = working_copy(home.path()).parent().unwrap().to_path_buf();
    fs::create_dir_all(folder.parent().unwrap()).unwrap();
    fs::write(&folder, "not a folder").unwrap();
    let (code, shown, said) = run(home.path(), &["snapshot"]);
    assert_eq!(code, 0, "{said}");
    assert!(said.contains("cannot create the working copy"), "{said}");
    assert!(said.contains("read-only"), "{said}");
    assert!(shown.contains("read-only"), "{shown}");
}

#[test]
fn the_dashboard_without_a_terminal_makes_no_working_copy() {
    let home = tempfile::tempdir().unwrap();
    let (code, _, said) = run(home.path(), &[]);
    assert_eq!(code, 2);
    assert!(said.contains("needs a terminal"), "{said}");
    assert!(!working_copy(home.path()).exists());
}
