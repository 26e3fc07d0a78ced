//! The speaker view (`present --speaker`): the current slide small, the next one beside it, the
//! clock and the time since the start above, and the slide's notes below; its keys move every
//! screen that follows the same file.

use crate::i18n::Langs;
use crate::tr;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Modifier;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use super::{elapsed, render_slide};
use crate::app::deck::{Deck, Presenter};
use crate::app::{App, PaneSize};
use crate::model::deck::slide_name;
use crate::model::slide_text::notes::notes;
use crate::ui::theme::Theme;
use crate::ui::widgets::fit;

/// The speaker view's parts on a screen of `area`.
struct Areas {
    header: Rect,
    now: Rect,
    next: Rect,
    notes: Rect,
}

fn areas(area: Rect) -> Areas {
    let [header, previews, notes] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Percentage(58),
        Constraint::Min(3),
    ])
    .areas(area);
    let [now, next] = Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)])
        .areas(previews);
    Areas {
        header,
        now,
        next,
        notes,
    }
}

/// The room a list slide has in the speaker view's current slide: the box's inside, below the
/// slide's heading and the gap under it.
pub fn list_room(width: u16, height: u16, langs: Langs) -> PaneSize {
    let inner = Block::bordered().inner(areas(Rect::new(0, 0, width, height)).now);
    PaneSize {
        width: inner.width.max(1),
        rows: usize::from(
            inner
                .height
                .saturating_sub(super::list::list_heading_rows(inner.height, langs)),
        )
        .max(1),
    }
}

pub(super) fn render(app: &App, p: &Presenter, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let a = areas(area);
    let name = |n: usize| {
        p.slides
            .get(n)
            .map(|s| slide_name(super::shown(app), *s))
            .unwrap_or_default()
    };
    let lang = app.dash.langs.main;
    let header = format!(
        " {}",
        tr!(
            lang,
            "speaker-header",
            n = p.current + 1,
            of = p.slides.len(),
            clock = app.doc.now.format("%H:%M").to_string(),
            elapsed = elapsed(app, p)
        )
    );
    buf.set_string(
        a.header.x,
        a.header.y,
        fit(&header, a.header.width.into()),
        theme.accent.add_modifier(Modifier::BOLD),
    );
    let now = Block::bordered()
        .title(format!(
            " {} ",
            tr!(
                lang,
                "speaker-now",
                n = p.current + 1,
                name = name(p.current)
            )
        ))
        .border_style(theme.accent);
    let inner = now.inner(a.now);
    now.render(a.now, buf);
    if render_slide(app, p, p.slide(), theme, inner, buf) {
        // The small copy may not hold all the room sees: said on its border.
        Line::styled(format!(" {} ", tr!(lang, "speaker-more")), theme.accent).render(
            Rect {
                x: a.now.x + 2,
                y: a.now.bottom().saturating_sub(1),
                width: a.now.width.saturating_sub(4),
                height: 1,
            },
            buf,
        );
    }
    let next_block = Block::bordered().border_style(theme.muted);
    if let Some(next) = p.slides.get(p.current + 1) {
        let block = next_block.title(format!(
            " {} ",
            tr!(
                lang,
                "speaker-next",
                n = p.current + 2,
                name = name(p.current + 1)
            )
        ));
        let inner = block.inner(a.next);
        block.render(a.next, buf);
        render_slide(app, p, *next, theme, inner, buf);
    } else {
        next_block
            .title(format!(" {} ", tr!(lang, "speaker-end")))
            .render(a.next, buf);
    }
    let deck = Deck {
        slides: p.slides.clone(),
        lists: p.lists.clone(),
    };
    let said = notes(lang, super::shown(app), &app.doc.figures, &deck, p.slide());
    let lines: Vec<Line> = said
        .iter()
        .map(|n| Line::styled(format!("• {}", crate::text::safe_line(n)), theme.text))
        .collect();
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .block(
            Block::default()
                .borders(Borders::TOP)
                .title(format!(" {} ", tr!(lang, "speaker-notes")))
                .border_style(theme.muted),
        )
        .render(a.notes, buf);
}
