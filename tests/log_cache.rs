//! The log's cache (#26): each version of the file is read once, ever. A second `log` (and the
//! Changes view after a save) takes what the first learned from `.git/pactboard/`; a cache that
//! does not read, or that another version wrote, is ignored and written anew; what the log says
//! is the same with the cache as without it.

use std::path::{Path, PathBuf};

use crate::common;
use common::git::{git, have_git, set};
use common::{BUNDLED, pactboard, repo_file};

fn log_json(file: &Path) -> String {
    let out = pactboard()
        .arg("log")
        .arg(file)
        .args(["--format", "json"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// A repository with a few commits of the bundled model, one of them a version that does not
/// load; the cache files it has (none yet).
fn repository() -> (tempfile::TempDir, PathBuf) {
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
        "working group",
    );
    git(root, "Kenji", &["commit", "-qam", "Stockpiling"]);
    let good = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, format!("{good}\nnot toml [")).unwrap();
    git(root, "Kenji", &["commit", "-qam", "Broken"]);
    std::fs::write(&file, &good).unwrap();
    set(&file, "deep-sea-practices", "at_risk", "talks stalled");
    git(root, "Priya", &["commit", "-qam", "Deep sea"]);
    (dir, file)
}

fn caches(root: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(root.join(".git/pactboard"))
        .map(|d| d.filter_map(|e| Some(e.ok()?.path())).collect())
        .unwrap_or_default()
}

#[test]
fn a_second_log_takes_what_the_first_learned_and_says_the_same() {
    if !have_git() {
        return;
    }
    let (dir, file) = repository();
    let root = dir.path();
    let cold = log_json(&file);
    let written = caches(root);
    assert_eq!(written.len(), 1, "{written:?}");
    let cache = std::fs::read_to_string(&written[0]).unwrap();
    assert!(cache.contains("pactboard-log-cache"), "{cache}");
    // What the second log says comes from the cache: a word changed there shows.
    let warm = log_json(&file);
    assert_eq!(warm, cold, "the same with the cache as without");
    std::fs::write(
        &written[0],
        cache.replace("working group", "working group (from the cache)"),
    )
    .unwrap();
    assert!(log_json(&file).contains("working group (from the cache)"));
    // A cache that does not read is ignored, and written anew.
    std::fs::write(&written[0], "{ not json").unwrap();
    assert_eq!(log_json(&file), cold);
    let rewritten = std::fs::read_to_string(&written[0]).unwrap();
    assert!(rewritten.starts_with('{') && rewritten.contains("pactboard-log-cache"));
    // One another version wrote is not trusted either.
    std::fs::write(
        &written[0],
        rewritten
            .replace("working group", "stale words")
            .replace(env!("CARGO_PKG_VERSION"), "0.0.0-other"),
    )
    .unwrap();
    assert_eq!(log_json(&file), cold);
    // A word no version of pactboard writes makes the pair unknown: read again, not trusted.
    std::fs::write(
        &written[0],
        rewritten.replace("\"what\":\"changed\"", "\"what\":\"exploded\""),
    )
    .unwrap();
    assert_eq!(log_json(&file), cold);
    // New commits: only they are read; the log is the cold one's with them on top.
    set(
        &file,
        "joint-exploration-projects",
        "in_progress",
        "surveys begin",
    );
    git(root, "Asha", &["commit", "-qam", "Exploration"]);
    let after = log_json(&file);
    std::fs::remove_dir_all(root.join(".git/pactboard")).unwrap();
    assert_eq!(log_json(&file), after, "the same as a cold read");
}

/// The cache lives in the repository's folder, never in its working tree: `git status` stays
/// clean.
#[test]
fn the_cache_never_shows_in_git_status() {
    if !have_git() {
        return;
    }
    let (dir, file) = repository();
    log_json(&file);
    let out = common::git::git_output(dir.path(), "Asha", &["status", "--porcelain"]);
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "");
}

/// A link where the cache would be is never followed: what it points at is left as it was.
#[cfg(unix)]
#[test]
fn a_link_in_place_of_the_cache_is_not_followed() {
    if !have_git() {
        return;
    }
    let (dir, file) = repository();
    let root = dir.path();
    let cold = log_json(&file);
    let written = caches(root);
    let elsewhere = root.join("elsewhere.txt");
    std::fs::write(&elsewhere, "not the cache's").unwrap();
    std::fs::remove_file(&written[0]).unwrap();
    std::os::unix::fs::symlink(&elsewhere, &written[0]).unwrap();
    assert_eq!(log_json(&file), cold);
    assert_eq!(
        std::fs::read_to_string(&elsewhere).unwrap(),
        "not the cache's"
    );
    assert!(
        std::fs::symlink_metadata(&written[0])
            .unwrap()
            .file_type()
            .is_symlink()
    );
}
