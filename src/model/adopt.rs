//! Pointing many milestones of one model at another model's tables at once: where each pillar,
//! objective and source of one is in the other, found once (a merge of 100,000 milestones
//! searched all 500 objectives for each, a tenth of its time).

use super::{Milestone, Model};

impl Model {
    /// [`Model::adopt`] for many milestones of `from`: where each pillar, objective and source
    /// of `from` is here, found once (an objective was looked for among all of them for every
    /// milestone: a tenth of a merge of 100,000 milestones).
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
    /// The adopter points every reference where `adopt` does, and fails where it fails.
    #[test]
    fn the_adopter_adopts_as_adopt_does() {
        let here = crate::bundled::model();
        let mut from = here.clone();
        from.pillars.reverse();
        from.objectives.rotate_left(2);
        from.sources.reverse();
        let gone = here.pillars[1].id.clone();
        let mut here_less = here.clone();
        here_less.pillars.retain(|p| p.id != gone);
        for m in &here.milestones {
            let mut theirs = m.clone();
            theirs.pillar = from
                .pillars
                .iter()
                .position(|p| p.id == here.pillars[m.pillar].id)
                .unwrap();
            for into in [&here, &here_less] {
                assert_eq!(
                    into.adopter(&from).adopt(&theirs),
                    into.adopt(&theirs, &from)
                );
            }
        }
        assert!(
            here_less
                .adopter(&from)
                .adopt(&{
                    let mut m = here.milestones[0].clone();
                    m.pillar = from.pillars.iter().position(|p| p.id == gone).unwrap();
                    m
                })
                .is_none()
        );
    }
}
