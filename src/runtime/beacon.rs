//! How a presentation's screens find each other: the presenter (or the speaker view) writes
//! where it is to a small file named after the file it shows, and each follower
//! (`present --follow`) reads that file a few times a second.
//!
//! A file rather than a socket or a pipe, because it asks nothing of the presenter: the presenter
//! never waits for a follower (a follower that hangs, dies or never reads costs it nothing), any
//! number of followers read the same file, one started late reads where the presenter is at once,
//! and it works the same on Linux, macOS and Windows. The cost is a follower's delay, at most the
//! time between two reads ([`FOLLOW_EVERY`]). The file is written as every pactboard file is
//! (a temporary file beside it, flushed, renamed over it), so a follower reads the old place or
//! the new one, never half of one; one that reads as anything else is ignored.
//!
//! Two sessions presenting the same file at once both publish; followers go where the last one
//! moved.
//!
//! Where: the platform's runtime folder for pactboard (`$XDG_RUNTIME_DIR/pactboard` on Linux,
//! private to the user and emptied at logout), else its cache folder's `present/`; the name is
//! the shown file's name and a hash of its full path, as a recovery's is.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::app::deck::Position;
use crate::store::atomic;

/// How often a follower reads where the presenter is.
pub const FOLLOW_EVERY: Duration = Duration::from_millis(100);

/// The most of a beacon file read: a position is a few hundred bytes.
const MOST: u64 = 64 * 1024;

/// The folder beacons are kept in, whether or not it exists.
pub fn folder() -> Option<PathBuf> {
    let project = directories::ProjectDirs::from("", "", "pactboard")?;
    Some(match project.runtime_dir() {
        Some(runtime) => runtime.to_path_buf(),
        None => project.cache_dir().join("present"),
    })
}

/// The beacon of the presentation of `file`.
pub fn path(file: &Path) -> Option<PathBuf> {
    Some(folder()?.join(format!("{}.slide", crate::places::file_key(file))))
}

/// Says where the presenter is. Errors are the caller's to log: a presentation never stops
/// because its followers cannot be told.
pub fn publish(beacon: &Path, at: &Position) -> std::io::Result<()> {
    if let Some(folder) = beacon.parent() {
        std::fs::create_dir_all(folder)?;
    }
    atomic::write_export(beacon, at.to_text().as_bytes(), true).map_err(|e| match e {
        atomic::ExportError::Io(e) => e,
        other => std::io::Error::other(other.to_string()),
    })
}

/// Where the presenter is, if a presenter of that file is showing.
pub fn read(beacon: &Path) -> Option<Position> {
    let mut text = String::new();
    std::fs::File::open(beacon)
        .ok()?
        .take(MOST)
        .read_to_string(&mut text)
        .ok()?;
    Position::parse(&text)
}

/// The presenter left: its followers stay on the last slide and say they are waiting.
pub fn withdraw(beacon: &Path) {
    let _ = std::fs::remove_file(beacon);
}

/// A presentation's beacon, as the terminal loop keeps it.
#[derive(Debug)]
pub struct Beacon {
    pub path: PathBuf,
    /// `--slides` and `--since` as asked, for followers started without them.
    pub slides: String,
    pub since: String,
    /// The shown file's name, for a follower's footer.
    pub name: String,
    last: Option<Position>,
    /// This screen has published a place that is still there.
    publishing: bool,
    said: bool,
}

impl Beacon {
    pub fn new(path: PathBuf, slides: String, since: String, name: String) -> Self {
        Beacon {
            path,
            slides,
            since,
            name,
            last: None,
            publishing: false,
            said: false,
        }
    }

    /// After each event and tick: a presenter publishes its place when it moved; a follower
    /// goes where the presenter is. True when the screen changed.
    pub fn tick(&mut self, app: &mut crate::app::App) -> bool {
        let Some(p) = app.presenter() else {
            // The presentation ended (the dashboard's was left with Esc): followers wait.
            self.leave();
            return false;
        };
        if p.role == crate::app::deck::Role::Follower {
            let at = read(&self.path);
            let lang = app.dash.langs.main;
            let note = match &at {
                Some(_) => crate::tr!(lang, "beacon-following", name = &self.name),
                None => crate::tr!(lang, "beacon-waiting", name = &self.name),
            };
            let moved = at.is_some() && at != self.last;
            let changed = moved || p.following.as_deref() != Some(note.as_str());
            if let Some(at) = &at
                && moved
            {
                self.last = Some(at.clone());
                // Started before its presenter and without --slides: the presenter's deck.
                if self.slides.is_empty()
                    && !at.slides.is_empty()
                    && let Ok(parts) = crate::model::deck::Part::parse_list(&at.slides)
                {
                    app.choose_slides(parts);
                }
            }
            app.follow_presenter(at.as_ref().filter(|_| moved), note);
            return changed;
        }
        let at = p.position(&app.doc.model, &self.slides, &self.since);
        if self.last.as_ref() != Some(&at) {
            match publish(&self.path, &at) {
                Ok(()) => self.publishing = true,
                Err(e) if !self.said => {
                    tracing::warn!("followers cannot be told where the presentation is: {e}");
                    self.said = true;
                }
                Err(_) => {}
            }
            self.last = Some(at);
        }
        false
    }

    /// The presentation ended: a presenter withdraws its place (a follower leaves it).
    pub fn leave(&mut self) {
        if self.publishing {
            withdraw(&self.path);
            self.publishing = false;
            self.last = None;
        }
    }
}
