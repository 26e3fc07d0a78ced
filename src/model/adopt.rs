//! Pointing many milestones of one model at another model's tables at once: where each pillar,
//! objective and source of one is in the other, found once (a merge of 100,000 milestones
//! searched all 500 objectives for each, a tenth of its time).

use super::{Milestone, Model};

impl Model {
    /// [`Model::adopt`] for many milestones of `from`: where each pillar, objective and source
    /// of `from` is here, found once.
    pub fn adopter(&self, from: &Model) -> Adopter {
        fn places<T>(here: &[T], there: &[T], id: impl Fn(&T) -> &str) -> Vec<Option<usize>> {
            let mut first = std::collections::HashMap::with_capacity(here.len());
            for (i, x) in here.iter().enumerate() {
                first.entry(id(x)).or_insert(i);
            }
            there.iter().map(|x| first.get(id(x)).copied()).collect()
        }
        Adopter {
            pillars: places(&self.pillars, &from.pillars, |p| &p.id),
            objectives: places(&self.objectives, &from.objectives, |o| &o.id),
            sources: places(&self.sources, &from.sources, |s| &s.id),
        }
    }
}

/// Where the pillars, objectives and sources of one model are in another ([`Model::adopter`]).
pub struct Adopter {
    pillars: Vec<Option<usize>>,
    objectives: Vec<Option<usize>>,
    sources: Vec<Option<usize>>,
}

impl Adopter {
    /// What [`Model::adopt`] gives for `m`.
    pub fn adopt(&self, m: &Milestone) -> Option<Milestone> {
        let (pillar, objective, source) = self.references(m)?;
        let mut out = m.clone();
        (out.pillar, out.objective, out.source) = (pillar, objective, source);
        Some(out)
    }

    /// Where `m`'s pillar, objective and source are in the model adopting it, if they are.
    pub fn references(&self, m: &Milestone) -> Option<(usize, Option<usize>, Option<usize>)> {
        let at = |places: &[Option<usize>], i: Option<usize>| -> Option<Option<usize>> {
            match i {
                Some(i) => Some(Some((*places.get(i)?)?)),
                None => Some(None),
            }
        };
        Some((
            at(&self.pillars, Some(m.pillar))??,
            at(&self.objectives, m.objective)?,
            at(&self.sources, m.source)?,
        ))
    }

    /// Whether `m`, adopted by this, equals `other` adopted by `others` (both adopted), without
    /// making either: a merge asks it of every milestone.
    #[expect(
        clippy::float_cmp,
        reason = "the same comparison as Milestone's derived PartialEq"
    )]
    pub fn same(&self, m: &Milestone, others: &Adopter, other: &Milestone) -> bool {
        // Every field named, so that a field added to milestones is compared too.
        let Milestone {
            id,
            title,
            pillar: _,
            status,
            objective: _,
            due,
            done_on,
            weight,
            owner,
            notes,
            source: _,
            history,
        } = m;
        let references = self.references(m);
        references.is_some()
            && references == others.references(other)
            && *id == other.id
            && *title == other.title
            && *status == other.status
            && *due == other.due
            && *done_on == other.done_on
            && *weight == other.weight
            && *owner == other.owner
            && *notes == other.notes
            && *history == other.history
    }
}

#[cfg(test)]
mod tests {
    /// A milestone of another version, whose pillars, objectives and sources are in another
    /// order, comes back pointing at the same ids here; at a table that is not here, not at all.
    #[test]
    fn the_adopter_points_each_reference_at_the_same_id() {
        let here = crate::bundled::model();
        let mut from = here.clone();
        from.pillars.reverse();
        from.objectives.rotate_left(2);
        from.sources.reverse();
        let place = |ids: Vec<&String>, id: &String| ids.iter().position(|x| *x == id).unwrap();
        let gone = here.pillars[1].id.clone();
        let mut here_less = here.clone();
        here_less.pillars.retain(|p| p.id != gone);
        for m in &here.milestones {
            // `m` as `from` writes it: the same ids, at their places there.
            let mut theirs = m.clone();
            theirs.pillar = place(
                from.pillars.iter().map(|p| &p.id).collect(),
                &here.pillars[m.pillar].id,
            );
            theirs.objective = m.objective.map(|o| {
                place(
                    from.objectives.iter().map(|x| &x.id).collect(),
                    &here.objectives[o].id,
                )
            });
            theirs.source = m.source.map(|s| {
                place(
                    from.sources.iter().map(|x| &x.id).collect(),
                    &here.sources[s].id,
                )
            });
            assert_eq!(here.adopter(&from).adopt(&theirs).as_ref(), Some(m));
            assert_eq!(here.adopt(&theirs, &from).as_ref(), Some(m));
            // `same` is adopting both and comparing, without making either.
            let (mine, theirs_here) = (here.adopter(&here), here.adopter(&from));
            for other in &here.milestones {
                assert_eq!(mine.same(other, &theirs_here, &theirs), other == m);
            }
            let less = here_less.adopter(&from).adopt(&theirs);
            if here.pillars[m.pillar].id == gone {
                assert_eq!(less, None);
                assert!(
                    !here_less
                        .adopter(&here)
                        .same(m, &here_less.adopter(&from), &theirs)
                );
            } else {
                let less = less.unwrap();
                assert_eq!(here_less.pillars[less.pillar].id, here.pillars[m.pillar].id);
            }
        }
    }
}
