//! `pactboard log` on real repositories made in temporary folders (the `git` binary sets them
//! up; pactboard reads them with gix): each commit's changes to the model with its author, hand
//! edits told apart from recorded changes, uncommitted changes first, and a file outside a
//! repository refused.

mod common;

use std::path::Path;
use std::process::Command;

use common::{BUNDLED, pactboard, repo_file};

fn git(dir: &Path, author: &str, args: &[&str]) {
    let out = Command::new("git")
        .current_dir(dir)
        .args(args)
        .env("GIT_AUTHOR_NAME", author)
        .env("GIT_AUTHOR_EMAIL", format!("{author}@example.org"))
        .env("GIT_COMMITTER_NAME", author)
        .env("GIT_COMMITTER_EMAIL", format!("{author}@example.org"))
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", dir)
        .output()
        .unwrap();
    assert!(out.status.success(), "git {args:?}: {out:?}");
}

fn set(file: &Path, id: &str, status: &str, note: &str) {
    let out = pactboard()
        .arg("set")
        .arg(file)
        .args([id, status, "--note", note])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
}

#[test]
fn each_commit_says_what_it_changed_in_the_model_and_who_made_it() {
    if Command::new("git").arg("--version").output().is_err() {
        assert!(
            std::env::var_os("PACTBOARD_REQUIRE_GIT").is_none(),
            "git is required here"
        );
        eprintln!("git is not installed: skipped");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    git(root, "Asha", &["init", "-q"]);
    let file = root.join("model.toml");
    std::fs::copy(repo_file(BUNDLED), &file).unwrap();
    git(root, "Asha", &["add", "model.toml"]);
    git(root, "Asha", &["commit", "-qm", "The summit model"]);
    set(
        &file,
        "stockpiling-strategy",
        "in_progress",
        "working group formed",
    );
    git(root, "Kenji", &["commit", "-qam", "Stockpiling under way"]);
    // A hand edit: the status changed, no history entry records it.
    let text = std::fs::read_to_string(&file).unwrap();
    let i = text.find("id = \"future-phases\"").unwrap();
    let edited = format!(
        "{}{}",
        &text[..i],
        text[i..].replacen("status = \"planned\"", "status = \"blocked\"", 1)
    );
    std::fs::write(&file, edited).unwrap();
    git(root, "Priya", &["commit", "-qam", "Blocked, by hand"]);
    // A commit that does not touch the file is not listed.
    std::fs::write(root.join("notes.txt"), "minutes").unwrap();
    git(root, "Priya", &["add", "notes.txt"]);
    git(root, "Priya", &["commit", "-qm", "Minutes"]);
    set(&file, "deep-sea-practices", "at_risk", "uncommitted");
    let out = pactboard()
        .arg("log")
        .arg(&file)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let entries = log.as_array().unwrap();
    assert_eq!(entries.len(), 4, "{log:#}");
    assert!(entries[0]["commit"].is_null(), "uncommitted first: {log:#}");
    assert_eq!(entries[0]["changes"][0]["note"], "uncommitted");
    let authors: Vec<&str> = entries[1..]
        .iter()
        .map(|e| e["commit"]["author"].as_str().unwrap())
        .collect();
    assert_eq!(authors, ["Priya", "Kenji", "Asha"]);
    assert_eq!(entries[1]["commit"]["subject"], "Blocked, by hand");
    let hand = &entries[1]["changes"][0];
    assert_eq!(hand["milestone"], "future-phases");
    assert_eq!(hand["by_hand"], true);
    assert_eq!(hand["to"], "blocked");
    let recorded = &entries[2]["changes"][0];
    assert_eq!(recorded["milestone"], "stockpiling-strategy");
    assert_eq!(recorded["by_hand"], false);
    assert_eq!(recorded["note"], "working group formed");
    assert_eq!(entries[2]["changes"].as_array().unwrap().len(), 1);
    // The text says the same for people.
    let text = pactboard().arg("log").arg(&file).output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.contains("Kenji: Stockpiling under way"), "{text}");
    assert!(text.contains("changed by hand"), "{text}");
}

#[test]
fn a_file_outside_a_repository_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("model.toml");
    std::fs::copy(repo_file(BUNDLED), &file).unwrap();
    let out = pactboard().arg("log").arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not in a git repository"));
}
