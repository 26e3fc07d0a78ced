//! A page of a list slide (what changed since, what needs a decision, what is coming up, the
//! pillars with nothing recorded), drawn as the deck counted it.

use ratatui::layout::{Alignment, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::writer::{BIG_HEADING, SlideWriter, big_headings};
use crate::app::deck::{Page, Presenter};
use crate::i18n::Langs;
use crate::model::slide_text::lists::{self, ListKind, ListLine, Tone};
use crate::ui::theme::Theme;
use crate::ui::widgets;

/// A page of a list slide: its heading with the page's place, the group it continues, then
/// its lines, wrapped as the deck counted them.
pub(super) fn list(p: &Presenter, kind: ListKind, page: Page, s: &mut SlideWriter<'_>) {
    let theme = s.theme;
    let top = s.y;
    let lang = s.langs.main;
    let heading = lists::heading(lang, kind, p.since.as_ref());
    let place = lists::page_of(lang, page.n, page.of);
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
    s.second(&|l| lists::heading(l, kind, p.since.as_ref()));
    s.y = (top + list_heading_rows(s.area.height, s.langs) - 1).min(s.area.bottom());
    s.gap();
    let lines = p.lists.of(kind);
    if page.second < page.end {
        // Two columns, each drawn as the deck counted it, the second from the same row.
        let width = crate::model::deck::column_width(usize::from(s.area.width), 2) as u16;
        let gap = crate::model::deck::COLUMN_GAP as u16;
        let top = s.y;
        for (x, from, to) in [
            (s.area.x, page.start, page.second),
            (s.area.x + width + gap, page.second, page.end),
        ] {
            let area = Rect { x, width, ..s.area };
            let mut column = SlideWriter {
                theme,
                buf: &mut *s.buf,
                area,
                y: top,
                cut: false,
                langs: s.langs,
            };
            column_lines(p, kind, lines, from, to, &mut column);
            s.cut |= column.cut;
        }
        s.y = s.area.bottom();
    } else {
        column_lines(p, kind, lines, page.start, page.end, s);
    }
}

/// Lines `from..to` of a list, under the heading of the group they continue.
fn column_lines(
    p: &Presenter,
    kind: ListKind,
    lines: &[ListLine],
    from: usize,
    to: usize,
    s: &mut SlideWriter<'_>,
) {
    let theme = s.theme;
    let width = usize::from(s.area.width);
    let continued = p.lists.continued_group(kind, from).map(ListLine::Group);
    let shown = lines.get(from..to).unwrap_or_default();
    for line in continued.iter().chain(shown) {
        let bold = matches!(line, ListLine::Group(_));
        let beneath = matches!(line, ListLine::Beneath(_));
        for row in crate::text::wrap_runs(&line.runs(), width) {
            let spans: Vec<Span> = row
                .into_iter()
                .map(|(text, tone)| {
                    let style = tone_style(theme, tone);
                    Span::styled(
                        text,
                        if bold {
                            style.add_modifier(Modifier::BOLD)
                        } else if beneath {
                            s.langs
                                .second
                                .map_or(style, |l| super::writer::second_style(theme, l))
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
pub(super) fn list_heading_rows(height: u16, langs: Langs) -> u16 {
    let second = u16::from(langs.second.is_some());
    if big_headings(height) {
        BIG_HEADING + 2 + second
    } else {
        2 + second
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
