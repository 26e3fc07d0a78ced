//! The presenter's notes for a slide, shown by the speaker view: the model's own note for the
//! slide (`[deck.notes]`, docs/format.md) first, then what the model says that a presenter would
//! want at hand: what changed, who owns what is blocked or at risk, how far a target is from its
//! pace.

use crate::i18n::Lang;
use crate::i18n::format::date;
use crate::model::deck::{Deck, Slide, slide_name};
use crate::model::money::Style;
use crate::model::slide_text::lists::ListKind;
use crate::model::{Figures, Milestone, Model, Status};
use crate::tr;

/// The notes of `slide`, each a paragraph: the model's note (when it has one), then the derived
/// ones.
pub fn notes(
    lang: Lang,
    model: &Model,
    figures: &Figures,
    deck: &Deck,
    slide: Slide,
) -> Vec<String> {
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
                    m.status.label_in(lang),
                    m.owner
                        .clone()
                        .unwrap_or_else(|| tr!(lang, "deck-no-owner"))
                )
            })
            .collect()
    };
    match slide {
        Slide::Title => {
            let parties = model.partnership.parties.join(", ");
            out.push(match model.partnership.as_of {
                Some(d) => tr!(
                    lang,
                    "notes-open-as-of",
                    parties = parties,
                    as_of = date(lang, d)
                ),
                None => tr!(lang, "notes-open", parties = parties),
            });
        }
        Slide::Overview | Slide::Closing => {
            let o = &figures.overall;
            out.push(tr!(
                lang,
                "notes-overall",
                done = o.done,
                milestones = o.milestones,
                overdue = o.overdue,
                blocked = o.blocked
            ));
            let at_risk = owners(&mut model.milestones.iter());
            if !at_risk.is_empty() {
                out.push(tr!(lang, "notes-who-owns", list = at_risk.join("; ")));
            }
        }
        Slide::Money => {
            for (t, f) in model.targets.iter().zip(&figures.targets) {
                let long = |a: f64| super::amount(lang, t, a, Style::Long);
                let gap = f.expected_by_today - f.realized;
                out.push(if f.behind_pace() {
                    tr!(
                        lang,
                        "notes-behind",
                        title = t.title.as_str(),
                        gap = long(gap),
                        needed = super::target_needed_lower(lang, t, f)
                    )
                } else {
                    tr!(
                        lang,
                        "notes-ahead",
                        title = t.title.as_str(),
                        gap = long(-gap)
                    )
                });
            }
        }
        Slide::Pillar(i) => {
            let at_risk = owners(&mut model.milestones.iter().filter(|m| m.pillar == i));
            if at_risk.is_empty() {
                out.push(tr!(lang, "notes-pillar-fine"));
            } else {
                out.push(tr!(lang, "notes-needs-help", list = at_risk.join("; ")));
            }
            let overdue = figures
                .overdue
                .iter()
                .filter(|&&m| model.milestones[m].pillar == i)
                .count();
            if overdue > 0 {
                out.push(tr!(lang, "notes-pillar-overdue", count = overdue));
            }
        }
        Slide::List(ListKind::Since, page) => {
            let items = deck
                .lists
                .since
                .iter()
                .filter(|l| matches!(l, super::lists::ListLine::Item(_)))
                .count();
            out.push(tr!(
                lang,
                "notes-changes",
                count = items,
                n = page.n,
                of = page.of
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
                out.push(tr!(lang, "notes-owners", list = owners.join(", ")));
            }
        }
        Slide::List(_, page) if page.of > 1 => {
            out.push(tr!(lang, "notes-page", n = page.n, of = page.of));
        }
        Slide::Agreements | Slide::List(..) => {}
    }
    out
}
