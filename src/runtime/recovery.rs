//! Unsaved edits kept when the dashboard is stopped by a signal (SIGTERM, SIGHUP when its
//! terminal is closed, SIGINT or SIGQUIT sent from outside), and offered back on the next start
//! on that file.
//!
//! A recovery is three files in the data folder's `recovery/` (see [`crate::places`]), named by
//! the file's name and a hash of its full path: `NAME-HASH.base.toml` (the file as the edits were
//! made on it), `NAME-HASH.edits.toml` (the same with the edits written in, as the save would
//! have written them) and `NAME-HASH.about` (the file's path, when and why). Each is written
//! atomically. Applying them is git's three-way merge of models (the merge driver's, with the
//! conflicts asked as `pactboard resolve` asks them) of the edits onto the file as it is now.

use std::io;
use std::path::{Path, PathBuf};

use crate::store::atomic;

/// Unsaved edits of one file, as a save would have written them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// The file the edits belong to.
    pub file: PathBuf,
    /// Its text when the edits were made on it.
    pub base: String,
    /// That text with the edits written in.
    pub edits: String,
}

/// Where the recovery of `file` is kept (the three paths share this stem), if there is a data
/// folder.
pub fn stem(file: &Path) -> Option<PathBuf> {
    let folder = crate::places::data_dir()?.join("recovery");
    Some(folder.join(crate::places::file_key(file)))
}

fn with(stem: &Path, ending: &str) -> PathBuf {
    let mut name = stem.as_os_str().to_owned();
    name.push(ending);
    PathBuf::from(name)
}

/// Writes `recovery` (each file atomically); the path of its edits.
pub fn keep(recovery: &Recovery, why: &str, when: &str) -> io::Result<PathBuf> {
    let stem = stem(&recovery.file)
        .ok_or_else(|| io::Error::other("there is no data folder to keep the edits in"))?;
    if let Some(folder) = stem.parent() {
        std::fs::create_dir_all(folder)?;
    }
    let write = |ending: &str, text: &str| {
        atomic::write_export(&with(&stem, ending), text.as_bytes(), true).map_err(|e| match e {
            atomic::ExportError::Io(e) => e,
            other => io::Error::other(other.to_string()),
        })
    };
    write(".base.toml", &recovery.base)?;
    write(".edits.toml", &recovery.edits)?;
    write(
        ".about",
        &format!(
            "file = {}\nwhen = {when}\nwhy = {why}\n",
            recovery.file.display()
        ),
    )?;
    Ok(with(&stem, ".edits.toml"))
}

/// The recovery kept for `file`, if there is one, with when and why it was kept.
pub fn find(file: &Path) -> Option<(Recovery, String)> {
    let stem = stem(file)?;
    let base = std::fs::read_to_string(with(&stem, ".base.toml")).ok()?;
    let edits = std::fs::read_to_string(with(&stem, ".edits.toml")).ok()?;
    let about = std::fs::read_to_string(with(&stem, ".about")).unwrap_or_default();
    let said = about
        .lines()
        .filter_map(|l| l.split_once(" = "))
        .filter(|(k, _)| *k == "when" || *k == "why")
        .map(|(_, v)| crate::text::quote(v))
        .collect::<Vec<_>>()
        .join(", ");
    Some((
        Recovery {
            file: file.to_path_buf(),
            base,
            edits,
        },
        said,
    ))
}

/// Removes the recovery of `file` (applied or dropped).
pub fn drop_kept(file: &Path) {
    if let Some(stem) = stem(file) {
        for ending in [".base.toml", ".edits.toml", ".about"] {
            let _ = std::fs::remove_file(with(&stem, ending));
        }
    }
}
