//! The report as Markdown, for a note-taker to paste into the minutes of a meeting.

use std::fmt::Write;

use super::{Report, UPCOMING_DAYS};
use crate::model::Model;
use crate::model::money::{self, Style, percent};

/// Renders `report` of `model` as Markdown.
pub fn markdown(model: &Model, report: &Report) -> String {
    let mut out = String::new();
    let p = &model.partnership;
    let _ = writeln!(out, "# {}\n", cell(&p.title));
    let as_of = p
        .as_of
        .map(|d| format!(" · facts as of {d}"))
        .unwrap_or_default();
    let _ = writeln!(
        out,
        "{} · report of {}{as_of}\n",
        cell(&p.parties.join(" – ")),
        report.today
    );
    let o = &report.overall;
    let _ = writeln!(
        out,
        "**Overall progress: {}** ({} of {} milestones done, {} overdue)\n",
        percent(o.progress),
        o.done,
        o.milestones,
        o.overdue
    );

    let named = match model.pillars_missing() {
        Some((named, declared)) => format!(" ({named} of {declared} named in the file)"),
        None => String::new(),
    };
    let _ = writeln!(out, "## Pillars{named}\n");
    let _ = writeln!(out, "| Pillar | Progress | Health | Done | Overdue |");
    let _ = writeln!(out, "|---|---:|---|---:|---:|");
    for row in &report.pillars {
        let health = row.health;
        let _ = writeln!(
            out,
            "| {} | {} | {} {} | {}/{} | {} |",
            cell(&row.title),
            percent(row.progress),
            health.symbol(),
            health.label(),
            row.done,
            row.milestones,
            row.overdue
        );
    }

    if !report.targets.is_empty() {
        let _ = writeln!(out, "\n## Targets\n");
        for (t, target) in report.targets.iter().zip(&model.targets) {
            let fmt = |a: f64| money::format(a, &t.unit, Style::Long);
            let _ = writeln!(out, "### {}\n", cell(&t.title));
            let _ = writeln!(
                out,
                "- Target: {} from {} to {}",
                fmt(t.amount),
                t.start,
                t.end
            );
            if let Some(c) = money::conversion_for(t.amount, &t.unit, &model.rates) {
                let _ = writeln!(out, "  {}", c.describe(Style::Long));
            }
            let _ = writeln!(
                out,
                "- Realized: {} ({} of the target); committed: {}; announced: {}",
                fmt(t.realized),
                percent(Some(t.progress)),
                fmt(t.committed),
                fmt(t.announced)
            );
            let _ = writeln!(
                out,
                "- Expected by today at a straight pace: {}",
                fmt(t.expected_by_today)
            );
            let needed = match t.needed_per_year {
                Some(0.0) => "reached".to_string(),
                Some(n) => format!("{} a year until {}", fmt(n), t.end),
                None => format!("not reached by its end ({})", t.end),
            };
            let _ = writeln!(out, "- Still needed: {needed}");
            if target.entries.is_empty() {
                let _ = writeln!(out, "- No amounts reported yet");
            }
            out.push('\n');
        }
    }

    let _ = writeln!(out, "## Overdue milestones\n");
    milestone_list(&mut out, &report.overdue, "None.");
    let _ = writeln!(out, "\n## Due in the next {UPCOMING_DAYS} days\n");
    milestone_list(&mut out, &report.upcoming, "None.");

    if let Some(changes) = &report.changes {
        let since = report.since.as_deref().unwrap_or_default();
        let _ = writeln!(out, "\n## Status changes since {}\n", cell(since));
        if changes.is_empty() {
            let _ = writeln!(out, "None recorded.");
        }
        for c in changes {
            let from = c
                .from
                .map(|f| format!("{} ", f.label()))
                .unwrap_or_default();
            let note = c
                .note
                .as_deref()
                .map(|n| format!(": {}", cell(n)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "- {} `{}` {from}→ {}{note}",
                c.at.as_deref().unwrap_or("by hand"),
                c.milestone,
                c.to.label()
            );
        }
    }
    if !report.other_changes.is_empty() {
        let _ = writeln!(out, "\n## Other changes to the model\n");
        for c in &report.other_changes {
            let _ = writeln!(out, "- {}", cell(&c.describe()));
        }
    }
    out
}

fn milestone_list(out: &mut String, rows: &[super::MilestoneRow], empty: &str) {
    if rows.is_empty() {
        let _ = writeln!(out, "{empty}");
    }
    for m in rows {
        let due = m.due.map(|d| format!("due {d}, ")).unwrap_or_default();
        let _ = writeln!(
            out,
            "- `{}` {} ({due}{}, pillar `{}`)",
            m.id,
            cell(&m.title),
            m.status.label(),
            m.pillar
        );
    }
}

/// Text from the file made safe for one Markdown table cell or line.
fn cell(text: &str) -> String {
    crate::text::sanitize(&text.replace(['\r', '\n'], " ")).replace('|', "\\|")
}
