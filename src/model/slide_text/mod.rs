//! What each slide says, in words: the one place a slide's text is decided. The terminal's
//! presentation (`ui/present/slides.rs`) and the files (`export/slides.rs`: the page, and
//! through the terminal's drawing the SVG and the PDF) lay these out, each in its own way (big
//! letters, bars, markup), and add no wording of their own. Which slides there are is
//! [`super::deck::build`]; the lists (a pillar's groups, what is coming up, the changes since)
//! are the model's.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::money::{self, Style, percent};
use super::{Health, MilestoneCounts, Model, Target, TargetFigures, UPCOMING_DAYS};

pub mod lists;
pub mod notes;

/// The title slide's line of dates.
pub fn title_dates(model: &Model, today: NaiveDate) -> String {
    let as_of = model
        .partnership
        .as_of
        .map(|d| format!("Facts as of {d} · "))
        .unwrap_or_default();
    format!("{as_of}Today {today}")
}

pub const HEADLINE: &str = "Where we stand";
pub const MONEY: &str = "The money";
/// The overview's list of the open milestones due next, on a large screen.
pub const NEXT_DUE: &str = "Due next";
pub const AGREEMENTS: &str = "Agreements";
/// The objectives of no agreement.
pub const ALSO: &str = "Also";
pub const SUMMARY: &str = "In summary";
pub const NO_MILESTONES: &str = "No milestones recorded for this pillar yet";
pub const OVERDUE_MARK: &str = "⚠ overdue";
/// The groups of a pillar's slide, in order.
pub const GROUPS: [&str; 3] = ["Overdue", "Next", "Done"];

/// The headline's words under the big percentage.
pub fn overall_words(o: &MilestoneCounts) -> String {
    format!(
        "{} of {} milestones done · {} overdue · {} blocked",
        o.done, o.milestones, o.overdue, o.blocked
    )
}

/// A target's big figure: realized of the amount, short.
pub fn target_figure(t: &Target, f: &TargetFigures) -> String {
    let short = |a: f64| money::format(a, &t.unit, Style::Short);
    format!("{} of {}", short(f.realized), short(t.amount))
}

/// A target's realized amount of its whole, in words, saying that it is the big figure.
pub fn target_realized(t: &Target, f: &TargetFigures) -> String {
    let long = |a: f64| money::format(a, &t.unit, Style::Long);
    format!(
        "Realized (the big figure): {} of {}",
        long(f.realized),
        long(t.amount)
    )
}

/// What was committed and announced, beside what was realized.
pub fn target_money(t: &Target, f: &TargetFigures) -> String {
    let long = |a: f64| money::format(a, &t.unit, Style::Long);
    format!(
        "Committed {} · announced {}",
        long(f.committed),
        long(f.announced)
    )
}

/// A target's money in one line, for the overview and the summary: its title, what was
/// realized of the amount, committed and announced.
pub fn target_line(t: &Target, f: &TargetFigures) -> String {
    let long = |a: f64| money::format(a, &t.unit, Style::Long);
    format!(
        "{}: realized {} of {} · committed {} · announced {}",
        t.title,
        long(f.realized),
        long(t.amount),
        long(f.committed),
        long(f.announced)
    )
}

/// A target's pace and the run-rate it still needs, in one line.
pub fn target_pace_line(t: &Target, f: &TargetFigures) -> String {
    format!(
        "{} · {}",
        target_pace(t, f),
        lower_first(&target_needed(t, f))
    )
}

pub(crate) fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_lowercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Where the straight pace is today.
pub fn target_pace(t: &Target, f: &TargetFigures) -> String {
    format!(
        "pace: {} by today",
        money::format(f.expected_by_today, &t.unit, Style::Long)
    )
}

/// What a target still needs a year, or that it was reached or ended short.
pub fn target_needed(t: &Target, f: &TargetFigures) -> String {
    match f.needed_per_year {
        Some(0.0) => "Reached".to_string(),
        Some(n) => format!(
            "Run-rate needed: {} a year until {}",
            money::format(n, &t.unit, Style::Long),
            t.end
        ),
        None => format!("Ended {} short of the amount", t.end),
    }
}

/// A pillar slide's small heading: its number, and the pillars the source declares but does
/// not name.
pub fn pillar_heading(model: &Model, i: usize) -> String {
    let mut heading = format!("Pillar {} of {}", i + 1, model.pillars.len());
    if let Some((named, declared)) = model.pillars_missing() {
        heading.push_str(&format!(
            " · the source declares {declared} pillars and names {named}"
        ));
    }
    heading
}

/// A pillar's progress in words, beside its bar.
pub fn pillar_progress(f: &MilestoneCounts, progress: f64) -> String {
    format!(
        "{} · {} of {} done",
        percent(Some(progress)),
        f.done,
        f.milestones
    )
}

/// A group's heading on a pillar's slide.
pub fn group_heading(label: &str, count: usize) -> String {
    format!("{label} ({count})")
}

/// What a list cut short says of the rest.
pub fn more(count: usize) -> String {
    format!("… and {count} more")
}

/// A milestone's due date after its title.
pub fn due(due: Option<NaiveDate>) -> String {
    due.map(|d| format!("due {d}")).unwrap_or_default()
}

pub fn coming_up_heading() -> String {
    format!("Coming up: the next {UPCOMING_DAYS} days")
}

pub fn since_heading(label: &str) -> String {
    format!("Since {label}")
}

/// When a status change happened, as the since slide dates it ("by hand" when the file's text
/// changed with no history entry).
pub fn change_when(at: Option<DateTime<FixedOffset>>) -> String {
    at.map_or_else(
        || "by hand".to_string(),
        |at| at.format("%Y-%m-%d").to_string(),
    )
}

/// Said after a change that has an entry but was written by hand.
pub const BY_HAND: &str = "(by hand)";

/// The summary's words beside its bar.
pub fn summary_words(o: &MilestoneCounts) -> String {
    format!(
        "{} overall · {} of {} milestones done",
        percent(o.progress()),
        o.done,
        o.milestones
    )
}

/// How many pillars have each health, for the summary: (symbol and count, health) per health
/// that is counted, and the pillars without milestones.
pub fn health_counts(pillars: &[MilestoneCounts]) -> (Vec<(Health, usize)>, usize) {
    let count = |h: Health| pillars.iter().filter(|f| f.health() == h).count();
    (
        [Health::OnTrack, Health::AtRisk, Health::OffTrack]
            .into_iter()
            .map(|h| (h, count(h)))
            .collect(),
        count(Health::NoData),
    )
}

/// The summary's line of pillars the source declares but does not name.
pub fn pillars_missing(model: &Model) -> Option<String> {
    model.pillars_missing().map(|(named, declared)| {
        format!("The source declares {declared} pillars; {named} are named.")
    })
}

/// The summary's count of overdue milestones.
pub fn overdue_count(n: usize) -> String {
    format!("{n} milestones overdue")
}

/// The summary's count of pillars.
pub fn pillar_count(n: usize) -> String {
    format!("{n} pillars")
}

/// The summary's count of pillars without milestones.
pub fn without_milestones(n: usize) -> String {
    format!("{n} without milestones")
}

/// The summary's line of sources (their titles).
pub fn sources(titles: &[String]) -> String {
    format!("Sources: {}", titles.join("; "))
}

/// The deck's last line: what made it, when the facts are from, and today.
pub fn colophon(model: &Model, today: NaiveDate) -> String {
    let as_of = model
        .partnership
        .as_of
        .map(|d| format!("facts as of {d}, "))
        .unwrap_or_default();
    format!("pactboard · {as_of}shown {today}")
}
