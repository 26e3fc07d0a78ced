//! Writing a file so that it is always either the old or the new version: a temporary file in the
//! same folder, flushed to disk, given the original's permissions, renamed over it, and the folder
//! flushed. A symbolic link is written through: its target changes, the link stays a link.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The file a path finally names, following symbolic links.
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => fs::canonicalize(path),
        _ => Ok(path.to_path_buf()),
    }
}

/// Replaces the file at `path` with `contents`, atomically.
pub fn write(path: &Path, contents: &[u8]) -> io::Result<()> {
    let target = resolve(path)?;
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "pactboard".into());
    let permissions = fs::metadata(&target).map(|m| m.permissions()).ok();
    let temp = dir.join(format!(".{name}.{}.pactboard-tmp", std::process::id()));
    let result = write_temp(&temp, contents, permissions).and_then(|()| fs::rename(&temp, &target));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result?;
    sync_folder(&dir)
}

/// The rename is durable only once the folder itself is on disk.
#[cfg(unix)]
fn sync_folder(dir: &Path) -> io::Result<()> {
    fs::File::open(dir).and_then(|d| d.sync_all()).or_else(|e| {
        if e.kind() == io::ErrorKind::PermissionDenied {
            Ok(())
        } else {
            Err(e)
        }
    })
}

/// Windows cannot open a folder as a file; its rename (MoveFileEx) is flushed by the file system.
#[cfg(not(unix))]
fn sync_folder(_dir: &Path) -> io::Result<()> {
    Ok(())
}

fn write_temp(
    temp: &Path,
    contents: &[u8],
    permissions: Option<fs::Permissions>,
) -> io::Result<()> {
    let _ = fs::remove_file(temp);
    let mut file = OpenOptions::new().write(true).create_new(true).open(temp)?;
    file.write_all(contents)?;
    if let Some(p) = permissions {
        file.set_permissions(p)?;
    }
    file.sync_all()
}
