//! tmux for the tests that run pactboard in a real terminal: each test its own server.

use std::process::Command;

/// `tmux -L socket args…`.
pub fn tmux(socket: &str, args: &[&str]) -> std::process::Output {
    Command::new("tmux")
        .args(["-L", socket])
        .args(args)
        .output()
        .expect("tmux runs")
}

/// Whether tmux runs here; without it a test says so and passes, unless tmux is required (as
/// `.ci/run` requires it with `PACTBOARD_REQUIRE_TMUX`).
pub fn tmux_here() -> bool {
    if Command::new("tmux").arg("-V").output().is_ok() {
        return true;
    }
    assert!(
        std::env::var_os("PACTBOARD_REQUIRE_TMUX").is_none(),
        "tmux is required here"
    );
    eprintln!("skipped: tmux is not installed");
    false
}
