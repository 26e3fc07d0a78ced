//! The slides of the deck, each written from the model and its figures.

use ratatui::layout::Alignment;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::writer::{SlideWriter, big_height};
use crate::app::App;
use crate::app::deck::{Page, Presenter};
use crate::model::money::{self, Style as MoneyStyle, percent};
use crate::model::slide_text as words;
use crate::model::slide_text::lists::{self, ListKind, ListLine, Tone};
use crate::model::{Health, PillarGroups};
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
    s.para(
        vec![Line::styled(
            words::title_dates(&app.doc.model, app.today()),
            theme.muted,
        )],
        Alignment::Center,
    );
}

pub(super) fn overview(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let o = &app.doc.figures.overall;
    let model = &app.doc.model;
    s.heading(words::HEADLINE);
    // The rows of plain text below the big figure, as they wrap: the bar, the pillars' health,
    // and for each target a gap and its two lines.
    let rows_of = |text: &str| crate::text::wrap_words(text, usize::from(s.area.width)).len();
    let mut after = 1 + rows_of(&health_text(app));
    for (t, f) in model.targets.iter().zip(&app.doc.figures.targets) {
        after += 1 + rows_of(&words::target_line(t, f)) + rows_of(&words::target_pace_line(t, f));
    }
    let after = u16::try_from(after).unwrap_or(u16::MAX);
    let spare = s.room().saturating_sub(after);
    let rows = if spare >= 16 {
        16
    } else if spare >= 8 {
        8
    } else {
        spare.min(4)
    };
    s.big(&percent(o.progress()), theme.title, rows, Alignment::Left);
    s.bar(o.progress(), words::overall_words(o));
    health_line(app, s);
    for (t, f) in model.targets.iter().zip(&app.doc.figures.targets) {
        s.gap();
        s.line(Line::styled(
            safe_line(&words::target_line(t, f)).into_owned(),
            theme.accent,
        ));
        s.line(Line::styled(words::target_pace_line(t, f), theme.text));
    }
}

/// The pillars' count by health, as text (for counting its rows).
fn health_text(app: &App) -> String {
    let (counts, without) = words::health_counts(&app.doc.figures.pillars);
    let mut text = format!("{}: ", words::pillar_count(app.doc.model.pillars.len()));
    for (h, n) in counts {
        text.push_str(&format!("{} {n} {}  ", h.symbol(), h.label()));
    }
    text.push_str(&format!("· {}", words::without_milestones(without)));
    text
}

/// The pillars' count by health, in one line.
fn health_line(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let (counts, without) = words::health_counts(&app.doc.figures.pillars);
    let mut spans = vec![Span::styled(
        format!("{}: ", words::pillar_count(app.doc.model.pillars.len())),
        theme.text,
    )];
    for (h, n) in counts {
        let style = match h {
            Health::OnTrack => theme.good,
            Health::AtRisk => theme.warn,
            _ => theme.bad,
        };
        spans.push(Span::styled(
            format!("{} {n} {}  ", h.symbol(), h.label()),
            style,
        ));
    }
    spans.push(Span::styled(
        format!("· {}", words::without_milestones(without)),
        theme.muted,
    ));
    s.line(Line::from(spans));
}

pub(super) fn money(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let model = &app.doc.model;
    s.heading(words::MONEY);
    // The lines of plain text each target needs (gap, title, realized, committed and announced,
    // pace, needed, and the conversion when there is a rate): the big figures take what they
    // leave, stepping down from 16 rows to 8, 4, then bold text, so no line is cut on a small
    // screen and a large one shows the figure large.
    let text_lines = |t: &crate::model::Target| {
        6 + u16::from(money::conversion_for(t.amount, &t.unit, &model.rates).is_some())
    };
    for (n, (t, f)) in model
        .targets
        .iter()
        .zip(&app.doc.figures.targets)
        .enumerate()
    {
        if n > 0 {
            s.gap();
        }
        s.line(Line::styled(safe_line(&t.title).into_owned(), theme.accent));
        let still_needed: u16 =
            text_lines(t) - 2 + model.targets[n + 1..].iter().map(text_lines).sum::<u16>();
        let spare = s.room().saturating_sub(still_needed);
        let share = spare / u16::try_from(model.targets.len() - n).unwrap_or(1).max(1);
        let rows = if share >= 16 {
            16
        } else if share >= 8 {
            8
        } else {
            share.min(4)
        };
        s.big(
            &words::target_figure(t, f),
            theme.title,
            rows,
            Alignment::Left,
        );
        s.line(Line::styled(words::target_realized(t, f), theme.text));
        s.line(Line::styled(words::target_money(t, f), theme.text));
        let label = format!("  ┃ {}", words::target_pace(t, f));
        let width = usize::from(s.area.width)
            .saturating_sub(label.chars().count())
            .clamp(10, 60);
        let mut pace = widgets::pace_bar(theme, f.progress, f.elapsed, width);
        pace.push(Span::styled(label, theme.pace));
        s.line(Line::from(pace));
        s.line(Line::styled(words::target_needed(t, f), theme.text));
        if let Some(c) = money::conversion_for(t.amount, &t.unit, &model.rates) {
            s.line(Line::styled(c.describe(MoneyStyle::Long), theme.muted));
        }
    }
}

pub(super) fn agreements(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let model = &app.doc.model;
    s.heading(words::AGREEMENTS);
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
        s.line(Line::styled(words::ALSO, theme.title));
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
    s.line(Line::styled(words::pillar_heading(model, i), theme.muted));
    s.gap();
    s.big(&pillar.title, theme.title, 8, Alignment::Left);
    s.gap();
    if let Some(summary) = &pillar.summary {
        s.line(Line::styled(safe_line(summary).into_owned(), theme.text));
        s.gap();
    }
    match f.progress() {
        Some(p) => s.bar(Some(p), words::pillar_progress(f, p)),
        None => s.line(Line::styled(words::NO_MILESTONES, theme.muted)),
    }
    let health = f.health();
    s.line(Line::from(vec![
        Span::styled("Health: ", theme.muted),
        widgets::health(theme, health),
    ]));
    s.gap();
    let groups = PillarGroups::of(model, &app.doc.by_pillar[i], app.today());
    for (label, list, style) in [
        (words::GROUPS[0], &groups.overdue, theme.bad),
        (words::GROUPS[1], &groups.next, theme.text),
        (words::GROUPS[2], &groups.done, theme.good),
    ] {
        if list.is_empty() || s.room() < 2 {
            continue;
        }
        s.line(Line::styled(
            words::group_heading(label, list.len()),
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
                s.line(Line::styled(
                    format!("  {}", words::more(left)),
                    theme.muted,
                ));
                break;
            }
            s.line(line);
        }
    }
}

/// A milestone of a pillar's slide: its status symbol, title and due date.
fn pillar_line<'a>(app: &App, m: usize, style: Style, theme: &Theme) -> Line<'a> {
    let m = &app.doc.model.milestones[m];
    let due = m
        .due
        .map(|d| format!("  {}", words::due(Some(d))))
        .unwrap_or_default();
    Line::from(vec![
        Span::styled(format!("  {} ", m.status.symbol()), theme.status(m.status)),
        Span::styled(safe_line(&m.title).into_owned(), style),
        Span::styled(due, theme.muted),
    ])
}

/// A page of a list slide: its heading with the page's place, the group it continues, then
/// its lines, wrapped as the deck counted them.
pub(super) fn list(p: &Presenter, kind: ListKind, page: Page, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let heading = format!(
        "{}{}",
        lists::heading(kind, p.since.as_ref()),
        lists::page_of(page.n, page.of)
    );
    s.line(Line::styled(
        widgets::fit(&heading, usize::from(s.area.width)),
        theme.accent.add_modifier(Modifier::BOLD),
    ));
    s.gap();
    let width = usize::from(s.area.width);
    let continued = p
        .lists
        .continued_group(kind, page.start)
        .map(ListLine::Group);
    let lines = p.lists.of(kind);
    let shown = lines.get(page.start..page.end).unwrap_or_default();
    for line in continued.iter().chain(shown) {
        let bold = matches!(line, ListLine::Group(_));
        for row in crate::text::wrap_runs(&line.runs(), width) {
            let spans: Vec<Span> = row
                .into_iter()
                .map(|(text, tone)| {
                    let style = tone_style(theme, tone);
                    Span::styled(
                        text,
                        if bold {
                            style.add_modifier(Modifier::BOLD)
                        } else {
                            style
                        },
                    )
                })
                .collect();
            s.line(Line::from(spans));
        }
    }
}

/// A list's tone in the theme.
fn tone_style(theme: &Theme, tone: Tone) -> Style {
    match tone {
        Tone::Text => theme.text,
        Tone::Muted => theme.muted,
        Tone::Accent => theme.accent,
        Tone::Bad => theme.bad,
        Tone::Warn => theme.warn,
        Tone::Good => theme.good,
        Tone::Status(status) => theme.status(status),
    }
}

pub(super) fn closing(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let model = &app.doc.model;
    let o = &app.doc.figures.overall;
    s.heading(words::SUMMARY);
    s.bar(o.progress(), words::summary_words(o));
    health_line(app, s);
    if let Some(missing) = words::pillars_missing(model) {
        s.line(Line::styled(missing, theme.muted));
    }
    for (t, f) in model.targets.iter().zip(&app.doc.figures.targets) {
        s.line(Line::styled(
            safe_line(&words::target_line(t, f)).into_owned(),
            theme.text,
        ));
        s.line(Line::styled(
            format!("  {}", words::target_pace_line(t, f)),
            theme.muted,
        ));
    }
    if o.overdue > 0 {
        s.line(Line::styled(words::overdue_count(o.overdue), theme.bad));
    }
    s.gap();
    let sources: Vec<String> = model
        .sources
        .iter()
        .map(|x| safe_line(&x.title).into_owned())
        .collect();
    if !sources.is_empty() {
        s.line(Line::styled(words::sources(&sources), theme.muted));
    }
    s.line(Line::styled(
        words::colophon(model, app.today()),
        theme.muted,
    ));
}
