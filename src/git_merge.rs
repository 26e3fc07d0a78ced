//! git's merge of a partnership file, as models ([`crate::model::three_way`]) instead of lines:
//! the merged model is written onto our version's text with the same splicing as a save, so the
//! lines neither side changed stay byte for byte; each milestone in conflict is written as git
//! writes a conflict, between `<<<<<<<` and `>>>>>>>` markers, ours then theirs, and nothing
//! else is. What the model merge cannot write is said ([`MergeError`]), for the caller to fall
//! back to git's merge of lines.

use std::path::Path;

use crate::model::Model;
use crate::model::shape::Shape;
use crate::model::three_way::{self, Merged, Unmergeable};
use crate::store::{self, Document, Edited, SourceText};

/// Why the model merge cannot do this merge.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("{side} version is not a valid model ({first})")]
    Invalid {
        /// "our", "their" or "the common".
        side: &'static str,
        /// Its first problem, located: `line 12: unknown key ...`.
        first: String,
    },
    #[error(transparent)]
    Unmergeable(#[from] Unmergeable),
    #[error("the merged model could not be written into the file's layout: {0}")]
    Unwritable(String),
}

/// The three versions loaded and merged; the conflicts wait to be written or settled.
pub struct Prepared {
    ours: Model,
    /// Our text and its places, which the merge is written onto.
    ours_file: Document,
    pub merged: Merged,
}

/// What a thread that parses a version gave, or an error when it stopped.
fn joined<T>(h: std::thread::ScopedJoinHandle<'_, Result<T, MergeError>>) -> Result<T, MergeError> {
    h.join().unwrap_or_else(|_| {
        Err(MergeError::Invalid {
            side: "a",
            first: "its reading stopped".to_string(),
        })
    })
}

/// Loads the three versions (`name` is the file's path, for messages) and merges them; without
/// a common version (the file was added on both sides, or git's is empty), from nothing. Texts
/// given as `String`s are read without a copy; the common one and theirs are dropped once read
/// (their models once merged), so that only ours is held beside the merge.
pub fn prepare(
    name: &Path,
    base: Option<impl Into<String>>,
    ours: impl Into<String>,
    theirs: impl Into<String>,
    now: chrono::DateTime<chrono::FixedOffset>,
) -> Result<Prepared, MergeError> {
    let (base, ours, theirs): (Option<String>, String, String) =
        (base.map(Into::into), ours.into(), theirs.into());
    let invalid = |text: &str, side| MergeError::Invalid {
        side,
        first: store::load_source(SourceText::new(name, text))
            .err()
            .map_or_else(String::new, |e| e.first_problem()),
    };
    let model = |text: &str, side| store::model_of(text).ok_or_else(|| invalid(text, side));
    // The common version and theirs are read first, at once, as models only (the places of
    // theirs are found if a milestone is in conflict), and their texts dropped once read; then
    // ours, whole. Read all three at once, the driver held three texts and three models
    // together: twice the memory of a `check` (3.0x when the places of all three were kept).
    let (base, theirs) = std::thread::scope(|scope| {
        let base = scope.spawn(|| match base.filter(|b| !b.trim().is_empty()) {
            Some(text) => model(&text, "the common"),
            None => Ok(Model::empty()),
        });
        let text = theirs;
        let theirs = model(&text, "their");
        drop(text);
        (joined(base), theirs)
    });
    let ours = store::load_source(SourceText::new(name, ours)).map_err(|e| MergeError::Invalid {
        side: "our",
        first: e.first_problem(),
    });
    let (base, ours, theirs) = (base?, ours?, theirs?);
    let merged = three_way::merge_owned(base, &ours.model, theirs, now)?;
    let (ours, ours_file) = Document::split(ours);
    Ok(Prepared {
        ours,
        ours_file,
        merged,
    })
}

impl Prepared {
    /// The merged model written onto our text: only what theirs changed is spliced in (a
    /// milestone in conflict stands as ours has it).
    pub fn written(&self) -> Result<String, MergeError> {
        let ours = &self.ours;
        let merged = &self.merged.model;
        let mut shape = Shape::of(ours);
        let mut ids: Vec<&str> = ours.milestones.iter().map(|m| m.id.as_str()).collect();
        for id in &self.merged.removed {
            if let Some(j) = ids.iter().position(|x| x == id) {
                ids.remove(j);
                shape.taken_out(j, id);
            }
        }
        for id in &self.merged.added {
            shape.inserted(ids.len(), None);
            ids.push(id);
        }
        let edited: Vec<Edited<'_>> = merged
            .milestones
            .iter()
            .enumerate()
            .filter_map(|(i, m)| {
                let file = shape.place(i)?;
                let before = &ours.milestones[file];
                (before != m).then_some(Edited {
                    file,
                    model: i,
                    before,
                })
            })
            .collect();
        self.ours_file
            .planned_text(
                merged,
                &crate::model::plan::Plan {
                    revalued: shape.revalued(merged),
                    edited,
                    authored: shape.plan(merged),
                    named: shape.named(merged),
                },
            )
            .map_err(|e| MergeError::Unwritable(e.to_string()))
    }

    /// [`Prepared::written`] with each milestone in conflict between git's markers: ours (as
    /// our file has it), then theirs (as `theirs`, their text, has it; read again only when
    /// there is a conflict); a side that removed it is empty.
    pub fn with_markers(
        &self,
        theirs: impl FnOnce() -> Option<String>,
    ) -> Result<String, MergeError> {
        let text = self.written()?;
        if self.merged.conflicts.is_empty() {
            return Ok(text);
        }
        let written = store::load_source(SourceText::new(&self.ours_file.path, text))
            .map_err(|e| MergeError::Unwritable(e.to_string()))?;
        let (written, here) = Document::split(written);
        let theirs = theirs().ok_or_else(|| {
            MergeError::Unwritable("their version could not be read again".into())
        })?;
        let theirs = store::load_source(SourceText::new(&self.ours_file.path, theirs))
            .map_err(|e| MergeError::Unwritable(e.to_string()))?;
        let (their_model, theirs) = Document::split(theirs);
        let text = &here.text;
        let newline = if text.contains("\r\n") { "\r\n" } else { "\n" };
        let mut marked: Vec<(std::ops::Range<usize>, String)> = Vec::new();
        for c in &self.merged.conflicts {
            let Some(i) = written.milestone_index(&c.milestone) else {
                continue;
            };
            let lines = here.milestone_lines(i);
            let mine = if c.ours.is_some() {
                text[lines.clone()].to_string()
            } else {
                String::new()
            };
            let other = match (&c.ours, their_model.milestone_index(&c.milestone)) {
                (Some(_), Some(j)) => theirs.text[theirs.milestone_lines(j)].to_string(),
                (None, _) => text[lines.clone()].to_string(),
                (Some(_), None) => String::new(),
            };
            let why = if c.fields.is_empty() {
                match c.ours {
                    None => "removed on our side, changed on theirs".to_string(),
                    Some(_) if c.theirs.is_none() => {
                        "changed on our side, removed on theirs".to_string()
                    }
                    Some(_) => "added on both sides".to_string(),
                }
            } else {
                format!("{} set differently on each side", c.fields.join(", "))
            };
            let end = |s: &str| {
                if s.is_empty() || s.ends_with('\n') {
                    String::new()
                } else {
                    newline.to_string()
                }
            };
            marked.push((
                lines,
                format!(
                    "<<<<<<< ours ({}: {why}){newline}{mine}{}======={newline}{other}{}>>>>>>> theirs{newline}",
                    c.milestone,
                    end(&mine),
                    end(&other)
                ),
            ));
        }
        marked.sort_by_key(|(r, _)| std::cmp::Reverse(r.start));
        let mut out = here.text;
        for (range, with) in marked {
            out.replace_range(range, &with);
        }
        Ok(out)
    }
}
