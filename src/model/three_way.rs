//! The three-way merge of two versions of a model that started from a common one (`base`):
//! what git's merge driver and `pactboard resolve` do. "Ours" is the version the merge writes
//! into, "theirs" the one merged in.
//!
//! - A milestone changed on one side only takes that side's version; changed on both, each
//!   field changed on one side takes that side's value, and a field set to different values on
//!   both is a [`Conflict`] (status counts as one field, its history with it). The status
//!   histories merge as the dashboard's save merges them ([`super::merge::merge_milestone`]):
//!   both sides' entries in time order, `from`/`to` consistent with the result; the same change
//!   made on both sides is kept once (with both notes).
//! - Milestones, sources, pillars and target entries added on either side are kept (theirs after
//!   ours); a milestone removed on one side and untouched on the other goes; removed on one side
//!   and changed on the other is a conflict.
//! - A source or a pillar changed on one side only takes that side's version (its keys are set
//!   in place by the save).
//! - What the model merge cannot write into the file (theirs changed the partnership, an
//!   agreement, an objective, a rate, a name in translations ours changed too, a target's own fields, removed a source
//!   or a pillar, or changed one differently from ours) is [`Unmergeable`]: the caller falls
//!   back to a merge of lines.
//!
//! Longer than 450 lines on purpose: it is one algorithm (milestones, histories and every other
//! table merged by the same rules), and its parts are read together.

use std::collections::HashMap;

use chrono::{DateTime, FixedOffset};

use super::adopt::Adopter;
use super::history::merge_histories;
use super::merge::{Keep, settle_status, start_status};
use super::{Milestone, Model, Status};

/// A milestone the two sides changed in ways that cannot both stand.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub milestone: String,
    /// The fields set to different values on each side (`status` covers its history); empty
    /// when one side removed the milestone and the other changed it, or both added it.
    pub fields: Vec<&'static str>,
    /// The common version, in the merged model's numbering, when both sides changed it.
    pub base: Option<Milestone>,
    /// Each side's version in the merged model's numbering (`None`: removed on that side).
    pub ours: Option<Milestone>,
    pub theirs: Option<Milestone>,
}

/// The merged model, as ours with theirs' changes made on it.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// Ours, with the milestones theirs removed taken out and theirs' additions at the end; a
    /// conflicting milestone stands as ours has it (or as theirs has it when ours removed it).
    pub model: Model,
    /// Ids of ours' milestones taken out, and of those added at the end.
    pub removed: Vec<String>,
    pub added: Vec<String>,
    pub conflicts: Vec<Conflict>,
}

/// Which side a conflict is settled for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
    /// Both notes, ours first (only for `notes`; otherwise theirs).
    Both,
}

impl Merged {
    /// Settles `field` of conflict `k` (or the whole milestone, for a conflict of a removal)
    /// for `side`; a status settled is recorded in the history at `now`.
    pub fn settle(
        &mut self,
        conflict: usize,
        field: Option<&str>,
        side: Side,
        now: DateTime<FixedOffset>,
    ) {
        let Some(settled) = self.conflicts.get(conflict).cloned() else {
            return;
        };
        let Some(index) = self.model.milestone_index(&settled.milestone) else {
            return;
        };
        match (&settled.ours, &settled.theirs, side) {
            // Removed on one side: the milestone stands or goes.
            (None, Some(_), Side::Ours) => {
                self.model.milestones.remove(index);
                self.added.retain(|id| *id != settled.milestone);
            }
            (Some(_), None, Side::Theirs | Side::Both) => {
                self.model.milestones.remove(index);
                self.removed.push(settled.milestone.clone());
            }
            (Some(ours), Some(theirs), _) => {
                let m = &mut self.model.milestones[index];
                match (field, side) {
                    (_, Side::Ours) => {}
                    (Some("status"), _) => {
                        if let Some(base) = &settled.base {
                            (m.status, m.history, m.done_on) =
                                settle_status(base, ours, theirs, Keep::Theirs, now);
                        } else {
                            m.status = theirs.status;
                            m.history.clone_from(&theirs.history);
                            m.done_on = theirs.done_on;
                        }
                    }
                    (Some("notes"), Side::Both) => {
                        m.notes = match (&ours.notes, &theirs.notes) {
                            (Some(a), Some(b)) => Some(format!("{a}\n\n{b}")),
                            (a, b) => a.clone().or_else(|| b.clone()),
                        };
                    }
                    (Some(name), _) => {
                        if let Some(k) = field_index(name) {
                            copy_field(k, m, theirs);
                        }
                    }
                    (None, _) => *m = theirs.clone(),
                }
            }
            _ => {}
        }
    }
}

/// A change of theirs that the model merge does not write (see the module's documentation).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("their side {what}, which pactboard's merge does not write")]
pub struct Unmergeable {
    pub what: String,
}

fn unmergeable(what: impl Into<String>) -> Unmergeable {
    Unmergeable { what: what.into() }
}

/// The fields of a milestone a merge compares one by one, with their names.
const FIELDS: [&str; 8] = [
    "title",
    "pillar",
    "objective",
    "due",
    "weight",
    "owner",
    "source",
    "notes",
];

/// Whether field `k` of [`FIELDS`] is the same in `a` and `b`.
fn same_field(k: usize, a: &Milestone, b: &Milestone) -> bool {
    match k {
        0 => a.title == b.title,
        1 => a.pillar == b.pillar,
        2 => a.objective == b.objective,
        3 => a.due == b.due,
        4 => a.weight.to_bits() == b.weight.to_bits(),
        5 => a.owner == b.owner,
        6 => a.source == b.source,
        _ => a.notes == b.notes,
    }
}

/// Copies field `k` of [`FIELDS`] from `from` to `to`.
pub fn copy_field(k: usize, to: &mut Milestone, from: &Milestone) {
    match k {
        0 => to.title.clone_from(&from.title),
        1 => to.pillar = from.pillar,
        2 => to.objective = from.objective,
        3 => to.due = from.due,
        4 => to.weight = from.weight,
        5 => to.owner.clone_from(&from.owner),
        6 => to.source = from.source,
        _ => to.notes.clone_from(&from.notes),
    }
}

/// The index in [`FIELDS`] of a field's name.
pub fn field_index(name: &str) -> Option<usize> {
    FIELDS.iter().position(|f| *f == name)
}

/// Merges `theirs` into `ours`, both changed from `base` (see the module's documentation).
/// `now` is when a conflict's choice is recorded in a history.
pub fn merge(
    base: &Model,
    ours: &Model,
    theirs: &Model,
    now: DateTime<FixedOffset>,
) -> Result<Merged, Unmergeable> {
    let model = merged_tables(base, ours, theirs)?;
    merge_milestones(model, base, ours, theirs, now)
}

/// [`merge`] of a common version and theirs held only for the merge (the merge driver's): the
/// milestones theirs left as they were are dropped from both before ours' are copied into the
/// merge, so that three whole versions and the merge are never held at once (at 100,000
/// milestones, some 35 MB each). The merge is the same.
pub fn merge_owned(
    mut base: Model,
    ours: &Model,
    mut theirs: Model,
    now: DateTime<FixedOffset>,
) -> Result<Merged, Unmergeable> {
    let model = merged_tables(&base, ours, &theirs)?;
    let in_base = ids(&base);
    let (from_theirs, from_base) = (model.adopter(&theirs), model.adopter(&base));
    // What `merge_milestones` passes over (`unchanged`); one that refers to a table that is
    // gone is kept, for the merge to refuse as it would.
    let mut kept_theirs = Vec::with_capacity(theirs.milestones.len());
    let mut kept_base = vec![true; base.milestones.len()];
    for t in &theirs.milestones {
        let o = in_base.get(t.id.as_str()).copied();
        let same = o.is_some_and(|o| unchanged(&base.milestones[o], t, &from_base, &from_theirs));
        if let (true, Some(o)) = (same, o) {
            kept_base[o] = false;
        }
        kept_theirs.push(!same);
    }
    drop(in_base);
    keep_marked(&mut theirs.milestones, kept_theirs);
    keep_marked(&mut base.milestones, kept_base);
    theirs.milestones.shrink_to_fit();
    base.milestones.shrink_to_fit();
    merge_milestones(model, &base, ours, &theirs, now)
}

/// Whether theirs left `o`, the common version's milestone, as it was (`t`, the same id).
fn unchanged(o: &Milestone, t: &Milestone, from_base: &Adopter, from_theirs: &Adopter) -> bool {
    from_base.same(o, from_theirs, t)
}

/// Keeps the items marked `true`, in order.
fn keep_marked<T>(items: &mut Vec<T>, keep: Vec<bool>) {
    let mut keep = keep.into_iter();
    items.retain(|_| keep.next().unwrap_or(true));
}

/// `m` with its references pointed at the same ids in the merge, or why it cannot be.
fn adopt(m: &Milestone, adopter: &Adopter) -> Result<Milestone, Unmergeable> {
    adopter
        .adopt(m)
        .ok_or_else(|| unmergeable(format!("refers from {:?} to a table that is gone", m.id)))
}

/// Ours with theirs' changes to the other tables merged in, and no milestones yet.
fn merged_tables(base: &Model, ours: &Model, theirs: &Model) -> Result<Model, Unmergeable> {
    let mut model = Model {
        partnership: ours.partnership.clone(),
        sources: ours.sources.clone(),
        pillars: ours.pillars.clone(),
        agreements: ours.agreements.clone(),
        objectives: ours.objectives.clone(),
        targets: ours.targets.clone(),
        milestones: Vec::new(),
        rates: ours.rates.clone(),
        deck: ours.deck.clone(),
        translations: ours.translations.clone(),
    };
    if theirs.partnership != base.partnership && theirs.partnership != ours.partnership {
        return Err(unmergeable("changed the partnership table"));
    }
    tables_unchanged(
        "agreement",
        &base.agreements,
        &ours.agreements,
        &theirs.agreements,
        |a| &a.id,
    )?;
    tables_unchanged(
        "objective",
        &base.objectives,
        &ours.objectives,
        &theirs.objectives,
        |o| &o.id,
    )?;
    if theirs.rates != base.rates && theirs.rates != ours.rates {
        return Err(unmergeable("changed the rates"));
    }
    if theirs.deck != base.deck && theirs.deck != ours.deck {
        return Err(unmergeable("changed the deck"));
    }
    // Names merge one by one; the same name changed differently on both sides is merged as
    // lines.
    model.translations = super::names::Translations::merge3(
        &base.translations,
        &ours.translations,
        &theirs.translations,
    )
    .ok_or_else(|| unmergeable("changed a name in translations that ours changed too"))?;
    model.sources = grown(
        "source",
        &base.sources,
        &ours.sources,
        &theirs.sources,
        |s| &s.id,
        |s| Some(s.clone()),
    )?;
    let sources = model.sources.clone();
    model.pillars = grown(
        "pillar",
        &base.pillars,
        &ours.pillars,
        &theirs.pillars,
        |p| &p.id,
        // Their pillar's source, named by id, in the merged list.
        |p| {
            let mut p = p.clone();
            p.source = match p.source {
                Some(i) => {
                    let id = &theirs.sources.get(i)?.id;
                    Some(sources.iter().position(|s| s.id == *id)?)
                }
                None => None,
            };
            Some(p)
        },
    )?;
    merge_targets(base, theirs, &mut model)?;
    Ok(model)
}

/// Tables theirs may not change (the merge does not write them): each of theirs as in the base
/// or as in ours.
fn tables_unchanged<T: PartialEq>(
    kind: &str,
    base: &[T],
    ours: &[T],
    theirs: &[T],
    id: impl Fn(&T) -> &String,
) -> Result<(), Unmergeable> {
    if theirs == base || theirs == ours {
        return Ok(());
    }
    let what = match theirs
        .iter()
        .find(|t| !base.contains(t) && !ours.contains(t))
    {
        Some(t) if base.iter().any(|b| id(b) == id(t)) => format!("changed the {kind} {:?}", id(t)),
        Some(t) => format!("added the {kind} {:?}", id(t)),
        None => match base.iter().find(|b| !theirs.contains(b)) {
            Some(b) => format!("removed the {kind} {:?}", id(b)),
            None => format!("reordered the {kind}s"),
        },
    };
    Err(unmergeable(what))
}

/// Ours' list with theirs' additions after it and theirs' changes to what ours left as it was
/// (`adopt` puts one of theirs in the merged numbering); theirs may not remove, and a change on
/// both sides that differs is left to the merge of lines.
fn grown<T: PartialEq + Clone>(
    kind: &str,
    base: &[T],
    ours: &[T],
    theirs: &[T],
    id: impl Fn(&T) -> &String,
    adopt: impl Fn(&T) -> Option<T>,
) -> Result<Vec<T>, Unmergeable> {
    let mut out = ours.to_vec();
    for b in base {
        let mine = ours.iter().find(|o| id(o) == id(b));
        match theirs.iter().find(|t| id(t) == id(b)) {
            // Removed on both sides: ours is without it already.
            None if mine.is_none() => {}
            None => return Err(unmergeable(format!("removed the {kind} {:?}", id(b)))),
            Some(t) if t == b || mine == Some(t) => {}
            // Changed on their side only: their version, its references by id.
            Some(t) if mine == Some(b) => {
                let changed = || unmergeable(format!("changed the {kind} {:?}", id(b)));
                let adopted = adopt(t).ok_or_else(changed)?;
                let slot = out
                    .iter_mut()
                    .find(|x| id(x) == id(b))
                    .ok_or_else(changed)?;
                *slot = adopted;
            }
            Some(_) if mine.is_none() => {
                return Err(unmergeable(format!(
                    "changed the {kind} {:?}, which ours removed",
                    id(b)
                )));
            }
            Some(_) => {
                return Err(unmergeable(format!(
                    "changed the {kind} {:?} on both sides",
                    id(b)
                )));
            }
        }
    }
    for t in theirs {
        if base.iter().any(|b| id(b) == id(t)) {
            continue;
        }
        match ours.iter().find(|o| id(o) == id(t)) {
            Some(o) if o == t => {}
            Some(_) => {
                return Err(unmergeable(format!(
                    "added a {kind} {:?} that ours added differently",
                    id(t)
                )));
            }
            None => out.push(t.clone()),
        }
    }
    Ok(out)
}

/// Targets: their own fields as ours has them (theirs may not change them); the entries of
/// both sides, ours first, those theirs removed taken out.
fn merge_targets(base: &Model, theirs: &Model, model: &mut Model) -> Result<(), Unmergeable> {
    let bare = |t: &super::Target| {
        let mut t = t.clone();
        t.entries.clear();
        t
    };
    for t in &theirs.targets {
        let b = base.targets.iter().find(|b| b.id == t.id);
        let Some(m) = model.targets.iter_mut().find(|m| m.id == t.id) else {
            return Err(unmergeable(format!(
                "{} the target {:?}",
                if b.is_some() {
                    "kept a target ours removed:"
                } else {
                    "added"
                },
                t.id
            )));
        };
        let Some(b) = b else {
            // Added on both sides: alike (entries too), or not merged.
            if m != t {
                return Err(unmergeable(format!("added the target {:?}", t.id)));
            }
            continue;
        };
        if bare(t) != bare(b) && bare(t) != bare(m) {
            return Err(unmergeable(format!("changed the target {:?}", t.id)));
        }
        for e in &b.entries {
            if !t.entries.contains(e)
                && let Some(k) = m.entries.iter().position(|x| x == e)
            {
                m.entries.remove(k);
            }
        }
        for e in &t.entries {
            if !b.entries.contains(e) && !m.entries.contains(e) {
                let mut e = e.clone();
                e.source = model_source(e.source, theirs, &model.sources)?;
                m.entries.push(e);
            }
        }
    }
    if base
        .targets
        .iter()
        .any(|b| !theirs.targets.iter().any(|t| t.id == b.id))
    {
        return Err(unmergeable("removed a target"));
    }
    Ok(())
}

/// A source reference of `from` pointed at the same id in `sources`.
fn model_source(
    source: Option<usize>,
    from: &Model,
    sources: &[super::Source],
) -> Result<Option<usize>, Unmergeable> {
    match source {
        None => Ok(None),
        Some(s) => {
            let id = &from.sources[s].id;
            sources
                .iter()
                .position(|x| x.id == *id)
                .map(Some)
                .ok_or_else(|| unmergeable(format!("refers to a source {id:?} that is gone")))
        }
    }
}

/// Each milestone's place in `m`, by id (the first, as [`Model::milestone_index`] finds it).
fn ids(m: &Model) -> HashMap<&str, usize> {
    let mut places = HashMap::with_capacity(m.milestones.len());
    for (i, x) in m.milestones.iter().enumerate() {
        places.entry(x.id.as_str()).or_insert(i);
    }
    places
}

/// `out.model` starts as `ours`: a milestone of ours keeps its place in it while theirs are
/// merged in (changed in place, added at the end), so ours' places index it.
fn merge_milestones(
    mut model: Model,
    base: &Model,
    ours: &Model,
    theirs: &Model,
    now: DateTime<FixedOffset>,
) -> Result<Merged, Unmergeable> {
    model.milestones.clone_from(&ours.milestones);
    let mut merged = Merged {
        model,
        removed: Vec::new(),
        added: Vec::new(),
        conflicts: Vec::new(),
    };
    let out = &mut merged;
    // Indexed by borrowed ids: three copies of 100,000 ids would cost some 16 MB.
    let (in_base, in_ours, in_theirs) = (ids(base), ids(ours), ids(theirs));
    // The tables are merged: the milestones' references are pointed at them alone.
    let (from_theirs, from_base) = (out.model.adopter(theirs), out.model.adopter(base));
    for t in &theirs.milestones {
        let o = in_base.get(t.id.as_str()).map(|&i| &base.milestones[i]);
        let a = in_ours.get(t.id.as_str()).copied();
        if o.is_some_and(|o| unchanged(o, t, &from_base, &from_theirs)) {
            continue;
        }
        let t_here = adopt(t, &from_theirs)?;
        let o_here = o.and_then(|o| from_base.adopt(o));
        match (o, a) {
            (Some(o), Some(a)) => {
                let o = o_here.map_or_else(|| adopt(o, &from_base), Ok)?;
                let mine = out.model.milestones[a].clone();
                if mine == o {
                    out.model.milestones[a] = t_here;
                } else if mine != t_here {
                    let (merged, fields) = milestone(&o, &mine, &t_here, now);
                    out.model.milestones[a] = merged;
                    if !fields.is_empty() {
                        out.conflicts.push(Conflict {
                            milestone: t.id.clone(),
                            fields,
                            base: Some(o),
                            ours: Some(mine),
                            theirs: Some(t_here),
                        });
                    }
                }
            }
            (Some(_), None) => {
                // Ours removed it, theirs changed it: it stands as theirs has it, in conflict.
                out.conflicts.push(Conflict {
                    milestone: t.id.clone(),
                    fields: Vec::new(),
                    base: None,
                    ours: None,
                    theirs: Some(t_here.clone()),
                });
                out.model.milestones.push(t_here);
                out.added.push(t.id.clone());
            }
            (None, Some(a)) => {
                let mine = &out.model.milestones[a];
                if *mine != t_here {
                    let fields = (0..FIELDS.len())
                        .filter(|&k| !same_field(k, mine, &t_here))
                        .map(|k| FIELDS[k])
                        .chain(
                            (mine.status != t_here.status || mine.history != t_here.history)
                                .then_some("status"),
                        )
                        .collect();
                    out.conflicts.push(Conflict {
                        milestone: t.id.clone(),
                        fields,
                        base: None,
                        ours: Some(mine.clone()),
                        theirs: Some(t_here),
                    });
                }
            }
            (None, None) => {
                out.model.milestones.push(t_here);
                out.added.push(t.id.clone());
            }
        }
    }
    // Theirs' removals: each found by id once and all taken out in one pass (one at a time,
    // each a search and a shift of the rest, thousands of removals took quadratic time).
    let mut kept = vec![true; out.model.milestones.len()];
    let here = ids(&out.model);
    for o in &base.milestones {
        if in_theirs.contains_key(o.id.as_str()) {
            continue;
        }
        let Some(&j) = here.get(o.id.as_str()) else {
            continue;
        };
        let o_here = adopt(o, &from_base)?;
        if out.model.milestones[j] == o_here {
            kept[j] = false;
            out.removed.push(o.id.clone());
        } else {
            out.conflicts.push(Conflict {
                milestone: o.id.clone(),
                fields: Vec::new(),
                base: None,
                ours: Some(out.model.milestones[j].clone()),
                theirs: None,
            });
        }
    }
    drop(here);
    keep_marked(&mut out.model.milestones, kept);
    Ok(merged)
}

/// A milestone both sides changed: field by field, the status with its history merged by
/// [`merge_histories`]; with the names of the fields set to different values on each side
/// (ours stands for those, and for the status its choice is recorded at `now`).
fn milestone(
    o: &Milestone,
    a: &Milestone,
    t: &Milestone,
    now: DateTime<FixedOffset>,
) -> (Milestone, Vec<&'static str>) {
    let mut clashes: Vec<&'static str> = (0..FIELDS.len())
        .filter(|&k| !same_field(k, a, o) && !same_field(k, t, o) && !same_field(k, a, t))
        .map(|k| FIELDS[k])
        .collect();
    let mut out = a.clone();
    for (k, name) in FIELDS.iter().enumerate() {
        if !clashes.contains(name) && !same_field(k, o, t) {
            copy_field(k, &mut out, t);
        }
    }
    let start = start_status(o);
    let h = merge_histories(start, &a.history, &t.history);
    let ends = h.status(start);
    let status = if a.status == t.status {
        Some(a.status)
    } else if a.status == o.status && a.history == o.history {
        Some(t.status)
    } else if t.status == o.status && t.history == o.history {
        Some(a.status)
    } else if h.conflict.is_none() && (ends == a.status || ends == t.status) {
        Some(ends)
    } else {
        None
    };
    match status {
        Some(status) if h.conflict.is_none() => {
            out.history = h.entries;
            out.status = status;
            out.done_on = (status == Status::Done).then(|| {
                [t, a]
                    .iter()
                    .find(|m| m.status == Status::Done && m.done_on.is_some())
                    .and_then(|m| m.done_on)
                    .or_else(|| out.history.last().map(|e| e.at.date_naive()))
                    .unwrap_or_else(|| now.date_naive())
            });
        }
        _ => {
            clashes.push("status");
            (out.status, out.history, out.done_on) = settle_status(o, a, t, Keep::Mine, now);
        }
    }
    (out, clashes)
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Duration, FixedOffset};

    use super::*;
    use crate::model::Status;
    use crate::model::edit::Edit;

    fn now() -> DateTime<FixedOffset> {
        at(10_000)
    }

    fn at(minutes: i64) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339("2026-11-25T09:00:00+09:00").unwrap()
            + Duration::minutes(minutes)
    }

    fn set(model: &mut Model, id: &str, to: Status, minute: i64, note: &str) {
        let i = model.milestone_index(id).unwrap();
        model
            .apply(
                i,
                Edit::Status {
                    to,
                    at: at(minute),
                    note: Some(note.into()),
                },
            )
            .unwrap();
    }

    fn ids(model: &Model) -> (String, String) {
        (
            model.milestones[0].id.clone(),
            model.milestones[1].id.clone(),
        )
    }

    #[test]
    fn different_milestones_merge_and_histories_stay_in_order() {
        let base = crate::bundled::model();
        let (x, y) = ids(&base);
        let mut ours = base.clone();
        set(&mut ours, &x, Status::Blocked, 10, "ours");
        let mut theirs = base.clone();
        set(&mut theirs, &y, Status::AtRisk, 5, "theirs");
        let merged = merge(&base, &ours, &theirs, now()).unwrap();
        assert!(merged.conflicts.is_empty());
        let m = &merged.model;
        assert_eq!(m.milestones[0].status, Status::Blocked);
        assert_eq!(m.milestones[1].status, Status::AtRisk);
        // Merging the other way round gives the same model.
        assert_eq!(merge(&base, &theirs, &ours, now()).unwrap().model, *m);
    }

    #[test]
    fn the_same_change_on_both_sides_is_kept_once_with_both_notes() {
        let base = crate::bundled::model();
        let (x, _) = ids(&base);
        let mut ours = base.clone();
        set(&mut ours, &x, Status::Blocked, 10, "ours");
        let mut theirs = base.clone();
        set(&mut theirs, &x, Status::Blocked, 20, "theirs");
        let merged = merge(&base, &ours, &theirs, now()).unwrap();
        assert!(merged.conflicts.is_empty());
        let h = &merged.model.milestones[0].history;
        assert_eq!(h.len(), base.milestones[0].history.len() + 1);
        // Kept at the earlier time (ours), with both notes and the later time.
        let note = h.last().unwrap().note.as_deref().unwrap();
        assert!(note.starts_with("ours; theirs (also recorded "), "{note}");
        assert_eq!(h.last().unwrap().at, at(10));
    }

    #[test]
    fn histories_added_after_a_common_one_merge_and_the_same_change_is_told_apart() {
        let mut base = crate::bundled::model();
        let (_, y) = ids(&base);
        set(&mut base, &y, Status::InProgress, -50, "common");
        // The same change on both sides after the common entry: once.
        let mut ours = base.clone();
        set(&mut ours, &y, Status::Blocked, 10, "ours");
        let mut theirs = base.clone();
        set(&mut theirs, &y, Status::Blocked, 20, "theirs");
        let merged = merge(&base, &ours, &theirs, now()).unwrap().model;
        let h = &merged.milestones[1].history;
        assert_eq!(h.len(), base.milestones[1].history.len() + 1, "{h:?}");
        let note = h.last().unwrap().note.as_deref().unwrap();
        assert!(note.starts_with("ours; theirs"), "{note}");
        // From the same status to another: two changes, both kept in time order.
        let mut ours = base.clone();
        set(&mut ours, &y, Status::AtRisk, 10, "ours first");
        set(&mut ours, &y, Status::Blocked, 30, "ours then");
        let mut theirs = base.clone();
        set(&mut theirs, &y, Status::Blocked, 20, "theirs");
        let merged = merge(&base, &ours, &theirs, now()).unwrap().model;
        // In time order: at risk (ours, 10), blocked (theirs, 20, now from at risk); ours'
        // blocked at 30 changes nothing then, so it is told in that entry's note, not a no-op.
        let h = &merged.milestones[1].history;
        let n = base.milestones[1].history.len();
        assert_eq!(h.len(), n + 2, "{h:?}");
        assert_eq!(
            (h[n].from, h[n].to, h[n + 1].from, h[n + 1].to),
            (
                Some(Status::InProgress),
                Status::AtRisk,
                Some(Status::AtRisk),
                Status::Blocked
            )
        );
        let note = h[n + 1].note.as_deref().unwrap();
        assert!(note.contains("recorded as from in_progress"), "{note}");
        assert!(
            note.contains("also recorded") && note.contains("ours then"),
            "{note}"
        );
        assert_eq!(merged.milestones[1].status, Status::Blocked);
    }

    #[test]
    fn different_statuses_conflict_and_fields_on_one_side_merge() {
        let base = crate::bundled::model();
        let (x, _) = ids(&base);
        let mut ours = base.clone();
        set(&mut ours, &x, Status::Blocked, 10, "ours");
        let mut theirs = base.clone();
        set(&mut theirs, &x, Status::AtRisk, 20, "theirs");
        let merged = merge(&base, &ours, &theirs, now()).unwrap();
        assert_eq!(merged.conflicts.len(), 1);
        assert_eq!(merged.conflicts[0].fields, ["status"]);
        // Until settled it stands for ours, with theirs' later change and the choice recorded.
        let m = &merged.model.milestones[0];
        assert_eq!(m.status, Status::Blocked);
        let n = base.milestones[0].history.len();
        let tos: Vec<Status> = m.history[n..].iter().map(|e| e.to).collect();
        assert_eq!(tos, [Status::Blocked, Status::AtRisk, Status::Blocked]);
        assert_eq!(super::super::history::broken_link(None, &m.history), None);
        // A status on one side, the notes on the other: both.
        let mut theirs = base.clone();
        theirs.milestones[0].notes = Some("theirs".into());
        let merged = merge(&base, &ours, &theirs, now()).unwrap();
        assert!(merged.conflicts.is_empty());
        assert_eq!(merged.model.milestones[0].status, Status::Blocked);
        assert_eq!(merged.model.milestones[0].notes.as_deref(), Some("theirs"));
    }

    #[test]
    fn a_conflict_settled_each_way() {
        let base = crate::bundled::model();
        let (x, _) = ids(&base);
        let mut ours = base.clone();
        set(&mut ours, &x, Status::Blocked, 10, "ours");
        ours.milestones[0].notes = Some("ours".into());
        let mut theirs = base.clone();
        set(&mut theirs, &x, Status::AtRisk, 20, "theirs");
        theirs.milestones[0].notes = Some("theirs".into());
        let merged = merge(&base, &ours, &theirs, now()).unwrap();
        assert_eq!(merged.conflicts[0].fields, ["notes", "status"]);
        let mut for_ours = merged.clone();
        for_ours.settle(0, Some("status"), Side::Ours, now());
        for_ours.settle(0, Some("notes"), Side::Both, now());
        assert_eq!(for_ours.model.milestones[0].status, Status::Blocked);
        assert_eq!(
            for_ours.model.milestones[0].notes.as_deref(),
            Some("ours\n\ntheirs")
        );
        let mut for_theirs = merged;
        for_theirs.settle(0, Some("status"), Side::Theirs, now());
        for_theirs.settle(0, Some("notes"), Side::Theirs, now());
        let m = &for_theirs.model.milestones[0];
        assert_eq!(m.status, Status::AtRisk);
        assert_eq!(m.notes.as_deref(), Some("theirs"));
        // Ours' entry stays: both changes, in the order they were made; theirs was the later.
        let n = base.milestones[0].history.len();
        let tos: Vec<Status> = m.history[n..].iter().map(|e| e.to).collect();
        assert_eq!(tos, [Status::Blocked, Status::AtRisk]);
        let f = &for_ours.model.milestones[0];
        let tos: Vec<Status> = f.history[n..].iter().map(|e| e.to).collect();
        assert_eq!(tos, [Status::Blocked, Status::AtRisk, Status::Blocked]);
        assert_eq!(f.history.last().unwrap().at, now());
    }

    #[test]
    fn every_field_set_differently_is_a_conflict_settled_for_either_side() {
        let mut base = crate::bundled::model();
        let mut second = base.sources[0].clone();
        second.id = "second".into();
        base.sources.push(second);
        let (x, _) = ids(&base);
        let i = base.milestone_index(&x).unwrap();
        let side = |k: usize| {
            let mut model = base.clone();
            let m = &mut model.milestones[i];
            m.title = format!("Title {k}");
            m.pillar = k;
            m.objective = Some(k);
            m.due = chrono::NaiveDate::from_ymd_opt(2027, 1, u32::try_from(k).unwrap());
            m.weight = 1.0 + k as f64;
            m.owner = Some(format!("Owner {k}"));
            m.source = if k == 1 { None } else { Some(1) };
            m.notes = Some(format!("Notes {k}"));
            model
        };
        let (ours, theirs) = (side(1), side(2));
        let merged = merge(&base, &ours, &theirs, now()).unwrap();
        assert_eq!(merged.conflicts.len(), 1);
        assert_eq!(merged.conflicts[0].fields, FIELDS);
        let mut for_theirs = merged.clone();
        for field in FIELDS {
            for_theirs.settle(0, Some(field), Side::Theirs, now());
        }
        assert_eq!(for_theirs.model.milestones[i], theirs.milestones[i]);
        let mut for_ours = merged;
        for field in FIELDS {
            for_ours.settle(0, Some(field), Side::Ours, now());
        }
        assert_eq!(for_ours.model.milestones[i], ours.milestones[i]);
    }

    #[test]
    fn a_removal_against_a_change_is_settled_either_way() {
        let base = crate::bundled::model();
        let (x, _) = ids(&base);
        let mut removed = base.clone();
        removed.milestones.retain(|m| m.id != x);
        let mut changed = base.clone();
        changed.milestones[0].notes = Some("changed".into());
        // Ours removed it, theirs changed it: it stands as theirs has it until settled.
        let merged = merge(&base, &removed, &changed, now()).unwrap();
        assert_eq!(merged.added, [x.as_str()]);
        let mut ours = merged.clone();
        ours.settle(0, None, Side::Ours, now());
        assert!(ours.model.milestone_index(&x).is_none());
        assert!(ours.added.is_empty());
        let mut theirs = merged;
        theirs.settle(0, None, Side::Theirs, now());
        let i = theirs.model.milestone_index(&x).unwrap();
        assert_eq!(theirs.model.milestones[i].notes.as_deref(), Some("changed"));
        assert_eq!(theirs.added, [x.as_str()]);
        // Ours changed it, theirs removed it.
        let merged = merge(&base, &changed, &removed, now()).unwrap();
        let mut ours = merged.clone();
        ours.settle(0, None, Side::Ours, now());
        assert!(ours.model.milestone_index(&x).is_some());
        assert!(ours.removed.is_empty());
        let mut theirs = merged;
        theirs.settle(0, None, Side::Theirs, now());
        assert!(theirs.model.milestone_index(&x).is_none());
        assert_eq!(theirs.removed, [x.as_str()]);
    }

    #[test]
    fn a_milestone_added_on_both_sides_is_one_when_alike_else_a_conflict() {
        let base = crate::bundled::model();
        let mut new = base.milestones[1].clone();
        new.id = "both-new".into();
        let mut ours = base.clone();
        ours.milestones.push(new.clone());
        let merged = merge(&base, &ours, &ours, now()).unwrap();
        assert!(merged.conflicts.is_empty());
        assert_eq!(merged.model, ours);
        let mut theirs = base.clone();
        new.title.push('!');
        new.status = if new.status == Status::Blocked {
            Status::AtRisk
        } else {
            Status::Blocked
        };
        theirs.milestones.push(new);
        let merged = merge(&base, &ours, &theirs, now()).unwrap();
        assert_eq!(merged.conflicts.len(), 1);
        assert_eq!(merged.conflicts[0].fields, ["title", "status"]);
        assert_eq!(merged.model, ours);
    }

    #[test]
    fn many_removals_of_theirs_are_made_in_order_and_a_changed_one_stays_in_conflict() {
        let base = crate::bundled::model();
        let n = base.milestones.len();
        let mut theirs = base.clone();
        // Theirs removes every other milestone; ours changed the third of them.
        theirs.milestones = base.milestones.iter().step_by(2).cloned().collect();
        let mut ours = base.clone();
        ours.milestones[5].notes = Some("ours".into());
        let merged = merge(&base, &ours, &theirs, now()).unwrap();
        let odd: Vec<&str> = base
            .milestones
            .iter()
            .skip(1)
            .step_by(2)
            .map(|m| m.id.as_str())
            .collect();
        let removed: Vec<&str> = odd
            .iter()
            .copied()
            .filter(|id| *id != base.milestones[5].id)
            .collect();
        assert_eq!(merged.removed, removed);
        assert_eq!(merged.conflicts.len(), 1);
        assert_eq!(merged.conflicts[0].milestone, base.milestones[5].id);
        let kept: Vec<&str> = merged
            .model
            .milestones
            .iter()
            .map(|m| m.id.as_str())
            .collect();
        let expected: Vec<&str> = (0..n)
            .filter(|i| i % 2 == 0 || *i == 5)
            .map(|i| base.milestones[i].id.as_str())
            .collect();
        assert_eq!(kept, expected);
        assert_eq!(
            merged.model.milestones[kept
                .iter()
                .position(|id| *id == base.milestones[5].id)
                .unwrap()],
            ours.milestones[5]
        );
    }

    #[test]
    fn additions_of_both_sides_are_kept_and_removals_made() {
        let base = crate::bundled::model();
        let (x, y) = ids(&base);
        let mut ours = base.clone();
        let mut mine = base.milestones[0].clone();
        mine.id = "ours-new".into();
        ours.milestones.push(mine);
        let mut theirs = base.clone();
        let mut new = base.milestones[1].clone();
        new.id = "theirs-new".into();
        theirs.milestones.push(new);
        theirs.milestones.retain(|m| m.id != y);
        let merged = merge(&base, &ours, &theirs, now()).unwrap();
        assert!(merged.conflicts.is_empty());
        assert_eq!(merged.added, ["theirs-new"]);
        assert_eq!(merged.removed, [y.as_str()]);
        assert!(merged.model.milestone_index("ours-new").is_some());
        assert!(merged.model.milestone_index(&y).is_none());
        // Removed on one side, changed on the other: a conflict.
        let mut theirs = base.clone();
        theirs.milestones.retain(|m| m.id != x);
        let mut ours = base.clone();
        ours.milestones[0].notes = Some("changed".into());
        let merged = merge(&base, &ours, &theirs, now()).unwrap();
        assert_eq!(merged.conflicts.len(), 1);
        assert!(merged.conflicts[0].theirs.is_none());
    }

    type ChangeOf = fn(&mut Model);

    /// Each change of a table the merge does not write: refused when theirs made it alone,
    /// merged when only ours made it or both made it alike.
    #[test]
    fn what_the_merge_cannot_write_is_said_and_only_that() {
        let base = crate::bundled::model();
        let changes: [(&str, ChangeOf); 7] = [
            ("partnership", |m| m.partnership.title.push('!')),
            ("rates", |m| {
                m.rates.push(crate::model::Rate {
                    from: "USD".into(),
                    to: "JPY".into(),
                    rate: 150.0,
                    as_of: chrono::NaiveDate::from_ymd_opt(2025, 8, 29).unwrap(),
                    source: None,
                });
            }),
            ("changed the objective \"joint-exploration\"", |m| {
                m.objectives[0].title.push('!');
            }),
            ("removed the objective \"msme-startups\"", |m| {
                m.objectives.pop();
            }),
            ("added the objective \"new\"", |m| {
                let mut o = m.objectives[0].clone();
                o.id = "new".into();
                m.objectives.push(o);
            }),
            ("removed the pillar", |m| {
                m.pillars.pop();
            }),
            ("changed the target", |m| m.targets[0].amount *= 2.0),
        ];
        for (what, change) in changes {
            let mut changed = base.clone();
            change(&mut changed);
            let err = merge(&base, &base, &changed, now()).unwrap_err();
            assert!(err.to_string().contains(what), "{what}: {err}");
            // Ours alone, or both alike: ours stands.
            let merged = merge(&base, &changed, &base, now()).unwrap();
            assert_eq!(merged.model, changed, "{what}");
            let merged = merge(&base, &changed, &changed, now()).unwrap();
            assert_eq!(merged.model, changed, "{what}");
        }
        // A pillar changed on their side only is theirs; changed on both, differently, is not
        // the model merge's to decide.
        let mut theirs = base.clone();
        theirs.pillars[0].title.push('!');
        let merged = merge(&base, &base, &theirs, now()).unwrap();
        assert_eq!(merged.model.pillars[0].title, theirs.pillars[0].title);
        let mut ours = base.clone();
        ours.pillars[0].title.push('?');
        let err = merge(&base, &ours, &theirs, now()).unwrap_err();
        assert!(err.to_string().contains("on both sides"), "{err}");
    }

    fn entry(day: u32, amount: f64, source: Option<usize>) -> crate::model::TargetEntry {
        crate::model::TargetEntry {
            date: chrono::NaiveDate::from_ymd_opt(2026, 1, day).unwrap(),
            amount,
            kind: crate::model::EntryKind::Committed,
            note: None,
            source,
        }
    }

    #[test]
    fn entries_of_both_sides_are_kept_those_removed_go_and_new_targets_are_refused() {
        let mut base = crate::bundled::model();
        base.targets[0].entries = vec![entry(1, 1.0, None), entry(2, 2.0, None)];
        let mut ours = base.clone();
        ours.targets[0].entries.push(entry(3, 3.0, None));
        // Ours removed the second, theirs kept it; both recorded the same new one.
        ours.targets[0].entries.remove(1);
        ours.targets[0].entries.push(entry(6, 6.0, None));
        let mut theirs = base.clone();
        theirs.targets[0].entries.push(entry(6, 6.0, None));
        // Theirs removed the first entry and added one citing a source of its own.
        theirs.targets[0].entries.remove(0);
        let mut source = base.sources[0].clone();
        source.id = "their-source".into();
        theirs.sources.push(source);
        let cited = theirs.sources.len() - 1;
        theirs.targets[0].entries.push(entry(4, 4.0, Some(cited)));
        // Ours added a source too, so theirs lands at another place.
        let mut mine = base.sources[0].clone();
        mine.id = "our-source".into();
        ours.sources.push(mine);
        let merged = merge(&base, &ours, &theirs, now()).unwrap().model;
        let amounts: Vec<f64> = merged.targets[0].entries.iter().map(|e| e.amount).collect();
        assert_eq!(amounts, [3.0, 6.0, 4.0]);
        let source = merged.targets[0].entries[2].source.unwrap();
        assert_eq!(merged.sources[source].id, "their-source");
        // A target added, or one removed, by theirs is not written by the merge.
        let mut added = base.clone();
        let mut target = base.targets[0].clone();
        target.id = "another".into();
        added.targets.push(target);
        assert!(merge(&base, &base, &added, now()).is_err());
        // Added alike on both sides: kept once; differently: refused.
        let merged = merge(&base, &added, &added, now()).unwrap().model;
        assert_eq!(merged.targets, added.targets);
        let mut other = added.clone();
        other.targets[1].entries.push(entry(5, 5.0, None));
        assert!(merge(&base, &added, &other, now()).is_err());
        let mut removed = base.clone();
        removed.targets.clear();
        assert!(merge(&base, &base, &removed, now()).is_err());
    }

    #[test]
    fn pillars_and_sources_added_on_either_side_are_kept_once() {
        let base = crate::bundled::model();
        let mut ours = base.clone();
        let mut pillar = base.pillars[0].clone();
        pillar.id = "ours-pillar".into();
        ours.pillars.push(pillar.clone());
        let mut theirs = base.clone();
        let mut their_pillar = base.pillars[0].clone();
        their_pillar.id = "theirs-pillar".into();
        theirs.pillars.push(their_pillar);
        theirs.pillars.push(pillar.clone());
        let merged = merge(&base, &ours, &theirs, now()).unwrap();
        let ids: Vec<&str> = merged.model.pillars.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(&ids[ids.len() - 2..], ["ours-pillar", "theirs-pillar"]);
        // The same id added differently cannot be merged.
        let mut differently = ours.clone();
        differently.pillars.last_mut().unwrap().title.push('!');
        assert!(merge(&base, &ours, &differently, now()).is_err());
    }
}
