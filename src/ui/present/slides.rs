//! The slides of the deck, each written from the model and its figures.

use ratatui::layout::Alignment;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::writer::{SlideWriter, big_height};
use crate::app::App;
use crate::model::UPCOMING_DAYS;
use crate::model::diff::Change;
use crate::model::money::{self, Style as MoneyStyle, percent};
use crate::model::{Health, PillarGroups, Since};
use crate::ui::theme::Theme;
use crate::ui::widgets::{self, safe_line};

pub(super) fn title(app: &App, s: &mut SlideWriter<'_>) {
    let p = &app.doc.model.partnership;
    let theme = s.theme;
    let rows = s.room().saturating_sub(5);
    s.y += rows.saturating_sub(big_height(s.area.width, &p.title, rows)) / 2;
    s.big(&p.title, theme.title, rows, Alignment::Center);
    s.gap();
    s.para(
        vec![Line::styled(
            p.parties.join(" · "),
            theme.accent.add_modifier(Modifier::BOLD),
        )],
        Alignment::Center,
    );
    s.gap();
    let as_of = p
        .as_of
        .map(|d| format!("Facts as of {d} · "))
        .unwrap_or_default();
    s.para(
        vec![Line::styled(
            format!("{as_of}Today {}", app.today()),
            theme.muted,
        )],
        Alignment::Center,
    );
}

pub(super) fn headline(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let o = &app.doc.figures.overall;
    let model = &app.doc.model;
    s.heading("Where we stand");
    // The lines of plain text each target needs (gap, title, realized, pace, needed, and the
    // conversion when there is a rate): the big figures take what they leave, stepping down
    // from 8 rows to 4 to bold text, so no line is cut on a small screen.
    let text_lines = |t: &crate::model::Target| {
        5 + u16::from(money::conversion_for(t.amount, &t.unit, &model.rates).is_some())
    };
    let after_percent: u16 = 1 + model.targets.iter().map(text_lines).sum::<u16>();
    let big_targets = 4 * u16::try_from(model.targets.len()).unwrap_or(u16::MAX);
    let spare = s.room().saturating_sub(after_percent);
    let percent_rows = if spare >= 8 + big_targets {
        8
    } else {
        spare.min(4)
    };
    s.big(
        &percent(o.progress()),
        theme.title,
        percent_rows,
        Alignment::Left,
    );
    s.bar(
        o.progress(),
        format!(
            "{} of {} milestones done · {} overdue · {} blocked",
            o.done, o.milestones, o.overdue, o.blocked
        ),
    );
    for (n, (t, f)) in model
        .targets
        .iter()
        .zip(&app.doc.figures.targets)
        .enumerate()
    {
        s.gap();
        s.line(Line::styled(safe_line(&t.title).into_owned(), theme.accent));
        let short = |a: f64| money::format(a, &t.unit, MoneyStyle::Short);
        let long = |a: f64| money::format(a, &t.unit, MoneyStyle::Long);
        let still_needed: u16 =
            text_lines(t) - 2 + model.targets[n + 1..].iter().map(text_lines).sum::<u16>();
        s.big(
            &format!("{} of {}", short(f.realized), short(t.amount)),
            theme.title,
            s.room().saturating_sub(still_needed).min(4),
            Alignment::Left,
        );
        s.line(Line::styled(
            format!("Realized {} of {}", long(f.realized), long(t.amount)),
            theme.text,
        ));
        let label = format!("  ┃ pace: {} by today", long(f.expected_by_today));
        let width = usize::from(s.area.width)
            .saturating_sub(label.chars().count())
            .clamp(10, 60);
        let mut pace = widgets::pace_bar(theme, f.progress, f.elapsed, width);
        pace.push(Span::styled(label, theme.pace));
        s.line(Line::from(pace));
        let needed = match f.needed_per_year {
            Some(0.0) => "Reached".to_string(),
            Some(n) => format!("Needed: {} a year until {}", long(n), t.end),
            None => format!("Ended {} short of the amount", t.end),
        };
        s.line(Line::styled(needed, theme.text));
        if let Some(c) = money::conversion_for(t.amount, &t.unit, &model.rates) {
            s.line(Line::styled(c.describe(MoneyStyle::Long), theme.muted));
        }
    }
}

pub(super) fn agreements(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let model = &app.doc.model;
    s.heading("Agreements");
    for (a, agreement) in model.agreements.iter().enumerate() {
        s.line(Line::styled(
            safe_line(&agreement.label()).into_owned(),
            theme.title,
        ));
        let context: Vec<String> = agreement
            .context()
            .iter()
            .map(|t| safe_line(t).into_owned())
            .collect();
        if !context.is_empty() {
            s.line(Line::styled(context.join(" · "), theme.muted));
        }
        for (n, o) in model.objectives_of(Some(a)).enumerate() {
            s.line(Line::from(vec![
                Span::styled(format!("  {}. ", n + 1), theme.accent),
                Span::styled(safe_line(&o.title).into_owned(), theme.text),
            ]));
        }
        s.gap();
    }
    let loose: Vec<_> = model.objectives_of(None).collect();
    if !loose.is_empty() {
        s.line(Line::styled("Also", theme.title));
        for o in loose {
            s.line(Line::styled(
                format!("  • {}", safe_line(&o.title)),
                theme.text,
            ));
        }
    }
}

pub(super) fn pillar(app: &App, i: usize, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let model = &app.doc.model;
    let pillar = &model.pillars[i];
    let f = &app.doc.figures.pillars[i];
    let mut heading = format!("Pillar {} of {}", i + 1, model.pillars.len());
    if let Some((named, declared)) = model.pillars_missing() {
        heading.push_str(&format!(
            " · the source declares {declared} pillars and names {named}"
        ));
    }
    s.line(Line::styled(heading, theme.muted));
    s.gap();
    s.big(&pillar.title, theme.title, 8, Alignment::Left);
    s.gap();
    if let Some(summary) = &pillar.summary {
        s.line(Line::styled(safe_line(summary).into_owned(), theme.text));
        s.gap();
    }
    match f.progress() {
        Some(p) => s.bar(
            Some(p),
            format!("{} · {} of {} done", percent(Some(p)), f.done, f.milestones),
        ),
        None => s.line(Line::styled(
            "No milestones recorded for this pillar yet",
            theme.muted,
        )),
    }
    let health = f.health();
    s.line(Line::from(vec![
        Span::styled("Health: ", theme.muted),
        widgets::health(theme, health),
    ]));
    s.gap();
    let groups = PillarGroups::of(model, &app.doc.by_pillar[i], app.today());
    for (label, list, style) in [
        ("Overdue", &groups.overdue, theme.bad),
        ("Next", &groups.next, theme.text),
        ("Done", &groups.done, theme.good),
    ] {
        if list.is_empty() || s.room() < 2 {
            continue;
        }
        s.line(Line::styled(
            format!("{label} ({})", list.len()),
            theme.accent,
        ));
        // A long title wraps, so the room is counted in rows as the lines are written: a
        // milestone is written while a row for "… and N more" stays under it (the last one
        // needs none).
        for (k, &m) in list.iter().enumerate() {
            let left = list.len() - k;
            let line = pillar_line(app, m, style, theme);
            let rows = Paragraph::new(line.clone())
                .wrap(Wrap { trim: true })
                .line_count(s.area.width);
            let needed = rows + usize::from(left > 1);
            if left > 1 && usize::from(s.room()) < needed {
                s.line(Line::styled(format!("  … and {left} more"), theme.muted));
                break;
            }
            s.line(line);
        }
    }
}

/// A milestone of a pillar's slide: its status symbol, title and due date.
fn pillar_line<'a>(app: &App, m: usize, style: Style, theme: &Theme) -> Line<'a> {
    let m = &app.doc.model.milestones[m];
    let due = m.due.map(|d| format!("  due {d}")).unwrap_or_default();
    Line::from(vec![
        Span::styled(format!("  {} ", m.status.symbol()), theme.status(m.status)),
        Span::styled(safe_line(&m.title).into_owned(), style),
        Span::styled(due, theme.muted),
    ])
}

pub(super) fn coming_up(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let model = &app.doc.model;
    s.heading(&format!("Coming up: the next {UPCOMING_DAYS} days"));
    let upcoming = &app.doc.figures.upcoming;
    for (list, overdue) in [(&app.doc.figures.overdue, true), (upcoming, false)] {
        for &i in list {
            if s.room() == 0 {
                return;
            }
            let m = &model.milestones[i];
            let due = m.due.map(|d| d.to_string()).unwrap_or_default();
            let (mark, style) = if overdue {
                ("⚠ overdue ", theme.bad)
            } else {
                ("", theme.text)
            };
            s.line(Line::from(vec![
                Span::styled(format!("{due}  "), theme.accent),
                Span::styled(mark, style),
                Span::styled(safe_line(&m.title).into_owned(), style),
                Span::styled(
                    format!("  {} {}", m.status.symbol(), m.status.label()),
                    theme.status(m.status),
                ),
            ]));
        }
    }
}

pub(super) fn since(app: &App, since: &Since, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    s.heading(&format!("Since {}", since.label()));
    for change in since.changes(&app.doc.model) {
        if s.room() == 0 {
            return;
        }
        let Change::Status {
            title,
            from,
            to,
            at,
            note,
            by_hand,
            ..
        } = &change
        else {
            s.line(Line::styled(
                safe_line(&change.describe()).into_owned(),
                theme.text,
            ));
            continue;
        };
        let when = at.map_or_else(
            || "by hand".to_string(),
            |at| at.format("%Y-%m-%d").to_string(),
        );
        let mut spans = vec![
            Span::styled(format!("{when}  "), theme.accent),
            Span::styled(safe_line(title).into_owned(), theme.text),
            Span::raw("  "),
        ];
        if let Some(from) = from {
            spans.push(widgets::status(theme, *from));
            spans.push(Span::styled(" → ", theme.muted));
        }
        spans.push(widgets::status(theme, *to));
        if let Some(note) = note {
            spans.push(Span::styled(
                format!("  “{}”", safe_line(note)),
                theme.muted,
            ));
        }
        if *by_hand && at.is_some() {
            spans.push(Span::styled("  (by hand)", theme.muted));
        }
        s.line(Line::from(spans));
    }
}

pub(super) fn closing(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let model = &app.doc.model;
    let o = &app.doc.figures.overall;
    s.heading("In summary");
    s.bar(
        o.progress(),
        format!(
            "{} overall · {} of {} milestones done",
            percent(o.progress()),
            o.done,
            o.milestones
        ),
    );
    let count = |h: Health| {
        app.doc
            .figures
            .pillars
            .iter()
            .filter(|f| f.health() == h)
            .count()
    };
    s.line(Line::from(vec![
        Span::styled(format!("{} pillars: ", model.pillars.len()), theme.text),
        Span::styled(
            format!("✔ {} on track  ", count(Health::OnTrack)),
            theme.good,
        ),
        Span::styled(format!("▲ {} at risk  ", count(Health::AtRisk)), theme.warn),
        Span::styled(
            format!("✖ {} off track  ", count(Health::OffTrack)),
            theme.bad,
        ),
        Span::styled(
            format!("· {} without milestones", count(Health::NoData)),
            theme.muted,
        ),
    ]));
    if let Some((named, declared)) = model.pillars_missing() {
        s.line(Line::styled(
            format!("The source declares {declared} pillars; {named} are named."),
            theme.muted,
        ));
    }
    for (t, f) in model.targets.iter().zip(&app.doc.figures.targets) {
        let long = |a: f64| money::format(a, &t.unit, MoneyStyle::Long);
        s.line(Line::styled(
            format!(
                "{}: {} realized of {}, pace {}",
                safe_line(&t.title),
                long(f.realized),
                long(t.amount),
                long(f.expected_by_today)
            ),
            theme.text,
        ));
    }
    if o.overdue > 0 {
        s.line(Line::styled(
            format!("{} milestones overdue", o.overdue),
            theme.bad,
        ));
    }
    s.gap();
    let sources: Vec<String> = model
        .sources
        .iter()
        .map(|x| safe_line(&x.title).into_owned())
        .collect();
    if !sources.is_empty() {
        s.line(Line::styled(
            format!("Sources: {}", sources.join("; ")),
            theme.muted,
        ));
    }
    let as_of = model
        .partnership
        .as_of
        .map(|d| format!("facts as of {d}, "))
        .unwrap_or_default();
    s.line(Line::styled(
        format!("pactboard · {as_of}shown {}", app.today()),
        theme.muted,
    ));
}
