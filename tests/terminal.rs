//! The dashboard in a real terminal (tmux): what it shows after each switch of view is what
//! `pactboard snapshot` prints for that view, on a model whose titles hold a Devanagari conjunct,
//! flags and a ZWJ emoji sequence, at several sizes. No stale glyph of an earlier view remains.
//!
//! Needs tmux. Without it the test says so and passes, unless `PACTBOARD_REQUIRE_TMUX` is set (as
//! `.ci/run` does, after installing tmux).
#![cfg(unix)]

use crate::common;

use common::tmux::{tmux, tmux_here};

use std::process::Command;
use std::time::{Duration, Instant};

/// Starts `command` in a `width`×`height` tmux session `t` on its own server `socket`.
fn start(socket: &str, width: u16, height: u16, command: &str) {
    let (width, height) = (width.to_string(), height.to_string());
    let out = tmux(
        socket,
        &[
            "new-session",
            "-d",
            "-s",
            "t",
            "-x",
            &width,
            "-y",
            &height,
            command,
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn lines(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text.lines().map(|l| l.trim_end().to_string()).collect();
    while out.last().is_some_and(std::string::String::is_empty) {
        out.pop();
    }
    out
}

#[test]
fn every_view_in_tmux_is_what_snapshot_prints_after_any_switch() {
    if !tmux_here() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("wide-text.toml");
    std::fs::copy(
        common::repo_file("tests/fixtures/valid/wide-text.toml"),
        &file,
    )
    .unwrap();
    let binary = env!("CARGO_BIN_EXE_pactboard");
    // Switches that leave wide glyphs behind if the screen is only partly redrawn.
    let keys = ["2", "4", "5", "3", "4", "1", "5", "2"];
    let view = |key: &str| match key {
        "1" => "overview",
        "2" => "pillars",
        "3" => "milestones",
        "4" => "timeline",
        _ => "targets",
    };
    // English at three sizes; Japanese and Hindi (wider and longer labels, #28) at 80x24.
    for (width, height, lang) in [
        (80, 24, "en"),
        (60, 20, "en"),
        (120, 40, "en"),
        (80, 24, "ja"),
        (80, 24, "hi"),
    ] {
        // A server of its own for each size: one just killed may still hold its socket.
        let socket = format!("pactboard-test-{}-{width}-{lang}", std::process::id());
        let command = format!(
            "env HOME={0} XDG_CONFIG_HOME={0}/config XDG_DATA_HOME={0}/data TERM=xterm-256color {binary} {1} --today 2026-11-25 --theme mono --lang {lang}",
            home.path().display(),
            file.display()
        );
        start(&socket, width, height, &command);
        for key in keys {
            tmux(&socket, &["send-keys", "-t", "t", key]);
            let snapshot = common::pactboard()
                .arg("snapshot")
                .arg(&file)
                .args(["--view", view(key), "--theme", "mono", "--lang", lang])
                .args([
                    "--width",
                    &width.to_string(),
                    "--height",
                    &height.to_string(),
                ])
                .output()
                .unwrap();
            let want = lines(&String::from_utf8(snapshot.stdout).unwrap());
            // The screen settles within moments; wait for it, then compare.
            let deadline = Instant::now() + Duration::from_secs(10);
            let mut got;
            loop {
                let capture = tmux(&socket, &["capture-pane", "-p", "-t", "t"]);
                got = lines(&String::from_utf8_lossy(&capture.stdout));
                if got == want || Instant::now() > deadline {
                    break;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            if got != want {
                tmux(&socket, &["kill-server"]);
                let diff: Vec<String> = (0..got.len().max(want.len()))
                    .filter(|&i| got.get(i) != want.get(i))
                    .map(|i| {
                        format!(
                            "row {i}:\n  tmux     {:?}\n  snapshot {:?}",
                            got.get(i),
                            want.get(i)
                        )
                    })
                    .collect();
                panic!(
                    "{width}x{height} in {lang}, after `{key}` ({}):\n{}",
                    view(key),
                    diff.join("\n")
                );
            }
        }
        tmux(&socket, &["kill-server"]);
    }
}

/// Waits until the pane shows `text` (or ten seconds pass) and gives back the last capture.
fn wait_for(socket: &str, text: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let capture = tmux(socket, &["capture-pane", "-p", "-t", "t"]);
        let shown = String::from_utf8_lossy(&capture.stdout).into_owned();
        if shown.contains(text) || Instant::now() > deadline {
            return shown;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A file with a typo opens on its problems; `O` hands the terminal to the editor at the line of
/// the problem, and when the editor has saved the fix the dashboard opens the file; the keys
/// work again afterwards (nothing kept reading the terminal while the editor had it).
#[test]
fn the_editor_gets_the_terminal_at_the_problem_and_the_dashboard_follows_the_fix() {
    if !tmux_here() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("model.toml");
    let text = std::fs::read_to_string(common::repo_file(common::BUNDLED)).unwrap();
    let broken = text.replacen("status = \"planned\"", "status = \"finished\"", 1);
    let line = broken[..broken.find("\"finished\"").unwrap()]
        .lines()
        .count();
    std::fs::write(&file, &broken).unwrap();
    // An "editor" that notes how it was called and fixes the typo.
    let editor = home.path().join("vi");
    let log = home.path().join("editor.log");
    std::fs::write(
        &editor,
        format!(
            "#!/bin/sh\necho \"$@\" >> {}\nsed -i.bak 's/\"finished\"/\"planned\"/' \"$2\"\n",
            log.display()
        ),
    )
    .unwrap();
    let mut permissions = std::fs::metadata(&editor).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut permissions, 0o755);
    std::fs::set_permissions(&editor, permissions).unwrap();
    let socket = format!("pactboard-editor-{}", std::process::id());
    let command = format!(
        "env HOME={0} XDG_CONFIG_HOME={0}/config XDG_DATA_HOME={0}/data VISUAL={1} TERM=xterm-256color {2} {3} --today 2026-11-25",
        home.path().display(),
        editor.display(),
        env!("CARGO_BIN_EXE_pactboard"),
        file.display()
    );
    start(&socket, 80, 24, &command);
    let shown = wait_for(&socket, "cannot be opened");
    assert!(shown.contains("O opens your editor"), "{shown}");
    tmux(&socket, &["send-keys", "-t", "t", "O"]);
    let shown = wait_for(&socket, "opened: the file is valid now");
    let called = std::fs::read_to_string(&log).unwrap_or_default();
    tmux(&socket, &["send-keys", "-t", "t", "3"]);
    let after = wait_for(&socket, "Milestones ·");
    tmux(&socket, &["kill-server"]);
    assert!(shown.contains("opened: the file is valid now"), "{shown}");
    assert_eq!(called.trim(), format!("+{line} {}", file.display()));
    assert!(
        after.contains("Milestones ·"),
        "keys work after the editor: {after}"
    );
}

/// As in a meeting: a milestone and an amount are added with the forms, saved, and the
/// presentation shows them at once.
#[test]
fn a_milestone_and_an_amount_added_in_the_forms_are_saved_and_on_the_slides() {
    if !tmux_here() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("model.toml");
    std::fs::copy(common::repo_file(common::BUNDLED), &file).unwrap();
    let socket = format!("pactboard-forms-{}", std::process::id());
    let command = format!(
        "env HOME={0} XDG_CONFIG_HOME={0}/config XDG_DATA_HOME={0}/data TERM=xterm-256color {1} {2} --today 2026-11-25",
        home.path().display(),
        env!("CARGO_BIN_EXE_pactboard"),
        file.display()
    );
    start(&socket, 100, 30, &command);
    wait_for(&socket, "Overall progress");
    let keys = |keys: &[&str]| {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        tmux(&socket, &args);
    };
    keys(&["3", "G", "a"]);
    wait_for(&socket, "Add a milestone");
    keys(&["-l", "Agree the stockpiling framework"]);
    keys(&["Tab", "Tab", "Tab", "Tab"]);
    keys(&["-l", "end of quarter"]);
    let form = wait_for(&socket, "= 2026-12-31");
    keys(&["Enter"]);
    wait_for(&socket, "added milestone agree-the-stockpiling-framework");
    keys(&["5", "a"]);
    wait_for(&socket, "Record an amount");
    keys(&["Right", "Tab"]);
    keys(&["-l", "5000億円"]);
    let entry = wait_for(&socket, "= ¥500 billion");
    keys(&["Enter"]);
    wait_for(&socket, "Committed ¥500B");
    keys(&["C-s"]);
    let saved = wait_for(&socket, "saved: 2 tables added");
    keys(&["P"]);
    wait_for(&socket, "1 / ");
    // Through the slides until one shows the new milestone.
    let mut slides = String::new();
    for _ in 0..12 {
        keys(&["Right"]);
        std::thread::sleep(Duration::from_millis(150));
        let capture = tmux(&socket, &["capture-pane", "-p", "-t", "t"]);
        let shown = String::from_utf8_lossy(&capture.stdout).into_owned();
        slides.push_str(&shown);
        if shown.contains("Agree the stockpiling framework") {
            break;
        }
    }
    tmux(&socket, &["kill-server"]);
    assert!(form.contains("= 2026-12-31"), "{form}");
    assert!(entry.contains("= ¥500 billion"), "{entry}");
    assert!(saved.contains("saved: 2 tables added"), "{saved}");
    assert!(
        slides.contains("Agree the stockpiling framework"),
        "{slides}"
    );
    let disk = pactboard::store::load(&file).unwrap().model;
    assert!(
        disk.milestone_index("agree-the-stockpiling-framework")
            .is_some()
    );
    assert_eq!(disk.targets[0].entries.len(), 1);
}

/// An explicit `--theme` reaches the terminal with `NO_COLOR` set (the bytes, not the choice:
/// crossterm drops colours itself under `NO_COLOR` unless told otherwise); without `--theme`,
/// `NO_COLOR` gives no colour.
#[test]
fn an_explicit_theme_draws_colour_even_with_no_color() {
    if !tmux_here() {
        return;
    }
    let home = tempfile::tempdir().unwrap();
    let file = home.path().join("model.toml");
    std::fs::copy(common::repo_file(common::BUNDLED), &file).unwrap();
    for (theme, coloured) in [(" --theme high-contrast", true), ("", false)] {
        let socket = format!("pactboard-nocolor-{}-{coloured}", std::process::id());
        let command = format!(
            "env HOME={0} XDG_CONFIG_HOME={0}/config XDG_DATA_HOME={0}/data NO_COLOR=1 TERM=xterm-256color {1} {2}{theme} --today 2026-11-25",
            home.path().display(),
            env!("CARGO_BIN_EXE_pactboard"),
            file.display()
        );
        start(&socket, 80, 24, &command);
        wait_for(&socket, "Overview");
        let capture = tmux(&socket, &["capture-pane", "-p", "-e", "-t", "t"]);
        let bytes = String::from_utf8_lossy(&capture.stdout).into_owned();
        tmux(&socket, &["kill-server"]);
        // A foreground or background colour: SGR 30-37, 38;..., 40-47, 48;..., 90-97.
        let colour = regex_like_colour(&bytes);
        assert_eq!(colour, coloured, "theme `{theme}`: {bytes:?}");
    }
}

/// Whether an SGR sequence in `text` sets a colour.
fn regex_like_colour(text: &str) -> bool {
    text.split("\u{1b}[").skip(1).any(|seq| {
        let params = seq.split('m').next().unwrap_or("");
        params.split(';').any(|p| {
            p.parse::<u32>().is_ok_and(|n| {
                (30..=38).contains(&n) || (40..=48).contains(&n) || (90..=97).contains(&n)
            })
        })
    })
}

/// A signal never costs an edit: SIGTERM, SIGHUP, SIGINT and SIGQUIT each restore the terminal
/// fully (cooked mode, main screen, no mouse reporting, a cursor) and keep the unsaved edit in a
/// recovery file; the next start offers it and `a` applies it to the file.
#[test]
fn every_stopping_signal_keeps_the_edits_and_restores_the_terminal() {
    if !tmux_here() {
        return;
    }
    let binary = env!("CARGO_BIN_EXE_pactboard");
    for (signal, number) in [("TERM", 15), ("HUP", 1), ("INT", 2), ("QUIT", 3)] {
        let home = tempfile::tempdir().unwrap();
        let file = home.path().join("model.toml");
        std::fs::copy(common::repo_file(common::BUNDLED), &file).unwrap();
        let socket = format!("pactboard-signal-{}-{signal}", std::process::id());
        let env = format!(
            "env HOME={0} XDG_CONFIG_HOME={0}/config XDG_DATA_HOME={0}/data TERM=xterm-256color",
            home.path().display()
        );
        // After pactboard: its exit status and the terminal's modes, then a shell to look at.
        let command = format!(
            "{env} {binary} {} --today 2026-11-25; echo EXIT=$?; stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | tr '\\n' ' '; echo; sleep 60",
            file.display()
        );
        start(&socket, 100, 30, &command);
        wait_for(&socket, "Overview");
        tmux(&socket, &["send-keys", "-t", "t", "3"]);
        wait_for(&socket, "Milestones ·");
        tmux(&socket, &["send-keys", "-t", "t", "j", "s", "b", "Enter"]);
        wait_for(&socket, "1 unsaved");
        let pid = pactboard_in_pane(&socket, binary);
        let pid = pid.trim();
        assert!(!pid.is_empty(), "{signal}: no pactboard running");
        // The shell's own `kill` (no procps needed).
        Command::new("sh")
            .args(["-c", &format!("kill -{signal} {pid}")])
            .status()
            .unwrap();
        wait_for(&socket, "EXIT=");
        // The modes line comes after the exit status: "icanon echo" when cooked.
        let shown = wait_for(&socket, "icanon");
        let modes = String::from_utf8(
            tmux(
                &socket,
                &[
                    "display",
                    "-p",
                    "-t",
                    "t",
                    "#{alternate_on} #{mouse_any_flag} #{cursor_flag}",
                ],
            )
            .stdout,
        )
        .unwrap();
        tmux(&socket, &["kill-server"]);
        assert!(
            shown.contains(&format!("EXIT={}", 128 + number)),
            "{signal}: {shown}"
        );
        assert!(
            shown.contains(&format!("stopped by SIG{signal}")),
            "{signal}: {shown}"
        );
        assert!(
            shown.contains("icanon") && shown.contains("echo"),
            "{signal}: cooked mode: {shown}"
        );
        assert_eq!(
            modes.trim(),
            "0 0 1",
            "{signal}: main screen, no mouse, a cursor"
        );
        let kept = home.path().join("data/pactboard/recovery");
        let edits: Vec<_> = std::fs::read_dir(&kept)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".edits.toml"))
            .collect();
        assert_eq!(edits.len(), 1, "{signal}: a recovery file");
        // The next start offers it: `a` applies it to the file, which then has the edit.
        let socket = format!("{socket}-again");
        start(
            &socket,
            100,
            30,
            &format!(
                "{env} {binary} {} --today 2026-11-25; sleep 60",
                file.display()
            ),
        );
        wait_for(&socket, "were kept when pactboard was stopped");
        tmux(&socket, &["send-keys", "-t", "t", "a", "Enter"]);
        wait_for(&socket, "Overview");
        tmux(&socket, &["send-keys", "-t", "t", "q"]);
        std::thread::sleep(Duration::from_millis(300));
        tmux(&socket, &["kill-server"]);
        let text = std::fs::read_to_string(&file).unwrap();
        assert!(
            text.contains("to = \"blocked\""),
            "{signal}: the edit applied"
        );
        assert!(
            std::fs::read_dir(&kept).unwrap().next().is_none(),
            "{signal}: the recovery is gone once applied"
        );
    }
}

/// The process id of the pactboard the pane's shell runs: its child, from `/proc` (no `pgrep`
/// needed), else by `pgrep`.
fn pactboard_in_pane(socket: &str, binary: &str) -> String {
    let shell =
        String::from_utf8(tmux(socket, &["display", "-p", "-t", "t", "#{pane_pid}"]).stdout)
            .unwrap_or_default();
    let shell = shell.trim();
    let children =
        std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children")).unwrap_or_default();
    for child in children.split_whitespace() {
        let exe = std::fs::read_link(format!("/proc/{child}/exe")).unwrap_or_default();
        if exe.file_name() == std::path::Path::new(binary).file_name() {
            return child.to_string();
        }
    }
    Command::new("pgrep")
        .args(["-f", &format!("^{binary} ")])
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .next()
                .unwrap_or("")
                .to_string()
        })
        .unwrap_or_default()
}
