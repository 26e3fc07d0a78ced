//! What each slide says, in words: the one place a slide's text is decided. The terminal's
//! presentation (`ui/present/slides.rs`) and the files (`export/slides.rs`: the page, and
//! through the terminal's drawing the SVG and the PDF) lay these out, each in its own way (big
//! letters, bars, markup), and add no wording of their own. Which slides there are is
//! [`super::deck::build`]; the lists (a pillar's groups, what is coming up, the changes since)
//! are the model's.

use chrono::{DateTime, FixedOffset, NaiveDate};

use super::dates::FiscalYear;
use super::money::{self, Style, percent};
use super::{Health, MilestoneCounts, Model, Target, TargetFigures, UPCOMING_DAYS};
use crate::i18n::Lang;
use crate::i18n::format::date;
use crate::tr;

pub mod lists;
pub mod notes;

/// The title slide's line of dates.
pub fn title_dates(lang: Lang, model: &Model, today: NaiveDate) -> String {
    let today = date(lang, today);
    match model.partnership.as_of {
        Some(as_of) => tr!(
            lang,
            "deck-dates-as-of",
            as_of = date(lang, as_of),
            today = today
        ),
        None => tr!(lang, "deck-dates", today = today),
    }
}

/// The line under a report's title, on the page and in the Markdown: the parties, the day of the
/// report and of the facts (raw: each writer makes it safe for where it goes).
pub fn report_line(lang: Lang, model: &Model, today: NaiveDate) -> String {
    let parties = model.partnership.parties.join(" – ");
    let today = date(lang, today);
    match model.partnership.as_of {
        Some(d) => tr!(
            lang,
            "report-of-as-of",
            parties = parties,
            today = today,
            as_of = date(lang, d)
        ),
        None => tr!(lang, "report-of", parties = parties, today = today),
    }
}

pub fn headline(lang: Lang) -> String {
    tr!(lang, "deck-headline")
}
pub fn money_heading(lang: Lang) -> String {
    tr!(lang, "deck-money")
}
/// The overview's list of the open milestones due next, on a large screen.
pub fn next_due(lang: Lang) -> String {
    tr!(lang, "deck-next-due")
}
pub fn agreements(lang: Lang) -> String {
    tr!(lang, "deck-agreements")
}
/// The objectives of no agreement.
pub fn also(lang: Lang) -> String {
    tr!(lang, "deck-also")
}
pub fn summary(lang: Lang) -> String {
    tr!(lang, "deck-summary")
}
/// The word before a pillar's health on its slide.
pub fn health_label(lang: Lang) -> String {
    tr!(lang, "label-health")
}
pub fn no_milestones(lang: Lang) -> String {
    tr!(lang, "deck-no-milestones")
}
pub fn overdue_mark(lang: Lang) -> String {
    tr!(lang, "deck-overdue-mark")
}
/// The groups of a pillar's slide, in order: overdue, next, done.
pub fn groups(lang: Lang) -> [String; 3] {
    [
        tr!(lang, "deck-group-overdue"),
        tr!(lang, "deck-group-next"),
        tr!(lang, "deck-group-done"),
    ]
}

/// A progress fraction as `42%`, or "no milestones" in `lang` when there is nothing to measure.
pub fn percent_in(lang: Lang, progress: Option<f64>) -> String {
    match progress {
        Some(_) => percent(progress),
        None => tr!(lang, "no-milestones"),
    }
}

/// The headline's words under the big percentage.
pub fn overall_words(lang: Lang, o: &MilestoneCounts) -> String {
    tr!(
        lang,
        "deck-overall",
        done = o.done,
        milestones = o.milestones,
        overdue = o.overdue,
        blocked = o.blocked
    )
}

/// An amount of a target's unit in `lang`.
pub fn amount(lang: Lang, t: &Target, a: f64, style: Style) -> String {
    money::format_in(lang, a, &t.unit, style)
}

/// A target's big figure: realized of the amount, short.
pub fn target_figure(lang: Lang, t: &Target, f: &TargetFigures) -> String {
    let short = |a: f64| amount(lang, t, a, Style::Short);
    tr!(
        lang,
        "deck-target-figure",
        realized = short(f.realized),
        amount = short(t.amount)
    )
}

/// A target's realized amount of its whole, in words, saying that it is the big figure.
pub fn target_realized(lang: Lang, t: &Target, f: &TargetFigures) -> String {
    let long = |a: f64| amount(lang, t, a, Style::Long);
    tr!(
        lang,
        "deck-target-realized",
        realized = long(f.realized),
        amount = long(t.amount)
    )
}

/// What was committed and announced, beside what was realized.
pub fn target_money(lang: Lang, t: &Target, f: &TargetFigures) -> String {
    let long = |a: f64| amount(lang, t, a, Style::Long);
    tr!(
        lang,
        "deck-target-money",
        committed = long(f.committed),
        announced = long(f.announced)
    )
}

/// A target's money in one line, for the overview and the summary: its title, what was
/// realized of the amount, committed and announced.
pub fn target_line(lang: Lang, t: &Target, f: &TargetFigures) -> String {
    let long = |a: f64| amount(lang, t, a, Style::Long);
    tr!(
        lang,
        "deck-target-line",
        title = t.title.as_str(),
        realized = long(f.realized),
        amount = long(t.amount),
        committed = long(f.committed),
        announced = long(f.announced)
    )
}

/// A target's pace and the run-rate it still needs, in one line.
pub fn target_pace_line(lang: Lang, t: &Target, f: &TargetFigures) -> String {
    format!(
        "{} · {}",
        target_pace(lang, t, f),
        target_needed_lower(lang, t, f)
    )
}

/// A fiscal year's name in `lang`: `FY2026-27`, `2026年度`.
pub fn fiscal_name(lang: Lang, fy: FiscalYear) -> String {
    match lang {
        Lang::Ja => format!("{}年度", fy.start_year),
        Lang::En | Lang::Hi => fy.name(),
    }
}

/// Where the straight pace will be at the end of the fiscal year `today` is in (the model's
/// fiscal year: April by default), for the money slide and the targets view.
pub fn target_fiscal_pace(lang: Lang, model: &Model, t: &Target, today: NaiveDate) -> String {
    let fy = FiscalYear::of(today, model.partnership.fiscal_start());
    let end = fy.end().unwrap_or(today);
    tr!(
        lang,
        "deck-fiscal-pace",
        year = fiscal_name(lang, fy),
        end = date(lang, end),
        amount = amount(lang, t, super::figures::pace_by(t, end), Style::Long)
    )
}

/// Where the straight pace is today.
pub fn target_pace(lang: Lang, t: &Target, f: &TargetFigures) -> String {
    tr!(
        lang,
        "deck-pace",
        amount = amount(lang, t, f.expected_by_today, Style::Long)
    )
}

/// What a target still needs a year, or that it was reached or ended short.
pub fn target_needed(lang: Lang, t: &Target, f: &TargetFigures) -> String {
    needed(lang, t, f, "deck-run-rate")
}

/// [`target_needed`] inside a sentence (lower case where the language has cases).
pub fn target_needed_lower(lang: Lang, t: &Target, f: &TargetFigures) -> String {
    needed(lang, t, f, "deck-run-rate-lower")
}

fn needed(lang: Lang, t: &Target, f: &TargetFigures, run_rate: &str) -> String {
    let end = date(lang, t.end);
    match f.needed_per_year {
        Some(0.0) => tr!(lang, "deck-reached"),
        Some(n) => tr!(
            lang,
            run_rate,
            amount = amount(lang, t, n, Style::Long),
            end = end
        ),
        None => tr!(lang, "deck-ended-short", end = end),
    }
}

/// A pillar slide's small heading: its number, and the pillars the source declares but does
/// not name.
pub fn pillar_heading(lang: Lang, model: &Model, i: usize) -> String {
    let heading = tr!(lang, "deck-pillar-of", n = i + 1, of = model.pillars.len());
    match model.pillars_missing() {
        Some((named, declared)) => tr!(
            lang,
            "deck-pillars-declared",
            heading = heading,
            declared = declared,
            named = named
        ),
        None => heading,
    }
}

/// A pillar's progress in words, beside its bar.
pub fn pillar_progress(lang: Lang, f: &MilestoneCounts, progress: f64) -> String {
    tr!(
        lang,
        "deck-pillar-progress",
        percent = percent(Some(progress)),
        done = f.done,
        milestones = f.milestones
    )
}

/// A group's heading on a pillar's slide.
pub fn group_heading(lang: Lang, label: &str, count: usize) -> String {
    tr!(lang, "deck-group-count", label = label, count = count)
}

/// What a list cut short says of the rest.
pub fn more(lang: Lang, count: usize) -> String {
    tr!(lang, "deck-more", count = count)
}

/// A milestone's due date after its title.
pub fn due(lang: Lang, due: Option<NaiveDate>) -> String {
    due.map(|d| tr!(lang, "deck-due", date = date(lang, d)))
        .unwrap_or_default()
}

pub fn coming_up_heading(lang: Lang) -> String {
    tr!(lang, "deck-coming-up", days = UPCOMING_DAYS)
}

pub fn since_heading(lang: Lang, label: &str) -> String {
    tr!(lang, "deck-since", label = label)
}

/// When a status change happened, as the since slide dates it ("by hand" when the file's text
/// changed with no history entry).
pub fn change_when(lang: Lang, at: Option<DateTime<FixedOffset>>) -> String {
    at.map_or_else(
        || tr!(lang, "deck-by-hand"),
        |at| date(lang, at.date_naive()),
    )
}

/// Said after a change that has an entry but was written by hand.
pub fn by_hand(lang: Lang) -> String {
    tr!(lang, "deck-by-hand-note")
}

/// The summary's words beside its bar.
pub fn summary_words(lang: Lang, o: &MilestoneCounts) -> String {
    tr!(
        lang,
        "deck-summary-words",
        percent = percent_in(lang, o.progress()),
        done = o.done,
        milestones = o.milestones
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
pub fn pillars_missing(lang: Lang, model: &Model) -> Option<String> {
    model.pillars_missing().map(|(named, declared)| {
        tr!(
            lang,
            "deck-pillars-missing",
            declared = declared,
            named = named
        )
    })
}

/// The summary's count of overdue milestones.
pub fn overdue_count(lang: Lang, n: usize) -> String {
    tr!(lang, "deck-overdue-count", count = n)
}

/// The summary's count of pillars.
pub fn pillar_count(lang: Lang, n: usize) -> String {
    tr!(lang, "deck-pillar-count", count = n)
}

/// The summary's count of pillars without milestones.
pub fn without_milestones(lang: Lang, n: usize) -> String {
    tr!(lang, "deck-without-milestones", count = n)
}

/// The summary's line of sources (their titles).
pub fn sources(lang: Lang, titles: &[String]) -> String {
    tr!(lang, "deck-sources", titles = titles.join("; "))
}

/// The deck's last line: what made it, when the facts are from, and today.
pub fn colophon(lang: Lang, model: &Model, today: NaiveDate) -> String {
    let today = date(lang, today);
    match model.partnership.as_of {
        Some(as_of) => tr!(
            lang,
            "deck-colophon-as-of",
            as_of = date(lang, as_of),
            today = today
        ),
        None => tr!(lang, "deck-colophon", today = today),
    }
}
