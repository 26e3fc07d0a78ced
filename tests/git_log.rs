//! `pactboard log` on real repositories made in temporary folders (the `git` binary sets them
//! up; pactboard reads them with gix): each commit's changes to the model with its author, hand
//! edits told apart from recorded changes, uncommitted changes first, and a file outside a
//! repository refused.

use crate::common;

use std::path::Path;

use common::git::{by_hand, git, have_git, repository, set};
use common::{BUNDLED, pactboard, repo_file};

fn run(args: &[&str], file: &Path) -> std::process::Output {
    let mut cmd = pactboard();
    cmd.arg(args[0]).arg(file).args(&args[1..]);
    let out = cmd.output().unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    out
}

#[test]
fn each_commit_says_what_it_changed_in_the_model_and_who_made_it() {
    if !have_git() {
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
    assert!(
        text.contains(
            "created the file: 2 sources, 7 pillars, 7 objectives, 1 target, 9 milestones, the names in 2 languages"
        ),
        "{text}"
    );
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

#[test]
fn since_a_tag_counts_what_changed_after_it_hand_edits_included() {
    if !have_git() {
        return;
    }
    let (dir, file) = repository();
    let root = dir.path();
    git(root, "Asha", &["tag", "meeting-2025-09"]);
    set(
        &file,
        "stockpiling-strategy",
        "in_progress",
        "working group formed",
    );
    git(root, "Kenji", &["commit", "-qam", "Stockpiling under way"]);
    by_hand(&file, "future-phases", "planned", "blocked");
    git(root, "Priya", &["commit", "-qam", "Blocked, by hand"]);

    // The report: both status changes, the one by hand told apart, with no time.
    let out = run(
        &["report", "--format", "json", "--since", "meeting-2025-09"],
        &file,
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let changes = report["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 2, "{report:#}");
    let hand = changes
        .iter()
        .find(|c| c["milestone"] == "future-phases")
        .unwrap();
    assert_eq!(hand["by_hand"], true);
    assert!(hand["at"].is_null());
    let recorded = changes
        .iter()
        .find(|c| c["milestone"] == "stockpiling-strategy")
        .unwrap();
    assert_eq!(recorded["by_hand"], false);
    assert_eq!(recorded["note"], "working group formed");
    assert!(
        report["since"]
            .as_str()
            .unwrap()
            .starts_with("meeting-2025-09 (")
    );
    // A date only sees what the history records.
    let out = run(
        &["report", "--format", "json", "--since", "2000-01-01"],
        &file,
    );
    let by_date: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        by_date["changes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["milestone"] != "future-phases")
    );

    // The presentation's slide and the page say the same.
    let deck = |since: &str| -> String {
        (1..=20)
            .map_while(|n| {
                let out = pactboard()
                    .arg("snapshot")
                    .arg(&file)
                    .args(["--view", &format!("slide:{n}"), "--since", since])
                    .args(["--width", "120", "--height", "40"])
                    .output()
                    .unwrap();
                out.status
                    .success()
                    .then(|| String::from_utf8(out.stdout).unwrap())
            })
            .collect()
    };
    let slides = deck("HEAD~2");
    assert!(slides.contains("Since HEAD~2 ("), "{slides}");
    assert!(slides.contains("by hand"), "{slides}");
    let out = run(
        &[
            "export",
            "--format",
            "html",
            "--out",
            "-",
            "--since",
            "meeting-2025-09",
        ],
        &file,
    );
    let page = String::from_utf8(out.stdout).unwrap();
    assert!(page.contains("Changes since meeting-2025-09"), "page");
    assert!(page.contains("changed by hand"));

    // log: only the commits after the tag; --until stops before the last one.
    let out = run(
        &["log", "--format", "json", "--since", "meeting-2025-09"],
        &file,
    );
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let subjects: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["commit"]["subject"].as_str().unwrap())
        .collect();
    assert_eq!(subjects, ["Blocked, by hand", "Stockpiling under way"]);
    let out = run(&["log", "--format", "json", "--until", "HEAD~1"], &file);
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let subjects: Vec<&str> = log
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["commit"]["subject"].as_str().unwrap())
        .collect();
    assert_eq!(subjects, ["Stockpiling under way", "The summit model"]);

    // A revision that is not there, or a bundled model, is refused with the reason.
    let out = pactboard()
        .arg("report")
        .arg(&file)
        .args(["--since", "no-such-tag"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("\"no-such-tag\" is not a revision"));
}

#[test]
fn a_file_moved_in_history_is_followed_to_its_old_path() {
    if !have_git() {
        return;
    }
    let (dir, file) = repository();
    let root = dir.path();
    set(
        &file,
        "stockpiling-strategy",
        "in_progress",
        "before the move",
    );
    git(root, "Kenji", &["commit", "-qam", "Stockpiling under way"]);
    std::fs::create_dir(root.join("plans")).unwrap();
    git(
        root,
        "Priya",
        &["mv", "model.toml", "plans/india-japan.toml"],
    );
    git(root, "Priya", &["commit", "-qm", "Moved into plans/"]);
    let moved = root.join("plans/india-japan.toml");
    by_hand(&moved, "future-phases", "planned", "blocked");
    git(root, "Priya", &["commit", "-qam", "Blocked, by hand"]);
    let out = run(&["log", "--format", "json"], &moved);
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let entries = log.as_array().unwrap();
    let subjects: Vec<&str> = entries
        .iter()
        .map(|e| e["commit"]["subject"].as_str().unwrap())
        .collect();
    // The move itself changed nothing in the model, so it is not listed.
    assert_eq!(
        subjects,
        [
            "Blocked, by hand",
            "Stockpiling under way",
            "The summit model"
        ],
        "{log:#}"
    );
    assert_eq!(entries[1]["path"], "model.toml");
    assert_eq!(entries[1]["changes"][0]["note"], "before the move");
    // And "since" reads the file where it was then.
    let out = run(&["report", "--format", "json", "--since", "HEAD~3"], &moved);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["changes"].as_array().unwrap().len(), 2, "{report:#}");
}

#[test]
fn thirty_commits_of_set_additions_and_hand_edits_are_listed_exactly() {
    if !have_git() {
        return;
    }
    let (dir, file) = repository();
    let root = dir.path();
    let ids = [
        "joint-exploration-projects",
        "regulatory-information-exchange",
        "deep-sea-practices",
        "stockpiling-strategy",
        "processing-technology-transfer",
        "future-phases",
    ];
    let cycle = ["in_progress", "at_risk", "blocked", "planned"];
    let mut status: Vec<usize> = vec![3; ids.len()];
    let authors = ["Asha", "Kenji", "Priya"];
    // Per commit, newest last: (author, kind of change, milestone).
    let mut expected: Vec<(String, String, String)> = Vec::new();
    for n in 0..30 {
        let author = authors[n % 3];
        let k = n % ids.len();
        match n % 3 {
            0 => {
                let next = (status[k] + 1) % cycle.len();
                set(&file, ids[k], cycle[next], &format!("step {n}"));
                status[k] = next;
                expected.push((author.into(), "status".into(), ids[k].into()));
            }
            1 => {
                let out = pactboard()
                    .args(["add", "milestone"])
                    .arg(&file)
                    .args(["--title", &format!("New milestone {n}")])
                    .args(["--pillar", "economic-energy-security"])
                    .output()
                    .unwrap();
                assert!(out.status.success(), "{out:?}");
                let id = format!("new-milestone-{n}");
                expected.push((author.into(), "milestone_added".into(), id));
            }
            _ => {
                let next = (status[k] + 1) % cycle.len();
                by_hand(&file, ids[k], cycle[status[k]], cycle[next]);
                status[k] = next;
                expected.push((author.into(), "status".into(), ids[k].into()));
            }
        }
        git(root, author, &["commit", "-qam", &format!("Commit {n}")]);
    }
    let out = run(&["log", "--format", "json"], &file);
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let entries = log.as_array().unwrap();
    // Thirty commits, newest first, then the one that made the file.
    assert_eq!(entries.len(), 31, "{log:#}");
    for (n, entry) in entries[..30].iter().rev().enumerate() {
        let (author, kind, id) = &expected[n];
        assert_eq!(entry["commit"]["author"], author.as_str(), "commit {n}");
        assert_eq!(entry["commit"]["subject"], format!("Commit {n}"));
        let changes = entry["changes"].as_array().unwrap();
        assert_eq!(changes.len(), 1, "commit {n}: {changes:#?}");
        assert_eq!(changes[0]["change"], kind.as_str(), "commit {n}");
        assert_eq!(changes[0]["milestone"], id.as_str(), "commit {n}");
        if kind == "status" {
            assert_eq!(changes[0]["by_hand"], n % 3 == 2, "commit {n}");
        }
    }
}

/// A commit whose file does not load is listed with its first problem; the next commit that
/// loads is compared with the last one before it that did (so the status changes of both are
/// told and nothing is "created" again).
#[test]
fn log_reads_past_a_commit_whose_file_is_invalid() {
    if !have_git() {
        return;
    }
    let (dir, file) = repository();
    let root = dir.path();
    set(&file, "stockpiling-strategy", "in_progress", "under way");
    git(root, "Asha", &["commit", "-qam", "Under way"]);
    set(&file, "deep-sea-practices", "at_risk", "no ship");
    let good = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, good.replacen("status = ", "staus = ", 1)).unwrap();
    git(root, "Kenji", &["commit", "-qam", "A typo"]);
    std::fs::write(&file, &good).unwrap();
    set(&file, "future-phases", "blocked", "waiting");
    git(root, "Priya", &["commit", "-qam", "Fixed"]);
    let out = run(&["log", "--format", "json"], &file);
    let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let entries = log.as_array().unwrap();
    let subject = |e: &serde_json::Value| e["commit"]["subject"].as_str().unwrap().to_string();
    assert_eq!(
        entries.iter().map(subject).collect::<Vec<_>>(),
        ["Fixed", "A typo", "Under way", "The summit model"]
    );
    let fixed = &entries[0];
    assert!(fixed.get("created").is_none(), "{fixed}");
    let told = fixed["changes"].to_string();
    assert!(
        told.contains("deep-sea-practices") && told.contains("future-phases"),
        "{told}"
    );
    assert!(!told.contains("stockpiling-strategy"), "{told}");
    let typo = &entries[1];
    assert_eq!(typo["invalid"], true);
    assert!(
        typo["problem"].as_str().unwrap().starts_with("line "),
        "{typo}"
    );
    let text = String::from_utf8(run(&["log"], &file).stdout).unwrap();
    assert!(
        text.contains("the file did not load at this version: line "),
        "{text}"
    );
}

/// In a shallow clone, log lists what the clone has and says where its history starts.
#[test]
fn log_works_in_a_shallow_clone() {
    if !have_git() {
        return;
    }
    let (dir, file) = repository();
    let root = dir.path();
    for (k, status) in ["in_progress", "at_risk", "blocked", "done"]
        .iter()
        .enumerate()
    {
        set(&file, "stockpiling-strategy", status, &format!("step {k}"));
        git(root, "Asha", &["commit", "-qam", &format!("Step {k}")]);
    }
    for depth in ["1", "3"] {
        let clone = tempfile::tempdir().unwrap();
        let url = format!("file://{}", root.display());
        git(
            clone.path(),
            "Asha",
            &["clone", "-q", "--depth", depth, &url, "c"],
        );
        let cloned = clone.path().join("c").join("model.toml");
        let out = run(&["log", "--format", "json"], &cloned);
        let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let entries = log.as_array().unwrap();
        assert_eq!(entries.len(), depth.parse::<usize>().unwrap(), "{log}");
        assert_eq!(entries[0]["commit"]["subject"], "Step 3");
        let text = String::from_utf8(run(&["log"], &cloned).stdout).unwrap();
        assert!(text.contains("shallow clone"), "{text}");
    }
}

/// `log --since DATE` keeps the commits made on that date (in their own time zone) and drops
/// those before it.
#[test]
fn log_since_a_date_keeps_the_commits_of_that_day() {
    if !have_git() {
        return;
    }
    let (dir, file) = repository();
    set(&file, "stockpiling-strategy", "in_progress", "under way");
    git(dir.path(), "Asha", &["commit", "-qam", "Under way"]);
    let count = |since: &str| {
        let out = run(&["log", "--format", "json", "--since", since], &file);
        let log: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        log.as_array().unwrap().len()
    };
    // The helper's commits are all made on 2026-01-01 (+09:00), in the first day's minutes.
    assert_eq!(count("2026-01-01"), 2, "made on the day: kept");
    assert_eq!(count("2025-12-31"), 2);
    assert_eq!(count("2026-01-03"), 0, "made before: dropped");
}

/// The newest part of the log (what the Changes view shows while the rest is read) is the log's
/// first entries, the same.
#[test]
fn the_newest_part_of_the_log_is_its_first_entries() {
    if !common::git::have_git() {
        return;
    }
    let (dir, file) = common::git::repository();
    for (n, (id, status)) in [
        ("stockpiling-strategy", "in_progress"),
        ("future-phases", "at_risk"),
        ("stockpiling-strategy", "blocked"),
    ]
    .into_iter()
    .enumerate()
    {
        common::git::set(&file, id, status, &format!("step {n}"));
        common::git::git(
            dir.path(),
            "Asha",
            &["commit", "-qam", &format!("step {n}")],
        );
    }
    let range = pactboard::history::Range::default();
    let all = pactboard::history::log(&file, &range).unwrap();
    assert_eq!(all.len(), 4);
    let newest = pactboard::history::log_newest(&file, &range, 2).unwrap();
    assert_eq!(newest, all[..2]);
}
