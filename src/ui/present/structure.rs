//! The slides that show the file's structure: the agreements with their objectives, and a
//! pillar with its milestones.

use ratatui::layout::Alignment;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::writer::{SlideWriter, big_headings};
use crate::app::App;
use crate::model::PillarGroups;
use crate::model::slide_text as words;
use crate::ui::theme::Theme;
use crate::ui::widgets::{self, safe_line};

pub(super) fn agreements(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let lang = s.langs.main;
    let model = super::shown(app);
    s.heading(words::agreements);
    // Each objective's milestones under it, where all of them fit: the rows the slide takes
    // without them, and with.
    let mut of_objective: Vec<Vec<usize>> = vec![Vec::new(); model.objectives.len()];
    for (i, m) in model.milestones.iter().enumerate() {
        if let Some(list) = m.objective.and_then(|o| of_objective.get_mut(o)) {
            list.push(i);
        }
    }
    // Each objective gets an even share of the rows left, its last row saying how many more
    // it has when they do not all fit; a share under one row shows none.
    // On a large screen the agreements' and objectives' summaries say what each is about.
    let summaries = big_headings(s.area.height);
    let rows_of = |text: &Option<String>| {
        text.as_deref().map_or(0, |t| {
            crate::text::wrap_words(&safe_line(t), usize::from(s.area.width)).len()
        })
    };
    let summary_rows: usize = if summaries {
        model
            .agreements
            .iter()
            .map(|a| rows_of(&a.summary))
            .sum::<usize>()
            + model
                .objectives
                .iter()
                .map(|o| rows_of(&o.summary))
                .sum::<usize>()
    } else {
        0
    };
    let rows_without = model.agreements.len() * 3 + model.objectives.len() + 2 + summary_rows;
    let with_milestones = of_objective.iter().filter(|l| !l.is_empty()).count().max(1);
    let share = usize::from(s.room()).saturating_sub(rows_without) / with_milestones;
    let width = usize::from(s.area.width);
    let milestones_of = |s: &mut SlideWriter<'_>, o: usize| {
        let list = &of_objective[o];
        if share == 0 || list.is_empty() {
            return;
        }
        let shown = if list.len() <= share {
            list.len()
        } else {
            share - 1
        };
        for &i in &list[..shown] {
            let m = &model.milestones[i];
            s.line(Line::from(vec![
                Span::styled(format!("{} ", m.status.symbol()), theme.status(m.status)),
                Span::styled(widgets::fit(&m.title, width.saturating_sub(4)), theme.muted),
            ]));
        }
        if shown < list.len() {
            s.line(Line::styled(
                words::more(lang, list.len() - shown),
                theme.muted,
            ));
        }
    };
    let index_of = |o: &crate::model::Objective| {
        model
            .objectives
            .iter()
            .position(|x| std::ptr::eq(x, o))
            .unwrap_or(0)
    };
    for (a, agreement) in model.agreements.iter().enumerate() {
        s.line(Line::styled(
            safe_line(&agreement.label()).into_owned(),
            theme.title,
        ));
        let context: Vec<String> = agreement
            .context_in(lang)
            .iter()
            .map(|t| safe_line(t).into_owned())
            .collect();
        if !context.is_empty() {
            s.line(Line::styled(context.join(" · "), theme.muted));
        }
        if let Some(summary) = agreement.summary.as_deref().filter(|_| summaries) {
            s.line(Line::styled(safe_line(summary).into_owned(), theme.text));
        }
        for (n, o) in model.objectives_of(Some(a)).enumerate() {
            s.line(Line::from(vec![
                Span::styled(format!("  {}. ", n + 1), theme.accent),
                Span::styled(safe_line(&o.title).into_owned(), theme.text),
            ]));
            if let Some(summary) = o.summary.as_deref().filter(|_| summaries) {
                s.line(Line::styled(safe_line(summary).into_owned(), theme.muted));
            }
            milestones_of(s, index_of(o));
        }
        s.gap();
    }
    let loose: Vec<_> = model.objectives_of(None).collect();
    if !loose.is_empty() {
        s.line(Line::styled(words::also(lang), theme.title));
        for o in loose {
            s.line(Line::styled(
                format!("  • {}", safe_line(&o.title)),
                theme.text,
            ));
            if let Some(summary) = o.summary.as_deref().filter(|_| summaries) {
                s.line(Line::styled(safe_line(summary).into_owned(), theme.muted));
            }
            milestones_of(s, index_of(o));
        }
    }
}

pub(super) fn pillar(app: &App, i: usize, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let lang = s.langs.main;
    let model = super::shown(app);
    let pillar = &model.pillars[i];
    let f = &app.doc.figures.pillars[i];
    s.line(Line::styled(
        words::pillar_heading(lang, model, i),
        theme.muted,
    ));
    s.second(&|l| words::pillar_heading(l, model, i));
    s.gap();
    s.big(&pillar.title, theme.title, 8, Alignment::Left);
    // Its name in the second language, where the file has one (the original is the model's
    // as read; the slide's is in the main language).
    if let Some(title) = s
        .langs
        .second
        .and_then(|l| app.doc.model.pillar_title_known(l, i))
        .filter(|t| *t != pillar.title)
    {
        let title = safe_line(title).into_owned();
        s.second(&|_| title.clone());
    }
    s.gap();
    if let Some(summary) = &pillar.summary {
        s.line(Line::styled(safe_line(summary).into_owned(), theme.text));
        s.gap();
    }
    match f.progress() {
        Some(p) => s.bar(Some(p), words::pillar_progress(lang, f, p)),
        None => s.line(Line::styled(words::no_milestones(lang), theme.muted)),
    }
    let health = f.health();
    s.line(Line::from(vec![
        Span::styled(format!("{}: ", words::health_label(lang)), theme.muted),
        widgets::health(app.dash.langs.main, theme, health),
    ]));
    s.second(&|l| format!("{}: {}", words::health_label(l), health.label_in(l)));
    s.gap();
    let groups = PillarGroups::of(model, &app.doc.by_pillar[i], app.today());
    let names = words::groups(lang);
    for (k, (label, list, style)) in [
        (&names[0], &groups.overdue, theme.bad),
        (&names[1], &groups.next, theme.text),
        (&names[2], &groups.done, theme.good),
    ]
    .into_iter()
    .enumerate()
    {
        if list.is_empty() || s.room() < 2 {
            continue;
        }
        s.line(Line::styled(
            words::group_heading(lang, label, list.len()),
            theme.accent,
        ));
        s.second(&|l| words::group_heading(l, &words::groups(l)[k], list.len()));
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
                    format!("  {}", words::more(lang, left)),
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
    let lang = app.dash.langs.main;
    let m = &super::shown(app).milestones[m];
    let due = m
        .due
        .map(|d| format!("  {}", words::due(lang, Some(d))))
        .unwrap_or_default();
    Line::from(vec![
        Span::styled(format!("  {} ", m.status.symbol()), theme.status(m.status)),
        Span::styled(safe_line(&m.title).into_owned(), style),
        Span::styled(due, theme.muted),
    ])
}
