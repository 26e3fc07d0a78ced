//! The integration tests, as one binary: each file beside this one is a module (linking thirty
//! binaries, each with the whole crate and its dependencies, cost CI minutes and gigabytes of
//! disk). `cargo test --test all present::` runs one file's tests.

mod common;
#[path = "support/sample.rs"]
#[allow(dead_code)] // the benchmarks use its floor parser
mod sample;

mod ascii;
mod authoring;
mod authoring_app;
mod authoring_cli;
mod authoring_keys;
mod changes_view;
mod check;
mod cli;
mod config;
mod editing;
mod export;
mod export_html;
mod export_pdf;
mod fixing_keys;
mod fuzz;
mod git_log;
mod git_merge;
mod hostile;
mod languages;
mod layers;
mod log;
mod log_cache;
mod modes;
mod present;
mod release;
mod save;
mod save_safety;
mod screenshots;
mod speaker;
mod store;
mod terminal;
mod three_way;
mod translated_names;
mod two_languages;
mod ui;
mod windows;
mod working_copy;
