//! The Windows build, run under Wine: the commands that write files (set, add, remove, edit,
//! check, export, the merge driver) do on Windows what they do here, byte for byte, and two
//! writers at once both land there too (the lock is another on Windows: a lock file beside the
//! file, locked with `LockFileEx`).
//!
//! Each test runs the same commands with this platform's binary and with the Windows one in two
//! folders and compares what they print, how they exit and every byte they write. They need
//! `PACTBOARD_WINDOWS_EXE` (the `.exe`, built with
//! `cargo build --profile wine --target x86_64-pc-windows-gnu --bin pactboard`) and `wine`;
//! without them they say they are skipped, unless `PACTBOARD_REQUIRE_WINE` is set (as
//! `.ci/run` does, which builds the `.exe` and makes the Wine prefix).
//!
//! Not run under Wine, and why: the dashboard (Wine's console is not a Windows terminal, so what
//! it would show says nothing of Windows), `O` opening Notepad (the same), the owner and the
//! permissions a save keeps (Unix's; Windows keeps the file's attributes by writing through
//! the replaced file's own security), and `log` (needs git's repositories, which the Linux
//! tests cover with the same code: nothing in it is platform-specific).

use crate::common;

use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The Windows binary and how to run it, or `None` (said) when this machine cannot.
fn windows() -> Option<PathBuf> {
    let required = std::env::var_os("PACTBOARD_REQUIRE_WINE").is_some();
    let exe = std::env::var_os("PACTBOARD_WINDOWS_EXE").map(PathBuf::from);
    let wine = Command::new("wine")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    match exe {
        Some(exe) if wine && exe.is_file() => Some(exe),
        _ if required => panic!(
            "PACTBOARD_REQUIRE_WINE is set but PACTBOARD_WINDOWS_EXE ({:?}) or wine (found: {wine}) is missing",
            std::env::var_os("PACTBOARD_WINDOWS_EXE")
        ),
        _ => {
            eprintln!(
                "skipped: the Windows build under Wine (set PACTBOARD_WINDOWS_EXE, see tests/windows.rs)"
            );
            None
        }
    }
}

/// Two folders, one per platform, with the same files in each.
struct Pair {
    _dir: tempfile::TempDir,
    linux: PathBuf,
    windows: PathBuf,
    exe: PathBuf,
}

impl Pair {
    fn new(exe: PathBuf) -> Pair {
        let dir = tempfile::tempdir().unwrap();
        let (linux, windows) = (dir.path().join("linux"), dir.path().join("windows"));
        fs::create_dir(&linux).unwrap();
        fs::create_dir(&windows).unwrap();
        Pair {
            _dir: dir,
            linux,
            windows,
            exe,
        }
    }

    /// The same file in both folders.
    fn put(&self, name: &str, bytes: &[u8]) {
        fs::write(self.linux.join(name), bytes).unwrap();
        fs::write(self.windows.join(name), bytes).unwrap();
    }

    fn linux(&self, args: &[&str]) -> Command {
        let mut command = common::pactboard_process();
        command.args(args).current_dir(&self.linux);
        command
    }

    /// The Windows binary with `args` (file names relative to its folder, as a user types them).
    fn windows(&self, args: &[&str]) -> Command {
        let mut command = Command::new("wine");
        common::isolate(&mut command, &common::isolated_home());
        // Wine's own prefix is the real home's (isolate moved HOME), unless one is named.
        if let Some(prefix) = wine_prefix() {
            command.env("WINEPREFIX", prefix);
        }
        command
            .env("WINEDEBUG", "-all")
            // Wine turns the command line into Windows' UTF-16 by the Unix locale's charset:
            // UTF-8, as a Windows user's typed Japanese arrives. (pactboard's language is not
            // taken from a C locale.)
            .env("LC_ALL", "C.UTF-8")
            // The config folder on Windows is the prefix's AppData; no config there is read.
            .env("PACTBOARD_CONFIG", self.windows.join("no-config.toml"))
            .arg(&self.exe)
            .args(args)
            .current_dir(&self.windows)
            .stdin(Stdio::null());
        command
    }

    /// Runs `args` on both platforms: the same exit code, output and errors, or the test fails.
    fn both(&self, args: &[&str]) -> Output {
        let here = self.linux(args).output().unwrap();
        let there = self.windows(args).output().unwrap();
        let show = |o: &Output| {
            format!(
                "exit {:?}\nstdout: {}\nstderr: {}",
                o.status.code(),
                String::from_utf8_lossy(&o.stdout),
                String::from_utf8_lossy(&o.stderr)
            )
        };
        assert_eq!(
            show(&there),
            show(&here),
            "{args:?}: Windows (left) and Linux (right) differ"
        );
        here
    }

    /// Every file the two folders hold is the same bytes in both (the Windows lock file aside).
    fn same_files(&self) {
        let names = |dir: &Path| -> Vec<String> {
            let mut names: Vec<String> = fs::read_dir(dir)
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|n| !n.ends_with(".pactboard-lock") && n != "no-config.toml")
                .collect();
            names.sort();
            names
        };
        assert_eq!(names(&self.windows), names(&self.linux));
        for name in names(&self.linux) {
            let (a, b) = (self.linux.join(&name), self.windows.join(&name));
            if a.is_dir() {
                for entry in fs::read_dir(&a).unwrap() {
                    let entry = entry.unwrap();
                    let other = b.join(entry.file_name());
                    assert!(
                        fs::read(entry.path()).unwrap() == fs::read(&other).unwrap(),
                        "{name}/{} differs",
                        entry.file_name().display()
                    );
                }
            } else {
                let (a, b) = (
                    same_instant(&fs::read(&a).unwrap()),
                    same_instant(&fs::read(&b).unwrap()),
                );
                if a != b {
                    let (a, b) = (String::from_utf8_lossy(&a), String::from_utf8_lossy(&b));
                    let first = a.lines().zip(b.lines()).find(|(x, y)| x != y);
                    panic!("{name} differs between Linux and Windows: {first:?}");
                }
            }
        }
    }
}

/// `bytes` with the time of day of each history entry (`at = DATE` then `THH:MM:SS`) taken out:
/// the two platforms save a second or two apart, on the same date (`PACTBOARD_TODAY`).
fn same_instant(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut rest = bytes;
    while let Some(at) = rest.windows(5).position(|w| w == b"at = ") {
        let (before, after) = rest.split_at(at + 5);
        out.extend_from_slice(before);
        // `YYYY-MM-DD` kept, `THH:MM:SS` dropped.
        let date = after.len().min(10);
        out.extend_from_slice(&after[..date]);
        let time = if after.get(10) == Some(&b'T') { 9 } else { 0 };
        rest = &after[(date + time).min(after.len())..];
    }
    out.extend_from_slice(rest);
    out
}

/// The prefix Wine uses: `WINEPREFIX`, else `~/.wine` of the user running the tests.
fn wine_prefix() -> Option<PathBuf> {
    std::env::var_os("WINEPREFIX")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".wine")))
}

fn code(out: &Output) -> Option<i32> {
    out.status.code()
}

#[test]
fn set_add_edit_remove_and_check_write_the_same_bytes_on_windows() {
    let Some(exe) = windows() else { return };
    let pair = Pair::new(exe);
    assert_eq!(code(&pair.both(&["init", "m.toml"])), Some(0));
    // A file with Windows line endings, as Notepad or git's autocrlf leave it.
    let crlf = fs::read_to_string(pair.linux.join("m.toml"))
        .unwrap()
        .replace('\n', "\r\n");
    pair.put("crlf.toml", crlf.as_bytes());
    for file in ["m.toml", "crlf.toml"] {
        let steps: [&[&str]; 7] = [
            &[
                "set",
                file,
                "stockpiling-strategy",
                "blocked",
                "--note",
                "a note — “quoted”, 日本語",
            ],
            &[
                "add",
                "milestone",
                file,
                "--title",
                "重要鉱物の備蓄",
                "--pillar",
                "economic-energy-security",
                "--due",
                "2027-03-31",
                "--weight",
                "2",
            ],
            &["edit", file, "milestone-1", "--owner", "METI"],
            &["set", file, "milestone-1", "in_progress"],
            &["remove", file, "milestone-1"],
            &["check", file],
            &["set", file, "no-such-milestone", "done"],
        ];
        for step in steps {
            pair.both(step);
        }
        pair.same_files();
    }
    let crlf_after = fs::read(pair.windows.join("crlf.toml")).unwrap();
    assert!(
        !crlf_after
            .windows(2)
            .any(|w| w[1] == b'\n' && w[0] != b'\r'),
        "a CRLF file keeps CRLF on Windows"
    );
    // A file with an error: the same located diagnostics, the same exit code.
    pair.put(
        "bad.toml",
        b"[partnership]\nname = \"x\"\nstarted = 2025-13-01\n",
    );
    assert_eq!(code(&pair.both(&["check", "bad.toml"])), Some(1));
}

#[test]
fn exports_write_the_same_pages_and_images_on_windows() {
    let Some(exe) = windows() else { return };
    let pair = Pair::new(exe);
    pair.both(&["init", "m.toml"]);
    pair.both(&["export", "--format", "html", "--out", "page.html", "m.toml"]);
    pair.both(&["export", "--format", "svg", "--out", "svg", "m.toml"]);
    // Over an existing file only when asked.
    let refused = pair.both(&["export", "--format", "html", "--out", "page.html", "m.toml"]);
    assert_eq!(code(&refused), Some(2));
    pair.same_files();
    // The PDF draws with the fonts each system has, so its bytes differ; what a reader
    // extracts from it does not (given the same font for the text).
    let font = common::repo_file("assets/fonts/DejaVuSansMono.ttf");
    pair.put("font.ttf", &fs::read(font).unwrap());
    let pdf = [
        "export", "--format", "pdf", "--font", "font.ttf", "--out", "deck.pdf", "m.toml",
    ];
    let here = pair.linux(&pdf).output().unwrap();
    let there = pair.windows(&pdf).output().unwrap();
    assert_eq!(code(&here), Some(0));
    assert_eq!(code(&there), Some(0), "{there:?}");
    let windows_pdf = fs::read(pair.windows.join("deck.pdf")).unwrap();
    assert!(windows_pdf.starts_with(b"%PDF-"));
    let text = |dir: &Path| {
        Command::new("pdftotext")
            .args(["-layout", "deck.pdf", "-"])
            .current_dir(dir)
            .output()
            .ok()
            .filter(|o| o.status.success())
            .map(|o| o.stdout)
    };
    if let (Some(a), Some(b)) = (text(&pair.linux), text(&pair.windows)) {
        assert!(a == b, "the PDFs' text differs between Linux and Windows");
        assert!(String::from_utf8_lossy(&b).contains("India"));
    }
}

#[test]
fn the_merge_driver_merges_on_windows_as_here() {
    let Some(exe) = windows() else { return };
    let pair = Pair::new(exe);
    pair.both(&["init", "base.toml"]);
    let base = fs::read(pair.linux.join("base.toml")).unwrap();
    for (name, id, status) in [
        ("ours.toml", "stockpiling-strategy", "blocked"),
        ("theirs.toml", "moc-signed", "at_risk"),
        ("clash.toml", "stockpiling-strategy", "done"),
    ] {
        // Made once, here, and the same bytes given to both (the times of their entries decide
        // the order a merge keeps).
        pair.put(name, &base);
        let made = pair
            .linux(&["set", name, id, status, "--note", name])
            .output()
            .unwrap();
        assert_eq!(code(&made), Some(0));
        pair.put(name, &fs::read(pair.linux.join(name)).unwrap());
    }
    pair.put(
        "ours-again.toml",
        &fs::read(pair.linux.join("ours.toml")).unwrap(),
    );
    // Different milestones: merged, both histories kept, written over ours.
    let merged = pair.both(&[
        "merge-driver",
        "base.toml",
        "ours.toml",
        "theirs.toml",
        "m.toml",
    ]);
    assert_eq!(code(&merged), Some(0));
    // The same milestone changed both ways: a conflict, said the same way.
    let clash = pair.both(&[
        "merge-driver",
        "base.toml",
        "ours-again.toml",
        "clash.toml",
        "m.toml",
    ]);
    assert_eq!(code(&clash), Some(1));
    pair.same_files();
    let ours = fs::read_to_string(pair.windows.join("ours.toml")).unwrap();
    assert!(ours.contains("note = \"ours.toml\"") && ours.contains("note = \"theirs.toml\""));
}

/// A writer started and paused, with its error output still open (closed, it would fail to write
/// there and stop).
struct Paused {
    child: std::process::Child,
    stderr: BufReader<std::process::ChildStderr>,
}

/// Starts `set FILE ID STATUS` with the Windows binary, paused between its write and its rename
/// (so holding the lock) for `pause_ms`; returns once it says it has paused.
fn paused_set(pair: &Pair, id: &str, status: &str, pause_ms: u64) -> Paused {
    let mut child = pair
        .windows(&["set", "m.toml", id, status])
        .env("PACTBOARD_TEST_PAUSE_BEFORE_RENAME", pause_ms.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).unwrap();
    assert_eq!(line.trim(), "pactboard-test: paused before rename");
    Paused { child, stderr }
}

fn status_of(file: &Path, id: &str) -> String {
    let model = pactboard::store::load(file).unwrap().model;
    let m = model.milestones.iter().find(|m| m.id == id).unwrap();
    format!("{:?}", m.status)
}

#[test]
fn two_writers_at_once_on_windows_both_land_and_a_killed_one_never_blocks() {
    let Some(exe) = windows() else { return };
    let pair = Pair::new(exe);
    pair.both(&["init", "m.toml"]);
    let file = pair.windows.join("m.toml");
    // The first holds the lock in the middle of its save; the second waits for it, then
    // saves on top of the first's version: both changes are in the file.
    let first = paused_set(&pair, "stockpiling-strategy", "blocked", 2_000);
    let second = pair
        .windows(&["set", "m.toml", "moc-signed", "at_risk"])
        .output()
        .unwrap();
    let Paused {
        mut child,
        mut stderr,
    } = first;
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
    let first = child.wait().unwrap();
    assert_eq!(first.code(), Some(0), "{rest}");
    assert_eq!(code(&second), Some(0), "{second:?}");
    assert_eq!(status_of(&file, "stockpiling-strategy"), "Blocked");
    assert_eq!(status_of(&file, "moc-signed"), "AtRisk");
    // The lock file stays beside the file (git-setup keeps it out of `git status`)...
    assert!(pair.windows.join(".m.toml.pactboard-lock").exists());
    // ...and a writer killed while holding the lock leaves the file as it was and no lock:
    // the next save goes through at once and removes the killed one's temporary file.
    let before = fs::read(&file).unwrap();
    let mut killed = paused_set(&pair, "moc-signed", "done", 60_000);
    killed.child.kill().unwrap();
    killed.child.wait().unwrap();
    assert_eq!(fs::read(&file).unwrap(), before);
    let next = pair
        .windows(&["set", "m.toml", "moc-signed", "in_progress"])
        .output()
        .unwrap();
    assert_eq!(code(&next), Some(0), "{next:?}");
    assert_eq!(status_of(&file, "moc-signed"), "InProgress");
    let temps: Vec<_> = fs::read_dir(&pair.windows)
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().ends_with(".pactboard-tmp"))
        .collect();
    assert!(temps.is_empty(), "{temps:?}");
}
