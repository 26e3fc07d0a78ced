//! The milestone popup: everything about one milestone, and its history as a timeline.

use crate::i18n::format::date;
use crate::i18n::word;
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr as _;

use crate::app::keymap::Section;
use crate::app::{Action, App};
use crate::model::is_overdue;
use crate::ui::hints::{bottom_line, key_hints};
use crate::ui::scroll::{Window, scrollbar};
use crate::ui::theme::Theme;
use crate::ui::widgets::{self, safe_line};
use crate::ui::{Panel, panel, popup};

/// Draws the selected milestone over the view, scrolled by `scroll` rows.
pub fn render(app: &App, scroll: usize, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let Some(i) = app.selected_milestone() else {
        return;
    };
    let model = &app.doc.model;
    let m = &model.milestones[i];
    let rect = popup(area, area.width.saturating_sub(8).max(40), area.height, buf);
    let inner = Panel::inner(rect);
    let lang = app.dash.langs.main;
    // The labels' column, as wide as the widest label in this language.
    let labels = [
        "detail-status",
        "detail-pillar",
        "detail-objective",
        "detail-due",
        "detail-done-on",
        "detail-weight",
        "detail-owner",
        "detail-source",
    ];
    let label_width = labels
        .iter()
        .map(|l| word(lang, l).width())
        .max()
        .unwrap_or(9)
        + 1;
    let field = |name: &str, value: String| {
        Line::from(vec![
            Span::styled(crate::text::fit_pad(name, label_width), theme.muted),
            Span::styled(value, theme.text),
        ])
    };
    // A long value wraps beside its label, not under it (a Japanese name has no space to break
    // at, so a plain wrap would move it whole to the next row).
    let value_width = usize::from(inner.width).saturating_sub(label_width).max(10);
    let long_field = |name: &str, value: &str| -> Vec<Line> {
        widgets::wrap_words(value, value_width)
            .into_iter()
            .enumerate()
            .map(|(n, part)| {
                let label = if n == 0 { name } else { "" };
                Line::from(vec![
                    Span::styled(crate::text::fit_pad(label, label_width), theme.muted),
                    Span::styled(part, theme.text),
                ])
            })
            .collect()
    };
    let mut lines = vec![
        Line::styled(
            safe_line(&model.milestone_title(lang, i)).into_owned(),
            theme.title,
        ),
        Line::raw(""),
    ];
    lines.push(Line::from(vec![
        Span::styled(
            crate::text::fit_pad(word(lang, "detail-status"), label_width),
            theme.muted,
        ),
        widgets::status(app.dash.langs.main, theme, m.status),
    ]));
    lines.extend(long_field(
        word(lang, "detail-pillar"),
        &safe_line(&model.pillar_title(lang, m.pillar)),
    ));
    if let Some(o) = m.objective {
        lines.extend(long_field(
            word(lang, "detail-objective"),
            &safe_line(&model.objective_title(lang, o)),
        ));
    }
    if let Some(due) = m.due {
        let mut line = field(word(lang, "detail-due"), date(lang, due));
        if is_overdue(m, app.today()) {
            line.push_span(Span::styled(
                format!("  {}", word(lang, "detail-overdue")),
                theme.bad,
            ));
        }
        lines.push(line);
    }
    if let Some(done) = m.done_on {
        lines.push(field(word(lang, "detail-done-on"), date(lang, done)));
    }
    // The default weight is exactly 1 (it is read as written, never computed).
    #[allow(clippy::float_cmp)]
    let weighted = m.weight != 1.0;
    if weighted {
        lines.push(field(word(lang, "detail-weight"), m.weight.to_string()));
    }
    if let Some(owner) = &m.owner {
        lines.extend(long_field(word(lang, "detail-owner"), &safe_line(owner)));
    }
    if let Some(s) = m.source {
        let source = &model.sources[s];
        let url = source
            .url
            .as_deref()
            .map(|u| format!(" <{}>", safe_line(u)))
            .unwrap_or_default();
        lines.extend(long_field(
            word(lang, "detail-source"),
            &format!("{}{url}", safe_line(&source.title)),
        ));
    }
    if let Some(notes) = &m.notes {
        lines.push(Line::raw(""));
        lines.push(Line::styled(word(lang, "detail-notes"), theme.accent));
        for line in notes.lines() {
            lines.push(Line::styled(crate::text::sanitize(line), theme.text));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        tr!(lang, "detail-history", count = m.history.len()),
        theme.accent,
    ));
    if m.history.is_empty() {
        lines.push(Line::styled(
            format!("  {}", word(lang, "detail-no-history")),
            theme.muted,
        ));
    }
    for (n, h) in m.history.iter().enumerate() {
        let last = n + 1 == m.history.len();
        let mut spans = vec![
            Span::styled(if last { "└ " } else { "├ " }, theme.border),
            Span::styled(format!("{}  ", h.at_shown()), theme.muted),
        ];
        if let Some(from) = h.from {
            spans.push(widgets::status(app.dash.langs.main, theme, from));
            spans.push(Span::styled(" → ", theme.muted));
        }
        spans.push(widgets::status(app.dash.langs.main, theme, h.to));
        lines.push(Line::from(spans));
        if let Some(note) = &h.note {
            let bar = if last { "  " } else { "│ " };
            lines.push(Line::from(vec![
                Span::styled(bar, theme.border),
                Span::styled(safe_line(note).into_owned(), theme.text),
            ]));
        }
    }
    let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
    let window = Window::new(
        paragraph.line_count(inner.width),
        scroll,
        inner.height.into(),
    );
    let here = [Section::Detail, Section::In(app.dash.view), Section::Global];
    let mut hint: Vec<String> = window.more_in(lang).into_iter().collect();
    if window.cut()
        && let (Some(up), Some(down)) = (
            app.dash.keymap.label(&here, Action::PageUp),
            app.dash.keymap.label(&here, Action::PageDown),
        )
    {
        hint.push(tr!(lang, "hint-scroll", keys = format!("{up}/{down}")));
    }
    let close = word(lang, "hint-close");
    hint.extend(key_hints(app, &here, &[(Action::Close, close)]));
    if let (Some(up), Some(down)) = (
        app.dash.keymap.label(&here, Action::Up),
        app.dash.keymap.label(&here, Action::Down),
    ) {
        hint.push(tr!(
            lang,
            "hint-previous-next",
            keys = format!("{up}{down}")
        ));
    }
    let mut block = panel(theme, format!(" {} ", safe_line(&m.id)));
    if let Some(line) = bottom_line(theme, &hint) {
        block = block.title_bottom(line);
    }
    block.draw(rect, buf);
    scrollbar(theme, rect, window, buf);
    paragraph
        .scroll((u16::try_from(window.offset).unwrap_or(u16::MAX), 0))
        .render(inner, buf);
}
