//! `pactboard add`, `edit` and `remove` through the built binary: each saves exactly its change,
//! and any bad input (unknown reference, refused amount, bad date or id) writes nothing and
//! exits 1 with the reason, naming the choices and the nearest.

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};

use common::{BUNDLED, pactboard, repo_file};
use pactboard::store;

fn copy(fixture: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let to = dir.path().join("model.toml");
    fs::copy(repo_file(fixture), &to).unwrap();
    (dir, to)
}

fn model(path: &Path) -> pactboard::model::Model {
    store::load(path).unwrap().model
}

/// The one block `after` has that `before` has not (everything else is the same bytes).
fn one_block<'t>(before: &str, after: &'t str) -> &'t str {
    let prefix = before
        .bytes()
        .zip(after.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let suffix = before[prefix..]
        .bytes()
        .rev()
        .zip(after[prefix..].bytes().rev())
        .take_while(|(a, b)| a == b)
        .count();
    assert_eq!(prefix + suffix, before.len(), "more than one place changed");
    &after[prefix..after.len() - suffix]
}

/// Runs pactboard with `args` after the file and expects exit `code`; gives stdout and stderr.
fn run(file: &Path, args: &[&str], code: i32) -> (String, String) {
    let mut cmd = pactboard();
    let (first, rest) = args.split_at(args.iter().position(|a| *a == "FILE").unwrap());
    cmd.args(first).arg(file).args(&rest[1..]);
    let out = cmd.output().unwrap();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert_eq!(
        out.status.code(),
        Some(code),
        "{args:?}\nstdout: {stdout}\nstderr: {stderr}"
    );
    (stdout, stderr)
}

#[test]
fn add_milestone_writes_it_after_the_last_and_says_its_id() {
    let (_dir, file) = copy(BUNDLED);
    let before = fs::read_to_string(&file).unwrap();
    let (out, _) = run(
        &file,
        &[
            "add",
            "milestone",
            "FILE",
            "--title",
            "Agree the stockpiling framework",
            "--pillar",
            "economic-energy-security",
            "--objective",
            "stockpiling",
            "--due",
            "end of quarter",
            "--owner",
            "METI",
            "--weight",
            "2",
        ],
        0,
    );
    assert!(
        out.contains("added milestone `agree-the-stockpiling-framework`"),
        "{out}"
    );
    let after = fs::read_to_string(&file).unwrap();
    let block = one_block(&before, &after);
    assert!(
        block.contains("[[milestones]]") && block.contains("weight = 2"),
        "{block}"
    );
    let m = model(&file);
    let added = m.milestones.last().unwrap();
    assert_eq!(added.id, "agree-the-stockpiling-framework");
    assert_eq!(added.due.unwrap().to_string(), "2026-12-31");
    assert_eq!(added.weight.to_bits(), 2f64.to_bits());
    assert_eq!(m.objectives[added.objective.unwrap()].id, "stockpiling");
    // A title with no Latin letters gets a numbered id.
    let (out, _) = run(
        &file,
        &[
            "add",
            "milestone",
            "FILE",
            "--title",
            "重要鉱物の備蓄",
            "--pillar",
            "economic-energy-security",
        ],
        0,
    );
    assert!(out.contains("`milestone-1`"), "{out}");
}

#[test]
fn an_unknown_reference_names_the_nearest_and_the_choices_and_writes_nothing() {
    let (_dir, file) = copy(BUNDLED);
    let before = fs::read(&file).unwrap();
    let cases: &[(&[&str], &str)] = &[
        (
            &[
                "add",
                "milestone",
                "FILE",
                "--title",
                "T",
                "--pillar",
                "economic",
            ],
            "did you mean `economic-energy-security`?",
        ),
        (
            &[
                "add",
                "milestone",
                "FILE",
                "--title",
                "T",
                "--pillar",
                "people-to-people",
                "--objective",
                "stockpile",
            ],
            "did you mean `stockpiling`?",
        ),
        (
            &["add", "milestone", "FILE", "--title", "T"],
            "needs --pillar",
        ),
        (
            &[
                "add",
                "milestone",
                "FILE",
                "--title",
                "T",
                "--pillar",
                "people-to-people",
                "--id",
                "moc-signed",
            ],
            "already a milestone with the id `moc-signed`",
        ),
        (
            &[
                "add",
                "milestone",
                "FILE",
                "--title",
                "T",
                "--pillar",
                "people-to-people",
                "--id",
                "Bad Id",
            ],
            "is not an id",
        ),
        (
            &[
                "add",
                "milestone",
                "FILE",
                "--title",
                "T",
                "--pillar",
                "people-to-people",
                "--due",
                "soonish",
            ],
            "--due",
        ),
        (
            &[
                "add",
                "entry",
                "FILE",
                "japan-invest",
                "--kind",
                "committed",
                "--amount",
                "1",
            ],
            "did you mean `japan-investment`?",
        ),
        (
            &[
                "add",
                "entry",
                "FILE",
                "japan-investment",
                "--kind",
                "comitted",
                "--amount",
                "1",
            ],
            "did you mean `committed`?",
        ),
        (
            &["edit", "FILE", "stockpiling", "--title", "X"],
            "did you mean `stockpiling-strategy`?",
        ),
        (
            &["edit", "FILE", "stockpiling-strategy", "--weight", "0"],
            "not a number above zero",
        ),
        (
            &["edit", "FILE", "stockpiling-strategy", "--title", " "],
            "needs a title",
        ),
        (&["edit", "FILE", "stockpiling-strategy"], "already has"),
        (&["remove", "FILE", "moc"], "has no milestone `moc`"),
        (
            &[
                "add", "pillar", "FILE", "--title", "Space", "--source", "nope",
            ],
            "the sources are:",
        ),
    ];
    for (args, says) in cases {
        let (_, err) = run(&file, args, 1);
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(err.contains("nothing written"), "{args:?}: {err}");
        assert_eq!(fs::read(&file).unwrap(), before, "{args:?} wrote");
    }
}

#[test]
fn an_entry_reads_the_amount_as_officials_write_it_or_says_why_not() {
    let (mut _dir, mut file) = copy(BUNDLED);
    for (written, value) in [
        ("¥500B", 500_000_000_000.0),
        ("500 billion yen", 500_000_000_000.0),
        ("0.5兆円", 500_000_000_000.0),
        ("5000億円", 500_000_000_000.0),
        ("500_000_000_000", 500_000_000_000.0),
    ] {
        // Each on a fresh copy: the same entry twice is refused (counted twice).
        (_dir, file) = copy(BUNDLED);
        let (out, _) = run(
            &file,
            &[
                "add",
                "entry",
                "FILE",
                "japan-investment",
                "--kind",
                "announced",
                "--amount",
                written,
                "--on",
                "2026-11-20",
            ],
            0,
        );
        assert!(out.contains("¥500 billion"), "{written}: {out}");
        let m = model(&file);
        assert_eq!(
            m.targets[0].entries.last().unwrap().amount.to_bits(),
            f64::to_bits(value)
        );
    }
    let text = fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("amount = 500_000_000_000"),
        "in the target's style"
    );
    let before = fs::read(&file).unwrap();
    for (written, says) in [
        ("¥5 lakh crore", "rupee"),
        ("₹2 lakh crore", "INR"),
        ("-3", "above zero"),
        ("1e400", "2^53"),
        ("", "write an amount"),
    ] {
        let (_, err) = run(
            &file,
            &[
                "add",
                "entry",
                "FILE",
                "japan-investment",
                "--kind",
                "realized",
                "--amount",
                written,
            ],
            1,
        );
        assert!(err.contains(says), "{written}: {err}");
        assert_eq!(fs::read(&file).unwrap(), before, "{written} wrote");
    }
}

#[test]
fn a_source_and_a_pillar_are_added_and_the_pillar_count_follows() {
    let (_dir, file) = copy(BUNDLED);
    run(
        &file,
        &[
            "add",
            "source",
            "FILE",
            "--title",
            "Announcement of the eighth pillar",
            "--url",
            "https://example.org/eighth",
        ],
        0,
    );
    let (out, _) = run(
        &file,
        &[
            "add",
            "pillar",
            "FILE",
            "--title",
            "Space and science",
            "--source",
            "announcement-of-the-eighth-pillar",
        ],
        0,
    );
    assert!(out.contains("added pillar `space-and-science`"), "{out}");
    let m = model(&file);
    assert_eq!(m.pillars.len(), 8);
    assert_eq!(m.pillars_missing(), None, "the declared eight are named");
    let (out, _) = run(&file, &["report", "FILE"], 0);
    assert!(!out.contains("names 7"), "{out}");
}

#[test]
fn edit_changes_only_its_values_and_remove_only_its_lines() {
    let (_dir, file) = copy(BUNDLED);
    let before = fs::read_to_string(&file).unwrap();
    let (out, _) = run(
        &file,
        &[
            "edit",
            "FILE",
            "stockpiling-strategy",
            "--title",
            "Stockpiling strategy agreed",
            "--pillar",
            "investment-innovation",
            "--owner",
            "MoM",
        ],
        0,
    );
    assert!(out.contains("title, pillar, owner changed"), "{out}");
    let after = fs::read_to_string(&file).unwrap();
    let without_owner: Vec<&str> = after.lines().filter(|l| *l != "owner = \"MoM\"").collect();
    assert_eq!(
        without_owner.len(),
        before.lines().count(),
        "one line added"
    );
    let changed: Vec<(&str, &str)> = before
        .lines()
        .zip(without_owner)
        .filter(|(a, b)| a != b)
        .collect();
    assert_eq!(changed.len(), 2, "title and pillar lines: {changed:?}");
    let (out, _) = run(&file, &["remove", "FILE", "stockpiling-strategy"], 0);
    assert!(
        out.contains("removed milestone `stockpiling-strategy`"),
        "{out}"
    );
    let m = model(&file);
    assert!(m.milestone_index("stockpiling-strategy").is_none());
    assert_eq!(m.milestones.len(), 8);
    // A milestone with history says what goes with it and how to keep it instead.
    run(&file, &["set", "FILE", "moc-signed", "cancelled"], 0);
    let (out, _) = run(&file, &["remove", "FILE", "moc-signed"], 0);
    assert!(out.contains("with its 1 history entry"), "{out}");
    assert!(out.contains("cancelled"), "{out}");
}

#[test]
fn global_options_go_before_the_command_too() {
    let (_dir, file) = copy(BUNDLED);
    let (out, _) = run(
        &file,
        &[
            "--today",
            "2026-11-25",
            "add",
            "milestone",
            "FILE",
            "--title",
            "Next",
            "--pillar",
            "people-to-people",
            "--due",
            "+2w",
        ],
        0,
    );
    assert!(out.contains("`next`"), "{out}");
    assert_eq!(
        model(&file)
            .milestones
            .last()
            .unwrap()
            .due
            .unwrap()
            .to_string(),
        "2026-12-09"
    );
}

#[test]
fn additions_from_several_processes_at_once_all_land() {
    let (_dir, file) = copy(BUNDLED);
    let children: Vec<_> = (0..6)
        .map(|n| {
            common::pactboard_process()
                .args(["add", "milestone"])
                .arg(&file)
                .args([
                    "--title",
                    &format!("Parallel {n}"),
                    "--pillar",
                    "people-to-people",
                ])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let loaded = store::load(&file).unwrap();
    assert_eq!(loaded.warnings, []);
    for n in 0..6 {
        assert!(
            loaded
                .model
                .milestone_index(&format!("parallel-{n}"))
                .is_some(),
            "parallel-{n}"
        );
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_file_is_written_only_with_force() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, file) = copy(BUNDLED);
    fs::set_permissions(&file, fs::Permissions::from_mode(0o444)).unwrap();
    let before = fs::read(&file).unwrap();
    let (_, err) = run(&file, &["add", "source", "FILE", "--title", "A source"], 2);
    assert!(err.contains("--force"), "{err}");
    assert_eq!(fs::read(&file).unwrap(), before);
    let (_, err) = run(&file, &["remove", "FILE", "moc-signed"], 2);
    assert!(err.contains("--force"), "{err}");
    run(
        &file,
        &["add", "source", "FILE", "--title", "A source", "--force"],
        0,
    );
    assert_eq!(
        fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o444,
        "its permissions are kept"
    );
}

/// The same entry twice would count the money twice: refused with the reason unless --force;
/// a pillar whose title another pillar has is refused (no silent `-2` id).
#[test]
fn a_duplicate_entry_and_a_pillar_title_taken_are_refused() {
    let (_dir, file) = copy(BUNDLED);
    let entry = [
        "add",
        "entry",
        "FILE",
        "japan-investment",
        "--kind",
        "announced",
        "--amount",
        "¥500 billion",
        "--on",
        "2026-11-20",
    ];
    run(&file, &entry, 0);
    let before = fs::read(&file).unwrap();
    let (_, err) = run(&file, &entry, 1);
    assert!(
        err.contains("already has announced ¥500 billion on 2026-11-20"),
        "{err}"
    );
    assert!(err.contains("--force"), "{err}");
    assert_eq!(fs::read(&file).unwrap(), before, "nothing written");
    let mut forced = entry.to_vec();
    forced.push("--force");
    run(&file, &forced, 0);
    assert_eq!(model(&file).targets[0].entries.len(), 2);

    let title = model(&file).pillars[0].title.clone();
    let before = fs::read(&file).unwrap();
    let upper = title.to_uppercase();
    let (_, err) = run(&file, &["add", "pillar", "FILE", "--title", &upper], 1);
    assert!(err.contains("already has the title"), "{err}");
    assert_eq!(fs::read(&file).unwrap(), before, "nothing written");
}

/// An amount that could be read two ways, or finer than a yen, is refused through the binary
/// with the reason and the forms that work; nothing is written.
#[test]
fn an_ambiguous_amount_is_refused_not_guessed() {
    let (_dir, file) = copy(BUNDLED);
    let before = fs::read(&file).unwrap();
    for (amount, says) in [
        ("1,5", "could be read two ways (1.5 or 15)"),
        ("5.000", "could be read two ways (5.000 or 5000)"),
        (",5", "puts its marks where no convention does"),
        ("9007199254740992.5", "finer than 1 yen"),
        ("0.000000001", "finer than 1 yen"),
    ] {
        let (_, err) = run(
            &file,
            &[
                "add",
                "entry",
                "FILE",
                "japan-investment",
                "--kind",
                "announced",
                "--amount",
                amount,
            ],
            1,
        );
        assert!(err.contains(says), "{amount}: {err}");
    }
    assert_eq!(fs::read(&file).unwrap(), before);
}

/// Two milestones added with the same title get two ids, and the second addition says that
/// another milestone has its title (added twice by mistake, or two meant).
#[test]
fn a_second_milestone_with_the_same_title_is_added_and_said() {
    let (_dir, file) = copy(BUNDLED);
    let add = [
        "add",
        "milestone",
        "FILE",
        "--title",
        "Joint survey",
        "--pillar",
        "people-to-people",
    ];
    let (first, _) = run(&file, &add, 0);
    assert!(
        first.contains("`joint-survey`") && !first.contains("same title"),
        "{first}"
    );
    let (second, _) = run(&file, &add, 0);
    assert!(second.contains("`joint-survey-2`"), "{second}");
    assert!(
        second.contains("`joint-survey` has the same title"),
        "{second}"
    );
    let m = model(&file);
    assert!(m.milestone_index("joint-survey").is_some());
    assert!(m.milestone_index("joint-survey-2").is_some());
}

/// A file written `key="value"` (no spaces) gets its additions in that style.
#[test]
fn an_addition_follows_a_tight_key_value_style() {
    let (_dir, file) = copy(BUNDLED);
    let tight: String = fs::read_to_string(&file)
        .unwrap()
        .lines()
        .map(|l| match l.split_once(" = ") {
            Some((k, v))
                if !l.starts_with('#') && k.chars().all(|c| c.is_ascii_lowercase() || c == '_') =>
            {
                format!("{k}={v}\n")
            }
            _ => format!("{l}\n"),
        })
        .collect();
    fs::write(&file, &tight).unwrap();
    run(
        &file,
        &[
            "add",
            "milestone",
            "FILE",
            "--title",
            "Tight",
            "--pillar",
            "people-to-people",
            "--owner",
            "METI",
        ],
        0,
    );
    let after = fs::read_to_string(&file).unwrap();
    let added = one_block(&tight, &after);
    assert!(
        added.contains("id=\"tight\"") && added.contains("owner=\"METI\""),
        "{added}"
    );
    assert!(!added.contains(" = "), "{added}");
}

/// A wrong amount or an unwanted pillar or source is fixed without a text editor: `edit entry`
/// writes the entry again (every other line byte for byte), `remove entry|source|pillar` takes
/// one out, and what others refer to is refused with the list of what refers to it.
#[test]
fn entries_sources_and_pillars_are_edited_and_removed_from_the_command_line() {
    let (_dir, file) = copy(BUNDLED);
    let entry = |amount: &str, on: &str| {
        [
            "add",
            "entry",
            "FILE",
            "japan-investment",
            "--kind",
            "announced",
            "--amount",
            amount,
            "--on",
            on,
        ]
        .map(String::from)
    };
    let args = entry("¥500 billion", "2026-11-20");
    run(
        &file,
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        0,
    );
    let args = entry("¥200 billion", "2026-11-21");
    run(
        &file,
        &args.iter().map(String::as_str).collect::<Vec<_>>(),
        0,
    );
    // Without a number the entries are listed.
    let (_, err) = run(&file, &["remove", "entry", "FILE", "japan-investment"], 2);
    assert!(
        err.contains("1. 2026-11-20 announced ¥500 billion"),
        "{err}"
    );
    // The wrong amount fixed.
    let before = fs::read_to_string(&file).unwrap();
    let (out, _) = run(
        &file,
        &[
            "edit",
            "entry",
            "FILE",
            "japan-investment",
            "1",
            "--amount",
            "¥1.5 trillion",
        ],
        0,
    );
    assert!(
        out.contains("is now 2026-11-20 announced ¥1.5 trillion"),
        "{out}"
    );
    let after = fs::read_to_string(&file).unwrap();
    let m = model(&file);
    let amounts: Vec<f64> = m.targets[0].entries.iter().map(|e| e.amount).collect();
    assert_eq!(amounts, [2e11, 1.5e12]);
    // Only the entries' lines changed: everything before the first entry and after the last
    // is the same bytes.
    let first = before.find("[[targets.entries]]").unwrap();
    assert_eq!(before[..first], after[..first]);
    let tail = |t: &str| {
        t[t.rfind("kind = \"announced\"").unwrap()..]
            .split_once('\n')
            .unwrap()
            .1
            .to_string()
    };
    assert_eq!(tail(&before), tail(&after));
    run(&file, &["check", "FILE"], 0);
    // Removed.
    run(
        &file,
        &["remove", "entry", "FILE", "japan-investment", "2"],
        0,
    );
    assert_eq!(model(&file).targets[0].entries.len(), 1);
    // A pillar with milestones is refused with what refers to it; an empty one goes.
    let before = fs::read(&file).unwrap();
    let (_, err) = run(
        &file,
        &["remove", "pillar", "FILE", "economic-energy-security"],
        1,
    );
    assert!(err.contains("milestone moc-signed"), "{err}");
    assert_eq!(fs::read(&file).unwrap(), before, "nothing written");
    run(&file, &["remove", "pillar", "FILE", "people-to-people"], 0);
    let m = model(&file);
    assert!(!m.pillars.iter().any(|p| p.id == "people-to-people"));
    // References to the pillars after it still name the same pillars.
    let i = m.milestone_index("moc-signed").unwrap();
    assert_eq!(
        m.pillars[m.milestones[i].pillar].id,
        "economic-energy-security"
    );
    // A source referred to is refused; one added and unused goes.
    let (_, err) = run(&file, &["remove", "source", "FILE", "moc-article"], 1);
    assert!(err.contains("is referred to by"), "{err}");
    run(&file, &["add", "source", "FILE", "--title", "Spare"], 0);
    run(&file, &["remove", "source", "FILE", "spare"], 0);
    run(&file, &["check", "FILE"], 0);
    // The milestone form of remove is unchanged.
    run(&file, &["remove", "FILE", "summit-15"], 0);
}

/// A pillar's or a source's values are changed in place from the command line: the lines of the
/// other values stay byte for byte, a removed value's line goes, and `check` is clean.
#[test]
fn a_pillar_and_a_source_are_edited_in_place() {
    let (_dir, file) = copy(BUNDLED);
    let before = fs::read_to_string(&file).unwrap();
    let (out, _) = run(
        &file,
        &[
            "edit",
            "pillar",
            "FILE",
            "people-to-people",
            "--title",
            "People-to-people and cultural exchanges",
        ],
        0,
    );
    assert!(out.contains("title changed"), "{out}");
    let after = fs::read_to_string(&file).unwrap();
    assert_eq!(
        after,
        before.replace(
            "title = \"People-to-people exchanges\"",
            "title = \"People-to-people and cultural exchanges\""
        ),
        "only the title's value changed"
    );
    // A value added and removed again gives back the same bytes.
    run(
        &file,
        &[
            "edit",
            "pillar",
            "FILE",
            "people-to-people",
            "--summary",
            "Students",
        ],
        0,
    );
    run(
        &file,
        &[
            "edit",
            "pillar",
            "FILE",
            "people-to-people",
            "--summary",
            "",
        ],
        0,
    );
    assert_eq!(fs::read_to_string(&file).unwrap(), after);
    // Another pillar's title is refused; nothing written.
    let (_, err) = run(
        &file,
        &[
            "edit",
            "pillar",
            "FILE",
            "people-to-people",
            "--title",
            "investment and innovation",
        ],
        1,
    );
    assert!(err.contains("already has the title"), "{err}");
    assert_eq!(fs::read_to_string(&file).unwrap(), after);
    run(
        &file,
        &[
            "edit",
            "source",
            "FILE",
            "moc-article",
            "--url",
            "https://example.org/moc",
            "--published",
            "2025-08-29",
        ],
        0,
    );
    let m = model(&file);
    assert_eq!(m.sources[0].url.as_deref(), Some("https://example.org/moc"));
    assert_eq!(
        m.sources[0].published,
        chrono::NaiveDate::from_ymd_opt(2025, 8, 29)
    );
    let p = m
        .pillars
        .iter()
        .find(|p| p.id == "people-to-people")
        .unwrap();
    assert_eq!(p.title, "People-to-people and cultural exchanges");
    run(&file, &["check", "FILE"], 0);
}
