//! The dashboard's runtime, the one part that does IO while the app runs: the terminal loop
//! (`tui.rs`: events in, frames out, the file watcher, signals) and the session (`session.rs`:
//! the app with its open document; saving, reloading and merging what the app asks for).

pub mod beacon;
pub mod editor;
pub mod recovery;
mod said;
pub mod session;
pub mod tui;

/// The file's history for the changes view, or why there is none.
pub fn read_history(
    path: Option<&std::path::Path>,
) -> Result<Vec<crate::history::Entry>, crate::model::log::Unavailable> {
    use crate::model::log::Unavailable;
    let Some(path) = path else {
        return Err(Unavailable::Bundled);
    };
    crate::history::log(path, &crate::history::Range::default()).map_err(|e| match e {
        crate::history::HistoryError::NotARepository(p) => {
            Unavailable::NotInGit(crate::text::shown_path(&p))
        }
        other => Unavailable::Other(other.to_string()),
    })
}

/// How many of the newest commits the Changes view shows before the rest is read.
pub const NEWEST_FIRST: usize = 40;

/// The newest part of the file's history ([`NEWEST_FIRST`] commits), `None` when there is no
/// history to read (the whole read says why).
pub fn read_newest_history(path: Option<&std::path::Path>) -> Option<Vec<crate::history::Entry>> {
    crate::history::log_newest(path?, &crate::history::Range::default(), NEWEST_FIRST).ok()
}
