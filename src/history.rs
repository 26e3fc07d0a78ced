//! A partnership file's history in git, read with `gix` (no `git` binary): every commit that
//! changed the file's content, with the changes to the model it made (`model::diff`, models
//! compared, not lines), its author, date and subject; the uncommitted changes of the working
//! file first. Each version of the file is loaded once, by blob id. A file renamed or moved in
//! history is followed to its old path. The file at a revision (a tag, a commit, `HEAD~3`) is
//! what "since the last meeting" compares with.
//!
//! Longer than 450 lines on purpose: it is the one reader of git for pactboard (walking the
//! commits, following renames, reading past invalid and missing versions), and its pieces share
//! the repository handle and the cache of versions by blob id.

mod cache;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{FixedOffset, NaiveDate, TimeZone};

use crate::model::Model;
use crate::model::diff::{Change, diff};
use crate::store::{self, SourceText};

/// Why the history cannot be read.
#[derive(Debug, thiserror::Error)]
pub enum HistoryError {
    #[error("{} is not in a git repository", crate::text::shown_path(.0))]
    NotARepository(PathBuf),
    #[error("{} is not in the repository's working tree", crate::text::shown_path(.path))]
    OutsideWorkTree { path: PathBuf },
    #[error("\"{}\" is not a revision of this repository (a tag, a branch, a commit, HEAD~3)", crate::text::quote(.0))]
    UnknownRevision(String),
    #[error("{} is not in revision {revision}", crate::text::shown_path(.path))]
    NotInRevision { path: String, revision: String },
    #[error("{} at revision {revision} does not load (`git show {revision}:{}` shows it)", crate::text::shown_path(.path), crate::text::shown_path(.path))]
    InvalidAtRevision { path: String, revision: String },
    #[error("the repository could not be read: {0}")]
    Git(String),
}

fn git(e: impl std::fmt::Display) -> HistoryError {
    HistoryError::Git(e.to_string())
}

pub use crate::model::log::{Commit, Entry};

/// Which commits `log` lists: those after `since` (not reachable from it) up to `until`
/// (`HEAD` and the uncommitted changes when not given).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Range {
    pub since: Option<String>,
    pub until: Option<String>,
}

/// The file at a revision: the commit and the model.
#[derive(Debug, Clone, PartialEq)]
pub struct Version {
    pub commit: Commit,
    pub model: Model,
}

/// A file in a repository, opened once.
pub struct Repository {
    repo: gix::Repository,
    absolute: PathBuf,
    /// The file's path in the repository, with `/` between folders.
    relative: String,
}

impl Repository {
    /// The repository the file at `path` is in.
    pub fn open(path: &Path) -> Result<Self, HistoryError> {
        let absolute =
            std::fs::canonicalize(path).map_err(|_| HistoryError::NotARepository(path.into()))?;
        let folder = absolute.parent().unwrap_or(&absolute);
        let mut repo =
            gix::discover(folder).map_err(|_| HistoryError::NotARepository(path.into()))?;
        // Trees are read twice (a commit's and its parent's): keep the recent ones.
        repo.object_cache_size_if_unset(16 * 1024 * 1024);
        let workdir = repo
            .workdir()
            .and_then(|w| std::fs::canonicalize(w).ok())
            .ok_or_else(|| HistoryError::NotARepository(path.into()))?;
        let relative = absolute
            .strip_prefix(&workdir)
            .map_err(|_| HistoryError::OutsideWorkTree { path: path.into() })?
            .components()
            .map(|c| c.as_os_str().to_string_lossy())
            .collect::<Vec<_>>()
            .join("/");
        Ok(Repository {
            repo,
            absolute,
            relative,
        })
    }

    /// The commit a revision names.
    fn commit(&self, revision: &str) -> Result<gix::Commit<'_>, HistoryError> {
        self.repo
            .rev_parse_single(revision)
            .ok()
            .and_then(|id| id.object().ok())
            .and_then(|o| o.peel_to_commit().ok())
            .ok_or_else(|| HistoryError::UnknownRevision(revision.into()))
    }

    /// The file as it was at `revision`, followed through renames made since.
    pub fn version_at(&self, revision: &str) -> Result<Version, HistoryError> {
        let wanted = self.commit(revision)?.id;
        let tip = self.repo.head_commit().map_err(git)?.id;
        // The file's path at that commit: walk from HEAD back to it, following renames.
        let mut walk = Walk::new(self);
        let mut path = None;
        for info in self.walk_from([tip], None)? {
            let info = info.map_err(git)?;
            let here = walk.path_of(info.id, &self.relative);
            for p in &info.parent_ids {
                walk.follow(info.id, *p, &here)?;
            }
            if info.id == wanted {
                path = Some(here);
                break;
            }
        }
        let path = path.unwrap_or_else(|| self.relative.clone());
        let commit = self.commit(revision)?;
        let not_there = || HistoryError::NotInRevision {
            path: path.clone(),
            revision: revision.into(),
        };
        let blob = blob_at(&commit, &path)?.ok_or_else(not_there)?;
        let model =
            walk.models
                .get(&self.repo, blob)
                .ok_or_else(|| HistoryError::InvalidAtRevision {
                    path: path.clone(),
                    revision: revision.into(),
                })?;
        Ok(Version {
            commit: describe(&commit)?,
            model: Arc::unwrap_or_clone(model),
        })
    }

    /// The newest commit (its full id) made before the day `date` began, where its author was:
    /// the file as the team had it on the eve of that day. `None` when every commit is later.
    pub fn last_commit_before(&self, date: NaiveDate) -> Result<Option<String>, HistoryError> {
        let tip = self.repo.head_commit().map_err(git)?.id;
        for info in self.walk_from([tip], None)? {
            let info = info.map_err(git)?;
            let commit = self.repo.find_commit(info.id).map_err(git)?;
            if describe(&commit)?.date.date_naive() < date {
                return Ok(Some(info.id.to_string()));
            }
        }
        Ok(None)
    }

    /// The three versions of the file git keeps in its index during a merge that left it
    /// conflicted: the common base, ours and theirs (`None` for a side that does not have it).
    /// `None` when the file is not conflicted.
    pub fn conflict_versions(&self) -> Result<Option<[Option<String>; 3]>, HistoryError> {
        use gix::index::entry::Stage;
        let index = self.repo.open_index().map_err(git)?;
        let path: &gix::bstr::BStr = self.relative.as_str().into();
        let mut versions: [Option<String>; 3] = [None, None, None];
        let mut any = false;
        for (k, stage) in [Stage::Base, Stage::Ours, Stage::Theirs]
            .into_iter()
            .enumerate()
        {
            if let Some(entry) = index.entry_by_path_and_stage(path, stage) {
                any = true;
                let object = self.repo.find_object(entry.id).map_err(git)?;
                versions[k] = Some(String::from_utf8_lossy(&object.data).into_owned());
            }
        }
        Ok(any.then_some(versions))
    }

    /// The file's path in the repository, with `/` between folders.
    pub fn relative(&self) -> &str {
        &self.relative
    }

    /// The folder of the repository's configuration (`.git`, shared by its worktrees) and its
    /// working tree.
    pub fn folders(&self) -> (PathBuf, Option<PathBuf>) {
        (
            self.repo.common_dir().to_path_buf(),
            self.repo.workdir().map(Path::to_path_buf),
        )
    }

    /// A value of the repository's configuration (`merge.pactboard.driver`).
    pub fn config(&self, key: &str) -> Option<String> {
        self.repo
            .config_snapshot()
            .string(key)
            .map(|v| v.to_string())
    }

    fn walk_from(
        &self,
        tips: impl IntoIterator<Item = gix::ObjectId>,
        hidden: Option<gix::ObjectId>,
    ) -> Result<gix::revision::Walk<'_>, HistoryError> {
        self.repo
            .rev_walk(tips)
            .with_hidden(hidden)
            .sorting(gix::revision::walk::Sorting::ByCommitTime(
                gix::traverse::commit::simple::CommitTimeOrder::NewestFirst,
            ))
            .all()
            .map_err(git)
    }
}

/// The history of the file at `path`, newest first: the uncommitted changes (when there are any
/// and `range` ends at them), then each commit in `range` that changed the file's content.
pub fn log(path: &Path, range: &Range) -> Result<Vec<Entry>, HistoryError> {
    log_at_most(path, range, None)
}

/// The newest part of [`log`]: at most `most` commits that changed the file (and the
/// uncommitted changes), read first so that the Changes view shows them while the rest is read.
/// A version that does not load is compared with the last before it that this part has.
pub fn log_newest(path: &Path, range: &Range, most: usize) -> Result<Vec<Entry>, HistoryError> {
    log_at_most(path, range, Some(most))
}

fn log_at_most(
    path: &Path,
    range: &Range,
    most: Option<usize>,
) -> Result<Vec<Entry>, HistoryError> {
    let repo = Repository::open(path)?;
    let since = match &range.since {
        Some(r) => Some(repo.commit(r)?.id),
        None => None,
    };
    let until = match &range.until {
        Some(r) => Some(repo.commit(r)?.id),
        None => None,
    };
    let mut walk = Walk::new(&repo);
    let mut out = Vec::new();
    let head = repo.repo.head_commit().ok();
    if until.is_none() {
        let at_head = match &head {
            Some(c) => blob_at(c, &repo.relative)?,
            None => None,
        };
        if let Some(entry) = uncommitted(&repo, &mut walk, at_head) {
            out.push(entry);
        }
    }
    let Some(tip) = until.or(head.map(|h| h.id)) else {
        return Ok(out);
    };
    // First the commits that changed the file (the blob in each commit found once), then
    // every version of the file loaded (in parallel: it is most of the work), then the diffs.
    // A shallow clone's oldest commits name parents it does not have: there history starts.
    let shallow: std::collections::HashSet<gix::ObjectId> = repo
        .repo
        .shallow_commits()
        .ok()
        .flatten()
        .map(|ids| ids.iter().copied().collect())
        .unwrap_or_default();
    let mut changed: Vec<(Commit, String, Option<gix::ObjectId>, Vec<gix::ObjectId>)> = Vec::new();
    let mut starts = std::collections::HashSet::new();
    for info in repo.walk_from([tip], since)? {
        if most.is_some_and(|most| changed.len() >= most) {
            break;
        }
        let info = info.map_err(git)?;
        let here_path = walk.path_of(info.id, &repo.relative);
        let here = walk.blob(info.id, &here_path)?;
        let mut parents = Vec::new();
        let parent_ids: &[gix::ObjectId] = if shallow.contains(&info.id) {
            starts.insert(info.id);
            &[]
        } else {
            &info.parent_ids
        };
        for p in parent_ids {
            let parent_path = walk.follow(info.id, *p, &here_path)?;
            if let Some(b) = walk.blob(*p, &parent_path)? {
                parents.push(b);
            } else {
                parents.push(gix::ObjectId::null(gix::hash::Kind::Sha1));
            }
        }
        let unchanged = match parents.as_slice() {
            [] => here.is_none(),
            // A merge that took the file from one side changed nothing of its own.
            _ => parents
                .iter()
                .any(|p| Some(*p) == here || (p.is_null() && here.is_none())),
        };
        if unchanged {
            continue;
        }
        if shallow.contains(&info.id) && here.is_none() {
            continue;
        }
        let commit = info.object().map_err(git)?;
        changed.push((describe(&commit)?, here_path, here, parents));
    }
    // Each version read once, ever: what is known of it is in the cache (see `cache.rs`);
    // only the versions it does not know are read, on every core.
    let mut cache = cache::Cache::open(repo.repo.common_dir(), &repo.relative);
    let versions: Vec<(gix::ObjectId, String)> = changed
        .iter()
        .flat_map(|(_, path, here, parents)| {
            here.iter()
                .chain(parents)
                .filter(|id| !id.is_null())
                .map(|id| (*id, path.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    let unknown: Vec<(gix::ObjectId, String)> = versions
        .iter()
        .filter(|(id, path)| cache.loads(*id, path).is_none())
        .cloned()
        .collect();
    walk.models
        .load_all(&repo.repo, unknown.iter().map(|(id, _)| *id).collect());
    for (id, path) in &unknown {
        let why = match walk.models.loaded.get(id) {
            Some(Some(_)) => None,
            _ => Some(Models::problem(&repo.repo, *id, path)),
        };
        cache.set_loads(*id, path, why);
    }
    let mut loads =
        |id: gix::ObjectId, path: &str| cache.loads(id, path).is_some_and(|r| r.is_ok());
    // A version that does not load stands for the last one before it that did: the commit after
    // it is compared with that, so its changes and those of the invalid commit are told, and
    // it is not "created" again. Oldest first, so each invalid version knows what came before.
    let mut stands_for: HashMap<gix::ObjectId, Option<gix::ObjectId>> = HashMap::new();
    let mut last_valid: Option<gix::ObjectId> = None;
    for (_, path, here, parents) in changed.iter().rev() {
        for id in parents.iter().filter(|p| !p.is_null()).chain(here.iter()) {
            if loads(*id, path) {
                last_valid = Some(*id);
            } else {
                stands_for.entry(*id).or_insert(last_valid);
            }
        }
    }
    // Each commit as the versions it is compared: (new, the old of each parent).
    let compared: Vec<(Option<gix::ObjectId>, Vec<Option<gix::ObjectId>>)> = changed
        .iter()
        .map(|(_, path, here, parents)| {
            let new = here.filter(|id| loads(*id, path));
            let olds = parents
                .iter()
                .map(|p| {
                    if p.is_null() {
                        None
                    } else if loads(*p, path) {
                        Some(*p)
                    } else {
                        stands_for.get(p).copied().flatten()
                    }
                })
                .collect();
            (new, olds)
        })
        .collect();
    // The changes of each pair of versions compared: from the cache, else (`missing`) their
    // models read, compared, and kept in the cache.
    let mut known: HashMap<Pair, Vec<Change>> = HashMap::new();
    let mut missing: Vec<Pair> = Vec::new();
    let mut queued: std::collections::HashSet<Pair> = std::collections::HashSet::new();
    for (new, olds) in &compared {
        let Some(new) = *new else { continue };
        let olds: &[Option<gix::ObjectId>] = if olds.is_empty() { &[None] } else { olds };
        for &old in olds {
            let pair = (old, new);
            if known.contains_key(&pair) || queued.contains(&pair) {
                continue;
            }
            if let Some(changes) = cache.pair(old, new) {
                known.insert(pair, changes);
            } else {
                queued.insert(pair);
                missing.push(pair);
            }
        }
    }
    walk.models.load_all(
        &repo.repo,
        missing
            .iter()
            .flat_map(|(old, new)| old.iter().chain([new]).copied())
            .collect(),
    );
    let empty = Arc::new(Model::empty());
    for (old, new) in missing {
        let new_model = walk.models.get(&repo.repo, new);
        let old_model = match old {
            None => Some(empty.clone()),
            Some(o) => walk.models.get(&repo.repo, o),
        };
        if let (Some(new_model), Some(old_model)) = (new_model, old_model) {
            let changes = diff(&old_model, &new_model);
            cache.set_pair(old, new, &changes);
            known.insert((old, new), changes);
        }
    }
    for ((meta, path, here, parents), (new, olds)) in changed.into_iter().zip(compared) {
        let at_start = shallow_start(&starts, &meta);
        let problem = match (here, new) {
            (Some(id), None) => cache.loads(id, &path).and_then(Result::err),
            _ => None,
        };
        let changes = match new {
            Some(new) => {
                let pairs: &[Option<gix::ObjectId>] = if olds.is_empty() { &[None] } else { &olds };
                let mut diffs = pairs
                    .iter()
                    .map(|old| known.get(&(*old, new)).map_or(&[][..], Vec::as_slice));
                let first = diffs.next().unwrap_or_default();
                let rest: Vec<&[Change]> = diffs.collect();
                // For a merge, only what it changed against every parent (what came from one
                // side is listed at that side's commits).
                first
                    .iter()
                    .filter(|c| rest.iter().all(|d| d.contains(c)))
                    .cloned()
                    .collect()
            }
            None => Vec::new(),
        };
        if olds.len() > 1 && changes.is_empty() && new.is_some() {
            // A merge that made no change of its own.
            continue;
        }
        out.push(Entry {
            commit: Some(meta),
            invalid: here.is_some() && new.is_none(),
            problem,
            shallow_start: at_start,
            created: new.is_some()
                && olds.iter().all(Option::is_none)
                && parents.iter().all(gix::ObjectId::is_null)
                && !at_start,
            path: (path != repo.relative).then_some(path),
            changes,
        });
    }
    cache.save(most.is_none() && range.since.is_none() && range.until.is_none());
    Ok(out)
}

/// Two versions compared: the old (none for nothing before) and the new.
type Pair = (Option<gix::ObjectId>, gix::ObjectId);

fn shallow_start(starts: &std::collections::HashSet<gix::ObjectId>, meta: &Commit) -> bool {
    starts.iter().any(|id| id.to_string().starts_with(&meta.id))
}

/// The working file against the file at `HEAD`, when they differ as models.
fn uncommitted(
    repo: &Repository,
    walk: &mut Walk<'_>,
    at_head: Option<gix::ObjectId>,
) -> Option<Entry> {
    let text = std::fs::read_to_string(&repo.absolute).ok()?;
    let head_model = at_head.and_then(|id| walk.models.get(&repo.repo, id));
    let now = store::model_of(&text);
    let changes = match (&head_model, &now) {
        (Some(old), Some(new)) => diff(old, new),
        (None, Some(new)) => diff(&Model::empty(), new),
        _ => Vec::new(),
    };
    (!changes.is_empty() || (now.is_none() && at_head.is_some())).then_some(Entry {
        commit: None,
        invalid: now.is_none(),
        shallow_start: false,
        problem: now.is_none().then(|| {
            store::load_source(SourceText::new(&repo.relative, text.as_str()))
                .err()
                .map_or_else(String::new, |e| e.first_problem())
        }),
        created: now.is_some() && at_head.is_none(),
        path: None,
        changes,
    })
}

fn describe(commit: &gix::Commit<'_>) -> Result<Commit, HistoryError> {
    let author = commit.author().map_err(git)?;
    let time = author.time().map_err(git)?;
    let date = FixedOffset::east_opt(time.offset)
        .and_then(|offset| offset.timestamp_opt(time.seconds, 0).single())
        .unwrap_or_default();
    let subject = commit
        .message()
        .map(|m| m.summary().to_string())
        .unwrap_or_default();
    Ok(Commit {
        id: commit.id.to_hex_with_len(7).to_string(),
        author: author.trim().name.to_string(),
        date,
        subject,
    })
}

/// What a walk through history keeps: the file's path at each commit (it may have been renamed),
/// its blob there, and the models loaded.
struct Walk<'r> {
    repo: &'r Repository,
    paths: HashMap<gix::ObjectId, String>,
    blobs: HashMap<gix::ObjectId, Option<gix::ObjectId>>,
    models: Models,
}

impl<'r> Walk<'r> {
    fn new(repo: &'r Repository) -> Self {
        Walk {
            repo,
            paths: HashMap::new(),
            blobs: HashMap::new(),
            models: Models::default(),
        }
    }

    /// The file's path at `commit` (today's path unless a later commit renamed it).
    fn path_of(&self, commit: gix::ObjectId, today: &str) -> String {
        self.paths
            .get(&commit)
            .cloned()
            .unwrap_or_else(|| today.to_string())
    }

    /// The file's blob at `commit`, at `path`.
    fn blob(
        &mut self,
        commit: gix::ObjectId,
        path: &str,
    ) -> Result<Option<gix::ObjectId>, HistoryError> {
        if let Some(b) = self.blobs.get(&commit) {
            return Ok(*b);
        }
        let c = self.repo.repo.find_commit(commit).map_err(git)?;
        let b = blob_at(&c, path)?;
        self.blobs.insert(commit, b);
        Ok(b)
    }

    /// The file's path in `parent` of `child`, where it is at `path`: the same, or where it was
    /// before `child` renamed or moved it. Remembered for when the walk reaches the parent.
    fn follow(
        &mut self,
        child: gix::ObjectId,
        parent: gix::ObjectId,
        path: &str,
    ) -> Result<String, HistoryError> {
        if let Some(p) = self.paths.get(&parent) {
            return Ok(p.clone());
        }
        let here = self.blob(child, path)?;
        let mut found = path.to_string();
        if let Some(here) = here
            && self.blob(parent, path)?.is_none()
            && let Some(old) = self.renamed_from(child, parent, here)?
        {
            found = old;
            // Looked up at the new path: look again at the old one.
            self.blobs.remove(&parent);
        }
        self.paths.insert(parent, found.clone());
        Ok(found)
    }

    /// Where the file at `path` (blob `here`) in `child` was in `parent`, when `child` renamed
    /// it: a `.toml` file of `parent` that `child` no longer has, with the same content, else
    /// the one whose model shares the most milestones with it (at least half).
    fn renamed_from(
        &mut self,
        child: gix::ObjectId,
        parent: gix::ObjectId,
        here: gix::ObjectId,
    ) -> Result<Option<String>, HistoryError> {
        let files = |id: gix::ObjectId| -> Result<HashMap<String, gix::ObjectId>, HistoryError> {
            let commit = self.repo.repo.find_commit(id).map_err(git)?;
            let tree = commit.tree().map_err(git)?;
            Ok(tree
                .traverse()
                .breadthfirst
                .files()
                .map_err(git)?
                .into_iter()
                .filter(|e| e.mode.is_blob() && e.filepath.ends_with(b".toml"))
                .map(|e| (e.filepath.to_string(), e.oid))
                .collect())
        };
        let before = files(parent)?;
        let after = files(child)?;
        let gone: Vec<(String, gix::ObjectId)> = before
            .into_iter()
            .filter(|(p, _)| !after.contains_key(p))
            .collect();
        if let Some((p, _)) = gone.iter().find(|(_, b)| *b == here) {
            return Ok(Some(p.clone()));
        }
        let Some(new) = self.models.get(&self.repo.repo, here) else {
            return Ok(None);
        };
        let ids: std::collections::HashSet<&str> =
            new.milestones.iter().map(|m| m.id.as_str()).collect();
        let mut best: Option<(usize, String)> = None;
        for (p, blob) in gone {
            let Some(old) = self.models.get(&self.repo.repo, blob) else {
                continue;
            };
            let shared = old
                .milestones
                .iter()
                .filter(|m| ids.contains(m.id.as_str()))
                .count();
            let enough = shared * 2 >= old.milestones.len().max(ids.len()) && shared > 0;
            if enough && best.as_ref().is_none_or(|(n, _)| shared > *n) {
                best = Some((shared, p));
            }
        }
        Ok(best.map(|(_, p)| p))
    }
}

/// The blob id of the file at `relative` in `commit`, if the commit has it.
fn blob_at(
    commit: &gix::Commit<'_>,
    relative: &str,
) -> Result<Option<gix::ObjectId>, HistoryError> {
    let tree = commit.tree().map_err(git)?;
    Ok(tree
        .lookup_entry_by_path(relative)
        .map_err(git)?
        .filter(|e| e.mode().is_blob())
        .map(|e| e.object_id()))
}

/// Models loaded from blobs, by blob id (shared, not copied, between the commits that have
/// the same version).
#[derive(Default)]
struct Models {
    loaded: HashMap<gix::ObjectId, Option<Arc<Model>>>,
}

/// A blob's text, when it is UTF-8.
fn blob_text(repo: &gix::Repository, id: gix::ObjectId) -> Option<String> {
    repo.find_object(id)
        .ok()
        .and_then(|o| String::from_utf8(o.detach().data).ok())
}

impl Models {
    /// Loads every version in `ids` not loaded yet, for its model alone, on every core: each
    /// thread opens the repository for itself (a handle is not shared between threads), reads
    /// its blobs and parses them.
    fn load_all(&mut self, repo: &gix::Repository, mut ids: Vec<gix::ObjectId>) {
        ids.sort_unstable();
        ids.dedup();
        ids.retain(|id| !self.loaded.contains_key(id));
        let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
        let chunk = ids.len().div_ceil(threads).max(1);
        let git_dir = repo.git_dir().to_path_buf();
        let loaded: Vec<(gix::ObjectId, Option<Arc<Model>>)> = std::thread::scope(|scope| {
            let workers: Vec<_> = ids
                .chunks(chunk)
                .map(|part| {
                    let git_dir = &git_dir;
                    scope.spawn(move || {
                        let Ok(mut repo) = gix::open(git_dir) else {
                            return Vec::new();
                        };
                        repo.object_cache_size_if_unset(16 * 1024 * 1024);
                        part.iter()
                            .map(|id| {
                                let model = blob_text(&repo, *id).and_then(|t| store::model_of(&t));
                                (*id, model.map(Arc::new))
                            })
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

    /// Why the version `id` does not load: its first problem.
    fn problem(repo: &gix::Repository, id: gix::ObjectId, name: &str) -> String {
        match blob_text(repo, id) {
            Some(text) => store::load_source(SourceText::new(name, text.as_str()))
                .err()
                .map_or_else(String::new, |e| e.first_problem()),
            None => "it is not UTF-8 text".to_string(),
        }
    }

    fn get(&mut self, repo: &gix::Repository, id: gix::ObjectId) -> Option<Arc<Model>> {
        if let Some(model) = self.loaded.get(&id) {
            return model.clone();
        }
        let model = blob_text(repo, id)
            .and_then(|text| store::model_of(&text))
            .map(Arc::new);
        self.loaded.insert(id, model.clone());
        model
    }
}
