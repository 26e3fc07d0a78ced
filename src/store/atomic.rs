//! Writing a file so that it is always either the old or the new version: a temporary file in the
//! same folder, flushed to disk, given the original's permissions (and owner, where the process
//! may set it), renamed over it, and the folder flushed. A symbolic link is written through: its
//! target changes, the link stays a link.
//!
//! Writers are serialised by [`lock`]: every pactboard that writes a file holds the lock from
//! "compare with what was read" to the rename, so two saves never interleave, and any temporary
//! file found while holding it belongs to a writer that died, and is removed.
//!
//! Longer than 400 lines on purpose: every rule of a safe write (the lock, the comparison with
//! the file on disk, the temporary file, permissions and owner, the rename and the flushes) is
//! here, once, for saves and exports alike.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long a save waits for another pactboard's save of the same file that makes no progress
/// (the file unchanged meanwhile) before saying so: a save of a very large file parses it under
/// the lock when it had to start again.
pub const LOCK_WAIT: Duration = Duration::from_secs(30);

/// The suffix of the temporary files of a save in progress.
const TEMP_SUFFIX: &str = ".pactboard-tmp";

/// The file a path finally names, following symbolic links.
pub fn resolve(path: &Path) -> io::Result<PathBuf> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() => fs::canonicalize(path),
        _ => Ok(path.to_path_buf()),
    }
}

/// The real file behind a path, its folder and its name.
struct Place {
    target: PathBuf,
    dir: PathBuf,
    name: String,
}

impl Place {
    fn of(path: &Path) -> io::Result<Place> {
        let target = resolve(path)?;
        let (dir, name) = beside(&target);
        Ok(Place { target, dir, name })
    }

    fn temp_prefix(&self) -> String {
        format!(".{}.", self.name)
    }

    fn temp(&self) -> PathBuf {
        self.dir.join(format!(
            "{}{}{TEMP_SUFFIX}",
            self.temp_prefix(),
            std::process::id()
        ))
    }
}

/// Why a file cannot be locked for writing.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    #[error(
        "another save of this file has held it for {} s without finishing; try again",
        .0.as_secs()
    )]
    Busy(Duration),
    #[error(transparent)]
    Io(#[from] io::Error),
}

/// The right to write one file, held until dropped.
#[derive(Debug)]
pub struct WriteLock {
    _held: Option<fs::File>,
}

/// Takes the write lock of the file at `path`, waiting for other writers while they make
/// progress, and at most `wait` for one that does not.
///
/// The lock is the file's own: on Unix an advisory `flock` on the file itself (so no lock file
/// is left in a folder that is often a git repository, and a save of another file in the same
/// folder never waits for this one). A save replaces the file by a rename, so a writer that got
/// the lock of the old file sees that the path now holds another file and takes that one's
/// lock instead. Elsewhere it is a file `.NAME.pactboard-lock` beside the file. A file that does
/// not exist yet (written anew) is locked by its folder's handle where the folder can be read.
pub fn lock(path: &Path, wait: Duration) -> Result<WriteLock, LockError> {
    let place = Place::of(path)?;
    let mut start = Instant::now();
    let mut seen = changed_at(&place.target);
    loop {
        let Some(held) = lock_handle(&place)? else {
            return Ok(WriteLock { _held: None });
        };
        match held.try_lock() {
            Ok(()) if same_file(&held, &place.target) => {
                remove_stale_temps(&place);
                return Ok(WriteLock { _held: Some(held) });
            }
            // The file was replaced while we waited: lock the one there now.
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => {
                // Another writer saved meanwhile: it is making progress, so wait on.
                let now = changed_at(&place.target);
                if now != seen {
                    seen = now;
                    start = Instant::now();
                }
                if start.elapsed() >= wait {
                    return Err(LockError::Busy(start.elapsed()));
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            Err(fs::TryLockError::Error(e)) => return Err(LockError::Io(e)),
        }
    }
}

/// When the file at `path` last changed (and which file it is), to tell progress from a stall.
fn changed_at(path: &Path) -> Option<(std::time::SystemTime, u64)> {
    let meta = fs::metadata(path).ok()?;
    Some((meta.modified().ok()?, meta.len()))
}

#[cfg(unix)]
fn same_file(held: &fs::File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (held.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) if a.is_file() => a.dev() == b.dev() && a.ino() == b.ino(),
        // A folder's handle (the file did not exist), or the file is gone: nothing to compare.
        _ => true,
    }
}

#[cfg(not(unix))]
fn same_file(_held: &fs::File, _path: &Path) -> bool {
    true
}

#[cfg(unix)]
fn lock_handle(place: &Place) -> io::Result<Option<fs::File>> {
    match fs::File::open(&place.target) {
        Ok(file) => Ok(Some(file)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(fs::File::open(&place.dir).ok()),
        // Write-only (the system lets a writer replace a file it may not read): the folder's
        // handle, or no lock where the folder cannot be read either.
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
            Ok(fs::File::open(&place.dir).ok())
        }
        Err(e) => Err(e),
    }
}

#[cfg(not(unix))]
fn lock_handle(place: &Place) -> io::Result<Option<fs::File>> {
    OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(place.dir.join(format!(".{}.pactboard-lock", place.name)))
        .map(Some)
}

/// With the lock held no save of this file is under way, so its temporary files are leftovers
/// of a writer that was killed.
fn remove_stale_temps(place: &Place) {
    let Ok(entries) = fs::read_dir(&place.dir) else {
        return;
    };
    let prefix = place.temp_prefix();
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if let Some(rest) = name.strip_prefix(&prefix)
            && let Some(pid) = rest.strip_suffix(TEMP_SUFFIX)
            && pid.bytes().all(|b| b.is_ascii_digit())
        {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Why a file may not be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum ReadOnly {
    /// The system says this user may not write the file (whatever the folder allows).
    #[error("you do not have permission to write it")]
    NotPermitted,
    /// Nobody has write permission on it: someone made it read-only on purpose. Root could
    /// write it anyway, so this is asked about, like an editor's read-only warning.
    #[error("it is read-only (no write permission for anyone)")]
    NoWriteBit,
}

/// Whether this process may replace the file at `path`; `force` overrides a file that is only
/// marked read-only (which root could write), never a missing permission.
pub fn check_writable(path: &Path, force: bool) -> Result<(), ReadOnly> {
    let Ok(meta) = fs::metadata(path) else {
        // A file that is gone is written anew; the folder's permission decides.
        return Ok(());
    };
    if !may_write(path) {
        return Err(ReadOnly::NotPermitted);
    }
    if !force && meta.permissions().readonly() {
        return Err(ReadOnly::NoWriteBit);
    }
    Ok(())
}

#[cfg(unix)]
fn may_write(path: &Path) -> bool {
    rustix::fs::access(path, rustix::fs::Access::WRITE_OK).is_ok()
}

#[cfg(not(unix))]
fn may_write(path: &Path) -> bool {
    // Windows has no owner-write bit apart from the read-only attribute checked by the caller.
    let _ = path;
    true
}

/// What a write could not keep as it was.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Written {
    /// The original's owner or group could not be given to the new file (only root may give
    /// a file away): a sentence saying so.
    pub ownership_lost: Option<String>,
}

/// Whether the file at `path` holds exactly `bytes`, read a piece at a time (a 24 MB file is
/// not read into memory beside the text it is compared with).
pub fn holds(path: &Path, bytes: &[u8]) -> io::Result<bool> {
    use std::io::Read;
    let mut file = fs::File::open(path)?;
    if file.metadata()?.len() != bytes.len() as u64 {
        return Ok(false);
    }
    let mut piece = vec![0; 64 * 1024];
    let mut rest = bytes;
    loop {
        let n = match file.read(&mut piece) {
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if n == 0 {
            return Ok(rest.is_empty());
        }
        match rest.split_at_checked(n) {
            Some((head, tail)) if head == &piece[..n] => rest = tail,
            _ => return Ok(false),
        }
    }
}

/// Replaces the file at `path` with `contents`, atomically. The caller holds the [`lock`].
pub fn write(path: &Path, contents: &[u8]) -> io::Result<Written> {
    let place = Place::of(path)?;
    let original = fs::metadata(&place.target).ok();
    let temp = place.temp();
    let result = write_temp(&temp, contents, original.as_ref()).and_then(|written| {
        pause_before_rename();
        rename_over(&temp, &place.target).map(|()| written)
    });
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    let written = result?;
    sync_folder(&place.dir)?;
    Ok(written)
}

/// Renames `from` over `to`. On Windows a file another program has open for a moment (a reader,
/// another writer looking at it while it waits for the lock, a virus scanner, a sync client)
/// cannot be replaced: the rename fails with "access denied" or a sharing violation until that
/// handle closes, so it is tried again for up to two seconds before the failure is given.
fn rename_over(from: &Path, to: &Path) -> io::Result<()> {
    #[cfg(windows)]
    {
        const ACCESS_DENIED: i32 = 5;
        const SHARING_VIOLATION: i32 = 32;
        const LOCK_VIOLATION: i32 = 33;
        let start = Instant::now();
        loop {
            match fs::rename(from, to) {
                Err(e)
                    if matches!(
                        e.raw_os_error(),
                        Some(ACCESS_DENIED | SHARING_VIOLATION | LOCK_VIOLATION)
                    ) && start.elapsed() < Duration::from_secs(2) =>
                {
                    std::thread::sleep(Duration::from_millis(10));
                }
                result => return result,
            }
        }
    }
    #[cfg(not(windows))]
    fs::rename(from, to)
}

/// Writes an export at `path` as a save is written (a temporary file beside it, flushed,
/// renamed into place, the folder flushed), so a reader or a kill sees the old file or the new
/// one, never a torn one. A symbolic link at `path` is never followed: refused, or with
/// `replace` the link itself is replaced by the file (its target is untouched). An existing
/// file is refused unless `replace`.
pub fn write_export(path: &Path, contents: &[u8], replace: bool) -> Result<(), ExportError> {
    let (dir, name) = beside(path);
    refuse_existing(path, replace)?;
    let temp = dir.join(format!(".{name}.{}{TEMP_SUFFIX}", std::process::id()));
    let result = write_temp(&temp, contents, None).and_then(|_| rename_over(&temp, path));
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result.map_err(ExportError::Io)?;
    sync_folder(&dir).map_err(ExportError::Io)
}

/// Writes a folder of exports (`files`: names and contents) at `path`: built beside it under a
/// temporary name and renamed into place whole, so a kill leaves the old folder or the new one,
/// never a half-written one; the rules of [`write_export`] for an existing path or a link.
pub fn write_export_folder(
    path: &Path,
    files: &[(String, Vec<u8>)],
    replace: bool,
) -> Result<(), ExportError> {
    let (dir, name) = beside(path);
    refuse_existing(path, replace)?;
    let pid = std::process::id();
    let temp = dir.join(format!(".{name}.{pid}{TEMP_SUFFIX}"));
    let old = dir.join(format!(".{name}.{pid}.old{TEMP_SUFFIX}"));
    let built = (|| {
        let _ = fs::remove_dir_all(&temp);
        fs::create_dir(&temp)?;
        for (file, contents) in files {
            write_temp(&temp.join(file), contents, None)?;
        }
        sync_folder(&temp)?;
        match fs::symlink_metadata(path) {
            Ok(meta) if meta.is_dir() => {
                fs::rename(path, &old)?;
                fs::rename(&temp, path)?;
                let _ = fs::remove_dir_all(&old);
            }
            Ok(_) => {
                fs::remove_file(path)?;
                fs::rename(&temp, path)?;
            }
            Err(_) => fs::rename(&temp, path)?,
        }
        sync_folder(&dir)
    })();
    if built.is_err() {
        let _ = fs::remove_dir_all(&temp);
    }
    built.map_err(ExportError::Io)
}

/// The folder and name of a path (no link resolved: a save resolves its file first).
fn beside(path: &Path) -> (PathBuf, String) {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "pactboard".into(), |n| n.to_string_lossy().into_owned());
    (dir, name)
}

fn refuse_existing(path: &Path, replace: bool) -> Result<(), ExportError> {
    match fs::symlink_metadata(path) {
        Ok(meta) if meta.file_type().is_symlink() && !replace => Err(ExportError::Link),
        Ok(_) if !replace => Err(ExportError::Exists),
        _ => Ok(()),
    }
}

/// Why an export was not written; nothing was.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("it exists; `--force` writes over it")]
    Exists,
    #[error(
        "it is a symbolic link, which an export never follows; `--force` replaces the link itself (not what it points to)"
    )]
    Link,
    #[error(transparent)]
    Io(io::Error),
}

fn write_temp(
    temp: &Path,
    contents: &[u8],
    original: Option<&fs::Metadata>,
) -> io::Result<Written> {
    let _ = fs::remove_file(temp);
    let mut file = OpenOptions::new().write(true).create_new(true).open(temp)?;
    file.write_all(contents)?;
    let mut written = Written::default();
    if let Some(meta) = original {
        written.ownership_lost = keep_owner(&file, meta);
        file.set_permissions(meta.permissions())?;
    }
    file.sync_all()?;
    counted_sync();
    Ok(written)
}

/// Gives the new file the original's owner and group, where the process may.
#[cfg(unix)]
fn keep_owner(file: &fs::File, original: &fs::Metadata) -> Option<String> {
    use std::os::unix::fs::MetadataExt;
    let now = file.metadata().ok()?;
    if (now.uid(), now.gid()) == (original.uid(), original.gid()) {
        return None;
    }
    if std::os::unix::fs::fchown(file, Some(original.uid()), Some(original.gid())).is_ok() {
        return None;
    }
    // Not root: at least the group, if this user belongs to it.
    let group_kept = std::os::unix::fs::fchown(file, None, Some(original.gid())).is_ok();
    let what = if now.uid() == original.uid() {
        format!(
            "the file's group is now {} (it was {})",
            now.gid(),
            original.gid()
        )
    } else {
        format!(
            "the file now belongs to user {} (it belonged to user {}; only root can keep it)",
            now.uid(),
            original.uid()
        )
    };
    (!group_kept || now.uid() != original.uid()).then_some(what)
}

#[cfg(not(unix))]
fn keep_owner(_file: &fs::File, _original: &fs::Metadata) -> Option<String> {
    None
}

/// A debug build (the tests') can be made to stop between writing the temporary file and the
/// rename, so a test can kill it in the middle of a save: `PACTBOARD_TEST_PAUSE_BEFORE_RENAME`
/// in milliseconds. It says so on stderr. Release builds have no such pause.
fn pause_before_rename() {
    #[cfg(debug_assertions)]
    if let Some(ms) = std::env::var("PACTBOARD_TEST_PAUSE_BEFORE_RENAME")
        .ok()
        .and_then(|v| v.parse::<u64>().ok())
    {
        eprintln!("pactboard-test: paused before rename");
        std::thread::sleep(Duration::from_millis(ms));
    }
}

/// The rename is durable only once the folder itself is on disk.
#[cfg(unix)]
fn sync_folder(dir: &Path) -> io::Result<()> {
    counted_sync();
    fs::File::open(dir).and_then(|d| d.sync_all()).or_else(|e| {
        if e.kind() == io::ErrorKind::PermissionDenied {
            Ok(())
        } else {
            Err(e)
        }
    })
}

#[cfg(debug_assertions)]
thread_local! {
    static SYNCS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Counts a flush to disk, in debug builds, for the tests that check every write makes them.
fn counted_sync() {
    #[cfg(debug_assertions)]
    SYNCS.with(|n| n.set(n.get() + 1));
}

/// How many flushes to disk (of a file or a folder) this thread has made: debug builds only.
#[cfg(debug_assertions)]
pub fn syncs() -> usize {
    SYNCS.with(std::cell::Cell::get)
}

/// Windows cannot open a folder as a file; its rename (`MoveFileEx`) is flushed by the file
/// system. (The same signature as Unix's, whose flush can fail.)
#[cfg(not(unix))]
#[allow(clippy::unnecessary_wraps)]
fn sync_folder(_dir: &Path) -> io::Result<()> {
    counted_sync();
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::holds;

    #[test]
    fn holds_compares_every_piece_of_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.toml");
        let text: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
        std::fs::write(&path, &text).unwrap();
        assert!(holds(&path, &text).unwrap());
        let mut later = text.clone();
        later[150_000] ^= 1;
        assert!(!holds(&path, &later).unwrap(), "a byte in the third piece");
        assert!(!holds(&path, &text[..199_999]).unwrap());
        let missing = dir.path().join("gone.toml");
        assert_eq!(
            holds(&missing, &text).unwrap_err().kind(),
            std::io::ErrorKind::NotFound
        );
    }
}
