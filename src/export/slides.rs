//! The slides of the deck as HTML sections, with the content of `present`'s slides
//! (`ui/present/slides.rs`) from the same model and figures: headings, lists and figures as
//! real text.

use std::fmt::Write;

use chrono::NaiveDate;

use super::esc;
use crate::model::deck::Slide;
use crate::model::diff::Change;
use crate::model::money::{self, Style, percent};
use crate::model::{Figures, Health, Milestone, Model, PillarGroups, Since, Status, UPCOMING_DAYS};

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
    let as_of = p
        .as_of
        .map(|d| format!("Facts as of {d} · "))
        .unwrap_or_default();
    let _ = write!(
        out,
        r#"<div class="title-slide"><h2 class="big">{}</h2><p class="parties">{}</p><p class="muted">{as_of}Today {today}</p></div>"#,
        esc(&p.title),
        esc(&p.parties.join(" · "))
    );
}

fn headline(out: &mut String, model: &Model, figures: &Figures) {
    let o = &figures.overall;
    let _ = write!(
        out,
        r#"<h2>Where we stand</h2><p class="big">{}</p>"#,
        percent(o.progress())
    );
    out.push_str(&bar(
        o.progress(),
        &format!(
            "{} of {} milestones done · {} overdue · {} blocked",
            o.done, o.milestones, o.overdue, o.blocked
        ),
    ));
    for (t, f) in model.targets.iter().zip(&figures.targets) {
        let long = |a: f64| esc(&money::format(a, &t.unit, Style::Long));
        let short = |a: f64| esc(&money::format(a, &t.unit, Style::Short));
        let needed = match f.needed_per_year {
            Some(0.0) => "Reached".to_string(),
            Some(n) => format!("Needed: {} a year until {}", long(n), t.end),
            None => format!("Ended {} short of the amount", t.end),
        };
        let _ = write!(
            out,
            r#"<h3>{}</h3><p class="figure">{} of {}</p><p>Realized {} of {}</p><p class="pace">Pace: {} by today</p><p>{needed}</p>"#,
            esc(&t.title),
            short(f.realized),
            short(t.amount),
            long(f.realized),
            long(t.amount),
            long(f.expected_by_today)
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
    out.push_str("<h2>Agreements</h2>");
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
        out.push_str("<h3>Also</h3><ul>");
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
        .map(|d| format!(r#" <span class="muted">due {d}</span>"#))
        .unwrap_or_default();
    format!("<li>{} {}{due}</li>", status(m.status), esc(&m.title))
}

fn pillar(out: &mut String, model: &Model, figures: &Figures, by_pillar: &[Vec<usize>], i: usize) {
    let pillar = &model.pillars[i];
    let f = &figures.pillars[i];
    let mut heading = format!("Pillar {} of {}", i + 1, model.pillars.len());
    if let Some((named, declared)) = model.pillars_missing() {
        heading.push_str(&format!(
            " · the source declares {declared} pillars and names {named}"
        ));
    }
    let _ = write!(
        out,
        r#"<p class="muted">{heading}</p><h2>{}</h2>"#,
        esc(&pillar.title)
    );
    if let Some(summary) = &pillar.summary {
        let _ = write!(out, "<p>{}</p>", esc(summary));
    }
    match f.progress() {
        Some(p) => out.push_str(&bar(
            Some(p),
            &format!("{} · {} of {} done", percent(Some(p)), f.done, f.milestones),
        )),
        None => out.push_str(r#"<p class="muted">No milestones recorded for this pillar yet</p>"#),
    }
    let _ = write!(out, "<p>Health: {}</p>", health(f.health()));
    let groups = PillarGroups::of(
        model,
        by_pillar.get(i).map_or(&[][..], Vec::as_slice),
        figures.today,
    );
    for (label, list) in [
        ("Overdue", &groups.overdue),
        ("Next", &groups.next),
        ("Done", &groups.done),
    ] {
        if list.is_empty() {
            continue;
        }
        let _ = write!(out, "<h3>{label} ({})</h3>", list.len());
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
            r#"<li class="muted">… and {} more{where_rest}</li>"#,
            list.len() - most
        );
    }
    out.push_str("</ul>");
}

fn coming_up(out: &mut String, model: &Model, figures: &Figures) {
    let _ = write!(out, "<h2>Coming up: the next {UPCOMING_DAYS} days</h2><ul>");
    for (list, overdue) in [(&figures.overdue, true), (&figures.upcoming, false)] {
        for &i in list {
            let m = &model.milestones[i];
            let due = m.due.map(|d| d.to_string()).unwrap_or_default();
            let mark = if overdue {
                r#"<span class="status blocked">⚠ overdue</span> "#
            } else {
                ""
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
    let _ = write!(out, "<h2>Since {}</h2><ul>", esc(&list.label));
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
        let when = at.map_or_else(
            || "by hand".to_string(),
            |at| at.format("%Y-%m-%d").to_string(),
        );
        let hand = if *by_hand && at.is_some() {
            r#" <span class="muted">(by hand)</span>"#
        } else {
            ""
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
    out.push_str("<h2>In summary</h2>");
    out.push_str(&bar(
        o.progress(),
        &format!(
            "{} overall · {} of {} milestones done",
            percent(o.progress()),
            o.done,
            o.milestones
        ),
    ));
    let count = |h: Health| figures.pillars.iter().filter(|f| f.health() == h).count();
    let _ = write!(
        out,
        "<p>{} pillars: {} {} · {} {} · {} {} · {} without milestones</p>",
        model.pillars.len(),
        health(Health::OnTrack),
        count(Health::OnTrack),
        health(Health::AtRisk),
        count(Health::AtRisk),
        health(Health::OffTrack),
        count(Health::OffTrack),
        count(Health::NoData)
    );
    if let Some((named, declared)) = model.pillars_missing() {
        let _ = write!(
            out,
            r#"<p class="muted">The source declares {declared} pillars; {named} are named.</p>"#
        );
    }
    for (t, f) in model.targets.iter().zip(&figures.targets) {
        let long = |a: f64| esc(&money::format(a, &t.unit, Style::Long));
        let _ = write!(
            out,
            "<p>{}: {} realized of {}, pace {}</p>",
            esc(&t.title),
            long(f.realized),
            long(t.amount),
            long(f.expected_by_today)
        );
    }
    if o.overdue > 0 {
        let _ = write!(
            out,
            r#"<p class="bad">{} milestones overdue</p>"#,
            o.overdue
        );
    }
}
