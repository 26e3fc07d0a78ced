//! The India–Japan model that ships inside the binary, for `init` and for running with no file.

/// The text of `data/india-japan.toml`.
pub const INDIA_JAPAN: &str = include_str!("../data/india-japan.toml");

/// The path the dashboard opens when none is given.
pub const DEFAULT_PATH: &str = "data/india-japan.toml";
