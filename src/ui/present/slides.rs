//! The slides of figures: the title, where we stand, the money and the summary, each written
//! from the model and its figures (the lists are `list.rs`, the agreements and pillars
//! `structure.rs`).

use ratatui::layout::{Alignment, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

use super::writer::{SlideWriter, big_height};
use crate::app::App;
use crate::i18n::Lang;
use crate::i18n::format::date;
use crate::model::Health;
use crate::model::money::{self, Style as MoneyStyle, percent};
use crate::model::slide_text as words;
use crate::ui::widgets::{self, safe_line};

pub(super) fn title(app: &App, s: &mut SlideWriter<'_>) {
    let p = &super::shown(app).partnership;
    let theme = s.theme;
    let lang = s.langs.main;
    let summary_rows = p.summary.as_deref().map_or(0, |t| {
        2 + crate::text::wrap_words(&safe_line(t), usize::from(s.area.width)).len() as u16
    });
    // The summary only where the title keeps the letters it has without it.
    let without = big_height(s.area.width, &p.title, s.room().saturating_sub(5));
    let with = big_height(
        s.area.width,
        &p.title,
        s.room().saturating_sub(5 + summary_rows),
    );
    let summary_rows = if with == without && s.room() >= without + 5 + summary_rows {
        summary_rows
    } else {
        0
    };
    let rows = s.room().saturating_sub(5 + summary_rows);
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
            words::title_dates(lang, super::shown(app), app.today()),
            theme.muted,
        )],
        Alignment::Center,
    );
    // A large screen has room for what the partnership is about.
    if let Some(summary) = &p.summary
        && summary_rows > 0
    {
        s.gap();
        s.gap();
        s.para(
            vec![Line::styled(safe_line(summary).into_owned(), theme.text)],
            Alignment::Center,
        );
    }
}

pub(super) fn overview(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let lang = s.langs.main;
    let o = &app.doc.figures.overall;
    let model = super::shown(app);
    s.heading(words::headline);
    // The rows of plain text below the big figure, as they wrap: the bar, the pillars' health,
    // and for each target a gap and its two lines.
    let rows_of = |text: &str| crate::text::wrap_words(text, usize::from(s.area.width)).len();
    let mut after = 1 + rows_of(&health_text(lang, app));
    for (t, f) in model.targets.iter().zip(&app.doc.figures.targets) {
        after += 1
            + rows_of(&words::target_line(lang, t, f))
            + rows_of(&words::target_pace_line(lang, t, f));
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
    s.bar(o.progress(), words::overall_words(lang, o));
    health_line(app, s);
    for (t, f) in model.targets.iter().zip(&app.doc.figures.targets) {
        s.gap();
        s.line(Line::styled(
            safe_line(&words::target_line(lang, t, f)).into_owned(),
            theme.accent,
        ));
        s.line(Line::styled(
            words::target_pace_line(lang, t, f),
            theme.text,
        ));
    }
    // A large screen shows each pillar's bar, then what is due next.
    pillar_bars(app, s, 0);
    next_due(app, s, 0);
}

/// Each pillar's progress on a line, when every one fits (with a heading and a gap) and leaves
/// `reserve` rows for what follows.
fn pillar_bars(app: &App, s: &mut SlideWriter<'_>, reserve: u16) {
    let theme = s.theme;
    let lang = s.langs.main;
    let model = super::shown(app);
    let second = usize::from(s.langs.second.is_some());
    if usize::from(s.room().saturating_sub(reserve)) < model.pillars.len() + 3 + second
        || model.pillars.is_empty()
    {
        return;
    }
    s.gap();
    s.line(Line::styled(
        words::pillar_count(lang, model.pillars.len()),
        theme.accent.add_modifier(Modifier::BOLD),
    ));
    s.second(&|l| words::pillar_count(l, model.pillars.len()));
    let width = usize::from(s.area.width);
    let title_width = model
        .pillars
        .iter()
        .map(|p| unicode_width::UnicodeWidthStr::width(safe_line(&p.title).as_ref()))
        .max()
        .unwrap_or(0)
        .min(width / 3);
    let bar_width = width.saturating_sub(title_width + 30).clamp(4, 40);
    for (p, f) in model.pillars.iter().zip(&app.doc.figures.pillars) {
        let mut spans = vec![Span::styled(
            format!("  {}  ", widgets::fit_pad(&p.title, title_width)),
            theme.text,
        )];
        spans.extend(widgets::bar(theme, f.progress(), bar_width));
        let share = f
            .progress()
            .map_or_else(|| "–".to_string(), |p| percent(Some(p)));
        spans.push(Span::styled(format!("  {share:>4}  "), theme.text));
        spans.push(widgets::health(app.dash.langs.main, theme, f.health()));
        s.line(Line::from(spans));
    }
}

/// The open milestones due next, as many as the room holds leaving `reserve` rows (at least
/// three, or none).
fn next_due(app: &App, s: &mut SlideWriter<'_>, reserve: u16) {
    let theme = s.theme;
    let lang = s.langs.main;
    let list = &app.doc.figures.next_due;
    let rows = usize::from(s.room().saturating_sub(reserve)).saturating_sub(2);
    if list.is_empty() || rows < 3 {
        return;
    }
    s.gap();
    s.line(Line::styled(
        words::next_due(lang),
        theme.accent.add_modifier(Modifier::BOLD),
    ));
    let width = usize::from(s.area.width);
    for &i in list.iter().take(rows) {
        let m = &super::shown(app).milestones[i];
        let due = m.due.map(|d| date(lang, d)).unwrap_or_default();
        s.line(Line::from(vec![
            Span::styled(format!("  {due}  "), theme.accent),
            Span::styled(
                widgets::fit(&m.title, width.saturating_sub(due.len() + 20)),
                theme.text,
            ),
            Span::styled(
                format!("  {} {}", m.status.symbol(), m.status.label_in(lang)),
                theme.status(m.status),
            ),
        ]));
    }
}

/// The pillars' count by health, as text (for counting its rows).
fn health_text(lang: Lang, app: &App) -> String {
    let (counts, without) = words::health_counts(&app.doc.figures.pillars);
    let mut text = format!(
        "{}: ",
        words::pillar_count(lang, super::shown(app).pillars.len())
    );
    for (h, n) in counts {
        text.push_str(&format!("{} {n} {}  ", h.symbol(), h.label_in(lang)));
    }
    text.push_str(&format!("· {}", words::without_milestones(lang, without)));
    text
}

/// The pillars' count by health, in one line.
fn health_line(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let lang = s.langs.main;
    let (counts, without) = words::health_counts(&app.doc.figures.pillars);
    let mut spans = vec![Span::styled(
        format!(
            "{}: ",
            words::pillar_count(lang, super::shown(app).pillars.len())
        ),
        theme.text,
    )];
    for (h, n) in counts {
        let style = match h {
            Health::OnTrack => theme.good,
            Health::AtRisk => theme.warn,
            _ => theme.bad,
        };
        spans.push(Span::styled(
            format!("{} {n} {}  ", h.symbol(), h.label_in(lang)),
            style,
        ));
    }
    spans.push(Span::styled(
        format!("· {}", words::without_milestones(lang, without)),
        theme.muted,
    ));
    s.line(Line::from(spans));
}

pub(super) fn money(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let lang = s.langs.main;
    let model = super::shown(app);
    s.heading(words::money_heading);
    // The lines of plain text each target needs (gap, title, realized, committed and announced,
    // pace, needed, and the conversion when there is a rate): the big figures take what they
    // leave, stepping down from 16 rows to 8, 4, then bold text, so no line is cut on a small
    // screen and a large one shows the figure large.
    let text_lines = |t: &crate::model::Target| {
        7 + u16::from(money::conversion_for(t.amount, &t.unit, &model.rates).is_some())
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
            &words::target_figure(lang, t, f),
            theme.title,
            rows,
            Alignment::Left,
        );
        s.line(Line::styled(words::target_realized(lang, t, f), theme.text));
        s.line(Line::styled(words::target_money(lang, t, f), theme.text));
        let label = format!("  ┃ {}", words::target_pace(lang, t, f));
        let width = usize::from(s.area.width)
            .saturating_sub(unicode_width::UnicodeWidthStr::width(label.as_str()))
            .clamp(10, 60);
        let mut pace = widgets::pace_bar(theme, f.progress, f.elapsed, width);
        pace.push(Span::styled(label, theme.pace));
        s.line(Line::from(pace));
        s.line(Line::styled(words::target_needed(lang, t, f), theme.text));
        s.line(Line::styled(
            words::target_fiscal_pace(lang, model, t, app.today()),
            theme.muted,
        ));
        if let Some(c) = money::conversion_for(t.amount, &t.unit, &model.rates) {
            s.line(Line::styled(c.describe(MoneyStyle::Long), theme.muted));
        }
        // A large screen draws the target's running totals against its pace, in the room
        // the targets after it leave.
        let after: u16 = model.targets[n + 1..]
            .iter()
            .map(|t| text_lines(t) + 8)
            .sum();
        let room = s.room().saturating_sub(after);
        if room >= 12 {
            let height = (room / u16::try_from(model.targets.len() - n).unwrap_or(1)).clamp(12, 30);
            let area = Rect {
                y: s.y,
                height,
                ..s.left()
            };
            crate::ui::views::targets::chart(app, theme, t, area, s.buf);
            s.y += height;
        }
    }
}

pub(super) fn closing(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let lang = s.langs.main;
    let model = super::shown(app);
    let o = &app.doc.figures.overall;
    s.heading(words::summary);
    s.bar(o.progress(), words::summary_words(lang, o));
    health_line(app, s);
    let sources: Vec<String> = model
        .sources
        .iter()
        .map(|x| safe_line(&x.title).into_owned())
        .collect();
    // What follows the pillars' bars, in rows as it wraps: the bars are shown only when all of
    // it still fits.
    let rows_of = |text: &str| crate::text::wrap_words(text, usize::from(s.area.width)).len();
    let mut after = 2 + rows_of(&words::colophon(lang, model, app.today()));
    after += words::pillars_missing(lang, model).map_or(0, |m| rows_of(&m));
    for (t, f) in model.targets.iter().zip(&app.doc.figures.targets) {
        after += rows_of(&words::target_line(lang, t, f))
            + rows_of(&words::target_pace_line(lang, t, f))
            + 1;
    }
    if !sources.is_empty() {
        after += rows_of(&words::sources(lang, &sources));
    }
    let after = u16::try_from(after).unwrap_or(u16::MAX);
    pillar_bars(app, s, after);
    next_due(app, s, after);
    if let Some(missing) = words::pillars_missing(lang, model) {
        s.line(Line::styled(missing, theme.muted));
    }
    for (t, f) in model.targets.iter().zip(&app.doc.figures.targets) {
        s.line(Line::styled(
            safe_line(&words::target_line(lang, t, f)).into_owned(),
            theme.text,
        ));
        s.line(Line::styled(
            format!("  {}", words::target_pace_line(lang, t, f)),
            theme.muted,
        ));
    }
    if o.overdue > 0 {
        s.line(Line::styled(
            words::overdue_count(lang, o.overdue),
            theme.bad,
        ));
    }
    s.gap();
    if !sources.is_empty() {
        s.line(Line::styled(words::sources(lang, &sources), theme.muted));
    }
    s.line(Line::styled(
        words::colophon(lang, model, app.today()),
        theme.muted,
    ));
}
