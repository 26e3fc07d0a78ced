//! The slides of the deck as HTML sections, with the content of `present`'s slides
//! (`ui/present/slides.rs`) from the same model and figures: headings, lists and figures as
//! real text.

use crate::i18n::{Lang, Langs};
use std::fmt::Write;

use chrono::NaiveDate;

use super::esc;
use crate::model::deck::{Lists, Page, Slide};
use crate::model::diff::Change;
use crate::model::money::{self, Style, percent};
use crate::model::slide_text as words;
use crate::model::slide_text::lists::{self, ListKind, ListLine, Tone};
use crate::model::{Figures, Health, Milestone, Model, PillarGroups, Since, Status};

/// The most milestones a pillar's slide lists in each group (overdue, next, done); a slide is
/// one printed page.
const SLIDE_ITEMS: usize = 12;

/// A status with its symbol and word, as the terminal shows it.
pub(super) fn status(lang: Lang, s: Status) -> String {
    format!(
        r#"<span class="status {}">{} {}</span>"#,
        s.as_str(),
        s.symbol(),
        s.label_in(lang)
    )
}

/// A pillar's health with its symbol and word.
pub(super) fn health(lang: Lang, h: Health) -> String {
    format!(
        r#"<span class="health {}">{} {}</span>"#,
        h.as_str(),
        h.symbol(),
        h.label_in(lang)
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

/// One slide's section: `slide`, number `n` (from 0) of `count`; `lists` are the deck's, for a
/// page of a list slide.
pub(super) fn slide(
    langs: Langs,
    out: &mut String,
    (model, figures): (&Model, &Figures),
    by_pillar: &[Vec<usize>],
    (lists, since): (&Lists, Option<&Since>),
    slide: Slide,
    (n, count): (usize, usize),
) {
    let lang = langs.main;
    let _ = write!(
        out,
        r#"<section class="slide" id="slide-{}" aria-label="{}">"#,
        n + 1,
        esc(&crate::tr!(lang, "html-slide-of", n = n + 1, count = count))
    );
    let start = out.len();
    match slide {
        Slide::Title => title(lang, out, model, figures.today),
        Slide::Overview => overview(lang, out, model, figures),
        Slide::Money => money_slide(lang, out, model, figures),
        Slide::Agreements => agreements(lang, out, model),
        Slide::Pillar(i) => pillar(langs, out, (model, figures), by_pillar, i),
        Slide::List(kind, page) => list(langs, out, lists, since, kind, page),
        Slide::Closing => closing(lang, out, model, figures),
    }
    // For a room of two languages, the heading in the second beneath the first.
    if let Some(second) = langs.second
        && let Some(heading) = heading_of(second, slide, since)
        && let Some(end) = out[start..].find("</h2>")
    {
        let at = start + end + "</h2>".len();
        out.insert_str(
            at,
            &format!(
                r#"<p class="second" lang="{}">{}</p>"#,
                second.code(),
                esc(&heading)
            ),
        );
    }
    out.push_str("</section>\n");
}

/// A slide's heading in `lang`, where the heading is pactboard's words (a pillar's is its title).
fn heading_of(lang: Lang, slide: Slide, since: Option<&Since>) -> Option<String> {
    match slide {
        Slide::Overview => Some(words::headline(lang)),
        Slide::Money => Some(words::money_heading(lang)),
        Slide::Agreements => Some(words::agreements(lang)),
        Slide::List(kind, _) => Some(lists::heading(lang, kind, since)),
        Slide::Closing => Some(words::summary(lang)),
        Slide::Title | Slide::Pillar(_) => None,
    }
}

fn title(lang: Lang, out: &mut String, model: &Model, today: NaiveDate) {
    let p = &model.partnership;
    let _ = write!(
        out,
        r#"<div class="title-slide"><h2 class="big">{}</h2><p class="parties">{}</p><p class="muted">{}</p></div>"#,
        esc(&p.title),
        esc(&p.parties.join(" · ")),
        esc(&words::title_dates(lang, model, today))
    );
}

fn overview(lang: Lang, out: &mut String, model: &Model, figures: &Figures) {
    let o = &figures.overall;
    let _ = write!(
        out,
        r#"<h2>{}</h2><p class="big">{}</p>"#,
        words::headline(lang),
        percent(o.progress())
    );
    out.push_str(&bar(o.progress(), &words::overall_words(lang, o)));
    health_counts(lang, out, model, figures);
    for (t, f) in model.targets.iter().zip(&figures.targets) {
        let _ = write!(
            out,
            r#"<p class="accent">{}</p><p>{}</p>"#,
            esc(&words::target_line(lang, t, f)),
            esc(&words::target_pace_line(lang, t, f))
        );
    }
}

/// The pillars' count by health, in one paragraph.
fn health_counts(lang: Lang, out: &mut String, model: &Model, figures: &Figures) {
    let (counts, without) = words::health_counts(&figures.pillars);
    let _ = write!(
        out,
        "<p>{}: ",
        words::pillar_count(lang, model.pillars.len())
    );
    for (h, n) in counts {
        let _ = write!(out, "{} {n} · ", health(lang, h));
    }
    let _ = write!(out, "{}</p>", words::without_milestones(lang, without));
}

fn money_slide(lang: Lang, out: &mut String, model: &Model, figures: &Figures) {
    let _ = write!(out, "<h2>{}</h2>", words::money_heading(lang));
    for (t, f) in model.targets.iter().zip(&figures.targets) {
        let _ = write!(
            out,
            r#"<h3>{}</h3><p class="figure">{}</p><p>{}</p><p>{}</p><p class="pace">{}</p><p>{}</p><p class="muted">{}</p>"#,
            esc(&t.title),
            esc(&words::target_figure(lang, t, f)),
            esc(&words::target_realized(lang, t, f)),
            esc(&words::target_money(lang, t, f)),
            esc(&words::target_pace(lang, t, f)),
            esc(&words::target_needed(lang, t, f)),
            esc(&words::target_fiscal_pace(lang, model, t, figures.today))
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

fn agreements(lang: Lang, out: &mut String, model: &Model) {
    let _ = write!(out, "<h2>{}</h2>", words::agreements(lang));
    for (a, agreement) in model.agreements.iter().enumerate() {
        let context = agreement.context_in(lang);
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
        let _ = write!(out, "<h3>{}</h3><ul>", words::also(lang));
        for o in loose {
            let _ = write!(out, "<li>{}</li>", esc(&o.title));
        }
        out.push_str("</ul>");
    }
}

/// A milestone as a list item: its status, title and due date.
pub(super) fn milestone_item(lang: Lang, m: &Milestone) -> String {
    let due = m
        .due
        .map(|d| {
            format!(
                r#" <span class="muted">{}</span>"#,
                words::due(lang, Some(d))
            )
        })
        .unwrap_or_default();
    format!("<li>{} {}{due}</li>", status(lang, m.status), esc(&m.title))
}

/// `text` in the second language, under what it translates, for a room of two languages.
fn second(langs: Langs, out: &mut String, text: impl Fn(Lang) -> String) {
    if let Some(second) = langs.second {
        let _ = write!(
            out,
            r#"<p class="second" lang="{}">{}</p>"#,
            second.code(),
            esc(&text(second))
        );
    }
}

fn pillar(
    langs: Langs,
    out: &mut String,
    (model, figures): (&Model, &Figures),
    by_pillar: &[Vec<usize>],
    i: usize,
) {
    let lang = langs.main;
    let pillar = &model.pillars[i];
    let f = &figures.pillars[i];
    let _ = write!(
        out,
        r#"<p class="muted">{}</p>"#,
        esc(&words::pillar_heading(lang, model, i)),
    );
    second(langs, out, |l| words::pillar_heading(l, model, i));
    let _ = write!(out, "<h2>{}</h2>", esc(&pillar.title));
    if let Some(title) = langs
        .second
        .and_then(|l| model.pillar_title_known(l, i))
        .filter(|t| *t != pillar.title)
    {
        second(langs, out, |_| title.to_string());
    }
    if let Some(summary) = &pillar.summary {
        let _ = write!(out, "<p>{}</p>", esc(summary));
    }
    match f.progress() {
        Some(p) => out.push_str(&bar(Some(p), &words::pillar_progress(lang, f, p))),
        None => {
            let _ = write!(
                out,
                r#"<p class="muted">{}</p>"#,
                words::no_milestones(lang)
            );
        }
    }
    let _ = write!(
        out,
        "<p>{}: {}</p>",
        words::health_label(lang),
        health(lang, f.health())
    );
    second(langs, out, |l| {
        format!("{}: {}", words::health_label(l), f.health().label_in(l))
    });
    let groups = PillarGroups::of(
        model,
        by_pillar.get(i).map_or(&[][..], Vec::as_slice),
        figures.today,
    );
    for (k, (label, list)) in words::groups(lang)
        .into_iter()
        .zip([&groups.overdue, &groups.next, &groups.done])
        .enumerate()
    {
        if list.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            "<h3>{}</h3>",
            words::group_heading(lang, &label, list.len())
        );
        second(langs, out, |l| {
            words::group_heading(l, &words::groups(l)[k], list.len())
        });
        let below = format!(" ({})", crate::tr!(lang, "html-in-report-below"));
        milestone_list(lang, out, model, list, SLIDE_ITEMS, &below);
    }
}

/// The milestones `list` (indices) as a list, the first `most` of them and how many more.
pub(super) fn milestone_list(
    lang: Lang,
    out: &mut String,
    model: &Model,
    list: &[usize],
    most: usize,
    where_rest: &str,
) {
    out.push_str("<ul>");
    for &m in list.iter().take(most) {
        out.push_str(&milestone_item(lang, &model.milestones[m]));
    }
    if list.len() > most {
        let _ = write!(
            out,
            r#"<li class="muted">{}{where_rest}</li>"#,
            words::more(lang, list.len() - most)
        );
    }
    out.push_str("</ul>");
}

/// A page of a list slide: its heading and place, the group it continues, its lines.
fn list(
    langs: Langs,
    out: &mut String,
    lists: &Lists,
    since: Option<&Since>,
    kind: ListKind,
    page: Page,
) {
    let lang = langs.main;
    let _ = write!(
        out,
        "<h2>{}{}</h2>",
        esc(&lists::heading(lang, kind, since)),
        esc(&lists::page_of(lang, page.n, page.of))
    );
    let mut open = false;
    let continued = lists.continued_group(kind, page.start).map(ListLine::Group);
    let lines = lists.of(kind);
    let close = |out: &mut String, open: &mut bool| {
        if std::mem::take(open) {
            out.push_str("</ul>");
        }
    };
    for line in continued
        .iter()
        .chain(lines.get(page.start..page.end).unwrap_or_default())
    {
        match line {
            ListLine::Group(g) => {
                close(out, &mut open);
                let _ = write!(out, "<h3>{}</h3>", esc(g));
            }
            ListLine::Beneath(g) => {
                close(out, &mut open);
                let code = langs.second.map_or("", Lang::code);
                let _ = write!(out, r#"<p class="second" lang="{code}">{}</p>"#, esc(g));
            }
            ListLine::Item(runs) => {
                if !std::mem::replace(&mut open, true) {
                    out.push_str("<ul class=\"list\">");
                }
                out.push_str("<li>");
                for (text, tone) in runs {
                    match tone_class(*tone) {
                        Some(class) => {
                            let _ = write!(out, r#"<span class="{class}">{}</span>"#, esc(text));
                        }
                        None => out.push_str(&esc(text)),
                    }
                }
                out.push_str("</li>");
            }
        }
    }
    if open {
        out.push_str("</ul>");
    }
}

/// A list's tone as a class of the page's style.
fn tone_class(tone: Tone) -> Option<String> {
    match tone {
        Tone::Text => None,
        Tone::Muted => Some("muted".into()),
        Tone::Accent => Some("accent".into()),
        Tone::Bad => Some("bad".into()),
        Tone::Warn => Some("warn".into()),
        Tone::Good => Some("good".into()),
        Tone::Status(s) => Some(format!("status {}", s.as_str())),
    }
}

fn closing(lang: Lang, out: &mut String, model: &Model, figures: &Figures) {
    let o = &figures.overall;
    let _ = write!(out, "<h2>{}</h2>", words::summary(lang));
    out.push_str(&bar(o.progress(), &words::summary_words(lang, o)));
    health_counts(lang, out, model, figures);
    if let Some(missing) = words::pillars_missing(lang, model) {
        let _ = write!(out, r#"<p class="muted">{}</p>"#, esc(&missing));
    }
    for (t, f) in model.targets.iter().zip(&figures.targets) {
        let _ = write!(
            out,
            r#"<p>{}<br><span class="muted">{}</span></p>"#,
            esc(&words::target_line(lang, t, f)),
            esc(&words::target_pace_line(lang, t, f))
        );
    }
    if o.overdue > 0 {
        let _ = write!(
            out,
            r#"<p class="bad">{}</p>"#,
            words::overdue_count(lang, o.overdue)
        );
    }
}
