//! Helpers shared by the integration tests (each test binary uses some of them).
#![allow(dead_code)]

use chrono::NaiveDate;
use pactboard::app::{App, Keymap, Origin};
use pactboard::store::{self, SourceText};

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
