//! The presenter's notes for a slide, shown by the speaker view: the model's own note for the
//! slide (`[deck.notes]`, docs/format.md) first, then what the model says that a presenter would
//! want at hand: what changed, who owns what is blocked or at risk, how far a target is from its
//! pace.

use crate::model::deck::{Deck, Slide, slide_name};
use crate::model::money::{self, Style};
use crate::model::slide_text::lists::ListKind;
use crate::model::{Figures, Milestone, Model, Status};

/// The notes of `slide`, each a paragraph: the model's note (when it has one), then the derived
/// ones.
pub fn notes(model: &Model, figures: &Figures, deck: &Deck, slide: Slide) -> Vec<String> {
    let name = slide_name(model, slide);
    let note = |key: &str| {
        model
            .deck
            .notes
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, n)| n.clone())
    };
    // A pillar's own note, or else the note of every pillar slide.
    let own = note(&name).or_else(|| {
        matches!(slide, Slide::Pillar(_))
            .then(|| note("pillars"))
            .flatten()
    });
    let mut out: Vec<String> = own.into_iter().collect();
    let owners = |list: &mut dyn Iterator<Item = &Milestone>| -> Vec<String> {
        list.filter(|m| matches!(m.status, Status::Blocked | Status::AtRisk))
            .map(|m| {
                format!(
                    "{} {} ({}): {}",
                    m.status.symbol(),
                    m.title,
                    m.status.label(),
                    m.owner.as_deref().unwrap_or("no owner")
                )
            })
            .collect()
    };
    match slide {
        Slide::Title => out.push(format!(
            "Open with the parties ({}) and the date of the facts{}.",
            model.partnership.parties.join(", "),
            model
                .partnership
                .as_of
                .map(|d| format!(", {d}"))
                .unwrap_or_default()
        )),
        Slide::Overview | Slide::Closing => {
            let o = &figures.overall;
            out.push(format!(
                "{} of {} milestones done; {} overdue, {} blocked.",
                o.done, o.milestones, o.overdue, o.blocked
            ));
            let at_risk = owners(&mut model.milestones.iter());
            if !at_risk.is_empty() {
                out.push(format!("Who owns what needs help: {}", at_risk.join("; ")));
            }
        }
        Slide::Money => {
            for (t, f) in model.targets.iter().zip(&figures.targets) {
                let long = |a: f64| money::format(a, &t.unit, Style::Long);
                let gap = f.expected_by_today - f.realized;
                out.push(if f.behind_pace() {
                    format!(
                        "{}: {} behind the straight pace; {}",
                        t.title,
                        long(gap),
                        super::lower_first(&super::target_needed(t, f))
                    )
                } else {
                    format!(
                        "{}: at or ahead of the straight pace by {}",
                        t.title,
                        long(-gap)
                    )
                });
            }
        }
        Slide::Pillar(i) => {
            let at_risk = owners(&mut model.milestones.iter().filter(|m| m.pillar == i));
            if at_risk.is_empty() {
                out.push("Nothing in this pillar is blocked or at risk.".into());
            } else {
                out.push(format!("Needs help: {}", at_risk.join("; ")));
            }
            let overdue = figures
                .overdue
                .iter()
                .filter(|&&m| model.milestones[m].pillar == i)
                .count();
            if overdue > 0 {
                out.push(format!("{overdue} overdue in this pillar."));
            }
        }
        Slide::List(ListKind::Since, page) => {
            let items = deck
                .lists
                .since
                .iter()
                .filter(|l| matches!(l, super::lists::ListLine::Item(_)))
                .count();
            out.push(format!(
                "{items} changes in all; page {} of {}.",
                page.n, page.of
            ));
        }
        Slide::List(ListKind::Decisions, _) => {
            let mut owners: Vec<&str> = model
                .milestones
                .iter()
                .filter(|m| matches!(m.status, Status::Blocked | Status::AtRisk))
                .filter_map(|m| m.owner.as_deref())
                .collect();
            owners.sort_unstable();
            owners.dedup();
            if !owners.is_empty() {
                out.push(format!("Owners to ask: {}.", owners.join(", ")));
            }
        }
        Slide::List(_, page) if page.of > 1 => {
            out.push(format!("Page {} of {}.", page.n, page.of));
        }
        Slide::Agreements | Slide::List(..) => {}
    }
    out
}
