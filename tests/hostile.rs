//! Hostile input costs what normal input costs: output grows with the number of distinct
//! problems, never with the size of one value, and nothing from outside (data, file names,
//! arguments) reaches the terminal raw. Inputs are generated here, not committed.

use crate::common;

use std::fs;
use std::path::Path;

use common::pactboard;

const HEAD: &str = "schema = 1\n[partnership]\ntitle = \"T\"\nparties = [\"A\", \"B\"]\n";

fn run(args: &[&str], file: &Path) -> (Option<i32>, String) {
    let out = pactboard().args(args).arg(file).output().unwrap();
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.code(), text)
}

fn no_terminal_controls(text: &str) -> bool {
    !text.chars().any(|c| c.is_control() && c != '\n')
}

#[test]
fn a_huge_value_in_a_message_is_quoted_short_and_its_line_shown_as_a_window() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("huge.toml");
    let huge = "x".repeat(5_000_000);
    fs::write(
        &file,
        format!(
            "{HEAD}[[pillars]]\nid = \"p\"\ntitle = \"P\"\n[[milestones]]\nid = \"m\"\ntitle = \"M\"\npillar = \"{huge}\"\nstatus = \"planned\"\n{huge} = 1\n"
        ),
    )
    .unwrap();
    let (code, text) = run(&["check"], &file);
    assert_eq!(code, Some(1));
    assert!(
        text.contains("no pillar has the id `xxxx"),
        "{}",
        &text[..text.len().min(2000)]
    );
    assert!(text.contains("unknown key `xxxx"));
    assert!(text.contains('…'));
    assert!(text.len() < 4_000, "{} bytes for two problems", text.len());
}

#[test]
fn many_problems_are_listed_up_to_a_limit_and_counted_past_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("many.toml");
    let mut text = HEAD.to_string();
    for p in 0..2_000 {
        text.push_str(&format!(
            "[[pillars]]\nid = \"pillar-{p}\"\ntitle = \"P\"\n"
        ));
    }
    for m in 0..3_000 {
        text.push_str(&format!(
            "[[milestones]]\nid = \"m-{m}\"\ntitle = \"M\"\npillar = \"missing-{m}\"\nstatus = \"planned\"\n"
        ));
    }
    fs::write(&file, text).unwrap();
    let (code, out) = run(&["check"], &file);
    assert_eq!(code, Some(1));
    assert_eq!(out.matches(": error: no pillar has the id").count(), 100);
    assert!(
        out.contains("2900 more problems not shown"),
        "{}",
        &out[out.len() - 300..]
    );
    assert!(
        out.contains("… and 1995 more"),
        "the choices are a few and a count"
    );
    assert!(out.len() < 100 * 600, "{} bytes", out.len());
    let (_, all) = run(&["check", "--max-errors", "5000"], &file);
    assert_eq!(all.matches(": error: no pillar has the id").count(), 3_000);
}

#[test]
fn a_problem_repeated_at_one_place_is_reported_once() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("deep.toml");
    fs::write(&file, format!("{HEAD}x = {}", "[".repeat(10_000))).unwrap();
    let (code, out) = run(&["check"], &file);
    assert_eq!(code, Some(1));
    assert!(
        out.len() < 5_000,
        "{} bytes:\n{}",
        out.len(),
        &out[..out.len().min(3000)]
    );
    let firsts: Vec<&str> = out.lines().filter(|l| l.contains(": error: ")).collect();
    let mut unique = firsts.clone();
    unique.dedup();
    assert_eq!(firsts, unique, "no message twice in a row at one place");
}

#[test]
fn file_names_and_arguments_reach_the_terminal_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let name = "evil\u{1b}]0;pwn\u{7}\u{1b}[2J.toml";
    let file = dir.path().join(name);
    fs::copy(common::repo_file("assets/india-japan.toml"), &file).unwrap();
    let broken = dir.path().join("broken\u{1b}[31m.toml");
    fs::write(&broken, "schema = 2\n").unwrap();
    let missing = dir.path().join("missing\u{7}.toml");
    for (args, file) in [
        (&["check"][..], &file),
        (&["check"], &broken),
        (&["check"], &missing),
        (&["report"], &file),
        (&["report"], &broken),
        (&["snapshot"], &missing),
        (&["set"], &broken),
    ] {
        let mut all = args.to_vec();
        if args == ["set"] {
            all = vec!["set"];
        }
        let (_, out) = run(&all, file);
        assert!(no_terminal_controls(&out), "{args:?}: {out:?}");
    }
    let out = pactboard()
        .arg("set")
        .arg(&file)
        .args(["no\u{1b}[2Jsuch", "wrong\u{1b}]0;x\u{7}"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(no_terminal_controls(&text), "{text:?}");
    let out = pactboard()
        .arg("set")
        .arg(&file)
        .args(["no\u{1b}[2Jsuch", "done"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stderr);
    assert!(text.contains("has no milestone"), "{text}");
    assert!(no_terminal_controls(&text), "{text:?}");
}
