//! A target's chart as inline SVG, from the same figures as the terminal's: the running total of
//! each kind of entry (`model::running_total`) against the straight pace from start to end, with
//! a line at today. Each series has its own dash as well as its colour, so it reads in print.

use std::fmt::Write;

use chrono::NaiveDate;

use super::esc;
use crate::model::money::{self, Style};
use crate::model::{EntryKind, Target, running_total};

const W: f64 = 640.0;
const H: f64 = 240.0;
const LEFT: f64 = 70.0;
const BOTTOM: f64 = 24.0;
const TOP: f64 = 10.0;

/// The chart of `target` at `today`.
pub fn target_chart(lang: crate::i18n::Lang, target: &Target, today: NaiveDate) -> String {
    let start = target.start;
    let end = target.end;
    let days = (end - start).num_days().max(1) as f64;
    let top = target.amount.max(
        EntryKind::ALL
            .iter()
            .filter_map(|k| running_total(target, *k, today).last().map(|p| p.1))
            .fold(0.0, f64::max),
    );
    let x = |d: NaiveDate| {
        LEFT + (W - LEFT - 10.0) * ((d - start).num_days() as f64 / days).clamp(0.0, 1.0)
    };
    let y = |v: f64| TOP + (H - TOP - BOTTOM) * (1.0 - (v / top).clamp(0.0, 1.0));
    let mut out = String::new();
    let _ = write!(
        out,
        r#"<svg class="chart" viewBox="0 0 {W} {H}" role="img" aria-label="{}">"#,
        esc(&crate::tr!(lang, "html-chart-label", title = &target.title))
    );
    let _ = write!(
        out,
        r#"<line class="axis" x1="{LEFT}" y1="{}" x2="{}" y2="{}"/><line class="axis" x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{}"/>"#,
        H - BOTTOM,
        W - 10.0,
        H - BOTTOM,
        H - BOTTOM
    );
    let label = |v: f64| esc(&money::format_in(lang, v, &target.unit, Style::Short));
    let _ = write!(
        out,
        r#"<text class="tick" x="{}" y="{}" text-anchor="end">{}</text><text class="tick" x="{}" y="{}" text-anchor="end">0</text>"#,
        LEFT - 6.0,
        y(top) + 4.0,
        label(top),
        LEFT - 6.0,
        H - BOTTOM + 4.0
    );
    let _ = write!(
        out,
        r#"<text class="tick" x="{LEFT}" y="{}">{start}</text><text class="tick" x="{}" y="{}" text-anchor="end">{end}</text>"#,
        H - 6.0,
        W - 10.0,
        H - 6.0
    );
    // The pace: a straight line from nothing at the start to the amount at the end.
    let _ = write!(
        out,
        r#"<line class="pace" x1="{:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}"><title>{}</title></line>"#,
        x(start),
        y(0.0),
        x(end),
        y(target.amount),
        esc(&crate::tr!(lang, "html-chart-pace"))
    );
    if today > start && today < end {
        let _ = write!(
            out,
            r#"<line class="today" x1="{0:.1}" y1="{TOP}" x2="{0:.1}" y2="{1}"><title>{5} {2}</title></line><text class="tick" x="{3:.1}" y="{4}">{5}</text>"#,
            x(today),
            H - BOTTOM,
            crate::i18n::format::date(lang, today),
            x(today) + 3.0,
            TOP + 10.0,
            esc(&crate::tr!(lang, "html-chart-today"))
        );
    }
    for kind in EntryKind::ALL {
        let points = running_total(target, kind, today);
        if points.is_empty() {
            continue;
        }
        // Steps: flat until the next entry, then up; from nothing at the start to today.
        let mut path = format!("M{:.1},{:.1}", x(start), y(0.0));
        let mut last = 0.0;
        for (date, total) in &points {
            let _ = write!(path, " H{:.1} V{:.1}", x(*date), y(*total));
            last = *total;
        }
        let _ = write!(path, " H{:.1}", x(today.min(end)));
        let _ = write!(
            out,
            r#"<path class="series {0}" d="{path}"><title>{2}: {1}</title></path>"#,
            kind.as_str(),
            label(last),
            kind.label_in(lang)
        );
    }
    out.push_str("</svg>");
    out
}
