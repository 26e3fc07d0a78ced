//! Where pactboard keeps the user's own files, in the platform's usual folders: the working copy of
//! the bundled model (the file the dashboard edits when no FILE is given), the settings and the key
//! overrides.
//!
//! | | data (working copy) | config (`config.toml`, `keymap.toml`) |
//! |---|---|---|
//! | Linux | `$XDG_DATA_HOME/pactboard`, else `~/.local/share/pactboard` | `$XDG_CONFIG_HOME/pactboard`, else `~/.config/pactboard` |
//! | macOS | `~/Library/Application Support/pactboard` | the same |
//! | Windows | `%APPDATA%\pactboard\data` | `%APPDATA%\pactboard\config` |

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use directories::ProjectDirs;

use crate::bundled;

fn project() -> Option<ProjectDirs> {
    ProjectDirs::from("", "", "pactboard")
}

/// A name for things kept about `file` (its recovery, its presentation's place): its name,
/// made safe for any file system, and a hash of its full path, so two files of the same name
/// in different folders never share one.
pub fn file_key(file: &Path) -> String {
    use std::hash::{Hash, Hasher};
    let full = std::fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    full.hash(&mut hasher);
    let name = file
        .file_stem()
        .map_or_else(|| "file".into(), |s| s.to_string_lossy().into_owned());
    let name: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .take(60)
        .collect();
    format!("{name}-{:016x}", hasher.finish())
}

/// The path of the working copy, whether or not it exists yet; `None` when the platform has no
/// home folder to put it in.
pub fn working_copy_path() -> Option<PathBuf> {
    project().map(|p| p.data_dir().join(bundled::FILE_NAME))
}

/// The data folder (the working copy's, and that of the edits kept when the dashboard was
/// stopped), whether or not it exists; `None` without a home folder.
pub fn data_dir() -> Option<PathBuf> {
    project().map(|p| p.data_dir().to_path_buf())
}

/// The user's settings (`config.toml`), whether or not the file exists.
pub fn config_path() -> Option<PathBuf> {
    project().map(|p| p.config_dir().join("config.toml"))
}

/// The user's key overrides, whether or not the file exists.
pub fn keymap_path() -> Option<PathBuf> {
    project().map(|p| p.config_dir().join("keymap.toml"))
}

/// The working copy, made from the bundled model if it does not exist yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkingCopy {
    pub path: PathBuf,
    /// Whether this call wrote it.
    pub created: bool,
}

/// Why there is no working copy to edit.
#[derive(Debug, thiserror::Error)]
pub enum WorkingCopyError {
    #[error("there is no home folder to keep a working copy of the bundled model in")]
    NoHome,
    #[error("cannot create the working copy {}: {source}", .path.display())]
    Create { path: PathBuf, source: io::Error },
}

/// The working copy, created from the bundled model on first use.
pub fn working_copy() -> Result<WorkingCopy, WorkingCopyError> {
    let path = working_copy_path().ok_or(WorkingCopyError::NoHome)?;
    if path.exists() {
        return Ok(WorkingCopy {
            path,
            created: false,
        });
    }
    match write_new(&path, bundled::INDIA_JAPAN) {
        Ok(()) => Ok(WorkingCopy {
            path,
            created: true,
        }),
        // Another pactboard made it a moment ago: use that one.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && path.is_file() => Ok(WorkingCopy {
            path,
            created: false,
        }),
        Err(source) => Err(WorkingCopyError::Create { path, source }),
    }
}

/// Creates `path` (and its folder) with `text`, failing if it exists.
pub fn write_new(path: &Path, text: &str) -> io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(parent)?;
    }
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    let written = file
        .write_all(text.as_bytes())
        .and_then(|()| file.sync_all());
    if written.is_err() {
        // Half a model is worse than none: the next run would refuse it.
        let _ = std::fs::remove_file(path);
    }
    written
}
