//! `report`, `init`, the default command and `--help`, through the built binary.

use crate::common;

use common::pactboard;

use std::path::{Path, PathBuf};

use predicates::prelude::*;
use serde_json::Value;

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn json_report(file: &Path, extra: &[&str]) -> Value {
    let out = pactboard()
        .arg("report")
        .arg(file)
        .args(["--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn json_report_of_the_bundled_model_has_the_contracted_shape_and_figures() {
    let r = json_report(&data("assets/india-japan.toml"), &["--today", "2026-11-25"]);
    assert_eq!(r["today"], "2026-11-25");
    let overall = &r["overall"];
    assert_eq!(overall["milestones"], 9);
    assert_eq!(overall["done"], 3);
    assert_eq!(overall["overdue"], 0);
    assert!((overall["progress"].as_f64().unwrap() - 3.0 / 9.0).abs() < 1e-12);

    let pillars = r["pillars"].as_array().unwrap();
    let ids: Vec<&str> = pillars.iter().map(|p| p["id"].as_str().unwrap()).collect();
    assert_eq!(
        ids,
        [
            "investment-innovation",
            "economic-energy-security",
            "environmental-sustainability",
            "technology-collaboration",
            "healthcare-mobility",
            "people-to-people",
            "state-prefecture"
        ]
    );
    assert_eq!(pillars[0]["progress"], 1.0);
    assert_eq!(pillars[0]["health"], "on_track");
    assert_eq!(pillars[1]["milestones"], 7);
    assert_eq!(pillars[1]["done"], 1);
    assert_eq!(pillars[2]["progress"], Value::Null);
    assert_eq!(pillars[2]["health"], "no_data");
    for p in pillars {
        for key in ["title", "overdue"] {
            assert!(p.get(key).is_some(), "pillar without {key}");
        }
    }

    let target = &r["targets"][0];
    assert_eq!(target["id"], "japan-investment");
    assert_eq!(target["unit"], "JPY");
    assert_eq!(target["amount"].as_f64(), Some(1e13));
    for key in ["announced", "committed", "realized", "progress"] {
        assert_eq!(target[key].as_f64(), Some(0.0), "{key}");
    }
    // 453 of the decade's 3652 days have passed on 2026-11-25.
    let expected = target["expected_by_today"].as_f64().unwrap();
    assert!((expected - 1e13 * 453.0 / 3652.0).abs() < 1.0, "{expected}");
    assert!(r.get("changes").is_none(), "changes without --since");
}

#[test]
fn changes_since_a_date_come_oldest_first_with_their_notes() {
    let r = json_report(
        &data("tests/fixtures/valid/full.toml"),
        &["--today", "2026-02-01", "--since", "2025-10-01"],
    );
    let changes = r["changes"].as_array().unwrap();
    assert_eq!(changes.len(), 2);
    assert_eq!(changes[0]["milestone"], "m1");
    assert_eq!(changes[0]["from"], "in_progress");
    assert_eq!(changes[0]["to"], "done");
    assert_eq!(changes[0]["note"], "Signed");
    assert_eq!(changes[1]["milestone"], "m2");
    assert_eq!(changes[1]["from"], Value::Null);
    let none = json_report(
        &data("tests/fixtures/valid/full.toml"),
        &["--since", "2030-01-01"],
    );
    assert_eq!(none["changes"], Value::Array(vec![]));
}

#[test]
fn markdown_report_is_ready_for_minutes() {
    pactboard()
        .arg("report")
        .arg(data("assets/india-japan.toml"))
        .args(["--today", "2026-11-25"])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "**Overall progress: 33%** (3 of 9 milestones done, 0 overdue)",
        ))
        .stdout(predicate::str::contains(
            "## Pillars (7 of 8 named in the file)",
        ))
        .stdout(predicate::str::contains(
            "| Environmental sustainability | no milestones | · no data | 0/0 | 0 |",
        ))
        .stdout(predicate::str::contains(
            "- Target: ¥10 trillion from 2025-08-29 to 2035-08-29",
        ))
        .stdout(predicate::str::contains("## Due in the next 90 days"));
}

#[test]
fn overdue_and_upcoming_milestones_are_listed() {
    let file = data("tests/fixtures/valid/crlf.toml");
    pactboard()
        .arg("report")
        .arg(&file)
        .args(["--today", "2025-12-01"])
        .assert()
        .stdout(predicate::str::contains(
            "## Due in the next 90 days\n\n- `m` Milestone (due 2026-01-01, planned",
        ));
    let r = json_report(&file, &["--today", "2026-01-02"]);
    assert_eq!(r["overall"]["overdue"], 1);
    assert_eq!(r["pillars"][0]["health"], "off_track");
    assert_eq!(r["overdue"][0]["id"], "m");
}

#[test]
fn report_of_an_invalid_file_exits_1_and_says_why() {
    pactboard()
        .arg("report")
        .arg(data("tests/fixtures/invalid/unknown-status.toml"))
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("unknown status `finished`"));
    pactboard()
        .args(["report", "/no/such.toml"])
        .assert()
        .code(2);
}

#[test]
fn init_writes_the_bundled_model_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sub/model.toml");
    pactboard().arg("init").arg(&file).assert().code(0);
    let written = std::fs::read_to_string(&file).unwrap();
    assert_eq!(
        written,
        std::fs::read_to_string(data("assets/india-japan.toml")).unwrap()
    );
    pactboard().arg("check").arg(&file).assert().code(0);

    std::fs::write(&file, "mine").unwrap();
    pactboard()
        .arg("init")
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("already exists"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "mine");
}

#[test]
fn the_dashboard_without_a_terminal_says_what_to_use_instead() {
    let dir = tempfile::tempdir().unwrap();
    pactboard()
        .current_dir(dir.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("the dashboard needs a terminal"))
        .stderr(predicate::str::contains("pactboard report"));
}

#[test]
fn a_bad_user_keymap_is_a_clear_error_at_start() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("pactboard")).unwrap();
    std::fs::write(
        dir.path().join("pactboard/keymap.toml"),
        "[global]\nq = \"quitt\"\n",
    )
    .unwrap();
    pactboard()
        .env("XDG_CONFIG_HOME", dir.path())
        .arg(data("assets/india-japan.toml"))
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "keymap.toml: [global] `q` is bound to `quitt`",
        ));
}

#[test]
fn snapshot_prints_exactly_h_lines_none_wider_than_w() {
    for (view, w, h) in [
        ("overview", 80, 24),
        ("milestones", 120, 40),
        ("timeline", 61, 17),
        ("targets", 200, 60),
    ] {
        let out = pactboard()
            .arg("snapshot")
            .arg(data("assets/india-japan.toml"))
            .args([
                "--view",
                view,
                "--width",
                &w.to_string(),
                "--height",
                &h.to_string(),
            ])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let text = String::from_utf8(out.stdout).unwrap();
        assert_eq!(text.lines().count(), h, "{view}\n{text}");
        assert!(
            text.lines()
                .all(|l| unicode_width::UnicodeWidthStr::width(l) <= w),
            "{view}\n{text}"
        );
    }
    pactboard()
        .arg("snapshot")
        .arg(data("assets/india-japan.toml"))
        .args(["--view", "gantt"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "the views are overview, pillars, milestones, timeline, targets",
        ));
}

#[test]
fn every_command_explains_itself_with_an_example() {
    for command in ["check", "report", "init", "snapshot"] {
        pactboard()
            .args([command, "--help"])
            .assert()
            .code(0)
            .stdout(predicate::str::contains("Example"));
    }
    pactboard()
        .arg("--help")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("--today"))
        .stdout(predicate::str::contains("Examples"));
}

#[test]
fn a_bad_today_is_a_usage_error() {
    pactboard()
        .args(["report", "x.toml", "--today", "2026-02-30"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--today"));
}

fn temp_bundled() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("model.toml");
    std::fs::copy(data("assets/india-japan.toml"), &file).unwrap();
    (dir, file)
}

fn set_on(file: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    pactboard().arg("set").arg(file).args(args).assert()
}

fn history_of(file: &Path, id: &str) -> Vec<(Option<String>, String, String)> {
    let model = pactboard::store::load(file).unwrap().model;
    let m = &model.milestones[model.milestone_index(id).unwrap()];
    m.history
        .iter()
        .map(|e| {
            (
                e.from.map(|s| s.as_str().to_string()),
                e.to.as_str().to_string(),
                e.at_toml(),
            )
        })
        .collect()
}

/// `set --on` takes when the news happened: a day (recorded as a day), a day and a time, or
/// relative to today; the future, 1900 and a date before the last change are refused with the
/// reason, and `--force` places an older change in time order with the chain kept true.
#[test]
fn set_on_records_when_the_news_happened_and_refuses_what_cannot_be() {
    let (_dir, file) = temp_bundled();
    let id = "future-phases";
    for (when, says) in [
        ("2099-01-01", "in the future"),
        ("2026-11-26", "in the future"),
        ("+3d", "is not a date"),
        ("1900-01-01", "before 1970"),
        ("2026-02-30", "is not a date"),
    ] {
        let before = std::fs::read(&file).unwrap();
        set_on(&file, &[id, "in_progress", "--on", when])
            .code(1)
            .stderr(predicate::str::contains(says));
        assert_eq!(
            std::fs::read(&file).unwrap(),
            before,
            "{when}: nothing written"
        );
    }
    set_on(&file, &[id, "in_progress", "--on", "2026-03-10 14:30"]).code(0);
    set_on(&file, &[id, "at_risk", "--on", "-3d"]).code(0);
    let h = history_of(&file, id);
    assert_eq!(h.len(), 2, "{h:?}");
    assert!(h[0].2.starts_with("2026-03-10T14:30:00"), "{h:?}");
    assert_eq!(h[1].2, "2026-11-22", "{h:?}");
    // Before the last change: refused, then recorded in time order with --force.
    set_on(&file, &[id, "blocked", "--on", "2026-05-01"])
        .code(1)
        .stderr(predicate::str::contains(
            "before `future-phases`'s last recorded change",
        ));
    set_on(&file, &[id, "blocked", "--on", "2026-05-01", "--force"])
        .code(0)
        .stdout(predicate::str::contains("keeps it at_risk"));
    let h = history_of(&file, id);
    let chain: Vec<(Option<&str>, &str)> = h
        .iter()
        .map(|(f, t, _)| (f.as_deref(), t.as_str()))
        .collect();
    assert_eq!(
        chain,
        [
            (Some("planned"), "in_progress"),
            (Some("in_progress"), "blocked"),
            (Some("blocked"), "at_risk"),
        ]
    );
    assert_eq!(h[1].2, "2026-05-01");
    pactboard()
        .arg("check")
        .arg(&file)
        .assert()
        .code(0)
        .stdout(predicate::str::contains("warning").not());
    // The report says a day-only change as its day, never with a time.
    let out = pactboard()
        .args(["report", "--format", "json", "--since", "2026-01-01"])
        .arg(&file)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ats: Vec<&str> = report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["at"].as_str())
        .collect();
    assert!(
        ats.contains(&"2026-05-01") && ats.contains(&"2026-11-22"),
        "{ats:?}"
    );
    assert!(
        ats.iter().any(|a| a.starts_with("2026-03-10T14:30:00")),
        "{ats:?}"
    );
    // A 100,000-character --on costs a short message.
    let long = "9".repeat(100_000);
    let out = set_on(&file, &[id, "done", "--on", &long]).code(1);
    assert!(out.get_output().stderr.len() < 600);
}

#[test]
fn set_accepts_the_status_words_people_type() {
    for (word, stored) in [
        ("at-risk", "at_risk"),
        ("At Risk", "at_risk"),
        ("in progress", "in_progress"),
        ("IN-PROGRESS", "in_progress"),
        ("Blocked", "blocked"),
    ] {
        let (_dir, file) = temp_bundled();
        pactboard()
            .arg("set")
            .arg(&file)
            .args(["future-phases", word])
            .assert()
            .code(0);
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(text.contains(&format!("to = \"{stored}\"")), "{word}");
    }
    let (_dir, file) = temp_bundled();
    pactboard()
        .arg("set")
        .arg(&file)
        .args(["future-phases", "finished"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("unknown status `finished`"));
}

#[test]
fn set_on_a_date_dates_done_on_and_the_history_entry_and_today_is_the_default() {
    let (_dir, file) = temp_bundled();
    pactboard()
        .arg("set")
        .arg(&file)
        .args(["future-phases", "done", "--on", "2026-01-15"])
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("done_on = 2026-01-15"), "{text}");
    // A past day is recorded as a day: no time of day is invented.
    assert!(text.contains("at = 2026-01-15\n"), "{text}");

    let (_dir, file) = temp_bundled();
    pactboard()
        .arg("set")
        .arg(&file)
        .args(["future-phases", "done", "--today", "2026-02-03"])
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("done_on = 2026-02-03"), "{text}");
}

#[test]
fn completions_for_every_shell_and_the_manual_page_are_generated() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = pactboard().args(["completions", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(
            text.contains("pactboard") && text.contains("snapshot"),
            "{shell}"
        );
    }
    let out = pactboard().arg("man").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with(".ie") || text.contains(".TH pactboard 1"),
        "{text}"
    );
    for command in ["check", "set", "report", "snapshot", "present", "init"] {
        assert!(
            text.contains(&format!(".TH pactboard-{command} 1")),
            "{command}"
        );
    }
}

#[test]
fn check_json_gives_file_line_column_severity_and_message() {
    let invalid = data("tests/fixtures/invalid/unknown-key.toml");
    let out = pactboard()
        .args(["check", "--format", "json"])
        .arg(&invalid)
        .arg(data("assets/india-japan.toml"))
        .arg("/no/such/file.toml")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "the worst status, as in text");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["version"], 1);
    let files = v["files"].as_array().unwrap();
    assert_eq!(files.len(), 3);
    let first = &files[0];
    assert_eq!(first["file"], invalid.display().to_string());
    assert_eq!(first["valid"], false);
    assert_eq!(first["errors"], 2);
    let d = &first["diagnostics"][1];
    assert_eq!(d["line"], 13);
    assert_eq!(d["column"], 1);
    assert_eq!(d["severity"], "error");
    assert_eq!(d["message"], "unknown key `staus` in milestone");
    assert_eq!(d["help"], "did you mean `status`?");
    assert_eq!(files[1]["valid"], true);
    assert_eq!(files[1]["diagnostics"].as_array().unwrap().len(), 0);
    assert_eq!(files[2]["readable"], false);
}

#[test]
fn usage_errors_exit_2() {
    pactboard()
        .args(["report", "--format", "yaml"])
        .assert()
        .code(2);
    pactboard()
        .args(["check", "--max-errors", "many", "x.toml"])
        .assert()
        .code(2);
    pactboard().args(["completions", "tcsh"]).assert().code(2);
}

/// Every command that prints ends quietly when its reader goes away (`pactboard report F |
/// head -c1`): exit 0, no panic.
#[test]
fn a_closed_pipe_ends_every_printing_command_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.toml");
    // Large enough that the output outgrows any pipe's buffer.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_pactboard"))
        .args(["init"])
        .arg(&big)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let mut text = std::fs::read_to_string(&big).unwrap();
    for k in 0..3000 {
        text.push_str(&format!(
            "\n[[milestones]]\nid = \"extra-{k}\"\ntitle = \"An extra milestone number {k} with a long title\"\npillar = \"economic-energy-security\"\nstatus = \"planned\"\n"
        ));
    }
    std::fs::write(&big, text).unwrap();
    let file = big.to_str().unwrap();
    for args in [
        vec!["report", file],
        vec!["report", "--format", "json", file],
        vec!["export", "--format", "html", "--out", "-", file],
        vec!["check", "--format", "json", file],
        vec!["snapshot", file, "--view", "milestones", "--height", "1000"],
        vec!["--help"],
    ] {
        let mut child = common::pactboard_process()
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut one = [0u8; 1];
        let _ = stdout.read(&mut one);
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    }
}

/// A reader gone before the first byte (`pactboard man | true`): each printing command's first
/// write fails, whatever the size of its output, and each ends quietly (exit 0, no panic).
#[test]
fn a_reader_gone_before_the_first_byte_ends_every_printing_command_quietly() {
    let (_dir, file) = temp_bundled();
    let f = file.to_str().unwrap();
    let mut cases: Vec<Vec<&str>> = ["bash", "zsh", "fish", "powershell", "elvish"]
        .iter()
        .map(|shell| vec!["completions", shell])
        .collect();
    cases.extend([
        vec!["man"],
        vec!["--version"],
        vec!["--help"],
        vec!["config", "path"],
        vec!["config", "show"],
        vec!["check", f],
        vec!["report", f],
        vec!["report", "--format", "json", f],
        vec!["snapshot", f],
        vec!["export", "--format", "html", "--out", "-", f],
    ]);
    for args in cases {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = common::pactboard_process()
            .args(&args)
            .stdout(writer)
            .stderr(std::process::Stdio::piped())
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
    }
}

/// A message repeats at most a window of what was typed: a 100,000-character argument costs a
/// short message wherever it goes (a value, a path, a command name).
#[test]
fn messages_cut_what_was_typed() {
    let (_dir, file) = temp_bundled();
    let f = file.to_str().unwrap();
    let long = "9".repeat(100_000);
    let cases: Vec<Vec<&str>> = vec![
        vec!["edit", f, "future-phases", "--due", &long],
        vec![
            "edit",
            f,
            "future-phases",
            "--owner",
            "x",
            "--weight",
            &long,
        ],
        vec![
            "add",
            "entry",
            f,
            "japan-investment",
            "--kind",
            "announced",
            "--amount",
            &long,
        ],
        vec!["snapshot", f, "--view", &long],
        vec!["set", f, "future-phases", &long],
        vec!["set", f, &long, "done"],
        vec!["set", f, "future-phases", "done", "--on", &long],
        vec!["report", &long],
        vec!["check", &long],
        vec!["log", &long],
        vec!["resolve", &long],
        vec!["report", f, "--since", &long],
        vec!["--theme", &long],
        vec![&long],
    ];
    for args in cases {
        let out = pactboard().args(&args).output().unwrap();
        let said = out.stdout.len() + out.stderr.len();
        assert!(
            said < 2_000,
            "{:?}: {said} bytes: {}",
            &args[..args.len().min(3)],
            String::from_utf8_lossy(&out.stderr)
                .chars()
                .take(300)
                .collect::<String>()
        );
        assert!(!out.status.success());
    }
}

/// A mistyped command is named, with the command meant, instead of being opened as a file.
#[test]
fn a_mistyped_command_gets_a_suggestion() {
    for (typed, meant) in [
        ("exprot", "export"),
        ("chek", "check"),
        ("reprot", "report"),
    ] {
        pactboard()
            .arg(typed)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "did you mean `pactboard {meant}`?"
            )));
    }
}

/// `report` with no FILE uses the working copy, like the dashboard, `present` and `snapshot`.
#[test]
fn report_without_a_file_uses_the_working_copy() {
    let out = pactboard().arg("report").output().unwrap();
    assert!(out.status.success(), "{out:?}");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("India"), "{text}");
}

/// The JSON report escapes C1 and bidi controls (`\u009b`, `\u202e`) as it does C0: nothing
/// raw reaches a terminal that shows it, and nothing is lost.
#[test]
fn the_json_report_escapes_every_control() {
    let (_dir, file) = temp_bundled();
    let text = std::fs::read_to_string(&file).unwrap();
    let hostile = "Stock\u{9b}31m\u{202e}piling\u{2028}x";
    let i = text.find("id = \"economic-energy-security\"").unwrap();
    let t = i + text[i..].find("title = \"").unwrap() + 9;
    let end = t + text[t..].find('"').unwrap();
    std::fs::write(&file, format!("{}{hostile}{}", &text[..t], &text[end..])).unwrap();
    let out = pactboard()
        .args(["report", "--format", "json"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let json = String::from_utf8(out.stdout).unwrap();
    for raw in ['\u{9b}', '\u{202e}', '\u{2028}'] {
        assert!(!json.contains(raw), "{raw:?} raw in the JSON");
    }
    assert!(
        json.contains("\\u009b") && json.contains("\\u202e"),
        "escaped"
    );
    let v: Value = serde_json::from_str(&json).unwrap();
    assert!(v.to_string().contains("piling"));
    let titles: Vec<&str> = v["pillars"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|m| m["title"].as_str())
        .collect();
    assert!(titles.contains(&hostile), "nothing lost: {titles:?}");
}

/// The errors of `add`, `edit` and `remove` show an argument with escape sequences made safe:
/// no raw control character reaches the terminal.
#[test]
fn errors_show_hostile_arguments_made_safe() {
    let (_dir, file) = temp_bundled();
    let f = file.to_str().unwrap();
    let hostile = "\u{1b}]0;pwned\u{7}\u{1b}[31m\u{9b}2J\u{202e}";
    let cases: Vec<Vec<&str>> = vec![
        vec!["add", "milestone", f, "--title", "x", "--pillar", hostile],
        vec![
            "add",
            "milestone",
            f,
            "--title",
            "x",
            "--pillar",
            "people-to-people",
            "--due",
            hostile,
        ],
        vec![
            "add",
            "entry",
            f,
            hostile,
            "--kind",
            "announced",
            "--amount",
            "5",
        ],
        vec![
            "add",
            "entry",
            f,
            "japan-investment",
            "--kind",
            hostile,
            "--amount",
            "5",
        ],
        vec!["edit", f, "future-phases", "--weight", hostile],
        vec!["edit", f, hostile, "--owner", "x"],
        vec!["remove", f, hostile],
        vec!["set", f, "future-phases", hostile],
    ];
    for args in cases {
        let out = pactboard().args(&args).output().unwrap();
        assert!(!out.status.success(), "{args:?}");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(
            !said
                .chars()
                .any(|c| pactboard::text::is_unsafe(c) && c != '\n'),
            "{args:?}: {said:?}"
        );
    }
}
