//! The ASCII symbol set (#29): `--symbols ascii` (or `symbols = "ascii"` in the config, or the
//! Linux console by itself) draws borders, bars, charts and status marks in ASCII only; what is
//! left above U+007F on any screen is the file's own text.

use std::collections::HashSet;

use crate::common::{BUNDLED, app_of, pactboard};
use pactboard::app::{App, Key};
use pactboard::i18n::{Lang, Langs};
use pactboard::ui::theme::{Symbols, Theme, ThemeName};
use ratatui::crossterm::event::KeyCode;

/// The characters above U+007F on `screen` that the file's text does not have.
fn foreign(screen: &str, data: &HashSet<char>) -> Vec<char> {
    let mut out: Vec<char> = screen
        .chars()
        .filter(|c| !c.is_ascii() && !data.contains(c))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

#[test]
fn every_screen_in_ascii_holds_nothing_above_ascii_but_data() {
    let text = std::fs::read_to_string(crate::common::repo_file(BUNDLED)).unwrap();
    // The file's text, and the languages' own names (the help offers 日本語 and हिन्दी in their
    // own letters): words, not symbols.
    let data: HashSet<char> = text.chars().chain("日本語 हिन्दी".chars()).collect();
    for (lang, name) in [(Lang::En, ThemeName::Dark), (Lang::Ja, ThemeName::Mono)] {
        let theme = Theme::named(name).with_symbols(Symbols::Ascii);
        for (w, h) in [(60, 16), (80, 24), (200, 60)] {
            let mut screens: Vec<(String, String)> = Vec::new();
            let mut shot = |app: &App, what: &str| {
                let buffer = pactboard::ui::snapshot::render(app, &theme, w, h);
                screens.push((
                    format!("{lang} {what} at {w}x{h}"),
                    pactboard::ui::snapshot::to_text(&buffer),
                ));
            };
            let fresh = || {
                let mut app = app_of(BUNDLED);
                app.dash.langs = Langs::one(lang);
                app.resize(pactboard::ui::viewport(
                    w,
                    h,
                    &app.doc.model,
                    app.dash.langs,
                ));
                app
            };
            for n in 1..=6 {
                let mut app = fresh();
                app.handle_key(Key::plain(KeyCode::Char(char::from(b'0' + n))));
                shot(&app, &format!("view {n}"));
                app.handle_key(Key::plain(KeyCode::Char('?')));
                shot(&app, &format!("help over view {n}"));
            }
            for keys in ["3\r", "3s", "3E", "5a"] {
                let mut app = fresh();
                for c in keys.chars() {
                    let code = if c == '\r' {
                        KeyCode::Enter
                    } else {
                        KeyCode::Char(c)
                    };
                    app.handle_key(Key::plain(code));
                }
                shot(&app, &format!("keys {keys:?}"));
            }
            let mut app = fresh();
            app.start_presentation(None, false);
            let slides = app.presenter().unwrap().slides.len();
            for n in 0..slides {
                shot(&app, &format!("slide {}", n + 1));
                app.handle_key(Key::plain(KeyCode::Right));
            }
            for (what, screen) in &screens {
                // Japanese is the catalog's (data of the language); the symbols are not.
                let left: Vec<char> = foreign(screen, &data)
                    .into_iter()
                    .filter(|c| lang == Lang::En || !is_japanese(*c))
                    .collect();
                assert!(left.is_empty(), "{what}: {left:?}\n{screen}");
            }
        }
    }
}

fn is_japanese(c: char) -> bool {
    matches!(u32::from(c),
        0x3000..=0x30FF | 0x4E00..=0x9FFF | 0xFF00..=0xFFEF)
}

/// The flag, the config file and the Linux console choose the set, in that order.
#[test]
fn the_flag_the_config_file_and_the_linux_console_choose_ascii() {
    let snapshot = |args: &[&str], env: &[(&str, &str)]| {
        let mut cmd = pactboard();
        cmd.args([
            "snapshot", BUNDLED, "--view", "overview", "--width", "80", "--height", "24",
        ])
        .args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{out:?}");
        String::from_utf8(out.stdout).unwrap()
    };
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config.toml");
    std::fs::write(&config, "symbols = \"ascii\"\n").unwrap();
    let none = dir.path().join("none.toml");
    let config_env = config.to_str().unwrap();
    let none_env = none.to_str().unwrap();
    let plain = |s: &str| s.is_ascii();
    assert!(!plain(&snapshot(
        &[],
        &[("PACTBOARD_CONFIG", none_env), ("TERM", "xterm")]
    )));
    assert!(plain(&snapshot(
        &["--symbols", "ascii"],
        &[("PACTBOARD_CONFIG", none_env)]
    )));
    assert!(plain(&snapshot(&[], &[("PACTBOARD_CONFIG", config_env)])));
    assert!(plain(&snapshot(
        &[],
        &[("PACTBOARD_CONFIG", none_env), ("TERM", "linux")]
    )));
    assert!(!plain(&snapshot(
        &["--symbols", "unicode"],
        &[("PACTBOARD_CONFIG", config_env), ("TERM", "linux")]
    )));
    let show = pactboard()
        .args(["config", "show"])
        .env("PACTBOARD_CONFIG", none_env)
        .env("TERM", "linux")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&show.stdout);
    assert!(said.contains("symbols = ascii    (TERM=linux)"), "{said}");
    std::fs::write(&config, "symbols = \"boxes\"\n").unwrap();
    let show = pactboard()
        .args(["config", "show"])
        .env("PACTBOARD_CONFIG", config_env)
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&show.stdout);
    assert!(
        said.contains(
            "config.toml:1:11: `boxes` is not a set of symbols; the sets are unicode, ascii"
        ),
        "{said}"
    );
}
