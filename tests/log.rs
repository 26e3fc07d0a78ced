//! The log: off by default, written to `PACTBOARD_LOG` when set, never to the terminal; saves and
//! failed saves are in it.

use crate::common;

use std::fs;
use std::io::Write;
use std::sync::{Arc, Mutex};

use common::pactboard;

#[test]
fn a_failed_set_is_logged_to_the_file_and_nothing_of_the_log_reaches_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("model.toml");
    fs::copy(common::repo_file("assets/india-japan.toml"), &file).unwrap();
    let log = dir.path().join("pactboard.log");
    let out = pactboard()
        .env("PACTBOARD_LOG", &log)
        .arg("set")
        .arg(&file)
        .args(["future-phases", "done"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(!String::from_utf8_lossy(&out.stderr).contains("INFO"));
    let mut perms = fs::metadata(&file).unwrap().permissions();
    perms.set_readonly(true);
    fs::set_permissions(&file, perms).unwrap();
    let out = pactboard()
        .env("PACTBOARD_LOG", &log)
        .arg("set")
        .arg(&file)
        .args(["future-phases", "blocked"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let text = fs::read_to_string(&log).unwrap();
    assert!(text.contains("set: saved"), "{text}");
    assert!(text.contains("set: not saved"), "{text}");
    assert!(text.contains("future-phases"), "{text}");
}

#[test]
fn without_pactboard_log_there_is_no_log() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("model.toml");
    fs::copy(common::repo_file("assets/india-japan.toml"), &file).unwrap();
    pactboard()
        .current_dir(dir.path())
        .env_remove("PACTBOARD_LOG")
        .arg("check")
        .arg(&file)
        .assert()
        .code(0);
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
}

/// A writer the test can read back.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[test]
fn a_failed_save_in_the_dashboard_is_logged() {
    use pactboard::app::{Action, App, Key, Keymap, Origin, View};
    use ratatui::crossterm::event::KeyCode;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("model.toml");
    fs::copy(common::repo_file("assets/india-japan.toml"), &file).unwrap();
    let loaded = pactboard::store::load(&file).unwrap();
    let document = Some(pactboard::store::Document::new(&loaded));
    let origin = Origin {
        name: file.display().to_string(),
        read_only: false,
    };
    let mut app = App::new(loaded.model, common::today(), origin, Keymap::defaults());
    app.update(Action::Go(View::Milestones));
    let mut session = pactboard::runtime::session::Session::new(app, document);
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .finish();
    let index = session
        .app
        .doc
        .model
        .milestone_index("future-phases")
        .unwrap();
    let row = session
        .app
        .dash
        .milestones
        .rows
        .iter()
        .position(|&r| r == index)
        .unwrap();
    session.app.update(Action::Select(row));
    tracing::subscriber::with_default(subscriber, || {
        for c in "sd".chars() {
            session.app.handle_key(Key::plain(KeyCode::Char(c)));
        }
        session.app.handle_key(Key::plain(KeyCode::Enter));
        fs::remove_file(&file).unwrap();
        fs::create_dir(&file).unwrap();
        session.app.update(Action::Save);
        session.run_effects();
    });
    let text = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(text.contains("save failed"), "{text}");
}
