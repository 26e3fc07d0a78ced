//! Repositories made with the `git` binary in temporary folders, for the tests of history and
//! merges.

use std::cell::Cell;
use std::path::Path;
use std::process::{Command, Output};

use super::{BUNDLED, pactboard, repo_file};

thread_local! {
    /// Each git command a minute after the one before, so that commits are ordered by time; one
    /// clock per test (each test runs on a thread of its own), so that a test's commits have the
    /// same dates and ids whichever tests ran before it in the one test binary.
    static CLOCK: Cell<u32> = const { Cell::new(0) };
}

pub fn git(dir: &Path, author: &str, args: &[&str]) {
    let out = git_output(dir, author, args);
    assert!(out.status.success(), "git {args:?}: {out:?}");
}

/// A git command's output, whether it succeeded or not (`git merge` with conflicts fails).
pub fn git_output(dir: &Path, author: &str, args: &[&str]) -> Output {
    let minute = CLOCK.with(|clock| {
        let minute = clock.get();
        clock.set(minute + 1);
        minute
    });
    let date = format!(
        "2026-01-{:02}T{:02}:{:02}:00+09:00",
        1 + minute / 1440,
        minute / 60 % 24,
        minute % 60
    );
    Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_AUTHOR_DATE", &date)
        .env("GIT_COMMITTER_DATE", &date)
        .env("GIT_AUTHOR_NAME", author)
        .env("GIT_AUTHOR_EMAIL", format!("{author}@example.org"))
        .env("GIT_COMMITTER_NAME", author)
        .env("GIT_COMMITTER_EMAIL", format!("{author}@example.org"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .unwrap()
}

pub fn set(file: &Path, id: &str, status: &str, note: &str) {
    let out = pactboard()
        .arg("set")
        .arg(file)
        .args([id, status, "--note", note])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
}

/// Whether git is here to make the repositories (it must be where CI says so).
pub fn have_git() -> bool {
    if Command::new("git").arg("--version").output().is_ok() {
        return true;
    }
    assert!(
        std::env::var_os("PACTBOARD_REQUIRE_GIT").is_none(),
        "git is required here"
    );
    eprintln!("git is not installed: skipped");
    false
}

/// A repository with the bundled model committed as `model.toml` by Asha.
pub fn repository() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    git(root, "Asha", &["init", "-q", "-b", "main"]);
    let file = root.join("model.toml");
    std::fs::copy(repo_file(BUNDLED), &file).unwrap();
    git(root, "Asha", &["add", "model.toml"]);
    git(root, "Asha", &["commit", "-qm", "The summit model"]);
    (dir, file)
}

/// The file with the status of milestone `id` changed by hand (no history entry).
pub fn by_hand(file: &Path, id: &str, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    let i = text.find(&format!("id = \"{id}\"")).unwrap();
    let edited = format!(
        "{}{}",
        &text[..i],
        text[i..].replacen(
            &format!("status = \"{from}\""),
            &format!("status = \"{to}\""),
            1
        )
    );
    assert_ne!(edited, text);
    std::fs::write(file, edited).unwrap();
}
