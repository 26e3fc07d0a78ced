//! Helpers shared by the integration tests (each test binary uses some of them).
#![allow(dead_code)]

pub mod git;
pub mod tmux;

use chrono::NaiveDate;
use pactboard::app::{App, Keymap, Origin};
use pactboard::store::{self, SourceText};
use ratatui::crossterm::event::KeyCode;

/// The fixed "today" of the tests.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 25).unwrap()
}

/// The dashboard on a file of the repository, at [`today`], with the default keys.
pub fn app_of(path: &str) -> App {
    let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let loaded = store::load_source(SourceText::new(path, text)).unwrap();
    let origin = Origin {
        name: path.into(),
        read_only: false,
    };
    App::new(loaded.model, today(), origin, Keymap::defaults())
}

/// The bundled model as it ships (embedded from this file; pactboard never writes it). Tests use
/// it rather than `data/india-japan.toml`, which is the user's to edit.
pub const BUNDLED: &str = "assets/india-japan.toml";

/// Files of every layout (sections, inline tables, indented, no final line break, CRLF, every
/// table), each with at least one pillar: what the property tests of saving and merging run on.
pub const LAYOUTS: &[&str] = &[
    BUNDLED,
    "tests/fixtures/layouts/inline.toml",
    "tests/fixtures/layouts/indented.toml",
    "tests/fixtures/layouts/no-final-newline.toml",
    "tests/fixtures/valid/crlf.toml",
    "tests/fixtures/valid/full.toml",
];

/// A file of the repository, by its path from the repository's root.
pub fn repo_file(path: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The folder that stands for the home, config and data folders of every binary a test starts,
/// so a user's own keymap, working copy or settings never change a result.
pub fn isolated_home() -> std::path::PathBuf {
    let home = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("isolated-home");
    std::fs::create_dir_all(&home).unwrap();
    home
}

/// `command` with its own home, config and data folders (under `home`), the tests' today, and
/// none of the user's colour or date settings.
pub fn isolate(command: &mut std::process::Command, home: &std::path::Path) {
    command
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("APPDATA", home.join("appdata"))
        .env("PACTBOARD_TODAY", today().to_string())
        .env_remove("NO_COLOR")
        .env_remove("PACTBOARD_CONFIG")
        // English unless a test asks: the language comes from these (see `--lang`).
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
}

/// The uid and gid of `nobody` on Debian and most Linux systems.
#[cfg(unix)]
pub const NOBODY: u32 = 65534;

/// Whether the tests run as root (the owner of a new file is the process's user).
#[cfg(unix)]
pub fn running_as_root() -> bool {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let probe = dir.path().join("probe");
    std::fs::write(&probe, "").unwrap();
    std::fs::metadata(&probe).unwrap().uid() == 0
}

/// The built binary as a plain command, isolated (see [`isolate`]): for tests that spawn it.
pub fn pactboard_process() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_pactboard"));
    isolate(&mut command, &isolated_home());
    command
}

/// The built binary, isolated (see [`isolate`]); an explicit `--today` still wins.
pub fn pactboard() -> assert_cmd::Command {
    assert_cmd::Command::from_std(pactboard_process())
}

/// A dashboard session on `file` (loaded, with its document for saving), in the milestones view,
/// at [`today`], with the default keys.
pub fn session(file: &std::path::Path) -> pactboard::runtime::session::Session {
    let loaded = store::load(file).unwrap();
    let origin = Origin {
        name: file.display().to_string(),
        read_only: false,
    };
    let document = Some(store::Document::new(&loaded));
    let mut app = App::new(loaded.model, today(), origin, Keymap::defaults());
    app.update(pactboard::app::Action::Go(pactboard::app::View::Milestones));
    pactboard::runtime::session::Session::new(app, document)
}

/// Types `text`, a key per character.
pub fn keys(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_key(pactboard::app::Key::plain(KeyCode::Char(c)));
    }
}

/// Presses a key that is not a character.
pub fn code(app: &mut App, code: KeyCode) {
    app.handle_key(pactboard::app::Key::plain(code));
}

/// Presses Ctrl and `c`.
pub fn ctrl(app: &mut App, c: char) {
    app.handle_key(pactboard::app::Key {
        code: KeyCode::Char(c),
        ctrl: true,
        alt: false,
    });
}

/// Selects the milestone with `id` in the milestones view.
pub fn select(app: &mut App, id: &str) {
    let index = app.doc.model.milestone_index(id).unwrap();
    let row = app
        .dash
        .milestones
        .rows
        .iter()
        .position(|&r| r == index)
        .unwrap();
    app.update(pactboard::app::Action::Select(row));
}

/// Moves the open form's focus to the field `name` with Tab.
#[allow(dead_code)]
pub fn tab_to(app: &mut App, name: pactboard::app::form::FieldName) {
    for _ in 0..12 {
        let Some(pactboard::app::Modal::Form(form)) = app.modal() else {
            panic!("no form open");
        };
        if form.fields[form.focus].name == name {
            return;
        }
        code(app, ratatui::crossterm::event::KeyCode::Tab);
    }
    panic!("no field {name:?}");
}
