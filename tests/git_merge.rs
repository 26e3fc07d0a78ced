//! The model-aware merge in real repositories (the `git` binary sets them up and runs `git
//! merge`; git runs `pactboard merge-driver`, configured by `pactboard git-setup`): independent
//! changes merge with both histories in order, the same change on both sides is kept once,
//! different statuses leave markers around just that milestone for `pactboard resolve`, additions
//! of both sides are kept, a hand edit merges, a CRLF file stays CRLF.

use crate::common;

use std::path::Path;

use common::git::{by_hand, git, git_output, have_git, repository, set};
use common::pactboard;

/// A repository set up for the model merge, on `main`, with a branch `kenji` made from it.
fn set_up() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, file) = repository();
    let root = dir.path();
    let out = pactboard()
        .current_dir(root)
        .args(["git-setup", "model.toml"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.contains("/model.toml merge=pactboard"), "{said}");
    assert!(said.contains("merge-driver %O %A %B %P"), "{said}");
    // A save's temporary files never show in `git status`.
    let exclude = std::fs::read_to_string(root.join(".git/info/exclude")).unwrap();
    assert!(exclude.lines().any(|l| l == "*.pactboard-tmp"), "{exclude}");
    std::fs::write(
        root.join(".model.toml.123.pactboard-tmp"),
        "left by a killed save",
    )
    .unwrap();
    let status = common::git::git_output(root, "Asha", &["status", "--porcelain"]);
    assert!(
        !String::from_utf8_lossy(&status.stdout).contains("pactboard-tmp"),
        "{status:?}"
    );
    std::fs::remove_file(root.join(".model.toml.123.pactboard-tmp")).unwrap();
    git(root, "Asha", &["add", ".gitattributes"]);
    git(
        root,
        "Asha",
        &["commit", "-qm", "Merge the model as a model"],
    );
    git(root, "Asha", &["branch", "kenji"]);
    (dir, file)
}

fn on_branch(root: &Path, branch: &str) {
    git(root, "Asha", &["checkout", "-q", branch]);
}

fn check(file: &Path) -> std::process::Output {
    pactboard().arg("check").arg(file).output().unwrap()
}

fn model(file: &Path) -> serde_json::Value {
    let out = pactboard()
        .args(["report", "--format", "json", "--since", "2000-01-01"])
        .arg(file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The status changes the file records for milestone `id`, oldest first: (to, note).
fn history(file: &Path, id: &str) -> Vec<(String, String)> {
    model(file)["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["milestone"] == id)
        .map(|c| {
            (
                c["to"].as_str().unwrap().to_string(),
                c["note"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn status(file: &Path, id: &str) -> String {
    let text = std::fs::read_to_string(file).unwrap();
    let i = text.find(&format!("id = \"{id}\"")).unwrap();
    let rest = &text[i..];
    let s = rest.find("status = \"").unwrap() + 10;
    rest[s..s + rest[s..].find('"').unwrap()].to_string()
}

#[test]
fn different_milestones_merge_with_both_histories_and_the_lines_untouched() {
    if !have_git() {
        return;
    }
    let (dir, file) = set_up();
    let root = dir.path();
    on_branch(root, "kenji");
    set(
        &file,
        "stockpiling-strategy",
        "in_progress",
        "Kenji: working group",
    );
    set(&file, "stockpiling-strategy", "at_risk", "Kenji: budget");
    git(root, "Kenji", &["commit", "-qam", "Stockpiling"]);
    let theirs = std::fs::read_to_string(&file).unwrap();
    on_branch(root, "main");
    set(
        &file,
        "deep-sea-practices",
        "blocked",
        "Asha: waiting for the survey",
    );
    git(root, "Asha", &["commit", "-qam", "Deep sea"]);
    let ours = std::fs::read_to_string(&file).unwrap();
    let out = git_output(root, "Asha", &["merge", "-q", "--no-edit", "kenji"]);
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("merged model.toml as models"));
    assert!(check(&file).status.success());
    assert_eq!(
        history(&file, "stockpiling-strategy"),
        [
            ("in_progress".into(), "Kenji: working group".into()),
            ("at_risk".into(), "Kenji: budget".into())
        ]
    );
    assert_eq!(status(&file, "deep-sea-practices"), "blocked");
    // Every line is ours or theirs, and the lines neither side touched are where they were:
    // git's own merge of lines gives the same bytes for changes this far apart.
    let merged = std::fs::read_to_string(&file).unwrap();
    let base = pactboard_base(root);
    let by_lines = merge_file(&ours, &base, &theirs);
    assert_eq!(merged, by_lines);
}

/// The file as it was at the merge base of main and kenji.
fn pactboard_base(root: &Path) -> String {
    let out = std::process::Command::new("git")
        .current_dir(root)
        .args(["show", "kenji~1:model.toml"])
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

/// git's merge of lines of three texts.
fn merge_file(ours: &str, base: &str, theirs: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let p = |n: &str, t: &str| {
        let path = dir.path().join(n);
        std::fs::write(&path, t).unwrap();
        path
    };
    let (o, b, t) = (p("o", ours), p("b", base), p("t", theirs));
    let out = std::process::Command::new("git")
        .args(["merge-file", "-p"])
        .args([&o, &b, &t])
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_same_change_on_both_sides_is_kept_once() {
    if !have_git() {
        return;
    }
    let (dir, file) = set_up();
    let root = dir.path();
    on_branch(root, "kenji");
    set(&file, "stockpiling-strategy", "in_progress", "Kenji");
    git(root, "Kenji", &["commit", "-qam", "Stockpiling"]);
    on_branch(root, "main");
    set(&file, "stockpiling-strategy", "in_progress", "Asha");
    git(root, "Asha", &["commit", "-qam", "Stockpiling too"]);
    let out = git_output(root, "Asha", &["merge", "-q", "--no-edit", "kenji"]);
    assert!(out.status.success(), "{out:?}");
    assert!(check(&file).status.success());
    let h = history(&file, "stockpiling-strategy");
    assert_eq!(h.len(), 1, "{h:?}");
    assert_eq!(h[0].0, "in_progress");
    assert!(h[0].1.contains("Kenji") && h[0].1.contains("Asha"), "{h:?}");
}

/// Two branches that set the same milestone to different statuses, merged: conflicted.
fn conflicted() -> (tempfile::TempDir, std::path::PathBuf) {
    let (dir, file) = set_up();
    let root = dir.path();
    on_branch(root, "kenji");
    set(&file, "stockpiling-strategy", "done", "Kenji: adopted");
    set(
        &file,
        "deep-sea-practices",
        "at_risk",
        "Kenji: no survey ship",
    );
    git(root, "Kenji", &["commit", "-qam", "Stockpiling done"]);
    on_branch(root, "main");
    set(
        &file,
        "stockpiling-strategy",
        "blocked",
        "Asha: waiting for METI",
    );
    git(root, "Asha", &["commit", "-qam", "Stockpiling blocked"]);
    let out = git_output(root, "Asha", &["merge", "-q", "--no-edit", "kenji"]);
    assert!(!out.status.success(), "{out:?}");
    (dir, file)
}

/// Whichever side `resolve` kept, both sides' status changes stay in the history, and the chain
/// ends at the chosen status with no warning from `check`.
fn both_stories_kept(file: &Path, chosen: &str) {
    let h = history(file, "stockpiling-strategy");
    let notes: Vec<&str> = h.iter().map(|(_, n)| n.as_str()).collect();
    assert!(
        notes.iter().any(|n| n.contains("Asha: waiting for METI")),
        "{h:?}"
    );
    assert!(notes.iter().any(|n| n.contains("Kenji: adopted")), "{h:?}");
    assert_eq!(h.last().unwrap().0, chosen, "{h:?}");
    let out = check(file);
    assert!(out.status.success(), "{out:?}");
    assert!(
        !String::from_utf8_lossy(&out.stdout).contains("warning"),
        "{out:?}"
    );
}

fn resolve(file: &Path, answers: &str) -> std::process::Output {
    pactboard()
        .current_dir(file.parent().unwrap())
        .arg("resolve")
        .arg(file)
        .write_stdin(answers)
        .output()
        .unwrap()
}

#[test]
fn different_statuses_conflict_around_just_that_milestone_and_resolve_each_way() {
    if !have_git() {
        return;
    }
    let (_dir, file) = conflicted();
    let text = std::fs::read_to_string(&file).unwrap();
    assert_eq!(text.matches("<<<<<<< ours").count(), 1, "{text}");
    assert_eq!(text.matches(">>>>>>> theirs").count(), 1);
    let start = text.find("<<<<<<<").unwrap();
    let end = text.find(">>>>>>>").unwrap();
    let between = &text[start..end];
    assert!(between.contains("stockpiling-strategy: status set differently on each side"));
    assert!(between.contains("Asha: waiting for METI") && between.contains("Kenji: adopted"));
    assert!(!between.contains("deep-sea-practices"), "{between}");
    // The other milestone merged outside the markers.
    assert!(
        text[end..].contains("Kenji: no survey ship")
            || text[..start].contains("Kenji: no survey ship")
    );
    // check names the markers as an unresolved merge.
    let out = check(&file);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("unresolved git merge"),
        "{out:?}"
    );

    let out = resolve(&file, "t\n");
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("status set differently on each side"));
    assert!(check(&file).status.success());
    assert_eq!(status(&file, "stockpiling-strategy"), "done");
    both_stories_kept(&file, "done");
    assert_eq!(status(&file, "deep-sea-practices"), "at_risk");
    // Settled: a second resolve leaves the file alone.
    let settled = std::fs::read(&file).unwrap();
    let out = resolve(&file, "o\n");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stderr).contains("no conflict markers"));
    assert_eq!(std::fs::read(&file).unwrap(), settled);

    let (_dir, file) = conflicted();
    let out = resolve(&file, "maybe\no\n");
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("o or t?"));
    assert!(check(&file).status.success());
    assert_eq!(status(&file, "stockpiling-strategy"), "blocked");
    both_stories_kept(&file, "blocked");
    assert_eq!(status(&file, "deep-sea-practices"), "at_risk");

    // A file marked read-only: refused before any question, nothing written.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let (_dir, file) = conflicted();
        let before = std::fs::read(&file).unwrap();
        std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o444)).unwrap();
        let out = resolve(&file, "t\n");
        assert_eq!(out.status.code(), Some(2), "{out:?}");
        assert!(
            !String::from_utf8_lossy(&out.stdout).contains("[o]urs"),
            "{out:?}"
        );
        assert!(String::from_utf8_lossy(&out.stderr).contains("read-only"));
        assert_eq!(std::fs::read(&file).unwrap(), before);
    }

    // No answer: nothing written.
    let (_dir, file) = conflicted();
    let before = std::fs::read(&file).unwrap();
    let out = resolve(&file, "");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(&file).unwrap(), before);
}

#[test]
fn additions_on_both_sides_and_a_hand_edit_merge() {
    if !have_git() {
        return;
    }
    let (dir, file) = set_up();
    let root = dir.path();
    let add = |title: &str| {
        let out = pactboard()
            .args(["add", "milestone"])
            .arg(&file)
            .args(["--title", title, "--pillar", "economic-energy-security"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{out:?}");
    };
    on_branch(root, "kenji");
    add("Kenji's new milestone");
    by_hand(&file, "future-phases", "planned", "blocked");
    git(
        root,
        "Kenji",
        &["commit", "-qam", "Added, and blocked by hand"],
    );
    on_branch(root, "main");
    add("Asha's new milestone");
    git(root, "Asha", &["commit", "-qam", "Added"]);
    let out = git_output(root, "Asha", &["merge", "-q", "--no-edit", "kenji"]);
    assert!(out.status.success(), "{out:?}");
    assert!(check(&file).status.success(), "{:?}", check(&file));
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("Kenji's new milestone") && text.contains("Asha's new milestone"));
    assert_eq!(status(&file, "future-phases"), "blocked");
    // The log of the merge commit lists nothing of its own: each change is at its commit.
    let out = pactboard()
        .args(["log", "--format", "json"])
        .arg(&file)
        .output()
        .unwrap();
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let subjects: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["commit"]["subject"].as_str().unwrap())
        .collect();
    assert!(
        !subjects.iter().any(|s| s.starts_with("Merge")),
        "{subjects:?}"
    );
    assert!(subjects.contains(&"Added, and blocked by hand"));
}

#[test]
fn a_crlf_file_merges_and_stays_crlf() {
    if !have_git() {
        return;
    }
    let (dir, file) = repository();
    let root = dir.path();
    let text = std::fs::read_to_string(&file)
        .unwrap()
        .replace('\n', "\r\n");
    std::fs::write(&file, text).unwrap();
    git(root, "Asha", &["config", "core.autocrlf", "false"]);
    git(root, "Asha", &["commit", "-qam", "CRLF"]);
    let out = pactboard()
        .current_dir(root)
        .arg("git-setup")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    git(root, "Asha", &["add", ".gitattributes"]);
    git(root, "Asha", &["commit", "-qm", "Merge as models"]);
    git(root, "Asha", &["branch", "kenji"]);
    on_branch(root, "kenji");
    set(&file, "stockpiling-strategy", "in_progress", "Kenji");
    git(root, "Kenji", &["commit", "-qam", "Stockpiling"]);
    on_branch(root, "main");
    set(&file, "stockpiling-strategy", "in_progress", "Asha");
    set(&file, "deep-sea-practices", "blocked", "Asha");
    git(root, "Asha", &["commit", "-qam", "Deep sea"]);
    let out = git_output(root, "Asha", &["merge", "-q", "--no-edit", "kenji"]);
    assert!(out.status.success(), "{out:?}");
    let merged = std::fs::read_to_string(&file).unwrap();
    assert_eq!(merged.matches('\n').count(), merged.matches("\r\n").count());
    assert!(check(&file).status.success());
    assert_eq!(status(&file, "deep-sea-practices"), "blocked");
}

#[test]
fn what_the_model_merge_cannot_write_is_merged_as_lines() {
    if !have_git() {
        return;
    }
    let (dir, file) = set_up();
    let root = dir.path();
    on_branch(root, "kenji");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replacen(
            "id = \"moc-article\"",
            "id = \"moc-article\"\n# a comment",
            1,
        ),
    )
    .unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    // An objective's title: a table pactboard does not write.
    let i = text.find("id = \"joint-exploration\"").unwrap();
    let j = i + text[i..].find("title = \"").unwrap() + 9;
    std::fs::write(&file, format!("{}Renamed: {}", &text[..j], &text[j..])).unwrap();
    git(root, "Kenji", &["commit", "-qam", "Objective renamed"]);
    on_branch(root, "main");
    set(&file, "deep-sea-practices", "blocked", "Asha");
    git(root, "Asha", &["commit", "-qam", "Deep sea"]);
    let out = git_output(root, "Asha", &["merge", "-q", "--no-edit", "kenji"]);
    assert!(out.status.success(), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("merged as lines"),
        "{out:?}"
    );
    let merged = std::fs::read_to_string(&file).unwrap();
    assert!(merged.contains("Renamed: "));
    assert_eq!(status(&file, "deep-sea-practices"), "blocked");
}

/// A pillar and a source changed on their side only merge as a model: their keys set in place,
/// every other line as ours has it, nothing merged as lines.
#[test]
fn a_pillar_and_a_source_changed_on_one_side_merge_in_place() {
    if !have_git() {
        return;
    }
    let (dir, file) = set_up();
    let root = dir.path();
    on_branch(root, "kenji");
    for args in [
        &[
            "edit",
            "pillar",
            "FILE",
            "economic-energy-security",
            "--title",
            "Economic security and energy",
        ][..],
        &[
            "edit",
            "source",
            "FILE",
            "moc-article",
            "--note",
            "Read again on 2026-12-01",
        ][..],
    ] {
        let args: Vec<&std::ffi::OsStr> = args
            .iter()
            .map(|a| {
                if *a == "FILE" {
                    file.as_os_str()
                } else {
                    std::ffi::OsStr::new(a)
                }
            })
            .collect();
        let out = pactboard().args(&args).output().unwrap();
        assert!(out.status.success(), "{out:?}");
    }
    git(root, "Kenji", &["commit", "-qam", "Pillar and source"]);
    on_branch(root, "main");
    set(&file, "deep-sea-practices", "blocked", "Asha");
    git(root, "Asha", &["commit", "-qam", "Deep sea"]);
    let ours = std::fs::read_to_string(&file).unwrap();
    let out = git_output(root, "Asha", &["merge", "-q", "--no-edit", "kenji"]);
    assert!(out.status.success(), "{out:?}");
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("merged as lines"),
        "{out:?}"
    );
    assert!(check(&file).status.success());
    let merged = std::fs::read_to_string(&file).unwrap();
    assert!(
        merged.contains("title = \"Economic security and energy\""),
        "{merged}"
    );
    assert!(
        merged.contains("note = \"Read again on 2026-12-01\""),
        "{merged}"
    );
    assert_eq!(status(&file, "deep-sea-practices"), "blocked");
    // Every line of ours but the pillar's title and the source's note is there, in order.
    let kept: Vec<&str> = ours
        .lines()
        .filter(|l| {
            !l.contains("title = \"Economic and energy security\"")
                && !l.contains("note = \"News article on the MoC")
        })
        .collect();
    assert_eq!(merged.lines().count(), ours.lines().count());
    let mut rest = merged.lines();
    for line in kept {
        assert!(rest.any(|m| m == line), "`{line}` is not kept in order");
    }
}

/// A side that is not a valid model is never committed as merged: the driver names the side
/// and its first problem, and git stops the merge.
#[test]
fn an_invalid_side_is_a_conflict_that_names_it() {
    if !have_git() {
        return;
    }
    let (dir, file) = set_up();
    let root = dir.path();
    on_branch(root, "kenji");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text.replacen("status = ", "staus = ", 1)).unwrap();
    git(root, "Kenji", &["commit", "-qam", "A typo"]);
    on_branch(root, "main");
    set(&file, "deep-sea-practices", "at_risk", "Asha");
    git(root, "Asha", &["commit", "-qam", "At risk"]);
    let out = git_output(root, "Asha", &["merge", "-q", "--no-edit", "kenji"]);
    assert!(!out.status.success(), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("their version is not a valid model (line "),
        "{said}"
    );
    assert!(
        said.contains("`status`") || said.contains("`staus`"),
        "{said}"
    );
    assert!(!said.contains("the their"), "{said}");
    let log = git_output(root, "Asha", &["log", "-1", "--format=%s"]);
    assert_eq!(String::from_utf8_lossy(&log.stdout).trim(), "At risk");
}
