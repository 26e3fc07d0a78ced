//! The dashboard's runtime, the one part that does IO while the app runs: the terminal loop
//! (`tui.rs`: events in, frames out, the file watcher, signals) and the session (`session.rs`:
//! the app with its open document; saving, reloading and merging what the app asks for).

pub mod editor;
pub mod session;
pub mod tui;
