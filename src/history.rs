//! A partnership file's history in git, read with `gix` (no `git` binary): every commit that
//! changed the file's content, with the changes to the model it made (`model::diff`, models
//! compared, not lines), its author, date and subject; the uncommitted changes of the working
//! file first. Each version of the file is loaded once, by blob id.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset, TimeZone};
use serde::Serialize;

use crate::model::Model;
use crate::model::diff::{Change, diff};
use crate::store::{self, SourceText};

/// Why the history cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("{0} is not in a git repository")]
    NotARepository(PathBuf),
    #[error("{path} is not in the repository's working tree")]
    OutsideWorkTree { path: PathBuf },
    #[error("the repository could not be read: {0}")]
    Git(String),
}

fn git(e: impl std::fmt::Display) -> HistoryError {
    HistoryError::Git(e.to_string())
}

/// A commit that changed the file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Commit {
    pub id: String,
    pub author: String,
    pub date: DateTime<FixedOffset>,
    pub subject: String,
}

/// The changes one commit made to the model, or the uncommitted ones (`commit` is `None`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Entry {
    pub commit: Option<Commit>,
    /// The file did not load at this version (its problems are for `check`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub invalid: bool,
    pub changes: Vec<Change>,
}

/// The history of the file at `path`, newest first: the uncommitted changes (when there are any),
/// then each commit that changed the file's content.
pub fn log(path: &Path) -> Result<Vec<Entry>, HistoryError> {
    let absolute =
        std::fs::canonicalize(path).map_err(|_| HistoryError::NotARepository(path.into()))?;
    let folder = absolute.parent().unwrap_or(&absolute);
    let mut repo = gix::discover(folder).map_err(|_| HistoryError::NotARepository(path.into()))?;
    // Trees are read twice (a commit's and its parent's): keep the recent ones.
    repo.object_cache_size_if_unset(16 * 1024 * 1024);
    let workdir = repo
        .workdir()
        .and_then(|w| std::fs::canonicalize(w).ok())
        .ok_or_else(|| HistoryError::NotARepository(path.into()))?;
    let relative = absolute
        .strip_prefix(&workdir)
        .map_err(|_| HistoryError::OutsideWorkTree { path: path.into() })?
        .to_path_buf();
    let name = relative.display().to_string();
    let mut models = Models::default();
    let mut out = Vec::new();
    let head = repo.head_commit().ok();
    // Uncommitted: the working file against the file at HEAD.
    let at_head = match &head {
        Some(c) => blob_at(c, &relative)?,
        None => None,
    };
    let working = std::fs::read_to_string(&absolute).ok();
    let head_model = at_head.and_then(|id| models.get(&repo, id, &name));
    if let Some(text) = working {
        let now = load(&name, &text);
        let changes = match (&head_model, &now) {
            (Some(old), Some(new)) => diff(old, new),
            (None, Some(new)) => diff(&Model::empty(), new),
            _ => Vec::new(),
        };
        if !changes.is_empty() || (now.is_none() && at_head.is_some()) {
            out.push(Entry {
                commit: None,
                invalid: now.is_none(),
                changes,
            });
        }
    }
    let Some(head) = head else {
        return Ok(out);
    };
    let walk = repo
        .rev_walk([head.id])
        .sorting(gix::revision::walk::Sorting::ByCommitTime(
            gix::traverse::commit::simple::CommitTimeOrder::NewestFirst,
        ))
        .all()
        .map_err(git)?;
    // First the commits that changed the file (the blob in each commit found once), then
    // every version of the file loaded (in parallel: it is most of the work), then the diffs.
    let mut blobs: HashMap<gix::ObjectId, Option<gix::ObjectId>> = HashMap::new();
    let mut changed: Vec<(Commit, Option<gix::ObjectId>, Option<gix::ObjectId>)> = Vec::new();
    for info in walk {
        let info = info.map_err(git)?;
        let commit = info.object().map_err(git)?;
        let here = match blobs.get(&info.id) {
            Some(b) => *b,
            None => blob_at(&commit, &relative)?,
        };
        let parent = match info.parent_ids.first() {
            Some(p) => {
                if let Some(b) = blobs.get(p) {
                    *b
                } else {
                    let parent = repo.find_commit(*p).map_err(git)?;
                    let b = blob_at(&parent, &relative)?;
                    blobs.insert(*p, b);
                    b
                }
            }
            None => None,
        };
        if here == parent {
            continue;
        }
        let author = commit.author().map_err(git)?;
        let time = author.time().map_err(git)?;
        let date = FixedOffset::east_opt(time.offset)
            .and_then(|offset| offset.timestamp_opt(time.seconds, 0).single())
            .unwrap_or_default();
        let subject = commit
            .message()
            .map(|m| m.summary().to_string())
            .unwrap_or_default();
        let meta = Commit {
            id: info.id.to_hex_with_len(7).to_string(),
            author: author.trim().name.to_string(),
            date,
            subject,
        };
        changed.push((meta, here, parent));
    }
    let wanted: Vec<gix::ObjectId> = changed
        .iter()
        .flat_map(|(_, here, parent)| [*here, *parent])
        .flatten()
        .collect();
    models.load_all(&repo, wanted, &name);
    for (meta, here, parent) in changed {
        let new = here.and_then(|id| models.get(&repo, id, &name));
        let old = parent.and_then(|id| models.get(&repo, id, &name));
        let changes = match (&old, &new) {
            (Some(old), Some(new)) => diff(old, new),
            (None, Some(new)) => diff(&Model::empty(), new),
            _ => Vec::new(),
        };
        out.push(Entry {
            commit: Some(meta),
            invalid: here.is_some() && new.is_none(),
            changes,
        });
    }
    Ok(out)
}

/// The blob id of the file at `relative` in `commit`, if the commit has it.
fn blob_at(
    commit: &gix::Commit<'_>,
    relative: &Path,
) -> Result<Option<gix::ObjectId>, HistoryError> {
    let tree = commit.tree().map_err(git)?;
    Ok(tree
        .lookup_entry_by_path(relative)
        .map_err(git)?
        .map(|e| e.object_id()))
}

/// The model of a file's text, when it loads.
fn load(name: &str, text: &str) -> Option<Model> {
    store::load_source(SourceText::new(name, text))
        .ok()
        .map(|l| l.model)
}

/// Models loaded from blobs, by blob id.
#[derive(Default)]
struct Models {
    loaded: HashMap<gix::ObjectId, Option<Model>>,
}

impl Models {
    /// Loads every version in `ids` not loaded yet, reading the blobs here and parsing them on
    /// every core.
    fn load_all(&mut self, repo: &gix::Repository, mut ids: Vec<gix::ObjectId>, name: &str) {
        ids.sort_unstable();
        ids.dedup();
        ids.retain(|id| !self.loaded.contains_key(id));
        let texts: Vec<(gix::ObjectId, Option<String>)> = ids
            .into_iter()
            .map(|id| {
                let text = repo
                    .find_object(id)
                    .ok()
                    .and_then(|o| String::from_utf8(o.data.clone()).ok());
                (id, text)
            })
            .collect();
        let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        let chunk = texts.len().div_ceil(threads).max(1);
        let loaded: Vec<(gix::ObjectId, Option<Model>)> = std::thread::scope(|scope| {
            let workers: Vec<_> = texts
                .chunks(chunk)
                .map(|part| {
                    scope.spawn(move || {
                        part.iter()
                            .map(|(id, text)| (*id, text.as_deref().and_then(|t| load(name, t))))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap_or_default())
                .collect()
        });
        self.loaded.extend(loaded);
    }

    fn get(&mut self, repo: &gix::Repository, id: gix::ObjectId, name: &str) -> Option<Model> {
        if let Some(model) = self.loaded.get(&id) {
            return model.clone();
        }
        let model = repo
            .find_object(id)
            .ok()
            .and_then(|o| String::from_utf8(o.data.clone()).ok())
            .and_then(|text| load(name, &text));
        self.loaded.insert(id, model.clone());
        model
    }
}
