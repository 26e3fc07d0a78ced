//! pactboard: track a bilateral partnership (its pillars, agreements, objectives, investment
//! targets and milestones) kept in a TOML file, from the terminal.
//!
//! Data flows one way: file → [`store`] → [`model`] → [`report`] (and the dashboard views).

pub mod app;
pub mod bundled;
pub mod cli;
pub mod clock;
pub mod export;
pub mod git_merge;
pub mod history;
pub mod i18n;
pub mod log;
pub mod model;
pub mod places;
pub mod report;
pub mod runtime;
pub mod store;
pub mod text;
pub mod ui;
