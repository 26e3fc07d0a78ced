//! The slides of the deck as HTML sections, with the content of `present`'s slides
//! (`ui/present/slides.rs`) from the same model and figures: headings, lists and figures as
//! real text.

use std::fmt::Write;

use chrono::NaiveDate;

use super::esc;
use crate::model::deck::Slide;
use crate::model::diff::Change;
use crate::model::money::{self, Style, percent};
use crate::model::slide_text as words;
use crate::model::{Figures, Health, Milestone, Model, PillarGroups, Since, Status};

/// The most milestones a pillar's slide lists in each group (overdue, next, done); a slide is
/// one printed page.
const SLIDE_ITEMS: usize = 12;

/// A status with its symbol and word, as the terminal shows it.
pub(super) fn status(s: Status) -> String {
    format!(
        r#"<span class="status {}">{} {}</span>"#,
        s.as_str(),
        s.symbol(),
        s.label()
    )
}

/// A pillar's health with its symbol and word.
pub(super) fn health(h: Health) -> String {
    format!(
        r#"<span class="health {}">{} {}</span>"#,
        h.as_str(),
        h.symbol(),
        h.label()
    )
}

/// A progress bar (a `<meter>`, which a screen reader reads) and its words.
pub(super) fn bar(progress: Option<f64>, words: &str) -> String {
    match progress {
        Some(p) => format!(
            r#"<p class="bar"><meter min="0" max="1" value="{p:.4}">{}</meter> {}</p>"#,
            percent(Some(p)),
            esc(words)
        ),
        None => format!(r#"<p class="bar">{}</p>"#, esc(words)),
    }
}

/// One slide's section.
/// The changes since a date or a version, as the slide and the report's table show them.
pub(super) struct SinceList {
    pub label: String,
    pub changes: Vec<Change>,
}

impl SinceList {
    pub(super) fn of(since: &Since, model: &Model) -> Self {
        SinceList {
            label: since.label(),
            changes: since.changes(model),
        }
    }
}

/// One slide's section: `slide`, number `n` (from 0) of `count`.
pub(super) fn slide(
    out: &mut String,
    (model, figures): (&Model, &Figures),
    by_pillar: &[Vec<usize>],
    since: Option<&SinceList>,
    slide: Slide,
    (n, count): (usize, usize),
) {
    let _ = write!(
        out,
        r#"<section class="slide" id="slide-{}" aria-label="Slide {} of {count}">"#,
        n + 1,
        n + 1
    );
    match slide {
        Slide::Title => title(out, model, figures.today),
        Slide::Headline => headline(out, model, figures),
        Slide::Agreements => agreements(out, model),
        Slide::Pillar(i) => pillar(out, model, figures, by_pillar, i),
        Slide::ComingUp => coming_up(out, model, figures),
        Slide::Since => {
            if let Some(list) = since {
                since_slide(out, list);
            }
        }
        Slide::Closing => closing(out, model, figures),
    }
    out.push_str("</section>\n");
}

fn title(out: &mut String, model: &Model, today: NaiveDate) {
    let p = &model.partnership;
    let _ = write!(
        out,
        r#"<div class="title-slide"><h2 class="big">{}</h2><p class="parties">{}</p><p class="muted">{}</p></div>"#,
        esc(&p.title),
        esc(&p.parties.join(" · ")),
        esc(&words::title_dates(model, today))
    );
}

fn headline(out: &mut String, model: &Model, figures: &Figures) {
    let o = &figures.overall;
    let _ = write!(
        out,
        r#"<h2>{}</h2><p class="big">{}</p>"#,
        words::HEADLINE,
        percent(o.progress())
    );
    out.push_str(&bar(o.progress(), &words::overall_words(o)));
    for (t, f) in model.targets.iter().zip(&figures.targets) {
        let _ = write!(
            out,
            r#"<h3>{}</h3><p class="figure">{}</p><p>{}</p><p>{}</p><p class="pace">{}</p><p>{}</p>"#,
            esc(&t.title),
            esc(&words::target_figure(t, f)),
            esc(&words::target_realized(t, f)),
            esc(&words::target_money(t, f)),
            esc(&words::target_pace(t, f)),
            esc(&words::target_needed(t, f))
        );
        if let Some(c) = money::conversion_for(t.amount, &t.unit, &model.rates) {
            let _ = write!(
                out,
                r#"<p class="muted">{}</p>"#,
                esc(&c.describe(Style::Long))
            );
        }
    }
}

fn agreements(out: &mut String, model: &Model) {
    let _ = write!(out, "<h2>{}</h2>", words::AGREEMENTS);
    for (a, agreement) in model.agreements.iter().enumerate() {
        let context = agreement.context();
        let _ = write!(out, "<h3>{}</h3>", esc(&agreement.label()));
        if !context.is_empty() {
            let _ = write!(out, r#"<p class="muted">{}</p>"#, esc(&context.join(" · ")));
        }
        out.push_str("<ol>");
        for o in model.objectives_of(Some(a)) {
            let _ = write!(out, "<li>{}</li>", esc(&o.title));
        }
        out.push_str("</ol>");
    }
    let loose: Vec<_> = model.objectives_of(None).collect();
    if !loose.is_empty() {
        let _ = write!(out, "<h3>{}</h3><ul>", words::ALSO);
        for o in loose {
            let _ = write!(out, "<li>{}</li>", esc(&o.title));
        }
        out.push_str("</ul>");
    }
}

/// A milestone as a list item: its status, title and due date.
pub(super) fn milestone_item(m: &Milestone) -> String {
    let due = m
        .due
        .map(|d| format!(r#" <span class="muted">{}</span>"#, words::due(Some(d))))
        .unwrap_or_default();
    format!("<li>{} {}{due}</li>", status(m.status), esc(&m.title))
}

fn pillar(out: &mut String, model: &Model, figures: &Figures, by_pillar: &[Vec<usize>], i: usize) {
    let pillar = &model.pillars[i];
    let f = &figures.pillars[i];
    let _ = write!(
        out,
        r#"<p class="muted">{}</p><h2>{}</h2>"#,
        esc(&words::pillar_heading(model, i)),
        esc(&pillar.title)
    );
    if let Some(summary) = &pillar.summary {
        let _ = write!(out, "<p>{}</p>", esc(summary));
    }
    match f.progress() {
        Some(p) => out.push_str(&bar(Some(p), &words::pillar_progress(f, p))),
        None => {
            let _ = write!(out, r#"<p class="muted">{}</p>"#, words::NO_MILESTONES);
        }
    }
    let _ = write!(out, "<p>Health: {}</p>", health(f.health()));
    let groups = PillarGroups::of(
        model,
        by_pillar.get(i).map_or(&[][..], Vec::as_slice),
        figures.today,
    );
    for (label, list) in
        words::GROUPS
            .into_iter()
            .zip([&groups.overdue, &groups.next, &groups.done])
    {
        if list.is_empty() {
            continue;
        }
        let _ = write!(out, "<h3>{}</h3>", words::group_heading(label, list.len()));
        milestone_list(out, model, list, SLIDE_ITEMS, " (in the report below)");
    }
}

/// The milestones `list` (indices) as a list, the first `most` of them and how many more.
pub(super) fn milestone_list(
    out: &mut String,
    model: &Model,
    list: &[usize],
    most: usize,
    where_rest: &str,
) {
    out.push_str("<ul>");
    for &m in list.iter().take(most) {
        out.push_str(&milestone_item(&model.milestones[m]));
    }
    if list.len() > most {
        let _ = write!(
            out,
            r#"<li class="muted">{}{where_rest}</li>"#,
            words::more(list.len() - most)
        );
    }
    out.push_str("</ul>");
}

fn coming_up(out: &mut String, model: &Model, figures: &Figures) {
    let _ = write!(out, "<h2>{}</h2><ul>", words::coming_up_heading());
    for (list, overdue) in [(&figures.overdue, true), (&figures.upcoming, false)] {
        for &i in list {
            let m = &model.milestones[i];
            let due = m.due.map(|d| d.to_string()).unwrap_or_default();
            let mark = if overdue {
                format!(
                    r#"<span class="status blocked">{}</span> "#,
                    words::OVERDUE_MARK
                )
            } else {
                String::new()
            };
            let _ = write!(
                out,
                "<li><span class=\"date\">{due}</span> {mark}{} {}</li>",
                esc(&m.title),
                status(m.status)
            );
        }
    }
    out.push_str("</ul>");
}

fn since_slide(out: &mut String, list: &SinceList) {
    let _ = write!(
        out,
        "<h2>{}</h2><ul>",
        esc(&words::since_heading(&list.label))
    );
    for change in &list.changes {
        let Change::Status {
            title,
            from,
            to,
            at,
            note,
            by_hand,
            ..
        } = change
        else {
            let _ = write!(out, "<li>{}</li>", esc(&change.describe()));
            continue;
        };
        let from = from
            .map(|f| format!("{} → ", status(f)))
            .unwrap_or_default();
        let note = note
            .as_ref()
            .map(|n| format!(r#" <span class="muted">“{}”</span>"#, esc(n)))
            .unwrap_or_default();
        let when = words::change_when(*at);
        let hand = if *by_hand && at.is_some() {
            format!(r#" <span class="muted">{}</span>"#, words::BY_HAND)
        } else {
            String::new()
        };
        let _ = write!(
            out,
            "<li><span class=\"date\">{when}</span> {} {from}{}{note}{hand}</li>",
            esc(title),
            status(*to)
        );
    }
    out.push_str("</ul>");
}

fn closing(out: &mut String, model: &Model, figures: &Figures) {
    let o = &figures.overall;
    let _ = write!(out, "<h2>{}</h2>", words::SUMMARY);
    out.push_str(&bar(o.progress(), &words::summary_words(o)));
    let (counts, without) = words::health_counts(&figures.pillars);
    let _ = write!(out, "<p>{}: ", words::pillar_count(model.pillars.len()));
    for (h, n) in counts {
        let _ = write!(out, "{} {n} · ", health(h));
    }
    let _ = write!(out, "{}</p>", words::without_milestones(without));
    if let Some(missing) = words::pillars_missing(model) {
        let _ = write!(out, r#"<p class="muted">{}</p>"#, esc(&missing));
    }
    for (t, f) in model.targets.iter().zip(&figures.targets) {
        let _ = write!(out, "<p>{}</p>", esc(&words::summary_target(t, f)));
    }
    if o.overdue > 0 {
        let _ = write!(
            out,
            r#"<p class="bad">{}</p>"#,
            words::overdue_count(o.overdue)
        );
    }
}
