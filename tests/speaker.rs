//! The speaker view and its followers, as processes in real terminals (tmux): a follower started
//! before the presenter waits, one started late jumps to the presenter's slide, every follower
//! stays on the presenter's slide while the speaker view moves through the deck (each on its own
//! screen size), a follower stopped with SIGSTOP neither slows nor stops the presenter and
//! catches up when it goes on, and when the presenter leaves the followers say they are waiting.
//!
//! Needs tmux; without it the test says so and passes, unless `PACTBOARD_REQUIRE_TMUX` is set.
#![cfg(unix)]

use crate::common;

use common::tmux::{tmux, tmux_here};

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

/// Starts `args` of pactboard in session `name`, `width`×`height`, with its own home and runtime
/// folder under `home` (so no beacon of the user's is read).
fn start(socket: &str, name: &str, (width, height): (u16, u16), home: &Path, args: &str) {
    let command = format!(
        "exec env HOME={h} XDG_RUNTIME_DIR={h}/run XDG_CONFIG_HOME={h}/config XDG_DATA_HOME={h}/data XDG_CACHE_HOME={h}/cache PACTBOARD_TODAY=2026-11-25 {bin} {args}",
        h = home.display(),
        bin = env!("CARGO_BIN_EXE_pactboard"),
    );
    let (w, h) = (width.to_string(), height.to_string());
    let out = tmux(
        socket,
        &[
            "new-session",
            "-d",
            "-s",
            name,
            "-x",
            &w,
            "-y",
            &h,
            &command,
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A home with its runtime folder, the bundled model in it as `meeting.toml`, and a tmux server
/// of its own for test `name`.
fn meeting(name: &str) -> (tempfile::TempDir, String, String) {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("run")).unwrap();
    let file = home.path().join("meeting.toml");
    std::fs::copy(common::repo_file(common::BUNDLED), &file).unwrap();
    let socket = format!("pactboard-{name}-{}", std::process::id());
    (home, file.display().to_string(), socket)
}

fn screen(socket: &str, name: &str) -> String {
    String::from_utf8_lossy(&tmux(socket, &["capture-pane", "-p", "-t", name]).stdout).into_owned()
}

/// Waits until session `name` shows `text` (ten seconds at most) and gives back the screen.
fn wait_for(socket: &str, name: &str, text: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let shown = screen(socket, name);
        if shown.contains(text) || Instant::now() > deadline {
            assert!(
                shown.contains(text),
                "`{text}` never showed in {name}:\n{shown}"
            );
            return shown;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn pid(socket: &str, name: &str) -> String {
    let out = tmux(socket, &["list-panes", "-t", name, "-F", "#{pane_pid}"]);
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn the_speaker_view_moves_every_follower_and_a_stopped_one_slows_nothing() {
    if !tmux_here() {
        return;
    }
    let (home, file, socket) = meeting("speaker");
    let deck = "--slides title,overview,money,decisions,pillars,summary";
    // A follower that starts before the presenter waits for it.
    start(
        &socket,
        "early",
        (80, 24),
        home.path(),
        &format!("present {file} --follow"),
    );
    wait_for(&socket, "early", "waiting for a presenter of");
    start(
        &socket,
        "speaker",
        (120, 40),
        home.path(),
        &format!("present {file} --speaker {deck}"),
    );
    wait_for(&socket, "speaker", "Speaker view · slide 1 of 7");
    wait_for(&socket, "speaker", "Notes");
    for _ in 0..2 {
        tmux(&socket, &["send-keys", "-t", "speaker", "Right"]);
    }
    wait_for(&socket, "speaker", "slide 3 of 7");
    // The early follower took the presenter's deck (its --slides) when it found the presenter,
    // and one started late jumps to the presenter's slide.
    wait_for(&socket, "early", "3 / 7");
    start(
        &socket,
        "late",
        (160, 45),
        home.path(),
        &format!("present {file} --follow"),
    );
    let late = wait_for(&socket, "late", "3 / 7");
    assert!(late.contains("Realized (the big figure)"), "{late}");
    assert!(late.contains("following the presenter of"), "{late}");
    // A follower's keys move nothing.
    tmux(&socket, &["send-keys", "-t", "late", "Right"]);
    std::thread::sleep(Duration::from_millis(400));
    assert!(screen(&socket, "late").contains("3 / 7"));
    // A follower that hangs: the speaker moves on at once, and so does the other follower.
    let stopped = pid(&socket, "early");
    assert!(
        Command::new("kill")
            .args(["-STOP", &stopped])
            .status()
            .unwrap()
            .success()
    );
    for _ in 0..3 {
        tmux(&socket, &["send-keys", "-t", "speaker", "Right"]);
    }
    let started = Instant::now();
    wait_for(&socket, "speaker", "slide 6 of 7");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "the speaker view waited for a stopped follower"
    );
    wait_for(&socket, "late", "6 / 7");
    assert!(
        Command::new("kill")
            .args(["-CONT", &stopped])
            .status()
            .unwrap()
            .success()
    );
    wait_for(&socket, "early", "6 / 7");
    // The presenter leaves: the followers stay on the slide and say they wait.
    tmux(&socket, &["send-keys", "-t", "speaker", "q"]);
    wait_for(&socket, "late", "waiting for a presenter");
    let early = wait_for(&socket, "early", "waiting for a presenter");
    assert!(early.contains("6 / 7"), "{early}");
    tmux(&socket, &["kill-server"]);
}

/// The dashboard's own presentation (`P`) can be followed too, and leaving it (`Esc`, back to
/// the dashboard) tells the followers.
#[test]
fn the_dashboards_presentation_is_followed_until_it_is_left() {
    if !tmux_here() {
        return;
    }
    let (home, file, socket) = meeting("dashboard-follow");
    start(
        &socket,
        "follower",
        (80, 24),
        home.path(),
        &format!("present {file} --follow"),
    );
    wait_for(&socket, "follower", "waiting for a presenter of");
    start(&socket, "dashboard", (100, 30), home.path(), &file);
    wait_for(&socket, "dashboard", "Overview");
    tmux(&socket, &["send-keys", "-t", "dashboard", "P"]);
    wait_for(&socket, "dashboard", "1 / 9");
    tmux(&socket, &["send-keys", "-t", "dashboard", "Right", "Right"]);
    wait_for(&socket, "follower", "3 / 9");
    wait_for(&socket, "follower", "following the presenter of");
    tmux(&socket, &["send-keys", "-t", "dashboard", "Escape"]);
    wait_for(&socket, "follower", "waiting for a presenter of");
    tmux(&socket, &["kill-server"]);
}
