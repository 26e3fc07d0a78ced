//! The India–Japan model that ships inside the binary, for `init` and for the user's working copy.
//!
//! It is embedded from `assets/india-japan.toml`, which pactboard never opens for writing, so a
//! rebuild after someone edited `data/india-japan.toml` (the copy to try commands on) still hands
//! out the pristine model.

/// The text of `assets/india-japan.toml`.
pub const INDIA_JAPAN: &str = include_str!("../assets/india-japan.toml");

/// The file name of the working copy in the data folder (see [`crate::places`]).
pub const FILE_NAME: &str = "india-japan.toml";

/// The bundled model, loaded: for the unit tests.
#[cfg(test)]
pub fn model() -> crate::model::Model {
    crate::store::load_source(crate::store::SourceText::new(
        "india-japan.toml",
        INDIA_JAPAN,
    ))
    .map_or_else(|_| crate::model::Model::empty(), |loaded| loaded.model)
}
