//! What a person adds to a model and takes out of it: a milestone, a source, a pillar, an entry
//! of a target; the removal of a milestone. Each is checked as the file's reader would check it
//! (ids well formed and unique, titles not blank, amounts and weights above zero), so what is
//! added always saves and loads back.

use super::{Milestone, Model, Pillar, Source, TargetEntry};

/// Why an addition is refused. The model is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AddError {
    #[error(
        "`{0}` is not an id: an id is lower-case letters, digits and `-`, starting with a letter or digit"
    )]
    BadId(String),
    #[error("there is already a {kind} with the id `{id}`")]
    Taken { kind: &'static str, id: String },
    #[error("a {0} needs a title")]
    NoTitle(&'static str),
    #[error("{0} must be above zero")]
    NotPositive(&'static str),
    #[error("there is no target number {0}")]
    NoTarget(usize),
    #[error("the pillar `{id}` already has the title \"{title}\"")]
    TitleTaken { id: String, title: String },
}

/// Whether `id` is an id as the format allows: `[a-z0-9][a-z0-9-]*`.
pub fn is_id(id: &str) -> bool {
    let mut chars = id.chars();
    chars
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn check_new(
    kind: &'static str,
    id: &str,
    title: &str,
    taken: impl Fn(&str) -> bool,
) -> Result<(), AddError> {
    if !is_id(id) {
        return Err(AddError::BadId(id.to_string()));
    }
    if taken(id) {
        return Err(AddError::Taken {
            kind,
            id: id.to_string(),
        });
    }
    if title.trim().is_empty() {
        return Err(AddError::NoTitle(kind));
    }
    Ok(())
}

fn positive(x: f64, what: &'static str) -> Result<(), AddError> {
    if x > 0.0 && x.is_finite() {
        Ok(())
    } else {
        Err(AddError::NotPositive(what))
    }
}

impl Model {
    /// Adds `m` after the last milestone; its index.
    pub fn add_milestone(&mut self, m: Milestone) -> Result<usize, AddError> {
        check_new("milestone", &m.id, &m.title, |id| {
            self.milestone_index(id).is_some()
        })?;
        positive(m.weight, "a weight")?;
        self.milestones.push(m);
        Ok(self.milestones.len() - 1)
    }

    /// Adds a source after the last one; its index.
    pub fn add_source(&mut self, s: Source) -> Result<usize, AddError> {
        check_new("source", &s.id, &s.title, |id| {
            self.sources.iter().any(|x| x.id == id)
        })?;
        self.sources.push(s);
        Ok(self.sources.len() - 1)
    }

    /// Adds a pillar after the last one; its index.
    pub fn add_pillar(&mut self, p: Pillar) -> Result<usize, AddError> {
        check_new("pillar", &p.id, &p.title, |id| {
            self.pillars.iter().any(|x| x.id == id)
        })?;
        self.pillar_title_free(&p.title, None)?;
        self.pillars.push(p);
        Ok(self.pillars.len() - 1)
    }

    /// Refuses `title` when a pillar other than `except` has it (any case, any spaces around).
    fn pillar_title_free(&self, title: &str, except: Option<usize>) -> Result<(), AddError> {
        let same = |a: &str| a.trim().to_lowercase() == title.trim().to_lowercase();
        match self
            .pillars
            .iter()
            .enumerate()
            .find(|(k, x)| Some(*k) != except && same(&x.title))
        {
            Some((_, other)) => Err(AddError::TitleTaken {
                id: other.id.clone(),
                title: other.title.clone(),
            }),
            None => Ok(()),
        }
    }

    /// Sets pillar `index`'s title, summary and source to `after`'s (its id stays, since
    /// milestones name it); the pillar as it was. A title that is empty or that another pillar
    /// has is refused.
    pub fn set_pillar(&mut self, index: usize, after: Pillar) -> Result<Pillar, AddError> {
        if after.title.trim().is_empty() {
            return Err(AddError::NoTitle("pillar"));
        }
        self.pillar_title_free(&after.title, Some(index))?;
        let slot = self
            .pillars
            .get_mut(index)
            .ok_or(AddError::NoTitle("pillar"))?;
        let id = slot.id.clone();
        let before = std::mem::replace(slot, Pillar { id, ..after });
        Ok(before)
    }

    /// Whether target `target` already has an entry of the same kind, amount and date as `e`:
    /// recording it again would count the money twice.
    pub fn has_entry_like(&self, target: usize, e: &TargetEntry) -> bool {
        self.targets.get(target).is_some_and(|t| {
            t.entries.iter().any(|x| {
                x.kind == e.kind && x.date == e.date && x.amount.to_bits() == e.amount.to_bits()
            })
        })
    }

    /// Records an entry of target `target`, after its others.
    pub fn add_entry(&mut self, target: usize, e: TargetEntry) -> Result<(), AddError> {
        positive(e.amount, "an amount")?;
        let t = self
            .targets
            .get_mut(target)
            .ok_or(AddError::NoTarget(target))?;
        t.entries.push(e);
        Ok(())
    }

    /// `m`, a milestone of `from`, with its pillar, objective and source pointed at the same ids
    /// in this model (another version of the same file); `None` when one of them is not here.
    pub fn adopt(&self, m: &Milestone, from: &Model) -> Option<Milestone> {
        self.adopter(from).adopt(m)
    }

    /// A reference to a source of `from`, pointed at the same id here (`Some(None)` for none).
    pub fn adopt_source(&self, source: Option<usize>, from: &Model) -> Option<Option<usize>> {
        match source {
            Some(s) => {
                let id = &from.sources.get(s)?.id;
                Some(Some(self.sources.iter().position(|x| x.id == *id)?))
            }
            None => Some(None),
        }
    }

    fn pillar_index(&self, id: &str) -> Option<usize> {
        self.pillars.iter().position(|p| p.id == id)
    }

    /// Takes milestone `index` out of the model.
    pub fn remove_milestone(&mut self, index: usize) -> Option<Milestone> {
        (index < self.milestones.len()).then(|| self.milestones.remove(index))
    }

    /// What refers to pillar `index`: milestones, objectives and targets, as `kind id`.
    pub fn pillar_users(&self, index: usize) -> Vec<String> {
        let mut out: Vec<String> = self
            .milestones
            .iter()
            .filter(|m| m.pillar == index)
            .map(|m| format!("milestone {}", m.id))
            .collect();
        out.extend(
            self.objectives
                .iter()
                .filter(|o| o.pillar == Some(index))
                .map(|o| format!("objective {}", o.id)),
        );
        out.extend(
            self.targets
                .iter()
                .filter(|t| t.pillar == Some(index))
                .map(|t| format!("target {}", t.id)),
        );
        // The deck names a pillar by id, in its slides and its notes.
        if let Some(id) = self.pillars.get(index).map(|p| format!("pillar:{}", p.id)) {
            let in_slides = self.deck.slides.iter().flatten().any(
                |part| matches!(part, super::deck::Part::Pillar(p) if format!("pillar:{p}") == id),
            );
            if in_slides || self.deck.notes.iter().any(|(k, _)| *k == id) {
                out.push(format!("the deck's {id}"));
            }
        }
        out
    }

    /// What refers to source `index`: every table that may name a source, as `kind id`.
    pub fn source_users(&self, index: usize) -> Vec<String> {
        let is = |s: &Option<usize>| *s == Some(index);
        let mut out: Vec<String> = Vec::new();
        out.extend(
            self.pillars
                .iter()
                .filter(|x| is(&x.source))
                .map(|x| format!("pillar {}", x.id)),
        );
        out.extend(
            self.agreements
                .iter()
                .filter(|x| is(&x.source))
                .map(|x| format!("agreement {}", x.id)),
        );
        out.extend(
            self.objectives
                .iter()
                .filter(|x| is(&x.source))
                .map(|x| format!("objective {}", x.id)),
        );
        for t in &self.targets {
            if is(&t.source) {
                out.push(format!("target {}", t.id));
            }
            for (k, e) in t.entries.iter().enumerate() {
                if is(&e.source) {
                    out.push(format!("entry {} of target {}", k + 1, t.id));
                }
            }
        }
        out.extend(
            self.milestones
                .iter()
                .filter(|x| is(&x.source))
                .map(|x| format!("milestone {}", x.id)),
        );
        out.extend(
            self.rates
                .iter()
                .filter(|x| is(&x.source))
                .map(|x| format!("rate {} to {}", x.from, x.to)),
        );
        out
    }

    /// Takes pillar `index` out, when nothing refers to it (else the list of what does); the
    /// references to the pillars after it move down by one.
    pub fn remove_pillar(&mut self, index: usize) -> Result<Pillar, Vec<String>> {
        let users = self.pillar_users(index);
        if !users.is_empty() || index >= self.pillars.len() {
            return Err(users);
        }
        let down = |p: &mut usize| {
            if *p > index {
                *p -= 1;
            }
        };
        self.milestones.iter_mut().for_each(|m| down(&mut m.pillar));
        self.objectives
            .iter_mut()
            .filter_map(|o| o.pillar.as_mut())
            .for_each(down);
        self.targets
            .iter_mut()
            .filter_map(|t| t.pillar.as_mut())
            .for_each(down);
        Ok(self.pillars.remove(index))
    }

    /// Takes source `index` out, when nothing refers to it (else the list of what does); the
    /// references to the sources after it move down by one.
    pub fn remove_source(&mut self, index: usize) -> Result<Source, Vec<String>> {
        let users = self.source_users(index);
        if !users.is_empty() || index >= self.sources.len() {
            return Err(users);
        }
        let down = |s: &mut Option<usize>| {
            if let Some(x) = s
                && *x > index
            {
                *x -= 1;
            }
        };
        self.pillars.iter_mut().for_each(|x| down(&mut x.source));
        self.agreements.iter_mut().for_each(|x| down(&mut x.source));
        self.objectives.iter_mut().for_each(|x| down(&mut x.source));
        for t in &mut self.targets {
            down(&mut t.source);
            t.entries.iter_mut().for_each(|e| down(&mut e.source));
        }
        self.milestones.iter_mut().for_each(|x| down(&mut x.source));
        self.rates.iter_mut().for_each(|x| down(&mut x.source));
        Ok(self.sources.remove(index))
    }

    /// Sets the keys `values` of the pillar or source with id `id` (a source named by its id);
    /// whether it is there and every value could be set.
    pub fn set_values(
        &mut self,
        table: super::plan::Table,
        id: &str,
        values: &[(&'static str, Option<super::plan::Value>)],
    ) -> bool {
        use super::plan::{Table, Value};
        let text = |v: &Option<Value>| match v {
            Some(Value::Text(s)) => Some(s.clone()),
            Some(Value::Date(d)) => Some(d.to_string()),
            None => None,
        };
        let source_of = |v: &Option<Value>, sources: &[Source]| match v {
            Some(Value::Text(s)) => sources.iter().position(|x| x.id == *s).map(Some),
            Some(Value::Date(_)) => None,
            None => Some(None),
        };
        match table {
            Table::Pillar => {
                let Some(i) = self.pillar_index(id) else {
                    return false;
                };
                let mut p = self.pillars[i].clone();
                for (key, value) in values {
                    match *key {
                        "title" => match text(value) {
                            Some(t) => p.title = t,
                            None => return false,
                        },
                        "summary" => p.summary = text(value),
                        "source" => match source_of(value, &self.sources) {
                            Some(s) => p.source = s,
                            None => return false,
                        },
                        _ => return false,
                    }
                }
                self.pillars[i] = p;
            }
            Table::Source => {
                let Some(i) = self.sources.iter().position(|x| x.id == id) else {
                    return false;
                };
                let mut s = self.sources[i].clone();
                for (key, value) in values {
                    match (*key, value) {
                        ("title", Some(Value::Text(t))) => s.title.clone_from(t),
                        ("publisher", _) => s.publisher = text(value),
                        ("url", _) => s.url = text(value),
                        ("note", _) => s.note = text(value),
                        ("published", Some(Value::Date(d))) => s.published = Some(*d),
                        ("published", None) => s.published = None,
                        _ => return false,
                    }
                }
                self.sources[i] = s;
            }
        }
        true
    }

    /// Puts `pillar` back at `index` (undoing its removal): the references to the pillars from
    /// `index` on move up by one.
    pub fn insert_pillar(&mut self, index: usize, pillar: Pillar) {
        let index = index.min(self.pillars.len());
        let up = |p: &mut usize| {
            if *p >= index {
                *p += 1;
            }
        };
        self.milestones.iter_mut().for_each(|m| up(&mut m.pillar));
        self.objectives
            .iter_mut()
            .filter_map(|o| o.pillar.as_mut())
            .for_each(up);
        self.targets
            .iter_mut()
            .filter_map(|t| t.pillar.as_mut())
            .for_each(up);
        self.pillars.insert(index, pillar);
    }

    /// Takes entry `index` of target `target` out.
    pub fn remove_entry(&mut self, target: usize, index: usize) -> Option<TargetEntry> {
        let t = self.targets.get_mut(target)?;
        (index < t.entries.len()).then(|| t.entries.remove(index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_what_the_format_allows() {
        for ok in ["a", "critical-minerals", "m-10", "10k"] {
            assert!(is_id(ok), "{ok}");
        }
        for bad in ["", "-a", "A", "a_b", "a b", "重要"] {
            assert!(!is_id(bad), "{bad}");
        }
    }

    #[test]
    fn an_addition_with_a_taken_id_a_blank_title_or_a_bad_amount_is_refused() {
        let mut m = Model::empty();
        let source = |id: &str, title: &str| Source {
            id: id.into(),
            title: title.into(),
            published: None,
            publisher: None,
            url: None,
            note: None,
        };
        assert_eq!(m.add_source(source("s", "S")), Ok(0));
        assert!(matches!(
            m.add_source(source("s", "T")),
            Err(AddError::Taken { .. })
        ));
        assert_eq!(
            m.add_source(source("t", " ")),
            Err(AddError::NoTitle("source"))
        );
        assert_eq!(
            m.add_source(source("T", "x")),
            Err(AddError::BadId("T".into()))
        );
        assert_eq!(m.sources.len(), 1);
        let entry = TargetEntry {
            date: chrono::NaiveDate::default(),
            amount: -3.0,
            kind: super::super::EntryKind::Announced,
            note: None,
            source: None,
        };
        assert_eq!(
            m.add_entry(0, entry),
            Err(AddError::NotPositive("an amount"))
        );
    }
}
