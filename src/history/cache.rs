//! What `log` and the Changes view learned of a file's history, kept so that each version is
//! read once, ever: whether a version (a blob) loads, and the model changes between two
//! versions, keyed by their blob ids (git's hashes of their text, so an entry is true for as
//! long as the ids exist, whatever branch or clone names them).
//!
//! It is kept in the repository's own folder, `.git/pactboard/log-cache-NAME.json` (the folder
//! shared by its worktrees): it belongs to the repository's objects, goes when the repository
//! goes, is never committed, and needs no platform cache folder that a user might clear or
//! never have. One file per file of the repository (by its path), each written atomically.
//! A cache that does not read, or that another format or another version of pactboard wrote
//! (its changes are said differently), is ignored and written anew: it is never trusted.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::diff::Change;
use crate::model::{EntryKind, Status};

const FORMAT: &str = "pactboard-log-cache";
const VERSION: u32 = 1;

/// The file as written.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Stored {
    format: String,
    version: u32,
    pactboard: String,
    /// `BLOB:PATH` → why it does not load (`None`: it loads).
    loads: HashMap<String, Option<String>>,
    /// `OLD:NEW` (`OLD` empty for nothing before) → the changes from the one to the other.
    pairs: HashMap<String, Vec<Cached>>,
}

/// A [`Change`] as the cache keeps it (its fixed words as text, read back into the same set).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(tag = "c", rename_all = "snake_case")]
enum Cached {
    Status {
        milestone: String,
        title: String,
        from: Option<String>,
        to: String,
        at: Option<chrono::DateTime<chrono::FixedOffset>>,
        day_only: bool,
        note: Option<String>,
        by_hand: bool,
    },
    MilestoneAdded {
        milestone: String,
        title: String,
        pillar: String,
    },
    MilestoneRemoved {
        milestone: String,
        title: String,
    },
    Retitled {
        milestone: String,
        from: String,
        to: String,
    },
    Moved {
        milestone: String,
        title: String,
        from: String,
        to: String,
    },
    Redated {
        milestone: String,
        title: String,
        from: Option<chrono::NaiveDate>,
        to: Option<chrono::NaiveDate>,
    },
    MilestoneChanged {
        milestone: String,
        title: String,
        fields: Vec<String>,
    },
    EntryRecorded {
        target: String,
        kind: String,
        amount: f64,
        unit: String,
        date: chrono::NaiveDate,
        note: Option<String>,
    },
    Table {
        table: String,
        id: String,
        what: String,
    },
}

/// One of the fixed words a change may hold, as the same `&'static str`.
fn word(text: &str, words: &[&'static str]) -> Option<&'static str> {
    words.iter().copied().find(|w| *w == text)
}

const FIELDS: &[&str] = &["objective", "owner", "weight", "notes", "source"];
const TABLES: &[&str] = &["source", "pillar", "objective", "target", "translations"];
const WHATS: &[&str] = &["added", "changed", "removed"];

impl Cached {
    fn of(change: &Change) -> Cached {
        match change.clone() {
            Change::Status {
                milestone,
                title,
                from,
                to,
                at,
                day_only,
                note,
                by_hand,
            } => Cached::Status {
                milestone,
                title,
                from: from.map(|s| s.as_str().to_string()),
                to: to.as_str().to_string(),
                at,
                day_only,
                note,
                by_hand,
            },
            Change::MilestoneAdded {
                milestone,
                title,
                pillar,
            } => Cached::MilestoneAdded {
                milestone,
                title,
                pillar,
            },
            Change::MilestoneRemoved { milestone, title } => {
                Cached::MilestoneRemoved { milestone, title }
            }
            Change::Retitled {
                milestone,
                from,
                to,
            } => Cached::Retitled {
                milestone,
                from,
                to,
            },
            Change::Moved {
                milestone,
                title,
                from,
                to,
            } => Cached::Moved {
                milestone,
                title,
                from,
                to,
            },
            Change::Redated {
                milestone,
                title,
                from,
                to,
            } => Cached::Redated {
                milestone,
                title,
                from,
                to,
            },
            Change::MilestoneChanged {
                milestone,
                title,
                fields,
            } => Cached::MilestoneChanged {
                milestone,
                title,
                fields: fields.into_iter().map(str::to_string).collect(),
            },
            Change::EntryRecorded {
                target,
                kind,
                amount,
                unit,
                date,
                note,
            } => Cached::EntryRecorded {
                target,
                kind: kind.to_string(),
                amount,
                unit,
                date,
                note,
            },
            Change::Table { table, id, what } => Cached::Table {
                table: table.to_string(),
                id,
                what: what.to_string(),
            },
        }
    }

    /// The change again; `None` for a word no version of pactboard writes (a foreign cache).
    fn change(self) -> Option<Change> {
        Some(match self {
            Cached::Status {
                milestone,
                title,
                from,
                to,
                at,
                day_only,
                note,
                by_hand,
            } => Change::Status {
                milestone,
                title,
                from: match from {
                    Some(from) => Some(Status::parse(&from)?),
                    None => None,
                },
                to: Status::parse(&to)?,
                at,
                day_only,
                note,
                by_hand,
            },
            Cached::MilestoneAdded {
                milestone,
                title,
                pillar,
            } => Change::MilestoneAdded {
                milestone,
                title,
                pillar,
            },
            Cached::MilestoneRemoved { milestone, title } => {
                Change::MilestoneRemoved { milestone, title }
            }
            Cached::Retitled {
                milestone,
                from,
                to,
            } => Change::Retitled {
                milestone,
                from,
                to,
            },
            Cached::Moved {
                milestone,
                title,
                from,
                to,
            } => Change::Moved {
                milestone,
                title,
                from,
                to,
            },
            Cached::Redated {
                milestone,
                title,
                from,
                to,
            } => Change::Redated {
                milestone,
                title,
                from,
                to,
            },
            Cached::MilestoneChanged {
                milestone,
                title,
                fields,
            } => Change::MilestoneChanged {
                milestone,
                title,
                fields: fields
                    .iter()
                    .map(|f| word(f, FIELDS))
                    .collect::<Option<Vec<_>>>()?,
            },
            Cached::EntryRecorded {
                target,
                kind,
                amount,
                unit,
                date,
                note,
            } => Change::EntryRecorded {
                target,
                kind: EntryKind::ALL
                    .iter()
                    .map(|k| k.as_str())
                    .find(|k| *k == kind)?,
                amount,
                unit,
                date,
                note,
            },
            Cached::Table { table, id, what } => Change::Table {
                table: word(&table, TABLES)?,
                id,
                what: word(&what, WHATS)?,
            },
        })
    }
}

/// The cache of one file's history, as read; what this run used and added is written back.
pub(super) struct Cache {
    path: Option<PathBuf>,
    stored: Stored,
    /// The keys this run used (what a whole read keeps).
    used_loads: Vec<String>,
    used_pairs: Vec<String>,
    added: bool,
}

fn pair_key(old: Option<gix::ObjectId>, new: gix::ObjectId) -> String {
    format!("{}:{new}", old.map(|o| o.to_string()).unwrap_or_default())
}

fn load_key(blob: gix::ObjectId, path: &str) -> String {
    format!("{blob}:{path}")
}

impl Cache {
    /// The cache of the file at `relative` in the repository whose shared folder is
    /// `common_dir`; empty when there is none, or it cannot be trusted.
    pub(super) fn open(common_dir: &Path, relative: &str) -> Cache {
        use sha2::Digest;
        let name = sha2::Sha256::digest(relative.as_bytes());
        let name = name.iter().take(8).fold(String::new(), |mut out, b| {
            use std::fmt::Write;
            let _ = write!(out, "{b:02x}");
            out
        });
        let path = common_dir
            .join("pactboard")
            .join(format!("log-cache-{name}.json"));
        let stored = std::fs::read(&path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Stored>(&bytes).ok())
            .filter(|s| {
                s.format == FORMAT
                    && s.version == VERSION
                    && s.pactboard == env!("CARGO_PKG_VERSION")
            });
        if stored.is_none() && path.exists() {
            tracing::info!(cache = %path.display(), "the log cache is not this version's: read anew");
        }
        Cache {
            path: Some(path),
            stored: stored.unwrap_or_default(),
            used_loads: Vec::new(),
            used_pairs: Vec::new(),
            added: false,
        }
    }

    /// Whether version `blob` (at `path`) loads: `Ok` it does, `Err(why)` it does not; `None`
    /// when not known yet.
    pub(super) fn loads(&mut self, blob: gix::ObjectId, path: &str) -> Option<Result<(), String>> {
        let key = load_key(blob, path);
        let known = self.stored.loads.get(&key).cloned()?;
        self.used_loads.push(key);
        Some(known.map_or(Ok(()), Err))
    }

    pub(super) fn set_loads(&mut self, blob: gix::ObjectId, path: &str, why: Option<String>) {
        let key = load_key(blob, path);
        self.used_loads.push(key.clone());
        self.stored.loads.insert(key, why);
        self.added = true;
    }

    /// The changes from version `old` (nothing when `None`) to `new`, when known.
    pub(super) fn pair(
        &mut self,
        old: Option<gix::ObjectId>,
        new: gix::ObjectId,
    ) -> Option<Vec<Change>> {
        let key = pair_key(old, new);
        let changes = self
            .stored
            .pairs
            .get(&key)?
            .iter()
            .cloned()
            .map(Cached::change)
            .collect::<Option<Vec<_>>>()?;
        self.used_pairs.push(key);
        Some(changes)
    }

    pub(super) fn set_pair(
        &mut self,
        old: Option<gix::ObjectId>,
        new: gix::ObjectId,
        changes: &[Change],
    ) {
        let key = pair_key(old, new);
        self.used_pairs.push(key.clone());
        self.stored
            .pairs
            .insert(key, changes.iter().map(Cached::of).collect());
        self.added = true;
    }

    /// Writes what was learned. After a read of the whole history (`whole`), only what it used
    /// is kept, so the cache holds no more than the history; after a part, what was there stays.
    pub(super) fn save(mut self, whole: bool) {
        let Some(path) = self.path.take() else {
            return;
        };
        let before = (self.stored.loads.len(), self.stored.pairs.len());
        if whole {
            let loads: std::collections::HashSet<&String> = self.used_loads.iter().collect();
            let pairs: std::collections::HashSet<&String> = self.used_pairs.iter().collect();
            self.stored.loads.retain(|k, _| loads.contains(k));
            self.stored.pairs.retain(|k, _| pairs.contains(k));
        }
        let pruned = before != (self.stored.loads.len(), self.stored.pairs.len());
        if !self.added && !pruned {
            return;
        }
        self.stored.format = FORMAT.to_string();
        self.stored.version = VERSION;
        self.stored.pactboard = env!("CARGO_PKG_VERSION").to_string();
        let Ok(bytes) = serde_json::to_vec(&self.stored) else {
            return;
        };
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| crate::store::atomic::write(&path, &bytes));
        if let Err(e) = written {
            // The log is right without it; the next one reads the versions again.
            tracing::warn!(cache = %path.display(), "the log cache was not written: {e}");
        }
    }
}
