//! The report half of the page, below the slides: the overall figures, the pillars with their
//! milestones, the milestones table, the targets with their charts and entries, the changes
//! since, the sources; in the page's language (the model's names as it shows them are the
//! caller's).

use std::fmt::Write;

use super::chart::target_chart;
use super::esc;
use super::html::{PILLAR_ROWS, TABLE_ROWS};
use super::slides::{SinceList, health, milestone_list, status};
use crate::i18n::format::date;
use crate::i18n::{Lang, word};
use crate::model::diff::Change;
use crate::model::money::{self, Style, percent};
use crate::model::{Figures, Model};
use crate::tr;

pub(super) fn report(
    lang: Lang,
    out: &mut String,
    model: &Model,
    figures: &Figures,
    by_pillar: &[Vec<usize>],
    since: Option<&SinceList>,
) {
    let o = &figures.overall;
    let _ = write!(
        out,
        r#"<h2>{}</h2>
<h3>{}</h3>
<table class="figures"><tbody>
<tr><th scope="row">{}</th><td>{}</td></tr>
<tr><th scope="row">{}</th><td>{}</td></tr>
<tr><th scope="row">{}</th><td>{}</td></tr>
<tr><th scope="row">{}</th><td>{}</td></tr>
<tr><th scope="row">{}</th><td>{}</td></tr>
</tbody></table>
"#,
        word(lang, "html-report"),
        word(lang, "html-overall"),
        word(lang, "label-progress"),
        crate::model::slide_text::percent_in(lang, o.progress()),
        word(lang, "html-not-cancelled"),
        o.milestones,
        word(lang, "deck-group-done"),
        o.done,
        word(lang, "deck-group-overdue"),
        o.overdue,
        word(lang, "deck-decision-blocked"),
        o.blocked
    );
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        word(lang, "view-pillars"),
        word(lang, "field-pillar"),
        word(lang, "label-progress"),
        word(lang, "label-health"),
        word(lang, "deck-group-done"),
        word(lang, "deck-group-overdue"),
    );
    for (p, f) in model.pillars.iter().zip(&figures.pillars) {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&p.title),
            crate::model::slide_text::percent_in(lang, f.progress()),
            health(lang, f.health()),
            tr!(lang, "html-of", done = f.done, all = f.milestones),
            f.overdue
        );
    }
    out.push_str("</tbody></table>\n");
    if let Some((named, declared)) = model.pillars_missing() {
        let _ = writeln!(
            out,
            r#"<p class="muted">{}</p>"#,
            esc(&tr!(
                lang,
                "pillars-declared",
                declared = declared,
                named = named
            ))
        );
    }
    for (i, p) in model.pillars.iter().enumerate() {
        let _ = write!(out, "<h4>{}</h4>", esc(&p.title));
        if let Some(summary) = &p.summary {
            let _ = write!(out, "<p>{}</p>", esc(summary));
        }
        let list = by_pillar.get(i).map_or(&[][..], Vec::as_slice);
        if list.is_empty() {
            let _ = write!(
                out,
                r#"<p class="muted">{}</p>"#,
                word(lang, "html-no-milestones")
            );
            continue;
        }
        milestone_list(lang, out, model, list, PILLAR_ROWS, "");
        out.push('\n');
    }
    milestones_table(lang, out, model);
    let _ = writeln!(out, "<h3>{}</h3>", word(lang, "view-targets"));
    for (t, f) in model.targets.iter().zip(&figures.targets) {
        let long = |a: f64| esc(&money::format_in(lang, a, &t.unit, Style::Long));
        let _ = write!(
            out,
            r#"<h4>{}</h4>
<table class="figures"><tbody>
<tr><th scope="row">{}</th><td>{}</td></tr>
<tr><th scope="row">{}</th><td>{}</td></tr>
<tr><th scope="row">{}</th><td>{}</td></tr>
<tr><th scope="row">{}</th><td>{} ({})</td></tr>
<tr><th scope="row">{}</th><td>{}</td></tr>
</tbody></table>
<figure>{}<figcaption><span class="key pace">{}</span> <span class="key today">{}</span> <span class="key announced">{}</span> <span class="key committed">{}</span> <span class="key realized">{}</span></figcaption></figure>
"#,
            esc(&t.title),
            word(lang, "field-amount"),
            esc(&tr!(
                lang,
                "html-amount-span",
                amount = money::format_in(lang, t.amount, &t.unit, Style::Long),
                start = date(lang, t.start),
                end = date(lang, t.end)
            )),
            word(lang, "html-announced"),
            long(f.announced),
            word(lang, "html-committed"),
            long(f.committed),
            word(lang, "html-realized"),
            long(f.realized),
            percent(Some(f.progress)),
            word(lang, "html-pace"),
            long(f.expected_by_today),
            target_chart(lang, t, figures.today),
            word(lang, "chart-pace"),
            word(lang, "chart-today"),
            word(lang, "kind-announced"),
            word(lang, "kind-committed"),
            word(lang, "kind-realized"),
        );
        if !t.entries.is_empty() {
            let _ = write!(
                out,
                "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
                word(lang, "field-date"),
                word(lang, "field-kind"),
                word(lang, "field-amount"),
                word(lang, "html-note"),
            );
            for e in &t.entries {
                let _ = write!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    e.date,
                    e.kind.label_in(lang),
                    long(e.amount),
                    esc(e.note.as_deref().unwrap_or(""))
                );
            }
            out.push_str("</tbody></table>\n");
        }
    }
    if let Some(list) = since {
        since_table(lang, out, list);
    }
    sources(lang, out, model);
}

/// The changes since the meeting: status changes as rows, the other changes in words.
fn since_table(lang: Lang, out: &mut String, list: &SinceList) {
    let _ = write!(
        out,
        "<h3>{}</h3>",
        esc(&tr!(
            lang,
            "html-changes-since",
            since = list.label.as_str()
        ))
    );
    if list.changes.is_empty() {
        let _ = write!(
            out,
            r#"<p class="muted">{}</p>"#,
            word(lang, "html-no-change")
        );
        return;
    }
    let (statuses, others): (Vec<&Change>, Vec<&Change>) = list
        .changes
        .iter()
        .partition(|c| matches!(c, Change::Status { .. }));
    if !statuses.is_empty() {
        let _ = write!(
            out,
            "<table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
            word(lang, "html-when"),
            word(lang, "html-milestone"),
            word(lang, "html-from"),
            word(lang, "html-to"),
            word(lang, "html-note"),
        );
        for c in statuses {
            if let Change::Status {
                title,
                from,
                to,
                at,
                note,
                by_hand,
                day_only,
                ..
            } = c
            {
                let when = at.map_or_else(String::new, |at| {
                    at.format(if *day_only {
                        "%Y-%m-%d"
                    } else {
                        "%Y-%m-%d %H:%M"
                    })
                    .to_string()
                });
                let hand = if *by_hand {
                    format!(" {}", word(lang, "html-by-hand"))
                } else {
                    String::new()
                };
                let _ = write!(
                    out,
                    "<tr><td>{when}</td><td>{}</td><td>{}</td><td>{}</td><td>{}{hand}</td></tr>",
                    esc(title),
                    from.map(|f| status(lang, f)).unwrap_or_default(),
                    status(lang, *to),
                    esc(note.as_deref().unwrap_or(""))
                );
            }
        }
        out.push_str("</tbody></table>\n");
    }
    if !others.is_empty() {
        out.push_str("<ul class=\"changes\">");
        for c in others {
            let _ = write!(out, "<li>{}</li>", esc(&c.describe_in(lang)));
        }
        out.push_str("</ul>\n");
    }
}

fn milestones_table(lang: Lang, out: &mut String, model: &Model) {
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<table class=\"milestones\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
        word(lang, "view-milestones"),
        word(lang, "field-id"),
        word(lang, "field-title"),
        word(lang, "field-pillar"),
        word(lang, "field-due"),
        word(lang, "detail-status"),
        word(lang, "field-owner"),
    );
    for m in model.milestones.iter().take(TABLE_ROWS) {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&m.id),
            esc(&m.title),
            model
                .pillars
                .get(m.pillar)
                .map(|p| esc(&p.title))
                .unwrap_or_default(),
            m.due.map(|d| d.to_string()).unwrap_or_default(),
            status(lang, m.status),
            esc(m.owner.as_deref().unwrap_or(""))
        );
    }
    out.push_str("</tbody></table>\n");
    if model.milestones.len() > TABLE_ROWS {
        let _ = writeln!(
            out,
            r#"<p class="muted">{}</p>"#,
            esc(&tr!(
                lang,
                "html-more-milestones",
                count = model.milestones.len() - TABLE_ROWS,
                shown = TABLE_ROWS
            ))
        );
    }
}

fn sources(lang: Lang, out: &mut String, model: &Model) {
    if model.sources.is_empty() {
        return;
    }
    let _ = write!(
        out,
        "<h3>{}</h3>\n<ul class=\"sources\">",
        word(lang, "html-sources")
    );
    for s in &model.sources {
        let title = esc(&s.title);
        // Only web addresses become links (never `javascript:` or `data:`); a link loads
        // nothing until it is followed.
        let linked = match &s.url {
            Some(url) if url.starts_with("https://") || url.starts_with("http://") => {
                format!(
                    r#"<a href="{}" rel="noreferrer noopener">{title}</a> <span class="muted url">{}</span>"#,
                    esc(url),
                    esc(url)
                )
            }
            Some(url) => format!(r#"{title} <span class="muted url">{}</span>"#, esc(url)),
            None => title,
        };
        let when = s
            .published
            .map(|d| format!(r#" <span class="muted">{d}</span>"#))
            .unwrap_or_default();
        let _ = write!(out, "<li>{linked}{when}</li>");
    }
    out.push_str("</ul>\n");
}
