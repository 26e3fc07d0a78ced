//! A page of a list slide (what changed since, what needs a decision, what is coming up, the
//! pillars with nothing recorded), drawn as the deck counted it.

use ratatui::layout::Alignment;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::writer::{BIG_HEADING, SlideWriter, big_headings};
use crate::app::deck::{Page, Presenter};
use crate::model::slide_text::lists::{self, ListKind, ListLine, Tone};
use crate::ui::theme::Theme;
use crate::ui::widgets;

/// A page of a list slide: its heading with the page's place, the group it continues, then
/// its lines, wrapped as the deck counted them.
pub(super) fn list(p: &Presenter, kind: ListKind, page: Page, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let top = s.y;
    let heading = lists::heading(kind, p.since.as_ref());
    let place = lists::page_of(page.n, page.of);
    if big_headings(s.area.height) {
        // The heading in block letters, its page on the line under it.
        s.big(
            &heading,
            theme.accent.add_modifier(Modifier::BOLD),
            BIG_HEADING,
            Alignment::Left,
        );
        s.y = top + BIG_HEADING;
        s.line(Line::styled(
            widgets::fit(place.trim_start_matches(" · "), usize::from(s.area.width)),
            theme.muted,
        ));
    } else {
        s.line(Line::styled(
            widgets::fit(&format!("{heading}{place}"), usize::from(s.area.width)),
            theme.accent.add_modifier(Modifier::BOLD),
        ));
    }
    s.y = (top + list_heading_rows(s.area.height) - 1).min(s.area.bottom());
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

/// The rows a list slide's heading takes (with its page and the gap under it) in a body of
/// `height` rows.
pub(super) fn list_heading_rows(height: u16) -> u16 {
    if big_headings(height) {
        BIG_HEADING + 2
    } else {
        2
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
