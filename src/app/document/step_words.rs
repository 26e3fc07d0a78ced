//! What the status line says of a structural step (a table added, removed or changed) and of a
//! pillar that cannot be removed, in the language shown.

use super::editing::Step;
use super::said::describe_step;
use crate::i18n::Lang;
use crate::tr;

/// What a structural step (a table added, removed or changed) did, for the status line; the
/// model names a target's id.
pub(in crate::app) fn describe_structure(
    lang: Lang,
    model: &crate::model::Model,
    step: &Step,
) -> String {
    let target = |t: &usize| model.targets.get(*t).map_or("", |x| x.id.as_str());
    match step {
        Step::Edits(edits) => describe_step(lang, edits),
        Step::AddedMilestone(p) => tr!(lang, "said-added-milestone", id = &p.milestone.id),
        Step::RemovedMilestone(p) => tr!(lang, "said-removed-milestone", id = &p.milestone.id),
        Step::AddedSource(s) => tr!(lang, "said-added-source", id = &s.id),
        Step::AddedPillar(p) => tr!(lang, "said-added-pillar", id = &p.id),
        Step::AddedEntry { target: t, .. } => tr!(lang, "said-recorded-entry", id = target(t)),
        Step::RemovedEntry {
            target: t, index, ..
        } => tr!(lang, "said-removed-entry", n = index + 1, id = target(t)),
        Step::EditedEntry { target: t, .. } => tr!(lang, "said-changed-entry", id = target(t)),
        Step::RemovedPillar { pillar, .. } => tr!(lang, "said-removed-pillar", id = &pillar.id),
        Step::EditedPillar { before, .. } => tr!(lang, "said-changed-pillar", id = &before.id),
        Step::Renamed(names) => names.first().map_or_else(String::new, |(n, _)| {
            tr!(
                lang,
                "said-renamed",
                id = &n.id,
                language = n.lang.own_name()
            )
        }),
    }
}

/// Why pillar `id` is not removed: what refers to it (the first four ids, then how many more).
pub(in crate::app) fn pillar_in_use(lang: Lang, id: &str, users: &[String]) -> String {
    let shown: Vec<&str> = users.iter().take(4).map(String::as_str).collect();
    let more = users.len() - shown.len();
    let ids = if more > 0 {
        tr!(lang, "said-and-more", ids = shown.join(", "), count = more)
    } else {
        shown.join(", ")
    };
    tr!(
        lang,
        "said-pillar-in-use",
        id = id,
        ids = ids,
        count = users.len()
    )
}
