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
//! (its changes are said differently) is ignored and written anew; a change in it holding a
//! word no version writes (`Change` reads back only pactboard's own) is compared again. It is
//! never trusted.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::model::diff::Change;

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
    pairs: HashMap<String, Vec<serde_json::Value>>,
}

/// The cache of one file's history, as read; what this run used and added is written back.
pub(super) struct Cache {
    path: Option<PathBuf>,
    stored: Stored,
    /// The keys this run used (what a whole read keeps).
    used_loads: HashSet<String>,
    used_pairs: HashSet<String>,
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
            used_loads: HashSet::new(),
            used_pairs: HashSet::new(),
            added: false,
        }
    }

    /// Whether version `blob` (at `path`) loads: `Ok` it does, `Err(why)` it does not; `None`
    /// when not known yet.
    pub(super) fn loads(&mut self, blob: gix::ObjectId, path: &str) -> Option<Result<(), String>> {
        let key = load_key(blob, path);
        let known = self.stored.loads.get(&key).cloned()?;
        self.used_loads.insert(key);
        Some(known.map_or(Ok(()), Err))
    }

    pub(super) fn set_loads(&mut self, blob: gix::ObjectId, path: &str, why: Option<String>) {
        let key = load_key(blob, path);
        self.used_loads.insert(key.clone());
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
        // Each change read back as pactboard writes it; one that does not read (a word no
        // version writes) makes the pair unknown, to be compared again.
        let changes = self
            .stored
            .pairs
            .get(&key)?
            .iter()
            .map(|v| Change::deserialize(v.clone()).ok())
            .collect::<Option<Vec<Change>>>()?;
        self.used_pairs.insert(key);
        Some(changes)
    }

    pub(super) fn set_pair(
        &mut self,
        old: Option<gix::ObjectId>,
        new: gix::ObjectId,
        changes: &[Change],
    ) {
        let key = pair_key(old, new);
        self.used_pairs.insert(key.clone());
        let values = changes
            .iter()
            .filter_map(|c| serde_json::to_value(c).ok())
            .collect();
        self.stored.pairs.insert(key, values);
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
            self.stored.loads.retain(|k, _| self.used_loads.contains(k));
            self.stored.pairs.retain(|k, _| self.used_pairs.contains(k));
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
        // Nobody asked for a link here: one is never followed (nor replaced).
        if std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            tracing::warn!(cache = %path.display(), "the log cache is a link: not written");
            return;
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Status;

    #[test]
    fn every_change_reads_back_as_written_and_a_foreign_word_does_not() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 7, 1).unwrap();
        let at = chrono::DateTime::parse_from_rfc3339("2026-07-01T09:30:00+09:00").unwrap();
        let s = |t: &str| t.to_string();
        let changes = [
            Change::Status {
                milestone: s("m"),
                title: s("T"),
                from: Some(Status::Planned),
                to: Status::AtRisk,
                at: Some(at),
                day_only: true,
                note: Some(s("why")),
                by_hand: false,
            },
            Change::Status {
                milestone: s("m"),
                title: s("T"),
                from: None,
                to: Status::Done,
                at: None,
                day_only: false,
                note: None,
                by_hand: true,
            },
            Change::MilestoneAdded {
                milestone: s("m"),
                title: s("T"),
                pillar: s("P"),
            },
            Change::MilestoneRemoved {
                milestone: s("m"),
                title: s("T"),
            },
            Change::Retitled {
                milestone: s("m"),
                from: s("a"),
                to: s("b"),
            },
            Change::Moved {
                milestone: s("m"),
                title: s("T"),
                from: s("a"),
                to: s("b"),
            },
            Change::Redated {
                milestone: s("m"),
                title: s("T"),
                from: None,
                to: Some(day),
            },
            Change::MilestoneChanged {
                milestone: s("m"),
                title: s("T"),
                fields: vec!["owner", "notes"],
            },
            Change::EntryRecorded {
                target: s("t"),
                kind: "committed",
                amount: 5e11,
                unit: s("JPY"),
                date: day,
                note: None,
            },
            Change::Table {
                table: "translations",
                id: s("ja"),
                what: "changed",
            },
        ];
        for c in changes {
            let value = serde_json::to_value(&c).unwrap();
            assert_eq!(Change::deserialize(value.clone()).unwrap(), c);
            let text = value.to_string();
            for word in [
                "\"owner\"",
                "\"committed\"",
                "\"translations\"",
                "\"at_risk\"",
            ] {
                if text.contains(word) {
                    let foreign: serde_json::Value =
                        serde_json::from_str(&text.replace(word, "\"exploded\"")).unwrap();
                    assert!(Change::deserialize(foreign).is_err(), "{word} in {text}");
                }
            }
        }
    }
}
