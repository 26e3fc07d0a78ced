//! Presentation mode: one slide of the deck on the whole screen, in big text where it fits, with a
//! footer of slide number, clock and time since the start.

use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use tui_big_text::{BigText, PixelSize};

use super::theme::Theme;
use super::widgets::{self, fit, safe_line};
use crate::app::deck::{Presenter, Slide};
use crate::app::keymap::Section;
use crate::app::{Action, App};
use crate::model::UPCOMING_DAYS;
use crate::model::money::{self, Style as MoneyStyle, percent};
use crate::model::{Health, is_overdue};

/// Draws the presenter's slide over the whole `area`.
pub fn render(app: &App, p: &Presenter, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let [body, footer] =
        Layout::vertical([Constraint::Min(0), Constraint::Length(u16::from(p.footer))]).areas(area);
    let body = body.inner(ratatui::layout::Margin::new(2, 1));
    let mut s = SlideWriter {
        theme,
        buf,
        area: body,
        y: body.y,
    };
    match p.slide() {
        Slide::Title => title(app, &mut s),
        Slide::Headline => headline(app, &mut s),
        Slide::Agreements => agreements(app, &mut s),
        Slide::Pillar(i) => pillar(app, i, &mut s),
        Slide::ComingUp => coming_up(app, &mut s),
        Slide::Since(date) => since(app, date, &mut s),
        Slide::Closing => closing(app, &mut s),
    }
    if p.footer {
        let elapsed = (app.now - p.started).num_seconds().max(0);
        let mut text = format!(
            " {} / {}{}   {}   {}:{:02}:{:02} since the start",
            p.current + 1,
            p.slides.len(),
            if p.jump.is_empty() {
                String::new()
            } else {
                format!("  go to {}…", p.jump)
            },
            app.now.format("%H:%M"),
            elapsed / 3600,
            elapsed / 60 % 60,
            elapsed % 60
        );
        let key = |action, what: &str| {
            app.key_in(Section::Presenting, action)
                .map(|k| format!("{k} {what}"))
        };
        let keys: Vec<String> = [
            key(Action::NextSlide, "next"),
            key(Action::PreviousSlide, "back"),
            key(Action::ToggleFooter, "hides this"),
            key(Action::Help, "help"),
            key(Action::Leave, "leaves"),
        ]
        .into_iter()
        .flatten()
        .collect();
        let keys = format!("   {}", keys.join(" · "));
        if text.chars().count() + keys.chars().count() <= usize::from(footer.width) {
            text.push_str(&keys);
        }
        buf.set_string(
            footer.x,
            footer.y,
            fit(&text, footer.width.into()),
            theme.muted,
        );
    }
}

/// Writes a slide top to bottom.
struct SlideWriter<'a> {
    theme: &'a Theme,
    buf: &'a mut Buffer,
    area: Rect,
    y: u16,
}

impl SlideWriter<'_> {
    fn left(&self) -> Rect {
        Rect::new(
            self.area.x,
            self.y,
            self.area.width,
            self.area.bottom().saturating_sub(self.y),
        )
    }

    fn room(&self) -> u16 {
        self.area.bottom().saturating_sub(self.y)
    }

    /// `text` in the biggest letters that fit in `max_rows`; bold text when none do.
    fn big(&mut self, text: &str, style: Style, max_rows: u16, align: Alignment) {
        let max_rows = max_rows.min(self.room());
        // No more than the area can show is looked at: a 100 MB title costs what a short one does.
        let text = cut_chars(
            text,
            usize::from(self.area.width) * usize::from(max_rows.max(1)),
        );
        let text = text.as_ref();
        if let Some(letters) = big_letters(text) {
            for (size, w, h) in [
                (PixelSize::Full, 8, 8),
                (PixelSize::HalfHeight, 8, 4),
                (PixelSize::Quadrant, 4, 4),
            ] {
                let per_line = usize::from(self.area.width / w);
                let Some(lines) = wrap(&letters, per_line) else {
                    continue;
                };
                let rows = lines.len() as u16 * h;
                if rows <= max_rows {
                    let lines: Vec<Line> = lines.into_iter().map(Line::from).collect();
                    let big = BigText::builder()
                        .pixel_size(size)
                        .style(style)
                        .alignment(align)
                        .lines(lines)
                        .build();
                    big.render(
                        Rect {
                            height: rows,
                            ..self.left()
                        },
                        self.buf,
                    );
                    self.y += rows;
                    return;
                }
            }
        }
        let style = style.add_modifier(Modifier::BOLD);
        self.para(
            vec![Line::styled(safe_line(text).into_owned(), style)],
            align,
        );
    }

    /// Wrapped lines, each cut first to what the area could show.
    fn para(&mut self, lines: Vec<Line<'_>>, align: Alignment) {
        let room = usize::from(self.area.width) * usize::from(self.room().max(1));
        let lines: Vec<Line<'_>> = lines.into_iter().map(|l| cut_line(l, room)).collect();
        let paragraph = Paragraph::new(lines)
            .alignment(align)
            .wrap(Wrap { trim: true });
        let rows = (paragraph.line_count(self.area.width) as u16).min(self.room());
        paragraph.render(
            Rect {
                height: rows,
                ..self.left()
            },
            self.buf,
        );
        self.y += rows;
    }

    fn line(&mut self, line: Line<'_>) {
        self.para(vec![line], Alignment::Left);
    }

    fn gap(&mut self) {
        self.y = (self.y + 1).min(self.area.bottom());
    }

    fn heading(&mut self, text: &str) {
        let theme = self.theme;
        self.line(Line::styled(
            text.to_string(),
            theme.accent.add_modifier(Modifier::BOLD),
        ));
        self.gap();
    }

    fn bar(&mut self, fraction: Option<f64>, label: String) {
        let width = usize::from(self.area.width)
            .saturating_sub(label.chars().count() + 2)
            .min(60);
        let mut spans = widgets::bar(self.theme, fraction, width);
        spans.push(Span::styled(format!("  {label}"), self.theme.text));
        self.line(Line::from(spans));
    }
}

/// At most `max` characters of `text`, found without reading past them.
fn cut_chars(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    let shown = crate::text::head(text, max);
    if shown.len() < text.len() {
        std::borrow::Cow::Owned(format!("{shown}…"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// A line cut to at most `max` characters over all its spans.
fn cut_line(line: Line<'_>, max: usize) -> Line<'_> {
    let mut left = max;
    let mut out = Line {
        spans: Vec::new(),
        ..Line::default()
    }
    .style(line.style);
    out.alignment = line.alignment;
    for span in line.spans {
        if left == 0 {
            break;
        }
        let content = match cut_chars(&span.content, left) {
            std::borrow::Cow::Borrowed(_) => span.content,
            std::borrow::Cow::Owned(cut) => cut.into(),
        };
        left = left.saturating_sub(content.chars().count());
        out.spans.push(Span::styled(content, span.style));
    }
    out
}

/// The text in letters the big font has, or `None` when it needs others (CJK, for instance).
fn big_letters(text: &str) -> Option<String> {
    let out: String = text
        .chars()
        .map(|c| match c {
            '–' | '—' => '-',
            '’' => '\'',
            c => c,
        })
        .collect();
    out.chars()
        .all(|c| c.is_ascii_graphic() || c == ' ' || c == '¥')
        .then_some(out)
}

/// Words in lines of at most `width` characters; `None` when a word is longer.
fn wrap(text: &str, width: usize) -> Option<Vec<String>> {
    text.split_whitespace()
        .all(|word| word.chars().count() <= width)
        .then(|| widgets::wrap_words(text, width))
}

fn title(app: &App, s: &mut SlideWriter<'_>) {
    let p = &app.model.partnership;
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

/// Rows the big text of `text` takes at `width` in at most `max_rows` (for centring).
fn big_height(width: u16, text: &str, max_rows: u16) -> u16 {
    let text = cut_chars(text, usize::from(width) * usize::from(max_rows.max(1)));
    let Some(letters) = big_letters(&text) else {
        return 1;
    };
    for (w, h) in [(8, 8), (8, 4), (4, 4)] {
        if let Some(lines) = wrap(&letters, usize::from(width / w)) {
            let rows = lines.len() as u16 * h;
            if rows <= max_rows {
                return rows;
            }
        }
    }
    1
}

fn headline(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let o = &app.figures.overall;
    s.heading("Where we stand");
    s.big(&percent(o.progress()), theme.title, 8, Alignment::Left);
    s.bar(
        o.progress(),
        format!(
            "{} of {} milestones done · {} overdue · {} blocked",
            o.done, o.milestones, o.overdue, o.blocked
        ),
    );
    for (t, f) in app.model.targets.iter().zip(&app.figures.targets) {
        s.gap();
        s.line(Line::styled(safe_line(&t.title).into_owned(), theme.accent));
        let short = |a: f64| money::format(a, &t.unit, MoneyStyle::Short);
        let long = |a: f64| money::format(a, &t.unit, MoneyStyle::Long);
        s.big(
            &format!("{} of {}", short(f.realized), short(t.amount)),
            theme.title,
            4,
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
        if let Some(c) = money::conversion_for(t.amount, &t.unit, &app.model.rates) {
            s.line(Line::styled(c.describe(MoneyStyle::Long), theme.muted));
        }
    }
}

fn agreements(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let model = &app.model;
    s.heading("Agreements");
    for (a, agreement) in model.agreements.iter().enumerate() {
        s.line(Line::styled(
            safe_line(&agreement.label()).into_owned(),
            theme.title,
        ));
        let context: Vec<String> = [
            agreement.place.clone(),
            agreement.occasion.clone(),
            agreement.signed.map(|d| format!("signed {d}")),
        ]
        .into_iter()
        .flatten()
        .map(|t| safe_line(&t).into_owned())
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

fn pillar(app: &App, i: usize, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let model = &app.model;
    let pillar = &model.pillars[i];
    let f = &app.figures.pillars[i];
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
    let today = app.today();
    let ms = &app.by_pillar[i];
    let milestones = |keep: &dyn Fn(&crate::model::Milestone) -> bool| -> Vec<usize> {
        ms.iter()
            .copied()
            .filter(|&m| keep(&model.milestones[m]))
            .collect()
    };
    let overdue = milestones(&|m| is_overdue(m, today));
    let mut next = milestones(&|m| m.status.is_open() && !is_overdue(m, today));
    next.sort_by_key(|&m| (model.milestones[m].due.is_none(), model.milestones[m].due));
    let done = milestones(&|m| m.status == crate::model::Status::Done);
    for (label, list, style) in [
        ("Overdue", &overdue, theme.bad),
        ("Next", &next, theme.text),
        ("Done", &done, theme.good),
    ] {
        if list.is_empty() || s.room() < 2 {
            continue;
        }
        let room = usize::from(s.room()) - 1;
        s.line(Line::styled(
            format!("{label} ({})", list.len()),
            theme.accent,
        ));
        if list.len() > room {
            let shown = room.saturating_sub(1);
            for &m in list.iter().take(shown) {
                pillar_line(app, m, style, s);
            }
            s.line(Line::styled(
                format!("  … and {} more", list.len() - shown),
                theme.muted,
            ));
            continue;
        }
        for &m in list {
            pillar_line(app, m, style, s);
        }
    }
}

fn pillar_line(app: &App, m: usize, style: Style, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    {
        {
            let m = &app.model.milestones[m];
            let due = m.due.map(|d| format!("  due {d}")).unwrap_or_default();
            s.line(Line::from(vec![
                Span::styled(format!("  {} ", m.status.symbol()), theme.status(m.status)),
                Span::styled(safe_line(&m.title).into_owned(), style),
                Span::styled(due, theme.muted),
            ]));
        }
    }
}

fn coming_up(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let model = &app.model;
    s.heading(&format!("Coming up: the next {UPCOMING_DAYS} days"));
    let upcoming = &app.figures.upcoming;
    for (list, overdue) in [(&app.figures.overdue, true), (upcoming, false)] {
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

fn since(app: &App, date: chrono::NaiveDate, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let model = &app.model;
    s.heading(&format!("Since {date}"));
    let mut changes: Vec<(&crate::model::HistoryEntry, &crate::model::Milestone)> = model
        .milestones
        .iter()
        .flat_map(|m| m.history.iter().map(move |h| (h, m)))
        .filter(|(h, _)| h.at.date_naive() >= date)
        .collect();
    changes.sort_by_key(|(h, _)| h.at);
    for (h, m) in changes {
        if s.room() == 0 {
            return;
        }
        let mut spans = vec![
            Span::styled(format!("{}  ", h.at.format("%Y-%m-%d")), theme.accent),
            Span::styled(safe_line(&m.title).into_owned(), theme.text),
            Span::raw("  "),
        ];
        if let Some(from) = h.from {
            spans.push(widgets::status(theme, from));
            spans.push(Span::styled(" → ", theme.muted));
        }
        spans.push(widgets::status(theme, h.to));
        if let Some(note) = &h.note {
            spans.push(Span::styled(
                format!("  “{}”", safe_line(note)),
                theme.muted,
            ));
        }
        s.line(Line::from(spans));
    }
}

fn closing(app: &App, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let model = &app.model;
    let o = &app.figures.overall;
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
        app.figures
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
    for (t, f) in model.targets.iter().zip(&app.figures.targets) {
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
