//! The report as Markdown, for a note-taker to paste into the minutes of a meeting.

use std::fmt::Write;

use super::{Report, UPCOMING_DAYS};
use crate::i18n::Lang;
use crate::i18n::format::date;
use crate::model::Model;
use crate::model::money::{self, Style, percent};
use crate::tr;

/// Renders `report` of `model` as Markdown, in English.
pub fn markdown(model: &Model, report: &Report) -> String {
    markdown_in(Lang::En, model, report)
}

/// Renders `report` of `model` as Markdown in `lang` (the model's names as `lang` shows them
/// are the caller's: `Model::in_lang`).
pub fn markdown_in(lang: Lang, model: &Model, report: &Report) -> String {
    let mut out = String::new();
    let p = &model.partnership;
    let _ = writeln!(out, "# {}\n", cell(&p.title));
    let line = cell(&crate::model::slide_text::report_line(
        lang,
        model,
        report.today,
    ));
    let _ = writeln!(out, "{line}\n");
    let o = &report.overall;
    let _ = writeln!(
        out,
        "{}\n",
        tr!(
            lang,
            "report-overall",
            percent = crate::model::slide_text::percent_in(lang, o.progress),
            done = o.done,
            milestones = o.milestones,
            overdue = o.overdue
        )
    );

    let heading = match model.pillars_missing() {
        Some((named, declared)) => tr!(
            lang,
            "report-pillars-named",
            named = named,
            declared = declared
        ),
        None => tr!(lang, "view-pillars"),
    };
    let _ = writeln!(out, "## {heading}\n");
    let _ = writeln!(out, "{}", tr!(lang, "report-pillars-columns"));
    let _ = writeln!(out, "|---|---:|---|---:|---:|");
    for row in &report.pillars {
        let health = row.health;
        let _ = writeln!(
            out,
            "| {} | {} | {} {} | {}/{} | {} |",
            cell(&row.title),
            crate::model::slide_text::percent_in(lang, row.progress),
            health.symbol(),
            health.label_in(lang),
            row.done,
            row.milestones,
            row.overdue
        );
    }

    if !report.targets.is_empty() {
        let _ = writeln!(out, "\n## {}\n", tr!(lang, "view-targets"));
        for (t, target) in report.targets.iter().zip(&model.targets) {
            let fmt = |a: f64| money::format_in(lang, a, &t.unit, Style::Long);
            let _ = writeln!(out, "### {}\n", cell(&t.title));
            let _ = writeln!(
                out,
                "- {}",
                tr!(
                    lang,
                    "report-target",
                    amount = fmt(t.amount),
                    start = date(lang, t.start),
                    end = date(lang, t.end)
                )
            );
            if let Some(c) = money::conversion_for(t.amount, &t.unit, &model.rates) {
                let _ = writeln!(out, "  {}", c.describe(Style::Long));
            }
            let _ = writeln!(
                out,
                "- {}",
                tr!(
                    lang,
                    "report-realized",
                    realized = fmt(t.realized),
                    percent = percent(Some(t.progress)),
                    committed = fmt(t.committed),
                    announced = fmt(t.announced)
                )
            );
            let _ = writeln!(
                out,
                "- {}",
                tr!(lang, "report-expected", amount = fmt(t.expected_by_today))
            );
            let end = date(lang, t.end);
            let needed = match t.needed_per_year {
                Some(0.0) => tr!(lang, "report-reached"),
                Some(n) => tr!(lang, "report-a-year", amount = fmt(n), end = end.as_str()),
                None => tr!(lang, "report-not-reached", end = end.as_str()),
            };
            let _ = writeln!(out, "- {}", tr!(lang, "report-needed", needed = needed));
            if target.entries.is_empty() {
                let _ = writeln!(out, "- {}", tr!(lang, "report-no-entries"));
            }
            out.push('\n');
        }
    }

    let none = tr!(lang, "report-none");
    let _ = writeln!(out, "## {}\n", tr!(lang, "report-overdue"));
    milestone_list(lang, &mut out, &report.overdue, &none);
    let _ = writeln!(
        out,
        "\n## {}\n",
        tr!(lang, "report-upcoming", days = UPCOMING_DAYS)
    );
    milestone_list(lang, &mut out, &report.upcoming, &none);

    if let Some(changes) = &report.changes {
        let since = report.since.as_deref().unwrap_or_default();
        let _ = writeln!(
            out,
            "\n## {}\n",
            tr!(lang, "report-status-since", since = cell(since))
        );
        if changes.is_empty() {
            let _ = writeln!(out, "{}", tr!(lang, "report-none-recorded"));
        }
        for c in changes {
            let from = c
                .from
                .map(|f| format!("{} ", f.label_in(lang)))
                .unwrap_or_default();
            let note = c
                .note
                .as_deref()
                .map(|n| format!(": {}", cell(n)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "- {} `{}` {from}→ {}{note}",
                c.at.as_deref()
                    .unwrap_or(crate::i18n::word(lang, "deck-by-hand")),
                c.milestone,
                c.to.label_in(lang)
            );
        }
    }
    if !report.other_changes.is_empty() {
        let _ = writeln!(out, "\n## {}\n", tr!(lang, "report-other-changes"));
        for c in &report.other_changes {
            let _ = writeln!(out, "- {}", cell(&c.describe_in(lang)));
        }
    }
    out
}

fn milestone_list(lang: Lang, out: &mut String, rows: &[super::MilestoneRow], empty: &str) {
    if rows.is_empty() {
        let _ = writeln!(out, "{empty}");
    }
    for m in rows {
        let due = m
            .due
            .map(|d| format!("{}, ", tr!(lang, "deck-due", date = d.to_string())))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "- `{}` {} ({due}{}, {})",
            m.id,
            cell(&m.title),
            m.status.label_in(lang),
            tr!(lang, "report-pillar-id", id = m.pillar.as_str())
        );
    }
}

/// Text from the file made safe for one Markdown table cell or line.
fn cell(text: &str) -> String {
    crate::text::sanitize(&text.replace(['\r', '\n'], " ")).replace('|', "\\|")
}
