//! What the status line says of an edit: `moc-signed: planned → done`, `3 milestones → done`,
//! in the language shown.

use crate::i18n::Lang;
use crate::model::edit::Applied;
use crate::model::edit::edited_fields;
use crate::tr;

/// What a step did, for the status line.
pub(in crate::app) fn describe_step(lang: Lang, step: &[Applied]) -> String {
    match step {
        [one] => describe(lang, one),
        [first, ..] => format!(
            "{} → {}",
            tr!(lang, "said-milestones", count = step.len()),
            first.after.status.label_in(lang)
        ),
        [] => String::new(),
    }
}

fn describe(lang: Lang, applied: &Applied) -> String {
    let (b, a) = (&applied.before, &applied.after);
    let what = if b.status != a.status {
        crate::model::Status::transition_in(lang, Some(b.status), a.status)
    } else if edited_fields(b, a).iter().filter(|&&f| f).count() > 1 {
        tr!(lang, "said-details")
    } else if b.notes != a.notes {
        tr!(lang, "said-notes")
    } else if b.title != a.title {
        tr!(lang, "said-retitled")
    } else if b.due == a.due {
        tr!(lang, "said-details")
    } else {
        a.due.map_or_else(
            || tr!(lang, "said-no-due"),
            |d| tr!(lang, "deck-due", date = d.to_string()),
        )
    };
    format!("{}: {what}", a.id)
}

impl crate::app::App {
    /// Says that `status` is already what was asked (`id`: the one or the several), in the
    /// language shown.
    pub(in crate::app) fn say_already(&mut self, id: &str, status: crate::model::Status) {
        let lang = self.dash.langs.main;
        self.say(tr!(lang, id, status = status.label_in(lang)), true);
    }
}
