//! A partnership file as it is on disk, ready to take the dashboard's or `set`'s changes: it
//! splices them into the text, checks the result by reading the changed parts back, refuses to
//! overwrite a file someone else changed, and writes atomically.
//!
//! Longer than 450 lines on purpose: it is the one save (the plan of keys set in place, edits
//! spliced, tables added and removed, the read-back check and the guarded write), and each step
//! uses the text and places the one before it left.

use std::collections::HashMap;
use std::path::PathBuf;

use toml::de::{DeTable, DeValue};

use super::author::{self, Authored, CannotAuthor};
use super::decode::{Refs, milestone};
use super::fields::Problems;
use super::source_map::{MilestoneSpans, SourceMap};
use super::splice::{self, CannotPlace, Splice};
use super::{Loaded, atomic};
use crate::model::plan::{Plan, Revalued, Table, Value};
use crate::model::{Milestone, Model};

/// Why a save did not happen. The file on disk is untouched in every case.
#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    /// Someone changed the file since it was read; its current text is here.
    #[error("{} changed on disk since it was read", crate::text::shown_path(.path))]
    Conflict { path: PathBuf, on_disk: String },
    #[error(transparent)]
    CannotPlace(#[from] CannotPlace),
    #[error(transparent)]
    CannotAuthor(#[from] CannotAuthor),
    #[error(transparent)]
    CannotEdit(#[from] super::table_edit::CannotEdit),
    /// The spliced text did not read back as the intended change (a layout pactboard cannot edit).
    #[error(
        "the change to `{id}` could not be written safely into this file's layout; nothing was saved"
    )]
    Unverified { id: String },
    /// The file may not be written by this user, or is marked read-only.
    #[error("{} was not written: {why}", crate::text::shown_path(.path))]
    ReadOnly {
        path: PathBuf,
        why: atomic::ReadOnly,
    },
    /// The file is gone from its place (deleted or moved); see [`Document::recreate`].
    #[error("{} no longer exists (deleted or moved)", crate::text::shown_path(.path))]
    Missing { path: PathBuf },
    /// A file to write anew (see [`Document::recreate`]) exists.
    #[error("{} exists; pactboard never writes over another file", crate::text::shown_path(.path))]
    Exists { path: PathBuf },
    /// Another save of the file holds its lock for too long.
    #[error("{} was not written: {source}", crate::text::shown_path(.path))]
    Busy {
        path: PathBuf,
        #[source]
        source: atomic::LockError,
    },
    #[error("cannot write {}: {source}", crate::text::shown_path(.path))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
}

/// The text of a file as last read or written, with where each milestone is in it.
#[derive(Debug, Clone)]
pub struct Document {
    pub path: PathBuf,
    pub text: String,
    pub spans: SourceMap,
    /// Write the file even if it is marked read-only (`set --force`; the dashboard asks first).
    /// A file this user has no permission to write is never written.
    pub allow_read_only: bool,
    /// Write the file even though it is gone from its place, for the next save only (the
    /// person confirmed, or chose a new name that must not exist yet).
    pub recreate: bool,
    /// Each milestone this document has saved a change to, as it was before the first one and
    /// its exact text then: a change that brings it back (an undo) writes back that text, so
    /// the file is byte for byte what it was, whatever the splices did to its layout.
    first_seen: HashMap<String, (Milestone, String)>,
}

impl Document {
    /// The document of a file just loaded.
    pub fn new(loaded: &Loaded) -> Self {
        Document {
            path: loaded.source.path.clone(),
            text: loaded.source.text.clone(),
            spans: loaded.spans.clone(),
            allow_read_only: false,
            recreate: false,
            first_seen: HashMap::new(),
        }
    }

    /// The model of a file just loaded and its document, without copying the text.
    pub fn split(loaded: Loaded) -> (Model, Self) {
        let document = Document {
            path: loaded.source.path,
            text: loaded.source.text,
            spans: loaded.spans,
            allow_read_only: false,
            recreate: false,
            first_seen: HashMap::new(),
        };
        (loaded.model, document)
    }

    /// The new text and spans with `changes` (milestone index, its version in this text) made as
    /// they stand in `model`, each read back and checked. Nothing is written.
    pub fn updated(
        &self,
        model: &Model,
        changes: &[(usize, &Milestone)],
    ) -> Result<(String, SourceMap), SaveError> {
        let (text, spans) = self.updated_at(model, &in_place(changes))?;
        Ok((text, spans.resolved(&self.spans)))
    }

    /// [`Document::updated`] for milestones whose place in the model differs from the file's.
    fn updated_at(
        &self,
        model: &Model,
        changes: &[Edited<'_>],
    ) -> Result<(String, NewSpans), SaveError> {
        let mut splices: Vec<(usize, Splice)> = Vec::new();
        let refs = RefIndex::new(model);
        for &Edited {
            file: i,
            model: at,
            before,
        } in changes
        {
            let after = &model.milestones[at];
            let stored = &self.spans.milestones[i];
            // The places of a milestone's other keys are read when one of them changes.
            let alone = (stored.details.is_none() && details_differ(before, after))
                .then(|| {
                    let section = stored.is_section(&self.text);
                    read_back(&self.text, self.region(i), section, &refs.refs(), true)
                })
                .flatten()
                .map(|(_, spans)| spans);
            let spans = alone.as_ref().unwrap_or(stored);
            if let Some((first, text)) = self.first_seen.get(&after.id)
                && first == after
            {
                let range = self.region(i);
                let mut text = text.clone();
                // Its text was the file's last line, without a line break, and something has
                // been written after it since: the break stays.
                let now = &self.text[range.clone()];
                if !text.ends_with('\n') && now.ends_with('\n') && range.end < self.text.len() {
                    text.push_str(if now.ends_with("\r\n") { "\r\n" } else { "\n" });
                }
                splices.push((i, Splice { range, text }));
                continue;
            }
            splices.extend(
                splice::plan(&self.text, spans, before, after, model)?
                    .into_iter()
                    .map(|s| (i, s)),
            );
        }
        splices.sort_by_key(|(_, s)| s.range.start);
        let flat: Vec<Splice> = splices.into_iter().map(|(_, s)| s).collect();
        let text = splice::apply(&self.text, &flat);
        let delta = |s: &Splice| s.text.len() as isize - s.range.len() as isize;
        // Where a changed milestone's part is in the new text: its header moves with what came
        // before it; its end takes in what was inserted at its end.
        let moved = |p: usize, take_inserts: bool| {
            let d: isize = flat
                .iter()
                .filter(|s| {
                    s.range.end < p || (s.range.end == p && (take_inserts || s.range.start < p))
                })
                .map(delta)
                .sum();
            p.saturating_add_signed(d)
        };
        let shifts = flat.iter().rev().map(|s| (s.range.end, delta(s))).collect();
        let mut read = Vec::with_capacity(changes.len());
        for &Edited {
            file: i, model: at, ..
        } in changes
        {
            let old = &self.spans.milestones[i];
            let section = old.is_section(&self.text);
            let region = self.region(i);
            // What was inserted where this milestone starts belongs to the one before it.
            let start = moved(region.start, true);
            let end = moved(region.end, section);
            let expected = &model.milestones[at];
            match read_back(&text, start..end, section, &refs.refs(), false) {
                Some((m, at)) if m == *expected => read.push((i, at)),
                _ => {
                    return Err(SaveError::Unverified {
                        id: expected.id.clone(),
                    });
                }
            }
        }
        Ok((text, NewSpans::Moved { shifts, read }))
    }

    /// The text that is milestone `i`: for a `[[milestones]]` section, from its header to the end
    /// of the line of its last key or history entry; for an inline table, the table.
    fn region(&self, i: usize) -> std::ops::Range<usize> {
        let spans = &self.spans.milestones[i];
        if spans.is_section(&self.text) {
            spans.table.start..splice::line_end(&self.text, spans.end())
        } else {
            spans.table.clone()
        }
    }

    /// The whole lines milestone `i` takes in the text (from its header or the line its inline
    /// table starts on to the end of its last line): what a conflict marker goes around.
    pub fn milestone_lines(&self, i: usize) -> std::ops::Range<usize> {
        let region = self.region(i);
        let start = splice::line_start(&self.text, region.start);
        let end = splice::line_end(&self.text, region.end.saturating_sub(1).max(region.start));
        start..end
    }

    /// Saves `changes` to the file, unless it changed on disk since it was read or may not be
    /// written. Holds the file's write lock from the comparison to the rename, so no other
    /// pactboard's save can come in between.
    pub fn save(
        &mut self,
        model: &Model,
        changes: &[(usize, &Milestone)],
    ) -> Result<atomic::Written, SaveError> {
        let lock = lock(&self.path)?;
        self.save_holding(&lock, model, changes)
    }

    /// [`Document::save`] for a writer that already holds the file's lock (see [`lock`]), such as
    /// `set`, which reads the file under it.
    pub fn save_holding(
        &mut self,
        lock: &atomic::WriteLock,
        model: &Model,
        changes: &[(usize, &Milestone)],
    ) -> Result<atomic::Written, SaveError> {
        let plan = Plan {
            edited: in_place(changes),
            ..Plan::default()
        };
        self.save_all_holding(lock, model, &plan)
    }

    /// Saves a change that adds or removes a whole table (see [`Authored`]); `model` is the
    /// model after it. The same checks and write as [`Document::save_holding`].
    pub fn save_authored_holding(
        &mut self,
        lock: &atomic::WriteLock,
        model: &Model,
        change: Authored,
    ) -> Result<atomic::Written, SaveError> {
        let plan = Plan {
            authored: vec![change],
            ..Plan::default()
        };
        self.save_all_holding(lock, model, &plan)
    }

    /// Saves what `plan` says, as one write (see [`Document::save_all_holding`]), taking the
    /// file's lock.
    pub fn save_all(
        &mut self,
        model: &Model,
        plan: &Plan<'_>,
    ) -> Result<atomic::Written, SaveError> {
        let lock = lock(&self.path)?;
        self.save_all_holding(&lock, model, plan)
    }

    /// The text and spans after `plan` (pillars' and sources' keys set in place, milestones
    /// edited in place, then tables removed and added), each checked as it is made. Nothing is
    /// written.
    pub fn planned(
        &self,
        model: &Model,
        plan: &Plan<'_>,
    ) -> Result<(String, SourceMap), SaveError> {
        let (text, spans) = self.planned_spans(model, plan)?;
        Ok((text, spans.resolved(&self.spans)))
    }

    /// The text of [`Document::planned`] alone (the places are not made: a merge's writing
    /// needs only the text, and the places of 100,000 milestones are some 25 MB).
    pub fn planned_text(&self, model: &Model, plan: &Plan<'_>) -> Result<String, SaveError> {
        self.planned_spans(model, plan).map(|(text, _)| text)
    }

    /// [`Document::planned`], the places given as what changes in the document's.
    fn planned_spans(
        &self,
        model: &Model,
        plan: &Plan<'_>,
    ) -> Result<(String, NewSpans), SaveError> {
        if plan.named.is_empty() {
            return self.planned_tables(model, plan);
        }
        // The names last, on the text the rest gives; read back whole, since they are few and
        // their table is found by a parse anyway.
        let rest = Plan {
            named: Vec::new(),
            ..plan.clone()
        };
        let (text, _) = self.planned_tables(model, &rest)?;
        let text = super::names_edit::set_names(&text, &plan.named)?;
        let checked = super::check(&super::SourceText::new(&self.path, text.as_str()));
        match checked.model {
            Some(m) if same_model(&m, model) && m.translations.same_names(&model.translations) => {
                Ok((text, NewSpans::Whole(checked.spans)))
            }
            _ => Err(SaveError::Unverified {
                id: plan.named.first().map_or_else(
                    || "a name".to_string(),
                    |n| format!("translations.{} {}", n.lang, n.key()),
                ),
            }),
        }
    }

    /// [`Document::planned`] of everything but the names.
    fn planned_tables(
        &self,
        model: &Model,
        plan: &Plan<'_>,
    ) -> Result<(String, NewSpans), SaveError> {
        if !plan.revalued.is_empty() {
            // Keys set in place move what follows them: the rest of the plan is made on the
            // text they give, read again for its places, and the whole is read back.
            let text = self.revalued(&plan.revalued)?;
            let checked = super::check(&super::SourceText::new(&self.path, text.as_str()));
            if checked.model.is_none() {
                // Its places are known only for a text that reads as a model.
                return Err(SaveError::Unverified {
                    id: "a pillar or source".to_string(),
                });
            }
            let mut shadow = self.clone();
            shadow.text = text;
            shadow.spans = checked.spans;
            let rest = Plan {
                revalued: Vec::new(),
                edited: plan.edited.clone(),
                authored: plan.authored.clone(),
                named: Vec::new(),
            };
            let (text, spans) = shadow.planned_tables(model, &rest)?;
            let spans = NewSpans::Whole(spans.resolved(&shadow.spans));
            let checked = super::check(&super::SourceText::new(&self.path, text.as_str()));
            if !checked.model.is_some_and(|m| same_model(&m, model)) {
                return Err(SaveError::Unverified {
                    id: "a pillar or source".to_string(),
                });
            }
            return Ok((text, spans));
        }
        let (edited, authored) = (&plan.edited[..], &plan.authored[..]);
        let (mut text, mut spans) = if edited.is_empty() {
            (self.text.clone(), NewSpans::unchanged())
        } else {
            self.updated_at(model, edited)?
        };
        if !authored.is_empty() {
            let mut whole = spans.resolved(&self.spans);
            for &change in authored {
                (text, whole) = author::author(&text, &whole, model, change)?;
            }
            spans = NewSpans::Whole(whole);
        }
        // Each change was read back where it was made; a file of a size read in milliseconds is
        // read back whole too, so nothing around the changes can have moved either.
        if text.len() <= WHOLE_READ_BACK {
            let checked = super::check(&super::SourceText::new(&self.path, text.as_str()));
            if !checked.model.is_some_and(|m| same_model(&m, model)) {
                let id = edited
                    .first()
                    .map_or_else(|| "the file".to_string(), |e| e.before.id.clone());
                return Err(SaveError::Unverified { id });
            }
        }
        Ok((text, spans))
    }

    /// This document's text with the keys of `revalued` set in place (the last table first, so
    /// the places of those before stay true).
    fn revalued(&self, revalued: &[Revalued]) -> Result<String, SaveError> {
        let mut order: Vec<&Revalued> = revalued.iter().collect();
        let at = |r: &Revalued| match r.table {
            Table::Pillar => self.spans.pillars.get(r.file),
            Table::Source => self.spans.sources.get(r.file),
        };
        order.sort_by_key(|r| std::cmp::Reverse(at(r).map_or(0, |t| t.table.start)));
        let mut text = self.text.clone();
        for r in order {
            let Some(spans) = at(r) else {
                return Err(SaveError::Unverified {
                    id: format!("{} {}", r.table.array(), r.file + 1),
                });
            };
            let values: Vec<(&str, Option<String>)> = r
                .values
                .iter()
                .map(|(key, value)| {
                    let written = value.as_ref().map(|v| match v {
                        Value::Text(s) => splice::toml_string(s),
                        Value::Date(d) => d.to_string(),
                    });
                    (*key, written)
                })
                .collect();
            text = super::table_edit::set_values(&text, spans, r.table.array(), &values)?;
        }
        Ok(text)
    }

    /// Saves what `plan` says as one atomic write, unless the file changed on disk since it
    /// was read or may not be written.
    pub fn save_all_holding(
        &mut self,
        _lock: &atomic::WriteLock,
        model: &Model,
        plan: &Plan<'_>,
    ) -> Result<atomic::Written, SaveError> {
        let (text, spans) = self.planned_spans(model, plan)?;
        let written = self.write(&text)?;
        for e in &plan.edited {
            if !self.first_seen.contains_key(&e.before.id) {
                let region = self
                    .text
                    .get(self.region(e.file))
                    .unwrap_or_default()
                    .to_string();
                self.first_seen
                    .insert(e.before.id.clone(), (e.before.clone(), region));
            }
        }
        self.text = text;
        spans.apply(&mut self.spans);
        Ok(written)
    }

    /// Writes `text` over the file, unless it changed on disk since it was read or may not be
    /// written.
    fn write(&mut self, text: &str) -> Result<atomic::Written, SaveError> {
        let path = &self.path;
        let io = |source| SaveError::Io {
            path: path.clone(),
            source,
        };
        let recreate = std::mem::take(&mut self.recreate);
        match atomic::holds(path, self.text.as_bytes()) {
            // A file written anew never takes the place of one that is there.
            Ok(_) if recreate => return Err(SaveError::Exists { path: path.clone() }),
            Ok(false) => {
                let on_disk = std::fs::read(path).map_err(io)?;
                return Err(SaveError::Conflict {
                    path: path.clone(),
                    on_disk: String::from_utf8_lossy(&on_disk).into_owned(),
                });
            }
            Ok(true) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && recreate => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(SaveError::Missing { path: path.clone() });
            }
            Err(e) => return Err(io(e)),
        }
        atomic::check_writable(path, self.allow_read_only).map_err(|why| SaveError::ReadOnly {
            path: path.clone(),
            why,
        })?;
        atomic::write(path, text.as_bytes()).map_err(io)
    }
}

/// The places of the milestones in a planned text: all of them, or the document's moved by the
/// splices made and those of the milestones read back. A large file's places (some 25 MB for
/// 100,000 milestones) are then changed in place once the text is written, not copied before.
enum NewSpans {
    Whole(SourceMap),
    Moved {
        /// Each splice's end and how many bytes it added (last splice first).
        shifts: Vec<(usize, isize)>,
        /// The places of each milestone changed, read back from the new text.
        read: Vec<(usize, MilestoneSpans)>,
    },
}

impl NewSpans {
    fn unchanged() -> Self {
        NewSpans::Moved {
            shifts: Vec::new(),
            read: Vec::new(),
        }
    }

    fn apply(self, spans: &mut SourceMap) {
        match self {
            NewSpans::Whole(whole) => *spans = whole,
            NewSpans::Moved { shifts, read } => {
                for (from, delta) in shifts {
                    spans.shift(from, delta);
                }
                for (i, at) in read {
                    spans.milestones[i] = at;
                }
            }
        }
    }

    /// The places themselves, given the document's.
    fn resolved(self, old: &SourceMap) -> SourceMap {
        match self {
            NewSpans::Whole(whole) => whole,
            moved @ NewSpans::Moved { .. } => {
                let mut spans = old.clone();
                moved.apply(&mut spans);
                spans
            }
        }
    }
}

/// The largest file read back whole after a save (1 MiB, some 4,000 milestones, read in under
/// 20 ms); larger ones are read back change by change only, so a save stays within twice the
/// cost of reading the file.
const WHOLE_READ_BACK: usize = 1 << 20;

/// Whether a file read back is the model saved: the same in everything, milestones compared by
/// id (a milestone put back after a saved removal is written at the end of the file while the
/// dashboard shows it where it was).
fn same_model(file: &Model, model: &Model) -> bool {
    let by_id: HashMap<&str, &Milestone> =
        file.milestones.iter().map(|m| (m.id.as_str(), m)).collect();
    file.partnership == model.partnership
        && file.sources == model.sources
        && file.pillars == model.pillars
        && file.agreements == model.agreements
        && file.objectives == model.objectives
        && file.targets == model.targets
        && file.rates == model.rates
        && file.milestones.len() == model.milestones.len()
        && model
            .milestones
            .iter()
            .all(|m| by_id.get(m.id.as_str()) == Some(&m))
}

pub use crate::model::plan::Edited;

/// Milestones edited where the model and the file have them at the same place.
fn in_place<'a>(changes: &[(usize, &'a Milestone)]) -> Vec<Edited<'a>> {
    changes
        .iter()
        .map(|&(i, before)| Edited {
            file: i,
            model: i,
            before,
        })
        .collect()
}

/// Takes the write lock of the file at `path`, waiting at most [`atomic::LOCK_WAIT`].
pub fn lock(path: &std::path::Path) -> Result<atomic::WriteLock, SaveError> {
    atomic::lock(path, atomic::LOCK_WAIT).map_err(|e| match e {
        atomic::LockError::Io(source) => SaveError::Io {
            path: path.to_path_buf(),
            source,
        },
        busy @ atomic::LockError::Busy(_) => SaveError::Busy {
            path: path.to_path_buf(),
            source: busy,
        },
    })
}

/// Id → index maps of a model, for reading a milestone back.
struct RefIndex<'m> {
    sources: HashMap<&'m str, usize>,
    pillars: HashMap<&'m str, usize>,
    objectives: HashMap<&'m str, usize>,
}

impl<'m> RefIndex<'m> {
    fn new(model: &'m Model) -> Self {
        fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<&str, usize> {
            items.iter().enumerate().map(|(i, x)| (id(x), i)).collect()
        }
        RefIndex {
            sources: ids(&model.sources, |x| &x.id),
            pillars: ids(&model.pillars, |x| &x.id),
            objectives: ids(&model.objectives, |x| &x.id),
        }
    }

    fn refs(&self) -> Refs<'_> {
        Refs {
            sources: &self.sources,
            pillars: &self.pillars,
            objectives: &self.objectives,
        }
    }
}

/// Whether a milestone's details (the keys whose places are read only when needed) differ.
fn details_differ(a: &Milestone, b: &Milestone) -> bool {
    a.title != b.title
        || a.pillar != b.pillar
        || a.objective != b.objective
        || a.weight.to_bits() != b.weight.to_bits()
        || a.owner != b.owner
        || a.source != b.source
}

/// Parses the part of `text` that holds one milestone, alone, and decodes it (with the places
/// of all its keys when `all_keys`).
fn read_back(
    text: &str,
    part: std::ops::Range<usize>,
    section: bool,
    refs: &Refs<'_>,
    all_keys: bool,
) -> Option<(Milestone, MilestoneSpans)> {
    let start = part.start;
    let part = text.get(part)?;
    let (prefix, suffix) = if section {
        ("", "")
    } else {
        ("milestones = [", "]")
    };
    let doc = format!("{prefix}{part}{suffix}");
    let root = DeTable::parse(&doc).ok()?.into_inner();
    let (_, value) = root
        .into_iter()
        .find(|(k, _)| k.get_ref() == "milestones")?;
    let DeValue::Array(items) = value.into_inner() else {
        return None;
    };
    let mut items = items.into_iter();
    let (item, None) = (items.next()?, items.next()) else {
        return None;
    };
    let mut p = Problems::default();
    let mut fields = p.fields("milestone", item, super::decode::MILESTONE)?;
    let (id, mut m, mut spans) = milestone(&mut p, &mut fields, refs, all_keys);
    if p.list.iter().any(super::diagnostic::Diagnostic::is_error) || !p.missing.is_empty() {
        return None;
    }
    m.id = id?.into_inner();
    spans.shift(0, start as isize - prefix.len() as isize);
    Some((m, spans))
}
